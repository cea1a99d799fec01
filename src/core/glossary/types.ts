/**
 * The glossary as data: what `content/glossary.yaml` holds once validated, and what matching finds.
 */

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

/** An entry in one language. */
export interface GlossaryTerm {
  /** The name or term as the entry page and the notes show it. */
  term: string;
  /** Other spellings and short forms found in texts ("Le Pen", ماركون); matched like the term. */
  aliases: string[];
  /** A sentence or two a reader needs, in this language; plain text. */
  note?: string;
}

/** One entry of the glossary. */
export interface GlossaryEntry {
  /** Stable, URL-safe (`/glossary/<id>/`): lowercase letters, digits and single hyphens. */
  id: string;
  kind: EntryKind;
  en?: GlossaryTerm;
  ar?: GlossaryTerm;
  /** A Wikidata item id, e.g. `Q3052772`. */
  wikidata?: string;
  /** Another page about the entry; always an `http:` or `https:` address. */
  link?: string;
  /** 1-based line in the glossary file where the entry starts, for messages. */
  line?: number;
}

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
