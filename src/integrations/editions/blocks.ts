/**
 * The units an edition's rendered text is aligned by. A generated (`txt`) edition's text is
 * paragraphs; a hand-written `.md` edition's is whatever Markdown made of it, and its block elements
 * are units of their own: a heading, a list item, a quotation, a code block or a table is aligned
 * whole (a heading is not a sentence of the paragraph below it, and a list item's end is its end
 * whether or not it has a full stop), while a paragraph is split into sentences.
 *
 * A block without text a reader sees (a rule, an image alone) is no unit: it goes into the row of the
 * unit before it (or, at the start of the text, the first unit's), so nothing is dropped.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import { isFootnoteRef } from '../../plugins/rehype-bidi/index.ts';
import { sourceText } from '../../plugins/rehype-sentences/index.ts';

/** A unit of an edition's text, in reading order. */
export interface BlockUnit {
  /** The element the unit is: a top-level block, or an item of a top-level list. */
  element: Element;
  /** Its source text (what `wrapSentences` compares with): its text without glossary markers. */
  text: string;
  /** Aligned as one piece, not split into sentences. */
  whole: boolean;
  /** For a list item, its list (`ul` or `ol`), and its number among the list's items (1-based, `ol` `start` counted). */
  list?: { element: Element; number: number };
  /** Blocks without text that go with this unit: before it (at the start of the text only) and after it. */
  before: Element[];
  after: Element[];
}

/** The glossary's notes: not text to align; they stay in the rendered tree, below the rows. */
export const isNotes = (node: RootContent): boolean =>
  node.type === 'element' &&
  String(node.properties.className ?? '')
    .split(' ')
    .includes('fn-notes');

/** Whether an element holds an element that has no source text and is no glossary marker (`img`, `br`): slicing it into sentences would lose it. */
function holdsVoid(nodes: readonly ElementContent[]): boolean {
  return nodes.some(
    (node) =>
      node.type === 'element' &&
      !isFootnoteRef(node) &&
      (sourceText(node.children).trim() === '' || holdsVoid(node.children)),
  );
}

/**
 * The units of a rendered edition's text (its tree's top-level blocks; the notes left out). A
 * paragraph holding an image or a line break is one unit too: its sentences cannot be cut apart
 * without losing them.
 */
export function blockUnits(tree: HastRoot): BlockUnit[] {
  const units: BlockUnit[] = [];
  let pending: Element[] = [];
  const add = (element: Element, whole: boolean, list?: BlockUnit['list']) => {
    const text = sourceText(element.children);
    if (text.trim() === '') {
      if (units.length > 0) units.at(-1)!.after.push(list ? { ...list.element, children: [element] } : element);
      else pending.push(list ? { ...list.element, children: [element] } : element);
      return;
    }
    units.push({ element, text, whole, list, before: pending, after: [] });
    pending = [];
  };
  for (const node of tree.children) {
    if (node.type !== 'element' || isNotes(node)) continue;
    if (node.tagName === 'p') add(node, holdsVoid(node.children));
    else if (node.tagName === 'ul' || node.tagName === 'ol') {
      let number = node.tagName === 'ol' ? Number(node.properties.start ?? 1) : 1;
      for (const item of node.children) {
        if (item.type !== 'element' || item.tagName !== 'li') continue;
        add(item, true, { element: node, number: number++ });
      }
    } else add(node, true);
  }
  return units;
}
