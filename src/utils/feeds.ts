/**
 * RSS feeds, built with `@astrojs/rss`: one per language of the newest documents
 * (`src/pages/[lang]/feed.xml.ts`), and the same function for any other list of documents (a tag's,
 * an author's) that wants a feed of its own.
 */
import rss, { type RSSFeedItem } from '@astrojs/rss';
import { nameIn, type Archive } from '../core/archive/index.ts';
import { x, xmlFragment } from '../core/epub/xml.ts';
import type { Lang } from '../core/types.ts';
import { t } from '../i18n/index.ts';
import { summarizeDocuments } from './documents.ts';
import { isoDate } from './seo.ts';
import { editionPath, feedPath, homePath } from './urls.ts';

/** Dublin Core's elements: an item's `dc:creator`, since RSS's own `author` must be an email address. */
const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/';

/** How many documents a feed lists, newest first: as many as a reader's app shows, not the archive. */
export const FEED_SIZE = 50;

/** What a feed needs of one language version of a document. */
export interface FeedEdition {
  lang: Lang;
  slug: string;
  title: string;
  date?: string;
  excerpt?: string;
  source?: string;
  relation?: 'translation' | 'coverage';
}

/**
 * The feed items of the versions in `lang` of `editions`: newest first (undated last), at most
 * `limit`. Each names its authors (one `dc:creator` each, as the byline splits into people) and its
 * topics (`category`) as the archive files them (`archive.filing`): in `lang` where the name has a
 * form in it, so a topic given as `{en: Syria, ar: سوريا}` is "سوريا" in the Arabic feed.
 */
export function feedItems(
  editions: readonly FeedEdition[],
  lang: Lang,
  archive: Pick<Archive, 'filing'>,
  limit = FEED_SIZE,
): RSSFeedItem[] {
  const own = editions.filter((edition) => edition.lang === lang);
  return summarizeDocuments(own)
    .slice(0, limit)
    .flatMap((document) => {
      const version = document.versions[lang];
      if (!version) return [];
      const date = isoDate(version.date);
      const filing = archive.filing(lang, document.slug);
      const creators = filing.authors.map((author) => x('dc:creator', {}, [nameIn(author, lang).text]));
      return [
        {
          title: version.title,
          link: editionPath(lang, document.slug),
          ...(date ? { pubDate: new Date(`${date}${date.length === 4 ? '-01-01' : ''}`) } : {}),
          ...(version.excerpt ? { description: version.excerpt } : {}),
          ...(filing.tags.length > 0 ? { categories: filing.tags.map((tag) => nameIn(tag, lang).text) } : {}),
          ...(creators.length > 0 ? { customData: xmlFragment(creators) } : {}),
        },
      ];
    });
}

/** Options of `feed`. */
export interface FeedOptions {
  lang: Lang;
  /** The feed's own path (with the base), for its self link. */
  path: string;
  /** The site's address (Astro's `site`). */
  site: URL;
  items: RSSFeedItem[];
  /** What the feed is of, after the site's name: e.g. a tag's name. Default: the newest documents. */
  title?: string;
  description?: string;
}

/** An RSS 2.0 feed in `lang` (a `Response` for an endpoint). */
export function feed({ lang, path, site, items, title, description }: FeedOptions): Promise<Response> {
  const name = t(lang, 'site.name');
  return rss({
    title: title ? `${name}: ${title}` : name,
    description: description ?? t(lang, 'site.tagline'),
    // The channel's link: the language's home page.
    site: new URL(homePath(lang), site),
    items,
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: DUBLIN_CORE },
    customData: `<language>${lang}</language><atom:link href="${new URL(path, site).href}" rel="self" type="application/rss+xml"/>`,
  });
}

/** The feed of the newest documents in `lang`. */
export function newestFeed(
  editions: readonly FeedEdition[],
  lang: Lang,
  site: URL,
  archive: Pick<Archive, 'filing'>,
): Promise<Response> {
  return feed({ lang, path: feedPath(lang), site, items: feedItems(editions, lang, archive) });
}
