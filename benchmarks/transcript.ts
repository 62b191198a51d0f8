import { cap, expand, messSentence, messTurn, otherCompany, uncap, type Context } from './fill.js';
import { chance, int, pick, pickFresh, weighted, type Rng } from './rng.js';
import { CANDIDATE, INTERVIEWER, NEUTRAL_QUESTIONS, ROUND_LABELS, SCENARIOS, THANKS, type CandidateKind } from './templates.js';
import { DOMAINS, GLOBAL } from './vocab.js';

export interface GeneratedTurn {
  speaker: string;
  text: string;
}

export interface GeneratedRound {
  label: string;
  turns: GeneratedTurn[];
}

/** One line of a generated corpus. `scenario` names how the later rounds lean (see SCENARIOS). */
export interface GeneratedProcess {
  id: string;
  candidate: string;
  scenario: string;
  rounds: GeneratedRound[];
}

/** How often each kind of sentence appears in an ordinary answer: mostly neutral. */
const BASE: Readonly<Record<CandidateKind, number>> = {
  neutral: 55,
  story: 12,
  hedge: 9,
  booster: 3,
  presumptive: 1.5,
  conditional: 2.5,
  employerQ: 2,
  selfQ: 1.5,
  negotiation: 0.5,
  generic: 3,
  courtesy: 0, // only where it belongs: opening a round's first answer
};

/** Kinds of the questions a candidate asks at the end of a round. */
type AskKind = 'employerQ' | 'selfQ' | 'presumptive' | 'neutralQ';
const ASK: Readonly<Record<AskKind, number>> = { employerQ: 3, selfQ: 1.2, presumptive: 0.4, neutralQ: 2 };
const ASK_LISTS: Readonly<Record<AskKind, readonly string[]>> = {
  employerQ: CANDIDATE.employerQ,
  selfQ: CANDIDATE.selfQ.filter((s) => s.endsWith('?')),
  presumptive: CANDIDATE.presumptive.filter((s) => s.endsWith('?')),
  neutralQ: NEUTRAL_QUESTIONS,
};

/** Answer lengths in sentences (1 to 8), weighted toward 2 to 4. */
const LENGTHS: Readonly<Record<string, number>> = { 1: 12, 2: 20, 3: 22, 4: 18, 5: 11, 6: 8, 7: 5, 8: 4 };

/** Candidate kind weights for round `r` of `n`: the scenario's multipliers ramp in linearly. */
function kindWeights(scenario: string, r: number, n: number): Record<CandidateKind, number> {
  const t = n > 1 ? r / (n - 1) : 0;
  const out = { ...BASE };
  for (const [kind, mult] of Object.entries(SCENARIOS[scenario] ?? {}) as [CandidateKind, number][]) {
    out[kind] = BASE[kind] * (1 + (mult - 1) * t);
  }
  return out;
}

interface Answer {
  text: string;
  /** The answer told a war story (the interviewer may follow up on it). */
  story: boolean;
}

/**
 * A candidate answer of 1 to 8 sentences. `story`: the interviewer asked for an example, so the
 * answer opens with one. `first`: the round's first answer, which may open with thanks.
 */
function candidateAnswer(rng: Rng, ctx: Context, weights: Record<CandidateKind, number>, story: boolean, first: boolean): Answer {
  const n = Number(weighted(rng, LENGTHS));
  const used = new Set<string>();
  const out: string[] = [];
  if (first && chance(rng, 0.25)) out.push(cap(expand(rng, pick(rng, CANDIDATE.courtesy), ctx)));
  else if (chance(rng, 0.2)) out.push(pick(rng, GLOBAL.opener!));
  const opened = out.length;
  let told = false;
  while (out.length < n) {
    const kind = story && out.length === opened ? 'story' : weighted(rng, weights);
    const sentence = cap(expand(rng, pickFresh(rng, CANDIDATE[kind], used), ctx));
    out.push(messSentence(rng, out.length > 0 && chance(rng, 0.08) ? `${pick(rng, GLOBAL.lead!)} ${uncap(sentence)}` : sentence));
    if (kind === 'story') {
      told = true;
      const more = Math.min(int(rng, 0, 3), n - out.length);
      for (let i = 0; i < more; i++) out.push(messSentence(rng, cap(expand(rng, pickFresh(rng, CANDIDATE.storyMore, used), ctx))));
    }
  }
  return { text: messTurn(rng, out), story: told };
}

