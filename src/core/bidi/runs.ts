/**
 * Where, in one paragraph of plain text, a stretch runs against the paragraph's base direction and
 * should be isolated: what rehype-bidi marks up in trees and `segments.ts` in strings. Knows nothing
 * of trees or HTML.
 *
 * The guiding rule is the Unicode Bidirectional Algorithm (UAX #9) itself: a run is what the browser
 * would lay out in the opposite direction anyway (an English phrase with its inner spaces, commas and
 * digits; an Arabic phrase with the digits that follow it), trimmed so that neutral characters at its
 * edges (spaces, full stops, commas, quotes, brackets) stay with the surrounding text. Isolating such a
 * run does not change its inside; it only stops its edges from capturing the sentence's punctuation or
 * a footnote marker. Three deliberate departures from plain UBA, each because the UBA gets them wrong
 * for reading editions:
 * - Arabic-script punctuation (، ؛ ؟) always belongs to the Arabic sentence, so it ends a Latin run
 *   (the UBA would let "Macron، Le Pen" read as one left-to-right list);
 * - in an Arabic paragraph, numbers that carry a sign, a unit, a currency or percent sign, or digit
 *   groups ("-3", "+33 1 23 45 67 89", "26%", "$5", "1 000", "9 GB") are kept in European order as one
 *   left-to-right run; a bare number ("9 جيجابايت", "26 أبريل", "2016-2017", "26/4/2017") is left
 *   alone because the UBA already lays it out correctly in Arabic reading order;
 * - URLs and e-mail addresses are atomic: they are never split, even if they contain Arabic.
 */
import type { Lang } from '../types.ts';

/** A text direction, as in HTML's `dir` attribute. */
export type Dir = 'ltr' | 'rtl';

/**
 * What a run is made of: `latin` — left-to-right words (Latin script, or any other left-to-right
 * script), with the digits and inner punctuation between them; `arabic` — right-to-left words (Arabic
 * or another right-to-left script) in a left-to-right paragraph; `number` — a number that needs
 * isolating, possibly with the unit that follows it; `url`, `email` — a web or mail address alone.
 */
export type RunKind = 'latin' | 'arabic' | 'number' | 'url' | 'email';

/** A stretch `[start, end)` of a paragraph (UTF-16 offsets) that runs against the base direction. */
export interface DirectionalRun {
  start: number;
  end: number;
  /** The direction of the run itself: always the opposite of the paragraph's base direction. */
  dir: Dir;
  /** The language of the run's words, when its script says: `en` for Latin words, `ar` for Arabic. */
  lang?: Lang;
  kind: RunKind;
}

/**
 * The bidi character class of a code unit, simplified from UAX #9 to what run finding needs:
 * L strong left-to-right letter; R strong right-to-left letter; E European digit; D digit of a
 * right-to-left script (Arabic-Indic ٠–٩, Persian ۰–۹); P other right-to-left-script punctuation or
 * sign (، ؛ ؟ ٪ ٫); N neutral (spaces, common punctuation, symbols, U+FFFC objects); B a paragraph or
 * segment break, or an explicit bidi control that the text already uses to embed or isolate.
 */
type CharClass = 'L' | 'R' | 'E' | 'D' | 'P' | 'N' | 'B';

const RTL_SCRIPTS = String.raw`\p{scx=Arabic}\p{scx=Hebrew}\p{scx=Syriac}\p{scx=Thaana}\p{scx=Nko}\p{scx=Samaritan}\p{scx=Mandaic}\p{scx=Adlam}\p{scx=Hanifi_Rohingya}\p{scx=Yezidi}`;
const RTL_LETTER = new RegExp(String.raw`[[${RTL_SCRIPTS}]&&\p{L}]`, 'v');
const RTL_DIGIT = new RegExp(String.raw`[[${RTL_SCRIPTS}]&&\p{Nd}]`, 'v');
const RTL_OTHER = new RegExp(String.raw`[[${RTL_SCRIPTS}]--\p{M}]`, 'v');
/** Letters and digits of left-to-right scripts (Devanagari digits, like letters, are strong L). */
const LTR_WORD = String.raw`[[\p{L}\p{Nd}\p{Nl}]--[${RTL_SCRIPTS}]]`;
const LTR_LETTER = new RegExp(LTR_WORD, 'v');
const MARK = /\p{M}/u;
const EUROPEAN_DIGIT = /[\u00B2\u00B3\u00B9\u2070\u2074-\u2079\u2080-\u2089\uFF10-\uFF19]/u;
const BREAK = /[\u0085\u2029\u202A-\u202E\u2066-\u2069]/u;

