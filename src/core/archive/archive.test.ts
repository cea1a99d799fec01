import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../glossary/types.ts';
import { buildArchive, nameIn, reservedSlugProblems, slugify, uniqueSlugs, type ArchiveEdition } from './index.ts';

const glossary: GlossaryEntry[] = [
  { id: 'syria', kind: 'place', en: { term: 'Syria', aliases: [] }, ar: { term: 'سوريا', aliases: ['سورية'] } },
  {
    id: 'washington-post',
    kind: 'publication',
    en: { term: 'The Washington Post', aliases: ['Washington Post'] },
    ar: { term: 'واشنطن بوست', aliases: [] },
  },
];

const editions: ArchiveEdition[] = [
  { slug: 'a', lang: 'en', date: '2017-05-06', source: 'Washington Post', author: 'Jane Roe', tags: ['syria', 'War'] },
  { slug: 'a', lang: 'ar', date: '2017-05-06', source: 'واشنطن بوست', tags: ['سورية', 'حرب'] },
  { slug: 'b', lang: 'en', date: '2017-03', source: 'Le Monde', author: 'jane roe', tags: [{ en: 'War', ar: 'حرب' }] },
  {
    slug: 'c',
    lang: 'ar',
    date: '2016',
    source: 'الجزيرة',
    author: 'مراسل',
    tags: [{ en: 'Élections', ar: 'انتخابات' }],
  },
  { slug: 'd', lang: 'en', tags: ['elections'] },
];
const order = ['a', 'b', 'c', 'd'];

describe('buildArchive', () => {
  const archive = buildArchive(editions, glossary, order);

  it('makes one topic of a tag, its other spellings and languages, and the glossary entry of the same thing', () => {
    expect(archive.tags).toEqual([
      { slug: 'elections', names: { en: 'elections', ar: 'انتخابات' }, documents: ['c', 'd'] },
      { slug: 'syria', names: { en: 'Syria', ar: 'سوريا' }, entry: 'syria', documents: ['a'] },
      { slug: 'war', names: { en: 'War', ar: 'حرب' }, documents: ['a', 'b'] },
    ]);
  });

  it('joins a source written in both languages through the glossary, and authors by their name', () => {
    expect(archive.sources.map((g) => [g.slug, g.names, g.documents])).toEqual([
      ['le-monde', { en: 'Le Monde' }, ['b']],
      ['washington-post', { en: 'The Washington Post', ar: 'واشنطن بوست' }, ['a']],
      ['الجزيرة', { ar: 'الجزيرة' }, ['c']],
    ]);
    expect(archive.authors.map((g) => [g.slug, g.documents])).toEqual([
      ['jane-roe', ['a', 'b']],
      ['مراسل', ['c']],
    ]);
  });

  it('files documents by year and month, newest first, the year-only dates last', () => {
    expect(archive.years).toEqual([
      {
        year: '2017',
        documents: ['a', 'b'],
        months: [
          { month: '05', documents: ['a'] },
          { month: '03', documents: ['b'] },
        ],
      },
      { year: '2016', documents: ['c'], months: [{ documents: ['c'] }] },
    ]);
  });

  it('tells each version what it is filed under', () => {
    const filing = archive.filing('ar', 'a');
    expect(filing.tags.map((g) => g.slug)).toEqual(['syria', 'war']);
    expect(filing.source?.slug).toBe('washington-post');
    expect(filing.authors).toEqual([]);
    expect([filing.year, filing.month]).toEqual(['2017', '05']);
    expect(archive.filing('en', 'd')).toEqual({ tags: [archive.tags[0]], authors: [] });
    expect(nameIn(archive.sources[2], 'en')).toEqual({ text: 'الجزيرة', lang: 'ar' });
  });

  it('gives the same groups and slugs whatever the order of the editions, and works without a glossary', () => {
    const reversed = buildArchive([...editions].reverse(), glossary, order);
    expect(reversed.tags).toEqual(archive.tags);
    expect(reversed.sources).toEqual(archive.sources);
    const bare = buildArchive(editions, [], order);
    expect(bare.tags.map((g) => g.slug)).toEqual(['elections', 'syria', 'war', 'سورية']);
  });
});

