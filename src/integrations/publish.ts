/**
 * What keeps a build from ever leaving a broken site or a cache the next build would trust:
 *
 * - **One at a time.** A build, `astro sync` (`astro check`) or dev server of this project takes
 *   `.hamish/locks/astro.json` (they share `.astro/` and Hamish's work folders). A second build (or
 *   a sync) waits for the first; a build beside `astro dev` (or `astro dev` beside a build) stops
 *   with a message saying which process holds the lock. A lock whose process is gone is taken over;
 *   a process releases its lock however it ends: done, failed, or stopped by a signal (Ctrl-C).
 * - **Staged output.** Astro builds into a staging folder (`<work>/staging/`), search is written
 *   into it, and only when every step has succeeded is it swapped into the real output folder
 *   (`dist/`) by two renames. A build that fails or is killed leaves `dist/` as the last good
 *   build left it; a build killed during the swap is finished by the next one (`recoverOutput`).
 * - **Untrusted caches.** A build that stops while generating pages may have overwritten some of
 *   Astro's incremental copies without writing the manifest that describes them: the next build
 *   sees the marker left behind and discards the manifest, so every page is rendered again. A
 *   manifest or data store that does not parse is discarded too, with a warning.
 */
import { AstroError } from 'astro/errors';
import type { AstroIntegrationLogger } from 'astro';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The lock file of a project (see the module comment). */
export const lockFile = (root: string) => join(root, '.hamish', 'locks', 'astro.json');

interface LockOwner {
  pid: number;
  command: string;
}

/** Whether process `pid` is running (a lock whose owner is not can be taken over). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' ? { pid: owner.pid, command: String(owner.command) } : undefined;
  } catch {
    return undefined;
  }
}

/** How often a waiting build looks at the lock again. */
const POLL_MS = 250;

/**
 * Takes the project's lock for `command` (`build` or `dev`) and releases it when the process
 * exits, however it exits. Returns the release, for a build that ends earlier.
 */
