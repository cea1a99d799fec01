/**
 * EPUB 3 books of Hamish's editions, made from built pages: pure functions from hast to the bytes
 * of a book. Nothing here knows about Astro or the file system.
 */
export {
  epub,
  epubChunks,
  bookIdentifier,
  bookWriter,
  chapterEntry,
  chapterXhtml,
  type Book,
  type BookWriter,
  type BookChapter,
  type LangText,
  type NavEntry,
} from './book.ts';
export { pageBook, textOf, type BookVersion, type PageBook, type PageBookOptions } from './book-tree.ts';
export { documentBook, facesOf, type BookLabels, type BookResources } from './document.ts';
export {
  archiveLinkTarget,
  endArchive,
  glossaryAppendix,
  GLOSSARY_FILE,
  type ArchiveDocument,
  type ArchiveLabels,
} from './archive.ts';
export { FONT_FACES, facesFor, type FontFace } from './fonts.ts';

export { archiveBookFile, bookFile, topicBookFile } from './paths.ts';
export type { ZipEntry } from './zip.ts';
