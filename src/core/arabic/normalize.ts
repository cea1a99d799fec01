/**
 * Normalisation of Arabic (and the Latin names embedded in it) into the form that matching and
 * search compare. Writers and keyboards differ in how fully they vocalise, which hamza seat they
 * type, whether final yaa is dotted and which code points they use for the same letter; none of
 * that changes which word is written, so none of it may decide whether two words are the same.
 *
 * Three forms — `normalizeArabic` (Arabic only), `matchKey` (also case and accents, for matching
 * and search) and `foldLine` (also punctuation and spacing, for cleaning) — go through one loop
 * that works one code point at a time (with one exception, see `HAMZA_ABOVE`), so each result can
 * carry an offset map back to the original text.
 */

/** A normalised string and, for each of its UTF-16 units, where in the original it came from. */
export interface NormalizedText {
  text: string;
  /**
   * `offsets[i]` is the index in the original of the character that produced `text[i]`;
   * `offsets[text.length]` is the original's length. A dropped character (a haraka, tatweel, an
   * invisible control) belongs to the character before it, so the original range of
   * `text.slice(a, b)` is `[offsets[a], offsets[b])` and includes any marks on its last letter.
   */
  offsets: number[];
}

/** Whether a code point belongs to the Arabic script blocks (letters, marks, digits, presentation forms). */
export function isArabicCodePoint(cp: number): boolean {
  return (
    (cp >= 0x0600 && cp <= 0x06ff) ||
    (cp >= 0x0750 && cp <= 0x077f) ||
    (cp >= 0x0870 && cp <= 0x08ff) ||
    (cp >= 0xfb50 && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfefe)
  );
}

/** Whether `text` contains at least one Arabic-script letter. */
export function hasArabic(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (isArabicCodePoint(text.charCodeAt(i))) return true;
  }
  return false;
}

/**
 * Arabic marks that do not change the word: harakat (fatha, damma, kasra, tanwin, shadda, sukun),
 * hamza and madda written as marks, superscript alef (dagger alif) and Quranic annotation signs.
 */
function isArabicMark(cp: number): boolean {
  return (
    (cp >= 0x0610 && cp <= 0x061a) ||
    (cp >= 0x064b && cp <= 0x065f) ||
    cp === 0x0670 ||
    (cp >= 0x06d6 && cp <= 0x06dc) ||
    (cp >= 0x06df && cp <= 0x06e8) ||
    (cp >= 0x06ea && cp <= 0x06ed) ||
    (cp >= 0x08d3 && cp <= 0x08ff)
  );
}

/**
 * Invisible characters that may sit inside or between words without changing them: soft hyphen,
 * zero-width space and joiners, bidi marks and embeddings, word joiner, BOM, Arabic letter mark.
 */
export function isInvisible(cp: number): boolean {
  return (
    cp === 0x00ad ||
    cp === 0x061c ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    cp === 0xfeff
  );
}

/** Letters written interchangeably, mapped to the one form comparison uses. */
const ARABIC_LETTERS: ReadonlyMap<number, string> = new Map([
  // Hamza and madda seats on alef, and alef wasla, are often typed as a bare alef.
  [0x0622, 'ا'],
  [0x0623, 'ا'],
  [0x0625, 'ا'],
  [0x0671, 'ا'],
  [0x0672, 'ا'],
  [0x0673, 'ا'],
  // Final yaa is often typed undotted (alef maqsura); Persian keyboards give yaa its Persian shape.
  [0x0649, 'ي'],
  [0x06cc, 'ي'],
  // Taa marbuta is often typed (and pronounced in pause) as haa; Urdu and Kurdish heh shapes.
  [0x0629, 'ه'],
  [0x06be, 'ه'],
  [0x06c1, 'ه'],
  [0x06d5, 'ه'],
  // Persian keyboards give kaf its Persian shape; swash kaf is a calligraphic variant.
  [0x06a9, 'ك'],
  [0x06aa, 'ك'],
]);

