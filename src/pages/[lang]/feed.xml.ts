/**
 * The RSS feed of the newest documents in each language, `/en/feed.xml` and `/ar/feed.xml`; only
 * when Astro's `site` is set (a feed's links must be absolute).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { LANGS, type Lang } from '../../core/types.ts';
import { archiveData } from '../../utils/archive.ts';
import { newestFeed } from '../../utils/feeds.ts';

export const getStaticPaths = (async () => {
  if (!import.meta.env.SITE) return [];
  const editions = (await getCollection('editions')).map((entry) => entry.data);
  return LANGS.map((lang) => ({ params: { lang }, props: { editions } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props, site }) => {
  if (!site) return new Response(null, { status: 404 });
  const { archive } = await archiveData();
  const { editions } = props as { editions: Parameters<typeof newestFeed>[0] };
  return newestFeed(editions, params.lang as Lang, site, archive);
};
