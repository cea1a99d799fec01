/**
 * Search keys: the forms in which a word is indexed and looked up. A page is indexed as the keys of
 * its words and a query is looked up as the keys of its words, both made by `wordKeys`, so a
 * reader's spelling and the text's spelling meet whenever they are the same word.
 *
 * A word has readings of three kinds, from the most specific to the widest (see `Reading`): the
 * word as written (folded), the word without proclitics, and its light stem. The browser looks a
 * query word up under each reading separately and ranks what the narrow readings find above what
 * the wide ones find; a stem is looked up only when the narrower readings find nothing.
 */
import { ARTICLE, cliticVariants, isProcliticOnly, stripClitics, tokenize, type Token } from '../arabic/index.ts';
import { inflectEnglish, stemArabic, stemEnglish } from './stem.ts';

/** How specific a reading is: what a page found through it is worth against one found as typed. */
export type ReadingKind = 'form' | 'base' | 'other' | 'stem' | 'typo' | 'name';

/**
 * One reading of a word, with the key it is indexed and looked up under.
 *
 * - `form`: the word as written, after `matchKey` (harakat, tatweel, hamza seats, ى/ي, ة/ه folded;
 *   case and accents for Latin); for English, its inflectional stem (`inflectEnglish`).
 * - `base`: an Arabic word without the proclitics that are surely proclitics (`stripClitics`: a
 *   conjunction, the article and what comes before it).
 * - `other`: an Arabic word read with other proclitics off (a lone ب ك ل, which is as often the
 *   word's own first letter: لجنة is a committee, not ل + جنة).
 * - `stem`: the light stem (Arabic suffixes off, `stemArabic`) or the Porter2 stem (English).
 * - `typo`: a word of the index within one edit of a query word the index does not have (typos.ts);
 *   only a query's words get such readings, and only after the query found nothing as typed.
 * - `name`: a word of the other script with the same transliteration skeleton (skeleton.ts).
 */
export interface Reading {
  key: string;
  kind: ReadingKind;
  /** What a page found through this reading counts, when not its kind's `READING_WEIGHT`. */
  weight?: number;
}

/** One word of a text with its search keys. */
export interface KeyedWord {
  token: Token;
  /** Its readings, most specific first, each key once. Empty for a word too short to search. */
  readings: Reading[];
}

/**
 * A clitic reading's stem must have this many letters to be read as the word after a lone
 * preposition: كتاب may be ك + تاب, but كان is not ك + ان.
 */
const MIN_READING = 3;

/**
 * Marks a stem key, so that it is never the key of a word: a stem is looked up as a stem, and a
 * word found through its stem ranks as found through a stem. The mark is one letter of the other
 * script (no word key mixes scripts, see `tokenize`), so Pagefind keeps it as part of the word.
 * A stem equal to one of the word's own keys is not indexed again (`indexKeys`): the browser looks
 * a stem up both marked and as it is (`stemLookups`).
 */
const STEM_MARK = { arabic: 'x', latin: 'ع' } as const;

/** The key of `stem` as a stem (see `STEM_MARK`). */
export function stemKey(stem: string, arabic: boolean): string {
  return stem + (arabic ? STEM_MARK.arabic : STEM_MARK.latin);
}

/** The keys under which a stem is looked up: marked, and as a word's own key. */
export function stemLookups(stem: string, arabic: boolean): string[] {
  return [stemKey(stem, arabic), stem];
}

/** A key made only of digits is a number, worth indexing whatever its length. */
const DIGITS = /^[0-9]+$/;

/**
 * Whether a key is worth indexing and looking up: never a single letter, nor proclitics of two
 * letters (ال, لل, وب…), which are never a word: either would match, or be matched by, far too
 * much. Numbers count whatever their length. (Longer proclitics, بال or وال, are also words: see
 * `isBareClitic`.)
 */
export function isWordKey(key: string): boolean {
  if (DIGITS.test(key)) return true;
  const letters = [...key].length;
  return letters >= 2 && !(letters === 2 && isProcliticOnly(key));
}

const TATWEEL = '\u0640';
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Whether `token` of `text` is proclitics standing alone: written with a tatweel (بـ 2020, الـ
 * COVID) or straight onto a word of another script (بالCOVID). Spelled like proclitics but written
 * as a word of its own, بال (mind) or وال (governor) is a word.
 */
function isBareClitic(text: string, token: Token): boolean {
  if (!token.arabic || !isProcliticOnly(token.key)) return false;
  return token.text.endsWith(TATWEEL) || (token.end < text.length && WORD_CHARACTER.test(text[token.end]));
}

