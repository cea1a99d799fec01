/**
 * How a document page reads in a real browser (headless Chromium): its fonts, the direction of
 * mixed Arabic–English text, the reading modes and their memory, keyboard use, the page without
 * JavaScript, and paper. Screenshots and PDFs are kept under test-results/reading/ for people to look at.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { READING_MODE_KEY } from '../../src/scripts/reading-mode.ts';
import { launchBrowser, strictContext, VIEWPORTS } from '../helpers/browser.ts';
import { buildOnce, ROOT, SAMPLE_CONTENT } from '../helpers/build.ts';
import { otherContent } from '../helpers/other-content.ts';
import { removeSnapshots, serve, snapshotSite, type StaticServer } from '../helpers/serve.ts';

const ARTEFACTS = join(ROOT, 'test-results', 'reading');
const SAMPLE_PAGES = { en: 'en/macron-campaign-hack/', ar: 'ar/macron-campaign-hack/' } as const;
const OTHER_PAGES = { en: 'en/tico-0001/', ar: 'ar/tico-0001/' } as const;

let browser: Browser;
let sample: StaticServer;
let other: StaticServer;

beforeAll(async () => {
  const builds = [
    await buildOnce({ contentDir: SAMPLE_CONTENT }),
    await buildOnce({ contentDir: await otherContent(6) }),
  ];
  for (const build of builds) if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
  [sample, other] = await Promise.all(builds.map(async (build) => serve(await snapshotSite(build.outDir))));
  browser = await launchBrowser();
  await mkdir(ARTEFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await sample?.close();
  await other?.close();
  await removeSnapshots();
});

interface Opened {
  page: Page;
  /** Requests to other origins (blocked). */
  offsite: string[];
  /** Console errors and uncaught exceptions, CSP refusals included. */
  errors: string[];
  /** Every URL the page requested, with how many times. */
  requests: Map<string, number>;
  close(): Promise<void>;
}

/** `path` of `server` in a fresh browser context (wide, light, JavaScript on unless `options` say otherwise). */
async function open(server: StaticServer, path: string, options: BrowserContextOptions = {}): Promise<Opened> {
  const { context, offsite, errors } = await strictContext(browser, server.url, {
    viewport: VIEWPORTS.wide,
    ...options,
  });
  const requests = new Map<string, number>();
  context.on('request', (request) => requests.set(request.url(), (requests.get(request.url()) ?? 0) + 1));
  const page = await context.newPage();
  await page.goto(server.url + path);
  await page.evaluate(() => document.fonts.ready);
  return { page, offsite, errors, requests, close: () => context.close() };
}

/** The box of the version of the document in `lang`. */
async function version(page: Page, lang: 'ar' | 'en') {
  const box = await page.locator(`article.edition[data-lang="${lang}"]`).boundingBox();
  if (!box) throw new Error(`the ${lang} version is not displayed`);
  return box;
}

/**
 * The two cells of every row of a translation pair laid out in aligned rows (AlignedText.astro),
 * or undefined on a page of two independent columns.
 */
async function alignedRows(page: Page) {
  if ((await page.locator('.aligned').count()) === 0) return undefined;
  return page.$$eval('.aligned > .aligned-row', (rows) =>
    rows.map((row) => {
      const box = (lang: string) => {
        const cell = row.querySelector(`:scope > .cell[data-lang="${lang}"]`)!;
        const r = cell.getBoundingClientRect();
        return {
          top: r.top,
          bottom: r.bottom,
          left: r.left,
          right: r.right,
          shown: r.height > 0 && getComputedStyle(cell).display !== 'none',
        };
      };
      return { id: row.id || row.className, ar: box('ar'), en: box('en') };
    }),
  );
}

/** Asserts the two versions are side by side, Arabic on the right, their texts starting on one line (in aligned rows: in every row). */
async function expectSideBySide(page: Page) {
  const rows = await alignedRows(page);
  if (rows) {
    for (const row of rows.filter((r) => r.ar.shown && r.en.shown)) {
      expect(row.ar.left, `${row.id}: Arabic is right of English`).toBeGreaterThanOrEqual(row.en.right);
      expect(Math.abs(row.ar.top - row.en.top), `${row.id}: the two cells start on the same line`).toBeLessThan(1);
    }
    return;
  }
  const [ar, en] = [await version(page, 'ar'), await version(page, 'en')];
  expect(ar.x, 'Arabic is right of English').toBeGreaterThanOrEqual(en.x + en.width);
  const tops = await page.$$eval('article.edition .edition-text', (texts) =>
    texts.map((t) => t.getBoundingClientRect().top),
  );
  expect(Math.abs(tops[0] - tops[1]), 'the two texts start on the same line').toBeLessThan(1);
}

