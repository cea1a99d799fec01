/**
 * Arabic clitic prefixes: the conjunctions, prepositions and article written onto the word they
 * belong to (و + ب + ال + كرملين = وبالكرملين). A word in running text may carry them; the same
 * word in a glossary or a search query usually does not.
 *
 * Prefixes come in a fixed order, (و|ف)? (ب|ك|ل)? (ال)?, and ل before ال drops the article's alef
 * (ل + الكرملين = للكرملين): the table of them is `proclitics.ts`.
 */
import { ARTICLE, CONJUNCTIONS, PREPOSITIONS } from './proclitics.ts';

/** One way of reading a word as prefixes + stem. */
export interface CliticVariant {
  /**
   * The word without the prefixes. When ل + ال was written لل, the stem is given as the word with
   * its article restored (للكرملين → الكرملين) or, with `article`, without it (→ كرملين).
   */
  stem: string;
  /** The prefix letters taken off, as written (e.g. `وب`, `بال`, `لل`); empty for the word itself. */
  prefix: string;
  /**
   * True when the stem is read with a definite article that was taken off (بالكرملين → كرملين).
   * A personal name never takes the article, so a match on such a stem must be a common noun
   * (الكاميرون is Cameroon, not كاميرون Cameron).
   */
  article: boolean;
}

/** The conjunction slot and the preposition slot of the table, each possibly empty. */
const CONJUNCTION_SLOT = ['', ...CONJUNCTIONS] as const;
const PREPOSITION_SLOT = ['', ...PREPOSITIONS] as const;

/** A stem shorter than this is a letter or two of some other word, never the word meant. */
const MIN_STEM = 2;

function startsArabic(token: string): boolean {
  const c = token.charCodeAt(0);
  return c >= 0x0600 && c <= 0x06ff;
}

/**
 * Every reading of `token` as clitic prefixes + stem, the word itself first, then with ever more
 * prefix letters taken off. `token` must be normalised (a `Token.key`, or `normalizeArabic`
 * output): the prefixes are compared as bare letters. A word that is not Arabic has one reading,
 * itself. At most a dozen readings, whatever the word.
 *
 * @example cliticVariants('وللكرملين') includes { stem: 'الكرملين', prefix: 'ول', article: false }
 *   and { stem: 'كرملين', prefix: 'ولل', article: true }
 */
export function cliticVariants(token: string): CliticVariant[] {
  const variants: CliticVariant[] = [{ stem: token, prefix: '', article: false }];
  if (!startsArabic(token)) return variants;
  const seen = new Set<string>([`0${token}`]);
  const add = (stem: string, prefix: string, article: boolean, underlying = stem) => {
    if (underlying.length < MIN_STEM) return;
    const id = `${article ? 1 : 0}${stem}`;
    if (seen.has(id)) return;
    seen.add(id);
    variants.push({ stem, prefix, article });
  };
  for (const conjunction of CONJUNCTION_SLOT) {
    for (const preposition of PREPOSITION_SLOT) {
      const prefix = conjunction + preposition;
      if (!token.startsWith(prefix)) continue;
      const rest = token.slice(prefix.length);
      if (prefix !== '') add(rest, prefix, false);
      if (rest.startsWith(ARTICLE)) add(rest.slice(ARTICLE.length), prefix + ARTICLE, true);
      if (preposition === 'ل' && rest.startsWith('ل')) {
        // ل + الكرملين is written للكرملين: the second ل is the article's.
        add(`ا${rest}`, prefix, false, rest.slice(1));
        add(rest.slice(1), `${prefix}ل`, true);
        // ل + اللغة is written للغة: the article's ل merges with the stem's.
        add(`${ARTICLE}${rest}`, prefix, false, rest);
        add(rest, prefix, true);
      }
    }
  }
  return variants;
}

/**
 * The stem under which search should index and look up `token`: a conservative cut that removes
 * the article with any prefixes before it (وبالكرملين, للكرملين → كرملين) and a lone و or ف when at
 * least three letters remain (وماكرون → ماكرون), but keeps a lone ب ك ل, which too many words
 * begin with (بيان, كتاب, لجنة). `token` must be normalised like `cliticVariants` input. Apply the
 * same function to the index and the query and the two meet.
 *
 * @example stripClitics('وبالكرملين') === 'كرملين'; stripClitics('لجنه') === 'لجنه'
 */
export function stripClitics(token: string): string {
  if (!startsArabic(token)) return token;
  for (const conjunction of CONJUNCTION_SLOT) {
    if (!token.startsWith(conjunction)) continue;
    const afterConjunction = token.slice(conjunction.length);
    for (const preposition of PREPOSITION_SLOT) {
      const rest = afterConjunction.slice(preposition.length);
      if (!afterConjunction.startsWith(preposition)) continue;
      if (rest.startsWith(ARTICLE) && rest.length - ARTICLE.length >= MIN_STEM + 1) return rest.slice(ARTICLE.length);
      if (preposition === 'ل' && rest.startsWith('ل') && rest.length - 1 >= MIN_STEM + 1) return rest.slice(1);
    }
  }
  if (CONJUNCTIONS.some((c) => token.startsWith(c)) && token.length - 1 >= 3) return token.slice(1);
  return token;
}
