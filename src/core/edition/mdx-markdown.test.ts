import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import { describe, expect, test } from 'vitest';
import { mdxMarkdownTree } from './mdx-markdown.ts';

/** `body` rendered as mdast-util-to-hast renders the tree (without raw HTML: the tree holds none). */
const rendered = (body: string) => {
  const tree = mdxMarkdownTree(body);
  return tree && toHtml(toHast(tree));
};

describe('mdxMarkdownTree', () => {
  test('JSX elements are the HTML elements they name, with literal attributes; the Markdown inside stays Markdown', () => {
    const html = rendered(
      '# Title\n\n<div className="box" data-x="a&quot;b">\n\nSome *text*.\n\n</div>\n\nA <abbr title="World Health Organization">WHO</abbr> report.<br />\n',
    );
    expect(html).toContain('<div class="box" data-x="a&#x22;b"><p>Some <em>text</em>.</p></div>');
    expect(html).toContain('<p>A <abbr title="World Health Organization">WHO</abbr> report.<br></p>');
    expect(html).not.toContain('className');
  });

  test('holds no raw HTML: an attribute value is text, whatever it contains', () => {
    const tree = mdxMarkdownTree('<span title={"x"}>a</span>\n');
    expect(tree).toBeUndefined();
    // Quotes and markup in a value stay in the attribute: no element comes out of it.
    const html = rendered('<abbr title="&quot;><script>alert(1)</script>">x</abbr>\n')!;
    expect(html).toBe('<p><abbr title="&#x22;><script>alert(1)</script>">x</abbr></p>');
    expect(JSON.stringify(mdxMarkdownTree('A <b>bold</b> word.\n'))).not.toMatch(/"type":"(html|raw)"/);
  });

  test('nodes keep their lines in the source, the elements written as JSX too', () => {
    const tree = mdxMarkdownTree('Intro.\n\n<div className="box">\n\nInside.\n\n</div>\n')!;
    expect(tree.children.map((node) => node.position?.start.line)).toEqual([1, 3]);
  });

  test('a component, a fragment or an expression is not Markdown: left to MDX', () => {
    expect(mdxMarkdownTree('<Chart data="x" />\n')).toBeUndefined();
    expect(mdxMarkdownTree('<>text</>\n')).toBeUndefined();
    expect(mdxMarkdownTree('Total: {1 + 1}\n')).toBeUndefined();
    expect(mdxMarkdownTree('<a href={url}>x</a>\n')).toBeUndefined();
  });
});
