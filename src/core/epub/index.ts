/**
 * EPUB 3 books of Hamish's editions, made from built pages: pure functions from hast to the bytes
 * of a book. Nothing here knows about Astro or the file system.
 */
export { epub, bookIdentifier, type Book, type BookChapter, type LangText, type NavEntry } from './book.ts';
export { pageBook, textOf, type BookVersion, type PageBook, type PageBookOptions } from './book-tree.ts';
export { documentBook, type BookLabels, type BookResources } from './document.ts';
export { FONT_FACES, facesFor, type FontFace } from './fonts.ts';

export { archiveBookFile, bookFile } from './paths.ts';
