/**
 * How sure the aligner is of each bead, and why not, for an editor's review (`npm run check`): the
 * bead's evidence (`BeadEvidence`) weighed as the search weighs it, so that a bead the search took
 * against the lengths, without an anchor to back it, or with a sentence left out, ranks low.
 */
import { lengthCost, type Bead, type BeadEvidence } from './align.ts';
import type { AlignConstraints } from './constraints.ts';
import type { EditionAlignment } from './rows.ts';

/** A bead's confidence, from 0 (a guess) to 1 (nothing speaks against it), and what lowered it. */
export interface Confidence {
  confidence: number;
  reasons: string[];
}

/** What a sentence left out costs in doubt: the search can only place an omission by its neighbours. */
const LEFT_OUT_DOUBT = 4;
/** What a bead of another shape than 1-1 costs in doubt: merges and splits are where slips hide. */
const SHAPE_DOUBT = 1;
/** Doubt (in nats, as the search counts costs) that halves the confidence. */
const HALF = 3;

/**
 * The confidence of `bead` given its `evidence`: exp(−doubt · ln 2 / 3), the doubt being the length
 * cost of its sides' lengths (as the search charges it), plus the weight of anchors on one side
 * only, minus the weight of anchors shared, plus something for a sentence left out or a shape other
 * than 1-1. A bead the editor decided (`decided`: pinned, or marked as having no counterpart) is certain.
 */
export function confidenceOf(bead: Bead, evidence: BeadEvidence, decided = false): Confidence {
  if (decided) return { confidence: 1, reasons: ['decided by the editor'] };
  const reasons: string[] = [];
  const twoSided = bead.ar.length > 0 && bead.en.length > 0;
  let doubt = 0;
  if (twoSided) {
    doubt += lengthCost(evidence.lengthSd);
    if (evidence.lengthSd >= 2) reasons.push(`lengths ${evidence.lengthSd.toFixed(1)} sd apart`);
    if (bead.ar.length !== 1 || bead.en.length !== 1) {
      doubt += SHAPE_DOUBT;
      reasons.push(
        `${bead.ar.length} Arabic sentence${bead.ar.length === 1 ? '' : 's'} against ${bead.en.length} English`,
      );
    }
    if (evidence.shared === 0) reasons.push('no shared anchor');
  } else {
    doubt += LEFT_OUT_DOUBT;
    reasons.push(`no counterpart in the ${bead.ar.length > 0 ? 'English' : 'Arabic'} version`);
  }
  if (twoSided && evidence.unmatched >= 0.5) reasons.push('anchors on one side only');
  doubt += 0.5 * evidence.unmatched - evidence.shared;
  const confidence = Math.min(1, Math.exp((-Math.max(0, doubt) * Math.LN2) / HALF));
  return { confidence, reasons };
}

/** A row of the aligned layout as an editor reviews it. */
export interface RowReview extends Confidence {
  /** The row's index (0-based) in `alignment.rows`. */
  row: number;
  /** Its beads' indices in `alignment.beads`. */
  beads: number[];
}

/**
 * Every row of `alignment` with the confidence of its least confident bead (and that bead's
 * reasons), in row order. Beads holding a sentence `constraints` pins are certain.
 */
export function reviewRows(alignment: EditionAlignment, constraints?: AlignConstraints): RowReview[] {
  const pinnedAr = new Set((constraints?.pins ?? []).map((p) => p.ar));
  const alone = { ar: new Set(constraints?.alone?.ar ?? []), en: new Set(constraints?.alone?.en ?? []) };
  // A bead the editor decided: a pinned sentence in it, or all of it marked as having no counterpart.
  const decided = (bead: Bead) =>
    bead.ar.some((k) => pinnedAr.has(k)) ||
    (bead.ar.every((k) => alone.ar.has(k)) && bead.en.every((k) => alone.en.has(k)));
  const reviews: RowReview[] = [];
  let bead = 0;
  alignment.rows.forEach((row, r) => {
    const count = row.ar.length + row.en.length;
    const beads: number[] = [];
    let seen = 0;
    while (seen < count && bead < alignment.beads.length) {
      seen += alignment.beads[bead].ar.length + alignment.beads[bead].en.length;
      beads.push(bead++);
    }
    let worst: Confidence = { confidence: 1, reasons: [] };
    for (const b of beads) {
      const found = confidenceOf(alignment.beads[b], alignment.evidence[b], decided(alignment.beads[b]));
      if (found.confidence < worst.confidence) worst = found;
    }
    reviews.push({ row: r, beads, ...worst });
  });
  return reviews;
}
