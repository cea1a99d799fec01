/**
 * The e-books of a built site (`astro:build:done`): an EPUB of every document page, beside the
 * page (`bookFile`), and one of the whole archive per language (`archive.ts`). Each is made from
 * the built page (see `src/core/epub/book-tree.ts`), so that it holds what the page shows, laid
 * out as the page lays it out, for every source format.
 *
 * A page's book depends only on the page's HTML (and the book code's version): books are kept in
 * the work folder by the digest of both, and a page that did not change gets its book from there
 * (hard-linked when the file system allows), with the date it was made.
 */
import type { AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import type { Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parse } from 'parse5';
import { bookFile, documentBook, epub, pageBook, type BookResources, type FontFace } from '../core/epub/index.ts';
import { LANGS, type Lang } from '../core/types.ts';
import { t } from '../i18n/index.ts';
import { searchInputFile, type SearchInputFile } from './editions/loader.ts';

/** Bumped when the books change in a way the pages' HTML cannot show (the book code). */
const BOOKS_VERSION = 1;

/** Pages read, and books written, at once. */
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

/**
 * Writes the book of every document page of the built site in `outDir`. A page that cannot be
 * made into a book fails the build, naming the page.
 */
export async function writeBooks(outDir: string, options: BooksOptions, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const input = JSON.parse(await readFile(searchInputFile(options.workDir), 'utf8')) as SearchInputFile;
  const cacheDir = join(options.workDir, 'books');
  await mkdir(cacheDir, { recursive: true });
  const kept = new Set(await readdir(cacheDir));
  const used = new Set<string>();
  const resources = bookResources(options.root, buildDate());
  let made = 0;
  const urls = input.pages.map((page) => page.url);
  for (let i = 0; i < urls.length; i += BATCH) {
    await Promise.all(
      urls.slice(i, i + BATCH).map(async (url) => {
        const [lang, slug] = url.split('/').filter(Boolean) as [Lang, string];
        const html = await readFile(pageFile(outDir, url), 'utf8').catch((error: unknown) => {
          throw new AstroError(`EPUB: cannot read the page ${url} to make its book (${String(error)}).`);
        });
        const book = pageBook(fromParse5(parse(html)) as Root, pageBookOptions(options.base));
        if (!book)
          throw new AstroError(`EPUB: the page ${url} has no document (no \`main .document\`) to make a book of.`);
        const digest = createHash('sha1').update(`${BOOKS_VERSION}\0${url}\0`).update(html).digest('hex');
        const name = `${digest}.epub`;
        used.add(name);
        const target = join(outDir, bookFile(lang, slug));
        if (!kept.has(name)) {
          let bytes: Uint8Array;
          try {
            bytes = epub(documentBook(book, url, resources));
          } catch (error) {
            throw new AstroError(`EPUB: making the book of ${url} failed: ${String(error)}`);
          }
          await writeFile(join(cacheDir, `${name}.tmp`), bytes);
          await rename(join(cacheDir, `${name}.tmp`), join(cacheDir, name));
          made++;
        }
        await place(join(cacheDir, name), target);
      }),
    );
  }
  // Books of pages that are gone, or changed, are not kept.
  await Promise.all(
    [...kept].filter((name) => !used.has(name)).map((name) => rm(join(cacheDir, name), { force: true })),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  logger.info(`EPUB: ${urls.length} books (${made} made, ${urls.length - made} unchanged) in ${seconds}s`);
}
