import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import { compileGlossary, type GlossaryEntry } from '../../core/glossary/index.ts';
import type { Edition, Lang, Paragraph } from '../../core/types.ts';
import { testEdition } from '../../core/edition/testing.ts';
import { parallelDocuments } from '../../../tests/helpers/parallel.ts';
import { ALIGN_VERSION, isTranslationPair, mdxPairNotices, translationPairs, type AlignCache } from './align.ts';
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

const edition = (lang: Lang, relation: Edition['relation'] = 'translation') =>
  testEdition({ lang, title: 't', paragraphs: paragraphs[lang], relation });

const cellsOf = (html: string) =>
  fromHtml(html, { fragment: true }).children.filter((n): n is Element => n.type === 'element');

describe('aligned rows of a translation pair', () => {
  const ar = edition('ar');
  const en = edition('en');
  const pairs = translationPairs([ar, en], glossary, (value) => JSON.stringify(value).length.toString(36));
  const rendered = async (e: Edition) => {
    const { tree } = renderEdition(e, glossary, '/');
    const aligned = await (await pairs).get(e)?.rowsOf(e, tree);
    if (!aligned) throw new Error('not aligned');
    return { aligned, rest: toEditionHtml(tree) };
  };
  let A: Awaited<ReturnType<typeof rendered>>;
  let E: Awaited<ReturnType<typeof rendered>>;
  beforeAll(async () => {
    [A, E] = [await rendered(ar), await rendered(en)];
  });

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

  test('is only for two txt versions that translate each other', async () => {
    expect(isTranslationPair(ar, en)).toBe(true);
    expect(isTranslationPair(ar, edition('en', 'coverage'))).toBe(false);
    expect(isTranslationPair(ar, { ...en, format: 'md' })).toBe(false);
    expect(isTranslationPair(ar, { ...en, format: 'md' }, ['txt', 'md'])).toBe(true);
    expect(isTranslationPair({ ...ar, format: 'mdx' }, en, ['txt', 'md'])).toBe(false);
    expect(isTranslationPair(ar, { ...ar })).toBe(false);
    expect(isTranslationPair(ar, undefined)).toBe(false);
    expect(
      (await translationPairs([edition('ar', 'coverage'), edition('en', 'coverage')], glossary, String)).size,
    ).toBe(0);
  });
});

describe('aligned rows of a .md translation pair', () => {
  // Rendered Markdown as Astro's processor gives it: a heading, a paragraph, a list, a quotation.
  const html: Record<Lang, string> = {
    en:
      '<h2>The leak</h2>\n<p>Macron said his campaign was hacked. The files were posted on May 5.</p>\n' +
      '<ol start="3"><li>First, the emails.</li><li>Then the contracts</li></ol>\n' +
      '<blockquote><p>We will win. They said so.</p></blockquote><hr>',
    ar:
      '<h2>التسريب</h2>\n<p>قال ماكرون إن حملته تعرضت للاختراق. ونُشرت الملفات في 5 مايو.</p>\n' +
      '<ol start="3"><li>أولًا، الرسائل.</li><li>ثم العقود</li></ol>\n' +
      '<blockquote><p>سنفوز. هكذا قالوا.</p></blockquote><hr>',
  };
  const md = (lang: Lang): Edition => ({
    ...edition(lang),
    format: 'md',
    sourceFile: `documents/x.${lang}.md`,
    paragraphs: [],
    body: html[lang],
  });
  const [ar, en] = [md('ar'), md('en')];
  const tree = (e: Edition) => fromHtml(html[e.lang], { fragment: true });
  const pairs = translationPairs([ar, en], glossary, String, undefined, (e) => Promise.resolve(tree(e)));
  const rows: Partial<Record<Lang, string[]>> = {};
  beforeAll(async () => {
    for (const e of [ar, en]) rows[e.lang] = (await (await pairs).get(e)?.rowsOf(e, tree(e)))?.rows;
  });

  test('a heading, each list item and the quotation are rows of their own; a paragraph is split into sentences', () => {
    expect(rows.en).toEqual([
      '<h2 class="s" id="en-s1" data-with="ar-s1">The leak</h2>',
      '<p><span class="s" id="en-s2" data-with="ar-s2">Macron said his campaign was hacked.</span> ' +
        '<span class="s" id="en-s3" data-with="ar-s3">The files were posted on May 5.</span></p>',
      // An ordered list cut into rows keeps its numbering.
      '<ol start="3"><li class="s" id="en-s4" data-with="ar-s4">First, the emails.</li></ol>',
      '<ol start="4"><li class="s" id="en-s5" data-with="ar-s5">Then the contracts</li></ol>',
      // The rule, which has no text, goes with the block before it.
      // A quotation is one unit, whatever its sentences.
      '<blockquote class="s" id="en-s6" data-with="ar-s6"><p>We will win. They said so.</p></blockquote><hr>',
    ]);
    expect(rows.ar).toHaveLength(5);
    expect(rows.ar?.[0]).toBe('<h2 class="s" id="ar-s1" data-with="en-s1">التسريب</h2>');
  });

  test('the sidecar’s overrides hold, naming a sentence by its start; one named by line is reported', async () => {
    const problems: string[] = [];
    const placed = [
      { override: { alone: { en: 'The files were posted' } }, file: 'documents/x.yaml', line: 3 },
      { override: { alone: { ar: 'ونُشرت الملفات' } }, file: 'documents/x.yaml', line: 4 },
      { override: { alone: { en: 1 } }, file: 'documents/x.yaml', line: 5 },
    ];
    const [arO, enO] = [{ ...ar, alignOverrides: placed }, en] as Edition[];
    const found = await translationPairs(
      [arO, enO],
      glossary,
      String,
      (p) => problems.push(...p.map((x) => `${x.line}: ${x.message}`)),
      (e) => Promise.resolve(tree(e)),
    );
    const html = (await found.get(enO)?.rowsOf(enO, tree(en)))?.rows.join('') ?? '';
    expect(html).toContain('<span class="s" id="en-s3">The files were posted on May 5.</span>');
    expect(html).not.toContain('data-with="ar-s3"');
    expect(html).toContain('<span class="s" id="en-s2" data-with="ar-s2">');
    expect(problems).toEqual([
      '5: no-counterpart mark not applied: documents/x.en.md is Markdown: name its sentence by the quoted start of its text, not by line',
    ]);
  });

  test('overrides that cannot all hold together are reported, and the pair aligned without them', async () => {
    const problems: string[] = [];
    // Two pins make one bead of the heading and the second sentence with the English heading, and
    // the sentence between them is marked as having none: no alignment has all three.
    const placed = [
      { override: { pin: { ar: 'التسريب', en: 'The leak' } }, file: 'documents/x.yaml', line: 3 },
      { override: { pin: { ar: 'ونُشرت الملفات', en: 'The leak' } }, file: 'documents/x.yaml', line: 4 },
      { override: { alone: { ar: 'قال ماكرون' } }, file: 'documents/x.yaml', line: 5 },
    ];
    const [arO, enO] = [{ ...ar, alignOverrides: placed }, en] as Edition[];
    const found = await translationPairs(
      [arO, enO],
      glossary,
      String,
      (p) => problems.push(...p.map((x) => `${x.file}:${x.line}: ${x.message}`)),
      (e) => Promise.resolve(tree(e)),
    );
    const html = (await found.get(enO)?.rowsOf(enO, tree(en)))?.rows.join('') ?? '';
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^documents\/x\.yaml:3: overrides not applied: they cannot all hold in one alignment/);
    expect(html).toContain('<span class="s" id="en-s2" data-with="ar-s2">');
  });
});

