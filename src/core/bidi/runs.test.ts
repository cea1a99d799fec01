import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findDirectionalRuns, firstStrongDirection } from './runs.ts';
import type { Dir } from './runs.ts';

/** The runs of `text` as `text|kind|lang`, for tables that read like the text itself. */
const runs = (text: string, dir: Dir) =>
  findDirectionalRuns(text, dir).map((r) => `${text.slice(r.start, r.end)}|${r.kind}|${r.lang ?? ''}`);

describe('findDirectionalRuns in an Arabic paragraph', () => {
  test.each([
    ['وتؤكد المعلومات أن مجموعة APT 28.', ['APT 28|latin|en']],
    ['مجموعة APT 28 المرتبطة', ['APT 28|latin|en']],
    ['قال Emmanuel Macron، إن', ['Emmanuel Macron|latin|en']],
    ['منافسته Marine Le Pen؛ ثم', ['Marine Le Pen|latin|en']],
    ['عبر حساب يسمى EMLEAKS ضمن موقع Pastebin الذي', ['EMLEAKS|latin|en', 'Pastebin|latin|en']],
    // Arabic punctuation belongs to the Arabic sentence, even between two Latin words.
    ['Macron، Le Pen', ['Macron|latin|en', 'Le Pen|latin|en']],
    // Latin punctuation between Latin words belongs to the Latin phrase, as in the UBA.
    ['قال "The campaign said, it was hacked." ثم', ['The campaign said, it was hacked|latin|en']],
    ["اسم l'Élysée-Palace و O'Brien", ["l'Élysée-Palace|latin|en", "O'Brien|latin|en"]],
    ['فيروس COVID-19 و SARS-CoV-2.', ['COVID-19|latin|en', 'SARS-CoV-2|latin|en']],
    ['الانتخابات U.S. الأمريكية', ['U.S.|latin|en']],
    ['في U.S.', ['U.S|latin|en']],
    ['وسم #EMLEAKS و@user', ['#EMLEAKS|latin|en', '@user|latin|en']],
    ['(APT 28) و «Le Pen»', ['APT 28|latin|en', 'Le Pen|latin|en']],
    // Neutrals between two Latin words are laid out with them: one run, as in the UBA.
    ['قال (APT 28) «Le Pen».', ['APT 28) «Le Pen|latin|en']],
    ['قال Путин و Ελλάδα', ['Путин|latin|', 'Ελλάδα|latin|']],
    ['ما يصل إلى 9 جيجابايت من', []],
    ['في 26 أبريل/نيسان انها', []],
    ['في 26/4/2017 و10:30 و3.5 و1,000 وبين 2016-2017 و2018', []],
    ['ارتفع 26% ثم', ['26%|number|']],
    ['انخفض -3 و−4 و+5', ['-3|number|', '−4|number|', '+5|number|']],
    ['اتصل على +33 1 23 45 67 89 أو +1-202-555-0100.', ['+33 1 23 45 67 89|number|', '+1-202-555-0100|number|']],
    ['بكلفة $5 و€ 20 و30€ و1 000 000 مرة', ['$5|number|', '30€|number|', '1 000 000|number|']],
    ['أي 9 GB و5km و30 °C و4K', ['9 GB|number|en', '5km|number|en', '30 °C|number|en', '4K|number|en']],
    ['ارتفع 26% of users', ['26% of users|number|en']],
    ['انظر https://example.com/a_(b)?q=1#x. ثم', ['https://example.com/a_(b)?q=1#x|url|']],
    ['(https://example.org/path) و www.example.org، و', ['https://example.org/path|url|', 'www.example.org|url|']],
    ['الرابط https://ar.wikipedia.org/wiki/ماكرون هنا', ['https://ar.wikipedia.org/wiki/ماكرون|url|']],
    ['راسلنا على press@en-marche.fr، أو mailto:x@y.org.', ['press@en-marche.fr|email|', 'mailto:x@y.org|url|']],
    ['البريدpress@en-marche.fr', ['press@en-marche.fr|email|']],
    ['موقع Pastebin https://pastebin.com الذي', ['Pastebin https://pastebin.com|latin|en']],
    // Arabic-Indic digits are Arabic Numbers: never a run.
    ['في ٢٠١٧ بنسبة ٢٦٪ و-٣ و٢٠١٦-٢٠١٧', []],
    ['APT ٢٨', ['APT|latin|en']],
    // A break (new line, paragraph separator, explicit isolate) ends a run.
    [
      'Le\nPen و Le\u2029Pen و Le\u2066x\u2069Pen',
      ['Le|latin|en', 'Pen|latin|en', 'Le|latin|en', 'Pen|latin|en', 'Le|latin|en', 'x|latin|en', 'Pen|latin|en'],
    ],
    // An object (an isolated footnote marker, an image) is a neutral inside a run.
    ['Le\uFFFC Pen\uFFFC، و', ['Le\uFFFC Pen|latin|en']],
    ['', []],
  ])('%s', (text, expected) => {
    expect(runs(text, 'rtl')).toEqual(expected);
  });
});

