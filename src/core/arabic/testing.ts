/** Checks of the Arabic functions over real prose, shared by the unit tests and the corpus tests. */
import { expect, test } from 'vitest';
import { normalizeArabic, tokenize } from './index.ts';

/** Registers the tests that hold for any Arabic sentences: `sentences` is real prose. */
export function arabicProseChecks(sentences: readonly string[]): void {
  test('tokens cover every letter of every Arabic sentence, and nothing else', () => {
    expect(sentences.length).toBeGreaterThan(50);
    for (const sentence of sentences) {
      const letters = sentence.replace(/[^\p{L}\p{N}]/gu, '');
      expect(
        tokenize(sentence)
          .map((t) => t.text.replace(/[^\p{L}\p{N}]/gu, ''))
          .join(''),
        sentence,
      ).toBe(letters);
    }
  });

  test('vocalising a sentence does not change its normal form', () => {
    for (const sentence of sentences.slice(0, 500)) {
      const vocalised = sentence.replace(/([\u0628-\u064A])/g, '$1\u064E').replace(/ال/g, 'ٱلْ');
      expect(normalizeArabic(vocalised), sentence).toBe(normalizeArabic(sentence));
    }
  });
}
