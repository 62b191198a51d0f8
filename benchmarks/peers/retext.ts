import type { Peer } from './peer.js';

interface NlcstNode {
  type: string;
  children?: NlcstNode[];
}

function countWords(node: NlcstNode): number {
  if (node.type === 'WordNode') return 1;
  let n = 0;
  if (node.children !== undefined) for (const child of node.children) n += countWords(child);
  return n;
}

/**
 * retext: parse-english's syntax tree, then retext-intensify's hedge, weasel and filler
 * messages. The processor has no compiler, so each text is parsed and run (what `processSync`
 * does before compiling). Words are counted from the tree (its WordNodes) inside the timed run.
 */
export const retext: Peer = {
  name: 'retext',
  label: 'retext-english + retext-intensify',
  invocation: 'unified().use(retextEnglish).use(retextIntensify): parse(file) then runSync(tree, file) per text',
  tokenUnit: 'WordNodes',
  packages: ['unified', 'retext-english', 'retext-intensify'],
  ours: false,
  async load() {
    const { unified } = await import('unified');
    const { default: retextEnglish } = await import('retext-english');
    const { default: retextIntensify } = await import('retext-intensify');
    const { VFile } = await import('vfile');
    const processor = unified().use(retextEnglish).use(retextIntensify).freeze();
    return {
      run: (work) => {
        let words = 0;
        let found = 0;
        for (const text of work.texts) {
          const file = new VFile(text);
          const tree = processor.runSync(processor.parse(file), file);
          words += countWords(tree as NlcstNode);
          found += file.messages.length;
        }
        return { tokens: words, found };
      },
    };
  },
};
