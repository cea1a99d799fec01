import { defineCollection } from 'astro:content';
import config from 'virtual:hamish/config';
import { hamishLoaders } from './integrations/editions/collections.ts';

/**
 * `editions`: every language version of every document in the content folder, rendered by
 * Hamish's loader; entry ids are `<lang>/<slug>`. `glossary`: the glossary's entries, by id.
 */
const loaders = hamishLoaders(config);

export const collections = {
  editions: defineCollection({ loader: loaders.editions }),
  glossary: defineCollection({ loader: loaders.glossary }),
};
