/**
 * Misspellings: which words of the index a query word that the index does not have may have been
 * meant as. One edit a reader makes, told apart by kind, because the kinds are not equally likely:
 *
 * - Arabic: a letter for one of the same shape that differs only by its dots (ح for خ, ص for ض,
 *   ت for ث…), a letter dropped, doubled or added, two neighbours swapped. A letter for an unrelated
 *   letter is not an edit: in a script where most words are three or four consonants, it turns one
 *   word into another too often (alef and hamza seats, ة/ه and ى/ي are already folded by `matchKey`).
 * - English (and any Latin word): Damerau–Levenshtein at distance one (a letter substituted,
 *   dropped, added, or two neighbours swapped), for words of `MIN_ENGLISH` letters or more.
 *
 * The same functions run in the tests, the evaluation and the browser.
 */
import { hasArabic, matchKey } from '../arabic/index.ts';
import { keyedWords, type Reading } from './keys.ts';
import { queryWord, type EntrySpan, type QueryWord, type SearchQuery } from './query.ts';
import { READING_WEIGHT, pagesOf, wordLookupKeys, type Lookup } from './rank.ts';
import { inflectEnglish } from './stem.ts';

/** What one edit did to a word, from the reader's side: what they typed against what the text has. */
export type EditKind =
  /** An Arabic letter typed for one of the same shape with other dots (ضحم for ضخم). */
  | 'dots'
  /** A letter typed twice, or a doubled letter typed once. */
  | 'double'
  /** Two neighbouring letters swapped. */
  | 'swap'
  /** A vowel for another vowel (English). */
  | 'vowel'
  /** A letter left out. */
  | 'dropped'
  /** A letter too many. */
  | 'added'
  /** Any letter for any other (English only). */
  | 'other';

/**
 * How likely each kind of edit is, as a weight: a candidate reached by a likelier edit is offered
 * first. Dots and vowels are what a reader does not hear; a doubled letter and a swap are slips of
 * the hand; a letter dropped is commoner than one added.
 */
export const EDIT_WEIGHT: Readonly<Record<EditKind, number>> = {
  dots: 1,
  vowel: 1,
  double: 0.9,
  swap: 0.9,
  dropped: 0.8,
  added: 0.7,
  other: 0.6,
};

/** Letters of the same shape with other dots (or none), as `matchKey` leaves them. */
const DOTTED_SIBLINGS: readonly string[] = [
  'بتثنيئ', // the tooth: initial and medial forms differ by their dots only
  'جحخ',
  'دذ',
  'رز',
  'سش',
  'صض',
  'طظ',
  'عغ',
  'فق',
  'وؤ',
];

// Built by a function marked pure: the browser's bundler leaves a module out of the search
// script when nothing it needs uses it, which a statement at the top level would prevent.
const SIBLING_GROUP = /* @__PURE__ */ siblingGroups();

function siblingGroups(): Map<string, number> {
  return new Map(DOTTED_SIBLINGS.flatMap((group, i) => [...group].map((letter) => [letter, i] as const)));
}

/** Whether two Arabic letters differ only by their dots. */
export function dottedSiblings(a: string, b: string): boolean {
  const group = SIBLING_GROUP.get(a);
  return a !== b && group !== undefined && group === SIBLING_GROUP.get(b);
}

const VOWELS = /* @__PURE__ */ new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** Letters an Arabic word needs before a reader's misspelling of it is guessed at (ضخم has three). */
export const MIN_ARABIC = 3;

/** Letters an English word needs: under four, one edit reaches too many other words (cat: bat, cut, car, act). */
export const MIN_ENGLISH = 4;

/** Whether a query key is long enough to be corrected. */
export function correctable(key: string): boolean {
  const letters = [...key];
  if (letters.some((ch) => /[0-9]/.test(ch))) return false;
  return letters.length >= (hasArabic(key) ? MIN_ARABIC : MIN_ENGLISH);
}

/**
 * The one edit that turns `typed` into `word`, or undefined when they are the same, further apart,
 * or in different scripts. Both are keys (`matchKey`: folded, lowercase).
 *
 * @example editBetween('ضحم', 'ضخم') === 'dots'; editBetween('recieve', 'receive') === 'swap'
 */
