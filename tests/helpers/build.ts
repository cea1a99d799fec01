import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { createHash } from 'node:crypto';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { workDir } from '../../src/integrations/paths.ts';
import { alive } from '../../src/integrations/publish.ts';

/** The project root (where astro.config.mjs is). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The sample content shipped in the repository. */
export const SAMPLE_CONTENT = join(ROOT, 'content');

/** A content folder whose every line is MDX, HTML, JavaScript or Markdown syntax. */
export const HOSTILE = join(ROOT, 'tests/fixtures/hostile');

/** Sources as editors write and drop them: hand-written Markdown, a headline, no headline, one language only. */
export const EDITOR_CONTENT = join(ROOT, 'tests/fixtures/editor');

export interface BuildResult {
  /** Exit code of `astro build`. */
  code: number;
  /** Everything the build printed (stdout and stderr, interleaved), without colours. */
  output: string;
  /** The built site. */
  outDir: string;
}

export interface BuildOptions {
  contentDir: string;
  /** Deploy sub-path, e.g. `/sub/`. */
  base?: string;
  /** An Astro config other than the project's, relative to the project's root (`astro build --config`). */
  config?: string;
}

/**
 * The environment a user's shell would give Astro: without the variables Vitest sets for its
 * workers (NODE_ENV=test, VITEST…), which change how Astro and Vite behave.
 */
export function userEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  // Vitest also puts its import.meta.env values (BASE_URL, MODE…) into process.env; Astro would take them.
  const vitestOnly = new Set(['NODE_ENV', 'TEST', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);
  for (const name of Object.keys(env)) if (name.startsWith('VITEST') || vitestOnly.has(name)) delete env[name];
  return env;
}

/**
 * Takes the lock `name` among all test processes of this project and returns its release.
 * Astro builds of one project share `.astro/` and the generated editions, and Astro 7 allows one
 * dev server per project, so test files running in parallel — or two test runs at once — would
 * otherwise overwrite each other's output: builds take `build`, dev servers `dev`. The lock is a
 * directory (created atomically) holding its owner's pid; a dead owner's lock is taken over.
 */
