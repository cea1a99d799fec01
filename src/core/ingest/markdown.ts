/**
 * What ingest needs from an `md`/`mdx` source, which is otherwise used as written: its first
 * heading, its prose (to detect the language), and anything in it that could run as code.
 *
 * MDX is JavaScript: `import`/`export`, `{expressions}` and attribute expressions would run at
 * build time, and event-handler attributes, `<script>` and `javascript:` links would run in the
 * reader's browser. Sources are data, so these are errors.
 */
import type { Root, RootContent } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { activeElement, jsxAttributes, jsxElement, unsafeScheme } from '../active-html.ts';
import type { Diagnostic, SourceFormat } from '../types.ts';
import { htmlFragment } from '../html-tree.ts';
import { isSalutation } from './provenance.ts';
import { toString as hastText } from 'hast-util-to-string';

export interface MarkdownFacts {
  /**
   * The heading the text opens with, if it opens with one: the document's title. `start` and `end`
   * are its offsets in the body, `line` its file line.
   */
  heading?: { text: string; start: number; end: number; line: number };
  /** The text of the first paragraph, if any. */
  firstParagraph?: string;
  /**
   * The top-level blocks of the body, in order: their kind (`heading`, `paragraph`, `list`…), the
   * text a reader sees of them, their offsets in the body and their file line. A translation pair's
   * title decision reads its versions' openings from them (`pair-titles.ts`).
   */
  blocks: MarkdownBlock[];
  /** All prose text (no code, markup or attribute values), for language detection. */
  prose: string;
  diagnostics: Diagnostic[];
}

export interface MarkdownBlock {
  type: RootContent['type'];
  text: string;
  start: number;
  end: number;
  line: number;
}

type Node = Root | RootContent;

/**
 * `body` without `block` (a heading or headline moved into the title), its lines left empty: the
 * body keeps the source's line numbers, by which `npm run check` names a rendered block's line.
 */
export function withoutBlock(body: string, block: { start: number; end: number }): string {
  const lines = body.slice(block.start, block.end).split('\n').length - 1;
  return body.slice(0, block.start) + '\n'.repeat(lines) + body.slice(block.end);
}

/** The text content of a node: what a reader sees of it. */
function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ('children' in node) return (node.children as Node[]).map(textOf).join('');
  return '';
}

/** The mdast of a Markdown or MDX body (MDX: with its JSX, expressions and imports as nodes). */
const parseBody = (body: string, format: Exclude<SourceFormat, 'txt'>): Root =>
  (format === 'mdx' ? unified().use(remarkParse).use(remarkMdx) : unified().use(remarkParse)).parse(body);

/** Reads a markdown or MDX body that starts on file line `bodyLine`. */
export function readMarkdown(
  body: string,
  format: Exclude<SourceFormat, 'txt'>,
  file: string,
  bodyLine: number,
): MarkdownFacts {
  const diagnostics: Diagnostic[] = [];
  const lineOf = (node: { position?: { start: { line: number; column: number } } }) =>
    node.position ? { line: node.position.start.line + bodyLine - 1, column: node.position.start.column } : {};
  const forbid = (node: Node, what: string) =>
    diagnostics.push({
      severity: 'error',
      file,
      ...lineOf(node),
      message: `${what} is not allowed: sources are text, never code`,
    });

  let tree: Root;
  try {
    tree = parseBody(body, format);
  } catch (error) {
    const e = error as { reason?: string; message?: string; line?: number; column?: number };
    diagnostics.push({
      severity: 'error',
      file,
      ...(e.line ? { line: e.line + bodyLine - 1, column: e.column ?? 1 } : {}),
      message: `MDX syntax: ${e.reason ?? e.message ?? String(error)}`,
    });
    return { prose: body, blocks: [], diagnostics };
  }

  let heading: MarkdownFacts['heading'];
  const opening = tree.children[0];
  if (
    opening?.type === 'heading' &&
    opening.position?.start.offset !== undefined &&
    opening.position.end.offset !== undefined
  ) {
    const text = textOf(opening).trim();
    if (text)
      heading = {
        text,
        start: opening.position.start.offset,
        end: opening.position.end.offset,
        line: opening.position.start.line + bodyLine - 1,
      };
  }
  const blocks: MarkdownBlock[] = tree.children.flatMap((node) =>
    node.position?.start.offset !== undefined && node.position.end.offset !== undefined
      ? [
          {
            type: node.type,
            text: textOf(node).trim(),
            start: node.position.start.offset,
            end: node.position.end.offset,
            line: node.position.start.line + bodyLine - 1,
          },
        ]
      : [],
  );
  let firstParagraph: string | undefined;
  const prose: string[] = [];
  const visit = (node: Node) => {
    switch (node.type) {
      case 'paragraph':
        if (!isSalutation(textOf(node))) firstParagraph ??= textOf(node).trim();
        break;
      case 'text':
        prose.push(node.value);
        break;
      case 'mdxjsEsm':
        forbid(node, 'import/export');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        forbid(node, 'a {…} expression');
        break;
      case 'html': {
        // Decided on the HTML as a browser parses it (parse5 follows the HTML standard): entities
        // decoded, every attribute read.
        const found = activeElement(htmlFragment(node.value));
        if (found) forbid(node, `HTML that can run code: ${found}`);
        break;
      }
      case 'link':
      case 'image':
      case 'definition': {
        const scheme = unsafeScheme(node.url);
        if (scheme) forbid(node, `a ${scheme} link`);
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        // A component needs code to define it (an import, refused above); the site provides none, so
        // MDX would stop the build at the page, far from this line.
        if (node.name && /^[A-Z]|[.]/.test(node.name))
          diagnostics.push({
            severity: 'error',
            file,
            ...lineOf(node),
            message: `<${node.name}> is a component, and this site provides none: write HTML elements (lower case, such as <figure> or <aside>)`,
          });
        const { literal, evaluated } = jsxAttributes(node.attributes);
        for (const name of evaluated)
          forbid(node, name === '...' ? 'a {...spread} attribute' : `an expression in attribute ${name}`);
        // Decided on the element as it renders (as `mdxMarkdownTree` builds it): its properties decoded and named as HTML's.
        const found = jsxElement(node.name ?? 'div', literal).active;
        if (found) forbid(node, found);
        break;
      }
    }
    if ('children' in node) for (const child of node.children as Node[]) visit(child);
  };
  visit(tree);
  return { heading, firstParagraph: firstParagraph || undefined, blocks, prose: prose.join(' '), diagnostics };
}

