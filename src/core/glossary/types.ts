/**
 * The glossary as data: what `content/glossary.yaml` holds once validated, and what matching finds.
 */
import type { z } from 'zod';
import type { entrySchema, termSchema } from './schema.ts';

/** What an entry names; entry pages group by it, and it decides how Arabic matching treats the article. */
export const ENTRY_KINDS = ['person', 'organisation', 'place', 'publication', 'online', 'event', 'term'] as const;

/**
 * - `person`: a human being (Emmanuel Macron).
 * - `organisation`: a party, ministry, agency, company or group (En Marche!, APT28, the Kremlin).
 * - `place`: a country, city or region (France, Paris).
 * - `publication`: a newspaper, agency feed, journal or broadcaster (The Washington Post).
 * - `online`: a website, service or account (Pastebin, EMLEAKS).
 * - `event`: something that happened (an election, a leak).
 * - `term`: a word or phrase of a field (far right, cyberattack).
 */
export type EntryKind = (typeof ENTRY_KINDS)[number];

/**
 * Kinds whose Arabic forms are common nouns, which take the definite article in running text
 * (هجوم سيبراني → الهجوم السيبراني). Names never gain one: الكاميرون (Cameroon) is not كاميرون
 * (Cameron), الحماس (zeal) is not حماس (Hamas). A name whose own spelling has the article
 * (الكرملين) is written with it in the glossary and matched with it.
 */
export const ARTICLE_KINDS: ReadonlySet<EntryKind> = new Set<EntryKind>(['event', 'term']);

/** An entry in one language: the term, its other spellings, and a note (see `termSchema`). */
export type GlossaryTerm = z.output<typeof termSchema>;

/** One entry of the glossary, as validated (see `entrySchema`), with the line it starts at. */
export type GlossaryEntry = z.output<typeof entrySchema> & {
  /** 1-based line in the glossary file where the entry starts, for messages. */
  line?: number;
};

/** An occurrence of an entry in a text. */
export interface GlossaryMatch {
  entryId: string;
  /**
   * UTF-16 offsets in the searched text. The span covers whole words: an Arabic word's clitic
   * prefixes are inside it (وبالكرملين), as is punctuation that belongs to the form (En Marche!).
   */
  start: number;
  end: number;
}
