/**
 * A translation pair's aligned rows in headless Chromium (`tests/helpers/translation-pairs.ts`):
 * the two cells of every row start on one line, Arabic on the right; a sentence pointed at or
 * focused lights up its counterparts; a row's anchor opens the page at the row, and the language
 * switch opens the other page where the reader is; on a phone each row is stacked, the page's
 * language first; one language alone reads as continuous paragraphs; search hits are marked in the
 * page's own language only. The sample (a coverage pair) keeps its two columns. Screenshots go to
 * test-results/aligned/.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, strictContext, VIEWPORTS } from '../helpers/browser.ts';
import { buildOnce, ROOT, SAMPLE_CONTENT } from '../helpers/build.ts';
import { removeSnapshots, serve, snapshotSite, type StaticServer } from '../helpers/serve.ts';
import { translationPairs } from '../helpers/translation-pairs.ts';

const ARTEFACTS = join(ROOT, 'test-results', 'aligned');
const PAGES = { en: 'en/pair-1/', ar: 'ar/pair-1/' } as const;

let browser: Browser;
let pairs: StaticServer;
let sample: StaticServer;

beforeAll(async () => {
  const builds = [
    await buildOnce({ contentDir: await translationPairs() }),
    await buildOnce({ contentDir: SAMPLE_CONTENT }),
  ];
  for (const build of builds) if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
  [pairs, sample] = await Promise.all(builds.map(async (build) => serve(await snapshotSite(build.outDir))));
  browser = await launchBrowser();
  await mkdir(ARTEFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await pairs?.close();
  await sample?.close();
  await removeSnapshots();
});

async function open(server: StaticServer, path: string, options: BrowserContextOptions = {}) {
  const { context, errors, offsite } = await strictContext(browser, server.url, {
    viewport: VIEWPORTS.wide,
    ...options,
  });
  const page = await context.newPage();
  await page.goto(server.url + path);
  await page.evaluate(() => document.fonts.ready);
  return {
    page,
    async close() {
      expect(errors).toEqual([]);
      expect(offsite).toEqual([]);
      await context.close();
    },
  };
}

/** Every text row's two cells: their boxes and whether they show. */
async function rowBoxes(page: Page) {
  return page.$$eval('.aligned > .aligned-row[id]', (rows) =>
    rows.map((row) => {
      const box = (lang: string) => {
        const cell = row.querySelector(`:scope > .cell[data-lang="${lang}"]`)!;
        const r = cell.getBoundingClientRect();
        return {
          top: r.top,
          bottom: r.bottom,
          left: r.left,
          right: r.right,
          width: r.width,
          shown: getComputedStyle(cell).display !== 'none' && cell.textContent.trim() !== '',
        };
      };
      const r = row.getBoundingClientRect();
      return { id: row.id, top: r.top, bottom: r.bottom, ar: box('ar'), en: box('en') };
    }),
  );
}

