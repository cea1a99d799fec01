/**
 * Where a query matches a text, in the text's own spelling: the words that search matched (and
 * the places where the text names a glossary entry the query named), as ranges of the original
 * text, for excerpts and for marking the hits on the page a result links to.
 */
import type { CompiledGlossary } from '../glossary/compile.ts';
import { findMatches } from '../glossary/match.ts';
import type { Lang } from '../types.ts';
import { keyedWords } from './keys.ts';
import type { SearchQuery } from './query.ts';
import { usedKeys } from './rank.ts';

/** A half-open range `[start, end)` of UTF-16 offsets. */
export type Range = readonly [start: number, end: number];

/** What to look for in a text. */
export interface QueryMatcher {
  /** The keys the query was looked up under. A text word matches when one of its keys is one of these. */
  keys: ReadonlySet<string>;
  /** The glossary entries the query names (see `glossaryOf`), found in the text by the glossary matcher. */
  glossary?: CompiledGlossary;
  /**
   * More ranges to mark in a text: the words that spell a name of the query in the other script
   * (set by the search page's `withNames`, loaded only for results found so).
   */
  spells?: (text: string) => Range[];
}

/**
 * The matcher for a parsed query and the entries it names: the keys its words were looked up
 * under (their stems too for the words in `widened`, see `widenedWords`).
 */
export function matcherFor(
  query: SearchQuery,
  glossary?: CompiledGlossary,
  widened: readonly number[] = [],
): QueryMatcher {
  return { keys: new Set(usedKeys(query, widened)), glossary };
}

/** Sorted ranges with overlapping and touching ones joined. */
export function mergeRanges(ranges: Iterable<Range>): Range[] {
  const sorted = [...ranges].filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/**
 * The ranges of `text` (written in `lang`) that `matcher` matches: every word that has one of the
 * keys the query was looked up under, as the index has it (so ماكرون marks لماكرون, and "election"
 * marks "elections"), and every place where the text names an entry of `matcher.glossary`.
 * Sorted, without overlaps.
 */
export function findHits(text: string, lang: Lang, matcher: QueryMatcher): Range[] {
  const ranges: Range[] = [];
  if (matcher.keys.size > 0) {
    for (const { token, readings } of keyedWords(text)) {
      if (readings.some((r) => matcher.keys.has(r.key))) ranges.push([token.start, token.end]);
    }
  }
  if (matcher.spells) ranges.push(...matcher.spells(text));
  if (matcher.glossary) {
    for (const match of findMatches(matcher.glossary, text, lang)) ranges.push([match.start, match.end]);
  }
  return mergeRanges(ranges);
}

/**
 * `ranges` of a text made of consecutive pieces (the text nodes of a paragraph), cut at the piece
 * boundaries: for each piece, the ranges within it, in the piece's own offsets.
 *
 * @example rangesByPiece([3, 4], [[2, 5]]) → [[[2, 3]], [[0, 2]]]
 */
export function rangesByPiece(pieceLengths: readonly number[], ranges: readonly Range[]): Range[][] {
  const out: Range[][] = pieceLengths.map(() => []);
  let offset = 0;
  pieceLengths.forEach((length, i) => {
    const end = offset + length;
    for (const [a, b] of ranges) {
      const start = Math.max(a, offset);
      const stop = Math.min(b, end);
      if (stop > start) out[i].push([start - offset, stop - offset]);
    }
    offset = end;
  });
  return out;
}
