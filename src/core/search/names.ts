/**
 * Names across scripts without a glossary entry: the build links each name written in Latin
 * letters in the English pages to the Arabic words of the Arabic pages with the same
 * transliteration skeleton (`skeleton`), and indexes each Arabic page under the name keys of the
 * names its words spell. A capitalised English query word is looked up under its name key too, so
 * "Kavanaugh" finds the Arabic pages that write كافانو. A word the index has nowhere, in either
 * script, is looked up as the words of the other script that spell it (`spellingsFor`).
 *
 * A name key is the word's key with a mark of the other script after it (as stem keys are made,
 * see `stemKey`), so it sorts right after the word's own key: Pagefind loads the index chunk that
 * holds a key's neighbours, and looking a name key up next to the word's own costs no transfer
 * beyond the chunk the word already needs.
 */
import { hasArabic, tokenize, type Token } from '../arabic/index.ts';
import { WEEKDAYS } from '../calendar.ts';
import type { Lang } from '../types.ts';
import { keyedWords, type KeyedWord } from './keys.ts';
import { nameKey } from './name-keys.ts';
import type { SearchQuery } from './query.ts';
import { inflectEnglish } from './stem.ts';
import type { VocabularyEntry } from './typos.ts';
import { shapeOf, vowelAgreement, type Skeleton } from '../arabic/skeleton.ts';

/** Counterparts a word is linked to at most: those that write their vowels most alike (`vowelAgreement`). */
const MAX_COUNTERPARTS = 2;

/** Two words of one skeleton are linked when they write their vowels alike (`vowelAgreement`). */
function linked(a: Skeleton, b: Skeleton): number | undefined {
  return vowelAgreement(a, b);
}

/** How many times more common one of a name's two spellings may be than the other (`commonness`). */
const MAX_COMMONNESS = 4;

/**
 * Two classes are a shape many Arabic words share with any short name (Moon: مون, معين): such a
 * name is linked only to a word that is alone in having its shape.
 */
const SHORT_SKELETON = 2;

/** The links of a site's names: each word key to the keys of its counterparts in the other script. */
export interface NameLinks {
  /** English name (its key as written, `matchKey`) → Arabic words (without proclitics). */
  toArabic: Map<string, string[]>;
  /** Arabic word → English names. */
  toEnglish: Map<string, string[]>;
}

/** A page's text for linking names: its language and its title and paragraphs. */
export interface NamePage {
  lang: Lang;
  blocks: readonly string[];
}

/** The readings whose keys link names: an Arabic word as written, and read without proclitics. */
const LINKED_READINGS = /* @__PURE__ */ new Set(['form', 'base', 'other']);

/** The keys of the Arabic words of a text that names are linked by (لماكرون: لماكرون and ماكرون). */
function arabicWords(words: readonly KeyedWord[]): string[] {
  return words.flatMap(({ token, readings }) =>
    token.arabic ? readings.filter((r) => LINKED_READINGS.has(r.kind)).map((r) => r.key) : [],
  );
}

/** The Arabic words of a text written with the article (their keys without it). */
function withArticle(words: readonly KeyedWord[]): string[] {
  return words.flatMap(({ token, readings }) =>
    token.arabic ? readings.filter((r) => r.kind === 'base' && token.key.endsWith(`ال${r.key}`)).map((r) => r.key) : [],
  );
}

/**
 * Letters that read as a word: vowels with one consonant between them, or two when the first is a
 * liquid, nasal or s (NATO, MERS, UNESCO, not DNA or ABC).
 */
const READ_AS_WORD = /^[^aeiou]?(?:[aeiou]+[lmnrs]?[^aeiou])*[aeiou]*$/;

/** Written with a capital, but always translated, never spelled (الخميس, not ثرزداي): the English weekdays. */
const WEEKDAY_NAMES = /* @__PURE__ */ new Set(WEEKDAYS.en.map(([name]) => name));

/**
 * What one page's text (its title and paragraphs) says of the English names (`englishNamesOf`): its
 * Latin words (keys, of three letters or more) written with a capital, written in small letters,
 * and spoken (written in small letters after the capital somewhere, or an acronym read as a word:
 * NATO, MERS, UNESCO; one read out letter by letter, WHO, RNA, ABC, has no spelling to look for),
 * each once, in order.
 */
export interface EnglishWords {
  capital: string[];
  lower: string[];
  spoken: string[];
}

function englishWords(blocks: readonly Token[][]): EnglishWords {
  const capital = new Set<string>();
  const lower = new Set<string>();
  const spoken = new Set<string>();
  for (const tokens of blocks)
    for (const token of tokens)
      if (!token.arabic && /^[a-z]{3,}$/.test(token.key)) {
        (/^\p{Lu}/u.test(token.text) ? capital : lower).add(token.key);
        if (/\p{Ll}/u.test(token.text) || READ_AS_WORD.test(token.key)) spoken.add(token.key);
      }
  return { capital: [...capital], lower: [...lower], spoken: [...spoken] };
}

