/**
 * The archive's browse pages on tests/fixtures/archive/: documents with tags and authors in
 * sidecars and front matter, a topic named in both languages, Arabic-only names, and a tag that is
 * a glossary entry. What the fixture's metadata files each document under is written out here by
 * hand; every topic, source, author and year must have a page in both languages listing exactly
 * those documents, reachable from the home page and from the pages of the documents themselves.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildOnce, ROOT, type BuildResult } from '../helpers/build.ts';
import { all, readPage, textOf, type Page } from '../helpers/html.ts';

const ARCHIVE = join(ROOT, 'tests/fixtures/archive');
/** The project's config with `site`, so that the topics' feeds are built too. */
const ARCHIVE_CONFIG = 'tests/fixtures/archive.astro.config.mjs';
const LANGS = ['en', 'ar'] as const;

/** Per kind of page, per slug: the documents filed there (by the fixture's sidecars and front matter). */
const EXPECTED: Record<'tags' | 'sources' | 'authors' | 'years', Record<string, string[]>> = {
  tags: {
    // "Syria" (front matter of port-reopens) and سوريا (the Arabic version of drought-harvest) are
    // the glossary entry `syria`: one topic, named by the entry's id.
    syria: ['drought-harvest', 'port-reopens'],
    // "Drought" (a sidecar) and "drought" (a Markdown source's front matter).
    drought: ['drought-harvest', 'water-rights'],
    agriculture: ['drought-harvest'],
    // "Trade" in English front matter, تجارة in Arabic front matter, joined by a sidecar's {en, ar}.
    trade: ['market-prices', 'port-reopens'],
    water: ['water-rights'],
    اقتصاد: ['market-prices'],
  },
  sources: {
    reuters: ['drought-harvest', 'port-reopens'],
    الجزيرة: ['drought-harvest', 'market-prices'],
  },
  authors: {
    // "Sam Field and Lina Haddad" (a sidecar) is two people.
    'sam-field': ['drought-harvest', 'water-rights'],
    'lina-haddad': ['drought-harvest', 'port-reopens'],
    'ليلى-حداد': ['market-prices'],
  },
  years: {
    '2021': ['drought-harvest', 'market-prices'],
    '2020': ['port-reopens'],
    '2019': ['water-rights'],
  },
};

/** What each version's page links to: its topics, source, author and year pages. */
const FILED: Record<string, string[]> = {
  'en/drought-harvest': [
    'tags/drought',
    'tags/agriculture',
    'sources/reuters',
    'authors/sam-field',
    'authors/lina-haddad',
    'years/2021',
  ],
  'ar/drought-harvest': ['tags/drought', 'tags/agriculture', 'tags/syria', 'sources/الجزيرة', 'years/2021'],
  'en/port-reopens': ['tags/syria', 'tags/trade', 'sources/reuters', 'authors/lina-haddad', 'years/2020'],
  'ar/market-prices': ['tags/trade', 'tags/اقتصاد', 'sources/الجزيرة', 'authors/ليلى-حداد', 'years/2021'],
  'en/water-rights': ['tags/drought', 'tags/water', 'authors/sam-field', 'years/2019'],
  'en/undated-note': [],
};

let build: BuildResult;

beforeAll(async () => {
  build = await buildOnce({ contentDir: ARCHIVE, config: ARCHIVE_CONFIG });
  if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
});

/** The site paths a page links to, decoded (`/ar/tags/اقتصاد/`), without fragments. */
function links(page: Page, selector = 'main a[href]'): string[] {
  return all(page, selector).map((a) => decodeURIComponent(String(a.properties.href).split('#')[0]));
}

/** The documents a listing page lists: the slugs its document list links to, once each. */
function listed(page: Page): string[] {
  const slugs = links(page, '.document-list a[href]').map((href) => /^\/(?:ar|en)\/([^/]+)\/$/.exec(href)?.[1]);
  return [...new Set(slugs.filter((s) => s !== undefined))].sort();
}

const browsePath = (href: string) => /^\/(en|ar)\/(tags|sources|authors|years)\/([^/]+)\/$/.exec(href);

