/**
 * The month and weekday names of each language, in one place: reading the dates of page furniture
 * and provenance, telling a sentence's end from an abbreviation and a name from a calendar word all
 * use these tables, so a spelling added here is known to every one of them.
 */
import type { Lang } from './types.ts';

/** One month's or weekday's spellings, as a reader writes them: the full name first. */
export type Spellings = readonly string[];

/** The Arabic month names, January first, in the three systems Arabic writers use. */
export const ARABIC_MONTHS = {
  /** From the Latin names: Egypt, Sudan, the Gulf, most news agencies. */
  egyptian: [
    ['يناير'],
    ['فبراير'],
    ['مارس'],
    ['أبريل', 'ابريل', 'إبريل'],
    ['مايو'],
    ['يونيو'],
    ['يوليو'],
    ['أغسطس', 'اغسطس'],
    ['سبتمبر'],
    ['أكتوبر', 'اكتوبر'],
    ['نوفمبر'],
    ['ديسمبر'],
  ],
  /** The Syriac names of the Levant and Iraq; four are two words ("تشرين الثاني"). */
  levantine: [
    ['كانون الثاني'],
    ['شباط'],
    ['آذار'],
    ['نيسان'],
    ['أيار'],
    ['حزيران'],
    ['تموز'],
    ['آب'],
    ['أيلول'],
    ['تشرين الأول'],
    ['تشرين الثاني'],
    ['كانون الأول'],
  ],
  /**
   * From the French names, in the Maghreb. Several are also names (ماي: May, جوان: Juan), which is
   * why telling names from calendar words leaves this system out.
   */
  maghrebi: [
    ['جانفي'],
    ['فيفري'],
    ['مارس'],
    ['أفريل'],
    ['ماي'],
    ['جوان'],
    ['جويلية'],
    ['أوت'],
    ['سبتمبر'],
    ['أكتوبر'],
    ['نوفمبر'],
    ['ديسمبر'],
  ],
} as const satisfies Record<string, readonly Spellings[]>;

/** Each month's spellings in every system, January first (so a month's number is its index + 1). */
export const MONTHS: Record<Lang, readonly Spellings[]> = {
  // The full name first, then its abbreviations.
  en: [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ],
  // Pure: a script that needs only the weekdays does not bundle the months.
  ar: /* @__PURE__ */ ARABIC_MONTHS.egyptian.map((month, i) => [
    ...new Set([...month, ...ARABIC_MONTHS.levantine[i], ...ARABIC_MONTHS.maghrebi[i]]),
  ]),
};

/** Each weekday's spellings, Monday first. */
export const WEEKDAYS: Record<Lang, readonly Spellings[]> = {
  en: [
    ['monday', 'mon'],
    ['tuesday', 'tue', 'tues'],
    ['wednesday', 'wed'],
    ['thursday', 'thu', 'thur', 'thurs'],
    ['friday', 'fri'],
    ['saturday', 'sat'],
    ['sunday', 'sun'],
  ],
  ar: [['الاثنين', 'الإثنين'], ['الثلاثاء'], ['الأربعاء'], ['الخميس'], ['الجمعة'], ['السبت'], ['الأحد']],
};
