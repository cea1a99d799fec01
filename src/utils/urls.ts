import type { Lang } from '../core/types.ts';
import { archiveBookFile, bookFile } from '../core/epub/paths.ts';

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

/** `url` when it is a web address safe to link to (http or https), otherwise undefined. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The search page in `lang`: `/search/` in English, `/ar/search/` in Arabic (as the home pages). */
export function searchPagePath(lang: Lang): string {
  return withBase(lang === 'en' ? '/search/' : `/${lang}/search/`);
}

/** The e-book (EPUB) of one language version's page: the document, opening with that version. */
export function bookPath(lang: Lang, slug: string): string {
  return withBase(`/${bookFile(lang, slug)}`);
}

/** The e-book (EPUB) of the whole archive, opening with `lang`'s versions. */
export function archiveBookPath(lang: Lang): string {
  return withBase(`/${archiveBookFile(lang)}`);
}
