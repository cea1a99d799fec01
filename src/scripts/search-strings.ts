/**
 * The search page's address in each language, for links to it at build time. (The UI strings the
 * search scripts need are made by `searchStrings` in `src/i18n/search.ts`.)
 */
import type { Lang } from '../core/types.ts';
import { withBase } from '../utils/urls.ts';

/** The search page in `lang`: `/search/` in English, `/ar/search/` in Arabic (as the home pages). */
export function searchPagePath(lang: Lang): string {
  return withBase(lang === 'en' ? '/search/' : `/${lang}/search/`);
}
