import type { Edition, Lang } from '../core/types.ts';

/** A document as the home page lists it: its slug and the language versions it has. */
export interface DocumentSummary {
  slug: string;
  versions: Partial<Record<Lang, Pick<Edition, 'title' | 'date' | 'source'>>>;
}

/** Groups editions into documents, sorted by date (newest first), then slug. */
export function summarizeDocuments(editions: Pick<Edition, 'slug' | 'lang' | 'title' | 'date' | 'source'>[]): DocumentSummary[] {
  const bySlug = new Map<string, DocumentSummary>();
  for (const edition of editions) {
    const summary = bySlug.get(edition.slug) ?? { slug: edition.slug, versions: {} };
    summary.versions[edition.lang] = { title: edition.title, date: edition.date, source: edition.source };
    bySlug.set(edition.slug, summary);
  }
  const dateOf = (doc: DocumentSummary) => doc.versions.en?.date ?? doc.versions.ar?.date ?? '';
  return [...bySlug.values()].sort((a, b) => dateOf(b).localeCompare(dateOf(a)) || a.slug.localeCompare(b.slug));
}

/** How many documents one home page lists before the list is paged. */
export const DOCUMENTS_PER_PAGE = 200;

/** The documents on page `page` (1-based) and the number of pages. */
export function pageOf<T>(items: T[], page: number, size = DOCUMENTS_PER_PAGE): { items: T[]; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return { items: items.slice((page - 1) * size, page * size), pages };
}
