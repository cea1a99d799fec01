/**
 * The archive's ways in besides the newest-first list: the documents grouped by topic (tag), source,
 * author and year. Pure: from the editions' metadata and the glossary to groups with names in both
 * languages and stable, distinct slugs. The pages (`src/pages/[lang]/[facet]/`) only lay them out.
 *
 * One thing, one group, however it was written: a name is compared the way the glossary matches
 * text (`formKey`: case, Arabic spelling variants and vowel marks do not count), a tag given in both
 * languages (`{en: Syria, ar: سوريا}`) joins the two names wherever else they are used alone, and
 * a name that is a glossary entry's term or alias is that entry: its names are the entry's terms,
 * its slug the entry's id, and its page links to the entry's.
 */
import { formKey } from '../glossary/forms.ts';
import type { GlossaryEntry } from '../glossary/types.ts';
import { hasArabic } from '../arabic/index.ts';
import { authorNames } from '../authors.ts';
import { LANGS, type Diagnostic, type Edition, type Lang, type Tag } from '../types.ts';
import { uniqueSlugs } from './slug.ts';

export { MAX_SLUG_LENGTH, slugify, uniqueSlugs } from './slug.ts';

/** The kinds of browse pages, as their address names them: `/en/tags/`, `/ar/years/2017/`. */
export const FACETS = ['tags', 'sources', 'authors', 'years'] as const;
export type Facet = (typeof FACETS)[number];

/**
 * The names under `/<lang>/` that the site's own routes take, which no document or publisher's page
 * may have: the browse pages (`/en/tags/`), the home page's later pages (`/ar/page/2/`), search
 * (`/ar/search/`) and the feed (`/en/feed.xml`). `tests/unit/routes.test.ts` holds it to `src/pages/`.
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([...FACETS, 'page', 'search', 'feed.xml']);

/** What the archive reads of an edition. */
export type ArchiveEdition = Pick<Edition, 'slug' | 'lang' | 'date' | 'updated' | 'source' | 'author' | 'tags'>;

/** A topic, source or author: its names, its page's slug, and its documents. */
export interface ArchiveGroup {
  slug: string;
  /** Its name in each language it has one in (at least one). */
  names: Partial<Record<Lang, string>>;
  /** The glossary entry it is, when it is one. */
  entry?: string;
  /** Slugs of its documents, in the order given to `buildArchive` (the home page's). */
  documents: string[];
}

/** A year: its documents, and the same by month (`month` absent for dates that give only the year). */
export interface ArchiveYear {
  year: string;
  documents: string[];
  months: { month?: string; documents: string[] }[];
}

/** What one language version of a document is filed under, for its page's links. */
export interface EditionFiling {
  tags: ArchiveGroup[];
  source?: ArchiveGroup;
  /** The people its byline names, in its order (`authorNames`: "A and B" is two). */
  authors: ArchiveGroup[];
  /** `YYYY` and, when the date has one, `MM`. */
  year?: string;
  month?: string;
}

export interface Archive {
  tags: ArchiveGroup[];
  sources: ArchiveGroup[];
  authors: ArchiveGroup[];
  /** Newest first. */
  years: ArchiveYear[];
  /** What the version `lang` of document `slug` is filed under. */
  filing(lang: Lang, slug: string): EditionFiling;
}

/** The name of `group` for a reader of `lang`: its name in that language, else its other one. */
export function nameIn(group: Pick<ArchiveGroup, 'names'>, lang: Lang): { text: string; lang: Lang } {
  const own = group.names[lang];
  if (own !== undefined) return { text: own, lang };
  const other = LANGS.find((l) => group.names[l] !== undefined) ?? lang;
  return { text: group.names[other] ?? '', lang: other };
}

/** A name as the editor wrote it, with the language of its script. */
interface Written {
  lang: Lang;
  text: string;
}

/** The names of one mention: a tag (in one or both languages), a source or an author. */
function writtenNames(value: Tag): Written[] {
  if (typeof value === 'string') return [{ lang: hasArabic(value) ? 'ar' : 'en', text: value }];
  return LANGS.flatMap((lang) => (value[lang] === undefined ? [] : [{ lang, text: value[lang] }]));
}

