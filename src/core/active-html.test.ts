import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { activeElement, unsafeScheme } from './active-html.ts';
import { htmlFragment } from './html-tree.ts';

const active = (html: string) => activeElement(htmlFragment(html));

describe('unsafeScheme', () => {
  it('reads an address as a browser does: tabs, newlines and leading controls dropped, any case', () => {
    for (const value of [
      'javascript:alert(1)',
      'java\tscript:alert(1)',
      ' java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
    ])
      expect(unsafeScheme(value), JSON.stringify(value)).toBeDefined();
  });

  it('passes http, https, mailto and relative addresses', () => {
    for (const value of [
      'https://example.org/a',
      'HTTP://example.org',
      'mailto:a@b.org',
      '/a:b',
      '#note',
      '../x',
      '//example.org',
    ])
      expect(unsafeScheme(value), value).toBeUndefined();
  });
});

describe('activeElement', () => {
  it("refuses the document's own elements, which a JSX element in MDX can name", () => {
    for (const name of ['body', 'html', 'head']) expect(activeElement(h(name)), name).toBeDefined();
  });

  it('decides on decoded attributes, every address-bearing one', () => {
    for (const html of [
      '<a href="&#106;avascript:alert(1)">x</a>',
      '<a href="java&#10;script:alert(1)">x</a>',
      '<a href="java&#9;script:alert(1)">x</a>',
      '<a href="&#1;javascript:alert(1)">x</a>',
      '<a href="JaVaScRiPt:alert(1)">x</a>',
      '<a href="vbscript:msgbox(1)">x</a>',
      '<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">x</a>',
      '<button formaction="javascript:alert(1)">x</button>',
      '<video poster="javascript:alert(1)"></video>',
      '<blockquote cite="javascript:alert(1)">x</blockquote>',
      '<img srcset="a.png 1x, javascript:alert(1) 2x">',
      '<img src=x onerror=alert(1)>',
      '<p><span><a href="javascript:alert(1)">deep</a></span></p>',
      '<script>alert(1)</script>',
      '<SVG><a xlink:href="javascript:alert(1)">x</a></SVG>',
    ])
      expect(active(html), html).toBeDefined();
  });

  it('passes plain HTML with safe addresses', () => {
    expect(active('<a href="https://example.org/?a=1&amp;b=2" title="javascript: a language">x</a>')).toBeUndefined();
    expect(active('<img src="figure.png" srcset="a.png 1x, b.png 2x" alt="">')).toBeUndefined();
  });
});
