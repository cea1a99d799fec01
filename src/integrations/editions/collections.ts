/**
 * The content collections Hamish defines, for `src/content.config.ts`:
 * - `editions`: every language version of every document (see `loader.ts`);
 * - `glossary`: the entries of `glossary.yaml`, as the editions' pass read them (the file is parsed
 *   once per pass);
 * - `contentStatus`: one entry, `last`, holding the last pass's errors, which the pages show in
 *   `astro dev` until they are fixed (`assertContent`). A build stops on them instead.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import type { GlossaryEntry } from '../../core/glossary/index.ts';
import type { Diagnostic } from '../../core/types.ts';
import type { LoadedContent } from '../content-folder.ts';
import type { HamishConfig } from '../config.ts';
import { editionsLoader } from './loader.ts';

/** The id of the status entry. */
export const STATUS_ID = 'last';

/** The status entry's data. */
export interface ContentStatus {
  /** The content folder, as messages name it. */
  root: string;
  errors: Diagnostic[];
  /** How many entries the glossary has (an empty collection is not to be asked for: Astro warns). */
  glossaryEntries: number;
}

export function hamishLoaders(config: HamishConfig): { editions: Loader; glossary: Loader; contentStatus: Loader } {
  // The collections load at the same time; the others wait for the editions' first pass, and the
  // status follows every pass (in `astro dev`, one per burst of changes).
  let resolveFirst!: (content: LoadedContent | undefined) => void;
  const first = new Promise<LoadedContent | undefined>((resolve) => (resolveFirst = resolve));
  let statusStore: LoaderContext['store'] | undefined;
  const setStatus = (content: LoadedContent) => {
    const status: ContentStatus = {
      root: config.shownRoot,
      errors: content.diagnostics.filter((d) => d.severity === 'error'),
      glossaryEntries: content.glossary.entries.length,
    };
    // With a digest, an unchanged status leaves the data store as it is: Astro writes the whole
    // store (every edition's HTML) again whenever an entry changed.
    statusStore?.set({ id: STATUS_ID, data: { ...status }, digest: JSON.stringify(status) });
  };
  const editions = editionsLoader(config, (content) => {
    resolveFirst(content);
    setStatus(content);
  });
  const load = editions.load.bind(editions);
  editions.load = (context) =>
    load(context).catch((error: unknown) => {
      resolveFirst(undefined);
      throw error;
    });
  const glossary: Loader = {
    name: 'hamish:glossary',
    load: async (context) => {
      const content = await first;
      if (!content) return;
      keepGlossary(context.store, content.glossary.entries, (entry) => context.generateDigest({ ...entry }));
    },
  };
  const contentStatus: Loader = {
    name: 'hamish:status',
    load: async ({ store }) => {
      statusStore = store;
      const content = await first;
      if (content) setStatus(content);
    },
  };
  return { editions, glossary, contentStatus };
}

/**
 * Stores the glossary's entries, changing only what changed (an unchanged entry's digest is the
 * same, and Astro leaves it alone), so that a glossary edit does not set every entry again. When
 * the entries are no longer in the stored order (added in the middle, moved), the collection is
 * made afresh: its order is the file's, as a clean build has it.
 */
function keepGlossary(
  store: LoaderContext['store'],
  entries: readonly GlossaryEntry[],
  digest: (entry: GlossaryEntry) => string,
): void {
  const stored = store.keys();
  const ids = new Set(entries.map((entry) => entry.id));
  const kept = stored.filter((id) => ids.has(id));
  const inOrder = kept.every((id, i) => id === entries[i]?.id);
  if (!inOrder) store.clear();
  else for (const id of stored) if (!ids.has(id)) store.delete(id);
  for (const entry of entries) store.set({ id: entry.id, data: { ...entry }, digest: digest(entry) });
}
