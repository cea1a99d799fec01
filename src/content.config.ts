import { defineCollection } from 'astro:content';
import config from 'virtual:hamish/config';
import { hamishLoaders } from './integrations/editions/collections.ts';
import { editionData } from './integrations/editions/loader.ts';
import { pageData } from './integrations/site-pages.ts';

/**
 * `editions`: every language version of every document in the content folder, rendered by
 * Hamish's loader; entry ids are `<lang>/<slug>`. `glossary`: the glossary's entries, as one
 * entry of JSON (read them with `glossaryEntries()`, `src/utils/glossary.ts`).
 * `contentStatus`: the content's errors, shown by the pages in `astro dev`. `pages`: the
 * publisher's pages that are not documents (`pages/*.md`), by `<lang>/<slug>`.
 */
const loaders = hamishLoaders(config);

export const collections = {
  // The schema types the entries; the loader makes their data itself, so Astro does not run it.
  editions: defineCollection({ loader: loaders.editions, schema: editionData }),
  glossary: defineCollection({ loader: loaders.glossary }),
  contentStatus: defineCollection({ loader: loaders.contentStatus }),
  pages: defineCollection({ loader: loaders.pages, schema: pageData }),
};
