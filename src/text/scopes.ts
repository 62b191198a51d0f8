import { isSpaceCode } from './chars.js';
import type { Span } from './sentences.js';
import { wordEnd } from './tokenize.js';

/**
 * Context that changes what a cue means. A cue fires only when none of the scopes it is
 * blocked by hold, and all that it requires do. Scopes are computed lazily, only for
 * sentences where some cue matched.
 */
export const SCOPES = ['negation', 'conditional', 'question', 'reported', 'past', 'hypothetical'] as const;
export type Scope = (typeof SCOPES)[number];

export const SCOPE_BIT: Readonly<Record<Scope, number>> = {
  negation: 1,
  conditional: 2,
  question: 4,
  reported: 8,
  past: 16,
  hypothetical: 32,
};

/**
 * What may follow a past form without making it a past story: a wish or a proposal made now ("I
 * was (sort of) hoping / wondering", "I was thinking (that …) I'd / we could / maybe").
 */
const WISH = String.raw`(?!,?\s+(?:(?:sort of|kind of|kinda|sorta|just|really|actually|also|still|honestly)\s+)?(?:hoping|wondering|thinking(?=,?\s+(?:that\s+(?:[a-z']+\s+){0,4}?)?(?:i'd|i\s+would|i\s+could|we\s+could|we'd|we\s+would|we\s+should|you\s+could|maybe|perhaps|for|of)\b))\b)`;

