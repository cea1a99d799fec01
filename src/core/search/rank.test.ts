import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { hasArabic } from '../arabic/index.ts';
import { memoryIndex } from './memory-index.ts';
import { parseQuery } from './query.ts';
import { ENTRY_WEIGHT, READING_WEIGHT, WIDEN_BELOW, rankPages, searchWith, stemKeys, widenedWords } from './rank.ts';

interface Case {
  why: string;
  pages: Record<string, string>;
  query: string;
  order?: string[];
  found?: string[];
}

const cases = parse(readFileSync(join(import.meta.dirname, 'fixtures/rank.yaml'), 'utf8')) as Case[];

const indexOf = (pages: Record<string, string>) =>
  memoryIndex(
    Object.entries(pages).map(([id, text]) => ({
      id,
      text,
      lang: hasArabic(text) ? ('ar' as const) : ('en' as const),
    })),
  );

describe('rankPages', () => {
  test.each(cases.map((c) => [c.why, c] as const))('%s', (_, c) => {
    const { pages } = searchWith(parseQuery(c.query), indexOf(c.pages), Object.keys(c.pages).length);
    const ids = pages.map((p) => p.id);
    // Each case says what it expects: the pages in order, or the pages found in any order.
    expect(c.order === undefined, `${c.why}: give either order or found`).not.toBe(c.found === undefined);
    if (c.order) expect(ids).toEqual(c.order);
    else expect([...ids].sort()).toEqual([...c.found!].sort());
  });

  test('a page found through a glossary entry says so, and which', () => {
    const lookup = indexOf({ ar: 'قال ماكرون' });
    const entryPages = new Map([['ar', { lang: 'ar' as const, count: 1 }]]);
    const query = parseQuery('Macron');
    const found = rankPages(
      query,
      { pages: (key) => (key === 'عg0ع' ? entryPages : lookup.pages(key)), together: lookup.together },
      1,
      {
        spans: [{ entryId: 'emmanuel-macron', term: 'عg0ع', first: 0, last: 0 }],
      },
    );
    expect(found).toMatchObject([{ id: 'ar', lang: 'ar', direct: false, entries: ['emmanuel-macron'] }]);
  });

  test('the word as typed ranks above the same page found through the glossary in the other language', () => {
    // The Arabic page has the name without the ل: the glossary, naming the entry in the query,
    // confirms that ل + ماكرون is a reading of it.
    const lookup = indexOf({ ar: 'قال ماكرون', en: 'Macron said' });
    const entryPages = new Map([
      ['ar', { lang: 'ar' as const, count: 1 }],
      ['en', { lang: 'en' as const, count: 1 }],
    ]);
    const found = rankPages(
      parseQuery('لماكرون'),
      { pages: (key) => (key === 'عg0ع' ? entryPages : lookup.pages(key)), together: lookup.together },
      2,
      {
        spans: [{ entryId: 'emmanuel-macron', term: 'عg0ع', first: 0, last: 0 }],
      },
    );
    expect(found.map((p) => [p.id, p.direct])).toEqual([
      ['ar', true],
      ['en', false],
    ]);
  });

  test('readings rank in the order of their specificity', () => {
    expect(READING_WEIGHT.base).toBeGreaterThan(ENTRY_WEIGHT);
    expect(ENTRY_WEIGHT).toBeGreaterThan(READING_WEIGHT.other);
    expect(READING_WEIGHT.form).toBeGreaterThan(READING_WEIGHT.base);
    expect(READING_WEIGHT.base).toBeGreaterThan(READING_WEIGHT.other);
    expect(READING_WEIGHT.other).toBeGreaterThan(READING_WEIGHT.stem);
  });

  test('stems are looked up only for the words that need them', () => {
    const lookup = indexOf({ a: 'الانتخابات', b: 'انتخاب الرئيس' });
    const query = parseQuery('الانتخابات الرؤساء');
    expect(WIDEN_BELOW).toBeGreaterThanOrEqual(1);
    expect(widenedWords(query, lookup)).toEqual([1]);
    const keys = stemKeys(query, [1]);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((key) => key.includes('رؤساء'))).toBe(true);
  });
});
