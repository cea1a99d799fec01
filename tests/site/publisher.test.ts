/**
 * A publisher's own site (tests/fixtures/publisher/): every option of hamish({ … }) set, and
 * Astro's `site`. Each option must show where a reader, a search engine or a feed reader looks for
 * it, and every page must carry the web's conventions; the sitemap and feeds are read with an XML
 * parser and the JSON-LD with JSON.parse, as their consumers read them.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { unzipSync } from 'fflate';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildOnce, runBuild, ROOT, SAMPLE_CONTENT, type BuildResult } from '../helpers/build.ts';
import { all, one, readPage, textOf, type Page } from '../helpers/html.ts';
import { epubcheck } from '../helpers/epubcheck.ts';
import { archiveBookFile, bookFile, topicBookFile } from '../../src/core/epub/paths.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/publisher');
const SITE = 'https://news.example.org';
/** The documents of the fixture, by language: what the sitemap and each feed must list. */
const DOCUMENTS = { en: ['harbour-strike', 'budget-vote'], ar: ['harbour-strike'] };

let build: BuildResult;
let pages: Map<string, Page>;

async function builtPages(outDir: string): Promise<Map<string, Page>> {
  const names = (await readdir(outDir, { recursive: true })).filter(
    (name) => name.endsWith('.html') && !name.startsWith('pagefind'),
  );
  const found = new Map<string, Page>();
  for (const name of names.sort()) {
    const path = name === '404.html' ? '/404.html' : `/${name.replace(/index\.html$/, '')}`;
    found.set(path, await readPage(outDir, path));
  }
  return found;
}

const attr = (page: Page, selector: string, name: string) => one(page, selector).properties[name];
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

beforeAll(async () => {
  build = await buildOnce({
    contentDir: join(FIXTURE, 'content'),
    config: 'tests/fixtures/publisher/astro.config.mjs',
  });
  if (build.code !== 0) throw new Error(`publisher build failed:\n${build.output}`);
  pages = await builtPages(build.outDir);
});

