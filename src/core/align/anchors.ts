/**
 * Anchors: things a sentence and its translation both contain whatever the language — numbers
 * (in any digits), dates, Latin names left in Latin script inside the Arabic, glossary entries.
 * Two sentences that share rare anchors are likely translations of each other; a sentence whose
 * anchors are missing from its supposed translation likely is not.
 */
import { matchKey, tokenize, type Token } from '../arabic/index.ts';
import { ARABIC_MONTHS, MONTHS } from '../calendar.ts';
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
  if (lang === 'ar') {
    for (const word of latinWordsOf(tokens)) anchors.add(`w:${word}`);
  } else if (arabicLatin.size > 0) {
    for (const token of tokens) if (arabicLatin.has(token.key)) anchors.add(`w:${token.key}`);
  }
  for (const id of entries) anchors.add(`g:${id}`);
  return anchors;
}
