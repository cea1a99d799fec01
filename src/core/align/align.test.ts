import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parallelDocuments } from '../../../tests/helpers/parallel.ts';
import { alignSentences, alignWithEvidence } from './align.ts';
import { expectCovering, single } from './testing.ts';

/** Units that are one sentence a side (the repository's parallel fixture), for hand-made cases. */
const units = parallelDocuments()
  .flatMap((d) => d.units)
  .filter(single);

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

  test('number words and weekdays place a sentence left out where lengths cannot', () => {
    // Four English sentences of much the same length, three Arabic: only "Saturday" / السبت, "three
    // stages" / ثلاث مراحل and "twenty workers" / عشرين عاملًا say which English one has no counterpart.
    const en = [
      'The ferry across the harbour starts running again on Saturday after the winter.',
      'The work on the boat was planned in three stages over the summer months.',
      'Its old engines were rebuilt in the yard by a team of twenty workers.',
      'Tickets will cost the same as they did last year, the company said.',
    ];
    const first = 'تعود العبّارة التي تعبر الميناء إلى العمل يوم السبت بعد الشتاء.';
    const last = 'وقالت الشركة إن سعر التذاكر سيبقى كما كان في العام الماضي.';
    expect(alignSentences([first, 'وقد أعاد فريق من عشرين عاملًا بناء محركاتها القديمة في الحوض.', last], en)).toEqual([
      { ar: [0], en: [0] },
      { ar: [], en: [1] },
      { ar: [1], en: [2] },
      { ar: [2], en: [3] },
    ]);
    expect(alignSentences([first, 'وخُطط العمل على القارب على ثلاث مراحل خلال أشهر الصيف.', last], en)).toEqual([
      { ar: [0], en: [0] },
      { ar: [1], en: [1] },
      { ar: [], en: [2] },
      { ar: [2], en: [3] },
    ]);
  });

  test('a sentence left out is found though it holds a number the other version lacks', () => {
    // An added sentence with a year: its year has no counterpart because the sentence has none.
    // Charged for it, the search left out its neighbour (of a length as likely) instead.
    const pair = units.slice(20, 28);
    const ar = pair.map((u) => u.ar);
    ar.splice(4, 0, 'وقد بُني المبنى الأول في عام 1911 على أرض تبرعت بها البلدية.');
    const beads = alignSentences(
      ar,
      pair.map((u) => u.en),
    );
    expect(beads).toContainEqual({ ar: [4], en: [] });
    expect(beads.filter((b) => b.ar.length === 1 && b.en.length === 1)).toHaveLength(8);
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
    // Twelve units whose eleventh is the longest sentence of the fixture (three times its neighbours).
    const long = units.reduce((best, u, i) => (u.en.length > units[best].en.length ? i : best), 0);
    const pair = units.slice(long - 10, long + 2);
    expect(pair[10].en.length).toBeGreaterThan(200);
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

  test('a sentence marked as having no counterpart on each side: the sentences between are paired', () => {
    // At every place in the fixture, a sentence from elsewhere added to each side, 0–4 sentences
    // apart, and each marked by the editor. Left-out runs are cheaper a sentence (DELETION_RUN), so
    // joining the sentences between the marks to the marked ones' runs undercut pairing them where
    // their lengths fit less well: 65 of these 902 cases left some of them out.
    const wrong: string[] = [];
    for (let start = 0; start + 8 <= units.length; start++) {
      const pair = units.slice(start, start + 8);
      for (const [p, q] of [
        [1, 2],
        [2, 2],
        [3, 3],
        [2, 3],
        [2, 4],
        [3, 4],
        [4, 5],
        [3, 5],
        [2, 5],
        [1, 5],
        [2, 6],
      ]) {
        const ar = pair.map((u) => u.ar);
        const en = pair.map((u) => u.en);
        ar.splice(p, 0, units[(start + 40) % units.length].ar);
        en.splice(q, 0, units[(start + 60) % units.length].en);
        const expected: { ar: number[]; en: number[] }[] = [];
        for (let k = 0, i = 0, j = 0; k < pair.length; k++) {
          if (i === p) expected.push({ ar: [i++], en: [] });
          if (j === q) expected.push({ ar: [], en: [j++] });
          expected.push({ ar: [i++], en: [j++] });
        }
        const beads = alignSentences(ar, en, { constraints: { alone: { ar: [p], en: [q] } } });
        if (JSON.stringify(beads) !== JSON.stringify(expected)) wrong.push(`units ${start}…, marks ${p} and ${q}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('two marks on one side, a sentence or two apart: those between are paired, not left out with them', () => {
    // Charged a left-out sentence's prior each, two marks were cheaper as one run with the sentences
    // between them (DELETION_RUN): 30 of these 328 places left some out.
    const wrong: string[] = [];
    for (const gap of [1, 2])
      for (const side of ['ar', 'en'] as const)
        for (let start = 0; start + 8 <= units.length; start++) {
          const ar = units.slice(start, start + 8).map((u) => u.ar);
          const en = units.slice(start, start + 8).map((u) => u.en);
          const marked = side === 'ar' ? ar : en;
          marked.splice(3 + gap, 0, units[(start + 60) % units.length][side]);
          marked.splice(3, 0, units[(start + 61) % units.length][side]);
          const beads = alignSentences(ar, en, { constraints: { alone: { [side]: [3, 4 + gap] } } });
          const shifted = (k: number) => (k < 3 ? k : k < 3 + gap ? k + 1 : k + 2);
          const expected = identity(8).map(({ ar, en }) =>
            side === 'ar' ? { ar: [shifted(ar[0])], en } : { ar, en: [shifted(en[0])] },
          );
          const paired = beads.filter((b) => b.ar.length > 0 && b.en.length > 0);
          if (JSON.stringify(paired) !== JSON.stringify(expected)) wrong.push(`${side}, units ${start}…, gap ${gap}`);
        }
    expect(wrong).toEqual([]);
  });

  test('a passage left out, its first sentence marked: the second is still found beside it', () => {
    // An editor marks the sentence they saw go wrong, not always the whole passage. At every place
    // of the fixture, two sentences from elsewhere added to the Arabic, the first marked: left out
    // beside the marked one, the second was found at 63 of 82 places, 27 if a marked sentence
    // could not share its run (31 with no mark at all). Lengths alone place some of them one off.
    let found = 0;
    let places = 0;
    for (let start = 0; start + 8 <= units.length; start++) {
      const ar = units.slice(start, start + 8).map((u) => u.ar);
      const en = units.slice(start, start + 8).map((u) => u.en);
      ar.splice(3, 0, units[(start + 40) % units.length].ar, units[(start + 41) % units.length].ar);
      const beads = alignSentences(ar, en, { constraints: { alone: { ar: [3] } } });
      expectCovering(beads, 10, 8);
      const leftOut = beads.filter((b) => b.en.length === 0).flatMap((b) => b.ar);
      expect(leftOut).toContain(3);
      if (leftOut.join() === '3,4') found++;
      places++;
    }
    expect(places).toBe(82);
    expect(found).toBeGreaterThanOrEqual(55);
  });

  test('overrides that cannot all hold: aligned without them, and said so', () => {
    const pair = units.slice(0, 10);
    const ar = pair.map((u) => u.ar);
    const en = pair.map((u) => u.en);
    for (const constraints of [
      // Four Arabic sentences in one bead with one English: no bead has that shape.
      {
        pins: [
          { ar: 1, en: 1 },
          { ar: 4, en: 1 },
        ],
      },
      // A sentence marked alone inside a pinned bead.
      {
        pins: [
          { ar: 2, en: 2 },
          { ar: 4, en: 2 },
        ],
        alone: { ar: [3] },
      },
    ]) {
      const result = alignWithEvidence(ar, en, { constraints });
      expect(result.constraintsIgnored).toBe(true);
      expect(result.beads).toEqual(identity(10));
    }
    const held = alignWithEvidence(ar, en, {
      constraints: {
        pins: [
          { ar: 1, en: 1 },
          { ar: 2, en: 1 },
        ],
      },
    });
    expect(held.constraintsIgnored).toBeUndefined();
    const bead = held.beads.find((b) => b.ar.includes(1));
    expect(bead?.ar).toEqual([1, 2]);
    expect(bead?.en).toContain(1);
  });

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
