/**
 * What the server renders for the search UI: the search page's address in each language, and the
 * UI strings the browser code needs, in the page's language. Used by the components at build time;
 * the browser gets the strings from the page (`data-strings`), not from this module.
 */
import type { Lang } from '../core/types.ts';
import { t } from '../i18n/index.ts';
import { withBase } from '../utils/urls.ts';
import type { SearchStrings } from './search-view.ts';

/** The search page in `lang`: `/search/` in English, `/ar/search/` in Arabic (as the home pages). */
export function searchPagePath(lang: Lang): string {
  return withBase(lang === 'en' ? '/search/' : `/${lang}/search/`);
}

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
    langNames: { ar: t(lang, 'lang.name.ar'), en: t(lang, 'lang.name.en') },
    filterAll: t(lang, 'search.filter.all'),
    filterLang: t(lang, 'search.filter.lang'),
  };
}
