/** Dates written out in a language; kept apart from the string tables so that scripts can use it. */
import type { Lang } from '../core/types.ts';

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
  return new Intl.DateTimeFormat(lang === 'ar' ? 'ar-EG' : 'en-GB', {
    timeZone: 'UTC',
    numberingSystem: lang === 'ar' ? 'arab' : 'latn',
    year: 'numeric',
    ...(month ? { month: 'long' } : {}),
    ...(day ? { day: 'numeric' } : {}),
  }).format(value);
}
