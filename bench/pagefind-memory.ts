/**
 * How Pagefind's indexing grows with the archive: `node bench/pagefind-memory.ts [search-input.json] [sizes…]`.
 *
 * Feeds Pagefind (its Node API, as the build does) the search records of a built site's
 * `search-input.json` (by default the 1,000-page benchmark corpus's, from `npm run bench`), repeated
 * under new addresses up to each size, and reports the time to index and write, the peak resident
 * memory of Pagefind's own process (VmHWM, read from /proc while it runs), and the bytes of the
 * files every first query loads (entry, metadata, gzipped as written). Repeated text has the
 * vocabulary of the original, so the index is somewhat smaller than real text of that size: read
 * the figures as a lower bound and for their slope.
 */
import { execFileSync } from 'node:child_process';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { analysePage } from '../src/core/search/analysis.ts';
import { PAGEFIND_LANGUAGE, indexedRecord } from '../src/core/search/index.ts';
import type { SearchInputFile } from '../src/integrations/editions/loader.ts';
import { workDir } from '../src/integrations/paths.ts';

const ROOT = resolve(import.meta.dirname, '..');
const input =
  process.argv[2] ?? join(workDir(join(ROOT, '.hamish', 'bench', 'corpus-1000'), ROOT), 'search-input.json');
const sizes = process.argv.slice(3).map(Number);
const OUT = join(ROOT, '.hamish', 'bench', 'pagefind-memory');

/** The peak resident memory (MB) of the child processes of this process named pagefind*. */
function pagefindPeakMb(): number {
  let peak = 0;
  let pids: string[];
  try {
    pids = execFileSync('pgrep', ['-P', String(process.pid)], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean);
  } catch {
    return 0;
  }
  for (const pid of pids) {
    try {
      const status = execFileSync('cat', [`/proc/${pid}/status`], { encoding: 'utf8' });
      if (!/^Name:\s*pagefind/m.test(status)) continue;
      const kb = Number(/^VmHWM:\s*(\d+)/m.exec(status)?.[1] ?? 0);
      peak = Math.max(peak, kb / 1024);
    } catch {
      // gone
    }
  }
  return peak;
}

async function firstQueryBytes(dir: string): Promise<number> {
  let bytes = 0;
  for (const name of await readdir(dir)) {
    if (name === 'pagefind-entry.json' || name.endsWith('.pf_meta')) bytes += (await stat(join(dir, name))).size;
  }
  return bytes;
}

const file = JSON.parse(await readFile(input, 'utf8')) as SearchInputFile;
const pages = file.pages.filter((page): page is Extract<typeof page, { blocks: string[] }> => 'blocks' in page);
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '2500';
console.log(`${pages.length} pages in ${input}\n`);
console.log(
  '| pages | index + write | Pagefind peak memory | entry + metadata (first query, gzip) |\n|---|---|---|---|',
);
// Each text analysed once, as the build keeps each page's analysis.
const indexed = pages.map((page) => analysePage(page).indexed);
for (const size of sizes.length > 0 ? sizes : [1000, 2000, 4000, 8000]) {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: PAGEFIND_LANGUAGE });
  if (!index || errors.length > 0) throw new Error(errors.join('\n'));
  let peak = 0;
  const poll = setInterval(() => (peak = Math.max(peak, pagefindPeakMb())), 200);
  for (let i = 0; i < size; i += 500) {
    const batch: Promise<unknown>[] = [];
    for (let j = i; j < Math.min(size, i + 500); j++) {
      const page = pages[j % pages.length];
      const url = `/copy-${Math.floor(j / pages.length)}${page.url}`;
      batch.push(index.addCustomRecord(indexedRecord({ url, lang: page.lang }, indexed[j % pages.length])));
    }
    await Promise.all(batch);
  }
  const out = join(OUT, String(size));
  await rm(out, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
  peak = Math.max(peak, pagefindPeakMb());
  clearInterval(poll);
  const seconds = (performance.now() - started) / 1000;
  await pagefind.close();
  console.log(
    `| ${size} | ${seconds.toFixed(1)} s | ${peak.toFixed(0)} MB | ${((await firstQueryBytes(out)) / 1024).toFixed(1)} KB |`,
  );
}
