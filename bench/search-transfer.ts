/**
 * What a reader's first search costs the network: `node bench/search-transfer.ts`.
 *
 * Builds three sites (the sample; 1,000 TICO-19 pages, half Arabic, half English; the same with a
 * 5,000-entry glossary), serves each with gzip as a production host would, and for each query opens
 * a document page in a fresh headless Chromium, puts the query into the header box and adds up
 * the bytes of every response from then until the results are shown (Pagefind's
 * code, WebAssembly, metadata and index chunks, Hamish's search script, glossary shards, and the
 * fragments and texts of the results shown). Target: every first query on a 1,000-page site under
 * 100 KB. Prints a Markdown table; exits non-zero when the target is missed. With `--large`, only
 * the two 1,000-page sites (the ones held to the target) are built and measured; with
 * `--built <dir>`, a site already built (see `measureBuilt`).
 */
import { cp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, strictContext } from '../tests/helpers/browser.ts';
import { runBuild } from '../tests/helpers/build.ts';
import { serve } from '../tests/helpers/serve.ts';
import { writeBenchGlossary } from './glossary-corpus.ts';
import { makeCorpus } from './make-corpus.ts';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, '.hamish', 'bench');
const TARGET_KB = 100;

interface Site {
  name: string;
  content: string;
  page: string;
  queries: string[];
  /**
   * Queries that find nothing as typed and are corrected (misspellings) or found by the spelling
   * of a name: reported, for what a correction adds, not held to the first-query target.
   */
  corrected?: string[];
  /** Whether queries on this site are held to the target. */
  target: boolean;
}

interface Measure {
  query: string;
  status: string;
  bytes: number;
  responses: number;
  /** Each response: its path and bytes as transferred. */
  files: [path: string, bytes: number][];
}

/** With `--files`, every response of each query is listed with its bytes. */
const LIST_FILES = process.argv.includes('--files');

function printFiles(m: Measure): void {
  if (!LIST_FILES) return;
  for (const [path, bytes] of m.files) console.log(`|   | ${path} | | ${(bytes / 1024).toFixed(1)} KB | |`);
}

async function build(content: string, outDir: string): Promise<void> {
  const result = await runBuild({ contentDir: content }, outDir);
  if (result.code !== 0) throw new Error(`build of ${content} failed:\n${result.output}`);
}

async function measure(browser: Browser, origin: string, page: string, query: string): Promise<Measure> {
  const { context, errors } = await strictContext(browser, origin);
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.enable');
  let counting = false;
  let bytes = 0;
  let responses = 0;
  const urls = new Map<string, string>();
  const files: [string, number][] = [];
  cdp.on('Network.responseReceived', (event: { requestId: string; response: { url: string } }) =>
    urls.set(event.requestId, new URL(event.response.url).pathname),
  );
  cdp.on('Network.loadingFinished', (event: { requestId: string; encodedDataLength: number }) => {
    if (!counting) return;
    bytes += event.encodedDataLength;
    responses++;
    files.push([urls.get(event.requestId) ?? event.requestId, event.encodedDataLength]);
  });
  await tab.goto(origin + page, { waitUntil: 'load' });
  await tab.evaluate(() => document.fonts.ready);
  counting = true;
  // The query arrives whole (as pasted, or typed faster than the box waits): one search, the first.
  await tab.fill('#site-search-q', query);
  await tab.waitForFunction(
    // The status line quotes the query searched; a corrected one, the notice's link the query as typed.
    (q) =>
      [...document.querySelectorAll('.search-popup .search-status bdi, .search-popup .search-as-typed bdi')].some(
        (bdi) => bdi.textContent === q,
      ),
    query,
    { timeout: 60_000 },
  );
  // The results' texts are requested before the status is written; let the last bytes land.
  await tab.waitForLoadState('networkidle');
  const status = (await tab.textContent('.search-popup .search-status')) ?? '';
  await context.close();
  if (errors.length > 0) throw new Error(`errors while searching "${query}":\n${errors.join('\n')}`);
  return { query, status, bytes, responses, files };
}

