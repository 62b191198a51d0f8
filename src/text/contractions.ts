/**
 * Contractions typed without their apostrophe ("im", "dont", "ill be there"), as casual typing,
 * chat answers and some speech-to-text give them. Cue patterns, scopes and the learned layer
 * read "i'm" and "don't", so the text they read gets the apostrophe back (text/compact.ts
 * inserts it, and maps every offset back to the turn's own text, which keeps "im").
 *
 * Plain data: each rule is a contraction as it is spelled with its apostrophe; the word it
 * repairs is the same without it. Words that are also ordinary words are left alone ("were",
 * "well", "its", "hell", "shell", "wed"), except three that interview speech uses mostly as
 * contractions, which repair only in context: "ill" (not after "was", "fell", "feel"…: "I was
 * ill"), "id" (only before a word that follows "I'd", and never typed "ID") and "lets" (only
 * where a sentence or clause opens: "lets get this done", not "it lets us"). Every rule's
 * example (repaired) and counter-example (left alone) run in test/text/contractions.test.ts.
 */
import { isInnerCode } from './tokenize.js';
import { isSpaceCode } from './chars.js';

export interface ContractionRule {
  id: string;
  /** The contraction with its apostrophe, lower case: `i'm`. */
  spelled: string;
  /** Repair only when the next word is one of these. */
  onlyBefore?: readonly string[];
  /** Repair only at the start of a sentence or clause, or after one of these words. */
  onlyAfter?: readonly string[];
  /** Never after one of these words. */
  notAfter?: readonly string[];
  /** Never before one of these words. */
  notBefore?: readonly string[];
  /** Never when the turn spells the word in capitals ("ID"). */
  notInCapitals?: boolean;
  /** A sentence where the rule repairs the word. */
  example: string;
  /** A sentence where it must not (rules with a context only). */
  counterExample?: string;
}

const PLAIN: ReadonlyArray<[spelled: string, example: string]> = [
  ["i'm", 'once im running growth we fix activation'],
  ["i've", 'ive already bought the boots'],
  ["don't", 'i dont know yet'],
  ["doesn't", 'it doesnt matter'],
  ["didn't", 'we didnt ship it'],
  ["isn't", 'that isnt the point'],
  ["aren't", 'they arent ready'],
  ["wasn't", 'it wasnt easy'],
  ["weren't", 'we werent sure'],
  ["won't", 'i wont need training'],
  ["can't", 'i cant wait to start'],
  ["ain't", 'it aint broke'],
  ["wouldn't", 'i wouldnt push it'],
  ["couldn't", 'we couldnt hire'],
  ["shouldn't", 'it shouldnt take long'],
  ["haven't", 'i havent decided'],
  ["hasn't", 'she hasnt called'],
  ["hadn't", 'we hadnt planned it'],
  ["mustn't", 'we mustnt forget'],
  ["needn't", 'you neednt worry'],
  ["that's", 'thats the plan'],
  ["what's", 'whats the dress code'],
  ["there's", 'theres no way'],
  ["here's", 'heres what i did'],
  ["where's", 'wheres my desk'],
  ["how's", 'hows the team doing'],
  ["who's", 'whos my manager'],
  ["he's", 'hes the lead'],
  ["she's", 'shes the lead'],
  ["you're", 'youre going to love it'],
  ["they're", 'theyre short staffed'],
  ["you've", 'youve got a great team'],
  ["we've", 'weve done this before'],
  ["they've", 'theyve asked me'],
  ["you'll", 'youll see results'],
  ["they'll", 'theyll like it'],
  ["it'll", 'itll be fine'],
  ["that'll", 'thatll work'],
  ["you'd", 'youd be surprised'],
  ["they'd", 'theyd agree'],
  ["would've", 'i wouldve done it'],
  ["could've", 'we couldve won'],
  ["should've", 'i shouldve asked'],
  ["might've", 'it mightve helped'],
  ["must've", 'you mustve seen it'],
];

/** What "I'd" is followed by: verbs and adverbs that come after it, never after an ID. */
const AFTER_I_D = 'be love like want say have rather probably expect hope prefer go do take get start put ask make set bring focus spend really definitely just also need never always still argue suggest think guess imagine recommend push look sit work try use run build lead move keep plan hate feel bet appreciate welcome jump aim pick begin gladly happily honestly personally already even actually sort'.split(' ');

/** Words before "ill" in its other sense (being unwell): "I was ill", "fell ill", "very ill", "I'm ill". */
const BEFORE_ILL = "was were been be is am are being fell fall falls falling feel feels felt feeling got get gets getting become became becomes look looked looks seriously terminally mentally critically chronically gravely very too quite an the i'm im he's hes she's shes they're theyre we're you're youre".split(' ');

/** Words after "ill" in that sense: "ill health", "ill at ease", "ill will". */
const AFTER_ILL = 'health effects will feeling feelings at with advised treated prepared equipped suited timed'.split(' ');

