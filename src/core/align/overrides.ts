/**
 * An editor's alignment overrides, written in a translation pair's sidecar (`align:`), and their
 * resolution against the texts: sentences pinned to each other, and sentences marked as having no
 * counterpart. The aligner takes them as hard constraints (`constraints.ts`).
 *
 *     relation: translation
 *     align:
 *       - pin: { ar: 19, en: 22 }                # the first sentences of the paragraphs on these lines
 *       - pin: { ar: "19.2", en: "22.3" }        # the 2nd sentence of the paragraph at line 19, the 3rd at 22
 *       - pin: { ar: "قال الوزير", en: "The minister said" }   # the sentences that start so
 *       - alone: { en: "24.2" }                  # no counterpart in the other version
 */
import { z } from 'zod';
import { matchKey } from '../arabic/index.ts';
import type { Lang, Paragraph } from '../types.ts';
import type { AlignConstraints } from './constraints.ts';
import type { SentenceRange } from './rows.ts';

/**
 * A sentence, by line: a number (the first sentence of the paragraph at that line), `"19.2"` (its
 * second sentence), the line being the one the paragraph starts at; or by the start of its text, in
 * quotes, matched as glossary terms are (case, harakat, hamza seats and spacing aside).
 */
export const sentenceRef = z.union([z.number().int().positive(), z.string().trim().min(1)]);

/** One override: a pin of an Arabic and an English sentence, or a sentence of one side with no counterpart. */
export const alignOverride = z.union([
  z.strictObject({ pin: z.strictObject({ ar: sentenceRef, en: sentenceRef }) }),
  z.strictObject({
    alone: z.union([z.strictObject({ ar: sentenceRef }), z.strictObject({ en: sentenceRef })]),
  }),
]);

/** The `align:` list of a sidecar. */
export const alignOverrides = z.array(alignOverride);

export type SentenceRef = z.infer<typeof sentenceRef>;
export type AlignOverride = z.infer<typeof alignOverride>;

/** An override as read from a sidecar: where it is written, for messages. */
export interface PlacedOverride {
  override: AlignOverride;
  /** The sidecar, and the line and column of the override in it. */
  file: string;
  line?: number;
  column?: number;
}

/** One side of a pair as the resolution needs it: its source file, paragraphs and sentences. */
export interface OverrideSide {
  file: string;
  paragraphs: readonly Paragraph[];
  sentences: readonly SentenceRange[];
  /** False when the paragraphs have no source lines (a rendered `.md` edition's blocks): sentences are named by their start only. */
  lines?: boolean;
}

