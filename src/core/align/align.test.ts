import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { alignSentences, type Bead } from './align.ts';
import { readTmx, type TranslationUnit } from './tmx.ts';

const TMX = new URL('../../../../shared/corpora/tico19/all.en-ar.tmx', import.meta.url);
const { documents } = readTmx(readFileSync(TMX, 'utf8'));
/** Whether a unit is one sentence on each side (no stop inside it). */
const single = (u: TranslationUnit) =>
  !/[.؟?!؛][^.؟?!؛]/.test(u.ar.slice(0, -1)) && !/[.?!][^.?!]/.test(u.en.slice(0, -1));
/** Units of one document that are one sentence a side, for hand-made cases. */
const units = documents.find((d) => d.id === 'Wikipedia_handpicked_1')!.units.filter(single);

/** Every sentence of both sides in exactly one bead, in order, and no bead empty. */
function expectCovering(beads: Bead[], n: number, m: number): void {
  expect(beads.flatMap((b) => b.ar)).toEqual([...Array(n).keys()]);
  expect(beads.flatMap((b) => b.en)).toEqual([...Array(m).keys()]);
  for (const bead of beads) expect(bead.ar.length + bead.en.length).toBeGreaterThan(0);
}

const identity = (n: number) => [...Array(n).keys()].map((k) => ({ ar: [k], en: [k] }));

describe('alignSentences', () => {
  test('one side empty: every sentence of the other is left out', () => {
    expect(alignSentences([], ['One.', 'Two.'])).toEqual([
      { ar: [], en: [0] },
      { ar: [], en: [1] },
    ]);
    expect(alignSentences(['واحد.'], [])).toEqual([{ ar: [0], en: [] }]);
    expect(alignSentences([], [])).toEqual([]);
  });

  test('a translation sentence for sentence', () => {
    const pair = units.slice(0, 12);
    expect(
      alignSentences(
        pair.map((u) => u.ar),
        pair.map((u) => u.en),
      ),
    ).toEqual(identity(12));
  });

  test('an English sentence split in two is one bead with both', () => {
    const pair = units.slice(20, 30);
    const en = pair.map((u) => u.en);
    // The fifth unit's English in two sentences.
    const words = en[4].split(' ');
    const half = Math.ceil(words.length / 2);
    en.splice(4, 1, `${words.slice(0, half).join(' ')}.`, words.slice(half).join(' '));
    const beads = alignSentences(
      pair.map((u) => u.ar),
      en,
    );
    expect(beads[4]).toEqual({ ar: [4], en: [4, 5] });
    expect(beads).toHaveLength(10);
  });

  test('Arabic sentences ending with ؛ go with the one English sentence that has semicolons', () => {
    const ar = [
      'قال الوزير إن الوضع مستقر.',
      'ارتفعت الأسعار؛',
      'وانخفضت الأجور؛',
      'وتراجع الإنتاج في المصانع.',
      'وانتهى الاجتماع مساء.',
    ];
    const en = [
      'The minister said the situation was stable.',
      'Prices rose; wages fell; and output in factories declined.',
      'The meeting ended in the evening.',
    ];
    expect(alignSentences(ar, en)).toEqual([
      { ar: [0], en: [0] },
      { ar: [1, 2, 3], en: [1] },
      { ar: [4], en: [2] },
    ]);
  });

  test('a long sentence the translation leaves out is aligned with nothing', () => {
    const pair = units.slice(40, 52);
    const en = pair.map((u) => u.en);
    en.splice(10, 1);
    const beads = alignSentences(
      pair.map((u) => u.ar),
      en,
    );
    expectCovering(beads, 12, 11);
    expect(beads).toContainEqual({ ar: [10], en: [] });
    expect(beads.filter((b) => b.ar.length === 1 && b.en.length === 1)).toHaveLength(11);
  });

  test('numbers decide which sentence was left out where lengths cannot', () => {
    const ar = ['ولد الكاتب في القاهرة عام 1950 لأسرة فقيرة.', 'ونشر روايته الأخيرة عام 2017 بعد مرض طويل.'];
    const en = [
      'The writer was born in Cairo in 1950 to a poor family.',
      'He published his first novel in 1977 to great acclaim.',
      'He published his last novel in 2017 after a long illness.',
    ];
    expect(alignSentences(ar, en)).toEqual([
      { ar: [0], en: [0] },
      { ar: [], en: [1] },
      { ar: [1], en: [2] },
    ]);
    const swapped = [en[0], en[2], en[1]];
    expect(alignSentences(ar, swapped)).toEqual([
      { ar: [0], en: [0] },
      { ar: [1], en: [1] },
      { ar: [], en: [2] },
    ]);
  });

  test('glossary entries are anchors too', () => {
    const ar = ['التقى الوزير بالسفير في مكتبه صباح اليوم.', 'ثم سافر الوفد إلى المدينة في المساء.'];
    const en = [
      'The minister met the ambassador in his office.',
      'The prime minister met the envoy later.',
      'The delegation then left for the city.',
    ];
    const entries = {
      ar: [['minister', 'ambassador'], ['city']],
      en: [['minister', 'ambassador'], ['minister'], ['city']],
    };
    const beads = alignSentences(ar, en, { entries });
    expect(beads).toEqual([
      { ar: [0], en: [0] },
      { ar: [], en: [1] },
      { ar: [1], en: [2] },
    ]);
  });

  test('a long document with a long passage missing: the band widens to find the way back', () => {
    const long = documents
      .flatMap((d) => d.units)
      .filter(single)
      .slice(0, 1500);
    expect(long).toHaveLength(1500);
    const ar = long.map((u) => u.ar);
    const en = long.map((u) => u.en);
    en.splice(700, 120);
    const beads = alignSentences(ar, en);
    expectCovering(beads, 1500, 1380);
    const links = beads.filter((b) => b.ar.length === 1 && b.en.length === 1);
    const right = links.filter((b) => b.en[0] === (b.ar[0] < 700 ? b.ar[0] : b.ar[0] - 120));
    expect(right.length / 1380).toBeGreaterThan(0.95);
    // Well after the gap, the sentences line up again as before it.
    const after = (b: Bead) => b.ar.length > 0 && b.ar[0] >= 1000;
    const shifted = (b: Bead) => b.ar.length === 1 && b.en.length === 1 && b.en[0] === b.ar[0] - 120;
    const before = (b: Bead) => b.ar.length > 0 && b.ar[0] < 600;
    const inPlace = (b: Bead) => b.ar.length === 1 && b.en.length === 1 && b.en[0] === b.ar[0];
    const rate = (picked: Bead[], good: (b: Bead) => boolean) => picked.filter(good).length / picked.length;
    expect(rate(beads.filter(after), shifted)).toBeGreaterThanOrEqual(rate(beads.filter(before), inPlace));
  }, 60_000);

  test('covers both sides in order, whatever the sentences', () => {
    const sentence = fc.oneof(
      fc.constantFrom(...units.slice(0, 30).map((u) => u.ar), ...units.slice(0, 30).map((u) => u.en)),
      fc.string({ maxLength: 80 }),
      fc.constantFrom('', ' ', '؛', '2017', 'U.S.', '…'),
    );
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 25 }), fc.array(sentence, { maxLength: 25 }), (ar, en) => {
        expectCovering(alignSentences(ar, en), ar.length, en.length);
      }),
    );
  });
});
