/**
 * The publisher's options kept in a file of their own (`site.options.mjs`, docs/publishing.md),
 * applied by `astro dev` when the file changes.
 *
 * Astro restarts the dev server when `astro.config.mjs` changes, or a file an integration
 * watches (`addWatchFile`), and imports the config again with a query that makes it a new module.
 * The modules the config imports are not: Node keeps a module for the life of the process, so a
 * plain `import options from './site.options.mjs'` gives the options the server started with,
 * restart after restart. `importOptions` imports the file as a new module whenever it has changed,
 * and remembers it, so that the integration watches it.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The options files `importOptions` read, by the options object each gave. */
const files = new WeakMap<object, string>();

/**
 * The default export of the options module at `path` (relative to `base`, the config's
 * `import.meta.url`; or to the working directory), fresh whenever the file has changed.
 */
export async function importOptions<T extends object>(path: string, base?: string | URL): Promise<T> {
  const url = new URL(path, base ?? pathToFileURL(`${process.cwd()}/`));
  const file = fileURLToPath(url);
  const { mtimeMs, size } = statSync(file);
  const module = (await import(`${url.href}?hamish=${mtimeMs}-${size}`)) as { default?: unknown };
  const options = module.default;
  if (options === null || typeof options !== 'object')
    throw new TypeError(`${file} must export its options as its default export: export default { … }`);
  files.set(options, file);
  return options as T;
}

/** The file `options` came from, when `importOptions` read them. */
export const optionsFile = (options: object | undefined): string | undefined => options && files.get(options);

/** The options file docs/publishing.md suggests. */
export const OPTIONS_FILE = 'site.options.mjs';

/**
 * What `astro dev` says at startup when the project has an options file that `importOptions` did
 * not read: imported plainly, a change to it cannot be applied until the server is started again.
 */
export function staticOptionsNotice(root: string): string | undefined {
  if (!existsSync(join(root, OPTIONS_FILE))) return undefined;
  return (
    `If astro.config.mjs imports ${OPTIONS_FILE} (\`import options from …\`), this server keeps the options it ` +
    'started with: Node reads a module once per process, so a change to the file takes effect only once `astro dev` ' +
    "is stopped and started again. Read it with `await importOptions('./site.options.mjs', import.meta.url)` to " +
    'have a change applied when you save it (docs/publishing.md).'
  );
}
