/**
 * The two languages of an edition, as constants the browser's scripts can import: this module
 * imports nothing, so a script that needs `LANGS` or `DIR` does not bundle zod (which `types.ts`
 * derives the content's types with) into every reader's first search.
 */

/** The two languages an edition is made of. */
export const LANGS = ['ar', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The other language of a bilingual edition. */
export const otherLang = (lang: Lang): Lang => (lang === 'ar' ? 'en' : 'ar');

/** A language's name in English, for messages to editors (the pages name languages through `src/i18n/`). */
export const LANG_NAME: Record<Lang, string> = { ar: 'Arabic', en: 'English' };

/** The text direction a language is written in. */
export const DIR: Record<Lang, 'rtl' | 'ltr'> = { ar: 'rtl', en: 'ltr' };

/** Each language's value, built from it: typed where `Object.fromEntries` needed a cast; English first, as those were. */
export const perLang = <T>(make: (lang: Lang) => T): Record<Lang, T> => ({ en: make('en'), ar: make('ar') });

/** Each language's value in a list, English first: the order the built-in patterns are tried in. */
export const eachLang = <T>(make: (lang: Lang) => T): T[] => [make('en'), make('ar')];