/** The scope rules as data: each with an id and an example in which it holds (tests run them). */
export const SCOPE_RULES = {
  /** A negator among the last few words before the cue, inside its clause. */
  negator: { re: /\b(?:not|(?<!\b(?:yeah|yea|yes|yep|ok|okay|oh|nah),? )no(?! (?:doubt|question|two ways)\b)|never|without(?! (?:a |any )?(?:doubt|question|fail|hesitation)\b)|nobody|nothing|none|neither|nor|hardly|cannot|[a-z]+n't)\b/, window: 5, example: "I'm not assuming my team will move." },
  /** Where a clause starts: the cue's scopes do not reach back past these. */
  clauseBreak: /[,;:()\u0096\u0097]|\s-\s|\bbut\b|\bthough\b|\balthough\b|\bhowever\b|\bso\b|\bbecause\b/g,
  /** An if-clause or an inverted conditional makes the whole sentence hypothetical. */
  conditional: { re: /(?<!\b(?:sorry|apologies|apologise|apologize)(?: in advance)? |\b(?:okay|ok|alright|all right|mind) )\bif\b(?! (?:that's|that is|it's|it is|this is) (?:okay|ok|alright|all right|fine|possible|helpful|useful)| (?:that's|that is|it's|it is) not (?:too )?(?:cheeky|much|forward|presumptuous|bold|pushy|rude|overstepping|out of line)| that makes sense| you don't mind| i may| possible| you like| you want me to| needed| necessary| (?:it's|it is|there's|there is|that's|that is) still (?:going|available|free|open|there)| there's room| there is room| (?:it's|that's) easier| (?:it|hr|it's|the [a-z]+) (?:allows?|permits?) (?:it|that)|[^,.;:?!]{0,50}?\b(?:day one|(?:on|during|in) my first (?:day|week|morning|shift|month|monday)|my first (?:day|week|morning|shift|month|monday) (?:here|there)|by the time i start|once i start|when i start)\b)|(?<!\b(?:i'm|i am|im|i was)(?: (?:kind of|sort of|just|really))? )\bassuming\b(?! i start (?:on|in|at|from|next)\b)|\bunless\b(?! you'd rather| you would rather)|\b(?:(?<!\bi )suppose|supposing|hypothetically|provided that|in case|imagine|whether)\b|(?:^|[,;]\s*)(?:were|had) i\b|(?:^|[,;]\s*)should i (?:be|get|join|end up|receive|land)\b|\bwere i to\b/, example: 'If I join, my team will move to Rust.' },
  /** A hypothetical modal before the cue in its clause. */
  modal: { re: /\b(?:would(?! i be right\b)(?! you (?!be\b|have\b)[a-z]+)|could(?! you (?!be\b|have\b)[a-z]+)|might|i'd|we'd|you'd|they'd|it'd|wanna|hope to|hoping to)\b(?! (?:like to think|say|guess|imagine|bet|hazard a guess|(?:(?:sort of|kind of|kinda|sorta|really|just|always) )?hoped)\b)/, example: 'I would set up one-on-ones with my team.' },
  /** A modal or future anywhere in the sentence: a plan or a hypothetical, not a past event. */
  hypothetical: { re: /\b(?:would|could|might|will|shall|i'd|we'd|i'll|we'll|gonna|going to|plan to|intend to|want to|wanna|hope to)\b/, example: 'For example, I would start by meeting the team.' },
  /**
   * A later clause that starts with the candidate's own future, modal or present want ("…, and
   * I'll do the same for you", "…, so this time I want the senior title"; without the comma, only
   * a future: "… in 2019 and I'll do it again"): a past story before it does not reach a cue in
   * it (see `pastEndsBefore`). A hedge such as "I'd like to think" or "I'd say" starts no plan.
   */
  futureClause: { re: /(?:(?:[,;\u0096\u0097]|\s-)\s*(?:(?:and|so|then|and so|so now|so this time|and this time|this time|but now|now)\s+)?(?:i'll|i\s+will|ill|i'm\s+going\s+to|i'm\s+gonna|im\s+gonna|i\s+am\s+going\s+to|i'd|i\s+would|i\s+can|we'll|i\s+(?:want|need|expect)|i'm\s+(?:asking|looking)\s+for)|\s(?:and|so)\s+(?:i'll|i\s+will|i'm\s+going\s+to|i'm\s+gonna))\b(?!\s+(?:like\s+to\s+think|say|guess|imagine|argue|hazard))/, example: 'I reduced cloud spend 35% at Acme, and I will do the same for you.' },
  question: { start: /^(?:(?:so|and|but|ok|okay|also|just|well)\W+)*(?:(?:what|how|when|where|who|which|why)(?:'s|'re|'d| (?:is|are|was|were|do|does|did|will|would|can|could|should|might|kind|sort|type|time|day|about|if|else|percentage|portion))|(?:is|are|do|does|did|will|would|can|could|should|may|shall|have|has|am) (?:i|we|you|there|it|the|this|that|they|my|your|our|he|she|someone|anyone))\b/, example: 'What would success look like?' },
  /** Where the candidate's own clause starts again after reported words (see ownClause). */
  ownClause: /[,;]["']?\s+(?:and )?(?:so|after|then|which is why|that's why|but)\s/g,
  reported: { re: /\b(?!i\b)[a-z']+\s+(?:(?:always|once|just|then|also|even|basically|literally|kept|has|have|had)\s+)?(?:said|says|told (?:me|us|him|her|them)|tells (?:me|us)|mentioned|would say|used to say|put it|keeps saying|kept saying|wrote|according to)\b(?! to (?:ask|find out|check|double-check|look into|push for|get)\b)|\baccording to\b/, example: 'My recruiter said I should push harder.' },
  past: { re: new RegExp(String.raw`(?<!\b(?:if|wish|as if|even if|only if|if only|from what|are|is|am|will|would|can|could|should|shall|must|do|does|want|wants|need|needs|get|gets|got|have|has|keep|keeps|like|likes|make|makes|see|of) )\b(?:i|we|they|he|she|it|my team|our team)\s+(?:\w+ly\s+|then\s+|also\s+|just\s+|had\s+|finally\s+)?(?:was|were|had|did|(?!(?:ne|fe|se|spe|proce|succe|exce|bre|embe|wonder)ed\b)[a-z]{2,}ed|led|built|ran|made|took|got|went|wrote|drove|grew|won|brought|found|saw|came|began|thought|told|sold|spent|kept|left|held|became|taught|caught|felt|gave|paid|met|flew|chose|knew|rebuilt|rewrote|stood|sat|spoke|broke|oversaw|undertook|overcame)\b(?!')${WISH}|(?<!\b(?:if|wish|as if|even if) (?:i|it|he|she) )\bwas\b${WISH}|\b(?:did|were (?!i\b))(?<!\bif (?:[a-z'-]+ ){1,4}were )(?<!\bif (?:i|we|you|they|he|she|it) did)(?<!(?:^|[,;:]\s*)were )\b|\b(?:(?<!\b(?:from|over|of) (?:the )?)last (?:year|month|quarter|week|spring|summer|fall|autumn|winter|time)|years? ago|months? ago|weeks? ago|back (?:then|in|at|when)|previously|at the time|in (?:19|20)\d\d|(?:at|in) my (?:last|previous|old|former) )`), example: 'When I started at Acme, I shadowed support.' },
} as const;

/**
 * Trigger words: a scope's RegExp can only match in a sentence that contains one of its
 * trigger words (or, for past tense, a word ending in -ed). The token loop records which
 * triggers a sentence has, so most sentences skip most scope RegExps entirely.
 */
export const TRIGGER = { negation: 1, conditional: 2, modal: 4, hypothetical: 8, reported: 16, past: 32 } as const;
export const TRIGGER_WORDS: Readonly<Record<keyof typeof TRIGGER, string>> = {
  negation: 'not no never without nobody nothing none neither nor hardly cannot',
  conditional: 'if unless assuming suppose supposing hypothetically provided case imagine whether were had should',
  modal: "would could might i'd we'd you'd they'd it'd wanna hope hoping",
  hypothetical: "would could might will shall i'd we'd i'll we'll gonna going plan intend want wanna hope",
  reported: 'said says told tells mentioned say put saying wrote according',
  past: 'was were had did led built ran made took got went wrote drove grew won brought found saw came began thought told sold spent kept left held became taught caught felt gave paid met flew chose knew rebuilt rewrote stood sat spoke broke oversaw undertook overcame last ago back previously time previous old former',
};
/** Every trigger word → its trigger bits. */
export const TRIGGER_BITS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (const [name, words] of Object.entries(TRIGGER_WORDS) as Array<[keyof typeof TRIGGER, string]>) {
    for (const w of words.split(' ')) map.set(w, (map.get(w) ?? 0) | TRIGGER[name]);
  }
  return map;
})();

/** The triggers of one letters-only word: listed words, -n't is not possible here, -ed past forms. */
function partTriggers(part: string): number {
  let bits = TRIGGER_BITS.get(part) ?? 0;
  const n = part.length;
  if (n > 3 && part.charCodeAt(n - 1) === 100 && part.charCodeAt(n - 2) === 101) bits |= TRIGGER.past; // -ed
  if (n === 4 && (part.startsWith('19') || part.startsWith('20'))) bits |= TRIGGER.past;
  return bits;
}

/**
 * A token's trigger bits. The scope RegExps match at word boundaries, and a token such as
 * "could've", "hadn't" or "re-scoped" holds several boundary-delimited words, so each part
 * counts, and -n't anywhere counts as a negation.
 */
export function tokenTriggers(word: string): number {
  let bits = TRIGGER_BITS.get(word) ?? 0;
  if (word.includes("n't")) bits |= TRIGGER.negation;
  const parts = word.split(/[^a-z0-9]+/);
  for (const part of parts) if (part) bits |= partTriggers(part);
  return bits;
}

/** All triggers, for callers that cannot know a sentence's words (the scopes are then exact). */
export const ALL_TRIGGERS = 63;

/** clauseBreak, global, for clauseStart (its lastIndex is reset on every use). */
const CLAUSE_BREAK = new RegExp(SCOPE_RULES.clauseBreak.source, 'g');

/** modal, global, for modalBefore (its lastIndex is reset on every use). */
const MODAL = new RegExp(SCOPE_RULES.modal.re.source, 'g');

/**
 * Whether a modal starts in the clause before a cue, norm[clause, start). The modal rule reads the
 * word after "could you" / "would you" ("Could you send my contract?" asks; "could you be" is a
 * hypothetical), and that word is often the cue's first: so the cue's first word is read too,
 * though a modal that starts in it does not count.
 */
function modalBefore(norm: string, clause: number, start: number): boolean {
  MODAL.lastIndex = 0;
  const first = MODAL.exec(norm.slice(clause, wordEnd(norm, start)));
  return first !== null && first.index < start - clause;
}

/** Where the clause that holds `at` starts, reading from `from` (the sentence's start, or as far back as scopes reach). */
function clauseStart(norm: string, from: number, at: number): number {
  const re = CLAUSE_BREAK;
  re.lastIndex = 0;
  const text = norm.slice(from, at);
  let start = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) start = m.index + m[0].length;
  return from + start;
}

/**
 * The last `n` white-space-separated words of `text`, from the first of them to the end of the
 * last, as they stand (white space between them kept). A RegExp that cannot match white space,
 * such as the negator's, matches here exactly when it matches those words joined by spaces.
 */
function lastWords(text: string, n: number): string {
  let end = text.length;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  let start = end;
  for (let words = 0; words < n && start > 0; words++) {
    while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) start--;
    if (words < n - 1) while (start > 0 && isSpaceCode(text.charCodeAt(start - 1))) start--;
  }
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  return text.slice(start, end);
}

/** Every scope bit. */
export const ALL_SCOPES = 63;
/** The scopes sentenceScopes decides; cueScopes decides negation, conditional (modals) and reported. */
export const SENTENCE_SCOPES = SCOPE_BIT.conditional | SCOPE_BIT.question | SCOPE_BIT.past | SCOPE_BIT.hypothetical;

/**
 * Scopes that hold for the whole sentence (cached per sentence by the caller). Only the scopes
 * in `want` are looked for: a caller that needs some scopes of a sentence pays for those.
 */
export function sentenceScopes(norm: string, sentence: Span, triggers: number = ALL_TRIGGERS, want: number = ALL_SCOPES): number {
  if ((want & SENTENCE_SCOPES) === 0) return 0;
  const text = norm.slice(sentence.start, sentence.end);
  let bits = 0;
  if (want & SCOPE_BIT.conditional && triggers & TRIGGER.conditional && SCOPE_RULES.conditional.re.test(text)) bits |= SCOPE_BIT.conditional;
  if (want & SCOPE_BIT.question && (/\?["')\]]*\s*$/.test(text) || SCOPE_RULES.question.start.test(text.trimStart()))) bits |= SCOPE_BIT.question;
  if (want & SCOPE_BIT.past && triggers & TRIGGER.past && SCOPE_RULES.past.re.test(text)) bits |= SCOPE_BIT.past;
  if (want & SCOPE_BIT.hypothetical && triggers & TRIGGER.hypothetical && SCOPE_RULES.hypothetical.re.test(text)) bits |= SCOPE_BIT.hypothetical;
  return bits;
}

/**
 * How far back from a cue, in characters, the scopes that depend on where it is look: a clause
 * break, a modal, a reporting verb or an opening quote further back in the same sentence (over
 * a hundred words of it) does not reach the cue. Every sentence of the corpus and of the
 * benchmark's workload is shorter (at most 494 characters), so no finding changes; what it buys
 * is a bounded cost per cue, where a long unpunctuated turn with many cue words used to cost
 * time quadratic in its length (benchmarks/adversarial.ts).
 */
export const SCOPE_REACH = 600;

/** Where a cue at `start` starts looking back from: SCOPE_REACH back, at a word start, within the sentence. */
function reachStart(norm: string, sentence: Span, start: number): number {
  let from = start - SCOPE_REACH;
  if (from <= sentence.start) return sentence.start;
  while (from < start && !isSpaceCode(norm.charCodeAt(from - 1))) from++;
  return from;
}

/**
 * Scopes that depend on where the cue is in its sentence: negation, modals, reported speech
 * (only those in `want` are looked for), within SCOPE_REACH characters before it.
 */
export function cueScopes(norm: string, sentence: Span, start: number, triggers: number = ALL_TRIGGERS, want: number = ALL_SCOPES): number {
  let bits = 0;
  const negation = (want & SCOPE_BIT.negation) !== 0 && (triggers & TRIGGER.negation) !== 0;
  const modal = (want & SCOPE_BIT.conditional) !== 0 && (triggers & TRIGGER.modal) !== 0;
  const from = reachStart(norm, sentence, start);
  if (negation || modal) {
    const clauseAt = clauseStart(norm, from, start);
    if (negation && SCOPE_RULES.negator.re.test(lastWords(norm.slice(clauseAt, start), SCOPE_RULES.negator.window))) bits |= SCOPE_BIT.negation;
    if (modal && modalBefore(norm, clauseAt, start)) bits |= SCOPE_BIT.conditional;
  }
  if (want & SCOPE_BIT.reported) {
    const before = norm.slice(from, start);
    if ((triggers & TRIGGER.reported && SCOPE_RULES.reported.re.test(ownClause(before))) || ((before.includes('"') || before.includes("'")) && insideQuote(before))) bits |= SCOPE_BIT.reported;
  }
  return bits;
}

/**
 * `before` from the candidate's own follow-on clause on: "X said …, so I …" and "…, after I …"
 * are the candidate's words again, so a reporting verb before them does not reach the cue.
 */
function ownClause(before: string): string {
  let from = 0;
  for (const m of before.matchAll(SCOPE_RULES.ownClause)) from = m.index + m[0].length;
  return from === 0 ? before : before.slice(from);
}

/** An opening double quote, or a single quote after a space, that is not closed before the cue. */
function insideQuote(before: string): boolean {
  let doubles = 0;
  for (let i = 0; i < before.length; i++) if (before.charCodeAt(i) === 34) doubles++;
  if (doubles % 2 === 1) return true;
  const open = before.search(/(?:^|[\s(:])'(?=[a-z]|$)/);
  if (open < 0) return false;
  return !/[a-z.,!?]'(?=[\s,.;:!?)\]]|$)/.test(before.slice(open + 1));
}

const FUTURE_CLAUSE = new RegExp(SCOPE_RULES.futureClause.re.source, 'g');

/**
 * Whether the past story of a sentence ends before the clause of a cue at `at`: the cue's clause
 * starts with the candidate's own future, modal or want after a clause break
 * (SCOPE_RULES.futureClause), and no past form follows that break in the sentence. "At Acme I
 * reduced cloud spend 35%, and I'll do the same for you" is a past story and then a plan; the
 * plan is the candidate's present talk. Only asked for a cue that the past scope would silence.
 */
function pastEndsBefore(norm: string, sentence: Span, at: number): boolean {
  const re = FUTURE_CLAUSE;
  re.lastIndex = 0;
  const from = reachStart(norm, sentence, at);
  // The clause may start with the cue itself ("…, and I'll do the same for you"): read a little past it.
  const text = norm.slice(from, Math.min(sentence.end, at + 24));
  let start = -1;
  for (let m = re.exec(text); m !== null && from + m.index < at; m = re.exec(text)) start = m.index;
  if (start < 0) return false;
  return !SCOPE_RULES.past.re.test(norm.slice(from + start, sentence.end));
}

/**
 * Whether the past story of a sentence starts after the clause of a cue at `at`: the sentence
 * opens with the cue's clause, which holds no past form, and the past comes after a clause
 * break (SCOPE_RULES.clauseBreak: "I need to be fully remote, I moved two hours away last year"). The cue's clause is the
 * candidate's present talk; the past that follows is the reason. Only asked for a cue that the
 * past scope would silence.
 */
function pastStartsAfter(norm: string, sentence: Span, at: number): boolean {
  // Both reads stay within SCOPE_REACH of the cue, so a long unpunctuated turn costs linear time.
  if (at - sentence.start > SCOPE_REACH) return false;
  const re = CLAUSE_BREAK;
  re.lastIndex = 0;
  const m = re.exec(norm.slice(at, Math.min(sentence.end, at + SCOPE_REACH)));
  if (m === null) return false;
  return !SCOPE_RULES.past.re.test(norm.slice(sentence.start, at + m.index));
}

/**
 * `bits` (a cue's scopes at `at`) without the past scope where the past story ends before the
 * cue's clause (see pastEndsBefore) or starts after it (see pastStartsAfter). Asked only when
 * `relevant` holds the past scope: a caller for which past changes nothing pays nothing.
 */
export function withEndedPast(bits: number, relevant: number, norm: string, sentence: Span, at: number): number {
  return bits & relevant & SCOPE_BIT.past && (pastEndsBefore(norm, sentence, at) || pastStartsAfter(norm, sentence, at)) ? bits & ~SCOPE_BIT.past : bits;
}

/** Every scope at a position, for debugging and explanations. */
export function scopesAt(norm: string, sentence: Span, start: number): Scope[] {
  const bits = withEndedPast(sentenceScopes(norm, sentence) | cueScopes(norm, sentence, start), ALL_SCOPES, norm, sentence, start);
  return SCOPES.filter((s) => (bits & SCOPE_BIT[s]) !== 0);
}