/** The candidate's questions when the interviewer asks for them. */
function candidateQuestions(rng: Rng, ctx: Context, weights: Record<CandidateKind, number>): string {
  const ask: Record<AskKind, number> = {
    employerQ: ASK.employerQ * (weights.employerQ / BASE.employerQ),
    selfQ: ASK.selfQ * (weights.selfQ / BASE.selfQ),
    presumptive: ASK.presumptive * (weights.presumptive / BASE.presumptive),
    neutralQ: ASK.neutralQ,
  };
  const used = new Set<string>();
  const out: string[] = [];
  if (chance(rng, 0.4)) out.push(pick(rng, ['Yes, a couple.', 'Yeah, I do.', 'Sure, a few.', 'Just one or two.']));
  const n = int(rng, 1, 3);
  for (let i = 0; i < n; i++) out.push(messSentence(rng, cap(expand(rng, pickFresh(rng, ASK_LISTS[weighted(rng, ask)], used), ctx))));
  if (chance(rng, 0.4)) out.push(pick(rng, THANKS));
  return messTurn(rng, out);
}

interface Asked {
  text: string;
  /** The question asks for a war story. */
  behavioral: boolean;
}

/**
 * An interviewer turn: a greeting in the round's first turn, sometimes a few statements, then a
 * question. `asked` holds the round's questions so far, so a round rarely repeats one.
 */
function interviewerTurn(rng: Rng, ctx: Context, at: 'first' | 'middle' | 'last', afterStory: boolean, asked: Set<string>): Asked {
  const out: string[] = [];
  if (at === 'first') out.push(cap(expand(rng, pick(rng, INTERVIEWER.greeting), ctx)));
  else {
    const statements = chance(rng, 0.1) ? int(rng, 2, 4) : chance(rng, 0.3) ? 1 : 0;
    for (let i = 0; i < statements; i++) out.push(cap(expand(rng, pickFresh(rng, INTERVIEWER.statement, asked), ctx)));
  }
  const behavioral = at !== 'last' && chance(rng, 0.25);
  const list =
    at === 'last' ? INTERVIEWER.closing
    : afterStory && chance(rng, 0.5) ? INTERVIEWER.followUp
    : behavioral ? INTERVIEWER.behavioral
    : INTERVIEWER.question;
  out.push(cap(expand(rng, pickFresh(rng, list, asked), ctx)));
  return { text: messTurn(rng, out), behavioral: behavioral && list === INTERVIEWER.behavioral };
}

/** Which stages a process of `n` rounds goes through (indexes into ROUND_LABELS). */
function stages(rng: Rng, n: number): number[] {
  if (n >= 4) return [0, 1, 2, 3];
  if (n === 3) return [0, pick(rng, [1, 2]), 3];
  return [0, pick(rng, [1, 2, 3])];
}

/** One interview process: 2 to 4 rounds of interviewer questions and candidate answers. */
export function makeProcess(rng: Rng, id: string): GeneratedProcess {
  const domainName = pick(rng, Object.keys(DOMAINS));
  const me = pick(rng, GLOBAL.firstName!);
  const scenario = pick(rng, Object.keys(SCENARIOS));
  const someoneElse = (): string => {
    for (;;) {
      const name = pick(rng, GLOBAL.firstName!);
      if (name !== me) return name;
    }
  };
  const company = otherCompany(rng, []);
  const employer = otherCompany(rng, [company]);
  const domain = DOMAINS[domainName]!;
  const fixed = { me, company, employer, role: pick(rng, domain.role!), interviewer: '', otherInterviewer: '' };
  const ctx: Context = { domain, fixed };

  const plan = stages(rng, int(rng, 2, 4));
  const rounds = plan.map((stage, r): GeneratedRound => {
    const interviewers = [someoneElse()];
    if (stage === 2 && chance(rng, 0.5)) interviewers.push(someoneElse());
    fixed.otherInterviewer = someoneElse();
    const weights = kindWeights(scenario, r, plan.length);
    const exchanges = int(rng, 4, 10);
    const asked = new Set<string>();
    const turns: GeneratedTurn[] = [];
    let afterStory = false;
    for (let e = 0; e < exchanges; e++) {
      const speaker = interviewers[e % interviewers.length]!;
      fixed.interviewer = speaker;
      const at = e === 0 ? 'first' : e === exchanges - 1 ? 'last' : 'middle';
      const question = interviewerTurn(rng, ctx, at, afterStory, asked);
      turns.push({ speaker, text: question.text });
      if (at === 'last') {
        turns.push({ speaker: me, text: candidateQuestions(rng, ctx, weights) });
      } else {
        const answer = candidateAnswer(rng, ctx, weights, question.behavioral, e === 0);
        turns.push({ speaker: me, text: answer.text });
        afterStory = answer.story;
      }
    }
    return { label: pick(rng, ROUND_LABELS[stage]!), turns };
  });
  return { id, candidate: me, scenario, rounds };
}
