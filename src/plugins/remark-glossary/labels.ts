/**
 * The words and digits the glossary notes use, per page language: from the UI strings
 * (`src/i18n/`, `glossaryNotes.*`) and the site's digits formatter.
 */
import type { Lang } from '../../core/types.ts';
import { perLang } from '../../core/lang.ts';
import { formatNumber, t, type Translate } from '../../i18n/index.ts';

/** Texts of the notes, with `{n}` standing for a note's number. */
export interface GlossaryLabels {
  /** Heading of the notes section that closes the text. */
  notes: string;
  /** Accessible name of a reference marker, e.g. `Note {n}`; it contains the visible number. */
  reference: string;
  /** Accessible name of the number that leads from a note back to its marker. */
  back: string;
}

/** The notes' texts in each language, from the UI strings as `translate` gives them (the publisher's may replace them). */
export const glossaryLabels = (translate: Translate): Record<Lang, GlossaryLabels> =>
  perLang((lang) => ({
    notes: translate(lang, 'glossaryNotes.heading'),
    reference: translate(lang, 'glossaryNotes.reference'),
    back: translate(lang, 'glossaryNotes.back'),
  }));

export const DEFAULT_LABELS: Readonly<Record<Lang, GlossaryLabels>> = glossaryLabels(t);

/** `n` in the digits readers of `lang` expect (`formatNumber`): Arabic-Indic (١٢٣) in Arabic. */
export const numeral = (n: number, lang: Lang): string => formatNumber(lang, n);

/** `template` with `{n}` replaced by `n`. */
export function fill(template: string, n: string): string {
  return template.replaceAll('{n}', n);
}