export function editBetween(typed: string, word: string): EditKind | undefined {
  if (typed === word) return undefined;
  const arabic = hasArabic(typed);
  if (arabic !== hasArabic(word)) return undefined;
  const a = [...typed];
  const b = [...word];
  if (Math.abs(a.length - b.length) > 1) return undefined;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const restA = endA - start;
  const restB = endB - start;
  if (restA === 1 && restB === 1) {
    const [x, y] = [a[start], b[start]];
    if (arabic) return dottedSiblings(x, y) ? 'dots' : undefined;
    return VOWELS.has(x) && VOWELS.has(y) ? 'vowel' : 'other';
  }
  if (restA === 2 && restB === 2) {
    return a[start] === b[start + 1] && a[start + 1] === b[start] ? 'swap' : undefined;
  }
  if (restA === 0 && restB === 1) {
    // A letter left out; the run trimmed may have been shifted, so look at the letter's neighbours.
    const missing = b[start];
    return b[start - 1] === missing || b[start + 1] === missing ? 'double' : 'dropped';
  }
  if (restA === 1 && restB === 0) {
    const extra = a[start];
    return a[start - 1] === extra || a[start + 1] === extra ? 'double' : 'added';
  }
  return undefined;
}

/** A word of the index a misspelled query word may have meant. */
export interface Candidate {
  /** The word's key, as the index has it. */
  key: string;
  /** The query key it corrects. */
  typed: string;
  edit: EditKind;
  /** Pages of the index that have the word. */
  pages: number;
  /** `EDIT_WEIGHT` of the edit. */
  weight: number;
}

/** A vocabulary entry: a key and the number of pages that have it. */
export type VocabularyEntry = readonly [key: string, pages: number];

/**
 * The words of `vocabulary` within one edit of `typed`, the likeliest first: by the kind of edit,
 * then by how many pages have the word (a common word is more often the one meant), then by key.
 */
export function candidatesFor(typed: string, vocabulary: Iterable<VocabularyEntry>): Candidate[] {
  if (!correctable(typed)) return [];
  const length = [...typed].length;
  const found = new Map<string, Candidate>();
  for (const [key, pages] of vocabulary) {
    // Cheap length filter before the edit is worked out (key.length counts UTF-16 units, which for
    // Arabic and Latin letters are code points).
    if (Math.abs(key.length - length) > 1 || found.has(key)) continue;
    const edit = editBetween(typed, key);
    if (edit) found.set(key, { key, typed, edit, pages, weight: EDIT_WEIGHT[edit] });
  }
  return [...found.values()].sort(byLikelihood);
}

