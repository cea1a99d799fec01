import { describe, expect, test } from 'vitest';
import { buildArchive } from './index.ts';
import { searchFacets } from './facets.ts';
import { pageDates } from './lastmod.ts';
import type { ArchiveEdition } from './index.ts';

const editions: ArchiveEdition[] = [
  { lang: 'en', slug: 'strike', date: '2024-03-04', author: 'Sarah Whitcombe', tags: ['Port'], source: 'Harbour Desk' },
  { lang: 'ar', slug: 'strike', date: '2024-03-05', tags: ['حرب'] },
  { lang: 'en', slug: 'budget', date: '2024-05', tags: ['Port'] },
  { lang: 'en', slug: 'old', date: '2019', author: 'Sarah Whitcombe', updated: '2023-02-01' },
  { lang: 'en', slug: 'undated', tags: ['Undated topic'] },
  { lang: 'en', slug: 'free-text', date: 'last spring', tags: ['Undated topic'] },
  { lang: 'en', slug: 'no-such-day', date: '2024-13-45', tags: ['Undated topic'] },
];

const dates = pageDates(searchFacets(buildArchive(editions, [], []), editions), 'ar');

describe('the pages’ dates for the sitemap', () => {
  test('a document’s page has its version’s own date, at the precision given', () => {
    expect(dates.get('/en/strike/')).toBe('2024-03-04');
    expect(dates.get('/ar/strike/')).toBe('2024-03-05');
    expect(dates.get('/en/budget/')).toBe('2024-05');
  });

  test('a document’s page that was updated has the day of its update; its lists keep its date', () => {
    expect(dates.get('/en/old/')).toBe('2023-02-01');
    expect(dates.get('/en/years/2019/')).toBe('2019');
  });

  test('a list has its newest document’s date, in both languages; the default language’s home is /', () => {
    expect(dates.get('/')).toBe('2024-05');
    expect(dates.get('/en/')).toBe('2024-05');
    expect(dates.has('/ar/')).toBe(false);
    expect(dates.get('/en/tags/port/')).toBe('2024-05');
    expect(dates.get('/ar/tags/port/')).toBe('2024-05');
    expect(dates.get('/ar/tags/حرب/')).toBe('2024-03-05');
    expect(dates.get('/en/authors/sarah-whitcombe/')).toBe('2024-03-04');
    expect(dates.get('/en/sources/harbour-desk/')).toBe('2024-03-04');
    expect(dates.get('/en/years/2019/')).toBe('2019');
    expect(dates.get('/en/years/')).toBe('2024-05');
    expect(dates.get('/en/tags/')).toBe('2024-05');
  });

  test('a page with no dated document has no date, not the build’s', () => {
    expect(dates.has('/en/undated/')).toBe(false);
    expect(dates.has('/en/free-text/')).toBe(false);
    expect(dates.has('/en/no-such-day/')).toBe(false);
    expect(dates.has('/en/tags/undated-topic/')).toBe(false);
    expect(dates.has('/en/search/')).toBe(false);
  });
});
