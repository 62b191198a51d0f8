import { ToneDriftError } from '../errors.js';
import { messages } from '../messages.js';
import type { Process, Round } from '../schema/input.js';
import type { CandidateChoice } from '../schema/report.js';

/** Speaker labels that mean "the candidate" in exported transcripts. */
export const CANDIDATE_LABELS: readonly string[] = [
  'candidate', 'interviewee', 'applicant', 'me', 'myself', 'job seeker', 'jobseeker', 'the candidate',
];
/** Speaker labels that mean "not the candidate". */
export const INTERVIEWER_LABELS: readonly string[] = [
  'interviewer', 'recruiter', 'hiring manager', 'hr', 'panel', 'panelist', 'host', 'moderator', 'manager',
];

/** One candidate turn: where it is in the round and what was said. */
export interface CandidateTurn {
  turn: number;
  text: string;
  time?: number;
  /**
   * The other speaker's turn just before (the candidate's own turns in between aside): what the
   * candidate is answering. Read only to tell an answer to a question from a topic raised
   * unasked (`Cue.askedBy`); it never adds evidence.
   */
  asked?: string;
}

export interface RoundSpeech {
  choice: CandidateChoice;
  turns: CandidateTurn[];
}

const key = (speaker: string): string => speaker.trim().toLowerCase().replace(/\s+/g, ' ');

/** "Sam (Candidate)" and "Candidate - Sam" carry a role in the label. */
function roleOf(speaker: string, candidateLabels: ReadonlySet<string>): 'candidate' | 'interviewer' | undefined {
  const k = key(speaker).replace(/[.:]+$/, '');
  if (candidateLabels.has(k)) return 'candidate';
  if (INTERVIEWER_LABELS.includes(k)) return 'interviewer';
  const inParens = /\(([^)]*)\)/.exec(k)?.[1]?.trim();
  if (inParens !== undefined && candidateLabels.has(inParens)) return 'candidate';
  if (inParens !== undefined && INTERVIEWER_LABELS.includes(inParens)) return 'interviewer';
  const prefix = /^([a-z ]+?)\s*[-–:]\s*\S/.exec(k)?.[1];
  if (prefix !== undefined && candidateLabels.has(prefix)) return 'candidate';
  if (prefix !== undefined && INTERVIEWER_LABELS.includes(prefix)) return 'interviewer';
  return undefined;
}

function countWords(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}

function turnsOf(round: Round, speakerKey: string): CandidateTurn[] {
  const out: CandidateTurn[] = [];
  let asked: string | undefined;
  round.turns?.forEach((t, i) => {
    if (key(t.speaker) !== speakerKey) {
      asked = t.text;
      return;
    }
    const turn: CandidateTurn = t.start === undefined ? { turn: i, text: t.text } : { turn: i, text: t.text, time: t.start };
    if (asked !== undefined) turn.asked = asked;
    out.push(turn);
  });
  return out;
}

/**
 * The speaker who answers the questions: interviewers ask, candidates answer at length.
 * Each speaker scores their share of the round's words minus the share of their turns that ask a question.
 */
