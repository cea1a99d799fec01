import { getCollection, type CollectionEntry } from 'astro:content';
import config from 'virtual:hamish/config';

/** The content folder's pages (About, Contact…); none, without asking Astro, when it has none. */
export async function sitePages(): Promise<CollectionEntry<'pages'>[]> {
  return config.hasPages ? getCollection('pages') : [];
}
