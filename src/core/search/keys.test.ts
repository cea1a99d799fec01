import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { hasArabic, tokenize } from '../arabic/index.ts';
import { findHits, matcherFor } from './hits.ts';
import { entryTerm, indexText, keyedWords, wordKeys } from './keys.ts';
import { parseQuery } from './query.ts';

const keysOf = (word: string) => wordKeys(tokenize(word)[0]);
const finds = (query: string, text: string) => findHits(text, hasArabic(text) ? 'ar' : 'en', matcherFor(parseQuery(query))).length > 0;

describe('wordKeys', () => {
  test('a lone preposition is a second reading; sure clitics and suffixes come off the main key', () => {
    expect(keysOf('لماكرون')).toEqual(['لماكر', 'ماكر']);
    expect(keysOf('والانتخابات')).toEqual(['انتخاب']);
    expect(keysOf('الإنتخابات')).toEqual(['انتخاب']);
    expect(keysOf('كان')).toEqual(['كان']);
  });

  test('English words get their Porter2 stem, after case and accents are folded', () => {
    expect(keysOf('Elections')).toEqual(['elect']);
    expect(keysOf('ÉLYSÉE')).toEqual(keysOf('elysee'));
    expect(keysOf('2017')).toEqual(['2017']);
  });
});

describe('keyedWords and indexText', () => {
  test('an English ending after an apostrophe is no word of its own', () => {
    expect(keyedWords('Macron’s campaign').map((w) => w.token.text)).toEqual(['Macron', 'campaign']);
    expect(indexText("France's president")).toBe('franc presid');
  });

  test('a single letter on its own is still a word', () => {
    expect(indexText('a s')).toBe('a s');
  });

  test('every reading of an Arabic word is indexed, in the order of the words', () => {
    expect(indexText('التابع لماكرون')).toBe('تابع لماكر ماكر');
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
  .record({ conj: fc.constantFrom('', 'و', 'ف'), prep: fc.constantFrom('', 'ب', 'ك', 'ل'), article: fc.boolean(), stem })
  .map(({ conj, prep, article, stem }) => ({ stem, word: conj + (prep === 'ل' && article ? 'لل' : prep + (article ? 'ال' : '')) + stem }));

describe('clitic prefixes never hide a match', () => {
  test('a query for a word finds it with any prefixes', () => {
    fc.assert(fc.property(prefixed, ({ stem, word }) => finds(stem, word)), { numRuns: 2000 });
  });

  test('a query with prefixes finds the word without them', () => {
    fc.assert(fc.property(prefixed, ({ stem, word }) => finds(word, stem)), { numRuns: 2000 });
  });
});

describe('entryTerm', () => {
  test('no word of any text has a key that begins an entry term, or that an entry term begins', () => {
    const terms = Array.from({ length: 50 }, (_, n) => entryTerm(n * 997));
    const text = fc.string({ unit: fc.oneof(fc.constantFrom(...LETTERS, 'g', 'ع', '0', '1', 'a', ' ', '‌'), fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789')), maxLength: 40 });
    fc.assert(
      fc.property(text, (t) =>
        keyedWords(t).every(({ keys }) => keys.every((key) => terms.every((term) => !term.startsWith(key) || key.length < 2) && terms.every((term) => !key.startsWith(term)))),
      ),
    );
  });

  test('no entry term begins another', () => {
    const terms = Array.from({ length: 2000 }, (_, n) => entryTerm(n));
    const sorted = [...terms].sort();
    for (let i = 1; i < sorted.length; i++) expect(sorted[i].startsWith(sorted[i - 1])).toBe(false);
  });
});
