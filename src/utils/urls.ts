import config from 'virtual:hamish/config';
import type { Lang } from '../core/types.ts';
import { archiveBookFile, bookFile, topicBookFile } from '../core/epub/paths.ts';
import { basePrefix, underBase } from '../core/web-address.ts';

/** A site path with the configured `base` in front, e.g. `/editions/ar/x/` under base `/editions/`. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  return `${basePrefix(base)}${path.startsWith('/') ? path : `/${path}`}`;
}

/** A link the publisher wrote (an option's `href`): a path on the site (`/en/about/`) gets the base; another address stays. */
export function siteLink(href: string): string {
  return underBase(href, import.meta.env.BASE_URL);
}

/** The path of one language version of a document. */
export function editionPath(lang: Lang, slug: string): string {
  return withBase(`/${lang}/${slug}/`);
}

/**
 * Where a language's pages that are not documents start, without the base: `/` for the language
 * the bare address shows (the publisher's `defaultLang`), `/ar/` or `/en/` for the other one.
 */
export function langRoot(lang: Lang, defaultLang: Lang = config.site.defaultLang): string {
  return lang === defaultLang ? '/' : `/${lang}/`;
}

/** The path of the home page (document list) in a language, page `page` (1-based). */
export function homePath(lang: Lang, page = 1): string {
  const root = langRoot(lang);
  return withBase(page === 1 ? root : `${root}page/${page}/`);
}

/** The path of a language's feed of the newest documents. */
export function feedPath(lang: Lang): string {
  return withBase(`/${lang}/feed.xml`);
}

/** The path of a page of the content folder (About, Corrections…) in a language. */
export function sitePagePath(lang: Lang, slug: string): string {
  return withBase(`/${lang}/${slug}/`);
}

/** The search page in `lang`: `/search/` in the default language, `/ar/search/` or `/en/search/` in the other (as the home pages). */
export function searchPagePath(lang: Lang): string {
  return withBase(`${langRoot(lang)}search/`);
}

/** The e-book (EPUB) of one language version's page: the document, opening with that version. */
export function bookPath(lang: Lang, slug: string): string {
  return withBase(`/${bookFile(lang, slug)}`);
}

/** The e-book (EPUB) of the whole archive, opening with `lang`'s versions. */
export function archiveBookPath(lang: Lang): string {
  return withBase(`/${archiveBookFile(lang)}`);
}

/** The e-book (EPUB) of one topic's documents, opening with `lang`'s versions (percent-encoded, as `groupPath`). */
export function topicBookPath(lang: Lang, slug: string): string {
  return withBase(`/${topicBookFile(lang, encodeURIComponent(slug))}`);
}
