/**
 * The correction vocabulary's cost, by format: `node bench/search-vocabulary.ts [--pages 1000]`.
 *
 * Reads `--pages` pages of TICO-19 (half Arabic, half English, six sentences each, as
 * bench/make-corpus.ts cuts them), collects the vocabulary the build ships (`countVocabulary`),
 * and for the two ways of finding the words within one edit of a query word prints:
 *   - bytes: the whole vocabulary gzipped, and the two shards a correction loads (mean and largest
 *     over the queries);
 *   - time: finding the candidates of every query word, in the shards loaded.
 * The formats: the words in key order, front-coded (a trie written out; `packShard`), scanned with
 * `candidatesFor`; and a deletion dictionary (every word under itself and each of its one-letter
 * deletions), where a query word's candidates are the words under its own deletions, then checked.
 * The query words are misspellings of corpus words (one edit of each kind, by seeded chance).
 */
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { seededRandom } from '../src/core/random.ts';
import { candidatesFor, editBetween, type VocabularyEntry } from '../src/core/search/typos.ts';
import { keyedWords } from '../src/core/search/keys.ts';
import {
  countVocabulary,
  packShard,
  shardVocabulary,
  vocabularyShardsOf,
  vocabularyWords,
} from '../src/core/search/vocabulary.ts';
import { sidesOf } from '../tests/helpers/parallel.ts';
import { ticoDocuments } from '../tests/helpers/tico.ts';

const { values: args } = parseArgs({ options: { pages: { type: 'string', default: '1000' } } });
const PAGES = Number(args.pages);
const SENTENCES = 6;

function pages(): string[][] {
  const pieces: string[][] = [];
  for (const doc of ticoDocuments('file').map(sidesOf)) {
    const n = Math.min(doc.en.length, doc.ar.length);
    for (let i = 0; i + 2 <= n; i += SENTENCES)
      pieces.push(doc.en.slice(i, i + SENTENCES), doc.ar.slice(i, i + SENTENCES));
  }
  const out: string[][] = [];
  for (let i = 0; out.length < PAGES; i++) out.push(pieces[i % pieces.length]);
  return out;
}

const gz = (value: unknown) => gzipSync(JSON.stringify(value), { level: 9 }).length;

function deletions(key: string): string[] {
  const letters = [...key];
  return [key, ...letters.map((_, i) => [...letters.slice(0, i), ...letters.slice(i + 1)].join(''))];
}

/** A deletion dictionary of `entries`: deletion → indexes of the words it comes from. */
function deletionDictionary(entries: readonly VocabularyEntry[]): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  entries.forEach(([key], i) => {
    for (const d of new Set(deletions(key))) (out[d] ??= []).push(i);
  });
  return out;
}

function misspell(key: string, rng: () => number): string {
  const letters = [...key];
  const i = Math.floor(rng() * (letters.length - 1));
  switch (Math.floor(rng() * 3)) {
    case 0:
      return [...letters.slice(0, i), letters[i + 1], letters[i], ...letters.slice(i + 2)].join('');
    case 1:
      return [...letters.slice(0, i), ...letters.slice(i + 1)].join('');
    default:
      return [...letters.slice(0, i), letters[i], ...letters.slice(i)].join('');
  }
}

const vocabulary = countVocabulary(pages().map((blocks) => vocabularyWords(blocks.map(keyedWords))));
const all = [...vocabulary].sort(([a], [b]) => (a < b ? -1 : 1)) as VocabularyEntry[];
const shards = shardVocabulary(vocabulary);
const rng = seededRandom(7);
const words = all.filter(([key]) => key.length >= 5);
const queries = Array.from({ length: 500 }, () => misspell(words[Math.floor(rng() * words.length)][0], rng)).filter(
  (q) => !vocabulary.has(q),
);

const packed = new Map([...shards].map(([name, entries]) => [name, packShard(entries)]));
const dictionaries = new Map([...shards].map(([name, entries]) => [name, deletionDictionary(entries)]));
const loadBytes = (bytesOf: (name: string) => number) =>
  queries.map((q) => vocabularyShardsOf(q).reduce((sum, name) => sum + (shards.has(name) ? bytesOf(name) : 0), 0));
const trieBytes = new Map([...packed].map(([name, p]) => [name, gz(p)]));
const dictBytes = new Map(
  [...shards].map(([name, entries]) => [name, gz({ words: packShard(entries), deletions: dictionaries.get(name) })]),
);

function time(find: (q: string) => unknown): number {
  const started = performance.now();
  for (let round = 0; round < 5; round++) for (const q of queries) find(q);
  return (performance.now() - started) / (5 * queries.length);
}

const trieTime = time((q) => {
  for (const name of vocabularyShardsOf(q)) candidatesFor(q, shards.get(name) ?? []);
});
const dictTime = time((q) => {
  for (const name of vocabularyShardsOf(q)) {
    const entries = shards.get(name) ?? [];
    const dictionary = dictionaries.get(name) ?? {};
    for (const d of new Set(deletions(q))) for (const i of dictionary[d] ?? []) editBetween(q, entries[i][0]);
  }
});

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const trieLoads = loadBytes((name) => trieBytes.get(name)!);
const dictLoads = loadBytes((name) => dictBytes.get(name)!);
console.log(
  `${PAGES} pages: ${vocabulary.size} words, ${shards.size} shards, ${queries.length} misspelled query words\n`,
);
console.log('| format | whole vocabulary (gzip) | a correction loads (mean) | (largest) | candidates per query word |');
console.log('|---|---|---|---|---|');
console.log(
  `| sorted words, front-coded (trie) | ${kb(gz(packShard(all)))} | ${kb(mean(trieLoads))} | ${kb(Math.max(...trieLoads))} | ${(trieTime * 1000).toFixed(0)} µs |`,
);
console.log(
  `| deletion dictionary | ${kb(gz({ words: packShard(all), deletions: deletionDictionary(all) }))} | ${kb(mean(dictLoads))} | ${kb(Math.max(...dictLoads))} | ${(dictTime * 1000).toFixed(0)} µs |`,
);
