/**
 * When each page of the site last changed, as far as the content says: the sitemap's `<lastmod>`.
 * A document's page changes with the document, so it has the document's date, or the day of its
 * last update when it has one; a list (a home page, a topic's, an author's, a year's) changes when a
 * document joins it, so it has its newest document's date. A page with no dated document has none:
 * the build's own time would make every entry change on every build, and crawlers learn to ignore a
 * `lastmod` that always moves.
 *
 * The update is given in front matter or a sidecar (`updated`), or read from a timestamp's
 * "Updated …" part when that names a later day. Pure: from the facets the editions' pass writes
 * (`SearchFacets`).
 */
import { LANGS, type Lang } from '../types.ts';
import type { FacetName, PageFacets, SearchFacets } from './facets.ts';

/** A date as the W3C datetime profile the sitemap protocol takes: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
const W3C_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** A day the sitemap's writer takes: it rejects one that is no day ("2024-13-01"), failing the build. */
const isDay = (value: string | undefined): value is string =>
  value !== undefined && W3C_DATE.test(value) && !Number.isNaN(Date.parse(value));

/**
 * The date of each page that has one, keyed by its path without the base, its slugs unencoded
 * (`/ar/tags/حرب/`). `defaultLang`'s home page is the bare `/`.
 */
export function pageDates(facets: SearchFacets, defaultLang: Lang): Map<string, string> {
  const dates = new Map<string, string>();
  const newer = (path: string, date: string) => {
    const known = dates.get(path);
    // ISO dates of any precision compare as strings: "2017-05-06" > "2017-05" > "2017".
    if (known === undefined || date > known) dates.set(path, date);
  };
  const groups: [facet: string, key: 'a' | 't', names: FacetName[]][] = [
    ['authors', 'a', facets.names.author],
    ['tags', 't', facets.names.tag],
  ];
  for (const [path, page] of Object.entries<PageFacets>(facets.pages)) {
    const date = page.d;
    if (!isDay(date)) continue;
    newer(path, isDay(page.u) && page.u > date ? page.u : date);
    // Every list is in both languages, and lists the documents of both.
    for (const lang of LANGS) {
      newer(lang === defaultLang ? '/' : `/${lang}/`, date);
      newer(`/${lang}/years/`, date);
      newer(`/${lang}/years/${date.slice(0, 4)}/`, date);
      if (page.s !== undefined) {
        newer(`/${lang}/sources/`, date);
        newer(`/${lang}/sources/${facets.names.source[page.s][0]}/`, date);
      }
      for (const [facet, key, names] of groups) {
        const indexes = page[key] ?? [];
        if (indexes.length > 0) newer(`/${lang}/${facet}/`, date);
        for (const i of indexes) newer(`/${lang}/${facet}/${names[i][0]}/`, date);
      }
    }
  }
  return dates;
}
