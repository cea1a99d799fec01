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

/**
 * The HTML elements, written as JSX in an `.mdx` source rendered as Markdown (`mdxHtmlElement`
 * nodes, see `src/core/edition/mdx-markdown.ts`), that are what `NOT_GLOSSED` skips in Markdown:
 * links, code, headings, and interactive content a marker (itself a link) must not be nested in.
 */
const NOT_GLOSSED_ELEMENTS: ReadonlySet<string> = new Set(
  'a code pre kbd samp h1 h2 h3 h4 h5 h6 button label summary select option textarea'.split(' '),
);

/** Whether the glossary leaves `node` and everything in it alone. */
const skipped = (node: Nodes): boolean =>
  NOT_GLOSSED.has(node.type) ||
  ((node.type as string) === 'mdxHtmlElement' && NOT_GLOSSED_ELEMENTS.has(String(node.data?.hName)));

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
      if (skipped(child)) continue;
      if (child.type === 'text') texts.push({ node: child, parent, block });
      else if ('children' in child) walk(child, block);
    }
  };
  (tree.children as Nodes[]).forEach((child, i) => {
    if (skipped(child)) return;
    if (child.type === 'text') texts.push({ node: child, parent: tree, block: i });
    else if ('children' in child) walk(child, i);
  });
  return texts;
}
