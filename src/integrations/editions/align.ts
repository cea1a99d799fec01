/**
 * The aligned layout of a translation pair, as the editions loader stores it. When the two `.txt`
 * versions of a document translate each other (`relation: translation`), their reading texts are
 * aligned sentence by sentence (`alignParagraphs`, glossary entries as anchors), each sentence of
 * an edition's rendered tree is wrapped in `<span class="s" id>` (`wrapSentences`), and the
 * edition's text is cut into the alignment's rows: for row i, the HTML of that edition's sentences
 * in row i, as paragraphs. A page lays the two editions' rows side by side.
 *
 * Coverage pairs (two reports of one event) and hand-written sources are not aligned.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { z } from 'zod';
import { alignParagraphs, sentencesOf, type EditionAlignment, type SentenceRange } from '../../core/align/index.ts';
import type { AlignConstraints } from '../../core/align/constraints.ts';
import { resolveOverrides, type OverrideProblem } from '../../core/align/overrides.ts';
import { literalParagraph } from '../../core/edition/index.ts';
import { findMatches, type CompiledGlossary } from '../../core/glossary/index.ts';
import { otherLang, type Edition, type Lang, type Paragraph } from '../../core/types.ts';
import { wrapSentences } from '../../plugins/rehype-sentences/index.ts';

/** Bumped when the alignment or the rows' markup change in a way the digests cannot see. */
export const ALIGN_VERSION = 2;

/** What an aligned edition stores (in `EditionData.aligned`). */
export const alignedData = z.object({
  /** The same for both editions of a pair aligned together: a page aligns them only if it matches. */
  key: z.string(),
  /** The HTML of each row's part of the edition's text: its sentences, as paragraphs. */
  rows: z.array(z.string()),
});

export type AlignedData = z.infer<typeof alignedData>;

/** The id of a sentence on the page: `ar-s1`, `en-s1`, … (1-based, in reading order). */
export const sentenceId = (lang: Lang, index: number) => `${lang}-s${index + 1}`;

/** The id of a row on the page, the same on both languages' pages: `row-1`, … */
export const rowId = (row: number) => `row-${row + 1}`;

/**
 * The paragraphs of a `txt` edition exactly as its rendered tree holds them (`editionTree`: edge
 * white space trimmed, U+0000 replaced, empty paragraphs dropped), so that the aligner's offsets
 * are offsets into the rendered paragraphs.
 */
export function renderedParagraphs(edition: Edition): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const { text, line } of edition.paragraphs) {
    const paragraph = literalParagraph(text.replaceAll('\0', '\uFFFD'));
    const first = paragraph?.children[0];
    if (first?.type === 'text') paragraphs.push({ text: first.value, line });
  }
  return paragraphs;
}

/** Whether two versions of a document are aligned: both `.txt`, one Arabic and one English, translating each other. */
export function isTranslationPair(a: Edition, b: Edition | undefined): b is Edition {
  return (
    b !== undefined &&
    a.lang !== b.lang &&
    a.format === 'txt' &&
    b.format === 'txt' &&
    (a.relation ?? b.relation) === 'translation' &&
    (b.relation ?? a.relation) === 'translation'
  );
}

/** A translation pair aligned: the alignment, the editor's overrides it honoured, and those that no longer match the text. */
export interface PairAligned {
  alignment: EditionAlignment;
  constraints: AlignConstraints;
  problems: OverrideProblem[];
}

/**
 * Aligns a translation pair's reading texts, with the glossary's entries as anchors and the
 * sidecar's overrides (`align:`) as hard constraints. Overrides that no longer match the text are
 * left out and returned in `problems`.
 */
export function alignPair(ar: Edition, en: Edition, glossary: CompiledGlossary): PairAligned {
  const entriesOf = glossary.root.next
    ? (text: string, lang: Lang) => findMatches(glossary, text, lang).map((m) => m.entryId)
    : undefined;
  const paragraphs = { ar: renderedParagraphs(ar), en: renderedParagraphs(en) };
  const overrides = ar.alignOverrides ?? en.alignOverrides ?? [];
  const { constraints, problems } =
    overrides.length > 0
      ? resolveOverrides(overrides, {
          ar: { file: ar.sourceFile, paragraphs: paragraphs.ar, sentences: sentencesOf(paragraphs.ar, 'ar').ranges },
          en: { file: en.sourceFile, paragraphs: paragraphs.en, sentences: sentencesOf(paragraphs.en, 'en').ranges },
        })
      : { constraints: {}, problems: [] };
  const alignment = alignParagraphs(paragraphs.ar, paragraphs.en, { entriesOf, constraints });
  return { alignment, constraints, problems };
}

/** The translation pairs among `editions` (the first edition of a language wins, as in the loader). */
export function pairsOf(editions: readonly Edition[]): { ar: Edition; en: Edition }[] {
  const bySlug = new Map<string, Partial<Record<Lang, Edition>>>();
  for (const edition of editions) {
    const versions = bySlug.get(edition.slug) ?? {};
    versions[edition.lang] ??= edition;
    bySlug.set(edition.slug, versions);
  }
  const pairs: { ar: Edition; en: Edition }[] = [];
  for (const { ar, en } of bySlug.values()) if (ar && isTranslationPair(ar, en)) pairs.push({ ar, en });
  return pairs;
}

/**
 * The counterparts of each sentence of `lang`: the sentences of the other side in its bead, by
 * sentence index.
 */
