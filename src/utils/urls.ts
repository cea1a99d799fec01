import type { Lang } from '../core/types.ts';

/** A site path with the configured `base` in front, e.g. `/editions/ar/x/` under base `/editions/`. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The path of one language version of a document. */
export function editionPath(lang: Lang, slug: string): string {
  return withBase(`/${lang}/${slug}/`);
}

/** The path of the home page (document list) in a language, page `page` (1-based). */
export function homePath(lang: Lang, page = 1): string {
  const root = lang === 'en' ? '/' : `/${lang}/`;
  return withBase(page === 1 ? root : `${root}page/${page}/`);
}

/** The search page in `lang`: `/search/` in English, `/ar/search/` in Arabic (as the home pages). */
export function searchPagePath(lang: Lang): string {
  return withBase(lang === 'en' ? '/search/' : `/${lang}/search/`);
}
