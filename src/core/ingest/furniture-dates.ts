/**
 * Reading the date and time of a timestamp line ("Updated 14:32 GMT, 5 May 2017", "نشر في: السبت
 * 6 أيار/مايو 2017") with the month and weekday names of the language's calendar.
 */
import { perLang } from '../lang.ts';
import type { Lang } from '../types.ts';
import { foldLineText } from '../arabic/index.ts';
import { MONTHS, WEEKDAYS, type Spellings } from '../calendar.ts';
import { LABELS } from './furniture-labels.ts';
import { spacedLiteral } from '../regexp.ts';

export interface DateReading {
  /** `YYYY-MM-DD`. */
  date?: string;
  /** `HH:MM`, 24-hour. */
  time?: string;
  /** Whether any part of a date or time was found (a month name, a numeric date, a time). */
  found: boolean;
  /** The words that are neither part of the date and time nor date words (weekdays, zones, "at"). */
  rest: string[];
}

/** `foldLineText` of each spelling, longest first, so "تشرين الثاني" is tried before "تشرين". */
const spellings = (entries: readonly (string | Spellings)[]) =>
  entries
    .flatMap((entry, i) => [entry].flat().map((s) => ({ folded: foldLineText(s), index: i })))
    .sort((a, b) => b.folded.length - a.folded.length);