/** The nodes inside a line of text, whose words run on from the text around them. */
const PHRASING = new Set<string>(['emphasis', 'strong', 'delete', 'link', 'linkReference', 'mdxJsxTextElement']);

/** An address or an e-mail address in text: read as one, never as words. */
const ADDRESS = /\b(?:[a-z][a-z\d+.-]*:\/\/|www\.)\S+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/giu;

/**
 * Text a reader sees, from the file line it starts on; `lines` says where in `text` each later line
 * of the file starts, when the text runs on over several (a paragraph wrapped by hand).
 */
export interface ReadingText {
  text: string;
  line: number;
  lines?: { at: number; line: number }[];
}

/** The file line of the character at `offset` in `reading`. */
export const lineAt = (reading: ReadingText, offset: number): number =>
  reading.lines?.findLast((mark) => mark.at <= offset)?.line ?? reading.line;

/**
 * The text a reader sees of an `md`/`mdx` body, block by block with its file lines (the body starts
 * on file line `bodyLine`): what the rendered page shows, so tools that read words (the glossary's
 * suggestions) never read markup as words — not tag or attribute names (`abbr`, `className`), not
 * attribute values (a `title`, an `href`, `mailto:`), not code, and not the words of an address or
 * an e-mail address shown as text. Raw HTML gives the text of its elements. A paragraph wrapped by
 * hand is one text, as the page shows it, so a name broken over two lines is read whole. An
 * `md`/`mdx` body that does not parse gives nothing (the build reports it).
 */
export function readingText(body: string, format: Exclude<SourceFormat, 'txt'>, bodyLine: number): ReadingText[] {
  let tree: Root;
  try {
    tree = parseBody(body, format);
  } catch {
    return [];
  }
  const lines = new Map<number, string[]>();
  // The lines whose text runs on from the line before: a soft break inside one text.
  const runOn = new Set<number>();
  const add = (text: string, line: number) => {
    text.split('\n').forEach((part, i) => {
      const at = line + i;
      if (i > 0) runOn.add(at);
      lines.set(at, [...(lines.get(at) ?? []), part.replace(ADDRESS, ' ')]);
    });
  };
  const visit = (node: Node) => {
    const line = (node.position?.start.line ?? 1) + bodyLine - 1;
    if (node.type === 'text') add(node.value, line);
    else if (node.type === 'html') add(hastText(htmlFragment(node.value)), line);
    // Code is not prose; expressions and imports are refused by `readMarkdown`.
    else if (node.type === 'code' || node.type === 'inlineCode') return;
    if ('children' in node) for (const child of node.children as Node[]) visit(child);
    // Blocks are apart in the page: their words never run together.
    if ('children' in node && !PHRASING.has(node.type)) add(' ', line);
  };
  visit(tree);
  const read: ReadingText[] = [];
  let lastLine: number | undefined;
  for (const [line, parts] of [...lines].sort((a, b) => a[0] - b[0])) {
    const text = parts.join('').replace(/\s+/gu, ' ').trim();
    if (text === '') continue;
    const last = read[read.length - 1];
    if (last && runOn.has(line) && lastLine === line - 1) {
      (last.lines ??= []).push({ at: last.text.length + 1, line });
      last.text = `${last.text} ${text}`;
    } else read.push({ text, line });
    lastLine = line;
  }
  return read;
}
