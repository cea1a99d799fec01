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

/**
 * Whether a UTF-16 unit has no length of its own: white space, Arabic marks (harakat, shadda,
 * dagger alef, Quranic signs), tatweel, invisible format characters, and the second half of a
 * surrogate pair (a code point counts once).
 */
function lengthless(c: number): boolean {
  if (c <= 0x20) return true;
  if (c < 0x00a0) return false;
  return (
    c === 0x00a0 ||
    c === 0x00ad ||
    (c >= 0x0610 && c <= 0x061a) ||
    c === 0x061c ||
    c === 0x0640 ||
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x06d6 && c <= 0x06ed) ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200f) ||
    (c >= 0x2028 && c <= 0x202f) ||
    (c >= 0x205f && c <= 0x2064) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0x3000 ||
    c === 0xfeff ||
    (c >= 0xdc00 && c <= 0xdfff)
  );
}

/**
 * The length of a sentence as the model counts it: code points other than white space, Arabic
 * marks, tatweel and invisible characters, so that a vocalised or justified Arabic text is as long as
 * a bare one and spacing habits do not count.
 */
export function measure(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) if (!lengthless(text.charCodeAt(i))) length++;
  return length;
}
