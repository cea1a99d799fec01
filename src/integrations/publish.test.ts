import type { AstroIntegrationLogger } from 'astro';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { lockFile, outputPlan, publishOutput, recoverOutput, type OutputPlan } from './publish.ts';

let root: string;
let plan: OutputPlan;
const warnings: string[] = [];
const logger = { warn: (m: string) => warnings.push(m), info: () => undefined } as unknown as AstroIntegrationLogger;

async function site(dir: string, text: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'index.html'), text);
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'hamish-publish-'));
  plan = outputPlan(join(root, 'dist'), join(root, 'work'));
  warnings.length = 0;
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('publishing a staged build', () => {
  test('replaces the output folder with the staged site, leaving nothing beside it', async () => {
    await site(plan.target, 'old');
    await site(plan.staging, 'new');
    await publishOutput(plan);
    expect(await readFile(join(plan.target, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(plan.staging)).toBe(false);
    expect(existsSync(plan.previous)).toBe(false);
    expect(existsSync(plan.journal)).toBe(false);
  });

  test('a first build publishes into a folder that does not exist yet', async () => {
    await site(plan.staging, 'new');
    await publishOutput(plan);
    expect(await readFile(join(plan.target, 'index.html'), 'utf8')).toBe('new');
  });
});

describe('recovering from a build killed while publishing', () => {
  test('between the two renames: the last good site is put back', async () => {
    await site(plan.target, 'old');
    await site(plan.staging, 'new');
    // What `publishOutput` has done when it is killed after its first rename.
    await mkdir(join(root, 'work'), { recursive: true });
    await writeFile(plan.journal, JSON.stringify({ target: plan.target }));
    await rename(plan.target, plan.previous);

    await recoverOutput(plan, logger);
    expect(await readFile(join(plan.target, 'index.html'), 'utf8')).toBe('old');
    expect(warnings.join('\n')).toMatch(/stopped while publishing/);
    expect(existsSync(plan.previous)).toBe(false);
  });

  test('after the second rename: the new site stays, the old copy is removed', async () => {
    await site(plan.target, 'new');
    await site(plan.previous, 'old');
    await writeFile(plan.journal, JSON.stringify({ target: plan.target }));
    await recoverOutput(plan, logger);
    expect(await readFile(join(plan.target, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(plan.previous)).toBe(false);
    expect(warnings).toEqual([]);
  });
});

describe('the project lock when a signal comes', () => {
  /** Runs `body` in a Node process of its own that has taken the lock of `folders` projects, and what it printed. */
  function inProcess(folders: number, body: string) {
    const script = `
      import { existsSync } from 'node:fs';
      import { join } from 'node:path';
      const { acquireProjectLock, lockFile } = await import(${JSON.stringify(new URL('./publish.ts', import.meta.url).href)});
      const logger = { info() {}, warn() {} };
      const roots = Array.from({ length: ${folders} }, (_, i) => join(${JSON.stringify(root)}, 'p' + i));
      for (const folder of roots) await acquireProjectLock(folder, 'build', logger);
      const held = () => roots.filter((folder) => existsSync(lockFile(folder))).length;
      ${body}
    `;
    return spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  }

  test('a process that handles Ctrl-C itself and carries on keeps its locks, with one listener for all', () => {
    const result = inProcess(
      13,
      `process.on('SIGINT', () => {});
       process.kill(process.pid, 'SIGINT');
       setTimeout(() => { console.log(JSON.stringify({ held: held(), listeners: process.listenerCount('SIGINT') })); process.exit(0); }, 200);`,
    );
    expect(result.stderr).not.toMatch(/MaxListenersExceeded/);
    expect(JSON.parse(result.stdout)).toEqual({ held: 13, listeners: 2 });
    // It exited: the locks went with it.
    expect(readdirSync(root).filter((folder) => existsSync(lockFile(join(root, folder))))).toEqual([]);
  });

  test('a process that nothing else keeps alive releases its locks and ends by the signal', () => {
    const result = inProcess(
      2,
      `process.kill(process.pid, 'SIGINT'); setTimeout(() => console.log('still running'), 500);`,
    );
    expect(result.signal).toBe('SIGINT');
    expect(result.stdout).not.toMatch(/still running/);
    expect(readdirSync(root).filter((folder) => existsSync(lockFile(join(root, folder))))).toEqual([]);
  });
});
