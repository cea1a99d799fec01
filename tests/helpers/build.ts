import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (where astro.config.mjs is). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The sample content shipped in the repository. */
export const SAMPLE_CONTENT = join(ROOT, 'content');

/** A content folder whose every line is MDX, HTML, JavaScript or Markdown syntax. */
export const HOSTILE = join(ROOT, 'tests/fixtures/hostile');

/** The read-only seeds and corpora beside the checkout. */
export const SHARED = resolve(ROOT, '../shared');

export interface BuildResult {
  /** Exit code of `astro build`. */
  code: number;
  /** Everything the build printed (stdout and stderr, interleaved). */
  output: string;
  /** The built site. */
  outDir: string;
}

export interface BuildOptions {
  contentDir: string;
  /** Deploy sub-path, e.g. `/sub/`. */
  base?: string;
}

/**
 * The environment a user's shell would give Astro: without the variables Vitest sets for its
 * workers (NODE_ENV=test, VITEST…), which change how Astro and Vite behave.
 */
export function userEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  for (const name of Object.keys(env)) if (name.startsWith('VITEST') || name === 'NODE_ENV' || name === 'TEST') delete env[name];
  return env;
}

/** Runs `astro build` on a content folder the way a user would (`CONTENT_DIR=… npm run build`). */
export async function runBuild(options: BuildOptions, outDir: string): Promise<BuildResult> {
  await rm(outDir, { recursive: true, force: true });
  const env = userEnv({ CONTENT_DIR: options.contentDir });
  if (options.base) env.BASE_PATH = options.base;
  else delete env.BASE_PATH;
  return new Promise((resolvePromise, reject) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? 1, output, outDir }));
  });
}

/**
 * Builds a content folder once per test run and returns the result; later calls (from other test
 * files, or the browser tests) reuse the build. A build is reused only when its marker says it was
 * made in this run (`HAMISH_TEST_RUN`) for the same content and base.
 */
export async function buildOnce(options: BuildOptions): Promise<BuildResult> {
  const key = createHash('sha1').update(JSON.stringify([resolve(options.contentDir), options.base ?? '/'])).digest('hex').slice(0, 10);
  const outDir = join(ROOT, '.hamish', 'test-builds', key);
  const marker = join(ROOT, '.hamish', 'test-builds', `${key}.json`);
  const run = process.env.HAMISH_TEST_RUN ?? '';
  if (run && existsSync(marker)) {
    const saved = JSON.parse(await readFile(marker, 'utf8')) as BuildResult & { run: string };
    if (saved.run === run) return saved;
  }
  const result = await runBuild(options, outDir);
  await mkdir(dirname(marker), { recursive: true });
  await writeFile(marker, JSON.stringify({ ...result, run }));
  return result;
}
