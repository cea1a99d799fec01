/**
 * Checks of ingest over real prose, shared by the unit tests (on the repository's parallel fixture)
 * and the corpus tests (on TICO-19): each registers tests for the documents it is given. Also one
 * page ingested alone around a short article, for the unit tests of a page's lines.
 */
import iconv from 'iconv-lite';
import { expect, it } from 'vitest';
import type { Lang, SourceFile } from '../types.ts';
import { decodeSource } from './decode.ts';
import { checkLang } from './detect-lang.ts';
import { hasErrors } from './diagnostics.ts';
import { DEFAULT_RULES } from './furniture.ts';
import { ingest } from './index.ts';
import { normalizeParagraph } from './paragraphs.ts';

/** A document of parallel text: its sentences in order, in both languages. */
export interface ParallelDocument {
  id: string;
  en: string[];
  ar: string[];
}

/** A sentence as the reading text holds it: NFC (decoding composes), whitespace normalised. */
const asRead = (sentence: string) => normalizeParagraph(sentence.normalize('NFC'));

const encoder = new TextEncoder();
const file = (path: string, text: string): SourceFile => ({ path, bytes: encoder.encode(text) });
const slugOf = (doc: ParallelDocument) => doc.id.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const decode = (b: Uint8Array) => decodeSource('documents/x.txt', b);

/** One page, its lines as a scrape delivers them, ingested alone: the edition it gives. */
export const edition = (lang: Lang, lines: string[]) =>
  ingest([file(`documents/p.${lang}.txt`, lines.join('\n') + '\n')]).editions[0];

/** An article's three paragraphs of plain prose, in both languages: the text the page lines stand around. */
export const BODY: Record<Lang, string[]> = {
  en: [
    'Oil prices rose on Wednesday after a fire shut a pipeline that carries a fifth of the region’s crude to the coast.',
    'Traders said the rise would last only until the operator said how long repairs would take.',
    'The operator said it expected to reopen the line within a week, though engineers were less sure of that.',
  ],
  ar: [
    'ارتفعت أسعار النفط يوم الأربعاء بعد أن أدى حريق إلى إغلاق خط أنابيب ينقل خُمس نفط المنطقة الخام إلى الساحل.',
    'وقال متعاملون إن الارتفاع سيستمر فقط حتى يعلن المشغل المدة التي سيستغرقها إصلاح الخط المتضرر في الميناء.',
    'وقال المشغل إنه يتوقع إعادة فتح الخط في غضون أسبوع، لكن المهندسين العاملين في الموقع أقل ثقة بذلك.',
  ],
};

/** Language detection agrees with every document, in both languages. */
export function languageChecks(docs: readonly ParallelDocument[]): void {
  it('detection agrees with every document in both languages', () => {
    expect(docs.length).toBeGreaterThan(0);
    for (const doc of docs) {
      expect(checkLang(doc.ar.join('\n'), 'documents/t.ar.txt', 'ar'), doc.id).toEqual({ lang: 'ar', diagnostics: [] });
      expect(checkLang(doc.en.join('\n'), 'documents/t.en.txt', 'en'), doc.id).toEqual({ lang: 'en', diagnostics: [] });
    }
  });
}

/** Each Arabic sentence saved in either Arabic code page is read back in the right one; `minimum` sentences at least are tried. */
export function codePageChecks(docs: readonly ParallelDocument[], minimum: number): void {
  it('tells windows-1256 from ISO-8859-6 on every Arabic sentence, even short ones', () => {
    const sentences = docs.flatMap((d) => d.ar);
    let tried = 0;
    for (const encoding of ['windows-1256', 'ISO-8859-6']) {
      for (const sentence of sentences) {
        const encoded = iconv.encode(sentence, encoding);
        // Only sentences the code page can hold (ISO-8859-6 lacks some letters and digit shapes).
        if (iconv.decode(encoded, encoding) !== sentence) continue;
        tried++;
        // Decoding composes to NFC, which puts stacked harakat (shadda and kasra) in canonical order.
        expect(decode(encoded).decoded, `${encoding}: ${sentence}`).toEqual({
          text: sentence.normalize('NFC'),
          encoding,
        });
      }
    }
    expect(tried).toBeGreaterThanOrEqual(minimum);
    // Thousands of files' worth of guessing over a corpus: a correctness check, not a speed one.
  }, 60_000);
}

/** Each English sentence with characters beyond ASCII saved as windows-1252 is read back; `minimum` at least are tried. */
export function westernCodePageChecks(docs: readonly ParallelDocument[], minimum: number): void {
  it('reads English sentences with typographic characters saved as windows-1252', () => {
    let tried = 0;
    for (const sentence of docs.flatMap((d) => d.en).filter((s) => /[^\x00-\x7f]/.test(s))) {
      const encoded = iconv.encode(sentence, 'windows-1252');
      if (iconv.decode(encoded, 'windows-1252') !== sentence) continue;
      tried++;
      expect(decode(encoded).decoded?.text, sentence).toBe(sentence.normalize('NFC'));
    }
    expect(tried).toBeGreaterThanOrEqual(minimum);
  });
}

/**
 * Ingest over real prose and human translations: nothing removed but a headline, nothing lost,
 * and exactly the furniture and second copy a scrape adds taken out again. `expected` bounds the
 * headlines found and the documents long enough for the second-copy check.
 */
