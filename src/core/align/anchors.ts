/**
 * Anchors: things a sentence and its translation both contain whatever the language — numbers
 * (in any digits), dates, Latin names left in Latin script inside the Arabic, glossary entries.
 * Two sentences that share rare anchors are likely translations of each other; a sentence whose
 * anchors are missing from its supposed translation likely is not.
 */
import { asciiDigits, matchKey, tokenize, type Token } from '../arabic/index.ts';
import { ARABIC_MONTHS, MONTHS, WEEKDAYS } from '../calendar.ts';
import type { Lang } from '../types.ts';

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
 * "ثلاث مراحل", "40 years", "أربعين عامًا"): three to nineteen and the tens. Left out: one (a
 * pronoun in English; someone, and Sunday, in Arabic); two, which Arabic most often writes as a
 * dual ("two days", "يومين"), so that an anchor for it would be missing from correct pairs; Arabic
 * forms that are other words too (ست "lady", سبع "lion"); and hundred, thousand and million, which
 * multiply a number the other version may write in digits ("3 آلاف", "3,000"). A compound is one
 * value (`COMPOUND_UNITS`).
 */
const NUMBER_WORDS: Record<Lang, readonly (readonly [number, readonly string[]])[]> = {
  en: [
    [3, ['three']],
    [4, ['four']],
    [5, ['five']],
    [6, ['six']],
    [7, ['seven']],
    [8, ['eight']],
    [9, ['nine']],
    [10, ['ten']],
    [11, ['eleven']],
    [12, ['twelve']],
    [13, ['thirteen']],
    [14, ['fourteen']],
    [15, ['fifteen']],
    [16, ['sixteen']],
    [17, ['seventeen']],
    [18, ['eighteen']],
    [19, ['nineteen']],
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

/**
 * The units of a compound number, which is one value: English "twenty-five" (tens, then a unit),
 * Arabic "ثلاثة عشر" (a unit, then عشر or عشرة: 13) and "خمسة وعشرون" (a unit, then و and the
 * tens: 25). Here one and two, and the Arabic forms that are other words alone, are numbers.
 */
const COMPOUND_UNITS: Record<Lang, readonly (readonly [number, readonly string[]])[]> = {
  en: [[1, ['one']], [2, ['two']], ...NUMBER_WORDS.en.filter(([value]) => value < 10)],
  ar: [
    [1, ['أحد', 'إحدى', 'واحد', 'واحدة']],
    [2, ['اثنا', 'اثني', 'اثنتا', 'اثنتي', 'اثنان', 'اثنين', 'اثنتان', 'اثنتين']],
    [6, ['ست']],
    [7, ['سبع']],
    [8, ['ثمان']],
    ...NUMBER_WORDS.ar.filter(([value]) => value < 10),
  ],
};

/** A table of words by key: `n:3`, `d:5` for number words and weekdays, a value for compound units. */
const keyed = <T>(entries: readonly (readonly [T, readonly string[]])[]): Map<string, T> =>
  new Map(entries.flatMap(([value, words]) => words.map((word) => [matchKey(word), value] as const)));

/** Number words and weekday names (full names only: "sun" and "wed" are words), by key, per language: `n:3`, `d:5`. */
const WORD_ANCHORS: Record<Lang, Map<string, string>> = { en: new Map(), ar: new Map() };
const UNITS: Record<Lang, Map<string, number>> = { en: keyed(COMPOUND_UNITS.en), ar: keyed(COMPOUND_UNITS.ar) };
for (const lang of ['en', 'ar'] as const) {
  for (const [value, words] of NUMBER_WORDS[lang])
    for (const word of words) WORD_ANCHORS[lang].set(matchKey(word), `n:${value}`);
  WEEKDAYS[lang].forEach((names, day) => WORD_ANCHORS[lang].set(matchKey(names[0]), `d:${day + 1}`));
}
/** The value of a tens word (`twenty`, `عشرين`), by key. */
const TENS: Record<Lang, Map<string, number>> = { en: new Map(), ar: new Map() };
for (const lang of ['en', 'ar'] as const)
  for (const [value, words] of NUMBER_WORDS[lang])
    if (value >= 20) for (const word of words) TENS[lang].set(matchKey(word), value);
const ARABIC_TEN = new Set(['عشر', 'عشرة'].map(matchKey));

/** The forms an Arabic word starting with a clitic may be once it is read off: و or ف, then ب, ل or ك ("للجمعة" is ل + الجمعة). */
function cliticForms(key: string): string[] {
  const bare = key.replace(/^[وف]/u, '');
  return [bare, bare.replace(/^[بلك]/u, ''), bare.replace(/^ل(?=ل)/u, 'ا')];
}

/** Whether an Arabic word may start with a clitic or the article. */
const mayHaveClitic = (key: string) => 'وفبلكا'.includes(key[0]);

/** The number an Arabic word is in `table`, read with its clitics and article off; undefined if none. */
function arabicNumberIn<T>(table: Map<string, T>, key: string): T | undefined {
  for (const form of mayHaveClitic(key) ? [key, ...cliticForms(key)] : [key]) {
    const value = table.get(form) ?? (form.startsWith('ال') ? table.get(form.slice(2)) : undefined);
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * The value of the compound number that starts at `tokens[i]` (see `COMPOUND_UNITS`); undefined
 * when none does.
 */
function compoundAt(tokens: readonly Token[], i: number, lang: Lang): number | undefined {
  const next = tokens[i + 1];
  if (!next || next.arabic !== (lang === 'ar')) return undefined;
  // One space or a hyphen between them ("twenty-five", "خمسة وعشرون"): across a comma they are two
  // numbers ("aged twenty, five of them").
  if (next.start - tokens[i].end !== 1) return undefined;
  if (lang === 'en') {
    const tens = TENS.en.get(tokens[i].key);
    const unit = tens === undefined ? undefined : UNITS.en.get(next.key);
    return tens !== undefined && unit !== undefined ? tens + unit : undefined;
  }
  // The word after decides first: it is rarely عشر or a tens word after و.
  let added: number | undefined = ARABIC_TEN.has(next.key) ? 10 : undefined;
  if (added === undefined && next.key.startsWith('و')) {
    const rest = next.key.slice(1);
    added = TENS.ar.get(rest) ?? (rest.startsWith('ال') ? TENS.ar.get(rest.slice(2)) : undefined);
  }
  const unit = added === undefined ? undefined : arabicNumberIn(UNITS.ar, tokens[i].key);
  return unit === undefined || added === undefined ? undefined : added + unit;
}

/**
 * The number words and weekdays of a text (`WORD_ANCHORS`), a compound number as one
 * (`compoundAt`). An Arabic word is read without its clitics: و or ف, then ب, ل or ك, and a number
 * word without its article (a weekday keeps it: الأحد is Sunday, أحد "one").
 */
export function wordAnchorsOf(tokens: readonly Token[], lang: Lang): string[] {
  const table = WORD_ANCHORS[lang];
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.arabic !== (lang === 'ar')) continue;
    // Most words are no number and start with no clitic: they are looked up once.
    let anchor = table.get(token.key);
    if (anchor === undefined && lang === 'ar' && mayHaveClitic(token.key)) {
      for (const form of cliticForms(token.key)) {
        const number = form.startsWith('ال') ? table.get(form.slice(2)) : undefined;
        anchor = table.get(form) ?? (number?.startsWith('n:') ? number : undefined);
        if (anchor !== undefined) break;
      }
    }
    if (anchor?.startsWith('d:')) {
      found.push(anchor);
      continue;
    }
    const compound = compoundAt(tokens, i, lang);
    if (compound !== undefined) {
      found.push(`n:${compound}`);
      i++;
    } else if (anchor !== undefined) found.push(anchor);
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
