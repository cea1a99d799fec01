import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test, vi } from 'vitest';
import { buildArchive } from '../core/archive/index.ts';
import type { Edition } from '../core/types.ts';
import { feed, feedItems, type FeedEdition } from './feeds.ts';

// The pages' config, which Astro serves: only the default language is read (the channel's link).
vi.mock('virtual:hamish/config', () => ({ default: { site: { defaultLang: 'en' } } }));

type Filed = FeedEdition & Pick<Edition, 'author' | 'tags'>;

const editions: Filed[] = [
  {
    lang: 'en',
    slug: 'strike',
    title: 'Dock workers <strike> & walk out',
    date: '2024-03-04',
    author: 'Sarah Whitcombe and Yonas Bekele',
    tags: ['Labour & <Unions>', { en: 'Port', ar: 'الميناء' }],
  },
  {
    lang: 'ar',
    slug: 'strike',
    title: 'إضراب عمال الرصيف',
    date: '2024-03-04',
    author: 'سارة ويتكومب',
    tags: ['Port'],
  },
  { lang: 'en', slug: 'budget', title: 'Budget vote', date: '2024-05-10' },
];

const archive = buildArchive(editions, [], ['budget', 'strike']);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'item' });

/** The feed in `lang`, checked well-formed, then parsed as a feed reader reads it. */
async function parsedFeed(lang: 'en' | 'ar') {
  const response = await feed({
    lang,
    path: `/${lang}/feed.xml`,
    site: new URL('https://news.example.org'),
    items: feedItems(editions, lang, archive),
  });
  const text = await response.text();
  expect(XMLValidator.validate(text)).toBe(true);
  return { text, rss: parser.parse(text).rss };
}

describe('feed items', () => {
  test('name each author as a dc:creator and each topic as a category, escaped', async () => {
    const { text, rss } = await parsedFeed('en');
    expect(rss['@xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/');
    const [budget, strike] = rss.channel.item;
    expect(strike.title).toBe('Dock workers <strike> & walk out');
    expect(strike['dc:creator']).toEqual(['Sarah Whitcombe', 'Yonas Bekele']);
    expect(strike.category).toEqual(['Labour & <Unions>', 'Port']);
    expect(text).toContain('<category>Labour &amp; &lt;Unions&gt;</category>');
    // A document with neither has no empty elements.
    expect(budget).not.toHaveProperty('dc:creator');
    expect(budget).not.toHaveProperty('category');
  });

  test('name authors and topics in the feed’s language where they have a name in it', async () => {
    const { rss } = await parsedFeed('ar');
    const [strike] = rss.channel.item;
    expect(strike['dc:creator']).toBe('سارة ويتكومب');
    // "Port" is the topic given in both languages: the Arabic feed calls it by its Arabic name.
    expect(strike.category).toBe('الميناء');
  });

  test('a name with XML’s special characters stays one well-formed dc:creator', async () => {
    const odd: Filed[] = [{ lang: 'en', slug: 'x', title: 'X', author: 'Desk <Night> & "Weekend"' }];
    const response = await feed({
      lang: 'en',
      path: '/en/feed.xml',
      site: new URL('https://news.example.org'),
      items: feedItems(odd, 'en', buildArchive(odd, [], ['x'])),
    });
    const text = await response.text();
    expect(XMLValidator.validate(text)).toBe(true);
    expect(parser.parse(text).rss.channel.item[0]['dc:creator']).toBe('Desk <Night> & "Weekend"');
  });
});
