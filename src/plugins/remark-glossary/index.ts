/**
 * remark plugin that glosses the first occurrence of each glossary entry in a text with a numbered
 * note, and closes the text with the notes.
 *
 * The displayed text is never changed: a marker is inserted after the occurrence. Markers and
 * notes are mdast nodes carrying hast (`data.hName`, `data.hProperties`, `data.hChildren`), so any
 * unified pipeline that goes through mdast-util-to-hast (remark-rehype, MDX, Astro) renders them,
 * and nothing in them is ever parsed as HTML or MDX. They do not use GFM footnotes, whose ids would
 * clash when both language versions of a document share a page.
 *
 * @example
 *   import { compileGlossary, parseGlossary } from '../core/glossary/index.ts';
 *   const glossary = compileGlossary(parseGlossary(yamlText).entries);
 *   mdx({ remarkPlugins: [[remarkGlossary, { glossary, base: '/' }]] });
 */
import type { Data, Node, PhrasingContent, Root, Text } from 'mdast';
import type { Element, ElementContent, Properties } from 'hast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { findMatches, type CompiledGlossary } from '../../core/glossary/index.ts';
import { LANGS, type Lang } from '../../core/types.ts';
import { DEFAULT_LABELS, type GlossaryLabels } from './labels.ts';
import { entryHref, noteData, notesSection, referenceMarker, type NoteData } from './notes.ts';
import { glossableTexts } from './text-nodes.ts';

export { DEFAULT_LABELS, numeral, type GlossaryLabels } from './labels.ts';
export { glossableTexts } from './text-nodes.ts';
export { entryHref, notesSection, type LangText, type NoteData } from './notes.ts';

/** Options of `remarkGlossary`. */
export interface RemarkGlossaryOptions {
  /** The glossary, compiled once for the whole build (`compileGlossary`), or a function that gives it when first needed. */
  glossary: CompiledGlossary | (() => Promise<CompiledGlossary>);
  /**
   * Language of the page when its front matter has no `lang`. Generated editions always carry
   * `lang`; without either, the document is left as it is.
   */
  lang?: Lang;
  /** The site's base path (Astro's `base`), put before entry links: `/editions/` → `/editions/glossary/<id>/`. */
  base?: string;
  /** Texts of the notes per language, replacing the defaults (`DEFAULT_LABELS`). */
  labels?: Partial<Record<Lang, Partial<GlossaryLabels>>>;
}

/**
 * What the one matching pass found in a document, per entry id: how many times the entry occurs in
 * the running text, and in which top-level blocks (paragraphs, by index among the root's children,
 * ascending). Titles are not running text (front matter, or a heading, which is never glossed),
 * so they never count: the notes, the entry pages and search all read this one record.
 */
export type GlossaryFacts = Record<string, { count: number; blocks: number[] }>;

/**
 * Where the plugin records the facts (`GlossaryFacts`), under `file.data.astro.frontmatter`: Astro
 * hands it to pages as `remarkPluginFrontmatter`.
 */
export const FACTS_FIELD = 'glossaryFacts';

/** Carries hast for mdast-util-to-hast; typed here so that trees holding it type-check. */
interface HastData extends Data {
  hName: string;
  hProperties: Properties;
  hChildren: ElementContent[];
}

/** The marker after a term's first occurrence (renders as `<sup class="fn-ref">`). */
export interface GlossaryReference extends Node {
  type: 'glossaryReference';
  entryId: string;
  data: HastData;
}

/** The notes section that closes the text (renders as `<section class="fn-notes">`). */
export interface GlossaryNotes extends Node {
  type: 'glossaryNotes';
  data: HastData;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    glossaryReference: GlossaryReference;
  }
  interface BlockContentMap {
    glossaryNotes: GlossaryNotes;
  }
  interface RootContentMap {
    glossaryReference: GlossaryReference;
    glossaryNotes: GlossaryNotes;
  }
}

function hastData(element: Element): HastData {
  return { hName: element.tagName, hProperties: element.properties, hChildren: element.children };
}

/** The page language from the front matter Astro hands to remark plugins, if it is one of ours. */
function frontmatterLang(file: VFile): Lang | undefined {
  const astro = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
  const lang = astro?.frontmatter?.lang;
  return LANGS.find((l) => l === lang);
}

