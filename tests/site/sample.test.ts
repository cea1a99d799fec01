import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { formatNumber } from '../../src/i18n/index.ts';
import { buildOnce, SAMPLE_CONTENT, type BuildResult } from '../helpers/build.ts';
import { all, fold, one, readPage, readingText, textOf, type Page } from '../helpers/html.ts';

const SLUG = 'macron-campaign-hack';
/** The sample's two scrapes, byte for byte as received (the seeds of the project). */
const AR_SEED = join(SAMPLE_CONTENT, 'documents', `${SLUG}.ar.txt`);
const EN_SEED = join(SAMPLE_CONTENT, 'documents', `${SLUG}.en.txt`);
/** Their SHA-256 as received: an edit of either, even of white space, is caught. */
const SEED_SHA256 = {
  [AR_SEED]: '6eec9cd6d8f7cd7ddb265e86054b418c07dd7a800d41e1f9db35b9292972db66',
  [EN_SEED]: '8a3ac59add5acb91105d1ac1a5dbc276132fa58d4562f9527fd2bcb95a427a48',
};

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
    for (const [path, sha256] of Object.entries(SEED_SHA256)) {
      expect(
        createHash('sha256')
          .update(await readFile(path))
          .digest('hex'),
        path,
      ).toBe(sha256);
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
    expect(build.output).toMatch(/2 sources \(\d+ documents? read and checked, \d+ unchanged\) → 2 editions/);
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

  test('each text is followed by its notes: numbered, linked both ways, the entry in both languages', async () => {
    // The expectations come from the glossary file itself, not from the code that writes the notes.
    const glossary = parse(await readFile(join(SAMPLE_CONTENT, 'glossary.yaml'), 'utf8')) as {
      id: string;
      en?: { term: string; note?: string };
      ar?: { term: string; note?: string };
    }[];
    const entries = new Map(glossary.map((entry) => [entry.id, entry]));
    const digits = (lang: 'ar' | 'en', n: number) =>
      lang === 'ar' ? String(n).replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]) : String(n);
    for (const [page, lang] of [
      [ar, 'ar'],
      [en, 'en'],
      [ar, 'en'],
      [en, 'ar'],
    ] as const) {
      const other = lang === 'ar' ? 'en' : 'ar';
      const article = `article[data-lang="${lang}"]`;
      expect(fold(textOf(page, `${article} .fn-notes h2`) ?? ''), lang).toBe(lang === 'ar' ? 'الحواشي' : 'Notes');
      const notes = all(page, `${article} .fn-notes li.fn-note`);
      expect(notes.length, lang).toBeGreaterThan(1);
      // Markers in the text, in order: the first occurrence of each note's entry, numbered 1, 2, 3…
      const markers = all(page, `${article} .edition-text sup.fn-ref a`);
      expect(markers.map((m) => m.properties.href)).toEqual(notes.map((_, i) => `#${lang}-fn-${i + 1}`));
      notes.forEach((note, i) => {
        const n = i + 1;
        const where = `${lang} note ${n}`;
        expect(note.properties.id, where).toBe(`${lang}-fn-${n}`);
        expect(markers[i].properties.id, where).toBe(`${lang}-fnref-${n}`);
        expect(fold(textOf(markers[i], 'a') ?? ''), where).toBe(digits(lang, n));
        const back = one(note, 'a.fn-back');
        expect([back.properties.href, fold(textOf(back, 'a') ?? '')], where).toEqual([
          `#${lang}-fnref-${n}`,
          digits(lang, n),
        ]);
        const link = one(note, 'dfn a');
        const id = String(link.properties.href).replace(/^\/glossary\/|\/$/g, '');
        const entry = entries.get(id);
        expect(entry?.[lang], `${where}: ${id}`).toBeDefined();
        expect(fold(textOf(link, 'a') ?? ''), where).toBe(fold(entry![lang]!.term));
        const text = fold(textOf(note, '.fn-text') ?? '');
        // The name in the other language, where it is written differently, and the note.
        const otherTerm = entry![other]?.term;
        if (otherTerm && fold(otherTerm) !== fold(entry![lang]!.term))
          expect(text, where).toContain(`(${fold(otherTerm)})`);
        const entryNote = entry![lang]!.note;
        if (entryNote) expect(text, where).toContain(fold(entryNote));
      });
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
