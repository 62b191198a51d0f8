/** Adversarial inputs for the linear-time checks: each builds a text of about `size` characters. */
export const ADVERSARIAL: Record<string, (size: number) => string> = {
  'one character': (size) => 'a'.repeat(size),
  'a cue prefix, repeated': (size) => 'when i '.repeat(Math.ceil(size / 7)).slice(0, size),
  'nested quotes': (size) => '“‘"\''.repeat(Math.ceil(size / 4)).slice(0, size),
  'no punctuation': (size) => 'so i think we shipped it and maybe my team will start when i join your customers '.repeat(Math.ceil(size / 81)).slice(0, size),
  'only punctuation': (size) => '?!.,'.repeat(Math.ceil(size / 4)).slice(0, size),
  'fillers and false starts': (size) => 'um, I- I I you know, like, '.repeat(Math.ceil(size / 27)).slice(0, size),
  'contractions without apostrophes': (size) => 'im sure ill id lets dont ill '.repeat(Math.ceil(size / 29)).slice(0, size),
  'sentence ends without spaces': (size) => 'It worked.Then I left.I ran it.'.repeat(Math.ceil(size / 31)).slice(0, size),
  // One past story, then plans in clauses of the candidate's own: every cue asks whether the story ends before it.
  'a past story, then plans': (size) => `At Acme I reduced costs${', and I will do the same for you, my team will start when I join'.repeat(Math.ceil(size / 64))}`.slice(0, size),
  // Asks in one unbroken clause, then the past reason: every ask looks ahead for where its clause ends.
  'asks, then a past reason': (size) => `${'I need to be fully remote and I want the senior title and '.repeat(Math.ceil(size / 59))}, I moved two hours away last year`.slice(-size),
};
