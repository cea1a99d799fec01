import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { readSources } from './content-folder.ts';

let folder: string;
const scratch = async () => (folder = await mkdtemp(join(tmpdir(), 'hamish-content-')));
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('readSources', () => {
  test('reads every file under documents/, in order, with paths relative to the content folder', async () => {
    await scratch();
    await mkdir(join(folder, 'documents', 'letters'), { recursive: true });
    await writeFile(join(folder, 'documents', 'b.en.txt'), 'B');
    await writeFile(join(folder, 'documents', 'letters', 'a.ar.txt'), 'أ');
    const files = await readSources(folder);
    expect(files.map((f) => [f.path, new TextDecoder().decode(f.bytes)])).toEqual([
      ['documents/b.en.txt', 'B'],
      ['documents/letters/a.ar.txt', 'أ'],
    ]);
  });

  test('a content folder without documents/ has no sources', async () => {
    await scratch();
    expect(await readSources(folder)).toEqual([]);
  });

  test('documents/ that is not a folder is an error naming it, not an empty site', async () => {
    await scratch();
    await writeFile(join(folder, 'documents'), 'not a folder');
    await expect(readSources(folder)).rejects.toThrow(`cannot read ${join(folder, 'documents')}: ENOTDIR`);
  });
});
