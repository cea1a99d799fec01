import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildOnce, SAMPLE_CONTENT, SHARED, type BuildResult } from '../helpers/build.ts';
import { all, fold, one, readPage, readingText, textOf, type Page } from '../helpers/html.ts';

const AR_SEED = join(SHARED, 'seeds/000_175dabcafc69f880.txt');
const EN_SEED = join(SHARED, 'seeds/003_50f7cda9754c5933.txt');
const SLUG = 'macron-campaign-hack';

let build: BuildResult;
let ar: Page;
let en: Page;
let arSeedLines: string[];
let enSeedLines: string[];

const lines = async (path: string) =>
  (await readFile(path, 'utf8')).split('\n').map(fold).filter(Boolean);

beforeAll(async () => {
  build = await buildOnce({ contentDir: SAMPLE_CONTENT });
  if (build.code !== 0) throw new Error(`sample build failed:\n${build.output}`);
  ar = await readPage(build.outDir, `/ar/${SLUG}/`);
  en = await readPage(build.outDir, `/en/${SLUG}/`);
  arSeedLines = await lines(AR_SEED);
  enSeedLines = await lines(EN_SEED);
});

describe('the sample site', () => {
  test('the sample content is the seeds, byte for byte', async () => {
    for (const [seed, copy] of [
      [AR_SEED, `${SLUG}.ar.txt`],
      [EN_SEED, `${SLUG}.en.txt`],
    ]) {
      const [a, b] = await Promise.all([readFile(seed), readFile(join(SAMPLE_CONTENT, 'documents', copy))]);
      expect(Buffer.compare(a, b), copy).toBe(0);
    }
  });

  test('the Arabic page is right-to-left Arabic', () => {
    const html = one(ar, 'html');
    expect(html.properties.lang).toBe('ar');
    expect(html.properties.dir).toBe('rtl');
  });

  test('the English page is left-to-right English', () => {
    const html = one(en, 'html');
    expect(html.properties.lang).toBe('en');
    expect(html.properties.dir).toBe('ltr');
  });

  test('every line of the Arabic seed is in the Arabic text exactly once', () => {
    const text = readingText(one(ar, 'article.edition.primary'));
    for (const line of arSeedLines) expect(text.filter((p) => p === line), line).toHaveLength(1);
    expect(text).toHaveLength(arSeedLines.length);
  });

  test('the English text holds the article once and no furniture', () => {
    const text = readingText(one(en, 'article.edition.primary'));
    const article = enSeedLines.slice(0, 5);
    expect(text).toEqual(article);
    for (const furniture of ['Read the whole story from', 'Featured image courtesy of EPA', 'COMMENTS', 'subscriber']) {
      expect(text.join('\n')).not.toContain(furniture);
    }
  });

  test('the furniture is quoted in the editorial note, and the repeat is accounted for', () => {
    const note = fold(textOf(one(en, 'article.edition.primary'), 'aside.editorial-note') ?? '');
    for (const furniture of ['Read the whole story from', 'Featured image courtesy of EPA', 'COMMENTS', 'You must become a subscriber']) {
      expect(note).toContain(furniture);
    }
    expect(note).toMatch(/repeated the article/);
  });

  test('each page shows the other version alongside, with its own lang and dir', () => {
    const arCounterpart = one(ar, 'article.edition.counterpart');
    expect(arCounterpart.properties.lang).toBe('en');
    expect(arCounterpart.properties.dir).toBe('ltr');
    expect(readingText(arCounterpart)).toEqual(enSeedLines.slice(0, 5));
    const enCounterpart = one(en, 'article.edition.counterpart');
    expect(enCounterpart.properties.lang).toBe('ar');
    expect(enCounterpart.properties.dir).toBe('rtl');
    expect(readingText(enCounterpart)).toHaveLength(arSeedLines.length);
  });

  test('only the page’s own language is indexed for search', () => {
    for (const page of [ar, en]) {
      expect(all(page, '[data-pagefind-body]')).toHaveLength(1);
      expect(one(page, '[data-pagefind-body]').properties.className).toContain('primary');
    }
  });

  test('the home page lists the document with both versions, in each UI language', async () => {
    for (const [path, lang] of [
      ['/', 'en'],
      ['/ar/', 'ar'],
    ]) {
      const home = await readPage(build.outDir, path);
      expect(one(home, 'html').properties.lang).toBe(lang);
      const links = all(home, '.document-list a').map((a) => a.properties.href);
      expect(links).toContain(`/ar/${SLUG}/`);
      expect(links).toContain(`/en/${SLUG}/`);
    }
  });

  test('the build reports what it did', () => {
    expect(build.output).toMatch(/2 sources → 2 editions/);
  });
});
