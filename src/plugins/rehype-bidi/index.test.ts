import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import rehypeBidi, { isFootnoteRef } from './index.ts';
import { bidi, bidiHtml, textOf } from './testing.ts';

const fixtures = new URL('./fixtures/', import.meta.url);
const read = (name: string, file: string) => readFileSync(new URL(`${name}/${file}`, fixtures), 'utf8');
const json = (name: string, file: string) =>
  existsSync(new URL(`${name}/${file}`, fixtures)) ? JSON.parse(read(name, file)) : undefined;

describe('rehypeBidi fixtures', () => {
  test.each(readdirSync(fixtures))('%s', async (name) => {
    const { before, tree, html } = await bidiHtml(
      read(name, 'input.html'),
      json(name, 'options.json'),
      json(name, 'data.json'),
    );
    expect(html).toBe(read(name, 'output.html'));
    expect(textOf(tree)).toBe(before);
    // Its own output is left as it is: every span it adds carries `dir`.
    await bidi(tree, json(name, 'options.json'), json(name, 'data.json'));
    expect(toHtml(tree)).toBe(html);
  });
});

describe('rehypeBidi', () => {
  test('frontmatter lang in file data wins over the lang option', async () => {
    const data = { astro: { frontmatter: { lang: 'ar' } } };
    const { html } = await bidiHtml('<p>كلمة APT 28.</p>', { lang: 'en' }, data);
    expect(html).toBe('<p>كلمة <span dir="ltr" lang="en">APT 28</span>.</p>');
  });

  test("in Astro's markdown pipeline, GFM footnote references and the frontmatter lang", async () => {
    const processor = await createMarkdownProcessor({ rehypePlugins: [rehypeBidi] });
    const { code } = await processor.render('موقع Pastebin[^1] الذي.\n\n[^1]: انظر.\n', {
      frontmatter: { lang: 'ar' },
    });
    expect(code).toContain(
      '<p>موقع <span dir="ltr" lang="en">Pastebin</span><sup dir="rtl"><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref=""',
    );
  });

  test('a malformed frontmatter lang falls back to the option', async () => {
    const data = { astro: { frontmatter: { lang: 42 } } };
    const { html } = await bidiHtml('<p>The word هامش.</p>', { lang: 'en' }, data);
    expect(html).toBe('<p>The word <span dir="rtl" lang="ar">هامش</span>.</p>');
  });

  test('options are checked', async () => {
    await expect(bidiHtml('<p>x</p>', { lang: 'not a tag!' })).rejects.toThrow(/language tag/);
    await expect(bidiHtml('<p>x</p>', { colour: 'red' } as never)).rejects.toThrow();
  });

  test('footnote references are found by a custom predicate', async () => {
    const { html } = await bidiHtml('<p>موقع Pastebin<span class="note">1</span> الذي</p>', {
      lang: 'ar',
      isFootnoteRef: (element) => element.properties.className?.toString() === 'note',
    });
    expect(html).toBe(
      '<p>موقع <span dir="ltr" lang="en">Pastebin</span><span class="note" dir="rtl">1</span> الذي</p>',
    );
  });

  test('ignored elements are an option', async () => {
    const { html } = await bidiHtml('<p>The <code>هامش</code> and <var>هامش</var>.</p>', {
      lang: 'en',
      ignore: ['var'],
    });
    expect(html).toBe('<p>The <code><span dir="rtl" lang="ar">هامش</span></code> and <var>هامش</var>.</p>');
  });

  test('the default footnote reference', () => {
    const element = (html: string) => {
      const node = fromHtml(html, { fragment: true }).children[0];
      if (node?.type !== 'element') throw new Error(html);
      return node;
    };
    expect(isFootnoteRef(element('<sup><a href="#fn1">1</a></sup>'))).toBe(true);
    expect(isFootnoteRef(element('<sup><span><a href="#fn1">1</a></span></sup>'))).toBe(true);
    expect(isFootnoteRef(element('<a data-footnote-ref href="#fn1">1</a>'))).toBe(true);
    expect(isFootnoteRef(element('<span class="x fn-ref">1</span>'))).toBe(true);
    expect(isFootnoteRef(element('<sup><a href="https://example.org/#fn1">1</a></sup>'))).toBe(false);
    expect(isFootnoteRef(element('<sup>2</sup>'))).toBe(false);
    expect(isFootnoteRef(element('<a href="#top">top</a>'))).toBe(false);
  });
});
