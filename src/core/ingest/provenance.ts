/**
 * What a text says about itself: the dateline it opens with, its headline, and a title made from
 * its opening sentence when the editor gave none.
 */
import type { Lang } from '../types.ts';
import type { Paragraph } from '../types.ts';
import { foldLineText, FUNCTION_WORD_GROUPS_AR, FUNCTION_WORDS_AR } from '../arabic/index.ts';
import { MONTHS, WEEKDAYS } from '../calendar.ts';
import { AR_WORD, CRUMB_RUN, isCreditLine, isFlaggedHeadline, looksLikeName } from './default-furniture.ts';
import { isCreditShaped, isTwoWordHeadline } from './title-shapes.ts';
import { ENDS_SENTENCE } from './sentences.ts';

/** The longest value taken as an outlet or credit; longer text is a caption or a sentence. */
const VALUE_MAX = 80;

/** Abbreviations whose final period is part of the name ("U.S.", "Ltd."), not a full stop. */
const ABBREVIATION =
  /(?:^|[\s(])(?:\p{L}\.){2,}$|(?:^|[\s(])(?:Inc|Ltd|Co|Corp|Jr|Sr|St|Dr|Mr|Mrs|Ms|Prof|Gen|Gov|Sen|Rep|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/u;

/** A furniture value as a name: trimmed, unquoted, without a closing full stop. */
export function cleanValue(value: string): string | undefined {
  let text = value
    .trim()
    .replace(/^["“”«»'‘’([]+/u, '')
    .trim();
  // Round 31: a bracket that closes one inside the value is the name's ("Pacific Community (SPC)").
  const count = (mark: string) => text.split(mark).length - 1;
  while (/["“”«»'‘’)\]]$/u.test(text)) {
    const last = text.at(-1);
    if ((last === ')' && count('(') >= count(')')) || (last === ']' && count('[') >= count(']'))) break;
    text = text.slice(0, -1);
  }
  text = text.trim();
  if (!ABBREVIATION.test(text)) text = text.replace(/[.,;:،؛]+$/u, '').trim();
  if (text === '' || text.length > VALUE_MAX || !/\p{L}/u.test(text)) return undefined;
  return text;
}

/** A dateline at the start of a paragraph. */
export interface Dateline {
  /** The place, e.g. `PARIS`, `SAN JUAN, Puerto Rico`, `باريس`. */
  place: string;
  /** Length of the dateline prefix in the paragraph (where the sentence itself starts). */
  end: number;
  /** The outlet it names: `Reuters` in `CAIRO (Reuters) -`, `رويترز` in `واشنطن - «رويترز»:`. */
  agency?: string;
}

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DATE = String.raw`(?<date>,?\s+(?:${MONTH}\s+\d{1,2}|\d{1,2}\s+${MONTH})(?:,?\s+\d{4})?)`;
const AGENCY = String.raw`\s*\((?<agency>[^()]{1,40})\)`;
// Round 33: with a region's little words inside its name ("DOUGLAS, Isle of Man —").
const REGION = String.raw`(?<region>,\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:of|and|the|de|upon|on)\s+)?\p{Lu}[\p{L}.'’-]*){0,2})`;
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
  'UPDATE',
  'UPDATED',
  'BREAKING',
  'BREAKING NEWS',
  'EXCLUSIVE',
  'WATCH',
  'VIDEO',
  'PHOTOS',
  'LIVE',
  'ANALYSIS',
  'OPINION',
  'NOTE',
  "EDITOR'S NOTE",
  'EDITOR’S NOTE',
  'ADVERTISEMENT',
  'WARNING',
  'CORRECTION',
  'URGENT',
  'FLASH',
  'COMMENTARY',
  'REVIEW',
  'INTERVIEW',
  'EDITORIAL',
  'OK',
  'I',
]);

/** A month as the Arabic calendar spells it (`أبريل`, `تشرين الثاني`), longest first. */
const AR_MONTH = MONTHS.ar
  .flat()
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace(/ /g, String.raw`\s+`))
  .join('|');

/**
 * `باريس -`, `باريس (رويترز) -`, `باريس في 5 أيار/مايو (أ ف ب) -`, `لندن ـ «القدس العربي»:`; and as
 * English writes `KAMPALA, 3 April 2023 —`, a comma and a date: `كمبالا، ٣ أبريل ٢٠٢٣ —`.
 */
const AR_DATELINE = new RegExp(
  String.raw`^(?<place>${AR_WORD}(?: ${AR_WORD}){0,2})(?:\s+في\s+[\d٠-٩]{1,2}\s+[^\s()]{2,20}|\s*[,،]\s*[\d٠-٩]{1,2}\s+(?:${AR_MONTH})(?:\s*/\s*(?:${AR_MONTH}))?(?:\s*[,،]?\s+[\d٠-٩]{4})?)?(?:${AGENCY})?(?:\s+[-–—ـ]+\s*|\s*[-–—ـ]+\s+)(?:[(«]?(?<outlet>[^()«»:\n]{1,25}?)[)»]?\s*:\s*)?(?=[\p{L}"«(])`,
  'u',
);

/**
 * Words that open Arabic sentences and are never places ("قال - في بيان - إن" is no dateline): the
 * function words, verbs of saying, and a few with the conjunction joined.
 */
const AR_NOT_PLACES = new Set(
  [
    ...FUNCTION_WORDS_AR,
    'قال',
    'وقال',
    'أكد',
    'وأكد',
    'أضاف',
    'وأضاف',
    'أعلن',
    'وأعلن',
    'و',
    'لكن',
    'أما',
    'وكان',
    'وقد',
  ].map((w) => foldLineText(w)),
);

/** The dateline a paragraph opens with, if it has one. */
export function findDateline(text: string, lang: Lang): Dateline | undefined {
  if (lang === 'en') {
    const match = EN_CAPS.exec(text) ?? EN_CASED.exec(text);
    const place = match?.groups?.place;
    if (!match || !place) return undefined;
    const letters = place.replace(/[^\p{L}]/gu, '');
    if (letters.length < 2 || NOT_PLACES.has(place.toUpperCase())) return undefined;
    return {
      place: `${place}${match.groups?.region ?? ''}`.trim(),
      end: match[0].length,
      ...agencyOf(match.groups?.agency, lang),
    };
  }
  const match = AR_DATELINE.exec(text);
  const place = match?.groups?.place;
  if (!match || !place || place.length > 30) return undefined;
  if (AR_NOT_PLACES.has(foldLineText(place.split(' ')[0]))) return undefined;
  // A dash that comes back soon after encloses an aside ("الوزير - في بيان - قال"), not a dateline.
  if (/^[^.!?؟]{0,40}\s[-–—]\s/u.test(text.slice(match[0].length))) return undefined;
  return { place, end: match[0].length, ...agencyOf(match.groups?.agency ?? match.groups?.outlet, lang) };
}

/** An agency in a dateline's brackets when it reads as a name ("(Reuters)", "(أ ف ب)"), not "(updated)". */
function agencyOf(text: string | undefined, lang: Lang): { agency?: string } {
  const agency = text?.trim();
  return agency && looksLikeName(agency, lang, 5) ? { agency } : {};
}

/** `(AP) — …`: a paragraph that opens with an agency alone, as wire copy does. */
const AGENCY_ALONE = /^\s*\((?<agency>[^()]{1,30})\)\s*(?:—|–|--|-|ـ+)\s*(?=\S)/u;

/** The outlet a paragraph's dateline names, or the agency it opens with ("(AP) —"), if any. */
export function datelineSource(text: string, lang: Lang): string | undefined {
  return findDateline(text, lang)?.agency ?? agencyOf(AGENCY_ALONE.exec(text)?.groups?.agency, lang).agency;
}

/** The longest derived title, in characters. */
export const TITLE_MAX = 90;

/**
 * The shortest clause taken as a title when a long opening sentence is cut at a natural break:
 * shorter, and the clause is a fragment ("Officials warned"), not a title.
 */
const CLAUSE_MIN = 30;

/** Short words a cut title should not end on. */
const DANGLING = new Set(
  [
    'a',
    'an',
    'the',
    'of',
    'to',
    'and',
    'or',
    'but',
    'in',
    'on',
    'at',
    'for',
    'with',
    'by',
    'from',
    'that',
    'which',
    'who',
    'as',
    'into',
    'its',
    'their',
    'his',
    'her',
    'is',
    'was',
    'be',
    'been',
    'has',
    'had',
    'have',
    'it',
    'than',
    // Arabic words that need a word after them; not negation, pronouns or demonstratives, on which a
    // title may end ("أم لا", "شيء ما", "مثل هذا").
    ...FUNCTION_WORD_GROUPS_AR.prepositions,
    ...FUNCTION_WORD_GROUPS_AR.particles,
    ...FUNCTION_WORD_GROUPS_AR.relatives,
    ...FUNCTION_WORD_GROUPS_AR.auxiliaries,
    'كل',
    'و',
    'بأن',
    'وأن',
  ].map((w) => foldLineText(w)),
);

/**
 * Where a sentence's opening clause ends: before clause punctuation, a spaced dash or a
 * parenthesis, or before a word that starts a subordinate clause (reported speech, a relative
 * clause, a time or cause: "…said on Friday | that…", "…ايمانويل ماكرون | أن الحملة…").
 */
const CLAUSE_BREAK = new RegExp(
  String.raw`\s*[,;:،؛](?=\s)|\s+[—–-]+\s|\s+\((?=\p{L})|\s+(?=(?:that|which|who|whom|whose|after|before|when|while|because|since|although|though|as|amid|despite|where|أن|إن|بأن|وأن|لأن|إنه|أنه|بأنه|الذي|التي|الذين|اللذين|اللتين|حيث|عندما|بينما|بعد|قبل|مما|حين|رغم|وسط|إذ|كي|لكي)\s)`,
  'giu',
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

const bare = (word: string) => foldLineText(word).replace(/[\p{P}\p{S}]+/gu, '');

/** `words` without the articles, prepositions and conjunctions a cut left at their end. */
function withoutDangling(words: string[]): string[] {
  const kept = [...words];
  while (kept.length > 1 && (DANGLING.has(bare(kept.at(-1) ?? '')) || bare(kept.at(-1) ?? '') === '')) kept.pop();
  return kept;
}

/** `title` with the quotes and brackets it opened and did not close, closed. */
function closeOpeners(title: string): string {
  let closers = '';
  for (const char of title) {
    if (OPENERS[char]) closers = OPENERS[char] + closers;
    else if (closers.startsWith(char)) closers = closers.slice(1);
  }
  return title + closers;
}

/**
 * A title from a paragraph's opening sentence (after its dateline, if any): the whole sentence
 * when it is short enough to be a title; otherwise its opening clause, up to the last natural break
 * (see `CLAUSE_BREAK`) within `max` characters, which reads as a headline does ("The campaign of
 * French presidential candidate Emmanuel Macron said late Friday"); only when the sentence has no
 * such break is it cut at a word, with "…". Never ends on an article or a preposition; a quote
 * left open by the cut is closed again.
 */
export function deriveTitle(paragraph: string, lang: Lang, max = TITLE_MAX): string {
  const dateline = findDateline(paragraph, lang);
  const sentence = openingSentence(paragraph.slice(dateline?.end ?? 0).trim());
  if ([...sentence].length <= max) return sentence;
  const head = sentence.slice(0, max + 1);
  let clause: string | undefined;
  for (const match of head.matchAll(CLAUSE_BREAK)) {
    const candidate = head.slice(0, match.index).trim();
    if ([...candidate].length >= CLAUSE_MIN && [...candidate].length <= max) clause = candidate;
  }
  if (clause) {
    const words = withoutDangling(clause.split(/\s+/u));
    const title = words.join(' ').replace(/[\s,;:،؛.\-–—]+$/u, '');
    if ([...title].length >= CLAUSE_MIN) return closeOpeners(title);
  }
  const words = sentence.slice(0, max).split(/\s+/u);
  // The last word was cut through unless the sentence continues with a space right there; a
  // single word longer than the title is cut where it must be.
  if (!/\s/u.test(sentence[max] ?? ' ') && words.length > 1) words.pop();
  const title = withoutDangling(words)
    .join(' ')
    .replace(/[\s,;:،؛.\-–—]+$/u, '');
  return closeOpeners(`${title}…`);
}

/** The longest line taken as a headline, in characters. */
export const HEADLINE_MAX = 120;

/** What ends a line that is not a headline: a full stop, or the comma, colon or dash of a line that continues. */
const ENDS_NOT_HEADLINE = /[.,;:،؛…\-–—]["”’»)\]]*$/u;
/**
 * A byline, a salutation or a word that opens sentences and never headlines (Arabic إنّ, لقد),
 * which open texts as a headline does but are not one.
 */
const NOT_HEADLINE_START =
  /^(?:by|from|dear|my dear|hi|hello|to whom|بقلم|كتب|كتبت|إعداد|اعداد|عزيزي|عزيزتي|سيدي|سيدتي|حضرة|السادة|إن|إنه|لقد|وقد|كما|أما|ثم)(?:\s|$)/iu;
/** Separators of a breadcrumb or a list of sections ("World › Europe", "News | Politics"). */
const SEPARATORS = new RegExp(String.raw`\s${CRUMB_RUN}\s`, 'u');
/** Month and weekday names: a line of them and numbers is a date, not a headline. */
const DATE_WORDS = new Set(
  [
    ...[...MONTHS.en, ...WEEKDAYS.en, ...MONTHS.ar, ...WEEKDAYS.ar].flat().flatMap((name) => name.split(' ')),
    'updated',
    'posted',
    'published',
    'on',
    'at',
    'am',
    'pm',
    'gmt',
    'utc',
    'يوم',
    'في',
    'نشر',
    'تحديث',
    'ساعة',
    'منذ',
    'صباحا',
    'مساء',
  ].map((w) => foldLineText(w)),
);

/** How many of the paragraphs after a headline show how the text ends its sentences. */
const STYLE_SAMPLE = 10;
/** The share of those that must end as sentences do for a line without a full stop to stand out as a headline. */
const PROSE_SHARE = 0.75;

/**
 * Whether `text`, the first paragraph of a plain-text source, is its headline, given the paragraphs
 * that follow it: a short line (at most `HEADLINE_MAX` characters, three words or more) without a
 * final full stop, comma or colon, followed by a longer paragraph of prose, in a text whose
 * paragraphs end as sentences do (so that a line without a full stop stands out; in a transcript
 * or a list, where no line has one, none is a headline). Not a headline either: a line that opens
 * with a dateline (it is the article's first sentence) or in lower case, a list item, a byline or
 * salutation, a date, a breadcrumb, a short label in capitals ("WORLD NEWS").
 */
export function isHeadline(text: string, following: readonly string[], lang: Lang): boolean {
  const [next] = following;
  if (next === undefined) return false;
  const length = [...text].length;
  if (length > HEADLINE_MAX || [...next].length <= length || !ENDS_SENTENCE.test(next)) return false;
  const sample = following.slice(0, STYLE_SAMPLE);
  if (sample.filter((p) => ENDS_SENTENCE.test(p)).length < sample.length * PROSE_SHARE) return false;
  if (ENDS_NOT_HEADLINE.test(text) && !(text.endsWith('.') && ABBREVIATION.test(text))) return false;
  const words = text.split(/\s+/u).filter((word) => /\p{L}/u.test(word));
  // Two words are a button or a section ("Copy link", "انسخ الرابط") more often than a headline,
  // unless they say something as one does ("Kenya votes").
  if (words.length < 3 && !isTwoWordHeadline(text, lang)) return false;
  // A cased script's headline starts with a capital (or a digit, or a quote before one).
  const firstLetter = /\p{L}/u.exec(text)?.[0] ?? '';
  if (firstLetter !== firstLetter.toUpperCase()) return false;
  if (NOT_HEADLINE_START.test(text) || SEPARATORS.test(text) || /^(?:[-*•–—>]|\d{1,3}[.)])\s/u.test(text)) return false;
  const dateWords = text.split(/[\s/\-–,]+/u).filter((word) => /\p{L}/u.test(word));
  if (dateWords.every((word) => DATE_WORDS.has(bare(word).toLowerCase()))) return false;
  if (words.length <= 3 && /\p{Lu}/u.test(text) && text === text.toUpperCase()) return false;
  return findDateline(text, lang) === undefined;
}

/**
 * Whether a paragraph is a letter's salutation ("Dear readers,", "عزيزي المحرر،", "To whom it may
 * concern:"): a few words ending with a comma or a colon. It opens a text without saying what the
 * text is about, so no title or excerpt is made of it.
 */
export const isSalutation = (text: string): boolean =>
  /^[^.!?؟]{1,60}[,،:]$/u.test(text.trim()) && text.trim().split(/\s+/u).length <= 5;

/** The longest excerpt, in characters: more than one line of the home page holds. */
export const EXCERPT_MAX = 200;

/**
 * A one-line excerpt of a text, for lists of documents: its opening, after any dateline, cut at a
 * word with "…" beyond `EXCERPT_MAX` characters. When the title was derived from that opening
 * (`derivedTitle`), the excerpt goes on where the title stops ("…that it had been subjected…"),
 * so a list never shows the same words twice.
 */
export function excerptOf(paragraphs: readonly string[], lang: Lang, derivedTitle?: string): string | undefined {
  const first = paragraphs.find((p) => /\p{L}/u.test(p) && !isSalutation(p));
  if (first === undefined) return undefined;
  let text = first.slice(findDateline(first, lang)?.end ?? 0).trim();
  const said = derivedTitle?.replace(/…[”»’)\]]*$/u, '');
  if (said && text.startsWith(said)) {
    const after = text.slice(said.length);
    const rest = after.replace(/^[\s.!?؟…,;:،؛]+/u, '');
    // A title that was the whole opening paragraph: the excerpt is the next one. One that was the
    // opening sentence: the excerpt starts with the next sentence; a clause: "…" and the rest.
    if (rest === '') text = (paragraphs[paragraphs.indexOf(first) + 1] ?? '').trim();
    else text = /^[.!?؟…]/u.test(after) ? rest : `…${rest}`;
  }
  if (text === '' || text === '…') return undefined;
  if ([...text].length <= EXCERPT_MAX) return text;
  const words = text.slice(0, EXCERPT_MAX).split(/\s+/u);
  if (words.length > 1) words.pop();
  return `${withoutDangling(words)
    .join(' ')
    .replace(/[\s,;:،؛.\-–—]+$/u, '')}…`;
}

/** Whether two titles are the same words, whatever their case, punctuation and spacing. */
export function sameTitle(a: string, b: string): boolean {
  const words = (text: string) =>
    foldLineText(text)
      .toLowerCase()
      .replace(/[\p{P}\p{S}]+/gu, ' ')
      .trim()
      .split(/\s+/u)
      .join(' ');
  return words(a) === words(b);
}

/**
 * A short line that ends with a dash or a colon leads into what follows (a dateline on a line of
 * its own, "Update:"): it is neither a headline nor an opening sentence.
 */
const isLeadIn = (text: string) => /[-–—ـ:]\s*$/u.test(text) && text.trim().split(/\s+/u).length <= 12;

/** A short line that does not end as a sentence does: a headline, or a line of the page around it. */
const isShortLine = (text: string) => [...text].length <= HEADLINE_MAX && !ENDS_NOT_HEADLINE.test(text);

/**
 * Where a text without a headline opens: the first paragraph from `from` on that ends as a sentence
 * does, past the page's leftover short lines ("Tweet this"), within a few lines; else `from`.
 */
export function openingIndex(paragraphs: readonly Paragraph[], from: number): number {
  for (let i = from; i < Math.min(paragraphs.length, from + 4); i++) {
    if (ENDS_SENTENCE.test(paragraphs[i].text)) return i;
    if (!isShortLine(paragraphs[i].text)) break;
  }
  return from;
}

/**
 * The title and excerpt of a text without a headline, made from its opening (`start`, see
 * `openingIndex`): the excerpt goes on where the title stops.
 */
export function fromOpening(
  paragraphs: readonly { text: string }[],
  start: number,
  lang: Lang,
): { title: string; excerpt: string | undefined } {
  const title = deriveTitle(paragraphs[start].text, lang);
  return {
    title,
    excerpt: excerptOf(
      paragraphs.slice(start, start + 2).map((p) => p.text),
      lang,
      title,
    ),
  };
}

/** The line a version's title comes from: its headline, or the opening its title is made from. */
export interface HeadlineCandidate {
  /** Index in the paragraphs given. */
  index: number;
  paragraph: Paragraph;
  /** Whether the line is a headline (see `isHeadline`): moved out of the text into the title. */
  headline: boolean;
}

/**
 * The headline candidate of one version: the first paragraph of its reading text that is neither
 * furniture (`isFurniture`, e.g. a byline cleaning kept because it sat inside the text) nor a
 * dateline on a line of its own, so that no title is ever a breadcrumb, a timestamp or a byline.
 * Two versions of a translation can weigh their candidates together; each says whether it looks
 * like a headline.
 */
export function headlineCandidate(
  paragraphs: readonly Paragraph[],
  lang: Lang,
  isFurniture: (paragraph: Paragraph) => boolean,
): HeadlineCandidate | undefined {
  const eligible = (p: Paragraph) =>
    /\p{L}/u.test(p.text) &&
    !isFurniture(p) &&
    !isLeadIn(p.text) &&
    (isFlaggedHeadline(p.text, lang) || (!isCreditLine(p.text, lang) && !isCreditShaped(p.text, lang)));
  const first = paragraphs.findIndex(eligible);
  if (first === -1) return undefined;
  // Among the short lines that open the text, the headline is the one with the most words: a
  // page's leftover buttons ("Copy link", "انسخ الرابط") are shorter than its headline.
  let index = first;
  const words = (text: string) => text.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
  for (let i = first; i < paragraphs.length && isShortLine(paragraphs[i].text); i++) {
    if (eligible(paragraphs[i]) && words(paragraphs[i].text) > words(paragraphs[index].text)) index = i;
  }
  const paragraph = paragraphs[index];
  const following = paragraphs.slice(index + 1).map((p) => p.text);
  return { index, paragraph, headline: isHeadline(paragraph.text, following, lang) };
}
