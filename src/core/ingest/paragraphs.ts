/**
 * Paragraphs of a plain-text source, each with the file line it starts on. Scraped text puts one
 * paragraph on each line; hard-wrapped text (a mail, an e-book) breaks paragraphs over several
 * lines and separates them with blank lines. Which of the two a text is gets decided from the text.
 */
import type { Paragraph } from '../types.ts';

/** Widths between which a text can plausibly have been wrapped by a program or a typist. */
const WRAP_MIN = 40;
const WRAP_MAX = 100;

/** A line that starts a list item or a quotation, which a wrap never produces. */
const ITEM_START = /^(?:[-*•–—>]|\d{1,3}[.)]|[a-z][.)])\s/u;

const length = (line: string) => [...line].length;
const firstWord = (line: string) => line.split(/\s/u, 1)[0];

/** Control characters, whitespace other than a plain space, or two spaces in a row. */
const NEEDS_NORMALIZING = /[\u0000-\u001F\u007F-\u009F]|[^\S ]| {2}/u;

/**
 * A paragraph's text as it is read: control characters dropped (they are not content and are not
 * allowed in HTML), whitespace runs collapsed to one space, trimmed. A single no-break space is kept
 * because it was put there on purpose (French punctuation, numbers and units).
 */
export function normalizeParagraph(text: string): string {
  // Most lines need nothing but trimming; testing for that is far cheaper than replacing.
  if (!NEEDS_NORMALIZING.test(text)) return text.trim();
  return text
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g, '')
    .replace(/[\s\u00A0\u202F]+/gu, (run) => (run === '\u00A0' || run === '\u202F' ? run : ' '))
    .trim();
}

/** Lines grouped into runs of non-blank lines. */
interface Block {
  lines: { text: string; line: number }[];
}

function blocksOf(body: string, firstLine: number): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  body.split('\n').forEach((raw, i) => {
    const text = normalizeParagraph(raw);
    if (text === '') {
      current = undefined;
      return;
    }
    if (!current) blocks.push((current = { lines: [] }));
    current.lines.push({ text, line: firstLine + i });
  });
  return blocks;
}

/**
 * Whether the break after `previous` is a wrap: `previous` fits the width, and the first word of
 * `next` would not have fitted on it, so whoever broke the line had to.
 */
const isWrap = (previous: string, next: string, width: number) =>
  length(previous) <= width && length(previous) + 1 + length(firstWord(next)) > width && !ITEM_START.test(next);

/**
 * The wrap width of a hard-wrapped text, or undefined when the text is not hard-wrapped: it must
 * separate paragraphs with blank lines, and most breaks inside its paragraphs (other than before
 * list items) must be wraps.
 */
export function wrapWidth(blocks: readonly Block[]): number | undefined {
  if (blocks.length < 2) return undefined;
  const inner = blocks.filter((b) => b.lines.length > 1);
  const lengths = inner.flatMap((b) => b.lines.slice(0, -1).map((l) => length(l.text)));
  // Lines too long for any wrap (a URL, say) do not set the width, unless there are many.
  const fitting = lengths.filter((n) => n <= WRAP_MAX);
  if (fitting.length === 0 || fitting.length < lengths.length * 0.9) return undefined;
  const width = Math.max(...fitting);
  if (width < WRAP_MIN) return undefined;
  let breaks = 0;
  let wraps = 0;
  for (const block of inner) {
    for (let i = 1; i < block.lines.length; i++) {
      if (ITEM_START.test(block.lines[i].text)) continue;
      breaks++;
      if (isWrap(block.lines[i - 1].text, block.lines[i].text, width)) wraps++;
    }
  }
  return wraps >= 2 && wraps >= breaks * 0.6 ? width : undefined;
}

/**
 * Splits a body into paragraphs. `firstLine` is the file line the body starts on, so every
 * paragraph knows the line it came from.
 */
export function splitParagraphs(body: string, firstLine = 1): Paragraph[] {
  const blocks = blocksOf(body, firstLine);
  const width = wrapWidth(blocks);
  const paragraphs: Paragraph[] = [];
  for (const block of blocks) {
    let current: Paragraph | undefined;
    let previous = '';
    for (const { text, line } of block.lines) {
      if (current && width !== undefined && isWrap(previous, text, width)) {
        current.text += ` ${text}`;
      } else {
        paragraphs.push((current = { text, line }));
      }
      previous = text;
    }
  }
  return paragraphs;
}
