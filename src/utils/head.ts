/**
 * Tags of a page's <head> as data (`HeadTag`): Hamish's own, which a page's `SeoTags` lists, and
 * the publisher's (the `head` option), which come after them. A publisher's tag that says what one
 * of Hamish's says — a `<meta>` of the same `name` or `property`, a canonical link — replaces it,
 * so that a page never carries two descriptions, two `og:image`s or two canonical addresses,
 * which search engines and link previews resolve each their own way.
 */
import { createHash } from 'node:crypto';
import type { HeadTag } from '../integrations/options.ts';

/** What a tag says, when a page may say it once only: `meta name=description`, `link rel=canonical`. */
export function headKey({ tag, attrs }: HeadTag): string | undefined {
  const value = (name: string) => (typeof attrs[name] === 'string' ? attrs[name].trim().toLowerCase() : undefined);
  if (tag === 'meta') {
    // Attribute names are case-insensitive in HTML, and so are these values.
    for (const name of ['name', 'property', 'http-equiv'] as const) {
      const said = value(name);
      if (said) return `meta ${name}=${said}`;
    }
  }
  if (tag === 'link' && value('rel') === 'canonical') return 'link rel=canonical';
  return undefined;
}

/** Hamish's own tags `own`, less those that a tag of the publisher's replaces. */
export function notReplaced(own: readonly HeadTag[], publisher: readonly HeadTag[]): HeadTag[] {
  const replaced = new Set(publisher.map(headKey).filter((key) => key !== undefined));
  return own.filter((tag) => {
    const key = headKey(tag);
    return key === undefined || !replaced.has(key);
  });
}

/** What the page's Content-Security-Policy must allow for the publisher's tags to take effect. */
export interface HeadSources {
  /** Hashes of inline scripts (`sha256-…`). */
  scriptHashes: `sha256-${string}`[];
  /** Addresses of scripts on other sites. */
  scriptResources: string[];
  /** Hashes of inline styles. */
  styleHashes: `sha256-${string}`[];
  /** Addresses of stylesheets on other sites. */
  styleResources: string[];
}

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}` as const;
const remote = (address: unknown): address is string =>
  typeof address === 'string' && /^https:\/\/[^\s'";,]+$/.test(address);

/**
 * The scripts and styles of the publisher's tags, for the page's policy: the policy lets only the
 * site's own files and what Astro hashes run, and the publisher put these in their config to run.
 * Only what the tags themselves are: whatever a script then loads or sends (an analytics beacon)
 * needs the publisher's own directives in `security.csp`.
 */
export function headSources(tags: readonly HeadTag[]): HeadSources {
  const sources: HeadSources = { scriptHashes: [], scriptResources: [], styleHashes: [], styleResources: [] };
  for (const { tag, attrs, content } of tags) {
    if (tag === 'script') {
      if (remote(attrs.src)) sources.scriptResources.push(attrs.src);
      else if (attrs.src === undefined && content) sources.scriptHashes.push(sha256(content));
    } else if (tag === 'style' && content) sources.styleHashes.push(sha256(content));
    else if (tag === 'link' && typeof attrs.rel === 'string' && /\bstylesheet\b/i.test(attrs.rel) && remote(attrs.href))
      sources.styleResources.push(attrs.href);
  }
  return sources;
}
