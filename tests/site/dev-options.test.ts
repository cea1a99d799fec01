/**
 * A publisher's options in a file of their own (`site.options.mjs`, read with `importOptions` as
 * docs/publishing.md shows): `astro dev` applies a change to it as it is saved, without being
 * stopped and started again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { acquireDevServerLocks, ROOT, SAMPLE_CONTENT, userEnv } from '../helpers/build.ts';

const PORT = 5000 + (process.pid % 1000);
let server: ChildProcess;
let folder: string;
let log = '';
let release: (() => Promise<void>) | undefined;
const optionsFile = () => join(folder, 'site.options.mjs');

/** The home page's HTML once it contains `text` (or an error, with what the server said). */
async function homeWith(text: string, deadline = Date.now() + 90_000): Promise<string> {
  let last: string;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${PORT}/en/`, { signal: AbortSignal.timeout(10_000) });
      last = await response.text();
      if (response.ok && last.includes(text)) return last;
    } catch (error) {
      last = String((error as Error).cause ?? error); // not listening, or restarting
    }
    if (Date.now() > deadline) throw new Error(`/en/ never showed ${text} (last: ${last.slice(0, 300)}):\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(async () => {
  release = await acquireDevServerLocks();
  folder = await mkdtemp(join(tmpdir(), 'hamish-dev-options-'));
  await writeFile(optionsFile(), "export default { name: { en: 'First Herald' } };\n");
  server = spawn(
    join(ROOT, 'node_modules/.bin/astro'),
    ['dev', '--config', 'tests/fixtures/options-file/astro.config.mjs', '--host', '127.0.0.1', '--port', String(PORT)],
    {
      cwd: ROOT,
      env: userEnv({ CONTENT_DIR: SAMPLE_CONTENT, HAMISH_OPTIONS_FILE: optionsFile() }),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server.stdout?.on('data', (chunk) => (log += chunk));
  server.stderr?.on('data', (chunk) => (log += chunk));
  await homeWith('First Herald');
}, 180_000);

afterAll(async () => {
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  await rm(folder, { recursive: true, force: true });
  await release?.();
});

test('a change to the options file takes effect in the running dev server', async () => {
  await writeFile(optionsFile(), "export default { name: { en: 'Second Herald' } };\n");
  const html = await homeWith('Second Herald');
  expect(html).not.toContain('First Herald');
}, 120_000);
