/**
 * Everything the search build reads of one page's text, made from that page alone: its text as
 * index keys (`indexText`), the words that link names across scripts (`NameWords`) and the words of
 * the correction vocabulary (`vocabularyWords`). The site-wide steps (linking names, counting the
 * vocabulary) need only these, so a build can keep each page's analysis and, on a rebuild, analyse
 * only the pages whose text changed. Each paragraph is cut into keyed words once for all three.
 */
import { indexTextOf, keyedWords } from './keys.ts';
import { nameWords, type NameWords } from './names.ts';
import type { SearchPage } from './page.ts';
import type { IndexedText } from './record.ts';
import { vocabularyWords } from './vocabulary.ts';

/** One page's analysis (see the module comment). */
export interface PageAnalysis {
  indexed: IndexedText;
  names: NameWords;
  vocabulary: string[];
}

/** The analysis of a page's text: its language, title and paragraphs. */
export function analysePage(page: Pick<SearchPage, 'lang' | 'title' | 'blocks'>): PageAnalysis {
  const texts = [page.title, ...page.blocks];
  const keyed = texts.map(keyedWords);
  const indexed = keyed.map(indexTextOf);
  return {
    indexed: { title: indexed[0], blocks: indexed.slice(1) },
    names: nameWords({ lang: page.lang, blocks: texts }, keyed),
    vocabulary: vocabularyWords(keyed),
  };
}
