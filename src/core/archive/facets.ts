/**
 * Search you can narrow: what the build writes about each page for the search page's filters
 * (`facets.json.gz` beside the other search files), and the filtering, counting and ordering the
 * browser does with it. Pure: no DOM, no fetching.
 *
 * The filters are applied to the pages a query found, in the browser: a query is looked up once,
 * and changing a filter costs nothing. Each filter's counts are over the results the other filters
 * leave, so every number shown is what choosing that value would give.
 */
import type { Lang } from '../types.ts';
import type { Archive, ArchiveEdition, ArchiveGroup } from './index.ts';

/** The kinds of group a search can be narrowed to, as the address names them (`?tag=syria`). */
export const FILTER_KEYS = ['tag', 'source', 'author', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** A group as the search page names it: its slug and its names. */
export type FacetName = [slug: string, en: string | null, ar: string | null];

/** What search knows about one page, by index into `SearchFacets.names`. */
export interface PageFacets {
  /** The page's date as given (`2017-05-06`, `2017-05`, `2017`). */
  d?: string;
  /** The day of its last update, when it has a later one: the sitemap's `lastmod` for the page. */
  u?: string;
  s?: number;
  /** The authors (a byline may name several). */
  a?: number[];
  t?: number[];
}

/** The facets file: the groups' names, and each page's facets by its address (the build re-keys them by Pagefind id). */
export interface SearchFacets<Key extends string = string> {
  names: { tag: FacetName[]; source: FacetName[]; author: FacetName[] };
  pages: Record<Key, PageFacets>;
}

/** The address of an edition's page, without the base, as search knows it. */
const pageUrl = (edition: Pick<ArchiveEdition, 'lang' | 'slug'>) => `/${edition.lang}/${edition.slug}/`;

/** The facets of every edition's page. */
export function searchFacets(archive: Archive, editions: readonly ArchiveEdition[]): SearchFacets {
  const indexed = (groups: readonly ArchiveGroup[]) => {
    const at = new Map(groups.map((group, i) => [group, i]));
    const names: FacetName[] = groups.map((g) => [g.slug, g.names.en ?? null, g.names.ar ?? null]);
    return { at, names };
  };
  const tags = indexed(archive.tags);
  const sources = indexed(archive.sources);
  const authors = indexed(archive.authors);
  const pages: Record<string, PageFacets> = {};
  for (const edition of editions) {
    const filing = archive.filing(edition.lang, edition.slug);
    const facets: PageFacets = {};
    if (edition.date) facets.d = edition.date;
    if (edition.updated) facets.u = edition.updated;
    if (filing.source) facets.s = sources.at.get(filing.source);
    if (filing.authors.length > 0) facets.a = filing.authors.map((author) => authors.at.get(author)!);
    if (filing.tags.length > 0) facets.t = filing.tags.map((tag) => tags.at.get(tag)!);
    pages[pageUrl(edition)] = facets;
  }
  return { names: { tag: tags.names, source: sources.names, author: authors.names }, pages };
}

/** What a narrowed search asks for: a value per filter, the language, and the order. */
export interface Filters {
  lang?: Lang;
  tag?: string;
  source?: string;
  author?: string;
  year?: string;
  sort: 'relevance' | 'date';
}

/** Reads the filters from a search address's parameters; unknown values are ignored. */
export function filtersFrom(params: URLSearchParams): Filters {
  const filters: Filters = { sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
  const lang = params.get('lang');
  if (lang === 'ar' || lang === 'en') filters.lang = lang;
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}

/** Writes `filters` into `params`, removing the ones not set (the defaults are not written). */
export function writeFilters(params: URLSearchParams, filters: Filters): void {
  for (const key of ['lang', ...FILTER_KEYS] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
    else params.delete(key);
  }
  if (filters.sort === 'date') params.set('sort', 'date');
  else params.delete('sort');
}

/** A page as the filters see it: its language and facets. */
export interface Facetted {
  lang: Lang;
  facets: PageFacets | undefined;
}

/** The values of `key` a page has (slugs; the year for `year`). */
function valuesOf(page: Facetted, key: FilterKey, names: SearchFacets['names']): string[] {
  const f = page.facets;
  if (!f) return [];
  switch (key) {
    case 'year':
      return f.d && /^\d{4}/.test(f.d) ? [f.d.slice(0, 4)] : [];
    case 'source':
      return f.s === undefined ? [] : [names.source[f.s]?.[0]].filter((v) => v !== undefined);
    case 'author':
      return (f.a ?? []).map((i) => names.author[i]?.[0]).filter((v) => v !== undefined);
    case 'tag':
      return (f.t ?? []).map((i) => names.tag[i]?.[0]).filter((v) => v !== undefined);
  }
}

function passes(page: Facetted, filters: Filters, names: SearchFacets['names'], except?: FilterKey | 'lang'): boolean {
  if (except !== 'lang' && filters.lang && page.lang !== filters.lang) return false;
  for (const key of FILTER_KEYS) {
    const wanted = filters[key];
    if (key === except || !wanted) continue;
    if (!valuesOf(page, key, names).includes(wanted)) return false;
  }
  return true;
}

/**
 * The pages that pass every filter, in the order asked for: as given (relevance), or newest first
 * with the undated last, relevance deciding between equals.
 */
export function narrow<T extends Facetted>(pages: readonly T[], filters: Filters, names: SearchFacets['names']): T[] {
  const kept = pages.filter((page) => passes(page, filters, names));
  if (filters.sort !== 'date') return kept;
  const rank = new Map(kept.map((page, i) => [page, i]));
  const date = (page: T) => page.facets?.d ?? '';
  // ISO dates of any precision compare as strings: "2017-05-06" > "2017-05" > "2017" > "".
  return [...kept].sort((a, b) => (date(a) < date(b) ? 1 : date(a) > date(b) ? -1 : rank.get(a)! - rank.get(b)!));
}

/** How many pages each value of each filter would leave (given the other filters), most first. */
export interface FilterCounts {
  lang: Record<Lang, number>;
  /** Per filter, `[value, count]` pairs: most pages first, then by value. Years newest first. */
  values: Record<FilterKey, [string, number][]>;
  /** The pages every filter but the language leaves, for "both languages". */
  all: number;
}

export function countFilters(pages: readonly Facetted[], filters: Filters, names: SearchFacets['names']): FilterCounts {
  const lang: Record<Lang, number> = { ar: 0, en: 0 };
  let all = 0;
  for (const page of pages) {
    if (!passes(page, filters, names, 'lang')) continue;
    lang[page.lang]++;
    all++;
  }
  const values = {} as FilterCounts['values'];
  for (const key of FILTER_KEYS) {
    const counts = new Map<string, number>();
    for (const page of pages) {
      if (!passes(page, filters, names, key)) continue;
      for (const value of new Set(valuesOf(page, key, names))) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    // The chosen value stays listed even when nothing is left with it, so it can be unchosen.
    const chosen = filters[key];
    if (chosen && !counts.has(chosen)) counts.set(chosen, 0);
    values[key] = [...counts].sort((a, b) =>
      key === 'year' ? (a[0] < b[0] ? 1 : -1) : b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
    );
  }
  return { lang, values, all };
}

/** The name of a filter's value for a reader of `lang` (the slug when the facets file does not know it). */
export function valueName(
  key: FilterKey,
  value: string,
  names: SearchFacets['names'],
  lang: Lang,
): { text: string; lang: Lang | undefined } {
  if (key === 'year') return { text: value, lang: undefined };
  const found = names[key].find((n) => n[0] === value);
  if (!found) return { text: value, lang: undefined };
  const [, en, ar] = found;
  const own = lang === 'ar' ? ar : en;
  if (own !== null) return { text: own, lang };
  return lang === 'ar' ? { text: en ?? value, lang: 'en' } : { text: ar ?? value, lang: 'ar' };
}
