/**
 * Search under `npm run dev`: before any build of the content folder, the UI says how to get an
 * index; after a build, the dev server searches that build's index.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import {
  acquireDevServerLocks,
  ROOT,
  SAMPLE_CONTENT,
  runBuild,
  scratchContent,
  userEnv,
  type ScratchContent,
} from '../helpers/build.ts';

// Vitest's own import.meta.env values in process.env would reach Astro (see search.test.ts).
for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete process.env[name];

const PORT = 5000 + (process.pid % 1000);
const ORIGIN = `http://127.0.0.1:${PORT}`;
let scratch: ScratchContent;
let folder: string;
let browser: Browser;

/** A dev server of `content`, answering once the sample document renders. */
async function startDev(content: string): Promise<{ stop(): Promise<void>; log(): string }> {
  const release = await acquireDevServerLocks();
  // --ignore-lock: a person's dev server of this project must not stop this one (other tests' wait
  // for the locks above).
  const server: ChildProcess = spawn(
    join(ROOT, 'node_modules/.bin/astro'),
    ['dev', '--host', '127.0.0.1', '--port', String(PORT), '--ignore-lock'],
    {
      cwd: ROOT,
      env: userEnv({ CONTENT_DIR: content }),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  server.stdout?.on('data', (chunk) => (log += chunk));
  server.stderr?.on('data', (chunk) => (log += chunk));
  const deadline = Date.now() + 90_000;
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    await release();
  };
  while (
    !(await fetch(`${ORIGIN}/en/macron-campaign-hack/`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the dev server never answered; it said:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { stop, log: () => log };
}

beforeAll(async () => {
  scratch = await scratchContent('hamish-search-dev-', SAMPLE_CONTENT);
  folder = scratch.folder;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await scratch?.remove();
});

/**
 * Types `query` into the header box of a fresh page and returns the status line once settled. The
 * dev server may reload the page while it prepares the search script's dependencies on first use;
 * a search cut short by a reload is typed again (three times at most).
 */
async function search(query: string, log: () => string): Promise<{ page: Page; status: string }> {
  const page = await browser.newPage();
  for (let attempt = 1; ; attempt++) {
    try {
      await page.goto(`${ORIGIN}/en/macron-campaign-hack/`, { waitUntil: 'networkidle' });
      await page.click('#site-search-q', { timeout: 15_000 });
      await page.keyboard.type(query);
      await page.waitForFunction(
        () => {
          const status = document.querySelector('.search-popup .search-status')?.textContent ?? '';
          return status !== '' && !status.endsWith('…');
        },
        null,
        { timeout: 30_000 },
      );
      return { page, status: (await page.textContent('.search-popup .search-status')) ?? '' };
    } catch (error) {
      if (attempt === 3) throw new Error(`${String(error)}\ndev server said:\n${log().slice(-3000)}`, { cause: error });
    }
  }
}

test('before any build, the dev server says how to get a search index', async () => {
  const dev = await startDev(folder);
  try {
    expect(dev.log()).toMatch(/No search index yet: run `npm run build`/);
    const { page, status } = await search('Macron', dev.log);
    expect(status).toBe('The search index is missing: build the site (npm run build), then reload this page.');
    await page.close();
  } finally {
    await dev.stop();
  }
});

test('after a build of the same content, the dev server searches its index', async () => {
  const out = await mkdtemp(join(tmpdir(), 'hamish-search-dev-out-'));
  const build = await runBuild({ contentDir: folder }, out);
  await rm(out, { recursive: true, force: true });
  expect(build.code, build.output).toBe(0);
  const dev = await startDev(folder);
  try {
    expect(dev.log()).toMatch(/Search uses the index of the last build/);
    const { page, status } = await search('Macron', dev.log);
    expect(status).toBe('2 results for “Macron”');
    const langs = await page.$$eval('.search-popup .search-result', (items) =>
      items.map((i) => (i as HTMLElement).dataset.lang).sort(),
    );
    expect(langs).toEqual(['ar', 'en']);
    await page.close();
  } finally {
    await dev.stop();
  }
});
