/**
 * The aligned layout of a translation pair, as the editions loader stores it. When the two `.txt`
 * or `.md` versions of a document translate each other (`relation: translation`), their texts are
 * aligned sentence by sentence (`alignParagraphs`, glossary entries as anchors), each sentence of
 * an edition's rendered tree is wrapped in `<span class="s" id>` (`wrapSentences`), and the
 * edition's text is cut into the alignment's rows: for row i, the HTML of that edition's sentences
 * in row i, as paragraphs. A page lays the two editions' rows side by side.
 *
 * A `.md` version's units are its rendered blocks (`blockUnits`): a heading, a list item or a
 * quotation is one unit, a paragraph is split into sentences. An `.mdx` version is aligned as the
 * Markdown it is (`mdxMarkdownTree`) unless it uses a fragment (`<>…</>`), which only MDX renders,
 * with its page (ingest refuses components: the site provides none). Coverage pairs (two reports of one event) are not aligned.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { alignParagraphs, sentencesOf, type EditionAlignment, type SentenceRange } from '../../core/align/index.ts';
import type { AlignConstraints } from '../../core/align/constraints.ts';
import { indexTable, tableFor, translationTable, type LexicalCounts } from '../../core/align/lexicon.ts';
import { resolveOverrides, unsatisfiable, type OverrideProblem } from '../../core/align/overrides.ts';
import { literalParagraph } from '../../core/edition/index.ts';
import { mdxMarkdownTree } from '../../core/edition/mdx-markdown.ts';
import { findMatches, type CompiledGlossary } from '../../core/glossary/index.ts';
import { otherLang, type Edition, type Lang, type Paragraph } from '../../core/types.ts';
import { wrapSentences } from '../../plugins/rehype-sentences/index.ts';
import { blockUnits, isNotes } from './blocks.ts';

/** Bumped when the alignment or the rows' markup change in a way the digests cannot see. */
export const ALIGN_VERSION = 4;

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

/** The formats a page aligns: an `.mdx` version only when it is Markdown (`mdxMarkdownTree`). */
export const ALIGNED_FORMATS: readonly Edition['format'][] = ['txt', 'md', 'mdx'];

/** Whether an `.mdx` edition is Markdown with HTML elements, which can be aligned (see `mdxMarkdownTree`). */
export const mdxIsMarkdown = (edition: Edition) =>
  edition.format === 'mdx' && mdxMarkdownTree(edition.body ?? '') !== undefined;

/**
 * Whether two versions of a document are aligned: one Arabic and one English, translating each
 * other, both of the `formats` (by default `.txt` only, whose units are known without rendering).
 */
