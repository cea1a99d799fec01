/**
 * On a page opened from a search result (`?hl=<query>`): marks the query's hits in the page's own
 * text, in the text's own spelling (لماكرون for ماكرون, ماركون for Macron through the glossary),
 * and brings the first into view. Only the indexed text is marked: the other language's column
 * and the notes are left alone, as search left them out.
 */
import { hasArabic } from '../core/arabic/index.ts';
import { findHits, parseQuery, rangesByPiece, type QueryMatcher } from '../core/search/index.ts';
import type { Lang } from '../core/types.ts';
import { SearchData } from './search-engine.ts';
import { HIGHLIGHT_PARAM } from './search-params.ts';

/** Elements whose text is one paragraph for matching (a name is never split across two). */
const BLOCK = 'p, li, dd, dt, h1, h2, h3, h4, h5, h6, blockquote, figcaption, td, th, caption, pre';

/** Text that is not the page's indexed text. */
const SKIP = '[data-pagefind-ignore], script, style, template, noscript, sup, mark.search-hit';

/** The text nodes of `body` to mark, grouped by the paragraph they belong to, in order. */
function paragraphsOf(body: Element): Text[][] {
  const groups = new Map<Element, Text[]>();
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const block = text.parentElement?.closest(BLOCK) ?? body;
    const group = groups.get(block) ?? [];
    group.push(text);
    groups.set(block, group);
  }
  return [...groups.values()];
}

/** Wraps `ranges` (offsets within `node`) in `<mark class="search-hit">`; returns the marks. */
function wrap(node: Text, ranges: readonly (readonly [number, number])[]): HTMLElement[] {
  const marks: HTMLElement[] = [];
  // From the end, so that splitting leaves the offsets of the earlier ranges valid.
  for (const [start, end] of [...ranges].reverse()) {
    const hit = node.splitText(start);
    hit.splitText(end - start);
    const mark = document.createElement('mark');
    mark.className = 'search-hit';
    hit.replaceWith(mark);
    mark.append(hit);
    marks.unshift(mark);
  }
  return marks;
}

/** Marks the hits of `matcher` in the text of `body` (written in `lang`); returns the marks in order. */
export function markHits(body: Element, lang: Lang, matcher: QueryMatcher): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const nodes of paragraphsOf(body)) {
    const text = nodes.map((n) => n.data).join('');
    const hits = findHits(text, lang, matcher);
    if (hits.length === 0) continue;
    rangesByPiece(
      nodes.map((n) => n.data.length),
      hits,
    ).forEach((ranges, i) => marks.push(...wrap(nodes[i], ranges)));
  }
  return marks;
}

/** Marks the hits of the query in the address on this page, and scrolls to the first. */
export async function highlightPage(): Promise<void> {
  const text = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM) ?? '';
  const query = parseQuery(text);
  const bodies = [...document.querySelectorAll('[data-pagefind-body]')];
  if (query.words.length === 0 || bodies.length === 0) return;
  const data = await SearchData.open(import.meta.env.BASE_URL.replace(/\/?$/, '/'));
  const mark = (matcher: QueryMatcher) =>
    bodies.flatMap((body) => {
      const declared = body.closest('[lang]')?.getAttribute('lang');
      const lang: Lang = declared
        ? declared.startsWith('ar')
          ? 'ar'
          : 'en'
        : hasArabic(body.textContent ?? '')
          ? 'ar'
          : 'en';
      return markHits(body, lang, matcher);
    });
  let marks = mark((await data.matcherFor(query)).matcher);
  // Nothing as written: the result was found through stems (see `widenedWords`), which mark too.
  if (marks.length === 0)
    marks = mark(
      (
        await data.matcherFor(
          query,
          query.words.map((_, i) => i),
        )
      ).matcher,
    );
  marks[0]?.scrollIntoView({ block: 'center' });
}
