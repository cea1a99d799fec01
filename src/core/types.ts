/**
 * The data Hamish moves through its pipeline, from a file in `content/` to an edition page.
 * Types, and the zod schemas the edition's types are derived from (the generated editions' front
 * matter is checked against them): nothing here knows about Astro, the file system or the DOM.
 */
import { z } from 'zod';
import type { PlacedOverride } from './align/overrides.ts';
import { furnitureKind } from './ingest/furniture-labels.ts';
import { LANGS } from './lang.ts';

export { DIR, LANG_NAME, LANGS, otherLang } from './lang.ts';

/** The two languages an edition is made of. */
export const langSchema = z.enum(LANGS);
export type Lang = z.infer<typeof langSchema>;

/** The formats a source may come in; `txt` is raw text that Hamish converts, `md`/`mdx` are used as written. */
export const sourceFormatSchema = z.enum(['txt', 'md', 'mdx']);
export type SourceFormat = z.infer<typeof sourceFormatSchema>;

/** How two language versions of one document relate. */
export const relationSchema = z.enum(['translation', 'coverage']);
export type Relation = z.infer<typeof relationSchema>;

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

/**
 * A topic an editor files a document under: a name in either language (matched to the glossary
 * entry of the same name, when there is one), or the one topic named in both languages.
 */
export const tagSchema = z.union([
  z.string(),
  z.strictObject({ en: z.string().optional(), ar: z.string().optional() }),
]);
export type Tag = z.infer<typeof tagSchema>;

/** Metadata an editor may give in front matter or a sidecar; everything is optional. */
export interface SourceMeta {
  title?: string;
  date?: string;
  /** The day the text was last changed. */
  updated?: string;
  /** The outlet or archive the text comes from (e.g. "The Washington Post"). */
  source?: string;
  url?: string;
  /** Who wrote the text, as a byline names them. */
  author?: string;
  /** The topics the document is filed under (see `Tag`). */
  tags?: Tag[];
  lang?: Lang;
  relation?: Relation;
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
export const removalReasonSchema = z.enum(['repeated-article', 'repeated-paragraph', 'furniture', 'headline']);
export type RemovalReason = z.infer<typeof removalReasonSchema>;

/** A 1-based line number in a source file. */
export const lineSchema = z.number().int().positive();

/** A line of the source that cleaning took out of the reading text; shown in the editorial note. */
export const removalSchema = z.strictObject({
  reason: removalReasonSchema,
  text: z.string(),
  /** 1-based line in the source file. */
  line: lineSchema,
  /** For furniture: the name of the pattern that matched (e.g. `read-the-whole-story`). */
  pattern: z.string().optional(),
  /** For furniture: its kind (`byline`, `timestamp`, …; see `furniture-labels.ts`), when known. */
  kind: furnitureKind.optional(),
  /** For furniture learned from the archive (`repeated-lines.ts`): in how many sources of its language the line recurs. */
  repeats: z.number().int().nonnegative().optional(),
});
export type Removal = z.infer<typeof removalSchema>;

/** A paragraph of the reading text with the line it came from. */
export interface Paragraph {
  text: string;
  line: number;
}

/**
 * One language version of a document, cleaned and ready to render. The text (`paragraphs`, `body`)
 * aside, these are the fields of a generated edition's front matter (`src/core/edition/schema.ts`).
 */
export const editionMetaSchema = z.strictObject({
  slug: z.string().min(1),
  lang: langSchema,
  format: sourceFormatSchema,
  /** Path of the source relative to the content folder. */
  sourceFile: z.string().min(1),
  encoding: z.string().min(1),
  title: z.string(),
  /**
   * True when the title was made from the opening sentence: neither given by the editor nor the
   * source's own headline (a `headline` removal) or first heading.
   */
  titleDerived: z.boolean(),
  date: z.string().optional(),
  /** The day it was last updated, given or read from a timestamp's "Updated …": only when after `date`. */
  updated: z.string().optional(),
  /** `HH:MM`, from a timestamp line, when the date came from one too. */
  time: z.string().optional(),
  /** The writer, given or found in a byline. */
  author: z.string().optional(),
  /** The topics the document is filed under (see `Tag`): given, or found in a tags line. */
  tags: z.array(tagSchema).optional(),
  /** A place line such as "PARIS" taken from an opening "PARIS —". */
  dateline: z.string().optional(),
  /** The outlet, given or found in furniture such as "Read the whole story from …". */
  source: z.string().optional(),
  url: z.string().optional(),
  imageCredit: z.string().optional(),
  /** One line for lists of documents: the opening of the text, not repeating a derived title. */
  excerpt: z.string().optional(),
  relation: relationSchema.optional(),
  removed: z.array(removalSchema),
});

export type Edition = z.infer<typeof editionMetaSchema> & {
  /** A translation pair's alignment overrides, from its sidecar (the same on both versions). */
  alignOverrides?: PlacedOverride[];
  /** For `txt` sources: the reading text. For `md`/`mdx` sources: empty; `body` is used as written. */
  paragraphs: Paragraph[];
  /** For `md`/`mdx` sources: the body as written (a heading or headline taken as the title left as empty lines). */
  body?: string;
  /** For `md`/`mdx` sources: the file line the body starts at (after the front matter). */
  bodyLine?: number;
};
