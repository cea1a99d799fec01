/**
 * Direction isolation for any text Hamish shows outside the reading text's syntax tree (which
 * rehype-bidi marks up): glossary entry pages, search excerpts, titles. The same runs as
 * rehype-bidi (`findDirectionalRuns`), so a Latin name in an Arabic note is isolated alike wherever
 * the note appears.
 */
import type { ElementContent } from 'hast';
import { DIR, type Lang } from '../lang.ts';
import { findDirectionalRuns, type Dir } from './runs.ts';

/** A piece of a text: as written, and, for a stretch against the text's direction, how to isolate it. */
export interface BidiSegment {
  text: string;
  /** Set on a stretch that runs against the text's direction: the direction to isolate it in. */
  dir?: Dir;
  /** The language of the stretch's words, when its script says and it differs from the text's. */
  lang?: Lang;
}

/** The isolation of one run, for `segment` and `isolatePieces`. */
const isolation = (run: { dir: Dir; lang?: Lang }, lang: Lang) => ({
  dir: run.dir,
  ...(run.lang && run.lang !== lang ? { lang: run.lang } : {}),
});

/**
 * `text` (written in `lang`) cut into the stretches that go with its direction and those that run
 * against it (a Latin name in Arabic, an Arabic phrase in English), which the caller isolates
 * (`dir` on an element around each). Joined, the segments' texts are `text`.
 *
 * @example bidiSegments('نشر على Pastebin.', 'ar') → [{ text: 'نشر على ' }, { text: 'Pastebin', dir: 'ltr', lang: 'en' }, { text: '.' }]
 */
export function bidiSegments(text: string, lang: Lang): BidiSegment[] {
  const segments: BidiSegment[] = [];
  let at = 0;
  for (const run of findDirectionalRuns(text, DIR[lang])) {
    if (run.start > at) segments.push({ text: text.slice(at, run.start) });
    segments.push({ text: text.slice(run.start, run.end), ...isolation(run, lang) });
    at = run.end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at) });
  return segments;
}

/** `bidiSegments` as hast: text nodes, and a `<span dir lang>` around each stretch to isolate. */
export function bidiHast(text: string, lang: Lang): ElementContent[] {
  return bidiSegments(text, lang).map(({ text: value, dir, lang: runLang }): ElementContent =>
    dir === undefined
      ? { type: 'text', value }
      : {
          type: 'element',
          tagName: 'span',
          properties: runLang ? { dir, lang: runLang } : { dir },
          children: [{ type: 'text', value }],
        },
  );
}

/** A stretch of pieces to isolate together. */
export interface IsolatedPieces<T> {
  dir: Dir;
  lang?: Lang;
  pieces: T[];
}

/**
 * Pieces of one text (a search excerpt's parts, hits and the text between them), grouped so that
 * each stretch against the text's direction is isolated whole, even when a piece boundary falls
 * inside it ("Emmanuel <mark>Macron</mark>" in Arabic is one left-to-right stretch; isolating its
 * pieces one by one would reverse their order). A piece that a stretch's edge cuts is split with
 * `slice`, which makes a piece of the same kind with part of the text.
 */
export function isolatePieces<T extends { text: string }>(
  pieces: readonly T[],
  lang: Lang,
  slice: (piece: T, text: string) => T,
): (T | IsolatedPieces<T>)[] {
  const text = pieces.map((p) => p.text).join('');
  const runs = findDirectionalRuns(text, DIR[lang]);
  const out: (T | IsolatedPieces<T>)[] = [];
  let run = 0;
  let offset = 0;
  let group: IsolatedPieces<T> | undefined;
  for (const piece of pieces) {
    let from = 0;
    while (from < piece.text.length) {
      const at = offset + from;
      while (run < runs.length && runs[run].end <= at) run++;
      const current = runs[run];
      const inside = current !== undefined && current.start <= at;
      // The end of this stretch of the piece: where the run ends, or where the next run starts.
      const stop = inside ? current.end : (current?.start ?? Infinity);
      const to = Math.min(piece.text.length, stop - offset);
      const part = from === 0 && to === piece.text.length ? piece : slice(piece, piece.text.slice(from, to));
      if (inside) {
        if (!group || group !== out.at(-1)) {
          group = { ...isolation(current, lang), pieces: [] };
          out.push(group);
        }
        group.pieces.push(part);
        if (offset + to >= current.end) group = undefined;
      } else {
        out.push(part);
      }
      from = to;
    }
    offset += piece.text.length;
  }
  return out;
}
