import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { EDITOR_CONTENT, HOSTILE, SAMPLE_CONTENT, ROOT } from '../../tests/helpers/build.ts';
import { ingest } from '../core/ingest/index.ts';
import { readSources } from './content-folder.ts';
import { cachedIngest } from './ingest-cache.ts';

const FOLDERS = {
  sample: SAMPLE_CONTENT,
  editor: EDITOR_CONTENT,
  hostile: HOSTILE,
  handwritten: join(ROOT, 'tests/fixtures/handwritten'),
};

let dir: string;
beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'hamish-ingest-cache-'))));
afterEach(() => rm(dir, { recursive: true, force: true }));

/** What a build keeps of an ingest result: its JSON. */
const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('ingest cached per document', () => {
  test.each(Object.entries(FOLDERS))(
    'gives what ingest gives for all of %s at once, cold and warm',
    async (_, folder) => {
      const files = await readSources(folder);
      const whole = ingest(files);
      const file = join(dir, 'cache.json');
      const cold = await cachedIngest(files, { file, version: 'v1' });
      expect(json({ editions: cold.editions, diagnostics: cold.diagnostics })).toEqual(json(whole));
      const warm = await cachedIngest(files, { file, version: 'v1' });
      expect(warm.ingested).toBe(0);
      expect(json({ editions: warm.editions, diagnostics: warm.diagnostics })).toEqual(json(whole));
    },
  );

  test('ingests again only the document whose bytes changed; a new version ingests all', async () => {
    const files = await readSources(EDITOR_CONTENT);
    const file = join(dir, 'cache.json');
    const first = await cachedIngest(files, { file, version: 'v1' });
    const changed = files.map((f) =>
      f.path === 'documents/campaign-hack.en.txt'
        ? { ...f, bytes: Buffer.from(`${f.bytes.toString()}\nOne more line.\n`) }
        : f,
    );
    const second = await cachedIngest(changed, { file, version: 'v1' });
    expect(second.ingested).toBe(1);
    expect(second.reused).toBe(first.ingested - 1);
    expect(json(second.editions)).toEqual(json(ingest(changed).editions));
    expect((await cachedIngest(changed, { file, version: 'v2' })).reused).toBe(0);
  });

  test('a corrupt cache file is rebuilt, with a warning', async () => {
    const files = await readSources(EDITOR_CONTENT);
    const file = join(dir, 'cache.json');
    await writeFile(file, '{"version": "v1", "groups": {"campaign-hack": ');
    const warnings: string[] = [];
    const result = await cachedIngest(files, { file, version: 'v1', warn: (m) => warnings.push(m) });
    expect(warnings.join('\n')).toMatch(/could not be read/);
    expect(json(result.editions)).toEqual(json(ingest(files).editions));
    expect(JSON.parse(await readFile(file, 'utf8'))).toHaveProperty('version', 'v1');
  });
});
