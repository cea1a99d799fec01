import { describe, expect, it } from 'vitest';
import { readTicoDocuments, type TicoDocument } from '../../../tests/helpers/tico.ts';
import type { Edition, Lang, SourceFile } from '../types.ts';
import { hasErrors } from './diagnostics.ts';
import { ingest } from './index.ts';
import { checkIntegrity } from './integrity.ts';
import { normalizeParagraph, splitParagraphs } from './paragraphs.ts';
import { SAMPLE_AR, SAMPLE_EN } from '../../../tests/helpers/sample.ts';

/** A sentence as the reading text holds it: NFC (decoding composes), whitespace normalised. */
const asRead = (sentence: string) => normalizeParagraph(sentence.normalize('NFC'));

const encoder = new TextEncoder();
const file = (path: string, text: string): SourceFile => ({ path, bytes: encoder.encode(text) });
const slugOf = (doc: TicoDocument) => doc.id.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const tico = readTicoDocuments();

describe('checkIntegrity', () => {
  const source = splitParagraphs('One.\nTwo.\nTwo.\nThree.\n');
  const edition = (paragraphs: Edition['paragraphs'], removed: Edition['removed']) =>
    ({ sourceFile: 'documents/x.en.txt', paragraphs, removed }) as Edition;

  it('accepts an edition that accounts for every source paragraph exactly once', () => {
    const ok = edition([source[0], source[1], source[3]], [{ reason: 'repeated-paragraph', text: 'Two.', line: 3 }]);
    expect(checkIntegrity(ok, source)).toEqual([]);
  });

  it('reports a paragraph lost in cleaning, at its line', () => {
    const lost = edition([source[0], source[1], source[3]], []);
    expect(checkIntegrity(lost, source)).toEqual([
      {
        severity: 'error',
        file: 'documents/x.en.txt',
        line: 3,
        column: 1,
        message: 'lost in cleaning: “Two.” is neither in the reading text nor among the removed lines',
      },
    ]);
  });

  it('reports text the source does not have, and text moved to another line', () => {
    const invented = edition([...source, { text: 'Four.', line: 5 }], []);
    expect(checkIntegrity(invented, source)).toMatchObject([
      { line: 5, message: expect.stringMatching(/^not in the source: “Four\.”/) },
    ]);
    const moved = edition([source[0], source[1], { text: 'Two.', line: 9 }, source[3]], []);
    expect(checkIntegrity(moved, source).map((d) => d.line)).toEqual([3, 9]);
  });
});

describe('integrity over the seeds', () => {
  const result = ingest([file('documents/macron.en.txt', SAMPLE_EN), file('documents/macron.ar.txt', SAMPLE_AR)]);
  const en = result.editions.find((e) => e.lang === 'en');
  const ar = result.editions.find((e) => e.lang === 'ar');

  it('ingests both without a problem', () => {
    expect(result.diagnostics).toEqual([]);
  });

  it('keeps the English article exactly once and records what it took out', () => {
    const lines = SAMPLE_EN.split('\n');
    expect(en?.paragraphs).toEqual(lines.slice(0, 5).map((text, i) => ({ text, line: i + 1 })));
    expect(en?.removed.map((r) => [r.line, r.reason, r.pattern])).toEqual([
      [6, 'furniture', 'read-the-whole-story'],
      [7, 'furniture', 'read-the-whole-story'],
      [8, 'furniture', 'caption-en'],
      ...[9, 10, 11, 12, 13].map((line) => [line, 'repeated-article', undefined]),
      [14, 'furniture', 'read-the-whole-story'],
      [15, 'furniture', 'read-the-whole-story'],
      [16, 'furniture', 'caption-en'],
      [17, 'furniture', 'comments-en'],
      [18, 'furniture', 'comment-count'],
      [19, 'furniture', 'subscriber-wall'],
    ]);
    expect(en?.removed.map((r) => r.text)).toEqual(lines.slice(5, 19));
    expect(en).toMatchObject({ source: 'The Washington Post', imageCredit: 'EPA', dateline: 'PARIS' });
  });

  it('keeps every line of the Arabic seed', () => {
    const lines = SAMPLE_AR.split('\n').filter(Boolean);
    expect(ar?.removed).toEqual([]);
    expect(ar?.paragraphs).toEqual(lines.map((text, i) => ({ text, line: i + 1 })));
    expect(ar?.dateline).toBeUndefined();
  });
});

describe('integrity over TICO-19 (real prose, human translations)', () => {
  it('has documents in both languages', () => {
    expect(tico.length).toBeGreaterThan(30);
    expect(tico.reduce((n, d) => n + d.en.length + d.ar.length, 0)).toBeGreaterThan(6000);
  });

  it('removes nothing from any document but its headline, loses nothing, and raises no error', () => {
    const result = ingest(
      tico.flatMap((doc) => [
        file(`documents/${slugOf(doc)}.en.txt`, doc.en.join('\n')),
        file(`documents/${slugOf(doc)}.ar.txt`, doc.ar.join('\n')),
      ]),
    );
    expect(hasErrors(result.diagnostics)).toBe(false);
    expect(result.editions).toHaveLength(tico.length * 2);
    const falseRemovals = result.editions.flatMap((e) =>
      e.removed
        .filter((r) => !(r.reason === 'headline' && r.line === 1))
        .map((r) => `${e.sourceFile}:${r.line} ${r.reason} ${r.text}`),
    );
    expect(falseRemovals).toEqual([]);
    let headlines = 0;
    for (const doc of tico) {
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
    // The headlines of the corpus (Wikinews, PubMed titles, some Wikipedia article names), in both languages.
    expect(headlines).toBeGreaterThanOrEqual(15);
    expect(headlines).toBeLessThan(tico.length);
  });

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
    for (const doc of tico) {
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
        expect(edition.source).toBe(lang === 'en' ? 'The Example Times' : 'صحيفة المثال');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
