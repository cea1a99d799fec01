/**
 * The glossary as search uses it: which entries a page names (indexed as entry terms), and which
 * entries a query names, looked up in the browser in shards of the glossary so that a query loads
 * only the few entries that could match it, whatever the size of the glossary.
 */
import { cliticVariants, tokenize } from '../arabic/index.ts';
// The glossary's modules one by one, not its index: that also exports the YAML reader, which the
// browser must not download.
import { compileGlossary, type CompiledGlossary } from '../glossary/compile.ts';
import { formShape } from '../glossary/forms.ts';
import { findMatches } from '../glossary/match.ts';
import type { EntryKind, GlossaryEntry, GlossaryMatch } from '../glossary/types.ts';
import { LANGS, type Lang } from '../lang.ts';
import { entryTerm } from './keys.ts';
import type { EntrySpan, SearchQuery } from './query.ts';

/** What a shard holds of one entry: what matching needs, and the terms a result shows. */
export interface ShardEntry {
  id: string;
  /** The entry's number, whose `entryTerm` the index holds for every page that names it. */
  n: number;
  kind: EntryKind;
  en?: { term: string; aliases: string[] };
  ar?: { term: string; aliases: string[] };
}

/** The glossary cut into shards by the first word of each form. */
export interface GlossaryShards {
  /** `shards[i]` holds every entry with a form whose first word key hashes to `i`. */
  shards: ShardEntry[][];
  /** The index term of each entry, by id. */
  terms: Map<string, string>;
}

/**
 * Bytes of JSON a shard holds, about: a query loads one shard per word, so a shard should cost
 * less than an index chunk. About 1,000 forms.
 */
const SHARD_TARGET = 32_000;

/** 32-bit FNV-1a of a string's UTF-16 units: fast, stable, and well spread over short keys. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The shard that holds the forms whose first word has the key `key`. */
export function shardOf(key: string, shardCount: number): number {
  return fnv1a(key) % shardCount;
}

function shardEntry(entry: GlossaryEntry, n: number): ShardEntry {
  const out: ShardEntry = { id: entry.id, n, kind: entry.kind };
  for (const lang of LANGS) {
    const block = entry[lang];
    if (block) out[lang] = { term: block.term, aliases: block.aliases };
  }
  return out;
}

/** The glossary's entries in shards (see `GlossaryShards`), numbered in the order of the glossary. */
export function shardGlossary(entries: readonly GlossaryEntry[]): GlossaryShards {
  const items = entries.map((entry, n) => {
    const data = shardEntry(entry, n);
    const firstKeys = new Set<string>();
    for (const lang of LANGS) {
      for (const form of [data[lang]?.term, ...(data[lang]?.aliases ?? [])]) {
        const first = form === undefined ? undefined : formShape(form)?.keys[0];
        if (first !== undefined) firstKeys.add(first);
      }
    }
    return { data, firstKeys, size: JSON.stringify(data).length * firstKeys.size };
  });
  const total = items.reduce((sum, item) => sum + item.size, 0);
  const count = Math.max(1, Math.ceil(total / SHARD_TARGET));
  const shards: ShardEntry[][] = Array.from({ length: count }, () => []);
  for (const { data, firstKeys } of items) {
    const into = new Set([...firstKeys].map((key) => shardOf(key, count)));
    for (const i of into) shards[i].push(data);
  }
  return { shards, terms: new Map(entries.map((entry, n) => [entry.id, entryTerm(n)])) };
}

/** The shards a query's entries can be in: those of every reading of every word of it (none without a glossary). */
export function shardsFor(text: string, shardCount: number): number[] {
  const shards = new Set<number>();
  if (shardCount < 1) return [];
  for (const token of tokenize(text)) {
    const readings = token.arabic ? cliticVariants(token.key).map((r) => r.stem) : [token.key];
    for (const stem of readings) shards.add(shardOf(stem, shardCount));
  }
  return [...shards].sort((a, b) => a - b);
}

/** Shard entries as a glossary for matching; an entry in several loaded shards counts once. */
export function glossaryOf(entries: Iterable<ShardEntry>): {
  glossary: CompiledGlossary;
  byId: Map<string, ShardEntry>;
} {
  const byId = new Map<string, ShardEntry>();
  for (const entry of entries) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  const glossary = compileGlossary([...byId.values()].sort((a, b) => a.n - b.n));
  return { glossary, byId };
}

/**
 * Where a text in either language names glossary entries: the matches in it read as Arabic and as
 * English (a query's language is not known), leftmost-longest, without overlaps.
 */
export function findEntries(glossary: CompiledGlossary, text: string, langs: readonly Lang[] = LANGS): GlossaryMatch[] {
  const all = langs.flatMap((lang) => findMatches(glossary, text, lang));
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: GlossaryMatch[] = [];
  for (const match of all) {
    const last = kept[kept.length - 1];
    if (last && match.start < last.end) continue;
    kept.push(match);
  }
  return kept;
}

/** The runs of query words that name glossary entries, for the search engine's `entriesOf`. */
export function entrySpans(
  query: SearchQuery,
  matches: readonly GlossaryMatch[],
  byId: ReadonlyMap<string, ShardEntry>,
): EntrySpan[] {
  const spans: EntrySpan[] = [];
  for (const match of matches) {
    const entry = byId.get(match.entryId);
    const first = query.words.findIndex((word) => word.end > match.start);
    let last = first;
    while (last + 1 < query.words.length && query.words[last + 1].start < match.end) last++;
    if (!entry || first < 0 || query.words[first].start >= match.end) continue;
    spans.push({ entryId: entry.id, term: entryTerm(entry.n), first, last });
  }
  return spans;
}
