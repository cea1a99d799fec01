/** Ingest over TICO-19's documents (`npm run test:corpus`): real prose and human translations. */
import { describe, expect, test } from 'vitest';
import { sidesOf } from '../../../tests/helpers/parallel.ts';
import { ticoDocuments } from '../../../tests/helpers/tico.ts';
import { codePageChecks, integrityChecks, languageChecks, westernCodePageChecks } from './testing.ts';

const tico = ticoDocuments('file').map(sidesOf);

describe('TICO-19', () => {
  test('has documents in both languages', () => {
    expect(tico.length).toBeGreaterThan(30);
    expect(tico.reduce((n, d) => n + d.en.length + d.ar.length, 0)).toBeGreaterThan(6000);
  });
});

describe('checkLang on TICO-19', () => languageChecks(tico));

describe('decodeSource on TICO-19', () => {
  codePageChecks(tico, 5000);
  westernCodePageChecks(tico, 20);
});

describe('integrity over TICO-19', () => {
  // The headlines of the corpus (Wikinews, PubMed titles, some Wikipedia article names), in both languages.
  integrityChecks(tico, { headlines: [15, tico.length - 1], checked: 51 });
});
