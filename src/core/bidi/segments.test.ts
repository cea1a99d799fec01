import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Lang } from '../types.ts';
import { bidiHast, bidiSegments, isolatePieces } from './index.ts';

describe('bidiSegments', () => {
  test.each([
    ['نشر على Pastebin.', 'ar', [{ text: 'نشر على ' }, { text: 'Pastebin', dir: 'ltr', lang: 'en' }, { text: '.' }]],
    ['EMLEAKS', 'ar', [{ text: 'EMLEAKS', dir: 'ltr', lang: 'en' }]],
    [
      'The Kremlin (الكرملين) denied it.',
      'en',
      [{ text: 'The Kremlin (' }, { text: 'الكرملين', dir: 'rtl', lang: 'ar' }, { text: ') denied it.' }],
    ],
    ['حملة ماكرون', 'ar', [{ text: 'حملة ماكرون' }]],
    ['', 'en', [{ text: '' }]],
  ] as const)('%s (%s)', (text, lang, segments) => {
    expect(bidiSegments(text, lang)).toEqual(segments);
  });

  test('the segments are the text, cut', () => {
    const mixed = fc.array(
      fc.constantFrom('ماكرون', 'Macron', ' ', '،', '.', '9', 'APT 28', '(', ')', 'https://x.org/a'),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(mixed, fc.constantFrom<Lang>('ar', 'en'), (words, lang) => {
        const text = words.join('');
        expect(
          bidiSegments(text, lang)
            .map((s) => s.text)
            .join(''),
        ).toBe(text);
      }),
    );
  });

  test('bidiHast puts each stretch in a span that states its direction', () => {
    expect(bidiHast('على Pastebin', 'ar')).toEqual([
      { type: 'text', value: 'على ' },
      {
        type: 'element',
        tagName: 'span',
        properties: { dir: 'ltr', lang: 'en' },
        children: [{ type: 'text', value: 'Pastebin' }],
      },
    ]);
  });
});

describe('isolatePieces', () => {
  interface Part {
    text: string;
    hit: boolean;
  }
  const slice = (part: Part, text: string): Part => ({ ...part, text });

  test('a stretch that spans pieces is isolated whole, pieces cut at its edges', () => {
    const parts: Part[] = [
      { text: 'قال Emmanuel ', hit: false },
      { text: 'Macron', hit: true },
      { text: ' إن', hit: false },
    ];
    expect(isolatePieces(parts, 'ar', slice)).toEqual([
      { text: 'قال ', hit: false },
      {
        dir: 'ltr',
        lang: 'en',
        pieces: [
          { text: 'Emmanuel ', hit: false },
          { text: 'Macron', hit: true },
        ],
      },
      { text: ' إن', hit: false },
    ]);
  });

  test('two stretches in one piece are two isolates', () => {
    expect(isolatePieces([{ text: 'بين APT 28 و Pastebin', hit: false }], 'ar', slice)).toEqual([
      { text: 'بين ', hit: false },
      { dir: 'ltr', lang: 'en', pieces: [{ text: 'APT 28', hit: false }] },
      { text: ' و ', hit: false },
      { dir: 'ltr', lang: 'en', pieces: [{ text: 'Pastebin', hit: false }] },
    ]);
  });

  test('keeps every character and every hit, in order', () => {
    const part = fc.record({
      text: fc
        .array(fc.constantFrom('ماكرون', 'Macron', ' ', '،', 'x', 'ب'), { minLength: 1, maxLength: 4 })
        .map((w) => w.join('')),
      hit: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(part, { maxLength: 6 }), fc.constantFrom<Lang>('ar', 'en'), (parts, lang) => {
        const flat = isolatePieces(parts, lang, slice).flatMap((p) => ('pieces' in p ? p.pieces : [p]));
        expect(flat.map((p) => p.text).join('')).toBe(parts.map((p) => p.text).join(''));
        const hitText = (list: Part[]) => list.map((p) => (p.hit ? p.text : '\0'.repeat(p.text.length))).join('');
        expect(hitText(flat)).toBe(hitText(parts));
      }),
    );
  });
});