/** Why an override could not be applied, with where it is written. */
export interface OverrideProblem {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

const quoted = (text: string) => `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;

/** The sentence `ref` names on one side, or why none. */
export function resolveRef(ref: SentenceRef, side: OverrideSide): { index: number } | { problem: string } {
  const lineRef = typeof ref === 'number' ? undefined : /^(\d+)(?:\.(\d+))?$/.exec(ref);
  if (typeof ref === 'number' || lineRef) {
    const line = typeof ref === 'number' ? ref : Number(lineRef![1]);
    if (side.lines === false)
      return { problem: `${side.file} is Markdown: name its sentence by the quoted start of its text, not by line` };
    const k = typeof ref === 'number' ? 1 : Number(lineRef![2] ?? 1);
    const p = side.paragraphs.findIndex((paragraph) => paragraph.line === line);
    if (p < 0) {
      const before = side.paragraphs.findLast((paragraph) => paragraph.line < line)?.line;
      const after = side.paragraphs.find((paragraph) => paragraph.line > line)?.line;
      const near = [before, after].filter((l) => l !== undefined).join(' and ');
      return {
        problem: `no paragraph of ${side.file}’s reading text starts at line ${line}${near ? ` (the nearest start at line ${near})` : ''}`,
      };
    }
    const inParagraph = side.sentences.filter((s) => s.paragraph === p);
    if (k < 1 || k > inParagraph.length) {
      return {
        problem: `the paragraph at ${side.file}:${side.paragraphs[p].line} has ${inParagraph.length} sentence${inParagraph.length === 1 ? '' : 's'}, not ${k}`,
      };
    }
    return { index: inParagraph[k - 1].index };
  }
  const start = ref;
  const wanted = matchKey(start).replace(/\s+/g, ' ');
  const text = (s: SentenceRange) =>
    matchKey(side.paragraphs[s.paragraph].text.slice(s.start, s.end))
      .replace(/\s+/g, ' ')
      .replace(/^[\s"'“”‘’«»([]+/u, '');
  const found = side.sentences.filter((s) => text(s).startsWith(wanted.replace(/^[\s"'“”‘’«»([]+/u, '')));
  if (found.length === 1) return { index: found[0].index };
  if (found.length === 0) return { problem: `no sentence of ${side.file} starts with ${quoted(start)}` };
  const lines = found.map((s) => side.paragraphs[s.paragraph].line);
  if (side.lines === false)
    return {
      problem: `${found.length} sentences of ${side.file} start with ${quoted(start)}; give more of the sentence`,
    };
  return {
    problem: `${found.length} sentences of ${side.file} start with ${quoted(start)} (lines ${lines.join(', ')}); give more of the sentence, or its line`,
  };
}

/**
 * The constraints `overrides` make on the two sides, and the overrides that no longer match the
 * text (the text changed under them), which the aligner leaves out.
 */
export function resolveOverrides(
  overrides: readonly PlacedOverride[],
  sides: Record<Lang, OverrideSide>,
): { constraints: AlignConstraints; problems: OverrideProblem[] } {
  const pins: { ar: number; en: number }[] = [];
  const pinPlaces: PlacedOverride[] = [];
  const alone: Record<Lang, number[]> = { ar: [], en: [] };
  const problems: OverrideProblem[] = [];
  const where = (placed: PlacedOverride) => ({ file: placed.file, line: placed.line, column: placed.column });
  for (const placed of overrides) {
    const { override } = placed;
    if ('pin' in override) {
      const ar = resolveRef(override.pin.ar, sides.ar);
      const en = resolveRef(override.pin.en, sides.en);
      const missing = [ar, en].filter((r): r is { problem: string } => 'problem' in r).map((r) => r.problem);
      if (missing.length > 0) {
        problems.push({ ...where(placed), message: `pin not applied: ${missing.join('; ')}` });
        continue;
      }
      const pin = { ar: (ar as { index: number }).index, en: (en as { index: number }).index };
      // Pins keep the order of both texts: one that crosses an earlier one cannot hold with it.
      const crossed = pins.findIndex((k) => (k.ar < pin.ar && k.en > pin.en) || (k.ar > pin.ar && k.en < pin.en));
      if (crossed >= 0) {
        const other = pinPlaces[crossed];
        problems.push({
          ...where(placed),
          message: `pin not applied: it crosses the pin${other.line ? ` at line ${other.line}` : ''} (one sentence before the other’s in Arabic, after it in English)`,
        });
        continue;
      }
      pins.push(pin);
      pinPlaces.push(placed);
    } else {
      const lang: Lang = 'ar' in override.alone ? 'ar' : 'en';
      const ref = 'ar' in override.alone ? override.alone.ar : override.alone.en;
      const found = resolveRef(ref, sides[lang]);
      if ('problem' in found)
        problems.push({ ...where(placed), message: `no-counterpart mark not applied: ${found.problem}` });
      else alone[lang].push(found.index);
    }
  }
  // A sentence both pinned and marked alone: the pin is the more specific word.
  const pinned = { ar: new Set(pins.map((p) => p.ar)), en: new Set(pins.map((p) => p.en)) };
  for (const lang of ['ar', 'en'] as const) alone[lang] = alone[lang].filter((k) => !pinned[lang].has(k));
  return { constraints: { pins, alone }, problems };
}

/**
 * The problem to report when `overrides`, each valid, cannot all hold in one alignment (a pinned
 * bead of a shape no bead has, a sentence marked alone inside a pinned bead): the aligner then aligns the pair without them (`constraintsIgnored`).
 */
export function unsatisfiable(overrides: readonly PlacedOverride[]): OverrideProblem {
  const first = overrides[0];
  return {
    file: first.file,
    line: first.line,
    column: first.column,
    message:
      'overrides not applied: they cannot all hold in one alignment (pins that put more sentences in one bead than a bead holds, at most 3 against 1 or 2 against 2, or a sentence marked alone between pinned ones); the pair is aligned without them',
  };
}
