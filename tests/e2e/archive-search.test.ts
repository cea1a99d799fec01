/**
 * Search you can narrow, in headless Chromium on tests/fixtures/archive/ (with its glossary, and a
 * copy without one): a query narrowed by topic and then by year shows only the documents filed
 * under both; the address holds the filters, so reloading it (or opening it anew) shows the same,
 * and the back button undoes a step. Results show their date and source. Any console error fails.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, strictContext, VIEWPORTS } from '../helpers/browser.ts';
import { buildOnce, ROOT, scratchContent, type ScratchContent } from '../helpers/build.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';

for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete process.env[name];

const ARCHIVE = join(ROOT, 'tests/fixtures/archive');
/** The project's config with `site`, so that the topics' feeds are built too. */
const ARCHIVE_CONFIG = 'tests/fixtures/archive.astro.config.mjs';

let browser: Browser;
let servers: { name: string; server: StaticServer }[] = [];
let bare: ScratchContent;

beforeAll(async () => {
  bare = await scratchContent('hamish-archive-bare-', ARCHIVE);
  await rm(join(bare.folder, 'glossary.yaml'));
  const builds = [
    { name: 'with a glossary', build: await buildOnce({ contentDir: ARCHIVE, config: ARCHIVE_CONFIG }) },
    { name: 'without a glossary', build: await buildOnce({ contentDir: bare.folder }) },
  ];
  for (const { build } of builds) if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
  servers = await Promise.all(builds.map(async ({ name, build }) => ({ name, server: await serve(build.outDir) })));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map(({ server }) => server.close()));
  await bare?.remove();
});

