import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { copyFile, link as linkFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import {
  DATA_DIR,
  FACETS_FILE,
  MANIFEST_FILE,
  PAGEFIND_DIR,
  PAGEFIND_LANGUAGE,
  SEARCH_DATA_VERSION,
  extractPage,
  searchText,
  shardGlossary,
  shardPath,
  textPath,
  type SearchManifest,
  type SearchPage,
  type SearchRecord,
  type ShardEntry,
} from '../core/search/index.ts';
import { compileGlossary, type CompiledGlossary } from '../core/glossary/index.ts';
import { creditedEntries } from '../core/search/credits.ts';
import { englishNamesOf, linkNameWords, nameTermsOf } from '../core/search/names.ts';
import { indexedRecord } from '../core/search/record.ts';
import { countVocabulary, vocabularyFilesOf } from '../core/search/vocabulary.ts';
import { LANGS } from '../core/types.ts';
import { baseFolder } from '../core/web-address.ts';
import { facetsById, readSearchFacets, type SearchFacetsInput } from './archive.ts';
import { searchInputFile, type SearchInput, type SearchInputFile } from './editions/loader.ts';
import { pagesSearchFile } from './site-pages.ts';
import { progress } from './progress.ts';
import {
  devSearchMapFile,
  pageAnalyses,
  searchFileStore,
  searchFilesDir,
  type DevSearchMap,
  type SearchFileStore,
} from './search-cache.ts';
import { htmlDocument } from '../core/html-tree.ts';

/** The pages of the content folder's `pages/`, as search reads them: from their built HTML. */
async function pagesToIndex(workDir: string): Promise<SearchInput[]> {
  const text = await readFile(pagesSearchFile(workDir), 'utf8').catch(() => '[]');
  return (JSON.parse(text) as string[]).map((url) => ({ url, html: true as const }));
}

export interface SearchOptions {
  /** The content folder being built; its glossary links the two languages in search. */
  contentDir: string;
  /**
   * Hamish's work folder for that content: its caches, and the record of the last good build,
   * whose search files the dev server serves (it has no index of its own).
   */
  workDir: string;
}

/**
 * A promise that rejects should Pagefind's process end while search waits for it. Pagefind's Node
 * API does not notice its process dying (killed by the kernel for memory, say): its answers never
 * come, nothing is left for Node to do, and the build would end with exit code 0 and no index.
 * Node says so first with `beforeExit`, which only fires when nothing can settle the awaited
 * answers any more; this turns it into the error that fails the build.
 */
function whilePagefindRuns(): { stopped: Promise<never>; dispose: () => void } {
  let fail!: (error: Error) => void;
  const stopped = new Promise<never>((_, reject) => (fail = reject));
  // Not a failure by itself: only when awaited (`race`) does it fail the build.
  stopped.catch(() => undefined);
  const onBeforeExit = () =>
    fail(
      new AstroError(
        "Search index: Pagefind's indexing process stopped without answering (killed, or out of memory?).",
        'The site was not published; the last good build is still in place. See docs/scaling.md for large archives.',
      ),
    );
  process.once('beforeExit', onBeforeExit);
  return { stopped, dispose: () => process.off('beforeExit', onBeforeExit) };
}

/** A Pagefind response with problems is a failed build, with every problem in the log. */
function check<T extends { errors: string[] }>(response: T, what: string, logger: AstroIntegrationLogger): T {
  if (response.errors.length === 0) return response;
  for (const error of response.errors) logger.error(`Pagefind (${what}): ${error}`);
  throw new AstroError(`Search index: Pagefind could not ${what}.`, 'The errors Pagefind reported are listed above.');
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(2)}s`;
}

/** Files read or written at once: enough to keep the disk busy, few enough for any open-file limit. */
const FILE_BATCH = 64;

/**
 * The entries a built page's own text has notes for: the links of its notes, in the element that
 * search indexes. The notes are the glossary's record of the page as rendered (one per entry that
 * occurs), so this is the same set as the facts of an edition the loader rendered.
 */
function notedEntries(tree: Root): string[] {
  const ids: string[] = [];
  const has = (node: Element, name: string) => node.properties[name] !== undefined && node.properties[name] !== null;
  const classes = (node: Element) => (Array.isArray(node.properties.className) ? node.properties.className : []);
  const walk = (children: RootContent[] | ElementContent[], inBody: boolean, inNote: boolean) => {
    for (const child of children) {
      if (child.type !== 'element') continue;
      const body = inBody || has(child, 'dataPagefindBody');
      const note = inNote || (body && classes(child).includes('fn-note'));
      if (note && child.tagName === 'dfn') {
        const link = child.children.find((c): c is Element => c.type === 'element' && c.tagName === 'a');
        const id = /\/glossary\/([^/]+)\/$/.exec(String(link?.properties.href ?? ''))?.[1];
        if (id) ids.push(decodeURIComponent(id));
        continue;
      }
      walk(child.children, body, note);
    }
  };
  walk(tree.children, false, false);
  return ids;
}

/**
 * The pages search indexes, in the loader's order: most straight from the editions' data (the
 * loader's `search-input.json`), a hand-written MDX edition (rendered only as its page is built)
 * from its built page. `onPage` sees each page as soon as it is known, with the ids of the glossary
 * entries it names.
 */
async function readPages(
  input: SearchInput[],
  outDir: string,
  onPage: (page: SearchPage, entries: readonly string[]) => void,
): Promise<SearchPage[]> {
  const pages: SearchPage[] = [];
  for (let i = 0; i < input.length; i += FILE_BATCH) {
    const batch = await Promise.all(
      input.slice(i, i + FILE_BATCH).map(async (item) => {
        if (!('html' in item))
          return {
            page: {
              url: item.url,
              lang: item.lang,
              title: item.title,
              blocks: item.blocks,
              ...(item.credits ? { credits: item.credits } : {}),
            },
            entries: item.entries,
          };
        const html = await readFile(join(outDir, ...item.url.split('/').filter(Boolean), 'index.html'), 'utf8');
        // Parsed without source positions, which search has no use for.
        const tree = htmlDocument(html);
        const page = extractPage(tree, item.url);
        return page && { page, entries: notedEntries(tree) };
      }),
    );
    for (const found of batch) {
      if (!found) continue;
      pages.push(found.page);
      onPage(found.page, found.entries);
    }
  }
  return pages;
}

/** The signature Pagefind puts before the JSON of each file it gzips. */
const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/**
 * The page id (result id) Pagefind gave each page, by the page's address, read from the fragments
 * Pagefind wrote: `fragment/<id>.pf_fragment`, gzipped, the signature, then the page's JSON (or,
 * for a group of fragments, an object of them by id). Hamish names each page's text file by this
 * id, so that a result is shown without loading Pagefind's fragment of it.
 */
async function pageIds(bundleDir: string): Promise<Map<string, string>> {
  const dir = join(bundleDir, 'fragment');
  const ids = new Map<string, string>();
  const names = (await readdir(dir)).filter((name) => name.endsWith('.pf_fragment'));
  await inBatches(names, async (name) => {
    const bytes = gunzipSync(await readFile(join(dir, name)));
    const text = new TextDecoder().decode(bytes);
    if (!text.startsWith(PAGEFIND_SIGNATURE))
      throw new AstroError(
        `Pagefind wrote ${join(dir, name)} in a form Hamish does not know (no "${PAGEFIND_SIGNATURE}" signature).`,
      );
    const json = JSON.parse(text.slice(PAGEFIND_SIGNATURE.length)) as
      { url?: unknown } | Record<string, { url?: unknown }>;
    const fragments: [string, { url?: unknown }][] =
      typeof json.url === 'string'
        ? [[name.slice(0, -'.pf_fragment'.length), json]]
        : Object.entries(json as Record<string, { url?: unknown }>);
    for (const [id, fragment] of fragments) if (typeof fragment.url === 'string') ids.set(fragment.url, id);
  });
  return ids;
}

/** Hamish's own search files (see `DATA_DIR`): paths within it and their names in the store. */
function dataFiles(
  pages: SearchPage[],
  ids: Map<string, string>,
  shards: ShardEntry[][],
  bundles: string[],
  archive: SearchFacetsInput,
  vocabulary: Map<string, unknown>,
  store: SearchFileStore,
): Map<string, string> {
  const files = new Map<string, string>();
  const gz = (value: unknown) => store.file(JSON.stringify(value), true);
  for (const page of pages) {
    const id = ids.get(page.url);
    if (id === undefined)
      throw new AstroError(`Pagefind wrote no fragment for ${page.url}, so search could not show it.`);
    // A result shows the page's date and source too (the archive's, as the page's header does).
    files.set(textPath(id), gz({ ...searchText(page), ...archive.shown[page.url] }));
  }
  files.set(FACETS_FILE, gz(facetsById(archive, ids)));
  shards.forEach((shard, i) => files.set(shardPath(i), gz(shard)));
  for (const [path, value] of vocabulary) files.set(path, gz(value));
  const manifest: SearchManifest = {
    version: SEARCH_DATA_VERSION,
    glossaryShards: shards.length,
    pagefindBundles: bundles,
    pages: { ar: pages.filter((p) => p.lang === 'ar').length, en: pages.filter((p) => p.lang === 'en').length },
  };
  files.set(MANIFEST_FILE, store.file(JSON.stringify(manifest), false));
  return files;
}

/** Runs `task` on every item, FILE_BATCH at a time. */
async function inBatches<T>(items: readonly T[], task: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += FILE_BATCH) await Promise.all(items.slice(i, i + FILE_BATCH).map(task));
}

/** Creates the folders that the files at `paths` (relative to `root`) go in, each once. */
async function makeFolders(root: string, paths: Iterable<string>): Promise<void> {
  for (const folder of new Set([...paths].map((path) => dirname(join(root, path)))))
    await mkdir(folder, { recursive: true });
}

/** Puts each file of the store (`files`: paths under `root`, names in the store) in place, linked. */
async function placeAll(root: string, store: SearchFileStore, files: Map<string, string>): Promise<void> {
  await makeFolders(root, files.keys());
  await inBatches([...files], ([path, name]) => placeFile(join(store.dir, name), join(root, path)));
}

/** A hard link where the file system allows one, a copy otherwise: for a file nothing will write to. */
const placeFile = (source: string, target: string) => linkFile(source, target).catch(() => copyFile(source, target));

/**
 * Places the files under `from` in `to` (`placeFile`), many at a time: `fs.cp` copies one file
 * after another, which took a third of a second for the index of a 1,000-page site.
 */
async function placeTree(from: string, to: string): Promise<void> {
  const root = resolve(from);
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  // Cut, not `path.relative`, which is slow on the 12,000 files of a 5,000-page bundle.
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath}${sep}${entry.name}`.slice(root.length + 1));
  await makeFolders(to, files);
  await inBatches(files, (file) => placeFile(join(from, file), join(to, file)));
}