describe('findDirectionalRuns in an English paragraph', () => {
  test.each([
    ['The word هامش means margin.', ['هامش|arabic|ar']],
    ['the words هامش، متن, and (حاشية).', ['هامش، متن|arabic|ar', 'حاشية|arabic|ar']],
    ['the page هامش 2 and 3 هامش', ['هامش 2|arabic|ar', 'هامش|arabic|ar']],
    ['the verse ٢ هامش and the year ١٤٣٨.', ['٢ هامش|arabic|ar']],
    ['with harakat: هَامِشٌ.', ['هَامِشٌ|arabic|ar']],
    ['Hebrew שלום and Arabic سلام', ['שלום|arabic|', 'سلام|arabic|ar']],
    ['see https://ar.wikipedia.org/wiki/ماكرون or mailto:هامش@example.org', []],
    ['APT 28, -3, 26%, +33 1 23', []],
  ])('%s', (text, expected) => {
    expect(runs(text, 'ltr')).toEqual(expected);
  });
});

test('firstStrongDirection follows the first strong letter', () => {
  expect(firstStrongDirection('123, هامش APT')).toBe('rtl');
  expect(firstStrongDirection('«APT» هامش')).toBe('ltr');
  expect(firstStrongDirection('١٢٣ 456 ...')).toBeUndefined();
});

const RTL_LETTER =
  /[\p{scx=Arabic}\p{scx=Hebrew}\p{scx=Syriac}\p{scx=Thaana}\p{scx=Nko}\p{scx=Samaritan}\p{scx=Mandaic}\p{scx=Adlam}\p{scx=Hanifi_Rohingya}\p{scx=Yezidi}]/u;

/** Text made of the pieces mixed Arabic–English prose is made of. */
const prose = fc
  .array(
    fc.constantFrom(
      'ماكرون',
      'هامش',
      'APT',
      'Le',
      'Pen',
      'COVID-19',
      '28',
      '٢٠١٧',
      '9',
      '26%',
      '-3',
      '+33',
      ' ',
      ' ',
      '.',
      '،',
      ',',
      '؟',
      '(',
      ')',
      '«',
      '»',
      '"',
      "'",
      '-',
      '/',
      '\n',
      '\uFFFC',
      'https://x.org/a',
      'a@b.org',
      'é',
      '\u064E',
      '\u2067',
      '\u2069',
      '😀',
      'ﷺ',
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('findDirectionalRuns properties', () => {
  test.each(['rtl', 'ltr'] as const)('runs in a %s paragraph are ordered, disjoint and trimmed', (dir) => {
    fc.assert(
      fc.property(fc.oneof(prose, fc.string({ unit: 'grapheme' })), (text) => {
        let previous = 0;
        for (const run of findDirectionalRuns(text, dir)) {
          expect(run.start).toBeGreaterThanOrEqual(previous);
          expect(run.end).toBeGreaterThan(run.start);
          expect(run.end).toBeLessThanOrEqual(text.length);
          expect(run.dir).not.toBe(dir);
          const body = text.slice(run.start, run.end);
          // Spaces and the surrounding script's punctuation stay outside a run.
          expect(body).not.toMatch(/^[\s،؛؟]|[\s،؛؟]$/u);
          if (dir === 'ltr') expect(body).toMatch(RTL_LETTER);
          if (dir === 'ltr') expect(body).not.toMatch(/\p{Script=Latin}/u);
          // Arabic inside a left-to-right run can only be part of an address.
          if (dir === 'rtl' && !body.includes('://')) expect(body).not.toMatch(/\p{Script=Arabic}/u);
          previous = run.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});
