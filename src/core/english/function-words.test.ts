import { describe, expect, test } from 'vitest';
import { FUNCTION_WORD_GROUPS_EN, FUNCTION_WORDS_EN } from './function-words.ts';

describe('FUNCTION_WORDS_EN', () => {
  test('is every group, each word in one group only', () => {
    const grouped = Object.values(FUNCTION_WORD_GROUPS_EN).flat();
    expect(FUNCTION_WORDS_EN).toEqual(grouped);
    expect(new Set(grouped).size).toBe(grouped.length);
  });

  test('is written in lower case, as users compare it after lower-casing a word', () => {
    for (const word of FUNCTION_WORDS_EN) expect(word).toMatch(/^[a-z]+$/u);
  });
});
