import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Edition, Lang } from '../types.ts';
import { clean } from './clean.ts';
import { DEFAULT_RULES } from './furniture.ts';
import { checkIntegrity } from './integrity.ts';
import { splitParagraphs } from './paragraphs.ts';
import { metadataFrom, type FurnitureMetadata } from './metadata.ts';
import { STORY_OPENING } from './testing.ts';

/**
 * One folder per case: `input.txt`, and `expected.json` with the lines removed
 * (`[line, reason, pattern?]`), the metadata found, the lines that get a note, optionally the kind
 * of each furniture line, and optionally the lines of the reading text (default: every line not
 * removed).
 */
interface Expected {
  lang: Lang;
  removed: [number, string, string?][];
  source?: string;
  imageCredit?: string;
  /** The other metadata the furniture gives (author, date, time, tags, dateline). */
  metadata?: FurnitureMetadata;
  /** The kind of each furniture line removed, by line, when the case checks kinds. */
  kinds?: Record<string, string>;
  notes?: number[];
  kept?: number[];
  /** Whether the case cleans with `talk: true` (the page's talk about itself taken by its words). */
  talk?: boolean;
}

const root = new URL('./fixtures/clean/', import.meta.url);

describe('clean (fixtures)', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const input = readFileSync(new URL(`${name}/input.txt`, root), 'utf8');
      const expected: Expected = JSON.parse(readFileSync(new URL(`${name}/expected.json`, root), 'utf8'));
      const paragraphs = splitParagraphs(input);
      const result = clean(paragraphs, expected.lang, expected.talk ? { ...DEFAULT_RULES, talk: true } : DEFAULT_RULES);

      expect(result.removed.map((r) => (r.pattern ? [r.line, r.reason, r.pattern] : [r.line, r.reason]))).toEqual(
        expected.removed,
      );
      const removedLines = new Set(expected.removed.map(([line]) => line));
      expect(result.paragraphs.map((p) => p.line)).toEqual(
        expected.kept ?? paragraphs.map((p) => p.line).filter((l) => !removedLines.has(l)),
      );
      expect(metadataFrom(result.furniture, expected.lang).metadata).toEqual({
        ...(expected.source ? { source: expected.source } : {}),
        ...(expected.imageCredit ? { imageCredit: expected.imageCredit } : {}),
        ...expected.metadata,
      });
      if (expected.kinds) {
        expect(Object.fromEntries(result.removed.filter((r) => r.kind).map((r) => [String(r.line), r.kind]))).toEqual(
          expected.kinds,
        );
      }
      expect(result.notes.map((n) => n.line)).toEqual(expected.notes ?? []);
      // Removed text is the source text itself, and nothing is lost.
      const edition = { sourceFile: 'x', paragraphs: result.paragraphs, removed: result.removed } as Edition;
      expect(checkIntegrity(edition, paragraphs)).toEqual([]);
    });
  }
});

describe('clean (properties)', () => {
  const line = fc.oneof(
    fc.constantFrom(
      'Share',
      'COMMENTS',
      'Read the whole story from',
      'The Washington Post.',
      'اقرأ أيضاً',
      'الصورة:',
      'رويترز',
      '© 2017 X',
      'Advertisement',
    ),
    fc.string({ minLength: 1, maxLength: 200 }),
    fc.constantFrom(
      'The campaign said on Friday that it had been the target of a massive and coordinated hacking operation.',
      'وقالت الحملة يوم الجمعة إنها تعرضت لعملية اختراق واسعة ومنسقة استهدفت رسائل البريد الإلكتروني.',
    ),
  );
  it('never loses a paragraph and never invents one, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.constantFrom<Lang>('ar', 'en'), (lines, lang) => {
        const paragraphs = splitParagraphs(lines.join('\n'));
        const result = clean(paragraphs, lang, DEFAULT_RULES);
        const edition = { sourceFile: 'x', paragraphs: result.paragraphs, removed: result.removed } as Edition;
        expect(checkIntegrity(edition, paragraphs)).toEqual([]);
        expect(result.paragraphs.length + result.removed.length).toBe(paragraphs.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a line off the story at the top (session 18)', () => {
  const AROUND: Record<Lang, [string, string]> = {
    en: ['Home › World › Europe', 'Updated 14:32 GMT, 12 October 2020'],
    ar: ['الرئيسية › العالم › أوروبا', 'آخر تحديث: الاثنين 12 أكتوبر 2020 - 14:32'],
  };
  const removed = (lang: Lang, line: string) => {
    const [above, below] = AROUND[lang];
    const text = [above, line, below, ...STORY_OPENING[lang]].join('\n\n');
    return clean(splitParagraphs(text, 1), lang, DEFAULT_RULES).removed.map((r) => r.text);
  };

  it.each([
    ['en', 'Lena Okafor and Tom Brandt - Harbour Times'],
    ['ar', 'سلمى داود ونادر حمدان – الميناء نت'],
    ['ar', 'مسقط، خاص بصحيفة الميناء'],
  ] as [Lang, string][])('is no headline’s place between furniture: %s “%s” goes', (lang, line) => {
    expect(removed(lang, line)).toContain(line);
  });

  it.each([
    ['en', 'Protests spread to New York'],
    ['ar', 'الاحتجاجات تمتد إلى مدن أخرى'],
  ] as [Lang, string][])('leaves a headline of the story there: %s “%s” stays', (lang, line) => {
    expect(removed(lang, line)).not.toContain(line);
  });
});
