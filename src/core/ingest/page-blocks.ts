/**
 * Furniture that a page prints as a block of lines, each of which alone says nothing of its kind:
 * the headlines listed under a "Related" or "Most read" heading, the topics under "Explore more on
 * these topics", and the section's name printed above the headline ("World", "أخبار"). A line of
 * these blocks is a headline or a word or two, shaped as the article's own lines are; only where it
 * stands (under a heading, above the headline) says it is the page's.
 */
import type { Lang } from '../types.ts';
import { HEADLINE_MAX } from './provenance.ts';
import { readDate } from './furniture-dates.ts';
import type { FurnitureKind } from './furniture-labels.ts';
import type { FurnitureMatch } from './furniture.ts';
import { isTwoWordHeadline } from './title-shapes.ts';

/** The kinds whose heading lists lines under it: other articles' headlines, topics. */
const LISTING_KINDS: ReadonlySet<FurnitureKind | undefined> = new Set(['related', 'tags']);

/** The most words of a heading: "Explore more on these topics", "المزيد حول هذه القصة". */
const HEADING_WORDS = 6;

/** A stop that ends a sentence, maybe inside quotes or brackets. */
const STOPPED = /[.:,;،؛…]["”’»)\]]*$/u;

/** A separator with words after it: a heading with its value on the line ("Read more: …") lists nothing under it. */
const VALUE_AFTER = /[:>|\-–—»«›‹\u2190-\u21ff]\s*\p{L}/u;

/** A list's number on a line of its own: "1", "٢", "3.", "#4". */
const LIST_NUMBER = /^#?\p{N}{1,2}[.)]?$/u;

/** Kinds of a date or a time, which a list prints under its headlines. */
const DATED: ReadonlySet<FurnitureKind | undefined> = new Set(['timestamp', 'dateline']);

const words = (text: string) => text.trim().split(/\s+/u).length;

/**
 * Whether a line a pattern of a listing kind took is a heading of its own (`Related`, `أخبار ذات
 * صلة`, `Most viewed`, `Topics`): short, no value after a separator, no sentence's stop. "Related:
 * the talks went on for three days." is no heading.
 */
export function isListHeading(text: string, match: FurnitureMatch | undefined): boolean {
  if (!match || !LISTING_KINDS.has(match.pattern.kind)) return false;
  if (match.value !== undefined && match.value !== '') return false;
  const line = text.trim().replace(/[:.…>»›\u2190-\u21ff]+$/u, '');
  return words(line) <= HEADING_WORDS && !VALUE_AFTER.test(line) && !/[.!?؟]/u.test(line);
}

/**
 * Whether a line may be an item of a list a page prints: a headline (short, no stop but a question's
 * or an exclamation's), a topic, a list's number, or a date alone (`٢ أغسطس/آب ٢٠٢٣`).
 */
export function isListItem(text: string, lang: Lang): boolean {
  const line = text.trim();
  if (LIST_NUMBER.test(line)) return true;
  if ([...line].length > HEADLINE_MAX || !/\p{L}/u.test(line) || STOPPED.test(line)) return false;
  const date = readDate(line, lang);
  return (date.found && date.rest.length === 0) || !/^\P{L}*\p{Ll}.*\s/u.test(line) || words(line) === 1;
}

/**
 * The lines listed under each heading of a listing kind: the run of list items below it, when that
 * run ends at the text's end or at other furniture (a copyright, a share line, the next heading).
 * A run that ends at prose lists nothing: a real paragraph after a heading is the article's, and
 * so are the short lines before it. Only below the article's last paragraph, where pages print
 * these blocks: a page's "Watch" or "Listen" above the headline lists nothing, nor does a heading
 * between paragraphs (short lines there may be the article's: a list, a transcript's questions).
 *
 * `isFurniture` says which lines another pattern took; `isProse` which are the article's
 * paragraphs. Returns the headings' indices, each with its items'.
 */
export function listsUnderHeadings(
  texts: readonly string[],
  lang: Lang,
  candidate: readonly (FurnitureMatch | undefined)[],
  isFurniture: (i: number) => boolean,
  isProse: (i: number) => boolean,
): Map<number, number[]> {
  const lists = new Map<number, number[]>();
  // A list's number is no paragraph, though it is no headline either.
  const lastProse = texts.findLastIndex((_, i) => isProse(i) && !LIST_NUMBER.test(texts[i].trim()));
  if (lastProse === -1) return lists;
  for (let h = lastProse + 1; h < texts.length; h++) {
    if (!isListHeading(texts[h], candidate[h])) continue;
    const items: number[] = [];
    let k = h + 1;
    // Dates and times under a headline are the listed article's, not this one's: they go with the list.
    // So are lines a shape alone took (`likely-byline`): a headline may name people.
    const listed = (i: number) =>
      DATED.has(candidate[i]?.pattern.kind) ||
      (isListItem(texts[i], lang) &&
        (!isFurniture(i) || /^(?:shaped|likely)-/u.test(candidate[i]?.pattern.name ?? '')));
    while (k < texts.length && !isListHeading(texts[k], candidate[k]) && listed(k)) items.push(k++);
    const ends = k === texts.length || isFurniture(k);
    if (items.length > 0 && ends) lists.set(h, items);
    h = k - 1;
  }
  return lists;
}

/** The most words of a section's name: "World", "US news", "عربي ودولي". */
const SECTION_WORDS = 2;

/**
 * Whether a line may name a section of the site: a word or two, letters only, no stop; in English
 * capitalised; never two words that say something as a headline does ("Kenya votes", "لبنان ينتخب"),
 * but an Arabic pair joined by "و" ("عربي ودولي") is a section's.
 */
export function isSectionName(text: string, lang: Lang): boolean {
  const line = text.trim();
  if (words(line) > SECTION_WORDS || !/^[\p{L}\p{M}&'’ -]+$/u.test(line)) return false;
  if (lang === 'en' && !/^\p{Lu}/u.test(line)) return false;
  // Two Arabic words joined by "و" pair a section's subjects ("عربي ودولي", "ثقافة وفنون").
  if (lang === 'ar' && /^\S+\sو\S{2,}$/u.test(line)) return true;
  return !isTwoWordHeadline(line, lang);
}

/**
 * The section's name a page prints above its headline ("World" and "Africa" on lines of their own,
 * "أخبار"): lines of a word or two (`isSectionName`) directly above the first line of three words
 * or more, beside the page's furniture (a line above them that a pattern took, or one right under
 * the headline). Not the headline, which has more words; not a first word of the article broken
 * onto a line of its own, which prose follows, not a headline. `isShort` says which lines are
 * short enough to be a headline; the first that is not ends the page's opening.
 */
export function sectionLabels(
  texts: readonly string[],
  lang: Lang,
  isFurniture: (i: number) => boolean,
  isShort: (i: number) => boolean,
): number[] {
  let run: number[] = [];
  for (let i = 0; i < texts.length; i++) {
    if (isFurniture(i)) {
      run = [];
      continue;
    }
    if (!isShort(i)) return [];
    if (isSectionName(texts[i], lang)) {
      run.push(i);
      continue;
    }
    if (run.length === 0 || words(texts[i]) < 3) return [];
    const above = run[0] - 1;
    // One short line alone at the top, a deck and a byline under it, is a feature's title
    // ("المنفى"): with nothing taken above it, a section's name is two lines or more.
    return isFurniture(above) || (run.length >= 2 && isFurniture(i + 1)) ? run : [];
  }
  return [];
}
