import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { compileGlossary, type GlossaryEntry } from '../../core/glossary/index.ts';
import type { Edition, Lang, Paragraph } from '../../core/types.ts';
import { isTranslationPair, translationPairs } from './align.ts';
import { renderEdition, toEditionHtml } from './render.ts';

const entries: GlossaryEntry[] = [
  {
    id: 'macron',
    kind: 'person',
    en: { term: 'Emmanuel Macron', aliases: ['Macron'], note: 'n' },
    ar: { term: 'إيمانويل ماكرون', aliases: ['ماكرون'], note: 'n' },
  },
];
const glossary = compileGlossary(entries);

const paragraphs: Record<Lang, Paragraph[]> = {
  // Two Arabic paragraphs where the English has three, and the breaks fall elsewhere.
  ar: [
    { text: '  قال ماكرون إن حملته تعرضت للاختراق. ونشر حساب EMLEAKS الوثائق في 5 مايو.', line: 1 },
    { text: 'وقال متحدث إن الوثائق مزيفة. ولم يعلق الكرملين على الأمر. وقال ماكرون إنه سيفوز.', line: 3 },
  ],
  en: [
    { text: 'Macron said his campaign was hacked.', line: 1 },
    { text: 'An account called EMLEAKS posted the files on May 5. A spokesman said the files were fake.', line: 3 },
    { text: 'The Kremlin did not comment on the matter. Macron said he would win.', line: 5 },
  ],
};

const edition = (lang: Lang, relation: Edition['relation'] = 'translation'): Edition => ({
  slug: 'x',
  lang,
  format: 'txt',
  sourceFile: `documents/x.${lang}.txt`,
  encoding: 'UTF-8',
  title: 't',
  titleDerived: false,
  paragraphs: paragraphs[lang],
  removed: [],
  relation,
});

const cellsOf = (html: string) =>
  fromHtml(html, { fragment: true }).children.filter((n): n is Element => n.type === 'element');

describe('aligned rows of a translation pair', () => {
  const ar = edition('ar');
  const en = edition('en');
  const pairs = translationPairs([ar, en], glossary, (value) => JSON.stringify(value).length.toString(36));
  const rendered = (e: Edition) => {
    const { tree } = renderEdition(e, glossary, '/');
    const aligned = pairs.get(e)?.rowsOf(e, tree);
    if (!aligned) throw new Error('not aligned');
    return { aligned, rest: toEditionHtml(tree) };
  };
  const [A, E] = [rendered(ar), rendered(en)];

  test('both editions get the same rows, and each row its paragraphs’ parts', () => {
    expect(A.aligned.key).toBe(E.aligned.key);
    expect(A.aligned.rows).toHaveLength(E.aligned.rows.length);
    // Rows end where a paragraph ends on either side: the English paragraphs end after its
    // sentences 1, 3 and 5, the Arabic after 2 and 5.
    expect(E.aligned.rows).toHaveLength(4);
    const text = (rows: string[]) =>
      rows.map((row) =>
        cellsOf(row)
          .map((p) => toString(p))
          .join(' | '),
      );
    expect(text(E.aligned.rows)).toEqual([
      'Macron1 said his campaign was hacked.',
      'An account called EMLEAKS posted the files on May 5.',
      'A spokesman said the files were fake.',
      'The Kremlin did not comment on the matter. Macron said he would win.',
    ]);
  });

  test('marks the parts of a paragraph that rows cut, and keeps its text whole', () => {
    const parts = A.aligned.rows.flatMap((row) => cellsOf(row));
    const classes = parts.map((p) => (p.properties.className ?? []).join(' '));
    expect(classes).toEqual(['open', 'cont', 'open', 'cont']);
    // The parts put back together are the paragraphs, edge white space trimmed as rendered.
    const joined: string[] = [];
    parts.forEach((p, i) => {
      const text = toString(p).replace(/[١٢]/g, '');
      if (classes[i].includes('cont')) joined[joined.length - 1] += ` ${text}`;
      else joined.push(text);
    });
    expect(joined).toEqual(paragraphs.ar.map((p) => p.text.trim()));
  });

  test('gives each sentence its id and its counterparts, and leaves the notes in the tree', () => {
    const html = E.aligned.rows.join('');
    expect(html).toContain('<span class="s" id="en-s1" data-with="ar-s1">');
    expect(html.match(/class="s" id="en-s\d+"/g)).toHaveLength(5);
    expect(A.aligned.rows.join('').match(/class="s" id="ar-s\d+"/g)).toHaveLength(5);
    // The markers stay in the rows, numbered by first occurrence; the notes section is what is left.
    expect(html).toContain('id="en-fnref-1"');
    expect(E.rest).toMatch(/^<section class="fn-notes"/);
    expect(E.rest).not.toContain('<p>');
  });

  test('is only for two txt versions that translate each other', () => {
    expect(isTranslationPair(ar, en)).toBe(true);
    expect(isTranslationPair(ar, edition('en', 'coverage'))).toBe(false);
    expect(isTranslationPair(ar, { ...en, format: 'md' })).toBe(false);
    expect(isTranslationPair(ar, { ...ar })).toBe(false);
    expect(isTranslationPair(ar, undefined)).toBe(false);
    expect(translationPairs([edition('ar', 'coverage'), edition('en', 'coverage')], glossary, String).size).toBe(0);
  });
});
