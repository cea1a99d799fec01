/**
 * What an editor sees in a real browser (headless Chromium), measured on the rendered page rather
 * than read from the markup: how close glossary markers sit to their words in Arabic and in English,
 * and how the glossary index sets its two columns. Content: tests/fixtures/editor/.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, VIEWPORTS } from '../helpers/browser.ts';
import { buildOnce, EDITOR_CONTENT } from '../helpers/build.ts';
import { removeSnapshots, serve, snapshotSite, type StaticServer } from '../helpers/serve.ts';

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
/** A blank page that decodes screenshots. */
let decoder: Page;

beforeAll(async () => {
  const build = await buildOnce({ contentDir: EDITOR_CONTENT });
  if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
  server = await serve(await snapshotSite(build.outDir));
  browser = await launchBrowser();
  // Two device pixels per CSS pixel, so gaps are measured to half a pixel; the CSP is bypassed
  // only so that the test can hide parts of the page while it measures.
  context = await browser.newContext({ viewport: VIEWPORTS.wide, deviceScaleFactor: 2, bypassCSP: true });
  decoder = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await removeSnapshots();
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.url + path);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

type Clip = { x: number; y: number; width: number; height: number };

/** The x positions (CSS px, half-pixel steps) of the columns of `clip` that hold ink. */
async function inkColumns(page: Page, clip: Clip): Promise<number[]> {
  const png = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
  return decoder.evaluate(
    async ({ b64, x0 }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${b64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const g = canvas.getContext('2d');
      if (!g) throw new Error('no 2d canvas');
      g.drawImage(image, 0, 0);
      const { data, width, height } = g.getImageData(0, 0, image.width, image.height);
      const columns: number[] = [];
      for (let x = 0; x < width; x++) {
        for (let y = 0; y < height; y++) {
          const i = (y * width + x) * 4;
          // Ink: clearly darker than the page (anti-aliasing fringes and the background are not).
          if (data[i] + data[i + 1] + data[i + 2] < 3 * 150) {
            // Two device pixels per CSS pixel (the context's deviceScaleFactor).
            columns.push(x0 + x / 2);
            break;
          }
        }
      }
      return columns;
    },
    { b64: png.toString('base64'), x0: clip.x },
  );
}

interface MarkerGaps {
  /** The character before the marker and the one after it. */
  before: string;
  after: string;
  /** Ink gaps, in CSS px, between the marker and the word it follows, and the character after it. */
  toWord: number;
  toNext: number;
}

/** The ink gaps around every glossary marker in the text of `page`'s own version. */
async function markerGaps(page: Page): Promise<MarkerGaps[]> {
  const count = await page.locator('[data-pagefind-body] .edition-text sup.fn-ref').count();
  const gaps: MarkerGaps[] = [];
  for (let k = 0; k < count; k++) {
    const found = await page.evaluate((k) => {
      const sup = document.querySelectorAll('[data-pagefind-body] .edition-text sup.fn-ref')[k];
      const before = sup.previousSibling;
      const after = sup.nextSibling;
      if (!(before instanceof Text) || !(after instanceof Text) || after.data === '') return undefined;
      const charRect = (node: Text, at: number) => {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        return range.getBoundingClientRect();
      };
      const rects = [charRect(before, before.length - 1), sup.getBoundingClientRect(), charRect(after, 0)];
      // Neighbours on another line are not neighbours.
      if (Math.abs(rects[0].bottom - rects[2].bottom) > 2) return undefined;
      const left = Math.min(...rects.map((r) => r.left));
      const right = Math.max(...rects.map((r) => r.right));
      const top = Math.min(...rects.map((r) => r.top));
      const bottom = Math.max(...rects.map((r) => r.bottom));
      const rtl = getComputedStyle(sup.parentElement ?? sup).direction === 'rtl';
      sup.classList.add('probe');
      return {
        clip: { x: left, y: top, width: right - left, height: bottom - top },
        before: before.data.at(-1) ?? '',
        after: after.data[0],
        rtl,
      };
    }, k);
    if (!found) continue;
    // The marker alone, then everything but the marker, in the same place.
    const only = await page.addStyleTag({
      content:
        '.edition-text, .edition-text * { color: transparent !important } .probe, .probe * { color: #000 !important }',
    });
    const marker = await inkColumns(page, found.clip);
    await only.evaluate((node) => (node as Element).remove());
    const hide = await page.addStyleTag({ content: '.probe { visibility: hidden !important }' });
    const rest = await inkColumns(page, found.clip);
    await hide.evaluate((node) => (node as Element).remove());
    await page.evaluate(() => document.querySelector('.probe')?.classList.remove('probe'));
    const [markerLeft, markerRight] = [Math.min(...marker), Math.max(...marker)];
    const leftGap = markerLeft - Math.max(...rest.filter((x) => x < markerLeft));
    const rightGap = Math.min(...rest.filter((x) => x > markerRight)) - markerRight;
    // In right-to-left text the word is on the marker's right.
    gaps.push({
      before: found.before,
      after: found.after,
      toWord: found.rtl ? rightGap : leftGap,
      toNext: found.rtl ? leftGap : rightGap,
    });
  }
  return gaps;
}

describe('glossary markers', () => {
  test('sit as close to their word, and to a full stop after them, in Arabic as in English', async () => {
    const measured: Record<string, MarkerGaps[]> = {};
    for (const lang of ['en', 'ar']) {
      const page = await open(`${lang}/campaign-hack/`);
      measured[lang] = await markerGaps(page);
      await page.close();
    }
    const { en, ar } = measured;
    // Each page has a marker after a word in mid-sentence and one right before the full stop.
    for (const gaps of [en, ar]) {
      expect(gaps.some((g) => g.after === ' ')).toBe(true);
      expect(gaps.some((g) => g.after === '.')).toBe(true);
      for (const gap of gaps) {
        // A space after the marker has no ink: only a character that has is measured on that side.
        expect(
          Number.isFinite(gap.toWord) && (gap.after === ' ' || Number.isFinite(gap.toNext)),
          JSON.stringify(gap),
        ).toBe(true);
      }
    }
    const widest = (gaps: MarkerGaps[], side: 'toWord' | 'toNext', after?: string) =>
      Math.max(...gaps.filter((g) => after === undefined || g.after === after).map((g) => g[side]));
    // Half a pixel of anti-aliasing either way, and half a pixel more: as close, not closer than the eye tells apart.
    const slack = 1;
    expect(widest(ar, 'toWord'), JSON.stringify({ ar, en })).toBeLessThanOrEqual(widest(en, 'toWord') + slack);
    expect(widest(ar, 'toNext', '.'), JSON.stringify({ ar, en })).toBeLessThanOrEqual(
      widest(en, 'toNext', '.') + slack,
    );
    // And nowhere near a space (a space in either font is over 4 px at this size).
    expect(Math.max(...ar.map((g) => g.toWord))).toBeLessThan(4);
  });
});

describe('emphasis in a hand-written source', () => {
  test('is italic in English and bold in Arabic, whatever the language of the page', async () => {
    for (const lang of ['en', 'ar']) {
      const page = await open(`${lang}/field-notes/`);
      const styles = await page.evaluate(() =>
        [...document.querySelectorAll('main .edition-text em')].map((em) => {
          const style = getComputedStyle(em);
          return { lang: em.closest('[lang]')?.getAttribute('lang'), style: style.fontStyle, weight: style.fontWeight };
        }),
      );
      expect(styles.map((s) => s.lang).sort()).toEqual(['ar', 'en']);
      for (const s of styles)
        expect([s.lang, s.style, s.weight]).toEqual(
          s.lang === 'ar' ? ['ar', 'normal', '700'] : ['en', 'italic', '400'],
        );
      await page.close();
    }
  });
});

describe('the glossary index', () => {
  test('sets the English column flush left and the Arabic flush right, and is centred as the home page is', async () => {
    const page = await open('glossary/');
    const rows = await page.evaluate(() =>
      [...document.querySelectorAll('.entries > li')].map((li) => {
        const row = (li.querySelector('.terms') ?? li).getBoundingClientRect();
        const text = (selector: string) => {
          const node = li.querySelector(selector)?.firstChild;
          if (!node) return undefined;
          const range = document.createRange();
          range.selectNodeContents(node);
          const r = range.getBoundingClientRect();
          return { left: r.left, right: r.right };
        };
        return { row: { left: row.left, right: row.right }, en: text('.term-en'), ar: text('.term-ar') };
      }),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const { row, en, ar } of rows) {
      expect(Math.abs((en?.left ?? NaN) - row.left)).toBeLessThan(1);
      expect(Math.abs((ar?.right ?? NaN) - row.right)).toBeLessThan(1);
    }
    const centre = async (path: string, selector: string) => {
      const p = path === 'glossary/' ? page : await open(path);
      const box = await p.locator(selector).boundingBox();
      if (p !== page) await p.close();
      if (!box) throw new Error(`${selector} is not shown`);
      return box.x + box.width / 2;
    };
    expect(Math.abs((await centre('glossary/', '.glossary')) - (await centre('glossary/', 'main')))).toBeLessThan(1);
    expect(Math.abs((await centre('glossary/', '.glossary')) - (await centre('', '.home')))).toBeLessThan(1);
    await page.close();
  });
});
