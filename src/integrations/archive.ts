/**
 * The build's account of the archive's browse pages (`/en/tags/…`, `/ar/years/…`): how many it
 * added to the site, by kind, so an editor sees what their tags and dates turned into.
 */
import type { AstroIntegrationLogger } from 'astro';
import { FACETS, type Facet } from '../core/archive/index.ts';

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
