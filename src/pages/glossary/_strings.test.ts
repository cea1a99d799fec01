import { describe, expect, test } from 'vitest';
import { ENTRY_KINDS } from '../../core/glossary/index.ts';
import { KIND_HEADINGS, KIND_NAMES, entriesCount, timesCount } from './_strings.ts';

describe('counts in words', () => {
  test.each([
    [1, 'once', 'مرة واحدة'],
    [2, 'twice', 'مرتان'],
    [3, '3 times', '٣ مرات'],
    [10, '10 times', '١٠ مرات'],
    [11, '11 times', '١١ مرة'],
    [100, '100 times', '١٠٠ مرة'],
    [103, '103 times', '١٠٣ مرات'],
  ])('%i', (n, en, ar) => {
    expect(timesCount('en', n)).toBe(en);
    expect(timesCount('ar', n)).toBe(ar);
  });

  test.each([
    [1, '1 entry', 'مدخل واحد'],
    [2, '2 entries', 'مدخلان'],
    [5, '5 entries', '٥ مداخل'],
    [24, '24 entries', '٢٤ مدخلاً'],
    [5000, '5000 entries', '٥٠٠٠ مدخل'],
  ])('%i entries', (n, en, ar) => {
    expect(entriesCount('en', n)).toBe(en);
    expect(entriesCount('ar', n)).toBe(ar);
  });
});

test('every kind has a heading and a name in both languages', () => {
  for (const kind of ENTRY_KINDS) {
    for (const table of [KIND_HEADINGS, KIND_NAMES]) {
      expect(table[kind].en).toMatch(/\p{L}/u);
      expect(table[kind].ar).toMatch(/\p{Script=Arabic}/u);
    }
  }
});