function counterpartsOf(alignment: EditionAlignment, lang: Lang): Map<number, number[]> {
  const other = otherLang(lang);
  const links = new Map<number, number[]>();
  for (const bead of alignment.beads) for (const k of bead[lang]) links.set(k, bead[other]);
  return links;
}

/**
 * Wraps the sentences of `tree` (an edition's rendered text, `renderEdition`) and cuts its
 * paragraphs into the rows of `alignment`. Each sentence gets its id and, in `data-with`, the ids
 * of its counterparts. The tree's other top-level nodes (the notes section) are left in it, and
 * its paragraphs taken out. Returns undefined, changing nothing, when the tree's paragraphs are
 * not the ones aligned.
 */
export function alignedRows(
  tree: HastRoot,
  lang: Lang,
  paragraphs: readonly Paragraph[],
  alignment: EditionAlignment,
  key: string,
): AlignedData | undefined {
  const blocks = tree.children.filter((node): node is Element => node.type === 'element' && node.tagName === 'p');
  if (blocks.length !== paragraphs.length) return undefined;
  const other = otherLang(lang);
  const links = counterpartsOf(alignment, lang);
  const sentences = alignment.sentences[lang];
  const byParagraph: SentenceRange[][] = blocks.map(() => []);
  for (const s of sentences) byParagraph[s.paragraph]?.push(s);
  const copies = blocks.map((p) => ({ ...p, children: [...p.children] }));
  for (let k = 0; k < copies.length; k++) {
    const spans = byParagraph[k].map((s) => ({ start: s.start, end: s.end, id: sentenceId(lang, s.index) }));
    if (!wrapSentences(copies[k], paragraphs[k].text, spans)) return undefined;
    for (const child of copies[k].children) {
      if (child.type !== 'element' || !String(child.properties.id ?? '').startsWith(`${lang}-s`)) continue;
      const index = Number(String(child.properties.id).slice(lang.length + 2)) - 1;
      const withIds = (links.get(index) ?? []).map((j) => sentenceId(other, j));
      if (withIds.length > 0) child.properties.dataWith = withIds.join(' ');
    }
  }

  /** The children of paragraph k from sentence `first` to sentence `last` (and what is outside all sentences at its edges). */
  const part = (k: number, first: SentenceRange, last: SentenceRange): ElementContent[] => {
    const children = copies[k].children;
    const at = (s: SentenceRange) =>
      children.findIndex((c) => c.type === 'element' && c.properties.id === sentenceId(lang, s.index));
    const inParagraph = byParagraph[k];
    const from = first.index === inParagraph[0].index ? 0 : at(first);
    const to = last.index === inParagraph.at(-1)!.index ? children.length - 1 : at(last);
    return children.slice(from, to + 1);
  };

  const rows = alignment.rows.map((row) => {
    const ranges = row[lang];
    const out: Element[] = [];
    let i = 0;
    while (i < ranges.length) {
      let j = i;
      while (j + 1 < ranges.length && ranges[j + 1].paragraph === ranges[i].paragraph) j++;
      const k = ranges[i].paragraph;
      const inParagraph = byParagraph[k];
      const className: string[] = [];
      // A paragraph the previous row began goes on here; one this row leaves unfinished goes on in the next.
      if (ranges[i].index !== inParagraph[0].index) className.push('cont');
      if (ranges[j].index !== inParagraph.at(-1)!.index) className.push('open');
      const properties = { ...blocks[k].properties, ...(className.length > 0 ? { className } : {}) };
      out.push({ type: 'element', tagName: 'p', properties, children: part(k, ranges[i], ranges[j]) });
      i = j + 1;
    }
    return toHtml(out);
  });
  // The paragraphs, and the line breaks between them, leave the tree.
  tree.children = tree.children.filter(
    (node) =>
      !((node.type === 'element' && node.tagName === 'p') || (node.type === 'text' && node.value.trim() === '')),
  );
  return { key, rows };
}

/** A translation pair in a loader pass: its digest, and the rows of either edition (aligning once, when first asked). */
export interface PairAlignment {
  /** The digest of both editions (and the alignment's version): what an aligned edition's render depends on. */
  key: string;
  rowsOf(edition: Edition, tree: HastRoot): AlignedData | undefined;
}

/**
 * The translation pairs among `editions`, by edition. `digest` digests a value with what else
 * decides the render (the glossary's matching data). The first edition of a language wins, as in
 * the loader (ingest reports the duplicate).
 */
export function translationPairs(
  editions: readonly Edition[],
  glossary: CompiledGlossary,
  digest: (value: unknown) => string,
  onProblems?: (problems: OverrideProblem[]) => void,
): Map<Edition, PairAlignment> {
  const pairs = new Map<Edition, PairAlignment>();
  for (const { ar, en } of pairsOf(editions)) {
    const key = digest([ALIGN_VERSION, ar, en]);
    let alignment: EditionAlignment | undefined;
    const pair: PairAlignment = {
      key,
      rowsOf: (edition, tree) => {
        if (!alignment) {
          const aligned = alignPair(ar, en, glossary);
          if (aligned.problems.length > 0) onProblems?.(aligned.problems);
          alignment = aligned.alignment;
        }
        return alignedRows(tree, edition.lang, renderedParagraphs(edition), alignment, key);
      },
    };
    pairs.set(ar, pair);
    pairs.set(en, pair);
  }
  return pairs;
}
