/**
 * axe-core, run in headless Chromium over every page of the built sites (home pages, document
 * pages, and the glossary and search pages wherever the build has them), in the light and the dark
 * theme, and over document pages in every reading mode and on a phone: zero violations.
 */
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, strictContext, VIEWPORTS } from '../helpers/browser.ts';
import { buildOnce, HOSTILE, SAMPLE_CONTENT } from '../helpers/build.ts';
import { otherContent } from '../helpers/other-content.ts';
import { removeSnapshots, serve, snapshotSite, type StaticServer } from '../helpers/serve.ts';

/** What axe reports about one rule, reduced to what a failing test should print. */
interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

interface Site {
  outDir: string;
  server: StaticServer;
  /** Site paths of every page, e.g. `ar/x/`. */
  pages: string[];
}

const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const sites: Record<string, Site> = {};
let browser: Browser;

/** Whether a site path is a document page in `lang` (`ar/<slug>/`), not the search page or a page of the home list. */
const isDocument = (path: string, lang: string) => new RegExp(`^${lang}/(?!search/|page/)[^/]+/$`).test(path);

/** Every page of a built site, as paths relative to its root (`''` for the home page). */
async function pagesOf(outDir: string): Promise<string[]> {
  const files = (await readdir(outDir, { recursive: true })).filter((name) => name.endsWith('index.html'));
  return files.map((file) => file.replace(/index\.html$/, '')).sort();
}

beforeAll(async () => {
  const folders = { sample: SAMPLE_CONTENT, hostile: HOSTILE, other: await otherContent(6) };
  for (const [name, contentDir] of Object.entries(folders)) {
    const build = await buildOnce({ contentDir });
    if (build.code !== 0) throw new Error(`${name} build failed:\n${build.output}`);
    const outDir = await snapshotSite(build.outDir);
    sites[name] = { outDir, server: await serve(outDir), pages: await pagesOf(outDir) };
  }
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(Object.values(sites).map((site) => site.server.close()));
  await removeSnapshots();
});

/**
 * The violations axe finds on `path`, each as `path [setting] rule: targets`, after `prepare` has run
 * (e.g. choosing a reading mode). Problems of the page itself (console errors, CSP refusals,
 * requests to other sites) are reported the same way, so that a page cannot pass by failing to load.
 */
async function audit(
  site: Site,
  path: string,
  setting: string,
  options: BrowserContextOptions,
  mode?: string,
): Promise<string[]> {
  const { context, offsite, errors } = await strictContext(browser, site.server.url, {
    viewport: VIEWPORTS.wide,
    ...options,
  });
  const page = await context.newPage();
  await page.goto(site.server.url + path);
  if (mode) await page.click(`label[for="mode-${mode}"]`);
  await page.evaluate(() => document.fonts.ready);
  // Evaluated through the DevTools protocol, axe is not a page script: the CSP does not apply to it.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: AxeViolation[] }> } }).axe;
    const { violations } = await axe.run(document);
    return violations.map(({ id, help, nodes }) => ({
      id,
      help,
      nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
    }));
  });
  await context.close();
  return [
    ...violations.map(
      (v) => `/${path} [${setting}] ${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
    ...offsite.map((url) => `/${path} [${setting}] request to another site: ${url}`),
    ...errors.map((error) => `/${path} [${setting}] ${error}`),
  ];
}

describe.each(['sample', 'hostile', 'other'])('the %s site', (name) => {
  test('has home pages and document pages in both languages', () => {
    const { pages } = sites[name];
    expect(pages).toContain('');
    expect(pages).toContain('ar/');
    expect(pages.some((p) => isDocument(p, 'ar'))).toBe(true);
    expect(pages.some((p) => isDocument(p, 'en'))).toBe(true);
  });

  // Every page, the archive's browse pages included, one after another: more time than the default.
  test.each(['light', 'dark'] as const)(
    'every page has no axe violation in the %s theme',
    async (colorScheme) => {
      const found: string[] = [];
      for (const path of sites[name].pages)
        found.push(...(await audit(sites[name], path, colorScheme, { colorScheme })));
      expect(found).toEqual([]);
    },
    600_000,
  );

  test('document pages have no axe violation in any reading mode, nor on a phone', async () => {
    const site = sites[name];
    // Every document page is audited above; here a few per language are enough, since the modes
    // and the phone layout come from the same template on every one of them.
    const documents = ['ar', 'en'].flatMap((lang) => site.pages.filter((p) => isDocument(p, lang)).slice(0, 3));
    const found: string[] = [];
    for (const path of documents) {
      found.push(...(await audit(site, path, 'phone', { viewport: VIEWPORTS.narrow })));
      const html = await readFile(join(site.outDir, path, 'index.html'), 'utf8');
      if (!html.includes('name="reading-mode"')) continue;
      for (const mode of ['stacked', 'ar', 'en']) found.push(...(await audit(site, path, `mode ${mode}`, {}, mode)));
    }
    expect(found).toEqual([]);
  });
});
