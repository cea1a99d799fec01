/**
 * The vocabulary shipped with the index, for correcting misspellings: every word of the index (see
 * `vocabularyWords`, counted by `countVocabulary`) with the number of pages that have it, cut into
 * shards that the browser loads only when a query word has no reading in the index.
 *
 * A shard holds the words that begin with one letter, or the words that end with one letter: one
 * edit of a word of three letters or more leaves its first or its last letter as it was (an edit at
 * the start leaves the end alone, and the other way round), so the words within one edit of a
 * query word are all in the shard of its first letter or the shard of its last. A correction loads
 * those two shards and nothing else.
 *
 * Each shard is a list of words sorted by key, which is how a trie is written out: gzip stores each
 * word as what it shares with the word before it plus the rest. (A deletion dictionary, every word
 * with each of its letters left out, answers faster but is larger by the length of the words; see
 * bench/search-vocabulary.ts for both measured.)
 */
import { hasArabic } from '../arabic/index.ts';
import { shardOf } from './glossary.ts';
import type { KeyedWord } from './keys.ts';
import { shapeOf } from '../arabic/skeleton.ts';
import type { VocabularyEntry } from './typos.ts';

/** The readings that go in the vocabulary: the words as written, with and without proclitics. */
const WORD_READINGS = /* @__PURE__ */ new Set(['form', 'base']);

/** A key made only of digits is a number: not a word to be corrected to. */
const DIGITS = /[0-9]/;

/**
 * The words of one page's text (its blocks' `keyedWords`) that go in the vocabulary, each once:
 * Arabic words as their keys with and without proclitics (a misspelling is corrected in the word
 * without them), English words as written (folded): their keys are inflectional stems
 * (`inflectEnglish`), which a misspelling can change beyond one edit (office → offic, offcie →
 * offcie). Numbers are left out; a number typed wrong is another number.
 */
export function vocabularyWords(blocks: readonly (readonly KeyedWord[])[]): string[] {
  const seen = new Set<string>();
  for (const words of blocks)
    for (const word of words) {
      if (DIGITS.test(word.token.key)) continue;
      if (!word.token.arabic) seen.add(word.token.key);
      else for (const reading of word.readings) if (WORD_READINGS.has(reading.kind)) seen.add(reading.key);
    }
  return [...seen];
}

/** The vocabulary of pages given as their `vocabularyWords`: each word with the number of pages that have it. */
export function countVocabulary(pages: Iterable<readonly string[]>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const words of pages) for (const key of words) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** The name of the shard of the words that begin (`f`) or end (`l`) with `letter`. */
function shardName(side: 'f' | 'l', letter: string): string {
  return `${side}${letter.codePointAt(0)!.toString(16)}`;
}

/** The two shards a key is in, or could have a word within one edit in: its first letter's and its last's. */
export function vocabularyShardsOf(key: string): string[] {
  const letters = [...key];
  if (letters.length === 0) return [];
  return [shardName('f', letters[0]), shardName('l', letters[letters.length - 1])];
}

/** The vocabulary in shards (see the module's comment), each sorted by key. */
export function shardVocabulary(vocabulary: ReadonlyMap<string, number>): Map<string, VocabularyEntry[]> {
  const shards = new Map<string, VocabularyEntry[]>();
  const keys = [...vocabulary.keys()].sort();
  for (const key of keys) {
    const entry: VocabularyEntry = [key, vocabulary.get(key)!];
    for (const name of vocabularyShardsOf(key)) {
      const shard = shards.get(name) ?? [];
      shard.push(entry);
      shards.set(name, shard);
    }
  }
  return shards;
}

/** Path, within `DATA_DIR`, of vocabulary shard `name`. */
export function vocabularyPath(name: string): string {
  return `vocabulary/${name.replace(/[^a-z0-9]/g, '')}.json.gz`;
}

/**
 * A shard as written: its words in key order, each as the letters it shares with the word before
 * it (a count) and the rest, then the number of pages that have it. The front coding is the
 * trie's; gzip then has less to do (and the browser less to parse).
 */
export type PackedShard = [shared: number, rest: string, pages: number][];

/** Packs a sorted shard for writing. */
export function packShard(entries: readonly VocabularyEntry[]): PackedShard {
  let previous = '';
  return entries.map(([key, pages]) => {
    let shared = 0;
    while (shared < previous.length && shared < key.length && previous[shared] === key[shared]) shared++;
    previous = key;
    return [shared, key.slice(shared), pages];
  });
}

/** The entries of a packed shard. */
export function unpackShard(packed: PackedShard): VocabularyEntry[] {
  let previous = '';
  return packed.map(([shared, rest, pages]) => {
    const key = previous.slice(0, shared) + rest;
    previous = key;
    return [key, pages];
  });
}

/** The list of the vocabulary's shards, within `DATA_DIR`: a correction reads it before any shard. */
export const VOCABULARY_INDEX = 'vocabulary/index.json.gz';

/**
 * The vocabulary's files for a site's vocabulary (`countVocabulary`) and English names
 * (`englishNamesOf`), as paths within `DATA_DIR` and the JSON each holds (gzipped by the caller):
 * the list of shards and the shards.
 */
export function vocabularyFilesOf(
  vocabulary: ReadonlyMap<string, number>,
  names: ReadonlySet<string>,
): Map<string, unknown> {
  const shards = shardVocabulary(vocabulary);
  const spellings = shardSpellings(vocabulary, names);
  spellings.forEach((entries, i) => shards.set(spellingShardName(i), entries));
  const files = new Map<string, unknown>([[VOCABULARY_INDEX, [...shards.keys()].sort()]]);
  for (const [name, entries] of shards) files.set(vocabularyPath(name), packShard(entries));
  return files;
}

/**
 * Words a spelling shard holds, about: a word of the other script is looked for in one shard, so
 * a shard should cost a few kilobytes.
 */
const SPELLING_SHARD = 500;

/** The name of spelling shard `i`. */
export function spellingShardName(i: number): string {
  return `s${i.toString(16)}`;
}

/** The spelling shard that holds the words of skeleton `classes`, of `count` shards. */
export function spellingShardOf(classes: string, count: number): number {
  return shardOf(classes, count);
}

/**
 * The words a name typed in the other script may be spelled as, by the classes of their skeleton
 * (`shapeOf`), in shards: the Arabic words of three letters or more, and the English names
 * (`englishNamesOf`). For a query word the index has nowhere (`unfoundWords`): the build links the
 * names that both scripts write (`linkNameWords`); a name written in one script only is found through
 * these. Each shard sorted by key.
 */
export function shardSpellings(
  vocabulary: ReadonlyMap<string, number>,
  names: ReadonlySet<string>,
): VocabularyEntry[][] {
  const entries: [string, VocabularyEntry][] = [];
  for (const [key, pages] of vocabulary) {
    if (hasArabic(key) ? [...key].length < 3 : !names.has(key)) continue;
    const shape = shapeOf(key);
    if (shape) entries.push([shape.classes, [key, pages]]);
  }
  const count = Math.max(1, Math.ceil(entries.length / SPELLING_SHARD));
  const shards: VocabularyEntry[][] = Array.from({ length: count }, () => []);
  for (const [classes, entry] of entries.sort((a, b) => (a[1][0] < b[1][0] ? -1 : 1)))
    shards[spellingShardOf(classes, count)].push(entry);
  return shards;
}
