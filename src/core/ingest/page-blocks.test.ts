import { describe, expect, it } from 'vitest';
import { isListHeading, isSectionName } from './page-blocks.ts';
import { DEFAULT_RULES, matchFurniture } from './furniture.ts';
import { BODY, edition } from './testing.ts';

describe('a page’s blocks in ingest', () => {
  it('never takes a caption’s label and words for the title, in either language', () => {
    const en = edition('en', [
      'Skip to content',
      'Image caption, Firefighters spray water on the burning pipeline near the port',
      ...BODY.en,
    ]);
    expect(en.title).not.toMatch(/caption/iu);
    expect(en.removed.find((r) => r.line === 2)?.kind).toBe('caption');
    const ar = edition('ar', [
      'تخطى إلى المحتوى',
      'التعليق على الصورة، رجال الإطفاء يرشون المياه على خط الأنابيب المشتعل قرب الميناء',
      ...BODY.ar,
    ]);
    expect(ar.title).not.toMatch(/التعليق/u);
    expect(ar.removed.find((r) => r.line === 2)?.kind).toBe('caption');
  });

  // The top (a menu, sections, the headline, a timestamp), then the article, then lists under headings.
  const PAGES: Record<'en' | 'ar', { top: string[]; tail: string[]; tags?: string[] }> = {
    en: {
      top: [
        'Skip to content',
        'Business',
        'Markets',
        'Oil markets: prices climb after a pipeline fire in the delta',
        'Last modified on Wed 4 Oct 2023 11.02 BST',
      ],
      tail: [
        'Explore more on these topics',
        'Energy',
        'Nigeria',
        'Most viewed',
        'How the pipeline works',
        '2 August 2023',
      ],
      tags: ['Energy', 'Nigeria'],
    },
    ar: {
      top: [
        'تخطى إلى المحتوى',
        'اقتصاد',
        'أسواق النفط: الأسعار ترتفع بعد حريق في خط أنابيب بالدلتا',
        'نشر في: ٤ أكتوبر ٢٠٢٣',
      ],
      tail: [
        'المزيد حول هذه القصة',
        'كيف يعمل خط الأنابيب؟',
        '٢ أغسطس/آب ٢٠٢٣',
        'الأكثر قراءة',
        '١',
        'منتجعات التزلج تراهن على المشي الصيفي',
      ],
    },
  };
  for (const lang of ['en', 'ar'] as const) {
    it(`takes the headline under a section’s name, and the page’s date, not a listed article’s (${lang})`, () => {
      const { top, tail, tags } = PAGES[lang];
      const page = edition(lang, [...top, ...BODY[lang], ...tail]);
      expect(page.title).toBe(top.at(-2));
      expect(page.date).toBe('2023-10-04');
      expect(page.tags).toEqual(tags);
      expect(page.paragraphs.map((p) => p.text)).toEqual(BODY[lang]);
    });
  }
});

describe('a feature’s short title', () => {
  // A title of a word or two, a deck and a byline under it: a feature's opening, not a section's
  // name. (The deck, the longer line, is taken for the headline: the title stays in the text.)
  for (const [lang, title, deck, byline] of [
    ['ar', 'المنفى', 'سنوات من الانتظار على حدود لا تفتح أبوابها', 'بقلم سارة علي'],
    ['ar', 'بعد الطوفان', 'قرى الجنوب تعيد البناء بما بقي لها', 'بقلم سارة علي'],
    ['en', 'Exile', 'Years of waiting at a border that never opens', 'By Sarah Ali'],
  ] as const)
    it(`never removes “${title}” as a section’s name (${lang})`, () => {
      const page = edition(lang, [title, deck, byline, ...BODY[lang]]);
      expect(page.removed.find((r) => r.text === title)).toBeUndefined();
      expect(page.paragraphs.map((p) => p.text)).toEqual([title, ...BODY[lang]]);
    });
});

describe('isListHeading', () => {
  const heading = (line: string, lang: 'en' | 'ar') => isListHeading(line, matchFurniture(line, lang, DEFAULT_RULES));
  it('takes a heading alone on its line', () => {
    for (const line of ['Related', 'Most viewed', 'More about this story', 'Topics'])
      expect(heading(line, 'en')).toBe(true);
    for (const line of ['أخبار ذات صلة', 'الأكثر قراءة', 'المزيد حول هذه القصة'])
      expect(heading(line, 'ar')).toBe(true);
  });
  it('leaves a heading with its value, and a sentence', () => {
    expect(heading('Related: the network measured the same loss in Austria.', 'en')).toBe(false);
    expect(heading('Read more: How the leak spread', 'en')).toBe(false);
    expect(heading('اقرأ أيضا: كيف انتشر التسريب', 'ar')).toBe(false);
  });
});

describe('isSectionName', () => {
  it('takes a word or two of a section', () => {
    for (const line of ['World', 'Africa', 'US news', 'Middle East']) expect(isSectionName(line, 'en')).toBe(true);
    for (const line of ['أخبار', 'عربي ودولي', 'ثقافة وفنون', 'اقتصاد']) expect(isSectionName(line, 'ar')).toBe(true);
  });
  it('leaves a two-word headline, a word in lower case, a number', () => {
    for (const line of ['Kenya votes', 'Markets tumble', 'the', 'Covid-19 2020', 'Editorial.'])
      expect(isSectionName(line, 'en'), line).toBe(false);
    expect(isSectionName('لبنان ينتخب', 'ar')).toBe(false);
  });
});
