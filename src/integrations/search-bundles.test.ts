import { describe, expect, test } from 'vitest';
import { shardRecords } from './search.ts';

const records = Array.from({ length: 1000 }, (_, i) => ({ url: `/en/doc-${i}/`, content: `text ${i}` }));

describe('search bundles', () => {
  test('a site of up to the bundle size has one bundle, in the loader’s order', () => {
    expect(shardRecords(records, 1000)).toEqual([records]);
  });

  test('every page is in exactly one bundle, pages keep their order, and bundles stay near the size', () => {
    const bundles = shardRecords(records, 100);
    expect(bundles.length).toBe(10);
    expect(bundles.flat().sort((a, b) => a.url.localeCompare(b.url))).toEqual(
      [...records].sort((a, b) => a.url.localeCompare(b.url)),
    );
    for (const bundle of bundles) {
      expect(bundle).toEqual([...bundle].sort((a, b) => records.indexOf(a) - records.indexOf(b)));
      expect(bundle.length).toBeGreaterThan(50);
      expect(bundle.length).toBeLessThan(150);
    }
  });

  test('an edit of one page changes one bundle; the others are the same', () => {
    const before = shardRecords(records, 100);
    const edited = records.map((r) => (r.url === '/en/doc-500/' ? { ...r, content: 'edited' } : r));
    const after = shardRecords(edited, 100);
    const changed = after.filter((bundle, i) => JSON.stringify(bundle) !== JSON.stringify(before[i]));
    expect(changed.length).toBe(1);
    expect(changed[0].some((r) => r.url === '/en/doc-500/')).toBe(true);
  });
});
