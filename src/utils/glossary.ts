/**
 * The glossary's entries for the pages, from the glossary collection's one entry (see
 * `keepGlossary` in `src/integrations/editions/collections.ts`).
 */
import { getEntry } from 'astro:content';
import type { GlossaryEntry } from '../core/glossary/index.ts';
import {
  GLOSSARY_ID,
  STATUS_ID,
  type ContentStatus,
  type StoredGlossary,
} from '../integrations/editions/collections.ts';

let parsed: { json: string; entries: GlossaryEntry[] } | undefined;

/**
 * Every entry of the glossary, in the file's order; parsed once per build (in `astro dev`, again
 * when the glossary changed). The same array on every call: not to be changed.
 */
export async function glossaryEntries(): Promise<readonly GlossaryEntry[]> {
  const status = (await getEntry('contentStatus', STATUS_ID))?.data as ContentStatus | undefined;
  // Astro warns about asking for an entry of an empty collection, as if it were a mistake: a site may have no glossary.
  if (!status?.glossaryEntries) return [];
  const stored = (await getEntry('glossary', GLOSSARY_ID))?.data as StoredGlossary | undefined;
  if (!stored) return [];
  if (parsed?.json !== stored.json) parsed = { json: stored.json, entries: JSON.parse(stored.json) as GlossaryEntry[] };
  return parsed.entries;
}
