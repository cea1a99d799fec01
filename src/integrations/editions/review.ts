/**
 * The review list of a translation pair's alignment (`npm run check`): its least confident rows,
 * each with the line of both files it starts at, why the aligner was unsure, and the sentences, so
 * that an editor can look and, where it is wrong, pin the sentences in the sidecar.
 */
import { reviewRows } from '../../core/align/confidence.ts';
import type { Edition, Lang } from '../../core/types.ts';
import { renderedParagraphs, rowId, type AlignUnits, type PairAligned } from './align.ts';

/** Rows below this confidence are listed. */
export const REVIEW_BELOW = 0.5;
/** The most rows listed for one pair: the least confident first. */
export const REVIEW_MAX = 5;

const clip = (text: string, max = 100) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The review lines of one pair, `shown` the content folder as messages name it; none when every row
 * is confident. `units` gives a `.md`/`.mdx` version's units, with their lines (`markdownUnits`).
 */
export function reviewLines(
  ar: Edition,
  en: Edition,
  aligned: PairAligned,
  shown: string,
  units: Partial<Record<Lang, AlignUnits>> = {},
): string[] {
  const { alignment, constraints } = aligned;
  const reviews = reviewRows(alignment, constraints);
  const doubtful = reviews
    .filter((r) => r.confidence < REVIEW_BELOW)
    .sort((a, b) => a.confidence - b.confidence || a.row - b.row);
  if (doubtful.length === 0) return [];
  const editions: Record<Lang, Edition> = { ar, en };
  const paragraphs = {
    ar: units.ar?.paragraphs ?? renderedParagraphs(ar),
    en: units.en?.paragraphs ?? renderedParagraphs(en),
  };
  const prefix = shown === '.' ? '' : `${shown}/`;
  const place = (lang: Lang, row: number) => {
    const first = alignment.rows[row][lang][0];
    return first
      ? `${prefix}${editions[lang].sourceFile}:${paragraphs[lang][first.paragraph].line}`
      : `(nothing in ${lang})`;
  };
  const text = (lang: Lang, row: number) =>
    alignment.rows[row][lang].map((s) => paragraphs[lang][s.paragraph].text.slice(s.start, s.end)).join(' ');
  const lines = [
    `${prefix}documents/${ar.slug}: ${doubtful.length} of ${reviews.length} aligned rows to review (confidence under ${REVIEW_BELOW * 100} %)${doubtful.length > REVIEW_MAX ? `, the ${REVIEW_MAX} least confident:` : ':'}`,
  ];
  for (const r of doubtful.slice(0, REVIEW_MAX)) {
    lines.push(
      `  ${rowId(r.row).replace('-', ' ')}: ${place('en', r.row)} ↔ ${place('ar', r.row)}, low confidence (${Math.round(r.confidence * 100)} %): ${r.reasons.join(', ') || 'weak evidence'}`,
    );
    for (const lang of ['en', 'ar'] as const) {
      const said = text(lang, r.row);
      if (said) lines.push(`    ${lang}: ${clip(said)}`);
    }
  }
  return lines;
}
