/**
 * What a document's page is credited to, for search: the names a reader of a news archive
 * searches for a byline or an outlet, which the page's header shows (and marks, see
 * `CREDIT_ATTRIBUTE`) but leaves out of the page's text.
 */
import { bylineNames } from '../authors.ts';

/**
 * The credits of a page (`SearchPage.credits`): each author its byline names (the names the
 * header links, without "By" or "and"), then its source, as written.
 */
export function creditsOf(edition: { author?: string; source?: string }): string[] {
  const authors = edition.author ? bylineNames(edition.author).map((name) => name.name) : [];
  return [...authors, ...(edition.source ? [edition.source] : [])];
}
