/**
 * Sentence alignment of an Arabic text and its English translation: a dynamic programme over
 * beads in the manner of Gale and Church (1993), with their length model fitted to Arabic–English
 * (`length.ts`), strengthened by anchors (`anchors.ts`), searched in a band around the diagonal so
 * that its cost grows linearly with the length of the texts.
 *
 * A bead is a run of Arabic sentences and a run of English sentences that translate each other:
 * 1-1, a sentence dropped or added (1-0, 0-1), two sentences merged or one split (2-1, 1-2), two and
 * two, three and one. An Arabic sentence that ends with the semicolon `؛` (a sentence end for the
 * splitter, but where English puts `;`) is joined to the next one almost for free, so a bead may hold
 * several of them as one.
 */
import { anchorsOf } from './anchors.ts';
import { ARABIC_ENGLISH, measure, type LengthModel } from './length.ts';

/** Sentences that translate each other: indices into the Arabic and the English sentences. */
export interface Bead {
  ar: number[];
  en: number[];
}

export interface AlignOptions {
  /** The length model; Arabic–English as fitted on TICO-19 by default. */
  model?: LengthModel;
  /**
   * The glossary entries found in each sentence (ids, e.g. from `findMatches`), by sentence index
   * on each side. An entry on both sides of a bead is an anchor.
   */
  entries?: { ar: readonly (Iterable<string> | undefined)[]; en: readonly (Iterable<string> | undefined)[] };
  /**
   * The paragraph of each sentence, by sentence index on each side. Weak evidence: a bead that starts
   * paragraphs on both sides costs a little less, because translators keep many paragraph breaks but
   * move others.
   */
  paragraphs?: { ar: readonly number[]; en: readonly number[] };
}

/**
 * Prior probabilities of bead shapes, counting a run of Arabic sentences joined by `؛` as one.
 * Gale and Church's (0.89 for 1-1, 0.0099 for 1-0 and 0-1, 0.089 for 2-1 and 1-2, 0.011 for 2-2),
 * with 3-1 and 1-3 added for the longer merges of Arabic–English translation.
 */
const PRIORS: readonly [number, number, number][] = [
  [1, 1, 0.89],
  [1, 0, 0.005],
  [0, 1, 0.005],
  [2, 1, 0.0445],
  [1, 2, 0.0445],
  [2, 2, 0.011],
  [3, 1, 0.002],
  [1, 3, 0.002],
];
/** The most sentences a bead takes from one side (semicolon-joined sentences included). */
const MAX_RUN = 5;
/** The cost of joining a sentence that ends with a semicolon to the next one in a bead. */
const WEAK_JOINT = -Math.log(0.7);
/** Anchor weights: the reward for an anchor on both sides of a bead, the cost of one on one side only. */
const ANCHOR_MATCH = 2.5;
const ANCHOR_MISS = 1.0;
/** The reward for a bead that starts paragraphs on both sides. */
const PARAGRAPH_BONUS = 0.5;
/** The band's half-width to start with, in sentences; it doubles while the best path touches its edge. */
const FIRST_BAND = 24;
/** The most cells the search may use before it stops widening the band (about 100 MB). */
const MAX_CELLS = 12_000_000;

/** −log of the prior of each shape, at `ar · (MAX_RUN + 1) + en`; Infinity for shapes not allowed. */
const PRIOR_COST = new Float64Array((MAX_RUN + 1) ** 2).fill(Infinity);
for (const [a, e, p] of PRIORS) PRIOR_COST[a * (MAX_RUN + 1) + e] = -Math.log(p);

/** −log of the two-sided tail of the standard normal, 2(1 − Φ(|z|)), without underflow. */
export function tailCost(z: number): number {
  // erfc(x) = t·exp(−x² + P(t)) with t = 1/(1 + x/2) (Numerical Recipes' erfcc, relative error < 1.2e−7).
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const poly =
    -1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return -(Math.log(t) - x * x + poly);
}

/** The cost of `a` Arabic characters translated as `e` English characters. */
function lengthCost(a: number, e: number, model: LengthModel): number {
  if (a === 0 && e === 0) return 0;
  const mean = (a + e / model.mean) / 2;
  const z = (e - model.mean * a) / Math.sqrt(model.variance * mean);
  return tailCost(z);
}

