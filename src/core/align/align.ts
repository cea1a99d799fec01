/**
 * Sentence alignment of an Arabic text and its English translation: a dynamic programme over
 * beads in the manner of Gale and Church (1993), with their length model fitted to Arabic–English
 * (`length.ts`), strengthened by anchors (`anchors.ts`), searched in a band around the diagonal so
 * that its cost grows linearly with the length of the texts.
 *
 * A bead is a run of Arabic sentences and a run of English sentences that translate each other:
 * 1-1, a sentence dropped or added (1-0, 0-1, and runs of up to five), two sentences merged or one
 * split (2-1, 1-2), two and two, three and one. An Arabic sentence that ends with the semicolon `؛`
 * (a sentence end for the splitter, but where English puts `;`) is joined to the next one almost for
 * free, so a bead may hold several of them as one.
 *
 * Costs are in nats (−log probability): a bead's prior, plus for beads with both sides Gale and
 * Church's length cost, minus the weight of anchors shared, plus the weight of anchors on one side
 * only, minus a little when it starts paragraphs on both sides.
 */
import { anchorsOf } from './anchors.ts';
import { compileConstraints, type AlignConstraints, type Constraints } from './constraints.ts';
import { ARABIC_ENGLISH, measure, type LengthModel } from './length.ts';
import { countBeads, lexicalOf, translationTable, type CountedBead, type LexicalCounts } from './lexicon.ts';

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
  /** False to skip the lexical pass (the first pass's beads are returned). */
  lexical?: boolean;
  /** Word co-occurrence counts from other pairs of the archive, added to this pair's own (`countBeads`). */
  lexicon?: readonly LexicalCounts[];
  /**
   * The word-translation table to use instead of one learned here: the archive's, learned from
   * every pair's counts, this one's included (`translationTable`, `tableFor`). This pair's counts
   * are still counted and returned.
   */
  table?: ReadonlySet<string>;
  /** An editor's overrides: sentences pinned to each other, sentences with no counterpart. */
  constraints?: AlignConstraints;
}

/**
 * Prior probabilities of bead shapes, counting a run of Arabic sentences joined by `؛` as one.
 * Gale and Church's (0.89 for 1-1, 0.0099 for 1-0 and 0-1 together, 0.089 for 2-1 and 1-2), with
 * 2-2 lowered from their 0.011 (with anchors rewarded, it took in pairs of 1-1 beads that share a
 * number across their boundary) and 3-1 and 1-3 added for the longer merges of Arabic–English
 * translation. These and the weights below were chosen on the even-numbered documents of the
 * evaluation (`npm run eval:align -- --half even`, with and without `--drop 0.03`); the README
 * gives the figures of the odd-numbered ones too.
 */
const PRIORS: readonly [number, number, number][] = [
  [1, 1, 0.89],
  [1, 0, 0.005],
  [0, 1, 0.005],
  [2, 1, 0.0445],
  [1, 2, 0.0445],
  [2, 2, 0.0003],
  [3, 1, 0.002],
  [1, 3, 0.002],
];
/** The most sentences a bead takes from one side (semicolon-joined sentences included). */
const MAX_RUN = 5;
/** The cost of joining a sentence that ends with a semicolon to the next one in a bead. */
const WEAK_JOINT = -Math.log(0.7);
/** Anchor weights: the reward for an anchor on both sides of a bead, the cost of one on one side only. */
const ANCHOR_MATCH = 1;
const ANCHOR_MISS = 0.5;
/**
 * Anchors in more sentences than this on either side are left out: at weight 1/df they say little
 * ("19" of COVID-19 in every other sentence), and they would cost time in every cell of the search.
 */
const MAX_ANCHOR_DF = 16;
/** The reward for a bead that starts paragraphs on both sides. */
const PARAGRAPH_BONUS = 0.5;
/** The band's half-width to start with, in sentences (see `alignSentences` for how it grows). */
const FIRST_BAND = 48;
/** The most cells the search may use before it stops widening the band (about 100 MB). */
const MAX_CELLS = 12_000_000;

/**
 * How much likelier a left-out sentence is when the sentence before it was left out too: a
 * translator leaves out (or adds) whole passages. Without it, a passage of twenty sentences left out
 * costs the same as twenty scattered ones, and the search scatters them wherever lengths fit a
 * little better, misaligning the sentences between.
 */
const DELETION_RUN = 0.3;

