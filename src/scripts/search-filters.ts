/**
 * The search page's filters: the results narrowed to one topic, source, author or year (and one
 * language), each choice with how many results it leaves, and the order (best match or newest
 * first). The facets of every page come in one file (`facets.json.gz`), loaded by the search page
 * with its first query and never by the header's search; the filtering itself is
 * `src/core/archive/facets.ts`.
 */
import {
  FILTER_KEYS,
  countFilters,
  filtersFrom,
  narrow,
  valueName,
  writeFilters,
  type FilterKey,
  type Filters,
  type PageFacets,
  type SearchFacets,
} from '../core/archive/facets.ts';
import { DATA_DIR, FACETS_FILE } from '../core/search/record.ts';
import type { Lang } from '../core/types.ts';
import { baseFolder } from '../core/web-address.ts';
import { formatNumber } from '../i18n/digits.ts';
import { fetchJson, type Hit } from './search-engine.ts';

/** The strings of the filters, rendered into `data-filter-strings` (see SearchPage.astro). */
export interface FilterStrings {
  /** `{count}`: the option that lifts the filter. */
  any: string;
  /** `{name} ({count})`. */
  value: string;
}

const EMPTY: SearchFacets = { names: { tag: [], source: [], author: [] }, pages: {} };

let facets: Promise<SearchFacets> | undefined;

/** The site's facets, loaded once; a site built without them (or a failed load) narrows by language only. */
function loadFacets(): Promise<SearchFacets> {
  const base = baseFolder(import.meta.env.BASE_URL);
  facets ??= fetchJson<SearchFacets>(`${base}${DATA_DIR}/${FACETS_FILE}`).catch((error: unknown) => {
    console.error(error);
    return EMPTY;
  });
  return facets;
}

/** A hit with what the filters need of it. */
type Facetted = Hit & { facets: PageFacets | undefined };

export class SearchFilters {
  filters: Filters;
  private facets: SearchFacets = EMPTY;
  private readonly selects: Map<FilterKey, HTMLSelectElement>;
  private readonly sort: HTMLSelectElement | null;
  private readonly fieldset: HTMLFieldSetElement;
  private readonly lang: Lang;

  constructor(fieldset: HTMLFieldSetElement, lang: Lang, params: URLSearchParams) {
    this.fieldset = fieldset;
    this.lang = lang;
    this.filters = filtersFrom(params);
    this.selects = new Map(
      FILTER_KEYS.flatMap((key) => {
        const select = fieldset.querySelector<HTMLSelectElement>(`select[data-filter="${key}"]`);
        return select ? [[key, select] as const] : [];
      }),
    );
    this.sort = fieldset.querySelector<HTMLSelectElement>('select[data-sort]');
    if (this.sort) this.sort.value = this.filters.sort;
  }

  private get strings(): FilterStrings {
    return JSON.parse(this.fieldset.dataset.filterStrings ?? '{}') as FilterStrings;
  }

  /** Loads the facets (once); call before `narrow` and `render`. */
  async ready(): Promise<void> {
    this.facets = await loadFacets();
  }

  /** Takes the filters from an address (the back button, or a shared link). */
  read(params: URLSearchParams): void {
    this.filters = filtersFrom(params);
    if (this.sort) this.sort.value = this.filters.sort;
  }

  /** Puts the filters into `url`'s parameters. */
  write(url: URL): void {
    writeFilters(url.searchParams, this.filters);
  }

  private facetted(hits: readonly Hit[]): Facetted[] {
    return hits.map((hit) => Object.assign(hit, { facets: this.facets.pages[hit.id] }));
  }

  /** The hits the filters leave, in the chosen order. */
  narrow(hits: readonly Hit[]): Hit[] {
    return narrow(this.facetted(hits), this.filters, this.facets.names);
  }

  /** Each language's count (and both together) under the other filters. */
  langCounts(hits: readonly Hit[]): { ar: number; en: number; all: number } {
    const counts = countFilters(this.facetted(hits), this.filters, this.facets.names);
    return { ...counts.lang, all: counts.all };
  }

  /** Fills each filter's menu with the values the results have, and how many each would leave. */
  render(hits: readonly Hit[]): void {
    const counts = countFilters(this.facetted(hits), this.filters, this.facets.names);
    const { any, value } = this.strings;
    const fill = (template: string, vars: Record<string, string>) =>
      template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
    let shown = 0;
    for (const [key, select] of this.selects) {
      const values = counts.values[key];
      const options = [new Option(fill(any, { count: formatNumber(this.lang, counts.all) }), '')];
      for (const [v, n] of values) {
        const name =
          key === 'year' ? formatNumber(this.lang, Number(v)) : valueName(key, v, this.facets.names, this.lang).text;
        options.push(new Option(fill(value, { name, count: formatNumber(this.lang, n) }), v));
      }
      select.replaceChildren(...options);
      select.value = this.filters[key] ?? '';
      // A filter with nothing to choose from (no result has a topic) is not offered.
      const label = select.closest('label');
      if (label) label.hidden = values.length === 0;
      if (values.length > 0) shown++;
    }
    this.fieldset.hidden = hits.length === 0 || (shown === 0 && !this.sort);
  }

  /** Calls `onChange` when the reader changes a filter or the order. */
  listen(onChange: () => void): void {
    this.fieldset.addEventListener('change', (event) => {
      const target = event.target as HTMLSelectElement;
      const key = target.dataset.filter as FilterKey | undefined;
      if (key && (FILTER_KEYS as readonly string[]).includes(key)) this.filters[key] = target.value || undefined;
      else if (target === this.sort) this.filters.sort = target.value === 'date' ? 'date' : 'relevance';
      else return;
      onChange();
    });
  }
}
