/**
 * remark plugin that renders an `.mdx` source as the Markdown it is (`mdxMarkdownTree`): the editions
 * loader renders an aligned `.mdx` version with the Markdown processor, its front matter saying
 * `format: md` beside a `sourceFile` that is `.mdx`. The processor parsed the body as Markdown,
 * which knows no JSX; the plugin replaces that tree with the body parsed as MDX, its HTML elements
 * as nodes carrying hast, so that the plugins after it (the glossary) and mdast-util-to-hast see the
 * elements the editor wrote, and nothing is compiled or run. Every other file is left as it is,
 * including the `.mdx` sources MDX compiles (`format: mdx`).
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { mdxMarkdownTree } from '../../core/edition/mdx-markdown.ts';

/** Whether `file` is an `.mdx` source to render as Markdown (see the module comment). */
function isMdxAsMarkdown(file: VFile): boolean {
  const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
  const source = frontmatter?.sourceFile;
  return frontmatter?.format === 'md' && typeof source === 'string' && source.endsWith('.mdx');
}

export const remarkMdxAsMarkdown: Plugin<[], Root> = () => (tree, file) => {
  if (!isMdxAsMarkdown(file)) return tree;
  const markdown = mdxMarkdownTree(String(file.value));
  // The loader renders only `.mdx` sources that are Markdown this way: anything else is a bug, never a page half rendered.
  if (!markdown) throw new Error(`${file.path}: not Markdown with HTML elements, so it cannot be rendered as Markdown`);
  return markdown;
};
