import { describe, expect, test } from 'vitest';
import { editionFrontmatter } from './schema.ts';

const valid = {
  generated: true,
  slug: 'macron-campaign-hack',
  lang: 'ar',
  format: 'txt',
  sourceFile: 'documents/macron-campaign-hack.ar.txt',
  encoding: 'windows-1256',
  title: 'اختراق حملة ماكرون',
  titleDerived: false,
  date: '2017-05-05',
  removed: [{ reason: 'furniture', text: 'Read the whole story from', line: 6, pattern: 'read-the-whole-story' }],
  paragraphLines: [1, 2, 3],
};

describe('editionFrontmatter', () => {
  test('accepts the front matter of a generated edition', () => {
    expect(editionFrontmatter.parse(valid)).toEqual(valid);
  });

  test.each([
    ['a hand-written file', { generated: undefined }],
    ['an unknown language', { lang: 'fr' }],
    ['an unknown format', { format: 'html' }],
    ['a Date where a string was written', { date: new Date('2017-05-05') }],
    ['a line that is not 1-based', { paragraphLines: [0] }],
    ['a removal with an unknown reason', { removed: [{ reason: 'other', text: 'x', line: 1 }] }],
    ['a key the generator does not write', { layout: '../layouts/Evil.astro' }],
    ['an empty slug', { slug: '' }],
  ])('rejects %s', (_, change) => {
    expect(editionFrontmatter.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});
