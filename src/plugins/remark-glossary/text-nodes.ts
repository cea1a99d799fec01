/**
 * Which text of a Markdown/MDX document the glossary may gloss.
 */
import type { Parent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

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
}

/** The text nodes of `tree` that are running text, in document order. */
export function glossableTexts(tree: Root): GlossableText[] {
  const texts: GlossableText[] = [];
  visit(tree, (node, _index, parent) => {
    if (NOT_GLOSSED.has(node.type)) return SKIP;
    if (node.type === 'text' && parent) texts.push({ node, parent });
    return undefined;
  });
  return texts;
}
