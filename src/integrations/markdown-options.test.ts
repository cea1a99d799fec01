import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { compile, nodeTypes } from '@mdx-js/mdx';
import rehypeRaw from 'rehype-raw';
import type { PluggableList } from 'unified';
import { describe, expect, test } from 'vitest';
import { EDITION_MARKDOWN, siteRehypePlugins } from './markdown-options.ts';

describe('siteRehypePlugins', () => {
  test('a .md source’s raw HTML gets the base as its Markdown does', async () => {
    const processor = await createMarkdownProcessor({
      ...EDITION_MARKDOWN,
      syntaxHighlight: false,
      rehypePlugins: siteRehypePlugins('/edition/'),
    });
    const { code } = await processor.render(
      'Read [the report](/en/harbour/) or <a href="/en/about/">who we are</a>.\n\n' +
        '<figure><img src="/images/map.png" srcset="/images/map.png 1x, /images/map@2x.png 2x" alt=""></figure>\n\n' +
        '<p>Not <a href="https://example.org/en/">theirs</a>, nor <a href="../tram-line/">this</a>.</p>\n',
    );
    expect(code).toBe(
      '<p>Read <a href="/edition/en/harbour/">the report</a> or <a href="/edition/en/about/">who we are</a>.</p>\n' +
        '<figure><img src="/edition/images/map.png" srcset="/edition/images/map.png 1x, /edition/images/map@2x.png 2x" alt=""></figure>\n' +
        '<p>Not <a href="https://example.org/en/">theirs</a>, nor <a href="../tram-line/">this</a>.</p>',
    );
  });

  test('a .md source’s raw HTML has its Latin runs in Arabic isolated, as its Markdown has', async () => {
    const processor = await createMarkdownProcessor({
      ...EDITION_MARKDOWN,
      syntaxHighlight: false,
      rehypePlugins: siteRehypePlugins('/'),
    });
    const { code } = await processor.render(
      'قالت <em>Reuters</em> إن الميناء مغلق.\n\n<p>قالت <em>Reuters</em> إن الميناء مغلق.</p>\n',
      { frontmatter: { lang: 'ar' } },
    );
    const [markdown, raw] = code.split('\n');
    expect(raw).toBe(markdown);
  });

  test('MDX, whose HTML Astro has parsed already, keeps its JSX and gets the base', async () => {
    // Astro's MDX processor runs rehype-raw before the configured plugins.
    const compiled = await compile(
      'Read <a href="/en/about/">who we are</a> and [the report](/en/harbour/).\n\n<Chart src="/x.png" />\n',
      {
        rehypePlugins: [
          [rehypeRaw, { passThrough: [...nodeTypes] }],
          ...(siteRehypePlugins('/edition/') as PluggableList),
        ],
      },
    );
    const js = String(compiled.value);
    expect(js).toContain('"/edition/en/about/"');
    expect(js).toContain('"/edition/en/harbour/"');
    // A component's attributes are its own.
    expect(js).toMatch(/src: "\/x\.png"/);
  });
});