/** The Arabic fold of one code point, with presentation forms not yet expanded. */
function foldArabicBase(cp: number): string | undefined {
  if (cp === 0x0640 || isArabicMark(cp) || isInvisible(cp)) return '';
  // Arabic-Indic (٠–٩) and extended Arabic-Indic (Persian, ۰–۹) digits.
  if (cp >= 0x0660 && cp <= 0x0669) return String.fromCharCode(0x30 + cp - 0x0660);
  if (cp >= 0x06f0 && cp <= 0x06f9) return String.fromCharCode(0x30 + cp - 0x06f0);
  return ARABIC_LETTERS.get(cp);
}

/** Whether a code point is an Arabic presentation form (contextual shapes and ligatures). */
function isPresentationForm(cp: number): boolean {
  return (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfefe);
}

/**
 * Folds `ch` (one code point) after NFKC: each resulting code point is folded by `base`. NFKC
 * writes the isolated harakat of the presentation forms (U+FE70…) as a space plus the mark; the
 * space is an artefact of the decomposition, not a word break, so it is dropped.
 */
function expandCompatibility(ch: string, base: (cp: number) => string): string {
  const expanded = ch.normalize('NFKC');
  if (expanded === ch) return base(ch.codePointAt(0) ?? 0);
  let out = '';
  for (const part of expanded) {
    const cp = part.codePointAt(0) ?? 0;
    if (cp === 0x20 && !/\s/u.test(ch)) continue;
    out += base(cp);
  }
  return out;
}

/** Folds of code points already seen, by code point; an array is the fastest lookup for the BMP. */
const arabicCache = new Array<string | undefined>(0x10000);

/** The `normalizeArabic` fold of one code point. */
function foldArabicCodePoint(cp: number): string {
  if (cp < 0x80) return String.fromCharCode(cp);
  const cached = arabicCache[cp];
  if (cached !== undefined) return cached;
  const ch = String.fromCodePoint(cp);
  const base = (c: number) => foldArabicBase(c) ?? String.fromCodePoint(c);
  const folded = isPresentationForm(cp) ? expandCompatibility(ch, base) : base(cp);
  if (cp <= 0xffff) arabicCache[cp] = folded;
  return folded;
}

/** Latin letters whose lowercase still differs from how the same word is often typed. */
const LATIN_EXTRA: ReadonlyMap<number, string> = new Map([
  [0x00df, 'ss'], // ß
  [0x1e9e, 'ss'], // ẞ
  [0x03c2, 'σ'], // final sigma
  [0x0153, 'oe'], // œ
  [0x00e6, 'ae'], // æ
  [0x0131, 'i'], // dotless i
]);

const keyCache = new Array<string | undefined>(0x10000);

/** The base fold of `matchKey` for a code point that is already NFKC-expanded. */
function foldKeyBase(cp: number): string {
  const arabic = foldArabicBase(cp);
  if (arabic !== undefined) return arabic;
  if (isArabicCodePoint(cp)) return String.fromCodePoint(cp);
  const lower = String.fromCodePoint(cp).toLowerCase();
  let out = '';
  // Accents on Latin (and Greek, Cyrillic) letters: editors write Élysée and Elysee alike.
  for (const part of lower.normalize('NFD')) {
    const c = part.codePointAt(0) ?? 0;
    if (/[\p{Mn}\p{Me}]/u.test(part)) continue;
    out += LATIN_EXTRA.get(c) ?? part;
  }
  return out;
}

/** The `matchKey` fold of one code point. */
function foldKeyCodePoint(cp: number): string {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : String.fromCharCode(cp);
  const cached = keyCache[cp];
  if (cached !== undefined) return cached;
  const folded = expandCompatibility(String.fromCodePoint(cp), foldKeyBase);
  if (cp <= 0xffff) keyCache[cp] = folded;
  return folded;
}

/**
 * Punctuation that writers use interchangeably, mapped to one representative, for `foldLine`.
 * Every key and value is a single character outside the syntax of regular expressions, so the
 * same table can fold pattern sources (see `foldPatternSource`).
 */
