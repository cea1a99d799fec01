import { describe, expect, test } from 'vitest';
import { indexText } from './keys.ts';
import { PAGEFIND_LANGUAGE, indexedRecord, searchText, shardPath, textPath } from './record.ts';

describe('indexedRecord', () => {
  test('the page as keys, its entries’ terms after its text, its language as a filter', () => {
    const page = {
      url: '/ar/x/',
      lang: 'ar' as const,
      title: 'حملة ماكرون',
      blocks: ['حملة ماكرون', 'والانتخابات الرئاسية'],
    };
    const indexed = { title: indexText(page.title), blocks: page.blocks.map(indexText) };
    expect(indexedRecord(page, indexed, ['عg0ع'])).toEqual({
      url: '/ar/x/',
      content: 'حمله.حملx ماكرون.ماكرx انتخابات.انتخابx رئاسيه.رئاسx عg0ع',
      language: PAGEFIND_LANGUAGE,
      meta: { title: 'حمله.حملx ماكرون.ماكرx' },
      filters: { lang: ['ar'] },
    });
  });
});

describe('searchText', () => {
  test('the page as written, with its address', () => {
    const page = {
      url: '/ar/x/',
      lang: 'ar' as const,
      title: 'حملة ماكرون',
      blocks: ['حملة ماكرون', 'والانتخابات الرئاسية'],
    };
    expect(searchText(page)).toEqual({
      url: '/ar/x/',
      lang: 'ar',
      title: 'حملة ماكرون',
      blocks: ['حملة ماكرون', 'والانتخابات الرئاسية'],
    });
  });
});

describe('textPath', () => {
  test.each([
    ['und_21fb287', 'text/und_21fb287.json.gz'],
    ['../../etc/passwd', 'text/etcpasswd.json.gz'],
    ['', 'text/_.json.gz'],
  ])('%s → %s', (id, path) => expect(textPath(id)).toBe(path));

  test('shards are numbered files', () => expect(shardPath(3)).toBe('glossary/3.json.gz'));
});
