/**
 * What the glossary pages show, computed once per build: the entries, and where each occurs.
 * (A leading underscore keeps this file from being a route.)
 */
import { getCollection, render } from 'astro:content';
import type { GlossaryEntry } from '../../core/glossary/index.ts';
import type { Lang } from '../../core/types.ts';
import { sharedGlossary, type LoadedGlossary } from '../../lib/glossary.ts';
import { contentDir } from '../../lib/paths.ts';
import { COUNTS_FIELD, countOccurrencesInMdx } from '../../plugins/remark-glossary/index.ts';

/** One language version of a document in which an entry occurs. */
export interface Occurrence {
  lang: Lang;
  slug: string;
  title: string;
  /** How many times the entry occurs in the version's running text. */
  count: number;
}

export interface GlossaryPagesData {
  entries: GlossaryEntry[];
  /** Per entry id, the versions it occurs in, most occurrences first. */
  occurrences: ReadonlyMap<string, Occurrence[]>;
}

let cached: { glossary: LoadedGlossary; editions: string; data: Promise<GlossaryPagesData> } | undefined;

/**
 * The entries and their occurrences, as `remarkGlossary` counted them while glossing each version
 * (`remarkPluginFrontmatter.glossaryCounts`), or, where it did not run, counted again on the same
 * text (`countOccurrencesInMdx`). Shared by every glossary page of a build; recomputed in the dev
 * server when the glossary or an edition changes.
 */
export async function glossaryPagesData(): Promise<GlossaryPagesData> {
  const [glossary, editions] = await Promise.all([sharedGlossary(contentDir()), getCollection('editions')]);
  const versions = editions.map((e) => `${e.id}:${e.digest ?? e.body?.length}`).join(',');
  if (cached?.glossary === glossary && cached.editions === versions) return cached.data;
  const data = (async () => {
    const occurrences = new Map<string, Occurrence[]>();
    for (const edition of editions) {
      const { lang, slug, title } = edition.data;
      const { remarkPluginFrontmatter } = await render(edition);
      const recorded = remarkPluginFrontmatter?.[COUNTS_FIELD] as Record<string, number> | undefined;
      const counts = recorded ? Object.entries(recorded) : countOccurrencesInMdx(glossary.compiled, edition.body ?? '', lang);
      for (const [id, count] of counts) {
        const list = occurrences.get(id) ?? [];
        list.push({ lang, slug, title, count });
        occurrences.set(id, list);
      }
    }
    for (const list of occurrences.values()) list.sort((a, b) => b.count - a.count || a.title.localeCompare(b.title));
    return { entries: glossary.entries, occurrences };
  })();
  cached = { glossary, editions: versions, data };
  return data;
}
