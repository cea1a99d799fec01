/**
 * The glossary's index page (`/glossary/`) is copied from the last build when what it lists is
 * unchanged (its cache key: each entry's id, kind, terms and whether it has a page). These tests
 * fail if that reuse serves a stale index: a term edited, or an entry used for the first time,
 * must show; a note edited (the index shows no note) keeps the page, byte for byte a clean build's.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { workDir } from '../../src/integrations/paths.ts';
import {
  EDITOR_CONTENT,
  ROOT,
  scratchContent,
  startBuild,
  testBuildDir,
  withBuildLock,
  type ScratchContent,
} from '../helpers/build.ts';

let content: ScratchContent;
const out = testBuildDir('glossary-index');
const cleanOut = testBuildDir('glossary-index-clean');
const glossaryFile = () => join(content.folder, 'glossary.yaml');

/** An entry no document of the folder names: listed on the index, without a page. */
const UNUSED = `- id: harbour-authority
  kind: organisation
  en:
    term: Harbour Authority
    note: The body that runs the port.
  ar:
    term: سلطة الميناء
    note: الهيئة التي تدير الميناء.
`;

async function build(outDir = out): Promise<string> {
  const result = await withBuildLock(() => startBuild(content.folder, outDir).done);
  expect(result.code, result.output).toBe(0);
  return result.output;
}

const index = (outDir = out) => readFile(join(outDir, 'glossary', 'index.html'), 'utf8');

async function editGlossary(from: string | RegExp, to: string): Promise<void> {
  const before = await readFile(glossaryFile(), 'utf8');
  const after = before.replace(from, to);
  expect(after, `${String(from)} not in the glossary`).not.toBe(before);
  await writeFile(glossaryFile(), after);
}

beforeAll(async () => {
  content = await scratchContent('hamish-glossary-index-', EDITOR_CONTENT);
  await writeFile(glossaryFile(), `${await readFile(glossaryFile(), 'utf8')}${UNUSED}`);
  await build();
}, 600_000);

afterAll(async () => {
  await content?.remove();
});

describe('the glossary index on a rebuild', () => {
  test('is kept after a note edit, and follows terms and entries newly used', async () => {
    const first = await index();
    expect(first).toContain('Harbour Authority');
    expect(first).not.toContain('/glossary/harbour-authority/');

    // A note: not on the index, so the page is copied.
    await editGlossary(/note: French centrist politician[^\n]*/, 'note: French politician, edited.');
    expect(await build()).toMatch(/\/glossary\/index\.html \(restored\)/);
    expect(await index()).toBe(first);

    // A term: on the index, so the page is rendered again and shows it.
    await editGlossary('term: Harbour Authority', 'term: Port Authority');
    const termEdited = await build();
    expect(termEdited).not.toMatch(/\/glossary\/index\.html \(restored\)/);
    expect(await index()).toContain('Port Authority');
    expect(await index()).not.toContain('Harbour Authority');

    // A document naming the unused entry: the index links its new page.
    await writeFile(
      join(content.folder, 'documents', 'port-notice.en.txt'),
      'Port notice\n\nThe Port Authority closed the eastern quay for repairs this week.\n',
    );
    await build();
    expect(await index()).toContain('/glossary/harbour-authority/');

    // And the page is the one a clean build of the same content makes.
    const kept = await index();
    await rm(workDir(content.folder, ROOT), { recursive: true, force: true });
    await build(cleanOut);
    expect(kept).toBe(await index(cleanOut));
  }, 1_200_000);
});
