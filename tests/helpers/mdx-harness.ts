/**
 * Test support: a generated edition file taken through what Astro does with it (front matter
 * parsed by Astro's own parser, body compiled by `@mdx-js/mdx` with GFM as Astro enables it by
 * default, plus remark-math and remark-directive in case the site ever adds them), then run, and
 * its HTML read back the way a browser parses it.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { compile, run } from '@mdx-js/mdx';
import type { Element, ElementContent, Properties, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import type { Pluggable } from 'unified';

/** A generated file, parsed and compiled but not yet run. */
export interface CompiledEdition {
  /** The front matter as Astro reads it. */
  frontmatter: Record<string, unknown>;
  /** The body as the remark plugins of the site see it, after GFM, math and directives. */
  mdast: Root;
  /** Runs the compiled JavaScript and returns the HTML it renders. */
  render(): Promise<string>;
}

/**
 * `file` compiled as Astro would; `remarkPlugins` run after the syntax plugins and, as in Astro,
 * find the front matter in `file.data.astro.frontmatter`.
 */
export async function compileEdition(file: string, remarkPlugins: Pluggable[] = []): Promise<CompiledEdition> {
  const { frontmatter, content } = parseFrontmatter(file, { frontmatter: 'empty-with-spaces' });
  let mdast: Root | undefined;
  const capture = () => (tree: Root) => {
    mdast = structuredClone(tree);
  };
  const code = String(
    await compile(
      { value: content, data: { astro: { frontmatter } } },
      {
        outputFormat: 'function-body',
        remarkPlugins: [remarkGfm, remarkMath, remarkDirective, ...remarkPlugins, capture],
      },
    ),
  );
  if (!mdast) throw new Error('the capture plugin did not run');
  return { frontmatter, mdast, render: () => renderCode(code) };
}

/**
 * Every node of `mdast` that is not the expected body of a generated `txt` edition: the comment
 * `{/* notice *\/}` first, then paragraphs of nothing but text and GFM literal autolinks (which
 * no escape can prevent, see `isAutolinkLiteral`). Empty when the body is literal.
 */
export function unexpectedNodes(mdast: Root, notice: string): string[] {
  const [marker, ...rest] = mdast.children;
  const found: string[] = [];
  if (marker?.type !== 'mdxFlowExpression' || marker.value !== `/* ${notice} */`) {
    found.push(`marker: ${JSON.stringify(marker)}`);
  }
  for (const node of rest) {
    if (node.type !== 'paragraph') found.push(node.type);
    else {
      for (const child of node.children) {
        if (child.type !== 'text' && !isAutolinkLiteral(child))
          found.push(`paragraph > ${child.type}: ${JSON.stringify(child)}`);
      }
    }
  }
  return found;
}

/**
 * Whether `node` is a link that GFM made of a bare URL or address in the text: its text is the
 * URL as written and its scheme is one GFM itself adds (`http:`, `https:`, `mailto:`, `xmpp:`).
 * remark-gfm finds these in the text after escapes are decoded, so `www\\.x.org` is still one
 * (remarkjs/remark-gfm#33); they show the same text, and never a `javascript:` URL.
 */
export function isAutolinkLiteral(node: PhrasingContent): boolean {
  if (node.type !== 'link' || node.children.length !== 1) return false;
  const [child] = node.children;
  if (child?.type !== 'text') return false;
  const { url } = node;
  const fromText = [child.value, `http://${child.value}`, `mailto:${child.value}`].includes(url);
  return fromText && /^(?:https?:\/\/|mailto:|xmpp:)/i.test(url);
}

/** The text of each top-level paragraph of `mdast`, autolinks included. */
export function paragraphTexts(mdast: Root): string[] {
  return mdast.children.flatMap((node) => (node.type === 'paragraph' ? [phrasingText(node)] : []));
}

/** What `html` shows once a browser has parsed it. */
export interface ReadHtml {
  /** The visible text of each `<p>`. */
  paragraphs: string[];
  /** The tag of every element, in document order. */
  tags: string[];
  /** Every `<a>`: its `href` and its text. */
  links: { href: string; text: string }[];
}

/** `html` parsed as a browser would. */
export function readHtml(html: string): ReadHtml {
  const tree = fromHtml(html, { fragment: true });
  const found: ReadHtml = { paragraphs: [], tags: [], links: [] };
  const walk = (nodes: (HastRoot | ElementContent)[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      found.tags.push(node.tagName);
      if (node.tagName === 'p') found.paragraphs.push(toString(node));
      if (node.tagName === 'a') found.links.push({ href: String(node.properties.href), text: toString(node) });
      walk(node.children);
    }
  };
  walk(tree.children as ElementContent[]);
  return found;
}

/**
 * Text as HTML shows it in running text (`white-space: normal`): every run of ASCII whitespace is
 * one space and none is left at either end. Other spaces (no-break, ideographic) and invisible
 * marks (RLM, ZWJ) are kept as they are. U+0000 becomes U+FFFD, as CommonMark requires for safety.
 */
export function visible(text: string): string {
  return text
    .replaceAll('\0', '\uFFFD')
    .replace(/[\t\n\f\r ]+/g, ' ')
    .replace(/^ | $/g, '');
}

function phrasingText(node: Paragraph | PhrasingContent): string {
  if ('children' in node) return node.children.map(phrasingText).join('');
  return 'value' in node ? node.value : '';
}

async function renderCode(code: string): Promise<string> {
  const { default: Content } = await run(code, { Fragment, jsx, jsxs: jsx, baseUrl: import.meta.url });
  const rendered = (Content as (props: object) => HastRoot | Element)({});
  return toHtml(rendered);
}

/**
 * A JSX runtime that builds hast, so the compiled MDX can be run without a framework. It knows
 * no components: a generated edition must only ever ask for plain HTML elements.
 */
const Fragment = Symbol('Fragment');

function jsx(type: unknown, props: Record<string, unknown>): HastRoot | Element {
  const { children, ...properties } = props;
  const content = toChildren(children);
  if (type === Fragment) return { type: 'root', children: content };
  if (typeof type === 'string')
    return { type: 'element', tagName: type, properties: properties as Properties, children: content };
  throw new Error(`the edition asked for a component: ${String(type)}`);
}

function toChildren(value: unknown): ElementContent[] {
  if (value === undefined || value === null || typeof value === 'boolean') return [];
  if (Array.isArray(value)) return value.flatMap(toChildren);
  if (typeof value === 'string' || typeof value === 'number') return [{ type: 'text', value: String(value) }];
  const node = value as HastRoot | Element;
  return node.type === 'root' ? (node.children as ElementContent[]) : [node];
}
