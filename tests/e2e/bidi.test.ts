/**
 * Direction isolation in what the browser scripts show: a search excerpt with a Latin name in
 * Arabic text, and the preview of an Arabic note that holds one (the preview copies the note, whose
 * markup rehype-bidi isolated at build time).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, strictContext, VIEWPORTS } from '../helpers/browser.ts';
import { buildOnce, SAMPLE_CONTENT } from '../helpers/build.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';

// As in search.test.ts: Vitest's import.meta.env values must not reach `astro build`.
for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete process.env[name];

let browser: Browser;
let sample: StaticServer;

beforeAll(async () => {
  const build = await buildOnce({ contentDir: SAMPLE_CONTENT });
  if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
  sample = await serve(build.outDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await sample?.close();
});

describe('direction isolation in the browser', () => {
  test('an Arabic excerpt isolates the Latin name it found, the hit inside the isolate', async () => {
    const { context, errors } = await strictContext(browser, sample.url, { viewport: VIEWPORTS.wide });
    const page = await context.newPage();
    await page.goto(`${sample.url}ar/search/?q=Pastebin`);
    await page.waitForSelector('.search-page .search-result[data-lang="ar"] .search-excerpt mark', { timeout: 30_000 });
    const isolated = await page.$$eval('.search-page .search-result[data-lang="ar"] .search-excerpt', (excerpts) =>
      excerpts.flatMap((excerpt) =>
        [...excerpt.querySelectorAll('mark')].map((mark) => {
          const around = mark.closest('[dir]');
          return { text: mark.textContent, dir: around?.getAttribute('dir'), isExcerpt: around === excerpt };
        }),
      ),
    );
    expect(isolated).toContainEqual({ text: 'Pastebin', dir: 'ltr', isExcerpt: false });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the preview of an Arabic note keeps the Latin name in it isolated', async () => {
    const { context, errors } = await strictContext(browser, sample.url, { viewport: VIEWPORTS.wide });
    const page = await context.newPage();
    await page.goto(`${sample.url}ar/macron-campaign-hack/`);
    const marker = 'article[data-lang="ar"] .fn-ref a[aria-describedby]';
    const target = await page.$$eval(marker, (links) =>
      links.findIndex((link) =>
        document.getElementById(link.getAttribute('aria-describedby') ?? '')?.textContent?.includes('Pastebin'),
      ),
    );
    expect(target).toBeGreaterThanOrEqual(0);
    await page.locator(marker).nth(target).hover();
    await page.waitForSelector('.fn-preview:not([hidden])');
    const names = await page.$$eval('.fn-preview [dir="ltr"]', (spans) => spans.map((s) => s.textContent));
    expect(names).toContain('Pastebin');
    expect(errors).toEqual([]);
    await context.close();
  });
});