test('a translation pair whose .mdx version uses a fragment is not aligned, and a notice names the file', async () => {
  const ar: Edition = {
    ...edition('ar'),
    format: 'mdx',
    sourceFile: 'documents/x.ar.mdx',
    body: 'قال ماكرون إن حملته تعرضت للاختراق.\n\n<>جزء</>\n',
  };
  const en: Edition = { ...edition('en'), format: 'md', sourceFile: 'documents/x.en.md' };
  expect(
    (
      await translationPairs([ar, en], glossary, String, undefined, () =>
        Promise.resolve({ type: 'root' as const, children: [] }),
      )
    ).size,
  ).toBe(0);
  expect(mdxPairNotices([ar, en])).toEqual([expect.stringMatching(/^documents\/x\.ar\.mdx: note: not aligned/)]);
  expect(mdxPairNotices([edition('ar'), edition('en')])).toEqual([]);
  expect(
    mdxPairNotices([
      { ...ar, relation: 'coverage' },
      { ...en, relation: 'coverage' },
    ]),
  ).toEqual([]);
});

describe("the archive's word table in a build", () => {
  // The parallel fixture's reports as `.md` pairs: a pair is aligned only from its rendered
  // blocks, so the renders counted are the pairs aligned.
  const docs = parallelDocuments();
  const pairOf = (doc: (typeof docs)[number], units = doc.units) =>
    (['ar', 'en'] as const).map((lang): Edition => ({
      ...edition(lang),
      slug: doc.id,
      format: 'md',
      sourceFile: `documents/${doc.id}.${lang}.md`,
      body: units.map((u) => u[lang]).join('\n\n'),
    }));
  const three = docs.flatMap((doc) => pairOf(doc));
  let renders = 0;
  const tree = (e: Edition) => {
    renders++;
    return Promise.resolve(
      fromHtml(
        (e.body ?? '')
          .split('\n\n')
          .map((p) => `<p>${p}</p>`)
          .join('\n'),
        { fragment: true },
      ),
    );
  };
  const keys = async (editions: Edition[], cache?: AlignCache) => {
    const pairs = await translationPairs(editions, glossary, (v) => JSON.stringify(v), undefined, tree, cache);
    return new Map(editions.map((e) => [`${e.lang}/${e.slug}`, pairs.get(e)?.key]));
  };

  test('an unchanged archive aligns nothing again; a document added changes no other pair’s alignment here', async () => {
    const cache: AlignCache = { version: ALIGN_VERSION, pairs: {} };
    const before = await keys(three, cache);
    expect(Object.keys(cache.pairs)).toHaveLength(3);
    renders = 0;
    expect(await keys(three, cache)).toEqual(before);
    expect(renders).toBe(0);
    // A fourth report: the archive's table grows, but the three pairs' alignments stay as they were.
    // (A part of the first: the words it shares with it change that pair's part of the table.)
    const added = pairOf({ id: 'added', units: docs[0].units.slice(0, 6) });
    const tables = new Map(Object.entries(cache.pairs).map(([k, v]) => [k, v.table]));
    const after = await keys([...three, ...added], cache);
    for (const [id, key] of before) expect(after.get(id)).toBe(key);
    // Aligned: the new pair, and those whose part of the table changed (to see whether their beads did).
    const changed = [...tables].filter(([k, table]) => cache.pairs[k].table !== table).length;
    expect(changed).toBeGreaterThan(0);
    expect(changed).toBeLessThan(3);
    expect(renders).toBe(2 + 2 * changed);
    // And what the cache gave is what a build without it gives.
    expect(await keys([...three, ...added])).toEqual(after);
  });
});
