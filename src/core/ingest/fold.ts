/**
 * Folding: the form of a line that cleaning compares and matches, so that a pattern or an earlier
 * copy is found whatever the typing habits of the page it came from (case, Arabic diacritics and
 * letter variants, typographic quotes and dashes, compatibility forms, digit shapes).
 */
import { normalizeArabic } from '../arabic/index.ts';

/** A folded string with, for each of its UTF-16 units, the index in the original it came from. */
export interface Folded {
  text: string;
  /** `map[i]` is the index in the original string of the character folded into `text[i]`. */
  map: number[];
}

/**
 * Punctuation that writers use interchangeably, mapped to one representative. Arabic letters,
 * marks and digits are folded by the Arabic core (`normalizeArabic`), the same way glossary
 * matching and search fold them. Every key and value is a single character outside the syntax of
 * regular expressions, so the same table can fold pattern sources (see `foldPatternSource`).
 */
const SAME: Record<string, string> = {
  '،': ',', '؛': ';', '؟': '?', '٪': '%',
  '‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", '`': "'", '´': "'",
  '“': '"', '”': '"', '„': '"', '‟': '"', '″': '"', '«': '"', '»': '"', '‹': "'", '›': "'",
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-', '⸺': '-', '⸻': '-',
};

/** Folds one character that Arabic folding and NFKC have already been through. */
function foldChar(char: string): string {
  const same = SAME[char];
  if (same !== undefined) return same;
  if (/\s/u.test(char)) return ' ';
  return char.toLowerCase();
}

/**
 * Folds one code point of the original text: Arabic first (its presentation forms expand without
 * the stray space NFKC gives their isolated harakat), then NFKC for every other script.
 */
const foldCodePoint = (char: string) => [...normalizeArabic(char).normalize('NFKC')].map(foldChar).join('');

/**
 * Folded forms of the Basic Multilingual Plane, filled as characters are met: folding runs over
 * every line of every source, and texts use few distinct characters.
 */
const BMP: (string | undefined)[] = new Array(0x10000);

/**
 * Folds `text` for matching: NFKC, lower case, Arabic marks and invisible characters dropped,
 * variant letters and punctuation unified, whitespace runs collapsed to one space, trimmed.
 */
export function fold(text: string): Folded {
  const map: number[] = [];
  return { text: foldInto(text, map), map };
}

/** `fold(text).text`, without the index map (which costs more than the folding itself). */
export function foldText(text: string): string {
  return foldInto(text);
}

function foldInto(text: string, map?: number[]): string {
  let out = '';
  // True at the start and after a space, so that runs collapse and nothing starts with a space.
  let afterSpace = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let folded: string;
    const start = i;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      folded = foldCodePoint(text.slice(i, i + 2));
      i++;
    } else {
      folded = BMP[code] ??= foldCodePoint(text[i]);
    }
    for (let k = 0; k < folded.length; k++) {
      const unit = folded[k];
      if (unit === ' ') {
        if (afterSpace) continue;
        afterSpace = true;
      } else {
        afterSpace = false;
      }
      out += unit;
      map?.push(start);
    }
  }
  if (out.endsWith(' ')) {
    out = out.slice(0, -1);
    map?.pop();
  }
  return out;
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
  return keyOfFolded(fold(text).text);
}

/** Whether each BMP character is punctuation, a symbol or a space (0 until first met, then 1 or 2). */
const DROPPED = new Uint8Array(0x10000);

/** `comparisonKey` of a text already folded. */
export function keyOfFolded(folded: string): string {
  let out = '';
  let afterSpace = true;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    const dropped = (DROPPED[code] ||= /[\p{P}\p{S}\s]/u.test(folded[i]) ? 2 : 1) === 2;
    if (dropped) {
      if (!afterSpace) out += ' ';
      afterSpace = true;
    } else {
      out += folded[i];
      afterSpace = false;
    }
  }
  return afterSpace ? out.slice(0, -1) : out;
}

/**
 * Folds the source of a regular expression the way `fold` folds text, so that a pattern written
 * with `أ`, `’` or `—` still matches text folded to `ا`, `'` and `-`. Only single characters that
 * are never regex syntax are touched; case is left to the `i` flag.
 */
export function foldPatternSource(source: string): string {
  let out = '';
  for (const char of source) {
    // NFKC would turn an ellipsis into three dots, which in a pattern means three wildcards.
    if (char === '…') out += '\\.\\.\\.';
    else out += SAME[char] ?? normalizeArabic(char);
  }
  return out;
}

/** Escapes `text` for use as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
