/**
 * rehype plugin that puts the site's base (Astro's `base`, from `BASE_PATH`) in front of the links
 * and embedded files a page's Markdown names by their path on the site: `[report](/en/harbour/)`
 * written by an editor, who cannot know where the site will be deployed, becomes
 * `href="/edition/en/harbour/"` in a build under `/edition/`, and so every address attribute of
 * `URL_ATTRIBUTES` on its elements (an image's `src`, a video's `poster`, a quotation's `cite`).
 * Other addresses are left as they are (see `underBase`). It changes attribute values of the tree,
 * nothing else.
 */
import type { Element, Root, RootContent } from 'hast';
import type { Plugin } from 'unified';
import { basePrefix, underBase, URL_ATTRIBUTES } from '../../core/web-address.ts';

/** Options of `rehypeBaseLinks`. */
export interface RehypeBaseLinksOptions {
  /** The site's base path: `/` (nothing to do) or `/edition/`. */
  base: string;
}

function rebase(node: Root | Element, base: string): void {
  for (const child of node.children as RootContent[]) {
    if (child.type !== 'element') continue;
    for (const [name, elements] of Object.entries(URL_ATTRIBUTES)) {
      const value = child.properties[name];
      if (typeof value === 'string' && (elements === null || elements.includes(child.tagName)))
        child.properties[name] = underBase(value, base);
    }
    rebase(child, base);
  }
}

export const rehypeBaseLinks: Plugin<[RehypeBaseLinksOptions], Root> = (options) => {
  const base = options.base;
  return (tree) => {
    if (basePrefix(base) !== '') rebase(tree, base);
  };
};
