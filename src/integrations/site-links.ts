/**
 * After a build: the links of hand-written content (a Markdown or MDX document, a page of
 * `pages/`) that lead to no page or file of the built site. An editor's `[the tram line](../tram-line/)`
 * to a report that exists only in Arabic, or a typo in a path, builds without a word and answers
 * 404 on the deployed site; the build says so, naming the source file, the line that has the link
 * when it can be found, and where the link leads. Only the page's own text is read (its version's
 * text and notes; a translation's is its own page's), never what Hamish writes around it.
 */
import type { AstroIntegrationLogger } from 'astro';
import type { Element, Root, RootContent } from 'hast';
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { reportDiagnostics } from '../core/ingest/index.ts';
import type { Diagnostic } from '../core/types.ts';
import { basePrefix } from '../core/web-address.ts';
import { bookSourceTree } from './books.ts';
import { searchInputFile, type SearchInputFile } from './editions/loader.ts';
import { readPages } from './site-pages.ts';

/** A page made from a hand-written source: its site path (without the base) and its source file (in the content folder). */
export interface LinkSource {
  url: string;
  file: string;
}

/** A link of a source that leads to no page of the built site. */
export interface BrokenLink {
  file: string;
  /** Where the source writes it, when it can be found there. */
  line?: number;
  column?: number;
  /** The link as the source writes it (when found there), or as the page has it. */
  href: string;
  /** The site path it leads to (without the base). */
  target: string;
}

/** The elements' attributes that hold an address. */
const ADDRESSES: Record<string, string> = {
  a: 'href',
  area: 'href',
  img: 'src',
  source: 'src',
  video: 'src',
  audio: 'src',
};

const classes = (node: Element) => (Array.isArray(node.properties.className) ? node.properties.className : []);

/**
 * The addresses the page's own text links or embeds: inside a version's text (`.edition-text`) of
 * the page's own version (`.primary`), or a page of `pages/` (`article.site-page`).
 */
export function ownLinks(tree: Root): string[] {
  const found: string[] = [];
  const walk = (node: Root | Element, primary: boolean, inText: boolean) => {
    for (const child of node.children as RootContent[]) {
      if (child.type !== 'element') continue;
      const names = classes(child);
      const isPrimary = primary || names.includes('primary');
      const isText =
        inText ||
        (isPrimary && names.includes('edition-text')) ||
        (child.tagName === 'article' && names.includes('site-page'));
      const attribute = ADDRESSES[child.tagName];
      const value = attribute && child.properties[attribute];
      if (isText && typeof value === 'string') found.push(value);
      walk(child, isPrimary, isText);
    }
  };
  walk(tree, false, false);
  return found;
}

/**
 * The site path `href` leads to from the page at `page` (a site path) when it is a link within the
 * site, without the base; undefined for another site's address, an e-mail address, a fragment of
 * the page itself.
 */
export function siteTarget(href: string, page: string, base: string): string | undefined {
  const prefix = basePrefix(base);
  const origin = 'http://site.invalid';
  let url: URL;
  try {
    url = new URL(href, `${origin}${prefix}${page}`);
  } catch {
    return undefined;
  }
  if (url.origin !== origin || href.startsWith('#')) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = url.pathname;
  }
  // A path outside the base is outside the site: no page of it can be there.
  if (prefix !== '' && path !== prefix && !path.startsWith(`${prefix}/`)) return path;
  return path.slice(prefix.length) || '/';
}

/** Whether the built site in `outDir` answers at `path`: a file, or a folder with its `index.html`. */
export function siteHas(outDir: string, path: string): boolean {
  const parts = path.split('/').filter(Boolean);
  // A segment that climbs (`..%2F..%2Fetc` once decoded) or a backslash leads out of the site,
  // which is never a page of it: nothing outside the built site is looked at.
  if (parts.some((part) => part === '..' || part === '.' || part.includes('\\'))) return false;
  const file = join(outDir, ...parts);
  try {
    const stat = statSync(file);
    return stat.isFile() || existsSync(join(file, 'index.html'));
  } catch {
    return existsSync(`${file}.html`);
  }
}

/** Where in `text` (1-based line and column) the first of `written` is written as a link's target, and how, if anywhere. */
export function positionOf(
  text: string,
  written: readonly string[],
): { line: number; column: number; written: string } | undefined {
  const lines = text.split(/\r?\n/);
  for (const target of written) {
    const forms = [`(${target}`, `<${target}>`, `"${target}"`, `'${target}'`, `: ${target}`];
    for (const [i, line] of lines.entries()) {
      const form = forms.find((f) => line.includes(f));
      if (form) return { line: i + 1, column: line.indexOf(form) + form.indexOf(target) + 1, written: target };
    }
  }
  return undefined;
}

/** The links of `sources`' pages in the built site `outDir` that lead to nothing there. */
export async function brokenLinks(
  outDir: string,
  sources: readonly LinkSource[],
  options: { base: string; contentDir: string },
): Promise<BrokenLink[]> {
  const found: BrokenLink[] = [];
  const prefix = basePrefix(options.base);
  for (const { url, file } of sources) {
    const page = join(outDir, ...url.split('/').filter(Boolean), 'index.html');
    const html = await readFile(page, 'utf8').catch(() => undefined);
    if (html === undefined) continue;
    const seen = new Set<string>();
    let text: string | undefined;
    for (const href of ownLinks(bookSourceTree(html))) {
      const target = siteTarget(href, url, options.base);
      if (target === undefined || seen.has(target) || siteHas(outDir, target)) continue;
      seen.add(target);
      text ??= await readFile(join(options.contentDir, file), 'utf8').catch(() => '');
      // As written: the page's address, or without the base the build put before it.
      const forms = [href, ...(prefix && href.startsWith(`${prefix}/`) ? [href.slice(prefix.length)] : [])];
      const { written = href, ...position } = positionOf(text, forms) ?? {};
      found.push({ file, ...position, href: written, target });
    }
  }
  return found;
}

/** The built pages of hand-written sources: the Markdown and MDX editions (as the loader listed them) and the pages of `pages/`. */
export async function handWrittenPages(workDir: string, contentDir: string): Promise<LinkSource[]> {
  const input = JSON.parse(await readFile(searchInputFile(workDir), 'utf8')) as SearchInputFile;
  const { pages } = await readPages(contentDir);
  return [...input.handWritten, ...pages.map(({ lang, slug, file }) => ({ url: `/${lang}/${slug}/`, file }))];
}

/** Warns about each link of hand-written content that leads to no page of the built site (see `brokenLinks`). */
export async function warnBrokenLinks(
  outDir: string,
  sources: readonly LinkSource[],
  options: { base: string; contentDir: string; shownRoot: string },
  logger: AstroIntegrationLogger,
): Promise<BrokenLink[]> {
  const found = await brokenLinks(outDir, sources, options);
  const diagnostics: Diagnostic[] = found.map(({ file, line, column, href, target }) => ({
    severity: 'warning',
    file,
    line,
    column,
    message: `the link to “${href}” leads to no page of the site (${target}); readers following it get “page not found”`,
  }));
  for (const { text } of reportDiagnostics(diagnostics, options.shownRoot).lines) logger.warn(text);
  return found;
}
