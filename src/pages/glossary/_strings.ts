/**
 * Words of the glossary pages in both languages. The pages show every entry in English and Arabic
 * side by side, so each label is given in both, each in its own language.
 */
import type { EntryKind } from '../../core/glossary/index.ts';
import type { Lang } from '../../core/types.ts';
import { formatNumber } from '../../i18n/index.ts';

/** Headings of the groups of the index, by kind. */
export const KIND_HEADINGS: Record<EntryKind, Record<Lang, string>> = {
  person: { en: 'People', ar: 'أشخاص' },
  organisation: { en: 'Organisations', ar: 'منظمات وهيئات' },
  place: { en: 'Places', ar: 'أماكن' },
  publication: { en: 'Publications', ar: 'منشورات' },
  online: { en: 'Websites and accounts', ar: 'مواقع وحسابات' },
  event: { en: 'Events', ar: 'أحداث' },
  term: { en: 'Terms', ar: 'مصطلحات' },
};

/** One entry's kind, in the singular. */
export const KIND_NAMES: Record<EntryKind, Record<Lang, string>> = {
  person: { en: 'Person', ar: 'شخص' },
  organisation: { en: 'Organisation', ar: 'منظمة أو هيئة' },
  place: { en: 'Place', ar: 'مكان' },
  publication: { en: 'Publication', ar: 'منشور' },
  online: { en: 'Website or account', ar: 'موقع أو حساب' },
  event: { en: 'Event', ar: 'حدث' },
  term: { en: 'Term', ar: 'مصطلح' },
};

export const LABELS = {
  title: { en: 'Glossary', ar: 'المسرد' },
  language: { en: 'English', ar: 'العربية' },
  aliases: { en: 'Also written', ar: 'يُكتب أيضاً' },
  occursIn: { en: 'In the documents', ar: 'في الوثائق' },
  nowhere: { en: 'Not in any document yet.', ar: 'لا يرد في أي وثيقة بعد.' },
  unusedLegend: { en: 'Entries in grey are in no document yet and have no page.', ar: 'المداخل الرمادية لا ترد في أي وثيقة بعد، وليست لها صفحات.' },
  noBlock: { en: 'No English entry yet.', ar: 'لا مدخل بالعربية بعد.' },
  seeAlso: { en: 'Elsewhere', ar: 'مراجع أخرى' },
  back: { en: 'All entries', ar: 'كل المداخل' },
} satisfies Record<string, Record<Lang, string>>;

/**
 * An Arabic count with the noun in the form the number takes: plural after 3–10, singular
 * accusative after 11–99, singular genitive after 100, 1000… (ignoring the hundreds).
 */
function arabicCount(n: number, forms: { one: string; two: string; plural: string; accusative: string; genitive: string }): string {
  if (n === 1) return forms.one;
  if (n === 2) return forms.two;
  const rest = n % 100;
  const noun = rest >= 3 && rest <= 10 ? forms.plural : rest >= 11 ? forms.accusative : forms.genitive;
  return `${formatNumber('ar', n)} ${noun}`;
}

/** "3 entries" / "٣ مداخل". */
export function entriesCount(lang: Lang, n: number): string {
  if (lang === 'en') return `${n} ${n === 1 ? 'entry' : 'entries'}`;
  return arabicCount(n, { one: 'مدخل واحد', two: 'مدخلان', plural: 'مداخل', accusative: 'مدخلاً', genitive: 'مدخل' });
}

/** "3 times" / "٣ مرات". */
export function timesCount(lang: Lang, n: number): string {
  if (lang === 'en') return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
  return arabicCount(n, { one: 'مرة واحدة', two: 'مرتان', plural: 'مرات', accusative: 'مرة', genitive: 'مرة' });
}
