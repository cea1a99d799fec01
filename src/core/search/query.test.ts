import { describe, expect, test } from 'vitest';
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS, isSearchable, parseQuery } from './query.ts';

describe('parseQuery', () => {
  test('words with their offsets in the query and their keys', () => {
    expect(parseQuery('  لماكرون  Elections ')).toEqual({
      text: 'لماكرون  Elections',
      words: [
        {
          text: 'لماكرون',
          start: 0,
          end: 7,
          readings: [
            { key: 'لماكرون', kind: 'form' },
            { key: 'ماكرون', kind: 'other' },
            { key: 'لماكرx', kind: 'stem' },
          ],
        },
        {
          text: 'Elections',
          start: 9,
          end: 18,
          readings: [
            { key: 'election', kind: 'form' },
            { key: 'electع', kind: 'stem' },
            { key: 'electionsق', kind: 'name' },
          ],
        },
      ],
      phrase: false,
    });
  });

  test('a query of punctuation alone has no words', () => {
    expect(parseQuery(' «» — ! ').words).toEqual([]);
  });

  test('an Arabic word that is only clitic prefixes is no word to search', () => {
    expect(parseQuery('ماكرون و لوبان').words.map((w) => w.text)).toEqual(['ماكرون', 'لوبان']);
    for (const typing of ['و', 'ال', 'لل', 'فب']) expect(parseQuery(typing).words, typing).toEqual([]);
    for (const beside of ['وال', 'بال'])
      expect(
        parseQuery(`${beside} ماكرون`).words.map((w) => w.text),
        beside,
      ).toEqual(['ماكرون']);
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

describe('quoted phrases', () => {
  test.each(['"الصحة العامة"', '“public health”', '«الصحة العامة»'])('%s asks for the words together', (text) => {
    const query = parseQuery(text);
    expect(query.phrase).toBe(true);
    expect(query.words).toHaveLength(2);
  });

  test('without quotes, or with one word, it does not', () => {
    expect(parseQuery('public health').phrase).toBe(false);
    expect(parseQuery('"health"').phrase).toBe(false);
  });
});

test('a whole query that only looks like prefixes (فلل, بال) is still a word to search', () => {
  expect(parseQuery('فلل').words.map((w) => w.text)).toEqual(['فلل']);
  expect(parseQuery('ال').words).toEqual([]);
  expect(parseQuery('بال الحملة').words.map((w) => w.text)).toEqual(['الحملة']);
});
