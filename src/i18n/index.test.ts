import { describe, expect, test } from 'vitest';
import ar from './ar.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import { formatDate, formatLineRanges, formatNumber, PLURAL_FORMS, t } from './index.ts';

describe('UI strings', () => {
  test('every English key has an Arabic translation', () => {
    const missing = Object.keys(en).filter((key) => !(key in ar));
    expect(missing).toEqual([]);
  });

  test('Arabic has no key that English lacks, but for plural forms of English keys', () => {
    const plural = new RegExp(`^(.+)\\.(${PLURAL_FORMS.join('|')})$`);
    const stray = Object.keys(ar).filter((key) => !(key in en) && !((plural.exec(key)?.[1] ?? '') in en));
    expect(stray).toEqual([]);
  });

  test('Arabic counts take the form of the number', () => {
    expect([0, 1, 2, 3, 10, 11, 100].map((count) => t('ar', 'home.count', { count }))).toEqual([
      'لا وثائق',
      'وثيقة واحدة',
      'وثيقتان',
      '٣ وثائق',
      '١٠ وثائق',
      '١١ وثيقة',
      '١٠٠ وثيقة',
    ]);
    expect(t('ar', 'note.furniture', { count: 12 })).toMatch(/^١٢ سطرًا /);
  });

  test('placeholders are filled, numbers in Arabic-Indic digits in Arabic', () => {
    expect(t('en', 'home.count', { count: 12 })).toBe('12 documents');
    expect(t('ar', 'note.line', { line: 12 })).toBe('السطر ١٢');
  });

  test('a count of one uses the singular variant', () => {
    expect(t('en', 'note.furniture', { count: 1 })).toMatch(/^1 line was/);
    expect(t('en', 'note.furniture', { count: 3 })).toMatch(/^3 lines were/);
  });

  test('digits follow the language', () => {
    expect(formatNumber('ar', 2017)).toBe('٢٠١٧');
    expect(formatNumber('en', 2017)).toBe('2017');
  });
});

describe('formatting for readers', () => {
  test('line numbers collapse into ranges, in the language’s digits', () => {
    expect(formatLineRanges('en', [9, 10, 11, 12, 20, 14, 13])).toBe('9–14, 20');
    expect(formatLineRanges('ar', [3, 4, 7])).toBe('٣–٤، ٧');
  });

  test('dates are written out in the language; other text is left as written', () => {
    expect(formatDate('en', '2017-05-05')).toBe('5 May 2017');
    expect(formatDate('ar', '2017-05-06')).toMatch(/^٦ .+ ٢٠١٧$/);
    expect(formatDate('en', '2017-05')).toBe('May 2017');
    expect(formatDate('en', 'spring 2017')).toBe('spring 2017');
  });
});
