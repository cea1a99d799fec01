/**
 * What a first query would transfer if Hamish served its own index instead of Pagefind's
 * (the design of docs/scaling.md#past-pagefinds-metadata): `node bench/search-static-index.ts <built site> <work folder> [pages]`.
 *
 * Hamish uses Pagefind only as a table of where each search key occurs (`Lookup` in
 * `src/core/search/rank.ts`; ranking, excerpts and the glossary are Hamish's own), so the same
 * table can be written as files the browser fetches by a hash of the key, with no metadata that
 * lists every page and no WebAssembly. This writes nothing: it builds that table in memory from the
 * site's search input (each page's title and paragraphs as `indexText`, every key of a word at the
 * word's position, as `memory-index.ts` answers), cuts it into chunks by a hash of the key, gzips
 * each chunk, and adds up, for the queries `search-transfer.ts --built` measures, the chunks their
 * narrow keys fall in, the built site's search script and manifest, and five results' texts (the
 * median text file of the site, each with 250 bytes of headers, as measured responses carry).
 * Glossary terms and name keys are left out of the table (a few per page). With `pages`, only the
 * first that many pages of the search input are indexed (the fixed files still from `<built site>`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { indexText, narrowKeys, parseQuery } from '../src/core/search/index.ts';
import type { SearchInputFile } from '../src/integrations/editions/loader.ts';

const [site, work, limit] = process.argv.slice(2);
if (!site || !work) throw new Error('usage: node bench/search-static-index.ts <built site> <work folder>');
/** Bytes of headers a response carries besides its body (measured responses: 200–300). */
const HEADERS = 250;
/** The gzipped bytes a chunk aims at: about Pagefind's index chunks as Hamish sizes them. */
const CHUNK_TARGET = Number(process.env.CHUNK_TARGET) || 1024;

const input = JSON.parse(readFileSync(join(work, 'search-input.json'), 'utf8')) as SearchInputFile;
const pages = input.pages
  .filter((page): page is Extract<typeof page, { blocks: string[] }> => 'blocks' in page)
  .slice(0, Number(limit) || undefined);
// The corpus repeats its texts every 1,040 pages or so, which would make the lists of pages
// periodic and gzip them far better than a real archive's: the pages are numbered in a shuffled
// order (seeded), then Arabic first, so that a page's number tells its language (the manifest
// would hold the count).
let seed = 1;
const random = () => ((seed = Math.imul(seed, 48271) % 0x7fffffff) & 0x7fffffff) / 0x7fffffff;
for (let i = pages.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [pages[i], pages[j]] = [pages[j], pages[i]];
}
pages.sort((a, b) => (a.lang === b.lang ? 0 : a.lang === 'ar' ? -1 : 1));

// key → its pages (each as the difference from the one before), occurrences in each, and the
// positions in each (differences again): positions are needed only to tell words standing
// together, so they are a file of their own, loaded for queries of two words or more.
interface Postings {
  pages: number[];
  counts: number[];
  positions: number[][];
}
const postings = new Map<string, Postings>();
pages.forEach((page, n) => {
  const words = [page.title, ...page.blocks].map(indexText).join(' ').split(' ');
  const byKey = new Map<string, number[]>();
  words.forEach((word, position) => {
    // Every key of a word at the word's position (memory-index.ts; keys.ts joins them with '.').
    for (const key of word.split('.')) if (key) byKey.set(key, [...(byKey.get(key) ?? []), position]);
  });
  for (const [key, positions] of byKey) {
    const list = postings.get(key) ?? { pages: [], counts: [], positions: [] };
    list.pages.push(n);
    list.counts.push(positions.length);
    list.positions.push(positions.map((p, i) => p - (positions[i - 1] ?? 0)));
    postings.set(key, list);
  }
});
for (const list of postings.values()) list.pages = list.pages.map((p, i) => p - (list.pages[i - 1] ?? 0));

function hash(key: string): number {
  let h = 0x811c9dc5;
  for (const c of key) h = Math.imul(h ^ c.codePointAt(0)!, 0x01000193) >>> 0;
  return h;
}

const zip = (value: unknown) => gzipSync(JSON.stringify(value), { level: 9 }).length;
const total = zip([...postings].map(([key, list]) => [key, list.pages, list.counts]));
const count = 2 ** Math.max(0, Math.round(Math.log2(total / CHUNK_TARGET)));
const chunks = Array.from({ length: count }, () => ({ pages: [] as unknown[], positions: [] as unknown[] }));
for (const [key, list] of postings) {
  const chunk = chunks[hash(key) % count];
  chunk.pages.push([key, list.pages, list.counts]);
  chunk.positions.push([key, list.positions]);
}
const pageBytes = chunks.map((chunk) => zip(chunk.pages));
const positionBytes = chunks.map((chunk) => zip(chunk.positions));

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const script = readdirSync(join(site, '_astro')).find((name) => /^search\.[\w-]+\.js$/.test(name));
if (!script) throw new Error(`no search script in ${site}/_astro`);
const fixed = gz(join(site, '_astro', script)) + gz(join(site, 'search-data', 'manifest.json')) + 2 * HEADERS;
const textDir = join(site, 'search-data', 'text');
const texts = readdirSync(textDir)
  .map((name) => statSync(join(textDir, name)).size)
  .sort((a, b) => a - b);
const results = 5 * (texts[Math.floor(texts.length / 2)] + HEADERS);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sorted = [...pageBytes].sort((a, b) => a - b);
console.log(
  `${pages.length} pages, ${postings.size} keys; pages and counts ${kb(total)} gzip in ${count} chunks ` +
    `(median ${kb(sorted[count >> 1])}, largest ${kb(sorted.at(-1)!)}); positions ${kb(positionBytes.reduce((a, b) => a + b, 0))}`,
);
console.log(`| query | keys | chunks | first query |\n|---|---|---|---|`);
for (const query of ['health', 'fever', 'الصحة', 'فيروس', 'والانتخابات', 'patients with fever']) {
  const keys = narrowKeys(parseQuery(query));
  const needed = new Set(keys.map((key) => hash(key) % count));
  const together = parseQuery(query).words.length > 1;
  const bytes =
    fixed +
    results +
    [...needed].reduce((sum, i) => sum + pageBytes[i] + HEADERS + (together ? positionBytes[i] + HEADERS : 0), 0);
  console.log(`| ${query} | ${keys.length} | ${needed.size} | ${kb(bytes)} |`);
}
