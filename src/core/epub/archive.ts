/**
 * The book of a whole archive: every document, one content document each (the page in the book's
 * language, or the only page the document has), a table of contents naming each document in both
 * languages, and an appendix of the glossary entries the documents have notes for, to which the
 * notes' terms link. Written as a stream (`bookWriter`): an archive's text need not fit in memory.
 */
import type { ElementContent } from 'hast';
import type { GlossaryEntry } from '../glossary/index.ts';
import { otherLang, type Lang } from '../types.ts';
import { bookIdentifier, chapterXhtml, type BookOutline, type BookWriter, type NavEntry } from './book.ts';
import type { BookVersion } from './book-tree.ts';
import { bothLangs, type BookResources } from './document.ts';
import { FONT_FACES } from './fonts.ts';
import { h, langProps } from './xhtml.ts';

/** The file of the glossary appendix in an archive's book. */
export const GLOSSARY_FILE = 'glossary.xhtml';

/** The id of an entry in the appendix. */
export const entryAnchor = (id: string) => `entry-${id}`;

/** Where a link to a site path goes in an archive's book: an entry page to its entry in the appendix. */
export function archiveLinkTarget(path: string): string | undefined {
  const id = /^\/glossary\/([^/]+)\/$/.exec(path)?.[1];
  if (id === undefined) return undefined;
  try {
    return `${GLOSSARY_FILE}#${entryAnchor(decodeURIComponent(id))}`;
  } catch {
    return undefined;
  }
}

/** One document as the archive's book has it (what `archiveChapter` made of its page). */
export interface ArchiveDocument {
  slug: string;
  /** Its content document in the book. */
  file: string;
  versions: BookVersion[];
  /** The glossary entries it has notes for. */
  entries: string[];
  /** The files of the faces its text needs (`FontFace.file`). */
  faces: string[];
}

/** What an archive's book says around the documents, in both languages. */
export interface ArchiveLabels {
  /** The book's title. */
  title: Record<Lang, string>;
  glossary: Record<Lang, string>;
}

/** `text` in `lang`, in a span saying so when it is not the book's language. */
const inLang = (text: string, lang: Lang, bookLang: Lang): ElementContent =>
  lang === bookLang ? { type: 'text', value: text } : h('span', langProps(lang), text);

/** The glossary appendix: each entry, its term in both languages and its notes, the book's language first. */
export function glossaryAppendix(
  entries: readonly GlossaryEntry[],
  lang: Lang,
  labels: ArchiveLabels,
): ElementContent[] {
  const other = otherLang(lang);
  const order = [lang, other] as const;
  return [
    h('h1', { id: 'glossary' }, [
      { type: 'text', value: labels.glossary[lang] },
      { type: 'text', value: ' · ' },
      inLang(labels.glossary[other], other, lang),
    ]),
    ...entries.map((entry) => {
      const terms = order.flatMap((l) => (entry[l] ? [{ text: entry[l].term, lang: l }] : []));
      const heading = terms.flatMap((term, i) => [
        ...(i > 0 ? [{ type: 'text' as const, value: ' · ' }] : []),
        inLang(term.text, term.lang, lang),
      ]);
      const notes = order.flatMap((l) => {
        const note = entry[l]?.note;
        return note ? [h('p', l === lang ? {} : langProps(l), note)] : [];
      });
      return h('section', { id: entryAnchor(entry.id), className: ['glossary-entry'] }, [
        h('h2', {}, heading.length > 0 ? heading : entry.id),
        ...notes,
      ]);
    }),
  ];
}

/**
 * Ends an archive's book: the glossary appendix of the entries `documents` have notes for, the
 * table of contents (each document's titles in both languages, the book's first), the metadata
 * and the faces the documents need.
 */
export function endArchive(
  writer: BookWriter,
  lang: Lang,
  key: string,
  documents: readonly ArchiveDocument[],
  glossary: readonly GlossaryEntry[],
  resources: BookResources,
  labels: ArchiveLabels,
): void {
  const used = new Set(documents.flatMap((d) => d.entries));
  const entries = glossary.filter((entry) => used.has(entry.id));
  const chapters: { file: string }[] = documents.map((d) => ({ file: d.file }));
  const toc: NavEntry[] = documents.map((d) => ({
    label: [...d.versions]
      .sort((a, b) => (a.lang === lang ? -1 : b.lang === lang ? 1 : 0))
      .map((v) => ({ text: v.title || d.slug, lang: v.lang })),
    href: d.file,
  }));
  if (entries.length > 0) {
    writer.addChapter(
      GLOSSARY_FILE,
      chapterXhtml({
        file: GLOSSARY_FILE,
        lang,
        title: labels.glossary[lang],
        body: glossaryAppendix(entries, lang, labels),
      }),
    );
    chapters.push({ file: GLOSSARY_FILE });
    toc.push({ label: bothLangs(labels.glossary, lang), href: GLOSSARY_FILE });
  }
  const needed = new Set(documents.flatMap((d) => d.faces));
  // The appendix's own text is in the faces of the documents it explains, but its Arabic may be in
  // a book of English documents: the Arabic faces come with any Arabic.
  const appendixText = entries.map((e) => `${e.ar?.term ?? ''}${e.ar?.note ?? ''}`).join('');
  const faces = FONT_FACES.filter(
    (face) =>
      needed.has(face.file) ||
      (face.family === 'Noto Naskh Arabic' && appendixText !== '') ||
      face.file === 'literata-latin-400-normal.woff2',
  );
  const packages = [...new Set(faces.map((face) => face.package))];
  const outline: BookOutline = {
    identifier: bookIdentifier(key),
    lang,
    titles: bothLangs(labels.title, lang),
    sources: [],
    publisher: bothLangs(resources.publisher, lang),
    modified: resources.modified,
    tocTitle: bothLangs(resources.labels.contents, lang),
    toc,
    chapters,
    fonts: faces.map((face) => ({ face, bytes: resources.fontBytes(face) })),
    licences: {
      title: bothLangs(resources.labels.licences, lang),
      texts: packages.map((pkg) => ({ package: pkg, text: resources.licence(pkg) })),
    },
  };
  writer.end(outline);
}
