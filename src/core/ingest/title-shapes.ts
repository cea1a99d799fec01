/**
 * Lines that are never a headline, whatever their labels: a title must not be a byline, a credit,
 * a timestamp or a dateline, and a page prints these with words no table has ("Reporting from
 * Homs by Jane Doe", "Checked and refreshed March 27, 2020", "الصورة بعدسة فلان"). What they share
 * is their shape: they end on the name of whom they credit, or they are a date or a time with a
 * label of a few words, or a place and a date, or the page speaks in them of its own piece,
 * writers or sections ("Jane Doe filed this piece", "Byline Jane Doe, health desk", "Where you
 * are: Health » Chad"). A headline says something of someone ("Macron: France will not yield",
 * "Hit by floods, town rebuilds"): its words go on past the name.
 */
import { perLang } from '../lang.ts';
import type { Lang } from '../types.ts';
import { foldLineText, FUNCTION_WORD_GROUPS_AR } from '../arabic/index.ts';
import { FUNCTION_WORD_GROUPS_EN } from '../english/function-words.ts';
import { LABELS, type FurnitureKind } from './furniture-labels.ts';
import {
  creditsBefore,
  datedClause,
  isArabicBareName,
  isFlaggedHeadline,
  isListedPerson,
  looksLikeName,
  NOTE_LABELS,
  placeOnDay,
  pressOfficeLine,
  readsAsClause,
  TIMESTAMP_LABEL_WORDS,
  unarticled,
} from './default-furniture.ts';
import { hasCalendarWords, readDate, RELATIVE_TIME_SOURCE } from './furniture-dates.ts';
import { DEFAULT_RULES, matchFurniture } from './furniture.ts';

/** The most words besides a date or a time in a timestamp ("Checked and refreshed", "حتى الساعة … من يوم"). */
const TIME_LABEL_WORDS = 4;
/** The most words of a place before a date ("Out of Blida, August 14", "من داخل البليدة، ٢٥ ديسمبر"). */
const PLACE_WORDS = 3;

const RELATIVE = new RegExp(String.raw`(?<![\p{L}\p{N}])${RELATIVE_TIME_SOURCE}(?![\p{L}\p{N}])`, 'u');

/** Prepositions that make a date what a clause is about ("set for", "postponed until", "تأجيل … حتى"). */
const CLAUSE_DATE_LINKS: Record<Lang, Set<string>> = {
  en: new Set(['for', 'until', 'till', 'to', 'before', 'after', 'through', 'ahead']),
  ar: new Set(['حتى', 'إلى', 'الى', 'لغاية', 'قبل', 'بعد'].map((w) => foldLineText(w))),
};

/**
 * Whether the words around a date (`readDate`'s `rest`, folded) say what happens on it, as a
 * headline's clause does: a subject and a verb and a preposition that points at the date
 * ("Elections set for", "Vote postponed until", "تأجيل الانتخابات حتى"). A timestamp's label links
 * its date with "on", "at", "في" or nothing ("Posted on", "Checked and refreshed").
 */
function dateInClause(rest: readonly string[], lang: Lang): boolean {
  return rest.length >= 2 && rest.slice(1).some((w) => CLAUSE_DATE_LINKS[lang].has(w));
}

/**
 * A count of time and a word that places it before now, other than "ago" and منذ/قبل (which
 * `RELATIVE` has), ending the line: "Went online 7 minutes earlier", "5 mins back", "١٠ دقائق مضت".
 * A headline places its time before an event ("Two days before the vote"), and an Arabic count
 * without a number is a headline's ("عام مضى على الحرب"). Lines are folded first.
 */
