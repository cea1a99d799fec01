import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { blockUnits } from './blocks.ts';

const unitsOf = (html: string) =>
  blockUnits(fromHtml(html, { fragment: true })).map((u) => ({
    tag: u.element.tagName,
    text: u.text,
    whole: u.whole,
    list: u.list && `${u.list.element.tagName}:${u.list.number}`,
    before: toHtml(u.before),
    after: toHtml(u.after),
  }));

describe('blockUnits', () => {
  test('headings, list items and quotations are whole units; paragraphs are split', () => {
    const units = unitsOf(
      '<h1>Title</h1>\n<p>One. Two.</p>\n<ul><li>a</li>\n<li><p>b</p><ul><li>nested</li></ul></li></ul>' +
        '<ol start="7"><li>x</li><li>y</li></ol><blockquote><p>Said. Done.</p></blockquote><pre><code>c()</code></pre>',
    );
    expect(units.map(({ tag, text, whole, list }) => [tag, text, whole, list])).toEqual([
      ['h1', 'Title', true, undefined],
      ['p', 'One. Two.', false, undefined],
      ['li', 'a', true, 'ul:1'],
      // A nested list stays in its item.
      ['li', 'bnested', true, 'ul:2'],
      ['li', 'x', true, 'ol:7'],
      ['li', 'y', true, 'ol:8'],
      ['blockquote', 'Said. Done.', true, undefined],
      ['pre', 'c()', true, undefined],
    ]);
  });

  test('a glossary marker is not text; the notes are not units', () => {
    const units = unitsOf(
      '<p>Macron<sup class="fn-ref"><a href="#fn-1">1</a></sup> won.</p>' +
        '<section class="fn-notes"><h2>Notes</h2><ol><li>n</li></ol></section>',
    );
    expect(units.map((u) => [u.tag, u.text, u.whole])).toEqual([['p', 'Macron won.', false]]);
  });

  test('blocks without text go with a unit, never dropped; a paragraph holding an image is whole', () => {
    const units = unitsOf('<hr><p>Before.</p><p><img src="a.png" alt=""></p><p>Text <img src="b.png"> here. More.</p>');
    expect(units.map((u) => [u.tag, u.whole, u.before, u.after])).toEqual([
      ['p', false, '<hr>', '<p><img src="a.png" alt=""></p>'],
      ['p', true, '', ''],
    ]);
  });

  test('a text of nothing but blocks without text has no units', () => {
    expect(unitsOf('<hr>')).toEqual([]);
  });
});
