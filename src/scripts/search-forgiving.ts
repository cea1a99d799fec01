/**
 * What search does when the words as typed are not enough, loaded only then (so that a query the
 * index answers as typed costs not a byte more): corrects misspelled words from the vocabulary
 * shipped with the index (typos.ts), looks a name found nowhere up as its spellings in the other
 * script (names.ts), marks the names a result was found by (skeleton.ts), and tells the reader of
 * a correction.
 */
import { hasArabic } from '../core/arabic/index.ts';
import { keyedWords } from '../core/search/keys.ts';
import { nameShapesOf, spellingsFor } from '../core/search/names.ts';
import type { QueryMatcher } from '../core/search/hits.ts';
import { EXACT_PARAM, QUERY_PARAM } from './search-params.ts';
import { fill, type SearchStrings } from './search-view.ts';
import type { EntrySpan, SearchQuery } from '../core/search/query.ts';
import type { Lookup } from '../core/search/rank.ts';
import { DATA_DIR } from '../core/search/record.ts';
import { shapeOf, vowelAgreement, type Skeleton } from '../core/arabic/skeleton.ts';
import {
  correctableReadings,
  correctedQuery,
  correctionsFor,
  unfoundWords,
  type VocabularyEntry,
} from '../core/search/typos.ts';
import {
  VOCABULARY_INDEX,
  spellingShardName,
  spellingShardOf,
  unpackShard,
  vocabularyPath,
  vocabularyShardsOf,
  type PackedShard,
} from '../core/search/vocabulary.ts';

/** Reads one of the build's gzipped JSON files (the engine's `fetchJson`). */
export type FetchJson = <T>(url: string) => Promise<T>;

/** The vocabulary of a site, its shards loaded as they are needed and kept for the page's lifetime. */
export class Vocabulary {
  private index: Promise<Set<string>> | undefined;
  private shards = new Map<string, Promise<VocabularyEntry[]>>();
  private readonly base: string;
  private readonly fetchJson: FetchJson;

  constructor(base: string, fetchJson: FetchJson) {
    this.base = base;
    this.fetchJson = fetchJson;
  }

  private names(): Promise<Set<string>> {
    return (this.index ??= this.fetchJson<string[]>(`${this.base}${DATA_DIR}/${VOCABULARY_INDEX}`).then(
      (names) => new Set(names),
    ));
  }

  private shard(name: string): Promise<VocabularyEntry[]> {
    let shard = this.shards.get(name);
    if (!shard) {
      shard = this.fetchJson<PackedShard>(`${this.base}${DATA_DIR}/${vocabularyPath(name)}`).then(unpackShard);
      this.shards.set(name, shard);
    }
    return shard;
  }

  private async load(names: Iterable<string>): Promise<Map<string, VocabularyEntry[]>> {
    const index = await this.names();
    const wanted = [...new Set(names)].filter((name) => index.has(name));
    return new Map(await Promise.all(wanted.map(async (name) => [name, await this.shard(name)] as const)));
  }

  /** The entries that may lie within one edit of each of `keys` (the two shards of each, see `vocabularyShardsOf`). */
  async near(keys: readonly string[]): Promise<(key: string) => VocabularyEntry[]> {
    const loaded = await this.load(keys.flatMap(vocabularyShardsOf));
    return (key) => vocabularyShardsOf(key).flatMap((name) => loaded.get(name) ?? []);
  }

  /** The words of each skeleton of `classes` (`shardSpellings`). */
  async spelled(classes: readonly string[]): Promise<(classes: string) => VocabularyEntry[]> {
    const count = [...(await this.names())].filter((name) => /^s[0-9a-f]+$/.test(name)).length;
    const nameOf = (c: string) => spellingShardName(spellingShardOf(c, count));
    const loaded = await this.load(classes.map(nameOf));
    return (c) => loaded.get(nameOf(c)) ?? [];
  }
}

/**
 * The query to search instead of `typed`, which found nothing in `lookup`: its words the index has
 * nowhere (`unfoundWords`) corrected when misspelled (`corrected`: the text the reader is told
 * of), looked up as a name's spellings in the other script; undefined when there is nothing to try.
 */
export async function forgive(
  typed: SearchQuery,
  lookup: Lookup,
  spans: readonly EntrySpan[],
  widened: readonly number[],
  vocabulary: Vocabulary,
): Promise<{ query: SearchQuery; corrected?: string } | undefined> {
  const unfound = unfoundWords(typed, lookup, spans, widened);
  if (unfound.length === 0) return undefined;
  const keys = unfound.flatMap((i) => correctableReadings(typed.words[i]).map((r) => r.key));
  const shapes = unfound.flatMap((i) => nameShapesOf(typed.words[i].text)).map((shape) => shape.classes);
  const [near, spelled] = await Promise.all([vocabulary.near(keys), vocabulary.spelled(shapes)]);
  const corrections = correctionsFor(typed, unfound, near);
  const spellings = spellingsFor(typed, unfound, spelled);
  if (corrections.length === 0 && spellings.size === 0) return undefined;
  const query = correctedQuery(typed, corrections, spellings);
  return corrections.length > 0 ? { query, corrected: query.text } : { query };
}

/** The skeletons of a word's keys compared for names: an Arabic word's readings but the stem, an English word as written. */
function shapesOfWord(arabic: boolean, key: string, readings: readonly { key: string; kind: string }[]): Skeleton[] {
  const keys = arabic ? readings.filter((r) => r.kind !== 'stem' && r.kind !== 'name').map((r) => r.key) : [key];
  return keys.map(shapeOf).filter((shape) => shape !== undefined);
}

/**
 * `matcher`, also marking the words of the other script that spell a name of `query` (the same
 * skeleton, vowels written alike): what a result found by spelling was found by.
 */
export function withNames(matcher: QueryMatcher, query: SearchQuery): QueryMatcher {
  const names = query.words.flatMap((word) =>
    word.readings.some((r) => r.kind === 'name')
      ? nameShapesOf(word.text).map((shape) => ({ arabic: hasArabic(word.text), shape }))
      : [],
  );
  if (names.length === 0) return matcher;
  return {
    ...matcher,
    spells: (text) =>
      keyedWords(text).flatMap(({ token, readings }) => {
        const others = names.filter((name) => name.arabic !== token.arabic);
        const spelled = shapesOfWord(token.arabic, token.key, readings).some((shape) =>
          others.some((name) => vowelAgreement(name.shape, shape) !== undefined),
        );
        return spelled ? [[token.start, token.end] as const] : [];
      }),
  };
}

/** The address of the search page at `action` searching `query` exactly as typed. */
export function asTypedHref(action: string, query: string): string {
  const url = new URL(action, location.href);
  url.searchParams.set(QUERY_PARAM, query);
  url.searchParams.set(EXACT_PARAM, '1');
  return `${url.pathname}${url.search}`;
}

/**
 * "Showing results for «corrected». Search instead for «typed»", the second half a link to the
 * search page at `action` searching the query as typed.
 */
export function correctionNotice(
  typed: string,
  corrected: string,
  strings: SearchStrings,
  action: string,
): HTMLParagraphElement {
  const notice = document.createElement('p');
  notice.className = 'search-correction';
  notice.append(fill(strings.corrected, { corrected }, strings.lang, ['corrected']), ' ');
  const link = document.createElement('a');
  link.className = 'search-as-typed';
  link.href = asTypedHref(action, typed);
  link.append(fill(strings.asTyped, { query: typed }, strings.lang));
  notice.append(link);
  return notice;
}