const SAME_PUNCTUATION: ReadonlyMap<string, string> = new Map(
  Object.entries({
    '،': ',',
    '؛': ';',
    '؟': '?',
    '٪': '%',
    '‘': "'",
    '’': "'",
    '‚': "'",
    '‛': "'",
    '′': "'",
    '`': "'",
    '´': "'",
    '“': '"',
    '”': '"',
    '„': '"',
    '‟': '"',
    '″': '"',
    '«': '"',
    '»': '"',
    '‹': "'",
    '›': "'",
    '‐': '-',
    '‑': '-',
    '‒': '-',
    '–': '-',
    '—': '-',
    '―': '-',
    '−': '-',
    '⸺': '-',
    '⸻': '-',
  }),
);

/** One character of `foldLine`, after the Arabic fold and NFKC. */
function foldLineChar(char: string): string {
  const same = SAME_PUNCTUATION.get(char);
  if (same !== undefined) return same;
  if (/\s/u.test(char)) return ' ';
  return char.toLowerCase();
}

const lineCache = new Array<string | undefined>(0x10000);

/**
 * The `foldLine` fold of one code point: Arabic first (its presentation forms expand without the
 * stray space NFKC gives their isolated harakat), then NFKC for every other script.
 */
function foldLineCodePoint(cp: number): string {
  const cached = lineCache[cp];
  if (cached !== undefined) return cached;
  let folded = '';
  for (const char of foldArabicCodePoint(cp).normalize('NFKC')) folded += foldLineChar(char);
  if (cp <= 0xffff) lineCache[cp] = folded;
  return folded;
}

/** A way of folding text: the fold of each code point, and whether runs of spaces become one. */
interface Form {
  foldCodePoint: (cp: number) => string;
  /** Runs of spaces (after folding) become one space, and the result is trimmed. */
  collapseSpaces: boolean;
}

const ARABIC: Form = { foldCodePoint: foldArabicCodePoint, collapseSpaces: false };
const KEY: Form = { foldCodePoint: foldKeyCodePoint, collapseSpaces: false };
const LINE: Form = { foldCodePoint: foldLineCodePoint, collapseSpaces: true };

/**
 * Hamza above written as a separate mark (U+0654) after waw or yaa spells the letters ؤ and ئ,
 * which are kept distinct; after alef it spells أ, which folds to bare alef anyway. Text that is
 * not in NFC would otherwise lose the hamza that NFC text keeps.
 */
const HAMZA_ABOVE = 0x0654;
const HAMZA_SEAT: Readonly<Record<string, string>> = { و: 'ؤ', ي: 'ئ' };

/**
 * The one folding loop: every form goes through it, so that all of them map offsets the same way.
 * `offsets`, when given, receives the offset map of `NormalizedText`.
 */
function fold(text: string, form: Form, offsets?: number[]): string {
  const { foldCodePoint, collapseSpaces } = form;
  let out = '';
  // With `collapseSpaces`: true at the start and after a space, so runs collapse and nothing starts with one.
  let afterSpace = true;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    if (cp === HAMZA_ABOVE && out.length > 0) {
      const seated = HAMZA_SEAT[out[out.length - 1]];
      if (seated) {
        out = out.slice(0, -1) + seated;
        i += width;
        continue;
      }
    }
    const folded = foldCodePoint(cp);
    if (collapseSpaces) {
      for (let k = 0; k < folded.length; k++) {
        const unit = folded[k];
        if (unit === ' ') {
          if (afterSpace) continue;
          afterSpace = true;
        } else {
          afterSpace = false;
        }
        out += unit;
        offsets?.push(i);
      }
    } else {
      out += folded;
      if (offsets) for (let k = 0; k < folded.length; k++) offsets.push(i);
    }
    i += width;
  }
  if (collapseSpaces && out.endsWith(' ')) {
    out = out.slice(0, -1);
    offsets?.pop();
  }
  offsets?.push(text.length);
  return out;
}

function foldWithOffsets(text: string, form: Form): NormalizedText {
  const offsets: number[] = [];
  return { text: fold(text, form, offsets), offsets };
}

