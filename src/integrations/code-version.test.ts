import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../../tests/helpers/build.ts';
import { codeVersion, moduleGraph, RENDERING_ENTRIES } from './code-version.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hamish-code-'));
  await mkdir(join(dir, 'lib'));
  await writeFile(join(dir, 'entry.ts'), "import { a } from './lib/a.ts';\nexport { b } from './lib/b.ts';\n");
  await writeFile(
    join(dir, 'lib/a.ts'),
    "import data from './data.json';\nexport const a = () => import('./lazy.ts');\n",
  );
  await writeFile(join(dir, 'lib/b.ts'), "import type { X } from 'some-package';\nexport const b = 1;\n");
  await writeFile(join(dir, 'lib/lazy.ts'), 'export const lazy = 1;\n');
  await writeFile(join(dir, 'lib/data.json'), '{"x": 1}\n');
  await writeFile(join(dir, 'unrelated.ts'), 'export const u = 1;\n');
  await writeFile(join(dir, 'package-lock.json'), '{"lockfileVersion": 3}\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the code version', () => {
  test('follows static, re-exported and dynamic relative imports, data files included', () => {
    expect(moduleGraph([join(dir, 'entry.ts')]).map((file) => relative(dir, file))).toEqual([
      'entry.ts',
      'lib/a.ts',
      'lib/b.ts',
      'lib/data.json',
      'lib/lazy.ts',
    ]);
  });

  test('changes when any reachable file or the lockfile changes, and only then', async () => {
    const version = () => codeVersion(dir, ['entry.ts']);
    const first = version();
    await writeFile(join(dir, 'unrelated.ts'), 'export const u = 2;\n');
    expect(version()).toBe(first);
    for (const file of ['lib/lazy.ts', 'lib/data.json', 'package-lock.json']) {
      const before = version();
      await writeFile(join(dir, file), `${file} changed\n`);
      expect(version(), file).not.toBe(before);
    }
  });

  test("reaches every module that ingests and renders Hamish's editions", () => {
    const files = moduleGraph(RENDERING_ENTRIES.map((entry) => resolve(ROOT, entry))).map((file) =>
      relative(ROOT, file),
    );
    for (const expected of [
      'src/core/ingest/index.ts',
      'src/core/ingest/default-furniture.ts',
      'src/core/glossary/match.ts',
      'src/core/edition/to-mdx.ts',
      'src/core/align/align.ts',
      'src/plugins/rehype-bidi/index.ts',
      'src/plugins/remark-glossary/index.ts',
      'src/integrations/editions/render.ts',
      'src/integrations/editions/align.ts',
      'src/integrations/content-folder.ts',
    ])
      expect(files).toContain(expected);
  });
});
