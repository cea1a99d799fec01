/**
 * The archive for the pages (browse pages, document pages, glossary entry pages): computed from the
 * editions and the glossary once per build, since every document page asks for its own filing.
 */
import { getCollection } from 'astro:content';
import { buildArchive, type Archive, type ArchiveGroup, type Facet } from '../core/archive/index.ts';
import type { Lang } from '../core/types.ts';
import { glossaryEntries } from './glossary.ts';
import { summarizeDocuments, type DocumentSummary } from './documents.ts';
import { withBase } from './urls.ts';

export interface ArchiveData {
  archive: Archive;
  /** Every document, newest first (the home page's order). */
  documents: DocumentSummary[];
  bySlug: ReadonlyMap<string, DocumentSummary>;
}

let built: Promise<ArchiveData> | undefined;

/** The archive. In a build, content does not change, so it is made once; `astro dev` makes it per request. */
export function archiveData(): Promise<ArchiveData> {
  if (built && !import.meta.env.DEV) return built;
  built = (async () => {
    const glossary = await glossaryEntries();
    const editions = (await getCollection('editions')).map((entry) => entry.data);
    const documents = summarizeDocuments(editions);
    const archive = buildArchive(
      editions,
      glossary,
      documents.map((d) => d.slug),
    );
    return { archive, documents, bySlug: new Map(documents.map((d) => [d.slug, d])) };
  })();
  return built;
}

/** The index of a kind of browse page: `/en/tags/`. */
export function facetPath(lang: Lang, facet: Facet): string {
  return withBase(`/${lang}/${facet}/`);
}

/**
 * The page of one topic, source, author or year, page `page` (1-based): `/en/tags/syria/`,
 * `/ar/tags/%D8%AD%D8%B1%D8%A8/page/2/`. Arabic letters are percent-encoded, as a browser sends them.
 */
export function groupPath(lang: Lang, facet: Facet, slug: string, page = 1): string {
  const rest = page === 1 ? '' : `page/${page}/`;
  return withBase(`/${lang}/${facet}/${encodeURIComponent(slug)}/${rest}`);
}

/** A month on its year's page: `/en/years/2017/#month-2017-05`. */
export function monthPath(lang: Lang, year: string, month?: string): string {
  return `${groupPath(lang, 'years', year)}${month ? `#${monthAnchor(year, month)}` : ''}`;
}

/** The id of a month's heading on a year page (an id begins with a letter). */
export const monthAnchor = (year: string, month: string) => `month-${year}-${month}`;

/** A topic's feed of its newest documents in `lang`: `/en/tags/syria/feed.xml` (only when Astro's `site` is set). */
export function groupFeedPath(lang: Lang, slug: string): string {
  return `${groupPath(lang, 'tags', slug)}feed.xml`;
}

/**
 * What a document page shows of a version's filing (its topics', source's and author's slugs and
 * names, its year and month), for the page's cache key: renaming a topic anywhere in the archive,
 * or a slug moving to `-2`, changes the pages that link to it.
 */
export function filingKey(archive: Archive, lang: Lang, slug: string): unknown {
  const { tags, source, authors, year, month } = archive.filing(lang, slug);
  const group = (g: ArchiveGroup | undefined) => (g ? [g.slug, g.names] : null);
  return [tags.map(group), group(source), authors.map(group), year ?? null, month ?? null];
}
