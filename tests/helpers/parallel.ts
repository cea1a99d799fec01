/**
 * Parallel text that lives in the repository, for the tests that need real translations but not
 * a corpus: three short reports in English and Arabic, one sentence per unit
 * (`tests/fixtures/parallel/parallel.en-ar.tmx`), read with the project's one TMX reader.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readTmx, type UnitDocument } from '../../src/core/align/tmx.ts';

export const PARALLEL_TMX = fileURLToPath(new URL('../fixtures/parallel/parallel.en-ar.tmx', import.meta.url));

/** The fixture's documents, by id. */
export function parallelDocuments(): UnitDocument[] {
  return readTmx(readFileSync(PARALLEL_TMX, 'utf8')).documents;
}

/** A document's sentences side by side: `{ id, en: [...], ar: [...] }`. */
export function sidesOf(doc: UnitDocument): { id: string; en: string[]; ar: string[] } {
  return { id: doc.id, en: doc.units.map((u) => u.en), ar: doc.units.map((u) => u.ar) };
}
