/**
 * The last good build: what it was built from and what it published, so that a build with nothing
 * to do says so and keeps the published site, without running Astro's pipeline at all (content
 * sync, bundling, page generation, search, e-books: about half of a cold build even when every
 * step reuses its cache).
 *
 * "Nothing changed" must be exact: a key that misses an input would keep a stale site, silently.
 * So the key is everything a build reads, taken whole rather than picked:
 *
 * - every file of the content folder (documents, sidecars, glossary, cleaning rules, pages), byte
 *   for byte;
 * - the project's code and assets: every file under `src/` and `public/` (Hamish's code, the UI
 *   strings, the layouts), the files at the project's root (`astro.config.mjs`, `package.json`,
 *   `package-lock.json` which pins every package, `tsconfig.json`, `.env`) and the config file
 *   named by `--config`;
 * - the configuration as resolved (Astro's, with the source of its functions, and Hamish's
 *   options), the command line, the whole environment (BASE_PATH, CONTENT_DIR, SOURCE_DATE_EPOCH,
 *   Pagefind's settings and anything a config file reads) and Node's version;
 * - and the published folder itself: every file's path, size and modification time, as the last
 *   good build left it, so that a site deleted, edited or half-replaced by hand is built again.
 *
 * What it cannot see is code that is neither in the project nor pinned by the lockfile (a package
 * changed in `node_modules` by hand): `astro build --force` builds anyway.
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join, resolve, sep } from 'node:path';

/** What the last good build was built from (`inputs`) and what it published where. */
interface LastGood {
  inputs: string;
  target: string;
  output: string;
}

const recordFile = (workDir: string) => join(workDir, 'last-good.json');

/** Variables that change with the shell's history, not with anything a build reads. */
const VOLATILE_ENV = new Set(['_', 'OLDPWD']);

/** The files under `dir`, recursively (following links to files), as paths relative to it, sorted. */
function filesUnder(dir: string): string[] {
  const root = resolve(dir);
  if (!existsSync(root)) return [];
  const files: string[] = [];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    // Cut, not `path.relative`: that took half of this function's time on the 50,000 files of a
    // 10,000-page site.
    const path = `${entry.parentPath}${sep}${entry.name}`;
    if (entry.isFile() || (entry.isSymbolicLink() && statSync(path, { throwIfNoEntry: false })?.isFile()))
      files.push(path.slice(root.length + 1));
  }
  return files.sort();
}

/** Adds every file under `dir` to `hash`: its path and its bytes. */
function hashFiles(hash: Hash, label: string, dir: string, names = filesUnder(dir)): void {
  for (const name of names) {
    hash.update(`${label}/${name}\0`);
    hash.update(readFileSync(join(dir, name)));
    hash.update('\0');
  }
}

/**
 * A configuration as text: plain values as JSON, functions by their source (a config's hooks and
 * callbacks are code the build runs), values met twice (or cycles) once.
 */
export function describeConfig(value: unknown): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item === 'function') return `function ${String(item)}`;
    if (typeof item === 'bigint') return String(item);
    if (item instanceof RegExp) return String(item);
    if (item instanceof URL) return item.href;
    if (item instanceof Map) return [...(item as Map<unknown, unknown>)];
    if (item instanceof Set) return [...(item as Set<unknown>)];
    if (item !== null && typeof item === 'object') {
      if (seen.has(item)) return '[seen]';
      seen.add(item);
    }
    return item;
  });
}

export interface BuildInputs {
  /** The project's root (where astro.config.mjs is). */
  root: string;
  contentDir: string;
  /** Astro's configuration as the build resolved it, and Hamish's options. */
  config: unknown;
  /** Files the configuration names that may lie outside the project (a logo, stylesheets). */
  files: readonly string[];
  /**
   * Folders whose every file a build may read (the folder of a publisher's component: what the
   * component imports is usually beside it). The project's root and its parents are left out: the
   * files at the root are read anyway, and its folders hold the caches and node_modules.
   */
  folders?: readonly string[];
  argv?: readonly string[];
  env?: NodeJS.ProcessEnv;
}

/** The key of everything a build reads (see the module comment). */
export function inputsKey(inputs: BuildInputs): string {
  const { root, contentDir, config, files, folders = [], argv = process.argv.slice(2), env = process.env } = inputs;
  const hash = createHash('sha256');
  hash.update(`${process.version}\0${describeConfig(config)}\0${JSON.stringify(argv)}\0`);
  const variables = Object.keys(env)
    .filter((name) => !VOLATILE_ENV.has(name))
    .sort()
    .map((name) => [name, env[name]]);
  hash.update(`${JSON.stringify(variables)}\0`);
  hashFiles(hash, 'content', contentDir);
  for (const folder of ['src', 'public']) hashFiles(hash, folder, join(root, folder));
  const atRoot = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort();
  hashFiles(hash, 'root', root, atRoot);
  const configFlag = argv.indexOf('--config');
  const named = [...files, ...(configFlag >= 0 && argv[configFlag + 1] ? [resolve(root, argv[configFlag + 1])] : [])];
  for (const file of named) if (existsSync(file)) hashFiles(hash, 'file', resolve(file, '..'), [basename(file)]);
  const project = resolve(root);
  for (const folder of [...new Set(folders.map((path) => resolve(path)))].sort())
    if (!`${project}${sep}`.startsWith(`${folder}${sep}`)) hashFiles(hash, `folder ${folder}`, folder);
  return hash.digest('hex');
}

/** The published folder as a build left it: every file's path, size and modification time. */
export function outputKey(target: string): string | undefined {
  if (!existsSync(target)) return undefined;
  const hash = createHash('sha256');
  for (const name of filesUnder(target)) {
    const info = statSync(join(target, name));
    hash.update(`${name}\0${info.size}\0${info.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/**
 * Whether the site in `target` is what a build of `inputs` would publish: the last good build was
 * made from the same inputs, published there, and its files are untouched.
 */
export function unchangedSinceLastGood(workDir: string, target: string, inputs: string): boolean {
  let last: Partial<LastGood>;
  try {
    last = JSON.parse(readFileSync(recordFile(workDir), 'utf8')) as Partial<LastGood>;
  } catch {
    return false; // no good build yet, or a record that does not parse: build
  }
  return last.inputs === inputs && last.target === target && last.output === outputKey(target);
}

/**
 * Forgets the last good build: called just before a build publishes, so that a build killed
 * between publishing and recording is never taken for the one before it.
 */
export async function forgetLastGood(workDir: string): Promise<void> {
  await rm(recordFile(workDir), { force: true });
}

/** Records a build just published to `target` from `inputs`. */
export async function recordLastGood(workDir: string, target: string, inputs: string): Promise<void> {
  const output = outputKey(target);
  if (!output) return;
  await mkdir(workDir, { recursive: true });
  const file = recordFile(workDir);
  await writeFile(`${file}.tmp`, JSON.stringify({ inputs, target, output } satisfies LastGood));
  await rename(`${file}.tmp`, file);
}

/**
 * Whether this process is the `astro build` command itself, which may end as soon as it knows
 * there is nothing to build. A build started from Astro's JavaScript API (`build()` in another
 * program) always runs: ending the process would end its caller. `--force` always builds.
 */
export function mayEndEarly(argv: readonly string[] = process.argv): boolean {
  const script = basename(argv[1] ?? '');
  return /^astro(?:\.m?js)?$/.test(script) && argv[2] === 'build' && !argv.includes('--force');
}
