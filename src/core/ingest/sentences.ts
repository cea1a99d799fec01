/**
 * Whether a text reads as sentences. Several rules of the cleaner hold only in prose: a transcript's
 * turns are long and end without a stop, a list or a programme has no long lines at all, and what
 * looks like furniture in an article may be a turn or an item there.
 */

/** A line that ends as a sentence does, before any closing quote or bracket. */
export const ENDS_SENTENCE = /[.!?؟…]["”’»)\]]*$/u;

/**
 * Lines of more words than this are long: no rule of short lines takes them. Only tokens with a
 * letter count (`wordCount`), so that a row of share buttons or of figures between bars is not long.
 */
export const LONG_LINE_WORDS = 10;
/** The share of long lines that must end as sentences do. */
const SENTENCE_SHARE = 0.75;

/**
 * Whether most of the long lines of a text end with a stop; `undefined` when it has no long line,
 * which each caller reads its own way (a list is not prose, nor is it a transcript).
 */
export function ofSentences(texts: readonly string[]): boolean | undefined {
  const long = texts.filter((text) => wordCount(text) > LONG_LINE_WORDS);
  if (long.length === 0) return undefined;
  return long.filter((text) => ENDS_SENTENCE.test(text.trim())).length >= SENTENCE_SHARE * long.length;
}

/** The words of a line: its tokens that hold a letter. */
export function wordCount(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/u)) if (/\p{L}/u.test(token)) count++;
  return count;
}
