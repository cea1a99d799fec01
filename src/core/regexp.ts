/**
 * Text placed inside a regular expression: a label, an alias or a file name from a table or an
 * editor must match itself and nothing else, whatever punctuation it holds ("U.S.", "(AP)", "C++").
 */

/** `text` escaped to match itself literally inside a regular expression, with or without the `u` flag. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** `text` as a literal pattern in which each space matches any run of white space (a line break included). */
export const spacedLiteral = (text: string) => escapeRegExp(text).replace(/ /g, String.raw`\s+`);
