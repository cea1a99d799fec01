/**
 * A build that fails, or is killed, never leaves a half-written site in the output folder nor a
 * cache the next build trusts; two builds of one project do not run at once. Each test starts
 * from the last good site and checks it is still there, file for file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { lockFile } from '../../src/integrations/publish.ts';
import { workDir } from '../../src/integrations/paths.ts';
import {
  EDITOR_CONTENT,
  fileHashes,
  ROOT,
  scratchContent,
  startBuild,
  withBuildLock,
  type ScratchContent,
} from '../helpers/build.ts';
import { readPage, textOf } from '../helpers/html.ts';

let scratch: ScratchContent;
const outDir = join(ROOT, '.hamish', 'test-builds', 'safety');
const scripts = join(ROOT, '.hamish', 'test-builds', 'safety-scripts');

/** A stand-in for Pagefind's binary (Pagefind's own `PAGEFIND_EXTENDED_BINARY_PATH`). */
async function fakePagefind(name: string, script: string): Promise<string> {
  await mkdir(scripts, { recursive: true });
  const path = join(scripts, name);
  await writeFile(path, `#!/bin/sh\n${script}\n`);
  await chmod(path, 0o755);
  return path;
}

let good: Record<string, string>;

beforeAll(async () => {
  scratch = await scratchContent('hamish-safety-', EDITOR_CONTENT);
  // Enough pages that generation takes a moment, so that a build can be killed in the middle of it.
  for (let i = 0; i < 300; i++) {
    await writeFile(
      join(scratch.folder, 'documents', `filler-${String(i).padStart(3, '0')}.en.txt`),
      `Filler document ${i}\n\nThe council met on Tuesday to discuss the budget for the library number ${i}.\n`,
    );
  }
  await rm(outDir, { recursive: true, force: true });
  const first = await withBuildLock(() => startBuild(scratch.folder, outDir).done);
  expect(first.code, first.output).toBe(0);
  good = await fileHashes(outDir);
  expect(Object.keys(good)).toContain('en/filler-000/index.html');
  expect(Object.keys(good).some((path) => path.startsWith('pagefind/'))).toBe(true);
}, 300_000);

afterAll(async () => {
  await rm(scripts, { recursive: true, force: true });
  await scratch?.remove();
});

// The one fixture with more documents than a page lists (its 300 fillers), so the place to check paging.
test('each page of the home’s list has a title of its own, numbered in the page’s language', async () => {
  const title = async (path: string) => textOf(await readPage(outDir, path), 'title');
  expect(await title('/')).toBe('Hamish — Bilingual reading editions in Arabic and English');
  expect(await title('/page/2/')).toBe('Hamish — Bilingual reading editions in Arabic and English (page 2)');
  expect(await title('/ar/page/2/')).toMatch(/^هامش — .* \(الصفحة ٢\)$/);
  const second = await readPage(outDir, '/page/2/');
  expect(textOf(second, 'h1')).toBe('Hamish');
  expect(textOf(second, '.home h2')).toBe('Documents');
});

describe('a failing search step', () => {
  test.each([
    ['exits at once', 'exit 3'],
    ['is killed while indexing', 'sleep 1\nkill -9 $$'],
  ])(
    'Pagefind that %s fails the build, naming the step, and the last good site stays',
    async (name, script) => {
      const binary = await fakePagefind(name.replaceAll(' ', '-'), script);
      const result = await withBuildLock(async () => {
        // Without the search bundles of the last build, which would be reused rather than indexed again.
        await rm(join(workDir(scratch.folder, ROOT), 'search-cache'), { recursive: true, force: true });
        return startBuild(scratch.folder, outDir, { PAGEFIND_EXTENDED_BINARY_PATH: binary }).done;
      });
      expect(result.code).not.toBe(0);
      expect(result.output).toMatch(/Search index: Pagefind/);
      expect(await fileHashes(outDir)).toEqual(good);
    },
    300_000,
  );
});

describe('a build killed while generating pages', () => {
  test('leaves the last good site, and the next build recovers', async () => {
    await withBuildLock(async () => {
      // A change, so that the next build has pages to render and the site to replace.
      await writeFile(join(scratch.folder, 'documents', 'late-addition.en.txt'), 'Late addition\n\nA new report.\n');
      // Without Astro's page cache every page is rendered again, so the build is still generating pages
      // when it is killed (with the cache, the pages it copies may all be done in a moment).
      await rm(join(workDir(scratch.folder, ROOT), 'cache'), { recursive: true, force: true });
      const build = startBuild(scratch.folder, outDir);
      // Astro colours its lines in CI (an escape code after the branch), so the pattern allows anything there.
      const pageLines = () => build.output().match(/├─.*index\.html/g)?.length ?? 0;
      await new Promise<void>((resolve) => {
        const timer = setInterval(() => {
          if (pageLines() >= 20 || build.child.exitCode !== null) {
            clearInterval(timer);
            resolve();
          }
        }, 5);
      });
      build.child.kill('SIGKILL');
      const killed = await build.done;
      expect(killed.code, 'the build ended before it could be killed').not.toBe(0);
      expect(pageLines()).toBeLessThan(600);
      expect(await fileHashes(outDir)).toEqual(good);

      const next = await startBuild(scratch.folder, outDir).done;
      expect(next.code, next.output).toBe(0);
      expect(next.output).toMatch(/stopped while generating pages/);
      const after = await fileHashes(outDir);
      expect(Object.keys(after)).toContain('en/late-addition/index.html');
      // Nothing of the last good site is lost on the way (the new page adds its own search files).
      for (const path of Object.keys(good)) if (!path.startsWith('pagefind/')) expect(after).toHaveProperty([path]);
    });
  }, 300_000);
});