describe('a publisher’s options', () => {
  test('the name, logo and its alt text are in every page’s header, in the page’s language', () => {
    const en = pages.get('/en/')!;
    const ar = pages.get('/')!;
    expect(one(ar, 'html').properties.lang).toBe('ar');
    expect(attr(en, '.site-name img', 'alt')).toBe('Harbour Herald logo');
    expect(attr(ar, '.site-name img', 'alt')).toBe('شعار هيرالد الميناء');
    expect(String(attr(en, '.site-name img', 'src'))).toMatch(/^\/_astro\/logo\.[\w-]+\.svg$/);
    // replacesName: the logo stands for the name, which is in its alt text and the page's title.
    expect(textOf(en, '.site-name')).toBe('');
    expect(textOf(pages.get('/en/harbour-strike/')!, 'title')).toMatch(/ · Harbour Herald$/);
    expect(textOf(pages.get('/ar/harbour-strike/')!, 'title')).toMatch(/ · هيرالد الميناء$/);
  });

  test('the home page is titled by the site’s name and tagline, not by its list', () => {
    const en = pages.get('/en/')!;
    const ar = pages.get('/')!;
    expect(textOf(en, 'title')).toBe('Harbour Herald — News from the port, in two languages');
    expect(textOf(ar, 'title')).toBe('هيرالد الميناء — أخبار الميناء بلغتين');
    expect(attr(en, 'meta[property="og:title"]', 'content')).toBe('Harbour Herald');
    expect(attr(ar, 'meta[property="og:title"]', 'content')).toBe('هيرالد الميناء');
    // The page's one h1 is the site's name (the logo stands for it in the header); the list has an h2.
    for (const page of [en, ar]) expect(all(page, 'h1')).toHaveLength(1);
    expect(textOf(en, 'h1')).toBe('Harbour Herald');
    expect(textOf(ar, 'h1')).toBe('هيرالد الميناء');
    expect(textOf(en, '.home h2')).toBe('Documents');
  });

  test('the favicon is the publisher’s, bundled, on every page', async () => {
    for (const [path, page] of pages) {
      const icons = all(page, 'link[rel~=icon]');
      expect(icons, path).toHaveLength(1);
      expect(String(icons[0].properties.href), path).toMatch(/^\/_astro\/favicon\.[\w-]+\.svg$/);
      expect(icons[0].properties.type, path).toBe('image/svg+xml');
    }
    const href = String(attr(pages.get('/')!, 'link[rel~=icon]', 'href'));
    expect(await readFile(join(build.outDir, href), 'utf8')).toContain('<svg');
  });

  test('the tagline is on each home page, and is its description', () => {
    expect(textOf(pages.get('/en/')!, '.tagline')).toBe('News from the port, in two languages');
    expect(textOf(pages.get('/')!, '.tagline')).toBe('أخبار الميناء بلغتين');
    expect(attr(pages.get('/en/')!, 'meta[name=description]', 'content')).toBe('News from the port, in two languages');
  });

  test('the bare address shows the default language; /en/ and /ar/ both exist, /ar/ naming / as canonical', () => {
    expect(one(pages.get('/')!, 'html').properties.lang).toBe('ar');
    expect(one(pages.get('/en/')!, 'html').properties.lang).toBe('en');
    expect(one(pages.get('/ar/')!, 'html').properties.lang).toBe('ar');
    expect(attr(pages.get('/ar/')!, 'link[rel=canonical]', 'href')).toBe(`${SITE}/`);
    expect(attr(pages.get('/en/')!, 'link[rel=canonical]', 'href')).toBe(`${SITE}/en/`);
    // The default language's search page is at /search/, the other's under its prefix.
    expect(one(pages.get('/search/')!, 'html').properties.lang).toBe('ar');
    expect(one(pages.get('/en/search/')!, 'html').properties.lang).toBe('en');
  });

  test('the footer has the text, the links, the footer pages and the other presences (rel=me), per language', () => {
    const en = pages.get('/en/harbour-strike/')!;
    const ar = pages.get('/ar/harbour-strike/')!;
    expect(textOf(en, '.site-footer p')).toBe('© Harbour Herald Ltd');
    expect(textOf(ar, '.site-footer p')).toBe('© شركة هيرالد الميناء');
    const links = (page: Page) => all(page, '.site-footer nav a').map((a) => [textOf(a, 'a'), a.properties.href]);
    expect(links(en)).toEqual([
      ['Corrections policy', '/en/corrections/'],
      ['Privacy', 'https://example.org/privacy'],
      ['Who we are', '/en/about/'],
    ]);
    expect(links(ar)).toEqual([
      ['سياسة التصحيح', '/ar/corrections/'],
      ['الخصوصية', 'https://example.org/ar/privacy'],
    ]);
    const social = (page: Page) => all(page, '.site-footer a[rel=me]').map((a) => [textOf(a, 'a'), a.properties.href]);
    expect(social(en)).toEqual([
      ['Mastodon', 'https://social.example/@harbour'],
      ['Newsletter', 'https://letters.example/harbour'],
    ]);
    expect(social(ar)[1]).toEqual(['النشرة البريدية', 'https://letters.example/harbour']);
  });

  test('header pages are listed in the header; a UI string override replaces Hamish’s own', () => {
    const nav = (page: Page) => all(page, '.site-header nav a').map((a) => textOf(a, 'a'));
    expect(nav(pages.get('/en/')!)).toEqual(['Home', 'Who’s who', 'Search', 'About the Harbour Herald']);
    expect(nav(pages.get('/')!)).toEqual(['الرئيسية', 'الأسماء', 'البحث', 'عن هيرالد الميناء']);
  });

  test('the publisher’s stylesheet is a file of the site, after Hamish’s own rules', async () => {
    const sheets = all(pages.get('/en/')!, 'link[rel=stylesheet]').map((link) => String(link.properties.href));
    const css = (await Promise.all(sheets.map((href) => readFile(join(build.outDir, href), 'utf8')))).join('\n');
    const theirs = css.search(/\.site-name\{color:(#010203|rgb\(1,\s*2,\s*3\))/);
    expect(theirs).toBeGreaterThan(-1);
    expect(css.indexOf('.site-name{')).toBeLessThan(theirs);
    for (const page of pages.values()) expect(all(page, 'style')).toEqual([]);
  });

  test('the sharing image is the publisher’s, absolute, with its alt text and a large Twitter card', () => {
    const page = pages.get('/en/harbour-strike/')!;
    expect(String(attr(page, 'meta[property="og:image"]', 'content'))).toMatch(
      /^https:\/\/news\.example\.org\/_astro\/share\.[\w-]+\.png$/,
    );
    expect(attr(page, 'meta[name="twitter:card"]', 'content')).toBe('summary_large_image');
    // `imageAlt` gives English words; Arabic pages, given none, name the site.
    for (const [path, alt] of [
      ['/en/harbour-strike/', 'The harbour at dawn, cranes & ships'],
      ['/en/', 'The harbour at dawn, cranes & ships'],
      ['/ar/harbour-strike/', 'هيرالد الميناء'],
      ['/', 'هيرالد الميناء'],
    ]) {
      expect(attr(pages.get(path)!, 'meta[property="og:image:alt"]', 'content'), path).toBe(alt);
      expect(attr(pages.get(path)!, 'meta[name="twitter:image:alt"]', 'content'), path).toBe(alt);
    }
  });

  test('pages of the content folder are rendered like documents: glossary notes, direction, search', () => {
    const about = pages.get('/ar/about/')!;
    const article = one(about, 'article.site-page');
    expect(article.properties.lang).toBe('ar');
    expect(article.properties.dir).toBe('rtl');
    expect(article.properties.dataPagefindBody).toBe('');
    expect(all(about, 'article.site-page .fn-note dfn a').map((a) => a.properties.href)).toEqual([
      '/glossary/port-authority/',
    ]);
    // The page is in search: Pagefind gave it a page id, and Hamish wrote its text file.
    expect(build.output).toMatch(/Read 7 editions: 7 to index \(3 ar, 4 en\)/);
  });

  test('the build warns about the inline style the CSP will block, naming the page', () => {
    expect(build.output).toMatch(/\/en\/corrections\/: <p style="color: red">.*Content-Security-Policy blocks/);
  });
});

describe('the e-books', () => {
  const bookText = async (file: string) => {
    const entries = unzipSync(new Uint8Array(await readFile(join(build.outDir, file))));
    return (name: string) => new TextDecoder().decode(entries[name]);
  };
  const metadata = (opf: string, element: string) =>
    [...opf.matchAll(new RegExp(`<dc:${element}[^>]*>([^<]*)</dc:${element}>`, 'g'))].map((match) => match[1]);

  test('the archive’s book has the site’s name and the publisher’s strings, and the site publishes every book', async () => {
    const en = await bookText(archiveBookFile('en'));
    const ar = await bookText(archiveBookFile('ar'));
    // English: the publisher's own title; Arabic: Hamish's wording, with the site's name in it.
    expect(metadata(en('EPUB/package.opf'), 'title')).toEqual([
      'The Harbour Herald, every report',
      'هيرالد الميناء: الوثائق كلها',
    ]);
    expect(metadata(ar('EPUB/package.opf'), 'title')).toEqual([
      'هيرالد الميناء: الوثائق كلها',
      'The Harbour Herald, every report',
    ]);
    expect(metadata(en('EPUB/package.opf'), 'publisher')).toEqual(['Harbour Herald', 'هيرالد الميناء']);
    expect(en('EPUB/nav.xhtml')).toContain(
      '<h1>In this book · <span lang="ar" xml:lang="ar" dir="rtl">المحتويات</span></h1>',
    );
    const page = await bookText(bookFile('en', 'harbour-strike'));
    expect(metadata(page('EPUB/package.opf'), 'publisher')).toEqual(['Harbour Herald', 'هيرالد الميناء']);
    // A topic's book is the site's too: its name in the title, as the archive's book has it.
    const topic = await bookText(topicBookFile('ar', 'port'));
    expect(metadata(topic('EPUB/package.opf'), 'title')).toEqual([
      'هيرالد الميناء — موضوع: الميناء',
      'Harbour Herald — Topic: Port',
    ]);
    expect(metadata(topic('EPUB/package.opf'), 'publisher')).toEqual(['هيرالد الميناء', 'Harbour Herald']);
    // The page says where the text comes from in the publisher's words, and the book still reads it.
    expect(metadata(page('EPUB/package.opf'), 'source')).toContain('https://example.org/en/harbour-strike');
  });

  test('EPUBCheck finds no error and no warning in the books with the publisher’s strings', async () => {
    for (const file of [archiveBookFile('en'), bookFile('en', 'harbour-strike'), topicBookFile('ar', 'port')]) {
      const report = await epubcheck(join(build.outDir, file));
      expect([report.fatals, report.errors, report.warnings], JSON.stringify(report.messages)).toEqual([0, 0, 0]);
    }
  });
});

describe('with site set, the web’s conventions', () => {
  test('every page has an absolute canonical link, hreflang alternates with itself and x-default, a description and Open Graph', () => {
    for (const [path, page] of pages) {
      if (path === '/404.html') continue;
      const canonical = String(attr(page, 'link[rel=canonical]', 'href'));
      // An address with Arabic letters is written percent-encoded, as a URL must be.
      expect(canonical, path).toBe(`${SITE}${path === '/ar/' ? '/' : encodeURI(path)}`);
      const alternates = Object.fromEntries(
        all(page, 'link[rel=alternate][hreflang]:not([type])').map((link) => [
          link.properties.hrefLang,
          link.properties.href,
        ]),
      );
      const lang = one(page, 'html').properties.lang as string;
      // The glossary pages are bilingual, in English only as a page: they have no other version.
      expect(alternates[lang], path).toBe(canonical);
      expect(alternates['x-default'], path).toMatch(/^https:\/\/news\.example\.org\//);
      for (const href of Object.values(alternates)) expect(String(href), path).toMatch(/^https:\/\//);
      expect(attr(page, 'meta[property="og:url"]', 'content'), path).toBe(canonical);
      expect(attr(page, 'meta[property="og:site_name"]', 'content'), path).toBe(
        lang === 'ar' ? 'هيرالد الميناء' : 'Harbour Herald',
      );
      expect(attr(page, 'meta[property="og:locale"]', 'content'), path).toBe(lang === 'ar' ? 'ar_AR' : 'en_US');
      expect(attr(page, 'meta[property="og:title"]', 'content'), path).toBeTruthy();
      expect(attr(page, 'meta[name="twitter:card"]', 'content'), path).toBeTruthy();
      expect(attr(page, 'meta[name=description]', 'content'), path).toBeTruthy();
      expect(attr(page, 'meta[property="og:description"]', 'content'), path).toBeTruthy();
      // Every page names the site's feeds; a topic's page, its own as well.
      const topic = /^\/(?:ar|en)\/tags\/[^/]+\/$/.test(path) ? [`${path}feed.xml`] : [];
      expect(
        all(page, 'link[rel=alternate][type="application/rss+xml"]').map((link) => link.properties.href),
        path,
      ).toEqual(['/ar/feed.xml', '/en/feed.xml', ...topic]);
    }
  });

  test('a page of pages/ is described by its front matter, else by its opening, as a document is', () => {
    const described = (path: string) => [
      attr(pages.get(path)!, 'meta[name=description]', 'content'),
      attr(pages.get(path)!, 'meta[property="og:description"]', 'content'),
    ];
    expect(described('/en/about/')).toEqual(Array(2).fill('Who publishes the Harbour Herald, and how.'));
    expect(described('/en/corrections/')).toEqual(
      Array(2).fill('We correct errors of fact as soon as we learn of them, and say so at the foot of the report.'),
    );
    expect(described('/ar/about/')).toEqual(
      Array(2).fill('تغطي هيرالد الميناء أخبار هيئة الميناء والمدينة من حولها، بالعربية والإنجليزية.'),
    );
  });

  test('the glossary’s pages are described in both their languages', () => {
    expect(attr(pages.get('/glossary/port-authority/')!, 'meta[name=description]', 'content')).toBe(
      'The public body that runs the harbour. الهيئة العامة التي تدير الميناء.',
    );
    expect(attr(pages.get('/glossary/')!, 'meta[name=description]', 'content')).toBe(
      'The people, organisations, places and terms the documents name, with a note on each, in English and Arabic. ' +
        'الأشخاص والمنظمات والأماكن والمصطلحات التي تذكرها الوثائق، مع تعريف بكل منها، بالعربية والإنجليزية.',
    );
  });

  test('with Arabic the default language, the glossary’s pages mark every Arabic run as Arabic, right to left', () => {
    for (const path of ['/glossary/', '/glossary/port-authority/']) {
      const page = pages.get(path)!;
      // Bilingual, English as a page (they have no Arabic twin): the Arabic in them is marked where it is.
      expect(one(page, 'html').properties).toMatchObject({ lang: 'en', dir: 'ltr' });
      const unmarked: string[] = [];
      const walk = (node: ElementContent, lang: unknown, dir: unknown) => {
        if (node.type === 'element') {
          lang = node.properties.lang ?? lang;
          dir = node.properties.dir ?? dir;
          for (const child of node.children) walk(child, lang, dir);
        } else if (
          node.type === 'text' &&
          /\p{Script=Arabic}/u.test(node.value) &&
          (lang !== 'ar' || (dir !== 'rtl' && dir !== 'auto'))
        )
          unmarked.push(node.value);
      };
      walk(one(page, 'body'), 'en', 'ltr');
      expect(unmarked, path).toEqual([]);
    }
  });

  test('a translation pair’s pages name each other, the default language’s as x-default', () => {
    const en = pages.get('/en/harbour-strike/')!;
    const alternates = all(en, 'link[rel=alternate][hreflang]:not([type])').map((link) => [
      link.properties.hrefLang,
      link.properties.href,
    ]);
    expect(alternates).toEqual([
      ['en', `${SITE}/en/harbour-strike/`],
      ['ar', `${SITE}/ar/harbour-strike/`],
      ['x-default', `${SITE}/ar/harbour-strike/`],
    ]);
    expect(attr(en, 'meta[property="og:locale:alternate"]', 'content')).toBe('ar_AR');
    expect(attr(en, 'meta[property="og:type"]', 'content')).toBe('article');
    expect(attr(en, 'meta[property="article:published_time"]', 'content')).toBe('2024-03-04');
    expect(attr(en, 'meta[name=description]', 'content')).toMatch(/^Dock workers in the port city walked out/);
    expect(all(en, 'meta[property="article:modified_time"]')).toEqual([]);
  });

  test('an updated document shows the day of its update beside its date, and tells machines', () => {
    const page = pages.get('/en/budget-vote/')!;
    expect(all(page, '.edition-meta dt').map((dt) => toString(dt))).toEqual(['Date', 'Updated']);
    expect(all(page, '.edition-meta dd time').map((time) => time.properties.dateTime)).toEqual([
      '2024-05-10',
      '2024-05-12',
    ]);
    expect(attr(page, 'meta[property="article:published_time"]', 'content')).toBe('2024-05-10');
    expect(attr(page, 'meta[property="article:modified_time"]', 'content')).toBe('2024-05-12');
    const graph = JSON.parse(toString(one(page, 'script[type="application/ld+json"]'))) as {
      '@graph': Record<string, unknown>[];
    };
    expect(graph['@graph'][0]).toMatchObject({ datePublished: '2024-05-10', dateModified: '2024-05-12' });
  });

  test('each document page has JSON-LD: a NewsArticle per version, linked as translations, the publisher named', () => {
    const page = pages.get('/en/harbour-strike/')!;
    const scripts = all(page, 'script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    const raw = textOf(scripts[0], 'script')!;
    // The title holds "</script>": escaped, it cannot close the element.
    expect(raw).not.toMatch(/<\/script/i);
    const data = JSON.parse(raw) as { '@graph': Record<string, unknown>[] };
    const [own, other, publisher] = data['@graph'];
    expect(own).toMatchObject({
      '@type': 'NewsArticle',
      '@id': `${SITE}/en/harbour-strike/`,
      headline: 'Dock workers strike </script><script>alert(1)</script>',
      inLanguage: 'en',
      datePublished: '2024-03-04',
      isBasedOn: { url: 'https://example.org/en/harbour-strike' },
      workTranslation: [{ '@id': `${SITE}/ar/harbour-strike/` }],
      translationOfWork: [{ '@id': `${SITE}/ar/harbour-strike/` }],
      publisher: { '@id': publisher['@id'] },
    });
    expect(other).toMatchObject({ '@id': `${SITE}/ar/harbour-strike/`, inLanguage: 'ar' });
    expect(publisher).toMatchObject({
      '@type': 'Organization',
      name: 'Harbour Herald',
      sameAs: ['https://social.example/@harbour', 'https://letters.example/harbour'],
    });
    expect(String((publisher.logo as { url: string }).url)).toMatch(/^https:\/\/news\.example\.org\/_astro\/logo\./);
  });

  test('the sitemap lists every page with its language alternates and x-default; robots.txt names it', async () => {
    const index = xml.parse(await readFile(join(build.outDir, 'sitemap-index.xml'), 'utf8'));
    const sitemapUrl = String(index.sitemapindex.sitemap.loc ?? index.sitemapindex.sitemap[0].loc);
    const sitemap = xml.parse(await readFile(join(build.outDir, new URL(sitemapUrl).pathname), 'utf8'));
    const urls = [sitemap.urlset.url].flat() as { loc: string; lastmod?: string; 'xhtml:link'?: unknown }[];
    const locs = urls.map((url) => url.loc);
    for (const [lang, slugs] of Object.entries(DOCUMENTS))
      for (const slug of slugs) expect(locs).toContain(`${SITE}/${lang}/${slug}/`);
    for (const path of ['/', '/en/', '/en/about/', '/ar/about/', '/search/', '/en/search/'])
      expect(locs).toContain(`${SITE}${path}`);
    // The twin of the default home is not listed, nor the 404 page.
    expect(locs).not.toContain(`${SITE}/ar/`);
    expect(locs.some((loc) => loc.includes('404'))).toBe(false);
    const strike = urls.find((url) => url.loc === `${SITE}/en/harbour-strike/`)!;
    const links = [strike['xhtml:link']].flat() as Record<string, string>[];
    expect(Object.fromEntries(links.map((link) => [link['@hreflang'], link['@href']]))).toEqual({
      en: `${SITE}/en/harbour-strike/`,
      ar: `${SITE}/ar/harbour-strike/`,
      'x-default': `${SITE}/ar/harbour-strike/`,
    });
    // Each page has the date its content gives, never the build's; a page without one has none.
    const lastmod = (path: string) => urls.find((url) => url.loc === `${SITE}${path}`)?.lastmod;
    for (const path of ['/en/harbour-strike/', '/ar/harbour-strike/', '/en/tags/port/', '/ar/authors/sarah-whitcombe/'])
      expect(lastmod(path), path).toBe('2024-03-04T00:00:00.000Z');
    for (const path of ['/', '/en/', '/en/years/', '/ar/years/2024/'])
      expect(lastmod(path), path).toBe('2024-05-10T00:00:00.000Z');
    // An updated document's page has the day of its update; the lists it is on, the day it joined them.
    expect(lastmod('/en/budget-vote/')).toBe('2024-05-12T00:00:00.000Z');
    for (const path of ['/en/about/', '/search/', '/en/glossary/']) expect(lastmod(path), path).toBeUndefined();
    const robots = await readFile(join(build.outDir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });

  test('each language’s feed lists its documents, newest first, with absolute links', async () => {
    for (const [lang, slugs] of Object.entries(DOCUMENTS)) {
      const feed = xml.parse(await readFile(join(build.outDir, lang, 'feed.xml'), 'utf8'));
      const channel = feed.rss.channel;
      expect(channel.language).toBe(lang);
      expect(channel.title).toBe(lang === 'ar' ? 'هيرالد الميناء' : 'Harbour Herald');
      const items = [channel.item].flat() as { link: string; title: string; pubDate?: string }[];
      expect(new Set(items.map((item) => item.link))).toEqual(new Set(slugs.map((slug) => `${SITE}/${lang}/${slug}/`)));
      const dates = items.map((item) => Date.parse(item.pubDate!));
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
    }
  });

  test('each feed item names its authors (dc:creator) and topics (category), in the feed’s language', async () => {
    const read = async (lang: string) => {
      const text = await readFile(join(build.outDir, lang, 'feed.xml'), 'utf8');
      expect(XMLValidator.validate(text), lang).toBe(true);
      const feed = xml.parse(text);
      expect(feed.rss['@xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/');
      const items = [feed.rss.channel.item].flat() as Record<string, unknown>[];
      return (slug: string) => items.find((item) => String(item.link).endsWith(`/${slug}/`))!;
    };
    const en = await read('en');
    expect(en('harbour-strike')['dc:creator']).toEqual(['Sarah Whitcombe', 'Yonas Bekele']);
    expect(en('harbour-strike').category).toEqual(['Labour & <Unions>', 'Port']);
    expect(en('budget-vote')).not.toHaveProperty('dc:creator');
    expect(en('budget-vote')).not.toHaveProperty('category');
    const ar = await read('ar');
    expect(ar('harbour-strike')['dc:creator']).toBe('سارة ويتكومب');
    expect(ar('harbour-strike').category).toBe('الميناء');
  });

  test('the 404 page is in both languages, with the search box, and kept out of search engines', () => {
    const page = pages.get('/404.html')!;
    expect(one(page, 'html').properties.lang).toBe('ar');
    expect(textOf(page, 'h1')).toBe('الصفحة غير موجودة');
    expect(one(page, '.not-found section').properties.lang).toBe('en');
    expect(textOf(page, '.not-found h2')).toBe('Page not found');
    expect(all(page, 'form[role=search] input[type=search]')).toHaveLength(1);
    expect(attr(page, 'meta[name=robots]', 'content')).toBe('noindex');
    // Described by what it says, in its first language, for a link preview of a broken address.
    expect(attr(page, 'meta[name=description]', 'content')).toBe(
      'لا توجد صفحة بهذا العنوان. ربما نُقلت، أو في العنوان خطأ: ابحث في الوثائق، أو ابدأ من الصفحة الرئيسية.',
    );
  });
});

describe('under a base path (BASE_PATH)', () => {
  let based: BuildResult;

  beforeAll(async () => {
    based = await buildOnce({
      contentDir: join(FIXTURE, 'content'),
      config: 'tests/fixtures/publisher/astro.config.mjs',
      base: '/edition/',
    });
    if (based.code !== 0) throw new Error(`publisher build under /edition/ failed:\n${based.output}`);
  });

  test('the footer’s links to paths on the site start with the base; other addresses are as written', async () => {
    const page = await readPage(based.outDir, '/en/harbour-strike/');
    expect(all(page, '.site-footer nav a').map((a) => a.properties.href)).toEqual([
      '/edition/en/corrections/',
      'https://example.org/privacy',
      '/edition/en/about/',
    ]);
  });

  test('a Markdown link to a path on the site starts with the base; relative links and the notes’ links are as made', async () => {
    const about = await readPage(based.outDir, '/en/about/');
    const links = all(about, 'article.site-page p a').map((a) => String(a.properties.href));
    // The last is written as HTML in the Markdown: it gets the base as a Markdown link does.
    expect(links.filter((href) => !href.startsWith('#'))).toEqual([
      '/edition/en/harbour-strike/',
      '../tram-line/',
      '/edition/en/corrections/',
    ]);
    const ar = await readPage(based.outDir, '/ar/about/');
    expect(all(ar, 'article.site-page .fn-note dfn a').map((a) => a.properties.href)).toEqual([
      '/edition/glossary/port-authority/',
    ]);
  });

  test('a link that leads to no page of the site is named, with its file and line, and where it leads', () => {
    expect(based.output).toContain(
      'tests/fixtures/publisher/content/pages/about.en.md:9:85: warning: the link to “../tram-line/” leads to no page of the site (/en/tram-line/)',
    );
    expect(based.output).not.toMatch(/the link to “[^”]*harbour-strike/);
  });
  test('the sitemap’s pages under the base have their dates', async () => {
    const sitemap = xml.parse(await readFile(join(based.outDir, 'sitemap-0.xml'), 'utf8'));
    const urls = [sitemap.urlset.url].flat() as { loc: string; lastmod?: string }[];
    const lastmod = (path: string) => urls.find((url) => url.loc === `${SITE}/edition${path}`)?.lastmod;
    expect(lastmod('/en/harbour-strike/')).toBe('2024-03-04T00:00:00.000Z');
    expect(lastmod('/en/')).toBe('2024-05-10T00:00:00.000Z');
    expect(lastmod('/en/about/')).toBeUndefined();
  });
});

describe('without site', () => {
  test('the build succeeds and says what it left out, and why', async () => {
    const sample = await buildOnce({ contentDir: SAMPLE_CONTENT });
    expect(sample.code).toBe(0);
    expect(sample.output).toMatch(/`site` is not set.*leaves out canonical links.*the sitemap.*robots\.txt.*feeds/s);
    const page = await readPage(sample.outDir, '/en/macron-campaign-hack/');
    expect(all(page, 'link[rel=canonical]')).toEqual([]);
    expect(all(page, 'script[type="application/ld+json"]')).toEqual([]);
    expect(attr(page, 'meta[name=description]', 'content')).toBeTruthy();
    const files = await readdir(sample.outDir);
    for (const file of ['sitemap-index.xml', 'robots.txt']) expect(files).not.toContain(file);
    expect(files).toContain('404.html');
    expect(await readdir(join(sample.outDir, 'en'))).not.toContain('feed.xml');
  });
});

describe('a wrong option', () => {
  test('stops the build, naming the option, what it got and what it accepts', async () => {
    const bad = await runBuild(
      { contentDir: join(FIXTURE, 'content'), config: 'tests/fixtures/publisher/bad.config.mjs' },
      join(ROOT, '.hamish', 'test-builds', 'publisher-bad'),
    );
    expect(bad.code).not.toBe(0);
    expect(bad.output).toContain('footer.en.links[0].href: got "javascript:alert(1)"; expected a web address');
    expect(bad.output).toContain('strings.ar["nav.glosary"]: no UI string is called "nav.glosary"');
  });
});