describe('browse pages', () => {
  for (const lang of LANGS) {
    for (const [facet, groups] of Object.entries(EXPECTED)) {
      test(`${lang}: every one of the ${facet} has a page listing exactly its documents`, async () => {
        for (const [slug, documents] of Object.entries(groups)) {
          const page = await readPage(build.outDir, `/${lang}/${facet}/${slug}/`);
          expect(listed(page), `/${lang}/${facet}/${slug}/`).toEqual([...documents].sort());
          const html = page.html;
          expect(html).toContain(`<html lang="${lang}"`);
        }
      });

      test(`${lang}: the index of ${facet} links to each of them, and to nothing else`, async () => {
        const index = await readPage(build.outDir, `/${lang}/${facet}/`);
        const found = links(index, 'main ul a[href]')
          .map(browsePath)
          .filter((m) => m !== null && m[2] === facet)
          .map((m) => m![3]);
        expect([...new Set(found)].sort()).toEqual(Object.keys(groups).sort());
      });
    }

    test(`${lang}: the home page leads to every index`, async () => {
      const home = await readPage(build.outDir, lang === 'en' ? '/' : '/ar/');
      const hrefs = links(home);
      for (const facet of Object.keys(EXPECTED)) expect(hrefs).toContain(`/${lang}/${facet}/`);
    });
  }

  test('each document page links its versions to their topics, source, author and year', async () => {
    const reached = new Set<string>();
    for (const [id, filed] of Object.entries(FILED)) {
      const [lang, slug] = id.split('/');
      const page = await readPage(build.outDir, `/${lang}/${slug}/`);
      // The version's own header: the first one in the page's own language.
      const own = all(page, `.edition-header`).find((header) =>
        all(header, 'a[href]').every((a) => !String(a.properties.href).startsWith(`/${lang === 'en' ? 'ar' : 'en'}/`)),
      );
      const hrefs = own ? links({ html: '', tree: { type: 'root', children: [own] } }, 'a[href]') : [];
      const found = hrefs.map(browsePath).filter((m) => m !== null);
      expect(found.every((m) => m[1] === lang)).toBe(true);
      expect(found.map((m) => `${m[2]}/${m[3]}`).sort(), id).toEqual([...filed].sort());
      for (const m of found) reached.add(`${m[2]}/${m[3]}`);
    }
    // Every topic, source, author and year is reached from some document.
    const every = Object.entries(EXPECTED).flatMap(([facet, groups]) =>
      Object.keys(groups).map((s) => `${facet}/${s}`),
    );
    expect([...reached].sort()).toEqual(every.sort());
  });

  test('a byline naming two people links each in place, and names both in the JSON-LD and the e-book', async () => {
    const page = await readPage(build.outDir, '/en/drought-harvest/');
    const byline = all(page, '.edition-header dd').find((dd) => toString(dd).includes('Sam Field'))!;
    expect(toString(byline)).toBe('Sam Field and Lina Haddad');
    expect(all(byline, 'a.edition-author[rel=author]').map((a) => [toString(a), a.properties.href])).toEqual([
      ['Sam Field', '/en/authors/sam-field/'],
      ['Lina Haddad', '/en/authors/lina-haddad/'],
    ]);
    const graph = JSON.parse(textOf(all(page, 'script[type="application/ld+json"]')[0], 'script')!) as {
      '@graph': Record<string, unknown>[];
    };
    expect(graph['@graph'][0].author).toEqual([
      { '@type': 'Person', name: 'Sam Field' },
      { '@type': 'Person', name: 'Lina Haddad' },
    ]);
    const book = all(page, 'a[href$=".epub"]').map((a) => String(a.properties.href))[0];
    const opf = new TextDecoder().decode(
      unzipSync(new Uint8Array(await readFile(join(build.outDir, ...book.split('/').filter(Boolean)))))[
        'EPUB/package.opf'
      ],
    );
    expect([...opf.matchAll(/<dc:creator[^>]*>([^<]+)</g)].map((m) => m[1])).toEqual(['Sam Field', 'Lina Haddad']);
  });

  test('a year page shows its months, and the home page and browse pages link only to pages that exist', async () => {
    const year = await readPage(build.outDir, '/en/years/2021/');
    expect(all(year, 'main h2[id]').map((h) => h.properties.id)).toEqual(['month-2021-07', 'month-2021-01']);
    const pages = [
      '/',
      '/ar/',
      ...LANGS.flatMap((lang) =>
        Object.entries(EXPECTED).flatMap(([facet, groups]) => [
          `/${lang}/${facet}/`,
          ...Object.keys(groups).map((s) => `/${lang}/${facet}/${s}/`),
        ]),
      ),
    ];
    for (const path of pages) {
      for (const href of links(await readPage(build.outDir, path))) {
        if (!href.startsWith('/') || href.startsWith('//')) continue;
        const file = join(build.outDir, ...href.split('/').filter(Boolean), /\.\w+$/.test(href) ? '' : 'index.html');
        expect(existsSync(file), `${path} → ${href}`).toBe(true);
      }
    }
  });

  test('a topic that is a glossary entry links to the entry, and the entry to the topic in both languages', async () => {
    for (const lang of LANGS) {
      const tag = await readPage(build.outDir, `/${lang}/tags/syria/`);
      expect(links(tag)).toContain('/glossary/syria/');
      const other = await readPage(build.outDir, `/${lang}/tags/drought/`);
      expect(links(other).filter((href) => href.startsWith('/glossary/'))).toEqual([]);
    }
    const entry = await readPage(build.outDir, '/glossary/syria/');
    expect(links(entry)).toEqual(expect.arrayContaining(['/en/tags/syria/', '/ar/tags/syria/']));
  });

  test('every browse page has a description in its language, for search engines and link previews', async () => {
    const description = (page: Page) => String(all(page, 'meta[name=description]')[0]?.properties.content ?? '');
    for (const lang of LANGS) {
      // A topic named in both languages: each page's description names it in that language.
      const topic = await readPage(build.outDir, `/${lang}/tags/trade/`);
      expect(description(topic)).toBe(
        lang === 'en' ? 'Documents on the topic Trade in Hamish.' : 'وثائق هامش في موضوع تجارة.',
      );
      expect(all(topic, 'meta[property="og:description"]')[0]?.properties.content).toBe(description(topic));
      for (const facet of Object.keys(EXPECTED)) {
        expect(description(await readPage(build.outDir, `/${lang}/${facet}/`)), `${lang}/${facet}/`).not.toBe('');
        for (const slug of Object.keys(EXPECTED[facet as keyof typeof EXPECTED]))
          expect(description(await readPage(build.outDir, `/${lang}/${facet}/${slug}/`)), slug).not.toBe('');
      }
    }
  });

  test('the build says how many browse pages it added', () => {
    // 6 topics, 2 sources, 3 authors, 3 years, and the 4 indexes, in two languages; a feed per topic and language.
    expect(build.output).toMatch(
      /Archive: 36 browse pages added \(14 tags, 6 sources, 8 authors, 8 years; [^)]*\), and 12 topic feeds/,
    );
  });

  test('each topic has a feed in each language of its newest documents in that language, linked from its page', async () => {
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });
    const site = 'https://archive.example.org';
    for (const lang of LANGS) {
      for (const [slug, documents] of Object.entries(EXPECTED.tags)) {
        const page = await readPage(build.outDir, `/${lang}/tags/${slug}/`);
        const feedHref = `/${lang}/tags/${encodeURIComponent(slug)}/feed.xml`;
        expect(all(page, 'link[rel="alternate"][type="application/rss+xml"]').map((l) => l.properties.href)).toContain(
          feedHref,
        );
        const xml = parser.parse(await readFile(join(build.outDir, lang, 'tags', slug, 'feed.xml'), 'utf8')) as {
          rss: { channel: { language: string; item?: { link: string }[] } };
        };
        expect(xml.rss.channel.language).toBe(lang);
        // The documents of the topic that have a version in the feed's language.
        const versions = documents.filter((d) => existsSync(join(build.outDir, lang, d, 'index.html')));
        expect((xml.rss.channel.item ?? []).map((item) => item.link).sort(), `${lang} ${slug}`).toEqual(
          versions.map((d) => `${site}/${lang}/${d}/`).sort(),
        );
      }
    }
  });
});

