/**
 * Search you can narrow, in headless Chromium on tests/fixtures/archive/ (with its glossary, and a
 * copy without one): a query narrowed by topic and then by year shows only the documents filed
 * under both; the address holds the filters, so reloading it (or opening it anew) shows the same,
 * and the back button undoes a step. Results show their date and source. Any console error fails.
 */
import { rm } from 'node:fs/promises';
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
