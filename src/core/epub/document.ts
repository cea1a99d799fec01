/**
 * The book of one document page: the page's versions in one content document, laid out as on the
 * page, with a table of contents of its headings (each version's title, its notes, its editor's
 * note) and the metadata of every version.
 */
import type { Element, ElementContent } from 'hast';
import type { Lang } from '../types.ts';
import { bookIdentifier, type Book, type FontFile, type LangText, type NavEntry } from './book.ts';
import { textOf, type PageBook } from './book-tree.ts';
import { facesFor, type FontFace } from './fonts.ts';

/** What a book says around the text, in both languages. */
export interface BookLabels {
  /** The heading of the table of contents. */
  contents: Record<Lang, string>;
  /** The heading of the fonts' licences. */
  licences: Record<Lang, string>;
}

/** What a book needs from outside: the bytes of each face, each package's licence, its date, its words and publisher. */
export interface BookResources {
  fontBytes: (face: FontFace) => Uint8Array;
  licence: (pkg: FontFace['package']) => string;
  modified: Date;
  labels: BookLabels;
  /** The site's name in each language: the books' publisher. */
  publisher: Record<Lang, string>;
}

/** Both languages' texts, `first`'s first. */
export const bothLangs = (texts: Record<Lang, string>, first: Lang): LangText[] =>
  (first === 'ar' ? (['ar', 'en'] as const) : (['en', 'ar'] as const)).map((lang) => ({ text: texts[lang], lang }));

/** Every element of `nodes` that `test` accepts, in document order, with the language it is in. */
export function elementsOf(
  nodes: readonly ElementContent[],
  test: (node: Element) => boolean,
  lang: Lang,
  out: { node: Element; lang: Lang }[] = [],
): { node: Element; lang: Lang }[] {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    const here = node.properties.lang === 'ar' || node.properties.lang === 'en' ? node.properties.lang : lang;
    if (test(node)) out.push({ node, lang: here });
    elementsOf(node.children, test, here, out);
  }
  return out;
}

/** The headings of `body` that have an id, as entries of a table of contents of `file`. */
export function headingEntries(body: readonly ElementContent[], lang: Lang, file: string): NavEntry[] {
  return elementsOf(body, (node) => /^h[12]$/.test(node.tagName) && typeof node.properties.id === 'string', lang)
    .map(({ node, lang: headingLang }) => ({
      label: [{ text: textOf(node).replace(/\s+/g, ' ').trim(), lang: headingLang }],
      href: `${file}#${String(node.properties.id)}`,
    }))
    .filter((entry) => entry.label[0].text !== '');
}

/** The faces the text of `bodies` needs. */
export function facesOf(bodies: readonly ElementContent[]): FontFace[] {
  const text = bodies.map(textOf).join('');
  const italic = elementsOf(bodies, (node) => node.tagName === 'em' || node.tagName === 'i', 'en').length > 0;
  return facesFor(text, italic);
}

/** The faces the text of `bodies` needs, with their bytes, and the licences they come with. */
export function fontsFor(
  bodies: readonly ElementContent[],
  resources: BookResources,
): { fonts: FontFile[]; licences: { package: string; text: string }[] } {
  const faces = facesOf(bodies);
  const packages = [...new Set(faces.map((face) => face.package))];
  return {
    fonts: faces.map((face) => ({ face, bytes: resources.fontBytes(face) })),
    licences: packages.map((pkg) => ({ package: pkg, text: resources.licence(pkg) })),
  };
}

/** The book of a document page. `key` names it for its identifier (the page's path). */
export function documentBook(page: PageBook, key: string, resources: BookResources): Book {
  const file = 'text.xhtml';
  const [first] = page.versions;
  const titles = page.versions.map((v) => ({ text: v.title || key, lang: v.lang }));
  const body = [page.body];
  return {
    identifier: bookIdentifier(key),
    lang: page.lang,
    titles: titles.length > 0 ? titles : [{ text: key, lang: page.lang }],
    date: page.versions.find((v) => v.date)?.date,
    sources: page.versions.flatMap((v) => {
      const source = v.url ?? v.source;
      return source ? [{ text: source, lang: v.lang }] : [];
    }),
    // Each author once: both versions of a pair may name the same writer the same way.
    creators: page.versions
      .flatMap((v) => (v.authors ?? []).map((text) => ({ text, lang: v.lang })))
      .filter((creator, i, all) => all.findIndex((other) => other.text === creator.text) === i),
    publisher: bothLangs(resources.publisher, page.lang),
    modified: resources.modified,
    tocTitle: bothLangs(resources.labels.contents, page.lang),
    toc: headingEntries(body, page.lang, file),
    chapters: [{ file, lang: page.lang, title: first?.title || key, body }],
    ...fontsBook(body, resources, page.lang),
  };
}

function fontsBook(body: ElementContent[], resources: BookResources, lang: Lang): Pick<Book, 'fonts' | 'licences'> {
  const { fonts, licences } = fontsFor(body, resources);
  return { fonts, licences: { title: bothLangs(resources.labels.licences, lang), texts: licences } };
}
