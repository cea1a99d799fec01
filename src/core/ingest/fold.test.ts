import { describe, expect, test } from 'vitest';
import { normalizeArabic } from '../arabic/index.ts';
import { fold, foldPatternSource, originalSlice } from './fold.ts';

describe('fold: the form cleaning compares', () => {
  test.each([
    ['إِيمَانُويل ماكـــرون', 'ايمانويل ماكرون'],
    ['مكتبة «الأمة»', 'مكتبه "الامه"'],
    ['ﻻ ﺗﻌﻠﻴﻖ', 'لا تعليق'],
    ['سيارةٌ\u200Cجديدة', 'سيارهجديده'],
    ['عام ٢٠١٧ — ۱۹', 'عام 2017 - 19'],
    ['Read  the WHOLE story…', 'read the whole story...'],
    ['“Comments”\u00A0–\tclosed', '"comments" - closed'],
  ])('%s', (input, folded) => {
    expect(fold(input).text).toBe(folded);
  });

  test('folds Arabic letters exactly as the Arabic core does, so cleaning and matching agree', () => {
    const words = ['أَحْمَد', 'إسرائيل', 'آمال', 'ٱلله', 'مصطفى', 'فاطمة', 'کتاب', 'یوسف', 'ھذا', 'ﺍﻟﻜﺮﻣﻠﻴﻦ', 'سلامٌ'];
    for (const word of words) expect(fold(word).text, word).toBe(normalizeArabic(word));
  });

  test('an isolated haraka in presentation form leaves no space behind', () => {
    expect(fold('ب\uFE70ت').text).toBe('بت');
  });

  test('maps the folded text back to the original, marks included', () => {
    const original = 'قال ماكـرونُ: لا';
    const folded = fold(original);
    const start = folded.text.indexOf('ماكرون');
    expect(originalSlice(original, folded, start, start + 'ماكرون'.length)).toBe('ماكـرونُ');
  });
});

describe('foldPatternSource', () => {
  test('folds the letters and punctuation of a pattern, never its syntax', () => {
    expect(foldPatternSource('^اقرأ (المزيد|أيضاً)…$')).toBe('^اقرا (المزيد|ايضا)\\.\\.\\.$');
    expect(foldPatternSource('[’“]\\s+—')).toBe('[\'"]\\s+-');
  });
});