describe('with hamish({ browse: false, books: false })', () => {
  let off: BuildResult;

  beforeAll(async () => {
    off = await buildOnce({ contentDir: ARCHIVE, config: 'tests/fixtures/archive-off.astro.config.mjs' });
    if (off.code !== 0) throw new Error(`build failed:\n${off.output}`);
  });

  test('the site has no browse page, topic feed or e-book, and no page links to one', async () => {
    const files = (await readdir(off.outDir, { recursive: true })).map((file) => `/${file}`);
    expect(files.filter((file) => /^\/(?:en|ar)\/(?:tags|sources|authors|years)(?:\/|$)/.test(file))).toEqual([]);
    expect(files.filter((file) => file.endsWith('.epub'))).toEqual([]);
    const pages = files.filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const hrefs = links(await readPage(off.outDir, file), 'a[href], link[href]');
      expect(
        hrefs.filter((href) => browsePath(href) || /\/(?:tags|sources|authors|years)\//.test(href)),
        file,
      ).toEqual([]);
      expect(
        hrefs.filter((href) => href.endsWith('.epub')),
        file,
      ).toEqual([]);
    }
    expect(off.output).not.toMatch(/Archive: \d+ browse pages|EPUB: /);
  });

  test('a document page still shows what it is filed under, as text', async () => {
    const page = await readPage(off.outDir, '/ar/drought-harvest/');
    const own = all(page, '.edition-header')[0];
    const header = own ? textOf(own, 'dl') : '';
    expect(header).toContain('سوريا');
    expect(header).toContain('الجزيرة');
  });
});