/** Pages per Pagefind bundle: see docs/scaling.md for how it was chosen. `HAMISH_SEARCH_SHARD_PAGES` overrides it. */
const DEFAULT_SHARD_PAGES = 5000;

/** Where bundle `i` goes in the site: the first is Pagefind's usual `pagefind/`, the others inside it. */
const bundleDir = (i: number) => (i === 0 ? PAGEFIND_DIR : `${PAGEFIND_DIR}/shard-${i}`);

/** The document a page belongs to: its address without the language (`/ar/x/` and `/en/x/` are `x`). */
const documentOf = (url: string) => url.split('/').filter(Boolean).slice(1).join('/');

/**
 * How many bundles `pages` pages make at about `size` pages each: a power of two, the nearest to
 * pages / size (bundles of size / √2 to size · √2 pages). It changes only when the archive has
 * grown (or shrunk) by √2 since the last change, never by one document more: adding one at
 * ⌈pages / size⌉ would cut every bundle anew at each multiple of the size, indexing everything.
 */
export function bundleCount(pages: number, size: number): number {
  if (pages <= size) return 1;
  return 2 ** Math.round(Math.log2(pages / size));
}

/**
 * The records cut into bundles of about `size` pages (`bundleCount`): a page's bundle is chosen by
 * a hash of its document (the address without the language), so that adding, editing or deleting
 * a document changes one bundle, and a clean build makes the same bundles. In each bundle, the
 * pages keep the loader's order (Pagefind's output depends on it).
 */
