/**
 * The notice a corrected search shows above its results: "Showing results for «…»", and the query
 * as typed one click away (the search page, searching it without correction).
 */
import { EXACT_PARAM, QUERY_PARAM } from './search-params.ts';
import type { Results } from './search-engine.ts';
import { fill, type SearchStrings } from './search-view.ts';

/** The address of the search page at `action` searching `query` exactly as typed. */
export function asTypedHref(action: string, query: string): string {
  const url = new URL(action, location.href);
  url.searchParams.set(QUERY_PARAM, query);
  url.searchParams.set(EXACT_PARAM, '1');
  return `${url.pathname}${url.search}`;
}

/**
 * Puts the correction notice of `results` right after `status` (the status line of the results),
 * or takes away the notice of an earlier search when these results were not corrected.
 * `action` is the search page's address.
 */
export function showCorrection(
  status: HTMLElement,
  results: Results | undefined,
  strings: SearchStrings,
  action: string,
): void {
  const next = status.nextElementSibling;
  if (next?.classList.contains('search-correction')) next.remove();
  if (results?.corrected === undefined) return;
  const notice = document.createElement('p');
  notice.className = 'search-correction';
  notice.append(fill(strings.corrected, { corrected: results.corrected }, strings.lang, ['corrected']), ' ');
  const link = document.createElement('a');
  link.className = 'search-as-typed';
  link.href = asTypedHref(action, results.query.text);
  link.append(fill(strings.asTyped, { query: results.query.text }, strings.lang));
  notice.append(link);
  status.after(notice);
}
