/**
 * The e-books of built sites: every document page links its EPUB, each home page the archive's,
 * and EPUBCheck (Debian's `epubcheck`) finds no error and no warning in any of them, on the sample, hostile, editor,
 * hand-written (Markdown and MDX) and translation-pair sites. The books hold both versions' text,
 * open in the direction of their first version, and hold no script whatever the source says.
 */
import { RESERVED_SLUGS } from '../../src/core/archive/index.ts';
import { unzipSync } from 'fflate';
import { fromHtml } from 'hast-util-from-html';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  buildOnce,
  EDITOR_CONTENT,
  HOSTILE,
  ROOT,
  SAMPLE_CONTENT,
  scratchContent,
  startBuild,
  withBuildLock,
  type BuildResult,
} from '../helpers/build.ts';
import { epubcheck, type EpubReport } from '../helpers/epubcheck.ts';
import { all, fold, one, readingText, readPage, textOf } from '../helpers/html.ts';
import { translationPairs } from '../helpers/translation-pairs.ts';

const SITES: Record<string, () => string | Promise<string>> = {
  sample: () => SAMPLE_CONTENT,
  hostile: () => HOSTILE,
  editor: () => EDITOR_CONTENT,
  handwritten: () => join(ROOT, 'tests/fixtures/handwritten'),
  'translation pairs': translationPairs,
  // Topics (tags), one of them a glossary entry: each topic has its own book.
  archive: () => join(ROOT, 'tests/fixtures/archive'),
};

/** The sites built with a config other than the project's (the archive's has `site`, for its topics' feeds). */
const CONFIGS: Record<string, string> = { archive: 'tests/fixtures/archive.astro.config.mjs' };

/** The topic pages of a built site (`/<lang>/tags/<slug>/`, the slug as written). */
async function topicPages(outDir: string): Promise<string[]> {
  const pages: string[] = [];
  for (const lang of ['ar', 'en']) {
    const folder = join(outDir, lang, 'tags');
    if (!existsSync(folder)) continue;
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) pages.push(`/${lang}/tags/${entry.name}/`);
    }
  }
  return pages;
}

/** The document pages of a built site: `/<lang>/<slug>/`. */
async function documentPages(outDir: string): Promise<string[]> {
  const pages: string[] = [];
  for (const lang of ['ar', 'en']) {
    const folder = join(outDir, lang);
    if (!existsSync(folder)) continue;
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      // Hamish's own addresses under /<lang>/ (search, paging, the browse pages) are not documents.
      if (!entry.isDirectory() || RESERVED_SLUGS.has(entry.name)) continue;
      pages.push(`/${lang}/${entry.name}/`);
    }
  }
  return pages;
}

/** The one EPUB the page at `path` links, which must be there, and its files. */
async function linkedBook(outDir: string, path: string) {
  const page = await readPage(outDir, path);
  const links = all(page, 'a[href$=".epub"]').map((a) => decodeURIComponent(String(a.properties.href)));
  expect(links, path).toHaveLength(1);
  const file = join(outDir, ...links[0].split('/').filter(Boolean));
  expect(existsSync(file), `${path} links ${links[0]}`).toBe(true);
  const entries = unzipSync(new Uint8Array(await readFile(file)));
  const decode = (entry: string) => new TextDecoder().decode(entries[entry]);
  const chapters = Object.keys(entries).filter((name) => /^EPUB\/doc-\d+\.xhtml$/.test(name));
  // Every note's term leads to its entry in the appendix, which is there.
  const targets = new Set(
    chapters.flatMap((chapter) => [...decode(chapter).matchAll(/href="glossary\.xhtml#([^"]+)"/g)].map((m) => m[1])),
  );
  const glossary = entries['EPUB/glossary.xhtml'] ? decode('EPUB/glossary.xhtml') : '';
  for (const target of targets) expect(glossary, file).toContain(`id="${target}"`);
  return { page, file, decode, chapters, targets, glossary };
}

/** Runs `task` on every item, two at a time (EPUBCheck is a JVM each time). */
async function twoAtATime<T, R>(items: readonly T[], task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += 2) results.push(...(await Promise.all(items.slice(i, i + 2).map(task))));
  return results;
}

