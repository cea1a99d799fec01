import { expect, test } from 'vitest';
import { pageOf, summarizeDocuments, versionsFor } from './documents.ts';

test('versions sharing a slug are one document', () => {
  const docs = summarizeDocuments([
    { slug: 'a', lang: 'ar', title: 'أ' },
    { slug: 'a', lang: 'en', title: 'A' },
    { slug: 'b', lang: 'en', title: 'B' },
  ]);
  expect(docs.map((d) => [d.slug, Object.keys(d.versions).sort()])).toEqual([
    ['a', ['ar', 'en']],
    ['b', ['en']],
  ]);
});

test('newer documents come first', () => {
  const docs = summarizeDocuments([
    { slug: 'old', lang: 'en', title: 'Old', date: '2001-01-01' },
    { slug: 'new', lang: 'en', title: 'New', date: '2020-01-01' },
  ]);
  expect(docs.map((d) => d.slug)).toEqual(['new', 'old']);
});

test('the list is paged and the last page holds the rest', () => {
  const items = Array.from({ length: 450 }, (_, i) => i);
  expect(pageOf(items, 1).pages).toBe(3);
  expect(pageOf(items, 3).items).toEqual(items.slice(400));
  expect(pageOf([], 1)).toEqual({ items: [], pages: 1 });
});

test('a document carries its relation, and is dated by its newest version; undated documents come last', () => {
  const docs = summarizeDocuments([
    { slug: 'undated', lang: 'en', title: 'U' },
    { slug: 'cover', lang: 'ar', title: 'أ', date: '2017-05-06', relation: 'coverage' },
    {
      slug: 'cover',
      lang: 'en',
      title: 'A',
      date: '2017-05-05',
      source: 'The Post',
      excerpt: 'It began.',
      relation: 'coverage',
    },
    { slug: 'year', lang: 'en', title: 'Y', date: '2017' },
    { slug: 'later', lang: 'en', title: 'L', date: '2020-01' },
  ]);
  expect(docs.map((d) => [d.slug, d.date])).toEqual([
    ['later', '2020-01'],
    ['cover', '2017-05-06'],
    ['year', '2017'],
    ['undated', undefined],
  ]);
  expect(docs[1]).toMatchObject({
    relation: 'coverage',
    versions: { en: { source: 'The Post', excerpt: 'It began.' } },
  });
});

test("a reader's own language comes first", () => {
  const [doc] = summarizeDocuments([
    { slug: 'a', lang: 'en', title: 'A' },
    { slug: 'a', lang: 'ar', title: 'أ' },
  ]);
  expect(versionsFor(doc, 'ar').map(([lang]) => lang)).toEqual(['ar', 'en']);
  expect(versionsFor(doc, 'en').map(([lang]) => lang)).toEqual(['en', 'ar']);
});
