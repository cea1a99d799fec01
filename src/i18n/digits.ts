/**
 * Numbers in the digits a reader of each language expects: Arabic-Indic (١٢٣) in Arabic, ASCII in
 * English, never grouped (note numbers, line numbers, counts). The one digits formatter of the
 * site, at build time and in the browser; it imports no strings, so browser code can use it.
 */
import type { Lang } from '../core/types.ts';

/**
 * One formatter per language, made on first use: making an `Intl` formatter costs tens of
 * microseconds, using one a fraction of a microsecond, and every page of a build formats numbers.
 */
const formatters = new Map<Lang, Intl.NumberFormat>();

/** `n` in the digits of `lang`. */
export function formatNumber(lang: Lang, n: number): string {
  let format = formatters.get(lang);
  if (format === undefined) {
    format = new Intl.NumberFormat(lang === 'ar' ? 'ar-EG' : 'en', {
      numberingSystem: lang === 'ar' ? 'arab' : 'latn',
      useGrouping: false,
    });
    formatters.set(lang, format);
  }
  return format.format(n);
}
