/**
 * Whether the first lines of a translation pair's two versions translate each other: then they are
 * one headline, and the pair makes one title decision for both (`src/core/ingest/pair-titles.ts`).
 */
import type { Lang } from '../types.ts';
import { alignSentences } from './align.ts';
import { splitSentences } from './split.ts';

/** How much of the text after the first lines the decision aligns, in characters per side. */
const CONTEXT = 800;

/**
 * The sentences of a version's opening, each with its paragraph (0 for the first line): the first
 * line as one unit when `whole`, else split into sentences as the paragraphs after it are, up to
 * `CONTEXT` characters after the first line.
 */
function opening(
  first: string,
  following: readonly string[],
  lang: Lang,
  whole: boolean,
): { texts: string[]; paragraphs: number[] } {
  const texts = whole ? [first] : splitSentences(first, lang).map((s) => s.text);
  const paragraphs = texts.map(() => 0);
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
 * Whether the headline one version took as its title (`first[headline]`, followed by its text) and
 * the first line of the other version (`first[other]`, followed by its text) translate each other.
 * They are aligned, the headline whole and the other first line by sentence, with the opening
 * sentences of the texts after them. `whole`: the headline makes a bead of its own with all of the
 * other first line, which translates it line for line; `part`: the headline's bead holds the
 * other first line's opening sentence, but not just the two lines (the other version runs its
 * headline into its first paragraph, or its first line renders the headline and more); false: the
 * headline is translated by nothing, or by a later sentence. Lengths and anchors (numbers, Latin
 * names, glossary entries) decide, as in any alignment.
 */
export function firstLinesTranslate(
  headline: Lang,
  first: Record<Lang, string>,
  following: Record<Lang, readonly string[]>,
  entriesOf?: (text: string, lang: Lang) => Iterable<string>,
): 'whole' | 'part' | false {
  const ar = opening(first.ar, following.ar, 'ar', headline === 'ar');
  const en = opening(first.en, following.en, 'en', headline === 'en');
  const units = { ar, en };
  const other: Lang = headline === 'ar' ? 'en' : 'ar';
  const beads = alignSentences(ar.texts, en.texts, {
    lexical: false,
    paragraphs: { ar: ar.paragraphs, en: en.paragraphs },
    entries: entriesOf && {
      ar: ar.texts.map((t) => entriesOf(t, 'ar')),
      en: en.texts.map((t) => entriesOf(t, 'en')),
    },
  });
  const bead = beads.find((b) => b[headline].includes(0));
  if (!bead?.[other].includes(0)) return false;
  const firstLine = units[other].paragraphs.filter((p) => p === 0).length;
  return bead[headline].length === 1 && bead[other].length === firstLine && bead[other][firstLine - 1] === firstLine - 1
    ? 'whole'
    : 'part';
}
