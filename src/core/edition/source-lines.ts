/**
 * Source lines on the paragraphs of a compiled `txt` edition, for a remark plugin to apply.
 */
import type { Paragraph, Root } from 'mdast';
// `data.hProperties` is defined, and read, by mdast-util-to-hast (remark-rehype).
import type {} from 'mdast-util-to-hast';

/**
 * Gives the n-th top-level paragraph of `tree` the n-th of `paragraphLines` (from the edition's
 * front matter) as a `data-line` attribute. A generated `txt` body is only paragraphs, so the
 * counts match; if they do not, something rewrote the tree and a wrong line would be worse than
 * none, so nothing is changed and `false` is returned.
 */
export function annotateSourceLines(tree: Root, paragraphLines: readonly number[]): boolean {
  const paragraphs = tree.children.filter((node): node is Paragraph => node.type === 'paragraph');
  if (paragraphs.length !== paragraphLines.length) return false;
  paragraphs.forEach((paragraph, index) => {
    const data = (paragraph.data ??= {});
    data.hProperties = { ...data.hProperties, dataLine: paragraphLines[index] };
  });
  return true;
}
