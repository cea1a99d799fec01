import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { Lang } from '../types.ts';
import { splitSentences } from './split.ts';

interface Cases {
  cases: { name: string; lang: Lang; text: string; sentences: string[] }[];
}

const { cases } = parse(readFileSync(new URL('./fixtures/sentences.yaml', import.meta.url), 'utf8')) as Cases;

/** What every split must satisfy: sentences in order, trimmed, and together all the text but white space. */
function expectWellFormed(text: string, lang: Lang): void {
  const sentences = splitSentences(text, lang);
  let previousEnd = 0;
  for (const sentence of sentences) {
    expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
    expect(sentence.end).toBeGreaterThan(sentence.start);
    expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(sentence.text).toBe(sentence.text.trim());
    expect(text.slice(previousEnd, sentence.start).trim()).toBe('');
    previousEnd = sentence.end;
  }
  expect(text.slice(previousEnd).trim()).toBe('');
}

describe('splitSentences', () => {
  test.each(cases)('$lang: $name', ({ text, lang, sentences }) => {
    expect(splitSentences(text, lang).map((s) => s.text)).toEqual(sentences);
    expectWellFormed(text, lang);
  });

  test('covers the whole text, in order, whatever the text', () => {
    const pieces = [
      '.',
      '. ',
      '?',
      '؟ ',
      '؛',
      '!',
      '…',
      '...',
      ' ',
      '\u200F',
      '»',
      '«',
      '"',
      ')',
      '(',
      'Mr',
      'U.S',
      'J',
      'a',
      'The',
      'قال',
      'د',
      'م',
      '3',
      '٣٫٥',
      '،',
      '\n',
      '😀',
      'e.g',
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        fc.oneof(text, fc.string({ unit: 'grapheme', maxLength: 60 })),
        fc.constantFrom<Lang>('ar', 'en'),
        (t, lang) => expectWellFormed(t, lang),
      ),
    );
  });

  test('splits a long paragraph and a long run of stops (linear, no backtracking)', () => {
    const long = 'وقال المتحدث إن الوضع مستقر. '.repeat(20_000);
    expect(splitSentences(long, 'ar')).toHaveLength(20_000);
    const dots = '.'.repeat(200_000);
    expect(splitSentences(dots, 'en')).toEqual([{ text: dots, start: 0, end: dots.length }]);
    const words = 'a. '.repeat(50_000);
    expectWellFormed(words, 'en');
  });
});
