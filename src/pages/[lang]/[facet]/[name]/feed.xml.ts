/**
 * The RSS feed of one topic in each language, `/en/tags/syria/feed.xml`: the newest documents
 * filed under it, built like the site's feeds (`src/utils/feeds.ts`); only when Astro's `site` is
 * set (a feed's links must be absolute).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { nameIn, type ArchiveGroup } from '../../../../core/archive/index.ts';
import { LANGS, type Lang } from '../../../../core/types.ts';
import { archiveData, groupFeedPath } from '../../../../utils/archive.ts';
import { feed, feedItems, type FeedEdition } from '../../../../utils/feeds.ts';
import config from 'virtual:hamish/config';

export const getStaticPaths = (async () => {
  if (!import.meta.env.SITE || !config.site.browse) return [];
  const { archive } = await archiveData();
  const editions = (await getCollection('editions')).map((entry) => entry.data);
  return LANGS.flatMap((lang) =>
    archive.tags.map((tag) => {
      const filed = new Set(tag.documents);
      return {
        params: { lang, facet: 'tags', name: tag.slug },
        props: { tag, editions: editions.filter((edition) => filed.has(edition.slug)) },
      };
    }),
  );
}) satisfies GetStaticPaths;

interface Props {
  tag: ArchiveGroup;
  editions: FeedEdition[];
}

export const GET: APIRoute = async ({ params, props, site }) => {
  if (!site) return new Response(null, { status: 404 });
  const { tag, editions } = props as Props;
  const { archive } = await archiveData();
  const lang = params.lang as Lang;
  return feed({
    lang,
    path: groupFeedPath(lang, tag.slug),
    site,
    items: feedItems(editions, lang, archive),
    title: nameIn(tag, lang).text,
  });
};
