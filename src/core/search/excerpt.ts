/**
 * The excerpt a search result shows: a few dozen words of one paragraph of the page, as written,
 * around the densest run of hits, with the hits marked.
 */
import { tokenize } from '../arabic/index.ts';
import type { Range } from './hits.ts';

/** A piece of an excerpt: text as written, and whether it is a hit. */
export interface ExcerptPart {
  text: string;
  hit: boolean;
}

/** An excerpt of a page. */
export interface Excerpt {
  parts: ExcerptPart[];
  /** True when the paragraph goes on before the excerpt; a reader is shown an ellipsis. */
  cutBefore: boolean;
  /** True when the paragraph goes on after it. */
  cutAfter: boolean;
  /** Number of hits in the excerpt. */
  hits: number;
}

/** Words an excerpt shows at most, as Pagefind's default excerpt does. */
export const EXCERPT_WORDS = 30;

/** Words of context kept before the first hit of the excerpt. */
const LEAD = 6;

interface Window {
  block: number;
  /** Index of the first and one past the last word of the window. */
  from: number;
  to: number;
  hits: number;
}

/** How many of `hits` (sorted ranges) lie within `[start, end)`. */
function countWithin(hits: readonly Range[], start: number, end: number): number {
  let n = 0;
  for (const [a, b] of hits) if (a >= start && b <= end) n++;
  return n;
}

/**
 * The excerpt of a page whose paragraphs are `blocks`, given the hits in each (`hitsOf`, ranges in
 * the block): the window of at most `words` words with the most hits, starting a few words before
 * its first hit; the start of the first paragraph when nothing is a hit (a page found through its
 * title, say). Texts are cut only between words.
 */
export function makeExcerpt(
  blocks: readonly string[],
  hitsOf: (block: string, index: number) => readonly Range[],
  words = EXCERPT_WORDS,
): Excerpt {
  let best: Window | undefined;
  const perBlock = blocks.map((text, index) => ({ text, tokens: tokenize(text), hits: hitsOf(text, index) }));
  perBlock.forEach(({ tokens, hits }, block) => {
    for (const [start] of hits) {
      const first = tokens.findIndex((t) => t.end > start);
      if (first < 0) continue;
      const from = Math.max(0, Math.min(first - LEAD, tokens.length - words));
      const to = Math.min(tokens.length, from + words);
      const count = countWithin(hits, tokens[from].start, tokens[to - 1].end);
      if (!best || count > best.hits) best = { block, from, to, hits: count };
    }
  });
  if (!best) {
    const block = perBlock.findIndex((b) => b.tokens.length > 0);
    if (block < 0) return { parts: [], cutBefore: false, cutAfter: false, hits: 0 };
    best = { block, from: 0, to: Math.min(words, perBlock[block].tokens.length), hits: 0 };
  }
  const { text, tokens, hits } = perBlock[best.block];
  const cutBefore = best.from > 0;
  const cutAfter = best.to < tokens.length;
  // Punctuation and spaces at the paragraph's ends belong to it; in the middle, cut at words.
  const start = cutBefore ? tokens[best.from].start : 0;
  const end = cutAfter ? tokens[best.to - 1].end : text.length;
  const parts: ExcerptPart[] = [];
  let at = start;
  for (const [a, b] of hits) {
    const from = Math.max(a, start);
    const to = Math.min(b, end);
    if (to <= from) continue;
    if (from > at) parts.push({ text: text.slice(at, from), hit: false });
    parts.push({ text: text.slice(from, to), hit: true });
    at = to;
  }
  if (end > at) parts.push({ text: text.slice(at, end), hit: false });
  return { parts, cutBefore, cutAfter, hits: best.hits };
}
