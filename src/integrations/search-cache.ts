/**
 * What the search build keeps between builds so that a rebuild does work in proportion to what
 * changed, not to the archive: each page's analysis (`analysePage`: its text as index keys, the
 * words that link names, its vocabulary) by the page's text, and each gzipped file of
 * `search-data/` by its JSON. Both are pure functions of their key and of the code (and, for
 * analyses, Node's Unicode tables; for gzip, its zlib), which are part of the cache's version, so a
 * kept value is exactly what the build would make again (the stale-build test compares every file
 * with a clean build's).
 *
 * Each cache is one JSON file in the work folder, read whole and written whole (renamed into place,
 * so that a killed build leaves the old one) when a value was added or one is no longer used. A
 * file that does not parse is rebuilt, with a warning.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
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
    kept.get(sha1(JSON.stringify([page.lang, page.title, page.blocks])), () => analysePage(page)),
  );
  await kept.save();
  return { analyses, made: kept.made };
}

/** Gzip at the level search's files are written at (see `dataFiles` in `search.ts`). */
export type Gzip = (json: string) => Uint8Array;

/**
 * A gzip of JSON at level 9 that keeps its output by the JSON's hash, in `<workDir>/search-gzip.json`:
 * a rebuild compresses only the files whose JSON changed (`done` writes what was used).
 */
export async function keptGzip(
  workDir: string,
  warn: (message: string) => void,
): Promise<{ gzip: Gzip; made: () => number; done: () => Promise<void> }> {
  const kept = await openKept(
    join(workDir, 'search-gzip.json'),
    JSON.stringify([process.versions.zlib, 9]),
    (value): value is string => typeof value === 'string',
    warn,
  );
  return {
    gzip: (json) =>
      Buffer.from(
        kept.get(sha1(json), () => gzipSync(json, { level: 9 }).toString('base64')),
        'base64',
      ),
    made: () => kept.made,
    done: () => kept.save(),
  };
}
