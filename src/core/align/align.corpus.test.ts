/** The aligner on the TICO-19 corpus (`npm run test:corpus`): a long document, as a book would be. */
import { describe, expect, test } from 'vitest';
import { ticoDocuments } from '../../../tests/helpers/tico.ts';
import { alignSentences, type Bead } from './align.ts';
import { expectCovering, single } from './testing.ts';

const documents = ticoDocuments();

describe('alignSentences on TICO-19', () => {
  test('a long document with a long passage missing: the band widens to find the way back', () => {
    const long = documents
      .flatMap((d) => d.units)
      .filter(single)
      .slice(0, 1500);
    expect(long).toHaveLength(1500);
    const ar = long.map((u) => u.ar);
    const en = long.map((u) => u.en);
    en.splice(700, 120);
    const beads = alignSentences(ar, en);
    expectCovering(beads, 1500, 1380);
    const links = beads.filter((b) => b.ar.length === 1 && b.en.length === 1);
    const right = links.filter((b) => b.en[0] === (b.ar[0] < 700 ? b.ar[0] : b.ar[0] - 120));
    expect(right.length / 1380).toBeGreaterThan(0.95);
    // Well after the gap, the sentences line up again as before it.
    const after = (b: Bead) => b.ar.length > 0 && b.ar[0] >= 1000;
    const shifted = (b: Bead) => b.ar.length === 1 && b.en.length === 1 && b.en[0] === b.ar[0] - 120;
    const before = (b: Bead) => b.ar.length > 0 && b.ar[0] < 600;
    const inPlace = (b: Bead) => b.ar.length === 1 && b.en.length === 1 && b.en[0] === b.ar[0];
    const rate = (picked: Bead[], good: (b: Bead) => boolean) => picked.filter(good).length / picked.length;
    expect(rate(beads.filter(after), shifted)).toBeGreaterThanOrEqual(rate(beads.filter(before), inPlace));
  });
});
