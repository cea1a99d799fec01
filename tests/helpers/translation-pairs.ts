import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './build.ts';
import { parallelDocuments, sidesOf } from './parallel.ts';

/** Version of the folder's recipe: bump when what it writes changes. */
const VERSION = 2;

/** Units of the parallel fixture per document, and the paragraph sizes (in units) each language cuts them into. */
const UNITS = 18;
const BREAKS = { ar: [2, 3, 1, 4, 2, 3, 3], en: [3, 1, 2, 2, 4, 1, 5] } as const;

/** Joins `units` into paragraphs of the sizes `sizes` (cycled), one blank line between paragraphs. */
function paragraphs(units: readonly string[], sizes: readonly number[]): string {
  const out: string[] = [];
  let i = 0;
  for (let k = 0; i < units.length; k++) {
    const n = sizes[k % sizes.length];
    out.push(units.slice(i, i + n).join(' '));
    i += n;
  }
  return `${out.join('\n\n')}\n`;
}

/**
 * A content folder of translation pairs: `pair-1` and `pair-2`, each the first units of a document
 * of the repository's parallel fixture (a report and its translation), paragraphed differently in the two languages
 * (`BREAKS`), with `relation: translation` in a sidecar; and `coverage-pair`, the same kind of
 * text marked `relation: coverage`, which is not aligned. Made once per recipe and reused.
 */
export async function translationPairs(): Promise<string> {
  const folder = join(ROOT, '.hamish', 'test-content', `translation-pairs-${VERSION}`);
  const last = join(folder, 'documents', 'coverage-pair.yaml');
  if (existsSync(last)) return folder;
  const draft = `${folder}.draft-${process.pid}`;
  await rm(draft, { recursive: true, force: true });
  await mkdir(join(draft, 'documents'), { recursive: true });
  // Documents whose units are sentences with a final stop, so that paragraphs read as prose.
  const docs = parallelDocuments()
    .map(sidesOf)
    .filter(
      (d) =>
        d.ar.length === d.en.length &&
        d.en.length >= UNITS * 2 &&
        d.en.slice(0, UNITS).every((s) => /[.!?]["”’)]?$/.test(s)),
    );
  if (docs.length < 2) throw new Error('the parallel fixture has too few documents of prose');
  const write = async (slug: string, units: { ar: string[]; en: string[] }, relation: string) => {
    await writeFile(join(draft, 'documents', `${slug}.ar.txt`), paragraphs(units.ar, BREAKS.ar));
    await writeFile(join(draft, 'documents', `${slug}.en.txt`), paragraphs(units.en, BREAKS.en));
    await writeFile(join(draft, 'documents', `${slug}.yaml`), `relation: ${relation}\n`);
  };
  await write('pair-1', { ar: docs[0].ar.slice(0, UNITS), en: docs[0].en.slice(0, UNITS) }, 'translation');
  await write('pair-2', { ar: docs[1].ar.slice(0, UNITS), en: docs[1].en.slice(0, UNITS) }, 'translation');
  await write(
    'coverage-pair',
    { ar: docs[0].ar.slice(UNITS, UNITS * 2), en: docs[0].en.slice(UNITS, UNITS * 2) },
    'coverage',
  );
  await writeFile(
    join(draft, 'glossary.yaml'),
    '- id: unesco\n  kind: organisation\n  en:\n    term: UNESCO\n    note: The United Nations Educational, Scientific and Cultural Organization.\n  ar:\n    term: اليونسكو\n    note: منظمة الأمم المتحدة للتربية والعلم والثقافة.\n',
  );
  try {
    await rename(draft, folder);
  } catch (error) {
    await rm(draft, { recursive: true, force: true });
    if (!existsSync(last)) throw error;
  }
  return folder;
}
