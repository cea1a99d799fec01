import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { reservedSlugProblems } from '../core/archive/index.ts';
import { parseCleaningRules, sortDiagnostics } from '../core/ingest/index.ts';
import type { Diagnostic, Edition, SourceFile } from '../core/types.ts';
import { loadGlossary, type LoadedGlossary } from './glossary-file.ts';
import { cachedIngest } from './ingest-cache.ts';
import { progress, type Progress } from './progress.ts';

/** Everything the build knows about a content folder after reading and checking it. */
export interface LoadedContent {
  editions: Edition[];
  glossary: LoadedGlossary;
  diagnostics: Diagnostic[];
  /** Number of source documents read (sidecars and other files not counted). */
  sourceCount: number;
  /** Documents (slugs) ingested again, and taken unchanged from the ingest cache. */
  ingested: number;
  reused: number;
}

/** Where and under which code version ingest results are kept between builds (see `ingest-cache.ts`). */
export interface ContentCache {
  file: string;
  codeVersion: string;
  warn: (message: string) => void;
  /** Prints progress lines (see `progress.ts`). */
  info?: (message: string) => void;
}

/** Files read at once: enough to keep the disk busy, few enough for any open-file limit. */
const READ_BATCH = 64;

/** The source files of a content folder (`documents/**`), as bytes, in a stable order. */
export async function readSources(content: string, onFile?: Progress): Promise<SourceFile[]> {
  const documents = join(content, 'documents');
  let names: string[];
  try {
    names = await readdir(documents, { recursive: true });
  } catch (error) {
    // No documents folder is a content folder without documents; any other failure (not a folder,
    // no permission) is a problem to fix, not an empty site.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw cannotRead(documents, error);
  }
  const files: SourceFile[] = [];
  const sorted = names.sort();
  // Many at a time: one awaited `stat` and `readFile` after another cost two round trips through
  // libuv's pool per file, seconds for the 15,000 files of a 10,000-page archive.
  for (let i = 0; i < sorted.length; i += READ_BATCH) {
    const batch = await Promise.all(
      sorted.slice(i, i + READ_BATCH).map(async (name): Promise<SourceFile | undefined> => {
        const absolute = join(documents, name);
        try {
          if (!(await stat(absolute)).isFile()) return undefined;
          return { path: relative(content, absolute).split('\\').join('/'), bytes: await readFile(absolute) };
        } catch (error) {
          throw cannotRead(absolute, error);
        }
      }),
    );
    for (const file of batch) {
      if (!file) continue;
      files.push(file);
      onFile?.tick();
    }
  }
  return files;
}

/** An error naming the path that could not be read, and why (`EACCES: permission denied`…). */
function cannotRead(path: string, error: unknown): Error {
  const why = (error as NodeJS.ErrnoException).code ?? String(error);
  return new Error(`cannot read ${path}: ${why}${error instanceof Error ? ` (${error.message})` : ''}`, {
    cause: error,
  });
}

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Reads and ingests every source of a content folder and its glossary; all problems come back as diagnostics. */
export async function loadContent(content: string, cache?: ContentCache): Promise<LoadedContent> {
  const info = cache?.info;
  const reading =
    info && progress('Documents read', (await readdir(join(content, 'documents')).catch(() => [])).length, info);
  const [files, glossary] = await Promise.all([readSources(content, reading), loadGlossary(content)]);
  const diagnostics: Diagnostic[] = [...glossary.diagnostics];
  const cleaningText = await readOptional(join(content, 'cleaning.yaml'));
  const cleaning = cleaningText === undefined ? undefined : parseCleaningRules(cleaningText, 'cleaning.yaml');
  if (cleaning) diagnostics.push(...cleaning.diagnostics);
  const result = await cachedIngest(files, {
    cleaning: cleaning?.rules,
    // The cleaning rules as written: any edit of them is a new key for every document.
    version: JSON.stringify([cache?.codeVersion ?? '', cleaningText ?? null]),
    file: cache?.file,
    warn: cache?.warn,
    progress: info && progress('Documents checked', files.length, info),
  });
  diagnostics.push(...sortDiagnostics([...result.diagnostics, ...reservedSlugProblems(result.editions)]));
  const sourceCount = files.filter((file) => /\.(txt|md|mdx)$/i.test(file.path)).length;
  return {
    editions: result.editions,
    glossary,
    diagnostics,
    sourceCount,
    ingested: result.ingested,
    reused: result.reused,
  };
}
