/**
 * A document page made into the body of a book. The book is made from the built page, so that it
 * lays the versions out as the page does, whatever the source's format (generated, Markdown, MDX):
 * a translation pair in aligned rows (each row the page's own version, then the other), other
 * pairs one version after the other, the glossary notes, the editor's notes.
 *
 * What goes into the book is chosen element by element and attribute by attribute: an element
 * not listed is left out with what it holds (scripts, forms, embedded content) or unwrapped (any
 * other), and only the attributes listed pass. Nothing that runs on a page, or was written as a
 * source's markup, can run in the book. The glossary's markers become EPUB note references and
 * its notes EPUB footnotes (`aside`), which reading systems show as pop-ups; a link to another
 * page of the site leaves only its text (`linkTarget` may map it into the book, as the glossary of
 * a collection does); a link within the page that finds no target does too.
 */
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import type { Lang } from '../types.ts';
import { baseFolder } from '../web-address.ts';
import { h, langProps, OPS_NS } from './xhtml.ts';

/** What the book says of one language version (its metadata). */
export interface BookVersion {
  lang: Lang;
  title: string;
  /** An ISO date (year, month or day), when the page gives one. */
  date?: string;
  /** The outlet, as the page names it. */
  source?: string;
  /** The web address of the original. */
  url?: string;
  /** The authors its byline names (the header's `.edition-author` names), in order. */
  authors?: string[];
}

/** A page as a book's part: its versions (the page's own first) and the body. */
export interface PageBook {
  /** The page's language. */
  lang: Lang;
  versions: BookVersion[];
  /** The document, as the book shows it: a `div` with the page's language and direction. */
  body: Element;
  /** The ids of the glossary entries the page has notes for, in order. */
  entries: string[];
}

export interface PageBookOptions {
  /**
   * The page's words, per language: what labels the source in a version's metadata list (the UI
   * string `edition.source`) and the link to the original when no outlet is named (`edition.original`).
   */
  labels: { source: Record<Lang, string>; original: Record<Lang, string> };
  /**
   * Where a link to another page of the site goes in the book: an href in the book, or undefined
   * to keep only the link's text. Given the link's path with the site's base taken off.
   */
  linkTarget?: (path: string) => string | undefined;
  /** The site's base (`/`, `/sub/`): taken off a link's path before `linkTarget` sees it. */
  base?: string;
  /** Prefixed to every id (and fragment link) of the page, so that pages can share a book file. */
  idPrefix?: string;
}

/** Left out with everything they hold. */
const DROPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'link',
  'meta',
  'base',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'img',
  'picture',
  'source',
  'track',
  'map',
  'area',
  'form',
  'fieldset',
  'input',
  'button',
  'select',
  'option',
  'optgroup',
  'textarea',
  'label',
  'output',
  'progress',
  'meter',
  'dialog',
  'slot',
  'head',
  'title',
]);

/** Kept as they are (their listed attributes only). */
const KEPT = new Set([
  'article',
  'section',
  'header',
  'footer',
  'aside',
  'nav',
  'div',
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'hr',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'a',
  'span',
  'em',
  'strong',
  'i',
  'b',
  'u',
  's',
  'small',
  'sub',
  'sup',
  'q',
  'cite',
  'dfn',
  'abbr',
  'code',
  'kbd',
  'samp',
  'var',
  'mark',
  'bdi',
  'bdo',
  'br',
  'wbr',
  'del',
  'ins',
]);

/** Renamed: interactive or machine-readable elements whose text is what a book needs. */
const RENAMED: Record<string, string> = { details: 'div', summary: 'p', time: 'span', main: 'div' };

/** Classes the book's style sheet knows; others are dropped. */
const CLASSES = new Set([
  'document',
  'relation',
  'columns',
  'edition',
  'edition-header',
  'edition-meta',
  'edition-text',
  'visually-hidden',
  'aligned',
  'aligned-row',
  'aligned-head',
  'aligned-foot',
  'cell',
  'primary',
  'counterpart',
  'cont',
  'open',
  'fn-ref',
  'fn-notes',
  'fn-label',
  'fn-back',
  'fn-text',
  'editorial-note',
  'removed-lines',
  'line-ref',
  'source-file',
]);

/** Parts of the page that are for the site, not the text: left out. */
const SITE_ONLY = new Set(['counterpart-label', 'reading-modes', 'glossary-preview']);

const classesOf = (node: Element): string[] =>
  Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];

const hasClass = (node: Element, name: string) => classesOf(node).includes(name);