function answerer(round: Round, exclude: (speaker: string) => boolean): string | undefined {
  const stats = new Map<string, { name: string; words: number; turns: number; questions: number }>();
  let total = 0;
  for (const t of round.turns ?? []) {
    if (exclude(t.speaker)) continue;
    const k = key(t.speaker);
    const s = stats.get(k) ?? { name: t.speaker, words: 0, turns: 0, questions: 0 };
    const w = countWords(t.text);
    s.words += w;
    s.turns += 1;
    if (t.text.includes('?')) s.questions += 1;
    total += w;
    stats.set(k, s);
  }
  let best: string | undefined;
  let bestScore = -Infinity;
  for (const s of [...stats.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const score = (total ? s.words / total : 0) - s.questions / s.turns;
    if (score > bestScore) {
      bestScore = score;
      best = s.name;
    }
  }
  return best;
}

function speakersOf(round: Round): string[] {
  const seen = new Map<string, string>();
  for (const t of round.turns ?? []) if (!seen.has(key(t.speaker))) seen.set(key(t.speaker), t.speaker);
  return [...seen.values()];
}

const roundName = (round: Round, i: number): string => round.label ?? round.id ?? `round ${i + 1}`;

/**
 * Decides, round by round, whose words are the candidate's, and why:
 * 1. the `candidate` option, else the process's `candidate`;
 * 2. a role label (Candidate, Interviewee, Applicant, Me, "Sam (Candidate)"…);
 * 3. the one speaker present in every round, when interviewers change between rounds;
 * 4. the speaker who answers the questions (most words, fewest questions).
 * `answers` rounds are all candidate speech.
 */
export function candidateSpeech(process: Process, optionName?: string, extraLabels: readonly string[] = []): RoundSpeech[] {
  const candidateLabels = new Set([...CANDIDATE_LABELS, ...extraLabels.map(key)]);
  const named = optionName ?? process.candidate;
  const method = optionName !== undefined ? 'option' : 'process';

  if (named !== undefined) {
    const k = key(named);
    const all = process.rounds.flatMap(speakersOf);
    if (process.rounds.some((r) => r.turns) && !all.some((s) => key(s) === k)) {
      throw new ToneDriftError([{ code: 'CANDIDATE_NOT_FOUND', path: 'candidate', message: messages.candidateNotFound(named, [...new Set(all)]) }]);
    }
  }

  const turnRounds = process.rounds.filter((r) => r.turns);
  const common = turnRounds.length >= 2
    ? turnRounds.map((r) => new Set(speakersOf(r).map(key))).reduce((a, b) => new Set([...a].filter((s) => b.has(s))))
    : new Set<string>();

  return process.rounds.map((round, i): RoundSpeech => {
    if (round.answers) {
      if (round.answers.length === 0) {
        throw new ToneDriftError([{ code: 'CANDIDATE_SILENT', path: `rounds[${i}].answers`, message: messages.candidateSilent(named ?? 'candidate', roundName(round, i)) }]);
      }
      return {
        choice: { speaker: null, method: 'answers', reason: 'self-reported answers are all candidate speech' },
        turns: round.answers.map((text, turn) => ({ turn, text })),
      };
    }
    let choice: CandidateChoice | undefined;
    const speakers = speakersOf(round);
    if (named !== undefined) {
      choice = { speaker: named, method, reason: `named by the ${method === 'option' ? 'candidate option' : "process's candidate field"}` };
    } else {
      const labelled = speakers.filter((s) => roleOf(s, candidateLabels) === 'candidate');
      const commonHere = speakers.filter((s) => common.has(key(s)));
      if (labelled.length === 1) {
        choice = { speaker: labelled[0]!, method: 'role-label', reason: `speaker label "${labelled[0]}" names the candidate` };
      } else if (commonHere.length === 1 && speakers.length > 1) {
        choice = { speaker: commonHere[0]!, method: 'every-round', reason: `"${commonHere[0]}" is the only speaker in every round` };
      } else if (speakers.length === 1) {
        choice = { speaker: speakers[0]!, method: 'only-speaker', reason: `"${speakers[0]}" is the only speaker` };
      } else {
        const who = answerer(round, (s) => roleOf(s, candidateLabels) === 'interviewer');
        if (who !== undefined) {
          choice = { speaker: who, method: 'answers-questions', reason: `"${who}" answers the questions: most words, fewest questions` };
        }
      }
    }
    const turns = choice?.speaker ? turnsOf(round, key(choice.speaker)) : [];
    if (!choice || turns.length === 0) {
      throw new ToneDriftError([{ code: 'CANDIDATE_SILENT', path: `rounds[${i}].turns`, message: messages.candidateSilent(named ?? choice?.speaker ?? 'candidate', roundName(round, i)) }]);
    }
    return { choice, turns };
  });
}
