import { describe, expect, test } from 'vitest';
import { matchKey } from '../arabic/index.ts';
import { alignWithEvidence } from './align.ts';
import { countBeads, lexicalOf, skeletonOf, translationTable } from './lexicon.ts';

describe('name skeletons across scripts', () => {
  test.each([
    ['Trump', 'ترامب'],
    ['Bangladesh', 'بنغلاديش'],
    ['Australia', 'أستراليا'],
    ['California', 'كاليفورنيا'],
    ['Katherine', 'كاثرين'],
    ['Wikimedia', 'ويكيميديا'],
  ])('%s and %s have one skeleton', (en, ar) => {
    expect(skeletonOf(en, 'en')).toBeDefined();
    expect(skeletonOf(matchKey(ar), 'ar')).toBe(skeletonOf(en, 'en'));
  });

  test('different names, and words too short to tell, do not meet', () => {
    expect(skeletonOf('Paris', 'en')).not.toBe(skeletonOf(matchKey('برلين'), 'ar'));
    expect(skeletonOf('Wuhan', 'en')).toBeUndefined();
  });

  test('a name keeps its skeleton behind a clitic: وترامب, بلندن', () => {
    expect(lexicalOf('وقال ترامب إن', 'ar').names).toContain(skeletonOf('Trump', 'en'));
    expect(lexicalOf('وصل بلندن أمس', 'ar').names).toContain(skeletonOf('London', 'en'));
    // English: only capitalised words are names.
    expect(lexicalOf('the trump card', 'en').names).toEqual([]);
  });
});

describe('the translation table', () => {
  const bead = (ar: string, en: string) => ({ ar: lexicalOf(ar, 'ar').words, en: lexicalOf(en, 'en').words });

  test('learns words that keep occurring in the same beads, from two beads on, each the other’s best match', () => {
    const counts = countBeads([
      bead('أعلنت الحكومة عن لقاح جديد', 'The government announced a new vaccine'),
      bead('اللقاح آمن حسب الدراسة', 'The vaccine is safe according to the study'),
      bead('الحكومة تغلق المدارس', 'The government closes schools'),
      bead('أغلقت المدارس أبوابها', 'Schools closed their doors'),
    ]);
    const table = translationTable(counts);
    expect(table).toContain('لقاح vaccine');
    expect(table).toContain('حكومه government');
    expect(table).toContain('مدارس schools');
    // Seen together once only: not believed.
    expect(table).not.toContain('دراسه study');
    // "vaccine" went with لقاح twice and with حكومه once: only its best match is kept.
    expect(table).not.toContain('حكومه vaccine');
  });

  test('learns a pair the first pass put a bead apart: the English word counts beside the bead too', () => {
    // Sentence i of each side translate each other, but the first pass slipped by one: its beads
    // pair Arabic i with English i + 1. الرواق is in Arabic 1 and 2, "gallery" in English 1 and 2.
    const ar = ['افتتحت المكتبة أمس', 'يصل القراء إلى الرواق', 'يضم الرواق الخرائط', 'تظهر أقدم خريطة الميناء'];
    const en = [
      'The library opened yesterday',
      'Readers can now reach the gallery',
      'The gallery holds the maps',
      'The oldest map shows the harbour',
      'The restoration cost three million',
    ];
    const words = (text: string, lang: 'ar' | 'en') => lexicalOf(text, lang).words;
    const slipped = ar.map((text, i) => ({ ar: words(text, 'ar'), en: words(en[i + 1], 'en') }));
    expect(translationTable(countBeads(slipped))).not.toContain('رواق gallery');
    const beside = slipped.map((bead, i) => ({
      ...bead,
      near: [...(i > 0 ? words(en[i], 'en') : []), ...(i + 2 < en.length ? words(en[i + 2], 'en') : [])],
    }));
    expect(translationTable(countBeads(beside))).toContain('رواق gallery');
  });

  test('a word seen as often beside several others pairs with none of them', () => {
    const counts = countBeads([bead('المكتبة القديمة', 'old library'), bead('المكتبة القديمة', 'old library')]);
    // مكتبه and قديمه each went with "old" and "library" equally: nothing tells them apart.
    expect(translationTable(counts)).toEqual(new Set());
  });

  test('counts from other pairs add up (the archive’s table)', () => {
    const one = countBeads([bead('زار الوزير المستشفى', 'The minister visited the hospital')]);
    const two = countBeads([bead('المستشفى ممتلئ', 'The hospital is full')]);
    expect(translationTable(one)).not.toContain('مستشفي hospital');
    // Each pair saw the two words together once; counts of pairs seen once are not kept, so they do not meet.
    expect(translationTable(one, two)).not.toContain('مستشفي hospital');
    const three = countBeads([
      bead('المستشفى ممتلئ', 'The hospital is full'),
      bead('أغلق المستشفى', 'The hospital closed'),
    ]);
    expect(translationTable(three)).toContain('مستشفي hospital');
    expect(translationTable(one, three)).toContain('مستشفي hospital');
  });
});

describe('the lexical pass', () => {
  test('learns a table from the text it aligns, and names meet across scripts as anchors', () => {
    const pairs: [string, string][] = [
      ['أعلنت وزارة الصحة عن حالات جديدة اليوم.', 'The health ministry announced new cases today.'],
      ['قالت الوزارة إن المستشفيات مستعدة.', 'The ministry said that hospitals are ready.'],
      ['أغلقت المدارس في العاصمة.', 'Schools in the capital were closed.'],
      ['دعت الوزارة المواطنين إلى البقاء في المنازل.', 'The ministry called on citizens to stay home.'],
      ['قالت المستشفيات إن الأسرة ممتلئة.', 'Hospitals said that beds are full.'],
      ['أعلنت المدارس عن التعليم عن بعد.', 'Schools announced distance learning.'],
      ['طلب المواطنون مزيدا من الأسرة.', 'Citizens asked for more beds.'],
      ['زار ترامب كاليفورنيا.', 'Trump visited California.'],
      ['قال ترامب إن كاليفورنيا ستتلقى المساعدة.', 'Trump said California would receive help.'],
      ['الصحة أولوية للوزارة.', 'Health is the ministry’s priority.'],
    ];
    const ar = pairs.map((p) => p[0]);
    const en = pairs.map((p) => p[1]);
    const result = alignWithEvidence(ar, en);
    expect(result.beads).toEqual(pairs.map((_, k) => ({ ar: [k], en: [k] })));
    expect(result.lexicon?.table.size).toBeGreaterThan(0);
    // Every 1-1 bead of a name shares the name's skeleton as an anchor.
    expect(result.evidence[7].shared).toBeGreaterThan(0);
  });
});
