/**
 * Sentences of a paragraph, in Arabic or English, with their offsets in it, so that a renderer can
 * wrap each sentence of the tree in an element and the aligner can compare them.
 *
 * A sentence ends at a stop (`.` `?` `!` `…`, and in Arabic also `؟` `؛` `۔`) that is followed by
 * white space or the end of the paragraph, together with any closing quotes and brackets after the
 * stop. What is not a sentence end:
 * - a stop inside a word or a number (`3.5`, `U.S.A`, `example.com`); `٣٫٥` has no stop at all,
 *   and neither does the Arabic comma `،`;
 * - in English, a period before a lowercase word (`approx. three`), after a title (`Mr.`, `Dr.`),
 *   and after an abbreviation or an initial (`U.S.`, `Jan.`, `J.`) unless the next word is one
 *   that starts sentences (`The`, `He`, …) — "the U.S. The next day" ends, "U.S. officials" and
 *   "George W. Bush" do not;
 * - in Arabic, a period after a lone letter (`د.` doctor, `أ.` professor), unless the letter follows
 *   a number (`عام 1990م.`, the era marker);
 * - the period of a list marker at the start of a paragraph (`1.`, `(a).`);
 * - `?` or `!` whose closing quote is followed by a lowercase word (`"Stop!" he said`).
 * Text with no stop at the end is a sentence all the same: nothing of a paragraph is left out of
 * its sentences but white space.
 */
import { MONTHS, WEEKDAYS } from '../calendar.ts';
import { CLAUSE_OPENERS_EN } from '../english/function-words.ts';
import type { Lang } from '../types.ts';

/** A sentence of a paragraph: `text` is `paragraph.slice(start, end)`, trimmed of white space. */
export interface Sentence {
  text: string;
  /** UTF-16 offset of the sentence's first character in the paragraph. */
  start: number;
  /** UTF-16 offset just after its last character (its stop and closing quotes included). */
  end: number;
}

/** Characters that end a sentence in either language (the Latin ones are used in Arabic text too). */
const STOPS = new Set(['.', '?', '!', '…', '‼', '⁇', '⁈', '⁉']);
/** Stops of Arabic script: question mark, semicolon (a sentence end in Arabic) and full stop. */
const ARABIC_STOPS = new Set(['؟', '؛', '۔']);
/** What may follow a stop and still belong to its sentence. */
const CLOSERS = new Set(['"', "'", '”', '’', '»', '›', ')', ']', '}', '﴿', '」', '』']);
/** Closers that are quotation marks: a quotation's attribution may follow them in lowercase. */
const CLOSING_QUOTES = new Set(['"', "'", '”', '’', '»', '›']);

const SPACE = /\s/u;
/** Invisible format characters (bidi marks, joiners): they cling to the character before them. */
const FORMAT = /\p{Cf}/u;
const LOWERCASE = /^\p{Ll}/u;
const LETTER = /\p{L}/u;
const DIGIT = /^[\p{Nd}]/u;
const ARABIC_LETTER = /^\p{Script=Arabic}$/u;

/** Titles that stand before a name, so a period after them never ends a sentence. */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'messrs',
  'mmes',
  'dr',
  'prof',
  'rev',
  'hon',
  'fr',
  'sr',
  'mme',
  'mlle',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cmdr',
  'sgt',
  'cpl',
  'adm',
  'brig',
  'sen',
  'rep',
  'gov',
  'pres',
  'supt',
  'insp',
  'det',
  'mt',
  'ft',
  'rt',
]);

/**
 * Abbreviations that may end a sentence as well as stand inside one: a period after them ends the
 * sentence only before a word that starts sentences. Initialisms (`U.S.`, `e.g.`) and single
 * letters are recognised by their shape and need not be listed.
 */
const ABBREVIATIONS = new Set([
  ...[...MONTHS.en, ...WEEKDAYS.en].flatMap(([, ...short]) => short),
  'st',
  'ave',
  'blvd',
  'rd',
  'jr',
  'esq',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'plc',
  'llc',
  'bros',
  'dept',
  'univ',
  'assn',
  'vs',
  'approx',
  'est',
  'fig',
  'figs',
  'no',
  'nos',
  'vol',
  'vols',
  'pp',
  'ch',
  'sec',
  'art',
  'ed',
  'eds',
  'cf',
  'al',
  'ibid',
  'op',
  'cit',
  'ca',
  'min',
  'max',
  'govt',
  'intl',
  'natl',
  'ref',
  'tel',
  'ext',
  'ala',
  'ariz',
  'ark',
  'calif',
  'colo',
  'conn',
  'del',
  'fla',
  'ga',
  'ill',
  'ind',
  'kan',
  'ky',
  'la',
  'md',
  'mass',
  'mich',
  'minn',
  'miss',
  'mo',
  'mont',
  'neb',
  'nev',
  'okla',
  'ore',
  'pa',
  'tenn',
  'tex',
  'va',
  'vt',
  'wash',
  'wis',
  'wyo',
]);

/** Words that often start an English sentence; after an abbreviation they mean the sentence ended. */
const STARTERS = new Set([
  ...CLAUSE_OPENERS_EN,
  'in',
  'on',
  'at',
  'for',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'if',
  'when',
  'while',
  'after',
  'before',
  'as',
  'however',
  'meanwhile',
  'also',
  'then',
  'according',
  'some',
  'many',
  'most',
  'both',
  'each',
  'all',
  'no',
  'not',
  'one',
  'what',
  'who',
  'why',
  'how',
  'where',
  'since',
  'although',
  'though',
  'because',
  'during',
  'until',
  'under',
  'last',
  'earlier',
  'later',
  'today',
  'yesterday',
]);

