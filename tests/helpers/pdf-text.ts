import { spawnSync } from 'node:child_process';

/**
 * The text of a PDF as poppler's `pdftotext` reads it, per script, in reading order, with where
 * each line is. `pdftotext` reads Latin text in order, but Arabic set in Naskh comes out in
 * pieces: each piece in visual order, and a letter the face draws lower (a final ن) as a line of
 * its own. So the words are taken with their boxes (`pdftotext -bbox`) and put back into lines by
 * their height on the page; an Arabic line's pieces, left to right, reversed, are its text in
 * reading order (for Arabic letters; digits and Latin inside an Arabic line would come out
 * reversed, so Arabic is compared on its letters only).
 */
export interface PdfLine {
  page: number;
  /** The line's middle, in points from the top of its page. */
  y: number;
  /** Its text as `comparable` makes it: Arabic letters only, or Latin letters and digits only. */
  text: string;
}

const ARABIC = /\p{Script=Arabic}/u;
/** What Latin text is compared on: its letters and digits (punctuation may sit on another column's line). */
const NOT_LATIN = /[^\p{L}\p{N}]|\p{Script=Arabic}/gu;
const ARABIC_LETTERS = /[^\p{Script=Arabic}]|[\u0660-\u0669\u06F0-\u06F9\u060C\u061B\u061F\u066B\u066C\u06D4]/gu;

/** A paragraph as the PDF's lines of its script hold it (see `PdfLine.text`). */
export function comparable(text: string, script: 'arabic' | 'latin'): string {
  const normal = text.normalize('NFKC');
  return script === 'arabic' ? normal.replace(ARABIC_LETTERS, '') : normal.replace(NOT_LATIN, '');
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The lines of `pdf` in `script`, page by page, top to bottom. */
export function pdfLines(pdf: string, script: 'arabic' | 'latin'): PdfLine[] {
  const result = spawnSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error || result.status !== 0)
    throw new Error(`pdftotext failed on ${pdf} (install poppler-utils): ${result.error?.message ?? result.stderr}`);
  const lines: PdfLine[] = [];
  result.stdout
    .split('<page ')
    .slice(1)
    .forEach((page, pageIndex) => {
      const words = [
        ...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
      ]
        .map(([, xMin, yMin, , yMax, text]) => ({
          x: Number(xMin),
          y: (Number(yMin) + Number(yMax)) / 2,
          height: Number(yMax) - Number(yMin),
          text: decode(text).normalize('NFKC'),
        }))
        .filter((word) => (script === 'arabic' ? ARABIC.test(word.text) : comparable(word.text, 'latin') !== ''))
        .sort((a, b) => a.y - b.y);
      // Words whose middles are within half a word's height of a line's first word are on that line.
      const groups: (typeof words)[] = [];
      for (const word of words) {
        const line = groups.at(-1);
        if (line && word.y - line[0].y < line[0].height / 2) line.push(word);
        else groups.push([word]);
      }
      for (const group of groups) {
        const visual = group
          .sort((a, b) => a.x - b.x)
          .map((w) => w.text)
          .join('');
        const text =
          script === 'arabic' ? comparable([...visual].reverse().join(''), 'arabic') : comparable(visual, 'latin');
        if (text) lines.push({ page: pageIndex + 1, y: group[0].y, text });
      }
    });
  return lines;
}

/**
 * Finds `paragraphs` one after the other in `lines` (joined), each after the previous one, and
 * returns where each begins (page and height), or the first one not found.
 */
export function findInOrder(
  lines: readonly PdfLine[],
  paragraphs: readonly string[],
): { found: { page: number; y: number }[]; missing?: string } {
  const text = lines.map((line) => line.text).join('');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.text.length;
  }
  const found: { page: number; y: number }[] = [];
  let from = 0;
  for (const paragraph of paragraphs) {
    const at = text.indexOf(paragraph, from);
    if (at < 0) return { found, missing: paragraph };
    let line = 0;
    while (line + 1 < starts.length && starts[line + 1] <= at) line++;
    found.push({ page: lines[line].page, y: lines[line].y });
    from = at + paragraph.length;
  }
  return { found };
}