export async function acquireLock(name: 'build' | 'dev', timeoutMs = 20 * 60_000): Promise<() => Promise<void>> {
  const lock = join(ROOT, '.hamish', 'locks', name);
  const deadline = Date.now() + timeoutMs;
  await mkdir(dirname(lock), { recursive: true });
  for (;;) {
    try {
      await mkdir(lock);
      await writeFile(join(lock, 'pid'), String(process.pid));
      return () => rm(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(await readFile(join(lock, 'pid'), 'utf8').catch(() => ''));
      if (owner && !alive(owner)) await rm(lock, { recursive: true, force: true });
      else if (Date.now() > deadline)
        throw new Error(`waited ${timeoutMs / 1000}s for ${lock} (held by pid ${owner || '?'})`, { cause: error });
      else await sleep(200);
    }
  }
}

/**
 * Takes the locks a dev server of this project needs for its whole life: `dev`, and `build`,
 * because a dev server regenerates `.astro/` as a build does, and a build of other content in the
 * meantime would leave one of them reading the other's files.
 */
export async function acquireDevServerLocks(): Promise<() => Promise<void>> {
  const releaseDev = await acquireLock('dev');
  const releaseBuild = await acquireLock('build');
  return async () => {
    await releaseBuild();
    await releaseDev();
  };
}

/** Runs `task` holding the build lock (see `acquireLock`). */
export async function withBuildLock<T>(task: () => T | Promise<T>): Promise<T> {
  const release = await acquireLock('build');
  try {
    return await task();
  } finally {
    await release();
  }
}

/** Runs `astro build` on a content folder the way a user would (`CONTENT_DIR=… npm run build`). */
export function runBuild(options: BuildOptions, outDir: string): Promise<BuildResult> {
  return withBuildLock(() => build(options, outDir));
}

async function build(options: BuildOptions, outDir: string): Promise<BuildResult> {
  await rm(outDir, { recursive: true, force: true });
  return startBuild(options.contentDir, outDir, { BASE_PATH: options.base ?? '' }, options.config).done;
}

/** A build started with `startBuild`: its process, and its result once it ends. */
export interface StartedBuild {
  child: ChildProcess;
  done: Promise<BuildResult>;
  /** Everything printed so far, without colours. */
  output(): string;
}

/**
 * Starts `astro build` of a content folder into `outDir` without clearing it first (unlike
 * `runBuild`), with `env` added and, when given, another Astro config (relative to the project's
 * root): for tests of what a build leaves behind. The caller holds the build lock (`withBuildLock`).
 * `root` is the project built: this one, or a copy from `scratchProject`.
 */
export function startBuild(
  contentDir: string,
  outDir: string,
  env: NodeJS.ProcessEnv = {},
  config?: string,
  root = ROOT,
): StartedBuild {
  const configArgs = config ? ['--config', config] : [];
  const child = spawn(join(root, 'node_modules/.bin/astro'), ['build', '--outDir', outDir, ...configArgs], {
    cwd: root,
    env: userEnv({ CONTENT_DIR: contentDir, BASE_PATH: '', ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  // Astro colours its log where CI is set: a colour's codes would stand between the words a test
  // reads ("/glossary/index.html" and "(restored)"). Stripped from the whole text, never a chunk,
  // which may end inside a code.
  const text = () => stripVTControlCharacters(output);
  const done = new Promise<BuildResult>((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolvePromise({ code: code ?? (signal ? 128 : 1), output: text(), outDir }));
  });
  return { child, done, output: text };
}

/**
 * Builds a content folder once per test run and returns the result; later calls (from other test
 * files, or the browser tests) reuse the build. A build is reused only when its marker says it was
 * made in this run (`HAMISH_TEST_RUN`) for the same content and base.
 */
export async function buildOnce(options: BuildOptions): Promise<BuildResult> {
  const key = createHash('sha1')
    .update(JSON.stringify([resolve(options.contentDir), options.base ?? '/', options.config ?? '']))
    .digest('hex')
    .slice(0, 10);
  const outDir = join(ROOT, '.hamish', 'test-builds', key);
  const marker = join(ROOT, '.hamish', 'test-builds', `${key}.json`);
  const run = process.env.HAMISH_TEST_RUN ?? '';
  return withBuildLock(async () => {
    // Checked under the lock: another test file may have just finished the same build.
    if (run && existsSync(marker)) {
      const saved = JSON.parse(await readFile(marker, 'utf8')) as BuildResult & { run: string };
      if (saved.run === run) return saved;
    }
    const result = await build(options, outDir);
    await mkdir(dirname(marker), { recursive: true });
    await writeFile(marker, JSON.stringify({ ...result, run }));
    return result;
  });
}

/** Where a test file's builds go: `.hamish/test-builds/<name>` in the project. */
export const testBuildDir = (name: string) => join(ROOT, '.hamish', 'test-builds', name);

/** A scratch content folder for one test file. */
export interface ScratchContent {
  folder: string;
  /** Deletes the folder and the work folder its builds left under `.hamish/`. */
  remove(): Promise<void>;
}

/** A copy of the content folder `from` in a new temporary folder named `<prefix>…`. */
export async function scratchContent(prefix: string, from: string): Promise<ScratchContent> {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  await cp(from, folder, { recursive: true });
  return {
    folder,
    async remove() {
      await rm(workDir(folder, ROOT), { recursive: true, force: true });
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/** What a build of the project reads besides its packages: its code, configs and public files. */
const PROJECT_FILES = [
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'src',
  'public',
  'tests/fixtures',
];

/**
 * A copy of the project in a new temporary folder named `<prefix>…`, its `node_modules` a link to
 * this one's: for a test that edits the project's own files (its UI strings), so that a run stopped
 * midway leaves the repository as it was. Build it with `startBuild(…, root)`.
 */
export async function scratchProject(prefix: string): Promise<{ root: string; remove(): Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), prefix));
  for (const path of PROJECT_FILES) await cp(join(ROOT, path), join(root, path), { recursive: true });
  await symlink(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return { root, remove: () => rm(root, { recursive: true, force: true }) };
}

/** Every file of a folder (a built site), by its path in the folder, and the hash of its bytes. */
export async function fileHashes(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path)] = createHash('sha1')
      .update(await readFile(path))
      .digest('hex');
  }
  return files;
}