/** A pattern of any of `words` (folded) as whole words. */
export const wordsRe = (words: readonly string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(spacedLiteral).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

interface Vocabulary {
  months: Map<string, number>;
  monthRe: RegExp;
  weekdayRe: RegExp;
  timeWordRe: RegExp;
}

const vocabulary = perLang((lang) => {
  const table = LABELS[lang];
  const months = spellings(MONTHS[lang]);
  return {
    months: new Map(months.map((m) => [m.folded, m.index + 1])),
    monthRe: wordsRe(months.map((m) => m.folded)),
    weekdayRe: wordsRe(spellings(WEEKDAYS[lang]).map((w) => w.folded)),
    timeWordRe: wordsRe(spellings(table.timeWords).map((w) => w.folded)),
  } satisfies Vocabulary;
});

/**
 * A folded line without its weekday and month names and the commas after them, so a label's words
 * meet the date's numbers ("originally posted friday, march 20, 2020" reads "originally posted 20 2020").
 */
export function withoutCalendarWords(folded: string, lang: Lang): string {
  const v = vocabulary[lang];
  return folded
    .replace(v.weekdayRe, ' ')
    .replace(v.monthRe, ' ')
    .replace(/\s*[,،.]?\s+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Whether a folded line names a weekday or a month. */
export function hasCalendarWords(folded: string, lang: Lang): boolean {
  const v = vocabulary[lang];
  return folded.search(v.weekdayRe) >= 0 || folded.search(v.monthRe) >= 0;
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 100) year += year < 70 ? 2000 : 1900;
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const ZONE_BY_NAME =
  /(?<time>\d(?:\s*(?:a\.?m\.?|p\.?m\.?|صباحا|مساء|ص|م))?)\s+(?:(?:\p{L}+\s+){1,3}(?:standard\s+|daylight\s+|summer\s+)?time|بتوقيت(?:\s+\p{L}+){1,3}|\(\s*(?:(?:\p{L}+\s+){1,3}time|بتوقيت(?:\s+\p{L}+){1,3})\s*\))\s*\.?\s*$/iu;

const MONTH_MARK = '\u0001';
const M = `${MONTH_MARK}(\\d+)${MONTH_MARK}`;
const ORD = String.raw`(?:st|nd|rd|th)?`;
/** "أيار/مايو": one month written twice. */
const TWO_NAMES = new RegExp(`(${MONTH_MARK}\\d+${MONTH_MARK})\\s*/\\s*${MONTH_MARK}\\d+${MONTH_MARK}`, 'gu');
// The parts may be joined by dashes, slashes or dots, as releases print them ("20-Sep-2020", "٢٠-أيلول-٢٠٢٠"),
// and the day linked to its month as each language says it ("2 of February", "٢ من فبراير", "٢ من شهر مارس").
const DAY_MONTH_YEAR = new RegExp(
  String.raw`(?<!\d)(\d{1,2})${ORD}\s*(?:(?:of|من)\s+(?:شهر\s+)?|[-/.]\s*)?${M}\s*[,/.-]?\s*(\d{4})(?!\d)`,
  'u',
);
const MONTH_DAY_YEAR = new RegExp(String.raw`${M}\s*\.?\s*(\d{1,2})${ORD}\s*,?\s*(\d{4})(?!\d)`, 'u');
/** The year first, as East Asian and some wire desks print it ("2021 June 7", "2021 يونيو 7"; round 20). */
const YEAR_MONTH_DAY = new RegExp(String.raw`(?<!\d)(\d{4})\s*,?\s*${M}\s*(\d{1,2})${ORD}(?![\d:])`, 'u');
const MARKED = new RegExp(`${MONTH_MARK}\\d+${MONTH_MARK}`, 'gu');

/**
 * Round 34: time zones of countries that write the day first (Africa, Europe, the Gulf, South and East
 * Asia, Oceania), as a line prints one after its time; America's (EST, PST, …) are not among them.
 */
const DAY_FIRST_ZONE =
  /\s(?:wat|cat|eat|sast|gmt|bst|cet|cest|eet|eest|wet|west|ist|pkt|gst|msk|sgt|myt|hkt|pht|wib|aest|aedt|acst|awst|nzst|nzdt)(?=\s|$)/iu;

/**
 * The date and time in `text` (any part of a line), in the conventions of `lang`: a numeric date
 * with slashes is day first in Arabic and month first in English (unless the first number cannot
 * be a month), with dots or dashes day first in both, a four-digit first number is a year.
 */
export function readDate(text: string, lang: Lang): DateReading {
  const v = vocabulary[lang];
  // A zone named by where it is, closing the line after a time (round 20: "6:27 pm West Africa Time",
  // "Arabia Standard Time", "٦:٢٧ مساءً بتوقيت غرب أفريقيا"): no word of the line's own; so is it in
  // brackets (round 31: "09:55 (Honiara time)", "09:55 (بتوقيت عدن)").
  let s = ` ${foldLineText(text)} `.replace(ZONE_BY_NAME, '$<time> ');
  let date: string | undefined;
  let time: string | undefined;
  const take = (re: RegExp, read: (m: RegExpExecArray) => string | undefined, into: 'date' | 'time') => {
    if ((into === 'date' ? date : time) !== undefined) return;
    const match = re.exec(s);
    if (!match) return;
    const value = read(match);
    if (value === undefined) return;
    if (into === 'date') date = value;
    else time = value;
    s = s.slice(0, match.index) + ' ' + s.slice(match.index + match[0].length);
  };

  // Numeric dates.
  take(/(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/u, (m) => isoDate(+m[1], +m[2], +m[3]), 'date');
  take(
    /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?!\d)/u,
    (m) => {
      const [a, b, y] = [+m[1], +m[2], +m[3]];
      // Dots are the day-first convention in every language ("09.03.2020" is 9 March); so are dashes
      // with the year last (round 31: "11-02-2021 | 09:55 (Honiara time)", as Indian, Pakistani,
      // African and Pacific papers print them), where America writes slashes ("03/14/2021").
      // Round 34: so does a zone of the day-first world after the time ("07/02/2021 19:52 WAT", "… GMT").
      const dayFirst = lang === 'ar' || /[.-]/u.test(m[0]) || DAY_FIRST_ZONE.test(s) ? a <= 31 && b <= 12 : a > 12;
      return dayFirst ? isoDate(y, b, a) : isoDate(y, a, b);
    },
    'date',
  );
  // Times: 14:32, 2.05 pm, 9:00 ص.
  take(
    /(?<![\d.:/])(\d{1,2})[:.](\d{2})(?![\d/])(?:\s*(a\.?m\.?|p\.?m\.?|صباحا|مساء|ص|م)(?![\p{L}]))?/u,
    (m) => {
      let hour = +m[1];
      const minute = +m[2];
      const half = m[3]?.replace(/\./g, '');
      // An hour past noon already says the afternoon, whatever mark follows it ("21:31 مساءً").
      if ((half === 'pm' || half === 'م' || half === 'مساء') && hour < 12) hour += 12;
      else if ((half === 'am' || half === 'ص' || half === 'صباحا') && hour === 12) hour = 0;
      if (hour > 23 || minute > 59) return undefined;
      return `${pad(hour)}:${pad(minute)}`;
    },
    'time',
  );
  // Month names, marked with their number ("أيار/مايو" is one month written twice).
  s = s.replace(v.monthRe, (name) => `${MONTH_MARK}${v.months.get(name.replace(/\s+/g, ' ')) ?? 0}${MONTH_MARK}`);
  s = s.replace(TWO_NAMES, '$1');
  take(DAY_MONTH_YEAR, (m) => isoDate(+m[3], +m[2], +m[1]), 'date');
  take(MONTH_DAY_YEAR, (m) => isoDate(+m[3], +m[1], +m[2]), 'date');
  take(YEAR_MONTH_DAY, (m) => isoDate(+m[1], +m[2], +m[3]), 'date');
  // Round 33: a time written as "14h32", as French and Maghrebi pages print it, in Arabic too
  // ("09h08", "14سا30"), and a 24-hour clock of four figures before "hrs" or "hours", as the
  // Commonwealth's desks print it ("1258 hrs"; "Curfew from 2000 hours" reads so too, and
  // `creditShape` asks a timestamp's words or a date beside it).
  take(
    /(?<![\d.:/])(\d{1,2})\s?(?:h|سا)\s?(\d{2})(?![\d\p{L}])/u,
    (m) => (+m[1] > 23 || +m[2] > 59 ? undefined : `${pad(+m[1])}:${m[2]}`),
    'time',
  );
  take(/(?<![\d.:/])([01]\d|2[0-3])([0-5]\d)\s*(?:hrs|hours|hr)(?![\p{L}])/u, (m) => `${m[1]}:${m[2]}`, 'time');
  // A bare hour with am/pm ("9 pm").
  take(
    /(?<![\d.:])(\d{1,2})\s*(a\.?m\.?|p\.?m\.?)(?![\p{L}])/u,
    (m) => {
      let hour = +m[1];
      if (hour > 12) return undefined;
      if (m[2].startsWith('p')) hour = hour === 12 ? 12 : hour + 12;
      else if (hour === 12) hour = 0;
      return `${pad(hour)}:00`;
    },
    'time',
  );
  const found = date !== undefined || time !== undefined || s.includes(MONTH_MARK);
  s = s.replace(v.weekdayRe, ' ').replace(v.timeWordRe, ' ');
  const rest = s
    .replace(MARKED, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => /\p{L}/u.test(w));
  return { date, time, found, rest };
}

/**
 * A relative time as update lines print it, on a folded line: a count (a number, a word, "a
 * few"; an Arabic dual or plural alone) of a unit of time, long or abbreviated ("5h", "3 mins"),
 * before "ago" or after منذ/قبل ("منذ ٣ ساعات", "قبل دقيقتين", "منذ أقل من ساعة"), or "just now".
 */
const RELATIVE_EN = String.raw`(?:(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few|several|some|a couple of)\s*(?:seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|hr|h|days?|d|weeks?|wks?|w|months?|mos?|years?|yrs?|y)\.?\s+ago|(?:just now|moments? ago|a moment ago|yesterday|today|earlier today|this (?:morning|afternoon|evening)|last night))`;
const RELATIVE_AR = String.raw`(?:منذ|قبل)\s+(?:(?:حوالي|نحو|اكثر من|اقل من|ما يقارب|قرابه)\s+)?(?:(?:\d+|بضع|بضعه|عده|نصف|ربع)\s*)?(?:ثانيه|ثوان|ثواني|ثانيتين|لحظات|لحظه|دقيقه|دقيقتين|دقائق|ساعه|ساعتين|ساعات|يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|شهور|سنه|سنتين|سنوات|عام|عامين|اعوام)(?:\s+(?:واحده|واحد|تقريبا))?|(?:امس|البارحه|اليوم|صباح اليوم|مساء امس|مساء اليوم)`;
/** A relative time, in either language, as a regex source for folded lines. */
export const RELATIVE_TIME_SOURCE = `(?:${RELATIVE_EN}|${RELATIVE_AR})`;

/** A line that is nothing but a relative time ("2 hours ago", "منذ ساعتين", "قبل ٥ ساعات"). */
export const RELATIVE_TIME_LINE = new RegExp(`^${RELATIVE_TIME_SOURCE}$`, 'u');

/** Relative times that update lines show instead of a date ("2 hours ago", "منذ ساعتين"). */
export const RELATIVE_TIME =
  /(?:^|\s)(?:\d+\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|just now|yesterday|today|منذ\s+\S+(?:\s+\S+)?|امس|اليوم)(?:\s|$)/u;