/** The first element in `nodes` (depth first) that `test` accepts. */
function find(nodes: readonly RootContent[], test: (node: Element) => boolean): Element | undefined {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    if (test(node)) return node;
    const found = find(node.children, test);
    if (found) return found;
  }
  return undefined;
}

/** Every element in `nodes` that `test` accepts, with the language it is in, not looking inside a match. */
function findAll(
  nodes: readonly RootContent[],
  test: (node: Element) => boolean,
  lang: string | undefined,
  out: { node: Element; lang: string | undefined }[] = [],
): { node: Element; lang: string | undefined }[] {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    const here = typeof node.properties.lang === 'string' ? node.properties.lang : lang;
    if (test(node)) out.push({ node, lang: here });
    else findAll(node.children, test, here, out);
  }
  return out;
}

/** The text of a node, as `textContent` has it. */
export function textOf(node: RootContent | Root): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  return node.children.map(textOf).join('');
}

const isLang = (value: unknown): value is Lang => value === 'ar' || value === 'en';

/** The metadata of each version, read from the page's edition headers. */
function versionsOf(document: Element, pageLang: Lang, options: PageBookOptions): BookVersion[] {
  const versions: BookVersion[] = [];
  for (const { node: header, lang } of findAll(
    document.children,
    (node) => node.tagName === 'header' && hasClass(node, 'edition-header'),
    pageLang,
  )) {
    if (!isLang(lang) || versions.some((v) => v.lang === lang)) continue;
    const heading = find(header.children, (node) => node.tagName === 'h1' || node.tagName === 'h2');
    const version: BookVersion = { lang, title: heading ? textOf(heading).trim() : '' };
    const time = find(header.children, (node) => node.tagName === 'time');
    const datetime = String(time?.properties.dateTime ?? '');
    // A page may date a version to the minute, with no time zone; EPUB's date (W3CDTF) wants one
    // with a time, so the book keeps the day.
    const day = /^(\d{4}(?:-\d{2}){0,2})(?:T[\d:.]+)?$/.exec(datetime)?.[1];
    if (day) version.date = day;
    const authors = findAll(header.children, (node) => hasClass(node, 'edition-author'), lang).map(({ node }) =>
      textOf(node).trim(),
    );
    if (authors.length > 0) version.authors = authors;
    const meta = find(header.children, (node) => node.tagName === 'dl');
    const items = (meta?.children ?? []).filter((c): c is Element => c.type === 'element');
    items.forEach((item, i) => {
      if (item.tagName !== 'dt' || textOf(item).trim() !== options.labels.source[lang]) return;
      const value = items[i + 1];
      if (value?.tagName !== 'dd') return;
      // The original's address is the link that leaves the site; the outlet's name may link to its browse page.
      const link = find(
        value.children,
        (node) => node.tagName === 'a' && /^https?:\/\//i.test(String(node.properties.href)),
      );
      if (link) version.url = String(link.properties.href);
      // Its words ("Original link") are not the outlet's name.
      const original = link && textOf(link).trim() === options.labels.original[lang] ? link : undefined;
      const text = value.children
        .filter((child) => child !== original)
        .map((child) => textOf(child))
        .join('')
        .trim();
      // A link to the original with no outlet given names no source.
      if (text !== '' && text !== options.labels.original[lang]) version.source = text;
    });
    versions.push(version);
  }
  return versions;
}

/** The glossary entry a link's path names, if it is an entry page (`/glossary/<id>/`). */
function entryOf(path: string): string | undefined {
  const id = /^\/glossary\/([^/]+)\/$/.exec(path)?.[1];
  try {
    return id === undefined ? undefined : decodeURIComponent(id);
  } catch {
    return undefined;
  }
}

/**
 * The book body of a built document page (its `main .document`), or undefined when the page has
 * none (it is not a document page).
 */