/** The identity of a name: as matching compares it, or, with no letter to match, as written. */
const nameKey = (text: string) => `n:${formKey(text) ?? text.trim().toLowerCase()}`;

/** Union–find over name keys and glossary entries (`e:<id>`). */
class Groups {
  private parent = new Map<string, string>();
  find(node: string): string {
    let root = node;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(node, root);
    return root;
  }
  union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    // The smaller key is the root, so the result does not depend on the order of the editions.
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

/** The entry each glossary form (term or alias, either language) names: the first entry to use it. */
function entryForms(entries: readonly GlossaryEntry[]): Map<string, GlossaryEntry> {
  const forms = new Map<string, GlossaryEntry>();
  for (const entry of entries) {
    for (const lang of LANGS) {
      const block = entry[lang];
      if (!block) continue;
      for (const form of [block.term, ...block.aliases]) {
        const key = nameKey(form);
        if (!forms.has(key)) forms.set(key, entry);
      }
    }
  }
  return forms;
}

/**
 * Groups mentions (each the names of one thing) into things. `mentions` are per edition; the
 * result gives each edition's groups, in the order of its mentions.
 */
function groupMentions(
  mentions: readonly { edition: number; names: Written[] }[],
  forms: ReadonlyMap<string, GlossaryEntry>,
  documentOf: (edition: number) => string,
  order: ReadonlyMap<string, number>,
): { groups: ArchiveGroup[]; byEdition: Map<number, ArchiveGroup[]> } {
  const sets = new Groups();
  for (const { names } of mentions) {
    const nodes = names.map((n) => nameKey(n.text));
    for (const key of nodes) {
      const entry = forms.get(key);
      if (entry) sets.union(key, `e:${entry.id}`);
    }
    for (const key of nodes.slice(1)) sets.union(nodes[0], key);
  }
  interface Draft {
    root: string;
    entry?: GlossaryEntry;
    written: Record<Lang, Map<string, number>>;
    documents: Set<string>;
  }
  const drafts = new Map<string, Draft>();
  const byEdition = new Map<number, Draft[]>();
  for (const { edition, names } of mentions) {
    const root = sets.find(nameKey(names[0].text));
    let draft = drafts.get(root);
    if (!draft) {
      draft = { root, written: { ar: new Map(), en: new Map() }, documents: new Set() };
      drafts.set(root, draft);
    }
    for (const { lang, text } of names) {
      draft.entry ??= forms.get(nameKey(text));
      draft.written[lang].set(text, (draft.written[lang].get(text) ?? 0) + 1);
    }
    draft.documents.add(documentOf(edition));
    const list = byEdition.get(edition) ?? [];
    if (!list.includes(draft)) list.push(draft);
    byEdition.set(edition, list);
  }
  // The name most often written, the alphabetically first of equals; a glossary entry's own term first.
  const commonest = (counts: Map<string, number>) =>
    [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]?.[0];
  const named = [...drafts.values()].map((draft) => {
    const names: Partial<Record<Lang, string>> = {};
    for (const lang of LANGS) {
      const name = draft.entry?.[lang]?.term ?? commonest(draft.written[lang]);
      if (name !== undefined) names[lang] = name;
    }
    return { draft, names };
  });
  const slugs = uniqueSlugs(
    named.map(({ draft, names }) => ({
      key: draft.root,
      name: names.en ?? names.ar ?? '',
      preferred: draft.entry?.id,
    })),
    'x',
  );
  const rank = (slug: string) => order.get(slug) ?? Number.MAX_SAFE_INTEGER;
  const groups = new Map<Draft, ArchiveGroup>();
  for (const { draft, names } of named) {
    groups.set(draft, {
      slug: slugs.get(draft.root)!,
      names,
      ...(draft.entry ? { entry: draft.entry.id } : {}),
      documents: [...draft.documents].sort((a, b) => rank(a) - rank(b)),
    });
  }
  const sorted = [...groups.values()].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return {
    groups: sorted,
    byEdition: new Map([...byEdition].map(([edition, list]) => [edition, list.map((d) => groups.get(d)!)])),
  };
}

/**
 * The archive of `editions`. `documentOrder` lists the document slugs in the order pages list them
 * (newest first); each group's documents follow it.
 */
export function buildArchive(
  editions: readonly ArchiveEdition[],
  glossary: readonly GlossaryEntry[],
  documentOrder: readonly string[],
): Archive {
  const order = new Map(documentOrder.map((slug, i) => [slug, i]));
  const forms = entryForms(glossary);
  const documentOf = (i: number) => editions[i].slug;
  const mentionsOf = (field: (edition: ArchiveEdition) => readonly Tag[]) =>
    editions.flatMap((edition, i) =>
      field(edition)
        .map((value) => ({ edition: i, names: writtenNames(value) }))
        .filter((m) => m.names.length > 0),
    );
  const tags = groupMentions(
    mentionsOf((e) => e.tags ?? []),
    forms,
    documentOf,
    order,
  );
  const sources = groupMentions(
    mentionsOf((e) => (e.source ? [e.source] : [])),
    forms,
    documentOf,
    order,
  );
  const authors = groupMentions(
    mentionsOf((e) => authorNames(e.author)),
    forms,
    documentOf,
    order,
  );

  const years = new Map<string, Map<string | undefined, Set<string>>>();
  const dates = editions.map((edition) => /^(\d{4})(?:-(\d{2}))?/.exec(edition.date ?? ''));
  dates.forEach((match, i) => {
    if (!match) return;
    const months = years.get(match[1]) ?? new Map<string | undefined, Set<string>>();
    const set = months.get(match[2]) ?? new Set<string>();
    set.add(editions[i].slug);
    months.set(match[2], set);
    years.set(match[1], months);
  });
  const rank = (slug: string) => order.get(slug) ?? Number.MAX_SAFE_INTEGER;
  const inOrder = (slugs: Iterable<string>) => [...new Set(slugs)].sort((a, b) => rank(a) - rank(b));
  const archiveYears: ArchiveYear[] = [...years]
    .sort((a, b) => (a[0] < b[0] ? 1 : -1))
    .map(([year, months]) => ({
      year,
      documents: inOrder([...months.values()].flatMap((set) => [...set])),
      // Newest month first; the documents dated only by the year last.
      months: [...months]
        .sort((a, b) => (a[0] === undefined ? 1 : b[0] === undefined ? -1 : a[0] < b[0] ? 1 : -1))
        .map(([month, set]) => ({ ...(month === undefined ? {} : { month }), documents: inOrder(set) })),
    }));

  const index = new Map(editions.map((edition, i) => [`${edition.lang}/${edition.slug}`, i]));
  return {
    tags: tags.groups,
    sources: sources.groups,
    authors: authors.groups,
    years: archiveYears,
    filing(lang, slug) {
      const i = index.get(`${lang}/${slug}`);
      if (i === undefined) return { tags: [], authors: [] };
      const date = dates[i];
      return {
        tags: tags.byEdition.get(i) ?? [],
        ...(sources.byEdition.get(i)?.[0] ? { source: sources.byEdition.get(i)![0] } : {}),
        authors: authors.byEdition.get(i) ?? [],
        ...(date ? { year: date[1] } : {}),
        ...(date?.[2] ? { month: date[2] } : {}),
      };
    },
  };
}

/** Errors for documents whose slug is taken by a browse or listing address. */
export function reservedSlugProblems(editions: readonly Pick<Edition, 'slug' | 'sourceFile' | 'lang'>[]): Diagnostic[] {
  return editions
    .filter((edition) => RESERVED_SLUGS.has(edition.slug))
    .map((edition) => ({
      severity: 'error' as const,
      file: edition.sourceFile,
      message: `the address of “${edition.slug}” (/${edition.lang}/${edition.slug}/) is taken by the site's own pages; rename the file`,
    }));
}
