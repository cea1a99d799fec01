/**
 * What the search build keeps between builds so that a rebuild does work in proportion to what
 * changed, not to the archive: each page's analysis (`analysePage`: its text as index keys, the
 * words that link names, its vocabulary) by the page's text, and each file of `search-data/` by
 * what it holds. Both are pure functions of their key and of the code (and, for analyses, Node's
 * Unicode tables; for gzip, its zlib), which are part of the key, so a kept value is exactly what
 * the build would make again (the stale-build test compares every file with a clean build's).
 *
 * The analyses are one JSON file in the work folder, read whole and written whole (renamed into
 * place, so that a killed build leaves the old one) when a value was added or one is no longer
 * used; a file that does not parse is rebuilt, with a warning. The files of `search-data/` are
 * kept as files (`searchFileStore`), linked into the site.
 */
import { createHash } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { analysePage, type PageAnalysis } from '../core/search/analysis.ts';
import type { SearchPage } from '../core/search/index.ts';
import { codeVersion } from './code-version.ts';

/** Values by key, as kept in a file (see the module comment). */
export interface KeptValues<T> {
  /** The kept value of `key`, or `make()`'s, kept from now on. */
  get(key: string, make: () => T): T;
  /** How many values were made, not kept. */
  readonly made: number;
  /** Writes the values used since opening, when they are not the ones read. */
  save(): Promise<void>;
}

interface KeptFile<T> {
  version: string;
  values: Record<string, T>;
}

/**
 * Opens the kept values of `file` made under `version`; `valid` says whether a kept value has the
 * shape the build expects (a file from another Hamish, edited by hand…).
 */
export async function openKept<T>(
  file: string,
  version: string,
  valid: (value: unknown) => value is T,
  warn: (message: string) => void,
): Promise<KeptValues<T>> {
  let previous: Record<string, unknown> = {};
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text !== undefined) {
    try {
      const parsed = JSON.parse(text) as Partial<KeptFile<unknown>>;
      if (typeof parsed.values !== 'object' || parsed.values === null) throw new Error('no values');
      if (parsed.version === version) previous = parsed.values;
    } catch {
      warn(`The search cache ${file} could not be read; it is made again.`);
    }
  }
  const used = new Map<string, T>();
  let made = 0;
  return {
    get(key, make) {
      const known = used.get(key);
      if (known !== undefined) return known;
      const kept = previous[key];
      let value: T;
      if (Object.hasOwn(previous, key) && valid(kept)) value = kept;
      else {
        value = make();
        made++;
      }
      used.set(key, value);
      return value;
    },
    get made() {
      return made;
    },
    async save() {
      const unchanged = made === 0 && used.size === Object.keys(previous).length;
      if (unchanged) return;
      await mkdir(dirname(file), { recursive: true });
      const kept: KeptFile<T> = { version, values: Object.fromEntries(used) };
      await writeFile(`${file}.tmp`, JSON.stringify(kept));
      await rename(`${file}.tmp`, file);
    },
  };
}

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

/** The project folder of this code: the code version is hashed relative to it. */
const CODE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

function isAnalysis(value: unknown): value is PageAnalysis {
  const a = value as PageAnalysis | null;
  return (
    typeof a === 'object' &&
    a !== null &&
    typeof a.indexed?.title === 'string' &&
    isStrings(a.indexed.blocks) &&
    (a.indexed.credits === undefined || isStrings(a.indexed.credits)) &&
    typeof a.names?.lang === 'string' &&
    isStrings(a.names.words) &&
    isStrings(a.names.article) &&
    isStrings(a.names.afterArticle) &&
    isStrings(a.names.english?.capital) &&
    isStrings(a.names.english.lower) &&
    isStrings(a.names.english.spoken) &&
    isStrings(a.vocabulary)
  );
}

/**
 * The analyses of `pages` (`analysePage`), each kept by the page's language and text: a rebuild
 * analyses the pages whose text changed. Returns them in the pages' order, and how many were made.
 */
export async function pageAnalyses(
  pages: readonly SearchPage[],
  workDir: string,
  warn: (message: string) => void,
): Promise<{ analyses: PageAnalysis[]; made: number }> {
  // The analysis's code, and the Unicode tables of the regular expressions it runs.
  const version = JSON.stringify([
    codeVersion(CODE_ROOT, ['src/core/search/analysis.ts']),
    process.versions.unicode,
    process.versions.icu,
  ]);
  const kept = await openKept(join(workDir, 'search-pages.json'), version, isAnalysis, warn);
  const analyses = pages.map((page) =>
    kept.get(sha1(JSON.stringify([page.lang, page.title, page.blocks, page.credits ?? []])), () => analysePage(page)),
  );
  await kept.save();
  return { analyses, made: kept.made };
}

/**
 * Search's own files (`search-data/`: page texts, glossary and vocabulary shards, manifest), each
 * kept as a file of its own in `<workDir>/search-files/`, named by a hash of what it holds (and of
 * zlib's version, for the gzipped ones). A build links the kept files into the site, so a rebuild
 * compresses and writes only the files whose JSON changed; the dev server serves them from here
 * too (`DevSearchMap`). A file is written whole under a temporary name and renamed, and never
 * written to again, so the names can be trusted: one missing is made again; files this build did
 * not use are removed by `done`.
 */
export interface SearchFileStore {
  /** The kept file holding `text`, gzipped at level 9 when `gzip` (made now if it is not kept): its name in the store. */
  file(text: string, gzip: boolean): string;
  /** The store's folder. */
  readonly dir: string;
  /** How many files were made, not kept. */
  readonly made: number;
  /** Removes the kept files this build did not use. */
  done(): Promise<void>;
}

/** The store's folder (see `SearchFileStore`). */
export const searchFilesDir = (workDir: string) => join(workDir, 'search-files');

export async function searchFileStore(workDir: string): Promise<SearchFileStore> {
  const dir = searchFilesDir(workDir);
  await mkdir(dir, { recursive: true });
  const kept = new Set(await readdir(dir));
  const used = new Set<string>();
  const zlib = `${process.versions.zlib}\0${GZIP_LEVEL}\0`;
  let made = 0;
  return {
    dir,
    file(text, gzip) {
      const name = gzip ? `${sha1(zlib + text)}.gz` : `${sha1(text)}.json`;
      if (used.has(name)) return name;
      used.add(name);
      if (!kept.has(name)) {
        const path = join(dir, name);
        writeFileSync(`${path}.tmp`, gzip ? gzipSync(text, { level: GZIP_LEVEL }) : text);
        renameSync(`${path}.tmp`, path);
        made++;
      }
      return name;
    },
    get made() {
      return made;
    },
    async done() {
      // Left out: a build killed while writing one leaves its `.tmp`, removed here too.
      await Promise.all(
        [...kept].filter((name) => !used.has(name)).map((name) => rm(join(dir, name), { force: true })),
      );
    },
  };
}

/** The level search's files are gzipped at, as Pagefind's are: what a query costs does not depend on the host. */
const GZIP_LEVEL = 9;

/**
 * Where the dev server finds the last build's search files (it has no index of its own): the
 * Pagefind bundles in search's cache, by bundle number, and each `search-data/` file's name in the
 * store, by its path there.
 */
export interface DevSearchMap {
  bundles: string[];
  files: Record<string, string>;
}

/** The dev server's map of the last build's search files (see `DevSearchMap`). */
export const devSearchMapFile = (workDir: string) => join(workDir, 'search-dev.json');
