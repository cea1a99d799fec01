/** What the aligner's unit tests and corpus tests share. */
import { expect } from 'vitest';
import { seededRandom } from '../random.ts';
import type { Bead } from './align.ts';
import { beadLinks, countLinks, goldLinks, rates, rebuildDocument } from './evaluate.ts';
import { alignParagraphs } from './rows.ts';
import type { TranslationUnit, UnitDocument } from './tmx.ts';

/** Whether a unit is one sentence on each side (no stop inside it). */
export const single = (u: TranslationUnit) =>
  !/[.؟?!؛][^.؟?!؛]/.test(u.ar.slice(0, -1)) && !/[.?!][^.?!]/.test(u.en.slice(0, -1));

/** Every sentence of both sides in exactly one bead, in order, and no bead empty. */
export function expectCovering(beads: Bead[], n: number, m: number): void {
  expect(beads.flatMap((b) => b.ar)).toEqual([...Array(n).keys()]);
  expect(beads.flatMap((b) => b.en)).toEqual([...Array(m).keys()]);
  for (const bead of beads) expect(bead.ar.length + bead.en.length).toBeGreaterThan(0);
}

/**
 * A small version of `npm run eval:align`: the first 60 units of each document joined into
 * paragraphs (breaks drawn from seed 11 000 + the document's index, `drop` of the units left out
 * of one side), aligned, and scored on sentence links; `oneBead` scores one bead per document, a
 * baseline the scorer must not be fooled by.
 */
export function scoreRebuilt(documents: readonly UnitDocument[], drop: number) {
  const total = { found: 0, gold: 0, correct: 0 };
  const baseline = { found: 0, gold: 0, correct: 0 };
  documents.forEach((doc, d) => {
    const rebuilt = rebuildDocument(doc.units.slice(0, 60), seededRandom(11_000 + d), drop ? { drop } : {});
    const alignment = alignParagraphs(rebuilt.paragraphs.ar, rebuilt.paragraphs.en);
    const gold = goldLinks(rebuilt, alignment.sentences);
    const counts = countLinks(beadLinks(alignment.beads), gold);
    const everything = beadLinks([
      { ar: alignment.sentences.ar.map((s) => s.index), en: alignment.sentences.en.map((s) => s.index) },
    ]);
    const all = countLinks(everything, gold);
    for (const key of ['found', 'gold', 'correct'] as const) {
      total[key] += counts[key];
      baseline[key] += all[key];
    }
  });
  return { aligned: rates(total), oneBead: rates(baseline), gold: total.gold };
}
