import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileGlossary, parseGlossary, suggestDocument, suggestTerms, type SuggestDocument } from './index.ts';
import { testEdition } from '../edition/testing.ts';
import { SAMPLE_AR, SAMPLE_EN } from '../../../tests/helpers/sample.ts';

const paragraphs = (text: string) =>
  text
    .split('\n')
    .map((line, i) => ({ text: line, line: i + 1 }))
    .filter((p) => p.text.trim());

// The reading text of the sample: the Arabic seed, and the English article once, without furniture.
const documents: SuggestDocument[] = [
  { file: 'documents/x.ar.txt', lang: 'ar', paragraphs: paragraphs(SAMPLE_AR), slug: 'x' },
  { file: 'documents/x.en.txt', lang: 'en', paragraphs: paragraphs(SAMPLE_EN).slice(0, 5), slug: 'x' },
];

const glossaryOf = (yaml: string) => compileGlossary(parseGlossary(yaml).entries);
const texts = (kind: string, suggestions = suggestTerms(documents, glossaryOf(''))) =>
  suggestions.filter((s) => s.kind === kind).map((s) => s.text);

describe('with an empty glossary', () => {
  test('suggests the capitalised names of the English text, not words that start sentences', () => {
    const found = texts('english-name');
    for (const name of ['Emmanuel Macron', 'Macron', 'Marine Le Pen', 'France', 'Russian', 'United States', 'PARIS']) {
      expect(found).toContain(name);
    }
    for (const word of ['Voters', 'It', 'The', 'Friday', 'Sunday', 'Intervening', 'At'])
      expect(found).not.toContain(word);
  });

  test('suggests the Latin names inside the Arabic text', () => {
    expect(texts('latin-in-arabic')).toEqual(['APT 28', 'EMLEAKS', 'Pastebin']);
  });

  test('suggests Arabic names after titles and repeated transliterations, not common words', () => {
    const found = texts('arabic-name');
    for (const name of [
      'ماكرون',
      'ايمانويل ماكرون',
      'فلاديمير بوتين',
      'هيلارى كلينتون',
      'دونالد ترامب',
      'ماري لوبين',
    ]) {
      expect(found).toContain(name);
    }
    for (const word of ['رسائل', 'وسائل', 'بيان', 'مجموعة', 'هدفاً', 'يناير', 'كانون', 'حملة', 'باسم حملة'])
      expect(found).not.toContain(word);
  });

  test('counts every occurrence and says where', () => {
    const macron = suggestTerms(documents, glossaryOf('')).find((s) => s.kind === 'arabic-name' && s.text === 'ماكرون');
    expect(macron?.count).toBeGreaterThanOrEqual(3);
    expect(macron?.places.every((p) => p.file === 'documents/x.ar.txt' && p.line >= 1)).toBe(true);
  });
});

describe('evidence, not noise', () => {
  // Common words that look like transliterations (letters Arabic uses for foreign sounds, no
  // article), each repeated, beside one name; the English version names only the name.
  const ar = [
    'وقف الجندي أمام المبنى فيما وصل بوتين، وقال إنه سيتم فتح الطريق.',
    'وكان جندي آخر أمام الباب فيما تحدث بوتين إلى الصحفيين، وسيتم نشر البيان.',
  ];
  const en = [
    'A soldier stood in front of the building as Putin arrived, and said the road would be opened.',
    'Another soldier was at the door while Putin spoke to reporters; the statement will be published.',
    'Addressing the UN General Assembly, the minister spoke of the war.',
    'Speaking to reporters later, Mr. Putin declined to comment.',
  ];
  const pair = (withEnglish: boolean): SuggestDocument[] => [
    {
      file: 'documents/y.ar.txt',
      lang: 'ar',
      slug: 'y',
      relation: 'translation',
      paragraphs: ar.map((text, i) => ({ text, line: i + 1 })),
    },
    ...(withEnglish
      ? [
          {
            file: 'documents/y.en.txt',
            lang: 'en' as const,
            slug: 'y',
            paragraphs: en.map((text, i) => ({ text, line: i + 1 })),
          },
        ]
      : []),
  ];

  test('an Arabic word is a name when the English version has it too, transliterated', () => {
    const found = texts('arabic-name', suggestTerms(pair(true), glossaryOf('')));
    expect(found).toEqual(['بوتين']);
  });

  test('without an English version, a repeated word is not evidence enough', () => {
    expect(texts('arabic-name', suggestTerms(pair(false), glossaryOf('')))).toEqual([]);
  });

  test('a word capitalised because it opens a sentence is not part of the name after it', () => {
    const found = texts('english-name', suggestTerms(pair(true), glossaryOf('')));
    expect(found).toContain('UN General Assembly');
    expect(found.some((name) => /Addressing|Speaking/.test(name))).toBe(false);
  });
});