/** The addresses of the results the search page shows, once the search has settled on `query`. */
async function results(page: Page, query: string): Promise<string[]> {
  await page.waitForFunction(
    (q) => document.querySelector('.search-page .search-status bdi')?.textContent === q,
    query,
    {
      timeout: 30_000,
    },
  );
  return page.$$eval('.search-page .search-result-title', (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

/** Waits for the list to hold exactly `count` results, then returns their addresses. */
async function resultsAfterChange(page: Page, query: string, count: number): Promise<string[]> {
  await page.waitForFunction((n) => document.querySelectorAll('.search-page .search-result').length === n, count, {
    timeout: 30_000,
  });
  return results(page, query);
}

describe('narrowing a search', () => {
  for (const [i, name] of ['with a glossary', 'without a glossary'].entries()) {
    test(`${name}: by topic and year, kept in the address, reloaded and undone`, async () => {
      const { server } = servers[i];
      const { context, errors, offsite } = await strictContext(browser, server.url, { viewport: VIEWPORTS.wide });
      const page = await context.newPage();
      await page.goto(`${server.url}search/?q=water`);
      // "water" is in two English documents: the drought report (2021) and the river essay (2019).
      expect((await results(page, 'water')).sort()).toEqual(['/en/drought-harvest/', '/en/water-rights/']);
      // A result shows its source and its date.
      const drought = page.locator('.search-page .search-result', { hasText: 'Farmers in northern Syria' });
      expect(await drought.locator('.search-result-source').textContent()).toBe('Reuters');
      expect(await drought.locator('.search-result-date').getAttribute('datetime')).toBe('2021-07-14');

      // Both are filed under the topic Drought (one in a sidecar, one in front matter).
      const tagOptions = await page.$$eval('select[data-filter="tag"] option', (options) =>
        options.map((o) => [(o as HTMLOptionElement).value, o.textContent]),
      );
      expect(tagOptions).toEqual(expect.arrayContaining([['drought', 'Drought (2)']]));
      await page.selectOption('select[data-filter="tag"]', 'drought');
      expect((await resultsAfterChange(page, 'water', 2)).sort()).toEqual([
        '/en/drought-harvest/',
        '/en/water-rights/',
      ]);
      expect(new URL(page.url()).searchParams.get('tag')).toBe('drought');

      // The years offered are those of the results, with their counts; 2019 leaves the essay only.
      const years = await page.$$eval('select[data-filter="year"] option', (options) =>
        options.map((o) => o.textContent),
      );
      expect(years.slice(1)).toEqual(['2021 (1)', '2019 (1)']);
      await page.selectOption('select[data-filter="year"]', '2019');
      expect(await resultsAfterChange(page, 'water', 1)).toEqual(['/en/water-rights/']);
      const url = new URL(page.url());
      expect([url.searchParams.get('q'), url.searchParams.get('tag'), url.searchParams.get('year')]).toEqual([
        'water',
        'drought',
        '2019',
      ]);

      // The address reproduces the narrowed search.
      await page.reload();
      expect(await results(page, 'water')).toEqual(['/en/water-rights/']);
      expect(await page.inputValue('select[data-filter="year"]')).toBe('2019');
      expect(await page.inputValue('select[data-filter="tag"]')).toBe('drought');

      // Back undoes the year, and nothing else.
      await page.goBack();
      expect((await resultsAfterChange(page, 'water', 2)).sort()).toEqual([
        '/en/drought-harvest/',
        '/en/water-rights/',
      ]);
      expect(new URL(page.url()).searchParams.get('year')).toBeNull();
      expect(new URL(page.url()).searchParams.get('tag')).toBe('drought');

      // Newest first on request.
      await page.selectOption('select[data-sort]', 'date');
      await page.waitForURL(/sort=date/);
      expect(await results(page, 'water')).toEqual(['/en/drought-harvest/', '/en/water-rights/']);

      // The same address in the Arabic interface; a topic that leaves nothing says so.
      await page.goto(`${server.url}ar/search/?q=water&tag=drought&year=2019`);
      expect(await results(page, 'water')).toEqual(['/en/water-rights/']);
      await page.goto(`${server.url}search/?q=water&tag=trade`);
      expect(await results(page, 'water')).toEqual([]);
      await context.close();
      expect(errors, 'console errors').toEqual([]);
      expect(offsite).toEqual([]);
    });
  }
});

describe('authors and sources', () => {
  /** The results of `query` on the search page (of `site`): address, and the excerpt's text. */
  async function search(query: string, lang: 'en' | 'ar' = 'en', site = servers[0].server) {
    const { context, errors, offsite } = await strictContext(browser, site.url);
    const page = await context.newPage();
    const prefix = lang === 'ar' ? 'ar/' : '';
    await page.goto(`${site.url}${prefix}search/?q=${encodeURIComponent(query)}`);
    const urls = await results(page, query);
    const excerpts = await page.$$eval('.search-page .search-result .search-excerpt', (ps) =>
      ps.map((p) => p.textContent ?? ''),
    );
    await context.close();
    expect(errors, 'console errors').toEqual([]);
    expect(offsite).toEqual([]);
    return { urls, excerpts };
  }

  test('a byline’s name finds the documents it credits, and the excerpt is of their text', async () => {
    // Lina Haddad writes the port report alone and the drought report with Sam Field.
    for (const query of ['Lina Haddad', 'Haddad', '"Lina Haddad"', 'haddad']) {
      const { urls, excerpts } = await search(query);
      expect(urls.filter((url) => url.startsWith('/en/')).sort(), query).toEqual([
        '/en/drought-harvest/',
        '/en/port-reopens/',
      ]);
      for (const excerpt of excerpts) expect(excerpt).not.toMatch(/Haddad|حداد/);
      expect(excerpts[urls.indexOf('/en/port-reopens/')]).toMatch(/^The main port on the coast of Syria/);
    }
    // Sam Field: the drought report (with Lina Haddad) and the essay, a Markdown document.
    expect((await search('Sam Field')).urls.sort()).toEqual(['/en/drought-harvest/', '/en/water-rights/']);
  });

  test('a source finds its documents, in both languages', async () => {
    expect((await search('Reuters')).urls.sort()).toEqual(['/en/drought-harvest/', '/en/port-reopens/']);
    // الجزيرة typed with ه for ة, and with a proclitic, as any word of a page is found.
    for (const query of ['الجزيره', 'والجزيرة'])
      expect((await search(query, 'ar')).urls.sort(), query).toEqual(['/ar/drought-harvest/', '/ar/market-prices/']);
  });

  test('an Arabic byline, spelled with another ya', async () => {
    const { urls, excerpts } = await search('ليلي حداد', 'ar');
    expect(urls.filter((url) => url.startsWith('/ar/'))).toEqual(['/ar/market-prices/']);
    expect(excerpts[urls.indexOf('/ar/market-prices/')]).toMatch(/^ارتفعت أسعار الخبز/);
  });

  test('the header’s labels and dates are still not words of the page', async () => {
    // "author" is a word of the undated note's text only; no page's text has "July".
    expect((await search('author')).urls).toEqual(['/en/undated-note/']);
    expect((await search('July')).urls).toEqual([]);
  });

  test('a glossary entry a byline names finds the other language’s documents, as one the text names', async () => {
    // The archive with an entry for Lina Haddad, whom no text names: her byline is the only link.
    const named = await scratchContent('hamish-archive-byline-', ARCHIVE);
    try {
      const glossary = join(named.folder, 'glossary.yaml');
      await writeFile(
        glossary,
        `${await readFile(glossary, 'utf8')}
- id: lina-haddad
  kind: person
  en: { term: Lina Haddad, aliases: [], note: A reporter in Damascus. }
  ar: { term: ليلى حداد, aliases: [], note: صحفية في دمشق. }
`,
      );
      const build = await buildOnce({ contentDir: named.folder });
      expect(build.code, build.output).toBe(0);
      const site = await serve(build.outDir);
      try {
        const arabic = await search('ليلى حداد', 'ar', site);
        expect(arabic.urls[0]).toBe('/ar/market-prices/');
        expect(arabic.urls.slice(1).sort()).toEqual(['/en/drought-harvest/', '/en/port-reopens/']);
        const english = await search('Lina Haddad', 'en', site);
        expect(english.urls.slice(0, 2).sort()).toEqual(['/en/drought-harvest/', '/en/port-reopens/']);
        expect(english.urls.slice(2)).toEqual(['/ar/market-prices/']);
      } finally {
        await site.close();
      }
    } finally {
      await named.remove();
    }
  });
});
