/**
 * Words of mixed Arabic–Latin text, with their offsets in the original and their comparison keys.
 */
import { hasArabic, isArabicCodePoint, matchKey } from './normalize.ts';

/** One word of a text. */
export interface Token {
  /** The word as written (original characters, marks and all). */
  text: string;
  /** UTF-16 offset of the word's first character in the original text. */
  start: number;
  /** UTF-16 offset just after the word's last character (marks on it included). */
  end: number;
  /** `matchKey(text)`: the form two spellings of the same word share. */
  key: string;
  /** True when the word is in Arabic script (it may then carry clitic prefixes). */
  arabic: boolean;
}

/**
 * A run of letters, marks and digits; invisible format characters (ZWNJ, ZWJ, bidi marks, soft
 * hyphen) are part of a word when they stand inside it. Apostrophes and hyphens are not: the
 * possessive in "Macron’s" and the hyphen in "Macron-led" end the word "Macron".
 */
const WORD = /[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}\p{Cf}]*[\p{L}\p{M}\p{N}])?/gu;

/** Whether a code point is a letter of some script (not a mark, digit or control). */
const LETTER = /\p{L}/u;

/**
 * Where a run of word characters changes between Arabic and another script: Arabic writes
 * prefixes straight onto embedded Latin names (وPastebin, لـEMLEAKS), and the name is still a word
 * of its own. Marks and digits belong to the letters before them.
 */
function scriptBreaks(run: string): number[] {
  const breaks: number[] = [];
  if (!hasArabic(run)) return breaks;
  let previous: boolean | undefined;
  for (let i = 0; i < run.length; ) {
    const cp = run.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    // Tatweel (U+0640) counts as Arabic; other letters by their block; marks and digits follow.
    const arabic = isArabicCodePoint(cp);
    if (arabic || isLetter(cp)) {
      if (previous !== undefined && previous !== arabic) breaks.push(i);
      previous = arabic;
    }
    i += width;
  }
  return breaks;
}

function isLetter(cp: number): boolean {
  if (cp < 0x80) return (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a;
  return LETTER.test(String.fromCodePoint(cp));
}

function makeToken(source: string, start: number, end: number): Token | undefined {
  const text = source.slice(start, end);
  const key = matchKey(text);
  // A "word" of tatweel or stray marks alone has nothing to compare.
  if (key === '') return undefined;
  return { text, start, end, key, arabic: hasArabic(key) };
}

/**
 * The words of `text`, in order, with their offsets in `text` and comparison keys. Runs of letters,
 * marks and digits are words; a run that switches between Arabic and another script is split
 * there. Cost is linear in the length of the text.
 *
 * @example tokenize('وPastebin’s') → [{ text: 'و', … }, { text: 'Pastebin', key: 'pastebin', … }, { text: 's', … }]
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const run = match[0];
    const runStart = match.index;
    let from = 0;
    for (const at of scriptBreaks(run)) {
      const token = makeToken(text, runStart + from, runStart + at);
      if (token) tokens.push(token);
      from = at;
    }
    const token = makeToken(text, runStart + from, runStart + run.length);
    if (token) tokens.push(token);
  }
  return tokens;
}
