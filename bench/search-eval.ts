/**
 * How well search finds what a reader asks for: `npm run eval:search` (`node bench/search-eval.ts
 * [--docs 100] [--queries 40] [--seed N]`).
 *
 * 1. Draws `--docs` pieces of TICO-19 documents (six sentences each, as bench/make-corpus.ts cuts
 *    them) by chance from `--seed`, and writes them as a content folder of bilingual documents.
 * 2. Builds the Hamish site of it, and a plain Pagefind index of the same texts (Pagefind's Node
 *    API, one record per page in its own language, so Pagefind applies its own Arabic and English
 *    stemming), both under `.hamish/search-eval/`.
 * 3. Generates `--queries` held-out queries of each of six kinds from the corpus, with the set of
 *    relevant pages of each from an oracle written apart from search (bench/search-oracle.ts);
 *    as many misspelled words of each language (one edit a reader makes, none a word of the
 *    corpus: `generateMisspellings`); and up to as many names across scripts each way, from name
 *    pairs extracted from the drawn documents' sentence pairs of the TICO-19 translation memory
 *    (read with `readTmx`; `generateNameQueries`), searched with the page kept to the other
 *    language. The name kinds need TICO-19's all.en-ar.tmx (HAMISH_TICO19), as the corpus does.
 * 4. Runs every query through Hamish's real search page in headless Chromium (typed into the box,
 *    the first ten results read off the page), and through plain Pagefind's JavaScript API in the
 *    same browser (the first ten results).
 * 5. Prints recall@10 and precision@10 per kind and overall, Hamish against plain Pagefind:
 *    recall@10 = relevant pages in the first ten / min(10, relevant pages);
 *    precision@10 = relevant pages in the first ten / results in the first ten (0 when nothing is
 *    found). Exits non-zero when a target is missed: recall ≥ 0.99 and precision ≥ 0.90 over the
 *    six kinds, in none of them less precise than plain Pagefind, and recall ≥ 0.90 on the
 *    misspellings of each language. The names are reported, with no target.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import type { Page } from 'playwright-core';
import { launchBrowser, strictContext } from '../tests/helpers/browser.ts';
import { runBuild } from '../tests/helpers/build.ts';
import { serve } from '../tests/helpers/serve.ts';
import { sidesOf } from '../tests/helpers/parallel.ts';
import { ticoDocuments } from '../tests/helpers/tico.ts';
import { seededRandom } from '../src/core/random.ts';
import {
  KINDS,
  MISSPELLING_KINDS,
  NAME_KINDS,
  generateMisspellings,
  generateNameQueries,
  generateQueries,
  type EvalQuery,
  type OraclePage,
  type QueryKind,
  type SentencePair,
} from './search-oracle.ts';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, '.hamish', 'search-eval');
const SENTENCES = 6;
const TOP = 10;
const TARGET = { recall: 0.99, precision: 0.9 };
/** Misspelled words: the intended documents among the first ten, in each language. */
const MISSPELLING_TARGET = 0.9;

const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '100' },
    queries: { type: 'string', default: '40' },
    seed: { type: 'string', default: '20261202' },
    verbose: { type: 'boolean', default: false },
  },
});
const DOCS = Number(args.docs);
const QUERIES = Number(args.queries);
const SEED = Number(args.seed);

/** `DOCS` pieces of TICO-19, drawn by chance, as pages of both languages. */
function drawCorpus(): { slug: string; en: string[]; ar: string[]; from: string }[] {
  const pieces: { en: string[]; ar: string[]; from: string }[] = [];
  for (const doc of ticoDocuments('file').map(sidesOf)) {
    const n = Math.min(doc.en.length, doc.ar.length);
    for (let i = 0; i + 2 <= n; i += SENTENCES)
      pieces.push({
        en: doc.en.slice(i, i + SENTENCES),
        ar: doc.ar.slice(i, i + SENTENCES),
        from: `${doc.id}:${i + 1}`,
      });
  }
  const rng = seededRandom(SEED ^ 0x5eed);
  // A partial Fisher–Yates shuffle: the first DOCS pieces.
  for (let i = 0; i < Math.min(DOCS, pieces.length); i++) {
    const j = i + Math.floor(rng() * (pieces.length - i));
    [pieces[i], pieces[j]] = [pieces[j], pieces[i]];
  }
  return pieces.slice(0, DOCS).map((piece, d) => ({ slug: `eval-${String(d + 1).padStart(3, '0')}`, ...piece }));
}

async function writeContent(docs: ReturnType<typeof drawCorpus>): Promise<string> {
  const content = join(WORK, 'content');
  await rm(content, { recursive: true, force: true });
  await mkdir(join(content, 'documents'), { recursive: true });
  for (const doc of docs) {
    await writeFile(join(content, 'documents', `${doc.slug}.en.txt`), `${doc.en.join('\n')}\n`);
    await writeFile(join(content, 'documents', `${doc.slug}.ar.txt`), `${doc.ar.join('\n')}\n`);
    await writeFile(
      join(content, 'documents', `${doc.slug}.yaml`),
      `relation: translation\nsource: TICO-19 (${doc.from})\n`,
    );
  }
  return content;
}

