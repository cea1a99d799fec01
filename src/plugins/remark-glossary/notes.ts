/**
 * The markup of glossary notes, as hast: the marker after a term's first occurrence and the notes
 * section that closes the text. Built as syntax trees; every text of the glossary goes in as a text
 * node, never as markup.
 */
import type { Element, ElementContent, Properties } from 'hast';
import type { GlossaryEntry } from '../../core/glossary/index.ts';
import { DIR, otherLang, type Lang } from '../../core/types.ts';
import { baseFolder } from '../../core/web-address.ts';
import { fill, numeral, type GlossaryLabels } from './labels.ts';

/** A text and the language it is in. */
export interface LangText {
  text: string;
  lang: Lang;
}

/**
 * One note as data: all its markup shows.
 */
export interface NoteData {
  /** 1-based, in order of first occurrence. */
  n: number;
  entryId: string;
  /** The entry page, base included. */
  href: string;
  /** The term in the page's language, or in the other one when the entry has none in the page's. */
  term: LangText;
  /** The term in the other language, when the entry has one that differs. */
  otherTerm?: LangText;
  /** The note in the page's language, or in the other one when the entry has none in the page's. */
  note?: LangText;
}

/**
 * Ids of a note's parts. Every id starts with the page language, so that the two language versions
 * of a document can share a page (`ar-fn-3` and `en-fn-3`).
 */
export const noteIds = (lang: Lang, n: number) => ({
  note: `${lang}-fn-${n}`,
  text: `${lang}-fn-${n}-text`,
  ref: `${lang}-fnref-${n}`,
});

/** The id of the notes heading. */
export const notesLabelId = (lang: Lang) => `${lang}-fn-label`;

/**
 * A hast element. Property names are hast's (`className`, `ariaLabel`, `dataPagefindIgnore`), as
 * hastscript would normalise them; built directly because a page may carry hundreds of notes.
 */
function h(tagName: string, properties: Properties, children: ElementContent[] | string): Element {
  return {
    type: 'element',
    tagName,
    properties,
    children: typeof children === 'string' ? [{ type: 'text', value: children }] : children,
  };
}

/** `text` as content in `lang`: bare when that is the page language, else in an element that says so. */
function inLang(text: string, textLang: Lang, pageLang: Lang): ElementContent {
  if (textLang === pageLang) return { type: 'text', value: text };
  return h('span', { lang: textLang, dir: DIR[textLang] }, text);
}

/**
 * The note for `entry`, number `n`, on a page in `lang`: the term in the page's language (falling
 * back to the other), the term in the other language, and the note in the page's language (falling
 * back to the other).
 */
export function noteData(entry: GlossaryEntry, n: number, lang: Lang, href: string): NoteData {
  const other = otherLang(lang);
  const own = entry[lang];
  const foreign = entry[other];
  const data: NoteData = {
    n,
    entryId: entry.id,
    href,
    term: own ? { text: own.term, lang } : { text: foreign?.term ?? entry.id, lang: other },
  };
  if (own && foreign && foreign.term !== own.term) data.otherTerm = { text: foreign.term, lang: other };
  if (own?.note) data.note = { text: own.note, lang };
  else if (foreign?.note) data.note = { text: foreign.note, lang: other };
  return data;
}

/** The entry page of `id` under `base`. */
export function entryHref(id: string, base = '/'): string {
  const prefix = baseFolder(base);
  return `${prefix.startsWith('/') ? '' : '/'}${prefix}glossary/${encodeURIComponent(id)}/`;
}

/**
 * The marker after the first occurrence of an entry: `<sup class="fn-ref">` holding the numbered
 * link to the note. Its accessible name is "Note 1" / "الحاشية ١" and its description is the note
 * itself, so a screen reader gives the note on focus; `GlossaryPreview.astro` shows sighted readers
 * a preview of the same note on hover and focus. The marker is not part of the searchable text
 * (`data-pagefind-ignore`).
 */
export function referenceMarker(n: number, lang: Lang, labels: GlossaryLabels): Element {
  const ids = noteIds(lang, n);
  const number = numeral(n, lang);
  return h('sup', { className: ['fn-ref'], dataPagefindIgnore: '' }, [
    h(
      'a',
      { href: `#${ids.note}`, id: ids.ref, ariaLabel: fill(labels.reference, number), ariaDescribedBy: [ids.text] },
      number,
    ),
  ]);
}

/** One item of the notes list: its number (a link back to the marker), then what the note says. */
function noteItem({ n, href, term, otherTerm, note }: NoteData, lang: Lang, labels: GlossaryLabels): Element {
  const ids = noteIds(lang, n);
  const number = numeral(n, lang);
  const termLink = h('a', { href }, term.text);
  const text: ElementContent[] = [
    h('dfn', term.lang === lang ? {} : { lang: term.lang, dir: DIR[term.lang] }, [termLink]),
  ];
  if (otherTerm) {
    text.push(
      { type: 'text', value: ' (' },
      h('span', { lang: otherTerm.lang, dir: DIR[otherTerm.lang] }, otherTerm.text),
      { type: 'text', value: ')' },
    );
  }
  if (note) {
    text.push({ type: 'text', value: ': ' });
    text.push(inLang(note.text, note.lang, lang));
  }
  return h('li', { id: ids.note, className: ['fn-note'] }, [
    h('a', { href: `#${ids.ref}`, className: ['fn-back'], ariaLabel: fill(labels.back, number) }, number),
    { type: 'text', value: ' ' },
    h('span', { id: ids.text, className: ['fn-text'] }, text),
  ]);
}

/**
 * The notes section that closes the text: a heading in the page's language and one item per note,
 * in order. Not part of the searchable text (`data-pagefind-ignore`).
 */
export function notesSection(notes: readonly NoteData[], lang: Lang, labels: GlossaryLabels): Element {
  const labelId = notesLabelId(lang);
  return h('section', { className: ['fn-notes'], ariaLabelledBy: [labelId], dataPagefindIgnore: '' }, [
    h('h2', { id: labelId, className: ['fn-label'] }, labels.notes),
    h(
      'ul',
      { className: ['fn-list'] },
      notes.map((note) => noteItem(note, lang, labels)),
    ),
  ]);
}
