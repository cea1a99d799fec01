/**
 * Search in a real browser (headless Chromium), through the real UI: queries typed into the header
 * box of the seed pages and into the search page, in both languages, with and without JavaScript,
 * and on a site deployed under a sub-path. Every page is opened under the site's CSP, and any
 * console error (a refused script included) fails the test.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, strictContext, VIEWPORTS } from '../helpers/browser.ts';
import { buildOnce, HOSTILE, SAMPLE_CONTENT } from '../helpers/build.ts';
import { otherContent } from '../helpers/other-content.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';

const SEED = { en: 'en/macron-campaign-hack/', ar: 'ar/macron-campaign-hack/' } as const;

// Vitest puts its own import.meta.env values into process.env; an `astro build` started from here
// would inherit BASE_URL=/ and link every page to the root, whatever BASE_PATH says. (The test
// helpers' `userEnv` should leave these out; until it does, this file's builds do without them.)
for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete process.env[name];

const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let sample: StaticServer;
let sampleDir: string;
let sub: StaticServer;
let other: StaticServer;
let hostile: StaticServer;

beforeAll(async () => {
  const builds = [
    await buildOnce({ contentDir: SAMPLE_CONTENT }),
    await buildOnce({ contentDir: SAMPLE_CONTENT, base: '/sub/' }),
    await buildOnce({ contentDir: await otherContent(40) }),
    await buildOnce({ contentDir: HOSTILE }),
  ];
  for (const build of builds) if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
  sampleDir = builds[0].outDir;
  [sample, sub, other, hostile] = await Promise.all([
    serve(builds[0].outDir),
    serve(builds[1].outDir, '/sub/'),
    serve(builds[2].outDir),
    serve(builds[3].outDir),
  ]);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([sample, sub, other, hostile].map((server) => server?.close()));
});

interface Opened {
  page: Page;
  errors: string[];
  offsite: string[];
  requests: string[];
  close(): Promise<void>;
}

async function open(server: StaticServer, path: string, options: BrowserContextOptions = {}): Promise<Opened> {
  const { context, errors, offsite } = await strictContext(browser, server.url, {
    viewport: VIEWPORTS.wide,
    ...options,
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  await page.goto(server.url + path);
  return {
    page,
    errors,
    offsite,
    requests,
    close: async () => {
      await context.close();
      expect(errors, 'console errors').toEqual([]);
      expect(offsite, 'requests to other sites').toEqual([]);
    },
  };
}

/** What a result shows. */
interface Shown {
  lang: string;
  title: string;
  titleLang: string;
  titleDir: string;
  href: string;
  language: string;
  via: string;
  excerpt: string;
  excerptLang: string;
  excerptDir: string;
  marks: string[];
}

