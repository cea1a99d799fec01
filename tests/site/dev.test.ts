import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  acquireDevServerLocks,
  ROOT,
  SAMPLE_CONTENT,
  scratchContent,
  userEnv,
  type ScratchContent,
} from '../helpers/build.ts';
import { lockFile } from '../../src/integrations/publish.ts';

// fetch refuses the Fetch standard's "bad ports" (4045 and 4190 among them): 4200–4899 holds none.
const PORT = 4200 + (process.pid % 700);
const ORIGIN = `http://127.0.0.1:${PORT}`;
let server: ChildProcess;
let scratch: ScratchContent;
let folder: string;
let log = '';
let release: (() => Promise<void>) | undefined;

/** Polls `path` on the dev server until it answers `status` (or the deadline passes). */
async function waitFor(path: string, status: number, deadline = Date.now() + 60_000): Promise<string> {
  let last: string;
  for (;;) {
    try {
      const response = await fetch(`${ORIGIN}${path}`, { signal: AbortSignal.timeout(10_000) });
      const body = await response.text();
      if (response.status === status) return body;
      last = `${response.status}: ${body.slice(0, 500)}`;
    } catch (error) {
      last = String((error as Error).cause ?? error); // not listening yet
    }
    if (Date.now() > deadline)
      throw new Error(`${path} never answered ${status} (last: ${last}); dev server said:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(async () => {
  release = await acquireDevServerLocks();
  scratch = await scratchContent('hamish-dev-', SAMPLE_CONTENT);
  folder = scratch.folder;
  server = spawn(join(ROOT, 'node_modules/.bin/astro'), ['dev', '--host', '127.0.0.1', '--port', String(PORT)], {
    cwd: ROOT,
    env: userEnv({ CONTENT_DIR: folder }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk) => (log += chunk));
  server.stderr?.on('data', (chunk) => (log += chunk));
  await waitFor('/en/macron-campaign-hack/', 200);
});

afterAll(async () => {
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  await scratch?.remove();
  await release?.();
});

test('npm run dev shows a newly added source without a restart', async () => {
  await writeFile(
    join(folder, 'documents', 'late-addition.en.txt'),
    'A report added while the server runs.\nIts second paragraph.\n',
  );
  const html = await waitFor('/en/late-addition/', 200);
  expect(html).toContain('Its second paragraph.');
});

/** How many content passes the dev server has reported so far. */
const passes = () => log.split('\n').filter((line) => / sources? \(.*\) → \d+ editions? /.test(line)).length;

test('three sources added at once are one content pass, its notices printed once', async () => {
  await waitFor('/en/late-addition/', 200);
  await new Promise((r) => setTimeout(r, 1000));
  const before = passes();
  await Promise.all([
    writeFile(join(folder, 'documents', 'batch-one.en.txt'), 'Batch document one.\nIts second paragraph.\n'),
    writeFile(join(folder, 'documents', 'batch-two.en.txt'), 'Batch document two.\nIts second paragraph.\n'),
    // A legacy encoding: decoded, with a notice, which must be printed once.
    writeFile(
      join(folder, 'documents', 'batch-three.ar.txt'),
      iconv.encode('وثيقة ثالثة أضيفت مع وثيقتين.\nوفقرتها الثانية.\n', 'windows-1256'),
    ),
  ]);
  for (const path of ['/en/batch-one/', '/en/batch-two/', '/ar/batch-three/']) await waitFor(path, 200);
  await new Promise((r) => setTimeout(r, 1000));
  expect(passes() - before).toBe(1);
  expect(log.split('batch-three.ar.txt: notice: not UTF-8').length - 1).toBe(1);
});

test('a content error shows in the browser, naming the file and line, until it is fixed', async () => {
  const sidecar = join(folder, 'documents', 'macron-campaign-hack.yaml');
  const original = await readFile(sidecar, 'utf8');
  await writeFile(sidecar, 'relation: [coverage\n');
  const page = await waitFor('/en/macron-campaign-hack/', 500);
  expect(page).toMatch(/documents\/macron-campaign-hack\.yaml:\d+(:\d+)?: error/);
  // The home pages too: no page lists or shows the content as if nothing were wrong.
  for (const home of ['/', '/ar/'])
    expect(await waitFor(home, 500)).toMatch(/macron-campaign-hack\.yaml:\d+(:\d+)?: error/);
  await writeFile(sidecar, original);
  const fixed = await waitFor('/en/macron-campaign-hack/', 200);
  expect(fixed).toContain('Macron');
});

// Last: it stops the server.
test('Ctrl-C (SIGINT) stops the dev server and releases the project’s lock', async () => {
  expect(JSON.parse(await readFile(lockFile(ROOT), 'utf8'))).toMatchObject({ pid: server.pid, command: 'dev' });
  const exited = new Promise((resolve) => server.once('exit', (_code, signal) => resolve(signal)));
  server.kill('SIGINT');
  expect(await exited).toBe('SIGINT');
  expect(existsSync(lockFile(ROOT))).toBe(false);
});