/** The English names of pages (`EnglishWords` of each): the words written with a capital wherever they occur. */
export function englishNamesOf(pages: Iterable<EnglishWords>): Set<string> {
  const capital = new Set<string>();
  const lower = new Set<string>();
  const spoken = new Set<string>();
  for (const page of pages) {
    for (const key of page.capital) capital.add(key);
    for (const key of page.lower) lower.add(key);
    for (const key of page.spoken) spoken.add(key);
  }
  return new Set([...capital].filter((key) => !lower.has(key) && spoken.has(key) && !WEEKDAY_NAMES.has(key)));
}

/** The Latin words of a text written after the Arabic article (al-Assad, Al Jazeera, el-Sisi). */
function namesAfterArticle(blocks: readonly string[], tokenized: readonly Token[][]): string[] {
  const out = new Set<string>();
  blocks.forEach((block, b) => {
    const tokens = tokenized[b];
    tokens.forEach((token, i) => {
      const before = tokens[i - 1];
      if (i > 0 && /^(al|el)$/.test(before.key) && /^[\s-]$/.test(block.slice(before.end, token.start)))
        out.add(token.key);
    });
  });
  return [...out];
}

/**
 * What linking names (`linkNameWords`) reads of one page: made from the page alone, so that a
 * build can keep it per page and link a site's names without reading every page's text again.
 */
export interface NameWords {
  lang: Lang;
  /**
   * The words `commonness` counts, each once, in order: an English page's word keys; an Arabic
   * page's words as written and without proclitics (`arabicWords`), the words `nameTermsOf` looks up.
   */
  words: string[];
  /** An Arabic page's words written with the article (their keys without it). */
  article: string[];
  english: EnglishWords;
  /** Latin words written after the Arabic article (al-Assad). */
  afterArticle: string[];
}

/** A page's `NameWords`; `keyed` is its blocks' `keyedWords`, when the caller has them already. */
export function nameWords(page: NamePage, keyed: readonly KeyedWord[][] = page.blocks.map(keyedWords)): NameWords {
  const tokens = page.blocks.map((block) => tokenize(block));
  const arabicPage = page.lang === 'ar';
  return {
    lang: page.lang,
    words: [...new Set(arabicPage ? keyed.flatMap(arabicWords) : tokens.flatMap((t) => t.map((token) => token.key)))],
    article: arabicPage ? [...new Set(keyed.flatMap(withArticle))] : [],
    english: englishWords(tokens),
    afterArticle: namesAfterArticle(page.blocks, tokens),
  };
}

/**
 * The names of a site and their counterparts: an English word is a name when it is written with a
 * capital wherever it occurs (Kavanaugh, never kavanaugh); it is linked to the Arabic words (of
 * three letters or more, without proclitics) with its skeleton that write their vowels alike
 * (`linked`), the likeliest `MAX_COUNTERPARTS`, and they to it. Pages come as their `NameWords`
 * (`nameWords`, or a kept `analysePage`).
 */
