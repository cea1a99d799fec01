import { describe, expect, test } from 'vitest';
import { glossaryOf } from './glossary.ts';
import { findHits, matcherFor, mergeRanges, rangesByPiece } from './hits.ts';
import { parseQuery } from './query.ts';

describe('findHits', () => {
  test('marks the words as written, prefixes and all', () => {
    const text = 'وقد اشتكت حملة وزير الاقتصاد السابق ماكرون، وأكد الحزب التابع لماكرون';
    const hits = findHits(text, 'ar', matcherFor(parseQuery('ماكرون')));
    expect(hits.map(([a, b]) => text.slice(a, b))).toEqual(['ماكرون', 'لماكرون']);
  });

  test('marks where the text names a glossary entry the query named, in any spelling of it', () => {
    const { glossary } = glossaryOf([
      {
        id: 'emmanuel-macron',
        n: 0,
        kind: 'person',
        en: { term: 'Emmanuel Macron', aliases: ['Macron'] },
        ar: { term: 'إيمانويل ماكرون', aliases: ['ماكرون', 'ماركون'] },
      },
    ]);
    const text = 'فإن ماركون، الذي ينظر إليه';
    const hits = findHits(text, 'ar', { keys: new Set(), glossary });
    expect(hits.map(([a, b]) => text.slice(a, b))).toEqual(['ماركون']);
  });
});

describe('mergeRanges and rangesByPiece', () => {
  test('overlapping and touching ranges are joined; empty ones dropped', () => {
    expect(
      mergeRanges([
        [5, 7],
        [0, 2],
        [2, 3],
        [6, 9],
        [4, 4],
      ]),
    ).toEqual([
      [0, 3],
      [5, 9],
    ]);
  });

  test('a range across text nodes is cut at their boundaries', () => {
    expect(
      rangesByPiece(
        [3, 4, 2],
        [
          [2, 5],
          [8, 9],
        ],
      ),
    ).toEqual([[[2, 3]], [[0, 2]], [[1, 2]]]);
  });
});
