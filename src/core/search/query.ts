/**
 * A reader's query, as search looks it up: its words with their readings, and whether it asks for
 * the words together (a quoted phrase).
 */
import { isProcliticOnly } from '../arabic/index.ts';
import { keyedWords, type KeyedWord, type Reading } from './keys.ts';
import { queryNameKeys } from './name-keys.ts';

/** A query word: what the reader typed and the readings it is looked up under (`wordKeys`). */
export interface QueryWord {
  text: string;
  /** UTF-16 offsets in the query. */
  start: number;
  end: number;
  /** Most specific first. */
  readings: Reading[];
}

/** A parsed query. */
export interface SearchQuery {
  /** The query as used: trimmed and cut to `MAX_QUERY_LENGTH`. */
  text: string;
  words: QueryWord[];
  /**
   * True when the query is in quotes ("…", “…”, «…»): its words must stand next to each other,
   * in their order. Without quotes, pages where they do rank first.
   */
  phrase: boolean;
}

/** Characters of a query that are read; a query is a few words, not a document. */
export const MAX_QUERY_LENGTH = 200;

/** Words of a query that are looked up; every word narrows the search (all must match). */
export const MAX_QUERY_WORDS = 12;

/** Characters a query needs before it is searched: one letter matches too much to be worth loading. */
export const MIN_QUERY_LENGTH = 2;

/** Quotes a phrase may be written in: opening and closing. */
const QUOTED = /^["“„«»”](.*)["”“»«]$/su;

/** The query's words with their readings (words that are only Arabic prefixes left out). */
export function parseQuery(input: string): SearchQuery {
  const text = input.trim().slice(0, MAX_QUERY_LENGTH);
  const quoted = QUOTED.exec(text);
  const all = keyedWords(text);
  // A lone word like بال (mind) or فلل (villas) is a word in its own right, and searched when it
  // is the whole query; beside other words it is a conjunction or a preposition typed apart.
  const alone = all.length === 1;
  const words = all
    .filter(({ token }) => alone || !(token.arabic && isProcliticOnly(token.key)))
    .slice(0, MAX_QUERY_WORDS)
    .map(queryWord);
  return { text, words, phrase: quoted !== null && words.length > 1 };
}

/** A word of a query as `parseQuery` reads it. */
export function queryWord({ token, readings }: KeyedWord): QueryWord {
  return {
    text: token.text,
    start: token.start,
    end: token.end,
    // Last, the key under which the Arabic pages that spell an English name are indexed.
    readings: [...readings, ...queryNameKeys(token).map((key): Reading => ({ key, kind: 'name' }))],
  };
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
