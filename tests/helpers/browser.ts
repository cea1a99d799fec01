import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

/** Debian's Chromium: the only browser the tests drive (never a downloaded build). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Viewports the tests look at pages in. */
export const VIEWPORTS = {
  wide: { width: 1440, height: 1000 },
  narrow: { width: 390, height: 844 },
} as const;

/**
 * Headless Chromium with nothing that talks to the network by itself, so that every request a test
 * sees comes from the page.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A browser context whose every request is checked: requests to any origin other than `origin`
 * are aborted and recorded in `offsite`, and console errors and page errors (an uncaught exception,
 * a script or style refused by the Content-Security-Policy) are recorded in `errors`.
 */
export async function strictContext(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; offsite: string[]; errors: string[] }> {
  const context = await browser.newContext(options);
  const offsite: string[] = [];
  const errors: string[] = [];
  const allowed = new URL(origin).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || new URL(url).origin === allowed) return route.continue();
    offsite.push(url);
    return route.abort();
  });
  context.on('page', (page: Page) => {
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
  });
  return { context, offsite, errors };
}
