/**
 * What the build writes for search, and where: one Pagefind record per page (its text as search
 * keys), one text file per page (its text as written, for excerpts), the glossary shards and a
 * manifest. The browser derives every path from these functions too.
 */
import type { Lang } from '../types.ts';
import type { SearchPage } from './page.ts';

/** Folder of the Pagefind bundle in the built site. */
export const PAGEFIND_DIR = 'pagefind';

/** Folder of Hamish's own search files (texts, glossary shards, manifest) in the built site. */
export const DATA_DIR = 'search-data';

/** The manifest in `DATA_DIR`: what the browser needs to know before its first query. */
export const MANIFEST_FILE = 'manifest.json';

/**
 * The one language Pagefind indexes everything as. It names no language Pagefind can stem, so
 * Pagefind leaves the keys as they are and the browser loads its language-neutral WebAssembly.
 */
export const PAGEFIND_LANGUAGE = 'und';

/** Format version of the files in `DATA_DIR`; the browser refuses files of another version. */
export const SEARCH_DATA_VERSION = 3;

/** The manifest. */
export interface SearchManifest {
  version: number;
  /** Number of glossary shards (0 without a glossary). */
  glossaryShards: number;
  /**
   * The Pagefind bundles besides `pagefind/` itself, relative to it (`shard-1/`…): a large archive
   * is indexed in bundles of bounded size, which the browser merges (`mergeIndex`).
   */
  pagefindBundles?: string[];
  /** How many pages of each language the index holds. */
  pages: Record<Lang, number>;
}

/** A page as Pagefind's `addCustomRecord` takes it. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: { title: string };
  filters: { lang: Lang[] };
}

/** A page's text as `indexText` gives it: the title's, each paragraph's and each credit's. */
export interface IndexedText {
  title: string;
  blocks: string[];
  credits?: string[];
}

/**
 * The Pagefind record of a page: its title and paragraphs as search keys (`indexed`: `indexText`
 * of each, or a kept `analysePage`), its credits (authors, source: words of the page, though not
 * of the text its excerpts are cut from), then the terms of the glossary entries it names
 * (`entryTerm`). The title is Pagefind's `title` metadata too, which Pagefind ranks matches in
 * highly. The `lang` filter tells the browser each result's language and lets a reader keep to one.
 */
export function indexedRecord(
  page: Pick<SearchPage, 'url' | 'lang'>,
  indexed: IndexedText,
  entryTerms: readonly string[] = [],
): SearchRecord {
  return {
    url: page.url,
    content: [...indexed.blocks, ...(indexed.credits ?? []), ...entryTerms].filter(Boolean).join(' '),
    language: PAGEFIND_LANGUAGE,
    meta: { title: indexed.title },
    filters: { lang: [page.lang] },
  };
}

/** The text file of a page: what a result shows of it, and where it links to. */
export interface SearchText {
  /** The page's site path, without the base. */
  url: string;
  lang: Lang;
  title: string;
  blocks: string[];
  /** The page's date and source, as given, shown with the result. */
  date?: string;
  source?: string;
}

/**
 * The file in `DATA_DIR` of what each page can be filtered by (see `src/core/archive/facets.ts`);
 * loaded by the search page only.
 */
export const FACETS_FILE = 'facets.json.gz';

/** The text file of `page`: its text as written, which excerpts are cut from (not its credits). */
export function searchText(page: SearchPage): SearchText {
  return { url: page.url, lang: page.lang, title: page.title, blocks: page.blocks };
}

/**
 * Path, within `DATA_DIR`, of the text file of the page Pagefind knows as `id` (its result id, the
 * hash Pagefind names the page's fragment by): `text/` + the id + `.json.gz`. Named so, a result
 * is shown from this one file, its address included, without loading Pagefind's fragment of it.
 * Anything but letters, digits, `_` and `-` is dropped, so no id leaves the folder.
 */
export function textPath(id: string): string {
  return `text/${id.replace(/[^A-Za-z0-9_-]/g, '') || '_'}.json.gz`;
}

/** Path, within `DATA_DIR`, of glossary shard `i`. */
export function shardPath(i: number): string {
  return `glossary/${i}.json.gz`;
}
