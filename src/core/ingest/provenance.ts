/**
 * What a text says about itself: the outlet and image credit in its furniture, the dateline it
 * opens with, and a title made from its opening sentence when the editor gave none.
 */
import type { Lang } from '../types.ts';
import type { FurnitureHit } from './clean.ts';
import { foldLineText } from '../arabic/index.ts';

/** The outlet and image credit found in furniture. */
export interface Provenance {
  source?: string;
  imageCredit?: string;
}

/** The longest value taken as an outlet or credit; longer text is a caption or a sentence. */
const VALUE_MAX = 80;

/** Abbreviations whose final period is part of the name ("U.S.", "Ltd."), not a full stop. */
const ABBREVIATION = /(?:^|[\s(])(?:\p{L}\.){2,}$|(?:^|[\s(])(?:Inc|Ltd|Co|Corp|Jr|Sr|St|Dr|Mr|Mrs|Ms|Prof|Gen|Gov|Sen|Rep|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/u;

/** A furniture value as a name: trimmed, unquoted, without a closing full stop. */
export function cleanValue(value: string): string | undefined {
  let text = value.trim().replace(/^["“”«»'‘’(\[]+|["“”«»'‘’)\]]+$/gu, '').trim();
  if (!ABBREVIATION.test(text)) text = text.replace(/[.,;:،؛]+$/u, '').trim();
  if (text === '' || text.length > VALUE_MAX || !/\p{L}/u.test(text)) return undefined;
  return text;
}

/** The first outlet and the first image credit named by the furniture taken out of a text. */
export function provenanceFrom(furniture: readonly FurnitureHit[]): Provenance {
  const found: Provenance = {};
  for (const hit of furniture) {
    const field = hit.pattern.provides;
    if (!field || found[field] !== undefined || hit.value === undefined) continue;
    const value = cleanValue(hit.value);
    if (value) found[field] = value;
  }
  return found;
}

/** A dateline at the start of a paragraph. */
export interface Dateline {
  /** The place, e.g. `PARIS`, `SAN JUAN, Puerto Rico`, `باريس`. */
  place: string;
  /** Length of the dateline prefix in the paragraph (where the sentence itself starts). */
  end: number;
}

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DATE = String.raw`(?<date>,?\s+(?:${MONTH}\s+\d{1,2}|\d{1,2}\s+${MONTH})(?:,?\s+\d{4})?)`;
const AGENCY = String.raw`\s*\((?<agency>[^()]{1,40})\)`;
const REGION = String.raw`(?<region>,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})`;
/** A dash after a dateline: em or en dash, or a spaced hyphen (an unspaced one joins words). */
const DASH = String.raw`(?:\s*(?:—|–|--)\s*|\s+-\s+)`;

/** `PARIS —`, `NEW YORK, N.Y. —`, `PARIS, May 5 (Reuters) -`: a place in capitals. */
const EN_CAPS = new RegExp(
  String.raw`^(?<place>\p{Lu}[\p{Lu}\p{M}'’.-]*(?:[ /]\p{Lu}[\p{Lu}\p{M}'’.-]*){0,3})${REGION}?${DATE}?(?:${AGENCY})?${DASH}(?=\S)`,
  'u',
);
/** `Paris (AFP) —`, `Paris, May 5 —`: a place in ordinary case needs an agency or a date to be a dateline. */
const EN_CASED = new RegExp(
  String.raw`^(?<place>\p{Lu}[\p{L}\p{M}'’.-]*(?:[ /]\p{Lu}[\p{L}\p{M}'’.-]*){0,3})${REGION}?(?:${DATE}(?:${AGENCY})?|${AGENCY})${DASH}(?=\S)`,
  'u',
);

/** Capitalised labels that open a paragraph like a dateline but are not places. */
const NOT_PLACES = new Set([
  'UPDATE', 'UPDATED', 'BREAKING', 'BREAKING NEWS', 'EXCLUSIVE', 'WATCH', 'VIDEO', 'PHOTOS', 'LIVE', 'ANALYSIS',
  'OPINION', 'NOTE', "EDITOR'S NOTE", 'EDITOR’S NOTE', 'ADVERTISEMENT', 'WARNING', 'CORRECTION', 'URGENT', 'FLASH',
  'COMMENTARY', 'REVIEW', 'INTERVIEW', 'EDITORIAL', 'OK', 'I',
]);

const AR_WORD = String.raw`(?:(?![،؛؟])\p{Script=Arabic})+`;
/** `باريس -`, `باريس (رويترز) -`, `باريس في 5 أيار/مايو (أ ف ب) -`, `لندن ـ «القدس العربي»:`. */
const AR_DATELINE = new RegExp(
  String.raw`^(?<place>${AR_WORD}(?: ${AR_WORD}){0,2})(?:\s+في\s+[\d٠-٩]{1,2}\s+[^\s()]{2,20})?(?:${AGENCY})?(?:\s+[-–—ـ]+\s*|\s*[-–—ـ]+\s+)(?:[(«]?[^()«»:\n]{1,25}[)»]?\s*:\s*)?(?=[\p{L}"«(])`,
  'u',
);

/** Words that open Arabic sentences and are never places ("قال - في بيان - إن" is no dateline). */
const AR_NOT_PLACES = new Set(
  ['قال', 'وقال', 'أكد', 'وأكد', 'أضاف', 'وأضاف', 'أعلن', 'وأعلن', 'في', 'من', 'على', 'إلى', 'عن', 'و', 'ثم', 'لكن', 'أما', 'إن', 'أن', 'هذا', 'هذه', 'كما', 'كان', 'وكان', 'لقد', 'وقد', 'قد', 'مع', 'بعد', 'قبل'].map(
    (w) => foldLineText(w),
  ),
);

/** The dateline a paragraph opens with, if it has one. */
export function findDateline(text: string, lang: Lang): Dateline | undefined {
  if (lang === 'en') {
    const match = EN_CAPS.exec(text) ?? EN_CASED.exec(text);
    const place = match?.groups?.place;
    if (!match || !place) return undefined;
    const letters = place.replace(/[^\p{L}]/gu, '');
    if (letters.length < 2 || NOT_PLACES.has(place.toUpperCase())) return undefined;
    return { place: `${place}${match.groups?.region ?? ''}`.trim(), end: match[0].length };
  }
  const match = AR_DATELINE.exec(text);
  const place = match?.groups?.place;
  if (!match || !place || place.length > 30) return undefined;
  if (AR_NOT_PLACES.has(foldLineText(place.split(' ')[0]))) return undefined;
  // A dash that comes back soon after encloses an aside ("الوزير - في بيان - قال"), not a dateline.
  if (/^[^.!?؟]{0,40}\s[-–—]\s/u.test(text.slice(match[0].length))) return undefined;
  return { place, end: match[0].length };
}

/** The longest derived title, in characters, before it is cut at a word with "…". */
export const TITLE_MAX = 90;

/** Short words a cut title should not end on. */
const DANGLING = new Set(
  [
    'a', 'an', 'the', 'of', 'to', 'and', 'or', 'but', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'that', 'which',
    'who', 'as', 'into', 'its', 'their', 'his', 'her', 'is', 'was', 'be', 'been', 'has', 'had', 'have', 'it', 'than',
    'في', 'من', 'على', 'إلى', 'الى', 'عن', 'و', 'أن', 'إن', 'ان', 'التي', 'الذي', 'الذين', 'مع', 'ثم', 'أو', 'او', 'قد',
    'لقد', 'كان', 'حيث', 'بين', 'ضد', 'عند', 'بعد', 'قبل', 'منذ', 'حول', 'خلال', 'لدى', 'كل', 'بأن', 'وأن', 'كما',
  ].map((w) => foldLineText(w)),
);

const OPENERS: Record<string, string> = { '“': '”', '«': '»', '(': ')', '‘': '’', '[': ']' };

/** The opening sentence of `text`, without its full stop. */
export function openingSentence(text: string): string {
  const stop = /[.!?؟…](?=["”’»)\]]*(?:\s|$))/gu;
  for (const match of text.matchAll(stop)) {
    const end = match.index + 1;
    if (match[0] === '.' && ABBREVIATION.test(text.slice(0, end))) continue;
    // A single capital before the period is an initial ("John F. Kennedy").
    if (match[0] === '.' && /(?:^|\s)\p{Lu}\.$/u.test(text.slice(0, end))) continue;
    const sentence = text.slice(0, end).trim();
    return sentence.replace(/\.$/u, '');
  }
  return text.trim().replace(/\.$/u, '');
}

/**
 * A title from a paragraph's opening sentence (after its dateline, if any), cut at a word boundary
 * to at most `max` characters with "…", never ending on an article or a preposition, with any quote
 * left open by the cut closed again.
 */
export function deriveTitle(paragraph: string, lang: Lang, max = TITLE_MAX): string {
  const dateline = findDateline(paragraph, lang);
  const sentence = openingSentence(paragraph.slice(dateline?.end ?? 0).trim());
  if ([...sentence].length <= max) return sentence;
  const words = sentence.slice(0, max).split(/\s+/u);
  // The last word was cut through unless the sentence continues with a space right there; a
  // single word longer than the title is cut where it must be.
  if (!/\s/u.test(sentence[max] ?? ' ') && words.length > 1) words.pop();
  const bare = (word: string) => foldLineText(word).replace(/[\p{P}\p{S}]+/gu, '');
  while (words.length > 1 && (DANGLING.has(bare(words.at(-1) ?? '')) || bare(words.at(-1) ?? '') === '')) words.pop();
  let title = words.join(' ').replace(/[\s,;:،؛.\-–—]+$/u, '');
  let closers = '';
  for (const char of title) {
    if (OPENERS[char]) closers = OPENERS[char] + closers;
    else if (closers.startsWith(char)) closers = closers.slice(1);
  }
  title = `${title}…${closers}`;
  return title;
}
