/**
 * Aligned translations: sentence splitting for Arabic and English, sentence alignment of a text and
 * its translation, and the rows a facing-page layout needs. Pure functions; nothing here knows
 * about files, Astro or the DOM.
 */
export { splitSentences, type Sentence } from './split.ts';
export { alignSentences, endsWeakly, type AlignOptions, type Bead } from './align.ts';
export { ARABIC_ENGLISH, measure, type LengthModel } from './length.ts';
export { anchorsOf, numbersOf } from './anchors.ts';
export {
  alignParagraphs,
  sentencesOf,
  type AlignedRow,
  type EditionAlignment,
  type EditionAlignOptions,
  type SentenceRange,
} from './rows.ts';
