/**
 * Translation pairs on the built site (`tests/helpers/translation-pairs.ts`: TICO-19 text,
 * paragraphed differently in the two languages): aligned rows with an anchor each, a cell per
 * language with its own lang and dir, the page's own cells the search body, every sentence with
 * an id and links to its counterparts; the text, the paragraphs and the notes all kept; a coverage
 * pair not aligned; an edit of one version re-aligning both.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import { workDir } from '../../src/integrations/paths.ts';
import type { SearchInputFile } from '../../src/integrations/editions/loader.ts';
import { buildOnce, ROOT, runBuild, scratchContent, type BuildResult } from '../helpers/build.ts';
import { all, fold, one, readPage, type Page } from '../helpers/html.ts';
import { translationPairs } from '../helpers/translation-pairs.ts';

const LANGS = ['ar', 'en'] as const;
type Lang = (typeof LANGS)[number];

let content: string;
let build: BuildResult;
const pages: Record<string, Record<Lang, Page>> = {};

beforeAll(async () => {
  content = await translationPairs();
  build = await buildOnce({ contentDir: content });
  if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
  for (const slug of ['pair-1', 'pair-2', 'coverage-pair']) {
    pages[slug] = {
      ar: await readPage(build.outDir, `/ar/${slug}/`),
      en: await readPage(build.outDir, `/en/${slug}/`),
    };
  }
});

/** The source's paragraphs (blank-line separated), folded, in NFC as ingest reads them (harakat in canonical order). */
async function sourceParagraphs(folder: string, slug: string, lang: Lang): Promise<string[]> {
  const text = await readFile(join(folder, 'documents', `${slug}.${lang}.txt`), 'utf8');
  return text
    .normalize('NFC')
    .split(/\n\s*\n/)
    .map(fold)
    .filter(Boolean);
}

/** The text of an element without glossary markers. */
const withoutMarkers = (node: Element): string => {
  const clone = structuredClone(node);
  const strip = (n: Element) => {
    n.children = n.children.filter((c) => !(c.type === 'element' && c.tagName === 'sup'));
    for (const c of n.children) if (c.type === 'element') strip(c);
  };
  strip(clone);
  return toString(clone);
};

/** The rows of a page: the text rows (with an id), not the titles' and notes' rows. */
const rowsOf = (page: Page) => all(page, '.aligned > .aligned-row[id]');

/** The paragraphs of a language, put back together from the rows' cells (a `p.cont` goes on the previous one). */
function paragraphsOf(page: Page, lang: Lang): string[] {
  const paragraphs: string[] = [];
  for (const p of all(page, `.aligned-row[id] > .cell[data-lang="${lang}"] > p`)) {
    const text = fold(withoutMarkers(p));
    const classes = p.properties.className ?? [];
    if (classes.includes('cont') && paragraphs.length > 0) paragraphs[paragraphs.length - 1] += ` ${text}`;
    else paragraphs.push(text);
  }
  return paragraphs;
}

