/**
 * rehype plugin that puts the site's base (Astro's `base`, from `BASE_PATH`) in front of the links
 * and embedded files a page's Markdown names by their path on the site: `[report](/en/harbour/)`
 * written by an editor, who cannot know where the site will be deployed, becomes
 * `href="/edition/en/harbour/"` in a build under `/edition/`, and so every address attribute of
 * `URL_ATTRIBUTES` on its elements (an image's `src`, a video's `poster`, a quotation's `cite`) and
 * each address of an image's `srcset`. An `.mdx` source compiled by MDX keeps its HTML elements as
 * JSX nodes (`mdxJsxFlowElement`, `mdxJsxTextElement`) in the tree this plugin sees: their literal
 * attributes are rebased the same way, and the Markdown inside them too. Other addresses are left
 * as they are (see `underBase`). It changes attribute values of the tree, nothing else.
 */
import type { Root } from 'hast';
import type { MdxJsxAttribute } from 'mdast-util-mdx';
import type { Plugin } from 'unified';
import { basePrefix, propertyOf, srcsetAddresses, underBase, URL_ATTRIBUTES } from '../../core/web-address.ts';

/** Options of `rehypeBaseLinks`. */
export interface RehypeBaseLinksOptions {
  /** The site's base path: `/` (nothing to do) or `/edition/`. */
  base: string;
}

/**
 * The elements each address attribute is one on (null: any), by its name lowercased: hast names
 * them `longDesc` and `srcSet`, JSX `srcSet` or `srcset`. `srcset`, a list of addresses, is not in
 * `URL_ATTRIBUTES` (as html-url-attributes leaves it out): `rebaseSrcset` reads it.
 */
const ADDRESSES = new Map<string, readonly string[] | null>([
  ...Object.entries(URL_ATTRIBUTES).map(([name, elements]) => [name.toLowerCase(), elements] as const),
  ['srcset', ['img', 'source']],
]);

const holdsAddress = (attribute: string, element: string) => {
  const elements = ADDRESSES.get(attribute);
  return elements !== undefined && (elements === null || elements.includes(element));
};

/** `srcset` with each candidate's address rebased (`srcsetAddresses`), everything else as written. */
export function rebaseSrcset(srcset: string, base: string): string {
  let out = '';
  let last = 0;
  for (const { start, end } of srcsetAddresses(srcset)) {
    out += srcset.slice(last, start) + underBase(srcset.slice(start, end), base);
    last = end;
  }
  return out + srcset.slice(last);
}

const rebased = (attribute: string, value: string, base: string) =>
  attribute === 'srcset' ? rebaseSrcset(value, base) : underBase(value, base);

/** A node of the tree as this plugin reads it: hast, and the JSX elements MDX leaves in it. */
interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  name?: string | null;
  attributes?: { type: string }[];
  children?: Node[];
}

function rebase(node: Node, base: string): void {
  for (const child of node.children ?? []) {
    if (child.type === 'element') {
      for (const [name, value] of Object.entries(child.properties ?? {})) {
        const attribute = name.toLowerCase();
        if (typeof value === 'string' && holdsAddress(attribute, child.tagName!))
          child.properties![name] = rebased(attribute, value, base);
      }
    } else if (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') {
      // Only literal values: ingest refuses expressions in a source's attributes.
      for (const attribute of (child.attributes ?? []) as MdxJsxAttribute[]) {
        // By its property's name, as hast holds it: JSX may write `xlink:href` or `xlinkHref`.
        const name = attribute.type === 'mdxJsxAttribute' ? propertyOf(attribute.name).toLowerCase() : '';
        if (typeof attribute.value === 'string' && holdsAddress(name, child.name ?? ''))
          attribute.value = rebased(name, attribute.value, base);
      }
    } else continue;
    rebase(child, base);
  }
}

export const rehypeBaseLinks: Plugin<[RehypeBaseLinksOptions], Root> = (options) => {
  const base = options.base;
  return (tree) => {
    if (basePrefix(base) !== '') rebase(tree, base);
  };
};
