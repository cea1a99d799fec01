import { describe, expect, it } from 'vitest';
import { ambiguousAliases, compileGlossary, parseGlossary, type SuggestDocument } from './index.ts';

const GLOSSARY = `- id: abiy-ahmed
  kind: person
  en:
    term: Abiy Ahmed
    aliases: [Abiy]
  ar:
    term: آبي أحمد
    aliases:
      - أبي أحمد
      - آبي
- id: emmanuel-macron
  kind: person
  en:
    term: Emmanuel Macron
  ar:
    term: إيمانويل ماكرون
    aliases: [ماكرون]
`;
const glossary = compileGlossary(parseGlossary(GLOSSARY).entries);

const ar = (slug: string, ...lines: string[]): SuggestDocument => ({
  file: `documents/${slug}.ar.txt`,
  lang: 'ar',
  slug,
  paragraphs: lines.map((text, i) => ({ text, line: i + 1 })),
});
const en = (slug: string, text: string): SuggestDocument => ({
  file: `documents/${slug}.en.txt`,
  lang: 'en',
  slug,
  paragraphs: [{ text, line: 1 }],
});

describe('ambiguousAliases', () => {
  it('warns at the alias’s line when it matches mostly where nothing else names its entry', () => {
    const documents = [
      ar('talks', 'قال رئيس الوزراء آبي أحمد إن المفاوضات ستستمر.'),
      ar('memoir', 'كان أبي يقول إن النهر يحفظ السجلات.', 'وعلمني أبي أن أقرأ الأرقام.'),
      ar('gulf', 'وصل الوفد إلى أبي ظبي أمس.'),
      ar('letter', 'سافر أبي إلى القاهرة.'),
    ];
    const warnings = ambiguousAliases(documents, glossary, GLOSSARY, 'glossary.yaml');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', file: 'glossary.yaml', line: 10 });
    expect(warnings[0].message).toMatch(
      /^alias “آبي” of “abiy-ahmed” is compared as “ابي”, which the archive uses 4 times/,
    );
    expect(warnings[0].message).toContain('documents/memoir.ar.txt:1');
    expect(warnings[0].message).toMatch(/against 1 of the entry's other forms/);
    // In a flow list, the alias's own line too.
    const flow = GLOSSARY.replace('    aliases:\n      - أبي أحمد\n      - آبي\n', '    aliases: [أبي أحمد, آبي]\n');
    expect(ambiguousAliases(documents, compileGlossary(parseGlossary(flow).entries), flow, 'g.yaml')[0].line).toBe(8);
  });

  it('names the line each match is on, in a paragraph wrapped by hand too', () => {
    // A Markdown paragraph over lines 7–9 of its file, read as one text (`readingText`).
    const first = 'كان أبي يقول إن النهر';
    const second = 'يحفظ السجلات، وعلمني أبي';
    const wrapped: SuggestDocument = {
      file: 'documents/memoir.ar.md',
      lang: 'ar',
      slug: 'memoir',
      paragraphs: [
        {
          text: `${first} ${second} أن أقرأ.`,
          line: 7,
          lines: [
            { at: first.length + 1, line: 8 },
            { at: first.length + second.length + 2, line: 9 },
          ],
        },
      ],
    };
    const documents = [
      ar('talks', 'قال رئيس الوزراء آبي أحمد إن المفاوضات ستستمر.'),
      wrapped,
      ar('letter', 'سافر أبي إلى القاهرة.'),
    ];
    const [warning] = ambiguousAliases(documents, glossary, GLOSSARY, 'glossary.yaml');
    expect(warning.message).toContain('documents/memoir.ar.md:7');
    expect(warning.message).toContain('documents/memoir.ar.md:8');
  });

  it('leaves an alias alone that stands beside its entry’s other forms, here or in the other version', () => {
    const documents = [
      ar('a', 'التقى إيمانويل ماكرون الوزراء.', 'وقال ماكرون إن الحوار مستمر.', 'وأضاف ماكرون أن…'),
      ar('b', 'قال ماكرون إن فرنسا مستعدة.', 'ورد ماكرون على الأسئلة.'),
      en('b', 'Emmanuel Macron said France was ready.'),
      ar('c', 'كان أبي يقول إن النهر يحفظ السجلات.'),
      ar('d', 'رئيس الوزراء أبي أحمد في القاهرة.'),
    ];
    expect(ambiguousAliases(documents, glossary, GLOSSARY, 'glossary.yaml')).toEqual([]);
  });
});
