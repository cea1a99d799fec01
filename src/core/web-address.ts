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
