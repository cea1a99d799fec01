/**
 * Which pages a query finds, and in what order, from what the index holds for each key. The
 * browser looks each key up in Pagefind as an exact term (no prefix matching, no guessing at a
 * shorter word) and hands the answers to `rankPages`; everything that decides what a reader sees
 * first is here, in pure code, and the same code scores the evaluation (bench/search-eval.ts).
 *
 * The order, from the first criterion to the last:
 *   1. phrase: every two neighbouring words of the query stand next to each other, in order, in
 *      any of their readings (looked up as Pagefind's quoted pairs), or within a run of words that
 *      names a glossary entry the page names; when some pages have them so, only those are kept;
 *   2. how many of the query's neighbouring words stand next to each other;
 *   3. specificity: the least specific reading any word needed (`READING_WEIGHT`): a page where
 *      every word is as typed comes before one where a word had to lose a proclitic, which comes
 *      before one found through an ambiguous proclitic (لجنة as ل + جنة), then through a stem;
 *   4. a BM25-like score (term frequency, saturated, times rarity), weighted by reading.
 */
import { hasArabic } from '../arabic/index.ts';
import type { Lang } from '../types.ts';
import { stemLookups, type Reading, type ReadingKind } from './keys.ts';
import type { EntrySpan, SearchQuery } from './query.ts';

/** A page that holds a key: its language, and how often it has the key. */
export interface PageHit {
  lang: Lang;
  count: number;
}

/** What the index holds for a key: the pages that have it, by id. */
export type KeyPages = ReadonlyMap<string, PageHit>;

/**
 * What the index answers, as fetched by the caller (who looks up the keys `narrowKeys`,
 * `stemKeys` and `pairKeys` name first): the pages that have a key, and the pages where a word
 * with key `a` is followed by a word with key `b`. An unknown key has no pages.
 */
export interface Lookup {
  pages(key: string): KeyPages | undefined;
  together(a: string, b: string): ReadonlySet<string> | undefined;
}

/** What a page found through a reading counts, against one found as typed. */
export const READING_WEIGHT: Readonly<Record<ReadingKind, number>> = {
  form: 1,
  base: 0.9,
  other: 0.5,
  stem: 0.3,
  // What a guess finds ranks below what any reading of the words as typed finds.
  typo: 0.2,
  name: 0.2,
};

/**
 * What a word matched through a glossary entry counts: below the word itself with or without its
 * proclitics (the reader's own word, in the reader's spelling), above an ambiguous reading.
 */
export const ENTRY_WEIGHT = 0.8;

/**
 * A word's stems are looked up only when its narrower readings find fewer pages than this: a
 * stem widens the results when the word as written (with or without proclitics) finds nothing,
 * and never buries what it does find under the many pages of a common stem.
 */
export const WIDEN_BELOW = 1;

/** A page a query found. */
export interface RankedPage {
  id: string;
  lang: Lang;
  score: number;
  /** Every word of the query matched directly (not only through a glossary entry). */
  direct: boolean;
  /** The glossary entries through which words were matched. */
  entries: string[];
  /** Every two neighbouring words of the query stand together somewhere in the page. */
  phrase: boolean;
  /** Neighbouring query words that stand next to each other. */
  adjacent: number;
  /** The least specific reading weight any word needed. */
  specificity: number;
  /** A word matched only through the spelling of a name in the other script (a `name` reading). */
  spelling: boolean;
}

/** The keys under which a query word's reading is looked up. */
function keysOf(reading: Reading, arabic: boolean): string[] {
  return reading.kind === 'stem' ? stemLookups(reading.key.slice(0, -1), arabic) : [reading.key];
}

/** The narrow keys of a query (every reading but stems) and the terms of the entries it names. */
export function narrowKeys(query: SearchQuery, spans: readonly EntrySpan[] = []): string[] {
  const keys = new Set<string>();
  for (const word of query.words)
    for (const reading of word.readings) if (reading.kind !== 'stem') keys.add(reading.key);
  for (const span of spans) keys.add(span.term);
  return [...keys];
}

/** Pages that any of `keys` finds. */
export function pagesOf(keys: readonly string[], lookup: Lookup): Set<string> {
  const pages = new Set<string>();
  for (const key of keys) for (const id of lookup.pages(key)?.keys() ?? []) pages.add(id);
  return pages;
}

