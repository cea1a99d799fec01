import { describe, expect, it } from 'vitest';
import { LANGS } from '../types.ts';
import { foldLineText } from '../arabic/index.ts';
import { FURNITURE_KINDS, LABELS } from './furniture-labels.ts';
import { DEFAULT_RULES } from './furniture.ts';

describe('furniture label tables', () => {
  it('give every kind labels in every language, so no kind is caught in one language only', () => {
    for (const lang of LANGS) {
      expect(Object.keys(LABELS[lang].labels).sort(), lang).toEqual([...FURNITURE_KINDS].sort());
      for (const kind of FURNITURE_KINDS)
        expect(LABELS[lang].labels[kind].length, `${lang} ${kind}`).toBeGreaterThan(0);
    }
  });

  it('hold no label twice within a kind (after folding)', () => {
    for (const lang of LANGS) {
      for (const kind of FURNITURE_KINDS) {
        const folded = LABELS[lang].labels[kind].map(foldLineText);
        expect(new Set(folded).size, `${lang} ${kind}: ${folded.join(', ')}`).toBe(folded.length);
      }
    }
  });

  it('are each used by a built-in pattern of their kind in their language', () => {
    for (const lang of LANGS) {
      for (const kind of FURNITURE_KINDS) {
        expect(
          DEFAULT_RULES.patterns.some((p) => p.kind === kind && (p.lang === lang || p.lang === 'any')),
          `${lang} ${kind}`,
        ).toBe(true);
      }
    }
  });
});
