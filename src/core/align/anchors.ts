/**
 * Anchors: things a sentence and its translation both contain whatever the language — numbers
 * (in any digits), dates, Latin names left in Latin script inside the Arabic, glossary entries.
 * Two sentences that share rare anchors are likely translations of each other; a sentence whose
 * anchors are missing from its supposed translation likely is not.
 */
import { matchKey, tokenize, type Token } from '../arabic/index.ts';
import { ARABIC_MONTHS, MONTHS, WEEKDAYS } from '../calendar.ts';
import type { Lang } from '../types.ts';

/** Arabic-Indic and Persian digits, and the Arabic decimal and thousands separators, as ASCII. */
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u066b\u066c]/g, (ch) => {
    const cp = ch.charCodeAt(0);
    if (cp === 0x066b) return '.';
    if (cp === 0x066c) return ',';
    return String.fromCharCode(0x30 + (cp >= 0x06f0 ? cp - 0x06f0 : cp - 0x0660));
  });
}

/**
 * The numbers of a text, written the same whatever the digits and separators: `٣٫٥` and `3.5`
 * give `3.5`, `1,200` and `١٬٢٠٠` give `1200`, `07` gives `7`.
 */
export function numbersOf(text: string): string[] {
  const found: string[] = [];
  for (const [raw] of asciiDigits(text).matchAll(/\d+(?:[.,]\d+)*/g)) {
    let value = raw;
    if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(value)) value = value.replace(/,/g, '');
    if (/^\d+(?:\.\d+)?$/.test(value)) value = String(Number(value));
    found.push(value);
  }
  return found;
}

/** Arabic month names (the Egyptian–Gulf and the Levantine series) as `matchKey` writes them. */
const MONTHS_AR = ARABIC_MONTHS.egyptian.map((names, i) => [
  ...new Set([...names, ...ARABIC_MONTHS.levantine[i]].map((name) => name.split(' ').map(matchKey).join(' '))),
]);

/** A month name, or the first word of a two-word one with the word that must follow. */
interface MonthWord {
  month: number;
  second?: string;
}

/** Month names by their first word's key, per language. */
const MONTH_WORDS: Record<Lang, Map<string, MonthWord[]>> = { en: new Map(), ar: new Map() };
for (const [lang, table] of [
  ['en', MONTHS.en],
  ['ar', MONTHS_AR],
] as const) {
  table.forEach((names, month) => {
    for (const name of names) {
      const [first, second] = name.split(' ');
      const words = MONTH_WORDS[lang];
      words.set(first, [...(words.get(first) ?? []), { month: month + 1, second }]);
    }
  });
}

/** A word that is a number (digits only), in any digits. */
const isNumber = (token: Token | undefined) => token !== undefined && /^\d+$/.test(token.key);

/** The month words a word can be: itself, or in Arabic without a one-letter prefix (و ف ب ل ك). */
function monthWords(key: string, lang: Lang): MonthWord[] | undefined {
  const words = MONTH_WORDS[lang];
  const found = words.get(key);
  if (found || lang === 'en' || key.length < 3 || !'وفبلك'.includes(key[0])) return found;
  return words.get(key.slice(1));
}

/**
 * The months named in a date: a month name next to a number ("5 May", "May 2017", "٥ مايو",
 * "مايو/أيار 2017"). A month name alone is left out because many are words too (may, march, مارس
 * "practised", آب "father").
 */
export function monthsOf(tokens: readonly Token[], lang: Lang): number[] {
  const months: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.arabic !== (lang === 'ar')) continue;
    for (const candidate of monthWords(token.key, lang) ?? []) {
      let last = i;
      if (candidate.second !== undefined) {
        if (tokens[i + 1]?.key !== candidate.second) continue;
        last = i + 1;
      }
      // A number before or after, or after the other series' name ("مايو/أيار 2017").
      const after = tokens[last + 1];
      if (
        isNumber(tokens[i - 1]) ||
        isNumber(after) ||
        (after && monthWords(after.key, lang) && isNumber(tokens[last + 2]))
      ) {
        if (!months.includes(candidate.month)) months.push(candidate.month);
      }
    }
  }
  return months;
}

/**
 * Number words, a closed class both languages write out where the other may too ("three stages",
 * "ثلاث مراحل", "40 years", "أربعين عامًا"): two to ten and the tens. Left out: one (a pronoun in
 * English; someone, and Sunday, in Arabic), Arabic forms that are other words too (ست "lady",
 * سبع "lion"), and hundred, thousand and million, which multiply a number the other version may
 * write in digits ("3 آلاف", "3,000").
 */