function classOf(cp: number, ch: string): CharClass | 'M' {
  if (cp < 0x80) {
    if (cp >= 0x30 && cp <= 0x39) return 'E';
    if ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a) return 'L';
    return (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1f) ? 'B' : 'N';
  }
  if (BREAK.test(ch)) return 'B';
  if (cp === 0x200e) return 'L'; // LRM
  if (cp === 0x200f || cp === 0x061c) return 'R'; // RLM, ALM
  if (MARK.test(ch)) return 'M';
  if (RTL_LETTER.test(ch)) return 'R';
  if (RTL_DIGIT.test(ch)) return 'D';
  if (RTL_OTHER.test(ch)) return 'P';
  if (EUROPEAN_DIGIT.test(ch)) return 'E';
  return LTR_LETTER.test(ch) ? 'L' : 'N';
}

/** The class of every UTF-16 code unit of `text`; a combining mark takes its base's class (UAX #9 W1). */
function classify(text: string): CharClass[] {
  const out = new Array<CharClass>(text.length);
  let prev: CharClass = 'B';
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) as number;
    const size = cp > 0xffff ? 2 : 1;
    const found = classOf(cp, String.fromCodePoint(cp));
    const c: CharClass = found === 'M' ? (prev === 'B' ? 'N' : prev) : found;
    out[i] = c;
    if (size === 2) out[i + 1] = c;
    prev = c;
    i += size;
  }
  return out;
}

/** The direction of the first strong letter of `text` (HTML's `dir="auto"` rule), if it has one. */
export function firstStrongDirection(text: string): Dir | undefined {
  for (const c of classify(text)) {
    if (c === 'L') return 'ltr';
    if (c === 'R') return 'rtl';
  }
  return undefined;
}

/** A piece a run is built from: a word sequence, a number, or an address. */
interface Atom {
  start: number;
  end: number;
  type: 'letters' | 'digits' | 'rtl' | 'rtl-digits' | 'number' | 'url' | 'email';
  /** For a number: whether it needs isolating even standing alone. */
  wrap?: boolean;
}