/** Whether a sentence ends with a semicolon (`؛` or `;`, before any closing quotes or brackets). */
export function endsWeakly(text: string): boolean {
  return /[؛;]["'”’»›)\]}\p{Cf}]*$/u.test(text);
}

/** One side, prepared: prefix sums of lengths and of strong ends, and each sentence's anchors. */
interface Side {
  count: number;
  /** `lengths[i]` is the total length of sentences before i. */
  lengths: Float64Array;
  /** `strong[i]` is how many of the sentences before i end with a full stop (not a semicolon). */
  strong: Int32Array;
  anchors: Int32Array[];
  /** Whether sentence i starts a paragraph. */
  paragraphStart: Uint8Array;
}

function prepare(texts: readonly string[], anchors: Set<string>[], ids: Map<string, number>, paragraphs: readonly number[] | undefined): Side {
  const count = texts.length;
  const lengths = new Float64Array(count + 1);
  const strong = new Int32Array(count + 1);
  const paragraphStart = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    lengths[i + 1] = lengths[i] + measure(texts[i]);
    strong[i + 1] = strong[i] + (endsWeakly(texts[i]) ? 0 : 1);
    paragraphStart[i] = paragraphs && (i === 0 || paragraphs[i] !== paragraphs[i - 1]) ? 1 : 0;
  }
  const sentenceAnchors = anchors.map((set) => {
    const list = new Int32Array(set.size);
    let k = 0;
    for (const anchor of set) list[k++] = ids.get(anchor) ?? -1;
    return list.sort();
  });
  return { count, lengths, strong, anchors: sentenceAnchors, paragraphStart };
}

/** Every shape a bead may take, with the sentences' own count on each side and the prior's cost. */
function shapesFor(): { ar: number; en: number }[] {
  const shapes: { ar: number; en: number }[] = [];
  for (let a = 0; a <= MAX_RUN; a++) for (let e = 0; e <= MAX_RUN; e++) if (a + e > 0) shapes.push({ ar: a, en: e });
  return shapes;
}
const RUNS = shapesFor();

/**
 * The prior cost of a bead of `a` sentences ending at `i` (exclusive) on one side and `e` ending at
 * `j` on the other, counting semicolon-joined runs as one; Infinity when the shape is not allowed.
 */
function priorCost(ar: Side, en: Side, i: number, a: number, j: number, e: number): number {
  const strongA = a === 0 ? 0 : ar.strong[i - 1] - ar.strong[i - a] + 1;
  const strongE = e === 0 ? 0 : en.strong[j - 1] - en.strong[j - e] + 1;
  const base = PRIOR_COST[strongA * (MAX_RUN + 1) + strongE];
  if (base === Infinity) return Infinity;
  return base + WEAK_JOINT * (a - strongA + (e - strongE));
}

/**
 * The anchor cost of a bead: a reward for each anchor on both sides, a cost for each on one side
 * only, each weighted by how rare the anchor is in the text (`weights`).
 */
function anchorCost(ar: Side, en: Side, i: number, a: number, j: number, e: number, weights: Float64Array, scratch: Int32Array): number {
  let n = 0;
  for (let k = i - a; k < i; k++) for (const id of ar.anchors[k]) scratch[n++] = id;
  const arEnd = n;
  for (let k = j - e; k < j; k++) for (const id of en.anchors[k]) scratch[n++] = -2 - id;
  if (n === 0) return 0;
  let cost = 0;
  // Sets of a few ids each: compare by scanning.
  for (let x = 0; x < arEnd; x++) {
    const id = scratch[x];
    let seen = false;
    for (let y = 0; y < x; y++) if (scratch[y] === id) seen = true;
    if (seen) continue;
    let both = false;
    for (let y = arEnd; y < n; y++) if (scratch[y] === -2 - id) both = true;
    cost += both ? -ANCHOR_MATCH * weights[id] : ANCHOR_MISS * weights[id];
  }
  for (let x = arEnd; x < n; x++) {
    const id = -2 - scratch[x];
    let seen = false;
    for (let y = arEnd; y < x; y++) if (scratch[y] === scratch[x]) seen = true;
    if (seen) continue;
    let both = false;
    for (let y = 0; y < arEnd; y++) if (scratch[y] === id) both = true;
    if (!both) cost += ANCHOR_MISS * weights[id];
  }
  return cost;
}

/**
 * The best alignment of Arabic sentences `ar` with their English translation `en`, as beads in
 * order covering every sentence of both sides once. Texts are sentences as `splitSentences` gives
 * them.
 *
 * Cost: the search looks at cells (i, j) within a band of half-width w around the path that the
 * texts' cumulative lengths predict, so it takes time proportional to (|ar| + |en|) · w. w starts at
 * 24 sentences and doubles while the best path found touches the band's edge.
 */
