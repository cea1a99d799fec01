import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ENTRY_KINDS, type EntryKind } from '../core/glossary/index.ts';
import ar from './ar.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import {
  formatDate,
  formatLineRanges,
  formatTime,
  formatNumber,
  PLURAL_FORMS,
  t,
  translator,
  withOverrides,
  type UIKey,
} from './index.ts';

describe('UI strings', () => {
  test('every English key has an Arabic translation', () => {
    const missing = Object.keys(en).filter((key) => !(key in ar));
    expect(missing).toEqual([]);
  });

  test('Arabic has no key that English lacks, but for plural and exact-count variants of English keys', () => {
    const plural = new RegExp(`^(.+)\\.(${PLURAL_FORMS.join('|')}|=\\d+)$`);
    const stray = Object.keys(ar).filter((key) => !(key in en) && !((plural.exec(key)?.[1] ?? '') in en));
    expect(stray).toEqual([]);
  });

  test('each file names a key once (JSON keeps the last of two silently)', () => {
    for (const lang of ['en', 'ar']) {
      const text = readFileSync(new URL(`./${lang}.json`, import.meta.url), 'utf8');
      const keys = [...text.matchAll(/^\s*("(?:[^"\\]|\\.)*")\s*:/gm)].map((match) => JSON.parse(match[1]) as string);
      expect(
        keys.filter((key, index) => keys.indexOf(key) !== index),
        lang,
      ).toEqual([]);
    }
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

  test('an exact-count variant serves the count a plural form does not single out (2 is other in English)', () => {
    expect(t('en', 'glossary.times', { count: 2 })).toBe('twice');
    expect(t('ar', 'glossary.times', { count: 2 })).toBe('مرتان');
  });

  test('digits follow the language', () => {
    expect(formatNumber('ar', 2017)).toBe('٢٠١٧');
    expect(formatNumber('en', 2017)).toBe('2017');
  });
});

describe('the glossary pages', () => {
  test.each([
    [1, 'once', 'مرة واحدة'],
    [2, 'twice', 'مرتان'],
    [3, '3 times', '٣ مرات'],
    [10, '10 times', '١٠ مرات'],
    [11, '11 times', '١١ مرة'],
    [100, '100 times', '١٠٠ مرة'],
    [103, '103 times', '١٠٣ مرات'],
  ])('%i times', (count, english, arabic) => {
    expect(t('en', 'glossary.times', { count })).toBe(english);
    expect(t('ar', 'glossary.times', { count })).toBe(arabic);
  });

  test.each([
    [1, '1 entry', 'مدخل واحد'],
    [2, '2 entries', 'مدخلان'],
    [5, '5 entries', '٥ مداخل'],
    [24, '24 entries', '٢٤ مدخلاً'],
    [5000, '5000 entries', '٥٠٠٠ مدخل'],
  ])('%i entries', (count, english, arabic) => {
    expect(t('en', 'glossary.entries', { count })).toBe(english);
    expect(t('ar', 'glossary.entries', { count })).toBe(arabic);
  });

  // Typed, so that a new kind without its keys in en.json fails the type check as well as this test.
  const kindKeys = (kind: EntryKind): UIKey[] => [`glossary.kinds.${kind}`, `glossary.kind.${kind}`];

  test('every kind has a heading and a name in both languages', () => {
    for (const key of ENTRY_KINDS.flatMap(kindKeys)) {
      // t() answers a missing key with the key itself, and a missing Arabic string with English.
      expect(t('en', key)).not.toBe(key);
      expect(t('en', key)).toMatch(/\p{L}/u);
      expect(t('ar', key)).toMatch(/\p{Script=Arabic}/u);
    }
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
    // Each language and precision keeps its own formatter: asking in another order changes nothing.
    expect(formatDate('ar', '2017')).toBe('٢٠١٧');
    expect(formatDate('en', '2017-05-05')).toBe('5 May 2017');
  });

  test('times of day are written out in the language, on the 24-hour clock', () => {
    expect(formatTime('en', '2017-05-05', '09:07')).toBe('09:07');
    expect(formatTime('ar', '2017-05-05', '21:30')).toBe('٢١:٣٠');
    expect(formatTime('en', '2017-05-05', '21:30')).toBe('21:30');
  });
});

describe('a publisher’s strings', () => {
  const publisher = translator(
    withOverrides({
      en: { 'site.name': 'Harbour Herald', 'home.count.one': 'one report' },
      ar: { 'site.name': 'هيرالد الميناء' },
    }),
  );

  test('replace Hamish’s own, plural variants too, and leave the rest as Hamish words them', () => {
    expect(publisher('en', 'site.name')).toBe('Harbour Herald');
    expect(publisher('ar', 'site.name')).toBe('هيرالد الميناء');
    expect(publisher('en', 'home.count', { count: 1 })).toBe('one report');
    expect(publisher('en', 'home.count', { count: 2 })).toBe(t('en', 'home.count', { count: 2 }));
    expect(publisher('ar', 'book.glossary')).toBe(t('ar', 'book.glossary'));
    // Hamish's own strings are not changed by them.
    expect(t('en', 'site.name')).toBe('Hamish');
  });

  test('the archive book’s title has the site’s name in it', () => {
    expect(publisher('en', 'book.archiveTitle', { site: publisher('en', 'site.name') })).toBe(
      'Harbour Herald: every document',
    );
    expect(publisher('ar', 'book.archiveTitle', { site: publisher('ar', 'site.name') })).toBe(
      'هيرالد الميناء: الوثائق كلها',
    );
  });
});
