import { fnv1a32 } from '../src/drift/hash.js';
import type { Dimension } from '../src/index.js';

/**
 * The fixed dev/test split: a seeded FNV-1a hash of each item's id. About 30% of items are
 * test. Adding items never moves an existing one, and the same id always lands in the same split.
 */
export const SPLIT_SEED = 'tone-drift-split-v1';
export const TEST_PERCENT = 30;

export type Split = 'dev' | 'test';

/** The split hash: FNV-1a, 32 bits (the library's own). */
export const fnv1a = fnv1a32;

export function splitOf(id: string): Split {
  return fnv1a(`${SPLIT_SEED}:${id}`) % 100 < TEST_PERCENT ? 'test' : 'dev';
}

/**
 * Corpus files whose dev items nothing has been tuned or trained on yet: written by fresh
 * writers in the twenty-third round. No cue, weight or model is fitted to them and none of their
 * errors is read; only their aggregate scores judge a choice, as dev items nothing has seen
 * (their test items count in `npm run eval` like all others). `eval/devErrors.ts` shows their
 * errors only with `--read-fresh`. (The tenth round's fresh files, sentences-q/-r/-s, were
 * read and tuned on in the eleventh, as n/o/p were in the tenth; t/u/v, the eleventh round's,
 * were read only in aggregate in the twelfth and tuned on at its end; w/x/y, the twelfth
 * round's, were read and tuned on in the thirteenth; z1/z2/z3, the thirteenth round's, in the
 * fourteenth; z4/z5/z6, the fourteenth round's, in the fifteenth; z7/z8/z9, the fifteenth
 * round's, in the sixteenth; z10/z11/z12, the sixteenth round's, in the seventeenth;
 * z13/z14/z15, the seventeenth round's, in the eighteenth; z16/z17/z18, the eighteenth round's,
 * in the nineteenth; z19/z20/z21, the nineteenth round's, in the twentieth; z22/z23/z24, the
 * twentieth round's, in the twenty-first; z25/z26/z27, the twenty-first round's, in the
 * twenty-second; z28/z29/z30, the twenty-second round's, in the twenty-third; z31/z32/z33, the
 * twenty-third round's, in the twenty-fourth.)
 */
export const FRESH = ['sentences-z34.jsonl', 'sentences-z35.jsonl', 'sentences-z36.jsonl'];
// processes-u/-v came in beside them. One of their dev processes, pv-017, was read at the
// twenty-fourth round's end, after the round's fresh numbers were taken: its one new focus false
// alarm came from an idiom ("with one hand tied behind my back") that the round's new
// focus.own-health alternative read as a bad back; the alternative now skips "behind/off my back".

/** The twenty-third round's fresh files: their dev errors were read and cues tuned on them in the twenty-fourth. */
// Two of their dev lines were printed once, while they were fresh, by searches of the whole
// corpus: z32-0067 (for "bonus tied to": how writers label a bonus tied to results, for a spent
// process error) and z32-0109 (for "do I get a …" questions: whether a present-tense perk
// question is presumptive); nothing was chosen on either.
export const Z313233 = ['sentences-z31.jsonl', 'sentences-z32.jsonl', 'sentences-z33.jsonl'];

/** The twenty-second round's fresh files: their focus dev errors were read at that round's end, the rest in the twenty-third. */
// One of their dev lines, z28-0001, was printed once when the files came in (a format check's
// head of the file); nothing was chosen on it. At the end of the twenty-second round, after every
// choice that used them had been made, their focus dev errors were read and focus cues written
// from them (as t/u/v's were at the end of the twelfth); their presumption, assertiveness and
// examples dev errors were read, and cues written from them, at the start of the twenty-third.
export const Z282930 = ['sentences-z28.jsonl', 'sentences-z29.jsonl', 'sentences-z30.jsonl'];

/** The twenty-first round's fresh files: their dev errors were read and cues tuned on them in the twenty-second. */
export const Z252627 = ['sentences-z25.jsonl', 'sentences-z26.jsonl', 'sentences-z27.jsonl'];

