/**
 * Stemmers for search: each language's words are cut to the stem they share with their inflected
 * forms, so that "elections" finds "election" and الانتخابات finds انتخاب. The same functions run
 * when the index is built and in the browser on the query, so the two always meet.
 *
 * Why not Pagefind's own stemmers: Pagefind picks one stemmer per index and loads it in the browser
 * as a WebAssembly module of about 60 KB per language. Searching Arabic and English together would
 * take two modules (over the first-query budget), or one language's stemmer for both. Stemming
 * here keeps one language-neutral Pagefind index, with each word stemmed by its own language.
 */
import { stem as porter2 } from 'porter2';

/** A word Porter2 can stem: lowercase ASCII letters (an English word after `matchKey`). */
const ENGLISH_WORD = /^[a-z]+$/;

/**
 * The Porter2 (Snowball English) stem of an English word key, e.g. `elections` → `elect`; any
 * other key (digits, other scripts) as it is. `key` must be lowercase, as `matchKey` gives it.
 */
export function stemEnglish(key: string): string {
  return ENGLISH_WORD.test(key) ? porter2(key) : key;
}

/**
 * Arabic suffixes a light stemmer takes off, in the order it tries them: the suffix list of
 * Larkey, Ballesteros and Connell's "light10" stemmer (dual/plural and pronoun endings), written
 * the way `normalizeArabic` folds them (ة → ه, so ية and يه are one suffix, ة and ه another).
 * Light stemming is the best-measured way to search Arabic (Larkey et al., "Light Stemming for
 * Arabic Information Retrieval", 2007): it conflates inflections without reducing words to roots,
 * which would merge unrelated words.
 */
const ARABIC_SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'] as const;

/**
 * Letters a stem keeps at least. light10 stops at two; three keeps the commonest short words
 * (كان, بين, منذ) whole, and three letters is the length of most Arabic roots.
 */
const MIN_ARABIC_STEM = 3;

/**
 * The light stem of a normalised Arabic word without clitic prefixes (see `stripClitics`): each
 * suffix of `ARABIC_SUFFIXES` in turn is taken off when at least `MIN_ARABIC_STEM` letters remain.
 *
 * @example stemArabic('انتخابات') === 'انتخاب'; stemArabic('رئاسيه') === 'رئاس'; stemArabic('كان') === 'كان'
 */
export function stemArabic(key: string): string {
  let stem = key;
  for (const suffix of ARABIC_SUFFIXES) {
    if (stem.length - suffix.length >= MIN_ARABIC_STEM && stem.endsWith(suffix)) stem = stem.slice(0, -suffix.length);
  }
  return stem;
}

/** Endings after which a final s is the word's own (virus, crisis, class, status, news). */
const OWN_S = /(?:ss|us|is|ws|ys)$/;
const VOWEL = /[aeiouy]/;
/** A doubled final consonant that inflection doubled (stopped, planning), not one the word has (spell, miss). */
const DOUBLED = /([bdgmnprt])\1$/;

/**
 * The inflectional stem of an English word key: the plural and possessive s, -es, -ed, -ing and a
 * silent final e taken off, so that a word and its inflections share it (cases, case → cas;
 * studies, studied → study; stopped, stopping → stop) while derived words keep their own
 * (infection ≠ infect, general ≠ generate), which Porter2 merges. The narrow reading of an
 * English word in search; Porter2 is its wide one. Keys that are not lowercase ASCII letters, and
 * words of three letters or fewer, are left as they are.
 *
 * @example inflectEnglish('infections') === 'infection'; inflectEnglish('caused') === inflectEnglish('causes')
 */
export function inflectEnglish(key: string): string {
  if (!ENGLISH_WORD.test(key) || key.length <= 3) return key;
  let stem = key;
  if (stem.endsWith('ies') && stem.length > 4) stem = `${stem.slice(0, -3)}y`;
  else if (/(?:sses|xes|zes|ches|shes)$/.test(stem)) stem = stem.slice(0, -2);
  else if (/(?:uses|sses)$/.test(stem) && stem.length > 5) stem = stem.slice(0, -2);
  else if (stem.endsWith('s') && !OWN_S.test(stem)) stem = stem.slice(0, -1);
  else if (stem.endsWith('ied') && stem.length > 4) stem = `${stem.slice(0, -3)}y`;
  else if (stem.endsWith('ed') && !stem.endsWith('eed') && VOWEL.test(stem.slice(0, -2)) && stem.length > 4)
    stem = stem.slice(0, -2);
  else if (stem.endsWith('ing') && VOWEL.test(stem.slice(0, -3)) && stem.length > 5) stem = stem.slice(0, -3);
  if (stem !== key && DOUBLED.test(stem)) stem = stem.slice(0, -1);
  // A silent e: case and cases meet caused and causing at cas.
  if (stem.length > 3 && stem.endsWith('e') && !/[aeiou]e$/.test(stem)) stem = stem.slice(0, -1);
  return stem;
}
