/**
 * Plain text as MDX that shows that text, literally, whatever it contains.
 *
 * The text goes into an mdast tree as `text` nodes and `mdast-util-to-markdown` writes it out,
 * escaping every character that could start syntax in the place it stands. Its own lists cover
 * CommonMark, `mdxToMarkdown()` adds `{` and `<` (MDX expressions, JSX) and `gfmToMarkdown()` adds
 * GFM (tables, strikethrough, footnotes), which Astro turns on by default. `LITERAL_UNSAFE` adds
 * what none of them know about.
 *
 * What a paragraph written this way guarantees, compiled by MDX with GFM (and with remark-math
 * and remark-directive, should the site add them), checked by the tests in this folder:
 * - it is one paragraph holding only text: no ESM, expression, JSX, HTML, heading, list, quote,
 *   code, emphasis, link, image, footnote, table, break, math or directive, so nothing runs;
 * - its text is the input, except that runs of ASCII whitespace may change (each shows as one
 *   space in HTML anyway) and U+0000 becomes U+FFFD, which CommonMark requires for safety;
 * - the one exception to "only text": GFM turns bare `http(s)://`, `www.` and e-mail addresses
 *   into links while parsing, after escapes are decoded, so no escape can stop it
 *   (remarkjs/remark-gfm#33). Such a link shows the same text and has an `http:`, `https:`,
 *   `mailto:` or `xmpp:` URL, never `javascript:`.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Options, type Unsafe } from 'mdast-util-to-markdown';

/**
 * Characters to escape beyond what the extensions above escape. Letters cannot take a backslash
 * escape, so `mdast-util-to-markdown` writes them as character references (`&#x69;`).
 */
export const LITERAL_UNSAFE: readonly Unsafe[] = [
  // MDX reads a line that starts with `import ` or `export ` as JavaScript (ESM), and
  // `mdast-util-mdx` has no pattern for it: `import fs from "fs"` would be code, not text.
  { atBreak: true, character: 'i', after: 'mport ' },
  { atBreak: true, character: 'e', after: 'xport ' },
  // GFM makes `www.` a link while parsing, reading the source raw, so in `www.` followed by an
  // escaped character the link would show the backslash. gfmToMarkdown escapes that dot only
  // before a domain character; escaped always, GFM finds the link later, in the decoded text.
  { character: '.', before: '(?:^|[^\\dA-Za-z])[Ww]{3}' },
  // remark-math (`$x$`, `$$`), should the site ever add it.
  { character: '$' },
  // remark-directive (`:name`, `::name`, `:::name`; Starlight asides), should the site ever add
  // it. A name starts with anything but whitespace or punctuation as micromark sees it, one UTF-16
  // unit at a time, tab included (so `10:30`, `:\t` and `:` before any astral symbol start one):
  // simplest and safe is to escape every colon not followed by a space or line end. A lookahead,
  // because `after` is matched, not peeked: `::x` would otherwise escape only its first colon.
  { character: ':', after: '(?=[^\\n\\r ])' },
];

/** How edition bodies are written: MDX, GFM, and the patterns above. */
export const LITERAL_OPTIONS: Options = {
  extensions: [mdxToMarkdown(), gfmToMarkdown()],
  unsafe: [...LITERAL_UNSAFE],
};

/**
 * ASCII whitespace at either end of a text: Markdown strips it from paragraphs and HTML collapses
 * it, so it never shows and only adds `&#x20;` noise to the file.
 */
const EDGE_WHITESPACE = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g;

/**
 * A paragraph that shows `text` literally, or `undefined` when `text` is only ASCII whitespace and
 * so would render as nothing at all.
 */
export function literalParagraph(text: string): Paragraph | undefined {
  const value = text.replace(EDGE_WHITESPACE, '');
  return value === '' ? undefined : { type: 'paragraph', children: [{ type: 'text', value }] };
}

/** MDX for a sequence of top-level nodes, separated by blank lines and ending with a newline. */
export function writeMdx(children: RootContent[]): string {
  const root: Root = { type: 'root', children };
  return toMarkdown(root, LITERAL_OPTIONS);
}
