/**
 * The e-books of a built site (`astro:build:done`): an EPUB of every document page, beside the
 * page (`bookFile`), and one of the whole archive per language (`src/core/epub/archive.ts`). Each is made from
 * the built page (see `src/core/epub/book-tree.ts`), so that it holds what the page shows, laid
 * out as the page lays it out, for every source format.
 *
 * A page's book depends only on the page's HTML (and the book code's version): books are kept in
 * the work folder by the digest of both, with what the archive's book takes from the page, and a
 * page that did not change is not read again: its book comes from there (hard-linked when the
 * file system allows), with the date it was made.
 */
import type { AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import type { Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parse } from 'parse5';
import {
  archiveBookFile,
  archiveLinkTarget,
  bookFile,
  bookWriter,
  chapterXhtml,
  documentBook,
  endArchive,
  epub,
  facesOf,
  pageBook,
  type ArchiveDocument,
  type ArchiveLabels,
  type BookResources,
  type BookVersion,
  type BookWriter,
  type FontFace,
} from '../core/epub/index.ts';
import { LANGS, type Lang } from '../core/types.ts';
import { t } from '../i18n/index.ts';
import { searchInputFile, type SearchInputFile } from './editions/loader.ts';

/** Bumped when the books change in a way the pages' HTML cannot show (the book code). */
const BOOKS_VERSION = 1;

/** Pages read, and books written, at once (a batch's chapters go into the archives in the order they finish). */
const BATCH = 16;

export interface BooksOptions {
  /** Hamish's work folder for the content (the kept books are in its `books/`). */
  workDir: string;
  /** The project root, where the font packages are installed. */
  root: string;
  /** Astro's `base`. */
  base: string;
}

const both = (key: Parameters<typeof t>[1]) =>
  Object.fromEntries(LANGS.map((lang) => [lang, t(lang, key)])) as Record<Lang, string>;

/** The fonts and licences of the books, read once. */
export function bookResources(root: string, modified: Date): BookResources {
  const require = createRequire(join(root, 'package.json'));
  const folder = (pkg: string) => dirname(require.resolve(`${pkg}/package.json`));
  const fonts = new Map<string, Uint8Array>();
  const licences = new Map<string, string>();
  return {
    fontBytes: (face: FontFace) => {
      let bytes = fonts.get(face.file);
      if (!bytes) fonts.set(face.file, (bytes = readFileSync(join(folder(face.package), 'files', face.file))));
      return bytes;
    },
    licence: (pkg) => {
      let text = licences.get(pkg);
      if (text === undefined) licences.set(pkg, (text = readFileSync(join(folder(pkg), 'LICENSE'), 'utf8')));
      return text;
    },
    modified,
    labels: { contents: both('book.contents'), licences: both('book.licences') },
  };
}

/** What a page's book is made from, besides its HTML: how links and metadata are read. */
export function pageBookOptions(base: string) {
  return { base, labels: { source: both('edition.source'), original: both('edition.original') } };
}

/** When the books made in this build say they were made: `SOURCE_DATE_EPOCH` when set (reproducible builds). */
export function buildDate(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const date = Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH?.trim() ? new Date(epoch * 1000) : new Date();
  date.setUTCMilliseconds(0);
  return date;
}

/** The page of an edition's site path, in the built site. */
const pageFile = (outDir: string, url: string) => join(outDir, ...url.split('/').filter(Boolean), 'index.html');

/** Puts `from` at `to`: a hard link when it can, a copy otherwise. */
async function place(from: string, to: string): Promise<void> {
  await rm(to, { force: true });
  await link(from, to).catch(() => copyFile(from, to));
}

/** What the kept books remember of a page, beside its book: what the archive's book takes from it. */
interface KeptPage {
  versions: BookVersion[];
  entries: string[];
  faces: string[];
  /** The page as a content document of an archive's book (`chapterXhtml`). */
  chapter: string;
}

/** An archive's book being written: to a temporary file, renamed into place when complete. */
interface ArchiveBook {
  lang: Lang;
  file: string;
  writer: BookWriter;
  documents: ArchiveDocument[];
  done: Promise<void>;
}

function startArchive(outDir: string, lang: Lang, modified: Date): ArchiveBook {
  const file = join(outDir, archiveBookFile(lang));
  mkdirSync(dirname(file), { recursive: true });
  const stream = createWriteStream(`${file}.tmp`);
  const done = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  const writer = bookWriter(modified, (chunk, final) => {
    stream.write(chunk);
    if (final) stream.end();
  });
  return { lang, file, writer, documents: [], done };
}

/**
 * Writes the book of every document page of the built site in `outDir`, and the archive's book
 * in each language. A page that cannot be made into a book fails the build, naming the page.
 */
export async function writeBooks(outDir: string, options: BooksOptions, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const input = JSON.parse(await readFile(searchInputFile(options.workDir), 'utf8')) as SearchInputFile;
  const cacheDir = join(options.workDir, 'books');
  await mkdir(cacheDir, { recursive: true });
  const kept = new Set(await readdir(cacheDir));
  const used = new Set<string>();
  const modified = buildDate();
  const resources = bookResources(options.root, modified);
  // In address order, whatever order the loader listed them in: the archive's chapters are numbered
  // and written in this order, so a rebuild writes the same book as a clean build.
  const pages = input.pages
    .map(({ url }) => {
      const [lang, slug] = url.split('/').filter(Boolean) as [Lang, string];
      return { url, lang, slug };
    })
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  // Each document is in each language's archive once: as its page in that language, or its only page.
  const langsOf = new Map<string, Set<Lang>>();
  for (const { lang, slug } of pages) langsOf.set(slug, (langsOf.get(slug) ?? new Set()).add(lang));
  const fileOf = new Map([...langsOf.keys()].map((slug, i) => [slug, `doc-${i + 1}.xhtml`]));
  const archives = pages.length > 0 ? LANGS.map((lang) => startArchive(outDir, lang, modified)) : [];
  const options_ = pageBookOptions(options.base);
  let made = 0;

  const bookOfPage = async ({ url, lang, slug }: (typeof pages)[number]) => {
    const html = await readFile(pageFile(outDir, url), 'utf8').catch((error: unknown) => {
      throw new AstroError(`EPUB: cannot read the page ${url} to make its book (${String(error)}).`);
    });
    // A pinned build time (SOURCE_DATE_EPOCH) is written into the book: a kept book must have it too.
    const pinned = process.env.SOURCE_DATE_EPOCH?.trim() ?? '';
    const digest = createHash('sha1').update(`${BOOKS_VERSION}\0${pinned}\0${url}\0`).update(html).digest('hex');
    used.add(`${digest}.epub`).add(`${digest}.json`);
    let page: KeptPage;
    if (kept.has(`${digest}.epub`) && kept.has(`${digest}.json`)) {
      page = JSON.parse(await readFile(join(cacheDir, `${digest}.json`), 'utf8')) as KeptPage;
    } else {
      const tree = fromParse5(parse(html)) as Root;
      const book = pageBook(tree, options_);
      const inArchive = pageBook(tree, { ...options_, linkTarget: archiveLinkTarget });
      if (!book || !inArchive)
        throw new AstroError(`EPUB: the page ${url} has no document (no \`main .document\`) to make a book of.`);
      let bytes: Uint8Array;
      try {
        bytes = epub(documentBook(book, url, resources));
        const title = book.versions[0]?.title || slug;
        page = {
          versions: book.versions,
          entries: inArchive.entries,
          faces: facesOf([inArchive.body]).map((face) => face.file),
          chapter: chapterXhtml({ file: '', lang, title, body: [inArchive.body] }),
        };
      } catch (error) {
        throw new AstroError(`EPUB: making the book of ${url} failed: ${String(error)}`);
      }
      await writeAtomically(join(cacheDir, `${digest}.epub`), bytes);
      await writeAtomically(join(cacheDir, `${digest}.json`), JSON.stringify(page));
      made++;
    }
    await place(join(cacheDir, `${digest}.epub`), join(outDir, bookFile(lang, slug)));
    return page;
  };

  /** Adds a page's chapter to the archives it belongs in (in page order: see `pages`). */
  const addToArchives = ({ lang, slug }: (typeof pages)[number], page: KeptPage) => {
    const langs = langsOf.get(slug) ?? new Set<Lang>();
    for (const archive of archives) {
      if (archive.lang !== lang && langs.has(archive.lang)) continue;
      const file = fileOf.get(slug) ?? `${slug}.xhtml`;
      archive.writer.addChapter(file, page.chapter);
      archive.documents.push({ slug, file, versions: page.versions, entries: page.entries, faces: page.faces });
    }
  };

  try {
    for (let i = 0; i < pages.length; i += BATCH) {
      const batch = pages.slice(i, i + BATCH);
      const pageBooks = await Promise.all(batch.map(bookOfPage));
      batch.forEach((item, j) => addToArchives(item, pageBooks[j]));
    }
    const labels: ArchiveLabels = { title: both('book.archiveTitle'), glossary: both('book.glossary') };
    for (const archive of archives) {
      // Newest first, as the home page lists them.
      const date = (d: ArchiveDocument) => d.versions.reduce((max, v) => (v.date && v.date > max ? v.date : max), '');
      archive.documents.sort((a, b) => date(b).localeCompare(date(a)) || a.slug.localeCompare(b.slug));
      try {
        endArchive(
          archive.writer,
          archive.lang,
          `archive:${options.base}:${archive.lang}`,
          archive.documents,
          input.glossary,
          resources,
          labels,
        );
      } catch (error) {
        throw new AstroError(`EPUB: making the archive's book (${archive.lang}) failed: ${String(error)}`);
      }
      await archive.done;
      await rename(`${archive.file}.tmp`, archive.file);
    }
  } finally {
    for (const archive of archives) await rm(`${archive.file}.tmp`, { force: true });
  }
  // Books of pages that are gone, or changed, are not kept.
  await Promise.all(
    [...kept].filter((name) => !used.has(name)).map((name) => rm(join(cacheDir, name), { force: true })),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  logger.info(
    `EPUB: ${pages.length} page books (${made} made, ${pages.length - made} unchanged) and ${archives.length} archive books in ${seconds}s`,
  );
}

async function writeAtomically(path: string, bytes: Uint8Array | string): Promise<void> {
  await writeFile(`${path}.tmp`, bytes);
  await rename(`${path}.tmp`, path);
}
