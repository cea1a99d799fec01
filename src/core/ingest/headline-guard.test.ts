import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../types.ts';
import { checkHeadline, HEADLINE_CONTEXTS } from '../../../tests/helpers/headline-guard.ts';

const fixture: Record<Lang, string[]> = JSON.parse(
  readFileSync(new URL('./fixtures/provenance/headline-guard.json', import.meta.url), 'utf8'),
);

describe('a real headline is the title and never furniture, whatever stands around it', () => {
  for (const lang of ['en', 'ar'] as const) {
    fixture[lang].forEach((headline, k) => {
      it(`${lang}: “${headline}”`, () => {
        const failures = HEADLINE_CONTEXTS.map((context) => checkHeadline(headline, lang, context, k)).filter(Boolean);
        expect(failures).toEqual([]);
      });
    });
  }
});