/** Asserts the version in `first` is entirely above the one in `second` (in aligned rows: in every row). */
async function expectStacked(page: Page, first: 'ar' | 'en', second: 'ar' | 'en') {
  const rows = await alignedRows(page);
  if (rows) {
    for (const row of rows.filter((r) => r.ar.shown && r.en.shown))
      expect(row[first].bottom, `${row.id}: ${first} above ${second}`).toBeLessThanOrEqual(row[second].top);
    return;
  }
  const [a, b] = [await version(page, first), await version(page, second)];
  expect(a.y + a.height, `${first} above ${second}`).toBeLessThanOrEqual(b.y);
}

/** A FontFace with the `size-adjust` descriptor, which TypeScript's DOM types do not list yet. */
type SizedFace = FontFace & { sizeAdjust: string };

const otherLang = (lang: 'ar' | 'en') => (lang === 'ar' ? 'en' : 'ar');

describe.each(['ar', 'en'] as const)('the %s document page', (lang) => {
  test.each(['wide', 'narrow'] as const)(
    'renders %s with the site’s own fonts and nothing from elsewhere',
    async (size) => {
      for (const [site, server, pages] of [
        ['sample', sample, SAMPLE_PAGES],
        ['other', other, OTHER_PAGES],
      ] as const) {
        const opened = await open(server, pages[lang], { viewport: VIEWPORTS[size] });
        const { page } = opened;
        await page.screenshot({ path: join(ARTEFACTS, `${site}-${lang}-${size}.png`), fullPage: true });
        expect(opened.offsite).toEqual([]);
        expect(opened.errors).toEqual([]);
        // Nothing sticks out sideways, even on a phone.
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

        const faces = await page.evaluate(() =>
          [...document.fonts].map((f) => ({
            family: f.family.replace(/["']/g, ''),
            weight: f.weight,
            status: f.status,
            display: f.display,
          })),
        );
        const loaded = faces.filter((f) => f.status === 'loaded').map((f) => `${f.family} ${f.weight}`);
        expect(loaded).toContain('Noto Naskh Arabic 400');
        expect(loaded).toContain('Literata 400');
        expect(faces.every((f) => f.display === 'swap')).toBe(true);

        // Preloaded fonts are the ones the page uses, fetched once (a preload that does not match the
        // font request, e.g. without `crossorigin`, downloads the file twice).
        const preloads = await page.$$eval('link[rel=preload][as=font]', (links) =>
          links.map((l) => (l as HTMLLinkElement).href),
        );
        expect(preloads.length).toBeGreaterThan(0);
        for (const href of preloads) expect(opened.requests.get(href), href).toBe(1);
        const fonts = [...opened.requests].filter(([url]) => /\.woff2?$/.test(url));
        for (const [url, count] of fonts) expect(count, url).toBe(1);
        await opened.close();
      }
    },
  );

  test('sets Arabic in Naskh, as large as the Latin beside it, more openly leaded, never letter-spaced', async () => {
    const { page, close } = await open(sample, SAMPLE_PAGES[lang]);
    const style = await page.evaluate(() => {
      const of = (selector: string) => {
        const p = document.querySelector(selector);
        if (!p) throw new Error(`no ${selector}`);
        const s = getComputedStyle(p);
        return { family: s.fontFamily, size: parseFloat(s.fontSize), leading: parseFloat(s.lineHeight) };
      };
      const arabic = [...document.querySelectorAll('body *')].filter((el) => el.matches(':lang(ar)'));
      return {
        ar: of('article[data-lang="ar"] .edition-text p'),
        en: of('article[data-lang="en"] .edition-text p'),
        arabicElements: arabic.length,
        spaced: arabic
          .filter((el) => !['normal', '0px'].includes(getComputedStyle(el).letterSpacing))
          .map((el) => el.outerHTML.slice(0, 80)),
        slanted: arabic
          .filter((el) => getComputedStyle(el).fontStyle !== 'normal')
          .map((el) => el.outerHTML.slice(0, 80)),
        naskhScale: [...document.fonts]
          .filter((f) => f.family.includes('Naskh'))
          .map((f) => parseFloat((f as SizedFace).sizeAdjust)),
      };
    });
    expect(style.ar.family).toMatch(/^"?Noto Naskh Arabic/);
    expect(style.en.family).toMatch(/^"?Literata/);
    // The same nominal size, with the Naskh glyphs scaled up to match Literata's large x-height…
    expect(style.ar.size).toBe(style.en.size);
    for (const scale of style.naskhScale) expect(scale).toBeGreaterThan(110);
    // …and more room between lines for Naskh's ascenders, descenders and marks.
    expect(style.ar.leading / style.en.leading).toBeGreaterThanOrEqual(1.2);
    expect(style.arabicElements).toBeGreaterThan(10);
    expect(style.spaced).toEqual([]);
    expect(style.slanted).toEqual([]);
    await close();
  });

  test('lays out each isolated run in its own direction, in its right place in the sentence', async () => {
    for (const [server, path] of [
      [sample, SAMPLE_PAGES[lang]],
      [other, OTHER_PAGES[lang]],
      [other, 'ar/arabic-only/'],
    ] as const) {
      const { page, close } = await open(server, path);
      const runs = await page.$$eval('.edition-text [dir]', (elements) =>
        elements.map((el) => {
          const paragraph = el.closest('p, li, h1, h2, h3, blockquote, td, dd') ?? el.parentElement!;
          const rects = el.getClientRects();
          /** The box of the nearest visible character before (-1) or after (+1) `el` in its paragraph. */
          const neighbour = (side: -1 | 1) => {
            const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
            const texts: Text[] = [];
            while (walker.nextNode()) texts.push(walker.currentNode as Text);
            const outside = texts.filter(
              (t) =>
                !el.contains(t) &&
                el.compareDocumentPosition(t) &
                  (side < 0 ? Node.DOCUMENT_POSITION_PRECEDING : Node.DOCUMENT_POSITION_FOLLOWING),
            );
            const ordered = side < 0 ? outside.reverse() : outside;
            for (const text of ordered) {
              const chars = [...text.data.matchAll(/\S/g)];
              const found = side < 0 ? chars.at(-1) : chars[0];
              if (!found || found.index === undefined) continue;
              const range = document.createRange();
              range.setStart(text, found.index);
              range.setEnd(text, found.index + found[0].length);
              const box = range.getBoundingClientRect();
              return { left: box.left, right: box.right, top: box.top, char: found[0] };
            }
            return undefined;
          };
          return {
            text: el.textContent ?? '',
            attribute: el.getAttribute('dir'),
            direction: getComputedStyle(el).direction,
            unicodeBidi: getComputedStyle(el).unicodeBidi,
            paragraph: getComputedStyle(paragraph).direction,
            box: rects.length === 1 ? { left: rects[0].left, right: rects[0].right, top: rects[0].top } : undefined,
            before: neighbour(-1),
            after: neighbour(1),
          };
        }),
      );
      // Runs against the paragraph's direction (footnote markers are isolated in the paragraph's own).
      const opposite = runs.filter((run) => run.direction !== run.paragraph).map((run) => run.text);
      if (server === sample) for (const name of ['EMLEAKS', 'Pastebin', 'APT 28']) expect(opposite).toContain(name);
      else if (path === 'ar/arabic-only/') expect(opposite.length).toBeGreaterThan(0);
      let placed = 0;
      for (const run of runs) {
        expect(run.direction, run.text).toBe(run.attribute);
        expect(run.unicodeBidi, run.text).toBe('isolate');
        if (!run.box) continue; // a run broken over two lines has no single place to check
        const sameLine = (n?: { top: number }) => n && Math.abs(n.top - run.box!.top) < 4;
        // In a right-to-left paragraph what comes before a run is on its right, what follows on its left.
        const rtl = run.paragraph === 'rtl';
        if (sameLine(run.before)) {
          placed++;
          if (rtl)
            expect(run.before!.left, `${run.before!.char} before ${run.text}`).toBeGreaterThanOrEqual(
              run.box.right - 1,
            );
          else
            expect(run.before!.right, `${run.before!.char} before ${run.text}`).toBeLessThanOrEqual(run.box.left + 1);
        }
        if (sameLine(run.after)) {
          if (rtl)
            expect(run.after!.right, `${run.after!.char} after ${run.text}`).toBeLessThanOrEqual(run.box.left + 1);
          else
            expect(run.after!.left, `${run.after!.char} after ${run.text}`).toBeGreaterThanOrEqual(run.box.right - 1);
        }
      }
      if (server === sample) expect(placed, 'runs whose neighbours were checked').toBeGreaterThan(3);
      await close();
    }
  });

  test('shows the two versions side by side by default, stacked on a phone, without JavaScript too', async () => {
    for (const javaScriptEnabled of [true, false]) {
      for (const server of [sample, other]) {
        const path = (server === sample ? SAMPLE_PAGES : OTHER_PAGES)[lang];
        const wide = await open(server, path, { javaScriptEnabled });
        expect(await wide.page.isChecked('#mode-side')).toBe(true);
        await expectSideBySide(wide.page);
        await wide.close();
        const narrow = await open(server, path, { javaScriptEnabled, viewport: VIEWPORTS.narrow });
        await expectStacked(narrow.page, lang, otherLang(lang));
        // The switch shows the mode in effect: stacked, not the side by side that does not fit.
        expect(await narrow.page.isVisible('label[for="mode-side"]')).toBe(false);
        const selected = await narrow.page.$$eval('.mode-options label', (labels) =>
          labels
            .filter(
              (label) => label.checkVisibility() && getComputedStyle(label).backgroundColor !== 'rgba(0, 0, 0, 0)',
            )
            .map((label) => label.getAttribute('for')),
        );
        expect(selected).toEqual(['mode-stacked']);
        await narrow.page.screenshot({ path: join(ARTEFACTS, `modes-${lang}-narrow-js-${javaScriptEnabled}.png`) });
        await narrow.close();
      }
    }
  });

  test('switches modes with or without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { page, close } = await open(sample, SAMPLE_PAGES[lang], { javaScriptEnabled });
      await page.click('label[for="mode-stacked"]');
      await expectStacked(page, lang, otherLang(lang));
      for (const only of ['ar', 'en'] as const) {
        await page.click(`label[for="mode-${only}"]`);
        expect(await page.isVisible(`article[data-lang="${only}"] .edition-text`)).toBe(true);
        expect(await page.isVisible(`article[data-lang="${otherLang(only)}"] .edition-text`)).toBe(false);
        // The page keeps its title for screen readers, whichever version is shown.
        expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
        // One language alone gets the whole measure, not half of it.
        const width = await page.$eval(
          `article[data-lang="${only}"] .edition-text p`,
          (p) => p.getBoundingClientRect().width / parseFloat(getComputedStyle(p).fontSize),
        );
        expect(width).toBeGreaterThan(30);
        expect(width).toBeLessThan(40);
      }
      await page.click('label[for="mode-side"]');
      await expectSideBySide(page);
      await close();
    }
  });
});

describe('the reading mode', () => {
  test('is remembered from page to page, and across languages', async () => {
    const { context } = await strictContext(browser, sample.url, { viewport: VIEWPORTS.wide });
    const page = await context.newPage();
    await page.goto(sample.url + SAMPLE_PAGES.en);
    await page.click('label[for="mode-stacked"]');
    expect(await page.evaluate((key) => localStorage.getItem(key), READING_MODE_KEY)).toBe('stacked');

    await page.goto(sample.url + SAMPLE_PAGES.ar);
    expect(await page.isChecked('#mode-stacked')).toBe(true);
    await expectStacked(page, 'ar', 'en');

    // A language chosen is that language on every page, whichever language the page is in.
    await page.click('label[for="mode-ar"]');
    await page.goto(sample.url + SAMPLE_PAGES.en);
    expect(await page.isChecked('#mode-ar')).toBe(true);
    expect(await page.isVisible('article[data-lang="en"] .edition-text')).toBe(false);
    expect(await page.isVisible('article[data-lang="ar"] .edition-text')).toBe(true);

    // Back to a page left in another mode: the back/forward cache must not bring the old mode back.
    await page.click('label[for="mode-side"]');
    await page.goBack();
    expect(await page.isChecked('#mode-side')).toBe(true);
    await expectSideBySide(page);
    await context.close();
  });

  test('is applied while the page is parsed, before any bundled script runs, so the text is first laid out in it', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.wide });
    await context.addInitScript((key) => {
      if (location.protocol === 'http:') localStorage.setItem(key, 'stacked');
    }, READING_MODE_KEY);
    // Without the bundled module scripts, only what runs during parsing can apply the mode.
    await context.route('**/_astro/*.js', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(sample.url + SAMPLE_PAGES.en);
    expect(await page.isChecked('#mode-stacked')).toBe(true);
    await expectStacked(page, 'en', 'ar');
    await context.close();
  });

  test('ignores a stored value it does not know, and works when storage is refused', async () => {
    const { context, errors } = await strictContext(browser, sample.url, { viewport: VIEWPORTS.wide });
    await context.addInitScript((key) => {
      // about:blank, where the page starts, has no storage of its own.
      if (location.protocol === 'http:') localStorage.setItem(key, 'columns-of-three');
    }, READING_MODE_KEY);
    const page = await context.newPage();
    await page.goto(sample.url + SAMPLE_PAGES.en);
    expect(await page.isChecked('#mode-side')).toBe(true);
    await context.close();

    const refused = await strictContext(browser, sample.url, { viewport: VIEWPORTS.wide });
    await refused.context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    const page2 = await refused.context.newPage();
    await page2.goto(sample.url + SAMPLE_PAGES.en);
    await page2.click('label[for="mode-stacked"]');
    await expectStacked(page2, 'en', 'ar');
    expect([...errors, ...refused.errors]).toEqual([]);
    await refused.context.close();
  });

  test('is a radio group a keyboard reaches, with a visible focus, after a working skip link', async () => {
    const { page, close } = await open(sample, SAMPLE_PAGES.en);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    const skip = await page.locator('.skip-link').boundingBox();
    expect(skip && skip.y >= 0).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === 'reading-mode'))
        break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('mode-side');
    const outline = await page.$eval('label[for="mode-side"]', (label) => getComputedStyle(label).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('ArrowRight');
    expect(await page.isChecked('#mode-stacked')).toBe(true);
    await expectStacked(page, 'en', 'ar');
    await close();
  });
});