const NUMBER_WORDS: Record<Lang, readonly (readonly [number, readonly string[]])[]> = {
  en: [
    [2, ['two']],
    [3, ['three']],
    [4, ['four']],
    [5, ['five']],
    [6, ['six']],
    [7, ['seven']],
    [8, ['eight']],
    [9, ['nine']],
    [10, ['ten']],
    [20, ['twenty']],
    [30, ['thirty']],
    [40, ['forty']],
    [50, ['fifty']],
    [60, ['sixty']],
    [70, ['seventy']],
    [80, ['eighty']],
    [90, ['ninety']],
  ],
  ar: [
    [2, ['اثنان', 'اثنين', 'اثنتان', 'اثنتين']],
    [3, ['ثلاث', 'ثلاثة']],
    [4, ['أربع', 'أربعة']],
    [5, ['خمس', 'خمسة']],
    [6, ['ستة']],
    [7, ['سبعة']],
    [8, ['ثماني', 'ثمانية']],
    [9, ['تسع', 'تسعة']],
    [10, ['عشر', 'عشرة']],
    [20, ['عشرون', 'عشرين']],
    [30, ['ثلاثون', 'ثلاثين']],
    [40, ['أربعون', 'أربعين']],
    [50, ['خمسون', 'خمسين']],
    [60, ['ستون', 'ستين']],
    [70, ['سبعون', 'سبعين']],
    [80, ['ثمانون', 'ثمانين']],
    [90, ['تسعون', 'تسعين']],
  ],
};

/** Number words and weekday names (full names only: "sun" and "wed" are words), by key, per language: `n:3`, `d:5`. */
const WORD_ANCHORS: Record<Lang, Map<string, string>> = { en: new Map(), ar: new Map() };
for (const lang of ['en', 'ar'] as const) {
  for (const [value, words] of NUMBER_WORDS[lang])
    for (const word of words) WORD_ANCHORS[lang].set(matchKey(word), `n:${value}`);
  WEEKDAYS[lang].forEach((names, day) => WORD_ANCHORS[lang].set(matchKey(names[0]), `d:${day + 1}`));
}

/**
 * The number words and weekdays of a text (`WORD_ANCHORS`). An Arabic word is read without its
 * clitics: و or ف, then ب, ل or ك, and a number word without its article (a weekday keeps it:
 * الأحد is Sunday, أحد "one").
 */
export function wordAnchorsOf(tokens: readonly Token[], lang: Lang): string[] {
  const table = WORD_ANCHORS[lang];
  const found: string[] = [];
  for (const token of tokens) {
    if (token.arabic !== (lang === 'ar')) continue;
    let anchor = table.get(token.key);
    // Most words start with no clitic and no article: they are looked up once.
    if (anchor === undefined && lang === 'ar' && 'وفبلكا'.includes(token.key[0])) {
      const bare = token.key.replace(/^[وف]/u, '');
      // "للجمعة" is ل + الجمعة.
      for (const form of [bare, bare.replace(/^[بلك]/u, ''), bare.replace(/^ل(?=ل)/u, 'ا')]) {
        const number = form.startsWith('ال') ? table.get(form.slice(2)) : undefined;
        anchor = table.get(form) ?? (number?.startsWith('n:') ? number : undefined);
        if (anchor !== undefined) break;
      }
    }
    if (anchor !== undefined) found.push(anchor);
  }
  return found;
}

/** Latin-script words of two letters or more inside Arabic text, by key: names kept as written. */
export function latinWordsOf(tokens: readonly Token[]): string[] {
  return tokens
    .filter((t) => !t.arabic && /\p{L}.*\p{L}/u.test(t.key) && /^[\p{Script=Latin}\d]+$/u.test(t.key))
    .map((t) => t.key);
}

/**
 * The anchors of each sentence of one side, as strings: `n:3.5` a number, `m:5` a month in a date,
 * `w:ieee` a Latin word (in English: only the words that also occur in Latin script in the Arabic,
 * `arabicLatin`), `g:<id>` a glossary entry. A sentence's anchors are a set.
 */
export function anchorsOf(
  text: string,
  lang: Lang,
  arabicLatin: ReadonlySet<string>,
  entries: Iterable<string> = [],
): Set<string> {
  const anchors = new Set<string>();
  for (const number of numbersOf(text)) anchors.add(`n:${number}`);
  const tokens = tokenize(text);
  for (const month of monthsOf(tokens, lang)) anchors.add(`m:${month}`);
  for (const anchor of wordAnchorsOf(tokens, lang)) anchors.add(anchor);
  if (lang === 'ar') {
    for (const word of latinWordsOf(tokens)) anchors.add(`w:${word}`);
  } else if (arabicLatin.size > 0) {
    for (const token of tokens) if (arabicLatin.has(token.key)) anchors.add(`w:${token.key}`);
  }
  for (const id of entries) anchors.add(`g:${id}`);
  return anchors;
}
