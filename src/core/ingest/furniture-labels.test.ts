import { describe, expect, it } from 'vitest';
import { LANGS } from '../types.ts';
import { foldLineText } from '../arabic/index.ts';
import { FURNITURE_KINDS, LABELS } from './furniture-labels.ts';
import { DEFAULT_RULES } from './furniture.ts';

/** Each list of words in a table, by its path ("labels.byline", "reader.stores"), with its length. */
const listsOf = (value: unknown, path = ''): [string, number][] =>
  Array.isArray(value)
    ? [[path, value.length]]
    : Object.entries(value as object).flatMap(([key, v]) => listsOf(v, path ? `${path}.${key}` : key));

describe('furniture label tables', () => {
  it('give every kind labels in every language, so no kind is caught in one language only', () => {
    for (const lang of LANGS) {
      expect(Object.keys(LABELS[lang].labels).sort(), lang).toEqual([...FURNITURE_KINDS].sort());
      for (const kind of FURNITURE_KINDS)
        expect(LABELS[lang].labels[kind].length, `${lang} ${kind}`).toBeGreaterThan(0);
    }
  });

  it('give every class of words, labels or not, words in every language, so no class works in one language only', () => {
    const lists = LANGS.map((lang) => new Map(listsOf(LABELS[lang])));
    for (const [i, lang] of LANGS.entries()) {
      expect([...lists[i].keys()].sort(), lang).toEqual([...lists[0].keys()].sort());
      expect(lists[i].has('reader.stores'), lang).toBe(true);
      for (const [path, length] of lists[i]) expect(length, `${lang} ${path}`).toBeGreaterThan(0);
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