const COUNT_BEFORE_NOW: Record<Lang, RegExp> = {
  en: new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few|several|a couple of)\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\.?\s+(?:earlier|before|back|previously|prior)\P{L}*$`,
    'u',
  ),
  ar: new RegExp(
    String.raw`(?<![\p{L}\p{N}])\d+\s*(?:ثانيه|ثوان|ثواني|ثانيتين|دقيقه|دقيقتين|دقائق|ساعه|ساعتين|ساعات|يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|سنه|سنتين|سنوات|عام|عامين|اعوام)\s+(?:مضت|مضى|خلت|خلا|سابقه|فائته|ماضيه)\P{L}*$`,
    'u',
  ),
};

/**
 * A person's or an outlet's name as a credit gives it: two to four words of a name, one word in
 * capitals ("ICRC", "AFP"), or a name and an agency across a slash ("Jane Doe/AFP").
 */
function isCreditName(text: string, lang: Lang): boolean {
  const value = text.trim();
  if (value === '') return false;
  const slash = value.split(/\s*\/\s*/u);
  if (slash.length === 2) return slash.every((part) => looksLikeName(part, lang, 3));
  if (!looksLikeName(value, lang, 4)) return false;
  if (lang === 'ar' && /\p{Script=Arabic}/u.test(value)) return true;
  const words = value.split(/\s+/u);
  return words.length >= 2 || /^\p{Lu}{2,}$/u.test(value);
}

/** The words a page prints before a picture's credit: its caption labels ("image", "صورة"). */
const PICTURE_WORDS = perLang(
  (lang) =>
    new Set(
      LABELS[lang].labels.caption
        .filter((l) => !/\s/u.test(l.replace(/:$/u, '')))
        .map((l) => foldLineText(l.replace(/:$/u, ''))),
    ),
);

/** Round 32: the one-word words of whoever took a picture ("lens", "عدسة", "تصوير"), folded. */
const TAKEN_BY = perLang(
  (lang) => new Set(LABELS[lang].photographers.filter((w) => !/\s/u.test(w)).map((w) => foldLineText(w).toLowerCase())),
);

/**
 * The credit standing after a caption's dash, if it is one: a picture word and a name, either way
 * round ("image Jane Doe", "Jane Doe/AFP picture", "صورة فلان"), or a name and an agency.
 */
function pictureCreditOf(segment: string, lang: Lang): string | undefined {
  const words = segment.trim().split(/\s+/u);
  // Round 32: or a word of whoever took it ("… - عدسة فلان", "… — lens Jane Doe").
  const isPicture = (w: string | undefined) =>
    w !== undefined && (PICTURE_WORDS[lang].has(foldLineText(w)) || TAKEN_BY[lang].has(foldLineText(w).toLowerCase()));
  const name = isPicture(words[0])
    ? words.slice(1).join(' ')
    : isPicture(words.at(-1))
      ? words.slice(0, -1).join(' ')
      : segment.includes('/')
        ? segment.trim()
        : undefined;
  return name !== undefined && isCreditName(name, lang) ? name : undefined;
}

/**
 * A name and one or more post-nominal letters after commas ("M.D.", "PhD", "MPH", "FRCP"), maybe
 * after a kicker and a bar: capitals, each with at most two small letters and a dot.
 */
const POST_NOMINALS = /^(?:[^|,]{1,24}\|\s*)?(?<name>[^|,]{3,40}?)(?:,\s*(?:\p{Lu}\p{Ll}{0,2}\.?){1,4}(?=,|$))+$/u;

/** One full stop after a word, a figure or a bracket: not an ellipsis, not "?.". */
const FULL_STOP = /(?<=[\p{L}\p{N})\]]{2})\.$/u;
/** The most words of a line whose full stop may be the page's habit rather than a sentence's end. */
const STOPPED_WORDS = 8;

/**
 * Whether `text` is a line of a few words ending on one full stop, as pages print credits with one
 * ("--Editing by Jane Doe.", "Jane Doe, M.D., M.P.H."): the credit shapes judge it as if without.
 */
export function isStoppedShortLine(text: string): boolean {
  const line = text.trim();
  return FULL_STOP.test(line) && wordsOf(line).length <= STOPPED_WORDS;
}

/**
 * Whether `text` is shaped as a line of the page's that credits, dates or places the article, so
 * that it is never its headline:
 * - it is a clock time with a date or a timestamp's words, or (`asTitle`) a whole date not after a
 *   clause's preposition or a relative time ("… 7 minutes earlier"), with a label of a few words
 *   ("Live since 10:06, Tuesday", "نُشر على الموقع 2 أغسطس 2021", "عُدّل قبل 10 ساعات فقط");
 * - the page speaks in it of its piece, its writers or its sections (`pageSpeaks`);
 * - it is a place of a few words and a date after a comma ("Out of Blida, August 14");
 * - it ends on a name and an agency across a slash ("Inset photo Jane Doe/AFP");
 * - after its last spaced dash stands a picture's credit ("… at dawn — image Jane Doe");
 * - in English, it ends on "by" and a credit's name ("Reporting from Homs by Jane Doe"), or its
 *   last part after a comma is a person's name ("Notes from the field, Jane Doe"), or two persons'
 *   names open it before a comma ("Jane Doe and John Roe, our health team"), or its label before
 *   a colon is a place in capitals ("BANIAS: special to …") or its value a person's name
 *   ("Contributor: Jane Doe").
 * `asTitle` false leaves out the shapes that refuse a title but are too loose to take a line out
 * of the text (dates, relative times): the cleaner's use.
 */
export function creditShape(text: string, lang: Lang, asTitle = true): Shape | undefined {
  const printed = text.trim();
  const words = printed.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  // A sentence of the text is no credit, whatever it ends on.
  if (/[.!?؟…]["”’»)\]]*$/u.test(printed) && words.length > STOPPED_WORDS) return undefined;
  // A short line's full stop is the page's habit, not a sentence's end: the shapes below are read without it.
  const line = isStoppedShortLine(printed) ? printed.replace(FULL_STOP, '') : printed;
  // A clock time with a date, or with a timestamp's own words: headlines give dates, rarely the
  // minute, but a time alone may be the news ("Curfew from 20:00 tonight", "Markets close at 18:00").
  const reading = readDate(line, lang);
  const folded = foldLineText(line);
  if (
    reading.time !== undefined &&
    reading.rest.length <= TIME_LABEL_WORDS &&
    (reading.date !== undefined ||
      hasCalendarWords(folded, lang) ||
      reading.rest.every((w) => TIMESTAMP_LABEL_WORDS[lang].has(w)))
  )
    return { kind: 'timestamp', value: line };
  // A whole date and a few words no table has ("Checked and refreshed March 27, 2020", "نُشر على
  // الموقع 27 فبراير 2021"); a headline says what happens on it ("Elections set for March 27, 2022").
  if (
    asTitle &&
    reading.date !== undefined &&
    reading.rest.length <= TIME_LABEL_WORDS &&
    !datedClause(line, lang) &&
    !dateInClause(reading.rest, lang)
  )
    return { kind: 'timestamp', value: line };
  // A count of time before now ("2 hours ago", "قبل ساعتين", "7 minutes earlier", "١٠ دقائق مضت");
  // "today" is a word of any sentence.
  const relative = RELATIVE.exec(folded);
  const counted = relative && /\d|ago|منذ|قبل/u.test(relative[0]) ? relative : COUNT_BEFORE_NOW[lang].exec(folded);
  if (asTitle && counted && wordsOf(folded.replace(counted[0], ' ')).length <= TIME_LABEL_WORDS)
    return { kind: 'timestamp', value: line };
  const spoken = pageSpeaks(line, lang);
  if (spoken !== undefined) return spoken;
  if (asTitle && pressOfficeLine(line, lang)) return { kind: 'byline', value: line };
  // Round 33: lines no headline is shaped as (`neverHeadline`).
  const never = asTitle ? neverHeadline(line, lang) : undefined;
  if (never !== undefined) return never;
  if (asTitle && asksOfReader(line, lang)) return { kind: 'share' };
  // An item of the article's list of people is no writer's credit, however it names them.
  const listed = isListedPerson(line, lang);
  const writer = listed ? undefined : nameThenRole(line, lang);
  if (writer !== undefined) return { kind: 'byline', value: writer };
  if (deskAfterPlace(line, lang)) return { kind: 'dateline' };
  const leader = listed ? undefined : teamLedBy(line, lang);
  if (leader !== undefined) return { kind: 'byline', value: leader };
  const compiler = lang === 'ar' ? pieceVerbThenNames(line) : undefined;
  if (compiler !== undefined) return { kind: 'byline', value: compiler };
  const comma = line.split(/\s*[,،]\s*/u);
  if (comma.length === 2 && comma[0].split(/\s+/u).length <= PLACE_WORDS) {
    const date = readDate(comma[1], lang);
    if (date.found && date.rest.length === 0 && /[\d٠-٩]/u.test(comma[1])) return { kind: 'dateline' };
  }
  const slash = slashCredit(line, lang, asTitle);
  if (slash !== undefined) return { kind: 'caption', value: slash };
  // A caption that says so first: "(Pictured) A ward in the city hospital".
  const opening = /^[([]([^()[\]]{2,30})[)\]]/u.exec(line);
  if (opening && PICTURE_WORDS[lang].has(foldLineText(opening[1].replace(/:$/u, '')))) return { kind: 'caption' };
  const dashed = line.split(/\s+[-–—]\s+/u);
  const credit = dashed.length >= 2 ? pictureCreditOf(dashed.at(-1) ?? '', lang) : undefined;
  if (credit !== undefined) return { kind: 'caption', value: credit };
  if (lang !== 'en' || words.length > 12) return undefined;
  const labelled = /^([^:]{2,30}):\s+(.+)$/u.exec(line);
  // A label in capitals is a form's or a memo's field ("FROM: Jane Doe, CEO"), or a dateline's
  // place before a colon ("BANIAS: special to …"); a label's headline says something after it
  // ("BREAKING: Macron resigns").
  // A word of three letters or fewer in capitals is an initialism any headline writes so ("UK:
  // inflation hits a 40-year high"), not a place set in capitals.
  if (labelled && /^\p{Lu}[\p{Lu}\s'’.-]+$/u.test(labelled[1]))
    return labelled[1].split(/\s+/u).length <= 3 &&
      /^\p{Ll}/u.test(labelled[2]) &&
      labelled[1].replace(/[^\p{L}]/gu, '').length > 3
      ? { kind: 'dateline' }
      : undefined;
  // "Filed from Kyiv by Jane Doe"; a headline's subject and verb stand before its "by" ("Town hit
  // by Storm Ciara").
  const by = /(?:^|\s)by\s+(.+)$/iu.exec(line);
  if (by && isCreditName(by[1], lang) && creditsBefore(line.slice(0, by.index).split(/\s+/u)))
    return { kind: 'byline', value: by[1] };
  // A name with its degrees after it, maybe under a kicker ("Perspective | Jane Doe, M.D., M.P.H.",
  // "Jane Doe, PhD"): letters after a person's name that no headline ends on.
  const degreed = POST_NOMINALS.exec(line);
  if (degreed?.groups && !listed && isPersonName(degreed.groups.name))
    return { kind: 'byline', value: degreed.groups.name };
  if (comma.length >= 2 && !listed) {
    const last = comma.at(-1) ?? '';
    if (isPersonName(last)) return { kind: 'byline', value: last };
    const names = comma[0].split(/\s+(?:and|&)\s+/u);
    if (names.length >= 2 && names.every(isPersonName)) return { kind: 'byline', value: comma[0] };
  }
  // A note's label is the text's own ("Warning: Graphic Content", "Note: Sam Rivers").
  if (
    labelled &&
    !NOTE_LABELS.en.has(foldLineText(labelled[1])) &&
    labelled[2].split(/\s+(?:and|&)\s+/u).every(isPersonName)
  )
    return { kind: 'byline', value: labelled[2] };
  return undefined;
}

/** The most words of a line in which a page speaks of itself ("Copy this report's address"). */
const PAGE_LINE_WORDS = 8;

/** Each language's words for the piece a page prints and for its newsroom's units, folded. */
const PIECES = perLang((lang) => new Set(LABELS[lang].pieces.map((w) => foldLineText(w))));
const DESKS = perLang((lang) => new Set(LABELS[lang].desks.map((w) => foldLineText(w))));

/** Words that open a question ("why", "لماذا"), folded: a headline's, never a credit's or a button's. */
const QUESTION_WORDS = new Set(
  [...FUNCTION_WORD_GROUPS_EN.questions, ...FUNCTION_WORD_GROUPS_AR.questions].map((w) => foldLineText(w)),
);

/** The demonstratives a page points at its piece with ("this story", "هذه المادة"), folded. */
const DEMONSTRATIVES: Record<Lang, Set<string>> = {
  en: new Set(['this', 'these']),
  ar: new Set([...FUNCTION_WORD_GROUPS_AR.demonstratives, 'هذي'].map((w) => foldLineText(w))),
};

/** A line's words, as written and folded without the marks around them ("story's" stays one word). */
function wordsAndBare(line: string): { raw: string[]; bare: string[] } {
  const raw = line
    .trim()
    .split(/\s+/u)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  return { raw, bare: raw.map((w) => foldLineText(w).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')) };
}
const bareWords = (line: string) => wordsAndBare(line).bare;

/**
 * Where a line's demonstrative stands when the line ends on the page's piece: "this" and a word for
 * it, maybe with what of it a button acts on ("… filed this piece", "Copy this story's link", "…
 * أعدّ هذه المادة", "انسخ رابط هذا التقرير"); -1 otherwise. A headline points at something else
 * ("This video will make your day" opens on it; "Why this election matters" names no piece).
 */
function thisPieceAt(words: readonly string[], lang: Lang): number {
  const isPiece = (w: string | undefined) =>
    w !== undefined && [w, w.replace(/['’]?s$/u, ''), w.replace(/^ال/u, '')].some((f) => PIECES[lang].has(f));
  const n = words.length;
  if (DEMONSTRATIVES[lang].has(words[n - 2] ?? '') && isPiece(words[n - 1])) return n - 2;
  // "this story's link": the piece's, then what of it.
  if (
    lang === 'en' &&
    DEMONSTRATIVES.en.has(words[n - 3] ?? '') &&
    /['’]s$/u.test(words[n - 2] ?? '') &&
    isPiece(words[n - 2])
  )
    return n - 3;
  return -1;
}

/**
 * A person's name that opens `words` (two to four words, before a verb or after a label), as a
 * credit writes it: in English capitalised as `isPersonName` asks, in Arabic words no clause has,
 * without an article but on the last ("عائشة بيلو", "نادية الخطيب").
 */
function nameOf(words: readonly string[], lang: Lang): string | undefined {
  if (words.length < 2 || words.length > 4) return undefined;
  const text = words.join(' ');
  if (lang === 'en') return isPersonName(text) ? text : undefined;
  if (!/^\p{Script=Arabic}/u.test(text) || !looksLikeName(text, lang, 4) || readsAsClause(text, lang, text, false))
    return undefined;
  return words.slice(0, -1).every((w) => !/^(?:ال|وال|بال|لل)/u.test(foldLineText(w))) ? text : undefined;
}

/**
 * The name a byline ends on before a newsroom's unit after a comma ("Byline Jane Doe, health desk",
 * "توقيع فلان الفلاني، قسم الصحة"), maybe after a label of a word or two: the unit is a few words,
 * with a word of `desks` last in English and first in Arabic.
 */
function nameBeforeDesk(line: string, lang: Lang): string | undefined {
  const parts = line.trim().split(/\s*[,،]\s*|\s+[-–—|]\s+/u);
  if (parts.length !== 2) return undefined;
  const unit = bareWords(parts[1]);
  const word = lang === 'en' ? unit.at(-1) : unit[0]?.replace(/^(?:ال|و)(?=\p{L}{3})/u, '');
  if (unit.length === 0 || unit.length > 3 || word === undefined || !DESKS[lang].has(word) || /\d/u.test(parts[1]))
    return undefined;
  // An English unit is the newsroom's, in lower case or a name and the unit ("health desk", "BBC
  // Africa team"); a phrase of its own says more ("head of the health desk").
  if (lang === 'en' && unit.some((w) => /^(?:of|the|a|an|and|for)$/u.test(w))) return undefined;
  // Writers joined ("Jane Doe and John Roe — health desk", "فلان الفلاني وفلانة الفلانية - القسم الصحي").
  const joined = lang === 'en' ? parts[0].split(/\s+(?:and|&)\s+/u) : parts[0].split(/\s+و(?=\p{L}{2})/u);
  if (joined.length === 2) {
    const names = joined.map((n) => nameOf(n.split(/\s+/u), lang));
    if (names.every((n) => n !== undefined)) return parts[0];
  }
  const words = parts[0].split(/\s+/u);
  // A label before the name is read first ("Byline Jane Doe" credits Jane Doe), then a name of three
  // words ("Pieter de Vries").
  for (const label of [1, 2, 0]) {
    const name = words.length - label >= 2 ? nameOf(words.slice(label), lang) : undefined;
    if (name !== undefined) return name;
  }
  return undefined;
}

/** Each language's words of a writer's role, unit or outlet, folded ("correspondent", "desk", "news", "مراسل"). */
const ROLE_WORDS = perLang((lang) => {
  const t = LABELS[lang];
  const words = [...t.roles, ...t.desks, ...t.outlets, ...t.credits.filter((w) => !/\s/u.test(w))];
  return new Set(words.map((w) => foldLineText(w).toLowerCase()));
});

/** A word of a role, in Arabic without the article, a conjunction or the feminine ending ("وباحثة" → "باحث"). */
function isRoleWord(word: string, lang: Lang): boolean {
  const bare = foldLineText(word)
    .toLowerCase()
    .replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  if (lang === 'en') return ROLE_WORDS.en.has(bare) || ROLE_WORDS.en.has(bare.replace(/s$/u, ''));
  const stem = bare.replace(/^(?:و|ف)?(?:ال)?(?=\p{L}{3})/u, '');
  return ROLE_WORDS.ar.has(stem) || ROLE_WORDS.ar.has(stem.replace(/[هت]$/u, ''));
}

/** Little words of an English role phrase ("Special to X", "Editor of the Y", "reporting from Z"). */
const ROLE_GLUE = new Set(['of', 'the', 'for', 'to', 'from', 'in', 'at', 'and', '&', 'on']);

/** A byline's one-word label before the name ("By", "From", "بقلم"), folded. */
const NAME_LEADS: Record<Lang, Set<string>> = {
  en: new Set(['by', 'from', 'with']),
  ar: new Set(['بقلم', 'كتب', 'كتبت', 'من', 'مع'].map((w) => foldLineText(w))),
};

/**
 * What a byline prints after a writer's name: a role, a unit or an outlet, a few words with a word of
 * `roles` (or of desks, outlets, credits) and, in English, nothing but capitalised words and the
 * little words between ("Senior Health Correspondent", "Express News Service", "Middle East
 * correspondent", "Special to X", "reporting from Najaf"), or an agency's initials ("TNN", "PTI");
 * in Arabic the role first ("مراسل صدى دجلة في كركوك", "كاتب وباحث تونسي").
 */
function isRolePhrase(text: string, lang: Lang): boolean {
  const words = text.trim().split(/\s+/u);
  if (words.length === 0 || words.length > 6 || /[\d٠-٩]/u.test(text)) return false;
  if (lang === 'en') {
    if (words.length === 1 && /^\p{Lu}{2,6}$/u.test(words[0])) return true;
    return (
      words.some((w) => isRoleWord(w, lang)) &&
      words.every((w) => /^\p{Lu}/u.test(w) || isRoleWord(w, lang) || ROLE_GLUE.has(w.toLowerCase()))
    );
  }
  return isRoleWord(words[0], lang) && !readsAsClause(text, lang, text, false);
}

/**
 * The writer a byline names before a role, a unit or an outlet, whatever its label: "Jane Doe,
 * Senior Health Correspondent", "Jane Doe / TNN", "By Jane Doe, Special to X", "From Jane Doe,
 * Bureau Chief, Kozhikode", "فلان الفلاني، مراسل صدى دجلة في كركوك", and in Arabic without a
 * separator "فلان الفلاني كاتب وباحث تونسي" (the role indefinite, then roles, nisbas and little
 * words). The name, not the role, is the author. A headline says something of its person ("Jane
 * Doe, Nobel laureate, dies at 90"): no word of a role, or more than a role after the name.
 */
export function nameThenRole(line: string, lang: Lang): string | undefined {
  const text = line.trim();
  // A label and a colon are a labelled line's, a memo's header among them ("من: فلان، المديرة التنفيذية").
  if (/[.!?؟]["”’»)\]]*$/u.test(text) || text.includes(':')) return undefined;
  const parts = text.split(/\s*[,،]\s*|\s+[|–—-]\s+|\s*\/\s*/u);
  const nameIn = (words: readonly string[]) => {
    const lead = words.length >= 3 && NAME_LEADS[lang].has(foldLineText(words[0]).toLowerCase()) ? 1 : 0;
    const rest = words.slice(lead);
    if (lang === 'en') return isPersonName(rest.join(' ')) ? rest.join(' ') : undefined;
    return nameOf(rest, lang);
  };
  if (parts.length === 1) {
    if (lang !== 'ar') return undefined;
    // "فلان الفلاني كاتب وباحث تونسي": a name of two or three words, an indefinite role, then
    // roles, adjectives of origin (…ي) or little words, eight words in all.
    const words = text.split(/\s+/u);
    if (words.length < 3 || words.length > 8) return undefined;
    for (const k of [2, 3]) {
      const role = words[k];
      if (role === undefined || /^ال/u.test(foldLineText(role)) || !isRoleWord(role, lang)) continue;
      const name = nameOf(words.slice(0, k), lang);
      const after = words.slice(k + 1);
      const qualifies = (w: string) => isRoleWord(w, lang) || /(?:ي|يه)$/u.test(foldLineText(w));
      if (name !== undefined && after.every(qualifies)) return name;
    }
    return undefined;
  }
  if (parts.length > 3) return undefined;
  const name = nameIn(parts[0].split(/\s+/u));
  if (name === undefined || !isRolePhrase(parts[1], lang)) return undefined;
  // A third part is where the writer files from or the outlet ("Bureau Chief, Kozhikode").
  if (parts[2] !== undefined && !looksLikeName(parts[2], lang, 3)) return undefined;
  return name;
}

/**
 * A place and, after a dash or a bar, the newsroom's unit that filed from it ("Agadir — from the Atlas
 * Chronicle desk", "Kassala | our Africa bureau", "أكادير - من مكتب الأطلس"): the unit's phrase is a
 * few words of a name and little words, with a word of `desks` last in English, first in Arabic.
 */
function deskAfterPlace(line: string, lang: Lang): boolean {
  const parts = line.trim().split(/\s+[-–—|]\s+/u);
  if (parts.length !== 2) return false;
  // The place may follow "in" ("In Tlemcen", "في ذمار").
  const where = parts[0].replace(/^(?:in|في)\s+(?=\S)/iu, '');
  const place = where.split(/\s+/u);
  if (place.length > 3 || !looksLikeName(where, lang, 3)) return false;
  const unit = bareWords(parts[1]);
  if (unit.length < 2 || unit.length > 7) return false;
  if (lang === 'en') {
    const raw = parts[1].split(/\s+/u);
    return (
      DESKS.en.has(unit.at(-1) ?? '') &&
      raw.every((w, i) => /^\p{Lu}/u.test(w) || /^(?:from|the|our|of|for)$/u.test(unit[i]) || i === raw.length - 1)
    );
  }
  const first = unit[0] === foldLineText('من') ? unit[1] : unit[0];
  return first !== undefined && DESKS.ar.has(first.replace(/^ال(?=\p{L}{2})/u, '')) && unit.length <= 5;
}

/**
 * The writers an Arabic credit names after a verb whose object is the piece, joined to it ("جمعه
 * فلان الفلاني وفلانة الفلانية", "أعدّه فلان الفلاني", "ترجمها فلان الفلاني"): nothing but one or
 * two names of two or three words without the article but on their last. A headline's verb takes
 * a subject that says more ("قتله مسلحون في الطريق").
 */
function pieceVerbThenNames(line: string): string | undefined {
  const words = line.trim().split(/\s+/u);
  const verb = words[0]?.replace(/[\u064B-\u065F\u0670\u0640]/gu, '') ?? '';
  if (words.length < 3 || words.length > 7 || !/^\p{Script=Arabic}{2,}(?:ه|ها)$/u.test(verb)) return undefined;
  const names = words
    .slice(1)
    .join(' ')
    .split(/\s+و(?=\p{L}{2})/u);
  if (names.length > 2) return undefined;
  const found = names.map((n) => nameOf(n.split(/\s+/u), 'ar'));
  return found.every((n) => n !== undefined) ? found.join(' و') : undefined;
}

/** How a credit names who led its team ("led by", "بقيادة"), folded. */
const LED_BY: Record<Lang, RegExp> = {
  en: /\s(?:led|headed|coordinated|supervised)\s+by\s+(?<name>[^,]+)$/u,
  ar: new RegExp(
    String.raw`\s(?:${['بقيادة', 'برئاسة', 'بإشراف', 'باشراف'].map((w) => foldLineText(w)).join('|')})\s+(?<name>[^،,]+)$`,
    'u',
  ),
};

/**
 * The person a team's credit says led it ("Investigation by our team, led by Jane Doe", "تحقيق
 * فريقنا بقيادة فلان الفلاني"): a short line with a newsroom's unit that ends on "led by" and a
 * person's name. A headline's team is someone else's ("Rescue team led by Jane Doe reaches
 * miners" goes on past the name).
 */
function teamLedBy(line: string, lang: Lang): string | undefined {
  const folded = foldLineText(line.trim());
  const match = LED_BY[lang].exec(folded);
  const name = match?.groups?.name;
  if (match === null || name === undefined) return undefined;
  const before = bareWords(line.trim().slice(0, match.index));
  if (before.length === 0 || before.length > 6) return undefined;
  const unit = before.some((w) => DESKS[lang].has(w.replace(/^(?:ال|و)(?=\p{L}{3})/u, '').replace(/(?:نا|ي)$/u, '')));
  if (!unit) return undefined;
  const original = line.trim().slice(line.trim().length - name.length);
  return nameOf(original.split(/\s+/u), lang);
}

/** Little words a credit has around its names and roles ("A report from X with Y", "Our reporter X"). */
const CREDIT_GLUE = new Set(['a', 'an', 'the', 'our', 'from', 'with', 'in', 'at', 'for', 'and', '&']);

/**
 * Whether an English line is only a credit: a person's name (or two), the tables' words of credits,
 * the little words between, a place after "in", "from" or "at", and maybe one verb that closes it
 * ("Our reporter Jane Doe writes", "A report from Jane Doe with John Roe", "With Jane Doe in
 * Latakia"). A headline has a word of its own ("Reporter Jane Doe freed in Mali"), and a credit
 * word right before "with" names whom the piece is about ("Interview with Angela Merkel").
 */
function onlyCredit(raw: readonly string[], bare: readonly string[]): string | undefined {
  if (raw.length < 3) return undefined;
  const names: string[] = [];
  let credited = false;
  let i = 0;
  while (i < raw.length) {
    let end = i;
    while (end < raw.length && /^\p{Lu}\p{Ll}/u.test(raw[end]) && !CREDIT_GLUE.has(bare[end])) end++;
    // A name after the first word (which any line capitalises), or one that opens the line.
    if (end - i >= 2 && isPersonName(raw.slice(i, end).join(' '))) {
      names.push(raw.slice(i, end).join(' '));
      i = end;
      continue;
    }
    const word = bare[i];
    const isCredit = formsOf(word).some((f) => CREDIT_WORDS_OF.en.has(f)) && word !== 'by';
    if (isCredit && bare[i + 1] === 'with') return undefined;
    const place = end - i === 1 && /^(?:in|from|at)$/u.test(bare[i - 1] ?? '');
    const closing = i === raw.length - 1 && names.length > 0 && /^\p{Ll}+s$/u.test(raw[i]);
    if (!isCredit && !place && !closing && !CREDIT_GLUE.has(word)) return undefined;
    credited ||= isCredit || (word === 'with' && i === 0);
    i++;
  }
  return names.length > 0 && credited ? names.join(' and ') : undefined;
}

/** Arabic roles a credit names before a writer ("الكاتب", "مراسلنا", "المحرر"), folded, without the article. */
const AR_ROLES = new Set([...LABELS.ar.credits, ...LABELS.ar.honorifics].map((w) => unarticled(foldLineText(w))));

/** Whether a folded Arabic word is a role of a credit, of a man or a woman, with or without "ب" ("المحررة", "بقلم" → "قلم"). */
const isArabicRole = (word: string): boolean =>
  [unarticled(word), word.replace(/^ب(?=\p{L}{3})/u, '')].some(
    (w) => AR_ROLES.has(w) || AR_ROLES.has(w.replace(/ه$/u, '')) || AR_ROLES.has(`ب${w}`),
  );

/**
 * The credit an Arabic line gives, names without case to tell them by, so each shape asks for a
 * name of two words or more without the article but on its last:
 * - the piece of a person and where it was filed ("رسالة فلان الفلاني من طبرق"), or a person and
 *   where they are ("مع فلان الفلاني في اللاذقية"), the place one word;
 * - a role, maybe with its adjective, and the name, four words in all ("الكاتب المساهم فلان
 *   الفلاني"; "المصور عمر حداد يفوز بجائزة" goes on past the name);
 * - a word of credits and two names joined ("تقرير فلان الفلاني وفلانة الفلانية").
 */
function arabicCreditOf(raw: readonly string[], bare: readonly string[]): string | undefined {
  // Round 32: the name's last word may take the article when it is a family's (`isArabicBareName`);
  // "المحرر السياحي يزور الأقصر" says where he goes.
  const bareName = (words: readonly string[]) => (isArabicBareName(words) ? nameOf(words, 'ar') : undefined);
  const opens = PIECES.ar.has(`ال${bare[0]}`) || PIECES.ar.has(bare[0]) ? 'من' : bare[0] === 'مع' ? 'في' : undefined;
  if (opens !== undefined && raw.length >= 4 && bare.at(-2) === opens) return bareName(raw.slice(1, -2));
  // A role of a man or a woman ("المحرر", "المحررة").
  if (!isArabicRole(bare[0] ?? '')) return undefined;
  // Round 32: roles joined by "و" before one name ("بعدسة وقلم فلان الفلاني", "إعداد وتحرير فلان").
  const roles = 1 + bare.slice(1).findIndex((w) => !(/^و\p{L}{2}/u.test(w) && isArabicRole(w.slice(1))));
  if (roles > 1) return raw.length - roles <= 4 ? bareName(raw.slice(roles)) : undefined;
  // "تقرير فلان الفلاني وفلانة الفلانية": two names after the credit.
  const joined = raw
    .slice(1)
    .join(' ')
    .split(/\s+و(?=\p{L}{2})/u);
  if (joined.length === 2) {
    const names = joined.map((n) => bareName(n.split(/\s+/u)));
    if (names.every((n) => n !== undefined)) return names.join(' و');
  }
  if (raw.length > 4) return undefined;
  const adjectives = bare.slice(1).findIndex((w) => !/^ال/u.test(w));
  return adjectives === -1 ? undefined : bareName(raw.slice(1 + adjectives));
}

/**
 * Whether a line is the page speaking of its piece, its writers or where a reader is, whatever its
 * labels (see `creditShape`):
 * - it ends on "this" and the piece ("Jane Doe filed this piece", "Copy this story's link",
 *   "فلان الفلاني أعدّ هذه المادة", "انسخ رابط هذا التقرير"): a byline when a name opens it, else
 *   a button;
 * - a person's name (or two joined), maybe after a label, and a newsroom's unit after a comma, a
 *   dash or a bar ("Byline Jane Doe, health desk", "توقيع فلان، قسم الصحة");
 * - only a credit: in English credit words, names and places (`onlyCredit`), in Arabic a piece,
 *   a role or a credit word and names (`arabicCreditOf`);
 * - in English, a word or two, "from", a person's name and a place after a comma ("Dispatch from
 *   Jane Doe, Tripoli"; "Letter from Kyiv" names no person);
 * - a label of a few words and a colon before a breadcrumb ("Where you are: Health » Chad",
 *   "موقعك الآن: الصحة » تشاد").
 */
function pageSpeaks(line: string, lang: Lang): Shape | undefined {
  const { raw, bare } = wordsAndBare(line);
  if (bare.length > PAGE_LINE_WORDS || /[.!?؟]["”’»)\]]*$/u.test(line.trim())) return undefined;
  const at = thisPieceAt(bare, lang);
  // An editor's headline asks about the piece ("Why we published this story", "لماذا ننشر هذا
  // التقرير"); the page's prompts may say more than a button does ("Replies are shut on this report").
  const asks = bare.slice(0, at).some((w) => QUESTION_WORDS.has(w));
  if (at > 0 && !asks) {
    // The name before the verb ("Jane Doe filed", "فلان الفلاني أعدّ").
    const name = nameOf(raw.slice(0, at - 1), lang);
    return name !== undefined ? { kind: 'byline', value: name } : { kind: 'share' };
  }
  const credit = nameBeforeDesk(line, lang) ?? (lang === 'en' ? onlyCredit(raw, bare) : arabicCreditOf(raw, bare));
  if (credit !== undefined) return { kind: 'byline', value: credit };
  if (lang === 'en') {
    const from = /^\p{L}+(?:\s+\p{L}+)?\s+from\s+([^,]+?)\s*,\s*(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)$/u.exec(
      line.trim(),
    );
    if (from && isPersonName(from[1])) return { kind: 'byline', value: from[1] };
  }
  const labelled = /^([^:]{2,40}):\s+(.+)$/u.exec(line.trim());
  if (
    labelled &&
    labelled[1].split(/\s+/u).length <= 4 &&
    !isFlaggedHeadline(line, lang) &&
    matchFurniture(labelled[2], lang, DEFAULT_RULES)?.pattern.kind === 'breadcrumb'
  )
    return { kind: 'breadcrumb' };
  return undefined;
}

/**
 * The credit a line ends on as a name and an agency across a slash ("Inset photo Jane Doe/AFP",
 * "AFP/Jane Doe picture"): one side a single word (the agency, or the photographer's surname), the
 * other a name of two words at most, and after them nothing but a picture word. A headline that
 * joins two things with a slash goes on past them ("Israel/Gaza Talks Resume", "AC/DC Cancels Tour").
 */
function slashCredit(line: string, lang: Lang, asTitle = false): string | undefined {
  const words = line.split(/\s+/u);
  const last = words.at(-1);
  const body = last !== undefined && PICTURE_WORDS[lang].has(foldLineText(last)) ? words.slice(0, -1).join(' ') : line;
  const match = /(?:^|\s)([^\s/]+(?:\s+[^\s/]+)?)\s*\/\s*([^\s/]+(?:\s+[^\s/]+)?)$/u.exec(body);
  // Round 33: the outlet's picture before the slash, then whose it is ("GK Photo/Shabir Ibn Yusuf",
  // "الوطن صورة/ فلان الفلاني"): the picture's word stands against the slash, the name after it. A
  // title's refusal only: which captions the text loses is the captions' patterns' to say.
  const pictured = asTitle
    ? /^(?:\S+\s+){0,3}(?<picture>\S+)\s*\/\s*(?<name>[^/]+)$/u.exec(body.trim())?.groups
    : undefined;
  if (
    pictured &&
    PICTURE_WORDS[lang].has(foldLineText(pictured.picture).toLowerCase()) &&
    isCreditName(pictured.name.trim(), lang)
  )
    return pictured.name.trim();
  if (!match) return undefined;
  const [left, right] = [match[1], match[2]].map((side) => side.split(/\s+/u).length);
  if (left > 1 && right > 1) return undefined;
  const credit = `${match[1]}/${match[2]}`;
  return isCreditName(credit, lang) ? credit : undefined;
}

/**
 * Round 33: each language's caption labels of two words or more, folded ("file photo", "archive
 * image", "صوره ارشيفيه", "صوره من الارشيف"): a line they open is a caption ("File photo shows the
 * Sarawak General Hospital", "صورة أرشيفية لحقل قمح في دوعن"). One picture's word opens headlines
 * ("صورة تكشف حجم الدمار", "Photos: Floods sweep through Pakistan"), two never do.
 */
const CAPTION_OPENERS = perLang((lang) =>
  LABELS[lang].labels.caption
    .map((l) => foldLineText(l.replace(/:$/u, '')).toLowerCase().trim())
    .filter((l) => /\s/u.test(l) && l.split(/\s+/u).some((w) => PICTURE_WORDS[lang].has(w))),
);

/** Round 33: the words that say when, after "during" or "خلال", folded: a headline's time, no caption's event. */
const TIME_SPANS: Record<Lang, Set<string>> = {
  en: new Set(
    'day days week weeks weekend month months year years decade night nights hour hours period summer winter spring autumn holidays holiday season pandemic lockdown outbreak crisis war ramadan'.split(
      ' ',
    ),
  ),
  ar: new Set(
    [
      'يوم',
      'أيام',
      'أسبوع',
      'أسابيع',
      'شهر',
      'أشهر',
      'شهور',
      'عام',
      'أعوام',
      'سنة',
      'سنوات',
      'ساعة',
      'ساعات',
      'فترة',
      'موسم',
      'الصيف',
      'الشتاء',
      'رمضان',
      'عطلة',
      'ليلة',
      'الليل',
      'جائحة',
      'الجائحة',
      'أزمة',
      'حرب',
      'الحرب',
      'الحجر',
      'الإغلاق',
    ].map((w) => foldLineText(w).replace(/^ال(?=\p{L}{2})/u, '')),
  ),
};

/** "during"/"خلال" and the like, folded, before what a caption's people are seen doing. */
const DURING: Record<Lang, RegExp> = {
  en: /^(?:during|at)$/u,
  ar: /^(?:خلال|اثناء|لدى|لدي)$/u,
};

/**
 * Round 33: a caption's people and what they are seen at, with no verb between ("وزير الصحة خلال
 * تفقده مستشفى تاجروين", "المزارعون أثناء حصاد المانجو", "Health Minister Jane Doe during her visit to
 * the ward"): a subject of one to three words (capitalised in English), "during"/"خلال", then an act
 * of theirs with their pronoun ("تفقده", "زيارتها", "his visit") — never a headline's, which says what
 * happened ("مقتل جنديين خلال الاشتباكات" names no pronoun; "Cases rose during the pandemic" has a
 * verb; "ماكرون خلال زيارته لبيروت: …" goes on after its colon). With an event after the article
 * instead ("نقيب الصحفيين خلال المؤتمر", "Farmers during the harvest") it is `loose`, a caption only
 * beside furniture, and no time span ("خلال أسبوع", "during the pandemic").
 */
function seenDuring(line: string, lang: Lang): 'firm' | 'loose' | undefined {
  if (/[:"“”«»!?؟.,،\d٠-٩]/u.test(line)) return undefined;
  const raw = line.trim().split(/\s+/u);
  const folded = raw.map((w) => foldLineText(w).toLowerCase());
  const at = folded.findIndex((w, i) => i > 0 && DURING[lang].test(w));
  if (at < 1 || at > 4 || raw.length - at - 1 < 1 || raw.length - at - 1 > 6) return undefined;
  const subject = raw.slice(0, at);
  const event = raw.slice(at + 1);
  if (lang === 'en') {
    // Lower case before "during" is a verb's or a clause's ("Two killed during protest").
    if (!subject.every((w) => /^\p{Lu}/u.test(w)) || raw[at] !== raw[at].toLowerCase()) return undefined;
    if (folded[at] === 'at' && !/^(?:his|her|their)$/u.test(event[0])) return undefined;
    const rest = event.map((w) => w.toLowerCase());
    if (rest.some((w) => TIME_SPANS.en.has(w))) return undefined;
    if (/^(?:his|her|their)$/u.test(rest[0])) return 'firm';
    return /^(?:the|a|an)$/u.test(rest[0]) && rest.length >= 2 ? 'loose' : undefined;
  }
  if (subject.some((w) => isArabicParticle(w)) || event.some((w) => isArabicParticle(w))) return undefined;
  const first = foldLineText(event[0]).replace(/^ال(?=\p{L}{2})/u, '');
  if (event.some((w) => TIME_SPANS.ar.has(foldLineText(w).replace(/^ال(?=\p{L}{2})/u, '')))) return undefined;
  // A verbal noun with the pronoun of whom it is said ("تفقده", "زيارتها", "لقائهم"): the raw word
  // ends on the pronoun, not on a taa marbuta.
  if (!/^ال/u.test(event[0]) && /\p{L}{3,}(?:ه|ها|هم|هما)$/u.test(event[0]) && !/ة$/u.test(event[0])) return 'firm';
  // An event after the article, or named by the noun before it ("حصاد المانجو"), seen by people: a
  // headline's subject there is what happened, a verbal noun ("مقتل", "ارتفاع", "تراجع", "إصابة": the
  // prefixes and the ending of verbal nouns), a caption's is who ("وزير الصحة", "المزارعون").
  const who = foldLineText(subject[0]).replace(/^ال(?=\p{L}{2})/u, '');
  // A plural of people ends on its "ون"/"ين", or on "و" before whom they are of ("متطوعو الهلال
  // الأحمر", "موظفو الميناء": the construct drops the "ن").
  const person =
    /(?:ون|ين)$/u.test(who) ||
    (subject.length >= 2 && /\p{L}{3,}و$/u.test(who)) ||
    (!/^[امت]/u.test(who) && !/ه$/u.test(who));
  const named =
    /^ال\p{L}{2}/u.test(foldLineText(event[0])) || (event.length >= 2 && /^ال\p{L}{2}/u.test(foldLineText(event[1])));
  return person && named && first.length >= 3 ? 'loose' : undefined;
}

/** An Arabic particle or a pronoun standing alone, folded ("في", "من", "هو"): a clause's word. */
const isArabicParticle = (word: string) => readsAsClause(word, 'ar', word, false);

/** A byline's lead before a writer's name ("By", "بواسطة", "بقلم"), folded. */
const BYLINE_LEADS: Record<Lang, RegExp> = {
  en: /^(?:by|posted by|written by)$/u,
  ar: /^(?:بواسطه|بقلم|كتبه|كتبها|كتب|كتبت)$/u,
};

/**
 * Round 33: a byline and the section the piece is filed in, as blogs' templates print it ("بواسطة آمنة
 * الغربي في ألعاب", "By Jane Doe in Health News"): a byline's lead, a writer's name of two to four
 * words, then "in"/"في" and a section of three words at most. A headline goes on as a clause ("By
 * Jane Doe's account, …" has a comma).
 */
function bylineInSection(line: string, lang: Lang): string | undefined {
  if (/[:"“”«»!?؟.,،\d٠-٩]/u.test(line)) return undefined;
  const words = line.trim().split(/\s+/u);
  const folded = words.map((w) => foldLineText(w).toLowerCase());
  const lead = BYLINE_LEADS[lang].test(`${folded[0]} ${folded[1]}`) ? 2 : BYLINE_LEADS[lang].test(folded[0]) ? 1 : 0;
  if (lead === 0) return undefined;
  const inAt = folded.findIndex((w, i) => i > lead && /^(?:in|في)$/u.test(w));
  const nameWords = words.slice(lead, inAt === -1 ? undefined : inAt);
  const section = inAt === -1 ? [] : words.slice(inAt + 1);
  if (section.length > 3 || (inAt !== -1 && section.length === 0)) return undefined;
  if (lang === 'en' && !section.every((w) => /^\p{Lu}/u.test(w) || w === '&')) return undefined;
  if (lang === 'ar' && section.some((w) => isArabicParticle(w))) return undefined;
  return nameOf(nameWords, lang);
}

/**
 * Round 33: lines no headline is shaped as, whatever the furniture beside them (`asTitle` only: the
 * line stays in the text, where the kinds that own it decide): a caption's label of two words
 * opening it (`CAPTION_OPENERS`), a caption's people seen at an act of theirs (`seenDuring`), a
 * byline and its section (`bylineInSection`).
 */
function neverHeadline(line: string, lang: Lang): Shape | undefined {
  const folded = foldLineText(line.trim()).toLowerCase();
  if (CAPTION_OPENERS[lang].some((o) => folded.startsWith(`${o} `) && folded.length > o.length + 3))
    return { kind: 'caption' };
  if (seenDuring(line, lang) === 'firm') return { kind: 'caption' };
  const writer = bylineInSection(line, lang);
  if (writer !== undefined) return { kind: 'byline', value: writer };
  return undefined;
}

/** Whether `text` is shaped as a line of the page's (see `creditShape`). */
export const isCreditShaped = (text: string, lang: Lang): boolean => creditShape(text, lang) !== undefined;

/** A line's shape: the kind of furniture it is, and the value it gives (the name it credits, the line of a time). */
export interface Shape {
  kind: FurnitureKind;
  value?: string;
}

/** Small words a headline in Title Case leaves in lower case. */
const TITLE_CASE_SMALL = new Set('a an the of in on at to for and or as by with from into over vs'.split(' '));

/** Whether an English line is in Title Case: every word but the small ones capitalised, so runs of capitals are no names. */
const isTitleCase = (words: readonly string[]) =>
  words.length >= 3 && words.every((w) => TITLE_CASE_SMALL.has(w.toLowerCase()) || /^[^\p{L}]*\p{Lu}/u.test(w));

/** Verbs a headline ends on after whom it quotes ("Exams Postponed, Education Minister Says"). */
const SPEECH_VERBS = new Set(
  'says said warns tells claims announces confirms denies insists admits reveals urges reports asks adds explains'.split(
    ' ',
  ),
);

/**
 * An English person's name: two to four capitalised words, none a word in capitals alone, not
 * ending on a verb of saying.
 */
const isPersonName = (text: string) => {
  const words = text.trim().split(/\s+/u);
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    looksLikeName(text, 'en', 4) &&
    !/^\p{Lu}+$/u.test(words[0]) &&
    !SPEECH_VERBS.has((words.at(-1) ?? '').toLowerCase())
  );
};

const wordsOf = (text: string) => text.split(/\s+/u).filter((w) => /\p{L}/u.test(w));

/** The most words of a line that ends on a name after a preposition or a role ("Told to Jane Doe"). */
const SHORT_CREDIT_WORDS = 6;

/** The most words of a button ("Send this page by email"). */
const BUTTON_WORDS = 6;

/** The most words of a line that `mayBeCredit` weighs: a credit is short. */
const CREDIT_WORDS: Record<Lang, number> = { en: 8, ar: 5 };

/** Each language's words of credits: roles, picture words, byline labels ("writer", "photo", "تقرير", "الصورة"). */
const CREDIT_WORDS_OF = perLang((lang) => {
  const t = LABELS[lang];
  const words = [...t.credits, ...t.photographers, ...t.labels.caption, ...t.labels.byline]
    .map((w) => w.replace(/[:…]/gu, ' ').trim())
    .filter((w) => w !== '' && !/\s/u.test(w))
    .map((w) => foldLineText(w));
  return new Set(words);
});

/** The words a button acts on, without the little words between ("page", "email", "الرابط"), and the platforms. */
const SMALL = new Set(
  [
    'to',
    'by',
    'via',
    'this',
    'the',
    'a',
    'an',
    'your',
    'us',
    'later',
    'for later',
    'عبر',
    'إلى',
    'هذا',
    'هذه',
    'لاحقا',
  ].map((w) => foldLineText(w)),
);
const BUTTON = perLang((lang) => {
  const t = LABELS[lang];
  return {
    verbs: new Set([...t.buttons.verbs, ...t.labels.share].filter((w) => !/\s/u.test(w)).map((w) => foldLineText(w))),
    platforms: new Set(t.platforms.map((w) => foldLineText(w))),
    objects: new Set(
      [...t.buttons.objects, ...t.platforms].map((w) => foldLineText(w)).filter((w) => !SMALL.has(w) && !/\s/u.test(w)),
    ),
  };
});

/** The words a page speaks to its reader with ("your", "مصادرك", "لصديق"), folded. */
const READER_WORDS: Record<Lang, (word: string) => boolean> = {
  en: (w) => /^(?:you|your|yours|yourself)$/u.test(w),
  // A noun with the pronoun of "you" joined ("مصادرك", "هاتفك", "أصدقائك"), or "to you", "to a friend".
  ar: (w) => /^\p{L}{3,}ك$/u.test(w) || /^(?:لك|لصديق|لصديقك|لاصدقائك)$/u.test(w),
};

/**
 * Whether a line asks something of its reader as a page's button or prompt does: it opens on a
 * page's verb in the imperative ("Share", "Add", "Download", "أضف", "حمّل", "أرسلها") and names the
 * reader, a platform or what a button acts on ("Share this with your network", "Add X as a
 * preferred source on Google News", "أضف X إلى مصادرك المفضلة", "أرسلها لصديق برسالة نصية"). It is
 * no headline, whatever words no table has; a headline with such a verb says what to do with
 * something else ("Follow the money in Lebanon's banks").
 */
function asksOfReader(line: string, lang: Lang): boolean {
  const words = wordsOf(line.trim()).map((w) =>
    foldLineText(w)
      .toLowerCase()
      .replace(/[^\p{L}]/gu, ''),
  );
  if (words.length < 2 || words.length > 10) return false;
  // An Arabic verb may carry its object ("أرسلها", "شاركه").
  const verb = lang === 'ar' ? [words[0], words[0].replace(/(?:ها|ه|هم)$/u, '')] : [words[0]];
  if (!verb.some((v) => BUTTON[lang].verbs.has(v))) return false;
  // Round 33: what a button acts on may be the page's piece, or what it points at as its own in three
  // words ("Print this circular", "اطبع هذا التعميم"), and an Arabic object stands without its article
  // before the piece it is of ("انسخ رابط الحلقة").
  if (words.length === 3 && DEMONSTRATIVES[lang].has(words[1])) return true;
  const acted = (w: string) =>
    BUTTON[lang].objects.has(w) ||
    PIECES[lang].has(w) ||
    (lang === 'ar' && [`ال${w}`, w.replace(/^(?:ال|وال|بال)(?=\p{L}{3})/u, '')].some((f) => BUTTON.ar.objects.has(f)));
  return words
    .slice(1)
    .some((w) => READER_WORDS[lang](w) || BUTTON[lang].platforms.has(w) || acted(w) || w === 'google' || w === 'جوجل');
}

/** Each language's words of a page's own lines: labels of every kind, buttons, platforms, lists, credits ("share", "link", "الرابط"). */
const PAGE_WORDS = perLang((lang) => {
  const t = LABELS[lang];
  const words = [
    ...Object.values(t.labels).flat(),
    ...t.buttons.verbs,
    ...t.buttons.objects,
    ...t.platforms,
    ...t.lists.items,
    ...t.lists.relations,
    ...t.credits,
  ].flatMap((l) => foldLineText(l.replace(/[:…]/gu, ' ')).split(/\s+/u));
  return new Set(words.filter((w) => /\p{L}/u.test(w)));
});

/** Little words a button or a prompt ends on ("Sign in", "Read more", "Weigh in", "Tweet this"). */
const PROMPT_ENDS = new Set('in on up out off more this that now here all us it me you them'.split(' '));

/**
 * The little words of the tables' labels that say nothing of a page by themselves: prepositions of
 * place and time stand in headlines as in labels ("Letter from Kyiv", "بيروت بعد عام": "from" is a
 * source's label, "بعد" in "تابع القراءة بعد الإعلان"). Those a button sends or acts with stay its
 * words ("Clip to notes", "Spread the word", "قصّ إلى الملاحظات").
 */
const LITTLE_WORDS: Record<Lang, Set<string>> = {
  // "Under" too (round 21: "تحت تصنيف X" is a tags label, "غزة تحت الحصار" a headline).
  en: new Set('a an of in at from for and or under'.split(' ')),
  ar: new Set(['في', 'من', 'عن', 'بعد', 'قبل', 'حتى', 'تحت'].map((w) => foldLineText(w))),
};

/** Whether one of `words` is a word of the page's tables ("share", "link", "الرابط"), with or without the Arabic article. */
function hasPageWord(words: readonly string[], lang: Lang): boolean {
  return words
    .map((w) =>
      foldLineText(w)
        .toLowerCase()
        .replace(/[^\p{L}]/gu, ''),
    )
    .some(
      (w) =>
        !LITTLE_WORDS[lang].has(w) && formsOf(w).some((f) => PAGE_WORDS[lang].has(f) || PAGE_WORDS[lang].has(`ال${f}`)),
    );
}

/**
 * Whether a short line may be a page's button or prompt no table names ("Email this story", "Weigh
 * in"): it has a word of the page's tables or a little word a prompt ends on; a short English
 * headline has neither ("Letter from Kyiv"). Any short Arabic line may be one.
 */
export function mayBeButton(text: string, lang: Lang): boolean {
  const words = wordsOf(text.trim());
  if (hasPageWord(words, lang)) return true;
  const folded = words.map((w) =>
    foldLineText(w)
      .toLowerCase()
      .replace(/[^\p{L}]/gu, ''),
  );
  return lang === 'ar' ? arabicPrompt(folded) : PROMPT_ENDS.has(folded.at(-1) ?? '');
}

/** Little words an Arabic prompt ends on ("تابعونا على", "اقرأ المزيد هنا"). */
const PROMPT_ENDS_AR = new Set(['على', 'عبر', 'في', 'من', 'إلى', 'هنا', 'الآن', 'الان'].map((w) => foldLineText(w)));

/** The Arabic credit words, folded, without their article: what an Arabic verb of credit is made from ("كتب"). */
const CREDIT_STEMS_AR = new Set(LABELS.ar.credits.map((w) => foldLineText(w).replace(/^ال/u, '')));

/**
 * Whether a short Arabic line (its words folded) is shaped as a page's prompt or a credit rather
 * than a headline: a word that speaks to the reader or as the site's "we" ("شاركنا رأيك", "تابعنا",
 * "حسابكم"), a little word a prompt ends on ("تابعونا على"), or a verb of credit before a name
 * ("يكتب فلان الفلاني", "تكتب فلانة"). A headline of three words says what happened ("بيروت بعد
 * عام", "غزة تحت الحصار", "ماكرون: لن نتراجع").
 */
function arabicPrompt(folded: readonly string[]): boolean {
  const addresses = folded.some((w) => [...w.replace(/^ال/u, '')].length >= 4 && /(?:ك|كم|كن|نا)$/u.test(w));
  const verb = folded[0] ?? '';
  const credits = [verb, verb.replace(/^[يتن](?=\p{L}{3})/u, ''), verb.replace(/^[يتن]?(\p{L}{3,})ت$/u, '$1')].some(
    (f) => CREDIT_STEMS_AR.has(f),
  );
  return addresses || credits || PROMPT_ENDS_AR.has(folded.at(-1) ?? '');
}

/**
 * Whether a line of two words says something as a headline does ("Kenya votes", "Markets tumble",
 * "سقوط كابول", "لبنان ينتخب"), not a page's button or section ("Copy link", "Weigh in", "انسخ
 * الرابط", "أخبار العالم"): no word of the page's tables, no little word a prompt ends on, no
 * Arabic particle, in English a capitalised first word and a second in lower case, in Arabic no word that speaks to
 * the reader ("شاركنا رأيك").
 */
export function isTwoWordHeadline(text: string, lang: Lang): boolean {
  const words = wordsOf(text.trim());
  if (words.length !== 2 || hasPageWord(words, lang)) return false;
  const folded = words.map((w) => foldLineText(w).replace(/[^\p{L}]/gu, ''));
  if (lang === 'en') return /^\p{Lu}/u.test(words[0]) && /^\p{Ll}+$/u.test(words[1]) && !PROMPT_ENDS.has(words[1]);
  // A word that speaks to the reader ("رأيك", "حسابكم") is a prompt's.
  return folded.every((w) => [...w].length >= 3 && !readsAsClause(w, lang, w) && !/(?:ك|كم)$/u.test(w));
}

/** Arabic words of photography before whoever took the picture ("بعدسة", "التقطها"). */
const PHOTOGRAPHERS = new Set(LABELS.ar.photographers.filter((w) => !/\s/u.test(w)).map((w) => foldLineText(w)));

/** A folded word and its forms without an Arabic article or a joined preposition ("الصورة", "بعدسة"). */
const formsOf = (word: string) => [word, word.replace(/^(?:ال|وال|بال|و|ب|ل)(?=\p{L}{3})/u, '')];

/**
 * Whether `text` may be a credit by its shape, which a headline may share (so it counts only beside
 * the page's furniture, see the caller): a short line with a date and a year and a few words
 * ("Checked and refreshed March 27, 2020"; "Elections set for March 27, 2022" is a headline); or a
 * short line that names people with a word of credits ("Contributing writer Jane Doe", "Our
 * reporter Jane Doe writes", "تقرير فلان وفلان", "الصورة بعدسة فلان"), or names two people ("A
 * report from Jane Doe with John Roe"), and says nothing as a clause does.
 */
export function likelyCredit(text: string, lang: Lang): FurnitureKind | undefined {
  const line = text.trim();
  const words = wordsOf(line);
  if (words.length === 0 || words.length > Math.max(CREDIT_WORDS[lang], BUTTON_WORDS) + 6 || /[.!?؟]$/u.test(line))
    return undefined;
  const reading = readDate(line, lang);
  if (
    reading.date !== undefined &&
    reading.rest.length <= TIME_LABEL_WORDS &&
    !datedClause(line, lang) &&
    !dateInClause(reading.rest, lang)
  )
    return 'timestamp';
  // A button with words no list has: a verb of the page's and what it acts on ("Send this page by
  // email", "شارك القصة مع أصدقائك").
  const folded = words.map((w) => foldLineText(w).replace(/[^\p{L}]/gu, ''));
  // …or a short line that sends the page to a platform ("Forward on WhatsApp", "انشرها على فيسبوك").
  if (
    words.length <= 4 &&
    /^(?:on|to|via|على|عبر|إلى|الى)$/u.test(folded.at(-2) ?? '') &&
    BUTTON[lang].platforms.has(folded.at(-1) ?? '')
  )
    return 'share';
  if (
    words.length <= BUTTON_WORDS &&
    BUTTON[lang].verbs.has(folded[0]) &&
    folded
      .slice(1)
      .some((w) => formsOf(w).some((f) => BUTTON[lang].objects.has(f) || BUTTON[lang].objects.has(`ال${f}`)))
  )
    return 'share';
  // A caption that ends on its credit in brackets ("… في مركز صحي (فلان الفلاني)").
  const bracketed = /\(([^()]{3,40})\)$/u.exec(line);
  // An Arabic name has an article on one of its words at most ("(فلان الفلاني)"); a term glossed
  // in brackets has more ("(التهابات الجهاز التنفسي)").
  const articles = (bracketed?.[1] ?? '').split(/\s+/u).filter((w) => /^(?:ال|لل)/u.test(w)).length;
  if (
    bracketed &&
    words.length > 3 &&
    articles <= 1 &&
    bracketed[1].split(/\s+/u).length >= 2 &&
    isCreditName(bracketed[1], lang)
  )
    return 'caption';
  // Round 32: a picture credited to a body, maybe with its act ("Picture supplied by the Ministry of
  // Health", "Courtesy image from the Hawaii State Department of Health"): a picture's word among the
  // words before "by"/"from", a credit's words (`creditsBefore`), then only a name to the end.
  if (lang === 'en') {
    const at = words.findIndex((w, i) => i > 0 && /^(?:by|from)$/u.test(w));
    const before = words.slice(0, at);
    const after = words.slice(at + 1).filter((w, i) => !(i === 0 && w === 'the'));
    if (
      at > 0 &&
      at <= 3 &&
      before.some((w) => PICTURE_WORDS.en.has(foldLineText(w).toLowerCase())) &&
      creditsBefore(before, words[at]) &&
      after.length >= 1 &&
      after.length <= 7 &&
      /^\p{Lu}/u.test(after[0]) &&
      after.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|and|for|the|&)$/u.test(w))
    )
      return 'caption';
  }
  if (words.length > CREDIT_WORDS[lang] || readsAsClause(line, lang, line, false)) return undefined;
  const isCreditWord = (w: string) =>
    formsOf(foldLineText(w).replace(/[^\p{L}]/gu, '')).some((f) => CREDIT_WORDS_OF[lang].has(f));
  // A credit word before "with" names whom the piece is about, not who made it ("Interview with
  // Angela Merkel", "حوار مع أنجيلا ميركل"); a credit's "with" joins its makers ("Reporting by X with Y").
  // ("Photos with thanks to X" credits as "by" does: no name follows the "with").
  const opensName = (w: string | undefined) =>
    w !== undefined &&
    (lang === 'en' ? /^\p{Lu}/u.test(w) : !/^(?:ال|لل)/u.test(foldLineText(w)) && !readsAsClause(w, lang, w));
  if (words.some((w, i) => isCreditWord(w) && /^(?:with|مع)$/u.test(folded[i + 1] ?? '') && opensName(words[i + 2])))
    return undefined;
  // An Arabic label and its colon before a clause is a headline's ("تقرير: الإصابات تتراجع"), and a
  // word of credits opens headlines too ("تحرير مدينة الموصل"): a credit ends on a person's name,
  // two words without an article, maybe before where it was filed ("كتبت فلانة الفلانية من تعز").
  if (lang === 'ar') {
    if (line.includes(':')) return undefined;
    // Where it was filed from comes after the name: "… من تعز". A name and where something happens
    // is a headline's ("كتب محمود درويش في المنفى", "تصوير فيلم جديد في البتراء").
    const filed = words.length >= 4 && words.at(-2) === 'من' ? words.slice(0, -2) : words;
    // A word of photography after the picture's ("الصورة بعدسة …", "لقطة التقطها …") names whoever took it.
    const shot = words.findIndex((w, i) => i > 0 && PHOTOGRAPHERS.has(foldLineText(w)));
    if (shot > 0 && words.length - shot - 1 >= 1 && words.length - shot - 1 <= 4) return 'caption';
    const name = filed.slice(-2);
    const before = filed.slice(0, -2);
    return before.some(isCreditWord) &&
      looksLikeName(name.join(' '), lang, 2) &&
      name.every((w) => !/^(?:ال|بال|لل|وال)/u.test(w) && !readsAsClause(w, lang, w))
      ? 'byline'
      : undefined;
  }
  // "by" credits only after words of a credit ("Report by Amnesty International" is a headline's subject).
  const credited = words.some(
    (w, i) => isCreditWord(w) && (foldLineText(w) !== 'by' || creditsBefore(words.slice(0, i))),
  );
  const names = personRuns(words);
  if (saysMoreThanNames(words)) return undefined;
  return (credited && names >= 1) || names >= 2 ? 'byline' : undefined;
}

/**
 * Round 33: a caption's opening that says the picture shows part of an event, then the event in a
 * few words ("جانب من الزيارة الميدانية", "لقطة من حفل التخرج", "من أجواء المعرض", "A view of the
 * field visit", "A general view of the ward", "Scenes from the graduation"), folded; no stop, comma
 * or colon, and at most five words after it.
 */
const GLIMPSE: Record<Lang, RegExp> = {
  en: /^(?:an?\s+(?:general\s+|partial\s+|aerial\s+)?view\s+of|a\s+scene\s+from|scenes\s+from|a\s+glimpse\s+of)\s+(?:the\s+)?[^.,:;!?]+$/u,
  ar: /^(?:جانب|جوانب|لقطه|لقطات|مشهد|مشاهد)\s+من\s+(?:ال)?[^.,،:;؛!?؟\s]+(?:\s+[^.,،:;؛!?؟\s]+){0,4}$|^من\s+اجواء\s+[^.,،:;؛!?؟]+$/u,
};

/**
 * Round 33: whether a line is a caption by a shape a headline may share, so that it is refused as the
 * title only beside the page's furniture (index.ts, with `mayBeCredit`), and never taken out of the
 * text by it: a caption's people at an event after the article ("نقيب الصحفيين خلال المؤتمر",
 * "Farmers during the harvest"; `seenDuring`), or, in Arabic, a picture given by someone ("الصورة
 * مهداة من خلود المناصير", "صورة مرسلة من فلان الفلاني"; English's "Picture supplied by X" is
 * `likelyCredit`'s): a picture's word, a participle (م…), "من" or "ل" and a name.
 */
export function looseCaption(text: string, lang: Lang): boolean {
  const line = text.trim();
  if (seenDuring(line, lang) !== undefined || GLIMPSE[lang].test(foldLineText(line).toLowerCase())) return true;
  // …and a place's day after "في" ("القاهرة في ١٢ أبريل"), which the page's furniture beside it removes.
  if (lang === 'ar' && placeOnDay(line) !== undefined) return true;
  if (lang !== 'ar') return false;
  const given = /^(?<picture>\S+)\s+(?<act>م\p{L}{3,})\s+(?:من|ل|بعدسه)\s+(?<name>\S+(?:\s+\S+){1,3})$/u.exec(
    foldLineText(line),
  )?.groups;
  return (
    given !== undefined && PICTURE_WORDS.ar.has(given.picture) && nameOf(given.name.split(/\s+/u), lang) !== undefined
  );
}

/** Whether `text` may be a credit by its shape (see `likelyCredit`). */
export const mayBeCredit = (text: string, lang: Lang): boolean => likelyCredit(text, lang) !== undefined;

/**
 * Whether `text` is a short English line that ends on a name after a preposition or a role ("Told
 * to Jane Doe", "In Tabuk for Atlas Chronicle", "Frame grab courtesy AFP"): the brief shape of a
 * credit, and of headlines too ("Protests spread to New York"), so the caller asks for more.
 */
export function endsOnName(text: string, lang: Lang): boolean {
  const line = text.trim();
  const words = wordsOf(line);
  if (lang !== 'en' || words.length > SHORT_CREDIT_WORDS || /[.!?]$/u.test(line)) return false;
  const last =
    / (\p{Ll}[\p{Ll}'’-]*) ((?:\p{Lu}[\p{L}'’.-]*|\p{Lu}{2,}|the|of|and|de|al|el)(?: (?:\p{Lu}[\p{L}'’.-]*|the|of|and|de|al|el))*(?:\/\S+)?)$/u.exec(
      line,
    );
  if (last === null || !/^\p{Lu}/u.test(last[2]) || !isCreditName(last[2].replace(/ (?:the|of|and) /gu, ' '), lang))
    return false;
  // Before "by", "from" or "with", a headline has its subject and verb ("Town hit by Storm Ciara",
  // "Letter from Kyiv"); a credit its act ("Told to", "Photographed by").
  const before = line.slice(0, last.index).split(/\s+/u);
  return !/^(?:by|from|with)$/u.test(last[1]) || creditsBefore(before, last[1]);
}

/** Little words a credit puts between and after its names ("Jane Doe in Kyiv for Atlas", "with John Roe"). */
const BETWEEN_NAMES = new Set('in from at for with and of the to on'.split(' '));

/**
 * Whether an English line goes on past its first name as a clause does: a word in lower case
 * other than the little words of a credit ("Anna Berg and Omar Haddad win Pulitzer", "Reporter
 * Anna Berg freed in Mali"), or a name with a possessive ("Fans stunned by Lionel Messi's exit").
 * A credit ends on its names, maybe with where and for whom ("A report from Jane Doe with John Roe").
 */
function saysMoreThanNames(words: readonly string[]): boolean {
  const bare = words.map((w) => w.replace(/^[("“'‘]+|[)"”'’.,:;]+$/gu, ''));
  const capital = (i: number) => /^\p{Lu}\p{Ll}/u.test(bare[i] ?? '');
  const start = bare.findIndex((_, i) => i > 0 && capital(i) && capital(i + 1));
  if (start === -1) return false;
  if (words.some((w) => /\p{L}['’]s$/u.test(w))) return true;
  // One verb may close a credit that opens with its role ("Our reporter Jane Doe writes").
  const after = bare.slice(start);
  const closing = after.length > 1 && /^\p{Ll}+s$/u.test(after.at(-1) ?? '') && !/^\p{Ll}/u.test(after.at(-2) ?? '');
  return (closing ? after.slice(0, -1) : after).some((w) => /^\p{Ll}/u.test(w) && !BETWEEN_NAMES.has(w));
}

/** How many persons' names an English line has: runs of two capitalised words or more, past its first word or before lower case. */
function personRuns(words: readonly string[]): number {
  if (isTitleCase(words)) return 0;
  let runs = 0;
  let length = 0;
  // The first word is capitalised in any line: it opens a name only when lower case follows the name.
  const opensName = /^\p{Ll}/u.test(words[2] ?? '');
  // A name is two to four words; a headline in Title Case is a longer run ("Text Messages Reveal Plot").
  const close = () => {
    if (length >= 2 && length <= 4) runs++;
    length = 0;
  };
  words.forEach((word, i) => {
    const bare = word.replace(/^[("“'‘]+|[)"”'’.,:;]+$/gu, '');
    if (/^\p{Lu}\p{Ll}/u.test(bare) && (i > 0 || opensName)) {
      length++;
      // Punctuation ends a name ("Research: Coffee and Tea").
      if (bare !== word.replace(/^[("“'‘]+/u, '')) close();
      return;
    }
    close();
  });
  close();
  return runs;
}
