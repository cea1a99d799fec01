/**
 * The built-in list of page furniture: lines that web pages put around an article and scrapes carry
 * along. Each kind of furniture (`furniture-labels.ts`) has one shape, the same in every language,
 * filled with the labels of that language's table; a few structural patterns (a row of sharing
 * buttons, a subscriber wall) are written out. Everything is in the form of the `patterns:` of
 * `content/cleaning.yaml` and compiled and checked by the same code; a shape that a regular
 * expression cannot say (a name in capitals, a date that must be a real date) adds a check on the
 * original line.
 *
 * Patterns are matched against the folded line (see `foldLine`): lower case, Arabic without harakat
 * or tatweel, أ/إ/آ written ا, ى written ي, ة written ه, typographic quotes and dashes plain (» and
 * « become ", › and ‹ become '). `\b` only knows ASCII letters, so Arabic words end with
 * `(?![\p{L}\p{N}])` instead.
 */
import type { Lang } from '../types.ts';
import { foldLineText } from '../arabic/index.ts';
import { MONTHS, WEEKDAYS } from '../calendar.ts';
import { LABELS, type FurnitureKind } from './furniture-labels.ts';
import { RELATIVE_TIME, readDate } from './furniture-dates.ts';
import type { PatternSpec } from './furniture.ts';

/** The end of a word in any script. */
const END = String.raw`(?![\p{L}\p{N}])`;
/** The start of a word in any script. */
const START = String.raw`(?<![\p{L}\p{N}])`;
/** What may stand between a label and its value. */
const SEP = String.raw`\s*[:|\-]\s*`;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** A label as a regex source for folded lines: folded, escaped, any run of spaces for a space. */
const literal = (text: string) => escapeRegExp(foldLineText(text)).replace(/ /g, String.raw`\s+`);
/** Alternatives, longest first, so that "read more" is tried before "read". */
const alt = (labels: readonly string[]) =>
  `(?:${[...new Set(labels.map(literal))].sort((a, b) => b.length - a.length).join('|')})`;

/** A kind's labels split by form: plain (`by`), needing a separator (`author:`), with a slot (`… contributed`). */
function formsOf(labels: readonly string[]) {
  return {
    plain: labels.filter((l) => !l.endsWith(':') && !l.includes('…')),
    separated: labels.filter((l) => l.endsWith(':')).map((l) => l.slice(0, -1).trim()),
    slotted: labels.filter((l) => l.includes('…')).map((l) => l.split('…').map((part) => part.trim())),
  };
}

/** Label then value: a plain label followed by a separator or a space, or a separated one by a separator. */
function labelled(labels: readonly string[], value: string, lead = ''): string[] {
  const { plain, separated } = formsOf(labels);
  const sources: string[] = [];
  // A credit may stand in brackets: "(المصدر: رويترز)".
  const open = String.raw`[(\[]?\s*`;
  const close = String.raw`\s*[)\]]?`;
  if (plain.length > 0) sources.push(`^${open}${lead}${alt(plain)}${END}(?:${SEP}|\\s*)${value}${close}$`);
  if (separated.length > 0) sources.push(`^${open}${lead}${alt(separated)}${END}${SEP}${value}${close}$`);
  return sources;
}

const one = (sources: string[]) => (sources.length === 1 ? sources[0] : `(?:${sources.join('|')})`);

/**
 * Particles that never stand in a name or a section. Compared without harakat but otherwise as
 * written: folding would make على ("on") the name علي ("Ali").
 */
const STOP_AR = new Set(
  [
    'في',
    'من',
    'على',
    'إلى',
    'عن',
    'أن',
    'إن',
    'التي',
    'الذي',
    'هذا',
    'هذه',
    'كان',
    'قد',
    'لا',
    'ما',
    'مع',
    'بعد',
    'قبل',
    'كل',
    'حتى',
    'ثم',
    'هو',
    'هي',
    'أو',
    'لم',
    'لن',
    'عند',
    'منذ',
    'حول',
    'الى',
    'ان',
    'ان',
  ].flatMap((w) => [w, w.replace(/[أإآ]/gu, 'ا')]),
);
const isParticle = (word: string) => STOP_AR.has(word.replace(/[\u064B-\u065F\u0670\u0640]/gu, ''));

