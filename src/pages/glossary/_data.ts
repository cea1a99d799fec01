/**
 * What the glossary pages show, computed once per build: the entries, and where each occurs.
 * (A leading underscore keeps this file from being a route.)
 */
import { getCollection, getEntry, render } from 'astro:content';
import type { GlossaryEntry } from '../../core/glossary/index.ts';
import type { Lang } from '../../core/types.ts';
import { STATUS_ID, type ContentStatus } from '../../integrations/editions/collections.ts';
import { FACTS_FIELD, type GlossaryFacts } from '../../plugins/remark-glossary/index.ts';

/** One language version of a document in which an entry occurs. */
export interface Occurrence {
  lang: Lang;
  slug: string;
  title: string;
  /** How many times the entry occurs in the version's running text (titles do not count). */
  count: number;
}

export interface GlossaryPagesData {
  entries: GlossaryEntry[];
  /** Per entry id, the versions it occurs in, most occurrences first. */
  occurrences: ReadonlyMap<string, Occurrence[]>;
}

let cached: { key: string; data: Promise<GlossaryPagesData> } | undefined;

/**
 * The entries and their occurrences, as the one matching pass recorded them in each edition's data
 * (`glossary`), or, for a hand-written MDX edition, in what rendering it gave
 * (`remarkPluginFrontmatter`). Shared by every glossary page of a build; recomputed in the dev
 * server when the glossary or an edition changes.
 */
export async function glossaryPagesData(): Promise<GlossaryPagesData> {
  const status = (await getEntry('contentStatus', STATUS_ID))?.data as ContentStatus | undefined;
  // Astro warns about asking for an empty collection, as if it were a mistake: a site may have no glossary.
  const glossary = status?.glossaryEntries ? await getCollection('glossary') : [];
  const editions = await getCollection('editions');
  const key = [...glossary, ...editions].map((e) => `${e.id}:${e.digest}`).join(',');
  if (cached?.key === key) return cached.data;
  const data = (async () => {
    const occurrences = new Map<string, Occurrence[]>();
    for (const edition of editions) {
      const { lang, slug, title } = edition.data;
      const facts: GlossaryFacts =
        edition.data.glossary ??
        ((await render(edition)).remarkPluginFrontmatter?.[FACTS_FIELD] as GlossaryFacts | undefined) ??
        {};
      for (const [id, { count }] of Object.entries(facts)) {
        const list = occurrences.get(id) ?? [];
        list.push({ lang, slug, title, count });
        occurrences.set(id, list);
      }
    }
    for (const list of occurrences.values()) list.sort((a, b) => b.count - a.count || a.title.localeCompare(b.title));
    return { entries: glossary.map((entry) => entry.data as GlossaryEntry), occurrences };
  })();
  cached = { key, data };
  return data;
}