/**
 * The cost of a run left out that holds sentences an editor marked as having no counterpart: nothing
 * for the marked ones, and for each sentence not marked, the cost of lengthening a run
 * (DELETION_RUN) and 1 nat more. A marked sentence is left out on every path, so its prior decides
 * nothing but how marks are grouped; charged it, two marks a sentence or two apart were cheaper as
 * one run with the sentences between them left out too. At the cost of lengthening a run only,
 * marks on both sides left the sentences between them out rather than pair them where their lengths
 * fit less well. The editor's silence about a neighbour is evidence that it has a counterpart;
 * charged as much as a passage's first omission, though, an unmarked second sentence of a passage
 * left out is no longer found beside the marked first. On the parallel fixture (`align.test.ts`): a
 * mark on each side 0–4 sentences apart left sentences between them unpaired at 65 of 902 places
 * before, at none now; the second sentence of a two-sentence passage, its first marked, is found at
 * 62 of 82 places (63 before, 27 charged a fresh omission's prior, 31 with no mark at all).
 */
const MARKED_RUN = -Math.log(DELETION_RUN) + 1;

/** −log of the prior of each shape, at `ar · (MAX_RUN + 1) + en`; Infinity for shapes not allowed. */
const PRIOR_COST = new Float64Array((MAX_RUN + 1) ** 2).fill(Infinity);
for (const [a, e, p] of PRIORS) PRIOR_COST[a * (MAX_RUN + 1) + e] = -Math.log(p);
for (let k = 2; k <= MAX_RUN; k++) {
  PRIOR_COST[k * (MAX_RUN + 1)] = PRIOR_COST[MAX_RUN + 1] - (k - 1) * Math.log(DELETION_RUN);
  PRIOR_COST[k] = PRIOR_COST[1] - (k - 1) * Math.log(DELETION_RUN);
}

/** −log of the two-sided tail of the standard normal, 2(1 − Φ(|z|)), without underflow. */
export function tailCost(z: number): number {
  // erfc(x) = t·exp(−x² + P(t)) with t = 1/(1 + x/2) (Numerical Recipes' erfcc, relative error < 1.2e−7).
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const poly =
    -1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return -(Math.log(t) - x * x + poly);
}

/**
 * Gale and Church's length cost, with a lighter tail: the normal's −log tail up to 2 standard
 * deviations, then 0.75 per deviation more. Free translation (a term that grows in Arabic, a clause
 * dropped) puts real translations 4–6 deviations apart, where the normal's quadratic tail costs more
 * than leaving both sentences out and merging their neighbours: the path slipped by a sentence for
 * a stretch. Chosen with the lexical pass on the even-numbered documents of the evaluation.
 */
const LENGTH_TAIL_FROM = 2;
const LENGTH_TAIL_SLOPE = 0.75;
const LENGTH_TAIL_BASE = tailCost(LENGTH_TAIL_FROM);
export function lengthCost(z: number): number {
  const x = Math.abs(z);
  return x <= LENGTH_TAIL_FROM ? tailCost(x) : LENGTH_TAIL_BASE + (x - LENGTH_TAIL_FROM) * LENGTH_TAIL_SLOPE;
}

