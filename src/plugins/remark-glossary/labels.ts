/**
 * The words and digits the glossary notes use, per page language.
 */
import type { Lang } from '../../core/types.ts';

/** Texts of the notes, with `{n}` standing for a note's number. */
export interface GlossaryLabels {
  /** Heading of the notes section that closes the text. */
  notes: string;
  /** Accessible name of a reference marker, e.g. `Note {n}`; it contains the visible number. */
  reference: string;
  /** Accessible name of the number that leads from a note back to its marker. */
  back: string;
}

export const DEFAULT_LABELS: Readonly<Record<Lang, GlossaryLabels>> = {
  en: { notes: 'Notes', reference: 'Note {n}', back: 'Note {n}: back to the text' },
  ar: { notes: 'الحواشي', reference: 'الحاشية {n}', back: 'الحاشية {n}: العودة إلى النص' },
};

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

/** `n` in the digits readers of `lang` expect: Arabic-Indic (١٢٣) in Arabic, ASCII in English. */
export function numeral(n: number, lang: Lang): string {
  const digits = String(n);
  return lang === 'ar' ? digits.replace(/[0-9]/g, (d) => ARABIC_INDIC[Number(d)]) : digits;
}

/** `template` with `{n}` replaced by `n`. */
export function fill(template: string, n: string): string {
  return template.replaceAll('{n}', n);
}
