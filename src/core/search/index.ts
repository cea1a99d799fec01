/**
 * Search across Arabic and English: search keys (normalisation, clitics, stemming) shared by the
 * index and the query, query variants, glossary lookups, hits and excerpts, and the records the
 * build writes. Pure functions; nothing here knows about files, Astro, Pagefind's API or the DOM.
 */
export { inflectEnglish, stemArabic, stemEnglish } from './stem.ts';
export {
  entryTerm,
  indexKeys,
  indexText,
  isWordKey,
  keyedWords,
  stemKey,
  stemLookups,
  wordKeys,
  type KeyedWord,
  type Reading,
  type ReadingKind,
} from './keys.ts';
export {
  MAX_QUERY_LENGTH,
  MAX_QUERY_WORDS,
  MIN_QUERY_LENGTH,
  isSearchable,
  parseQuery,
  type EntrySpan,
  type QueryWord,
  type SearchQuery,
} from './query.ts';
export {
  ENTRY_WEIGHT,
  READING_WEIGHT,
  WIDEN_BELOW,
  narrowKeys,
  pairKeys,
  rankPages,
  searchWith,
  stemKeys,
  usedKeys,
  widenedWords,
  type KeyPages,
  type Lookup,
  type PageHit,
  type RankedPage,
} from './rank.ts';
export {
  entrySpans,
  findEntries,
  glossaryOf,
  shardGlossary,
  shardOf,
  shardsFor,
  type GlossaryShards,
  type ShardEntry,
} from './glossary.ts';
export { findHits, matcherFor, mergeRanges, rangesByPiece, type QueryMatcher, type Range } from './hits.ts';
export { EXCERPT_WORDS, makeExcerpt, type Excerpt, type ExcerptPart } from './excerpt.ts';
export { extractPage, type SearchPage } from './page.ts';
export {
  DATA_DIR,
  FACETS_FILE,
  MANIFEST_FILE,
  PAGEFIND_DIR,
  PAGEFIND_LANGUAGE,
  SEARCH_DATA_VERSION,
  indexedRecord,
  searchText,
  shardPath,
  textPath,
  type SearchManifest,
  type SearchRecord,
  type SearchText,
} from './record.ts';
// Misspellings (typos.ts), the correction vocabulary (vocabulary.ts), names across scripts
// (names.ts, skeleton.ts): imported from their modules, not from here. The browser's search script
// imports this file, and a module it reaches is bundled into that script; these load only when a
// search needs them (src/scripts/search-forgiving.ts).
export { nameKey, queryNameKeys } from './name-keys.ts';