describe.each(Object.entries(SITES))('the %s site', (name, content) => {
  let build: BuildResult;
  let pages: string[];
  const bookOf = new Map<string, string>();
  const archives: string[] = [];
  const topicBooks: string[] = [];

  beforeAll(async () => {
    build = await buildOnce({ contentDir: await content(), config: CONFIGS[name] });
    if (build.code !== 0) throw new Error(`${name} build failed:\n${build.output}`);
    pages = await documentPages(build.outDir);
  });

  test('links an EPUB from every document page, and the EPUB is there', async () => {
    expect(pages.length).toBeGreaterThan(0);
    for (const path of pages) {
      const page = await readPage(build.outDir, path);
      const links = all(page, 'a[href$=".epub"]').map((a) => String(a.properties.href));
      expect(links, path).toHaveLength(1);
      const file = join(build.outDir, ...links[0].split('/').filter(Boolean));
      expect(existsSync(file), `${path} links ${links[0]}`).toBe(true);
      bookOf.set(path, file);
    }
  });

  test('links the archive’s EPUB from each home page, with every document and the glossary entries', async () => {
    for (const home of ['/', '/ar/']) {
      const { file, decode, chapters } = await linkedBook(build.outDir, home);
      archives.push(file);
      const documents = new Set(pages.map((path) => path.split('/')[2]));
      expect(chapters).toHaveLength(documents.size);
      const nav = decode('EPUB/nav.xhtml');
      for (const chapter of chapters) expect(nav).toContain(`href="${chapter.slice('EPUB/'.length)}"`);
    }
  });

  test('links each topic’s EPUB from its page, with its documents, their glossary entries and a contents in both languages', async () => {
    const topics = await topicPages(build.outDir);
    if (name === 'archive') expect(topics.length).toBeGreaterThan(0);
    for (const path of topics) {
      const { page, file, decode, chapters, targets, glossary } = await linkedBook(build.outDir, path);
      topicBooks.push(file);
      // Exactly the documents the topic's page lists (the fixture's topics fit on one page).
      const listed = new Set(
        all(page, '.document-list a[href]')
          .map((a) => /^\/(?:ar|en)\/([^/]+)\/$/.exec(decodeURIComponent(String(a.properties.href)))?.[1])
          .filter((slug) => slug !== undefined),
      );
      expect(chapters.length, path).toBe(listed.size);
      const nav = decode('EPUB/nav.xhtml');
      for (const slug of listed) {
        // Each document is its page in the book's language, or its only page: named in the contents.
        const lang = path.split('/')[1];
        const own = existsSync(join(build.outDir, lang, slug)) ? lang : lang === 'en' ? 'ar' : 'en';
        const title = textOf(await readPage(build.outDir, `/${own}/${slug}/`), 'main h1') ?? '';
        expect(title, `${path}: ${slug}`).not.toBe('');
        expect(fold(nav.replace(/<[^>]+>/g, ' ')), `${path}: ${slug}`).toContain(fold(title));
      }
      // The contents' heading in both languages; the topic's title in the package.
      expect(nav).toMatch(/Contents[^]*المحتويات|المحتويات[^]*Contents/);
      // Only the entries its documents name.
      expect([...glossary.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual([...targets].sort());
    }
  });

  test('every EPUB passes EPUBCheck with no error and no warning', async () => {
    const files = [...bookOf.values(), ...archives, ...topicBooks];
    const reports = await twoAtATime(files, async (file) => [file, await epubcheck(file)] as const);
    const problems = reports.filter(([, r]: readonly [string, EpubReport]) => r.fatals + r.errors + r.warnings > 0);
    expect(problems.map(([file, r]) => ({ file, ...r }))).toEqual([]);
    expect(reports.length).toBe(pages.length + 2 + topicBooks.length);
  }, 600_000);

  test('every book holds its page’s text, opens in its first version’s direction, and runs nothing', async () => {
    for (const [path, file] of bookOf) {
      const entries = unzipSync(new Uint8Array(await readFile(file)));
      const decode = (entry: string) => new TextDecoder().decode(entries[entry]);
      const opf = decode('EPUB/package.opf');
      const lang = path.split('/')[1];
      expect(opf, path).toContain(`<spine page-progression-direction="${lang === 'ar' ? 'rtl' : 'ltr'}">`);
      const xhtml = Object.keys(entries).filter((entry) => entry.endsWith('.xhtml'));
      for (const entry of xhtml) {
        // As markup, not as text: the hostile site's text says `<script>` and `javascript:`, as text.
        const tree = fromHtml(decode(entry));
        expect(all(tree, 'script, iframe, object, embed, img, form'), `${path} ${entry}`).toEqual([]);
        const attributes = all(tree, '*').flatMap((el) => Object.entries(el.properties));
        expect(
          attributes.filter(([key, value]) => /^on/i.test(key) || /^\s*javascript:/i.test(String(value))),
          `${path} ${entry}`,
        ).toEqual([]);
      }
      // The page's own version, paragraph by paragraph, as text of the book.
      const book = fold(
        decode('EPUB/text.xhtml')
          .replace(/<sup class="fn-ref"[^]*?<\/sup>/g, '')
          .replace(/<[^>]+>/g, '')
          .replace(/&#x([0-9A-F]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))),
      );
      const page = await readPage(build.outDir, path);
      const primary = all(page, '.cell.primary.edition-text, article.edition.primary .edition-text');
      const paragraphs = primary.flatMap((cell) => readingText(cell));
      expect(paragraphs.length, path).toBeGreaterThan(0);
      for (const paragraph of paragraphs) expect(book, path).toContain(paragraph);
      expect(one(page, 'html').properties.lang).toBe(lang);
    }
  });
});

describe('a rebuild of the archive site after one document changed', () => {
  test('makes again only the books of that page, of the archive and of the document’s topics', async () => {
    const scratch = await scratchContent('hamish-topic-books-', join(ROOT, 'tests/fixtures/archive'));
    const out = join(ROOT, '.hamish', 'test-builds', 'topic-books');
    try {
      await withBuildLock(async () => {
        const first = await startBuild(scratch.folder, out, {}, CONFIGS.archive).done;
        expect(first.code, first.output).toBe(0);
        // Six topics, a book each in each language.
        expect(first.output).toMatch(/2 archive books and 12 topic books \(14 made, 0 unchanged\)/);
        // Filed under the topics "drought" and "water" only.
        const file = join(scratch.folder, 'documents', 'water-rights.en.md');
        await writeFile(file, `${await readFile(file, 'utf8')}\nA paragraph added between two builds.\n`);
        const second = await startBuild(scratch.folder, out, {}, CONFIGS.archive).done;
        expect(second.code, second.output).toBe(0);
        expect(second.output).toMatch(
          /page books \(1 made, \d+ unchanged\), 2 archive books and 12 topic books \(6 made, 8 unchanged\)/,
        );
      });
    } finally {
      await scratch.remove();
      await rm(out, { recursive: true, force: true });
    }
  }, 600_000);
});