describe.each(['ar', 'en'] as const)('the aligned %s page', (lang) => {
  const other = lang === 'ar' ? 'en' : 'ar';

  test('side by side: each row’s two cells start on one line, Arabic on the right, rows one below the other', async () => {
    const { page, close } = await open(pairs, PAGES[lang]);
    await page.screenshot({ path: join(ARTEFACTS, `${lang}-wide.png`), fullPage: true });
    const rows = await rowBoxes(page);
    expect(rows.length).toBeGreaterThan(3);
    for (const [i, row] of rows.entries()) {
      if (row.ar.shown && row.en.shown) expect(Math.abs(row.ar.top - row.en.top), row.id).toBeLessThan(1);
      expect(row.ar.left, `${row.id}: Arabic right of English`).toBeGreaterThanOrEqual(row.en.right);
      if (i > 0) expect(row.top, row.id).toBeGreaterThanOrEqual(rows[i - 1].bottom - 0.5);
    }
    // The titles line up too, and so do the notes.
    const heads = await page.$$eval('.aligned-head > .cell h1, .aligned-head > .cell h2', (hs) =>
      hs.map((h) => h.getBoundingClientRect().top),
    );
    expect(heads).toHaveLength(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await close();
  });

  test('pointing at a sentence, or focusing a link in it, highlights it and its counterparts', async () => {
    const { page, close } = await open(pairs, PAGES[lang]);
    const linked = () => page.$$eval('.is-linked', (els) => els.map((e) => e.id).sort());
    const sentence = `${other}-s4`;
    const withOf = async (id: string) =>
      ((await page.getAttribute(`#${id}`, 'data-with')) ?? '').split(' ').filter(Boolean);
    const counterparts = await withOf(sentence);
    // Its counterparts are sentences of the page's own language that exist.
    expect(counterparts.length).toBeGreaterThan(0);
    for (const id of counterparts) {
      expect(id).toMatch(new RegExp(`^${lang}-s\\d+$`));
      expect(await page.locator(`#${id}`).count(), id).toBe(1);
    }
    await page.hover(`#${sentence}`);
    expect(await linked()).toEqual([sentence, ...counterparts].sort());
    // Highlighted: a background of its own, unlike a sentence that is not.
    const background = (selector: string) => page.$eval(selector, (e) => getComputedStyle(e).backgroundColor);
    const unlinked = await page.$eval(`.s[id^="${lang}-s"]:not(.is-linked)`, (e) => e.id);
    expect(await background(`#${counterparts[0]}`)).not.toBe(await background(`#${unlinked}`));
    await page.mouse.move(1, 1);
    expect(await linked()).toEqual([]);

    // Keyboard: the first note marker's link sits in a sentence.
    await page.focus(`#${lang}-fnref-1`);
    const holder = await page.$eval(`#${lang}-fnref-1`, (a) => a.closest('.s')!.id);
    const its = await withOf(holder);
    expect(its.length).toBeGreaterThan(0);
    expect(await linked()).toEqual([holder, ...its].sort());
    await page.keyboard.press('Tab');
    if (!(await page.evaluate(() => document.activeElement?.closest('.s')))) expect(await linked()).toEqual([]);
    await close();
  });

  test('a row’s anchor opens the page at that row, and the language switch opens the other page where the reader is', async () => {
    const { page, close } = await open(pairs, `${PAGES[lang]}#row-5`);
    const top = () => page.$eval('#row-5', (row) => row.getBoundingClientRect().top);
    await expect.poll(top).toBeLessThan(40);
    expect(await top()).toBeGreaterThanOrEqual(0);
    await Promise.all([page.waitForURL(/\/pair-1\/#row-5$/), page.click('a.lang-switch')]);
    expect(page.url()).toBe(`${pairs.url}${PAGES[other]}#row-5`);
    await page.waitForLoadState('load');
    await page.evaluate(() => document.fonts.ready);
    await expect.poll(top).toBeLessThan(40);
    expect(await top()).toBeGreaterThanOrEqual(0);
    await close();
  });

  test('on a phone each row is stacked, the page’s language first, and nothing sticks out', async () => {
    const { page, close } = await open(pairs, PAGES[lang], { viewport: VIEWPORTS.narrow });
    await page.screenshot({ path: join(ARTEFACTS, `${lang}-phone.png`), fullPage: false });
    for (const row of await rowBoxes(page)) {
      if (!row.ar.shown || !row.en.shown) continue;
      expect(row[lang].bottom, row.id).toBeLessThanOrEqual(row[other].top);
      expect(row[other].width, row.id).toBeGreaterThan(250);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await close();
  });

  test.each(['ar', 'en'] as const)(
    'in %s only, the other language is gone and the paragraphs the rows cut read on',
    async (only) => {
      const { page, close } = await open(pairs, PAGES[lang]);
      await page.click(`label[for="mode-${only}"]`);
      await page.screenshot({ path: join(ARTEFACTS, `${lang}-only-${only}.png`), fullPage: false });
      const gone = only === 'ar' ? 'en' : 'ar';
      expect(
        await page.$$eval(
          `.aligned-row[id] > [data-lang="${gone}"]`,
          (cells) => cells.filter((c) => (c as HTMLElement).offsetParent !== null).length,
        ),
      ).toBe(0);
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
      // A paragraph's part in one row and its continuation in the next: the continuation starts on
      // the line where the first part ends, or the line after it, never a paragraph's space below.
      const gaps = await page.$$eval(`.aligned-row[id] > [data-lang="${only}"] > p.cont`, (conts) =>
        conts.map((cont) => {
          const row = cont.closest('.aligned-row')!;
          const previous = row.previousElementSibling!.querySelector(':scope > .cell[data-lang] > p.open:last-child');
          const [end] = [...previous!.getClientRects()].slice(-1);
          const [start] = [...cont.getClientRects()];
          return { gap: start.top - end.top, line: parseFloat(getComputedStyle(cont).lineHeight) };
        }),
      );
      expect(gaps.length).toBeGreaterThan(0);
      for (const { gap, line } of gaps) expect(gap).toBeLessThanOrEqual(line + 1);
      // The whole measure, not half of it.
      const width = await page.$eval(
        `.aligned-row[id] > [data-lang="${only}"] > p:not(.open, .cont)`,
        (p) => p.getBoundingClientRect().width / parseFloat(getComputedStyle(p).fontSize),
      );
      expect(width).toBeGreaterThan(30);
      await close();
    },
  );

  test('search hits are marked in the page’s own language only, and the first is shown', async () => {
    const query = lang === 'ar' ? 'المبنى' : 'building';
    const { page, close } = await open(pairs, `${PAGES[lang]}?hl=${encodeURIComponent(query)}`);
    await page.waitForSelector('mark.search-hit');
    const marks = await page.$$eval('mark.search-hit', (ms) =>
      ms.map((m) => ({
        lang: m.closest('[lang]')!.getAttribute('lang'),
        body: !!m.closest('[data-pagefind-body]'),
        ignored: !!m.closest('[data-pagefind-ignore]'),
      })),
    );
    expect(marks.length).toBeGreaterThan(1);
    for (const mark of marks) expect(mark).toEqual({ lang, body: true, ignored: false });
    const first = await page.$eval('mark.search-hit', (m) => m.getBoundingClientRect().top);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(first).toBeLessThan(VIEWPORTS.wide.height);
    await close();
  });
});

test('the sample, a coverage pair, is not aligned: two columns as before', async () => {
  const { page, close } = await open(sample, 'en/macron-campaign-hack/');
  expect(await page.locator('.aligned').count()).toBe(0);
  expect(await page.locator('.s').count()).toBe(0);
  expect(await page.locator('article.edition').count()).toBe(2);
  await close();
});
