import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve as serveFolder, type ServeOptions, type StaticServer } from '../../src/cli/serve.ts';

export type { StaticServer };

/**
 * The site server of `src/cli/serve.ts`, closing itself after 30 minutes (unless `lifetime` says
 * otherwise), so that a test that never calls `close` cannot leave it running.
 */
export const serve = (root: string, base = '/', options: ServeOptions = {}): Promise<StaticServer> =>
  serveFolder(root, base, { lifetime: 30 * 60_000, ...options });

const snapshots: string[] = [];

/**
 * A private copy of a built site, to serve: the build folder is shared by every test run on this
 * machine, and another run may rebuild it (emptying it first) while a test's pages are open.
 * `removeSnapshots()` deletes the copies this test file made.
 */
export async function snapshotSite(outDir: string): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'hamish-e2e-'));
  await cp(outDir, copy, { recursive: true });
  snapshots.push(copy);
  return copy;
}

/** Deletes the copies made by `snapshotSite`. */
export async function removeSnapshots(): Promise<void> {
  await Promise.all(snapshots.splice(0).map((copy) => rm(copy, { recursive: true, force: true })));
}
