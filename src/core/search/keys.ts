/**
 * Search keys: the form in which a word is indexed and looked up. A page is indexed as the keys of
 * its words and a query is looked up as the keys of its words, both made by `wordKeys`, so a
 * reader's spelling and the text's spelling meet whenever they are the same word.
 */
import { cliticVariants, stripClitics, tokenize, type Token } from '../arabic/index.ts';
import { stemArabic, stemEnglish } from './stem.ts';

/** One word of a text with its search keys. */
export interface KeyedWord {
  token: Token;
  /**
   * The keys of the word, its main key first, then the other readings it may have (at most a
   * few). A query word matches a text word when one of its keys is a prefix of one of the text
   * word's keys, as Pagefind matches a query term to the indexed words it begins.
   */
  keys: string[];
}

/**
 * A clitic reading's stem must have this many letters to be indexed as another reading of the
 * word: كتاب may be ك + تاب, but كان is not ك + ان.
 */
const MIN_READING = 3;

/** The main key of an Arabic word key: clitics that are surely clitics off, then its light stem. */
function arabicKey(key: string): string {
  return stemArabic(stripClitics(key));
}

/**
 * The search keys of one word (see `KeyedWord.keys`).
 *
 * - A word in Arabic script: `matchKey` (hamza seats, ى/ي, ة/ه, tatweel, harakat and
 *   presentation forms folded), then `stripClitics` (و ف with ال, ب ك ل with ال, لل, and a lone
 *   و or ف), then its light stem (`stemArabic`). That main key cannot be sure of other prefixes: a
 *   lone ب ك or ل is too often a word's own first letter (بيان, كتاب, لجنة) to take off, and a
 *   word may begin with و or ف and carry prefixes too (وفرنسا, الوزير). So every other reading of the word as
 *   prefixes + stem (see `cliticVariants`) adds the key the stem has as a word of its own
 *   (لماكرون: لماكر, then ماكر): a query for ماكرون finds لماكرون, and a query for لماكرون finds
 *   ماكرون through its own second key.
 * - Any other word: `matchKey` (case, accents, compatibility forms), then Porter2 for English.
 *
 * @example wordKeys(tokenize('لماكرون')[0]) → ['لماكر', 'ماكر']; wordKeys(tokenize('Elections')[0]) → ['elect']
 */
export function wordKeys(token: Token): string[] {
  if (!token.arabic) return [stemEnglish(token.key)];
  const keys = [arabicKey(token.key)];
  for (const reading of cliticVariants(token.key)) {
    if (reading.prefix === '' || reading.stem.length < MIN_READING) continue;
    const key = arabicKey(reading.stem);
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

const APOSTROPHES = new Set(["'", '’', 'ʼ', '‘']);

/** English endings written after an apostrophe (Macron’s, don’t, we’ll): part of the word before. */
const ENGLISH_CLITICS = new Set(['s', 't', 'd', 'll', 're', 've', 'm']);

/**
 * Whether `token` is an English ending after an apostrophe. `tokenize` ends a word at an apostrophe
 * (so that "Macron’s" is the glossary's "Macron"); the "s" on its own is no word to search for.
 */
function isEnglishClitic(text: string, token: Token, previous: Token | undefined): boolean {
  return (
    previous !== undefined &&
    !token.arabic &&
    ENGLISH_CLITICS.has(token.key) &&
    previous.end === token.start - 1 &&
    APOSTROPHES.has(text[token.start - 1])
  );
}

/** The words of `text` with their search keys, in order (English endings after apostrophes left out). */
export function keyedWords(text: string): KeyedWord[] {
  const words: KeyedWord[] = [];
  let previous: Token | undefined;
  for (const token of tokenize(text)) {
    if (!isEnglishClitic(text, token, previous)) words.push({ token, keys: wordKeys(token) });
    previous = token;
  }
  return words;
}

/**
 * The text Pagefind indexes for `text`: every key of every word, space-separated, in the order
 * of the words. Pagefind sees only keys, so its own folding and stemming have nothing left to do.
 */
export function indexText(text: string): string {
  const keys: string[] = [];
  for (const word of keyedWords(text)) keys.push(...word.keys);
  return keys.join(' ');
}

/**
 * The index term standing for glossary entry number `n` (its position in the glossary) on every
 * page where the entry occurs. It mixes an Arabic and a Latin letter, which no word key can do
 * (`tokenize` splits words where the script changes), and is closed at both ends, so that no term
 * is a prefix of another (Pagefind matches the terms a query term begins).
 *
 * @example entryTerm(0) === 'عg0ع'
 */
export function entryTerm(n: number): string {
  return `عg${n.toString(36)}ع`;
}
