import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { toHast } from 'mdast-util-to-hast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { rehypeBaseLinks, rebaseSrcset } from './index.ts';

/** The plugin run over an HTML fragment, as Astro's Markdown processor runs it. */
const render = (html: string, base: string) =>
  toHtml(
    unified()
      .use(rehypeBaseLinks, { base })
      .runSync(fromHtml(html, { fragment: true })),
  );

describe('rehypeBaseLinks', () => {
  test('puts the base before links and files named by their path on the site', () => {
    expect(
      render('<p><a href="/en/lighthouse/">the report</a> <img src="/images/map.png" alt=""></p>', '/edition/'),
    ).toBe('<p><a href="/edition/en/lighthouse/">the report</a> <img src="/edition/images/map.png" alt=""></p>');
    expect(render('<a href="/en/lighthouse/#row-3">x</a><a href="/">home</a>', '/edition')).toBe(
      '<a href="/edition/en/lighthouse/#row-3">x</a><a href="/edition/">home</a>',
    );
  });

  test("puts it before every address attribute of an element, and no other attribute's value", () => {
    expect(
      render(
        '<video src="/media/tram.mp4" poster="/images/tram.png" title="/en/x/"></video><blockquote cite="/en/lighthouse/">q</blockquote>',
        '/edition/',
      ),
    ).toBe(
      '<video src="/edition/media/tram.mp4" poster="/edition/images/tram.png" title="/en/x/"></video><blockquote cite="/edition/en/lighthouse/">q</blockquote>',
    );
  });

  test('leaves other addresses as they are', () => {
    const html =
      '<a href="https://example.org/en/">a</a><a href="//cdn.example/x">b</a><a href="../tram-line/">c</a>' +
      '<a href="#fn-1">d</a><a href="mailto:desk@example.org">e</a><a href="/edition/glossary/port/">f</a>';
    expect(render(html, '/edition/')).toBe(html);
  });

  test('rebases each address of a srcset, keeping its descriptors', () => {
    expect(
      render(
        '<img src="/a.png" srcset="/a.png 1x, /a@2x.png 2x" alt=""><source srcset="/w.png 640w,https://x.example/w.png 1280w">',
        '/edition/',
      ),
    ).toBe(
      '<img src="/edition/a.png" srcset="/edition/a.png 1x, /edition/a@2x.png 2x" alt=""><source srcset="/edition/w.png 640w,https://x.example/w.png 1280w">',
    );
    // An address may hold a comma; one that ends in a comma ends its candidate.
    expect(rebaseSrcset('/maps/a,b.png 1x,/b.png, /c.png', '/edition')).toBe(
      '/edition/maps/a,b.png 1x,/edition/b.png, /edition/c.png',
    );
  });

  test.each([
    ['/a.png 1x, /a@2x.png 2x', '/edition/a.png 1x, /edition/a@2x.png 2x'],
    ['/w.png 480w,\n  /w2.png 800w', '/edition/w.png 480w,\n  /edition/w2.png 800w'],
    ['/w.png 480w 300h', '/edition/w.png 480w 300h'],
    ['data:image/png;base64,iVBORw0KGgo= 1x, /b.png 2x', 'data:image/png;base64,iVBORw0KGgo= 1x, /edition/b.png 2x'],
    ['/a.png (x, /b.png) 1x, /c.png', '/edition/a.png (x, /b.png) 1x, /edition/c.png'],
    // Parentheses do not nest, as HTML reads them: the first ")" closes.
    ['/a.png ((x), /b.png', '/edition/a.png ((x), /edition/b.png'],
    [
      '  , ../rel.png 1x, /edition/in.png 2x, https://x.example/a.png 3x  ',
      '  , ../rel.png 1x, /edition/in.png 2x, https://x.example/a.png 3x  ',
    ],
  ])('rebaseSrcset(%j): every address rebased, the rest as written', (srcset, expected) => {
    expect(rebaseSrcset(srcset, '/edition/')).toBe(expected);
  });

  test('rebases the HTML elements an .mdx source writes as JSX, and the Markdown inside them', () => {
    // MDX compiles a source with its JSX elements passed through mdast-util-to-hast untouched.
    const mdx =
      '<figure>\n  <img src="/images/map.png" srcSet="/images/map.png 1x, /images/map@2x.png 2x" alt="" />\n\n  [the report](/en/lighthouse/)\n</figure>\n\nSee <a href="/en/about/">who we are</a>, <a href="https://example.org/">them</a>, <Chart src="/x.png" />.\n\n<svg><use xlink:href="/images/icons.svg#map" /></svg>';
    const hast = toHast(unified().use(remarkParse).use(remarkMdx).parse(mdx), {
      passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement'],
    }) as Root;
    unified().use(rehypeBaseLinks, { base: '/edition/' }).runSync(hast);
    const jsx: Record<string, string>[] = [];
    const links: string[] = [];
    const walk = (node: { type: string; children?: unknown[] }) => {
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const element = node as MdxJsxFlowElement | MdxJsxTextElement;
        jsx.push(
          Object.fromEntries(
            element.attributes.map((a) => [a.type === 'mdxJsxAttribute' ? a.name : '', a.value as string]),
          ),
        );
      }
      if (node.type === 'element' && (node as unknown as { tagName: string }).tagName === 'a')
        links.push(String((node as unknown as { properties: { href: string } }).properties.href));
      for (const child of node.children ?? []) walk(child as { type: string });
    };
    walk(hast);
    expect(jsx).toEqual([
      {},
      { src: '/edition/images/map.png', srcSet: '/edition/images/map.png 1x, /edition/images/map@2x.png 2x', alt: '' },
      { href: '/edition/en/about/' },
      { href: 'https://example.org/' },
      // A component is not an HTML element (ingest refuses it anyway): its attributes are its own.
      { src: '/x.png' },
      {},
      // Written as SVG writes it, not as JSX's xlinkHref.
      { 'xlink:href': '/edition/images/icons.svg#map' },
    ]);
    expect(links).toEqual(['/edition/en/lighthouse/']);
  });

  test('does nothing without a base', () => {
    expect(render('<a href="/en/lighthouse/">x</a>', '/')).toBe('<a href="/en/lighthouse/">x</a>');
  });
});
