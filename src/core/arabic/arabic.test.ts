import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  cliticVariants,
  foldLine,
  foldPatternSource,
  matchKey,
  matchKeyWithOffsets,
  normalizeArabic,
  normalizeArabicWithOffsets,
  originalRange,
  stripClitics,
  tokenize,
} from './index.ts';
import { parallelDocuments } from '../../../tests/helpers/parallel.ts';
import { arabicProseChecks } from './testing.ts';

interface Cases {
  normalize: [string, string, string][];
  matchKey: [string, string, string][];
  foldLine: [string, string, string][];
  tokenize: { text: string; words: string[] }[];
  clitics: { word: string; stems: string[]; not?: string[] }[];
  strip: [string, string][];
}

const cases = parse(readFileSync(new URL('./cases.yaml', import.meta.url), 'utf8')) as Cases;

describe('normalizeArabic', () => {
  test.each(cases.normalize)('%s → %s (%s)', (input, expected) => {
    expect(normalizeArabic(input)).toBe(expected);
  });

  test('is idempotent', () => {
    for (const [input] of cases.normalize) expect(normalizeArabic(normalizeArabic(input))).toBe(normalizeArabic(input));
  });
});

describe('matchKey', () => {
  test.each(cases.matchKey)('%s → %s (%s)', (input, expected) => {
    expect(matchKey(input)).toBe(expected);
  });
});

describe('foldLine', () => {
  test.each(cases.foldLine)('%s → %s (%s)', (input, expected) => {
    expect(foldLine(input).text).toBe(expected);
  });

  test('folds Arabic letters exactly as normalizeArabic does, so cleaning and matching agree', () => {
    const words = ['أَحْمَد', 'إسرائيل', 'آمال', 'ٱلله', 'مصطفى', 'فاطمة', 'کتاب', 'یوسف', 'ھذا', 'ﺍﻟﻜﺮﻣﻠﻴﻦ', 'سلامٌ'];
    for (const word of words) expect(foldLine(word).text, word).toBe(normalizeArabic(word));
  });
});

describe('foldPatternSource', () => {
  test('folds the letters and punctuation of a pattern, never its syntax', () => {
    expect(foldPatternSource('^اقرأ (المزيد|أيضاً)…$')).toBe('^اقرا (المزيد|ايضا)\\.\\.\\.$');
    expect(foldPatternSource('[’“]\\s+—')).toBe('[\'"]\\s+-');
  });
});

describe('tokenize', () => {
  test.each(cases.tokenize)('$text', ({ text, words }) => {
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(words);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });
});

describe('cliticVariants', () => {
  // "كرملين+" names a reading with the article taken off.
  const readings = (word: string) => cliticVariants(word).map((v) => (v.article ? `${v.stem}+` : v.stem));
  test.each(cases.clitics)('$word', ({ word, stems, not = [] }) => {
    const found = readings(word);
    for (const stem of stems) expect(found, `${word} should read as ${stem}`).toContain(stem);
    for (const stem of not) expect(found, `${word} must not read as ${stem}`).not.toContain(stem);
  });

  test('the word itself is the first reading', () => {
    for (const { word } of cases.clitics)
      expect(cliticVariants(word)[0]).toEqual({ stem: word, prefix: '', article: false });
  });
});

describe('stripClitics', () => {
  test.each(cases.strip)('%s → %s', (word, stem) => {
    expect(stripClitics(word)).toBe(stem);
  });
});

describe('offset maps', () => {
  const arabicText = fc
    .array(
      fc.constantFrom(
        'م',
        'ا',
        'ك',
        'ر',
        'و',
        'ن',
        ' ',
        '  ',
        '\t',
        '—',
        'أ',
        'ى',
        'ة',
        '\u064E',
        '\u0651',
        '\u0640',
        '\uFEFB',
        '٣',
        'A',
        'é',
        '\u200C',
        'ﷲ',
      ),
      { maxLength: 40 },
    )
    .map((chars) => chars.join(''));

  test('every normalised character maps to an increasing offset in the original', () => {
    fc.assert(
      fc.property(arabicText, (text) => {
        for (const normalized of [normalizeArabicWithOffsets(text), matchKeyWithOffsets(text), foldLine(text)]) {
          expect(normalized.offsets).toHaveLength(normalized.text.length + 1);
          expect(normalized.offsets.at(-1)).toBe(text.length);
          for (let i = 1; i < normalized.offsets.length; i++) {
            expect(normalized.offsets[i]).toBeGreaterThanOrEqual(normalized.offsets[i - 1]);
          }
        }
      }),
    );
  });

  // A word found in the folded text maps back to that word in the original, marks on its last letter included.
  test.each([
    [
      'normalizeArabicWithOffsets',
      normalizeArabicWithOffsets,
      'قال إِيمَانُويلُ ماكـــرون إنّ',
      'ايمانويل ماكرون',
      'إِيمَانُويلُ ماكـــرون',
    ],
    ['foldLine', foldLine, 'قال ماكـرونُ: لا', 'ماكرون', 'ماكـرونُ'],
  ] as const)('%s: a word found maps back to the word as written', (_name, fold, original, word, written) => {
    const folded = fold(original);
    const at = folded.text.indexOf(word);
    const [start, end] = originalRange(folded, at, at + word.length);
    expect(original.slice(start, end)).toBe(written);
  });

  test('normalising the original slice gives the normalised slice', () => {
    fc.assert(
      fc.property(arabicText, fc.nat(), fc.nat(), (text, a, b) => {
        const normalized = normalizeArabicWithOffsets(text);
        // Slices may start and end where an original character starts, not inside the expansion
        // of one (ﻻ gives two letters from one character).
        const { offsets } = normalized;
        const boundaries = offsets.map((_, i) => i).filter((i) => i === 0 || offsets[i] !== offsets[i - 1]);
        const [from, to] = [a, b].map((n) => boundaries[n % boundaries.length]).sort((x, y) => x - y);
        const [start, end] = originalRange(normalized, from, to);
        expect(normalizeArabic(text.slice(start, end))).toBe(normalized.text.slice(from, to));
      }),
    );
  });
});

describe('on real Arabic prose (the parallel fixture; TICO-19 in arabic.corpus.test.ts)', () => {
  arabicProseChecks(parallelDocuments().flatMap((d) => d.units.map((u) => u.ar)));
});
