/**
 * Writes a content folder of `pages` edition pages (half Arabic, half English) made of real,
 * human-translated text from TICO-19, for benchmarks and scale tests:
 *   node bench/make-corpus.ts [pages=1000] [out=.hamish/bench/corpus-<pages>]
 * Each TICO-19 document is cut into pieces of a few sentences; each piece becomes one document
 * with an `.en.txt` and an `.ar.txt` version (relation: translation). The pieces are reused in
 * turn, with a numbered slug, when more pages are asked for than the corpus holds.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { readTicoDocuments } from '../tests/helpers/tico.ts';

/** Sentences per generated document: about a short news report's length. */
const SENTENCES = 6;

export async function makeCorpus(pages: number, out: string): Promise<string> {
  const pieces: { en: string[]; ar: string[]; from: string }[] = [];
  for (const doc of readTicoDocuments()) {
    const n = Math.min(doc.en.length, doc.ar.length);
    for (let i = 0; i + 2 <= n; i += SENTENCES) {
      pieces.push({
        en: doc.en.slice(i, i + SENTENCES),
        ar: doc.ar.slice(i, i + SENTENCES),
        from: `${doc.id}:${i + 1}`,
      });
    }
  }
  const documents = Math.ceil(pages / 2);
  await rm(out, { recursive: true, force: true });
  await mkdir(join(out, 'documents'), { recursive: true });
  for (let d = 0; d < documents; d++) {
    const piece = pieces[d % pieces.length];
    const slug = `tico-${String(d + 1).padStart(4, '0')}`;
    const sidecar = `relation: translation\nsource: TICO-19 (${piece.from})\n`;
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
