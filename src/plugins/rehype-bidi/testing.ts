/** Helpers for the tests of this plugin: run it on HTML, and read a tree's text. */
import type { Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import rehypeBidi from './index.ts';
import type { RehypeBidiOptions } from './index.ts';

/** All text of a tree in document order, markup left out: what must never change. */
export function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => textOf(child)).join('') : '';
}

/** The plugin run once over `tree` in place, with `data` as the file's data (Astro's frontmatter). */
export async function bidi(tree: Root, options?: RehypeBidiOptions, data: Record<string, unknown> = {}): Promise<Root> {
  return unified().use(rehypeBidi, options).run(tree, { data });
}

/** The plugin run over an HTML fragment: the fragment's text before, and the tree and HTML after. */
export async function bidiHtml(html: string, options?: RehypeBidiOptions, data?: Record<string, unknown>) {
  const tree = fromHtml(html, { fragment: true });
  const before = textOf(tree);
  await bidi(tree, options, data);
  return { before, tree, html: toHtml(tree) };
}