/** Indexes of the query words whose narrow readings find too little (`WIDEN_BELOW`), given their lookups. */
export function widenedWords(query: SearchQuery, lookup: Lookup): number[] {
  const out: number[] = [];
  query.words.forEach((word, i) => {
    // A name spelled in the other script is found besides the word, never instead of its stems.
    const narrow = word.readings.filter((r) => r.kind !== 'stem' && r.kind !== 'name').map((r) => r.key);
    if (pagesOf(narrow, lookup).size < WIDEN_BELOW && word.readings.some((r) => r.kind === 'stem')) out.push(i);
  });
  return out;
}

/** The stem keys to look up for the words `widened`. */
export function stemKeys(query: SearchQuery, widened: readonly number[]): string[] {
  const keys = new Set<string>();
  for (const i of widened) {
    const word = query.words[i];
    for (const reading of word.readings)
      if (reading.kind === 'stem') for (const key of keysOf(reading, hasArabic(word.text))) keys.add(key);
  }
  return [...keys];
}

/**
 * The keys word `i` of `query` is looked up under: its narrow readings', and its stems' when
 * widened; with `names`, its name keys too (not for words standing together: a name spelled in the
 * other script is never next to the other words of the query as typed).
 */
export function wordLookupKeys(query: SearchQuery, i: number, widened: readonly number[], names = true): string[] {
  const word = query.words[i];
  const keys = new Set<string>();
  for (const reading of word.readings) {
    if (reading.kind === 'name' && !names) continue;
    if (reading.kind !== 'stem') keys.add(reading.key);
    else if (widened.includes(i)) for (const key of keysOf(reading, hasArabic(word.text))) keys.add(key);
  }
  return [...keys];
}

/** The keys a query's words were looked up under, for marking hits: narrow ones, and stems where widened. */
export function usedKeys(query: SearchQuery, widened: readonly number[]): string[] {
  return [...new Set(query.words.flatMap((_, i) => wordLookupKeys(query, i, widened)))];
}

/** Keys per word tried for the words standing together: each pair of neighbours costs their product in lookups. */
const PAIR_KEYS = 3;

/**
 * The pairs of keys to look up together (`Lookup.together`): for each two neighbouring words, each
 * of the first `PAIR_KEYS` keys of one with each of the other's.
 */
export function pairKeys(query: SearchQuery, widened: readonly number[] = []): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < query.words.length; i++) {
    const [a, b] = [
      wordLookupKeys(query, i, widened, false).slice(0, PAIR_KEYS),
      wordLookupKeys(query, i + 1, widened, false).slice(0, PAIR_KEYS),
    ];
    for (const x of a) for (const y of b) pairs.push([x, y]);
  }
  return pairs;
}

/** How one word matched one page. */
interface WordMatch {
  weight: number;
  /** The reading that gave the weight is a `name` reading. */
  name: boolean;
  tf: number;
  idf: number;
  direct: boolean;
}

/** BM25's term-frequency saturation. */
const K1 = 1.2;

function idfOf(pages: number, total: number): number {
  return Math.log(1 + (total - pages + 0.5) / (pages + 0.5));
}

/** The pages where words `i` and `i + 1` of the query stand together, in any of the readings tried. */
function togetherPages(query: SearchQuery, i: number, lookup: Lookup, widened: readonly number[]): Set<string> {
  const pages = new Set<string>();
  const [a, b] = [
    wordLookupKeys(query, i, widened, false).slice(0, PAIR_KEYS),
    wordLookupKeys(query, i + 1, widened, false).slice(0, PAIR_KEYS),
  ];
  for (const x of a) for (const y of b) for (const id of lookup.together(x, y) ?? []) pages.add(id);
  return pages;
}

/**
 * The pages `query` finds, best first (see the module's comment for the order): every word must
 * match, by one of its readings (stems only for the words in `widened`) or through a glossary
 * entry that a run of words names (`spans`). `total` is the number of pages in the index.
 * A quoted query (`SearchQuery.phrase`) keeps only the pages where its words stand together; an
 * unquoted one too, when there are such pages.
 */
