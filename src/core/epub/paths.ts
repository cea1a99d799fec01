import type { Lang } from '../types.ts';

/**
 * Where a document page's book is in the built site, relative to the site's root: beside the
 * page, named for the document and the language it opens with (`ar/x/x.ar.epub`), so that the two
 * books of a document keep their names in a downloads folder.
 */
export const bookFile = (lang: Lang, slug: string) => `${lang}/${slug}/${slug}.${lang}.epub`;

/** Where the book of the whole archive is, per the language it opens with (as the home pages). */
export const archiveBookFile = (lang: Lang) => (lang === 'en' ? 'archive.en.epub' : `${lang}/archive.${lang}.epub`);

/**
 * Where the book of a topic is, per the language it opens with: beside the topic's page
 * (`en/tags/syria/syria.en.epub`), named for the topic. `slug` as written, not percent-encoded.
 */
export const topicBookFile = (lang: Lang, slug: string) => `${lang}/tags/${slug}/${slug}.${lang}.epub`;
