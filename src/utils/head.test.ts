import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { parseOptions, type HeadTag } from '../integrations/options.ts';
import { headKey, headSources, notReplaced } from './head.ts';

const meta = (attrs: Record<string, string>): HeadTag => ({ tag: 'meta', attrs });
const link = (attrs: Record<string, string>): HeadTag => ({ tag: 'link', attrs });

describe('the publisher’s head tags beside Hamish’s', () => {
  const own = [
    meta({ name: 'viewport', content: 'width=device-width' }),
    meta({ name: 'description', content: 'The page’s own' }),
    link({ rel: 'canonical', href: 'https://example.org/en/a/' }),
    link({ rel: 'alternate', hreflang: 'ar', href: 'https://example.org/ar/a/' }),
    meta({ property: 'og:image', content: 'https://example.org/share.png' }),
    meta({ property: 'og:image:alt', content: 'The harbour' }),
    meta({ name: 'twitter:card', content: 'summary' }),
  ];

  test('a meta of the same name or property, or a canonical link, replaces Hamish’s', () => {
    const kept = notReplaced(own, [
      meta({ name: 'Description', content: 'Ours' }),
      meta({ property: 'og:image', content: 'https://cdn.example.org/ours.png' }),
      link({ rel: 'canonical', href: 'https://example.org/elsewhere/' }),
    ]);
    expect(kept).toEqual([
      own[0],
      own[3],
      // og:image:alt is another property: it stays, and describes the publisher's image.
      own[5],
      own[6],
    ]);
  });

  test('anything else is added, never replacing: preconnects, scripts, other metas, alternates', () => {
    const publisher: HeadTag[] = [
      link({ rel: 'preconnect', href: 'https://stats.example.org' }),
      link({ rel: 'alternate', type: 'application/rss+xml', href: 'https://example.org/podcast.xml' }),
      meta({ name: 'google-site-verification', content: 'abc' }),
      { tag: 'script', attrs: { src: 'https://stats.example.org/s.js' } },
    ];
    expect(notReplaced(own, publisher)).toEqual(own);
    expect(publisher.map(headKey)).toEqual([undefined, undefined, 'meta name=google-site-verification', undefined]);
  });

  test('what the page’s policy must allow: the scripts’ and styles’ own text or address, nothing more', () => {
    const { head } = parseOptions({
      head: [
        { tag: 'script', attrs: { src: 'https://stats.example.org/s.js', defer: true } },
        { tag: 'script', content: 'window.counted = true;' },
        { tag: 'script', attrs: { src: '/local.js' } },
        { tag: 'style', content: 'body { margin: 0 }' },
        { tag: 'link', attrs: { rel: 'stylesheet', href: 'https://fonts.example.org/f.css' } },
        { tag: 'link', attrs: { rel: 'preconnect', href: 'https://fonts.example.org' } },
        { tag: 'noscript', content: '<link rel="stylesheet" href="/no-js.css">' },
      ],
    });
    const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
    expect(headSources(head)).toEqual({
      scriptHashes: [sha('window.counted = true;')],
      scriptResources: ['https://stats.example.org/s.js'],
      styleHashes: [sha('body { margin: 0 }')],
      styleResources: ['https://fonts.example.org/f.css'],
    });
  });
});
