/**
 * The reading modes of a document that has two language versions, and how the chosen one is kept.
 * Pure: no DOM, no storage; `reading-modes.ts` applies it to the page.
 */
import type { Lang } from '../core/types.ts';

/**
 * How a bilingual document is shown: `side` — the two versions side by side (stacked where the
 * screen is too narrow); `stacked` — one after the other; `ar` or `en` — that language only.
 * A language is named rather than "this page's" or "the other", as Sefaria does: a reader who chose
 * to read the Arabic keeps reading Arabic on every page.
 */
export type ReadingMode = 'side' | 'stacked' | Lang;

/** Every mode, in the order the switch offers them after the layout modes. */
export const READING_MODES: readonly ReadingMode[] = ['side', 'stacked', 'ar', 'en'];

/** The mode of a page nobody has chosen one for, and of every page without JavaScript. */
export const DEFAULT_READING_MODE: ReadingMode = 'side';

/** The localStorage key under which the chosen mode is kept, for every page of the site. */
export const READING_MODE_KEY = 'hamish:reading-mode';

/** `value` as a reading mode, or undefined when it is not one (absent, or stored by another version). */
export function parseReadingMode(value: unknown): ReadingMode | undefined {
  return READING_MODES.find((mode) => mode === value);
}

/**
 * The modes a document page offers, in order: the two layouts, then the page's own language,
 * then the other one.
 */
export function modesFor(lang: Lang, other: Lang): ReadingMode[] {
  return ['side', 'stacked', lang, other];
}
