/**
 * The glossary: reading and validating `glossary.yaml`, compiling it once, and finding its entries
 * in text. Pure functions; nothing here knows about files, Astro or the DOM.
 */
export { parseGlossary, type ParsedGlossary } from './parse.ts';
export { compileGlossary, type CompiledGlossary } from './compile.ts';
export { countOccurrences, findMatches } from './match.ts';
export { formKey, formShape, gapKey, type FormShape } from './forms.ts';
export {
  suggestDocument,
  suggestTerms,
  type Place,
  type SuggestDocument,
  type Suggestion,
  type SuggestionKind,
} from './suggest.ts';
export {
  ARTICLE_KINDS,
  ENTRY_KINDS,
  type EntryKind,
  type GlossaryEntry,
  type GlossaryMatch,
  type GlossaryTerm,
} from './types.ts';
export { ambiguousAliases } from './ambiguous.ts';
