/**
 * The length model of the aligner (Gale and Church 1993): the length of a translation is roughly
 * proportional to the length of its original, with a variance that grows with the length.
 *
 * English over Arabic, in characters: `mean` is how many English characters one Arabic character
 * becomes, `variance` how much the English length of a passage of `n` Arabic characters varies
 * (`variance · n`). Both were fitted on the TICO-19 translation memory by `npm run fit:align`
 * (bench/align-fit.ts), which prints them; see the README for how.
 */

export interface LengthModel {
  /** English characters per Arabic character. */
  mean: number;
  /** Variance of the English length per Arabic character. */
  variance: number;
}

/**
 * Fitted on the 3,071 units of TICO-19 en–ar (all.en-ar.tmx): 346,846 Arabic and 386,553 English
 * characters as `measure` counts them. Each half of its documents gives 1.12 and 3.5, 1.11 and 4.3.
 */
export const ARABIC_ENGLISH: LengthModel = { mean: 1.114, variance: 3.94 };

/** Arabic marks (harakat, shadda, dagger alef), tatweel and invisible format characters: no length of their own. */
const NO_LENGTH = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\p{Cf}\s]/gu;

/**
 * The length of a sentence as the model counts it: code points other than white space, Arabic
 * marks, tatweel and invisible characters, so that a vocalised or justified Arabic text is as long as
 * a bare one and spacing habits do not count.
 */
export function measure(text: string): number {
  let length = 0;
  for (const _ of text.replace(NO_LENGTH, '')) length++;
  return length;
}
