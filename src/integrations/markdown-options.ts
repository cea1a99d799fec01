/**
 * The Markdown settings that decide an edition's text, one list for the build's processor
 * (`hamish.ts`) and for `npm run check` (`editions/markdown-units.ts`), which must render the same
 * text to name the same units.
 */
import { remarkMdxAsMarkdown } from '../plugins/remark-mdx-markdown/index.ts';

export const EDITION_MARKDOWN = {
  // Smartypants would rewrite the quotes of the source text, which an edition must show as written.
  smartypants: false,
  // An aligned .mdx version's tree first (`remarkMdxAsMarkdown`): the plugins after it see the elements the editor wrote.
  remarkPlugins: [remarkMdxAsMarkdown],
};