/** The twentieth round's fresh files: their dev errors were read and cues tuned on them in the twenty-first. */
// Two of their dev lines (z22-0015, z24-0211) were printed once in the twentieth round, while they
// were fresh, by a prediction diff that did not yet leave them out (both went right by a cue
// written for spent lines, "put me down for the offsite").
export const Z222324 = ['sentences-z22.jsonl', 'sentences-z23.jsonl', 'sentences-z24.jsonl'];

/** The nineteenth round's fresh files: their dev errors were read and cues tuned on them in the twentieth. */
export const Z192021 = ['sentences-z19.jsonl', 'sentences-z20.jsonl', 'sentences-z21.jsonl'];

/** The eighteenth round's fresh files: their dev errors were read and cues tuned on them in the nineteenth. */
// Three of their interviewer lines (z16-0005, z17-0128, z18-0005) were printed once by the
// near-repeat check when the files came in (candidate lines were not).
export const Z161718 = ['sentences-z16.jsonl', 'sentences-z17.jsonl', 'sentences-z18.jsonl'];

/** The seventeenth round's fresh files: their dev errors were read and cues tuned on them in the eighteenth. */
// Four of their dev lines (z13-0204, z15-0115, z15-0272, z15-0307) were printed once in the
// seventeenth round, while they were fresh, by a prediction diff that did not yet leave them out.
export const Z131415 = ['sentences-z13.jsonl', 'sentences-z14.jsonl', 'sentences-z15.jsonl'];

export const Z101112 = ['sentences-z10.jsonl', 'sentences-z11.jsonl', 'sentences-z12.jsonl'];

/** The fifteenth round's fresh files: their dev errors were read and cues tuned on them in the sixteenth; the focus and examples models train on them since the sixteenth. */
export const Z789 = ['sentences-z7.jsonl', 'sentences-z8.jsonl', 'sentences-z9.jsonl'];

/** The fourteenth round's fresh files: their dev errors were read and cues tuned on them in the fifteenth; the focus and examples models train on them since the sixteenth. */
export const Z456 = ['sentences-z4.jsonl', 'sentences-z5.jsonl', 'sentences-z6.jsonl'];

/** The thirteenth round's fresh files: their dev errors were read and cues tuned on them in the fourteenth; the focus and examples models train on them since the sixteenth. */
// One of their dev lines, z1-0341, was printed once in the thirteenth round, while they were fresh,
// by a prediction diff that did not leave them out (an experiment that was not kept).
export const Z123 = ['sentences-z1.jsonl', 'sentences-z2.jsonl', 'sentences-z3.jsonl'];

/** The twelfth round's fresh files: their dev errors were read and cues tuned on them in the thirteenth; the focus and examples models train on them since the sixteenth. */
export const WXY = ['sentences-w.jsonl', 'sentences-x.jsonl', 'sentences-y.jsonl'];

/** The eleventh round's fresh files: read in the twelfth only in aggregate (choosing the models' sizes and training sets); only the examples model trains on them. */
export const TUV = ['sentences-t.jsonl', 'sentences-u.jsonl', 'sentences-v.jsonl'];

/** The tenth and eleventh rounds' fresh files and this round's: what the assertiveness and presumption models leave out. */
const QRS_FRESH = ['sentences-q.jsonl', 'sentences-r.jsonl', 'sentences-s.jsonl', ...TUV, ...WXY, ...Z123, ...Z456, ...Z789, ...Z101112, ...Z131415, ...Z161718, ...Z192021, ...Z222324, ...Z252627, ...Z282930, ...Z313233, ...FRESH];

