/**
 * An editor's overrides as hard constraints of the search: sentences pinned to each other end up in
 * one bead; a sentence marked as having no counterpart ends up in a bead with nothing on the other
 * side.
 */

/** Overrides by sentence index on each side (0-based, as `alignSentences` numbers them). */
export interface AlignConstraints {
  /** Arabic sentence `ar` and English sentence `en` translate each other: they share a bead. */
  pins?: readonly { ar: number; en: number }[];
  /** Sentences that have no counterpart: each alone against nothing. */
  alone?: { ar?: readonly number[]; en?: readonly number[] };
}

/** The constraints as the search checks them. */
export interface Constraints {
  /** For each Arabic boundary i (0…n), the least and the most English boundary a path may pass through. */
  minJ: Int32Array;
  maxJ: Int32Array;
  /** Prefix counts of the sentences marked alone on each side. */
  aloneA: Int32Array;
  aloneE: Int32Array;
}

/**
 * Compiles `constraints` for texts of `n` Arabic and `m` English sentences. A pin (a, e) forbids a
 * bead boundary between them: a path point (i, j) with i ≤ a must have j ≤ e, one with i > a must
 * have j > e. Pins that cross an earlier one, or out of range, are reported in `dropped` and left out.
 */
export function compileConstraints(
  constraints: AlignConstraints,
  n: number,
  m: number,
): Constraints & { dropped: { ar: number; en: number }[] } {
  const minJ = new Int32Array(n + 1);
  const maxJ = new Int32Array(n + 1).fill(m);
  const dropped: { ar: number; en: number }[] = [];
  const kept: { ar: number; en: number }[] = [];
  for (const pin of constraints.pins ?? []) {
    const inRange = pin.ar >= 0 && pin.ar < n && pin.en >= 0 && pin.en < m;
    // Crossing: one pin's Arabic before the other's and its English after it.
    const crosses = kept.some((k) => (k.ar < pin.ar && k.en > pin.en) || (k.ar > pin.ar && k.en < pin.en));
    if (!inRange || crosses) dropped.push(pin);
    else kept.push(pin);
  }
  for (const pin of kept) {
    for (let i = 0; i <= pin.ar; i++) maxJ[i] = Math.min(maxJ[i], pin.en);
    for (let i = pin.ar + 1; i <= n; i++) minJ[i] = Math.max(minJ[i], pin.en + 1);
  }
  const prefix = (marked: readonly number[] | undefined, count: number) => {
    const flags = new Uint8Array(count);
    for (const k of marked ?? []) if (k >= 0 && k < count) flags[k] = 1;
    const sums = new Int32Array(count + 1);
    for (let k = 0; k < count; k++) sums[k + 1] = sums[k] + flags[k];
    return sums;
  };
  return {
    minJ,
    maxJ,
    aloneA: prefix(constraints.alone?.ar, n),
    aloneE: prefix(constraints.alone?.en, m),
    dropped,
  };
}
