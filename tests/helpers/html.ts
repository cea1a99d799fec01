import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { selectAll, select } from 'hast-util-select';
import type { Root, Element } from 'hast';

/** A built page, parsed. */
export interface Page {
  html: string;
  tree: Root;
}

/** Reads and parses a page of a built site by its path (e.g. `/ar/x/`). */
export async function readPage(outDir: string, path: string): Promise<Page> {
  const file = join(outDir, ...path.split('/').filter(Boolean), path.endsWith('.html') ? '' : 'index.html');
  const html = await readFile(file, 'utf8');
  return { html, tree: fromHtml(html) };
}

/** The text content of the first element matching `selector`, or undefined. */
export function textOf(page: Page | Root | Element, selector: string): string | undefined {
  const root = 'tree' in page ? page.tree : page;
  const found = select(selector, root);
  return found ? toString(found) : undefined;
}

/** All elements matching `selector`. */
export function all(page: Page | Root | Element, selector: string): Element[] {
  return selectAll(selector, 'tree' in page ? page.tree : page);
}

/** One element matching `selector`; throws with the selector in the message when absent. */
export function one(page: Page | Root | Element, selector: string): Element {
  const found = select(selector, 'tree' in page ? page.tree : page);
  if (!found) throw new Error(`no element matches ${selector}`);
  return found;
}

/** Whitespace folded to single spaces, for comparing text across markup. */
export function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The reading text of an edition column: its paragraphs as a reader sees them, without the
 * glossary markers, the notes section or anything else marked as not part of the text.
 */
export function readingText(column: Element): string[] {
  const clone = structuredClone(column);
  const strip = (node: Element) => {
    node.children = node.children.filter((child) => {
      if (child.type !== 'element') return true;
      const props = child.properties ?? {};
      if (child.tagName === 'sup' || 'dataPagefindIgnore' in props || child.tagName === 'section') return false;
      strip(child);
      return true;
    });
  };
  strip(clone);
  return selectAll('.edition-text p', clone).map((p) => fold(toString(p)));
}

/**
 * The page's own version of a document page as one element: the `article.edition.primary` of a
 * page in columns, or, on a page in aligned rows, the own cells of every row in order, with the
 * parts of a paragraph that rows cut (`p.open`, then `p.cont`) joined back into one paragraph.
 */
export function primaryVersion(page: Page): Element {
  const article = select('article.edition.primary', page.tree);
  if (article) return article;
  const cells = all(page, '.aligned > .aligned-row > .cell.primary');
  if (cells.length === 0) throw new Error('no element matches article.edition.primary or .aligned .cell.primary');
  const text: Element[] = [];
  const rest: Element[] = [];
  for (const cell of cells) {
    const isRow = cell.properties.className?.includes('edition-text');
    for (const child of cell.children) {
      if (child.type !== 'element') continue;
      if (!isRow) {
        rest.push(child);
        continue;
      }
      const classes = child.properties.className ?? [];
      const previous = text.at(-1);
      if (child.tagName === 'p' && classes.includes('cont') && previous?.tagName === 'p') {
        previous.children.push({ type: 'text', value: ' ' }, ...child.children);
      } else text.push(structuredClone(child));
    }
  }
  const body: Element = {
    type: 'element',
    tagName: 'div',
    properties: { className: ['edition-text'] },
    children: text,
  };
  return {
    type: 'element',
    tagName: 'article',
    properties: { className: ['edition', 'primary'] },
    children: [...rest, body],
  };
}