describe.each(['pair-1', 'pair-2'])('the translation pair %s', (slug) => {
  test('is laid out in rows, the same rows on both pages, each with an anchor', () => {
    const [ar, en] = [rowsOf(pages[slug].ar), rowsOf(pages[slug].en)];
    expect(ar.length).toBeGreaterThan(3);
    expect(ar.map((r) => r.properties.id)).toEqual(ar.map((_, i) => `row-${i + 1}`));
    expect(en.map((r) => r.properties.id)).toEqual(ar.map((r) => r.properties.id));
    // The two pages show the same sentences in each row.
    const sentences = (row: Element) =>
      all(row, '.s')
        .map((s) => String(s.properties.id))
        .sort();
    expect(en.map(sentences)).toEqual(ar.map(sentences));
    // No side-by-side columns besides the rows.
    expect(all(pages[slug].ar, '.columns')).toEqual([]);
  });

  test.each(LANGS)(
    'on the %s page each row has the page’s cell first, then the other language’s, each with its lang and dir',
    (lang) => {
      const page = pages[slug][lang];
      const other: Lang = lang === 'ar' ? 'en' : 'ar';
      for (const row of all(page, '.aligned > .aligned-row')) {
        const cells = row.children.filter((c): c is Element => c.type === 'element');
        expect(cells.map((c) => c.properties.lang)).toEqual([lang, other]);
        expect(cells.map((c) => c.properties.dir)).toEqual(lang === 'ar' ? ['rtl', 'ltr'] : ['ltr', 'rtl']);
        // Only the page's own language is the search body.
        expect(cells[0].properties.dataPagefindBody).toBe('');
        expect(cells[0].properties.dataPagefindIgnore).toBeUndefined();
        expect(cells[1].properties.dataPagefindIgnore).toBe('all');
        expect(cells[1].properties.dataPagefindBody).toBeUndefined();
      }
      expect(all(page, 'h1')).toHaveLength(1);
      expect(one(page, '.aligned-head > .cell.primary h1').properties.id).toBe(`${lang}-title`);
    },
  );

  test.each(LANGS)('keeps every %s paragraph and its text, in order', async (lang) => {
    const expected = await sourceParagraphs(content, slug, lang);
    for (const page of [pages[slug].ar, pages[slug].en]) expect(paragraphsOf(page, lang)).toEqual(expected);
  });

  test('gives every sentence an id and links it to its counterparts, both ways', () => {
    const page = pages[slug].en;
    const ids: Record<Lang, string[]> = { ar: [], en: [] };
    const links = new Set<string>();
    for (const s of all(page, '.aligned .s')) {
      const id = String(s.properties.id);
      const lang = id.slice(0, 2) as Lang;
      ids[lang].push(id);
      for (const other of String(s.properties.dataWith ?? '')
        .split(' ')
        .filter(Boolean))
        links.add(`${id}>${other}`);
    }
    for (const lang of LANGS) expect(ids[lang]).toEqual(ids[lang].map((_, i) => `${lang}-s${i + 1}`));
    for (const link of links) {
      const [from, to] = link.split('>');
      expect(links.has(`${to}>${from}`), link).toBe(true);
      expect(ids[to.slice(0, 2) as Lang]).toContain(to);
    }
    // The texts are unit-for-unit translations with stops at the ends of units: the first and the
    // last sentences translate each other, and almost every sentence has a counterpart.
    expect(links.has('en-s1>ar-s1')).toBe(true);
    expect(links.has(`${ids.en.at(-1)}>${ids.ar.at(-1)}`)).toBe(true);
    const linked = new Set([...links].map((l) => l.split('>')[0]));
    expect(linked.size).toBeGreaterThanOrEqual(0.9 * (ids.ar.length + ids.en.length));
  });

  test.each(LANGS)(
    'numbers the %s notes by first occurrence and keeps the notes and the editor’s note after the text',
    (lang) => {
      const page = pages[slug][lang];
      const markers = all(page, `.aligned-row[id] > .cell[data-lang="${lang}"] sup.fn-ref a`);
      const notes = all(page, `.aligned-foot > .cell[data-lang="${lang}"] .fn-note`);
      expect(markers.length).toBeGreaterThan(0);
      expect(markers.map((a) => a.properties.id)).toEqual(notes.map((_, i) => `${lang}-fnref-${i + 1}`));
      for (const a of markers)
        expect(notes.some((n) => n.properties.id === String(a.properties.href).slice(1))).toBe(true);
      expect(all(page, `.aligned-foot > .cell[data-lang="${lang}"] .editorial-note`)).toHaveLength(1);
    },
  );

  test('is searched by its paragraphs, as before', async () => {
    const input = JSON.parse(
      await readFile(join(workDir(content, ROOT), 'search-input.json'), 'utf8'),
    ) as SearchInputFile;
    for (const lang of LANGS) {
      const record = input.pages.find((p) => p.url === `/${lang}/${slug}/`);
      if (!record || 'html' in record) throw new Error(`no search record for /${lang}/${slug}/`);
      expect(record.blocks.slice(1).map(fold)).toEqual(await sourceParagraphs(content, slug, lang));
    }
  });
});

test('a coverage pair is not aligned: two columns, no rows, no sentence spans', () => {
  for (const lang of LANGS) {
    const page = pages['coverage-pair'][lang];
    expect(all(page, '.aligned')).toEqual([]);
    expect(all(page, '.s')).toEqual([]);
    expect(all(page, 'article.edition')).toHaveLength(2);
  }
});

test('an edit of one version re-aligns both: the other page follows its new paragraphs', async () => {
  const scratch = await scratchContent('hamish-aligned-', content);
  try {
    const first = await runBuild({ contentDir: scratch.folder }, join(scratch.folder, 'dist'));
    if (first.code !== 0) throw new Error(first.output);
    const before = rowsOf(await readPage(first.outDir, '/ar/pair-1/')).length;
    // The English version's paragraphs joined into one: every row then ends where an Arabic paragraph does.
    const file = join(scratch.folder, 'documents', 'pair-1.en.txt');
    await writeFile(file, `${(await sourceParagraphs(scratch.folder, 'pair-1', 'en')).join(' ')}\n`);
    const second = await runBuild({ contentDir: scratch.folder }, join(scratch.folder, 'dist'));
    if (second.code !== 0) throw new Error(second.output);
    expect(second.output).toMatch(/\(2 rendered, 4 unchanged/);
    const [ar, en] = [await readPage(second.outDir, '/ar/pair-1/'), await readPage(second.outDir, '/en/pair-1/')];
    const arabicParagraphs = (await sourceParagraphs(scratch.folder, 'pair-1', 'ar')).length;
    expect(before).toBeGreaterThan(arabicParagraphs);
    expect(rowsOf(ar).length).toBeLessThanOrEqual(arabicParagraphs);
    expect(rowsOf(en)).toHaveLength(rowsOf(ar).length);
    expect(paragraphsOf(ar, 'en')).toHaveLength(1);
    expect(paragraphsOf(ar, 'ar')).toHaveLength(arabicParagraphs);
  } finally {
    await scratch.remove();
  }
});
