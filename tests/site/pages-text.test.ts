import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildOnce, ROOT, SAMPLE_CONTENT, type BuildResult } from '../helpers/build.ts';
import { siteText, type PageText } from '../helpers/page-text.ts';

/**
 * The sample site's pages as text, recorded from a build of main before the editions were rendered
 * once by the loader (issue 10): every page keeps its text and its notes. (The markup of the notes
 * changed on purpose: rehype-bidi now isolates the Latin inside Arabic notes.)
 */
const FIXTURE = join(ROOT, 'tests/fixtures/sample-pages/pages.json');

let build: BuildResult;

beforeAll(async () => {
  build = await buildOnce({ contentDir: SAMPLE_CONTENT });
  if (build.code !== 0) throw new Error(`sample build failed:\n${build.output}`);
});

test('every page of the sample site shows the text and notes it showed before render-once', async () => {
  const expected = JSON.parse(await readFile(FIXTURE, 'utf8')) as Record<string, PageText>;
  const built = await siteText(build.outDir);
  expect(Object.keys(built).sort()).toEqual(Object.keys(expected).sort());
  for (const [path, page] of Object.entries(expected)) expect(built[path], path).toEqual(page);
});
