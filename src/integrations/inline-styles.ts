/**
 * After a build: the inline styles the Content-Security-Policy will block, named page by page.
 * Hand-written content (a page's Markdown, an MDX document, a stylesheet pasted into a `<style>`)
 * may carry `style="…"` or `<style>`; the browser drops them without a word, so the build says so.
 * Astro's own inline styles are allowed by their hashes in the policy and are not reported.
 */
import type { AstroIntegrationLogger } from 'astro';
import type { Element, Root, RootContent } from 'hast';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { htmlDocument } from '../core/html-tree.ts';

/** A cheap first look: most pages have neither, and are not parsed. */
const MAY_HAVE_STYLE = /<style[\s>]|\sstyle\s*=/i;

/** One inline style the policy blocks. */
export interface InlineStyle {
  /** The page, as a site path (`/en/about/`). */
  page: string;
  /** What was found, quoted short: `<p style="color: red">` or `<style>…</style>`. */
  what: string;
}

function elements(tree: Root | Element, found: (node: Element) => void): void {
  for (const child of tree.children as RootContent[]) {
    if (child.type !== 'element') continue;
    found(child);
    elements(child, found);
  }
}

/** The hashes the page's policy allows for styles (`'sha256-…'` in `style-src`). */
function allowedHashes(tree: Root): Set<string> {
  const hashes = new Set<string>();
  elements(tree, (node) => {
    if (node.tagName !== 'meta' || String(node.properties.httpEquiv).toLowerCase() !== 'content-security-policy')
      return;
    const styleSrc = /style-src([^;]*)/.exec(String(node.properties.content ?? ''))?.[1] ?? '';
    for (const match of styleSrc.matchAll(/'sha256-([^']+)'/g)) hashes.add(match[1]);
  });
  return hashes;
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** The inline styles of one built page that its policy blocks. */
export function blockedStyles(html: string, page: string): InlineStyle[] {
  if (!MAY_HAVE_STYLE.test(html)) return [];
  const tree = htmlDocument(html);
  const allowed = allowedHashes(tree);
  const found: InlineStyle[] = [];
  elements(tree, (node) => {
    const style = node.properties.style;
    if (style !== undefined && style !== null)
      found.push({ page, what: `<${node.tagName} style="${short(String(style))}">` });
    if (node.tagName === 'style') {
      // A <style>'s content is one text node, hashed as written.
      const text = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
      const hash = createHash('sha256').update(text).digest('base64');
      if (!allowed.has(hash)) found.push({ page, what: `<style>${short(text.trim())}</style>` });
    }
  });
  return found;
}

/** Reads every page of a build and warns about each inline style its policy blocks. */
export async function warnInlineStyles(outDir: string, logger: AstroIntegrationLogger): Promise<InlineStyle[]> {
  const names = (await readdir(outDir, { recursive: true })).filter((name) => name.endsWith('.html'));
  const found: InlineStyle[] = [];
  const BATCH = 64;
  for (let i = 0; i < names.length; i += BATCH) {
    const batch = await Promise.all(
      names.slice(i, i + BATCH).map(async (name) => {
        const path = `/${relative(outDir, join(outDir, name)).split(sep).join('/')}`.replace(
          /(^|\/)index\.html$/,
          '$1',
        );
        return blockedStyles(await readFile(join(outDir, name), 'utf8'), path);
      }),
    );
    for (const styles of batch) found.push(...styles);
  }
  for (const { page, what } of found)
    logger.warn(
      `${page}: ${what} — the Content-Security-Policy blocks inline styles, so browsers ignore it. ` +
        'Put the rule in a stylesheet of your own (hamish({ stylesheets }), see docs/configuration.md).',
    );
  return found;
}