/** Whether a sentence ends with a semicolon (`؛` or `;`, before any closing quotes or brackets). */
export function endsWeakly(text: string): boolean {
  return /[؛;]["'”’»›)\]}\p{Cf}]*$/u.test(text);
}

/** One side, prepared: prefix sums of lengths, anchor weights and strong ends, and each sentence's anchors. */
interface Side {
  count: number;
  /** `lengths[i]` is the total length of sentences before i. */
  lengths: Float64Array;
  /** `weight[i]` is the total weight of the anchors of sentences before i. */
  weight: Float64Array;
  /** `strong[i]` is how many of the sentences before i end with a full stop (not a semicolon). */
  strong: Int32Array;
  /** Each sentence's anchor ids, ascending. */
  anchors: Int32Array[];
  /** Whether sentence i starts a paragraph. */
  paragraphStart: Uint8Array;
}

function prepare(
  texts: readonly string[],
  anchors: Set<string>[],
  ids: Map<string, number>,
  weights: Float64Array,
  paragraphs: readonly number[] | undefined,
): Side {
  const count = texts.length;
  const lengths = new Float64Array(count + 1);
  const weight = new Float64Array(count + 1);
  const strong = new Int32Array(count + 1);
  const paragraphStart = new Uint8Array(count);
  const sentenceAnchors: Int32Array[] = [];
  for (let i = 0; i < count; i++) {
    const found: number[] = [];
    for (const anchor of anchors[i]) {
      const id = ids.get(anchor);
      if (id !== undefined) found.push(id);
    }
    const list = Int32Array.from(found).sort();
    sentenceAnchors.push(list);
    let w = 0;
    for (let k = 0; k < list.length; k++) w += weights[list[k]];
    lengths[i + 1] = lengths[i] + measure(texts[i]);
    weight[i + 1] = weight[i] + w;
    strong[i + 1] = strong[i] + (endsWeakly(texts[i]) ? 0 : 1);
    paragraphStart[i] = paragraphs && (i === 0 || paragraphs[i] !== paragraphs[i - 1]) ? 1 : 0;
  }
  return { count, lengths, weight, strong, anchors: sentenceAnchors, paragraphStart };
}

/** The total weight of the anchors that sentence `i` of `A` and sentence `j` of `E` share. */
function shared(A: Side, E: Side, i: number, j: number, weights: Float64Array): number {
  const x = A.anchors[i];
  const y = E.anchors[j];
  if (x.length === 0 || y.length === 0) return 0;
  let total = 0;
  for (let p = 0, q = 0; p < x.length && q < y.length;) {
    if (x[p] < y[q]) p++;
    else if (x[p] > y[q]) q++;
    else {
      total += weights[x[p]];
      p++;
      q++;
    }
  }
  return total;
}

/**
 * The best alignment of Arabic sentences `ar` with their English translation `en`, as beads in
 * order covering every sentence of both sides once. Texts are sentences as `splitSentences` gives
 * them.
 *
 * Cost: the search looks at cells (i, j) within a band of half-width w around the path that the
 * texts' cumulative lengths predict, so it takes time proportional to (|ar| + |en|) · w. w starts at
 * 48 sentences; where the best path found touches the band's edge, the search is done again around
 * that path, then with the band twice as wide, until the path keeps off the edge.
 */
export function alignSentences(ar: readonly string[], en: readonly string[], options: AlignOptions = {}): Bead[] {
  return alignWithEvidence(ar, en, options).beads;
}

/** What the aligner found and saw: its beads, and for each the evidence its confidence rests on. */
export interface AlignResult {
  beads: Bead[];
  /** Per bead, what speaks for and against it (see `beadEvidence`). */
  evidence: BeadEvidence[];
  /** The word pairs the lexical pass learned from this text (`<ar stem> <en word>`), and its counts. */
  lexicon?: { table: ReadonlySet<string>; counts: LexicalCounts };
  /**
   * True when the editor's constraints cannot all hold in one alignment (pins that make a bead
   * longer or of another shape than a bead may be, a sentence marked alone inside a pinned bead):
   * the text is aligned without them.
   */
  constraintsIgnored?: boolean;
}

/** The evidence of one bead. */
export interface BeadEvidence {
  /** How many standard deviations the two sides' lengths are apart (0 for a sentence left out). */
  lengthSd: number;
  /** The weight of anchors (numbers, names, glossary entries, learned word pairs) both sides share. */
  shared: number;
  /** The weight of anchors on one side only. */
  unmatched: number;
}

/**
 * `alignSentences`, with each bead's evidence, and the lexical pass's table: the first pass aligns
 * by lengths and anchors; its beads (and the English beside each) teach a word-translation table, which with the
 * names matched across scripts adds anchors for a second search around the first path.
 */
export function alignWithEvidence(
  ar: readonly string[],
  en: readonly string[],
  options: AlignOptions = {},
): AlignResult {
  const model = options.model ?? ARABIC_ENGLISH;
  const n = ar.length;
  const m = en.length;
  if (n === 0 || m === 0) {
    const beads = [...ar.map((_, i) => ({ ar: [i], en: [] })), ...en.map((_, j) => ({ ar: [], en: [j] }))];
    return { beads, evidence: beads.map(() => ({ lengthSd: 0, shared: 0, unmatched: 0 })) };
  }

  // Anchors: the Latin words of the Arabic count in the English too.
  const arAnchors = ar.map((text, i) => anchorsOf(text, 'ar', new Set(), options.entries?.ar[i]));
  const arabicLatin = new Set<string>();
  for (const set of arAnchors) for (const anchor of set) if (anchor.startsWith('w:')) arabicLatin.add(anchor.slice(2));
  const enAnchors = en.map((text, j) => anchorsOf(text, 'en', arabicLatin, options.entries?.en[j]));
  let constraints = options.constraints && compileConstraints(options.constraints, n, m);

  let first = searchAround(ar, en, arAnchors, enAnchors, options, model, undefined, constraints);
  // No path holds every constraint: align without them rather than fail the page (the caller says so).
  const constraintsIgnored = first.infeasible === true;
  if (constraintsIgnored) {
    constraints = undefined;
    first = searchAround(ar, en, arAnchors, enAnchors, options, model, undefined, undefined);
  }
  const flag = constraintsIgnored ? { constraintsIgnored } : {};
  if (options.lexical === false) return { ...finish(first, model, undefined), ...flag };

  // The lexical pass: a table from the first pass's beads and their neighbours (and the archive's counts).
  const arLex = ar.map((t) => lexicalOf(t, 'ar'));
  const enLex = en.map((t) => lexicalOf(t, 'en'));
  // Words in more sentences than an anchor may be in are not counted: they could never anchor.
  const rare = (lex: { words: string[] }[]) => {
    const df = new Map<string, number>();
    for (const { words } of lex) for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
    return lex.map(({ words }) => words.filter((w) => (df.get(w) ?? 0) <= MAX_ANCHOR_DF));
  };
  const arRare = rare(arLex);
  const enRare = rare(enLex);
  const counts = countBeads(windowsOf(first.beads, arRare, enRare));
  const table = options.table ?? translationTable(counts, ...(options.lexicon ?? []));
  // Each word's anchors `l:<ar stem> <en word>`, in the table's order.
  const byAr = new Map<string, string[]>();
  const byEn = new Map<string, string[]>();
  const add = (index: Map<string, string[]>, word: string, anchor: string) => {
    const list = index.get(word);
    if (list) list.push(anchor);
    else index.set(word, [anchor]);
  };
  for (const key of table) {
    const space = key.indexOf(' ');
    add(byAr, key.slice(0, space), `l:${key}`);
    add(byEn, key.slice(space + 1), `l:${key}`);
  }
  const enNameSet = new Set(enLex.flatMap((x) => x.names));
  const arLexical = arAnchors.map((set, i) => {
    const out = new Set(set);
    for (const w of arLex[i].words) for (const anchor of byAr.get(w) ?? []) out.add(anchor);
    for (const s of arLex[i].names) if (enNameSet.has(s)) out.add(`t:${s}`);
    return out;
  });
  const enLexical = enAnchors.map((set, j) => {
    const out = new Set(set);
    for (const w of enLex[j].words) for (const anchor of byEn.get(w) ?? []) out.add(anchor);
    for (const s of enLex[j].names) out.add(`t:${s}`);
    return out;
  });
  const second = searchAround(ar, en, arLexical, enLexical, options, model, first, constraints);
  return { ...finish(second.infeasible ? first : second, model, { table, counts }), ...flag };
}
/**
 * The first pass's beads as the table counts them: each bead with Arabic sentences, its words, and
 * the English words of the beads beside it (see `CountedBead`).
 */
function windowsOf(beads: readonly Bead[], ar: readonly string[][], en: readonly string[][]): CountedBead[] {
  const wordsOf = (bead: Bead | undefined) => (bead ? bead.en.flatMap((j) => en[j]) : []);
  const out: CountedBead[] = [];
  beads.forEach((bead, k) => {
    if (bead.ar.length === 0) return;
    out.push({
      ar: [...new Set(bead.ar.flatMap((i) => ar[i]))],
      en: [...new Set(wordsOf(bead))],
      near: [...new Set([...wordsOf(beads[k - 1]), ...wordsOf(beads[k + 1])])],
    });
  });
  return out;
}

/** The weight of a learned word pair and of a name matched across scripts, as a share of a number's. */
const LEXICAL_WEIGHT = 2;
const NAME_WEIGHT = 0.5;
/** The band's half-width of the second pass, around the first pass's path. */
const SECOND_BAND = 16;

/** A search's outcome with what `finish` needs to weigh its beads. */
interface Searched {
  beads: Bead[];
  /** No path within the band holds every constraint (then `beads` is empty). */
  infeasible?: boolean;
  lengthSd: number[];
  A: Side;
  E: Side;
  weights: Float64Array;
}

/** The anchors' ids and weights: 1/df, df the sentences an anchor is in on the side where it is commoner. */
function anchorIds(
  arAnchors: Set<string>[],
  enAnchors: Set<string>[],
): { ids: Map<string, number>; weights: Float64Array } {
  const counted = new Map<string, [number, number]>();
  for (const [side, sets] of [
    [0, arAnchors],
    [1, enAnchors],
  ] as const) {
    for (const set of sets) {
      for (const anchor of set) {
        let f = counted.get(anchor);
        if (!f) counted.set(anchor, (f = [0, 0]));
        f[side]++;
      }
    }
  }
  const ids = new Map<string, number>();
  const list: number[] = [];
  for (const [anchor, [a, e]] of counted) {
    const df = Math.max(a, e);
    if (df > MAX_ANCHOR_DF) continue;
    const scale = anchor.startsWith('l:') ? LEXICAL_WEIGHT : anchor.startsWith('t:') ? NAME_WEIGHT : 1;
    ids.set(anchor, list.length);
    list.push(scale / df);
  }
  return { ids, weights: Float64Array.from(list) };
}

/**
 * One pass of the search: within a band around the path the cumulative lengths predict, or around
 * `around`'s path. Where the best path touches the band's edge, the true path may lie outside it:
 * search again around the path found, then with a band twice as wide, until the path stays inside.
 */
function searchAround(
  ar: readonly string[],
  en: readonly string[],
  arAnchors: Set<string>[],
  enAnchors: Set<string>[],
  options: AlignOptions,
  model: LengthModel,
  around: Searched | undefined,
  constraints: Constraints | undefined,
): Searched {
  const n = ar.length;
  const m = en.length;
  const { ids, weights } = anchorIds(arAnchors, enAnchors);
  const A = prepare(ar, arAnchors, ids, weights, options.paragraphs?.ar);
  const E = prepare(en, enAnchors, ids, weights, options.paragraphs?.en);
  const centre = new Int32Array(n + 1);
  if (around) {
    pathCentre(around.beads, centre);
  } else {
    // For each i, the English index whose cumulative length matches i's share of the Arabic.
    const totalA = A.lengths[n] || 1;
    const totalE = E.lengths[m] || 1;
    for (let i = 0, j = 0; i <= n; i++) {
      const target = (A.lengths[i] / totalA) * totalE;
      while (j < m && E.lengths[j + 1] <= target) j++;
      centre[i] = i === n ? m : j;
    }
  }
  let width = around ? SECOND_BAND : FIRST_BAND;
  let recentred = around !== undefined;
  for (;;) {
    const result = search(A, E, centre, width, model, weights, options.paragraphs !== undefined, constraints);
    const wide = width >= Math.max(n, m) || (n + 1) * (4 * width + 1) > MAX_CELLS;
    if (result.infeasible) return { beads: [], lengthSd: [], A, E, weights, infeasible: true };
    if (!result.touchesEdge || wide) {
      const lengthSd = result.beads.map((bead) => {
        if (bead.ar.length === 0 || bead.en.length === 0) return 0;
        const lengthA = A.lengths[bead.ar.at(-1)! + 1] - A.lengths[bead.ar[0]];
        const lengthE = E.lengths[bead.en.at(-1)! + 1] - E.lengths[bead.en[0]];
        return Math.abs(lengthZ(lengthA, lengthE, model));
      });
      return { beads: result.beads, lengthSd, A, E, weights };
    }
    if (recentred) width *= 2;
    recentred = true;
    pathCentre(result.beads, centre);
  }
}

/** Gale and Church's z of an English length against the Arabic's. */
function lengthZ(lengthA: number, lengthE: number, model: LengthModel): number {
  return (lengthE - model.mean * lengthA) / Math.sqrt((model.variance * (lengthA + lengthE / model.mean)) / 2);
}

/** Sets `centre[i]` to the English index of the path of `beads` at Arabic index i. */
function pathCentre(beads: readonly Bead[], centre: Int32Array): void {
  let i = 0;
  let j = 0;
  centre[0] = 0;
  for (const bead of beads) {
    for (let k = 1; k <= bead.ar.length; k++) centre[i + k] = j;
    i += bead.ar.length;
    j += bead.en.length;
    centre[i] = j;
  }
}

/** The beads of a search with their evidence. */
function finish(result: Searched, _model: LengthModel, lexicon: AlignResult['lexicon']): AlignResult {
  const { A, E, weights } = result;
  const evidence = result.beads.map((bead, k): BeadEvidence => {
    let both = 0;
    for (const i of bead.ar) for (const j of bead.en) both += shared(A, E, i, j, weights);
    const weightA = bead.ar.length ? A.weight[bead.ar.at(-1)! + 1] - A.weight[bead.ar[0]] : 0;
    const weightE = bead.en.length ? E.weight[bead.en.at(-1)! + 1] - E.weight[bead.en[0]] : 0;
    both = Math.min(both, weightA, weightE);
    return {
      lengthSd: result.lengthSd[k],
      shared: both,
      unmatched: Math.max(0, weightA + weightE - 2 * both),
    };
  });
  return { beads: result.beads, evidence, lexicon };
}

/** The highest count of full-stop sentences a bead may have on one side (3-1, 1-3). */
const MAX_STRONG = 3;

/** The dynamic programme within the band of half-width `width` around `centre`. */
function search(
  A: Side,
  E: Side,
  centre: Int32Array,
  width: number,
  model: LengthModel,
  weights: Float64Array,
  paragraphs: boolean,
  constraints: Constraints | undefined,
): { beads: Bead[]; touchesEdge: boolean; infeasible?: boolean } {
  const n = A.count;
  const m = E.count;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  // The band's own edges, before an editor's pins narrow it: only these say the band was too narrow.
  const bandLo = new Int32Array(n + 1);
  const bandHi = new Int32Array(n + 1).fill(m);
  const offset = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) {
    const min = constraints ? constraints.minJ[i] : 0;
    const max = constraints ? constraints.maxJ[i] : m;
    const c = Math.min(max, Math.max(min, centre[i]));
    lo[i] = Math.max(min, c - width);
    hi[i] = Math.min(max, c + width);
    if (c - width > min) bandLo[i] = lo[i];
    if (c + width < max) bandHi[i] = hi[i];
    offset[i + 1] = offset[i] + hi[i] - lo[i] + 1;
  }
  const aloneA = constraints?.aloneA;
  const aloneE = constraints?.aloneE;
  const cells = offset[n + 1];
  const cost = new Float64Array(cells).fill(Infinity);
  const backA = new Uint8Array(cells);
  const backE = new Uint8Array(cells);
  // `pair[cell(i, j)]`: the anchor weight sentences i − 1 and j − 1 share (filled as cells are visited).
  const pair = new Float64Array(cells);
  const modelMean = model.mean;
  const modelVariance = model.variance;
  // The sides' arrays in locals, and each English run's sums (by its length e) once per cell rather
  // than once per Arabic run: the loop below runs some 25 times a cell over a million cells.
  const { lengths: lengthsA, weight: weightsA, strong: strongsA, paragraphStart: startsA } = A;
  const { lengths: lengthsE, weight: weightsE, strong: strongsE, paragraphStart: startsE } = E;
  const runLengthE = new Float64Array(MAX_RUN + 1);
  const runWeightE = new Float64Array(MAX_RUN + 1);
  const runStrongE = new Int32Array(MAX_RUN + 1);
  cost[0] = 0;

  for (let i = 0; i <= n; i++) {
    const loI = lo[i];
    const offsetI = offset[i];
    for (let j = loI; j <= hi[i]; j++) {
      const cell = offsetI + j - loI;
      if (i > 0 && j > 0) pair[cell] = shared(A, E, i - 1, j - 1, weights);
      if (i === 0 && j === 0) continue;
      const runs = Math.min(MAX_RUN, j);
      for (let e = 1; e <= runs; e++) {
        runLengthE[e] = lengthsE[j] - lengthsE[j - e];
        runWeightE[e] = weightsE[j] - weightsE[j - e];
        runStrongE[e] = strongsE[j - 1] - strongsE[j - e] + 1;
      }
      let best = Infinity;
      let bestA = 0;
      let bestE = 0;
      for (let a = 0; a <= MAX_RUN && a <= i; a++) {
        const strongA = a === 0 ? 0 : strongsA[i - 1] - strongsA[i - a] + 1;
        const pi = i - a;
        const loP = lo[pi];
        const hiP = hi[pi];
        const offsetP = offset[pi];
        const lengthA = lengthsA[i] - lengthsA[pi];
        const weightA = weightsA[i] - weightsA[pi];
        for (let e = 0; e <= runs; e++) {
          if (a + e === 0) continue;
          let strongE = e === 0 ? 0 : runStrongE[e];
          if (strongE > MAX_STRONG && a > 0) break;
          // Semicolon-joined runs count as one sentence on one side only: list items ending with
          // semicolons on both sides are translated item by item, not run against run.
          let joinedA = a - strongA;
          if (joinedA > 0 && e > strongE) {
            joinedA = 0;
            strongE = e;
          }
          const prior = PRIOR_COST[(a - joinedA) * (MAX_RUN + 1) + strongE];
          if (prior === Infinity) continue;
          const pj = j - e;
          if (pj < loP || pj > hiP) continue;
          // A sentence an editor marked as having no counterpart is never in a bead with both sides.
          if (aloneA && a > 0 && e > 0 && (aloneA[i] !== aloneA[pi] || aloneE![j] !== aloneE![pj])) continue;
          const before = cost[offsetP + pj - loP];
          if (before === Infinity) continue;
          let total = before + prior + WEAK_JOINT * (joinedA + e - strongE);
          // A run left out with marked sentences in it: see MARKED_RUN.
          const marked = !aloneA ? 0 : e === 0 ? aloneA[i] - aloneA[pi] : a === 0 ? aloneE![j] - aloneE![pj] : 0;
          if (marked > 0) total = before + (a + e - marked) * MARKED_RUN;
          // Anchors: shared weight rewarded, weight on one side only charged. A sentence left out
          // (1-0, 0-1) is not charged for its anchors: they have no counterpart by definition, and
          // charged, they made the search leave out the neighbour with fewer anchors instead (an
          // omission placed one sentence off) or merge the sentence into its neighbour's bead.
          const weightE = e === 0 ? 0 : runWeightE[e];
          if (a > 0 && e > 0 && (weightA > 0 || weightE > 0)) {
            let both = 0;
            if (weightA > 0 && weightE > 0) {
              for (let x = 0; x < a; x++) {
                // `pair` holds the cells of the band visited so far; a cell outside it is computed.
                const row = i - x;
                const loR = lo[row];
                const hiR = hi[row];
                const offsetR = offset[row] - loR;
                for (let y = 0; y < e; y++) {
                  const col = j - y;
                  both += col >= loR && col <= hiR ? pair[offsetR + col] : shared(A, E, row - 1, col - 1, weights);
                }
              }
            }
            // An anchor in two sentences of each side would count four times over a 2-2 bead and
            // twice over the two 1-1 beads it holds: no bead matches more weight than either side has.
            both = Math.min(both, weightA, weightE);
            total += -ANCHOR_MATCH * both + ANCHOR_MISS * Math.max(0, weightA + weightE - 2 * both);
          }
          if (paragraphs && a > 0 && e > 0 && startsA[pi] && startsE[pj]) total -= PARAGRAPH_BONUS;
          // The length cost is never negative: a bead already dearer than the best cannot win.
          if (total >= best) continue;
          // Length: Gale and Church's z of the English length against the Arabic's. A sentence left
          // out (1-0, 0-1) has no translation to compare its length with, so it pays its prior only:
          // charged for its length, a long sentence left out would rather be merged into its
          // neighbour's bead, and misalign the sentences around it.
          if (a > 0 && e > 0) {
            const lengthE = runLengthE[e];
            total += lengthCost(
              (lengthE - modelMean * lengthA) / Math.sqrt((modelVariance * (lengthA + lengthE / modelMean)) / 2),
            );
          }
          if (total < best) {
            best = total;
            bestA = a;
            bestE = e;
          }
        }
      }
      cost[cell] = best;
      backA[cell] = bestA;
      backE[cell] = bestE;
    }
  }

  const beads: Bead[] = [];
  let touchesEdge = false;
  // Pins an editor wrote that no bead shape can hold (or a mark inside a pinned bead): no path at all.
  if (cost[cells - 1] === Infinity) return { beads, touchesEdge, infeasible: true };
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    if ((j === bandLo[i] && bandLo[i] > 0) || (j === bandHi[i] && bandHi[i] < m)) touchesEdge = true;
    const cell = offset[i] + j - lo[i];
    const bead: Bead = { ar: [], en: [] };
    for (let k = i - backA[cell]; k < i; k++) bead.ar.push(k);
    for (let k = j - backE[cell]; k < j; k++) bead.en.push(k);
    beads.push(bead);
    i -= backA[cell];
    j -= backE[cell];
  }
  return { beads: beads.reverse(), touchesEdge };
}
