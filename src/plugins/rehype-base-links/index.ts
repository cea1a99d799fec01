/**
 * rehype plugin that puts the site's base (Astro's `base`, from `BASE_PATH`) in front of the links
 * and embedded files a page's Markdown names by their path on the site: `[report](/en/harbour/)`
 * written by an editor, who cannot know where the site will be deployed, becomes
 * `href="/edition/en/harbour/"` in a build under `/edition/`. Other addresses are left as they are
 * (see `underBase`). It changes attribute values of the tree, nothing else.
 */
import type { Element, Root, RootContent } from 'hast';
import type { Plugin } from 'unified';
import { underBase } from '../../core/web-address.ts';

/** Options of `rehypeBaseLinks`. */
export interface RehypeBaseLinksOptions {
  /** The site's base path: `/` (nothing to do) or `/edition/`. */
  base: string;
}

/** The attributes that hold an address to follow or load, by element. */
const ADDRESSES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  img: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  source: ['src'],
  track: ['src'],
};

function rebase(node: Root | Element, base: string): void {
  for (const child of node.children as RootContent[]) {
    if (child.type !== 'element') continue;
    for (const name of ADDRESSES[child.tagName] ?? []) {
      const value = child.properties[name];
      if (typeof value === 'string') child.properties[name] = underBase(value, base);
    }
    rebase(child, base);
  }
}

export const rehypeBaseLinks: Plugin<[RehypeBaseLinksOptions], Root> = (options) => {
  const base = options.base;
  return (tree) => {
    if (base.replace(/\/+$/, '') !== '') rebase(tree, base);
  };
};
