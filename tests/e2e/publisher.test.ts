/**
 * A publisher's site under `astro preview`, as `npm run preview` serves it: an address with no page
 * gets the 404 page (Hamish's, in both languages, with the search box), not Astro's default; and a
 * `BASE_PATH` build is served at its sub-path.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, strictContext } from '../helpers/browser.ts';
import { buildOnce, ROOT, runBuild, userEnv, withBuildLock } from '../helpers/build.ts';
import { removeSnapshots, snapshotSite } from '../helpers/serve.ts';

const CONFIG = 'tests/fixtures/publisher/astro.config.mjs';
const PORT = 6000 + (process.pid % 1000);
const ORIGIN = `http://127.0.0.1:${PORT}`;
let browser: Browser;

/** `astro preview` of the build in `outDir`, answering at `path`. */
async function startPreview(outDir: string, path: string, env: NodeJS.ProcessEnv = {}) {
  const server: ChildProcess = spawn(
    join(ROOT, 'node_modules/.bin/astro'),
    ['preview', '--config', CONFIG, '--outDir', outDir, '--host', '127.0.0.1', '--port', String(PORT)],
    { cwd: ROOT, env: userEnv(env), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  server.stdout?.on('data', (chunk) => (log += chunk));
  server.stderr?.on('data', (chunk) => (log += chunk));
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 60_000;
  while (
    !(await fetch(`${ORIGIN}${path}`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`astro preview never answered at ${path}; it said:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { stop, log: () => log };
}

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await removeSnapshots();
});

test('a missing address shows the 404 page in both languages, with the search box', async () => {
  const build = await buildOnce({ contentDir: join(ROOT, 'tests/fixtures/publisher/content'), config: CONFIG });
  if (build.code !== 0) throw new Error(`publisher build failed:\n${build.output}`);
  const preview = await startPreview(await snapshotSite(build.outDir), '/');
  try {
    const { context, errors } = await strictContext(browser, ORIGIN);
    const page = await context.newPage();
    const response = await page.goto(`${ORIGIN}/en/no-such-report/`);
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.textContent('h1')).toBe('الصفحة غير موجودة');
    expect(await page.textContent('.not-found h2')).toBe('Page not found');
    const search = page.locator('.site-header input[type=search]');
    expect(await search.isVisible()).toBe(true);
    // The box works on this page too: a query shows results from the site's index.
    await search.fill('port');
    await expect
      .poll(() => page.locator('.search-popup .search-result a').first().getAttribute('href'), { timeout: 15_000 })
      .toMatch(/^\/(en|ar)\/(harbour-strike|budget-vote|about)\/\?hl=port$/);
    // The one error is the browser's note of the page's own 404 status.
    expect(errors.filter((error) => !/status of 404/.test(error))).toEqual([]);
    await context.close();
  } finally {
    await preview.stop();
  }
});

test('npm run preview serves a BASE_PATH build at its sub-path', async () => {
  const outDir = join(ROOT, '.hamish', 'test-builds', 'publisher-preview-base');
  // Built as a user would (BASE_PATH set), previewed without it, as `npm run preview` is run.
  const build = await runBuild(
    { contentDir: join(ROOT, 'tests/fixtures/publisher/content'), config: CONFIG, base: '/archive/' },
    outDir,
  );
  if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
  // The preview reads which base the build was for as it starts: no other build may come between.
  const preview = await withBuildLock(() => startPreview(outDir, '/archive/'));
  try {
    expect((await fetch(`${ORIGIN}/archive/en/`)).status).toBe(200);
    const missing = await fetch(`${ORIGIN}/archive/en/no-such-report/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('href="/archive/en/"');
  } finally {
    await preview.stop();
  }
});
