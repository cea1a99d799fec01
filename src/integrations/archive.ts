/**
 * The archive in the build: how many browse pages (`/en/tags/…`, `/ar/years/…`) it added to the
 * site, by kind, so an editor sees what their tags and dates turned into; and the facets that let
 * a search be narrowed, handed from the editions' pass to search's (`astro:build:done`).
 */
import type { AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { searchFacets, type PageFacets, type SearchFacets } from '../core/archive/facets.ts';
import { buildArchive, FACETS, type Facet } from '../core/archive/index.ts';
import type { GlossaryEntry } from '../core/glossary/index.ts';
import type { Edition } from '../core/types.ts';

/** The browse pages among `pathnames` (as Astro lists the built pages), by kind. */
export function countArchivePages(pathnames: readonly string[]): Record<Facet, number> {
  const counts = Object.fromEntries(FACETS.map((facet) => [facet, 0])) as Record<Facet, number>;
  const pattern = new RegExp(`^/?(?:ar|en)/(${FACETS.join('|')})(?:/|$)`);
  for (const pathname of pathnames) {
    const facet = pattern.exec(pathname)?.[1] as Facet | undefined;
    if (facet) counts[facet]++;
  }
  return counts;
}

export function reportArchivePages(pages: readonly { pathname: string }[], logger: AstroIntegrationLogger): void {
  const counts = countArchivePages(pages.map((page) => page.pathname));
  const total = FACETS.reduce((sum, facet) => sum + counts[facet], 0);
  logger.info(
    `Archive: ${total} browse pages added (${FACETS.map((facet) => `${counts[facet]} ${facet}`).join(', ')}; both languages, indexes included)`,
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
