import { describe, expect, test } from 'vitest';
import { DEFAULT_READING_MODE, modesFor, parseReadingMode, READING_MODES } from './reading-mode.ts';

describe('reading modes', () => {
  test('a stored value is a mode only if it names one', () => {
    for (const mode of READING_MODES) expect(parseReadingMode(mode)).toBe(mode);
    for (const value of [null, undefined, '', 'both', 'SIDE', ' side', 'fr', 1, {}]) {
      expect(parseReadingMode(value), JSON.stringify(value)).toBeUndefined();
    }
  });

  test('a page offers both layouts, then its own language, then the other', () => {
    expect(modesFor('ar', 'en')).toEqual(['side', 'stacked', 'ar', 'en']);
    expect(modesFor('en', 'ar')).toEqual(['side', 'stacked', 'en', 'ar']);
  });

  test('every mode a page offers can be stored and read back, and the default is one of them', () => {
    for (const mode of modesFor('en', 'ar')) expect(parseReadingMode(String(mode))).toBe(mode);
    expect(modesFor('ar', 'en')).toContain(DEFAULT_READING_MODE);
  });
});
