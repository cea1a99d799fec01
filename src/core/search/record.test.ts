import { describe, expect, test } from 'vitest';
import { PAGEFIND_LANGUAGE, searchRecord, shardPath, textPath } from './record.ts';

describe('searchRecord', () => {
  test('the page as keys, its entries’ terms after its text, its language as a filter', () => {
    const page = { url: '/ar/x/', lang: 'ar' as const, title: 'حملة ماكرون', blocks: ['حملة ماكرون', 'والانتخابات الرئاسية'] };
    expect(searchRecord(page, ['عg0ع'])).toEqual({
      url: '/ar/x/',
      content: 'حمله.حملx ماكرون.ماكرx انتخابات.انتخابx رئاسيه.رئاسx عg0ع',
      language: PAGEFIND_LANGUAGE,
      meta: { title: 'حمله.حملx ماكرون.ماكرx' },
      filters: { lang: ['ar'] },
    });
  });
});

describe('textPath', () => {
  test.each([
    ['/ar/macron-campaign-hack/', 'text/ar/macron-campaign-hack.json.gz'],
    ['/', 'text/index.json.gz'],
    ['/ar/مقال/?q=x#y', 'text/ar/مقال.json.gz'],
    ['/../../etc/passwd', 'text/etc/passwd.json.gz'],
  ])('%s → %s', (url, path) => expect(textPath(url)).toBe(path));

  test('shards are numbered files', () => expect(shardPath(3)).toBe('glossary/3.json.gz'));
});