/**
 * The readings of one word (see `Reading`), most specific first, each key once.
 *
 * - Arabic: the form (`matchKey`; not when the base took the article off), then `stripClitics`, then every other reading as proclitics +
 *   stem (`cliticVariants`; without the article only when `MIN_READING` letters remain), then the
 *   light stem (`stemArabic`) of the base. لماكرون reads as لماكرون, then ماكرون; a query for ماكرون
 *   finds لماكرون through its second reading.
 * - Any other script: the inflectional stem (`inflectEnglish`), then Porter2.
 *
 * Keys that are not `isWordKey` are left out, so a single letter has no readings at all.
 *
 * @example wordKeys(tokenize('والانتخابات')[0]) → base انتخابات, stem انتخاب
 */
export function wordKeys(token: Token): Reading[] {
  const readings: Reading[] = [];
  const add = (key: string, kind: ReadingKind) => {
    if (!isWordKey(key)) return;
    if (kind === 'stem') key = stemKey(key, token.arabic);
    if (!readings.some((r) => r.key === key)) readings.push({ key, kind });
  };
  if (!token.arabic) {
    add(inflectEnglish(token.key), 'form');
    add(stemEnglish(token.key), 'stem');
    return readings;
  }
  const form = token.key;
  const base = stripClitics(form);
  // A word with the article written out (and what comes before it) is indexed and looked up
  // without them only: every word of a page that has this form also has this base, and each key a
  // query looks up costs the reader an index chunk. A lone و or ف taken off may be the word's own
  // letter (فرنسا), and لل may be ل + a word's own ل, so those forms are kept.
  if (base === form || !form.endsWith(ARTICLE + base)) add(form, 'form');
  add(base, 'base');
  // A word whose own letters begin like the article (التهاب, التزام) loses them as if they were
  // one: التهاب is keyed تهاب. With the article really written (الالتهاب → التهاب) it gets that key
  // too, so that the two meet.
  if (base !== form && base.startsWith(ARTICLE)) add(stripClitics(base), 'base');
  for (const reading of cliticVariants(form)) {
    // The article put back (للكرملين read as الكرملين) says nothing the base does not.
    if (reading.prefix === '' || (!reading.article && reading.stem.startsWith(ARTICLE))) continue;
    // Two letters are a word after the article (بالدم: دم), too often a split of a longer word otherwise.
    if (!reading.article && reading.stem.length < MIN_READING) continue;
    add(reading.stem, 'other');
    // A reading that still has the article written out meets words keyed by their base (see above).
    const again = stripClitics(reading.stem);
    if (again !== reading.stem && reading.stem.endsWith(ARTICLE + again)) add(again, 'other');
  }
  add(stemArabic(base), 'stem');
  return readings;
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

/**
 * The words of `text` with their readings, in order: English endings after apostrophes, bare
 * proclitics and words with no reading (single letters) left out.
 */
export function keyedWords(text: string): KeyedWord[] {
  const words: KeyedWord[] = [];
  let previous: Token | undefined;
  for (const token of tokenize(text)) {
    if (!isEnglishClitic(text, token, previous) && !isBareClitic(text, token)) {
      const readings = wordKeys(token);
      if (readings.length > 0) words.push({ token, readings });
    }
    previous = token;
  }
  return words;
}

/**
 * Joins the keys of one word for Pagefind. Pagefind indexes a word written with ASCII punctuation
 * inside it as each of its parts, all at the word's position (as it does "e.g." or "Le-Pen"), so
 * every reading of a word stands where the word stands, and a phrase's words stay next to each
 * other whichever reading each is found by.
 */
const KEY_JOINER = '.';

/**
 * The text Pagefind indexes for `text`: each word as its keys (joined by `KEY_JOINER`), the words
 * space-separated in the order of the text. Pagefind sees only keys, so its own folding and
 * stemming have nothing left to do.
 *
 * @example indexText('التابع لماكرون') === 'التابع.تابع.تابعx لماكرون.ماكرون.ماكرx.لماكرx'
 */
export function indexText(text: string): string {
  return indexTextOf(keyedWords(text));
}

/** `indexText` of a text given as its `keyedWords`. */
export function indexTextOf(words: readonly KeyedWord[]): string {
  return words.map((word) => indexKeys(word.readings).join(KEY_JOINER)).join(' ');
}

/**
 * The keys a word is indexed under: its readings' keys, but a stem that is also one of the word's
 * own keys only once, unmarked (the browser looks stems up both ways, see `stemLookups`).
 */
export function indexKeys(readings: readonly Reading[]): string[] {
  const own = new Set(readings.filter((r) => r.kind !== 'stem').map((r) => r.key));
  return readings.filter((r) => r.kind !== 'stem' || !own.has(r.key.slice(0, -1))).map((r) => r.key);
}

/**
 * The index term standing for glossary entry number `n` (its position in the glossary) on every
 * page where the entry occurs. It starts with an Arabic letter followed by a Latin one, which no
 * word key or stem key can do (`tokenize` splits words where the script changes; a stem's mark
 * comes last), and is closed at both ends, so that no term is a prefix of another.
 *
 * @example entryTerm(0) === 'عg0ع'
 */
export function entryTerm(n: number): string {
  return `عg${n.toString(36)}ع`;
}