describe('caches and locks', () => {
  test('corrupt cache files are rebuilt with a warning', async () => {
    const work = workDir(scratch.folder, ROOT);
    const result = await withBuildLock(async () => {
      await writeFile(join(work, 'cache', 'incremental-build.json'), '{"version": 1, "rou');
      await writeFile(join(work, 'cache', 'data-store.json'), '[{"editions": [');
      await writeFile(join(work, 'ingest-cache.json'), '{"version": "x", "gro');
      // Search's kept page analyses, and its kept files: half of them deleted by hand, and a file
      // half-written by a killed build (see search-cache.ts).
      await writeFile(join(work, 'search-pages.json'), '{"version": "x", "val');
      const store = join(work, 'search-files');
      const kept = await readdir(store);
      for (const name of kept.filter((_, i) => i % 2 === 0)) await rm(join(store, name));
      await writeFile(join(store, `${kept[1]}.tmp`), 'half');
      // An edit, so that the build has something to do and reads its caches.
      await writeFile(join(scratch.folder, 'documents', 'after-corruption.en.txt'), 'After corruption\n\nA report.\n');
      return startBuild(scratch.folder, outDir).done;
    });
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/page cache .* could not be read; every page is rendered again/);
    expect(result.output).toMatch(/content cache .* could not be read; every edition is rendered again/);
    expect(result.output).toMatch(/ingest cache .* could not be read/);
    expect(result.output).toMatch(/search cache .*search-pages\.json could not be read; it is made again/);
    expect(Object.keys(await fileHashes(outDir))).toContain('en/filler-299/index.html');
    // Every search file is whole again: the deleted ones made again, the half-written one ignored.
    const texts = join(outDir, 'search-data', 'text');
    for (const name of await readdir(texts))
      expect(JSON.parse(gunzipSync(await readFile(join(texts, name))).toString())).toHaveProperty('blocks');
    expect(await readdir(join(work, 'search-files'))).not.toContainEqual(expect.stringMatching(/\.tmp$/));
  }, 300_000);

  test('a build beside a running `astro dev` stops with a message naming it', async () => {
    const result = await withBuildLock(async () => {
      // This test's own process stands in for the dev server: it is alive.
      await mkdir(join(ROOT, '.hamish', 'locks'), { recursive: true });
      await writeFile(lockFile(ROOT), JSON.stringify({ pid: process.pid, command: 'dev' }));
      try {
        return await startBuild(scratch.folder, outDir).done;
      } finally {
        await rm(lockFile(ROOT), { force: true });
      }
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(`\`astro dev\` (process ${process.pid}) is running on this project`);
    expect(result.output).toContain(`Stop that dev server (Ctrl-C in its terminal, or \`kill ${process.pid}\`)`);
    // One message, not a stack trace into Hamish's code.
    expect(result.output).not.toMatch(/Stack trace|Location:|publish\.ts:\d+/);
  }, 300_000);

  test('Ctrl-C (SIGINT) on a build releases the lock and ends the build as the signal does', async () => {
    const { build, ended } = await withBuildLock(async () => {
      await writeFile(join(scratch.folder, 'documents', 'interrupted.en.txt'), 'Interrupted\n\nA report.\n');
      const started = startBuild(scratch.folder, outDir);
      // Interrupted once it holds the lock.
      await new Promise<void>((resolve) => {
        const timer = setInterval(() => {
          const holder = existsSync(lockFile(ROOT)) ? readFileSync(lockFile(ROOT), 'utf8') : '';
          if (holder.includes(`"pid":${started.child.pid}`) || started.child.exitCode !== null) {
            clearInterval(timer);
            resolve();
          }
        }, 5);
      });
      started.child.kill('SIGINT');
      return { build: started, ended: await started.done };
    });
    expect(build.child.signalCode, ended.output).toBe('SIGINT');
    expect(existsSync(lockFile(ROOT))).toBe(false);
    expect(ended.output).not.toMatch(/Taking over the lock/);
  }, 300_000);

  test('a second build waits for the first, and both succeed', async () => {
    const [first, second] = await withBuildLock(async () => {
      // An edit, so that the first build has something to do (the second then finds nothing changed).
      await writeFile(join(scratch.folder, 'documents', 'while-locked.en.txt'), 'While locked\n\nA report.\n');
      const a = startBuild(scratch.folder, outDir);
      // The second starts once the first holds the lock.
      await new Promise<void>((resolve) => {
        const timer = setInterval(() => {
          if (a.output().includes('Reading') || a.child.exitCode !== null) {
            clearInterval(timer);
            resolve();
          }
        }, 5);
      });
      const b = startBuild(scratch.folder, outDir);
      return Promise.all([a.done, b.done]);
    });
    expect(first.code, first.output).toBe(0);
    expect(second.code, second.output).toBe(0);
    expect(second.output).toMatch(/Waiting for the build of process \d+ to finish/);
    expect(second.output).toMatch(/Nothing changed since the last build/);
  }, 300_000);
});
