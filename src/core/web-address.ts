/**
 * Whether editor input is a web address a page may link to: the one check, used by the front
 * matter and sidecar schema, the glossary schema and the pages that render links. Only `http:` and
 * `https:` pass: a `javascript:` or `data:` address in a source must never become a link.
 */

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
 * `href` with the site's `base` (Astro's, `/edition/`) in front when it is a path on the site
 * written from the site's root (`/en/about/`, as editors and the options write them). Anything else
 * is returned as it is: another site's address, a protocol-relative `//host/…`, a relative path
 * (`../tram-line/`, which the browser resolves under the base already), a fragment, and a path
 * already under the base (the glossary's links are made with it).
 */
export function underBase(href: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
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
