import { readFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { compileGlossary, parseGlossary } from '../../src/core/glossary/index.ts';
import { compileEdition } from '../helpers/mdx-harness.ts';
import { remarkGlossary } from '../../src/plugins/remark-glossary/index.ts';

const glossary = compileGlossary(
  parseGlossary(
    readFileSync(new URL('../../src/plugins/remark-glossary/fixtures/glossary.yaml', import.meta.url), 'utf8'),
  ).entries,
);
const render = async (file: string) => (await compileEdition(file, [[remarkGlossary, { glossary }]])).render();

/** note-preview.ts as a classic script that installs itself. */
const script = `${stripTypeScriptTypes(readFileSync(new URL('../../src/scripts/note-preview.ts', import.meta.url), 'utf8')).replace('export function', 'function')}\ninstallNotePreviews(document);`;

/** The preview's styles, as the component ships them. */
const component = readFileSync(new URL('../../src/components/GlossaryPreview.astro', import.meta.url), 'utf8');
const styles = component.match(/<style is:global>([\s\S]*?)<\/style>/)?.[1] ?? '';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  const en = await render('---\nlang: en\n---\n\nSome text, then Macron and the Kremlin.\n');
  const ar = await render('---\nlang: ar\n---\n\nنص ثم ماكرون والكرملين.\n');
  await page.setContent(
    `<!DOCTYPE html><html lang="en"><body style="padding: 3rem"><article lang="en" dir="ltr">${en}</article><article lang="ar" dir="rtl">${ar}</article><button id="elsewhere">elsewhere</button></body></html>`,
  );
  await page.addStyleTag({ content: styles });
  await page.addScriptTag({ content: script });
});

afterAll(async () => {
  await browser?.close();
});

const preview = () => page.locator('.fn-preview');

describe('the note preview', () => {
  test('shows the note on hover, as text only, hidden from assistive technology', async () => {
    await page.hover('#en-fnref-1');
    await expect.poll(() => preview().isVisible()).toBe(true);
    expect(await preview().textContent()).toBe('Emmanuel Macron (إيمانويل ماكرون): French president since 2017.');
    expect(await preview().getAttribute('aria-hidden')).toBe('true');
    expect(await preview().locator('a, [id]').count()).toBe(0);
  });

  test('stays while the pointer moves onto it, and goes when the pointer leaves', async () => {
    await page.hover('#en-fnref-1');
    await page.hover('.fn-preview');
    await page.waitForTimeout(400);
    expect(await preview().isVisible()).toBe(true);
    await page.hover('#elsewhere');
    await expect.poll(() => preview().isVisible()).toBe(false);
  });

  test('shows on keyboard focus, and Escape dismisses it', async () => {
    await page.focus('#elsewhere');
    await page.focus('#en-fnref-2');
    await expect.poll(() => preview().isVisible()).toBe(true);
    expect(await preview().textContent()).toContain('Seat of the Russian presidency.');
    await page.keyboard.press('Escape');
    expect(await preview().isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('en-fnref-2');
    await page.focus('#elsewhere');
    expect(await preview().isVisible()).toBe(false);
  });

  test('an Arabic note is previewed right to left, in Arabic', async () => {
    await page.hover('#ar-fnref-1');
    await expect.poll(() => preview().isVisible()).toBe(true);
    expect(await preview().getAttribute('lang')).toBe('ar');
    expect(await preview().getAttribute('dir')).toBe('rtl');
    expect(await preview().textContent()).toBe('إيمانويل ماكرون (Emmanuel Macron): رئيس فرنسا منذ 2017.');
  });

  test('the component ships the styles that place it', () => {
    expect(styles).toContain('position: absolute');
  });

  test('sits next to its marker, inside the viewport', async () => {
    await page.hover('#ar-fnref-2');
    await expect.poll(() => preview().isVisible()).toBe(true);
    const marker = await page.locator('#ar-fnref-2').boundingBox();
    const box = await preview().boundingBox();
    if (!marker || !box) throw new Error('no layout');
    expect(box.y).toBeGreaterThanOrEqual(marker.y + marker.height);
    expect(box.y - (marker.y + marker.height)).toBeLessThan(20);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1000);
  });
});