describe('slugs', () => {
  it('keeps Arabic letters, drops accents and vowel marks, and joins words with hyphens', () => {
    expect(slugify('The Washington Post')).toBe('the-washington-post');
    expect(slugify('Élections / 2017')).toBe('elections-2017');
    expect(slugify('الشَّرْق  الأوسط')).toBe('الشرق-الأوسط');
    expect(slugify('?!')).toBe('');
    expect([...slugify('word '.repeat(40))].length).toBeLessThanOrEqual(60);
  });

  it('keeps Arabic letters as written: hamza and madda stay, harakat and tatweel go', () => {
    expect(slugify('هيئة التحرير')).toBe('هيئة-التحرير');
    expect(slugify('مُؤْتَمَر  القِمّة')).toBe('مؤتمر-القمة');
    expect(slugify('إعلان آذار')).toBe('إعلان-آذار');
    expect(slugify('الأخبـــار')).toBe('الأخبار');
    // Presentation forms (old PDFs, some keyboards) are the letters they show.
    expect(slugify('\ufee3\ufebc\ufeae')).toBe('مصر');
    // Written with a combining hamza, the letter is the same letter.
    expect(slugify('هيي\u0654ة')).toBe('هيئة');
  });

  it('files two spellings of one author together, at the address of the spelling written most', () => {
    const authors = ['هيئة التحرير', 'هيئه التحرير', 'هيئة التحرير'].map((author, i): ArchiveEdition => ({
      slug: `d${i}`,
      lang: 'ar',
      author,
    }));
    const archive = buildArchive(authors, [], []);
    expect(archive.authors.map((g) => [g.slug, g.names.ar, g.documents.length])).toEqual([
      ['هيئة-التحرير', 'هيئة التحرير', 3],
    ]);
  });

  it('files a document under each person its byline names, an organisation under its whole name', () => {
    const bylines: ArchiveEdition[] = [
      { slug: 'talks', lang: 'en', author: 'Sarah Whitcombe and Yonas Bekele' },
      { slug: 'talks', lang: 'ar', author: 'سارة وايتكومب ويوناس بيكيلي' },
      { slug: 'floods', lang: 'en', author: 'Yonas Bekele' },
      { slug: 'vaccine', lang: 'en', author: 'Johnson & Johnson' },
    ];
    const archive = buildArchive(bylines, [], ['talks', 'floods', 'vaccine']);
    expect(archive.authors.map((g) => [g.slug, g.documents])).toEqual([
      ['johnson-johnson', ['vaccine']],
      ['sarah-whitcombe', ['talks']],
      ['yonas-bekele', ['talks', 'floods']],
      ['سارة-وايتكومب', ['talks']],
      ['يوناس-بيكيلي', ['talks']],
    ]);
    expect(archive.filing('en', 'talks').authors.map((g) => g.slug)).toEqual(['sarah-whitcombe', 'yonas-bekele']);
    expect(archive.filing('ar', 'talks').authors.map((g) => g.slug)).toEqual(['سارة-وايتكومب', 'يوناس-بيكيلي']);
  });

  it('never gives two names one slug, and gives a glossary id to its entry first', () => {
    const names = [
      { key: 'n:b', name: 'Syria!' },
      { key: 'n:a', name: 'syria' },
      { key: 'e', name: 'Syrie', preferred: 'syria' },
      { key: 'n:c', name: '??' },
      { key: 'n:d', name: '!!' },
    ];
    const slugs = uniqueSlugs(names, 'x');
    expect(Object.fromEntries(slugs)).toEqual({
      e: 'syria',
      'n:a': 'syria-2',
      'n:b': 'syria-3',
      'n:c': 'x',
      'n:d': 'x-2',
    });
    expect(new Set(slugs.values()).size).toBe(names.length);
  });

  it('keeps the slugs of an archive distinct however many names collide', () => {
    const many: ArchiveEdition[] = ['War', 'war', 'WAR!', 'War.', 'wär', 'حرب', 'حَرْب', 'Syria', 'سوريا'].map(
      (tag, i) => ({
        slug: `d${i}`,
        lang: 'en',
        tags: [tag, `${tag} ${i}`],
      }),
    );
    const tags = buildArchive(many, glossary, []).tags;
    expect(new Set(tags.map((t) => t.slug)).size).toBe(tags.length);
  });
});

describe('reservedSlugProblems', () => {
  it('stops a document whose address a browse page takes', () => {
    const problems = reservedSlugProblems([
      { slug: 'tags', sourceFile: 'documents/tags.en.txt', lang: 'en' },
      { slug: 'tagging', sourceFile: 'documents/tagging.en.txt', lang: 'en' },
      { slug: 'authors', sourceFile: 'documents/authors.ar.txt', lang: 'ar' },
    ]);
    expect(problems).toMatchObject([
      { severity: 'error', file: 'documents/tags.en.txt', message: expect.stringContaining('(/en/tags/)') },
      // The address named is the version's own.
      { severity: 'error', file: 'documents/authors.ar.txt', message: expect.stringContaining('(/ar/authors/)') },
    ]);
  });
});
