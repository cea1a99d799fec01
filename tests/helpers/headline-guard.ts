/**
 * The headline guard's pages: a real headline as a page's first line, alone above the article,
 * under a line of furniture the tables know (a breadcrumb, a timestamp, a byline), and between
 * furniture above and a byline below. A headline must be the page's title in each, and never be
 * removed: losing a headline to the cleaner is worse than leaving a line of furniture in the text.
 * Used by `npm run eval:clean-headlines` (bench/clean-headlines.ts, every headline) and by the
 * unit test of a fixed subset (src/core/ingest/headline-guard.test.ts).
 */
import { ingest } from '../../src/core/ingest/index.ts';
import type { Lang } from '../../src/core/types.ts';

/** Furniture every table knows, by kind, a few phrasings each; a page takes one by the headline's index. */
const FURNITURE: Record<Lang, Record<'breadcrumb' | 'timestamp' | 'byline', string[]>> = {
  en: {
    breadcrumb: ['Home › World › Middle East', 'Home / News / Health', 'News » Politics » Europe'],
    timestamp: ['Updated 14:32 GMT, 12 October 2020', 'Published: 3 March 2021', 'Last updated: 5 hours ago'],
    byline: ['By Maria Lopez, Reuters', 'By Tom Hale', 'Written by Sara Kim'],
  },
  ar: {
    breadcrumb: ['الرئيسية › العالم › الشرق الأوسط', 'الرئيسية / أخبار / صحة', 'أخبار » سياسة » عربي'],
    timestamp: ['آخر تحديث: الاثنين 12 أكتوبر 2020 - 14:32', 'نشر في: 3 مارس 2021', 'منذ 5 ساعات'],
    byline: ['بقلم: ليلى منصور', 'كتب: سامي حداد', 'بقلم: نادية الخطيب'],
  },
};

/** Two paragraphs of an article, as a scrape prints them under its headline. */
const BODY: Record<Lang, string[]> = {
  en: [
    'Officials said on Monday that the figures would be reviewed again at the end of the month.',
    'Several groups have asked for the full report to be published before any decision is taken.',
  ],
  ar: [
    'قال المسؤولون يوم الاثنين إن الأرقام ستخضع لمراجعة جديدة في نهاية الشهر.',
    'وطالبت عدة منظمات بنشر التقرير كاملاً قبل اتخاذ أي قرار.',
  ],
};

/** Where the headline stands on its page. */
export const HEADLINE_CONTEXTS = [
  'alone',
  'under-breadcrumb',
  'under-timestamp',
  'under-byline',
  'between-furniture',
] as const;
export type HeadlineContext = (typeof HEADLINE_CONTEXTS)[number];

/** The lines of a page with `headline` in `context`; `k` picks the furniture's phrasing. */
export function headlinePage(headline: string, lang: Lang, context: HeadlineContext, k: number): string[] {
  const f = FURNITURE[lang];
  const pick = (lines: string[]) => lines[k % lines.length];
  const above: Record<HeadlineContext, string[]> = {
    alone: [],
    'under-breadcrumb': [pick(f.breadcrumb)],
    'under-timestamp': [pick(f.timestamp)],
    'under-byline': [pick(f.byline)],
    'between-furniture': [pick(f.breadcrumb), pick(f.timestamp)],
  };
  const below = context === 'between-furniture' ? [pick(f.byline)] : [];
  return [...above[context], headline, ...below, ...BODY[lang]];
}

/** What went wrong with a headline on its page, if anything. */
export interface HeadlineFailure {
  lang: Lang;
  context: HeadlineContext;
  headline: string;
  /** The title the page got instead. */
  title: string;
  /** The pattern that removed the headline as furniture, when it was removed. */
  removedBy?: string;
  /** Furniture of the page that stayed in its text (the page tests nothing then). */
  furnitureKept?: string[];
}

/** Ingests `headline`'s page in `context` and says how it failed, or undefined when the headline is the title. */
export function checkHeadline(
  headline: string,
  lang: Lang,
  context: HeadlineContext,
  k: number,
): HeadlineFailure | undefined {
  const lines = headlinePage(headline, lang, context, k);
  const { editions } = ingest([
    { path: `documents/h.${lang}.txt`, bytes: new TextEncoder().encode(`${lines.join('\n')}\n`) },
  ]);
  const edition = editions[0];
  const removal = edition?.removed.find((r) => r.text === headline && r.reason !== 'headline');
  const furniture = lines.filter((l) => l !== headline && !BODY[lang].includes(l));
  const furnitureKept = furniture.filter((l) => edition?.paragraphs.some((p) => p.text === l));
  if (edition?.title === headline && !removal && furnitureKept.length === 0) return undefined;
  return {
    lang,
    context,
    headline,
    title: edition?.title ?? '(no edition)',
    ...(removal ? { removedBy: removal.pattern ?? removal.reason } : {}),
    ...(furnitureKept.length > 0 ? { furnitureKept } : {}),
  };
}