export function pageBook(page: Root, options: PageBookOptions): PageBook | undefined {
  const html = find(page.children, (node) => node.tagName === 'html');
  const lang = html?.properties.lang;
  const main = find(page.children, (node) => node.tagName === 'main');
  const document = main && find(main.children, (node) => hasClass(node, 'document'));
  if (!document || !isLang(lang)) return undefined;
  const prefix = options.idPrefix ?? '';
  const base = baseFolder(options.base ?? '/');
  const entries: string[] = [];

  const attributes = (node: Element, tagName: string): Properties => {
    const out: Properties = {};
    const { id, lang: elementLang, dir, title } = node.properties;
    if (typeof id === 'string' && id !== '') out.id = `${prefix}${id}`;
    const classes = classesOf(node).filter((name) => CLASSES.has(name));
    if (classes.length > 0) out.className = classes;
    if (isLang(elementLang)) {
      out.lang = elementLang;
      out['xml:lang'] = elementLang;
    }
    if (dir === 'rtl' || dir === 'ltr' || dir === 'auto') out.dir = dir;
    if (typeof title === 'string' && title !== '') out.title = title;
    if (tagName === 'bdo' && out.dir !== 'rtl' && out.dir !== 'ltr') out.dir = 'ltr';
    return out;
  };

  /** A link's href in the book, or undefined to keep its text only. */
  const hrefOf = (href: string): string | undefined => {
    if (href.startsWith('#')) return href.length > 1 ? `#${prefix}${href.slice(1)}` : undefined;
    if (/^(https?:\/\/|mailto:)/i.test(href)) return href;
    if (!href.startsWith('/')) return undefined;
    const path = href.split(/[?#]/)[0];
    const inSite = path.startsWith(base) ? `/${path.slice(base.length)}` : undefined;
    if (inSite === undefined) return undefined;
    const entry = entryOf(inSite);
    if (entry !== undefined && !entries.includes(entry)) entries.push(entry);
    return options.linkTarget?.(inSite);
  };

  const convert = (node: RootContent, inNotes: boolean): ElementContent[] => {
    if (node.type === 'text') return [{ type: 'text', value: node.value }];
    if (node.type !== 'element') return [];
    const tagName = node.tagName;
    if (DROPPED.has(tagName) || classesOf(node).some((name) => SITE_ONLY.has(name))) return [];
    const notes = inNotes || hasClass(node, 'fn-notes');
    const children = () => node.children.flatMap((child) => convert(child, notes));
    // A note of the glossary's list: an EPUB footnote.
    if (notes && tagName === 'li' && hasClass(node, 'fn-note')) {
      return [
        h('aside', { ...attributes(node, 'aside'), 'epub:type': 'footnote', role: 'doc-footnote' }, [
          h('p', {}, children()),
        ]),
      ];
    }
    if (notes && tagName === 'ul' && hasClass(node, 'fn-list')) return children();
    if (tagName === 'aside') return [h('section', attributes(node, 'section'), children())];
    if (tagName === 'a') {
      const href = typeof node.properties.href === 'string' ? hrefOf(node.properties.href) : undefined;
      if (href === undefined) {
        const properties = attributes(node, 'span');
        return Object.keys(properties).length > 0 ? [h('span', properties, children())] : children();
      }
      const properties: Properties = { ...attributes(node, 'a'), href };
      // The glossary's marker: a note reference.
      if (!notes && href.startsWith('#') && /-fn-\d+$/.test(href)) {
        properties['epub:type'] = 'noteref';
        properties.role = 'doc-noteref';
      }
      return [h('a', properties, children())];
    }
    const renamed = RENAMED[tagName] ?? (KEPT.has(tagName) ? tagName : undefined);
    if (renamed === undefined) return children();
    return [
      h(
        renamed,
        attributes(node, renamed),
        renamed === 'br' || renamed === 'hr' || renamed === 'wbr' ? [] : children(),
      ),
    ];
  };

  const [body] = convert(document, false) as Element[];
  body.properties = { ...body.properties, ...langProps(lang) };
  fixIdentifiers(body);
  return { lang, versions: versionsOf(document, lang, options), body, entries };
}

/**
 * Makes the body's ids unique (a second use loses its id) and unwraps each link within the book
 * file whose target is not in it: both would make the book invalid.
 */
function fixIdentifiers(body: Element): void {
  const ids = new Set<string>();
  const walkIds = (node: Element) => {
    const id = node.properties.id;
    if (typeof id === 'string') {
      if (ids.has(id)) delete node.properties.id;
      else ids.add(id);
    }
    for (const child of node.children) if (child.type === 'element') walkIds(child);
  };
  walkIds(body);
  const walkLinks = (node: Element) => {
    node.children = node.children.flatMap((child) => {
      if (child.type !== 'element') return [child];
      walkLinks(child);
      const href = child.properties.href;
      if (child.tagName === 'a' && typeof href === 'string' && href.startsWith('#') && !ids.has(href.slice(1))) {
        return child.children;
      }
      return [child];
    });
  };
  walkLinks(body);
}

/** The namespace declaration the book's XHTML needs for `epub:type`. */
export const EPUB_NAMESPACE = { 'xmlns:epub': OPS_NS };