export function linkNameWords(list: readonly NameWords[]): NameLinks {
  const names = englishNamesOf(list.map((page) => page.english));
  const arabic = new Set<string>();
  const article = new Set<string>();
  // Pages per word, and per language, for `commonness`.
  const pagesWith = new Map<string, number>();
  const pagesIn = { ar: 0, en: 0 };
  for (const page of list) {
    pagesIn[page.lang]++;
    for (const word of page.words) pagesWith.set(word, (pagesWith.get(word) ?? 0) + 1);
    if (page.lang === 'en') continue;
    for (const word of page.words) if ([...word].length >= 3) arabic.add(word);
    for (const word of page.article) article.add(word);
  }
  /**
   * How much more common the Arabic word is among the Arabic pages than the name among the
   * English ones (or the other way): a name's two spellings are about as common in a site's two
   * languages, while a word that merely sounds like it (كانت for Conte, بينما for Panama) is in
   * many more pages than the name.
   */
  const commonness = (name: string, word: string) => {
    const rate = (key: string, lang: Lang) => ((pagesWith.get(key) ?? 0) + 1) / (pagesIn[lang] + 1);
    const ratio = rate(word, 'ar') / rate(name, 'en');
    return Math.max(ratio, 1 / ratio);
  };
  // A name taken into Arabic by its sound seldom takes the article (واشنطن, كافانو); a word that
  // does somewhere is an Arabic word (السكري, الباحثون), whatever it sounds like, unless the English
  // pages write the article too (al-Assad, الأسد; Al Jazeera, الجزيرة): then it may be the name.
  const articled = new Set(list.flatMap((page) => page.afterArticle));
  const sansArticle = new Set(arabic);
  for (const word of article) sansArticle.delete(word);
  const bySkeleton = new Map<string, { en: [string, Skeleton][]; ar: [string, Skeleton][] }>();
  const add = (key: string, side: 'en' | 'ar') => {
    const shape = shapeOf(key);
    if (shape === undefined) return;
    const entry = bySkeleton.get(shape.classes) ?? { en: [], ar: [] };
    entry[side].push([key, shape]);
    bySkeleton.set(shape.classes, entry);
  };
  for (const key of names) add(key, 'en');
  for (const key of arabic) add(key, 'ar');
  /** Whether the English name `name` and the Arabic word `word` may be linked, as to the article. */
  const articleAgrees = (name: string, word: string) => sansArticle.has(word) || articled.has(name);
  const links: NameLinks = { toArabic: new Map(), toEnglish: new Map() };
  const best = (word: string, shape: Skeleton, others: [string, Skeleton][]) =>
    others
      .filter(([other]) => {
        const [name, arabicWord] = shape.arabic ? [other, word] : [word, other];
        return articleAgrees(name, arabicWord) && commonness(name, arabicWord) <= MAX_COMMONNESS;
      })
      // Likelier: vowels more alike, then fewer letters a name seldom has (see `Skeleton.silent`).
      .map(([key, other]) => [key, (linked(shape, other) ?? NaN) * 100 - other.silent - shape.silent] as const)
      .filter((x) => !Number.isNaN(x[1]))
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .filter((x, _, all) => x[1] === all[0][1])
      .filter((_, __, all) => shape.classes.length > SHORT_SKELETON || all.length === 1)
      .slice(0, MAX_COUNTERPARTS)
      .map(([key]) => key);
  for (const { en, ar } of bySkeleton.values()) {
    if (en.length === 0 || ar.length === 0) continue;
    for (const [key, shape] of en) {
      const found = best(key, shape, ar);
      if (found.length > 0) links.toArabic.set(key, found);
    }
    for (const [key, shape] of ar) {
      const found = best(key, shape, en);
      if (found.length > 0) links.toEnglish.set(key, found);
    }
  }
  return links;
}

/**
 * The name keys an Arabic page is indexed under: for each of its words linked to English names,
 * their name keys (a page with كافانو: `nameKey('kavanaugh')`). (The other way, see
 * `queryNameKeys`.)
 */
export function nameTermsOf(page: NameWords, links: NameLinks): string[] {
  const terms = new Set<string>();
  if (page.lang !== 'ar' || links.toEnglish.size === 0) return [];
  for (const word of page.words) for (const name of links.toEnglish.get(word) ?? []) terms.add(nameKey(name, false));
  return [...terms];
}

/**
 * The skeletons of a query word as a name: an English word's as written, an Arabic word's with
 * and without proclitics.
 */
export function nameShapesOf(text: string): Skeleton[] {
  const [keyed] = keyedWords(text);
  if (!keyed) return [];
  const keys = keyed.token.arabic
    ? keyed.readings.filter((r) => LINKED_READINGS.has(r.kind)).map((r) => r.key)
    : [keyed.token.key];
  return keys.map(shapeOf).filter((shape) => shape !== undefined);
}

/** Words of the other script a name found nowhere is looked up as, at most. */
export const MAX_SPELLINGS = 2;

/**
 * For the query words the index has nowhere (`unfoundWords`): the words of the other script that
 * may spell them (the same skeleton, vowels written alike, see `vowelAgreement`), the likeliest
 * `MAX_SPELLINGS`, as the keys to look them up under. `spellings` gives the vocabulary's words of
 * a skeleton's classes (`shardSpellings`).
 */
export function spellingsFor(
  query: SearchQuery,
  unfound: readonly number[],
  spellings: (classes: string) => Iterable<VocabularyEntry>,
): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const i of unfound) {
    const word = query.words[i];
    const arabic = hasArabic(word.text);
    const scored = new Map<string, number>();
    for (const shape of nameShapesOf(word.text)) {
      for (const [other, pages] of spellings(shape.classes)) {
        if (hasArabic(other) === arabic) continue;
        const otherShape = shapeOf(other);
        const agreement = otherShape && linked(shape, otherShape);
        if (agreement === undefined || otherShape === undefined) continue;
        // Likelier: vowels more alike, then fewer letters a name seldom has, then more pages.
        const score = agreement * 1000 - (otherShape.silent + shape.silent) * 10 + Math.min(pages, 9);
        scored.set(other, Math.max(score, scored.get(other) ?? -Infinity));
      }
    }
    const best = [...scored].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_SPELLINGS);
    if (best.length > 0)
      out.set(
        i,
        best.map(([key]) => (hasArabic(key) ? key : inflectEnglish(key))),
      );
  }
  return out;
}
