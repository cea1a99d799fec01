import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
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
 * What the last pass wrote, per file: the key of the edition it was made from, and the file's
 * size and modification time then. A file whose edition has the same key and that nobody touched
 * since is left alone without making its MDX again (which, for every edition of a large archive,
 * took seconds on each rebuild).
 */
type Written = Record<string, [key: string, size: number, mtimeMs: number]>;

/** Where the record of written files is kept: beside the folder, whose every file is an edition. */
const writtenFile = (dir: string) => `${dir}-written.json`;

async function readWritten(dir: string): Promise<Written> {
  try {
    const written = JSON.parse(await readFile(writtenFile(dir), 'utf8')) as unknown;
    return typeof written === 'object' && written !== null ? (written as Written) : {};
  } catch {
    return {}; // none yet, or unreadable: every file is compared again
  }
}

/**
 * Whether the file at `path` is as the last pass wrote it from an edition of key `key`. Synchronous:
 * one awaited `stat` after another cost a round trip through libuv's pool each, for every edition.
 */
function unchanged(path: string, key: string, last: Written[string] | undefined): boolean {
  if (!Array.isArray(last) || last[0] !== key) return false;
  const info = statSync(path, { throwIfNoEntry: false });
  return info !== undefined && info.size === last[1] && info.mtimeMs === last[2];
}

/**
 * Writes the generated MDX editions into `dir` and removes the ones whose source is gone.
 * Files whose content did not change are left alone, so the dev server only reloads what changed.
 * `code` is the version of the code that makes them (see `code-version.ts`). Returns how many
 * files were written and removed.
 */
export async function writeEditions(
  editions: Edition[],
  dir: string,
  code = '',
): Promise<{ written: number; removed: number }> {
  await mkdir(dir, { recursive: true });
  const wanted = new Map(editions.map((edition) => [editionFileName(edition), edition]));
  const last = await readWritten(dir);
  const next: Written = {};
  let written = 0;
  let removed = 0;
  for (const name of await readdir(dir)) {
    if (!wanted.has(name)) {
      await rm(join(dir, name), { force: true });
      removed++;
    }
  }
  for (const [name, edition] of wanted) {
    const path = join(dir, name);
    const key = createHash('sha1').update(code).update('\0').update(JSON.stringify(edition)).digest('hex');
    if (unchanged(path, key, last[name])) {
      next[name] = last[name];
      continue;
    }
    const mdx = editionToMdx(edition);
    const previous = await readFile(path, 'utf8').catch(() => undefined);
    if (previous !== mdx) {
      await writeFile(path, mdx);
      written++;
    }
    const info = await stat(path);
    next[name] = [key, info.size, info.mtimeMs];
  }
  const record = writtenFile(dir);
  await mkdir(dirname(record), { recursive: true });
  await writeFile(`${record}.tmp`, JSON.stringify(next));
  await rename(`${record}.tmp`, record);
  return { written, removed };
}
