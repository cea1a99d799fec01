/**
 * The guarantee that cleaning loses nothing: every paragraph of the source is either in the
 * reading text or recorded as removed, and the reading text holds nothing the source did not.
 */
import type { Diagnostic, Edition, Paragraph } from '../types.ts';

const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);
const keyOf = (line: number, text: string) => `${line}\u0000${text}`;

/**
 * Diagnostics (errors) for each source paragraph that is neither in the edition's reading text nor
 * among its removals, and for each paragraph of the reading text or removal that has no source.
 */
export function checkIntegrity(edition: Edition, sourceParagraphs: readonly Paragraph[]): Diagnostic[] {
  const accounted = new Map<string, number>();
  const add = (line: number, text: string) =>
    accounted.set(keyOf(line, text), (accounted.get(keyOf(line, text)) ?? 0) + 1);
  for (const p of edition.paragraphs) add(p.line, p.text);
  for (const r of edition.removed) add(r.line, r.text);

  const diagnostics: Diagnostic[] = [];
  const problem = (line: number, message: string) =>
    diagnostics.push({ severity: 'error', file: edition.sourceFile, line, column: 1, message });
  for (const p of sourceParagraphs) {
    const key = keyOf(p.line, p.text);
    const left = accounted.get(key) ?? 0;
    if (left === 0) {
      problem(
        p.line,
        `lost in cleaning: “${excerpt(p.text)}” is neither in the reading text nor among the removed lines`,
      );
    } else {
      accounted.set(key, left - 1);
    }
  }
  for (const [key, left] of accounted) {
    if (left <= 0) continue;
    const [line, text] = key.split('\u0000');
    problem(
      Number(line),
      `not in the source: “${excerpt(text)}” is in the edition but not among the source's paragraphs`,
    );
  }
  return diagnostics;
}
