/**
 * The Markdown settings of hand-written sources. `EDITION_MARKDOWN`: those that decide an edition's
 * text, one list for the build's processor (`hamish.ts`) and for `npm run check`
 * (`editions/markdown-units.ts`), which must render the same text to name the same units.
 * `siteRehypePlugins`: the build's rehype plugins, which change no unit's text.
 */
import type { RehypePlugins } from '@astrojs/markdown-remark';
import { nodeTypes } from '@mdx-js/mdx';
import rehypeRaw from 'rehype-raw';
import { rehypeBaseLinks } from '../plugins/rehype-base-links/index.ts';
import { rehypeBidi } from '../plugins/rehype-bidi/index.ts';
import { remarkMdxAsMarkdown } from '../plugins/remark-mdx-markdown/index.ts';

export const EDITION_MARKDOWN = {
  // Smartypants would rewrite the quotes of the source text, which an edition must show as written.
  smartypants: false,
  // An aligned .mdx version's tree first (`remarkMdxAsMarkdown`): the plugins after it see the elements the editor wrote.
  remarkPlugins: [remarkMdxAsMarkdown],
};

/**
 * The rehype plugins of hand-written Markdown and MDX, in order, for a site under `base`. The raw
 * HTML a `.md` source writes is parsed first: Astro's Markdown processor parses it only after every
 * plugin (its own rehype-raw then finds nothing left to parse), so without this the plugins would
 * see it as text and the base would never be put before its links. MDX has parsed its HTML by then
 * (Astro runs rehype-raw first there): its JSX and expressions pass through untouched.
 */
export const siteRehypePlugins = (base: string): RehypePlugins => [
  [rehypeRaw, { passThrough: [...nodeTypes] }],
  // Site paths in the editor's links get the base first: rehype-bidi's isolation never looks at them.
  [rehypeBaseLinks, { base }],
  rehypeBidi,
];
