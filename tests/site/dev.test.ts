import { spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { acquireDevServerLocks, ROOT, SAMPLE_CONTENT, scratchContent, userEnv, type ScratchContent } from '../helpers/build.ts';

const PORT = 4000 + (process.pid % 1000);
const ORIGIN = `http://127.0.0.1:${PORT}`;
let server: ChildProcess;
let scratch: ScratchContent;
let folder: string;
let log = '';
let release: (() => Promise<void>) | undefined;

/** Polls `path` on the dev server until it answers `status` (or the deadline passes). */
async function waitFor(path: string, status: number, deadline = Date.now() + 60_000): Promise<string> {
  let last = '';
  for (;;) {
    try {
      const response = await fetch(`${ORIGIN}${path}`, { signal: AbortSignal.timeout(10_000) });
      const body = await response.text();
      if (response.status === status) return body;
      last = `${response.status}: ${body.slice(0, 500)}`;
    } catch (error) {
      last = String((error as Error).cause ?? error); // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${path} never answered ${status} (last: ${last}); dev server said:\n${log}`);
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
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  await scratch?.remove();
  await release?.();
});

test('npm run dev shows a newly added source without a restart', async () => {
  await writeFile(join(folder, 'documents', 'late-addition.en.txt'), 'A report added while the server runs.\nIts second paragraph.\n');
  const html = await waitFor('/en/late-addition/', 200);
  expect(html).toContain('Its second paragraph.');
});