/**
 * Arabic text in the form search and matching compare: harakat, superscript alef, Quranic signs
 * and tatweel removed; أ إ آ ٱ → ا; ى → ي; ة → ه; Persian ی ک → ي ك; presentation forms (U+FB50–
 * U+FEFF) expanded by NFKC (ﻻ → لا); Arabic-Indic and Persian digits → 0–9; invisible controls
 * (ZWJ, ZWNJ, bidi marks) removed. Hamza on waw and yaa (ؤ ئ) is kept. Latin text is left as it
 * is; use `matchKey` for a form that also ignores case and accents.
 *
 * @example normalizeArabic('إِيمَانُويل ماكـــرون') === 'ايمانويل ماكرون'
 */
export function normalizeArabic(text: string): string {
  return fold(text, ARABIC);
}

/** `normalizeArabic(text)` with the offset of every character in the original text. */
export function normalizeArabicWithOffsets(text: string): NormalizedText {
  return foldWithOffsets(text, ARABIC);
}

/**
 * The key two spellings of a word share when a reader would call them the same word:
 * `normalizeArabic` plus, for every other script, compatibility forms expanded (NFKC: ﬁ → fi,
 * full-width → ASCII), lowercase, and accents removed (É → e, ß → ss). Glossary matching
 * compares tokens on this key; search should fold queries with it too.
 *
 * @example matchKey('Élysée') === matchKey('ELYSEE') // 'elysee'
 */
export function matchKey(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Lowercase ASCII letters and digits are their own key, and by far the most common token.
    if (c >= 0x80 || (c >= 0x41 && c <= 0x5a)) return fold(text, KEY);
  }
  return text;
}

/** `matchKey(text)` with the offset of every character in the original text. */
export function matchKeyWithOffsets(text: string): NormalizedText {
  return foldWithOffsets(text, KEY);
}

/**
 * A line of text in the form cleaning compares, so that a furniture pattern or an earlier copy of a
 * paragraph is found whatever the typing habits of the page it came from: `normalizeArabic`, then
 * NFKC and lowercase for every script (accents are kept), typographic quotes, dashes and Arabic
 * punctuation unified (“ » → ", — → -, ، → ,), whitespace runs collapsed to one space, trimmed.
 *
 * @example foldLine('“Comments”\u00A0–\tclosed').text === '"comments" - closed'
 */
export function foldLine(text: string): NormalizedText {
  return foldWithOffsets(text, LINE);
}

/** `foldLine(text).text`, without the offset map (which costs more than the folding itself). */
export function foldLineText(text: string): string {
  return fold(text, LINE);
}

/** Arabic-Indic and Persian digits, and the Arabic decimal and thousands separators, as ASCII. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u066b\u066c]/g, (ch) => {
    const cp = ch.charCodeAt(0);
    if (cp === 0x066b) return '.';
    if (cp === 0x066c) return ',';
    return String.fromCharCode(0x30 + (cp >= 0x06f0 ? cp - 0x06f0 : cp - 0x0660));
  });
}

/**
 * `text` as written, with each run of whitespace (any Unicode space, line breaks) as one space,
 * trimmed: the spacing `foldLine` gives, without folding anything else.
 */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Folds the source of a regular expression the way `foldLine` folds text, so that a pattern
 * written with `أ`, `’` or `—` still matches text folded to `ا`, `'` and `-`. Only single
 * characters that are never regex syntax are touched; case is left to the `i` flag.
 */
export function foldPatternSource(source: string): string {
  let out = '';
  for (const char of source) {
    // NFKC would turn an ellipsis into three dots, which in a pattern means three wildcards.
    if (char === '…') out += '\\.\\.\\.';
    else out += SAME_PUNCTUATION.get(char) ?? normalizeArabic(char);
  }
  return out;
}

/**
 * The range in the original text of `normalized.text.slice(start, end)`.
 * @example const n = normalizeArabicWithOffsets(t); const [a, b] = originalRange(n, 3, 7); t.slice(a, b)
 */
export function originalRange(normalized: NormalizedText, start: number, end: number): [number, number] {
  return [normalized.offsets[start], normalized.offsets[end]];
}
