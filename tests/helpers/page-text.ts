/**
 * What a reader gets from each page of a built site, independent of markup: the text of `<main>`
 * block by block, and the glossary notes (number, text, link). `tests/site/pages-text.test.ts`
 * compares builds with the ones recorded in `tests/fixtures/pages-before/` before render-once
 * (issue 10), so the redesign changes no text or note.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { fold } from './html.ts';

/** One page as text. */
export interface PageText {
  /** The text of `<main>`, one string per block element (paragraph, heading, list item…). */
  main: string[];
  /** Each glossary note: `<number> <text> → <link>`. */
  notes: string[];
}

const BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'dt',
  'dd',
  'summary',
  'blockquote',
  'td',
  'th',
  'figcaption',
  'label',
  'button',
  'option',
]);

/** The text of `node` split at block elements, whitespace folded, empty blocks left out. */
function blocks(node: Element): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const text = fold(current);
    if (text) out.push(text);
    current = '';
  };
  const walk = (children: ElementContent[]) => {
    for (const child of children) {
      if (child.type === 'text') current += child.value;
      else if (child.type === 'element') {
        if (child.tagName === 'script' || child.tagName === 'style' || child.tagName === 'template') continue;
        const block = BLOCKS.has(child.tagName);
        if (block) flush();
        walk(child.children);
        if (block) flush();
      }
    }
  };
  walk(node.children);
  flush();
  return out;
}

/** The text and notes of one built page. */
export function pageText(tree: Root): PageText {
  const main = selectAll('main', tree).flatMap(blocks);
  const notes = selectAll('.fn-note', tree).map((note) => {
    const link = selectAll('.fn-text a', note)[0]?.properties.href;
    return `${fold(toString(note))} → ${String(link ?? '')}`;
  });
  return { main, notes };
}

/** Every HTML page of a built site, by site path, as text. */
export async function siteText(outDir: string): Promise<Record<string, PageText>> {
  const files = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
  const pages: Record<string, PageText> = {};
  for (const file of files) {
    const path = `/${relative(outDir, join(outDir, file)).split(sep).join('/')}`.replace(/index\.html$/, '');
    pages[path] = pageText(fromHtml(await readFile(join(outDir, file), 'utf8')));
  }
  return pages;
}
