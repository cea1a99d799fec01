/**
 * Alignment of two editions' reading text, paragraph by paragraph, as a page lays it out: each
 * sentence with its place in its paragraph, and rows of sentences that translate each other.
 */
import type { Lang, Paragraph } from '../types.ts';
import { alignWithEvidence, type AlignOptions, type Bead, type BeadEvidence } from './align.ts';
import type { LengthModel } from './length.ts';
import type { LexicalCounts } from './lexicon.ts';
import { splitSentences } from './split.ts';

/** A sentence of an edition: its number on its side, its paragraph and its offsets there. */
export interface SentenceRange {
  /** 0-based number of the sentence among all sentences of its side, in reading order. */
  index: number;
  /** Index of its paragraph in the edition's `paragraphs`. */
  paragraph: number;
  /** UTF-16 offsets in that paragraph's `text`: the sentence is `text.slice(start, end)`. */
  start: number;
  end: number;
}

/** A row of the aligned layout: the sentences of each side that go side by side. */
export interface AlignedRow {
  ar: SentenceRange[];
  en: SentenceRange[];
}

export interface EditionAlignment {
  /** Every sentence of each side, in reading order (`sentences.ar[k].index === k`). */
  sentences: Record<Lang, SentenceRange[]>;
  /** The aligner's beads, as indices into `sentences` (see `alignSentences`). */
  beads: Bead[];
  /** Each bead's evidence, for its confidence (see `confidenceOf`). */
  evidence: BeadEvidence[];
  /** The lexical pass's counts from this pair's confident beads, for the archive's table. */
  lexicon?: LexicalCounts;
  /**
   * Beads grouped into rows: a row ends where a bead ends a paragraph on either side, so that on at
   * least one side a row holds whole paragraphs and rows stay about a paragraph long. The other
   * side's paragraph may then go on in the next row: a renderer sees this from the `paragraph` of
   * the row's last and the next row's first range.
   */
  rows: AlignedRow[];
  /** True when the editor's constraints could not all hold: aligned without them (see `AlignResult`). */
  constraintsIgnored?: boolean;
}

export interface EditionAlignOptions {
  /** The glossary entries found in a sentence (ids), e.g. `(t, l) => findMatches(g, t, l).map((m) => m.entryId)`. */
  entriesOf?: (text: string, lang: Lang) => Iterable<string>;
  model?: LengthModel;
  /** See `AlignOptions`. */
  lexical?: AlignOptions['lexical'];
  lexicon?: AlignOptions['lexicon'];
  table?: AlignOptions['table'];
  constraints?: AlignOptions['constraints'];
  /**
   * Per side, the paragraphs that are one unit each and are not split into sentences: a heading, a
   * list item, a quotation of a hand-written source.
   */
  whole?: Partial<Record<Lang, readonly boolean[]>>;
}

/** The sentences of an edition's paragraphs, with their texts; a paragraph marked in `whole` is one sentence. */
export function sentencesOf(
  paragraphs: readonly Paragraph[],
  lang: Lang,
  whole?: readonly boolean[],
): { ranges: SentenceRange[]; texts: string[] } {
  const ranges: SentenceRange[] = [];
  const texts: string[] = [];
  paragraphs.forEach((paragraph, p) => {
    if (whole?.[p]) {
      ranges.push({ index: ranges.length, paragraph: p, start: 0, end: paragraph.text.length });
      texts.push(paragraph.text);
      return;
    }
    for (const sentence of splitSentences(paragraph.text, lang)) {
      ranges.push({ index: ranges.length, paragraph: p, start: sentence.start, end: sentence.end });
      texts.push(sentence.text);
    }
  });
  return { ranges, texts };
}

/**
 * Aligns the Arabic edition's paragraphs `ar` with the English edition's `en`, a translation of
 * each other: splits them into sentences, aligns those (`alignSentences`, with paragraph breaks as
 * weak evidence), and groups the beads into rows for a facing-page layout.
 */
export function alignParagraphs(
  ar: readonly Paragraph[],
  en: readonly Paragraph[],
  options: EditionAlignOptions = {},
): EditionAlignment {
  const A = sentencesOf(ar, 'ar', options.whole?.ar);
  const E = sentencesOf(en, 'en', options.whole?.en);
  const entriesOf = options.entriesOf;
  const { beads, evidence, lexicon, constraintsIgnored } = alignWithEvidence(A.texts, E.texts, {
    model: options.model,
    lexical: options.lexical,
    lexicon: options.lexicon,
    table: options.table,
    constraints: options.constraints,
    paragraphs: { ar: A.ranges.map((r) => r.paragraph), en: E.ranges.map((r) => r.paragraph) },
    entries: entriesOf && { ar: A.texts.map((t) => entriesOf(t, 'ar')), en: E.texts.map((t) => entriesOf(t, 'en')) },
  });

  const rows: AlignedRow[] = [];
  let row: AlignedRow = { ar: [], en: [] };
  const endsParagraph = (ranges: SentenceRange[], last: number | undefined) =>
    last !== undefined && (last === ranges.length - 1 || ranges[last + 1].paragraph !== ranges[last].paragraph);
  for (const bead of beads) {
    row.ar.push(...bead.ar.map((k) => A.ranges[k]));
    row.en.push(...bead.en.map((k) => E.ranges[k]));
    if (endsParagraph(A.ranges, bead.ar.at(-1)) || endsParagraph(E.ranges, bead.en.at(-1))) {
      rows.push(row);
      row = { ar: [], en: [] };
    }
  }
  if (row.ar.length + row.en.length > 0) rows.push(row);
  return {
    sentences: { ar: A.ranges, en: E.ranges },
    beads,
    evidence,
    lexicon: lexicon?.counts,
    rows,
    ...(constraintsIgnored ? { constraintsIgnored } : {}),
  };
}
