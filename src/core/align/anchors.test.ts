import { describe, expect, test } from 'vitest';
import { tokenize } from '../arabic/index.ts';
import { anchorsOf, monthsOf, numbersOf, wordAnchorsOf } from './anchors.ts';
import { measure } from './length.ts';

describe('numbersOf', () => {
  test.each([
    ['ارتفع إلى ٣٫٥ في المئة', ['3.5']],
    ['3.5 percent', ['3.5']],
    ['١٬٢٠٠ دولار و1,200 دولار', ['1200', '1200']],
    ['on 07 May 2017', ['7', '2017']],
    ['۲۰۱۷', ['2017']],
    ['no numbers here', []],
  ])('%s', (text, numbers) => {
    expect(numbersOf(text)).toEqual(numbers);
  });
});

describe('monthsOf', () => {
  test.each([
    ['en', 'on 5 May 2017', [5]],
    ['en', 'you may go', []],
    ['en', 'in March 2020 and Dec. 3', [3, 12]],
    ['ar', 'في 5 مايو/أيار 2017', [5]],
    ['ar', 'وفي ٢٧ يناير ٢٠٢٠', [1]],
    ['ar', 'في كانون الثاني 2020 وتشرين الأول 2019', [1, 10]],
    ['ar', 'مارس الطبيب المهنة', []],
    ['ar', 'بمارس 2020', [3]],
  ] as const)('%s: %s', (lang, text, months) => {
    expect(monthsOf(tokenize(text), lang)).toEqual(months);
  });
});

describe('wordAnchorsOf', () => {
  test.each([
    ['en', 'Within three years, on Friday, forty people came; one of them twice', ['n:3', 'd:5', 'n:40']],
    ['ar', 'خلال ثلاث سنوات، يوم الجمعة، جاء أربعون شخصًا', ['n:3', 'd:5', 'n:40']],
    // Clitics: و, ب, the article of a number word, ل + ال.
    ['ar', 'والثلاثة بعشرين وللجمعة', ['n:3', 'n:20', 'd:5']],
    // أحد is "one" or "someone"; only with the article is it Sunday. A month is no weekday.
    ['ar', 'قال أحد السكان إن الأحد يوم عطلة', ['d:7']],
    ['en', 'sun and wed are words; three thousand', ['n:3']],
    // A compound number is one value, as its digits are.
    ['en', 'twenty-five men, thirteen women, ninety nine days, twenty years', ['n:25', 'n:13', 'n:99', 'n:20']],
    ['ar', 'ثلاثة عشر رجلًا وإحدى عشرة امرأة واثنا عشر طفلًا', ['n:13', 'n:11', 'n:12']],
    ['ar', 'خمسة وعشرون يومًا وبالثلاثة والأربعين وواحد وثلاثين', ['n:25', 'n:43', 'n:31']],
    ['ar', 'ست عشرة سنة وسبع وعشرين', ['n:16', 'n:27']],
    // Across a comma, two numbers.
    ['en', 'aged twenty, five of them', ['n:20', 'n:5']],
    ['ar', 'عددهم ستة، وعشرون منهم', ['n:6', 'n:20']],
    // Two is no anchor alone: Arabic writes it as a dual (يومين, مرتين), which no word table reads.
    ['en', 'two days, twice', []],
    ['ar', 'اثنان من السكان', []],
  ] as const)('%s: %s', (lang, text, anchors) => {
    expect(wordAnchorsOf(tokenize(text), lang)).toEqual(anchors);
  });

  test('a number written out in one version and in digits in the other is one anchor', () => {
    expect([...anchorsOf('بعد 3 سنوات', 'ar', new Set())]).toEqual([
      ...anchorsOf('after three years', 'en', new Set()),
    ]);
  });
});

describe('anchorsOf', () => {
  test('Latin names inside Arabic are anchors, and in English only those', () => {
    const ar = anchorsOf('نشرت EMLEAKS الوثائق على Pastebin في 5 مايو', 'ar', new Set());
    expect([...ar].sort()).toEqual(['m:5', 'n:5', 'w:emleaks', 'w:pastebin']);
    const en = anchorsOf('EMLEAKS posted the files on Pastebin on May 5', 'en', new Set(['emleaks', 'pastebin']));
    expect([...en].sort()).toEqual(['m:5', 'n:5', 'w:emleaks', 'w:pastebin']);
    expect([...anchorsOf('EMLEAKS posted the files', 'en', new Set())]).toEqual([]);
  });

  test('glossary entries are anchors', () => {
    expect([...anchorsOf('text', 'en', new Set(), ['emmanuel-macron'])]).toEqual(['g:emmanuel-macron']);
  });
});

describe('measure', () => {
  test('counts letters, not harakat, tatweel, invisible marks or spaces', () => {
    expect(measure('مُحَمَّدٌ')).toBe(measure('محمد'));
    expect(measure('ماكـــرون')).toBe(measure('ماكرون'));
    expect(measure('a  b\u200F\tc')).toBe(3);
    expect(measure('😀!')).toBe(2);
  });
});