// Not inside a word (xhttp://), but after a digit it may start (3https://): a digit closes the
// Arabic run before it, and the address must be found alike whether or not that run is isolated yet.
const URL_START = new RegExp(
  String.raw`(?<![[\p{L}\p{Nl}]--[${RTL_SCRIPTS}]])(?:[a-z][a-z0-9+.\-]*://|www\.|(?:mailto|tel):)[^\s<>"«»\p{Z}\p{Cc}\uFFFC\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]+`,
  'giv',
);
const EMAIL_CHAR = String.raw`[${LTR_WORD}._%+\-]`;
const EMAIL = new RegExp(String.raw`(?<!${EMAIL_CHAR})${EMAIL_CHAR}+@[${LTR_WORD}\-]+(?:\.[${LTR_WORD}\-]+)+`, 'gv');
/** Punctuation that ends a sentence around a URL rather than the URL itself (as in GFM autolinks). */
const URL_TRAILING = /[.,;:!?'"*_~…،؛؟”’]/u;
const CLOSING: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/** `url` without trailing punctuation and unbalanced closing brackets. */
function trimUrl(url: string): string {
  let end = url.length;
  while (end > 0) {
    const ch = url[end - 1];
    const opening = CLOSING[ch];
    const unbalanced = opening !== undefined && count(url, ch, end) > count(url, opening, end);
    if (!URL_TRAILING.test(ch) && !unbalanced) break;
    end--;
  }
  return url.slice(0, end);
}

function count(text: string, ch: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (text[i] === ch) n++;
  return n;
}

/** URLs and e-mail addresses in `text`, in order and not overlapping. */
function addresses(text: string): Atom[] {
  const found: Atom[] = [];
  for (const m of text.matchAll(URL_START)) {
    const url = trimUrl(m[0]);
    const scheme = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|(?:mailto|tel):)/i.exec(url)?.[0] ?? '';
    if (url.length > scheme.length) found.push({ start: m.index, end: m.index + url.length, type: 'url' });
  }
  for (const m of text.matchAll(EMAIL)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!found.some((u) => u.start < end && start < u.end)) found.push({ start, end, type: 'email' });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A number as written in running text: an international phone number, or an optionally signed number
 * with an optional currency sign before it, digits grouped by spaces ("1 000 000") or separated by
 * `.,:/`, and an optional percent, degree or currency sign after it. It may not continue a
 * left-to-right word ("COVID-19" is a word, its "-" no sign) nor follow an object: once a run before it
 * is isolated it stands for that run, and "-3-3" must not gain a sign by being marked up twice.
 */
const NUMBER = new RegExp(
  String.raw`(?<![${LTR_WORD}\p{M}\uFFFC])(?:\+\d{1,4}(?:[\u0020\u00A0.\-]\d{1,4})+(?!\d)|[+\-\u2212]?(?:\p{Sc}[\u00A0\u202F]?)?(?:\d{1,3}(?:[\u0020\u00A0\u202F\u2009]\d{3})+(?!\d)|\d+)(?:[.,:\/]\d+)*(?:[\u00A0\u202F]?[%‰‱°\p{Sc}])?)`,
  'gv',
);
/** A number made only of digits and separators: the UBA lays it out right without help. */
const PLAIN_NUMBER = /^[\d.,:/]+$/;
/** What may stand between a number and the Latin unit that belongs to it ("9 GB", "30 °C", "5km"). */
const UNIT_GAP = /^\p{Zs}?°?$/u;
/** Dotted abbreviation ("U.S", "D.C", "e.g") whose final full stop is part of the word. */
const DOTTED_ABBREVIATION = /(?:^|[^\p{L}])(?:\p{L}\.)+\p{L}$/u;
const LATIN = /\p{Script=Latin}/u;
const ARABIC = /\p{Script=Arabic}/u;

function numbers(text: string, taken: Atom[]): Atom[] {
  const found: Atom[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((a) => a.start < end && start < a.end)) continue;
    found.push({ start, end, type: 'number', wrap: !PLAIN_NUMBER.test(m[0]) });
  }
  return found;
}

/** All atoms of `text` in order: the given tokens, then maximal sequences of same-typed characters. */
function atomsOf(text: string, cls: CharClass[], tokens: Atom[], base: Dir): Atom[] {
  const typeOf = (c: CharClass | undefined): Atom['type'] | undefined => {
    if (base === 'rtl') return c === 'L' || c === 'E' ? 'letters' : undefined;
    return c === 'L' ? 'letters' : c === 'E' ? 'digits' : c === 'R' ? 'rtl' : c === 'D' ? 'rtl-digits' : undefined;
  };
  const atoms: Atom[] = [];
  let k = 0;
  for (let i = 0; i < text.length;) {
    const token = tokens[k];
    if (token?.start === i) {
      atoms.push(token);
      i = token.end;
      k++;
      continue;
    }
    const type = typeOf(cls[i]);
    if (type === undefined) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && typeOf(cls[j]) === type && tokens[k]?.start !== j) j++;
    // A hashtag's or handle's sigil belongs to its word.
    const sigil = type === 'letters' && /[#@]/.test(text[i - 1] ?? '') && cls[i - 2] !== 'L' && cls[i - 2] !== 'E';
    const prev = atoms.at(-1);
    atoms.push({ start: sigil && (prev === undefined || prev.end < i) ? i - 1 : i, end: j, type });
    i = j;
  }
  return atoms;
}

function isGap(cls: CharClass[], from: number, to: number, allowed: string): boolean {
  for (let i = from; i < to; i++) if (!allowed.includes(cls[i])) return false;
  return true;
}

