/**
 * Whether the first lines of a translation pair's two versions translate each other: then they are
 * one headline, and the pair makes one title decision for both (`src/core/ingest/pair-titles.ts`).
 */
import type { Lang } from '../types.ts';
import { alignSentences } from './align.ts';
import { splitSentences } from './split.ts';

/** How much of the text after the first lines the decision aligns, in characters per side. */
const CONTEXT = 800;

/** The first line as one unit, then the sentences of the paragraphs after it, up to `CONTEXT` characters. */
function opening(first: string, following: readonly string[], lang: Lang): { texts: string[]; paragraphs: number[] } {
  const texts = [first];
  const paragraphs = [0];
  let length = 0;
  for (const [k, text] of following.entries()) {
    if (length >= CONTEXT) break;
    for (const sentence of splitSentences(text, lang)) {
      texts.push(sentence.text);
      paragraphs.push(k + 1);
    }
    length += text.length;
  }
  return { texts, paragraphs };
}

/**
 * Whether `first.ar` and `first.en`, the first lines of the two versions (each followed by its
 * text, `following`), translate each other: aligned, each first line taken whole, with the
 * opening sentences of the texts after them, the two first lines make a bead of their own. Lengths
 * and anchors (numbers, Latin names, glossary entries) decide, as in any alignment; a first line one
 * version has and the other lacks aligns with nothing, or with the start of the other's text.
 */
export function firstLinesTranslate(
  first: Record<Lang, string>,
  following: Record<Lang, readonly string[]>,
  entriesOf?: (text: string, lang: Lang) => Iterable<string>,
): boolean {
  const ar = opening(first.ar, following.ar, 'ar');
  const en = opening(first.en, following.en, 'en');
  const beads = alignSentences(ar.texts, en.texts, {
    lexical: false,
    paragraphs: { ar: ar.paragraphs, en: en.paragraphs },
    entries: entriesOf && {
      ar: ar.texts.map((t) => entriesOf(t, 'ar')),
      en: en.texts.map((t) => entriesOf(t, 'en')),
    },
  });
  return beads.some((bead) => bead.ar.length === 1 && bead.ar[0] === 0 && bead.en.length === 1 && bead.en[0] === 0);
}
