import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { remarkMdxAsMarkdown } from './index.ts';

const BODY = 'A <abbr title="World Health Organization">WHO</abbr> <span className="x">report</span>.\n';

describe('remarkMdxAsMarkdown', async () => {
  const processor = await createMarkdownProcessor({ smartypants: false, remarkPlugins: [remarkMdxAsMarkdown] });
  const render = async (frontmatter: Record<string, unknown>, body = BODY) =>
    (await processor.render(body, { frontmatter })).code;

  test('renders an .mdx source marked as rendered as Markdown: its JSX elements are the HTML elements they name', async () => {
    expect(await render({ format: 'md', sourceFile: 'documents/x.ar.mdx' })).toBe(
      '<p>A <abbr title="World Health Organization">WHO</abbr> <span class="x">report</span>.</p>',
    );
  });

  test('leaves every other file to the Markdown processor', async () => {
    // MDX has no indented code: four spaces are a code block only in Markdown.
    const indented = '    four spaces in\n';
    expect(await render({ format: 'md', sourceFile: 'documents/x.ar.mdx' }, indented)).toBe('<p>four spaces in</p>');
    for (const frontmatter of [
      { format: 'md', sourceFile: 'documents/x.ar.md' },
      { format: 'mdx', sourceFile: 'documents/x.ar.mdx' },
      {},
    ])
      expect(await render(frontmatter, indented)).toContain('<pre');
  });

  test('fails, naming the file, on an .mdx source that is not Markdown with HTML elements', async () => {
    await expect(render({ format: 'md', sourceFile: 'documents/x.ar.mdx' }, 'Total: {1 + 1}\n')).rejects.toThrow(
      /not Markdown with HTML elements/,
    );
  });
});
