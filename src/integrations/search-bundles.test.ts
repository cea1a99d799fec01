import { describe, expect, test } from 'vitest';
import { bundleCount, devSearchFile, shardRecords } from './search.ts';

/** 500 documents, each with an Arabic and an English page. */
const records = Array.from({ length: 1000 }, (_, i) => ({
  url: `/${i % 2 ? 'en' : 'ar'}/doc-${Math.floor(i / 2)}/`,
  content: `text ${i}`,
}));

/** The bundles of `after` that differ from the same bundle of `before`. */
const changed = <T>(before: T[][], after: T[][]) =>
  after.filter((bundle, i) => JSON.stringify(bundle) !== JSON.stringify(before[i]));

describe('search bundles', () => {
  test('a site of up to the bundle size has one bundle, in the loader’s order', () => {
    expect(shardRecords(records, 1000)).toEqual([records]);
  });

  test('every page is in exactly one bundle, pages keep their order, and bundles stay near the size', () => {
    const bundles = shardRecords(records, 100);
    expect(bundles.length).toBe(8);
    expect(bundles.flat().sort((a, b) => a.url.localeCompare(b.url))).toEqual(
      [...records].sort((a, b) => a.url.localeCompare(b.url)),
    );
    for (const bundle of bundles) {
      expect(bundle).toEqual([...bundle].sort((a, b) => records.indexOf(a) - records.indexOf(b)));
      expect(bundle.length).toBeGreaterThan(60);
      expect(bundle.length).toBeLessThan(200);
    }
  });

  test('both languages of a document are in the same bundle', () => {
    for (const bundle of shardRecords(records, 100))
      for (const { url } of bundle) {
        const other = url.startsWith('/ar/') ? url.replace('/ar/', '/en/') : url.replace('/en/', '/ar/');
        expect(bundle.some((r) => r.url === other)).toBe(true);
      }
  });

  test('an edit of one page changes one bundle; the others are the same', () => {
    const before = shardRecords(records, 100);
    const edited = records.map((r) => (r.url === '/en/doc-250/' ? { ...r, content: 'edited' } : r));
    const after = changed(before, shardRecords(edited, 100));
    expect(after.length).toBe(1);
    expect(after[0].some((r) => r.url === '/en/doc-250/')).toBe(true);
  });

  test('adding a document (both languages) changes one bundle, even where the archive reaches a multiple of the size', () => {
    const added = [...records, { url: '/ar/new/', content: 'new' }, { url: '/en/new/', content: 'new' }];
    // 1,000 pages in bundles of 500: 2 bundles, and still 2 with 1,002 pages.
    for (const size of [100, 500]) {
      const before = shardRecords(records, size);
      const after = shardRecords(added, size);
      expect(after.length).toBe(before.length);
      expect(changed(before, after).length).toBe(1);
    }
  });

  test('the number of bundles is a power of two near pages / size, the same one page either side of a multiple', () => {
    expect(bundleCount(5000, 5000)).toBe(1);
    expect(bundleCount(6000, 5000)).toBe(1);
    expect(bundleCount(9998, 5000)).toBe(2);
    expect(bundleCount(10002, 5000)).toBe(2);
    expect(bundleCount(100_000, 5000)).toBe(16);
  });
});

describe("the dev server's search files", () => {
  const map = {
    bundles: ['/cache/k0/bundle', '/cache/k1/bundle'],
    files: { 'manifest.json': 'm.json', 'text/und_1.json.gz': 't.gz' },
  };
  test('are the last build’s: bundles in search’s cache, search-data in the store', () => {
    expect(devSearchFile(map, '/store', 'pagefind/pagefind.js')).toBe('/cache/k0/bundle/pagefind.js');
    expect(devSearchFile(map, '/store', 'pagefind/shard-1/pagefind-entry.json')).toBe(
      '/cache/k1/bundle/pagefind-entry.json',
    );
    expect(devSearchFile(map, '/store', 'search-data/manifest.json')).toBe('/store/m.json');
    expect(devSearchFile(map, '/store', 'search-data/text/und_1.json.gz')).toBe('/store/t.gz');
  });
  test('are nothing else: no other file, bundle or folder outside them', () => {
    for (const path of [
      'search-data/text/und_2.json.gz',
      'pagefind/shard-2/pagefind.js',
      'pagefind/',
      'pagefind/../../etc/passwd',
      'pagefind/shard-1/../../k0/x',
      'search-data/constructor',
      'search-data/__proto__',
      'search-data/toString',
      'en/index.html',
    ])
      expect(devSearchFile(map, '/store', path), path).toBeUndefined();
  });
});
