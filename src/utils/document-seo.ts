/**
 * The JSON-LD of a document page, from the editions' data and the publisher's options: the
 * Astro-side half of `seo.ts`'s `articleGraph`.
 */
import config from 'virtual:hamish/config';
import { logo } from 'virtual:hamish/assets';
import type { Lang, Relation } from '../core/types.ts';
import { t } from '../i18n/index.ts';
import { absolute, articleGraph, type ArticleVersion } from './seo.ts';
import { webAddress } from '../core/web-address.ts';
import { editionPath, homePath } from './urls.ts';

interface Version {
  lang: Lang;
  slug: string;
  title: string;
  excerpt?: string;
  date?: string;
  updated?: string;
  source?: string;
  url?: string;
  author?: string;
}

/** The page's own version first, then the other language's. */
export function documentStructuredData(
  own: Version,
  other: Version | undefined,
  relation: Relation | undefined,
  site: URL,
): Record<string, unknown> {
  const version = (v: Version): ArticleVersion => ({
    lang: v.lang,
    url: absolute(editionPath(v.lang, v.slug), site),
    title: v.title,
    description: v.excerpt,
    date: v.date,
    updated: v.updated,
    source: v.source,
    sourceUrl: webAddress(v.url),
    author: v.author,
  });
  const lang = own.lang;
  return articleGraph(
    [own, ...(other ? [other] : [])].map(version),
    {
      name: t(lang, 'site.name'),
      url: absolute(homePath(config.site.defaultLang), site),
      logo: logo && absolute(logo, site),
      sameAs: config.site.social.map((presence) => presence.href),
    },
    relation,
  );
}
