import { describe, expect, test } from 'vitest';
import { escapeRegExp, literalAlternation, spacedLiteral } from './regexp.ts';

const SPECIAL = ['.', '*', '+', '?', '^', '$', '{', '}', '(', ')', '|', '[', ']', '\\', '/'];

describe('escapeRegExp', () => {
  test('every character with a meaning in a pattern matches only itself', () => {
    for (const flags of ['', 'u', 'iu']) {
      for (const ch of SPECIAL) {
        const re = new RegExp(`^${escapeRegExp(ch)}$`, flags);
        expect(re.test(ch), `${ch} with "${flags}"`).toBe(true);
        expect(re.test('a'), `${ch} with "${flags}"`).toBe(false);
      }
    }
  });

  test('labels and names with punctuation match themselves, not what their punctuation would stand for', () => {
    for (const text of ['U.S. News', '(AP)', 'C++', 'a|b', '[1]', 'Price: $5', '2023/03/12', 'ماكرون؟', 'x{2}']) {
      const re = new RegExp(`^${escapeRegExp(text)}$`, 'u');
      expect(re.test(text), text).toBe(true);
    }
    expect(new RegExp(`^${escapeRegExp('U.S.')}$`, 'u').test('UxSx')).toBe(false);
    expect(new RegExp(`^${escapeRegExp('a|b')}$`, 'u').test('a')).toBe(false);
    expect(new RegExp(`^${escapeRegExp('C++')}$`, 'u').test('CCC+')).toBe(false);
  });

  test('leaves letters, digits, spaces and Arabic untouched', () => {
    expect(escapeRegExp('Written by 12 كتب')).toBe('Written by 12 كتب');
  });
});

describe('spacedLiteral', () => {
  test('a space matches any run of white space, a line break included, and nothing else', () => {
    const re = new RegExp(`^${spacedLiteral('Read more (video)')}$`, 'u');
    expect(re.test('Read more (video)')).toBe(true);
    expect(re.test('Read  more\n(video)')).toBe(true);
    expect(re.test('Readmore (video)')).toBe(false);
    expect(re.test('Read more video')).toBe(false);
  });
});

describe('literalAlternation', () => {
  const labels = [
    'read',
    'read more',
    'read more from',
    'related',
    'related stories',
    'U.S. news',
    'اقرأ',
    'اقرأ أيضا',
    'اقرأ المزيد',
    '(AP)',
    'C++',
    '',
  ];
  const plain = `(?:${[...new Set(labels.map(spacedLiteral))].sort((a, b) => b.length - a.length).join('|')})`;
  const factored = literalAlternation(labels.map(spacedLiteral));
  const texts = [
    ...labels,
    'read  more',
    'read more from the',
    'reading',
    'relate',
    'related stories today',
    'u.s. news',
    'UxSx news',
    'اقرأ  أيضا',
    'اقرأ المزيد من',
    'CCC+',
    'x',
  ];

  test('matches what the plain alternation matches, and the same stretch of a line', () => {
    for (const flags of ['u', 'iu']) {
      for (const text of texts) {
        const whole = (source: string) => new RegExp(`^${source}$`, flags).test(text);
        const start = (source: string) => new RegExp(`^${source}`, flags).exec(text)?.[0];
        expect(whole(factored), text).toBe(whole(plain));
        expect(start(factored), text).toBe(start(plain));
      }
    }
  });

  test('writes a shared beginning once', () => {
    expect(literalAlternation(['read', String.raw`read\s+more`, 'related'])).toBe(
      String.raw`(?:re(?:ad(?:\s+more)?|lated))`,
    );
    expect(literalAlternation(labels.map(spacedLiteral)).length).toBeLessThan(plain.length);
  });
});
