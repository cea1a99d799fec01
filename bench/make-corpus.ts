/**
 * Writes a content folder of `pages` edition pages (half Arabic, half English) made of real,
 * human-translated text, for benchmarks (from TICO-19) and the site tests (from the repository's
 * parallel fixture):
 *   node bench/make-corpus.ts [pages=1000] [out=.hamish/bench/corpus-<pages>] [unique|varied]
 * Each document of the corpus is cut into pieces of a few sentences; each piece becomes one
 * document with an `.en.txt` and an `.ar.txt` version (relation: translation). The pieces are
 * reused in turn, with a numbered slug, when more pages are asked for than the corpus holds.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { UnitDocument } from '../src/core/align/tmx.ts';
import { seededRandom } from '../src/core/random.ts';
import { ticoDocuments } from '../tests/helpers/tico.ts';

/** Sentences per generated document: about a short news report's length. */
const SENTENCES = 6;

interface CorpusOptions {
  documents?: readonly UnitDocument[];
  source?: string;
  prefix?: string;
  /**
   * `unique` (the default): every document names its own source, `<source> (<document>:<line>)`,
   * and nothing else: one source page per document, the costliest case for the archive's browse
   * pages. `varied`: the metadata of a news archive (`variedMetadata`).
   */
  metadata?: 'unique' | 'varied';
}

/** Invented outlets, authors and topics: the text is TICO-19's, and no real outlet or person wrote it. */
const OUTLETS = [
  'The Levant Courier',
  'Gulf Morning Post',
  'Nile Evening News',
  'Maghreb Weekly',
  'The Harbour Gazette',
  'Al-Wadi Daily',
  'Desert Wire',
  'Cedar Report',
  'The Two Rivers Review',
  'Atlas Press Service',
  'Red Sea Bulletin',
  'The Oasis Record',
];
const GIVEN = ['Sam', 'Layla', 'Omar', 'Nadia', 'Karim', 'Huda', 'Yusuf', 'Rana', 'Tariq', 'Mira'];
const FAMILY = ['Field', 'Haddad', 'Mansour', 'Rahal', 'Saleh', 'Nasser', 'Khoury', 'Aziz'];
const TOPICS: (string | { en: string; ar: string })[] = [
  { en: 'Health', ar: 'صحة' },
  { en: 'Vaccines', ar: 'لقاحات' },
  { en: 'Symptoms', ar: 'أعراض' },
  { en: 'Hospitals', ar: 'مستشفيات' },
  { en: 'Travel', ar: 'سفر' },
  { en: 'Schools', ar: 'مدارس' },
  'Public health',
  'Testing',
  'Lockdown',
  { en: 'Economy', ar: 'اقتصاد' },
  'Research',
  'Children',
  'Masks',
  { en: 'Elderly care', ar: 'رعاية المسنين' },
  'Hygiene',
  'Statistics',
  'World Health Organization',
  { en: 'Borders', ar: 'حدود' },
  'Nursing',
  'Mental health',
  'Pharmacies',
  'Quarantine',
  'Transport',
  'Workplaces',
];

/** One of `items`, the k-th with weight 1/k (Zipf): a few are common, most rare, as in an archive. */
function skewed<T>(items: readonly T[], random: () => number): T {
  const total = items.reduce((sum, _, k) => sum + 1 / (k + 1), 0);
  let r = random() * total;
  for (let k = 0; k < items.length; k++) if ((r -= 1 / (k + 1)) < 0) return items[k];
  return items[items.length - 1];
}

const yamlTag = (tag: string | { en: string; ar: string }) =>
  typeof tag === 'string' ? tag : `{en: ${tag.en}, ar: ${tag.ar}}`;

/**
 * A news archive's sidecar metadata for document `d`, besides its relation: a source among a dozen
 * outlets, the first few far more common (Zipf); an author among 80 names, also skewed, missing
 * from one document in five; one to three topics of 24 (a third given in both languages), skewed;
 * a date in 2016–2021.
 */
export function variedMetadata(d: number): string {
  const random = seededRandom(d + 1);
  const lines = [`source: ${skewed(OUTLETS, random)}`];
  if (random() >= 0.2) lines.push(`author: ${skewed(GIVEN, random)} ${skewed(FAMILY, random)}`);
  const tags = new Set<string | { en: string; ar: string }>();
  const count = 1 + Math.floor(random() * 3);
  while (tags.size < count) tags.add(skewed(TOPICS, random));
  lines.push(`tags: [${[...tags].map(yamlTag).join(', ')}]`);
  const day = new Date(Date.UTC(2016, 0, 1) + Math.floor(random() * 6 * 365) * 86_400_000);
  lines.push(`date: ${day.toISOString().slice(0, 10)}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The corpus's documents are `documents` (TICO-19's, in the file's order, by default), named
 * `source` in the sidecars; slugs are `<prefix>-0001`, `<prefix>-0002`…
 */
export async function makeCorpus(
  pages: number,
  out: string,
  { documents = ticoDocuments('file'), source = 'TICO-19', prefix = 'tico', metadata = 'unique' }: CorpusOptions = {},
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
    const sidecar =
      metadata === 'varied'
        ? `relation: translation\n${variedMetadata(d)}`
        : `relation: translation\nsource: ${source} (${piece.from})\n`;
    await writeFile(join(out, 'documents', `${slug}.en.txt`), `${piece.en.join('\n')}\n`);
    await writeFile(join(out, 'documents', `${slug}.ar.txt`), `${piece.ar.join('\n')}\n`);
    await writeFile(join(out, 'documents', `${slug}.yaml`), sidecar);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pages = Number(process.argv[2] ?? 1000);
  const out = resolve(process.argv[3] ?? `.hamish/bench/corpus-${pages}`);
  await makeCorpus(pages, out, { metadata: process.argv[4] === 'varied' ? 'varied' : 'unique' });
  console.log(`wrote ${Math.ceil(pages / 2)} documents (${pages} pages) to ${out}`);
}
