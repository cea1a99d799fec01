/**
 * Progress of the long steps of a build (documents read, editions rendered, pages indexed), so
 * that a build of a large archive never sits silent for a minute. A step prints a count at most
 * every few seconds while it runs, and nothing at all if it is over sooner; under CI (`CI` set),
 * nothing while it runs: each step's one summary line (printed by the step) is the whole story.
 */
import { statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** How often a running step says how far it got. */
const EVERY_MS = 3000;

export interface Progress {
  /** `n` more items done. */
  tick(n?: number): void;
}

/** Whether the build runs under CI, which wants one line per step. */
export const quiet = (env: NodeJS.ProcessEnv = process.env) => Boolean(env.CI) && env.CI !== 'false';

/** Counts `label` items out of `total`, printing through `print` (a logger's `info`). */
export function progress(label: string, total: number, print: (line: string) => void, env = process.env): Progress {
  if (quiet(env)) return { tick: () => undefined };
  let done = 0;
  let last = performance.now();
  const format = new Intl.NumberFormat('en');
  return {
    tick(n = 1) {
      done += n;
      const now = performance.now();
      if (now - last < EVERY_MS || done >= total) return;
      last = now;
      print(`${label}: ${format.format(done)} of ${format.format(total)}…`);
    },
  };
}

/**
 * How many of this build's pages Astro copied from the last build rather than rendered: the keyed
 * pages in its cache (`<cacheDir>/dist/`) that it did not write again since `since` (when a page
 * is rendered, its cached copy is written anew; when it is copied, the copy is left alone).
 */
export async function pagesCopied(cacheDir: string, since: number): Promise<number> {
  const dir = join(cacheDir, 'dist');
  let names: string[];
  try {
    names = await readdir(dir, { recursive: true });
  } catch {
    return 0;
  }
  let copied = 0;
  // Synchronous: an awaited `stat` per page cost a round trip through libuv's pool each.
  for (const name of names) {
    if (!name.endsWith('.html')) continue;
    const info = statSync(join(dir, name));
    if (info.isFile() && info.mtimeMs < since) copied++;
  }
  return copied;
}
