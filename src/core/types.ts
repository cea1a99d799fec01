/**
 * The data Hamish moves through its pipeline, from a file in `content/` to an edition page.
 * Pure types: nothing here knows about Astro, the file system or the DOM.
 */
import type { FurnitureKind } from './ingest/furniture-labels.ts';

/** The two languages an edition is made of. */
export type Lang = 'ar' | 'en';

export const LANGS: readonly Lang[] = ['ar', 'en'];

/** The other language of a bilingual edition. */
export const otherLang = (lang: Lang): Lang => (lang === 'ar' ? 'en' : 'ar');

/** A language's name in English, for messages to editors (the pages name languages through `src/i18n/`). */
export const LANG_NAME: Record<Lang, string> = { ar: 'Arabic', en: 'English' };

/** The text direction a language is written in. */
export const DIR: Record<Lang, 'rtl' | 'ltr'> = { ar: 'rtl', en: 'ltr' };

/** The formats a source may come in; `txt` is raw text that Hamish converts, `md`/`mdx` are used as written. */
export type SourceFormat = 'txt' | 'md' | 'mdx';

/** How two language versions of one document relate. */
export type Relation = 'translation' | 'coverage';

/**
 * A problem or remark about the content, reported compiler-style as `file:line:column: message`.
 * `error` stops the build; `warning` and `notice` are printed and the build goes on.
 */
export interface Diagnostic {
  severity: 'error' | 'warning' | 'notice';
  /** Path relative to the content folder, e.g. `documents/x.ar.txt`. */
  file: string;
  /** 1-based; absent when the problem concerns the file as a whole. */
  line?: number;
  column?: number;
  message: string;
}

/** A file found under `content/documents/`, before decoding. */
export interface SourceFile {
  /** Path relative to the content folder, e.g. `documents/macron-campaign-hack.ar.txt`. */
  path: string;
  bytes: Uint8Array;
}

/** Metadata an editor may give in front matter or a sidecar; everything is optional. */
export interface SourceMeta {
  title?: string;
  date?: string;
  /** The outlet or archive the text comes from (e.g. "The Washington Post"). */
  source?: string;
  url?: string;
  lang?: Lang;
  relation?: Relation;
  /** The writer (issue 23 adds it to sidecars and front matter; furniture bylines give it too). */
  author?: string;
  tags?: string[];
}

/** A decoded source: text as Unicode (NFC, LF line ends), with what the file itself says about it. */
export interface SourceDocument {
  file: string;
  slug: string;
  lang: Lang;
  format: SourceFormat;
  /** The encoding the bytes were decoded from, e.g. `UTF-8`, `UTF-16LE`, `windows-1256`. */
  encoding: string;
  meta: SourceMeta;
  /** The text after front matter. */
  body: string;
  /** 1-based line in the file where `body` starts, so diagnostics on the body can name real lines. */
  bodyLine: number;
}

/** Why a piece of the source is not in the reading text (`headline`: it is the title, shown above the text). */
export type RemovalReason = 'repeated-article' | 'repeated-paragraph' | 'furniture' | 'headline';

/** A line of the source that cleaning took out of the reading text; shown in the editorial note. */
export interface Removal {
  reason: RemovalReason;
  text: string;
  /** 1-based line in the source file. */
  line: number;
  /** For furniture: the name of the pattern that matched (e.g. `read-the-whole-story`). */
  pattern?: string;
  /** For furniture: its kind (`byline`, `timestamp`, …; see `furniture-labels.ts`), when known. */
  kind?: FurnitureKind;
}

/** A paragraph of the reading text with the line it came from. */
export interface Paragraph {
  text: string;
  line: number;
}

/** One language version of a document, cleaned and ready to render. */
export interface Edition {
  slug: string;
  lang: Lang;
  format: SourceFormat;
  /** Path of the source relative to the content folder. */
  sourceFile: string;
  encoding: string;
  title: string;
  /**
   * True when the title was made from the opening sentence: neither given by the editor nor the
   * source's own headline (a `headline` removal) or first heading.
   */
  titleDerived: boolean;
  date?: string;
  /** `HH:MM`, from a timestamp line, when the date came from one too. */
  time?: string;
  /** The writer, given or found in a byline. */
  author?: string;
  /** Given, or found in a tags line. */
  tags?: string[];
  /** A place line such as "PARIS" taken from an opening "PARIS —". */
  dateline?: string;
  /** The outlet, given or found in furniture such as "Read the whole story from …". */
  source?: string;
  url?: string;
  imageCredit?: string;
  /** One line for lists of documents: the opening of the text, not repeating a derived title. */
  excerpt?: string;
  relation?: Relation;
  /** For `txt` sources: the reading text. For `md`/`mdx` sources: empty; `body` is used as written. */
  paragraphs: Paragraph[];
  /** For `md`/`mdx` sources: the body as written. */
  body?: string;
  removed: Removal[];
}
