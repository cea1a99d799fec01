/**
 * RSS 2.0 feeds: one per language of the newest documents (`src/pages/[lang]/feed.xml.ts`), and the
 * same function for any other list of documents (a tag's, an author's) that wants a feed of its own.
 * Written with the EPUB's XML writer, which escapes every text: `@astrojs/rss` reads an item's own
 * elements (its `customData`, where `dc:creator` had to go) back through fast-xml-parser, which
 * takes text that looks like a number for one, so an author "007" came out as "7" and "1.50" as "1.5".
 */
import { nameIn, type Archive } from '../core/archive/index.ts';
import { x, xmlDocument, type XmlElement } from '../core/epub/xml.ts';
import type { Lang } from '../core/types.ts';
import { t } from '../i18n/index.ts';
import { summarizeDocuments } from './documents.ts';
import { isoDate } from './seo.ts';
import { editionPath, feedPath, homePath } from './urls.ts';

/** Dublin Core's elements: an item's `dc:creator`, since RSS's own `author` must be an email address. */
const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/';

/** How many documents a feed lists, newest first: as many as a reader's app shows, not the archive. */
export const FEED_SIZE = 50;

/** One item of a feed: `link` a path on the site (with the base). */
export interface FeedItem {
  title: string;
  link: string;
  pubDate?: Date;
  description?: string;
  /** The authors, one `dc:creator` each, as written. */
  creators: string[];
  categories: string[];
}

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
): FeedItem[] {
  const own = editions.filter((edition) => edition.lang === lang);
  return summarizeDocuments(own)
    .slice(0, limit)
    .flatMap((document) => {
      const version = document.versions[lang];
      if (!version) return [];
      const date = isoDate(version.date);
      const filing = archive.filing(lang, document.slug);
      return [
        {
          title: version.title,
          link: editionPath(lang, document.slug),
          ...(date ? { pubDate: new Date(`${date}${date.length === 4 ? '-01-01' : ''}`) } : {}),
          ...(version.excerpt ? { description: version.excerpt } : {}),
          creators: filing.authors.map((author) => nameIn(author, lang).text),
          categories: filing.tags.map((tag) => nameIn(tag, lang).text),
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
  items: FeedItem[];
  /** What the feed is of, after the site's name: e.g. a tag's name. Default: the newest documents. */
  title?: string;
  description?: string;
}

/** An item's element, its link absolute; optional elements left out rather than empty. */
function itemElement(item: FeedItem, site: URL): XmlElement {
  const link = new URL(item.link, site).href;
  return x('item', {}, [
    x('title', {}, [item.title]),
    x('link', {}, [link]),
    x('guid', { isPermaLink: 'true' }, [link]),
    ...(item.description ? [x('description', {}, [item.description])] : []),
    ...(item.pubDate ? [x('pubDate', {}, [item.pubDate.toUTCString()])] : []),
    ...item.creators.map((creator) => x('dc:creator', {}, [creator])),
    ...item.categories.map((category) => x('category', {}, [category])),
  ]);
}

/** An RSS 2.0 feed in `lang` (a `Response` for an endpoint). */
export function feed({ lang, path, site, items, title, description }: FeedOptions): Response {
  const name = t(lang, 'site.name');
  const channel = x('channel', {}, [
    x('title', {}, [title ? `${name}: ${title}` : name]),
    x('description', {}, [description ?? t(lang, 'site.tagline')]),
    // The channel's link: the language's home page.
    x('link', {}, [new URL(homePath(lang), site).href]),
    x('language', {}, [lang]),
    x('atom:link', { href: new URL(path, site).href, rel: 'self', type: 'application/rss+xml' }),
    ...items.map((item) => itemElement(item, site)),
  ]);
  const rss = x('rss', { version: '2.0', 'xmlns:atom': 'http://www.w3.org/2005/Atom', 'xmlns:dc': DUBLIN_CORE }, [
    channel,
  ]);
  return new Response(xmlDocument(rss), { headers: { 'Content-Type': 'application/xml' } });
}

/** The feed of the newest documents in `lang`. */
export function newestFeed(
  editions: readonly FeedEdition[],
  lang: Lang,
  site: URL,
  archive: Pick<Archive, 'filing'>,
): Response {
  return feed({ lang, path: feedPath(lang), site, items: feedItems(editions, lang, archive) });
}