describe('on paper', () => {
  test('prints the text, the notes and the editor’s note in the chosen mode, black on white', async () => {
    for (const [mode, colorScheme] of [
      ['side', 'dark'],
      ['stacked', 'light'],
      ['ar', 'light'],
    ] as const) {
      const { page, close } = await open(sample, SAMPLE_PAGES.en, { colorScheme });
      await page.click(`label[for="mode-${mode}"]`);
      await page.emulateMedia({ media: 'print' });
      for (const hidden of ['.site-header', '.reading-modes', '.skip-link']) {
        expect(await page.isVisible(hidden), hidden).toBe(false);
      }
      if (mode === 'side') await expectSideBySide(page);
      if (mode === 'stacked') await expectStacked(page, 'en', 'ar');
      if (mode === 'ar') expect(await page.isVisible('article[data-lang="en"] .edition-text')).toBe(false);
      // The editor's note prints in full, even where its list of removed lines is folded on screen.
      const shown = mode === 'ar' ? 'ar' : 'en';
      expect(await page.isVisible(`article[data-lang="${shown}"] .editorial-note`)).toBe(true);
      const removed = page.locator(`article[data-lang="${shown}"] .editorial-note details > :not(summary)`);
      for (const element of await removed.all()) expect(await element.isVisible()).toBe(true);
      const colours = await page.$eval(`article[data-lang="${shown}"] .edition-text p`, (p) => [
        getComputedStyle(p).color,
        getComputedStyle(document.documentElement).backgroundColor,
      ]);
      expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
      await page.pdf({ path: join(ARTEFACTS, `print-en-${mode}.pdf`), format: 'A4', printBackground: true });
      await close();
    }
  });
});

describe('weight', () => {
  test('a document page runs only a small script at load, and fetches no search index until asked', async () => {
    const { page, requests, close } = await open(sample, SAMPLE_PAGES.ar);
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter(
          (entry) => (entry as PerformanceResourceTiming).initiatorType === 'script' || entry.name.endsWith('.js'),
        )
        .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).decodedBodySize, 0),
    );
    const inline = await page.$$eval('script:not([src])', (elements) =>
      elements.reduce((sum, s) => sum + (s.textContent ?? '').length, 0),
    );
    expect(scripts + inline).toBeLessThan(8 * 1024);
    expect([...requests.keys()].filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await close();
  });
});
