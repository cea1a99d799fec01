import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { importOptions, optionsFile, staticOptionsNotice } from './options-file.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hamish-options-file-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

test('an edited options file is read again, as `astro dev` restarting needs', async () => {
  const file = join(dir, 'site.options.mjs');
  await writeFile(file, "export default { name: { en: 'First' } };\n");
  const first = await importOptions<{ name: { en: string } }>('./site.options.mjs', pathToFileURL(join(dir, 'x.mjs')));
  expect(first.name.en).toBe('First');
  expect(optionsFile(first)).toBe(file);

  await writeFile(file, "export default { name: { en: 'Second' } };\n");
  // A later modification time, as an editor saving it a moment later leaves.
  const later = new Date(Date.now() + 5_000);
  await utimes(file, later, later);
  const second = await importOptions<{ name: { en: string } }>(file);
  expect(second.name.en).toBe('Second');
  expect(optionsFile(second)).toBe(file);
  expect(optionsFile({})).toBeUndefined();
});

test('a file without a default export of options says so', async () => {
  await writeFile(join(dir, 'wrong.mjs'), 'export const name = 1;\n');
  await expect(importOptions(join(dir, 'wrong.mjs'))).rejects.toThrow(/must export its options as its default export/);
});

test('dev says a plainly imported options file needs a restart, only when the project has one', async () => {
  expect(staticOptionsNotice(dir)).toBeUndefined();
  await writeFile(join(dir, 'site.options.mjs'), 'export default {};\n');
  expect(staticOptionsNotice(dir)).toMatch(
    /takes effect only once `astro dev` is stopped and started again.*importOptions/,
  );
});
