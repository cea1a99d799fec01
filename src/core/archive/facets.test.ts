import { describe, expect, it } from 'vitest';
import { countFilters, filtersFrom, narrow, searchFacets, valueName, writeFilters, type Facetted } from './facets.ts';
import { buildArchive, type ArchiveEdition } from './index.ts';

const editions: ArchiveEdition[] = [
  { slug: 'a', lang: 'en', date: '2017-05-06', source: 'Reuters', tags: ['Syria', 'War'] },
  { slug: 'a', lang: 'ar', date: '2017-05-07', source: 'الجزيرة', tags: ['سوريا'] },
  { slug: 'b', lang: 'en', date: '2016', source: 'Reuters', author: 'Sam', tags: [{ en: 'Syria', ar: 'سوريا' }] },
  { slug: 'c', lang: 'en', tags: ['War'], author: 'Sam Field and Lina Haddad' },
];
const archive = buildArchive(editions, [], ['a', 'b', 'c']);
const facets = searchFacets(archive, editions);
// In relevance order, as a query would rank them.
const hits: (Facetted & { url: string })[] = ['/en/c/', '/ar/a/', '/en/a/', '/en/b/'].map((url) => ({
  url,
  lang: url.startsWith('/ar/') ? 'ar' : 'en',
  facets: facets.pages[url],
}));
const urls = (list: { url: string }[]) => list.map((h) => h.url);

describe('search facets', () => {
  it('writes each page’s date, source, author and topics, and the names of each in both languages', () => {
    expect(facets.names.tag).toEqual([
      ['syria', 'Syria', 'سوريا'],
      ['war', 'War', null],
    ]);
    expect(facets.names.author.map(([slug]) => slug)).toEqual(['lina-haddad', 'sam', 'sam-field']);
    expect(facets.pages['/en/b/']).toEqual({ d: '2016', s: 0, a: [1], t: [0] });
    // A byline naming two people gives the page both, in the byline's order.
    expect(facets.pages['/en/c/']).toEqual({ a: [2, 0], t: [1] });
  });

  it('narrows by topic, source, year and language together, and orders by date on request', () => {
    const f = filtersFrom(new URLSearchParams('tag=syria&year=2017'));
    expect(urls(narrow(hits, f, facets.names))).toEqual(['/ar/a/', '/en/a/']);
    expect(urls(narrow(hits, { ...f, lang: 'en' }, facets.names))).toEqual(['/en/a/']);
    expect(urls(narrow(hits, { sort: 'relevance', source: 'reuters' }, facets.names))).toEqual(['/en/a/', '/en/b/']);
    expect(urls(narrow(hits, { sort: 'date' }, facets.names))).toEqual(['/ar/a/', '/en/a/', '/en/b/', '/en/c/']);
    expect(urls(narrow(hits, { sort: 'relevance', tag: 'nothing' }, facets.names))).toEqual([]);
    // A page with two authors is found under each.
    expect(urls(narrow(hits, { sort: 'relevance', author: 'lina-haddad' }, facets.names))).toEqual(['/en/c/']);
    expect(urls(narrow(hits, { sort: 'relevance', author: 'sam-field' }, facets.names))).toEqual(['/en/c/']);
  });

  it('counts what each value would leave, given the other filters', () => {
    const counts = countFilters(hits, { sort: 'relevance', tag: 'syria' }, facets.names);
    expect(counts.lang).toEqual({ ar: 1, en: 2 });
    expect(counts.all).toBe(3);
    expect(counts.values.tag).toEqual([
      ['syria', 3],
      ['war', 2],
    ]);
    expect(counts.values.year).toEqual([
      ['2017', 2],
      ['2016', 1],
    ]);
    expect(counts.values.source).toEqual([
      ['reuters', 2],
      ['الجزيرة', 1],
    ]);
    // A chosen value nothing has is still offered, with 0, so that it can be unchosen.
    expect(countFilters(hits, { sort: 'relevance', year: '1999' }, facets.names).values.year).toEqual([
      ['2017', 2],
      ['2016', 1],
      ['1999', 0],
    ]);
  });

  it('keeps the filters in the address, and names values in the reader’s language', () => {
    const params = new URLSearchParams('q=war&page=2');
    writeFilters(params, { sort: 'date', lang: 'ar', tag: 'syria', year: '2017' });
    expect(params.toString()).toBe('q=war&page=2&lang=ar&tag=syria&year=2017&sort=date');
    expect(filtersFrom(params)).toEqual({ sort: 'date', lang: 'ar', tag: 'syria', year: '2017' });
    writeFilters(params, { sort: 'relevance' });
    expect(params.toString()).toBe('q=war&page=2');
    expect(filtersFrom(new URLSearchParams('lang=fr&sort=x&tag='))).toEqual({ sort: 'relevance' });
    expect(valueName('tag', 'syria', facets.names, 'ar')).toEqual({ text: 'سوريا', lang: 'ar' });
    expect(valueName('tag', 'war', facets.names, 'ar')).toEqual({ text: 'War', lang: 'en' });
    expect(valueName('tag', 'gone', facets.names, 'en')).toEqual({ text: 'gone', lang: undefined });
  });
});