export function isTranslationPair(
  a: Edition,
  b: Edition | undefined,
  formats: readonly Edition['format'][] = ['txt'],
): b is Edition {
  return (
    b !== undefined &&
    a.lang !== b.lang &&
    formats.includes(a.format) &&
    formats.includes(b.format) &&
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

/** The units of a version as the aligner takes them: paragraphs, and which are aligned whole. */
export interface AlignUnits {
  paragraphs: Paragraph[];
  whole: boolean[];
}

/** The units of a rendered `.md` edition (`blockUnits`); they have no source lines. */
export function unitsOfTree(tree: HastRoot): AlignUnits {
  const units = blockUnits(tree);
  return { paragraphs: units.map((u) => ({ text: u.text, line: 0 })), whole: units.map((u) => u.whole) };
}

/**
 * Aligns a translation pair's reading texts, with the glossary's entries as anchors and the
 * sidecar's overrides (`align:`) as hard constraints. Overrides that no longer match the text are
 * left out and returned in `problems`. `units` gives a side's units when they are not a `.txt`
 * edition's paragraphs (a rendered `.md` edition, `unitsOfTree`). `table` is the archive's word
 * table as far as this pair's words go (`tableFor`); without it, the pair learns its own.
 */
export function alignPair(
  ar: Edition,
  en: Edition,
  glossary: CompiledGlossary,
  units: Partial<Record<Lang, AlignUnits>> = {},
  table?: ReadonlySet<string>,
): PairAligned {
  const entriesOf = glossary.root.next
    ? (text: string, lang: Lang) => findMatches(glossary, text, lang).map((m) => m.entryId)
    : undefined;
  const paragraphs = {
    ar: units.ar?.paragraphs ?? renderedParagraphs(ar),
    en: units.en?.paragraphs ?? renderedParagraphs(en),
  };
  const whole = { ar: units.ar?.whole, en: units.en?.whole };
  const overrides = ar.alignOverrides ?? en.alignOverrides ?? [];
  const { constraints, problems } =
    overrides.length > 0
      ? resolveOverrides(overrides, {
          // A `.md` side's blocks have no source lines: its sentences are named by their start.
          ar: {
            file: ar.sourceFile,
            paragraphs: paragraphs.ar,
            sentences: sentencesOf(paragraphs.ar, 'ar', whole.ar).ranges,
            lines: !units.ar,
          },
          en: {
            file: en.sourceFile,
            paragraphs: paragraphs.en,
            sentences: sentencesOf(paragraphs.en, 'en', whole.en).ranges,
            lines: !units.en,
          },
        })
      : { constraints: {}, problems: [] };
  const alignment = alignParagraphs(paragraphs.ar, paragraphs.en, { entriesOf, constraints, whole, table });
  if (alignment.constraintsIgnored) problems.push(unsatisfiable(overrides));
  return { alignment, constraints, problems };
}

/** The translation pairs among `editions` of `formats` (the first edition of a language wins, as in the loader). */
export function pairsOf(
  editions: readonly Edition[],
  formats?: readonly Edition['format'][],
): { ar: Edition; en: Edition }[] {
  const bySlug = new Map<string, Partial<Record<Lang, Edition>>>();
  for (const edition of editions) {
    const versions = bySlug.get(edition.slug) ?? {};
    versions[edition.lang] ??= edition;
    bySlug.set(edition.slug, versions);
  }
  const pairs: { ar: Edition; en: Edition }[] = [];
  for (const { ar, en } of bySlug.values())
    if (ar && isTranslationPair(ar, en, formats) && [ar, en].every((e) => e.format !== 'mdx' || mdxIsMarkdown(e)))
      pairs.push({ ar, en });
  return pairs;
}

/**
 * The translation pairs that are not aligned because an `.mdx` version uses a fragment (or
 * anything else that is not Markdown and HTML), as notices naming the file: their pages show two
 * independent columns.
 */
export function mdxPairNotices(editions: readonly Edition[]): string[] {
  const notices: string[] = [];
  const bySlug = new Map<string, Edition[]>();
  for (const edition of editions) bySlug.set(edition.slug, [...(bySlug.get(edition.slug) ?? []), edition]);
  for (const versions of bySlug.values()) {
    const ar = versions.find((e) => e.lang === 'ar');
    const en = versions.find((e) => e.lang === 'en');
    if (!ar || !isTranslationPair(ar, en, ALIGNED_FORMATS)) continue;
    const mdx = [ar, en].filter((e) => e.format === 'mdx' && !mdxIsMarkdown(e)).map((e) => e.sourceFile);
    if (mdx.length > 0)
      notices.push(
        `${mdx.join(', ')}: note: not aligned with its translation: it uses a fragment (<>…</>), which only MDX can ` +
          'render as its page renders; with HTML elements only, the pair would be shown in aligned rows',
      );
  }
  return notices;
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
 * Wraps the sentences of `tree` (an edition's rendered text) and cuts its units (`blockUnits`:
 * paragraphs, and a `.md` edition's headings, list items, quotations) into the rows of `alignment`.
 * Each sentence gets its id and, in `data-with`, the ids of its counterparts; a unit aligned whole
 * is one sentence, and carries the class, id and `data-with` itself. The tree's notes section is
 * left in it and its text taken out. Returns undefined, changing nothing, when the tree's units are
 * not the ones aligned.
 */
export function alignedRows(
  tree: HastRoot,
  lang: Lang,
  paragraphs: readonly Paragraph[],
  alignment: EditionAlignment,
  key: string,
): AlignedData | undefined {
  const units = blockUnits(tree);
  if (units.length !== paragraphs.length || units.some((unit, k) => unit.text !== paragraphs[k].text)) return undefined;
  const other = otherLang(lang);
  const links = counterpartsOf(alignment, lang);
  const withOf = (index: number) => (links.get(index) ?? []).map((j) => sentenceId(other, j)).join(' ');
  const byParagraph: SentenceRange[][] = units.map(() => []);
  for (const s of alignment.sentences[lang]) byParagraph[s.paragraph]?.push(s);
  const copies: Element[] = units.map(({ element }) => ({
    ...element,
    properties: { ...element.properties },
    children: [...element.children],
  }));
  for (let k = 0; k < copies.length; k++) {
    const copy = copies[k];
    if (units[k].whole) {
      if (byParagraph[k].length !== 1) return undefined;
      const index = byParagraph[k][0].index;
      copy.properties.className = [...classesOf(copy), 's'];
      copy.properties.id = sentenceId(lang, index);
      if (withOf(index)) copy.properties.dataWith = withOf(index);
      continue;
    }
    const spans = byParagraph[k].map((s) => ({ start: s.start, end: s.end, id: sentenceId(lang, s.index) }));
    if (!wrapSentences(copy, paragraphs[k].text, spans)) return undefined;
    for (const child of copy.children) {
      if (child.type !== 'element' || !String(child.properties.id ?? '').startsWith(`${lang}-s`)) continue;
      const index = Number(String(child.properties.id).slice(lang.length + 2)) - 1;
      if (withOf(index)) child.properties.dataWith = withOf(index);
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
    // The list the row's last item went into, so that consecutive items of one list share it.
    let list: { source: Element; copy: Element } | undefined;
    let i = 0;
    while (i < ranges.length) {
      let j = i;
      while (j + 1 < ranges.length && ranges[j + 1].paragraph === ranges[i].paragraph) j++;
      const k = ranges[i].paragraph;
      const unit = units[k];
      const inParagraph = byParagraph[k];
      const starts = ranges[i].index === inParagraph[0].index;
      const ends = ranges[j].index === inParagraph.at(-1)!.index;
      if (starts && unit.before.length > 0) {
        out.push(...unit.before);
        list = undefined;
      }
      let element = copies[k];
      if (!unit.whole) {
        const className = [...classesOf(element)];
        // A paragraph the previous row began goes on here; one this row leaves unfinished goes on in the next.
        if (!starts) className.push('cont');
        if (!ends) className.push('open');
        const properties = { ...element.properties, className: className.length > 0 ? className : undefined };
        element = { type: 'element', tagName: element.tagName, properties, children: part(k, ranges[i], ranges[j]) };
      }
      if (unit.list) {
        if (list?.source === unit.list.element) list.copy.children.push(element);
        else {
          const { element: source, number } = unit.list;
          // An ordered list cut into rows goes on numbering where the previous row left it.
          const start = source.tagName === 'ol' && number !== 1 ? { start: number } : {};
          const copy: Element = { ...source, properties: { ...source.properties, ...start }, children: [element] };
          out.push(copy);
          list = { source, copy };
        }
      } else {
        out.push(element);
        list = undefined;
      }
      if (ends && unit.after.length > 0) {
        out.push(...unit.after);
        list = undefined;
      }
      i = j + 1;
    }
    return toHtml(out);
  });
  // The text, and the line breaks between its blocks, leave the tree; the notes stay.
  tree.children = tree.children.filter((node) => isNotes(node) || node.type === 'comment');
  return { key, rows };
}

/** An element's classes, as hast holds them. */
function classesOf(element: Element): string[] {
  const value: unknown = element.properties.className;
  if (Array.isArray(value)) return value.map((c) => String(c));
  return typeof value === 'string' ? value.split(' ') : [];
}

/** A translation pair in a loader pass: its digest, and the rows of either edition (aligning once, when first asked). */
export interface PairAlignment {
  /**
   * What an aligned edition's render depends on: the digest of both editions (and the alignment's
   * version) and of the beads the archive's word table gave them.
   */
  key: string;
  /** The rows of `edition`, whose rendered text is `tree` (taken out of it). */
  rowsOf(edition: Edition, tree: HastRoot): Promise<AlignedData | undefined>;
}

/**
 * A pair's counts as the cache holds them: checked for shape only, since the file is the build's
 * own and a full check of 5,000 pairs' words took half a second of every rebuild.
 */
const countsSchema = z.custom<LexicalCounts>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as LexicalCounts).words === 'object' &&
    typeof (value as LexicalCounts).pairs === 'object',
);

/**
 * What a build keeps of each translation pair between builds (`align-cache.json` in the work
 * folder), by the digest of its two editions: the word counts of its first pass, from which the
 * archive's table is learned, and the digests of the table entries it was last aligned with and
 * of the beads they gave.
 */
export const alignCache = z.object({
  version: z.literal(ALIGN_VERSION),
  pairs: z.record(z.string(), z.object({ counts: countsSchema, table: z.string(), beads: z.string() })),
});

export type AlignCache = z.infer<typeof alignCache>;

/** The file of the alignment cache. */
export const alignCacheFile = (workDir: string) => join(workDir, 'align-cache.json');

/** The alignment cache of the last build, or an empty one (none, unreadable, or of another version). */
export async function readAlignCache(file: string): Promise<AlignCache> {
  try {
    const parsed = alignCache.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // No cache yet, or a damaged one: every pair is aligned afresh.
  }
  return { version: ALIGN_VERSION, pairs: {} };
}

const NO_COUNTS: LexicalCounts = { beads: 0, words: {}, pairs: {} };

/**
 * Every pair aligned as a build aligns it, with the archive's word table (`translationTable` of
 * every pair's first-pass counts), without a cache: for `npm run check`. `units` gives a
 * `.md`/`.mdx` edition's units (`markdownUnits`).
 */
export function alignArchive(
  pairs: readonly { ar: Edition; en: Edition }[],
  glossary: CompiledGlossary,
  units: ReadonlyMap<Edition, AlignUnits> = new Map(),
): PairAligned[] {
  const unitsOf = ({ ar, en }: { ar: Edition; en: Edition }) => ({ ar: units.get(ar), en: units.get(en) });
  const counts = pairs.map(
    (pair) => alignPair(pair.ar, pair.en, glossary, unitsOf(pair)).alignment.lexicon ?? NO_COUNTS,
  );
  const archive = indexTable(translationTable(...counts));
  return pairs.map((pair, k) =>
    alignPair(pair.ar, pair.en, glossary, unitsOf(pair), new Set(tableFor(archive, counts[k]))),
  );
}

/**
 * The translation pairs among `editions` (`.txt` and `.md`), by edition. `digest` digests a value
 * with what else decides the render (the glossary's matching data). `markdownTree` renders a `.md`
 * edition (a fresh tree on each call): its units are known only rendered, and a pair is aligned
 * from both versions' units. The first edition of a language wins, as in the loader (ingest
 * reports the duplicate).
 *
 * The lexical pass of every pair uses the archive's word table, learned from the first-pass counts
 * of all the pairs (`translationTable`): a word pair seen in one document is confirmed by others.
 * A pair's render is keyed on the beads it gets, not on the table, so that a document added to the
 * archive re-renders only the pairs whose alignment it changes. `cache` (the last build's, updated
 * in place) keeps each pair's counts, and the digests of its part of the table (`tableFor`) and
 * of its beads: a pair whose part of the table is unchanged is not aligned at all until it renders,
 * and one whose part changed is aligned again to see whether its beads did.
 */
export async function translationPairs(
  editions: readonly Edition[],
  glossary: CompiledGlossary,
  digest: (value: unknown) => string,
  onProblems?: (problems: OverrideProblem[]) => void,
  markdownTree?: (edition: Edition) => Promise<HastRoot>,
  cache: AlignCache = { version: ALIGN_VERSION, pairs: {} },
): Promise<Map<Edition, PairAlignment>> {
  const formats = markdownTree ? ALIGNED_FORMATS : undefined;
  const found = pairsOf(editions, formats).map(({ ar, en }) => {
    let units: Promise<Partial<Record<Lang, AlignUnits>>> | undefined;
    const unitsOf = () =>
      (units ??= (async () => {
        const out: Partial<Record<Lang, AlignUnits>> = {};
        for (const edition of [ar, en])
          if (edition.format !== 'txt' && markdownTree) out[edition.lang] = unitsOfTree(await markdownTree(edition));
        return out;
      })());
    return { ar, en, content: digest([ALIGN_VERSION, ar, en]), unitsOf };
  });

  // Each pair's own counts: kept from the last build, or from aligning it alone.
  const alone = new Map<string, PairAligned>();
  const counts: LexicalCounts[] = [];
  for (const pair of found) {
    const kept = cache.pairs[pair.content];
    if (kept) {
      counts.push(kept.counts);
      continue;
    }
    const aligned = alignPair(pair.ar, pair.en, glossary, await pair.unitsOf());
    alone.set(pair.content, aligned);
    counts.push(aligned.alignment.lexicon ?? NO_COUNTS);
  }
  const archive = indexTable(translationTable(...counts));

  const pairs = new Map<Edition, PairAlignment>();
  const next: AlignCache['pairs'] = {};
  for (const [k, { ar, en, content, unitsOf }] of found.entries()) {
    const entries = tableFor(archive, counts[k]);
    const tableKey = digest(entries);
    const kept = cache.pairs[content];
    let aligning: Promise<{ aligned: PairAligned; units: Partial<Record<Lang, AlignUnits>> }> | undefined;
    const align = () =>
      (aligning ??= (async () => {
        const units = await unitsOf();
        // Aligned alone, the pair learned its own table: where the archive's part is the same, so are the beads.
        const own = alone.get(content);
        const same =
          own && tableFor(indexTable(translationTable(counts[k])), counts[k]).join('\n') === entries.join('\n');
        const aligned = same ? own : alignPair(ar, en, glossary, units, new Set(entries));
        if (aligned.problems.length > 0) onProblems?.(aligned.problems);
        return { aligned, units };
      })());
    const beads = kept?.table === tableKey ? kept.beads : digest((await align()).aligned.alignment.beads);
    next[content] = { counts: counts[k], table: tableKey, beads };
    const key = digest([content, beads]);
    const pair: PairAlignment = {
      key,
      rowsOf: async (edition, tree) => {
        const { aligned, units } = await align();
        const paragraphs = units[edition.lang]?.paragraphs ?? renderedParagraphs(edition);
        return alignedRows(tree, edition.lang, paragraphs, aligned.alignment, key);
      },
    };
    pairs.set(ar, pair);
    pairs.set(en, pair);
  }
  // Pairs no longer in the archive leave the cache.
  cache.pairs = next;
  return pairs;
}
