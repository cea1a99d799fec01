/**
 * Writes a content folder of `pages` edition pages (half Arabic, half English) made of real,
 * human-translated text, for benchmarks (from TICO-19) and the site tests (from the repository's
 * parallel fixture):
 *   node bench/make-corpus.ts [pages=1000] [out=.hamish/bench/corpus-<pages>]
 * Each document of the corpus is cut into pieces of a few sentences; each piece becomes one
 * document with an `.en.txt` and an `.ar.txt` version (relation: translation). The pieces are
 * reused in turn, with a numbered slug, when more pages are asked for than the corpus holds.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { UnitDocument } from '../src/core/align/tmx.ts';
import { ticoDocuments } from '../tests/helpers/tico.ts';

/** Sentences per generated document: about a short news report's length. */
const SENTENCES = 6;

interface CorpusOptions {
  documents?: readonly UnitDocument[];
  source?: string;
  prefix?: string;
}

/**
 * The corpus's documents are `documents` (TICO-19's, in the file's order, by default), named
 * `source` in the sidecars; slugs are `<prefix>-0001`, `<prefix>-0002`…
 */
export async function makeCorpus(
  pages: number,
  out: string,
  { documents = ticoDocuments('file'), source = 'TICO-19', prefix = 'tico' }: CorpusOptions = {},
): Promise<string> {
  const pieces: { en: string[]; ar: string[]; from: string }[] = [];
  for (const doc of documents) {
    const n = doc.units.length;
    for (let i = 0; i + 2 <= n; i += SENTENCES) {
      const units = doc.units.slice(i, i + SENTENCES);
      pieces.push({ en: units.map((u) => u.en), ar: units.map((u) => u.ar), from: `${doc.id}:${i + 1}` });
    }
  }
  const count = Math.ceil(pages / 2);
  await rm(out, { recursive: true, force: true });
  await mkdir(join(out, 'documents'), { recursive: true });
  for (let d = 0; d < count; d++) {
    const piece = pieces[d % pieces.length];
    const slug = `${prefix}-${String(d + 1).padStart(4, '0')}`;
    const sidecar = `relation: translation\nsource: ${source} (${piece.from})\n`;
    await writeFile(join(out, 'documents', `${slug}.en.txt`), `${piece.en.join('\n')}\n`);
    await writeFile(join(out, 'documents', `${slug}.ar.txt`), `${piece.ar.join('\n')}\n`);
    await writeFile(join(out, 'documents', `${slug}.yaml`), sidecar);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pages = Number(process.argv[2] ?? 1000);
  const out = resolve(process.argv[3] ?? `.hamish/bench/corpus-${pages}`);
  await makeCorpus(pages, out);
  console.log(`wrote ${Math.ceil(pages / 2)} documents (${pages} pages) to ${out}`);
}
