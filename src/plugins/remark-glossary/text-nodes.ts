/**
 * Which text of a Markdown/MDX document the glossary may gloss.
 */
import type { Nodes, Parent, Root, Text } from 'mdast';

/**
 * Node types whose text is not running text: code is code; a heading or link already says what it
 * is, and a marker inside one would nest interactive content or clutter a title; definitions and
 * footnotes are notes themselves; raw HTML and MDX (JSX, expressions, ESM) are markup whose
 * meaning the glossary cannot know.
 */
const NOT_GLOSSED: ReadonlySet<string> = new Set([
  'code',
  'inlineCode',
  'heading',
  'link',
  'linkReference',
  'definition',
  'footnoteDefinition',
  'footnoteReference',
  'html',
  'yaml',
  'toml',
  'math',
  'inlineMath',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  // This plugin's own reference markers and notes.
  'glossaryReference',
  'glossaryNotes',
]);

/** A text node the glossary may gloss, with its parent. */
export interface GlossableText {
  node: Text;
  parent: Parent;
  /** Index, among the root's children, of the top-level block the text is in (its paragraph). */
  block: number;
}

/** The text nodes of `tree` that are running text, in document order. */
export function glossableTexts(tree: Root): GlossableText[] {
  const texts: GlossableText[] = [];
  // A plain walk: it runs on every page of the site, and needs no more than types and parents.
  const walk = (parent: Parent, block: number) => {
    for (const child of parent.children as Nodes[]) {
      if (NOT_GLOSSED.has(child.type)) continue;
      if (child.type === 'text') texts.push({ node: child, parent, block });
      else if ('children' in child) walk(child, block);
    }
  };
  (tree.children as Nodes[]).forEach((child, i) => {
    if (NOT_GLOSSED.has(child.type)) return;
    if (child.type === 'text') texts.push({ node: child, parent: tree, block: i });
    else if ('children' in child) walk(child, i);
  });
  return texts;
}