/** A list marker that can start a paragraph: `1`, `12`, `(3)`, `a`, `(b)`, `iv`, Arabic-Indic digits too. */
const LIST_MARKER = /^\(?(?:\p{Nd}{1,3}|[a-z]|[ivxlc]{1,5})\)?$/u;
/** An initialism: letters each followed by a period, the last period being the stop (`U.S`, `e.g`, `ق.م`). */
const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;

function isStop(ch: string): boolean {
  return STOPS.has(ch) || ARABIC_STOPS.has(ch);
}

/** The word that ends just before `end` (letters, digits and inner periods), after any opening punctuation. */
function wordBefore(text: string, from: number, end: number): { word: string; start: number } {
  let start = end;
  while (start > from) {
    const ch = text[start - 1];
    if (SPACE.test(ch) || !(LETTER.test(ch) || DIGIT.test(ch) || ch === '.' || /\p{M}/u.test(ch))) break;
    start--;
  }
  return { word: text.slice(start, end), start };
}

/** The word that starts at `start` (letters only), or the character there when it is not a letter. */
function wordAt(text: string, start: number): string {
  let end = start;
  while (end < text.length && LETTER.test(text[end])) end++;
  return end === start ? (text[start] ?? '') : text.slice(start, end);
}

/** Whether the last non-space character before `end` is a digit. */
function numberBefore(text: string, from: number, end: number): boolean {
  let i = end;
  while (i > from && SPACE.test(text[i - 1])) i--;
  return i > from && DIGIT.test(text[i - 1]);
}

/**
 * Whether a period at `stop` ends the sentence that started at `sentenceStart`, given that white
 * space or the end of the paragraph follows and the next sentence would start at `next`.
 */
function periodEnds(
  text: string,
  sentenceStart: number,
  stop: number,
  next: number,
  lang: Lang,
  paragraphStart: boolean,
): boolean {
  const { word, start } = wordBefore(text, sentenceStart, stop);
  if (next >= text.length) return true;
  if (paragraphStart && start === sentenceStart && LIST_MARKER.test(text.slice(sentenceStart, stop))) return false;
  if (word === '') return true;
  const lower = word.toLowerCase();
  const arabicWord = ARABIC_LETTER.test(word[0]);
  if (arabicWord) {
    // A lone letter is an abbreviation (د. for doctor) unless it is the era after a year (1990م.).
    const letters = word.replace(/\./g, '');
    if ([...letters].length === 1 || INITIALISM.test(word)) {
      const attached = DIGIT.test(text[start - 1] ?? '');
      return attached || numberBefore(text, sentenceStart, start);
    }
    return true;
  }
  const following = wordAt(text, next);
  if (lang === 'en' && LOWERCASE.test(following)) return false;
  if (TITLES.has(lower)) return false;
  const abbreviation = ABBREVIATIONS.has(lower) || INITIALISM.test(word) || /^\p{Lu}$/u.test(word);
  if (!abbreviation) return true;
  if (DIGIT.test(following)) return false;
  // A Latin abbreviation inside Arabic text: the Arabic word after it has no case to tell by.
  if (lang === 'ar') return ARABIC_LETTER.test(following[0] ?? '');
  return STARTERS.has(following.toLowerCase()) && !LOWERCASE.test(following);
}

/**
 * The sentences of `text` (one paragraph) in `lang`, in order. Every character of `text` other than
 * white space between sentences belongs to exactly one sentence. Linear in the length of `text`.
 */
export function splitSentences(text: string, lang: Lang): Sentence[] {
  const sentences: Sentence[] = [];
  const length = text.length;
  let i = 0;
  while (i < length && SPACE.test(text[i])) i++;
  let start = i;
  const push = (end: number) => {
    let e = end;
    while (e > start && SPACE.test(text[e - 1])) e--;
    if (e > start) sentences.push({ text: text.slice(start, e), start, end: e });
  };

  while (i < length) {
    const ch = text[i];
    if (!isStop(ch)) {
      i++;
      continue;
    }
    // The run of stops ("?!", "...", "!!!") and the closing quotes and brackets after it.
    const runStart = i;
    while (i < length && isStop(text[i])) i++;
    const runEnd = i;
    let quoted = false;
    while (i < length && (CLOSERS.has(text[i]) || isStop(text[i]) || FORMAT.test(text[i]))) {
      if (CLOSING_QUOTES.has(text[i])) quoted = true;
      i++;
    }
    const end = i;
    if (end < length && !SPACE.test(text[end])) continue;
    let next = end;
    while (next < length && SPACE.test(text[next])) next++;

    const run = text.slice(runStart, runEnd);
    let ends: boolean;
    if (run === '.') {
      ends = periodEnds(text, start, runStart, next, lang, sentences.length === 0);
    } else if (next >= length) {
      ends = true;
    } else {
      const following = wordAt(text, next);
      const ellipsis = /^(?:\.{2,}|…)$/u.test(run);
      // "Stop!" he said — an attribution after a quotation; "and then… nothing" — a pause.
      ends = !(lang === 'en' && LOWERCASE.test(following) && (quoted || ellipsis));
    }
    if (ends) {
      push(end);
      start = next;
    }
    i = next;
  }
  push(length);
  return sentences;
}
