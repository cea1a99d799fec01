import { describe, expect, test } from 'vitest';
import { analysePage } from './analysis.ts';
import { creditsOf } from './credits.ts';
import { indexText, keyedWords } from './keys.ts';
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

describe('a page’s credits', () => {
  const page = {
    url: '/ar/x/',
    lang: 'ar' as const,
    title: 'توسعة الميناء',
    blocks: ['توسعة الميناء', 'بدأت أعمال التوسعة صباح الأحد'],
    credits: creditsOf({ author: 'بقلم نادية فاروق وسامي علي', source: 'هاربور هيرالد' }),
  };

  test('each author the byline names, then the source, as written', () =>
    expect(page.credits).toEqual(['نادية فاروق', 'سامي علي', 'هاربور هيرالد']));

  test('indexed as words of the page, after its text and before its entries', () => {
    const record = indexedRecord(page, analysePage(page).indexed, ['عg0ع']);
    expect(record.content).toBe([...page.blocks, ...page.credits].map(indexText).concat('عg0ع').join(' '));
  });

  // A reader types a name with another ta marbuta, ya or alef, as they would any word of the page.
  test.each(['ناديه', 'سامى', 'اخبار'])('%s is found under the keys of a credit spelled otherwise', (typed) => {
    const credited = { ...page, credits: ['نادية فاروق', 'سامي علي', 'أخبار الميناء'] };
    const keys = new Set(indexedRecord(credited, analysePage(credited).indexed).content.split(/[ .]/));
    const form = keyedWords(typed)[0].readings.find((r) => r.kind === 'form')!;
    expect(keys).toContain(form.key);
  });

  test('not in the text excerpts are cut from', () => expect(searchText(page)).not.toHaveProperty('credits'));

  test('a page without credits is indexed as before', () => {
    const { credits: _credits, ...bare } = page;
    expect(indexedRecord(bare, analysePage(bare).indexed).content).toBe(page.blocks.map(indexText).join(' '));
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
