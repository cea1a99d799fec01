import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { hasArabic, tokenize } from '../arabic/index.ts';
import { findHits, matcherFor } from './hits.ts';
import { entryTerm, indexKeys, indexText, isWordKey, keyedWords, wordKeys } from './keys.ts';
import { memoryIndex } from './memory-index.ts';
import { parseQuery } from './query.ts';
import { searchWith } from './rank.ts';

/** Whether searching `query` over `text` (a one-page index, as the browser searches) finds it, and marks a hit. */
const finds = (query: string, text: string) => {
  const lang = hasArabic(text) ? 'ar' : 'en';
  const parsed = parseQuery(query);
  const { pages, widened } = searchWith(parsed, memoryIndex([{ id: 'page', lang, text }]), 1);
  return pages.length > 0 && findHits(text, lang, matcherFor(parsed, undefined, widened)).length > 0;
};

const keysOf = (word: string) => wordKeys(tokenize(word)[0]).map((r) => `${r.kind}:${r.key}`);

describe('wordKeys', () => {
  test('the form, then the base without sure proclitics, then other readings, then the light stem', () => {
    expect(keysOf('لماكرون')).toEqual(['form:لماكرون', 'other:ماكرون', 'stem:لماكرx']);
    expect(keysOf('وماكرون')).toEqual(['form:وماكرون', 'base:ماكرون', 'stem:ماكرx']);
    expect(keysOf('كان')).toEqual(['form:كان', 'stem:كانx']);
  });

  test('a word with the article written out is keyed by its base only: every page word of that form has it', () => {
    expect(keysOf('والانتخابات')).toEqual(['base:انتخابات', 'stem:انتخابx']);
    expect(keysOf('الإنتخابات')).toEqual(['base:انتخابات', 'stem:انتخابx']);
    expect(keysOf('للكرملين')[0]).toBe('form:للكرملين');
  });

  test('English words: the inflectional stem, then Porter2, after case and accents are folded', () => {
    expect(keysOf('Elections')).toEqual(['form:election', 'stem:electع']);
    expect(keysOf('ÉLYSÉE')).toEqual(keysOf('elysee'));
    expect(keysOf('2017')).toEqual(['form:2017', 'stem:2017ع']);
  });

  test('no key is a single letter or a two-letter proclitic', () => {
    for (const word of ['a', 'و', 'ب', 'ال', 'لل', 'وب']) expect(keysOf(word), word).toEqual([]);
    expect(isWordKey('من')).toBe(true);
    expect(isWordKey('5')).toBe(true);
  });
});

describe('keyedWords and indexText', () => {
  test('an English ending after an apostrophe is no word of its own', () => {
    expect(keyedWords('Macron’s campaign').map((w) => w.token.text)).toEqual(['Macron', 'campaign']);
    expect(indexText("France's president")).toBe('franc president.presidع');
  });

  test('single letters and bare proclitics (بـ before a number, الـ before a foreign word) are no words', () => {
    expect(indexText('a s بـ 2020 الـCOVID')).toBe('2020 covid');
    expect(keyedWords('لا يخطر على بال أحد').map((w) => w.token.text)).toContain('بال');
  });

  test('each word is its keys joined, a stem that is one of them only once', () => {
    expect(indexText('التابع لماكرون')).toBe('تابع لماكرون.ماكرون.لماكرx');
    expect(indexKeys(wordKeys(tokenize('صحة')[0]))).toEqual(['صحه']);
  });
});

/** Arabic letters as `normalizeArabic` leaves them. */
const LETTERS = [...'بتثجحخدذرزسشصضطظعغفقكلمنهوي'];
const stem = fc
  .array(fc.constantFrom(...LETTERS, 'ا'), { minLength: 3, maxLength: 7 })
  .map((letters) => letters.join(''))
  // A stem that starts with the article is the article's case, tested by the fixtures.
  .filter((s) => !s.startsWith('ال') && !s.startsWith('ا'));
/** Clitic prefixes in their fixed order: (و|ف)? (ب|ك|ل)? (ال)?, with ل + ال written لل. */
const prefixed = fc
  .record({
    conj: fc.constantFrom('', 'و', 'ف'),
    prep: fc.constantFrom('', 'ب', 'ك', 'ل'),
    article: fc.boolean(),
    stem,
  })
  .map(({ conj, prep, article, stem }) => ({
    stem,
    word: conj + (prep === 'ل' && article ? 'لل' : prep + (article ? 'ال' : '')) + stem,
  }));

describe('clitic prefixes never hide a match', () => {
  test('a query for a word finds it with any prefixes', () => {
    fc.assert(
      fc.property(prefixed, ({ stem, word }) => finds(stem, word)),
      { numRuns: 2000 },
    );
  });

  test('a query with prefixes finds the word without them', () => {
    fc.assert(
      fc.property(prefixed, ({ stem, word }) => finds(word, stem)),
      { numRuns: 2000 },
    );
  });
});

describe('entryTerm', () => {
  test('no word of any text has a key that begins an entry term, or that an entry term begins', () => {
    const terms = Array.from({ length: 50 }, (_, n) => entryTerm(n * 997));
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom(...LETTERS, 'g', 'ع', '0', '1', 'a', ' ', '‌'),
        fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'),
      ),
      maxLength: 40,
    });
    fc.assert(
      fc.property(text, (t) =>
        keyedWords(t).every(({ readings }) =>
          readings.every(({ key }) => terms.every((term) => !term.startsWith(key) && !key.startsWith(term))),
        ),
      ),
    );
  });

  test('no entry term begins another', () => {
    const terms = Array.from({ length: 2000 }, (_, n) => entryTerm(n));
    const sorted = [...terms].sort();
    for (let i = 1; i < sorted.length; i++) expect(sorted[i].startsWith(sorted[i - 1])).toBe(false);
  });
});
