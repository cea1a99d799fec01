import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { analysePage } from '../core/search/analysis.ts';
import type { SearchPage } from '../core/search/index.ts';
import { indexText, keyedWords } from '../core/search/keys.ts';
import { englishNamesOf, linkNameWords, nameTermsOf, nameWords } from '../core/search/names.ts';
import { indexedRecord } from '../core/search/record.ts';
import { countVocabulary, vocabularyFilesOf, vocabularyWords } from '../core/search/vocabulary.ts';
import { pageAnalyses, searchFileStore } from './search-cache.ts';

let dir: string;
beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'hamish-search-cache-'))));
afterEach(() => rm(dir, { recursive: true, force: true }));

const PAGES: SearchPage[] = [
  {
    url: '/en/hearing/',
    lang: 'en',
    title: 'Judge Kavanaugh at the hearing',
    blocks: [
      'Judge Kavanaugh said the court would hear the case.',
      'President Bashar al-Assad said NATO met on Thursday.',
    ],
  },
  {
    url: '/ar/hearing/',
    lang: 'ar',
    title: 'القاضي كافانو في الجلسة',
    blocks: ['قال القاضي كافانو إن المحكمة ستنظر في القضية.', 'وقال الرئيس بشار الأسد إن الناتو اجتمع يوم الخميس.'],
  },
  { url: '/ar/other/', lang: 'ar', title: 'كفن أبيض', blocks: ['والانتخابات لماكرون بـ 2020 والـCOVID'] },
];

/** What a build keeps: the JSON of it. */
const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe("search's kept page analyses", () => {
  test("give the records, name links and vocabulary that the pages' text gives", () => {
    const analyses = PAGES.map(analysePage);
    // The same, made from each page's text by the steps one at a time.
    const texts = PAGES.map((page) => ({ lang: page.lang, blocks: [page.title, ...page.blocks] }));
    const words = texts.map((text) => nameWords(text));
    const links = linkNameWords(words);
    expect(linkNameWords(analyses.map((a) => a.names))).toEqual(links);
    expect(links.toEnglish.size).toBeGreaterThan(0);
    PAGES.forEach((page, i) => {
      const terms = nameTermsOf(words[i], links);
      expect(nameTermsOf(analyses[i].names, links)).toEqual(terms);
      const indexed = { title: indexText(page.title), blocks: page.blocks.map(indexText) };
      expect(indexedRecord(page, analyses[i].indexed, ['عg0ع', ...terms])).toEqual(
        indexedRecord(page, indexed, ['عg0ع', ...terms]),
      );
    });
    const files = (vocabulary: string[][], english: (typeof words)[number]['english'][]) =>
      vocabularyFilesOf(countVocabulary(vocabulary), englishNamesOf(english));
    expect(
      files(
        analyses.map((a) => a.vocabulary),
        analyses.map((a) => a.names.english),
      ),
    ).toEqual(
      files(
        texts.map((text) => vocabularyWords(text.blocks.map(keyedWords))),
        words.map((w) => w.english),
      ),
    );
  });

  test('are made once per text, read back as made, and made again when the text changes', async () => {
    const warn = vi.fn();
    const cold = await pageAnalyses(PAGES, dir, warn);
    expect(cold.made).toBe(PAGES.length);
    expect(json(cold.analyses)).toEqual(json(PAGES.map(analysePage)));
    const warm = await pageAnalyses(PAGES, dir, warn);
    expect(warm.made).toBe(0);
    expect(warm.analyses).toEqual(cold.analyses);
    const edited = PAGES.map((page, i) => (i === 1 ? { ...page, blocks: [...page.blocks, 'فقرة أخرى.'] } : page));
    const again = await pageAnalyses(edited, dir, warn);
    expect(again.made).toBe(1);
    expect(json(again.analyses)).toEqual(json(edited.map(analysePage)));
    expect(warn).not.toHaveBeenCalled();
  });

  test('a cache that does not parse, or holds a value of another shape, is made again', async () => {
    await pageAnalyses(PAGES, dir, () => undefined);
    const file = join(dir, 'search-pages.json');
    const kept = JSON.parse(await readFile(file, 'utf8')) as { version: string; values: Record<string, unknown> };
    for (const key of Object.keys(kept.values)) kept.values[key] = { indexed: 'wrong' };
    await writeFile(file, JSON.stringify(kept));
    const reshaped = await pageAnalyses(PAGES, dir, () => undefined);
    expect(reshaped.made).toBe(PAGES.length);
    expect(json(reshaped.analyses)).toEqual(json(PAGES.map(analysePage)));

    await writeFile(file, '{"version": "x", "val');
    const warn = vi.fn();
    const rebuilt = await pageAnalyses(PAGES, dir, warn);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/search-pages\.json could not be read/));
    expect(rebuilt.made).toBe(PAGES.length);
    expect((await pageAnalyses(PAGES, dir, warn)).made).toBe(0);
  });
});

describe("search's file store", () => {
  const text = JSON.stringify({ url: '/en/hearing/', blocks: PAGES[0].blocks });
  const other = JSON.stringify({ url: '/ar/hearing/', blocks: PAGES[1].blocks });

  test('holds the bytes gzip gives at level 9, made once and kept by the next build', async () => {
    const first = await searchFileStore(dir);
    const name = first.file(text, true);
    expect(await readFile(join(first.dir, name))).toEqual(gzipSync(text, { level: 9 }));
    expect(first.file(JSON.stringify({ v: 1 }), false)).not.toBe(name);
    expect(await readFile(join(first.dir, first.file('{"v":1}', false)), 'utf8')).toBe('{"v":1}');
    await first.done();
    const before = await stat(join(first.dir, name));
    const second = await searchFileStore(dir);
    expect(second.file(text, true)).toBe(name);
    expect(second.made).toBe(0);
    // Kept, not written again: the site links it.
    expect((await stat(join(second.dir, name))).mtimeMs).toBe(before.mtimeMs);
  });

  test('removes what a build did not use, remakes what is missing, and the leftovers of a killed build', async () => {
    const first = await searchFileStore(dir);
    const [a, b] = [first.file(text, true), first.file(other, true)];
    await first.done();
    await rm(join(first.dir, a));
    await writeFile(join(first.dir, `${b}.tmp`), 'half');
    const second = await searchFileStore(dir);
    expect(second.file(text, true)).toBe(a);
    expect(second.made).toBe(1);
    await second.done();
    expect(await readdir(second.dir)).toEqual([a]);
    expect(gunzipSync(await readFile(join(second.dir, a))).toString()).toBe(text);
  });
});
