/**
 * The UI strings the search scripts need, in the page's language. Rendered by the components at
 * build time into the page (`data-strings`); the browser reads them from there, not from here, so
 * no string table ships in a script.
 */
import type { Lang } from '../core/types.ts';
import type { SearchStrings } from '../scripts/search-view.ts';
import { t } from './index.ts';

/** The UI strings of the search scripts, in `lang`. */
export function searchStrings(lang: Lang): SearchStrings {
  return {
    lang,
    results: t(lang, 'search.results'),
    resultsOne: t(lang, 'search.results.one'),
    none: t(lang, 'search.none'),
    loading: t(lang, 'search.loading'),
    via: t(lang, 'search.via'),
    unavailable: t(lang, 'search.unavailable'),
    error: t(lang, 'search.error'),
    corrected: t(lang, 'search.corrected'),
    asTyped: t(lang, 'search.asTyped'),
    spelling: t(lang, 'search.spelling'),
    langNames: { ar: t(lang, 'lang.name.ar'), en: t(lang, 'lang.name.en') },
    filterAll: t(lang, 'search.filter.all'),
    filterLang: t(lang, 'search.filter.lang'),
  };
}
