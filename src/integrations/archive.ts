/**
 * The archive in the build: how many browse pages (`/en/tags/…`, `/ar/years/…`) it added to the
 * site, by kind, so an editor sees what their tags and dates turned into; and the facets that let
 * a search be narrowed, handed from the editions' pass to search's (`astro:build:done`).
 */
import type { AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { searchFacets, type PageFacets, type SearchFacets } from '../core/archive/facets.ts';
import { buildArchive, FACETS, type Facet } from '../core/archive/index.ts';
import type { GlossaryEntry } from '../core/glossary/index.ts';
import { LANGS, type Edition } from '../core/types.ts';

/** The browse pages among `pathnames` (as Astro lists the pages it built), by kind. */
export function countArchivePages(pathnames: readonly string[]): Record<Facet, number> {
  const pages = Object.fromEntries(FACETS.map((facet) => [facet, 0])) as Record<Facet, number>;
  const pattern = new RegExp(`^/?(?:ar|en)/(${FACETS.join('|')})(?:/|$)`);
  for (const pathname of pathnames) {
    const facet = pattern.exec(pathname)?.[1] as Facet | undefined;
    if (facet) pages[facet]++;
  }
  return pages;
}

/** The topics' feeds in a built site (Astro lists endpoints' files with no page). */
async function countTopicFeeds(outDir: string): Promise<number> {
  let feeds = 0;
  for (const lang of LANGS) {
    const names = await readdir(join(outDir, lang, 'tags'), { recursive: true }).catch(() => []);
    feeds += names.filter((name) => name.endsWith('feed.xml')).length;
  }
  return feeds;
}

export async function reportArchivePages(
  built: readonly { pathname: string }[],
  outDir: string,
  logger: AstroIntegrationLogger,
): Promise<void> {
  const pages = countArchivePages(built.map((page) => page.pathname));
  const feeds = await countTopicFeeds(outDir);
  const total = FACETS.reduce((sum, facet) => sum + pages[facet], 0);
  logger.info(
    `Archive: ${total} browse pages added (${FACETS.map((facet) => `${pages[facet]} ${facet}`).join(', ')}; both languages, indexes included)` +
      (feeds > 0 ? `, and ${feeds} topic feeds` : ''),
  );
}

/** The file in Hamish's work folder where the editions' pass leaves the search facets for `astro:build:done`. */
export const searchFacetsInput = (workDir: string) => join(workDir, 'search-facets.json');

/** What the editions' pass leaves for search: the facets of each page, and the date and source each result shows. */
export interface SearchFacetsInput {
  facets: SearchFacets;
  shown: Record<string, { date?: string; source?: string }>;
}

/** Groups the editions as the browse pages do and writes what search needs of it (see `searchFacetsInput`). */
export async function writeSearchFacets(
  workDir: string,
  editions: readonly Edition[],
  glossary: readonly GlossaryEntry[],
): Promise<void> {
  const archive = buildArchive(editions, glossary, []);
  const shown: SearchFacetsInput['shown'] = {};
  for (const { lang, slug, date, source } of editions) {
    shown[`/${lang}/${slug}/`] = { ...(date ? { date } : {}), ...(source ? { source } : {}) };
  }
  const input: SearchFacetsInput = { facets: searchFacets(archive, editions), shown };
  await mkdir(workDir, { recursive: true });
  await writeFile(`${searchFacetsInput(workDir)}.tmp`, JSON.stringify(input));
  await rename(`${searchFacetsInput(workDir)}.tmp`, searchFacetsInput(workDir));
}

/** Reads what the editions' pass left for search; a build without it is broken, and says so. */
export async function readSearchFacets(workDir: string): Promise<SearchFacetsInput> {
  try {
    return JSON.parse(await readFile(searchFacetsInput(workDir), 'utf8')) as SearchFacetsInput;
  } catch (error) {
    throw new AstroError(
      `Search could not read the archive's facets (${searchFacetsInput(workDir)}): ${String(error)}`,
      'The editions loader writes this file on every build; build again.',
    );
  }
}

/** The facets of the pages search indexed, keyed by the id Pagefind gave each page (as its text files are). */
export function facetsById(input: SearchFacetsInput, ids: ReadonlyMap<string, string>): SearchFacets {
  const pages: Record<string, PageFacets> = {};
  for (const [url, facets] of Object.entries(input.facets.pages)) {
    const id = ids.get(url);
    if (id !== undefined) pages[id] = facets;
  }
  return { names: input.facets.names, pages };
}
