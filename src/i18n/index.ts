import type { Lang } from '../core/types.ts';
import ar from './ar.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import { formatNumber } from './digits.ts';

export { formatNumber } from './digits.ts';
export { formatDate, formatTime } from './dates.ts';

/** A key of the UI strings; English is the reference set every language is checked against. */
export type UIKey = keyof typeof en;

const strings: Record<Lang, Partial<Record<UIKey, string>>> = { en, ar };

/** Plural rules per language, made on first use (see `formatNumber` for why). */
const pluralRules: (lang: Lang) => Intl.PluralRules = (() => {
  const made = new Map<Lang, Intl.PluralRules>();
  return (lang) => {
    let rules = made.get(lang);
    if (rules === undefined) made.set(lang, (rules = new Intl.PluralRules(lang)));
    return rules;
  };
})();

/** The plural forms a string may have, as `Intl.PluralRules` names them (Arabic uses all six). */
export const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** The UI strings of each language: Hamish's own, or those with a publisher's overrides (`withOverrides`). */
export type UIStrings = Record<Lang, Partial<Record<string, string>>>;

/** What `t` is: a UI string of a language, its placeholders filled. */
export type Translate = (lang: Lang, key: UIKey, vars?: Record<string, string | number>) => string;

/**
 * The UI strings with a publisher's overrides (`hamish({ strings, name, tagline })`) over Hamish's
 * own, per language: the one merge, which Vite serves to the pages as `src/i18n/*.json` and the
 * build's own steps (the e-books, the notes' words) read through `translator`.
 */
export function withOverrides(overrides: Record<Lang, Record<string, string>>): UIStrings {
  return { en: { ...strings.en, ...overrides.en }, ar: { ...strings.ar, ...overrides.ar } };
}

/**
 * The `t` of a set of UI strings: the string `key` in `lang`, with `{name}` placeholders filled
 * (numbers in the language's digits). With a numeric `count`, the variant for its plural form is
 * used when the language has one (`key.one`, `key.two`, `key.few`…: Arabic says وثيقتان, ٣ وثائق,
 * ١١ وثيقة); the plain key serves the other counts. A variant for the exact count (`key.=2`, as
 * ICU's `=2`) comes first, for words a plural form does not single out: English "twice" (2 is
 * `other` in English). A key missing from a language falls back to English, as Starlight does, so
 * a new string never shows up blank.
 */
export function translator(table: UIStrings): Translate {
  return (lang, key, vars = {}) => {
    const count = typeof vars.count === 'number' ? vars.count : undefined;
    const form = count === undefined ? undefined : pluralRules(lang).select(count);
    const variants = count === undefined ? [key] : [`${key}.=${count}`, `${key}.${form}`, key];
    // The language's own variants all come before English's: Arabic مرتان beats English "twice".
    const template =
      [table[lang], table.en]
        .flatMap((own) => variants.map((variant) => own[variant]))
        .find((found) => found !== undefined) ?? key;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = vars[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? formatNumber(lang, value) : value;
    });
  };
}

/**
 * A UI string (see `translator`). In pages and components, the strings are the publisher's (Vite
 * serves the JSON files with the overrides merged in); elsewhere, Hamish's own.
 */
export const t: Translate = translator(strings);

/** A translator for one language, for templates that use many strings. */
export function useTranslations(lang: Lang) {
  return (key: UIKey, vars?: Record<string, string | number>) => t(lang, key, vars);
}

/**
 * Line numbers as a reader would write them: runs collapsed to ranges ("9–16, 20"), in the
 * language's digits and list separator.
 */
export function formatLineRanges(lang: Lang, lines: readonly number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i];
    while (i + 1 < sorted.length && sorted[i + 1] === sorted[i] + 1) i++;
    const end = sorted[i];
    ranges.push(start === end ? formatNumber(lang, start) : `${formatNumber(lang, start)}–${formatNumber(lang, end)}`);
  }
  return ranges.join(lang === 'ar' ? '، ' : ', ');
}
