/**
 * An EPUB 3 book assembled from hast: the container (`mimetype` first, stored; then
 * `META-INF/container.xml`), the package document (metadata in both languages, manifest, spine
 * with the page progression of the first version's script), the navigation document, the
 * content documents as XHTML, the style sheet, the embedded faces and their licences. No script
 * goes in: a book holds text only.
 */
import { createHash } from 'node:crypto';
import type { Element, ElementContent, Properties } from 'hast';
import { zipEntry, zipStream, type ZipEntry } from './zip.ts';
import { DIR, type Lang } from '../types.ts';
import type { FontFace } from './fonts.ts';
import { bookStyle } from './style.ts';
import { h, langProps, OPS_NS, XHTML_NS, xhtmlDocument } from './xhtml.ts';
import { x, xmlDocument, type XmlElement } from './xml.ts';

/** A text and its language. */
export interface LangText {
  text: string;
  lang: Lang;
}

/** One content document of the book. */
export interface BookChapter {
  /** Its file name in the book (`text.xhtml`): letters, digits, `-` and `_`, then `.xhtml`. */
  file: string;
  lang: Lang;
  /** Its `<title>`. */
  title: string;
  /** What its `<body>` holds. */
  body: ElementContent[];
}

/** An entry of the table of contents: a label (one text per language, shown together) and its target. */
export interface NavEntry {
  label: LangText[];
  /** `file.xhtml` or `file.xhtml#id`. */
  href: string;
  children?: NavEntry[];
}

export interface FontFile {
  face: FontFace;
  bytes: Uint8Array;
}

export interface Book {
  /** A URN (`urn:uuid:…`, see `bookIdentifier`), the same in every build of the same book. */
  identifier: string;
  /** The first version's language: the book's, and its page progression. */
  lang: Lang;
  /** The title in each language, the book's own first. */
  titles: LangText[];
  /** An ISO date (year, month or day). */
  date?: string;
  /** Where the text comes from: outlets or addresses, each in its language. */
  sources: LangText[];
  /** Who wrote it (`dc:creator`): each author, in the language of the version that names them. */
  creators?: LangText[];
  /** Who publishes it (`dc:publisher`): the site's name, in each language. */
  publisher?: LangText[];
  /** When the book was last changed (`dcterms:modified`, to the second). */
  modified: Date;
  /** The heading of the table of contents, in both languages. */
  tocTitle: LangText[];
  toc: NavEntry[];
  chapters: BookChapter[];
  fonts: FontFile[];
  /** The faces' licences: a heading, and each package's licence text, shown in a last chapter. */
  licences: { title: LangText[]; texts: { package: string; text: string }[] };
}

