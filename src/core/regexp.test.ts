import { describe, expect, test } from 'vitest';
import { escapeRegExp, spacedLiteral } from './regexp.ts';

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
