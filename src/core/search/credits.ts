/**
 * What a document's page is credited to, for search: the names a reader of a news archive
 * searches for a byline or an outlet, which the page's header shows (and marks, see
 * `CREDIT_ATTRIBUTE`) but leaves out of the page's text.
 */
import { bylineNames, type BylineName } from '../authors.ts';
import { countOccurrences, type CompiledGlossary } from '../glossary/index.ts';
import type { SearchPage } from './page.ts';

/** What a document's page credits: the authors its byline names, and its source. */
export interface PageCredits {
  /** Each author, without "By" or "and", and where it stands in the byline (the header links it in place). */
  authors: BylineName[];
  /** The source, as written. */
  source?: string;
}

/**
 * The one reading of a document's credits: the page's header marks them (`CREDIT_ATTRIBUTE`), and
 * search indexes them (`creditsOf`) for the pages it does not read from their HTML.
 */
export function pageCredits(edition: { author?: string; source?: string }): PageCredits {
  return {
    authors: edition.author ? bylineNames(edition.author) : [],
    ...(edition.source ? { source: edition.source } : {}),
  };
}

/** The credits of a page (`SearchPage.credits`): each author its byline names, then its source. */
export function creditsOf(edition: { author?: string; source?: string }): string[] {
  const { authors, source } = pageCredits(edition);
  return [...authors.map((author) => author.name), ...(source ? [source] : [])];
}

/**
 * The glossary entries a page's credits name (a byline's person, an outlet with an entry), in the
 * credits' language: the page is indexed under their terms, as under those of the entries its
 * text names, so that the entry's form in the other language finds it too.
 */
export function creditedEntries(glossary: CompiledGlossary, page: Pick<SearchPage, 'lang' | 'credits'>): string[] {
  const ids = (page.credits ?? []).flatMap((credit) => [...countOccurrences(glossary, credit, page.lang).keys()]);
  return [...new Set(ids)];
}
