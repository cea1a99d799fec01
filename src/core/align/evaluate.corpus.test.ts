/** The aligner on TICO-19's documents re-paragraphed (`npm run test:corpus`; the full run is `npm run eval:align`). */
import { describe, expect, test } from 'vitest';
import { ticoDocuments } from '../../../tests/helpers/tico.ts';
import { scoreRebuilt } from './testing.ts';

describe('the aligner on TICO-19 documents re-paragraphed', () => {
  // The first 60 units of every document, breaks drawn from seed 11 (bench/README.md's figures use seed 1 and all units).
  const documents = ticoDocuments();

  test('F1 of sentence links is at least 97 %', () => {
    const { aligned, oneBead, gold } = scoreRebuilt(documents, 0);
    expect(gold).toBeGreaterThan(1000);
    expect(aligned.f1).toBeGreaterThanOrEqual(0.97);
    // The scorer is not fooled by one bead per document.
    expect(oneBead.f1).toBeLessThan(0.2);
  });

  test('with 3 % of units left out of one side, F1 is at least 94 %', () => {
    expect(scoreRebuilt(documents, 0.03).aligned.f1).toBeGreaterThanOrEqual(0.94);
  });
});
