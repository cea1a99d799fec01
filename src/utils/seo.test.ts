import { describe, expect, it } from 'vitest';
import { t } from '../i18n/index.ts';
import { articleGraph, pageTitles, type ArticleVersion } from './seo.ts';

const publisher = { name: 'Nile Review', url: 'https://nile.example.org/', sameAs: [] };
const version = (lang: 'ar' | 'en', author?: string): ArticleVersion => ({
  lang,
  url: `https://nile.example.org/${lang}/talks/`,
  title: 'Talks',
  ...(author ? { author } : {}),
});

describe('articleGraph', () => {
  it('names each version’s authors: every person of a byline, an organisation whole', () => {
    const graph = articleGraph(
      [version('en', 'Sarah Whitcombe and Yonas Bekele'), version('ar', 'ليلى الحداد')],
      publisher,
      'translation',
    );
    const [en, ar] = graph['@graph'] as Record<string, unknown>[];
    expect(en.author).toEqual([
      { '@type': 'Person', name: 'Sarah Whitcombe' },
      { '@type': 'Person', name: 'Yonas Bekele' },
    ]);
    expect(ar.author).toEqual([{ '@type': 'Person', name: 'ليلى الحداد' }]);
    const [org] = articleGraph([version('en', 'Johnson & Johnson')], publisher, undefined)['@graph'] as Record<
      string,
      unknown
    >[];
    expect(org.author).toEqual([{ '@type': 'Organization', name: 'Johnson & Johnson' }]);
    const [none] = articleGraph([version('en')], publisher, undefined)['@graph'] as Record<string, unknown>[];
    expect(none).not.toHaveProperty('author');
  });

  it('gives a version’s publication and its last update', () => {
    const [updated] = articleGraph(
      [{ ...version('en'), date: '2024-03-04', updated: '2024-03-06' }],
      publisher,
      undefined,
    )['@graph'] as Record<string, unknown>[];
    expect(updated).toMatchObject({ datePublished: '2024-03-04', dateModified: '2024-03-06' });
    const [once] = articleGraph([{ ...version('en'), date: '2024-03-04' }], publisher, undefined)['@graph'] as Record<
      string,
      unknown
    >[];
    expect(once).not.toHaveProperty('dateModified');
  });
});

describe('pageTitles', () => {
  const paged = (lang: 'ar' | 'en') => (title: string, page: number) => t(lang, 'title.paged', { title, page });

  it('follows a page’s title with the site’s name, or gives the home page its own', () => {
    expect(pageTitles({ title: 'Topic: Trade' }, 'Harbour Herald', paged('en'))).toEqual({
      title: 'Topic: Trade',
      documentTitle: 'Topic: Trade · Harbour Herald',
    });
    expect(
      pageTitles({ title: 'Harbour Herald', documentTitle: 'Harbour Herald — News', page: 1 }, 'x', paged('en')),
    ).toEqual({ title: 'Harbour Herald', documentTitle: 'Harbour Herald — News' });
  });

  it('numbers the later pages of a list, in the page’s language and digits', () => {
    expect(pageTitles({ title: 'Topic: Trade', page: 2 }, 'Harbour Herald', paged('en'))).toEqual({
      title: 'Topic: Trade (page 2)',
      documentTitle: 'Topic: Trade (page 2) · Harbour Herald',
    });
    expect(
      pageTitles({ title: 'هيرالد الميناء', documentTitle: 'هيرالد الميناء — أخبار', page: 3 }, 'x', paged('ar')),
    ).toEqual({ title: 'هيرالد الميناء (الصفحة ٣)', documentTitle: 'هيرالد الميناء — أخبار (الصفحة ٣)' });
  });
});
