/**
 * The keys names are linked under across scripts (see names.ts): apart, so that the query parser
 * needs only this, and the browser loads the rest of names.ts only when a search needs it.
 */
import type { Token } from '../arabic/index.ts';

/** The marks of name keys: a letter of the other script, not the one stem keys use (`STEM_MARK`). */
const NAME_MARK = { arabic: 'q', latin: 'ق' } as const;

/** The key under which the pages of the other script that spell the word `key` are indexed. */
export function nameKey(key: string, arabic: boolean): string {
  return key + (arabic ? NAME_MARK.arabic : NAME_MARK.latin);
}

/**
 * The name keys a query word is looked up under, which the Arabic pages that spell it are indexed
 * under: an English word's, when the reader writes it as a name, with a capital. An Arabic word
 * carries no capital to say it is a name; it is looked up as one only when the index has it
 * nowhere (`spellingsFor`), so that an Arabic word the index has never brings in English pages
 * that merely sound like it.
 */
export function queryNameKeys(token: Token): string[] {
  if (token.arabic || !/^[a-z]{3,}$/.test(token.key) || !/^\p{Lu}/u.test(token.text)) return [];
  return [nameKey(token.key, false)];
}