export function alignSentences(ar: readonly string[], en: readonly string[], options: AlignOptions = {}): Bead[] {
  const model = options.model ?? ARABIC_ENGLISH;
  const n = ar.length;
  const m = en.length;
  if (n === 0 || m === 0) {
    return [...ar.map((_, i) => ({ ar: [i], en: [] })), ...en.map((_, j) => ({ ar: [], en: [j] }))];
  }

  // Anchors: Latin words of the Arabic count in the English too; weight 1/df, df the number of
  // sentences that have it on the side where it is commoner.
  const arAnchors = ar.map((text, i) => anchorsOf(text, 'ar', new Set(), options.entries?.ar[i]));
  const arabicLatin = new Set<string>();
  for (const set of arAnchors) for (const anchor of set) if (anchor.startsWith('w:')) arabicLatin.add(anchor.slice(2));
  const enAnchors = en.map((text, j) => anchorsOf(text, 'en', arabicLatin, options.entries?.en[j]));
  const ids = new Map<string, number>();
  const frequency: [number, number][] = [];
  for (const [side, sets] of [[0, arAnchors], [1, enAnchors]] as const) {
    for (const set of sets) {
      for (const anchor of set) {
        let id = ids.get(anchor);
        if (id === undefined) {
          id = ids.size;
          ids.set(anchor, id);
          frequency.push([0, 0]);
        }
        frequency[id][side]++;
      }
    }
  }
  const weights = new Float64Array(ids.size);
  for (let id = 0; id < ids.size; id++) weights[id] = 1 / Math.max(frequency[id][0], frequency[id][1]);

  const A = prepare(ar, arAnchors, ids, options.paragraphs?.ar);
  const E = prepare(en, enAnchors, ids, options.paragraphs?.en);
  let maxAnchors = 0;
  for (let i = 0; i < n; i++) maxAnchors = Math.max(maxAnchors, A.anchors[i].length);
  for (let j = 0; j < m; j++) maxAnchors = Math.max(maxAnchors, E.anchors[j].length);
  const scratch = new Int32Array(2 * MAX_RUN * maxAnchors + 1);

  // The band's centre: for each i, the English index whose cumulative length matches i's share of the Arabic.
  const centre = new Int32Array(n + 1);
  const totalA = A.lengths[n] || 1;
  const totalE = E.lengths[m] || 1;
  for (let i = 0, j = 0; i <= n; i++) {
    const target = (A.lengths[i] / totalA) * totalE;
    while (j < m && E.lengths[j + 1] <= target) j++;
    centre[i] = i === n ? m : j;
  }

  let width = FIRST_BAND;
  for (;;) {
    const result = search(A, E, centre, width, model, weights, scratch);
    const wide = width >= Math.max(n, m) || (n + 1) * (4 * width + 1) > MAX_CELLS;
    if (!result.touchesEdge || wide) return result.beads;
    width *= 2;
  }
}

/** The dynamic programme within the band of half-width `width` around `centre`. */
function search(
  A: Side,
  E: Side,
  centre: Int32Array,
  width: number,
  model: LengthModel,
  weights: Float64Array,
  scratch: Int32Array,
): { beads: Bead[]; touchesEdge: boolean } {
  const n = A.count;
  const m = E.count;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  const offset = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, centre[i] - width);
    hi[i] = Math.min(m, centre[i] + width);
    offset[i + 1] = offset[i] + hi[i] - lo[i] + 1;
  }
  const cells = offset[n + 1];
  const cost = new Float64Array(cells).fill(Infinity);
  const back = new Uint8Array(cells);
  cost[0] = 0;

  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]; j <= hi[i]; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestShape = 0;
      for (let s = 0; s < RUNS.length; s++) {
        const a = RUNS[s].ar;
        const e = RUNS[s].en;
        const pi = i - a;
        const pj = j - e;
        if (pi < 0 || pj < 0 || pj < lo[pi] || pj > hi[pi]) continue;
        const before = cost[offset[pi] + pj - lo[pi]];
        if (before === Infinity) continue;
        const prior = priorCost(A, E, i, a, j, e);
        if (prior === Infinity) continue;
        let total = before + prior + lengthCost(A.lengths[i] - A.lengths[pi], E.lengths[j] - E.lengths[pj], model);
        total += anchorCost(A, E, i, a, j, e, weights, scratch);
        if (a > 0 && e > 0 && A.paragraphStart[pi] && E.paragraphStart[pj]) total -= PARAGRAPH_BONUS;
        if (total < best) {
          best = total;
          bestShape = s;
        }
      }
      const cell = offset[i] + j - lo[i];
      cost[cell] = best;
      back[cell] = bestShape;
    }
  }

  const beads: Bead[] = [];
  let touchesEdge = false;
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    if ((j === lo[i] && lo[i] > 0) || (j === hi[i] && hi[i] < m)) touchesEdge = true;
    const shape = RUNS[back[offset[i] + j - lo[i]]];
    const bead: Bead = { ar: [], en: [] };
    for (let k = i - shape.ar; k < i; k++) bead.ar.push(k);
    for (let k = j - shape.en; k < j; k++) bead.en.push(k);
    beads.push(bead);
    i -= shape.ar;
    j -= shape.en;
  }
  return { beads: beads.reverse(), touchesEdge };
}
