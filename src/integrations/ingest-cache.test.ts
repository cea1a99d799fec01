import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { EDITOR_CONTENT, HOSTILE, SAMPLE_CONTENT, ROOT } from '../../tests/helpers/build.ts';
import { ingest } from '../core/ingest/index.ts';
import { DEFAULT_RULES } from '../core/ingest/furniture.ts';
import type { Edition, SourceFile } from '../core/types.ts';
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

describe('ingest cached per document, with lines the archive repeats', () => {
  const stories = [
    'The council voted on Tuesday to extend the opening hours of the central library until late evening.',
    'Farmers in the northern valley began the olive harvest a week early because of the unusually dry summer.',
    'A new ferry line between the two islands will start running in the spring, the transport ministry said.',
    'Engineers finished repairs on the old stone bridge after three months of work paid for by the region.',
    'The city will plant two thousand trees along the river before the end of the year, the mayor announced.',
    'Hospitals in the capital reported fewer winter admissions than last year, according to new figures today.',
  ];
  /** The built-in rules with learning on (`learn: true` in cleaning.yaml). */
  const LEARNING = { ...DEFAULT_RULES, repeated: true };
  /** A template's line no table knows, long enough that it must recur in three sources (beside different stories). */
  const TEMPLATE = 'Thanks for stopping by the valley';
  const story = (i: number, template: boolean): SourceFile => ({
    path: `documents/story-${i}.en.txt`,
    bytes: Buffer.from(
      `It was the ${i + 1}th such decision this year, officials said on Friday.\n\n${stories[i]}\n${template ? `\n${TEMPLATE}\n` : ''}`,
    ),
  });
  const removedTemplate = (result: { editions: Edition[] }, slug: string) =>
    result.editions.find((e) => e.slug === slug)?.removed.find((r) => r.text === TEMPLATE);

  test('a source that makes a line repeat cleans again only the documents that have it', async () => {
    const file = join(dir, 'cache.json');
    const files = [story(0, true), story(1, true), story(2, false), story(3, false)];
    await cachedIngest(files, { file, version: 'v1', cleaning: LEARNING });
    // A third source with the line: it is furniture now, in the two documents that had it too.
    const third = [...files, story(4, true)];
    const second = await cachedIngest(third, { file, version: 'v1', cleaning: LEARNING });
    expect(second).toMatchObject({ ingested: 3, reused: 2 });
    expect(removedTemplate(second, 'story-0')).toMatchObject({ reason: 'furniture', repeats: 3 });
    expect(json(second.editions)).toEqual(json(ingest(third, { cleaning: LEARNING }).editions));
    // A fourth: nothing new is learned for the others, only their count of sources changes.
    const fourth = [...third, story(5, true)];
    const last = await cachedIngest(fourth, { file, version: 'v1', cleaning: LEARNING });
    expect(last).toMatchObject({ ingested: 1, reused: 5 });
    expect(removedTemplate(last, 'story-0')).toMatchObject({ repeats: 4 });
    expect(json(last.editions)).toEqual(json(ingest(fourth, { cleaning: LEARNING }).editions));
    // Taken away again, the line is the text's once more: nothing stale.
    const fewer = [story(0, true), story(1, true), story(2, false), story(3, false)];
    const back = await cachedIngest(fewer, { file, version: 'v1', cleaning: LEARNING });
    expect(removedTemplate(back, 'story-0')).toBeUndefined();
    expect(json(back.editions)).toEqual(json(ingest(fewer, { cleaning: LEARNING }).editions));
  });
});
