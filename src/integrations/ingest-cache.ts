/**
 * Ingest, cached per document: an archive whose sources did not change is read (their bytes are
 * hashed) but not decoded, cleaned and checked again.
 *
 * `ingest` treats each slug on its own (its sources, its sidecar; nothing across slugs), so the
 * files are cut into one group per slug (and one per file that is no source at all) and each
 * group's result is kept under a key made of the group's paths and bytes, the cleaning rules and
 * the version of the code (`code-version.ts`). Put back together in slug order, with the
 * diagnostics sorted as `ingest` sorts them, the result is the one `ingest` gives for all the
 * files at once (a test checks this on every fixture folder).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  ingest,
  learnRepeatedLines,
  learnedSignature,
  learnsRepeats,
  repeatCount,
  repeatedSourceLines,
  sortDiagnostics,
  DEFAULT_RULES,
  type IngestOptions,
  type IngestResult,
  type LearnedLines,
  type SourceLines,
} from '../core/ingest/index.ts';
import { parseDocumentPath } from '../core/ingest/files.ts';
import type { SourceFile } from '../core/types.ts';
import type { Progress } from './progress.ts';

interface CacheFile {
  version: string;
  groups: Record<string, { files: string; lines: SourceLines[]; key: string; result: IngestResult }>;
}

export interface IngestCacheOptions extends IngestOptions {
  /** Where the cache is kept; none: no cache. */
  file?: string;
  /** The code version (see `code-version.ts`) and anything else every key must include (the cleaning rules' text). */
  version: string;
  /** Told when the cache file could not be read and is rebuilt. */
  warn?: (message: string) => void;
  /** Ticked once per file. */
  progress?: Progress;
}

export interface CachedIngest extends IngestResult {
  /** How many groups (documents) were ingested again, and how many came from the cache. */
  ingested: number;
  reused: number;
}

/** The group a file belongs to: its slug, or (for a file that is no source) its own path. */
function groupOf(path: string): string {
  const parsed = parseDocumentPath(path);
  return parsed.kind === 'other' ? `\0${parsed.path}` : parsed.slug;
}

function keyOf(version: string, files: readonly SourceFile[]): string {
  const hash = createHash('sha256').update(version);
  for (const file of files) hash.update(`\0${file.path}\0`).update(file.bytes);
  return hash.digest('hex');
}

async function readCache(file: string | undefined, version: string, warn?: (message: string) => void) {
  if (!file) return undefined;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined; // none yet
  }
  try {
    const cache = JSON.parse(text) as CacheFile;
    if (typeof cache.groups !== 'object' || cache.groups === null) throw new Error('no groups');
    return cache.version === version ? cache : undefined;
  } catch {
    warn?.(`The ingest cache ${file} could not be read; every source is read and checked again.`);
    return undefined;
  }
}

/** Sets each removed repeated line's count of sources to the archive's as it is now. */
function recount(result: IngestResult, learned: LearnedLines): void {
  for (const edition of result.editions)
    for (const removal of edition.removed)
      if (removal.repeats !== undefined) removal.repeats = repeatCount(removal.text, edition.lang, learned);
}

/** `ingest(files, options)`, reusing the results of unchanged documents from `options.file`. */
export async function cachedIngest(files: readonly SourceFile[], options: IngestCacheOptions): Promise<CachedIngest> {
  const groups = new Map<string, SourceFile[]>();
  for (const file of files) {
    const group = groupOf(file.path);
    groups.set(group, [...(groups.get(group) ?? []), file]);
  }
  const previous = await readCache(options.file, options.version, options.warn);
  const next: CacheFile = { version: options.version, groups: {} };
  // The lines the whole archive repeats (`repeated-lines.ts`), from each document's share, which
  // is kept with its result: an unchanged document is not read again to learn them.
  const learns = learnsRepeats(options.cleaning ?? DEFAULT_RULES);
  const names = [...groups.keys()].sort();
  const filesKeys = new Map(names.map((name) => [name, keyOf(options.version, groups.get(name)!)]));
  const lines = new Map(
    names.map((name) => {
      const hit = previous?.groups[name];
      if (!learns) return [name, []];
      return [name, hit && hit.files === filesKeys.get(name) ? hit.lines : repeatedSourceLines(groups.get(name)!)];
    }),
  );
  const learned: LearnedLines | undefined = learns ? learnRepeatedLines([...lines.values()].flat()) : undefined;
  const editions: IngestResult['editions'] = [];
  const diagnostics: IngestResult['diagnostics'] = [];
  let ingested = 0;
  let reused = 0;
  // The order `ingest` builds editions in: by slug (`\0`-prefixed groups have none).
  for (const name of names) {
    const group = groups.get(name)!;
    const files = filesKeys.get(name)!;
    const own = lines.get(name)!;
    // A document is cleaned again when its files changed or when the archive's repeated lines
    // that occur in it did: adding a source re-ingests only the documents it teaches something new.
    const key = learned
      ? createHash('sha256')
          .update(files)
          .update(own.map((source) => learnedSignature(source, learned)).join('\0'))
          .digest('hex')
      : files;
    const hit = previous?.groups[name];
    let result: IngestResult;
    if (hit?.key === key) {
      result = hit.result;
      reused++;
    } else {
      result = ingest(group, { ...options, learned });
      ingested++;
    }
    // How many sources repeat a line changes with every source added, and is no part of the key.
    if (learned) recount(result, learned);
    next.groups[name] = { files, lines: own, key, result };
    options.progress?.tick(group.length);
    editions.push(...result.editions);
    diagnostics.push(...result.diagnostics);
  }
  const changed = ingested > 0 || !previous || Object.keys(previous.groups).length !== Object.keys(next.groups).length;
  if (options.file && changed) {
    // Written whole and renamed into place: a build killed while writing leaves the old file.
    await mkdir(dirname(options.file), { recursive: true });
    await writeFile(`${options.file}.tmp`, JSON.stringify(next));
    await rename(`${options.file}.tmp`, options.file);
  }
  return { editions, diagnostics: sortDiagnostics(diagnostics), ingested, reused };
}
