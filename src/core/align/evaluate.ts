/**
 * Evaluation of the aligner against alignments made by people: a translation memory's units, in
 * document order, are joined into paragraphs (broken differently in the two languages, as
 * translators re-paragraph), aligned as any edition would be, and the sentence links found are
 * scored against the links the units give.
 */
import type { Lang, Paragraph } from '../types.ts';
import type { Bead } from './align.ts';
import type { SentenceRange } from './rows.ts';
import type { TranslationUnit } from './tmx.ts';

/** Where a unit's text is in the rebuilt paragraphs of one side. */
interface UnitPlace {
  unit: number;
  paragraph: number;
  start: number;
  end: number;
}

/** A document rebuilt from units: each side's paragraphs and where each unit went. */
export interface RebuiltDocument {
  paragraphs: Record<Lang, Paragraph[]>;
  places: Record<Lang, UnitPlace[]>;
}

/** A text that ends with a sentence stop, maybe followed by closing quotes and brackets. */
const ENDS_WITH_STOP = /[.?!…؟؛۔‼⁇⁈⁉]["'”’»›)\]}\p{Cf}]*$/u;

export interface RebuildOptions {
  /** Units per paragraph, drawn uniformly between the two (default 1 and 4). */
  minimum?: number;
  maximum?: number;
  /**
   * End a paragraph after a unit with no final stop (default true): such a unit is a heading, a
   * list item or a line of a list, which a document sets as a paragraph of its own; joined to the
   * next unit it would make one run-on sentence of two that no document has. With false, units are
   * joined regardless (a harder, less realistic test).
   */
  breakAfterUnpunctuated?: boolean;
  /**
   * The share of units left out of one side or the other (default 0), as a translator leaves out a
   * passage or adds one; their sentences must then be aligned with nothing.
   */
  drop?: number;
  /**
   * The side each unit is left out of, by unit (undefined: kept on both), instead of drawing them
   * by `drop`: to leave out one chosen unit at a time.
   */
  leftOut?: readonly (Lang | undefined)[];
}

/**
 * Joins `units` into paragraphs of 1–4 units on each side (see `RebuildOptions`), the breaks drawn
 * independently for each language from `random`, units joined by a space.
 */
export function rebuildDocument(
  units: readonly TranslationUnit[],
  random: () => number,
  options: RebuildOptions = {},
): RebuiltDocument {
  const { minimum = 1, maximum = 4, breakAfterUnpunctuated = true, drop = 0, leftOut } = options;
  // Which side, if any, each unit is left out of.
  const droppedFrom =
    leftOut ?? units.map((): Lang | undefined => (random() < drop ? (random() < 0.5 ? 'ar' : 'en') : undefined));
  const side = (lang: Lang) => {
    const kept = units
      .map((unit, u) => ({ unit: u, text: unit[lang] }))
      .filter(({ unit }) => droppedFrom[unit] !== lang);
    const paragraphs: Paragraph[] = [];
    const places: UnitPlace[] = [];
    let k = 0;
    while (k < kept.length) {
      const size = minimum + Math.floor(random() * (maximum - minimum + 1));
      let text = '';
      for (const { unit, text: unitText } of kept.slice(k, k + size)) {
        if (text !== '') text += ' ';
        places.push({ unit, paragraph: paragraphs.length, start: text.length, end: text.length + unitText.length });
        text += unitText;
        k++;
        if (breakAfterUnpunctuated && !ENDS_WITH_STOP.test(unitText)) break;
      }
      paragraphs.push({ text, line: paragraphs.length + 1 });
    }
    return { paragraphs, places };
  };
  const ar = side('ar');
  const en = side('en');
  return { paragraphs: { ar: ar.paragraphs, en: en.paragraphs }, places: { ar: ar.places, en: en.places } };
}

/** The units each sentence overlaps, by sentence. */
function unitsOf(sentences: readonly SentenceRange[], places: readonly UnitPlace[]): number[][] {
  const result: number[][] = sentences.map(() => []);
  let u = 0;
  for (const sentence of sentences) {
    while (
      u < places.length &&
      (places[u].paragraph < sentence.paragraph ||
        (places[u].paragraph === sentence.paragraph && places[u].end <= sentence.start))
    )
      u++;
    for (
      let v = u;
      v < places.length && places[v].paragraph === sentence.paragraph && places[v].start < sentence.end;
      v++
    ) {
      result[sentence.index].push(places[v].unit);
    }
  }
  return result;
}

/** A link between Arabic sentence `ar` and English sentence `en`, as a key. */
const linkKey = (ar: number, en: number) => `${ar} ${en}`;

/**
 * The gold links of a rebuilt document at the level of the sentences the splitter found: Arabic
 * sentence a and English sentence e are linked when some unit has text in both. A unit split into
 * two sentences on one side and one on the other gives two links; a sentence that runs over two
 * units (the first had no final stop) is linked to the sentences of both.
 */
export function goldLinks(document: RebuiltDocument, sentences: Record<Lang, readonly SentenceRange[]>): Set<string> {
  const arUnits = unitsOf(sentences.ar, document.places.ar);
  const enUnits = unitsOf(sentences.en, document.places.en);
  const enByUnit = new Map<number, number[]>();
  enUnits.forEach((units, e) => {
    for (const u of units) enByUnit.set(u, [...(enByUnit.get(u) ?? []), e]);
  });
  const links = new Set<string>();
  arUnits.forEach((units, a) => {
    for (const u of units) for (const e of enByUnit.get(u) ?? []) links.add(linkKey(a, e));
  });
  return links;
}

/** The links of an alignment: every Arabic sentence of a bead with every English sentence of it. */
export function beadLinks(beads: readonly Bead[]): Set<string> {
  const links = new Set<string>();
  for (const bead of beads) for (const a of bead.ar) for (const e of bead.en) links.add(linkKey(a, e));
  return links;
}

/** Counts for precision and recall; add them over documents before computing the rates. */
export interface LinkCounts {
  found: number;
  gold: number;
  correct: number;
}

export function countLinks(found: ReadonlySet<string>, gold: ReadonlySet<string>): LinkCounts {
  let correct = 0;
  for (const link of found) if (gold.has(link)) correct++;
  return { found: found.size, gold: gold.size, correct };
}

export function rates(counts: LinkCounts): { precision: number; recall: number; f1: number } {
  const precision = counts.found === 0 ? 0 : counts.correct / counts.found;
  const recall = counts.gold === 0 ? 0 : counts.correct / counts.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