export function shardRecords<T extends { url: string }>(records: readonly T[], size: number): T[][] {
  const count = bundleCount(records.length, size);
  const bundles: T[][] = Array.from({ length: count }, () => []);
  for (const record of records) {
    const n = count === 1 ? 0 : createHash('sha1').update(documentOf(record.url)).digest().readUInt32BE(0) % count;
    bundles[n].push(record);
  }
  // A hash can leave a bundle empty on a small site; Pagefind makes no index of nothing.
  return bundles.filter((bundle, i) => i === 0 || bundle.length > 0);
}

/**
 * Builds the search of a built site into `<outDir>/pagefind/` (the Pagefind bundles) and
 * `<outDir>/search-data/` (page texts, glossary shards, manifest), and tells the dev server where
 * they are kept (`writeDevMap`). The pages' records (their text as search keys, see `src/core/search/keys.ts`) are cut
 * into bundles of a bounded size (`shardRecords`), each indexed by its own Pagefind process, so
 * that Pagefind's memory is bounded by the bundle, not the archive; the browser merges them
 * (`mergeIndex`). A bundle whose records did not change since a build is linked from
 * `<work>/search-cache/`, not indexed again; so are the files of `search-data/` from the store.
 */
async function buildSearch(outDir: string, options: SearchOptions, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const input = JSON.parse(await readFile(searchInputFile(options.workDir), 'utf8')) as SearchInputFile;
  // The publisher's pages (About…) are read from their built pages, as MDX editions are.
  input.pages.push(...(await pagesToIndex(options.workDir)));
  const glossary = { entries: input.glossary };
  // Sharded once: the shards and the entries' index terms come from the same pass.
  const { shards, terms } = shardGlossary(glossary.entries);
  // A query loads one index chunk per key. Pagefind's default chunks (20,000 word positions, about
  // 25 KB each) made a three-word first query cost 168 KB at 1,000 pages; 6,000 positions, 119 KB;
  // 2,500, 108 KB. Smaller still costs more than it saves: every chunk adds to the metadata that
  // every query loads (1,200: 1-2 KB more than 2,500 for one word; see bench/search-transfer.ts).
  // Pagefind reads the size from this variable, which it marks unstable: should it go, search
  // still works, with larger chunks. A value the user set wins.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);

  let named = 0;
  const entryTerms: string[][] = [];
  // Compiled only when a page has credits to match (see `creditedEntries`).
  let compiled: CompiledGlossary | undefined;
  const matching = () => (compiled ??= compileGlossary(glossary.entries));
  const pages = await readPages(input.pages, outDir, (page, noted) => {
    const entries =
      page.credits && glossary.entries.length > 0
        ? [...new Set([...noted, ...creditedEntries(matching(), page)])]
        : noted;
    const found = entries.map((id) => terms.get(id)).filter((term) => term !== undefined);
    named += found.length;
    entryTerms.push(found);
  });
  // Each page's text analysed once, and kept: a rebuild analyses only the pages that changed.
  const warn = (message: string) => logger.warn(message);
  const { analyses, made: analysed } = await pageAnalyses(pages, options.workDir, warn);
  // Names across scripts, linked over every page of the site (see src/core/search/names.ts).
  const links = linkNameWords(analyses.map((analysis) => analysis.names));
  const records: SearchRecord[] = pages.map((page, i) =>
    indexedRecord(page, analyses[i].indexed, [...entryTerms[i], ...nameTermsOf(analyses[i].names, links)]),
  );
  const counts = LANGS.map((lang) => `${pages.filter((p) => p.lang === lang).length} ${lang}`).join(', ');
  const shardCount = glossary.entries.length > 0 ? shards.length : 0;
  logger.info(
    `Read ${input.pages.length} editions: ${pages.length} to index (${counts}), naming glossary entries ${named} times ` +
      `(${glossary.entries.length} entries, ${shardCount} shard${shardCount === 1 ? '' : 's'}; ${analysed} pages analysed, ` +
      `${pages.length - analysed} unchanged), in ${seconds(started)}`,
  );

  const indexStarted = performance.now();
  const size = Number(process.env.HAMISH_SEARCH_SHARD_PAGES) || DEFAULT_SHARD_PAGES;
  const bundles = shardRecords(records, size);
  const cacheRoot = join(options.workDir, 'search-cache');
  // What else decides a bundle's files: Pagefind's version (pinned by the lockfile) and its settings.
  const settings = JSON.stringify([
    await readFile(join(process.cwd(), 'package-lock.json'), 'utf8').catch(() => ''),
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE,
    PAGEFIND_LANGUAGE,
  ]);
  const indexed = progress('Pages indexed', records.length, (line) => logger.info(line));
  const keys: string[] = [];
  const ids = new Map<string, string>();
  let reused = 0;
  const took = { index: 0, copy: 0, texts: 0 };
  for (const [i, bundle] of bundles.entries()) {
    const key = createHash('sha256').update(settings).update(JSON.stringify(bundle)).digest('hex').slice(0, 32);
    keys.push(key);
    const cached = join(cacheRoot, key);
    let step = performance.now();
    if (existsSync(join(cached, IDS_FILE))) reused++;
    else await indexBundle(bundle, cached, logger, indexed);
    took.index += performance.now() - step;
    step = performance.now();
    // Linked, as the kept e-books are: nothing writes to a built bundle, and a copy of an
    // unchanged 5,000-page bundle took seconds.
    await placeTree(join(cached, BUNDLE_FILES), join(outDir, bundleDir(i)));
    for (const [url, id] of Object.entries(JSON.parse(await readFile(join(cached, IDS_FILE), 'utf8')) as object))
      ids.set(url, String(id));
    took.copy += performance.now() - step;
  }
  // Bundles no page needs any more.
  for (const name of await readdir(cacheRoot).catch(() => [] as string[]))
    if (!keys.includes(name)) await rm(join(cacheRoot, name), { recursive: true, force: true });

  const step = performance.now();
  const store = await searchFileStore(options.workDir);
  const files = dataFiles(
    pages,
    ids,
    shardCount > 0 ? shards : [],
    bundles.slice(1).map((_, i) => `${bundleDir(i + 1).slice(PAGEFIND_DIR.length + 1)}/`),
    await readSearchFacets(options.workDir),
    vocabularyFilesOf(
      countVocabulary(analyses.map((analysis) => analysis.vocabulary)),
      englishNamesOf(analyses.map((analysis) => analysis.names.english)),
    ),
    store,
  );
  await placeAll(join(outDir, DATA_DIR), store, files);
  await writeDevMap(options.workDir, {
    bundles: keys.map((key) => join(cacheRoot, key, BUNDLE_FILES)),
    files: Object.fromEntries(files),
  });
  await store.done();
  took.texts = performance.now() - step;
  // What an older Hamish kept: a copy of the search files for the dev server, the gzip cache.
  await rm(join(options.workDir, 'search'), { recursive: true, force: true });
  await rm(join(options.workDir, 'search-gzip.json'), { force: true });
  const parts = Object.entries({
    indexing: took.index,
    'copying bundles': took.copy,
    'page texts': took.texts,
  }).map(([what, ms]) => `${what} ${(ms / 1000).toFixed(2)}s`);
  logger.info(
    `Indexed ${pages.length} pages in ${bundles.length} bundle${bundles.length === 1 ? '' : 's'} ` +
      `(${bundles.length - reused} indexed, ${reused} unchanged) into ${PAGEFIND_DIR}/ and ${DATA_DIR}/ in ${seconds(indexStarted)} ` +
      `(${parts.join(', ')}; search total ${seconds(started)})`,
  );
}

