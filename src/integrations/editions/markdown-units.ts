/**
 * The units of `.md`/`.mdx` editions outside a build, for `npm run check`, which reads the content
 * without Astro. A build aligns a Markdown version by the blocks of its rendered tree
 * (`blockUnits`); here each body is rendered by the same Markdown processor with the options that
 * decide its text (GFM, no smartypants, an `.mdx` version as the Markdown it is:
 * `remarkMdxAsMarkdown`), so the units are the build's. The glossary's markers and the
 * highlighting of code, which change no unit's text, are left out. Each element is stamped with the
 * line it starts at, so that a unit can be named by its line in the source file.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Element, Root as HastRoot, RootContent } from 'hast';
import type { Plugin } from 'unified';
import type { Edition } from '../../core/types.ts';
import { EDITION_MARKDOWN } from '../markdown-options.ts';
import type { AlignUnits } from './align.ts';
import { htmlFragment } from '../../core/html-tree.ts';
import { blockUnits } from './blocks.ts';

/** The property the source line of an element is stamped in. */
const LINE = 'dataHamishLine';

/** Stamps every element made from the Markdown with the line of the body it starts at. */
const rehypeSourceLines: Plugin<[], HastRoot> = () => (tree) => {
  const stamp = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (node.position) node.properties[LINE] = node.position.start.line;
      stamp(node.children);
    }
  };
  stamp(tree.children);
};

/**
 * The body line of `element`: its own, or (an element written as raw HTML, which has none) that of
 * the first element inside it made from the Markdown.
 */
function lineOf(element: Element): number | undefined {
  const own = Number(element.properties[LINE]);
  if (Number.isInteger(own) && own > 0) return own;
  for (const child of element.children) {
    const line = child.type === 'element' ? lineOf(child) : undefined;
    if (line !== undefined) return line;
  }
  return undefined;
}

/**
 * The units of each `.md`/`.mdx` edition of `editions` (others are left out), as a build aligns
 * them, each with the source file's line it starts at (a block written as raw HTML with no Markdown
 * inside: the line of the unit before it).
 */
export async function markdownUnits(
  editions: readonly Edition[],
  contentDir: string,
): Promise<Map<Edition, AlignUnits>> {
  const processor = await createMarkdownProcessor({
    ...EDITION_MARKDOWN,
    gfm: true,
    syntaxHighlight: false,
    rehypePlugins: [rehypeSourceLines],
  });
  const units = new Map<Edition, AlignUnits>();
  for (const edition of editions) {
    if (edition.format === 'txt') continue;
    const { code } = await processor.render(edition.body ?? '', {
      frontmatter: { format: 'md', sourceFile: edition.sourceFile },
      // So that an error names the source file.
      fileURL: pathToFileURL(join(contentDir, edition.sourceFile)),
    });
    const first = (edition.bodyLine ?? 1) - 1;
    let line = first + 1;
    const blocks = blockUnits(htmlFragment(code));
    units.set(edition, {
      paragraphs: blocks.map((unit) => {
        const own = lineOf(unit.element);
        if (own !== undefined) line = first + own;
        return { text: unit.text, line };
      }),
      whole: blocks.map((unit) => unit.whole),
    });
  }
  return units;
}
