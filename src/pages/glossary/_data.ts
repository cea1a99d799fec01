/**
 * What the glossary pages show, computed once per build: the entries, and where each occurs.
 * (A leading underscore keeps this file from being a route.)
 */
import { getCollection, render } from 'astro:content';
import type { GlossaryEntry } from '../../core/glossary/index.ts';
import type { Lang } from '../../core/types.ts';
import { glossaryEntries } from '../../utils/glossary.ts';
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

let cached: { key: string; glossary: readonly GlossaryEntry[]; data: Promise<GlossaryPagesData> } | undefined;

/**
 * The entries and their occurrences, as the one matching pass recorded them in each edition's data
 * (`glossary`), or, for a hand-written MDX edition, in what rendering it gave
 * (`remarkPluginFrontmatter`). Shared by every glossary page of a build; recomputed in the dev
 * server when the glossary or an edition changes.
 */
export async function glossaryPagesData(): Promise<GlossaryPagesData> {
  const glossary = await glossaryEntries();
  const editions = await getCollection('editions');
  const key = editions.map((e) => `${e.id}:${e.digest}`).join(',');
  if (cached?.key === key && cached.glossary === glossary) return cached.data;
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
    return { entries: [...glossary], occurrences };
  })();
  cached = { key, glossary, data };
  return data;
}
