import type { Root } from 'mdast';
import { describe, expect, test } from 'vitest';
import { testEdition } from './testing.ts';
import { compileEdition } from '../../../tests/helpers/mdx-harness.ts';
import { annotateSourceLines } from './source-lines.ts';
import { editionToMdx } from './to-mdx.ts';

/** What a site plugin does with `annotateSourceLines`: lines from the front matter Astro parsed. */
function remarkSourceLines() {
  return (tree: Root, file: { data: Record<string, unknown> }) => {
    const { frontmatter } = file.data.astro as { frontmatter: { paragraphLines?: number[] } };
    if (frontmatter.paragraphLines) annotateSourceLines(tree, frontmatter.paragraphLines);
  };
}

const edition = testEdition({
  slug: 's',
  title: 'S',
  paragraphs: [
    { text: 'First, with www.example.com in it.', line: 2 },
    { text: '   ', line: 4 },
    { text: '# Not a heading', line: 7 },
  ],
});

describe('annotateSourceLines', () => {
  test('puts the source line of each paragraph on its <p>', async () => {
    const compiled = await compileEdition(editionToMdx(edition), [remarkSourceLines]);
    const html = await compiled.render();
    expect([...html.matchAll(/<p data-line="(\d+)">/g)].map((match) => Number(match[1]))).toEqual([2, 7]);
  });

  test('changes nothing when the paragraphs and lines do not match', () => {
    const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'a' }] }] };
    expect(annotateSourceLines(tree, [1, 2])).toBe(false);
    expect(tree.children[0]?.data).toBeUndefined();
  });
});