/** Lower-case words that may stand inside a name ("Charles de Gaulle", "Omar bin Laden"). */
const NAME_PARTICLES = new Set([
  'de',
  'da',
  'del',
  'della',
  'di',
  'do',
  'dos',
  'du',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'bin',
  'ibn',
  'al',
  'el',
  'la',
  'le',
  'abu',
  'ben',
  'and',
  '&',
]);
const MONTH_OR_DAY = new Set([...MONTHS.en, ...WEEKDAYS.en].flat().map((w) => w.toLowerCase()));

/** Whether `text` reads as a person's or an outlet's name: a few capitalised words (English), a few words that are not particles (Arabic). */
export function looksLikeName(text: string, lang: Lang, maxWords = 5): boolean {
  const words = text.trim().split(/\s+/u);
  if (words.length === 0 || words.length > maxWords || words[0] === '') return false;
  if (/[.!?؟،,;؛:]$/u.test(text.trim()) && !/(?:^|\s)\p{Lu}\.$/u.test(text.trim())) return false;
  if (/\d/u.test(text)) return false;
  if (lang === 'ar' && /\p{Script=Arabic}/u.test(text)) {
    return words.every((w) => !isParticle(w));
  }
  return words.every((word, i) => {
    const bare = word.replace(/^[("“'‘]+|[)"”'’.,]+$/gu, '');
    if (NAME_PARTICLES.has(bare.toLowerCase()) && i > 0) return true;
    if (MONTH_OR_DAY.has(bare.toLowerCase())) return false;
    return /^[\p{Lu}\p{Lt}]/u.test(bare) || /^\p{Script=Arabic}/u.test(bare);
  });
}

/** A byline's value as the writers and what follows them (an outlet, a role): "X, Reuters", "X for The Times". */
export function splitByline(value: string): string[] {
  return value.split(/\s*(?:[,،|;؛/]|\s[-–—]\s)\s*|\s+(?:for|of)\s+(?=\p{Lu})/u);
}

/** The names in a list of writers. */
const namesOf = (text: string) => text.split(/\s+(?:and|&)\s+|\s+و(?=\p{Script=Arabic})/u);

/** An outlet or a role after a byline's name: a few words that start as a name does, not a sentence. */
function isRole(text: string, lang: Lang): boolean {
  const words = text.trim().split(/\s+/u);
  if (words.length > 6 || /\d/u.test(text) || /[.!?؟]$/u.test(text.trim())) return false;
  if (lang === 'ar' && /\p{Script=Arabic}/u.test(text)) return words.every((w) => !isParticle(w));
  return /^[\p{Lu}\p{Lt}]/u.test(words[0]);
}

/** The separators of a breadcrumb in the original line. */
const CRUMB_SPLIT = /\s+[/»«›‹>|·•❯]\s+/u;

/** A check on the original line after the regex matched: the part of a shape a regex cannot say. */
export type ShapeCheck = (line: string, value: string | undefined, lang: Lang) => boolean;

/** What the checks of the built-in patterns look at, by pattern name. */
export const DEFAULT_CHECKS: Record<string, ShapeCheck> = {};

const WORD = String.raw`[^\s/>|"·•❯\p{L}\p{N}]*[\p{L}\p{N}][^\s/>|"·•❯]*`;
const SEGMENT = `${WORD}(?: ${WORD}){0,4}`;
/** Separators stand between spaces: "a/b" is a word of prose, "World / Europe" a breadcrumb. */
const CRUMB_SEP = String.raw`\s+['"·•❯|>/]\s+`;

const kindPatterns: Record<FurnitureKind, (lang: Lang, labels: readonly string[]) => PatternSpec[]> = {
  breadcrumb: (lang, labels) => {
    const { plain, separated } = formsOf(labels);
    const roots = new Set(plain.map(foldLineText));
    const name = `breadcrumb-${lang}`;
    const lead = new RegExp(`^\\s*(?:${separated.map(escapeRegExp).join('|')})\\s*:\\s*`, 'iu');
    DEFAULT_CHECKS[name] = (line) => {
      const text = line.replace(lead, '');
      const crumbs = text.split(CRUMB_SPLIT).filter((c) => c !== '');
      if (crumbs.some((c) => /[.!?؟]$|[,;،؛()"“”«»]/u.test(c))) return false;
      // A cased script's sections are capitalised ("World › Europe"); "and/or" in prose is not a breadcrumb.
      if (crumbs.some((c) => /^\p{Ll}/u.test(c))) return false;
      // A section's name is a noun or two, never a clause.
      if (crumbs.some((c) => c.split(/\s+/u).some((w) => isParticle(w)))) return false;
      const strong = /\s[»›>❯]\s|\s»|\s›/u.test(text);
      const rooted = roots.has(foldLineText(crumbs[0] ?? ''));
      return crumbs.length >= 3 || rooted || strong;
    };
    return [
      {
        name,
        lang,
        kind: 'breadcrumb',
        regex: `^(?:${alt(separated)}\\s*:\\s*)?(?<value>${SEGMENT}(?:${CRUMB_SEP}${SEGMENT}){1,7})$`,
        maxLength: 140,
      },
    ];
  },

  timestamp: (lang, labels) => {
    const { plain, separated } = formsOf(labels);
    const name = `timestamp-${lang}`;
    DEFAULT_CHECKS[name] = (_line, value) => {
      if (value === undefined) return false;
      const reading = readDate(value, lang);
      if (RELATIVE_TIME.test(foldLineText(value))) return reading.rest.length <= 4;
      return reading.found && reading.rest.length <= 1;
    };
    const bare = `timestamp-date-${lang}`;
    // A line that is nothing but a date and a time ("Friday 5 May 2017 14.32 BST").
    DEFAULT_CHECKS[bare] = (_line, value) => {
      if (value === undefined) return false;
      const reading = readDate(value, lang);
      return reading.date !== undefined && reading.rest.length === 0;
    };
    return [
      {
        name,
        lang,
        kind: 'timestamp',
        regex: `^${alt([...plain, ...separated])}${END}(?:\\s+(?:on|at|في|بتاريخ|يوم)${END})?\\s*[:|\\-]?\\s*(?<value>.{1,80})$`,
        maxLength: 120,
      },
      { name: bare, lang, kind: 'timestamp', regex: String.raw`^(?=.*\d)(?<value>.{6,70})$` },
    ];
  },

  byline: (lang, labels) => {
    const name = `byline-${lang}`;
    DEFAULT_CHECKS[name] = (_line, value) => {
      if (value === undefined) return false;
      const [person, ...tail] = splitByline(value);
      // Several writers: each a name ("Jane Doe and John Roe", "فلان وفلان").
      if (!namesOf(person).every((name) => looksLikeName(name, lang))) return false;
      // What follows a name is an outlet or a role ("Reuters", "Staff reporter"), not a clause.
      return tail.length <= 2 && tail.every((t) => t === '' || isRole(t, lang));
    };
    return [{ name, lang, kind: 'byline', regex: one(labelled(labels, '(?<value>.{2,100})')), maxLength: 120 }];
  },

  dateline: (lang, labels) => {
    const name = `dateline-${lang}`;
    DEFAULT_CHECKS[name] = (line) => isDatelineLine(line, lang, labels);
    return [{ name, lang, kind: 'dateline', regex: String.raw`^(?<value>.{1,80}[^.!?])$` }];
  },

  caption: (lang, labels) => {
    const name = `caption-${lang}`;
    const { plain, separated } = formsOf(labels);
    const link = lang === 'en' ? '(?:by|courtesy(?: of)?|via|from|credit)' : '(?:من|ل|لـ|عن)';
    const linkEnd = new RegExp(`(?:^|\\s)${link}$`, 'u');
    // Arabic writes a one-letter preposition joined to the next word: "الصورة لرويترز".
    const joined = plain.filter((l) => /\s\p{Script=Arabic}$/u.test(l));
    const attached = joined.length > 0 ? `${alt(joined)}(?=\\p{L})` : '(?!)';
    const withSeparator = new RegExp(`^[(\\[]?\\s*(?:${alt([...plain, ...separated])})${END}\\s*[:|\\-/]`, 'u');
    // The link may be a word of its own ("Photo by …") or the end of the label ("الصورة من …").
    const linked = new RegExp(`^[(\\[]?\\s*(?:${alt(plain)})${END}\\s+${link}${END}`, 'u');
    const endsLinked = new RegExp(
      `^[(\\[]?\\s*(?:${alt(plain.filter((l) => linkEnd.test(foldLineText(l))))})${END}`,
      'u',
    );
    const joinedTo = new RegExp(`^[(\\[]?\\s*${attached}`, 'u');
    DEFAULT_CHECKS[name] = (line, value) => {
      const open = /^\s*[([]/u.test(line);
      const close = /[)\]]\s*$/u.test(line);
      if (open !== close) return false;
      if (value === undefined || value === '') return true;
      const folded = foldLineText(line);
      if (withSeparator.test(folded)) return value.split(/\s+/u).length <= 12 && !/[.!?؟]$/u.test(value.trim());
      // Without a separator the value must be a name ("Photo by Thomas Samson"), never a clause.
      const introduced = linked.test(folded) || endsLinked.test(folded) || joinedTo.test(folded);
      return introduced && looksLikeName(value.replace(/[)\]]\s*$/u, ''), lang, 6);
    };
    const bracketed = `caption-bracketed-${lang}`;
    // A short line in brackets, standing alone: a credit ("(Reuters/Jane Doe)", "(أ ف ب)").
    DEFAULT_CHECKS[bracketed] = (_line, value) => {
      if (value === undefined) return false;
      const words = value.trim().split(/\s+/u);
      if (words.length > 5) return false;
      if (value.includes('/')) return true;
      if (lang === 'ar' && /\p{Script=Arabic}/u.test(value)) return words.length >= 2 && looksLikeName(value, lang);
      return (words.length >= 2 || value === value.toUpperCase()) && looksLikeName(value, 'en');
    };
    return [
      {
        name,
        lang,
        kind: 'caption',
        regex: `^[(\\[]?\\s*(?:${attached}|${alt([...plain, ...separated])}${END}(?:\\s+${link}${END})?)\\s*[:|\\-/]?\\s*(?<value>[^()\\[\\]]{0,100}?)\\s*[)\\]]?$`,
        where: 'anywhere',
        maxLength: 140,
        joinNext: true,
      },
      {
        name: bracketed,
        lang,
        kind: 'caption',
        regex: String.raw`^[(\[]\s*(?<value>[^()\[\]]{2,60}?)\s*[)\]]$`,
        where: 'anywhere',
      },
    ];
  },

  source: (lang, labels) => {
    const name = `source-${lang}`;
    const { slotted } = formsOf(labels);
    const lead =
      lang === 'en'
        ? String.raw`(?:this (?:article|story|report|piece|post|content|interview)(?: was| has been| is)? )?`
        : '';
    const sources = labelled(labels, String.raw`(?<value>.{0,80}?)\s*\.?`, lead);
    for (const [before, after] of slotted) {
      sources.push(
        `^${before ? `${literal(before)}\\s+` : ''}(?<value>.{1,60}?)${after ? `\\s+${literal(after)}` : ''}\\s*\\.?$`,
      );
    }
    DEFAULT_CHECKS[name] = (line, value) => {
      if (value === undefined || value === '') return true;
      const words = value.split(/\s+/u);
      if (words.length > 8 || /[,،]\s+\p{Ll}/u.test(value)) return false;
      // Without a colon after the label ("Courtesy of …"), the value must start as a name does.
      return lang === 'ar' || /^[^:]{1,40}:/u.test(line) || /^[\p{Lu}\p{N}"“]/u.test(value);
    };
    return [{ name, lang, kind: 'source', regex: one(sources), joinNext: true }];
  },

  tags: (lang, labels) => {
    const name = `tags-${lang}`;
    DEFAULT_CHECKS[name] = (_line, value) =>
      value !== undefined && splitTags(value).every((tag) => tag.split(/\s+/u).length <= 6);
    const { plain, separated } = formsOf(labels);
    return [
      {
        name,
        lang,
        kind: 'tags',
        regex: String.raw`^${alt([...plain, ...separated])}${END}${SEP}(?<value>.{1,200})$`,
        maxLength: 240,
      },
      {
        // A line of hashtags and nothing else.
        name: `hashtags-${lang}`,
        lang,
        kind: 'tags',
        regex: String.raw`^(?<value>#[\p{L}\p{N}_]+(?:[\s,،]+#[\p{L}\p{N}_]+)+)$`,
      },
    ];
  },

  share: (lang, labels) => {
    const platforms = LABELS[lang].platforms;
    const share = alt(labels.filter((l) => !/\b(?:us|on)$/u.test(l) && !/^تابع|^انضم/u.test(l)));
    const social = alt(platforms);
    return [
      {
        // A line made only of sharing buttons, at least one of which says "share".
        name: `share-${lang}`,
        lang,
        kind: 'share',
        regex: String.raw`^(?=.*(?:^|[\s|·•,/:])${share}${END})(?:(?:${share}(?:\s+(?:on|via|to|على|عبر))?|${social}|comments?|save|تعليق|حفظ)${END}[\s|·•,/:-]*)+$`,
        where: 'anywhere',
      },
      {
        // Platform names alone, which only the page's edges carry (a list of them in the text is kept).
        name: `social-links-${lang}`,
        lang,
        kind: 'share',
        regex: String.raw`^(?:${social}${END}[\s|·•,/:]*)+$`,
      },
    ];
  },

  comments: (lang, labels) => [
    {
      name: `comments-${lang}`,
      lang,
      kind: 'comments',
      // Counts may stand before the label, inside it ("View 12 comments") or after it ("Comments (12)").
      regex: `^(?:\\d+\\s+)?${alt(labels).replace(/\\s\+/g, String.raw`\s+(?:\d+\s+)?`)}${END}(?:\\s*\\(\\d+\\)|\\s+\\d+)?\\s*[:.!]?$`,
    },
  ],

  related: (lang, labels) => [
    {
      name: `related-${lang}`,
      lang,
      kind: 'related',
      regex: String.raw`^${alt(labels)}${END}(?:\s*[:>|\-]\s*.{0,120}|\s*[.…>:"']*)$`,
      where: 'anywhere',
    },
  ],

  paywall: (lang, labels) => [
    { name: `paywall-${lang}`, lang, kind: 'paywall', regex: `^${alt(labels)}(?:${END}.{0,100})?$`, maxLength: 200 },
  ],

  copyright: (lang, labels) => {
    const name = `copyright-${lang}`;
    const words = labels.filter((l) => /\p{L}/u.test(l));
    const single = new Set(words.filter((l) => !/\s/u.test(l)).map(foldLineText));
    DEFAULT_CHECKS[name] = (line, value) => {
      // A line with the sign is a rights line; a one-word label ("copyright") only when it opens the
      // line and a year, a sign or a name follows ("Copyright law in France…" is a sentence).
      if (value === undefined || /©|\(c\)/iu.test(line)) return true;
      if (!single.has(foldLineText(value))) return true;
      const after = new RegExp(`^\\W*${escapeRegExp(value)}\\s*(.*)$`, 'iu').exec(line);
      return after !== null && /^(?:\d{4}|\p{Lu}|\p{Script=Arabic})/u.test(after[1]);
    };
    return [
      {
        name,
        lang,
        kind: 'copyright',
        regex: `^(?=.{0,160}$)(?:.*?©.*|.*?${START}(?<value>${alt(words)})${END}.*)$`,
        maxLength: 200,
      },
    ];
  },

  advertisement: (lang, labels) => {
    const mark = String.raw`[\s\-_*•·.:|]*`;
    return [
      {
        name: `advertisement-${lang}`,
        lang,
        kind: 'advertisement',
        regex: `^${mark}${alt(labels)}${END}(?:${mark}${alt(labels)}${END})?${mark}$`,
        where: 'anywhere',
      },
    ];
  },

  navigation: (lang, labels) => [
    {
      name: `navigation-${lang}`,
      lang,
      kind: 'navigation',
      regex: `^${alt(labels)}${END}[\\s.:|>]*$`,
    },
  ],
};

/** The items of a tags line: split at commas, semicolons, bars, slashes, bullets or spaced dashes. */
export function splitTags(value: string): string[] {
  return value
    .split(/\s*(?:[,،;؛|/·•]|\s[-–—]\s)\s*/u)
    .map((t) => t.replace(/^#/u, '').trim())
    .filter((t) => t !== '');
}

const EN_PLACE = String.raw`(?<place>\p{Lu}[\p{L}\p{M}'’.-]*(?:[ /]\p{Lu}[\p{L}\p{M}'’.-]*){0,3})`;
const MONTH_EN = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DATE_EN = String.raw`(?<date>,?\s+(?:(?:${MONTH_EN}\s+\d{1,2}|\d{1,2}\s+${MONTH_EN})(?:,?\s+\d{4})?|\d{4}))`;
const AGENCY = String.raw`(?:\s*\((?<agency>[^()\d]*\p{L}[^()]{0,40})\))`;
const REGION_EN = String.raw`(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})`;
const DASH = String.raw`(?<dash>—|–|--|-|ـ+|:)`;
const AR_WORD = String.raw`(?:(?![،؛؟])\p{Script=Arabic})+`;
/** A month as the Arabic table spells it ("تشرين الثاني" is two words), or any one word. */
const AR_MONTH = `(?:${MONTHS.ar
  .flat()
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace(/ /g, '\\s+'))
  .join('|')}|[^\\s()\\d]{2,20})`;
const AR_DATE = String.raw`(?<date>\s*[,،]?\s*(?:في\s+)?[\d٠-٩]{1,2}\s+${AR_MONTH}(?:\s*/\s*${AR_MONTH})?(?:\s+[\d٠-٩]{4})?)`;

const DATELINE_AR = new RegExp(
  String.raw`^(?<place>${AR_WORD}(?: (?!في\s)${AR_WORD}){0,2})${AR_DATE}?${AGENCY}?\s*(?:${DASH}\s*(?<tail>.*))?$`,
  'u',
);
const DATELINE_EN = new RegExp(
  String.raw`^${EN_PLACE}${REGION_EN}?${DATE_EN}?${AGENCY}?\s*(?:${DASH}\s*(?<tail>.*))?$`,
  'u',
);
const labelRes = new Map<readonly string[], RegExp>();
/** A line that starts with one of `labels`, compiled once per list. */
function labelsRe(labels: readonly string[]): RegExp {
  let re = labelRes.get(labels);
  if (!re) labelRes.set(labels, (re = new RegExp(`^${alt(labels)}${END}`, 'u')));
  return re;
}

/** Weekday and month names, which open a date, never a dateline. */
const AR_DATE_WORDS = new Set([...WEEKDAYS.ar, ...MONTHS.ar].flat().map((w) => foldLineText(w.split(' ')[0])));

/** Words that open Arabic sentences or notes and are never places. */
const AR_NOT_PLACES = new Set(
  ['قال', 'وقال', 'أكد', 'وأكد', 'أضاف', 'وأضاف', 'أعلن', 'وأعلن', 'ملاحظة', 'تنويه', 'تحديث', 'عاجل', 'تصحيح'].map(
    foldLineText,
  ),
);

/**
 * Whether `line` is a dateline standing on a line of its own: a place, then a date, an agency in
 * brackets or a dash, and after the dash at most an outlet (`PARIS —`, `Geneva, May 5 (Reuters)`,
 * `باريس - «رويترز»:`). A place in ordinary case needs a date or an agency, so that a short
 * sentence or a headline is never one.
 */
export function isDatelineLine(
  line: string,
  lang: Lang,
  labels: readonly string[] = LABELS[lang].labels.dateline,
): boolean {
  return datelinePlace(line, lang, labels) !== undefined;
}

/** The place of a dateline standing on a line of its own (see `isDatelineLine`), if `line` is one. */
export function datelinePlace(
  line: string,
  lang: Lang,
  labels: readonly string[] = LABELS[lang].labels.dateline,
): string | undefined {
  const place = readDatelineLine(line, lang, labels);
  return place?.replace(/[,،]\s*$/u, '').trim();
}

function readDatelineLine(line: string, lang: Lang, labels: readonly string[]): string | undefined {
  const text = line.trim();
  const arabic = lang === 'ar' && /^\p{Script=Arabic}/u.test(text);
  const re = arabic ? DATELINE_AR : DATELINE_EN;
  const match = re.exec(text);
  const g = match?.groups;
  if (!g?.place) return undefined;
  const marked = g.dash !== undefined || g.date !== undefined || g.agency !== undefined;
  if (!marked) return undefined;
  if (arabic) {
    if (
      AR_DATE_WORDS.has(foldLineText(g.place.split(' ')[0])) ||
      AR_NOT_PLACES.has(foldLineText(g.place.split(' ')[0])) ||
      g.place.split(' ').some((w) => isParticle(w))
    )
      return undefined;
  } else {
    const caps = g.place === g.place.toUpperCase() && /\p{L}{2}/u.test(g.place);
    if (!caps && g.date === undefined && g.agency === undefined) return undefined;
    if (MONTH_OR_DAY.has(g.place.toLowerCase())) return undefined;
  }
  // After the dash: nothing, the outlet (quoted, bracketed, or a short name), or a label ("خاص").
  const tail = (g.tail ?? '').replace(/\s*:$/u, '').trim();
  if (tail === '') return g.place;
  if (g.dash === ':') return undefined;
  if (labelsRe(labels).test(foldLineText(tail))) return g.place;
  if (/^[«"“(][^«»"“”()]{1,30}[»"”)]$/u.test(tail)) return g.place;
  return looksLikeName(tail, lang, 4) ? g.place : undefined;
}

const byKind = (['en', 'ar'] as const).flatMap((lang) =>
  (Object.keys(kindPatterns) as FurnitureKind[]).flatMap((kind) => kindPatterns[kind](lang, LABELS[lang].labels[kind])),
);
/** Shapes without a label, tried after every labelled pattern has had its chance at a line. */
const UNLABELLED = /^(?:breadcrumb|timestamp-date|dateline|caption-bracketed|social-links)-/;
const unlabelledOrder = (name: string) =>
  ['social-links', 'dateline', 'timestamp-date', 'caption-bracketed', 'breadcrumb'].findIndex((n) =>
    name.startsWith(n),
  );

/**
 * The built-in patterns: each kind's labelled shape for each language, the structural patterns,
 * then the shapes without labels (a line of crumbs, a bare date, a dateline, a credit in brackets).
 */
export const DEFAULT_PATTERNS: readonly PatternSpec[] = [
  ...byKind.filter((p) => !UNLABELLED.test(p.name)),
  // ——— Where the article continues elsewhere: the outlet is worth keeping as provenance.
  {
    name: 'read-the-whole-story',
    lang: 'en',
    kind: 'source',
    regex: String.raw`^(?:read|see|view) (?:the )?(?:whole|full|entire|complete|original|rest of the) (?:story|article|report|piece|post)(?: (?:at|from|on|in|via|by)\s*[:.-]?|\s*[:-]|\s*\.?$)\s*(?<value>.*)$`,
    where: 'anywhere',
    joinNext: true,
  },
  {
    name: 'read-the-whole-story-ar',
    lang: 'ar',
    kind: 'source',
    regex: String.raw`^(?:اقرأ|طالع|تابع) (?:القصة|الخبر|المقال|الموضوع|التقرير)(?: (?:كاملة|كاملا|بالكامل|الأصلي|الكامل))?(?: (?:على|في|من|عبر)${END}\s*[:-]?|\s*[:-]|\s*\.?$)\s*(?<value>.*)$`,
    where: 'anywhere',
    joinNext: true,
  },
  {
    name: 'continue-reading',
    lang: 'en',
    kind: 'related',
    regex: String.raw`^(?:continue|keep) reading(?: the (?:main |full |rest of the )?(?:story|article))?(?: (?:at|on|from|in) .{1,60})?\s*[.…:>-]*$`,
    where: 'anywhere',
  },
  {
    name: 'photo-by',
    lang: 'en',
    kind: 'caption',
    // Without a colon the credit must look like a name (no clause after a comma), so that
    // "Photo by photo, the exhibition grew" stays.
    regex: String.raw`^[(\[]?(?:photo(?:graph)?|image|picture|illustration)s? (?:by|courtesy(?: of)?|via) (?<value>[^,;:.!?]{1,60}\.?)[)\]]?$`,
    where: 'anywhere',
  },
  {
    name: 'see-also',
    lang: 'any',
    kind: 'related',
    // Reference works use "See also" inside their text, so only the edges count.
    regex: String.raw`^(?:see also|انظر أيضا|انظر كذلك)${END}(?:\s*[:>|-]\s*.{0,120}|\s*[.…>]*)$`,
  },
  {
    name: 'click-here',
    lang: 'en',
    kind: 'related',
    regex: String.raw`^click here\b.{0,100}$`,
    where: 'anywhere',
  },
  {
    name: 'follow-us',
    lang: 'en',
    kind: 'share',
    regex: String.raw`^(?:follow (?:us|me)\b.{0,80}|follow (?:@\S+|@?[\p{L}\p{N}_.' ]{1,40} on (?:${alt(LABELS.en.platforms)})\b.{0,40})|(?:like|find|join) us on (?:${alt(LABELS.en.platforms)})\b.{0,60})$`,
    where: 'anywhere',
  },
  {
    name: 'follow-us-ar',
    lang: 'ar',
    kind: 'share',
    // تابعونا and تابعنا are also past tenses ("they followed us", "we followed"), so a platform or
    // the site must follow, or nothing at all.
    regex: String.raw`^(?:تابعونا|تابعنا|تابعوا|انضموا إلينا|انضم إلينا)${END}(?:\s*[:.]?$|.{0,40}(?:على|عبر|في) (?:${alt(LABELS.ar.platforms)}|موقعنا|قناتنا|صفحتنا|حسابنا|حساباتنا|منصاتنا|مواقع التواصل)${END}.{0,40}$)`,
    where: 'anywhere',
  },
  {
    name: 'comment-prompt',
    lang: 'en',
    kind: 'comments',
    regex: String.raw`^(?:leave|add|post|write|show|view|hide|load|see|submit)(?: (?:a|the|all|your|more|\d+))? (?:comments?|reply|responses?)\b.{0,60}$`,
  },
  {
    name: 'comment-count',
    lang: 'en',
    kind: 'comments',
    regex: String.raw`^there (?:are|is|were)\b.{0,30}\bon this (?:article|story|post|page)\.?$`,
  },
  {
    name: 'subscriber-wall',
    lang: 'en',
    kind: 'paywall',
    maxLength: 240,
    // Both a word of subscription and a word of what it unlocks, so "You must register to vote" is safe.
    regex: String.raw`^(?=.*\b(?:subscri\w*|log ?in|logged in|sign ?in|signed in|sign ?up|register(?:ed)?|members? only|membership|create an? (?:free )?account)\b)(?=.*\b(?:comment\w*|read\w*|view|access|continue|content|article|story|unlimited)\b)(?:you (?:must|need to|have to|will need to|'ll need to)|please|to (?:continue|keep) reading|this (?:article|story|content) is (?:only )?(?:for|available to|reserved for)|already an? (?:subscriber|member)|become an? (?:subscriber|member)|subscribe (?:now|today|to (?:continue|read|keep|get))|(?:log|sign) ?in (?:to|or|now)|register (?:to|for free|now)|create an? (?:free )?account)\b.*$`,
  },
  {
    name: 'subscriber-wall-ar',
    lang: 'ar',
    kind: 'paywall',
    maxLength: 240,
    regex: String.raw`^(?:(?:يجب|عليك|يرجى|الرجاء)(?: عليك)? (?:الاشتراك|تسجيل الدخول|التسجيل|أن تكون مشتركا)|(?:لمتابعة القراءة|لقراءة المقال|لقراءة الخبر|لقراءة المزيد|هذا المحتوى|هذا المقال)${END}.{0,100}(?:اشترك|الاشتراك|المشتركين|تسجيل الدخول|سجل الدخول)|(?:اشترك|سجل الدخول|قم بتسجيل الدخول|قم بالاشتراك)(?: (?:الآن|مجانا|اليوم))?(?:\s*[:.!]?$|\s+(?:لمتابعة|لقراءة|للاطلاع|للوصول|للتعليق)${END})).*$`,
  },
  {
    name: 'newsletter',
    lang: 'en',
    kind: 'related',
    // Sign-up boxes sit between paragraphs as often as after the text.
    where: 'anywhere',
    maxLength: 120,
    regex: String.raw`^(?:sign up|subscribe|join|get|register|enter your e-?mail)\b.{0,100}\bnewsletters?\b.*$`,
  },
  {
    name: 'newsletter-ar',
    lang: 'ar',
    kind: 'related',
    where: 'anywhere',
    maxLength: 120,
    regex: String.raw`^(?:اشترك|اشتركوا|سجل|انضم)${END}.{0,80}(?:النشرة|نشرتنا|القائمة البريدية|بريدك الإلكتروني).*$`,
  },
  ...byKind.filter((p) => UNLABELLED.test(p.name)).sort((a, b) => unlabelledOrder(a.name) - unlabelledOrder(b.name)),
];

/** Names the built-in patterns had before they were made by kind, for `disable:` lists written then. */
export const FORMER_NAMES: Record<string, FurnitureKind> = {
  'source-line': 'source',
  'featured-image': 'caption',
  'photo-credit': 'caption',
  'photo-credit-ar': 'caption',
  'archive-photo-ar': 'caption',
  'read-more': 'related',
  'read-more-ar': 'related',
  'share-buttons': 'share',
  'social-links': 'share',
  'comments-heading': 'comments',
  'comments-ar': 'comments',
  copyright: 'copyright',
  'rights-reserved': 'copyright',
  advertisement: 'advertisement',
  'page-chrome': 'navigation',
  'tags-line': 'tags',
  'timestamp-line': 'timestamp',
};
