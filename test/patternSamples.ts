/**
 * Sample texts generated from a cue pattern, one per branch: for each alternation in the pattern,
 * each of its branches taken (the other alternations at their first branch), and each optional
 * part taken once. The lexicon tests match every sample against the cue's own RegExp and index
 * key, so a branch that can never match (a slip in how it was written) fails a test.
 *
 * The generator knows the RegExp syntax the cue tables use: literals, escapes, classes, groups,
 * look-arounds and quantifiers. A look-behind that opens the pattern becomes text before the
 * sample and a look-ahead that closes it text after; other look-arounds generate nothing.
 */

type Node =
  | { k: 'alt'; alts: Node[] }
  | { k: 'seq'; items: Node[] }
  | { k: 'lit'; s: string }
  | { k: 'cls'; s: string }
  | { k: 'look'; kind: string; body: Node }
  | { k: 'rep'; body: Node; min: number; max: number };

function parse(src: string): Node {
  let i = 0;
  const alt = (): Node => {
    const alts = [seq()];
    while (src[i] === '|') {
      i++;
      alts.push(seq());
    }
    return alts.length === 1 ? alts[0]! : { k: 'alt', alts };
  };
  const seq = (): Node => {
    const items: Node[] = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      let node = atom();
      for (;;) {
        const c = src[i];
        let min: number;
        let max: number;
        if (c === '?') [min, max, i] = [0, 1, i + 1];
        else if (c === '*') [min, max, i] = [0, 3, i + 1];
        else if (c === '+') [min, max, i] = [1, 3, i + 1];
        else if (c === '{') {
          const m = /^\{(\d*)(,?)(\d*)\}/.exec(src.slice(i))!;
          i += m[0].length;
          min = Number(m[1] || 0);
          max = m[2] ? (m[3] ? Number(m[3]) : min + 2) : min;
        } else break;
        if (src[i] === '?') i++; // lazy
        node = { k: 'rep', body: node, min, max };
      }
      items.push(node);
    }
    return { k: 'seq', items };
  };
  const atom = (): Node => {
    const c = src[i]!;
    if (c === '(') {
      const kind = /^\(\?(?:<[=!]|[=!:])/.exec(src.slice(i))?.[0] ?? '(';
      i += kind.length;
      const body = alt();
      i++; // the closing parenthesis
      return kind === '(?:' || kind === '(' ? body : { k: 'look', kind, body };
    }
    if (c === '[') {
      let j = i + 1;
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      while (src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      const s = src.slice(i, j + 1);
      i = j + 1;
      return { k: 'cls', s };
    }
    if (c === '\\') {
      const e = src[i + 1]!;
      i += 2;
      if (e === 'u') {
        const code = parseInt(src.slice(i, i + 4), 16);
        i += 4;
        return { k: 'lit', s: String.fromCharCode(code) };
      }
      return { k: 'lit', s: ({ d: '5', s: ' ', w: 'a', b: '', B: '' } as Record<string, string>)[e] ?? e };
    }
    i++;
    return { k: 'lit', s: c === '^' || c === '$' ? '' : c === '.' ? 'a' : c };
  };
  return alt();
}

/**
 * What a class stands for: a word between spaces if it admits letters and spaces ("[a-z ,]{1,30}"
 * runs between words), a space if only spaces, else a digit, a letter or the first it lists.
 */
function classChar(cls: string): string {
  if (cls[1] === '^') return 'a';
  const body = cls.slice(1, -1);
  const space = body.includes(' ') || body.includes('\\s');
  if (space && body.includes('a-z')) return ' a ';
  if (space) return ' ';
  if (body.startsWith('\\d') || body.startsWith('0-9')) return '5';
  return /[a-z0-9'$€£.,!?;:-]/.exec(body.replace(/\\./g, ''))?.[0] ?? body[0] ?? 'a';
}

export interface PatternSample {
  /** Text before the match (a leading look-behind's), the match, and text after it (a closing look-ahead's). */
  before: string;
  text: string;
  after: string;
}

function generate(tree: Node, force: ReadonlyMap<Node, number>): PatternSample {
  const g = (x: Node): string => {
    switch (x.k) {
      case 'alt':
        return g(x.alts[force.get(x) ?? 0]!);
      case 'seq':
        return x.items.map(g).join('');
      case 'lit':
        return x.s;
      case 'cls':
        return classChar(x.s);
      case 'look':
        return '';
      case 'rep': {
        // A run of a class that admits spaces ("[a-z ,]{0,30}") stands between words: once.
        if (x.body.k === 'cls' && classChar(x.body.s).includes(' ')) return force.get(x) === 0 ? '' : classChar(x.body.s);
        return g(x.body).repeat(force.get(x) ?? x.min);
      }
    }
  };
  let items = tree.k === 'seq' ? tree.items : [tree];
  let before = '';
  let after = '';
  const first = items[0];
  if (first?.k === 'look' && first.kind === '(?<=') {
    before = g(first.body);
    items = items.slice(1);
  }
  const last = items[items.length - 1];
  if (last?.k === 'look' && last.kind === '(?=') {
    after = g(last.body);
    items = items.slice(0, -1);
  }
  return { before, text: g({ k: 'seq', items }), after };
}

/** One sample per branch of `pattern` (a single top-level alternative or a whole pattern). */
export function patternSamples(pattern: string): PatternSample[] {
  const tree = parse(pattern);
  const forces: Array<Map<Node, number>> = [new Map()];
  const walk = (x: Node): void => {
    if (x.k === 'alt') x.alts.forEach((branch, b) => (forces.push(new Map([[x, b]])), walk(branch)));
    else if (x.k === 'seq') x.items.forEach(walk);
    else if (x.k === 'rep') {
      if (x.min === 0) forces.push(new Map([[x, 1]]));
      walk(x.body);
    }
  };
  walk(tree);
  // As text is written: one space between words, however many the pattern's parts put there.
  const single = (x: string) => x.replace(/ {2,}/g, ' ');
  const samples = new Map<string, PatternSample>();
  for (const force of forces) {
    const { before, text, after } = generate(tree, force);
    const sample = { before: single(before), text: single(text), after: single(after) };
    samples.set(`${sample.before}|${sample.text}|${sample.after}`, sample);
  }
  return [...samples.values()];
}
