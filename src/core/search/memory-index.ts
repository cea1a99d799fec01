/**
 * An index of a few texts held in memory, answering exact-term lookups the way the browser's
 * Pagefind answers them for Hamish's records (each word of `indexText` at its own position, every
 * key of a word at the word's position): for the tests of ranking and matching, which thus run
 * the same keys and the same `rankPages` as the site, without a build.
 */
import type { Lang } from '../types.ts';
import { indexText } from './keys.ts';
import type { KeyPages, Lookup, PageHit } from './rank.ts';

export interface MemoryPage {
  id: string;
  lang: Lang;
  text: string;
}

/** The lookup of an index of `pages`. */
export function memoryIndex(pages: readonly MemoryPage[]): Lookup {
  const keys = new Map<string, Map<string, PageHit>>();
  for (const page of pages) {
    indexText(page.text)
      .split(' ')
      .forEach((word, position) => {
        for (const key of word.split('.')) {
          if (key === '') continue;
          const byPage = keys.get(key) ?? new Map<string, PageHit>();
          const hit = byPage.get(page.id) ?? { lang: page.lang, positions: [] };
          (hit.positions as number[]).push(position);
          byPage.set(page.id, hit);
          keys.set(key, byPage);
        }
      });
  }
  return (key: string): KeyPages | undefined => keys.get(key);
}
