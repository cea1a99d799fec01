/**
 * The one table of Arabic proclitics: the conjunctions, prepositions and article written onto the
 * word they belong to, in their fixed order — a conjunction, then a preposition, then the article
 * (و + ب + ال + كرملين = وبالكرملين). The glossary's matcher and search's keys both read words
 * through `cliticVariants` (clitics.ts), which walks this table, so the two accept the same
 * prefixes; `isProcliticOnly` tells both when a "word" is nothing but prefixes.
 */

/** Conjunctions: "and", "so". */
export const CONJUNCTIONS = ['و', 'ف'] as const;

/** Prepositions: "with/in", "like", "for/to". */
export const PREPOSITIONS = ['ب', 'ك', 'ل'] as const;

/** The definite article. */
export const ARTICLE = 'ال';

/** One combination of proclitics. */
export interface Proclitic {
  conjunction: '' | (typeof CONJUNCTIONS)[number];
  preposition: '' | (typeof PREPOSITIONS)[number];
  article: boolean;
  /**
   * The letters as written: ل before the article drops the article's alef (ل + ال = لل), so
   * ل + الكرملين is written للكرملين.
   */
  written: string;
}

function written(conjunction: string, preposition: string, article: boolean): string {
  if (preposition === 'ل' && article) return `${conjunction}لل`;
  return conjunction + preposition + (article ? ARTICLE : '');
}

/**
 * Every valid combination of proclitics but the empty one (23: 3 conjunctions or none × 4
 * prepositions or none × article or not), shortest written form first.
 */
export const PROCLITICS: readonly Proclitic[] = (['', ...CONJUNCTIONS] as const)
  .flatMap((conjunction) =>
    (['', ...PREPOSITIONS] as const).flatMap((preposition) =>
      [false, true].map((article) => ({
        conjunction,
        preposition,
        article,
        written: written(conjunction, preposition, article),
      })),
    ),
  )
  .filter((p) => p.written !== '')
  .sort((a, b) => a.written.length - b.written.length);

const WRITTEN = new Set(PROCLITICS.map((p) => p.written));

/**
 * Whether `key` (a normalised Arabic word, see `matchKey`) is nothing but proclitics: و, بال, لل,
 * وبال… standing alone, as they do before a number or a foreign word (بـ 2020, الـ COVID). Such a
 * word names nothing to match or to search for.
 *
 * @example isProcliticOnly('وبال') === true; isProcliticOnly('بيان') === false
 */
export function isProcliticOnly(key: string): boolean {
  return WRITTEN.has(key);
}
