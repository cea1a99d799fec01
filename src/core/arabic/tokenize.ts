/**
 * Words of mixed Arabic–Latin text, with their offsets in the original and their comparison keys.
 */
import { isArabicCodePoint, matchKey } from './normalize.ts';

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

/** What a code point is to the tokenizer. */
const OTHER = 1;
/** A letter in the Arabic blocks (tatweel included). */
const ARABIC_LETTER = 2;
/** A letter of any other script. */
const LETTER = 3;
/** A mark or digit: part of a word, of whichever script the letters before it are. */
const MARK_OR_DIGIT = 4;
/** An invisible format character (ZWNJ, ZWJ, bidi marks, soft hyphen): part of a word only inside it. */
const FORMAT = 5;

const WORD_PART = /[\p{M}\p{N}]/u;
const ANY_LETTER = /\p{L}/u;
const FORMAT_CHARACTER = /\p{Cf}/u;

/** Classes of the BMP, filled in as code points are first seen (0 = not yet known). */
const classes = new Uint8Array(0x10000);

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (ANY_LETTER.test(ch)) return isArabicCodePoint(cp) ? ARABIC_LETTER : LETTER;
  if (WORD_PART.test(ch)) return MARK_OR_DIGIT;
  return FORMAT_CHARACTER.test(ch) ? FORMAT : OTHER;
}

function classOf(cp: number): number {
  if (cp < 0x80) {
    if ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a) return LETTER;
    return cp >= 0x30 && cp <= 0x39 ? MARK_OR_DIGIT : OTHER;
  }
  if (cp > 0xffff) return classify(cp);
  let known = classes[cp];
  if (known === 0) {
    known = classify(cp);
    classes[cp] = known;
  }
  return known;
}

function pushToken(tokens: Token[], source: string, start: number, end: number, arabic: boolean): void {
  const text = source.slice(start, end);
  const key = matchKey(text);
  // A "word" of tatweel or stray marks alone has nothing to compare.
  if (key !== '') tokens.push({ text, start, end, key, arabic });
}

/**
 * The words of `text`, in order, with their offsets in `text` and comparison keys. A word is a run
 * of letters, marks and digits, with invisible format characters (ZWNJ, ZWJ, bidi marks, soft
 * hyphen) allowed inside it. Apostrophes and hyphens end a word: the possessive in "Macron’s" and
 * the hyphen in "Macron-led" leave the word "Macron". A run that switches between Arabic and another
 * script is split there, because Arabic writes prefixes straight onto embedded Latin names
 * (وPastebin, لـEMLEAKS) and the name is still a word of its own. One pass over the text.
 *
 * @example tokenize('وPastebin’s') → [{ text: 'و', … }, { text: 'Pastebin', key: 'pastebin', … }, { text: 's', … }]
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const cp = text.codePointAt(i) ?? 0;
    const cls = classOf(cp);
    if (cls === OTHER || cls === FORMAT) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    let start = i;
    // 0 while the word has had no letter yet (digits, marks); then the script of its letters.
    let script = cls === MARK_OR_DIGIT ? 0 : cls;
    let wordEnd = i + (cp > 0xffff ? 2 : 1);
    let j = wordEnd;
    while (j < length) {
      const next = text.codePointAt(j) ?? 0;
      const width = next > 0xffff ? 2 : 1;
      const nextClass = classOf(next);
      if (nextClass === OTHER) break;
      if (nextClass !== FORMAT) {
        if (nextClass !== MARK_OR_DIGIT) {
          if (script !== 0 && nextClass !== script) {
            pushToken(tokens, text, start, wordEnd, script === ARABIC_LETTER);
            start = j;
          }
          script = nextClass;
        }
        wordEnd = j + width;
      }
      j += width;
    }
    pushToken(tokens, text, start, wordEnd, script === ARABIC_LETTER);
    i = wordEnd;
  }
  return tokens;
}
