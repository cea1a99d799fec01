/** The Arabic functions over every Arabic sentence of TICO-19 (`npm run test:corpus`). */
import { describe, expect, test } from 'vitest';
import { ticoDocuments } from '../../../tests/helpers/tico.ts';
import { arabicProseChecks } from './testing.ts';

describe('on the TICO-19 corpus', () => {
  const arabic = ticoDocuments().flatMap((d) => d.units.map((u) => u.ar));
  test('is the whole corpus', () => expect(arabic).toHaveLength(3071));
  arabicProseChecks(arabic);
});
