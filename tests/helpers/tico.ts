/**
 * The TICO-19 English–Arabic corpus (CC0), for the corpus tests (`npm run test:corpus`) and the
 * benchmarks. It is not in the repository: one setting says where it is, `HAMISH_TICO19` (a folder,
 * absolute or relative to the checkout), by default `../shared/corpora/tico19` beside the checkout.
 * Everything reads it through `readTmx`, the project's one TMX reader.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTmx, type UnitDocument } from '../../src/core/align/tmx.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The folder holding `all.en-ar.tmx` and `terminology.en-ar.csv`. */
export const TICO_DIR = resolve(ROOT, process.env.HAMISH_TICO19 || '../shared/corpora/tico19');

/** The translation memory's path (it may be missing: `ticoFile` says so). */
export const TICO_TMX = join(TICO_DIR, 'all.en-ar.tmx');

/** Where to get the corpus, said in one line when it is missing. */
const WHERE =
  'get all.en-ar.tmx and terminology.en-ar.csv from https://github.com/tico-19/tico-19.github.io ' +
  '(TICO-19, CC0) into that folder, or set HAMISH_TICO19 to the folder that has them';

/** The path of one file of the corpus; throws a one-line error saying where to get it when it is missing. */
export function ticoFile(name: 'all.en-ar.tmx' | 'terminology.en-ar.csv'): string {
  const path = join(TICO_DIR, name);
  if (!existsSync(path)) throw new Error(`TICO-19 not found: no ${path}; ${WHERE}`);
  return path;
}

/** Whether the corpus is there (for the corpus project's check, which fails the run when it is not). */
export const ticoMissing = (): string | undefined => {
  try {
    ticoFile('all.en-ar.tmx');
    ticoFile('terminology.en-ar.csv');
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
};

const cache = new Map<string, UnitDocument[]>();

/**
 * The documents of the translation memory, each its units in order. `order: 'file'` keeps the
 * file's order of documents, which the search evaluation and the benchmarks' corpora were
 * recorded with; the aligner's evaluation uses the default, by id.
 */
export function ticoDocuments(order: 'id' | 'file' = 'id'): UnitDocument[] {
  let documents = cache.get(order);
  if (!documents) {
    documents = readTmx(readFileSync(ticoFile('all.en-ar.tmx'), 'utf8'), { order }).documents;
    cache.set(order, documents);
  }
  return documents;
}