/**
 * Indexes one bundle's records with a Pagefind process of its own, closed afterwards (so that its
 * memory goes back before the next bundle), and writes its files to `dir` (whole or not at all).
 */
async function indexBundle(
  records: readonly SearchRecord[],
  dir: string,
  logger: AstroIntegrationLogger,
  indexed: ReturnType<typeof progress>,
): Promise<void> {
  const added: Promise<pagefind.NewFileResponse>[] = [];
  const { stopped, dispose } = whilePagefindRuns();
  const answer = <T>(request: Promise<T>): Promise<T> => Promise.race([request, stopped]);
  try {
    const { index } = check(
      await answer(pagefind.createIndex({ forceLanguage: PAGEFIND_LANGUAGE })),
      'create an index',
      logger,
    );
    if (!index) throw new AstroError('Search index: Pagefind returned no index.');
    for (const record of records) {
      const response = index.addCustomRecord(record);
      void response.then(
        () => indexed.tick(),
        () => undefined,
      );
      added.push(response);
    }
    (await answer(Promise.all(added))).forEach((response, i) => check(response, `index ${records[i].url}`, logger));
    const temporary = `${dir}.tmp`;
    await rm(temporary, { recursive: true, force: true });
    const files = join(temporary, BUNDLE_FILES);
    check(await answer(index.writeFiles({ outputPath: files })), `write its files to ${files}`, logger);
    // Its pages' ids, read from its fragments once, when it is made, not on every build that reuses it.
    await writeFile(join(temporary, IDS_FILE), JSON.stringify(Object.fromEntries(await pageIds(files))));
    await rm(dir, { recursive: true, force: true });
    await rename(temporary, dir);
  } finally {
    // Should something fail halfway, the requests already sent are answered before Pagefind closes
    // (unless its process is gone, when nothing will answer them).
    await Promise.race([Promise.allSettled(added), stopped.catch(() => undefined)]);
    dispose();
    await pagefind.close();
  }
}