/** Words "let's" follows at the opening of a clause ("ok lets move on"); "it lets us" has a subject instead. */
const OPENERS = 'so ok okay then now and but right yeah yes alright well great cool fine sure please just honestly anyway anyways oh look listen good perfect'.split(' ');

export const CONTRACTIONS: readonly ContractionRule[] = [
  ...PLAIN.map(([spelled, example]) => ({ id: `contraction.${spelled.replace("'", '')}`, spelled, example })),
  {
    id: 'contraction.ill',
    spelled: "i'll",
    notAfter: BEFORE_ILL,
    notBefore: AFTER_ILL,
    example: 'ok cool so ill ping my manager',
    counterExample: 'my dad was ill for a month',
  },
  {
    id: 'contraction.id',
    spelled: "i'd",
    onlyBefore: AFTER_I_D,
    notInCapitals: true,
    example: 'honestly id love to lead it',
    counterExample: 'I moved the ID check to the front desk',
  },
  {
    id: 'contraction.lets',
    spelled: "let's",
    onlyAfter: OPENERS,
    example: 'ok lets get this done',
    counterExample: 'the new tool lets us ship faster',
  },
];

/** In normalized text, a letter, digit or apostrophe as the tokenizer reads them inside a word: what must not touch a repaired word. */
const isInWord = (c: number): boolean => isInnerCode(c) || c === 39;

interface Compiled {
  rule: ContractionRule;
  /** Where the apostrophe goes in the word. */
  at: number;
  onlyBefore?: ReadonlySet<string>;
  onlyAfter?: ReadonlySet<string>;
  notAfter?: ReadonlySet<string>;
  notBefore?: ReadonlySet<string>;
}

const BY_WORD = new Map<string, Compiled>();
for (const rule of CONTRACTIONS) {
  const set = (words: readonly string[] | undefined) => (words === undefined ? undefined : new Set(words));
  BY_WORD.set(rule.spelled.replace("'", ''), {
    rule,
    at: rule.spelled.indexOf("'"),
    onlyBefore: set(rule.onlyBefore),
    onlyAfter: set(rule.onlyAfter),
    notAfter: set(rule.notAfter),
    notBefore: set(rule.notBefore),
  });
}

/** Every repairable word as RegExp source (longest first, so that no word stops at a shorter one's end). */
export const CONTRACTION_SOURCE = `\\b(?:${[...BY_WORD.keys()].sort((x, y) => y.length - x.length || (x < y ? -1 : 1)).join('|')})\\b`;
const WORDS = new RegExp(CONTRACTION_SOURCE, 'g');

/** The word before `at` (past white space; '' when a sentence or clause opens there). */
function wordBefore(norm: string, at: number): string {
  let e = at;
  while (e > 0 && isSpaceCode(norm.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > 0 && isInWord(norm.charCodeAt(s - 1))) s--;
  return norm.slice(s, e);
}

/** The word after `at` (past white space; '' when none follows directly). */
function wordAfter(norm: string, at: number): string {
  let s = at;
  while (s < norm.length && isSpaceCode(norm.charCodeAt(s))) s++;
  let e = s;
  while (e < norm.length && isInWord(norm.charCodeAt(e))) e++;
  return norm.slice(s, e);
}

/**
 * Where the word norm[start, end) (a match of CONTRACTION_SOURCE in a normalized turn; `text` is
 * the turn as given, the same length) needs its apostrophe: the offset it goes before, or -1.
 */
export function apostropheAt(norm: string, text: string, start: number, end: number): number {
  // \b ends words at apostrophes, hyphens and accented letters; a repaired word stands alone.
  if (start > 0 && isInWord(norm.charCodeAt(start - 1))) return -1;
  if (end < norm.length && (isInWord(norm.charCodeAt(end)) || norm.charCodeAt(end) === 45)) return -1;
  const c = BY_WORD.get(norm.slice(start, end))!;
  if (c.rule.notInCapitals === true && text.slice(start, end) === text.slice(start, end).toUpperCase()) return -1;
  if (c.onlyBefore !== undefined && !c.onlyBefore.has(wordAfter(norm, end))) return -1;
  if (c.notBefore !== undefined && c.notBefore.has(wordAfter(norm, end))) return -1;
  if (c.onlyAfter !== undefined || c.notAfter !== undefined) {
    const before = wordBefore(norm, start);
    if (c.notAfter?.has(before) === true) return -1;
    if (c.onlyAfter !== undefined && before !== '' && !c.onlyAfter.has(before)) return -1;
  }
  return start + c.at;
}

/** Every offset in `norm` an apostrophe goes before, in order (text/compact.ts finds them in its own scan). */
export function missingApostrophes(norm: string, text: string): number[] {
  const out: number[] = [];
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(norm); m !== null; m = WORDS.exec(norm)) {
    const at = apostropheAt(norm, text, m.index, m.index + m[0].length);
    if (at >= 0) out.push(at);
  }
  return out;
}