/** A UUID (RFC 9562, version 5 layout) made from `key`: the same key, the same identifier. */
export function bookIdentifier(key: string): string {
  const bytes = createHash('sha1').update(`hamish-book\0${key}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Texts in several languages, side by side, each marked with its language. */
function inLangs(texts: readonly LangText[], lang: Lang): ElementContent[] {
  return texts.flatMap((text, i) => [
    ...(i > 0 ? [{ type: 'text' as const, value: ' · ' }] : []),
    text.lang === lang ? { type: 'text' as const, value: text.text } : h('span', langProps(text.lang), text.text),
  ]);
}

/** A content document. */
function xhtml(lang: Lang, title: string, body: ElementContent[], bodyProps: Properties = {}): string {
  return xhtmlDocument(
    h('html', { xmlns: XHTML_NS, 'xmlns:epub': OPS_NS, ...langProps(lang) }, [
      h('head', {}, [
        h('meta', { charSet: 'utf-8' }),
        h('title', {}, title),
        h('link', { rel: ['stylesheet'], type: 'text/css', href: 'style.css' }),
      ]),
      h('body', bodyProps, body),
    ]),
  );
}

function navList(entries: readonly NavEntry[], lang: Lang): Element {
  return h(
    'ol',
    {},
    entries.map((entry) =>
      h('li', {}, [
        h('a', { href: entry.href }, inLangs(entry.label, lang)),
        ...(entry.children?.length ? [navList(entry.children, lang)] : []),
      ]),
    ),
  );
}

const LICENCE_FILE = 'licences.xhtml';

/** `YYYY-MM-DDThh:mm:ssZ`, as `dcterms:modified` must be. */
const modifiedValue = (date: Date) => `${date.toISOString().slice(0, 19)}Z`;

/** The media type of a file of the book, by its extension. */
const MEDIA_TYPES: Record<string, string> = {
  xhtml: 'application/xhtml+xml',
  css: 'text/css',
  woff2: 'font/woff2',
};

function packageDocument(book: BookOutline, items: { id: string; href: string; properties?: string }[]): string {
  const langs = [...new Set([book.lang, ...book.titles.map((t) => t.lang), ...book.sources.map((s) => s.lang)])];
  const metadata: XmlElement[] = [
    x('dc:identifier', { id: 'book-id' }, [book.identifier]),
    ...book.titles.map((title, i) =>
      x('dc:title', { id: `title-${i + 1}`, 'xml:lang': title.lang, dir: DIR[title.lang] }, [title.text]),
    ),
    ...book.titles.map((_, i) => x('meta', { refines: `#title-${i + 1}`, property: 'display-seq' }, [String(i + 1)])),
    ...(book.creators ?? []).map((creator) =>
      x('dc:creator', { 'xml:lang': creator.lang, dir: DIR[creator.lang] }, [creator.text]),
    ),
    ...(book.publisher ?? []).map((publisher) =>
      x('dc:publisher', { 'xml:lang': publisher.lang, dir: DIR[publisher.lang] }, [publisher.text]),
    ),
    ...langs.map((lang) => x('dc:language', {}, [lang])),
    ...(book.date ? [x('dc:date', {}, [book.date])] : []),
    ...book.sources.map((source) => x('dc:source', { 'xml:lang': source.lang, dir: DIR[source.lang] }, [source.text])),
    x('meta', { property: 'dcterms:modified' }, [modifiedValue(book.modified)]),
  ];
  const extension = (href: string) => href.slice(href.lastIndexOf('.') + 1);
  return xmlDocument(
    x(
      'package',
      {
        xmlns: 'http://www.idpf.org/2007/opf',
        version: '3.0',
        'unique-identifier': 'book-id',
        'xml:lang': book.lang,
        dir: DIR[book.lang],
      },
      [
        x('metadata', { 'xmlns:dc': 'http://purl.org/dc/elements/1.1/' }, metadata),
        x(
          'manifest',
          {},
          items.map((item) =>
            x('item', {
              id: item.id,
              href: item.href,
              'media-type': MEDIA_TYPES[extension(item.href)],
              properties: item.properties,
            }),
          ),
        ),
        x(
          'spine',
          { 'page-progression-direction': DIR[book.lang] },
          items
            .filter((item) => item.href.endsWith('.xhtml') && item.id !== 'nav')
            .map((item) => x('itemref', { idref: item.id })),
        ),
      ],
    ),
  );
}

const CONTAINER = xmlDocument(
  x('container', { version: '1.0', xmlns: 'urn:oasis:names:tc:opendocument:xmlns:container' }, [
    x('rootfiles', {}, [
      x('rootfile', { 'full-path': 'EPUB/package.opf', 'media-type': 'application/oebps-package+xml' }),
    ]),
  ]),
);

const encoder = new TextEncoder();

/** The XHTML of a content document of a book. */
export function chapterXhtml(chapter: BookChapter): string {
  return xhtml(chapter.lang, chapter.title, chapter.body);
}

/**
 * Below this size an entry is stored, not deflated: each deflation has a fixed cost (a fresh zlib
 * state) that outweighs the few hundred bytes it would save in a book carrying tens of kilobytes
 * of fonts.
 */
const STORE_BELOW = 4096;

/**
 * The entries that are the same in many books (the container, the licences, the style sheet of a
 * set of faces), made once: by their text. Few distinct ones exist; the map is emptied should a
 * build ever make more.
 */
const sharedEntries = new Map<string, ZipEntry>();

function sharedEntry(text: string): ZipEntry {
  let entry = sharedEntries.get(text);
  if (!entry) {
    if (sharedEntries.size >= 256) sharedEntries.clear();
    const bytes = encoder.encode(text);
    sharedEntries.set(text, (entry = zipEntry(bytes, bytes.length < STORE_BELOW ? 0 : 6)));
  }
  return entry;
}

/** A content document as a zip entry, deflated (or stored when small): made once, it can go into several books. */
export function chapterEntry(xhtml: string): ZipEntry {
  const bytes = encoder.encode(xhtml);
  return zipEntry(bytes, bytes.length < STORE_BELOW ? 0 : 6);
}

/** The licences' content document, the same in every book with the same faces and language. */
const licenceDocuments = new Map<string, string>();