export function integrityChecks(
  docs: readonly ParallelDocument[],
  expected: { headlines: [number, number]; checked: number },
): void {
  // With `learn: true` too: the documents are one archive, and what recurs in it must not be taken
  // for an outlet's template (a heading, a closing sentence, first words several documents share).
  it.each([
    ['the built-in list', DEFAULT_RULES],
    ['learning from the archive (`learn: true`)', { ...DEFAULT_RULES, repeated: true }],
  ])(
    'removes nothing from any document but its headline, loses nothing, and raises no error, with %s',
    (_, cleaning) => {
      const result = ingest(
        docs.flatMap((doc) => [
          file(`documents/${slugOf(doc)}.en.txt`, doc.en.join('\n')),
          file(`documents/${slugOf(doc)}.ar.txt`, doc.ar.join('\n')),
        ]),
        { cleaning },
      );
      expect(hasErrors(result.diagnostics)).toBe(false);
      expect(result.editions).toHaveLength(docs.length * 2);
      const falseRemovals = result.editions.flatMap((e) =>
        e.removed
          .filter((r) => !(r.reason === 'headline' && r.line === 1))
          .map((r) => `${e.sourceFile}:${r.line} ${r.reason} ${r.text}`),
      );
      expect(falseRemovals).toEqual([]);
      let headlines = 0;
      for (const doc of docs) {
        for (const lang of ['en', 'ar'] as const) {
          const edition = result.editions.find((e) => e.slug === slugOf(doc) && e.lang === lang);
          // A headline (the first line of Wikinews reports and PubMed abstracts) is the title, moved out of the text.
          const headline = edition?.removed.find((r) => r.reason === 'headline');
          if (headline) {
            headlines++;
            expect(edition).toMatchObject({ title: asRead(doc[lang][0]), titleDerived: false });
          }
          expect(edition?.paragraphs.map((p) => p.text)).toEqual(doc[lang].slice(headline ? 1 : 0).map(asRead));
        }
      }
      expect(headlines).toBeGreaterThanOrEqual(expected.headlines[0]);
      expect(headlines).toBeLessThanOrEqual(expected.headlines[1]);
    },
  );

  it('takes out exactly what a scrape adds around them: furniture and a second copy', () => {
    // Each document as a scraper would deliver it: furniture at the top, an ad inside the text,
    // the article again, and furniture at the end.
    const furniture: Record<Lang, { top: string[]; inside: string; end: string[] }> = {
      en: {
        top: ['Skip to main content', 'Share this article', 'Photo: Jane Doe/Reuters'],
        inside: 'Advertisement',
        end: [
          'Read the whole story from',
          'The Example Times.',
          '© 2020 The Example Times. All rights reserved.',
          'COMMENTS',
        ],
      },
      ar: {
        top: ['الرئيسية', 'شارك', 'الصورة: رويترز'],
        inside: 'إعلان',
        end: ['اقرأ الخبر كاملاً على', 'صحيفة المثال', 'جميع الحقوق محفوظة © 2020', 'التعليقات'],
      },
    };
    let checked = 0;
    for (const doc of docs) {
      for (const lang of ['en', 'ar'] as const) {
        const sentences = doc[lang];
        // A second copy is only recognised when it carries a few hundred characters of text.
        if (sentences.join(' ').length < 400) continue;
        const f = furniture[lang];
        const middle = Math.floor(sentences.length / 2);
        const lines = [
          ...f.top,
          ...sentences.slice(0, middle),
          f.inside,
          ...sentences.slice(middle),
          ...sentences,
          ...f.end,
        ];
        const { editions, diagnostics } = ingest([file(`documents/t.${lang}.txt`, lines.join('\n'))]);
        expect(hasErrors(diagnostics)).toBe(false);
        const edition = editions[0];
        const headline = edition.removed.some((r) => r.reason === 'headline' && r.text === asRead(sentences[0]));
        expect(
          edition.paragraphs.map((p) => p.text),
          doc.id,
        ).toEqual(sentences.slice(headline ? 1 : 0).map(asRead));
        const added = new Set([...f.top, f.inside, ...f.end]);
        const removedFurniture = edition.removed.filter((r) => r.reason === 'furniture').map((r) => r.text);
        expect(new Set(removedFurniture), doc.id).toEqual(added);
        expect(edition.removed.filter((r) => r.reason === 'repeated-article')).toHaveLength(sentences.length);
        expect(edition.imageCredit).toBe(lang === 'en' ? 'Jane Doe/Reuters' : 'رويترز');
        // "صحيفة" says what kind of outlet it is, not its name.
        expect(edition.source).toBe(lang === 'en' ? 'The Example Times' : 'المثال');
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(expected.checked);
  });
}

/**
 * A story's first three paragraphs of prose, in both languages: the opening whose content words a
 * headline of the story shares and a line of the page's does not.
 */
export const STORY_OPENING: Record<Lang, string[]> = {
  en: [
    'Thousands of people marched through the city centre on Saturday to protest against the new housing law, police said.',
    'The protests began last week in the capital and have since spread to several other cities, the organisers said.',
    'The government has said it will not withdraw the law but has offered to meet the organisers next week.',
  ],
  ar: [
    'خرج آلاف الأشخاص في مسيرة وسط المدينة يوم السبت احتجاجا على قانون الإسكان الجديد، بحسب الشرطة.',
    'وبدأت الاحتجاجات الأسبوع الماضي في العاصمة ثم امتدت إلى عدة مدن أخرى، كما قال المنظمون.',
    'وقالت الحكومة إنها لن تسحب القانون لكنها عرضت لقاء المنظمين في الأسبوع المقبل.',
  ],
};
