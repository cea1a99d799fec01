/**
 * The content collections Hamish defines, for `src/content.config.ts`: `editions` (every language
 * version of every document, see `loader.ts`) and `glossary` (the entries of `glossary.yaml`, as
 * read by the editions' pass: the file is parsed once per pass).
 */
import type { Loader } from 'astro/loaders';
import type { LoadedContent } from '../content-folder.ts';
import type { HamishConfig } from '../config.ts';
import { editionsLoader } from './loader.ts';

export function hamishLoaders(config: HamishConfig): { editions: Loader; glossary: Loader } {
  // The collections load at the same time; the glossary's waits for the editions' first pass.
  let resolveFirst!: (content: LoadedContent) => void;
  let rejectFirst!: (error: unknown) => void;
  const first = new Promise<LoadedContent>((resolve, reject) => {
    resolveFirst = resolve;
    rejectFirst = reject;
  });
  first.catch(() => undefined);
  const editions = editionsLoader(config, resolveFirst);
  const load = editions.load;
  editions.load = (context) => load(context).catch((error: unknown) => {
    rejectFirst(error);
    throw error;
  });
  const glossary: Loader = {
    name: 'hamish:glossary',
    load: async ({ store }) => {
      const content = await first.catch(() => undefined);
      if (!content) return;
      store.clear();
      for (const entry of content.glossary.entries) store.set({ id: entry.id, data: { ...entry } });
    },
  };
  return { editions, glossary };
}
