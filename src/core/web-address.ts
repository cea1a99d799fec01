/**
 * Whether editor input is a web address a page may link to: the one check, used by the front
 * matter and sidecar schema, the glossary schema and the pages that render links. Only `http:` and
 * `https:` pass: a `javascript:` or `data:` address in a source must never become a link.
 */
import { find, html } from 'property-information';

/** The scheme of `value` when it parses as an absolute URL, e.g. `javascript:`; undefined otherwise. */
export function schemeOf(value: string): string | undefined {
  try {
    return new URL(value).protocol;
  } catch {
    return undefined;
  }
}

/** `value` as a link target (the parsed, normalised address) when it is an http(s) address; otherwise undefined. */
export function webAddress(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The attributes whose values are addresses, as HTML names them (what a source writes, lowercase),
 * with the elements they are addresses on (`null`: any element): the shape of the unified
 * ecosystem's `html-url-attributes`, with the legacy attributes browsers still follow.
 */
const URL_ATTRIBUTE_NAMES: Readonly<Record<string, readonly string[] | null>> = {
  action: ['form'],
  archive: ['applet', 'object'],
  background: ['body', 'table', 'td', 'th'],
  cite: ['blockquote', 'del', 'ins', 'q'],
  classid: ['object'],
  codebase: ['applet', 'object'],
  data: ['object'],
  dynsrc: ['img'],
  formaction: ['button', 'input'],
  href: ['a', 'area', 'base', 'link'],
  icon: ['menuitem'],
  longdesc: ['frame', 'iframe', 'img'],
  lowsrc: ['img'],
  manifest: ['html'],
  ping: ['a', 'area'],
  poster: ['video'],
  profile: ['head'],
  src: ['audio', 'embed', 'frame', 'iframe', 'img', 'input', 'script', 'source', 'track', 'video'],
  usemap: ['img', 'input', 'object'],
  'xlink:href': null,
};

/**
 * `URL_ATTRIBUTES`' table keyed by hast property names, as parse5's and hastscript's trees name
 * them (`lowSrc`, `longDesc`, `xLinkHref`): `property-information` decides, so no name written by
 * hand can miss the property a tree holds. The one table: the safety check of a source's HTML
 * reads every property in it on any element (`active-html.ts`), the base is put before the site
 * paths of its pairs (`rehype-base-links`).
 */
export const URL_ATTRIBUTES: Readonly<Record<string, readonly string[] | null>> = Object.fromEntries(
  Object.entries(URL_ATTRIBUTE_NAMES).map(([name, elements]) => [find(html, name).property, elements]),
);

/** The hast property an attribute of an HTML element is held in: `lowsrc` → `lowSrc`, `srcset` → `srcSet`. */
export const propertyOf = (attribute: string): string => find(html, attribute).property;

/**
 * The site's `base` (Astro's: `/edition/`, `/edition` or `/`) as what a site path is written after:
 * without its trailing slashes, `/edition`, or '' at the host's root.
 */
export const basePrefix = (base: string): string => base.replace(/\/+$/, '');

/** The site's `base` as the folder its files are in: with one trailing slash, `/edition/`, or `/`. */
export const baseFolder = (base: string): string => `${basePrefix(base)}/`;

/**
 * `href` with the site's `base` (Astro's, `/edition/`) in front when it is a path on the site
 * written from the site's root (`/en/about/`, as editors and the options write them). Anything else
 * is returned as it is: another site's address, a protocol-relative `//host/…`, a relative path
 * (`../tram-line/`, which the browser resolves under the base already), a fragment, and a path
 * already under the base (the glossary's links are made with it).
 */
export function underBase(href: string, base: string): string {
  const prefix = basePrefix(base);
  if (prefix === '' || !href.startsWith('/') || href.startsWith('//')) return href;
  if (
    href === prefix ||
    href.startsWith(`${prefix}/`) ||
    href.startsWith(`${prefix}?`) ||
    href.startsWith(`${prefix}#`)
  )
    return href;
  return `${prefix}${href}`;
}

/** ASCII whitespace, as HTML's parsers read it (not JavaScript's `\s`, which has U+00A0 and more). */
const HTML_SPACE = /[\t\n\f\r ]/;

/**
 * Where the address of each candidate of a `srcset` is (its offsets in `srcset`), by HTML's
 * algorithm ("parse a srcset attribute"), as a browser reads it; no package of the project does.
 * Not a split on commas: a candidate is a run of non-space characters (an address may hold commas,
 * `data:image/png;base64,…`), then descriptors (`1x`, `480w`) up to the next comma outside
 * parentheses; an address that ends in commas ends its candidate, without them.
 */
export function srcsetAddresses(srcset: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  let at = 0;
  for (;;) {
    while (at < srcset.length && (HTML_SPACE.test(srcset[at]) || srcset[at] === ',')) at++;
    if (at >= srcset.length) return found;
    const start = at;
    while (at < srcset.length && !HTML_SPACE.test(srcset[at])) at++;
    let end = at;
    while (srcset[end - 1] === ',') end--;
    found.push({ start, end });
    if (end < at) continue;
    for (let inParens = false; at < srcset.length; at++) {
      const char = srcset[at];
      if (inParens) inParens = char !== ')';
      else if (char === '(') inParens = true;
      else if (char === ',') break;
    }
  }
}
