import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { editionToMdx } from '../../core/edition/index.ts';
import type { Edition } from '../../core/types.ts';

/**
 * The file name of a generated edition: one per language version. A hand-written `.md` source
 * stays Markdown (where `{` and `<` are text, not code); everything else is MDX.
 */
export function editionFileName(edition: Pick<Edition, 'slug' | 'lang' | 'format'>): string {
  return `${edition.slug}.${edition.lang}.${edition.format === 'md' ? 'md' : 'mdx'}`;
}

/**
 * Writes the generated MDX editions into `dir` and removes the ones whose source is gone.
 * Files whose content did not change are left alone, so the dev server only reloads what changed.
 * Returns how many files were written and removed.
 */
export async function writeEditions(editions: Edition[], dir: string): Promise<{ written: number; removed: number }> {
  await mkdir(dir, { recursive: true });
  const wanted = new Map(editions.map((edition) => [editionFileName(edition), editionToMdx(edition)]));
  let written = 0;
  let removed = 0;
  for (const name of await readdir(dir)) {
    if (!wanted.has(name)) {
      await rm(join(dir, name), { force: true });
      removed++;
    }
  }
  for (const [name, mdx] of wanted) {
    const path = join(dir, name);
    const previous = await readFile(path, 'utf8').catch(() => undefined);
    if (previous === mdx) continue;
    await writeFile(path, mdx);
    written++;
  }
  return { written, removed };
}
