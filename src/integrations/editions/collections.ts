/**
 * The content collections Hamish defines, for `src/content.config.ts`:
 * - `editions`: every language version of every document (see `loader.ts`);
 * - `glossary`: one entry, `entries`, holding the entries of `glossary.yaml` as JSON, as the
 *   editions' pass read them (the file is parsed once per pass; see `keepGlossary`);
 * - `pages`: the publisher's pages that are not documents (see `site-pages.ts`), checked against
 *   the documents' addresses;
 * - `contentStatus`: one entry, `last`, holding the last pass's errors, which the pages show in
 *   `astro dev` until they are fixed (`assertContent`). A build stops on them instead.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import type { GlossaryEntry } from '../../core/glossary/index.ts';
import type { Diagnostic } from '../../core/types.ts';
import type { LoadedContent } from '../content-folder.ts';
import type { HamishConfig } from '../config.ts';
import { editionId, editionsLoader } from './loader.ts';
import { pagesLoader } from '../site-pages.ts';

/** The id of the status entry. */
export const STATUS_ID = 'last';

/** The id of the glossary collection's one entry. */
export const GLOSSARY_ID = 'entries';

/** The glossary entry's data: every entry of the glossary, in the file's order, as JSON. */
export interface StoredGlossary {
  json: string;
}

/** The status entry's data. */
export interface ContentStatus {
  /** The content folder, as messages name it. */
  root: string;
  errors: Diagnostic[];
  /** How many entries the glossary has (an empty collection is not to be asked for: Astro warns). */
  glossaryEntries: number;
}

export function hamishLoaders(config: HamishConfig): {
  editions: Loader;
  glossary: Loader;
  contentStatus: Loader;
  pages: Loader;
} {
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
  /** The documents' source files by `<lang>/<slug>`, as the last pass read them: a page may not take their addresses. */
  let documents: Promise<Map<string, string>> = first.then((content) => documentFiles(content));
  const editions = editionsLoader(config, (content) => {
    resolveFirst(content);
    documents = Promise.resolve(documentFiles(content));
    setStatus(content);
  });
  const pages = pagesLoader(config, () => documents);
  let pagesChecked: Promise<unknown> = Promise.resolve();
  const loadPages = pages.load.bind(pages);
  pages.load = (context) => (pagesChecked = loadPages(context));
  const load = editions.load.bind(editions);
  editions.load = (context) =>
    load(context).catch(async (error: unknown) => {
      resolveFirst(undefined);
      // The pages' problems are reported too before the build stops: an editor fixes them all at once.
      await pagesChecked.catch(() => undefined);
      throw error;
    });
  const glossary: Loader = {
    name: 'hamish:glossary',
    load: async (context) => {
      const content = await first;
      if (!content) return;
      keepGlossary(context.store, content.glossary.entries, (json) => context.generateDigest(json));
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
  return { editions, glossary, contentStatus, pages };
}

/** The source file of each edition, by its id (`<lang>/<slug>`). */
function documentFiles(content: LoadedContent | undefined): Map<string, string> {
  return new Map((content?.editions ?? []).map((edition) => [editionId(edition), edition.sourceFile]));
}

/**
 * Stores the glossary as one entry holding its entries as JSON (`StoredGlossary`), set again only
 * when the glossary changed (an unchanged digest leaves Astro's data store as it is). One string,
 * not an entry per term: Astro serialises and parses its whole data store entry by entry, value by
 * value, on every build that changes anything: 5,000 entries of a few fields each took three
 * quarters of the time of the 1,000 editions' data to write, and again to read, in each of the
 * build's two processes.
 */
function keepGlossary(
  store: LoaderContext['store'],
  entries: readonly GlossaryEntry[],
  digest: (json: string) => string,
): void {
  // What an older Hamish stored: an entry per term.
  for (const id of store.keys()) if (id !== GLOSSARY_ID || entries.length === 0) store.delete(id);
  if (entries.length === 0) return;
  const json = JSON.stringify(entries);
  store.set({ id: GLOSSARY_ID, data: { json } satisfies StoredGlossary, digest: digest(json) });
}
