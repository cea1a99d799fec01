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
 * The name keys a query word is looked up under, which the pages of the other script that spell it
 * are indexed under (see names.ts): an English word's when the reader writes it as a name, with a
 * capital; an Arabic word's as written and without proclitics (`readings`: its form, base and other
 * readings), since Arabic has no capitals, and the build links only the Arabic words that are about
 * as common as a name they spell.
 */
export function queryNameKeys(token: Token, readings: readonly { key: string; kind: string }[]): string[] {
  if (token.arabic)
    return [
      ...new Set(
        readings.filter((r) => LINKED.has(r.kind) && [...r.key].length >= 3).map((r) => nameKey(r.key, true)),
      ),
    ];
  if (!/^[a-z]{3,}$/.test(token.key) || !/^\p{Lu}/u.test(token.text)) return [];
  return [nameKey(token.key, false)];
}

/** The readings of an Arabic word that names are linked by: as written, and with proclitics read off. */
const LINKED = /* @__PURE__ */ new Set(['form', 'base', 'other']);
