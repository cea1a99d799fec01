/**
 * An `.mdx` source as the Markdown it is. Ingest refuses everything in MDX that would run
 * (`import`/`export`, `{…}` expressions, expression and spread attributes, event handlers, active
 * elements and URLs: see `src/core/ingest/markdown.ts`), so what is left is Markdown with HTML
 * elements written as JSX. Written back as Markdown with those elements as HTML, it renders
 * through the Markdown processor like a `.md` source, and a translation pair with an `.mdx`
 * version can be aligned from its rendered blocks without compiling or running anything.
 */
import type { Html, Parents, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Elements without content or end tag. */
const VOID = new Set(['area', 'br', 'col', 'hr', 'img', 'source', 'track', 'wbr']);
/** JSX's names for HTML attributes. */
const HTML_NAMES: Record<string, string> = { className: 'class', htmlFor: 'for' };

const escapeAttribute = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * `body` (an MDX source's text) as Markdown, its JSX elements as HTML; undefined when it holds
 * anything that is not an HTML element with literal attributes: a component (`<Chart>`), a
 * fragment, an expression. Such a source is left to MDX.
 */
export function mdxAsMarkdown(body: string): string | undefined {
  let tree: Root;
  try {
    tree = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).parse(body);
  } catch {
    return undefined;
  }
  let plain = true;
  const element = (node: MdxJsxFlowElement | MdxJsxTextElement): RootContent[] => {
    const name = node.name;
    if (!name || !/^[a-z][a-z0-9]*$/.test(name)) {
      plain = false;
      return [];
    }
    let attributes = '';
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value !== 'string')) {
        plain = false;
        return [];
      }
      const html = HTML_NAMES[attribute.name] ?? attribute.name;
      attributes += attribute.value === null ? ` ${html}` : ` ${html}="${escapeAttribute(attribute.value)}"`;
    }
    const open: Html = { type: 'html', value: `<${name}${attributes}>` };
    if (VOID.has(name)) return [open];
    return [open, ...convert(node.children), { type: 'html', value: `</${name}>` }];
  };
  const convert = (children: RootContent[]): RootContent[] =>
    children.flatMap((node): RootContent[] => {
      switch (node.type) {
        case 'mdxjsEsm':
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          plain = false;
          return [];
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          return element(node);
      }
      if ('children' in node) (node as Parents).children = convert(node.children);
      return [node];
    });
  tree.children = convert(tree.children);
  return plain ? toMarkdown(tree, { extensions: [gfmToMarkdown()] }) : undefined;
}
