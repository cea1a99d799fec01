import { createHash } from 'node:crypto';
import { basename, resolve } from 'node:path';

/**
 * The content folder the whole build reads: `CONTENT_DIR` when set (relative to the working
 * directory), `content/` otherwise.
 */
export function contentDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return resolve(cwd, env.CONTENT_DIR || 'content');
}

/**
 * The folder where Hamish keeps what it generates for one content folder (editions, caches).
 * Each content folder gets its own, so builds of several editions never read each other's output.
 */
export function workDir(content: string, root = process.cwd()): string {
  const isDefault = content === resolve(root, 'content');
  const name = isDefault
    ? 'default'
    : `${basename(content)}-${createHash('sha1').update(content).digest('hex').slice(0, 8)}`;
  return resolve(root, '.hamish', name);
}

/** The folder of generated MDX editions inside a work folder. */
export function editionsDir(work: string): string {
  return resolve(work, 'editions');
}
