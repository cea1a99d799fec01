/** rehype-bidi keeps the visible text of TICO-19's sentence pairs (`npm run test:corpus`). */
import { describe, expect, test } from 'vitest';
import { ticoDocuments } from '../../../tests/helpers/tico.ts';
import { sentencePairChecks } from './testing.ts';

describe('TICO-19', () => {
  const units = ticoDocuments('file').flatMap((d) => d.units);
  /** Every tenth pair: a few hundred sentences from every document of the corpus. */
  const sample = units.filter((_, i) => i % 10 === 0);

  test('is the whole corpus', () => expect(units).toHaveLength(3071));
  sentencePairChecks(sample);
});