/** An English possessive ending, which reads as part of the name it follows: Macron’s. */
const POSSESSIVE = /^['’]s(?![\p{L}\p{M}\p{N}])/u;

/**
 * Where the marker goes after an occurrence that ends at `end`: right after it, or after a
 * possessive ending (Macron’s¹ rather than Macron¹’s), as footnote markers follow the word.
 */
function markerOffset(text: string, end: number): number {
  const possessive = POSSESSIVE.exec(text.slice(end, end + 3));
  return possessive ? end + possessive[0].length : end;
}

/** Options of `glossTree`: the plugin's, with the glossary compiled and the language known. */
export interface GlossTreeOptions {
  glossary: CompiledGlossary;
  lang: Lang;
  base?: string;
  labels?: Partial<GlossaryLabels>;
}

/**
 * Glosses the first occurrence of every glossary entry in the running text of `tree` (not in
 * code, headings, links, raw HTML or MDX) with a note marker, numbered in order of first
 * occurrence, appends the notes section, and returns what it found (`GlossaryFacts`).
 */
export function glossTree(tree: Root, options: GlossTreeOptions): GlossaryFacts {
  const { glossary, lang, base = '/' } = options;
  const facts: GlossaryFacts = {};
  if (glossary.entries.size === 0) return facts;
  const labels: GlossaryLabels = { ...DEFAULT_LABELS[lang], ...options.labels };
  const notes: NoteData[] = [];
  const numbered = new Set<string>();

  for (const { node, parent, block } of glossableTexts(tree)) {
    const firsts = findMatches(glossary, node.value, lang).filter((match) => {
      const fact = (facts[match.entryId] ??= { count: 0, blocks: [] });
      fact.count++;
      if (fact.blocks.at(-1) !== block) fact.blocks.push(block);
      if (numbered.has(match.entryId)) return false;
      numbered.add(match.entryId);
      return true;
    });
    if (firsts.length === 0) continue;

    const replacement: PhrasingContent[] = [];
    let at = 0;
    for (const match of firsts) {
      const entry = glossary.entries.get(match.entryId);
      if (!entry) continue;
      const n = notes.length + 1;
      notes.push(noteData(entry, n, lang, entryHref(entry.id, base)));
      // The occurrence stays in the text as written; the marker goes right after it, with
      // nothing between them, so no space appears or disappears around it.
      const offset = markerOffset(node.value, match.end);
      replacement.push({ type: 'text', value: node.value.slice(at, offset) } satisfies Text);
      replacement.push({
        type: 'glossaryReference',
        entryId: entry.id,
        data: hastData(referenceMarker(n, lang, labels)),
      });
      at = offset;
    }
    if (at < node.value.length) replacement.push({ type: 'text', value: node.value.slice(at) });
    const children = parent.children as PhrasingContent[];
    children.splice(children.indexOf(node), 1, ...replacement);
  }
  if (notes.length > 0)
    tree.children.push({ type: 'glossaryNotes', data: hastData(notesSection(notes, lang, labels)) });
  return facts;
}

/**
 * `glossTree` as a remark plugin, for hand-written Markdown and MDX (Astro's processor). The page
 * language comes from `file.data.astro.frontmatter.lang`, falling back to `options.lang`; the facts
 * go to `file.data.astro.frontmatter[FACTS_FIELD]`.
 */
export const remarkGlossary: Plugin<[RemarkGlossaryOptions], Root> = (options) => {
  const gloss = (tree: Root, file: VFile, glossary: CompiledGlossary) => {
    const lang = frontmatterLang(file) ?? options.lang;
    if (!lang) return;
    const facts = glossTree(tree, { glossary, lang, base: options.base, labels: options.labels?.[lang] });
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter[FACTS_FIELD] = facts;
  };
  const { glossary } = options;
  if (typeof glossary !== 'function') return (tree, file) => gloss(tree, file, glossary);
  // Loaded when the first document needs it, once.
  let loading: Promise<CompiledGlossary> | undefined;
  return async (tree, file) => gloss(tree, file, await (loading ??= glossary()));
};

export default remarkGlossary;
