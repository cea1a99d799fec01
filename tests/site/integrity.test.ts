/**
 * Nothing lost, on a built site of other documents than the sample: every line of every source is
 * in its page's text, is its title (a headline line, which the note says), or is quoted by its
 * editorial note (sample and hostile content have their own tests). The documents are real TICO-19 text, with one Arabic-only and one English-only document.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildOnce, type BuildResult } from '../helpers/build.ts';
import { fold, primaryVersion, readPage, readingText, textOf } from '../helpers/html.ts';
import { otherContent } from '../helpers/other-content.ts';

let folder: string;
let build: BuildResult;

beforeAll(async () => {
  folder = await otherContent(40);
  build = await buildOnce({ contentDir: folder });
  if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
});

test('every source line of a 40-document TICO-19 site is in its page or its editorial note', async () => {
  const sources = (await readdir(join(folder, 'documents'))).filter((name) => /\.(ar|en)\.txt$/.test(name));
  expect(sources.length).toBeGreaterThanOrEqual(80);
  const missing: string[] = [];
  for (const name of sources) {
    const [, slug, lang] = name.match(/^(.+)\.(ar|en)\.txt$/) ?? [];
    const page = await readPage(build.outDir, `/${lang}/${slug}/`);
    // A translation pair is laid out in aligned rows: its own cells, joined, are the version.
    const article = primaryVersion(page);
    const text = new Set(readingText(article));
    const note = fold(textOf(article, 'aside.editorial-note') ?? '');
    // A headline line is the title, moved out of the text; the note gives its line.
    const title = fold(textOf(article, 'h1') ?? '');
    const headlineNoted = /The title is the source’s headline \(line 1\)|العنوان هو عنوان المصدر \(السطر ١\)/.test(
      note,
    );
    // Hamish stores text in Unicode NFC (which orders stacked harakat canonically: kasra before shadda).
    const lines = (await readFile(join(folder, 'documents', name), 'utf8'))
      .normalize('NFC')
      .split('\n')
      .map(fold)
      .filter(Boolean);
    for (const [i, line] of lines.entries()) {
      if (i === 0 && line === title && headlineNoted) continue;
      if (!text.has(line) && !note.includes(line)) missing.push(`${name}:${i + 1}: ${line.slice(0, 60)}`);
    }
  }
  expect(missing).toEqual([]);
});
