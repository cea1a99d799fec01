import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { matchKey } from '../arabic/index.ts';
import { findHits, matcherFor } from './hits.ts';
import { memoryIndex, memoryVocabulary } from './memory-index.ts';
import { parseQuery } from './query.ts';
import { READING_WEIGHT, rankPages, searchWith } from './rank.ts';
import {
  candidatesFor,
  correctable,
  correctedQuery,
  correctionsFor,
  editBetween,
  unfoundWords,
  type VocabularyEntry,
} from './typos.ts';

interface Case {
  typed: string;
  word: string;
  edit: string;
  why?: string;
}

const cases = parse(readFileSync(join(import.meta.dirname, 'fixtures/typos.yaml'), 'utf8')) as Case[];

describe('editBetween: the one edit between what a reader typed and a word', () => {
  test.each(cases.map((c) => [`${c.typed} → ${c.word}: ${c.edit}`, c] as const))('%s', (_, c) => {
    expect(editBetween(matchKey(c.typed), matchKey(c.word)) ?? 'none', c.why).toBe(c.edit);
  });
});

describe('which words are corrected', () => {
  test('English words under four letters are not, Arabic words of three are; numbers never', () => {
    expect(correctable('teh')).toBe(false);
    expect(correctable('thee')).toBe(true);
    expect(correctable('ضحم')).toBe(true);
    expect(correctable('حم')).toBe(false);
    expect(correctable('2021')).toBe(false);
  });
});

describe('candidatesFor', () => {
  const vocabulary: VocabularyEntry[] = [
    ['ضخم', 2],
    ['صحم', 1],
    ['ضحك', 5],
    ['ماكرون', 9],
    ['vaccine', 12],
    ['vaccines', 3],
  ];

  test('the words within one edit, likeliest edit first, then the commoner word', () => {
    expect(candidatesFor('ضحم', vocabulary).map((c) => [c.key, c.edit])).toEqual([
      ['ضخم', 'dots'],
      ['صحم', 'dots'],
    ]);
    expect(candidatesFor('vacine', vocabulary).map((c) => c.key)).toEqual(['vaccine']);
  });

  test('nothing for a word too short to guess at', () => {
    expect(candidatesFor('vac', [['vacc', 1]])).toEqual([]);
  });
});

describe('correcting a query against an index', () => {
  const pages = [
    { id: 'big', lang: 'ar' as const, text: 'مشروع ضخم في المدينة' },
    { id: 'macron', lang: 'ar' as const, text: 'قال الرئيس ماكرون إن الانتخابات مهمة' },
    { id: 'vaccine', lang: 'en' as const, text: 'The vaccines were approved' },
  ];
  const index = memoryIndex(pages);
  const lookupVocabulary = memoryVocabulary(pages);

  /** The pages a query finds after correction, and the query as the reader is told it was searched. */
  const corrected = (input: string) => {
    const query = parseQuery(input);
    const first = searchWith(query, index, pages.length);
    if (first.pages.length > 0) return { ids: first.pages.map((p) => p.id), text: undefined };
    const corrections = correctionsFor(query, unfoundWords(query, index, [], first.widened), lookupVocabulary);
    const fixed = correctedQuery(query, corrections);
    const { pages: found, widened } = searchWith(fixed, index, pages.length);
    const hits = found.flatMap((p) =>
      findHits(pages.find((x) => x.id === p.id)!.text, p.lang, matcherFor(fixed, undefined, widened)),
    );
    return { ids: found.map((p) => p.id), text: fixed.text, hits: hits.length };
  };

  test('a misspelled word finds the document of the word meant, and the reader is told the correction', () => {
    expect(corrected('ضحم')).toEqual({ ids: ['big'], text: 'ضخم', hits: 1 });
    expect(corrected('ماركون')).toEqual({ ids: ['macron'], text: 'ماكرون', hits: 1 });
    expect(corrected('Vacines')).toEqual({ ids: ['vaccine'], text: 'Vaccines', hits: 1 });
  });

  test('proclitics typed stay in the correction shown', () => {
    expect(corrected('والانتخبات').text).toBe('والانتخابات');
  });

  test('a word of several is corrected, the others kept as typed', () => {
    expect(corrected('الرئيس ماركون')).toEqual({ ids: ['macron'], text: 'الرئيس ماكرون', hits: 2 });
  });

  test('a word the index has is never corrected', () => {
    expect(corrected('ضخم')).toEqual({ ids: ['big'], text: undefined });
    const query = parseQuery('مشروع ضحم');
    expect(unfoundWords(query, index)).toEqual([1]);
  });

  test('the correction the reader is told of ranks as the word typed right; the other candidates after it', () => {
    const pages = [
      { id: 'big', lang: 'ar' as const, text: 'مشروع ضخم في المدينة' },
      { id: 'big-too', lang: 'ar' as const, text: 'بناء ضخم في الحي' },
      { id: 'other', lang: 'ar' as const, text: 'صحم في المدينة' },
    ];
    const index = memoryIndex(pages);
    const query = parseQuery('في ضحم');
    const fixed = correctedQuery(query, correctionsFor(query, [1], memoryVocabulary(pages)));
    expect(fixed.text).toBe('في ضخم');
    const found = rankPages(fixed, index, pages.length);
    const typedRight = rankPages(parseQuery('في ضخم'), index, pages.length);
    const order = (list: typeof found) => list.map((p) => [p.id, p.specificity, p.direct, p.spelling]);
    expect(typedRight).toHaveLength(2);
    expect(order(found)).toEqual([...order(typedRight), ['other', READING_WEIGHT.typo, true, false]]);
  });
});
