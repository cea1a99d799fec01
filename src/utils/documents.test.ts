import { expect, test } from 'vitest';
import { pageOf, summarizeDocuments } from './documents.ts';

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
