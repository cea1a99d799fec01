import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from './frontmatter.ts';
import { parseSidecar } from './sidecar.ts';

const F = 'documents/x.en.txt';

describe('splitFrontMatter', () => {
  it('leaves a source without front matter whole', () => {
    expect(splitFrontMatter('PARIS — text\n', F)).toEqual({
      meta: {},
      body: 'PARIS — text\n',
      bodyLine: 1,
      diagnostics: [],
    });
    // A rule inside the text is not front matter.
    expect(splitFrontMatter('text\n---\nmore\n', F).bodyLine).toBe(1);
  });

  it('parses and validates every field, and says where the body starts', () => {
    const source = [
      '---',
      'title: Macron campaign says it was hacked',
      'date: 2017-05-05',
      'source: The Washington Post',
      'url: https://www.washingtonpost.com/world/europe/macron-hack',
      'lang: en',
      'relation: coverage',
      '---',
      'PARIS — text',
      '',
    ].join('\n');
    expect(splitFrontMatter(source, F)).toEqual({
      meta: {
        title: 'Macron campaign says it was hacked',
        date: '2017-05-05',
        source: 'The Washington Post',
        url: 'https://www.washingtonpost.com/world/europe/macron-hack',
        lang: 'en',
        relation: 'coverage',
      },
      body: 'PARIS — text\n',
      bodyLine: 9,
      diagnostics: [],
    });
  });

  it('accepts a year or a month as a date, a number as a title, and an empty block', () => {
    expect(splitFrontMatter('---\ndate: 2017\ntitle: 1984\n---\nx', F).meta).toEqual({ date: '2017', title: '1984' });
    expect(splitFrontMatter('---\ndate: 2017-05\n---\nx', F).meta).toEqual({ date: '2017-05' });
    expect(splitFrontMatter('---\n---\nx', F)).toMatchObject({ meta: {}, body: 'x', bodyLine: 3, diagnostics: [] });
    expect(splitFrontMatter('---\n...\nx', F)).toMatchObject({ body: 'x', bodyLine: 3 });
  });

  it('reports a YAML syntax error at its real line in the file', () => {
    const result = splitFrontMatter('---\ntitle: ok\ndate: [2017\nsource: x\n---\nbody', F);
    expect(result.diagnostics).toHaveLength(1);
    // Line 3 of the file, where the "[" that is never closed stands (the parser notices on line 4).
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error', file: F, line: 3 });
    expect(result.diagnostics[0].message).toMatch(/^YAML: the list opened with “\[” is not closed/);
    expect(result.body).toBe('body');
    expect(result.bodyLine).toBe(6);
  });

  it('reports invalid values at their line, keeping the valid fields', () => {
    const result = splitFrontMatter(
      '---\ntitle: Good title\ndate: 2017-02-30\nurl: javascript:alert(1)\nlang: fr\nrelation: sibling\n---\nbody',
      F,
    );
    expect(result.meta).toEqual({ title: 'Good title' });
    expect(result.diagnostics.map((d) => [d.severity, d.line, d.message.split(':')[0]])).toEqual([
      ['error', 3, 'date'],
      ['error', 4, 'url'],
      ['error', 5, 'lang'],
      ['error', 6, 'relation'],
    ]);
    expect(result.diagnostics[0].message).toMatch(/real date written as 2017-05-05/);
    expect(result.diagnostics[1].message).toMatch(/http\(s\) address/);
  });

  it('refuses a misspelt key at its line, suggesting the known one; warns of another tool’s key', () => {
    const result = splitFrontMatter('---\ntitel: Oops\npublisher: Someone\ndraft: false\nlayout: post\n---\nbody', F);
    expect(result.diagnostics.map((d) => [d.severity, d.line])).toEqual([
      ['error', 2],
      ['warning', 3],
      ['warning', 4],
      ['warning', 5],
    ]);
    expect(result.diagnostics[0].message).toBe('unknown key “titel”; did you mean “title”?');
    expect(result.diagnostics[1].message).toMatch(
      /^unknown key “publisher”, ignored \(known keys: title, date, updated, source, url, author, tags, lang, relation/,
    );
  });

  it('reports front matter that is never closed, or not a map', () => {
    expect(splitFrontMatter('---\ntitle: x\nbody', F).diagnostics).toMatchObject([{ severity: 'error', line: 1 }]);
    expect(splitFrontMatter('---\n- a\n- b\n---\nbody', F).diagnostics).toMatchObject([{ severity: 'error', line: 2 }]);
  });
});

describe('parseSidecar', () => {
  const S = 'documents/macron.yaml';
  it('reads shared fields, the relation and per-version maps', () => {
    const text =
      'relation: coverage # two reports\nsource: Agence\nar:\n  date: 2017-05-06\nen:\n  date: 2017-05-05\n  source: The Washington Post\n';
    expect(parseSidecar(text, S)).toEqual({
      sidecar: {
        file: S,
        relation: 'coverage',
        shared: { source: 'Agence' },
        versions: { ar: { date: '2017-05-06' }, en: { date: '2017-05-05', source: 'The Washington Post' } },
      },
      diagnostics: [],
    });
  });

  it('reports problems at their line: bad values, unknown keys, a lang key, a version that is not a map', () => {
    const text = 'relation: translated\nlang: ar\nen:\n  titel: x\n  date: soon\nar: yes\n';
    const { diagnostics, sidecar } = parseSidecar(text, S);
    expect(diagnostics.map((d) => [d.severity, d.line])).toEqual([
      ['error', 2],
      ['error', 1],
      ['error', 6],
      ['error', 4],
      ['error', 5],
    ]);
    expect(sidecar.relation).toBeUndefined();
    expect(sidecar.versions).toEqual({ en: {} });
  });
});

describe('what an editor mistypes', () => {
  it('refuses a misspelt sidecar key, top level or per version, with the key meant', () => {
    const { diagnostics, sidecar } = parseSidecar('relaton: translation\nen:\n  sorce: Horn Wire\n', 'd/talks.yaml');
    expect(diagnostics).toEqual([
      {
        severity: 'error',
        file: 'd/talks.yaml',
        line: 1,
        column: 1,
        message: 'unknown key “relaton”; did you mean “relation”?',
      },
      {
        severity: 'error',
        file: 'd/talks.yaml',
        line: 3,
        column: 3,
        message: 'unknown key “en.sorce”; did you mean “source”?',
      },
    ]);
    expect(sidecar.relation).toBeUndefined();
    // A block for a language Hamish has no version in is no typo of a key that looks like it.
    expect(parseSidecar('fr:\n  date: 2023-03-12\n', 'd/x.yaml').diagnostics.map((d) => d.message)).toEqual([
      'unknown key “fr”: a sidecar’s versions are ar: and en:',
    ]);
    expect(parseSidecar('en:\n  auther: Jane Roe\n', 'd/x.yaml').diagnostics[0].message).toBe(
      'unknown key “en.auther”; did you mean “author”?',
    );
    expect(parseSidecar('en:\n  relation: translation\n', 'd/x.yaml').diagnostics).toEqual([
      {
        severity: 'error',
        file: 'd/x.yaml',
        line: 2,
        column: 3,
        message: 'en.relation: belongs at the top level of the sidecar, not under en: (it is about both versions)',
      },
    ]);
  });

  it('reads a string of tags separated by commas, English or Arabic, as a list', () => {
    const tags = (yaml: string) => splitFrontMatter(`---\n${yaml}\n---\ntext\n`, F).meta.tags;
    expect(tags('tags: Nile, Water')).toEqual(['Nile', 'Water']);
    expect(tags('tags: النيل، المياه،')).toEqual(['النيل', 'المياه']);
    expect(tags('tags: [النيل، المياه, {en: Water, ar: مياه}]')).toEqual([
      'النيل',
      'المياه',
      { en: 'Water', ar: 'مياه' },
    ]);
    // A quoted name is one name, English or Arabic comma and all.
    expect(tags('tags: ["Washington, D.C.", Nile]')).toEqual(['Washington, D.C.', 'Nile']);
    expect(tags('tags: ["القاهرة، مصر", \'الجيزة، مصر\', النيل، المياه]')).toEqual([
      'القاهرة، مصر',
      'الجيزة، مصر',
      'النيل',
      'المياه',
    ]);
    expect(tags('tags:\n  - "القاهرة، مصر"\n  - الجيزة، مصر')).toEqual(['القاهرة، مصر', 'الجيزة', 'مصر']);
    expect(tags('tags: "القاهرة، مصر"')).toEqual(['القاهرة، مصر']);
    expect(tags('tags: "Washington, D.C."')).toEqual(['Washington, D.C.']);
    expect(parseSidecar('ar:\n  tags: ["القاهرة، مصر"]\n', 'd/x.yaml').sidecar.versions.ar?.tags).toEqual([
      'القاهرة، مصر',
    ]);
    const sidecar = parseSidecar('tags: Nile, Water\nar:\n  tags: النيل، المياه\n', 'd/x.yaml').sidecar;
    expect([sidecar.shared.tags, sidecar.versions.ar?.tags]).toEqual([
      ['Nile', 'Water'],
      ['النيل', 'المياه'],
    ]);
  });

  it('reads a date in Arabic-Indic or Persian digits, and says how to write a date in words', () => {
    const date = (yaml: string) => splitFrontMatter(`---\n${yaml}\n---\ntext\n`, F);
    expect(date('date: ٢٠٢٣-٠٣-٢٠').meta.date).toBe('2023-03-20');
    expect(date('date: \u200f۲۰۲۳-۰۳\u200f').meta.date).toBe('2023-03');
    expect(parseSidecar('ar:\n  date: ٢٠١٧-٠٥-٠٦\n', 'd/x.yaml').sidecar.versions.ar?.date).toBe('2017-05-06');
    expect(date('date: ٢٠٢٣-٠٢-٣٠').diagnostics[0].message).toMatch(/real date/);
    expect(date('date: ٢٠ مارس ٢٠٢٣').diagnostics[0]).toMatchObject({ severity: 'error', line: 2 });
    expect(date('date: ٢٠ مارس ٢٠٢٣').diagnostics[0].message).toMatch(/this one reads as 2023-03-20: write that$/);
    // Day first or month first: both readings, for the editor to choose.
    expect(date('date: 12/03/2023').diagnostics[0].message).toMatch(/could be 2023-03-12 or 2023-12-03/);
  });
});

describe('author and tags', () => {
  it('reads an author and tags in either language, one topic in both, or one tag without a list', () => {
    const source = ['---', 'author: Jane Roe', 'tags: [Syria, انتخابات, {en: France, ar: فرنسا}]', '---', 'text', ''];
    expect(splitFrontMatter(source.join('\n'), F)).toMatchObject({
      meta: { author: 'Jane Roe', tags: ['Syria', 'انتخابات', { en: 'France', ar: 'فرنسا' }] },
      diagnostics: [],
    });
    expect(splitFrontMatter('---\ntags: Syria\n---\ntext\n', F).meta.tags).toEqual(['Syria']);
  });

  it('keeps a name YAML would read as a number as it was written, in front matter and sidecars', () => {
    const source = [
      '---',
      'author: 007',
      'title: 1.50',
      'source: 0800',
      'tags: [2020, 1.10, {en: 07, ar: x}]',
      '---',
      'text',
    ];
    expect(splitFrontMatter(source.join('\n'), F)).toMatchObject({
      meta: { author: '007', title: '1.50', source: '0800', tags: ['2020', '1.10', { en: '07', ar: 'x' }] },
      diagnostics: [],
    });
    // A date is still a date, whichever way it is read.
    expect(splitFrontMatter('---\ndate: 2017\n---\ntext\n', F).meta.date).toBe('2017');
    const sidecar = parseSidecar('author: 007\nen:\n  title: 1.50\n', 'documents/bond.yaml');
    expect(sidecar.sidecar?.shared.author).toBe('007');
    expect(sidecar.sidecar?.versions.en?.title).toBe('1.50');
  });

  it('reports a bad tag at its line and keeps the other fields', () => {
    const source = ['---', 'author: Jane Roe', 'tags:', '  - Syria', '  - {fr: Syrie}', '  - ""', '---', 'text', ''];
    const { meta, diagnostics } = splitFrontMatter(source.join('\n'), F);
    expect(meta).toEqual({ author: 'Jane Roe' });
    expect(diagnostics.map((d) => [d.severity, d.line])).toEqual([
      ['error', 5],
      ['error', 6],
    ]);
    expect(diagnostics[0].message).toMatch(/en: Syria, ar: سوريا/);
    expect(splitFrontMatter('---\ntags: [{}]\n---\ntext\n', F).diagnostics[0].message).toMatch(/en or an ar name/);
    expect(splitFrontMatter('---\nauthor: [a, b]\n---\ntext\n', F).diagnostics[0].message).toMatch(/author/);
  });

  it('takes author and tags in a sidecar, shared or per version, without unknown-key warnings', () => {
    const text =
      'author: Agence\ntags: [Syria]\nar:\n  author: مراسل\n  tags: [سوريا]\nen:\n  tags: {en: France, ar: فرنسا}\n';
    expect(parseSidecar(text, 'documents/x.yaml')).toEqual({
      sidecar: {
        file: 'documents/x.yaml',
        shared: { author: 'Agence', tags: ['Syria'] },
        versions: { ar: { author: 'مراسل', tags: ['سوريا'] }, en: { tags: [{ en: 'France', ar: 'فرنسا' }] } },
      },
      diagnostics: [],
    });
  });
});