/** Likelier candidates first (see `candidatesFor`). */
export function byLikelihood(a: Candidate, b: Candidate): number {
  return b.weight - a.weight || b.pages - a.pages || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** Words of the index a misspelled query word is looked up as, at most: each costs the reader an index chunk. */
export const MAX_CORRECTIONS = 3;

/** What a candidate found through a reading with proclitics read off (`other`) is worth, against the word as typed. */
const OTHER_READING = 0.8;

/**
 * The keys of a query word that are corrected, as the vocabulary has words (`countVocabulary`, `vocabularyWords`):
 * an Arabic word with and without proclitics (its readings but the stem), an English word as
 * written.
 */
export function correctableReadings(word: QueryWord): Reading[] {
  if (!hasArabic(word.text)) return [{ key: matchKey(word.text), kind: 'form' }];
  return word.readings.filter((r) => r.kind === 'form' || r.kind === 'base' || r.kind === 'other');
}

/** A query word the index does not have, and the words it is looked up as instead. */
export interface Correction {
  /** Index of the word in `SearchQuery.words`. */
  word: number;
  /** Likeliest first; the first is the one the reader is told of. */
  candidates: Candidate[];
  /** The word as the reader is shown it corrected (the likeliest candidate, with the proclitics and endings typed). */
  text: string;
}

/**
 * How a candidate is shown in place of the word typed: an Arabic candidate corrects the word with
 * or without its proclitics, which are put back in front (folded, as the key is); an English one
 * is the word as written, with the capital the reader typed.
 */
function shownAs(word: QueryWord, candidate: Candidate): string {
  const typed = word.text;
  if (hasArabic(typed)) {
    const form = matchKey(typed);
    return form.endsWith(candidate.typed)
      ? form.slice(0, form.length - candidate.typed.length) + candidate.key
      : candidate.key;
  }
  return /^\p{Lu}/u.test(typed) ? candidate.key.charAt(0).toUpperCase() + candidate.key.slice(1) : candidate.key;
}

/**
 * The corrections of the words `unfound` (see `unfoundWords`) of `query`: for each, the words of
 * the vocabulary within one edit of any of its correctable readings, likeliest first, at most
 * `MAX_CORRECTIONS`. `vocabulary` gives the entries that may lie within one edit of a key (the
 * shards of `vocabularyShardsOf`). A word without candidates is left as it is.
 */
export function correctionsFor(
  query: SearchQuery,
  unfound: readonly number[],
  vocabulary: (key: string) => Iterable<VocabularyEntry>,
): Correction[] {
  const out: Correction[] = [];
  for (const i of unfound) {
    const word = query.words[i];
    const best = new Map<string, Candidate>();
    for (const reading of correctableReadings(word)) {
      for (const candidate of candidatesFor(reading.key, vocabulary(reading.key))) {
        const weight = candidate.weight * (reading.kind === 'other' ? OTHER_READING : 1);
        const known = best.get(candidate.key);
        if (!known || weight > known.weight) best.set(candidate.key, { ...candidate, weight });
      }
    }
    const candidates = [...best.values()].sort(byLikelihood).slice(0, MAX_CORRECTIONS);
    if (candidates.length > 0) out.push({ word: i, candidates, text: shownAs(word, candidates[0]) });
  }
  return out;
}

/**
 * `query` with each corrected word read as its likeliest candidate typed (`queryWord`: its
 * readings, and then the glossary entries it names, exactly as if the reader had typed it), and
 * looked up as its other candidates too (`typo` readings, weighted by how likely their edit is
 * against the likeliest, below every reading of it: what the correction the reader is told of
 * finds comes first); and its text, with the words' offsets in it, as the reader is shown it:
 * "Showing results for «…»". A word with `spellings` (names.ts) is looked up as those words of
 * the other script too (`name` readings).
 */
export function correctedQuery(
  query: SearchQuery,
  corrections: readonly Correction[],
  spellings: ReadonlyMap<number, readonly string[]> = new Map(),
): SearchQuery {
  if (corrections.length === 0 && spellings.size === 0) return query;
  const byWord = new Map(corrections.map((c) => [c.word, c]));
  let text = '';
  let at = 0;
  const words = query.words.map((word, i): QueryWord => {
    const correction = byWord.get(i);
    // Words of the other script that may spell a name found nowhere (`spellingsFor`).
    const names = (spellings.get(i) ?? []).map((key): Reading => ({ key, kind: 'name' }));
    const shown = correction?.text ?? query.text.slice(word.start, word.end);
    text += query.text.slice(at, word.start);
    const start = text.length;
    text += shown;
    at = word.end;
    const typed = correction && keyedWords(shown)[0];
    if (!correction || !typed) return { ...word, start, end: text.length, readings: [...word.readings, ...names] };
    const [best, ...others] = correction.candidates;
    // An English candidate is a word as written, looked up as the index keys it (`inflectEnglish`).
    const guesses = others.map((c): Reading => ({
      key: hasArabic(c.key) ? c.key : inflectEnglish(c.key),
      kind: 'typo',
      weight: (READING_WEIGHT.typo * c.weight) / best.weight,
    }));
    const asTyped = queryWord(typed);
    return { ...asTyped, start, end: text.length, readings: [...asTyped.readings, ...guesses, ...names] };
  });
  return { ...query, text: text + query.text.slice(at), words };
}

/**
 * Indexes of the query words that nothing in the index has: not any reading looked up (stems of
 * the words in `widened` included), nor a glossary entry of a span the word is in. These are the
 * words a correction may replace (see typos.ts).
 */
export function unfoundWords(
  query: SearchQuery,
  lookup: Lookup,
  spans: readonly EntrySpan[] = [],
  widened: readonly number[] = [],
): number[] {
  const out: number[] = [];
  query.words.forEach((_, i) => {
    if (pagesOf(wordLookupKeys(query, i, widened), lookup).size > 0) return;
    const named = spans.some((span) => span.first <= i && i <= span.last && (lookup.pages(span.term)?.size ?? 0) > 0);
    if (!named) out.push(i);
  });
  return out;
}