export async function acquireProjectLock(
  root: string,
  command: 'build' | 'dev' | 'sync',
  logger: AstroIntegrationLogger,
): Promise<() => void> {
  const file = lockFile(root);
  await mkdir(dirname(file), { recursive: true });
  // Listening before the file is written: a signal that came between the two would end the process
  // by the default action, which runs no JavaScript, and leave the lock behind.
  listenForEndingSignals();
  let waitingFor: number | undefined;
  for (;;) {
    try {
      writeFileSync(file, JSON.stringify({ pid: process.pid, command } satisfies LockOwner), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readOwner(file);
    // Ours already: `astro dev` runs this hook again when it restarts after a config change.
    if (owner?.pid === process.pid) break;
    if (!owner || !alive(owner.pid)) {
      // Written by a process that is gone (killed, crashed) or half-written: nobody holds it.
      if (owner) logger.warn(`Taking over the lock of process ${owner.pid}, which ended without releasing it.`);
      rmSync(file, { force: true });
      continue;
    }
    // `astro sync` (and `astro check`) regenerates .astro/ as a build does, so it waits for one;
    // beside the dev server, which keeps .astro/ current itself, it runs as it always has.
    if (command === 'sync' && owner.command === 'dev') return () => undefined;
    if (owner.command === 'dev' || command === 'dev') {
      throw lockHeld(owner, command);
    }
    if (waitingFor !== owner.pid) {
      logger.info(`Waiting for the build of process ${owner.pid} to finish…`);
      waitingFor = owner.pid;
    }
    await sleep(POLL_MS);
  }
  const release = () => {
    locks.held.delete(file);
    if (readOwner(file)?.pid === process.pid) rmSync(file, { force: true });
  };
  locks.held.set(file, release);
  return release;
}

/**
 * The error of a build beside `astro dev` (or of `astro dev` beside a build): which process holds
 * the lock and what to do, without a stack trace, which would only point into Hamish.
 */
function lockHeld(owner: LockOwner, command: 'build' | 'dev' | 'sync'): AstroError {
  const other = owner.command === 'dev' ? '`astro dev`' : 'a build';
  const stop =
    owner.command === 'dev'
      ? `Stop that dev server (Ctrl-C in its terminal, or \`kill ${owner.pid}\`)`
      : `Wait for that build to finish (or stop it: \`kill ${owner.pid}\`)`;
  const error = new AstroError(
    `${other} (process ${owner.pid}) is running on this project; ${command === 'dev' ? 'the dev server' : 'a build'} cannot run beside it.`,
    `They share .astro/ and Hamish's caches. ${stop}, then run this again.`,
  );
  error.stack = '';
  return error;
}

/** The signals that end a process (Ctrl-C, `kill`, a closed terminal) without its `exit` event. */
const ENDING_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * The lock files this process holds, each with its release, and whether the listeners that release
 * them are in place: kept on the global object, so that one set of listeners serves every lock of
 * the process however often `astro dev` restarts and reloads this module.
 */
const locks = ((globalThis as { [key: symbol]: { held: Map<string, () => void>; listening: boolean } })[
  Symbol.for('hamish.locks')
] ??= { held: new Map(), listening: false });

/** Releases every lock this process holds. */
function releaseHeld(): void {
  for (const [file, release] of locks.held) {
    locks.held.delete(file);
    release();
  }
}

/**
 * Releases the lock when the process exits, and when a signal ends it: Node runs no `exit`
 * listener for a signal nobody handles, so Ctrl-C on a build or `astro dev` would leave the lock
 * behind. When nothing else listens for the signal, Hamish's listener releases the locks and
 * raises the signal again, so that the process ends as it would have, its status saying so (130
 * after Ctrl-C in a shell). When something else listens (Vite closes its dev server on SIGTERM and
 * exits; a program running the build may handle Ctrl-C and carry on), that listener decides
 * whether the process ends, and the locks go with its `exit`: a process that carries on keeps them.
 */
function listenForEndingSignals(): void {
  if (locks.listening) return;
  locks.listening = true;
  process.on('exit', releaseHeld);
  const onSignal = (signal: NodeJS.Signals) => {
    if (process.listenerCount(signal) > 1) return;
    for (const name of ENDING_SIGNALS) process.off(name, onSignal);
    process.off('exit', releaseHeld);
    locks.listening = false;
    releaseHeld();
    process.kill(process.pid, signal);
  };
  for (const name of ENDING_SIGNALS) process.prependListener(name, onSignal);
}

/** Where a build writes before it is published, and how the swap is recorded. */
export interface OutputPlan {
  /** The folder users deploy and `astro preview` serves (`outDir`, `dist/` by default). */
  target: string;
  /** Where Astro and search write this build. */
  staging: string;
  /** Where the last good site waits while the new one is moved in. */
  previous: string;
  /** Records a swap in progress, so a build killed halfway through is finished by the next. */
  journal: string;
}

export function outputPlan(target: string, workDir: string): OutputPlan {
  return {
    target: resolve(target),
    staging: join(workDir, 'staging'),
    previous: join(workDir, 'previous'),
    journal: join(workDir, 'publish.json'),
  };
}

/**
 * Finishes or undoes a swap that a killed build left halfway: the last good site is put back
 * where it belongs. Called before a build starts.
 */
export async function recoverOutput(plan: OutputPlan, logger: AstroIntegrationLogger): Promise<void> {
  let journal: { target?: string } | undefined;
  try {
    journal = JSON.parse(await readFile(plan.journal, 'utf8')) as { target?: string };
  } catch {
    journal = undefined;
  }
  if (journal?.target && existsSync(plan.previous)) {
    if (!existsSync(journal.target)) {
      await rename(plan.previous, journal.target);
      logger.warn(`The last build stopped while publishing; ${journal.target} is back as that build left it.`);
    }
  }
  await rm(plan.previous, { recursive: true, force: true });
  await rm(plan.journal, { force: true });
}

/** Moves `from` to `to`; across file systems (where a rename cannot), by copying. */
async function move(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    const beside = `${to}.hamish-new`;
    await rm(beside, { recursive: true, force: true });
    await cp(from, beside, { recursive: true });
    await rename(beside, to);
    await rm(from, { recursive: true, force: true });
  }
}

/**
 * Publishes a finished build: the staged site replaces the target folder. Only two renames run
 * between the old site and the new one; the journal lets the next build repair a kill in between.
 */
export async function publishOutput(plan: OutputPlan): Promise<void> {
  await rm(plan.previous, { recursive: true, force: true });
  await mkdir(dirname(plan.target), { recursive: true });
  await writeFile(plan.journal, JSON.stringify({ target: plan.target }));
  if (existsSync(plan.target)) await move(plan.target, plan.previous);
  await move(plan.staging, plan.target);
  await rm(plan.journal, { force: true });
  await rm(plan.previous, { recursive: true, force: true });
}

/** The marker a build leaves while it generates pages (see the module comment). */
const generatingMarker = (workDir: string) => join(workDir, 'generating.json');

/** Astro's incremental build manifest in its cache folder. */
export const incrementalManifest = (cacheDir: string) => join(cacheDir, 'incremental-build.json');

/**
 * Before a build: discards Astro's incremental manifest when the last build stopped while
 * generating pages, or when it does not parse; either way every page is rendered again.
 */
export async function checkIncrementalCache(
  workDir: string,
  cacheDir: string,
  logger: AstroIntegrationLogger,
): Promise<void> {
  const manifest = incrementalManifest(cacheDir);
  const marker = generatingMarker(workDir);
  if (existsSync(marker)) {
    logger.warn(
      'The last build stopped while generating pages (killed or failed): its page cache is not trusted, and every page is rendered again.',
    );
    await rm(manifest, { force: true });
    await rm(marker, { force: true });
    return;
  }
  // Astro would start afresh from an unreadable data store too, but silently.
  const caches = [
    [manifest, 'page cache', 'every page is rendered again'],
    [dataStore(cacheDir), 'content cache', 'every edition is rendered again'],
  ];
  const trusted = await readFile(trustedStoreFile(workDir), 'utf8').catch(() => '');
  for (const [file, what, consequence] of caches) {
    if (!existsSync(file)) continue;
    // The data store grows with the archive (every edition's HTML): parsed only when it is not
    // the one the last build that finished generating left.
    if (file === dataStore(cacheDir) && trusted !== '' && trusted === storeStamp(file)) continue;
    try {
      JSON.parse(await readFile(file, 'utf8'));
    } catch {
      logger.warn(`The ${what} ${file} could not be read; ${consequence}.`);
      await rm(file, { force: true });
    }
  }
}

/** Marks the start of page generation (`astro:build:start`). */
export async function markGenerating(workDir: string): Promise<void> {
  await mkdir(workDir, { recursive: true });
  await writeFile(generatingMarker(workDir), JSON.stringify({ pid: process.pid }));
}

/**
 * Marks its end (`astro:build:generated`): Astro has written the manifest of what it cached, and
 * the data store (written whole, then renamed into place, before pages are generated) is one this
 * build read and used: its size and modification time are recorded, so that the next build need
 * not parse it to know it is sound (`checkIncrementalCache`).
 */
export async function markGenerated(workDir: string, cacheDir: string): Promise<void> {
  await rm(generatingMarker(workDir), { force: true });
  const stamp = storeStamp(dataStore(cacheDir));
  if (stamp === '') await rm(trustedStoreFile(workDir), { force: true });
  else await writeFile(trustedStoreFile(workDir), stamp);
}

/** Astro's data store in its cache folder. */
const dataStore = (cacheDir: string) => join(cacheDir, 'data-store.json');

/** Where the stamp of the last data store a build finished with is kept. */
const trustedStoreFile = (workDir: string) => join(workDir, 'data-store-trusted.json');

/** A file's size and modification time, or '' when there is none. */
function storeStamp(file: string): string {
  const info = statSync(file, { throwIfNoEntry: false });
  return info ? JSON.stringify([info.size, info.mtimeMs, info.ino]) : '';
}
