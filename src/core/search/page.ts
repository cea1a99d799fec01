/**
 * What search takes from a built page: its language, title and the paragraphs of its own text,
 * read from the page's HTML with Pagefind's markup (`data-pagefind-body`, `data-pagefind-ignore`,
 * `data-pagefind-meta="title"`), so that what is indexed is what the reader sees.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { collapseSpaces, hasArabic } from '../arabic/index.ts';
import type { Lang } from '../types.ts';

/** A page as search indexes it and shows it in results. */
export interface SearchPage {
  /** Site path without the base, e.g. `/ar/macron-campaign-hack/`. */
  url: string;
  lang: Lang;
  title: string;
  /** The page's own text, one string per paragraph (heading, list item…), whitespace folded. */
  blocks: string[];
  /**
   * The names the page is credited to — each author of its byline, its source — as written: found
   * as words of the page, never shown as its text (an excerpt is of `blocks`). Absent when none.
   */
  credits?: string[];
}

/**
 * The attribute that marks a credit (an author's name, the source) in a page's header. The header
 * is left out of the page's text (`data-pagefind-ignore`: its labels and dates are not what a
 * reader searches), but the names it credits are words of the page a reader does search.
 */
export const CREDIT_ATTRIBUTE = 'data-search-credit';
/** `CREDIT_ATTRIBUTE` as a hast property. */
const CREDIT_PROPERTY = 'dataSearchCredit';

/** Elements whose text is not reading text. */
const SKIPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'math',
  'button',
  'select',
  'textarea',
  'input',
  'iframe',
  'object',
]);

/** Elements that start a new paragraph of text (so words of two paragraphs are never run together). */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

const has = (node: Element, property: string) =>
  node.properties[property] !== undefined && node.properties[property] !== null && node.properties[property] !== false;

function langOf(value: unknown): Lang | undefined {
  if (typeof value !== 'string') return undefined;
  const primary = value.toLowerCase().split('-')[0];
  return primary === 'ar' || primary === 'en' ? primary : undefined;
}

/** The text of `node` with skipped and ignored elements left out, in paragraphs. */
function collectBlocks(node: Element, blocks: string[]): void {
  let current = '';
  const flush = () => {
    const text = collapseSpaces(current);
    if (text) blocks.push(text);
    current = '';
  };
  const walk = (children: (ElementContent | RootContent)[]) => {
    for (const child of children) {
      if (child.type === 'text') current += child.value;
      else if (child.type === 'element') {
        if (SKIPPED.has(child.tagName) || has(child, 'dataPagefindIgnore')) continue;
        if (child.tagName === 'br') {
          current += ' ';
          continue;
        }
        const block = BLOCKS.has(child.tagName);
        if (block) flush();
        walk(child.children);
        if (block) flush();
      }
    }
  };
  walk(node.children);
  flush();
}

/**
 * The text of each element marked `CREDIT_ATTRIBUTE` within `node`, in an element marked
 * `data-pagefind-ignore` or not, but not in one marked `data-pagefind-ignore="all"` (as Pagefind
 * takes no metadata from it: the other language's column, whose credits are the other page's).
 */
function collectCredits(node: Element, credits: string[]): void {
  for (const child of node.children) {
    if (child.type !== 'element' || SKIPPED.has(child.tagName) || child.properties.dataPagefindIgnore === 'all')
      continue;
    if (has(child, CREDIT_PROPERTY)) {
      const text = textOf(child);
      if (text) credits.push(text);
    } else collectCredits(child, credits);
  }
}

/** The text of an element, whitespace folded. */
function textOf(node: Element): string {
  let text = '';
  const walk = (children: ElementContent[]) => {
    for (const child of children) {
      if (child.type === 'text') text += child.value;
      else if (child.type === 'element' && !SKIPPED.has(child.tagName)) walk(child.children);
    }
  };
  walk(node.children);
  return collapseSpaces(text);
}

/**
 * The page a built HTML document shows, or undefined when it has no element marked
 * `data-pagefind-body` (a list or navigation page, which search leaves out, as Pagefind does once
 * any page is marked). Its text is the text of every such element, without elements marked
 * `data-pagefind-ignore` (the other language's column, glossary notes, editorial notes) and
 * without scripts, styles and form controls. Its language is the marked element's `lang` (or its
 * nearest ancestor's); its title, the text of the element marked `data-pagefind-meta="title"`,
 * or else the document title; its credits, the text of the elements marked `CREDIT_ATTRIBUTE` in
 * the marked element (`collectCredits`).
 */
export function extractPage(tree: Root, url: string): SearchPage | undefined {
  const bodies: { node: Element; lang?: Lang }[] = [];
  let titleElement: Element | undefined;
  let documentTitle: Element | undefined;
  const walk = (children: RootContent[] | ElementContent[], lang: Lang | undefined, inBody: boolean) => {
    for (const child of children) {
      if (child.type !== 'element') continue;
      const own = langOf(child.properties.lang) ?? lang;
      if (child.tagName === 'title' && !documentTitle) documentTitle = child;
      if (child.properties.dataPagefindMeta === 'title' && !titleElement) titleElement = child;
      // A body inside a body is text of the outer one already.
      const body = !inBody && has(child, 'dataPagefindBody');
      if (body) bodies.push({ node: child, lang: own });
      walk(child.children, own, inBody || body);
    }
  };
  walk(tree.children, undefined, false);
  if (bodies.length === 0) return undefined;
  const blocks: string[] = [];
  const credits: string[] = [];
  for (const body of bodies) {
    collectBlocks(body.node, blocks);
    collectCredits(body.node, credits);
  }
  const title = (titleElement && textOf(titleElement)) || (documentTitle && textOf(documentTitle)) || blocks[0] || url;
  const lang = bodies[0].lang ?? (hasArabic(blocks.join(' ')) ? 'ar' : 'en');
  return { url, lang, title, blocks, ...(credits.length > 0 ? { credits } : {}) };
}