export function rankPages(
  query: SearchQuery,
  lookup: Lookup,
  total: number,
  options: { spans?: readonly EntrySpan[]; widened?: readonly number[] } = {},
): RankedPage[] {
  const spans = options.spans ?? [];
  const widened = options.widened ?? [];
  const n = query.words.length;
  if (n === 0) return [];
  // Per word: page id → how the word matched there.
  const perWord: Map<string, WordMatch>[] = query.words.map((word, i) => {
    const matches = new Map<string, WordMatch>();
    const arabic = hasArabic(word.text);
    const readings = word.readings.filter((r) => r.kind !== 'stem' || widened.includes(i));
    const df = pagesOf(
      readings.flatMap((r) => keysOf(r, arabic)),
      lookup,
    ).size;
    const idf = idfOf(df, Math.max(total, df));
    // A word that names a glossary entry read with a proclitic off (لماكرون: ل + ماكرون) has had
    // that reading confirmed: the proclitic is one.
    const named = spans.some((span) => span.first <= i && i <= span.last);
    for (const reading of readings) {
      const weight = reading.weight ?? READING_WEIGHT[reading.kind === 'other' && named ? 'base' : reading.kind];
      for (const key of keysOf(reading, arabic)) {
        for (const [id, hit] of lookup.pages(key) ?? []) {
          const match = matches.get(id);
          const name = reading.kind === 'name';
          if (!match) matches.set(id, { weight, name, tf: hit.count, idf, direct: true });
          else {
            if (weight > match.weight) Object.assign(match, { weight, name });
            match.tf = Math.max(match.tf, hit.count);
          }
        }
      }
    }
    return matches;
  });
  const langOf = new Map<string, Lang>();
  for (const key of [...narrowKeys(query, spans), ...stemKeys(query, widened)])
    for (const [id, hit] of lookup.pages(key) ?? []) langOf.set(id, hit.lang);
  // Glossary entries: a page that names the entry matches every word of the span.
  const entriesOf = new Map<string, Set<string>>();
  for (const span of spans) {
    const pages = lookup.pages(span.term);
    if (!pages) continue;
    const idf = idfOf(pages.size, Math.max(total, pages.size));
    for (const [id, hit] of pages) {
      for (let i = span.first; i <= span.last; i++) {
        // Glossary entries come before a name's spelling: what an entry finds is credited to it.
        const direct = perWord[i].get(id);
        if (direct && !direct.name) continue;
        perWord[i].set(id, { weight: ENTRY_WEIGHT, name: false, tf: hit.count, idf, direct: false });
        const set = entriesOf.get(id) ?? new Set<string>();
        set.add(span.entryId);
        entriesOf.set(id, set);
      }
    }
  }
  const together = query.words.slice(1).map((_, i) => togetherPages(query, i, lookup, widened));
  // The words of a span stand together in every page that names its entry: the entry is that run
  // of words, in whatever form or language the page writes it (ماكرون for "Emmanuel Macron").
  for (const span of spans)
    for (const id of lookup.pages(span.term)?.keys() ?? [])
      for (let i = span.first; i < span.last; i++) together[i].add(id);
  // Candidates: the pages of the word with fewest pages, checked against the others.
  const smallest = perWord.reduce((a, b) => (b.size < a.size ? b : a));
  const ranked: RankedPage[] = [];
  for (const id of smallest.keys()) {
    const matches = perWord.map((word) => word.get(id));
    if (matches.some((m) => m === undefined)) continue;
    const all = matches as WordMatch[];
    const adjacent = together.filter((pages) => pages.has(id)).length;
    const phrase = together.length > 0 && adjacent === together.length;
    if (query.phrase && !phrase) continue;
    const score = all.reduce((sum, m) => sum + m.weight * m.idf * ((m.tf * (K1 + 1)) / (m.tf + K1)), 0);
    ranked.push({
      id,
      lang: langOf.get(id) ?? 'en',
      score,
      direct: all.every((m) => m.direct),
      entries: [...(entriesOf.get(id) ?? [])],
      phrase,
      adjacent,
      specificity: Math.min(...all.map((m) => m.weight)),
      spelling: all.some((m) => m.name),
    });
  }
  // The words standing together are the narrowest reading of a query of several words: when some
  // pages have them so, the pages that only have them apart would bury those (as a stem would).
  const kept = ranked.some((page) => page.phrase) ? ranked.filter((page) => page.phrase) : ranked;
  kept.sort(
    (a, b) =>
      Number(b.phrase) - Number(a.phrase) ||
      b.adjacent - a.adjacent ||
      b.specificity - a.specificity ||
      b.score - a.score ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return kept;
}

/**
 * A whole search over `lookup`, as the browser runs it: narrow readings, then stems for the words
 * they leave without a page, then `rankPages`. Returns the ranking and the widened words (for
 * marking hits). `lookup` must answer every key it is asked (the browser fetches them first).
 */
export function searchWith(
  query: SearchQuery,
  lookup: Lookup,
  total: number,
  spans: readonly EntrySpan[] = [],
): { pages: RankedPage[]; widened: number[] } {
  const widened = widenedWords(query, lookup);
  return { pages: rankPages(query, lookup, total, { spans, widened }), widened };
}