/**
 * Tells the dev server where this build's search files are (`DevSearchMap`): in search's caches,
 * which the next build keeps or replaces. A copy of them (22,000 links at 10,000 pages, made
 * again by every build) cost a second or two of each build for a server most builds never see.
 */
async function writeDevMap(workDir: string, map: DevSearchMap): Promise<void> {
  const file = devSearchMapFile(workDir);
  await writeFile(`${file}.tmp`, JSON.stringify(map));
  await rename(`${file}.tmp`, file);
}

/** The last build's `DevSearchMap`, read again when a build has written another; undefined before any. */
function devSearchMap(workDir: string): () => DevSearchMap | undefined {
  let read: { mtimeMs: number; map: DevSearchMap } | undefined;
  return () => {
    const file = devSearchMapFile(workDir);
    try {
      const { mtimeMs } = statSync(file);
      if (read?.mtimeMs !== mtimeMs) read = { mtimeMs, map: JSON.parse(readFileSync(file, 'utf8')) as DevSearchMap };
      return read.map;
    } catch {
      return undefined;
    }
  };
}

/**
 * The file of the last build's search that `path` (under the site's base) names, or undefined:
 * `pagefind/shard-<n>/…` is bundle n's, the rest of `pagefind/` bundle 0's, `search-data/…` the
 * store's.
 */
