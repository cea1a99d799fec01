/**
 * An index of a few texts held in memory, answering lookups the way the browser's Pagefind answers
 * them for Hamish's records (each word of `indexText` at its own position, every key of a word at
 * the word's position): for the tests of ranking and matching, which thus run the same keys and
 * the same `rankPages` as the site, without a build.
 */
import type { Lang } from '../types.ts';
import { indexText, keyedWords } from './keys.ts';
import type { Lookup, PageHit } from './rank.ts';
import type { VocabularyEntry } from './typos.ts';
import { countVocabulary, shardVocabulary, vocabularyShardsOf, vocabularyWords } from './vocabulary.ts';

export interface MemoryPage {
  id: string;
  lang: Lang;
  text: string;
  /** Terms indexed after the text, as they are (glossary entry terms, name keys). */
  terms?: readonly string[];
}

/** The lookup of an index of `pages`. */
export function memoryIndex(pages: readonly MemoryPage[]): Lookup {
  // key → page id → positions
  const keys = new Map<string, Map<string, number[]>>();
  const langs = new Map(pages.map((page) => [page.id, page.lang]));
  for (const page of pages) {
    [...indexText(page.text).split(' '), ...(page.terms ?? [])].forEach((word, position) => {
      for (const key of word.split('.')) {
        if (key === '') continue;
        const byPage = keys.get(key) ?? new Map<string, number[]>();
        byPage.set(page.id, [...(byPage.get(page.id) ?? []), position]);
        keys.set(key, byPage);
      }
    });
  }
  return {
    pages(key) {
      const byPage = keys.get(key);
      if (!byPage) return undefined;
      return new Map(
        [...byPage].map(([id, positions]): [string, PageHit] => [
          id,
          { lang: langs.get(id)!, count: positions.length },
        ]),
      );
    },
    together(a, b) {
      const [first, second] = [keys.get(a), keys.get(b)];
      if (!first || !second) return undefined;
      return new Set(
        [...first]
          .filter(([id, positions]) => positions.some((p) => second.get(id)?.includes(p + 1)))
          .map(([id]) => id),
      );
    },
  };
}

/**
 * The correction vocabulary of `pages` as the browser reads it from the built shards: the entries
 * that may lie within one edit of a key (`Vocabulary.near` in src/scripts/search-forgiving.ts).
 */
export function memoryVocabulary(pages: readonly MemoryPage[]): (key: string) => VocabularyEntry[] {
  const shards = shardVocabulary(countVocabulary(pages.map((page) => vocabularyWords([keyedWords(page.text)]))));
  return (key) => vocabularyShardsOf(key).flatMap((name) => shards.get(name) ?? []);
}