function licenceXhtml(book: BookOutline): string {
  // The texts are the packages' licences: their names stand for them.
  const key = JSON.stringify([book.lang, book.licences.title, book.licences.texts.map((t) => t.package)]);
  let text = licenceDocuments.get(key);
  if (text === undefined) {
    const licences = [
      h('h1', {}, inLangs(book.licences.title, book.lang)),
      ...book.licences.texts.flatMap(({ package: name, text }) => [
        h('h2', langProps('en'), name),
        h('pre', { ...langProps('en'), className: ['licence'] }, text),
      ]),
    ];
    if (licenceDocuments.size >= 64) licenceDocuments.clear();
    licenceDocuments.set(key, (text = xhtml(book.lang, book.licences.title[0]?.text ?? '', licences)));
  }
  return text;
}

/** A book's content documents as its package lists them: the file names, in reading order. */
export type BookOutline = Omit<Book, 'chapters'> & { chapters: readonly { file: string }[] };

/**
 * Writes a book as a stream of zip bytes, for books too large to hold at once (an archive's): the
 * content documents first, as they come (`addChapter`), then the rest (`end`), which names them
 * in reading order. `sink` gets the bytes in order; `final` is true with the last.
 */
export interface BookWriter {
  /** Adds a content document, as XHTML (`chapterXhtml`) or as the entry made of it (`chapterEntry`). */
  addChapter(file: string, xhtml: string | ZipEntry): void;
  end(book: BookOutline): void;
}

export function bookWriter(modified: Date, sink: (chunk: Uint8Array, final: boolean) => void): BookWriter {
  const zip = zipStream(modified, sink);
  const put = (path: string, content: string | Uint8Array | ZipEntry, level: 0 | 6) =>
    zip.add(path, typeof content === 'string' ? chapterEntry(content) : content, level);
  // First and stored, so that the first bytes of the file say what it is.
  put('mimetype', encoder.encode('application/epub+zip'), 0);
  put('META-INF/container.xml', sharedEntry(CONTAINER), 6);
  return {
    addChapter: (file, xhtml) => put(`EPUB/${file}`, xhtml, 6),
    end: (book) => {
      const title = book.titles[0]?.text ?? '';
      const items: { id: string; href: string; properties?: string }[] = [];
      const add = (
        href: string,
        content: string | Uint8Array | ZipEntry,
        level: 0 | 6,
        id: string,
        properties?: string,
      ) => {
        put(`EPUB/${href}`, content, level);
        items.push({ id, href, properties });
      };
      const licenceEntry: NavEntry = { label: book.licences.title, href: LICENCE_FILE };
      const nav = h('nav', { 'epub:type': 'toc', role: 'doc-toc', id: 'toc' }, [
        h('h1', {}, inLangs(book.tocTitle, book.lang)),
        navList([...book.toc, licenceEntry], book.lang),
      ]);
      add('nav.xhtml', xhtml(book.lang, title, [nav]), 6, 'nav', 'nav');
      book.chapters.forEach((chapter, i) => items.push({ id: `c${i + 1}`, href: chapter.file }));
      add(LICENCE_FILE, sharedEntry(licenceXhtml(book)), 6, 'licences');
      add('style.css', sharedEntry(bookStyle(book.fonts.map((f) => f.face))), 6, 'style');
      // WOFF2 is compressed already.
      book.fonts.forEach((font, i) => add(`fonts/${font.face.file}`, font.bytes, 0, `font${i + 1}`));
      put('EPUB/package.opf', packageDocument(book, items), 6);
      zip.end();
    },
  };
}

/**
 * The EPUB file of `book` as the zip's pieces, in order: what a file is written from as it is
 * (`writev`), without first copying the fonts' bytes into one buffer. `entries` may give chapters
 * already made into entries (`chapterEntry`), by their position; the others are serialised here.
 */
export function epubChunks(book: Book, entries: readonly (ZipEntry | undefined)[] = []): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  const writer = bookWriter(book.modified, (chunk) => chunks.push(chunk));
  book.chapters.forEach((chapter, i) => writer.addChapter(chapter.file, entries[i] ?? chapterXhtml(chapter)));
  writer.end(book);
  return chunks;
}

/** The EPUB file of `book`, in one buffer (see `epubChunks`). */
export function epub(book: Book, entries: readonly (ZipEntry | undefined)[] = []): Uint8Array {
  return Buffer.concat(epubChunks(book, entries));
}
