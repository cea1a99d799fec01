import type { Edition, Lang, Relation } from '../core/types.ts';

/** What the home page shows of one language version. */
export type VersionSummary = Pick<Edition, 'title' | 'date' | 'source' | 'excerpt'>;

/** A document as the home page lists it: its slug, the language versions it has, how they relate, its date. */
export interface DocumentSummary {
  slug: string;
  versions: Partial<Record<Lang, VersionSummary>>;
  relation?: Relation;
  /** The newest date of its versions: the one the list is sorted by. */
  date?: string;
}

type Listed = Pick<Edition, 'slug' | 'lang' | 'title' | 'date' | 'source' | 'excerpt' | 'relation'>;

/** Groups editions into documents, sorted by date (newest first; undated last), then slug. */
export function summarizeDocuments(editions: Listed[]): DocumentSummary[] {
  const bySlug = new Map<string, DocumentSummary>();
  for (const { slug, lang, title, date, source, excerpt, relation } of editions) {
    const summary = bySlug.get(slug) ?? { slug, versions: {} };
    summary.versions[lang] = { title, date, source, excerpt };
    summary.relation ??= relation;
    // ISO dates of any precision compare as strings: "2017-05-06" > "2017-05" > "2017".
    if (date !== undefined && (summary.date === undefined || date > summary.date)) summary.date = date;
    bySlug.set(slug, summary);
  }
  return [...bySlug.values()].sort(
    (a, b) =>
      (a.date === undefined ? 1 : 0) - (b.date === undefined ? 1 : 0) ||
      (b.date ?? '').localeCompare(a.date ?? '') ||
      a.slug.localeCompare(b.slug),
  );
}

/** The versions of `document` in the order a reader of `lang` wants them: their own language first. */
export function versionsFor(document: DocumentSummary, lang: Lang): [Lang, VersionSummary][] {
  const order: Lang[] = lang === 'ar' ? ['ar', 'en'] : ['en', 'ar'];
  return order.flatMap((l) => {
    const version = document.versions[l];
    return version ? [[l, version] as [Lang, VersionSummary]] : [];
  });
}

/** How many documents one home page lists before the list is paged. */
export const DOCUMENTS_PER_PAGE = 200;

/** The documents on page `page` (1-based) and the number of pages. */
export function pageOf<T>(items: T[], page: number, size = DOCUMENTS_PER_PAGE): { items: T[]; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return { items: items.slice((page - 1) * size, page * size), pages };
}
