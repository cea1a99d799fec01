import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { reservedSlugProblems } from '../core/archive/index.ts';
import { ingest, parseCleaningRules, sortDiagnostics } from '../core/ingest/index.ts';
import type { Diagnostic, Edition, SourceFile } from '../core/types.ts';
import { loadGlossary, type LoadedGlossary } from './glossary-file.ts';

/** Everything the build knows about a content folder after reading and checking it. */
export interface LoadedContent {
  editions: Edition[];
  glossary: LoadedGlossary;
  diagnostics: Diagnostic[];
  /** Number of source documents read (sidecars and other files not counted). */
  sourceCount: number;
}

/** The source files of a content folder (`documents/**`), as bytes, in a stable order. */
export async function readSources(content: string): Promise<SourceFile[]> {
  const documents = join(content, 'documents');
  let names: string[];
  try {
    names = await readdir(documents, { recursive: true });
  } catch {
    return [];
  }
  const files: SourceFile[] = [];
  for (const name of names.sort()) {
    const absolute = join(documents, name);
    if (!(await stat(absolute)).isFile()) continue;
    files.push({ path: relative(content, absolute).split('\\').join('/'), bytes: await readFile(absolute) });
  }
  return files;
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
export async function loadContent(content: string): Promise<LoadedContent> {
  const [files, glossary] = await Promise.all([readSources(content), loadGlossary(content)]);
  const diagnostics: Diagnostic[] = [...glossary.diagnostics];
  const cleaningText = await readOptional(join(content, 'cleaning.yaml'));
  const cleaning = cleaningText === undefined ? undefined : parseCleaningRules(cleaningText, 'cleaning.yaml');
  if (cleaning) diagnostics.push(...cleaning.diagnostics);
  const result = ingest(files, { cleaning: cleaning?.rules });
  diagnostics.push(...sortDiagnostics([...result.diagnostics, ...reservedSlugProblems(result.editions)]));
  const sourceCount = files.filter((file) => /\.(txt|md|mdx)$/i.test(file.path)).length;
  return { editions: result.editions, glossary, diagnostics, sourceCount };
}