async function buildHamish(content: string, outDir: string): Promise<void> {
  const result = await runBuild({ contentDir: content }, outDir);
  if (result.code !== 0) throw new Error(`Hamish build failed:\n${result.output}`);
}

/** Plain Pagefind over the same texts: each page a record in its language, searched from a page in that language. */
async function buildPlain(pages: OraclePage[], outDir: string): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind returned no index');
  for (const page of pages) {
    const response = await index.addCustomRecord({
      url: page.url,
      content: page.text,
      language: page.lang,
      meta: { title: page.text.split('\n')[0] },
    });
    if (response.errors.length > 0) throw new Error(response.errors.join('\n'));
  }
  await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  await pagefind.close();
  for (const lang of ['ar', 'en'])
    await writeFile(
      join(outDir, `${lang}.html`),
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${lang}</title></head><body></body></html>`,
    );
}

/**
 * The sentence pairs of the drawn documents, for extracting name pairs: the translation memory's
 * units (read with `readTmx`) of the drawn pieces.
 */
function sentencePairs(docs: ReturnType<typeof drawCorpus>): SentencePair[] {
  const byId = new Map(ticoDocuments().map((doc) => [doc.id, doc.units]));
  return docs.flatMap((doc) => {
    const [, id, first] = /^(.*):(\d+)$/.exec(doc.from)!;
    return (byId.get(id) ?? []).slice(Number(first) - 1, Number(first) - 1 + SENTENCES);
  });
}

/** The language a query is searched in by plain Pagefind. */
const langOf = (kind: QueryKind) =>
  kind === 'english-name' ? 'ar' : kind === 'arabic-name' ? 'en' : kind.startsWith('english') ? 'en' : 'ar';

/** The first results Hamish's search page shows for `query`: page paths. */
async function hamishTop(page: Page, query: string, lang = ''): Promise<string[]> {
  // The language filter, as a reader sets it (kept for the searches that follow).
  await page.evaluate((value) => {
    const radio = document.querySelector<HTMLInputElement>(`.search-filter input[value="${value}"]`);
    if (radio) radio.checked = true;
  }, lang);
  await page.fill('#search-page-q', query);
  const expected = query.trim();
  await page.waitForFunction(
    // The status line quotes the query searched; a corrected one, the notice's link the query as typed.
    (q) =>
      [...document.querySelectorAll('.search-page .search-status bdi, .search-page .search-as-typed bdi')].some(
        (bdi) => bdi.textContent === q,
      ),
    expected,
    { timeout: 60_000 },
  );
  const hrefs = await page.$$eval('.search-page .search-result a.search-result-link', (links) =>
    links.map((a) => a.getAttribute('href') ?? ''),
  );
  return hrefs.slice(0, TOP).map((href) => new URL(href, 'http://x').pathname);
}

/** The first results plain Pagefind gives for `query`: page paths. */
async function plainTop(page: Page, query: string): Promise<string[]> {
  return page.evaluate(
    async ([q, top]) => {
      const w = window as unknown as {
        pf?: Promise<{ search(t: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }> }>;
      };
      // A URL the page serves, not a module on disk: a variable keeps the type checker from resolving it.
      const pagefindUrl = '/pagefind/pagefind.js';
      w.pf ??= import(pagefindUrl).then(async (m) => {
        await m.options({ noWorker: true });
        await m.init();
        return m;
      });
      const pf = await w.pf;
      const response = await pf.search(q);
      const data = await Promise.all(response.results.slice(0, top).map((r) => r.data()));
      return data.map((d) => d.url);
    },
    [query, TOP] as const,
  );
}

interface Scored {
  recall: number;
  precision: number;
}

function score(top: string[], relevant: Set<string>): Scored {
  const hits = top.filter((url) => relevant.has(url)).length;
  return { recall: hits / Math.min(TOP, relevant.size), precision: top.length === 0 ? 0 : hits / top.length };
}

const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

async function main() {
  const docs = drawCorpus();
  const content = await writeContent(docs);
  const pages: OraclePage[] = docs.flatMap((doc) => [
    { url: `/ar/${doc.slug}/`, lang: 'ar' as const, text: doc.ar.join('\n') },
    { url: `/en/${doc.slug}/`, lang: 'en' as const, text: doc.en.join('\n') },
  ]);
  const queries: EvalQuery[] = [
    ...generateQueries(pages, QUERIES, SEED),
    ...generateMisspellings(pages, QUERIES, SEED),
    ...generateNameQueries(pages, sentencePairs(docs), QUERIES, SEED),
  ];
  console.log(`${docs.length} documents (${pages.length} pages), ${queries.length} queries, seed ${SEED}`);
  const hamishDir = join(WORK, 'hamish');
  const plainDir = join(WORK, 'plain');
  await buildHamish(content, hamishDir);
  await buildPlain(pages, plainDir);

  const browser = await launchBrowser();
  const [hamish, plain] = await Promise.all([serve(hamishDir), serve(plainDir)]);
  const results: { q: EvalQuery; hamish: Scored; plain: Scored; hamishTop: string[]; plainTop: string[] }[] = [];
  try {
    const h = await strictContext(browser, hamish.url);
    const hamishPage = await h.context.newPage();
    await hamishPage.goto(`${hamish.url}search/`);
    const p = await strictContext(browser, plain.url);
    const plainPages = { ar: await p.context.newPage(), en: await p.context.newPage() };
    await plainPages.ar.goto(`${plain.url}ar.html`);
    await plainPages.en.goto(`${plain.url}en.html`);
    for (const q of queries) {
      const ht = await hamishTop(hamishPage, q.query, NAME_KINDS.includes(q.kind) ? langOf(q.kind) : '');
      const pt = await plainTop(plainPages[langOf(q.kind)], q.query);
      results.push({ q, hamish: score(ht, q.relevant), plain: score(pt, q.relevant), hamishTop: ht, plainTop: pt });
    }
    const errors = [...h.errors, ...p.errors];
    if (errors.length > 0) throw new Error(`errors in the browser:\n${errors.join('\n')}`);
    await h.context.close();
    await p.context.close();
  } finally {
    await browser.close();
    await Promise.all([hamish.close(), plain.close()]);
  }

  const row = (name: string, list: typeof results) =>
    `| ${name} | ${list.length} | ${mean(list.map((r) => r.hamish.recall)).toFixed(3)} | ${mean(list.map((r) => r.plain.recall)).toFixed(3)} | ${mean(list.map((r) => r.hamish.precision)).toFixed(3)} | ${mean(list.map((r) => r.plain.precision)).toFixed(3)} |`;
  console.log(
    '\n| queries | n | recall@10 Hamish | recall@10 Pagefind | precision@10 Hamish | precision@10 Pagefind |\n|---|---|---|---|---|---|',
  );
  const existing = results.filter((r) => KINDS.includes(r.q.kind));
  for (const kind of KINDS)
    console.log(
      row(
        kind,
        results.filter((r) => r.q.kind === kind),
      ),
    );
  console.log(row(`all ${KINDS.length} kinds`, existing));
  for (const kind of [...MISSPELLING_KINDS, ...NAME_KINDS])
    console.log(
      row(
        kind,
        results.filter((r) => r.q.kind === kind),
      ),
    );

  if (args.verbose) {
    for (const r of results) {
      if (r.hamish.recall < 1 || r.hamish.precision < 1) {
        const missed = [...r.q.relevant].filter((u) => !r.hamishTop.includes(u)).slice(0, 5);
        const wrong = r.hamishTop.filter((u) => !r.q.relevant.has(u)).slice(0, 5);
        console.log(
          `${r.q.kind} «${r.q.query}» (${r.q.from}): relevant ${r.q.relevant.size}, shown ${r.hamishTop.length}; missed ${missed.join(' ')}; not relevant ${wrong.join(' ')}`,
        );
      }
    }
  }

  const missed: string[] = [];
  const recall = mean(existing.map((r) => r.hamish.recall));
  const precision = mean(existing.map((r) => r.hamish.precision));
  if (recall < TARGET.recall) missed.push(`recall@10 ${recall.toFixed(3)} < ${TARGET.recall}`);
  if (precision < TARGET.precision) missed.push(`precision@10 ${precision.toFixed(3)} < ${TARGET.precision}`);
  for (const kind of KINDS) {
    const list = results.filter((r) => r.q.kind === kind);
    const [hp, pp] = [mean(list.map((r) => r.hamish.precision)), mean(list.map((r) => r.plain.precision))];
    if (hp < pp) missed.push(`${kind}: precision@10 ${hp.toFixed(3)} below plain Pagefind's ${pp.toFixed(3)}`);
  }
  for (const kind of MISSPELLING_KINDS) {
    const r = mean(results.filter((x) => x.q.kind === kind).map((x) => x.hamish.recall));
    if (r < MISSPELLING_TARGET) missed.push(`${kind}: recall@10 ${r.toFixed(3)} < ${MISSPELLING_TARGET}`);
  }
  console.log(
    `\ntargets: recall@10 ≥ ${TARGET.recall}, precision@10 ≥ ${TARGET.precision} over the ${KINDS.length} kinds; no kind less precise than plain Pagefind; misspellings recall@10 ≥ ${MISSPELLING_TARGET} in each language`,
  );
  if (missed.length > 0) {
    console.log(`missed:\n${missed.join('\n')}`);
    process.exitCode = 1;
  }
}

await main();
