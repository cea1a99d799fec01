/**
 * What a page tells search engines and other sites about itself, as data: the absolute addresses
 * of its language versions and the JSON-LD of its documents. Pure: the components render it.
 */
import { authorNames, personShaped } from '../core/authors.ts';
import type { Lang } from '../core/types.ts';
import { otherLang } from '../core/types.ts';

/** Open Graph's locale names (language_TERRITORY) for the two languages. */
export const OG_LOCALE: Record<Lang, string> = { en: 'en_US', ar: 'ar_AR' };

/** A page's titles: its own (Open Graph's `og:title`) and the whole `<title>`. */
export interface PageTitles {
  title: string;
  documentTitle: string;
}

/**
 * A page's titles from its own title, and its whole `<title>` when that is not the title followed
 * by the site's name (the home page: the name and tagline). Past the first page of a paged list,
 * both carry the page's number (`paged`, a UI string), so that no two pages of a site share a title.
 */
export function pageTitles(
  own: { title: string; documentTitle?: string; page?: number },
  siteName: string,
  paged: (title: string, page: number) => string,
): PageTitles {
  const page = own.page ?? 1;
  const numbered = (text: string) => (page > 1 ? paged(text, page) : text);
  const title = numbered(own.title);
  return { title, documentTitle: own.documentTitle ? numbered(own.documentTitle) : `${title} · ${siteName}` };
}

/** `path` (with the base) as an absolute address on `site`. */
export function absolute(path: string, site: string | URL): string {
  return new URL(path, site).href;
}

/** A page's `hreflang` alternates: each language version it has, then `x-default`. */
export function alternates(
  lang: Lang,
  self: string,
  other: string | undefined,
  defaultLang: Lang,
): { hreflang: string; href: string }[] {
  const versions: Partial<Record<Lang, string>> = { [lang]: self };
  if (other) versions[otherLang(lang)] = other;
  const links: { hreflang: string; href: string }[] = (['en', 'ar'] as const).flatMap((l) => {
    const href = versions[l];
    return href ? [{ hreflang: l, href }] : [];
  });
  links.push({ hreflang: 'x-default', href: versions[defaultLang] ?? self });
  return links;
}

/**
 * JSON for a `<script type="application/ld+json">`: a document's title or source may contain
 * `</script>` or `<!--`, which would end the element or start a comment in HTML. Escaping every
 * `<`, `>` and `&` as a JSON `\u` escape keeps the data the same and the markup closed.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

/** An ISO 8601 date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) from front matter, or undefined for free text. */
export function isoDate(date: string | undefined): string | undefined {
  return date && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(date) ? date : undefined;
}

/** One language version of a document, as JSON-LD describes it. */
export interface ArticleVersion {
  lang: Lang;
  /** Its page's absolute address: also its `@id`. */
  url: string;
  title: string;
  description?: string;
  date?: string;
  /** The day of its last update, when after `date`. */
  updated?: string;
  /** The outlet the text comes from. */
  source?: string;
  /** The address of the original text. */
  sourceUrl?: string;
  /** The byline as given (it may name several people: see `core/authors.ts`). */
  author?: string;
}

/**
 * The authors of a byline as JSON-LD names them: a `Person` for a name with a person's shape, an
 * `Organization` for any other ("Reuters", "Johnson & Johnson").
 */
function authorNodes(byline: string): Record<string, string>[] {
  return authorNames(byline).map((name) => ({ '@type': personShaped(name) ? 'Person' : 'Organization', name }));
}

/** The publisher, as JSON-LD names it. */
export interface Publisher {
  name: string;
  url: string;
  logo?: string;
  sameAs: string[];
}

/**
 * The JSON-LD of a document page: a `NewsArticle` per language version shown, the page's own first.
 * A translation pair links the versions both ways (`workTranslation`, `translationOfWork`): the
 * sources do not say which was written first, so each is given as a translation of the other.
 */
export function articleGraph(
  versions: ArticleVersion[],
  publisher: Publisher,
  relation: 'translation' | 'coverage' | undefined,
): Record<string, unknown> {
  const publisherNode = {
    '@type': 'Organization',
    '@id': `${publisher.url}#publisher`,
    name: publisher.name,
    url: publisher.url,
    ...(publisher.logo ? { logo: { '@type': 'ImageObject', url: publisher.logo } } : {}),
    ...(publisher.sameAs.length > 0 ? { sameAs: publisher.sameAs } : {}),
  };
  const articles = versions.map((version) => {
    const others = versions.filter((other) => other !== version).map((other) => ({ '@id': other.url }));
    const date = isoDate(version.date);
    const updated = isoDate(version.updated);
    return {
      '@type': 'NewsArticle',
      '@id': version.url,
      url: version.url,
      mainEntityOfPage: version.url,
      headline: version.title,
      inLanguage: version.lang,
      ...(version.description ? { description: version.description } : {}),
      ...(date ? { datePublished: date } : {}),
      ...(updated ? { dateModified: updated } : {}),
      ...(version.author ? { author: authorNodes(version.author) } : {}),
      publisher: { '@id': publisherNode['@id'] },
      ...(version.sourceUrl || version.source
        ? {
            isBasedOn: {
              '@type': 'CreativeWork',
              ...(version.sourceUrl ? { url: version.sourceUrl } : {}),
              ...(version.source ? { publisher: { '@type': 'Organization', name: version.source } } : {}),
            },
          }
        : {}),
      // Two reports of one event are separate works: schema.org has no relation for them.
      ...(relation === 'translation' && others.length > 0
        ? { workTranslation: others, translationOfWork: others }
        : {}),
    };
  });
  return { '@context': 'https://schema.org', '@graph': [...articles, publisherNode] };
}
