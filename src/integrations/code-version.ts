/**
 * The version of the code that turns sources into editions, derived from the code itself, so that
 * a cache of ingested or rendered editions can never outlive the code that made it (nobody has to
 * remember to bump a constant).
 *
 * It is a hash of every source file reachable by relative imports from the entry modules (Hamish's
 * own code: ingest, cleaning, glossary matching, rendering, alignment) and of the lockfile, which
 * pins the exact version of every package that code imports (unified, hast and mdast utilities,
 * the YAML parser…). That is complete for what renders an edition: Hamish's code only reaches other
 * code through those two kinds of import; a package installed without changing the lockfile (npm
 * link, a hand-edited node_modules) is the one thing it cannot see, and the docs say so.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Static imports and re-exports at the start of a line (so that an example in a comment is not
 * one) and dynamic imports: relative specifiers only (a dot, then a slash).
 */
const RELATIVE_IMPORT =
  /^\s*(?:(?:import|export)\b[^;]*?\bfrom\s*|import\s*)(['"])(\.{1,2}\/[^'"]+)\1|\bimport\(\s*(['"])(\.{1,2}\/[^'"]+)\3/gm;

/** The files reachable from `entries` by relative imports, `entries` included, sorted. */
export function moduleGraph(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const pending = entries.map((entry) => resolve(entry));
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    // Only source modules hold imports; data files (JSON, YAML) are hashed as they are.
    if (!/\.(?:ts|js|mjs|mts)$/.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(RELATIVE_IMPORT)) {
      const target = resolve(dirname(file), (match[2] ?? match[4]).replace(/\?.*$/, ''));
      if (!seen.has(target)) pending.push(target);
    }
  }
  return [...seen].sort();
}

/** A hash of the files reachable from `entries` (paths relative to `root`, contents) and of `lockfile`. */
export function codeVersion(
  root: string,
  entries: readonly string[],
  lockfile = join(root, 'package-lock.json'),
): string {
  const hash = createHash('sha256');
  for (const file of moduleGraph(entries.map((entry) => resolve(root, entry)))) {
    hash.update(`${file.slice(root.length)}\0`);
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  try {
    hash.update(readFileSync(lockfile));
  } catch {
    // No lockfile: the installed versions cannot be pinned, so they are not part of the version.
  }
  return hash.digest('hex').slice(0, 16);
}

/** The modules whose code decides what an edition is: ingest and rendering (see the loader). */
export const RENDERING_ENTRIES = ['src/integrations/editions/loader.ts'];

let cached: { root: string; version: string } | undefined;

/** The version of Hamish's ingest and rendering code in the project at `root`, computed once per process. */
export function renderingCodeVersion(root: string): string {
  if (cached?.root !== root) cached = { root, version: codeVersion(root, RENDERING_ENTRIES) };
  return cached.version;
}
