/**
 * Hostile text is inert in the browser: pages built from sources full of `<script>`, event
 * handlers, `javascript:` links and `{expressions}` show those strings as text, open no dialog,
 * run nothing, and the page's Content-Security-Policy refuses inline code even when injected.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, strictContext } from '../helpers/browser.ts';
import { buildOnce, HOSTILE } from '../helpers/build.ts';
import { fold } from '../helpers/html.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const build = await buildOnce({ contentDir: HOSTILE });
  if (build.code !== 0) throw new Error(`hostile build failed:\n${build.output}`);
  server = await serve(build.outDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(['ar', 'en'])('the %s hostile page in Chromium', (lang) => {
  test('shows every line as text, and nothing in it runs', async () => {
    const { context, offsite } = await strictContext(browser, server.url);
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${server.url}${lang}/hostile/`);
    // The text has no link to click: `[click me](javascript:…)` and `<javascript:…>` stay text.
    expect(await page.$$eval('article.primary .edition-text a[href^="javascript:" i]', (links) => links.length)).toBe(
      0,
    );

    const shown = fold(await page.innerText('article.primary .edition-text'));
    const source = (await readFile(join(HOSTILE, 'documents', `hostile.${lang}.txt`), 'utf8'))
      .split('\n')
      .map(fold)
      .filter(Boolean);
    for (const line of source) expect(shown).toContain(line);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(offsite).toEqual([]);
    await context.close();
  });

  test('the Content-Security-Policy refuses an inline script injected into the page', async () => {
    const { context, errors } = await strictContext(browser, server.url);
    const page = await context.newPage();
    await page.goto(`${server.url}${lang}/hostile/`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'globalThis.__pwned = 1';
      document.body.append(script);
    });
    expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(errors.join('\n')).toMatch(/Content Security Policy/i);
    await context.close();
  });
});
