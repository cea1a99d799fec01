/**
 * The e-books of a built site (`astro:build:done`): an EPUB of every document page, beside the
 * page (`bookFile`), and, per language, one of the whole archive and one of each topic (tag)
 * (`src/core/epub/archive.ts`), beside the topic's page. Each is made from the built page (see
 * `src/core/epub/book-tree.ts`), so that it holds what the page shows, laid out as the page lays
 * it out, for every source format.
 *
 * A page's book depends only on the page's HTML (and the book code's version): books are kept in
 * the work folder by the digest of both, with what the collections' books take from the page (its
 * chapter, compressed once), and a page that did not change is not read again: its book comes
 * from there (hard-linked when the file system allows), with the date it was made. A collection's
 * book is kept the same way, by the digest of its documents' books and glossary entries.
 */
import type { AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import type { Element, Root } from 'hast';
import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  createWriteStream,
  linkSync,
  openSync,
  readFileSync,
  rmSync,
  writeSync,
  writevSync,
} from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  archiveBookFile,
  archiveLinkTarget,
  bookFile,
  bookWriter,
  chapterEntry,
  chapterXhtml,
  documentBook,
  endArchive,
  epubChunks,
  facesOf,
  pageBook,
  topicBookFile,
  type ArchiveDocument,
  type ArchiveLabels,
  type BookResources,
  type BookVersion,
  type BookWriter,
  type FontFace,
  type ZipEntry,
} from '../core/epub/index.ts';
import { nameIn } from '../core/archive/index.ts';
import { LANGS, type Lang } from '../core/types.ts';
import { perLang } from '../core/lang.ts';
import type { Translate, UIKey } from '../i18n/index.ts';
import { readSearchFacets } from './archive.ts';
import { searchInputFile, type SearchInputFile } from './editions/loader.ts';
import { htmlDocument, htmlFragment } from '../core/html-tree.ts';

/** Bumped when the books change in a way the pages' HTML cannot show (the book code). */
const BOOKS_VERSION = 4;

/** What the kept books remember of each page's book (`KeptPage`), by its digest: one file, written once a build. */
const PAGES_INDEX = 'pages.json';

/** The kept pages' index; empty when there is none, or (with a warning) when it cannot be read. */
async function readKeptPages(file: string, logger: AstroIntegrationLogger): Promise<Record<string, KeptPage>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return {};
  }
  try {
    return JSON.parse(text) as Record<string, KeptPage>;
  } catch (error) {
    logger.warn(`EPUB: the kept books' index ${file} does not parse (${String(error)}); every book is made again.`);
    return {};
  }
}

/** Pages read, and books written, between two turns of the event loop (a batch's chapters go into the archives in the order they finish). */
const BATCH = 16;

export interface BooksOptions {
  /** Hamish's work folder for the content (the kept books are in its `books/`). */
  workDir: string;
  /** The project root, where the font packages are installed. */
  root: string;
  /** Astro's `base`. */
  base: string;
  /** Whether the site has topic pages, each of which links its topic's book. */
  topics: boolean;
  /** The UI strings as the pages show them: the publisher's overrides and site name in. */
  t: Translate;
}

/** A UI string in both languages, `{site}` filled with the site's name in each. */
const both = (t: Translate, key: UIKey) => perLang((lang) => t(lang, key, { site: t(lang, 'site.name') }));

/** The fonts and licences of the books, read once, and what the books say around the text (`t`: see `BooksOptions`). */
export function bookResources(root: string, modified: Date, t: Translate): BookResources {
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
    labels: { contents: both(t, 'book.contents'), licences: both(t, 'book.licences') },
    publisher: both(t, 'site.name'),
  };
}

