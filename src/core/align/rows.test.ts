import { describe, expect, test } from 'vitest';
import type { Paragraph } from '../types.ts';
import { alignParagraphs } from './rows.ts';

const paragraphs = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ text, line: 2 * i + 1 }));

// The English keeps the Arabic's three sentences in one paragraph; the Arabic has two.
const ar = paragraphs(
  'أعلنت الحكومة اليوم خطة جديدة لمكافحة الوباء في جميع المحافظات. وقال الوزير إن الخطة تبدأ الأسبوع المقبل.',
  'وستغلق المدارس لمدة أسبوعين على الأقل.',
  'ورحبت النقابات بالقرار.',
);
const en = paragraphs(
  'The government announced a new plan today to fight the epidemic in all provinces. The minister said the plan would start next week. Schools will close for at least two weeks.',
  'Unions welcomed the decision.',
);

describe('alignParagraphs', () => {
  const alignment = alignParagraphs(ar, en);

  test('every sentence has its paragraph and offsets, and the text there is the sentence', () => {
    expect(alignment.sentences.ar.map((s) => ar[s.paragraph].text.slice(s.start, s.end))).toEqual([
      'أعلنت الحكومة اليوم خطة جديدة لمكافحة الوباء في جميع المحافظات.',
      'وقال الوزير إن الخطة تبدأ الأسبوع المقبل.',
      'وستغلق المدارس لمدة أسبوعين على الأقل.',
      'ورحبت النقابات بالقرار.',
    ]);
    expect(alignment.sentences.en.map((s) => [s.index, s.paragraph])).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 1],
    ]);
  });

  test('beads pair the sentences that translate each other', () => {
    expect(alignment.beads).toEqual([0, 1, 2, 3].map((k) => ({ ar: [k], en: [k] })));
  });

  test('rows end where either side ends a paragraph, and hold every sentence once, in order', () => {
    const rows = alignment.rows.map((row) => ({ ar: row.ar.map((s) => s.index), en: row.en.map((s) => s.index) }));
    expect(rows).toEqual([
      { ar: [0, 1], en: [0, 1] },
      { ar: [2], en: [2] },
      { ar: [3], en: [3] },
    ]);
    // The English paragraph 0 goes on from the first row into the second.
    expect(alignment.rows[1].en[0].paragraph).toBe(alignment.rows[0].en.at(-1)?.paragraph);
  });

  test('a side with no text aligns nothing, and its rows hold the other side alone', () => {
    const one = alignParagraphs(ar, []);
    expect(one.beads.every((b) => b.en.length === 0)).toBe(true);
    expect(one.rows.flatMap((r) => r.ar.map((s) => s.index))).toEqual([0, 1, 2, 3]);
    expect(alignParagraphs([], []).rows).toEqual([]);
  });

  test('glossary entries reach the aligner through entriesOf', () => {
    const seen: string[] = [];
    alignParagraphs(ar, en, { entriesOf: (text, lang) => (seen.push(`${lang}:${text.slice(0, 5)}`), []) });
    expect(seen).toHaveLength(8);
  });
});
