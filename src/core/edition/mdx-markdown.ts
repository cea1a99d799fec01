/**
 * An `.mdx` source as the Markdown it is. Ingest refuses everything in MDX that would run
 * (`import`/`export`, `{…}` expressions, expression and spread attributes, event handlers, active
 * elements and URLs: see `src/core/ingest/markdown.ts`), so what is left is Markdown with HTML
 * elements written as JSX. Each such element becomes a node of the Markdown tree carrying the hast
 * element it is (`data.hName`, `data.hProperties`, as the glossary's markers do), with its Markdown
 * children: the tree renders through the Markdown processor's plugins and mdast-util-to-hast like a
 * `.md` source's (its attribute values escaped when the HTML is written out, so they stay text),
 * and a translation pair with an `.mdx` version can be aligned from its rendered blocks without
 * compiling or running anything.
 */
import type { Properties } from 'hast';
import type { Data, Parent, Parents, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { jsxAttributes, jsxElement } from '../active-html.ts';

/** An HTML element an MDX source wrote as JSX, in the Markdown tree: rendered as `data.hName` with `data.hProperties` around its children. */
interface MdxHtmlElement extends Parent {
  type: 'mdxHtmlElement';
  data: Data & { hName: string; hProperties: Properties };
  children: RootContent[];
}

/**
 * The Markdown tree of `body` (an MDX source's text), its JSX elements as the HTML elements they
 * name (literal attributes only; JSX's `className` is `class`); undefined when it holds anything
 * that is not an HTML element with literal attributes: a component (`<Chart>`), a fragment, an
 * expression. Such a source is left to MDX. Nodes keep their positions in `body`. Throws, naming the
 * line, on an element that could run code (`activeContent`), which ingest has refused already.
 */
export function mdxMarkdownTree(body: string): Root | undefined {
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
    const { literal, evaluated } = jsxAttributes(node.attributes);
    if (evaluated.length > 0) {
      plain = false;
      return [];
    }
    // Ingest refuses these first (the same element, the same check); this is the last word before rendering.
    const { element, active } = jsxElement(name, literal);
    if (active)
      throw new Error(
        `line ${node.position?.start.line ?? '?'}: ${active} is not allowed: sources are text, never code`,
      );
    const html: MdxHtmlElement = {
      type: 'mdxHtmlElement',
      data: { hName: element.tagName, hProperties: element.properties },
      children: convert(node.children),
      position: node.position,
    };
    // Not one of mdast's own node types, which the tree's types list: mdast-util-to-hast renders any node by its data.
    return [html as unknown as RootContent];
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
  return plain ? tree : undefined;
}
