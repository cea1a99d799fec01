/**
 * Folding: the form of a line that cleaning compares and matches, so that a pattern or an earlier
 * copy is found whatever the typing habits of the page it came from (case, Arabic diacritics and
 * letter variants, typographic quotes and dashes, compatibility forms, digit shapes).
 */

/** A folded string with, for each of its UTF-16 units, the index in the original it came from. */
export interface Folded {
  text: string;
  /** `map[i]` is the index in the original string of the character folded into `text[i]`. */
  map: number[];
}

/**
 * Arabic marks dropped by folding: harakat, superscript alef, Quranic annotation signs and tatweel.
 * Pages differ in how fully they vocalise; none of these changes which word is written.
 */
const ARABIC_MARK = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/u;

/** Invisible format characters (zero-width spaces and joiners, bidi controls, BOM). */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u061C]/u;

/**
 * Letters and signs that writers use interchangeably, mapped to one representative.
 * Every key and value is a single character outside the syntax of regular expressions, so the same
 * table can fold pattern sources (see `foldPatternSource`).
 */
const SAME: Record<string, string> = {
  // Hamza seats on alef, madda and wasla are often typed as a bare alef.
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  // Final yaa is often typed as alef maqsura and the reverse; taa marbuta as haa.
  'ى': 'ي', 'ة': 'ه',
  // Persian keyboards give kaf and yaa their Persian shapes in Arabic text.
  'ک': 'ك', 'ی': 'ي',
  '،': ',', '؛': ';', '؟': '?', '٪': '%',
  '‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", '`': "'", '´': "'",
  '“': '"', '”': '"', '„': '"', '‟': '"', '″': '"', '«': '"', '»': '"', '‹': "'", '›': "'",
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-', '⸺': '-', '⸻': '-',
};
for (let digit = 0; digit < 10; digit++) {
  SAME[String.fromCharCode(0x0660 + digit)] = String(digit);
  SAME[String.fromCharCode(0x06f0 + digit)] = String(digit);
}

/** Folds one code point (already NFKC) into zero or more characters. */
function foldChar(char: string): string {
  if (ARABIC_MARK.test(char) || INVISIBLE.test(char)) return '';
  const same = SAME[char];
  if (same !== undefined) return same;
  if (/\s/u.test(char)) return ' ';
  return char.toLowerCase();
}

/** Folded forms of code points already seen: texts use few distinct characters, and folding is hot. */
const CACHE = new Map<string, string>();
const CACHE_MAX = 20_000;

/** Folds one code point of the original text, NFKC included. */
function foldCodePoint(char: string): string {
  let folded = CACHE.get(char);
  if (folded === undefined) {
    folded = [...char.normalize('NFKC')].map(foldChar).join('');
    if (CACHE.size < CACHE_MAX) CACHE.set(char, folded);
  }
  return folded;
}

/**
 * Folds `text` for matching: NFKC, lower case, Arabic marks and invisible characters dropped,
 * variant letters and punctuation unified, whitespace runs collapsed to one space, trimmed.
 */
export function fold(text: string): Folded {
  let out = '';
  const map: number[] = [];
  let index = 0;
  for (const char of text) {
    const folded = foldCodePoint(char);
    for (const unit of folded) {
      // Collapse whitespace runs and never start with a space.
      if (unit === ' ' && (out.length === 0 || out.endsWith(' '))) continue;
      out += unit;
      for (let i = 0; i < unit.length; i++) map.push(index);
    }
    index += char.length;
  }
  if (out.endsWith(' ')) {
    out = out.slice(0, -1);
    map.pop();
  }
  return { text: out, map };
}

/**
 * The original text behind `folded.text.slice(start, end)`, including marks that folding dropped
 * after the last character (they belong to it), trimmed.
 */
export function originalSlice(original: string, folded: Folded, start: number, end: number): string {
  if (start >= end) return '';
  const from = folded.map[start] ?? original.length;
  const to = end < folded.map.length ? folded.map[end] : original.length;
  return original.slice(from, to).trim();
}

/**
 * The comparison key of a paragraph: folded, without punctuation or symbols, so that two copies of a
 * paragraph compare equal even when one page set its quotes or spacing differently.
 */
export function comparisonKey(text: string): string {
  return fold(text)
    .text.replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Folds the source of a regular expression the way `fold` folds text, so that a pattern written
 * with `أ`, `’` or `—` still matches text folded to `ا`, `'` and `-`. Only single characters that
 * are never regex syntax are touched; case is left to the `i` flag.
 */
export function foldPatternSource(source: string): string {
  let out = '';
  for (const char of source) {
    if (ARABIC_MARK.test(char) || INVISIBLE.test(char)) continue;
    // NFKC would turn an ellipsis into three dots, which in a pattern means three wildcards.
    if (char === '…') out += '\\.\\.\\.';
    else out += SAME[char] ?? char;
  }
  return out;
}

/** Escapes `text` for use as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
