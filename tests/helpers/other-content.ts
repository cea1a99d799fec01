import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeCorpus } from '../../bench/make-corpus.ts';
import { ROOT } from './build.ts';
import { PARALLEL_TMX, parallelDocuments } from './parallel.ts';

/** The file written last into a content folder: its presence says the folder is complete. */
const LAST = join('documents', 'english-only.en.txt');

/**
 * A content folder of other documents than the sample, for checking that what holds on the sample
 * site holds on any: `documents` translation pairs (real human-translated text in both
 * languages, bench/make-corpus.ts) from the repository's parallel fixture, reused in turn when more
 * are asked for than it holds, plus one document that exists only in Arabic and one only in
 * English. Slugs are `doc-0001`, `doc-0002`… Made once per version of the generator and reused; safe to call from test files that
 * run at the same time (each writes a folder of its own, then renames it into place).
 */
export async function otherContent(documents: number): Promise<string> {
  const generator = await readFile(join(ROOT, 'bench', 'make-corpus.ts'));
  const fixture = await readFile(PARALLEL_TMX);
  const version = createHash('sha1')
    .update(generator)
    .update(fixture)
    .update(String(documents))
    .digest('hex')
    .slice(0, 8);
  const folder = join(ROOT, '.hamish', 'test-content', `other-${documents}-${version}`);
  if (existsSync(join(folder, LAST))) return folder;

  const draft = `${folder}.draft-${process.pid}`;
  const parallel = parallelDocuments();
  await makeCorpus(documents * 2, draft, { documents: parallel, source: 'Hamish test fixture', prefix: 'doc' });
  const solo = parallel.at(-1)!.units;
  await writeFile(
    join(draft, 'documents', 'arabic-only.ar.txt'),
    `${solo
      .slice(0, 8)
      .map((u) => u.ar)
      .join('\n')}\n`,
  );
  await writeFile(
    join(draft, LAST),
    `${solo
      .slice(8, 16)
      .map((u) => u.en)
      .join('\n')}\n`,
  );
  try {
    await rename(draft, folder);
  } catch (error) {
    // Another test file finished the same folder first: use that one.
    await rm(draft, { recursive: true, force: true });
    if (!existsSync(join(folder, LAST))) throw error;
  }
  return folder;
}
