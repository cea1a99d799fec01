/**
 * What a document's page is credited to, for search: the names a reader of a news archive
 * searches for a byline or an outlet, which the page's header shows (and marks, see
 * `CREDIT_ATTRIBUTE`) but leaves out of the page's text.
 */
import { bylineNames } from '../authors.ts';
import { countOccurrences, type CompiledGlossary } from '../glossary/index.ts';
import type { SearchPage } from './page.ts';

/**
 * The credits of a page (`SearchPage.credits`): each author its byline names (the names the
 * header links, without "By" or "and"), then its source, as written.
 */
export function creditsOf(edition: { author?: string; source?: string }): string[] {
  const authors = edition.author ? bylineNames(edition.author).map((name) => name.name) : [];
  return [...authors, ...(edition.source ? [edition.source] : [])];
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
