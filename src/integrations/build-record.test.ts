import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { builtBase, recordBuild, recordedBase } from './build-record.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'hamish-record-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

test('each output folder keeps the base it was last built for', async () => {
  await recordBuild(root, join(root, 'dist'), '/edition/');
  await recordBuild(root, join(root, 'other'), '/');
  expect(recordedBase(root, join(root, 'dist'))).toBe('/edition/');
  expect(recordedBase(root, join(root, 'other'))).toBe('/');
  await recordBuild(root, join(root, 'dist'), '/archive/');
  expect(recordedBase(root, join(root, 'dist'))).toBe('/archive/');
  // Preview: the recorded base only when it differs from the configured one.
  expect(builtBase(root, join(root, 'dist'), '/')).toBe('/archive/');
  expect(builtBase(root, join(root, 'dist'), '/archive/')).toBeUndefined();
  expect(recordedBase(root, join(root, 'never-built'))).toBeUndefined();
});

test('reads the one-folder record earlier versions wrote, and survives a broken one', async () => {
  await mkdir(join(root, '.hamish'));
  await writeFile(
    join(root, '.hamish', 'last-build.json'),
    JSON.stringify({ outDir: join(root, 'dist'), base: '/x/' }),
  );
  expect(recordedBase(root, join(root, 'dist'))).toBe('/x/');
  await writeFile(join(root, '.hamish', 'last-build.json'), '{"half');
  expect(recordedBase(root, join(root, 'dist'))).toBeUndefined();
  await recordBuild(root, join(root, 'dist'), '/y/');
  expect(recordedBase(root, join(root, 'dist'))).toBe('/y/');
});
