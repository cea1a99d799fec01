/** Dates written out in a language; kept apart from the string tables so that scripts can use it. */
import type { Lang } from '../core/types.ts';

/**
 * One formatter per language and set of options: making an `Intl.DateTimeFormat` costs far more
 * than formatting with it, and a listing page formats a date per document (made per call, the
 * formatters' memory, held outside V8's heap, was most of a cold build's peak).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(lang === 'ar' ? 'ar-EG' : 'en-GB', {
      timeZone: 'UTC',
      numberingSystem: lang === 'ar' ? 'arab' : 'latn',
      ...options,
    });
    formatters.set(key, made);
  }
  return made;
}

/**
 * A date from front matter (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) written out in the language
 * ("5 May 2017", "٥ مايو ٢٠١٧"); any other text is shown as the editor wrote it.
 */
export function formatDate(lang: Lang, date: string): string {
  const match = date.match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/);
  if (!match) return date;
  const [, year, month, day] = match;
  const value = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
  if (Number.isNaN(value.getTime())) return date;
  return formatter(lang, {
    year: 'numeric',
    ...(month ? { month: 'long' } : {}),
    ...(day ? { day: 'numeric' } : {}),
  }).format(value);
}

/** A time of day (`HH:MM`, UTC) on `isoDate` (`YYYY-MM-DD`) written out in the language ("09:30", "٠٩:٣٠"). */
export function formatTime(lang: Lang, isoDate: string, time: string): string {
  return formatter(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(`${isoDate}T${time}:00Z`),
  );
}
