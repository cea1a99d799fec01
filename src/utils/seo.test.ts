import { describe, expect, it } from 'vitest';
import { articleGraph, type ArticleVersion } from './seo.ts';

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
});
