import { assertiveness } from './assertiveness.js';
import { compileLexicon, type CompiledLexicon } from './compile.js';
import { examples } from './examples.js';
import { focus } from './focus.js';
import { presumption } from './presumption.js';
import type { DimensionDef } from './types.js';

/** The dimensions, in report order. The flow iterates this list; nothing branches on a name. */
export const DIMENSION_DEFS: readonly DimensionDef[] = [assertiveness, presumption, focus, examples];

let compiled: CompiledLexicon | undefined;
let cuesOnly: CompiledLexicon | undefined;

/** The compiled cue index (with the learned layer unless `learned` is false), built once on first use. */
export function defaultLexicon(learned = true): CompiledLexicon {
  if (!learned) return (cuesOnly ??= compileLexicon(DIMENSION_DEFS.map((def) => ({ ...def, learned: undefined }))));
  compiled ??= compileLexicon(DIMENSION_DEFS);
  return compiled;
}