/** The results in `scope` (the header's results, or the search page). */
async function shown(page: Page, scope: string): Promise<Shown[]> {
  return page.$$eval(`${scope} .search-result`, (items) =>
    items.map((item) => {
      const title = item.querySelector<HTMLElement>('.search-result-title')!;
      const excerpt = item.querySelector<HTMLElement>('.search-excerpt')!;
      return {
        lang: (item as HTMLElement).dataset.lang ?? '',
        title: title.textContent ?? '',
        titleLang: title.lang,
        titleDir: title.dir,
        href: item.querySelector('a')!.getAttribute('href') ?? '',
        language: item.querySelector('.search-result-lang')?.textContent ?? '',
        via: item.querySelector('.search-result-via')?.textContent ?? '',
        excerpt: excerpt.textContent ?? '',
        excerptLang: excerpt.lang,
        excerptDir: excerpt.dir,
        marks: [...excerpt.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
      };
    }),
  );
}

/** Waits until the status line in `scope` speaks of `query` (the search has finished). */
async function settled(page: Page, scope: string, query: string): Promise<string> {
  await page.waitForFunction(
    // The status line quotes the query searched; a corrected one, the notice's link the query as typed.
    ([s, q]) =>
      [...document.querySelectorAll(`${s} .search-status bdi, ${s} .search-as-typed bdi`)].some(
        (bdi) => bdi.textContent === q,
      ),
    [scope, query] as const,
    { timeout: 30_000 },
  );
  return (await page.textContent(`${scope} .search-status`)) ?? '';
}

/** Types `query` into the header box and returns the status line and the results shown under it. */
async function searchBox(page: Page, query: string): Promise<{ status: string; results: Shown[] }> {
  await page.fill('#site-search-q', '');
  await page.click('#site-search-q');
  await page.keyboard.type(query);
  const status = await settled(page, '.search-popup', query);
  return { status, results: await shown(page, '.search-popup') };
}

const langs = (results: Shown[]) => results.map((r) => r.lang).sort();

describe.each([
  ['English', 'en'],
  ['Arabic', 'ar'],
] as const)('the header search box on the %s seed page', (_, pageLang) => {
  let opened: Opened;
  beforeAll(async () => {
    opened = await open(sample, SEED[pageLang]);
  });
  afterAll(async () => {
    await opened.close();
  });

  test('"Macron" finds both versions; the Arabic one through the glossary, which the result says', async () => {
    const { status, results } = await searchBox(opened.page, 'Macron');
    expect(langs(results)).toEqual(['ar', 'en']);
    expect(status).toContain(pageLang === 'en' ? '2 results' : '٢');
    const ar = results.find((r) => r.lang === 'ar')!;
    expect(ar.via).toContain(pageLang === 'en' ? 'glossary: Emmanuel Macron' : 'المسرد: إيمانويل ماكرون');
    expect(ar.marks.join(' ')).toMatch(/ماكرون/);
    expect(results.find((r) => r.lang === 'en')!.via).toBe('');
  });

  test.each([
    ['Emmanuel Macron', 'en', 'ar'],
    ['"Emmanuel Macron"', 'en', 'ar'],
    ['إيمانويل ماكرون', 'ar', 'en'],
    // Misspelled: corrected to Macron, then found as Macron typed right is.
    ['Macorn', 'en', 'ar'],
  ])('"%s" finds the %s version, then the other through the glossary entry it names', async (query, first, other) => {
    const { results } = await searchBox(opened.page, query);
    expect(results.map((r) => r.lang)).toEqual([first, other]);
    expect(results[0].via).toBe('');
    expect(results[1].via).toContain(pageLang === 'en' ? 'glossary: Emmanuel Macron' : 'المسرد: إيمانويل ماكرون');
    expect(results[1].marks.length).toBeGreaterThan(0);
  });

  test.each(['ماكرون', 'لماكرون', 'والانتخابات', 'الإنتخابات', 'استطلاعات'])(
    '"%s" finds the Arabic version',
    async (query) => {
      const { results } = await searchBox(opened.page, query);
      expect(langs(results)).toContain('ar');
      const ar = results.find((r) => r.lang === 'ar')!;
      expect(ar.via).toBe('');
      expect(ar.marks.length).toBeGreaterThan(0);
    },
  );

  test('"piracy" finds the English version, and only it (the Arabic page’s English column is not indexed)', async () => {
    const { results } = await searchBox(opened.page, 'piracy');
    expect(langs(results)).toEqual(['en']);
    expect(results[0].marks).toEqual(['piracy']);
  });

  test('"استطلاعات" (only in the Arabic text) does not find the English page that shows it alongside', async () => {
    expect(langs((await searchBox(opened.page, 'استطلاعات')).results)).toEqual(['ar']);
  });

  test('words only in the glossary notes find nothing', async () => {
    const { status, results } = await searchBox(opened.page, 'founder');
    expect(results).toEqual([]);
    expect(status).toContain(pageLang === 'en' ? 'No results' : 'لا نتائج');
  });

  test('"الكرملين" and "Kremlin" find the same pages', async () => {
    const arabic = await searchBox(opened.page, 'الكرملين');
    const english = await searchBox(opened.page, 'Kremlin');
    const pages = (results: Shown[]) => results.map((r) => new URL(r.href, 'http://x').pathname).sort();
    expect(pages(arabic.results)).toEqual(pages(english.results));
    expect(arabic.results.length).toBeGreaterThan(0);
  });

  test('a word with no reading in the index and no word within one edit finds nothing', async () => {
    const { status, results } = await searchBox(opened.page, 'بزززز');
    expect(results).toEqual([]);
    expect(status).toContain(pageLang === 'en' ? 'No results' : 'لا نتائج');
    expect(await opened.page.$('.search-popup .search-correction')).toBeNull();
  });

  test('a misspelled word finds the word meant, says so, and links to the query as typed', async () => {
    const { status, results } = await searchBox(opened.page, 'ماكرونز');
    expect(status).toContain(pageLang === 'en' ? '2 results for' : '٢');
    // As the notice says: results for the word meant, found as that word typed right would find
    // them: the Arabic page first, the English one through the glossary entry the word names.
    expect(status).toContain('ماكرون');
    expect(status).not.toContain('ماكرونز');
    expect(results.map((r) => [r.lang, r.via === ''])).toEqual([
      ['ar', true],
      ['en', false],
    ]);
    expect(results[0].marks.join(' ')).toMatch(/ماكرون/);
    expect(results[1].via).toContain(pageLang === 'en' ? 'glossary: Emmanuel Macron' : 'المسرد: إيمانويل ماكرون');
    const notice = opened.page.locator('.search-popup .search-correction');
    expect(await notice.textContent()).toBe(
      pageLang === 'en'
        ? 'Showing results for «ماكرون». Search instead for «ماكرونز»'
        : 'تُعرض نتائج «ماكرون». ابحث عن «ماكرونز» كما كُتبت',
    );
    const href = await notice.locator('a').getAttribute('href');
    expect(href).toBe(`${pageLang === 'en' ? '' : '/ar'}/search/?q=${encodeURIComponent('ماكرونز')}&exact=1`);
  });

  test('a name in Latin letters finds the Arabic page that spells it, labelled as found by spelling', async () => {
    const { results } = await searchBox(opened.page, 'Emmanuel');
    expect(langs(results)).toEqual(['ar', 'en']);
    const arabic = results.find((r) => r.lang === 'ar')!;
    expect(arabic.via).toBe(pageLang === 'en' ? 'Found by spelling: Emmanuel' : 'وُجدت بالتهجئة: Emmanuel');
    expect(arabic.marks).toContain('ايمانويل');
    // The English page has the word itself, and comes first.
    expect(results[0].lang).toBe('en');
  });

  test('a query with no hits says so in the page’s language', async () => {
    const { status, results } = await searchBox(opened.page, 'xyzzy');
    expect(results).toEqual([]);
    expect(status).toBe(pageLang === 'en' ? 'No results for “xyzzy”.' : 'لا نتائج لـ«xyzzy».');
  });

  test('each result is in its own language and direction; the UI is in the page’s', async () => {
    const { results } = await searchBox(opened.page, 'Macron');
    for (const result of results) {
      const dir = result.lang === 'ar' ? 'rtl' : 'ltr';
      expect([result.titleLang, result.titleDir, result.excerptLang, result.excerptDir]).toEqual([
        result.lang,
        dir,
        result.lang,
        dir,
      ]);
      expect(result.href).toMatch(new RegExp(`^/${result.lang}/macron-campaign-hack/\\?hl=Macron$`));
      const names = pageLang === 'en' ? { ar: 'Arabic', en: 'English' } : { ar: 'العربية', en: 'الإنجليزية' };
      expect(result.language).toBe(names[result.lang as 'ar' | 'en']);
    }
  });
});

describe('keyboard and the page a result opens', () => {
  test('↓ moves into the results, Escape closes them, Enter opens one, which marks the hits as written', async () => {
    const opened = await open(sample, SEED.en);
    const { page } = opened;
    await searchBox(page, 'لماكرون');
    await page.keyboard.press('Escape');
    expect(await page.isHidden('.search-popup')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    // ↓ opens the results again, on the first one.
    await page.keyboard.press('ArrowDown');
    expect(await page.isVisible('.search-popup')).toBe(true);
    const first = await page.evaluate(() =>
      document.activeElement?.closest('.search-result')?.getAttribute('data-lang'),
    );
    expect(first).toBe('ar');
    await page.keyboard.press('ArrowDown');
    expect(
      await page.evaluate(() => document.activeElement?.closest('.search-result')?.getAttribute('data-lang')),
    ).toBe('en');
    await page.keyboard.press('ArrowUp');
    await Promise.all([page.waitForURL(/\/ar\/macron-campaign-hack\/\?hl=/), page.keyboard.press('Enter')]);
    await page.waitForSelector('mark.search-hit');
    const marks = await page.$$eval('mark.search-hit', (ms) =>
      ms.map((m) => ({
        text: m.textContent,
        ignored: !!m.closest('[data-pagefind-ignore]'),
        inBody: !!m.closest('[data-pagefind-body]'),
      })),
    );
    const texts = marks.map((m) => m.text);
    // The query's word as the text writes it, without the prefix, and the entry's other spelling
    // through the glossary, with a prefix of its own (the seed has التابع لماركون).
    expect(texts).toContain('ماكرون');
    expect(texts).toContain('لماركون');
    expect(marks.every((m) => m.inBody && !m.ignored)).toBe(true);
    await opened.close();
  });
});

describe('the search page', () => {
  test('searches the query in its address, counts the results, and keeps to one language on request', async () => {
    const opened = await open(sample, 'search/?q=Macron');
    const { page } = opened;
    expect(await settled(page, '.search-page', 'Macron')).toBe('2 results for “Macron”');
    expect(await page.inputValue('#search-page-q')).toBe('Macron');
    expect(await page.$$eval('.search-filter label', (ls) => ls.map((l) => l.textContent?.trim()))).toEqual([
      'Both languages (2)',
      'English (1)',
      'Arabic (1)',
    ]);
    await page.check('.search-filter input[value="ar"]');
    await page.waitForFunction(() => document.querySelectorAll('.search-page .search-result').length === 1);
    expect(langs(await shown(page, '.search-page'))).toEqual(['ar']);
    expect(await page.textContent('.search-page .search-status')).toBe('1 result for “Macron”');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('ar');
    await page.fill('#search-page-q', 'piracy');
    await settled(page, '.search-page', 'piracy');
    expect(new URL(page.url()).searchParams.get('q')).toBe('piracy');
    expect(await shown(page, '.search-page')).toEqual([]);
    await opened.close();
  });

  test('a corrected search says what it searched; one click searches the query as typed', async () => {
    const opened = await open(sample, 'search/?q=campain');
    const { page } = opened;
    // The status line and the notice speak of the same query: the one searched.
    expect(await settled(page, '.search-page', 'campain')).toBe('1 result for “campaign”');
    expect(await page.textContent('.search-page .search-correction')).toBe(
      'Showing results for «campaign». Search instead for «campain»',
    );
    await page.click('.search-page .search-as-typed');
    await page.waitForURL(/exact=1/);
    expect(await settled(page, '.search-page', 'campain')).toBe('No results for “campain”.');
    expect(await page.$('.search-page .search-correction')).toBeNull();
    // A new query is corrected again, and the address forgets the request.
    await page.fill('#search-page-q', 'campain ');
    await page.waitForSelector('.search-page .search-correction');
    expect(new URL(page.url()).searchParams.has('exact')).toBe(false);
    await opened.close();
  });

  test.each([
    ['search/?q=Macron', 'Macron'],
    ['ar/search/?q=ماكرون', 'ماكرون'],
  ])('on %s the narrowing menus are set like the other controls', async (path, query) => {
    for (const scheme of ['light', 'dark'] as const) {
      const opened = await open(sample, path);
      const { page } = opened;
      await page.emulateMedia({ colorScheme: scheme });
      await settled(page, '.search-page', query);
      const style = (selector: string) =>
        page.$eval(selector, (element) => {
          const css = getComputedStyle(element);
          return { font: `${css.fontSize} ${css.fontFamily}`, color: css.color, border: css.borderColor };
        });
      const menu = await style('.search-narrow select[data-sort]');
      const button = await style('.search-form button');
      expect(menu, scheme).toEqual(button);
      expect(await page.$eval('.search-narrow select[data-sort]', (s) => getComputedStyle(s).backgroundColor)).toBe(
        await page.$eval('.search-form button', (b) => getComputedStyle(b).backgroundColor),
      );
      await opened.close();
    }
  });

  test('in Arabic, the correction notice is in Arabic', async () => {
    const opened = await open(sample, `ar/search/?q=${encodeURIComponent('الحملة ماكرونز')}`);
    const { page } = opened;
    await settled(page, '.search-page', 'الحملة ماكرونز');
    expect(await page.textContent('.search-page .search-correction')).toBe(
      'تُعرض نتائج «الحملة ماكرون». ابحث عن «الحملة ماكرونز» كما كُتبت',
    );
    await opened.close();
  });

  test('in Arabic, right to left, says so when nothing is found', async () => {
    const opened = await open(sample, 'ar/search/?q=xyzzy');
    const { page } = opened;
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await settled(page, '.search-page', 'xyzzy')).toBe('لا نتائج لـ«xyzzy».');
    await opened.close();
  });

  test('lists results a page at a time', async () => {
    const opened = await open(other, 'search/?q=the');
    const { page } = opened;
    await settled(page, '.search-page', 'the');
    expect(await page.locator('.search-page .search-result').count()).toBe(10);
    await page.click('.search-more');
    await page.waitForFunction(() => document.querySelectorAll('.search-page .search-result').length > 10);
    expect(
      await page.evaluate(
        () =>
          document.activeElement?.closest('.search-result') ===
          document.querySelectorAll('.search-page .search-result')[10],
      ),
    ).toBe(true);
    await opened.close();
  });
});

/** axe's violations on the page as it is now, as `rule: targets`. */
async function axe(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, axe is not a page script: the CSP does not apply to it.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const { violations } = await (window as unknown as { axe: { run(d: Document): Promise<Result> } }).axe.run(
      document,
    );
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe.each(['light', 'dark'] as const)('accessibility of the results, %s theme', (colorScheme) => {
  test.each(Object.values(SEED))('the header’s results on %s', async (path) => {
    const opened = await open(sample, path, { colorScheme });
    await searchBox(opened.page, 'Macron');
    expect(await axe(opened.page)).toEqual([]);
    await opened.close();
  });

  test.each(['search/?q=Macron', 'ar/search/?q=ماكرون'])('the search page %s', async (path) => {
    const opened = await open(sample, path, { colorScheme });
    await settled(opened.page, '.search-page', new URL(path, 'http://x').searchParams.get('q')!);
    expect(await opened.page.isVisible('.search-filter')).toBe(true);
    expect(await axe(opened.page)).toEqual([]);
    await opened.close();
  });
});

describe('without JavaScript', () => {
  test('the header box is a plain GET form to the search page, which says search needs JavaScript', async () => {
    const opened = await open(sample, SEED.ar, { javaScriptEnabled: false });
    const { page } = opened;
    await page.fill('#site-search-q', 'ماكرون');
    await Promise.all([page.waitForURL(/\/ar\/search\/\?q=/), page.press('#site-search-q', 'Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('ماكرون');
    expect(await page.textContent('.search-noscript')).toBe('يعمل البحث في متصفحك ويحتاج إلى جافاسكربت.');
    await opened.close();
  });
});

describe('loading', () => {
  test('nothing of search loads until the box is used; the scripts are files, not inline', async () => {
    const opened = await open(sample, SEED.en);
    const { page, requests } = opened;
    await page.waitForLoadState('load');
    const searchFiles = () =>
      requests.filter((url) => /\/pagefind\/|\/search-data\/|search-(engine|popup|view)/.test(url));
    expect(searchFiles()).toEqual([]);
    await page.focus('#site-search-q');
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((r) => r.name.includes('/pagefind/pagefind.js')),
    );
    expect(searchFiles().length).toBeGreaterThan(0);
    await opened.close();
    for (const path of [SEED.en, 'search/']) {
      const html = await readFile(join(sampleDir, path, 'index.html'), 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      const search = scripts.filter(
        ([, attributes, body]) => /Search(Box|Page)/.test(attributes) || /search/i.test(body),
      );
      expect(search.length, path).toBeGreaterThan(0);
      for (const [tag, , body] of search) expect(body.trim(), `inline script ${tag}`).toBe('');
    }
  });
});

describe('fonts', () => {
  // The search pages have headings in one script only: a bold title in the other would need its bold face.
  test.each(['search/', 'ar/search/'])('results on %s load no font the page had not loaded', async (path) => {
    const opened = await open(sample, path);
    const { page, requests } = opened;
    await page.waitForLoadState('load');
    await page.evaluate(() => document.fonts.ready);
    const fonts = () => requests.filter((url) => url.endsWith('.woff2'));
    const before = fonts();
    expect(before.length).toBeGreaterThan(0);
    // Results in both languages and scripts, titles and excerpts.
    const { results } = await searchBox(page, 'Macron');
    expect(langs(results)).toEqual(['ar', 'en']);
    await page.evaluate(() => document.fonts.ready);
    expect(fonts()).toEqual(before);
    await opened.close();
  });
});

describe('untrusted text', () => {
  test('markup in a document and in a query is shown as text in results and never runs', async () => {
    const opened = await open(hostile, 'en/hostile/');
    const { page } = opened;
    const query = '<img src=x onerror="globalThis.__pwned=1"> pwned';
    const { status, results } = await searchBox(page, query);
    expect(status).toContain(query);
    expect(results.length).toBeGreaterThan(0);
    expect(results.some((r) => r.excerpt.includes('globalThis.__pwned'))).toBe(true);
    // Nothing but text, marks and ellipses was made from it.
    const made = await page.$$eval(
      '.search-popup .search-excerpt *, .search-popup .search-result-title *, .search-popup .search-status *',
      (els) => els.map((e) => e.tagName),
    );
    expect(made.every((tag) => tag === 'MARK' || tag === 'BDI')).toBe(true);
    await Promise.all([page.waitForURL(/hl=/), page.click('.search-popup .search-result a')]);
    await page.waitForSelector('mark.search-hit');
    expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await opened.close();
  });
});

describe('under a base path', () => {
  test('search finds both versions and links under the base', async () => {
    const opened = await open(sub, SEED.en);
    expect(await opened.page.getAttribute('form.site-search', 'action')).toBe('/sub/search/');
    const { results } = await searchBox(opened.page, 'Macron');
    expect(langs(results)).toEqual(['ar', 'en']);
    for (const result of results) expect(result.href).toMatch(/^\/sub\/(ar|en)\/macron-campaign-hack\/\?hl=Macron$/);
    await Promise.all([opened.page.waitForURL(/\/sub\//), opened.page.click('.search-popup .search-result a')]);
    await opened.page.waitForSelector('mark.search-hit');
    await opened.close();
  });
});
