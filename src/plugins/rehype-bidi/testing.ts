/** Helpers for the tests of this plugin: run it on HTML, read a tree's text, check what must hold. */
import type { Element, Nodes, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { unified } from 'unified';
import { expect, test } from 'vitest';
import rehypeBidi from './index.ts';
import type { RehypeBidiOptions } from './index.ts';

/** All text of a tree in document order, markup left out: what must never change. */
export const textOf = (node: Nodes): string => toString(node);

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

/** The spans the plugin added, as their text. */
function spans(tree: Root): string[] {
  const found: string[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element' && node.tagName === 'span' && node.properties.dir !== undefined)
      found.push(textOf(node));
    if ('children' in node) node.children.forEach(walk);
  };
  walk(tree);
  return found;
}

/** Runs the plugin and checks what must always hold; returns the added spans' texts. */
export async function checkInvariance(tree: Root, lang: string): Promise<string[]> {
  const before = textOf(tree);
  await bidi(tree, { lang });
  expect(textOf(tree)).toBe(before);
  const html = toHtml(tree);
  await bidi(tree, { lang });
  expect(toHtml(tree)).toBe(html);
  for (const text of spans(tree)) expect(text).toMatch(/^\S(?:.*\S)?$/su);
  return spans(tree);
}

/** A sentence as a paragraph with its second word emphasised, so runs meet element edges. */
const paragraph = (sentence: string): Element => {
  const [first = '', second, ...rest] = sentence.split(' ');
  return second === undefined ? h('p', first) : h('p', [`${first} `, h('em', second), ` ${rest.join(' ')}`]);
};

/**
 * Registers the checks over English–Arabic sentence pairs: each sentence in its own language, in
 * the other, and the two run together, in a page of either language.
 */
export function sentencePairChecks(pairs: readonly { en: string; ar: string }[]): void {
  test.each(['ar', 'en'])('sentences in their own language and the other, and mixed, as %s', async (lang) => {
    expect(pairs.every((u) => u.en !== '' && u.ar !== '')).toBe(true);
    const tree = h(
      null,
      pairs.flatMap(({ en, ar }) => [paragraph(en), paragraph(ar), paragraph(`${en} ${ar}`)]),
    );
    const added = await checkInvariance(tree, lang);
    // Not vacuous: every pair puts at least one run of the other script in a page of either language.
    expect(added.length).toBeGreaterThan(pairs.length);
  });
}
