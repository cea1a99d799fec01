/**
 * A glossary form (a term or alias) seen the way matching sees text: a sequence of word keys and
 * the separators between them.
 */
import { hasArabic, isInvisible, matchKey, tokenize } from '../arabic/index.ts';

/** A form split into what matching compares. */
export interface FormShape {
  /** `matchKey` of each word. */
  keys: string[];
  /** `gapKey` of the separator before each word after the first (`gaps.length === keys.length - 1`). */
  gaps: string[];
  /** Punctuation the form starts with (`#` in `#MacronLeaks`); matched when the text has it. */
  lead: string;
  /** Punctuation the form ends with (`!` in `En Marche!`, `.` in `U.S.`); matched when the text has it. */
  trail: string;
  /** True when the form is written in Arabic script. */
  arabic: boolean;
  /**
   * True when the form has capitals and no lowercase letter (US, EPA, APT 28): it then matches only
   * text written in capitals too, or every "us" would be the United States.
   */
  acronym: boolean;
}

/** Separator key of whitespace, hyphens and invisible controls alone: "Le Pen", "Le-Pen", "Le\nPen". */
export const SPACE_GAP = ' ';

function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Hyphens and the en dash, which writers use for a space inside names (Saint-Denis, far-right). */
function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x2013;
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0x02bc || c === 0x2032 || c === 0x60;
}

/**
 * What separates two words, reduced to what matters for matching: whitespace, hyphens and
 * invisible controls count as one space; any other punctuation counts as itself (folded by
 * `matchKey`, apostrophes unified). So "Le Pen" matches "Le-Pen" and "Le\nPen", and "U.S." matches
 * "U. S.", but no form runs across a full stop or a comma it does not contain.
 */
export function gapKey(text: string, from: number, to: number): string {
  if (to - from === 1 && text.charCodeAt(from) === 0x20) return SPACE_GAP;
  let key = '';
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || isHyphen(c) || isInvisible(c) || c < 0x20 || c === 0x7f) continue;
    key += isApostrophe(c) ? "'" : text[i];
  }
  return key === '' ? SPACE_GAP : matchKey(key);
}

/** `form` split into words and separators, or undefined when it has no letter or digit to match. */
export function formShape(form: string): FormShape | undefined {
  const tokens = tokenize(form);
  if (tokens.length === 0) return undefined;
  const gaps: string[] = [];
  for (let i = 1; i < tokens.length; i++) gaps.push(gapKey(form, tokens[i - 1].end, tokens[i].start));
  return {
    keys: tokens.map((token) => token.key),
    gaps,
    lead: form.slice(0, tokens[0].start).trim(),
    trail: form.slice(tokens[tokens.length - 1].end).trim(),
    arabic: hasArabic(form),
    acronym: form === form.toUpperCase() && form !== form.toLowerCase(),
  };
}

/** Separates a gap key from the word key after it in trie edges; no key contains it. */
export const EDGE_SEPARATOR = '\u0000';

/**
 * The identity of a form for matching: two forms with the same key match the same text. Punctuation
 * at the ends does not count (`En Marche!` and `En Marche` are the same form).
 */
export function formKey(form: string): string | undefined {
  const shape = formShape(form);
  if (!shape) return undefined;
  let key = shape.keys[0];
  for (let i = 1; i < shape.keys.length; i++) key += shape.gaps[i - 1] + EDGE_SEPARATOR + shape.keys[i];
  return key;
}
