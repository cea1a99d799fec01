/**
 * Arabic text for comparison: normalisation with offset maps, tokenisation of mixed Arabic–Latin
 * text, and clitic prefixes. Pure functions; nothing here knows about files, Astro or the DOM.
 */
export {
  asciiDigits,
  collapseSpaces,
  foldLine,
  foldLineText,
  foldPatternSource,
  hasArabic,
  isInvisible,
  isArabicCodePoint,
  matchKey,
  matchKeyWithOffsets,
  normalizeArabic,
  normalizeArabicWithOffsets,
  originalRange,
  type NormalizedText,
} from './normalize.ts';
export { tokenize, type Token } from './tokenize.ts';
export { cliticVariants, stripClitics, type CliticVariant } from './clitics.ts';
export { ARTICLE, CONJUNCTIONS, PREPOSITIONS, PROCLITICS, isProcliticOnly, type Proclitic } from './proclitics.ts';
export { FUNCTION_WORD_GROUPS_AR, FUNCTION_WORDS_AR } from './function-words.ts';
