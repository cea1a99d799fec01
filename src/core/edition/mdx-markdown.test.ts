import { describe, expect, test } from 'vitest';
import { mdxAsMarkdown } from './mdx-markdown.ts';

describe('mdxAsMarkdown', () => {
  test('JSX elements become HTML, with literal attributes; the Markdown inside stays Markdown', () => {
    const md = mdxAsMarkdown(
      '# Title\n\n<div className="box" data-x="a&quot;b">\n\nSome *text*.\n\n</div>\n\nA <abbr title="World Health Organization">WHO</abbr> report.<br />\n',
    );
    expect(md).toContain('<div class="box" data-x="a&quot;b">');
    expect(md).toContain('Some *text*.');
    expect(md).toContain('</div>');
    expect(md).toContain('A <abbr title="World Health Organization">WHO</abbr> report.<br>');
    expect(md).not.toContain('className');
  });

  test('a component, a fragment or an expression is not Markdown: left to MDX', () => {
    expect(mdxAsMarkdown('<Chart data="x" />\n')).toBeUndefined();
    expect(mdxAsMarkdown('<>text</>\n')).toBeUndefined();
    expect(mdxAsMarkdown('Total: {1 + 1}\n')).toBeUndefined();
    expect(mdxAsMarkdown('<a href={url}>x</a>\n')).toBeUndefined();
  });
});
