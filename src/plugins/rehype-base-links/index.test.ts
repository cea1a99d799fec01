import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { rehypeBaseLinks } from './index.ts';

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

  test('does nothing without a base', () => {
    expect(render('<a href="/en/lighthouse/">x</a>', '/')).toBe('<a href="/en/lighthouse/">x</a>');
  });
});
