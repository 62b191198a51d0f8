import { int, pick, pickFresh, type Rng } from './rng.js';
import { OPINIONS } from './templates.js';
import { DOMAINS, GLOBAL, type Slots } from './vocab.js';

/** What stays fixed for one process: its domain's fillers and the people and companies in it. */
export interface Context {
  domain: Slots;
  /** Slots with one value for the whole process: me, role, company, employer, interviewer, otherInterviewer. */
  fixed: Record<string, string>;
}

const WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve'];

/** Slots drawn fresh from numbers each time. */
const NUMBERS: Readonly<Record<string, (rng: Rng) => string>> = {
  pct: (rng) => `${int(rng, 5, 85)}${rng() < 0.8 ? '%' : ' percent'}`,
  years: (rng) => (rng() < 0.5 ? String(int(rng, 2, 12)) : pick(rng, WORDS)),
  weeks: (rng) => (rng() < 0.5 ? String(int(rng, 2, 12)) : pick(rng, WORDS.slice(0, 6))),
  teamSize: (rng) => String(int(rng, 3, 40)),
  year: (rng) => String(int(rng, 2015, 2024)),
  money: (rng) => pick(rng, [`$${int(rng, 20, 900)}k`, `$${int(rng, 1, 9)}.${int(rng, 1, 9)} million`, `${int(rng, 10, 500)} thousand dollars`]),
  salary: (rng) => pick(rng, [`$${int(rng, 90, 260)}k`, `${int(rng, 90, 260)}k base`, `${int(rng, 90, 260)} thousand`]),
  fromTo: (rng) => {
    const from = int(rng, 20, 900);
    return `from ${from} to ${int(rng, 1, Math.floor(from / 2))}`;
  },
};

const company = (rng: Rng): string => `${pick(rng, GLOBAL.companyHead!)} ${pick(rng, GLOBAL.companyTail!)}`;

/** A company name that is not `avoid`. */
export function otherCompany(rng: Rng, avoid: readonly string[]): string {
  for (;;) {
    const name = company(rng);
    if (!avoid.includes(name)) return name;
  }
}

/** `used` holds the values drawn so far in one template, per list, so "{tool} and {tool2}" differ. */
function lookup(rng: Rng, name: string, ctx: Context, used: Map<string, Set<string>>): string {
  const fixed = ctx.fixed[name];
  if (fixed !== undefined) return fixed;
  const number = NUMBERS[name];
  if (number) return number(rng);
  const base = name.replace(/\d+$/, '');
  if (base === 'company' || base === 'employer') return otherCompany(rng, [ctx.fixed.company ?? '', ctx.fixed.employer ?? '']);
  const list = base === 'opinion' ? OPINIONS : ctx.domain[base] ?? GLOBAL[base];
  if (!list) throw new Error(`unknown slot {${name}}`);
  let seen = used.get(base);
  if (!seen) used.set(base, (seen = new Set()));
  return pickFresh(rng, list, seen);
}

/** Fills every `{slot}` of a template, including slots inside fillers. */
export function expand(rng: Rng, template: string, ctx: Context): string {
  let text = template;
  const used = new Map<string, Set<string>>();
  for (let depth = 0; depth < 4 && text.includes('{'); depth++) {
    text = text.replace(/\{(\w+)\}/g, (_, name: string) => lookup(rng, name, ctx, used));
  }
  return text;
}

/** First words that keep their capital inside a sentence: names, products, "I". */
const PROPER = new Set<string>([
  'I',
  ...[GLOBAL.firstName!, GLOBAL.companyHead!, ...Object.values(DOMAINS).map((d) => d.tool ?? [])]
    .flat()
    .map((w) => w.split(/\s/)[0]!),
]);

/** The sentence with its first letter lower-cased, unless it starts with "I" or a name. */
export function uncap(sentence: string): string {
  const first = /^[A-Za-z0-9]+/.exec(sentence)?.[0] ?? '';
  return PROPER.has(first) ? sentence : sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Speech noise inside one sentence: a leading filler, a filler mid-sentence, a false start. */
export function messSentence(rng: Rng, sentence: string): string {
  let s = sentence;
  const r = rng();
  if (r < 0.06) {
    s = `${pick(rng, GLOBAL.fillerLead!)}, ${uncap(s)}`;
  } else if (r < 0.11) {
    const words = s.split(' ');
    if (words.length > 4) {
      const at = int(rng, 2, words.length - 2);
      words[at - 1] = `${words[at - 1]!.replace(/[,;]$/, '')},`;
      words.splice(at, 0, `${pick(rng, GLOBAL.filler!)},`);
      s = words.join(' ');
    }
  } else if (r < 0.13) {
    const first = /^[A-Za-z]+/.exec(s)?.[0];
    if (first !== undefined) s = `${first}- ${uncap(s)}`;
  }
  return s;
}

/** Speech noise over a whole turn: a speech-to-text run without punctuation, curly apostrophes. */
export function messTurn(rng: Rng, sentences: readonly string[]): string {
  let text: string;
  if (rng() < 0.07) {
    const dropCommas = rng() < 0.5;
    text = sentences
      .map((s, i) => {
        let t = s.replace(/[.?!]+$/, '');
        if (dropCommas) t = t.replace(/,/g, '');
        return i === 0 ? t : uncap(t);
      })
      .join(' ');
  } else {
    text = sentences.join(' ');
  }
  if (rng() < 0.1) text = text.replace(/'/g, '\u2019');
  return text;
}
