/**
 * A reader's query, as search looks it up: its words with their keys, and the Pagefind searches
 * that together find every page any reading of the query matches.
 */
import { keyedWords } from './keys.ts';

/** A query word: what the reader typed and the keys it is looked up under (`wordKeys`). */
export interface QueryWord {
  text: string;
  /** UTF-16 offsets in the query. */
  start: number;
  end: number;
  /** The main key first, then the word's other readings. */
  keys: string[];
}

/** A parsed query. */
export interface SearchQuery {
  /** The query as used: trimmed and cut to `MAX_QUERY_LENGTH`. */
  text: string;
  words: QueryWord[];
}

/** Characters of a query that are read; a query is a few words, not a document. */
export const MAX_QUERY_LENGTH = 200;

/** Words of a query that are looked up; every word narrows the search (all must match). */
export const MAX_QUERY_WORDS = 12;

/** Characters a query needs before it is searched: one letter matches too much to be worth loading. */
export const MIN_QUERY_LENGTH = 2;

/**
 * An Arabic word that is nothing but clitic prefixes (و, ال, بال…): a conjunction or preposition
 * standing alone, or the start of a word still being typed. Either way it names nothing to find.
 */
const PREFIX_ONLY = /^[وف]?(?:[بكل]|[بك]?ال|لل)?$/;

/** The query's words with their keys (words that are only Arabic prefixes left out). */
export function parseQuery(input: string): SearchQuery {
  const text = input.trim().slice(0, MAX_QUERY_LENGTH);
  const all = keyedWords(text);
  // A lone word of three letters or more that looks like prefixes is also a word in its own right
  // (فلل villas, بال mind, وال governor): searched when it is the whole query, dropped beside others.
  const alone = all.length === 1 && all[0].token.key.length >= 3;
  const words = all
    .filter(({ token }) => alone || !(token.arabic && PREFIX_ONLY.test(token.key)))
    .slice(0, MAX_QUERY_WORDS)
    .map(({ token, keys }) => ({ text: token.text, start: token.start, end: token.end, keys }));
  return { text, words };
}

/** Whether a query is worth searching: it has a word, and more than a single character. */
export function isSearchable(query: SearchQuery): boolean {
  return query.words.length > 0 && query.text.length >= MIN_QUERY_LENGTH;
}

/** A run of query words that names a glossary entry (see `glossary.ts`). */
export interface EntrySpan {
  entryId: string;
  /** The entry's index term (`entryTerm`). */
  term: string;
  /** Index of the span's first and last word in `SearchQuery.words`. */
  first: number;
  last: number;
}

/** One Pagefind search that a query stands for. */
export interface SearchVariant {
  /** Terms for Pagefind, all of which a page must contain. */
  terms: string[];
  /**
   * How much a page found by this search counts against one found by the query as typed: 1 for
   * main keys and glossary entries, less for each word read with its second key.
   */
  weight: number;
  /** The glossary entries this search looks for in place of words. */
  entries: string[];
}

/** The weight a word read with another than its main key gives (see `SearchVariant.weight`). */
export const READING_WEIGHT = 0.5;

/** Searches a query turns into, at most; each costs the browser a Pagefind search. */
export const MAX_VARIANTS = 8;

/**
 * The Pagefind searches that find the pages a query matches, best first: the query's main keys;
 * each word read with its other keys (لماكرون also as ماكرون); and each run of words that names a
 * glossary entry replaced by the entry's term, so that "Macron" also finds the Arabic pages where
 * the glossary found the entry. Pagefind ands the words of a search; these searches are or-ed.
 * At most `MAX_VARIANTS`, the ones of highest weight.
 */
export function searchVariants(query: SearchQuery, spans: readonly EntrySpan[] = []): SearchVariant[] {
  // Partial searches ending before word i, kept to the best MAX_VARIANTS (a beam over the words).
  // Among equal weights, the query as typed before its glossary readings.
  const prune = (list: SearchVariant[]) =>
    list.sort((a, b) => b.weight - a.weight || a.entries.length - b.entries.length).slice(0, MAX_VARIANTS);
  const at: SearchVariant[][] = Array.from({ length: query.words.length + 1 }, () => []);
  at[0] = [{ terms: [], weight: 1, entries: [] }];
  for (let i = 0; i < query.words.length; i++) {
    const here = prune(at[i]);
    for (const partial of here) {
      query.words[i].keys.forEach((key, k) => {
        at[i + 1].push({ terms: [...partial.terms, key], weight: partial.weight * (k === 0 ? 1 : READING_WEIGHT), entries: partial.entries });
      });
      for (const span of spans) {
        if (span.first !== i) continue;
        at[span.last + 1].push({ terms: [...partial.terms, span.term], weight: partial.weight, entries: [...partial.entries, span.entryId] });
      }
    }
  }
  const seen = new Set<string>();
  const unique: SearchVariant[] = [];
  for (const variant of prune(at[query.words.length])) {
    const id = variant.terms.join(' ');
    if (variant.terms.length === 0 || seen.has(id)) continue;
    seen.add(id);
    unique.push(variant);
  }
  return unique;
}