/** What a page's book is made from, besides its HTML: how links and metadata are read. */
export function pageBookOptions(base: string, t: Translate) {
  return { base, labels: { source: both(t, 'edition.source'), original: both(t, 'edition.original') } };
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

/**
 * What a book reads of a built page (`pageBook`: the `html` element's language and `main`),
 * parsed. Only `main` is parsed when its tags can be found in the text, each exactly once: then
 * they are the elements' tags, since the page's text and attribute values are escaped, and a
 * script or style holding either would make it occur twice. Otherwise, the whole page. The page's
 * head and site furniture are about half its HTML, and parsing was a third of a book's cost.
 */
export function bookSourceTree(html: string): Root {
  const start = html.indexOf('<main');
  const end = html.indexOf('</main>');
  const lang = /^<!DOCTYPE html>\s*<html\s[^>]*?\blang="(ar|en)"/i.exec(html)?.[1];
  if (
    lang === undefined ||
    start < 0 ||
    end < start ||
    !/[\s>]/.test(html.charAt(start + 5)) ||
    html.indexOf('<main', start + 1) >= 0 ||
    html.indexOf('</main>', end + 1) >= 0
  ) {
    return htmlDocument(html);
  }
  const main = htmlFragment(html.slice(start, end + '</main>'.length));
  return {
    type: 'root',
    children: [{ type: 'element', tagName: 'html', properties: { lang }, children: main.children as Element[] }],
  };
}

/** Runs `make` for a new file at `path`; a file already there (a build's leftover, or a link to a kept book) is removed first. */
function replacing(path: string, make: () => void): void {
  try {
    make();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    rmSync(path, { force: true });
    make();
  }
}

/**
 * Puts `from` at `to`: a hard link when it can, a copy otherwise. Synchronous, as are the page
 * books' other small reads and writes: a thread-pool round trip per call cost more CPU time than
 * the call (the step yields between batches, see `writeBooks`).
 */
function place(from: string, to: string): void {
  replacing(to, () => {
    try {
      linkSync(from, to);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
      copyFileSync(from, to);
    }
  });
}

/** Writes a new file (one already there is an error, `EEXIST`) from its pieces, in order. */
function writeNew(path: string, chunks: readonly Uint8Array[]): void {
  const fd = openSync(path, 'wx');
  try {
    const written = writevSync(fd, chunks);
    // A short write (which a regular file hardly ever gives) is finished from where it stopped.
    if (written < chunks.reduce((sum, chunk) => sum + chunk.length, 0)) {
      const rest = Buffer.concat(chunks).subarray(written);
      for (let offset = 0; offset < rest.length;) offset += writeSync(fd, rest, offset);
    }
  } finally {
    closeSync(fd);
  }
}

/** A zip entry as the kept books store it in JSON. */
interface KeptEntry {
  method: 0 | 8;
  crc: number;
  size: number;
  /** The entry's bytes, base64. */
  body: string;
}

/** What the kept books remember of a page, beside its book: what the archive's and topics' books take from it. */
interface KeptPage {
  versions: BookVersion[];
  entries: string[];
  faces: string[];
  /** The page as a content document of a collection's book (`chapterXhtml`), made into a zip entry once. */
  chapter: KeptEntry;
}

/** A document page of the site. */
interface PageItem {
  url: string;
  lang: Lang;
  slug: string;
}

/** A book of several documents: the whole archive's, or a topic's, in one language. */
interface Collection {
  lang: Lang;
  /** Where it goes in the built site. */
  file: string;
  /** What its identifier is made from: the same key, the same book. */
  key: string;
  labels: ArchiveLabels;
  /** Its documents' slugs, in address order. */
  slugs: readonly string[];
}

const toKept = (entry: ZipEntry): KeptEntry => ({
  ...entry,
  body: Buffer.from(entry.body.buffer, entry.body.byteOffset, entry.body.byteLength).toString('base64'),
});
const fromKept = (entry: KeptEntry): ZipEntry => ({ ...entry, body: Buffer.from(entry.body, 'base64') });

/** The topics of the site and the slugs of their documents (from the archive's search facets). */
async function topicsOf(
  workDir: string,
): Promise<{ slug: string; names: Partial<Record<Lang, string>>; slugs: Set<string> }[]> {
  const { facets } = await readSearchFacets(workDir);
  const topics = facets.names.tag.map(([slug, en, ar]) => ({
    slug,
    names: { ...(en === null ? {} : { en }), ...(ar === null ? {} : { ar }) },
    slugs: new Set<string>(),
  }));
  for (const [url, page] of Object.entries(facets.pages)) {
    const slug = url.split('/').filter(Boolean)[1];
    for (const i of page.t ?? []) if (slug) topics[i]?.slugs.add(slug);
  }
  return topics.filter((topic) => topic.slugs.size > 0);
}

/**
 * A topic's book's title in each language (`book.topicTitle`): the site's name, as the archive's
 * book has it, and the topic's name there (or its other one), after the word "Topic". In a
 * reader's library, "Topic: Port" alone would not say whose it is.
 */
function topicTitles(t: Translate, names: Partial<Record<Lang, string>>): Record<Lang, string> {
  return perLang((lang) =>
    t(lang, 'book.topicTitle', { site: t(lang, 'site.name'), topic: nameIn({ names }, lang).text }),
  );
}

/**
 * Writes the book of every document page of the built site in `outDir`, the archive's book in
 * each language and, with `topics`, each topic's. A page that cannot be made into a book fails
 * the build, naming the page.
 */
export async function writeBooks(outDir: string, options: BooksOptions, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const input = JSON.parse(await readFile(searchInputFile(options.workDir), 'utf8')) as SearchInputFile;
  const cacheDir = join(options.workDir, 'books');
  await mkdir(cacheDir, { recursive: true });
  const kept = new Set(await readdir(cacheDir));
  const used = new Set<string>([PAGES_INDEX]);
  const keptPages = await readKeptPages(join(cacheDir, PAGES_INDEX), logger);
  /** What is kept of this build's pages, by digest: the next build's `keptPages`. */
  const pagesKept: Record<string, KeptPage> = {};
  const modified = buildDate();
  // A pinned build time (SOURCE_DATE_EPOCH) is written into the books: a kept book must have it too.
  const pinned = process.env.SOURCE_DATE_EPOCH?.trim() ?? '';
  const resources = bookResources(options.root, modified, options.t);
  // In address order, whatever order the loader listed them in: the collections' chapters are
  // numbered in this order, so a rebuild writes the same books as a clean build.
  const pages: PageItem[] = input.pages
    .map(({ url }) => {
      const [lang, slug] = url.split('/').filter(Boolean) as [Lang, string];
      return { url, lang, slug };
    })
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const options_ = pageBookOptions(options.base, options.t);
  // What a page's book says besides the page: a new wording (the publisher's strings) is a new book.
  const words = JSON.stringify([resources.labels, resources.publisher, options_.labels]);
  let made = 0;

  const bookOfPage = ({ url, lang, slug }: PageItem): { digest: string; page: KeptPage } => {
    // The page's bytes, decoded only when its book is made: a rebuild keeps nearly every book, and
    // decoding every page of a 10,000-page site cost more than hashing it.
    let source: Buffer;
    try {
      source = readFileSync(pageFile(outDir, url));
    } catch (error) {
      throw new AstroError(`EPUB: cannot read the page ${url} to make its book (${String(error)}).`);
    }
    const digest = createHash('sha1')
      .update(`${BOOKS_VERSION}\0${pinned}\0${words}\0${url}\0`)
      .update(source)
      .digest('hex');
    used.add(`${digest}.epub`);
    const target = join(outDir, bookFile(lang, slug));
    const keptPage = keptPages[digest];
    if (keptPage && kept.has(`${digest}.epub`)) {
      place(join(cacheDir, `${digest}.epub`), target);
      pagesKept[digest] = keptPage;
      return { digest, page: keptPage };
    }
    const tree = bookSourceTree(source.toString('utf8'));
    const book = pageBook(tree, options_);
    if (!book) throw new AstroError(`EPUB: the page ${url} has no document (no \`main .document\`) to make a book of.`);
    let bytes: Uint8Array[];
    let page: KeptPage;
    try {
      const doc = documentBook(book, url, resources);
      const text = chapterEntry(chapterXhtml(doc.chapters[0]));
      bytes = epubChunks(doc, [text]);
      // In a collection's book a link to a glossary entry goes to the appendix: a page with such
      // links is made again for it; one without is the same content document.
      let chapter = text;
      let faces = doc.fonts.map((font) => font.face.file);
      if (book.entries.length > 0) {
        const inCollection = pageBook(tree, { ...options_, linkTarget: archiveLinkTarget });
        if (!inCollection) throw new Error('no document');
        chapter = chapterEntry(chapterXhtml({ ...doc.chapters[0], body: [inCollection.body] }));
        faces = facesOf([inCollection.body]).map((face) => face.file);
      }
      page = { versions: book.versions, entries: book.entries, faces, chapter: toKept(chapter) };
    } catch (error) {
      throw new AstroError(`EPUB: making the book of ${url} failed: ${String(error)}`);
    }
    // Written beside the page, then kept: a link, so that the bytes are written once.
    replacing(target, () => writeNew(target, bytes));
    place(target, join(cacheDir, `${digest}.epub`));
    pagesKept[digest] = page;
    made++;
    return { digest, page };
  };

  const byUrl = new Map<string, { digest: string; page: KeptPage }>();
  for (let i = 0; i < pages.length; i += BATCH) {
    for (const item of pages.slice(i, i + BATCH)) byUrl.set(item.url, bookOfPage(item));
    // The search step runs beside this one: it gets its turn between batches.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await writeAtomically(join(cacheDir, PAGES_INDEX), JSON.stringify(pagesKept));

  // Each document is in each language's collection once: as its page in that language, or its only page.
  const langsOf = new Map<string, Map<Lang, string>>();
  for (const { url, lang, slug } of pages)
    langsOf.set(slug, (langsOf.get(slug) ?? new Map<Lang, string>()).set(lang, url));
  const everyDocument = [...langsOf.keys()];
  const collections: Collection[] = [];
  const archiveLabels: ArchiveLabels = {
    title: both(options.t, 'book.archiveTitle'),
    glossary: both(options.t, 'book.glossary'),
  };
  if (pages.length > 0) {
    for (const lang of LANGS) {
      const file = archiveBookFile(lang);
      const slugs = everyDocument;
      collections.push({ lang, file, key: `archive:${options.base}:${lang}`, labels: archiveLabels, slugs });
    }
  }
  const topics = options.topics ? await topicsOf(options.workDir) : [];
  for (const topic of topics) {
    const slugs = everyDocument.filter((slug) => topic.slugs.has(slug));
    if (slugs.length === 0) continue;
    const labels = { title: topicTitles(options.t, topic.names), glossary: archiveLabels.glossary };
    for (const lang of LANGS) {
      const key = `topic:${options.base}:${topic.slug}:${lang}`;
      collections.push({ lang, file: topicBookFile(lang, topic.slug), key, labels, slugs });
    }
  }

  let collectionsMade = 0;
  for (const collection of collections) {
    // Numbered within the collection, in address order: a document added elsewhere renames none of its files.
    const documents = collection.slugs.map((slug, i) => {
      const urls = langsOf.get(slug)!;
      const url = urls.get(collection.lang) ?? [...urls.values()][0];
      const { digest, page } = byUrl.get(url)!;
      const document: ArchiveDocument = {
        slug,
        file: `doc-${i + 1}.xhtml`,
        versions: page.versions,
        entries: page.entries,
        faces: page.faces,
      };
      return { document, digest, chapter: page.chapter };
    });
    // Newest first, as the home page lists them.
    const date = (d: ArchiveDocument) => d.versions.reduce((max, v) => (v.date && v.date > max ? v.date : max), '');
    documents.sort(
      (a, b) => date(b.document).localeCompare(date(a.document)) || a.document.slug.localeCompare(b.document.slug),
    );
    const named = new Set(documents.flatMap((d) => d.document.entries));
    const digest = createHash('sha1')
      .update(
        JSON.stringify([
          BOOKS_VERSION,
          pinned,
          collection.key,
          collection.labels,
          resources.labels,
          resources.publisher,
          documents.map((d) => [d.document.file, d.digest]),
          input.glossary.filter((entry) => named.has(entry.id)),
        ]),
      )
      .digest('hex');
    const name = `${digest}.epub`;
    used.add(name);
    if (!kept.has(name)) {
      await writeCollection(join(cacheDir, name), modified, (writer) => {
        for (const d of documents) writer.addChapter(d.document.file, fromKept(d.chapter));
        endArchive(
          writer,
          collection.lang,
          collection.key,
          documents.map((d) => d.document),
          input.glossary,
          resources,
          collection.labels,
        );
      }).catch((error: unknown) => {
        throw new AstroError(`EPUB: making the book ${collection.file} failed: ${String(error)}`);
      });
      collectionsMade++;
    }
    await mkdir(dirname(join(outDir, collection.file)), { recursive: true });
    place(join(cacheDir, name), join(outDir, collection.file));
  }

  // Books of pages and collections that are gone, or changed, are not kept.
  await Promise.all(
    [...kept].filter((name) => !used.has(name)).map((name) => rm(join(cacheDir, name), { force: true })),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const topicBooks = collections.length - (pages.length > 0 ? LANGS.length : 0);
  logger.info(
    `EPUB: ${pages.length} page books (${made} made, ${pages.length - made} unchanged), ${pages.length > 0 ? LANGS.length : 0} archive books and ${topicBooks} topic books (${collectionsMade} made, ${collections.length - collectionsMade} unchanged) in ${seconds}s`,
  );
}

/** Writes a collection's book to `file` as a stream (through a temporary file): its text need not fit in memory. */
async function writeCollection(file: string, modified: Date, write: (writer: BookWriter) => void): Promise<void> {
  const stream = createWriteStream(`${file}.tmp`);
  const done = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  try {
    write(
      bookWriter(modified, (chunk, final) => {
        stream.write(chunk);
        if (final) stream.end();
      }),
    );
    await done;
    await rename(`${file}.tmp`, file);
  } finally {
    stream.destroy();
    await rm(`${file}.tmp`, { force: true });
  }
}

async function writeAtomically(path: string, bytes: Uint8Array | string): Promise<void> {
  await writeFile(`${path}.tmp`, bytes);
  await rename(`${path}.tmp`, path);
}