/** Left-to-right runs of an Arabic (right-to-left) paragraph. */
function ltrRuns(text: string, cls: CharClass[], atoms: Atom[]): DirectionalRun[] {
  const runs: DirectionalRun[] = [];
  let run: Atom[] = [];
  const hasWords = () => run.some((a) => a.type !== 'number');
  const flush = () => {
    const first = run[0];
    const last = run.at(-1);
    if (first && last && (hasWords() || first.wrap)) {
      const only = run.length === 1 && (first.type === 'url' || first.type === 'email') ? first.type : undefined;
      const kind = only ?? (first.type === 'number' ? 'number' : 'latin');
      let end = last.end;
      const next = text.slice(end + 1).trimStart()[0];
      if (
        text[end] === '.' &&
        last.type === 'letters' &&
        DOTTED_ABBREVIATION.test(text.slice(first.start, end)) &&
        next !== undefined &&
        /[\p{L}\p{N}]/u.test(next)
      )
        end++;
      const words = run.filter((a) => a.type === 'letters').some((a) => LATIN.test(text.slice(a.start, a.end)));
      runs.push({ start: first.start, end, dir: 'ltr', ...(only === undefined && words ? { lang: 'en' } : {}), kind });
    }
    run = [];
  };
  for (const atom of atoms) {
    const last = run.at(-1);
    // After a word, a number continues the run (UAX #9 W7); before one, only a unit may follow it.
    const joins =
      last !== undefined &&
      isGap(cls, last.end, atom.start, 'N') &&
      (hasWords() || (atom.type !== 'number' && UNIT_GAP.test(text.slice(last.end, atom.start))));
    if (!joins) flush();
    run.push(atom);
  }
  flush();
  return runs;
}

/** Right-to-left runs of an English (left-to-right) paragraph. */
function rtlRuns(text: string, cls: CharClass[], atoms: Atom[]): DirectionalRun[] {
  const runs: DirectionalRun[] = [];
  let run: Atom[] = [];
  const hasWords = () => run.some((a) => a.type === 'rtl');
  const flush = () => {
    const first = run[0];
    const last = run.at(-1);
    if (first && last && hasWords()) {
      const arabic = run.some((a) => a.type === 'rtl' && ARABIC.test(text.slice(a.start, a.end)));
      runs.push({ start: first.start, end: last.end, dir: 'rtl', ...(arabic ? { lang: 'ar' } : {}), kind: 'arabic' });
    }
    run = [];
  };
  for (const atom of atoms) {
    const last = run.at(-1);
    const joins = last !== undefined && isGap(cls, last.end, atom.start, 'NP');
    if (atom.type === 'letters' || atom.type === 'url' || atom.type === 'email') {
      flush();
    } else if (atom.type === 'digits') {
      // European digits after Arabic words are laid out with them (UAX #9 W2); elsewhere they are LTR.
      if (joins && hasWords()) run.push(atom);
      else flush();
    } else {
      if (!joins) flush();
      run.push(atom);
    }
  }
  flush();
  return runs;
}

/**
 * The runs of `text` that go against `baseDir`, in order, not overlapping, each starting and ending on
 * a letter, digit or address character (or a number's own sign): in a right-to-left paragraph, Latin
 * phrases, numbers that need isolating, URLs and e-mail addresses; in a left-to-right paragraph,
 * Arabic phrases. Digits of Arabic script alone (٢٠١٧) are never a run: they are Arabic Numbers in
 * UAX #9, laid out left-to-right inside and treated as right-to-left around, which is already right
 * in an Arabic paragraph and harmless in an English one; they join an Arabic run they touch.
 */
export function findDirectionalRuns(text: string, baseDir: Dir): DirectionalRun[] {
  const cls = classify(text);
  const taken = addresses(text);
  const tokens = baseDir === 'rtl' ? [...taken, ...numbers(text, taken)].sort((a, b) => a.start - b.start) : taken;
  const atoms = atomsOf(text, cls, tokens, baseDir);
  return baseDir === 'rtl' ? ltrRuns(text, cls, atoms) : rtlRuns(text, cls, atoms);
}