/**
 * `--built <dir>`: measures a site already built from a benchmark corpus (such as the 10,000-page
 * one `BENCH_PAGES=10000 npm run bench` leaves in `.hamish/bench/out-hamish`), with the 1,000-page
 * site's queries, held to no target.
 */
async function measureBuilt(dir: string): Promise<void> {
  const browser = await launchBrowser();
  const server = await serve(resolve(dir), '/', { gzip: true });
  console.log(`| site | query | results | first-query transfer | responses |\n|---|---|---|---|---|`);
  try {
    for (const query of ['health', 'fever', 'الصحة', 'فيروس', 'والانتخابات', 'patients with fever']) {
      const m = await measure(browser, server.url, 'en/tico-0001/', query);
      console.log(`| ${dir} | ${m.query} | ${m.status} | ${(m.bytes / 1024).toFixed(1)} KB | ${m.responses} |`);
      printFiles(m);
    }
  } finally {
    await server.close();
    await browser.close();
  }
}

async function main() {
  const built = process.argv.indexOf('--built');
  if (built >= 0) return measureBuilt(process.argv[built + 1]);
  const corpus = await makeCorpus(1000, join(WORK, 'search-corpus-1000'));
  const glossed = join(WORK, 'search-corpus-1000-glossary');
  await rm(glossed, { recursive: true, force: true });
  await cp(corpus, glossed, { recursive: true });
  const entries = await writeBenchGlossary(join(glossed, 'glossary.yaml'), 5000);
  const sites: Site[] = [
    {
      name: 'sample (2 pages, 24-entry glossary)',
      content: join(ROOT, 'content'),
      page: 'en/macron-campaign-hack/',
      queries: ['Macron', 'ماكرون', 'piracy', 'الإنتخابات'],
      target: false,
    },
    {
      name: '1,000 pages',
      content: corpus,
      page: 'en/tico-0001/',
      queries: ['health', 'fever', 'الصحة', 'فيروس', 'والانتخابات', 'patients with fever'],
      corrected: ['helth', 'feverr', 'فيروش', 'الصخة', 'Wuhan', 'ووهان'],
      target: true,
    },
    {
      name: `1,000 pages, ${entries.toLocaleString('en')}-entry glossary`,
      content: glossed,
      page: 'en/tico-0001/',
      queries: ['coronavirus', 'فيروس كورونا', 'health', 'الصحة'],
      target: true,
    },
  ];
  const chosen = process.argv.includes('--large') ? sites.filter((site) => site.target) : sites;
  const browser = await launchBrowser();
  const missed: string[] = [];
  console.log('| site | query | results | first-query transfer | responses |\n|---|---|---|---|---|');
  try {
    for (const site of chosen) {
      const outDir = join(WORK, `search-out-${sites.indexOf(site)}`);
      await build(site.content, outDir);
      const server = await serve(outDir, '/', { gzip: true });
      try {
        for (const query of site.queries) {
          const m = await measure(browser, server.url, site.page, query);
          const kb = m.bytes / 1024;
          console.log(`| ${site.name} | ${m.query} | ${m.status} | ${kb.toFixed(1)} KB | ${m.responses} |`);
          printFiles(m);
          if (site.target && kb >= TARGET_KB) missed.push(`${site.name}: "${query}" ${kb.toFixed(1)} KB`);
        }
        for (const query of site.corrected ?? []) {
          const m = await measure(browser, server.url, site.page, query);
          console.log(
            `| ${site.name} | ${m.query} (corrected or by spelling: not held to the target) | ${m.status} | ${(m.bytes / 1024).toFixed(1)} KB | ${m.responses} |`,
          );
        }
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`\ntarget: every first query on 1,000 pages under ${TARGET_KB} KB`);
  if (missed.length > 0) {
    console.log(`missed:\n${missed.join('\n')}`);
    process.exitCode = 1;
  }
}

await main();
