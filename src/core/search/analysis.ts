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

/**
 * The analysis of a page's text: its language, title, paragraphs and credits. A credit's words are
 * words of the page in every way (keys, names across scripts, the vocabulary of corrections).
 */
export function analysePage(page: Pick<SearchPage, 'lang' | 'title' | 'blocks' | 'credits'>): PageAnalysis {
  const credits = page.credits ?? [];
  const texts = [page.title, ...page.blocks, ...credits];
  const keyed = texts.map(keyedWords);
  const indexed = keyed.map(indexTextOf);
  const blocks = 1 + page.blocks.length;
  return {
    indexed: {
      title: indexed[0],
      blocks: indexed.slice(1, blocks),
      ...(credits.length > 0 ? { credits: indexed.slice(blocks) } : {}),
    },
    names: nameWords({ lang: page.lang, blocks: texts }, keyed),
    vocabulary: vocabularyWords(keyed),
  };
}