/**
 * Corpus files whose dev items the learned layer (and the baseline beside it) is not trained
 * on, per dimension: FRESH for all; for assertiveness and presumption, every file from
 * sentences-q on (QRS_FRESH); for focus, Z101112 and sentences-k/-l/-m. Those three came fresh
 * in the seventh round and stayed out of training because, trained with them, the layer made
 * the dev processes' drift noisier (false alarms 0.008 -> 0.014, flags 0.965 -> 0.951). In the
 * ninth round their dev errors were read and cues tuned on them, and the per-dimension check
 * (dev processes, and the fresh n/o/p dev items) found the noise is all the focus model's:
 * trained with k/l/m it made 4 more focus false alarms on the dev processes (0.008 -> 0.016,
 * flags 0.965 -> 0.944) for 0.002 F1 on the fresh dev items, while the other three models left
 * the dev processes exactly as they were and presumption gained 0.011 there (0.821 -> 0.832).
 * In the tenth round n/o/p joined every model's training set, judged on the fresh q/r/s dev
 * items: focus 0.779 -> 0.786 with the dev processes' direction and false alarms unchanged (one
 * flag moved each way: 0.965 -> 0.958); the other models moved by 0.002 or less. Focus with
 * k/l/m too gave 0.788 but one more false alarm (0.008 -> 0.010), so k/l/m stay out of it.
 * In the eleventh round q/r/s joined the training sets of focus and examples, judged on the
 * fresh t/u/v dev items (focus 0.798 -> 0.803, examples unchanged). The assertiveness model
 * trained with them gained 0.006 there but made one more false alarm and one more wrong flag on
 * the dev processes, in a process of the fresh processes-c writer (a second-language speaker's
 * plain sentence read as hedged, pc-014); assertiveness meets its goal, so it stays without
 * q/r/s. The presumption model trained with them gained 0.005 on t/u/v but failed the
 * regression guard's presumption floors on four earlier sets of test items (precision, as when
 * its margin was lowered): it stays without q/r/s too (one bit of test-split information).
 * With the focus model trained further (eval/baseline.ts), k/l/m were tried in its training set
 * again: fresh t/u/v focus 0.838 -> 0.828 and one more dev-process false alarm; they stay out.
 * In the twelfth round t/u/v were tried in every model's training set, judged on the fresh
 * w/x/y dev items: examples 0.938 -> 0.943 with the dev processes unchanged, so examples takes
 * them. Assertiveness gained 0.010 there but again made one more dev-process false alarm and
 * one more wrong flag in a processes-c process; presumption (0.895 -> 0.891) and focus (0.781
 * -> 0.778) lost a little. Those three stay without t/u/v (`TUV`).
 * In the sixteenth round every model was tried with the dev items of every file but FRESH
 * (z10/z11/z12), judged on those: focus (still without k/l/m) 0.832 -> 0.855, with the dev
 * processes at direction 0.984 -> 0.982, false alarms 0.014 -> 0.016, flags 0.970 -> 0.982, and
 * the fresh processes-e dev items 0.920 / 0.061 / 0.800 -> 0.930 / 0.049 / 0.800 (with k/l/m too:
 * 0.852, and dev processes 0.979 / 0.019 / 0.976); examples 0.955 -> 0.959, processes unchanged;
 * presumption 0.906 -> 0.913 with the dev processes as before, but it failed the regression
 * guard's presumption floors on earlier sets of test items, as in the twelfth round;
 * assertiveness 0.937 -> 0.932 and one more dev-process false alarm. So focus and examples train
 * on t/u/v, w/x/y and z1-z9; assertiveness and presumption stay as they were. The guard's verdict
 * on presumption and then on focus and examples: two bits of test-split information.
 * In the seventeenth round z10/z11/z12 (Z101112) were tried in the focus and examples models,
 * judged on the fresh z13/z14/z15 dev items and the fresh processes-g/-h dev processes. Focus
 * gained 0.780 -> 0.785 on the fresh items but made the drift noisier on both sets of processes
 * (fresh: direction 0.948 -> 0.943, false alarms 0.045 -> 0.051, flags 0.938 -> 0.917; dev:
 * 0.975 / 0.020 / 0.959 -> 0.972 / 0.023 / 0.945), so focus stays without them. Examples left
 * the fresh items where they were (0.955) and the dev processes too, and the fresh processes
 * gained (0.948 / 0.045 -> 0.953 / 0.038, flags unchanged): examples trains on them.
 * In the eighteenth round z10-z15 were tried in the focus model and z13-z15 in the examples
 * model, judged on the fresh z16/z17/z18 dev items and the fresh processes-i/-j dev processes.
 * Focus gained a little on the fresh items (0.828 -> 0.831) and on the fresh processes
 * (0.944 / 0.055 / 0.907 -> 0.949 / 0.050 / 0.926), with the spent dev processes at
 * 0.972 / 0.022 / 0.955 -> 0.971 / 0.024 / 0.955 (with k/l/m too: fresh items 0.834, but dev
 * processes 0.967 / 0.029 / 0.937). But it failed the regression guard's drift floor on the
 * test processes (flag accuracy 0.963 -> 0.956, floor 0.96; on the a-h test processes
 * 0.981 / 0.017 / 0.975 -> 0.977 / 0.022 / 0.967), so focus stays without z10-z15: one bit of
 * test-split information, and the third time more writers in the focus model made drift
 * noisier. Examples gained 0.967 -> 0.970 on the fresh items, left the fresh processes as they
 * were and read one spent dev process's examples as down (ph-021): it stays without z13-z15.
 * Presumption on every file but FRESH gained 0.933 -> 0.934 there; not worth another try at
 * the guard's floors.
 * In the nineteenth round, judged on the fresh z19/z20/z21 dev items and processes-k/-l:
 * presumption on every file but FRESH gained 0.914 -> 0.930 there (recall 0.87 -> 0.91) but made
 * one more presumption false alarm on the fresh processes, and the guard's presumption precision
 * floors failed on four earlier sets of test items, as in the twelfth and sixteenth rounds: it
 * stays without them (one bit of test-split information). Focus on every file but k/l/m and
 * FRESH lost there (0.840 -> 0.836); examples did not move.
 * In the twentieth round, judged on the fresh z22/z23/z24 dev items and processes-m/-n, every
 * model on every file but FRESH (focus still without k/l/m) gained on the items (assertiveness
 * 0.915 -> 0.927, presumption 0.931 -> 0.960, focus 0.781 -> 0.817, examples 0.930 -> 0.933)
 * but lost on the fresh processes (0.984 / 0.006 / 0.957 -> 0.979 / 0.013 / 0.936: one more focus
 * false alarm and two more wrong flags), and the guard's floors failed on five earlier sets of
 * test items for presumption and one for focus (the whole test split's floors held): it stays as
 * it was (one guard query).
 * In the twenty-second round, judged on the fresh z28/z29/z30 dev items and processes-q/-r, focus
 * was tried on more writers again: with z25-z27 (the latest three) 0.786 -> 0.795, with z22-z27
 * 0.803, with every file but FRESH and k/l/m 0.816, with every file but FRESH 0.819; each made
 * the spent dev processes noisier (0.985 / 0.005 / 0.958 -> 0.982 / 0.009 / 0.956, 0.980 / 0.011 /
 * 0.949, 0.979 / 0.013 / 0.951, 0.981 / 0.010 / 0.951), and with z22-z27 or more the fresh
 * processes lost flags (0.930 -> 0.884 or 0.833). A wider margin (1.5, 2) on the every-file
 * model kept the noise (false alarms 0.008) and gave back part of the gain (0.806, 0.793);
 * letting that model make only employer calls or only self calls lost the gain (0.765, 0.763).
 * Focus stays as it was (no guard query).
 */
export const NOT_TRAINED_ON: Readonly<Record<Dimension, readonly string[]>> = {
  assertiveness: QRS_FRESH,
  presumption: QRS_FRESH,
  focus: ['sentences-k.jsonl', 'sentences-l.jsonl', 'sentences-m.jsonl', ...Z101112, ...Z131415, ...Z161718, ...Z192021, ...Z222324, ...Z252627, ...Z282930, ...Z313233, ...FRESH],
  examples: [...Z131415, ...Z161718, ...Z192021, ...Z222324, ...Z252627, ...Z282930, ...Z313233, ...FRESH],
};
