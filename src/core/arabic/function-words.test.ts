import { describe, expect, test } from 'vitest';
import { FUNCTION_WORD_GROUPS_AR, FUNCTION_WORDS_AR } from './function-words.ts';
import { matchKey } from './normalize.ts';

describe('FUNCTION_WORDS_AR', () => {
  test('is every group, each word in one group only', () => {
    const grouped = Object.values(FUNCTION_WORD_GROUPS_AR).flat();
    expect(FUNCTION_WORDS_AR).toEqual(grouped);
    expect(new Set(grouped).size).toBe(grouped.length);
  });

  test('holds no folded spelling of another word: users fold, so "الى" beside "إلى" is a copy', () => {
    const folded = FUNCTION_WORDS_AR.filter((w) => FUNCTION_WORDS_AR.some((v) => v !== w && matchKey(v) === w));
    expect(folded).toEqual([]);
  });

  test('is written in bare letters, as users compare it after stripping harakat and tatweel', () => {
    for (const word of FUNCTION_WORDS_AR) expect(word).toMatch(/^[\u0621-\u063A\u0641-\u064A]{2,}$/u);
  });

  test('has no word that is also a name: a user comparing without folding ى would drop "علي"', () => {
    // على folds to the name علي; the list keeps على as written, never علي.
    expect(FUNCTION_WORDS_AR).toContain('على');
    expect(FUNCTION_WORDS_AR).not.toContain('علي');
  });
});