export function devSearchFile(map: DevSearchMap, store: string, path: string): string | undefined {
  const [top, ...rest] = path.split('/');
  if (top === DATA_DIR) {
    // Own keys only: a path such as `search-data/constructor` names no file.
    const key = rest.join('/');
    return Object.hasOwn(map.files, key) ? join(store, map.files[key]) : undefined;
  }
  if (top !== PAGEFIND_DIR) return undefined;
  const shard = /^shard-(\d+)$/.exec(rest[0] ?? '');
  const bundle = map.bundles[shard ? Number(shard[1]) : 0];
  const inside = shard ? rest.slice(1) : rest;
  if (bundle === undefined || inside.length === 0) return undefined;
  const file = resolve(bundle, inside.join('/'));
  return file.startsWith(resolve(bundle) + sep) ? file : undefined;
}

/** In a cached bundle's folder: Pagefind's files, and its pages' ids by address (see `pageIds`). */
const BUNDLE_FILES = 'bundle';
const IDS_FILE = 'ids.json';

/** Word positions per Pagefind index chunk: about 3.5 KB a chunk (see `buildSearch`). */
const INDEX_CHUNK_SIZE = 2500;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * A dev-server middleware serving the last build's search files, so search works in `astro dev`
 * against the index of the last `npm run build` of the same content folder.
 */
function devMiddleware(workDir: string, base: string) {
  const prefix = baseFolder(base);
  const map = devSearchMap(workDir);
  const store = searchFilesDir(workDir);
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    let path: string;
    try {
      path = decodeURIComponent((req.url ?? '').split('?')[0]);
    } catch {
      return next(); // not a path of ours
    }
    if (!path.startsWith(prefix) || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    const built = map();
    const file = built && devSearchFile(built, store, path.slice(prefix.length));
    if (!file) return next();
    stat(file).then(
      (info) => {
        if (!info.isFile()) return next();
        res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
        res.setHeader('Content-Length', info.size);
        res.setHeader('Cache-Control', 'no-store');
        if (req.method === 'HEAD') return res.end();
        createReadStream(file).pipe(res);
      },
      () => {
        res.statusCode = 404;
        res.end();
      },
    );
  };
}

/**
 * Search across Arabic and English: after the build, indexes every page that has a
 * `data-pagefind-body` with Pagefind (through its Node API) and writes Hamish's search files;
 * in dev, serves the last build's. Problems stop the build with Pagefind's own messages.
 */
export function hamishSearch(options: SearchOptions): AstroIntegration {
  let base = '/';
  return {
    name: 'hamish:search',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:server:setup': ({ server, logger }) => {
        if (existsSync(devSearchMapFile(options.workDir))) {
          logger.info('Search uses the index of the last build; rebuild to search new content.');
        } else {
          logger.warn(
            'No search index yet: run `npm run build` once (with the same CONTENT_DIR), and search works here too.',
          );
        }
        server.middlewares.use(devMiddleware(options.workDir, base));
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          await buildSearch(fileURLToPath(dir), options, logger);
        } catch (error) {
          if (error instanceof AstroError) throw error;
          // Pagefind's own exceptions ("Pagefind backend closed"), a full disk, a file that would not write.
          throw new AstroError(
            `Search index: ${error instanceof Error ? error.message : String(error)}`,
            'The site was not published; the last good build is still in place.',
          );
        }
      },
    },
  };
}
