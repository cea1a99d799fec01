import { describe, expect, test } from 'vitest';
import { parseSidecar } from '../ingest/sidecar.ts';
import { alignSentences } from './align.ts';
import { confidenceOf, reviewRows } from './confidence.ts';
import { resolveOverrides, type PlacedOverride } from './overrides.ts';
import { alignParagraphs, sentencesOf } from './rows.ts';

const AR = [
  { text: 'صوّت المجلس يوم الثلاثاء على تمديد ساعات المكتبة. وستفتح في الثامنة صباحًا.', line: 3 },
  { text: 'جاء ذلك بعد عريضة وقّعها 4,200 من السكان.', line: 5 },
  { text: 'وشكرت المديرة المتطوعين.', line: 7 },
];
const EN = [
  { text: 'The council voted on Tuesday to extend the library hours. It will open at eight in the morning.', line: 2 },
  { text: 'This followed a petition signed by 4,200 residents.', line: 4 },
  { text: 'The director thanked the volunteers.', line: 6 },
];
const sides = {
  ar: { file: 'documents/memo.ar.txt', paragraphs: AR, sentences: sentencesOf(AR, 'ar').ranges },
  en: { file: 'documents/memo.en.txt', paragraphs: EN, sentences: sentencesOf(EN, 'en').ranges },
};
const placed = (...overrides: PlacedOverride['override'][]): PlacedOverride[] =>
  overrides.map((override, i) => ({ override, file: 'documents/memo.yaml', line: i + 3, column: 5 }));

describe('alignment overrides', () => {
  test('a sentence is named by line, by line and sentence, or by the start of its text', () => {
    const { constraints, problems } = resolveOverrides(
      placed(
        { pin: { ar: 3, en: '2' } },
        { pin: { ar: '3.2', en: 'It will open' } },
        { pin: { ar: 'جاء ذلك', en: '  this followed   a petition' } },
        { alone: { ar: 'وشكرت المديرة' } },
      ),
      sides,
    );
    expect(problems).toEqual([]);
    expect(constraints.pins).toEqual([
      { ar: 0, en: 0 },
      { ar: 1, en: 1 },
      { ar: 2, en: 2 },
    ]);
    expect(constraints.alone).toEqual({ ar: [3], en: [] });
  });

  test('a pin that no longer matches the text is reported where it is written, and left out', () => {
    const { constraints, problems } = resolveOverrides(
      placed(
        { pin: { ar: 9, en: 2 } },
        { pin: { ar: '3.5', en: 2 } },
        { alone: { en: 'The mayor said' } },
        { pin: { ar: 'جاء ذلك', en: 'The council voted' } },
        { pin: { ar: 'صوّت المجلس', en: 'This followed' } },
      ),
      sides,
    );
    expect(constraints.pins).toEqual([{ ar: 2, en: 0 }]);
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      'documents/memo.yaml:3: pin not applied: no paragraph of documents/memo.ar.txt’s reading text starts at line 9 (the nearest start at line 7)',
      'documents/memo.yaml:4: pin not applied: the paragraph at documents/memo.ar.txt:3 has 2 sentences, not 5',
      'documents/memo.yaml:5: no-counterpart mark not applied: no sentence of documents/memo.en.txt starts with “The mayor said”',
      'documents/memo.yaml:7: pin not applied: it crosses the pin at line 6 (one sentence before the other’s in Arabic, after it in English)',
    ]);
  });

  test('the aligner holds a pin and a no-counterpart mark against what lengths and anchors say', () => {
    const ar = ['الجملة الأولى هنا.', 'الجملة الثانية أطول قليلا من الأولى.', 'والثالثة.'];
    const en = ['The first sentence here.', 'The second sentence is a little longer than the first.', 'And the third.'];
    expect(alignSentences(ar, en)).toEqual([
      { ar: [0], en: [0] },
      { ar: [1], en: [1] },
      { ar: [2], en: [2] },
    ]);
    const beads = alignSentences(ar, en, { constraints: { pins: [{ ar: 1, en: 2 }], alone: { en: [0] } } });
    expect(beads.find((b) => b.ar.includes(1))?.en).toContain(2);
    expect(beads.find((b) => b.en.includes(0))).toEqual({ ar: [], en: [0] });
    // Every sentence once, in order.
    expect(beads.flatMap((b) => b.ar)).toEqual([0, 1, 2]);
    expect(beads.flatMap((b) => b.en)).toEqual([0, 1, 2]);
  });

  test('a sidecar’s align: list is read with each override’s line, and a malformed one is an error at its line', () => {
    const text = [
      'relation: translation',
      'align:',
      '  - pin: { ar: 12, en: "The minister said" }',
      '  - alone: { en: "14.2" }',
      '  - pin: { ar: 3 }',
      '',
    ].join('\n');
    const { sidecar, diagnostics } = parseSidecar(text, 'documents/memo.yaml');
    expect(sidecar.align?.map((a) => [a.line, a.override])).toEqual([
      [3, { pin: { ar: 12, en: 'The minister said' } }],
      [4, { alone: { en: '14.2' } }],
    ]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', file: 'documents/memo.yaml', line: 5 });
  });
});

describe('confidence', () => {
  test('a bead against its lengths and without anchors ranks below one that agrees, and says why', () => {
    const good = confidenceOf({ ar: [0], en: [0] }, { lengthSd: 0.3, shared: 1, unmatched: 0 });
    const bad = confidenceOf({ ar: [0], en: [0] }, { lengthSd: 3.8, shared: 0, unmatched: 1 });
    expect(good.confidence).toBeGreaterThan(0.9);
    expect(bad.confidence).toBeLessThan(0.5);
    expect(bad.reasons).toEqual(['lengths 3.8 sd apart', 'no shared anchor', 'anchors on one side only']);
    const left = confidenceOf({ ar: [], en: [3] }, { lengthSd: 0, shared: 0, unmatched: 0 });
    expect(left.reasons).toEqual(['no counterpart in the Arabic version']);
  });

  test('rows take their least confident bead; a bead the editor decided is certain', () => {
    const alignment = alignParagraphs(AR, EN);
    const rows = reviewRows(alignment);
    expect(rows.map((r) => r.row)).toEqual(alignment.rows.map((_, k) => k));
    expect(rows.flatMap((r) => r.beads)).toEqual(alignment.beads.map((_, k) => k));
    const pinned = reviewRows(alignment, {
      pins: alignment.beads.filter((b) => b.ar.length).map((b) => ({ ar: b.ar[0], en: b.en[0] })),
    });
    for (const r of pinned) expect(r.confidence).toBe(1);
  });
});
