/**
 * Wraps the sentences of a rendered paragraph in elements, for the aligned layout: each sentence
 * that `alignParagraphs` found (offsets into the paragraph's text) becomes a
 * `<span class="s" id="…">` around exactly its part of the paragraph's tree, so a page can
 * highlight a sentence's counterpart and link to it.
 *
 * The tree is the paragraph as rendered: glossary markers (`<sup class="fn-ref">`, text that is
 * not in the source) sit after words, direction spans (`<span dir>`) and autolinks (`<a>`) hold
 * source text. Markers count for no length and stay with the sentence they follow; an element that
 * a sentence boundary cuts is split into two copies, one in each sentence (a direction run "U.S."
 * that ends one Arabic sentence and the Latin run going on into the next). A paragraph whose text
 * is not the text the offsets were taken from is left as it is, and `wrapSentences` says so.
 */
import type { Element, ElementContent } from 'hast';
import { isFootnoteRef } from '../rehype-bidi/index.ts';

/** A sentence to wrap: offsets into the paragraph's source text, and the id its element gets. */
export interface SentenceSpan {
  start: number;
  end: number;
  id: string;
}

/** The source text of nodes: their text, without that of glossary markers. */
export function sourceText(nodes: readonly ElementContent[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text') text += node.value;
    else if (node.type === 'element' && !isFootnoteRef(node)) text += sourceText(node.children);
  }
  return text;
}

/**
 * The parts of `nodes` whose source text lies in [from, to), cloned: text sliced, elements copied
 * with the parts of their children. A marker (no source text) goes with the range its position
 * ends: a marker at offset k is in [from, to) when from < k ≤ to, so it follows its word (one at
 * offset 0, which follows nothing, goes with the first range).
 * `position` is the source offset where `nodes` start.
 */
function slice(
  nodes: readonly ElementContent[],
  position: number,
  from: number,
  to: number,
): { parts: ElementContent[]; end: number } {
  const parts: ElementContent[] = [];
  let offset = position;
  for (const node of nodes) {
    if (node.type === 'text') {
      const end = offset + node.value.length;
      const a = Math.max(from, offset);
      const b = Math.min(to, end);
      if (b > a) parts.push({ type: 'text', value: node.value.slice(a - offset, b - offset) });
      offset = end;
    } else if (node.type === 'element' && isFootnoteRef(node)) {
      if ((offset > from || offset === 0) && offset <= to) parts.push(node);
    } else if (node.type === 'element') {
      const inner = slice(node.children, offset, from, to);
      if (inner.parts.length > 0) parts.push({ ...node, properties: { ...node.properties }, children: inner.parts });
      offset = inner.end;
    }
    // Comments and other nodes carry no text a reader sees; they are dropped from the copy.
  }
  return { parts, end: offset };
}

/**
 * Rewrites `paragraph`'s children as the sentences `sentences` (in order, not overlapping), each in
 * a `<span class="s" id>`, with the text between them (white space) in between. `text` is the
 * paragraph's source text the offsets refer to. Returns false, changing nothing, when the tree's
 * source text is not `text`.
 */
export function wrapSentences(paragraph: Element, text: string, sentences: readonly SentenceSpan[]): boolean {
  const children = paragraph.children;
  if (sourceText(children) !== text) return false;
  const wrapped: ElementContent[] = [];
  let previous = 0;
  for (const sentence of sentences) {
    // Between sentences: the white space there.
    if (sentence.start > previous) wrapped.push(...slice(children, 0, previous, sentence.start).parts);
    const parts = slice(children, 0, sentence.start, sentence.end).parts;
    wrapped.push({
      type: 'element',
      tagName: 'span',
      properties: { className: ['s'], id: sentence.id },
      children: parts,
    });
    previous = sentence.end;
  }
  if (previous < text.length) wrapped.push(...slice(children, 0, previous, text.length).parts);
  paragraph.children = wrapped;
  return true;
}
