/**
 * What a BCP 47 language tag says about writing: its script and its direction, from CLDR's likely
 * subtags as `Intl.Locale` knows them (`ar` → Arab → rtl, `fr` → Latn → ltr, `ku-Arab` → rtl).
 */
import type { Dir } from '../../core/bidi/index.ts';

/** ISO 15924 codes of the scripts written right to left that a tag may resolve to. */
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Samr', 'Mand', 'Adlm', 'Rohg', 'Yezi']);

const scripts = new Map<string, string | undefined>();

/** The script a language is most likely written in (`Latn`, `Arab`…), or undefined if unknown. */
export function scriptOf(tag: string): string | undefined {
  if (!scripts.has(tag)) {
    let script: string | undefined;
    try {
      script = new Intl.Locale(tag).maximize().script;
    } catch {
      // Not a well-formed tag (e.g. "x-klingon" or ""): it tells nothing about the script.
    }
    scripts.set(tag, script);
  }
  return scripts.get(tag);
}

/** The direction a language is written in, or undefined if the tag is unknown or malformed. */
export function directionOf(tag: string): Dir | undefined {
  const script = scriptOf(tag);
  if (script === undefined) return undefined;
  return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
}
