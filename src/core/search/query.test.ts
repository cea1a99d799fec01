import { describe, expect, test } from 'vitest';
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS, MAX_VARIANTS, READING_WEIGHT, isSearchable, parseQuery, searchVariants } from './query.ts';

describe('parseQuery', () => {
  test('words with their offsets in the query and their keys', () => {
    expect(parseQuery('  لماكرون  Elections ')).toEqual({
      text: 'لماكرون  Elections',
      words: [
        { text: 'لماكرون', start: 0, end: 7, keys: ['لماكر', 'ماكر'] },
        { text: 'Elections', start: 9, end: 18, keys: ['elect'] },
      ],
    });
  });

  test('a query of punctuation alone has no words', () => {
    expect(parseQuery(' «» — ! ').words).toEqual([]);
  });

  test('an Arabic word that is only clitic prefixes is no word to search', () => {
    expect(parseQuery('ماكرون و لوبان').words.map((w) => w.text)).toEqual(['ماكرون', 'لوبان']);
    for (const typing of ['و', 'ال', 'لل', 'فب']) expect(parseQuery(typing).words, typing).toEqual([]);
    for (const beside of ['وال', 'بال']) expect(parseQuery(`${beside} ماكرون`).words.map((w) => w.text), beside).toEqual(['ماكرون']);
  });

  test('a query is searched from two characters on', () => {
    expect(isSearchable(parseQuery('a'))).toBe(false);
    expect(isSearchable(parseQuery('ال'))).toBe(false);
    expect(isSearchable(parseQuery('EU'))).toBe(true);
    expect(isSearchable(parseQuery('من'))).toBe(true);
  });

  test('a pasted document is cut to a query’s size', () => {
    const query = parseQuery('word '.repeat(1000));
    expect(query.text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(query.words).toHaveLength(MAX_QUERY_WORDS);
  });
});

describe('searchVariants', () => {
  test('the main keys first, then each second reading at a lower weight', () => {
    expect(searchVariants(parseQuery('لماكرون والانتخابات'))).toEqual([
      { terms: ['لماكر', 'انتخاب'], weight: 1, entries: [] },
      { terms: ['ماكر', 'انتخاب'], weight: READING_WEIGHT, entries: [] },
    ]);
  });

  test('a run of words that names a glossary entry is also searched as the entry', () => {
    const query = parseQuery('Marine Le Pen campaign');
    const variants = searchVariants(query, [{ entryId: 'marine-le-pen', term: 'عg3ع', first: 0, last: 2 }]);
    expect(variants).toEqual([
      { terms: ['marin', 'le', 'pen', 'campaign'], weight: 1, entries: [] },
      { terms: ['عg3ع', 'campaign'], weight: 1, entries: ['marine-le-pen'] },
    ]);
  });

  test('no more than MAX_VARIANTS searches, the heaviest', () => {
    const query = parseQuery('لماكرون لماكرون لماكرون لماكرون لماكرون');
    const variants = searchVariants(query);
    expect(variants).toHaveLength(MAX_VARIANTS);
    expect(variants[0].weight).toBe(1);
    expect(variants.every((v, i) => i === 0 || v.weight <= variants[i - 1].weight)).toBe(true);
  });

  test('an empty query needs no search', () => {
    expect(searchVariants(parseQuery(''))).toEqual([]);
  });
});

test('a whole query that only looks like prefixes (فلل, بال) is still a word to search', () => {
  expect(parseQuery('فلل').words.map((w) => w.text)).toEqual(['فلل']);
  expect(parseQuery('ال').words).toEqual([]);
  expect(parseQuery('بال الحملة').words.map((w) => w.text)).toEqual(['الحملة']);
});
