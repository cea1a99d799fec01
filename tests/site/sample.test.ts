import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { formatNumber } from '../../src/i18n/index.ts';
import { unified } from 'unified';
import { loadGlossary } from '../../src/integrations/glossary-file.ts';
import { rehypeBidi } from '../../src/plugins/rehype-bidi/index.ts';
import { DEFAULT_LABELS, entryHref, notesSection } from '../../src/plugins/remark-glossary/index.ts';
import { noteData } from '../../src/plugins/remark-glossary/notes.ts';
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

const lines = async (path: string) => (await readFile(path, 'utf8')).split('\n').map(fold).filter(Boolean);

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
    for (const line of arSeedLines)
      expect(
        text.filter((p) => p === line),
        line,
      ).toHaveLength(1);
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
    for (const furniture of [
      'Read the whole story from',
      'Featured image courtesy of EPA',
      'COMMENTS',
      'You must become a subscriber',
    ]) {
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

describe('glossary notes on the sample pages', () => {
  const glossed = (page: Page, lang: string) =>
    new Set(
      all(page, `article[data-lang="${lang}"] .fn-notes a[href^="/glossary/"]`).map((a) =>
        String(a.properties.href).replace(/^\/glossary\/|\/$/g, ''),
      ),
    );

  test('the Arabic report glosses its people, places and organisations, whatever their spelling', () => {
    const ids = glossed(ar, 'ar');
    for (const id of [
      'emmanuel-macron',
      'marine-le-pen',
      'kremlin',
      'apt28',
      'pastebin',
      'vladimir-putin',
      'hillary-clinton',
      'donald-trump',
    ]) {
      expect(ids, id).toContain(id);
    }
  });

  test('the English report glosses Macron and Le Pen', () => {
    const ids = glossed(en, 'en');
    expect(ids).toContain('emmanuel-macron');
    expect(ids).toContain('marine-le-pen');
  });

  test('Arabic notes are labelled in Arabic and numbered in Arabic-Indic digits', () => {
    const notes = one(ar, 'article[data-lang="ar"] .fn-notes');
    expect(fold(textOf(notes, 'h2') ?? '')).toBe('الحواشي');
    const markers = all(ar, 'article[data-lang="ar"] sup.fn-ref a').map((a) => fold(textOf(a, 'a') ?? ''));
    expect(markers.length).toBeGreaterThan(5);
    for (const marker of markers) expect(marker).toMatch(/^[٠-٩]+$/);
  });

  test('the notes after each text are the remark plugin’s own notes section', async () => {
    const { compiled } = await loadGlossary(SAMPLE_CONTENT);
    for (const [page, lang] of [
      [ar, 'ar'],
      [en, 'en'],
      [ar, 'en'],
      [en, 'ar'],
    ] as const) {
      const built = one(page, `article[data-lang="${lang}"] .fn-notes`);
      const ids = [...glossed(page, lang)];
      expect(ids.length, lang).toBeGreaterThan(1);
      const notes = ids.map((id, i) => noteData(compiled.entries.get(id)!, i + 1, lang, entryHref(id)));
      // Through rehype-bidi, as the page's text: Latin inside an Arabic note is isolated too.
      const expected = unified()
        .use(rehypeBidi, { lang })
        .runSync({ type: 'root', children: [notesSection(notes, lang, DEFAULT_LABELS[lang])] }).children[0];
      // Both through the same parser, so that only the markup is compared, not how it is written.
      expect(toHtml(built)).toBe(toHtml(fromHtml(toHtml(expected), { fragment: true }).children[0]));
    }
  });

  test('the Macron entry counts both spellings (ماكرون, ماركون) in the Arabic report', async () => {
    const entry = await readPage(build.outDir, '/glossary/emmanuel-macron/');
    expect(fold(textOf(entry, 'h1') ?? '')).toMatch(/Emmanuel Macron.*إيمانويل ماكرون/);
    const arabic = readFileSync(AR_SEED, 'utf8');
    const both = (arabic.match(/ماكرون/g) ?? []).length + (arabic.match(/ماركون/g) ?? []).length;
    expect((arabic.match(/ماركون/g) ?? []).length).toBeGreaterThan(0);
    const arabicSide = one(entry, 'section[lang="ar"]');
    expect(all(arabicSide, `a[href="/ar/${SLUG}/"]`)).toHaveLength(1);
    expect(fold(textOf(arabicSide, '.times') ?? '')).toContain(formatNumber('ar', both));
  });

  test('no page of the site has a duplicate id', async () => {
    const pages = (await readdir(build.outDir, { recursive: true })).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(4);
    const duplicates: string[] = [];
    for (const file of pages) {
      const ids = all(await readPage(build.outDir, `/${file}`), '[id]').map((el) => String(el.properties.id));
      const seen = new Set<string>();
      for (const id of ids) {
        if (seen.has(id)) duplicates.push(`${file}#${id}`);
        seen.add(id);
      }
    }
    expect(duplicates).toEqual([]);
  });
});