describe('with a glossary', () => {
  test('what the glossary covers is not suggested', () => {
    const yaml = [
      '- id: macron',
      '  kind: person',
      '  en: { term: Emmanuel Macron, aliases: [Macron], note: n }',
      '  ar: { term: إيمانويل ماكرون, aliases: [ماكرون], note: n }',
    ].join('\n');
    const suggestions = suggestTerms(documents, glossaryOf(yaml));
    expect(texts('english-name', suggestions)).not.toContain('Macron');
    expect(texts('english-name', suggestions)).not.toContain('Emmanuel Macron');
    expect(texts('arabic-name', suggestions).filter((t) => t.includes('ماكرون'))).toEqual([]);
    expect(texts('english-name', suggestions)).toContain('Marine Le Pen');
  });

  test('an entry found in a version whose language it lacks is reported', () => {
    const yaml = ['- id: pastebin', '  kind: online', '  en: { term: Pastebin, note: A website. }'].join('\n');
    const suggestions = suggestTerms(documents, glossaryOf(yaml)).filter((s) => s.kind === 'missing-language');
    expect(suggestions).toEqual([
      {
        kind: 'missing-language',
        text: 'Pastebin',
        count: 1,
        places: [{ file: 'documents/x.ar.txt', line: 3 }],
        entryId: 'pastebin',
        lang: 'ar',
      },
    ]);
  });

  test('the sample glossary leaves nothing to suggest in the sample', () => {
    const shipped = compileGlossary(
      parseGlossary(readFileSync(new URL('../../../content/glossary.yaml', import.meta.url), 'utf8')).entries,
    );
    expect(suggestTerms(documents, shipped)).toEqual([]);
  });
});

describe('a hand-written source', () => {
  // Front matter of five lines: the body starts on file line 6.
  const body = [
    '',
    'This month the <abbr title="Grand Ethiopian Renaissance Dam">GERD</abbr> talks went on in Addis Ababa.',
    '',
    'Write to <a href="mailto:letters@nile.example.org">letters@nile.example.org</a> or see https://Nile.example.org/About.',
    '',
    '<div className="signature">With thanks, Sameh Shoukry and Layla Haddad</div>',
    '',
    '```',
    'Const Value = Readers.Count',
    '```',
  ].join('\n');
  const suggested = (format: 'md' | 'mdx') =>
    suggestTerms([suggestDocument(testEdition({ format, body, bodyLine: 6 }))], glossaryOf('')).map((s) => [
      s.text,
      s.places.map((p) => p.line),
    ]);

  test('suggests from the text its page shows, at the lines of the file', () => {
    // Not tag or attribute names (abbr, a href, div className), attribute values (the abbr's
    // title, mailto), the words of an address, or code; each at its line in the file.
    expect(suggested('mdx')).toEqual([
      ['Addis Ababa', [7]],
      ['GERD', [7]],
      ['Layla Haddad', [11]],
      ['Sameh Shoukry', [11]],
    ]);
    expect(suggested('md')).toEqual(suggested('mdx'));
  });

  test('reads a paragraph wrapped by hand as one: a name broken over two lines is one name, at its line', () => {
    const wrapped = [
      '',
      'In Paris the talks between the envoys of Sameh',
      'Shoukry and the office of Marine Le',
      'Pen went on late, and the Port Authority',
      'of Alexandria said nothing.',
      '',
      '- A list item about Abiy',
      '  Ahmed, wrapped too',
    ].join('\n');
    for (const format of ['md', 'mdx'] as const) {
      const suggestions = suggestTerms(
        [suggestDocument(testEdition({ format, body: wrapped, bodyLine: 6 }))],
        glossaryOf(''),
      ).map((s) => [s.text, s.places.map((p) => p.line)]);
      expect(suggestions, format).toEqual([
        ['Abiy Ahmed', [12]],
        ['Marine Le Pen', [8]],
        ['Paris', [7]],
        ['Port Authority of Alexandria', [9]],
        ['Sameh Shoukry', [7]],
      ]);
    }
  });
});
