/**
 * Finding glossary entries in a text: word by word over the compiled trie, leftmost-longest.
 */
import { cliticVariants, isProcliticOnly, tokenize, type Token } from '../arabic/index.ts';
import type { Lang } from '../types.ts';
import type { CompiledGlossary, Terminal, TrieNode } from './compile.ts';
import { EDGE_SEPARATOR, gapKey } from './forms.ts';
import type { GlossaryMatch } from './types.ts';

/** Where a word can start a form: the trie node after it, and whether its reading took off an article. */
interface Start {
  node: TrieNode;
  article: boolean;
}

const NO_STARTS: readonly Start[] = [];

/**
 * How many words' starts a glossary remembers. Words repeat (a text uses a few hundred words over
 * and over), so each word's clitic readings are looked up in the trie once; but an archive's whole
 * vocabulary is not kept.
 */
const STARTS_CACHE_LIMIT = 100_000;

function startsOf(glossary: CompiledGlossary, token: Token): readonly Start[] {
  const cache = glossary.starts;
  const known = cache.get(token.key);
  if (known) return known;
  const edges = glossary.root.next;
  let starts: Start[] | undefined;
  if (edges) {
    const readings = token.arabic ? cliticVariants(token.key) : [{ stem: token.key, article: false }];
    for (const reading of readings) {
      const node = edges.get(reading.stem);
      if (node) (starts ??= []).push({ node, article: reading.article });
    }
  }
  if (cache.size >= STARTS_CACHE_LIMIT) cache.clear();
  cache.set(token.key, starts ?? NO_STARTS);
  return starts ?? NO_STARTS;
}

/** The best match found so far from one starting word. */
interface Candidate {
  terminal: Terminal;
  /** Index of the match's last word. */
  last: number;
}

/** Whether `text[start, end)` has no lowercase letter, as an acronym form requires. */
function inCapitals(text: string, start: number, end: number): boolean {
  const span = text.slice(start, end);
  return span === span.toUpperCase();
}

/**
 * Every occurrence of a glossary entry in `text`, a text in `lang`, in order, non-overlapping,
 * leftmost-longest ("Marine Le Pen" before "Le Pen"). Only whole words match: never a word inside
 * another (Trump in trumpet, ترامب in ترامبولين). English compares case-insensitively (acronyms
 * excepted, see `FormShape.acronym`) and stops at apostrophes, so "Macron’s" matches Macron. Arabic
 * compares on `matchKey` and lets the first word carry clitic prefixes (وبالكرملين, للكرملين);
 * a name never gains the article (see `ARTICLE_KINDS`). Forms of the other language match where
 * they are in a script foreign to `lang` (Pastebin inside Arabic text).
 *
 * Cost is linear in the length of the text and independent of the size of the glossary: each word
 * starts at most a dozen clitic readings, each walking the trie for at most as many words as the
 * longest form has.
 */
export function findMatches(glossary: CompiledGlossary, text: string, lang: Lang): GlossaryMatch[] {
  const tokens = tokenize(text);
  const matches: GlossaryMatch[] = [];
  const gaps = new Array<string | undefined>(tokens.length);
  const gapBefore = (j: number): string => (gaps[j] ??= gapKey(text, tokens[j - 1].end, tokens[j].start));
  if (!glossary.root.next) return matches;

  let i = 0;
  while (i < tokens.length) {
    const best = longestFrom(tokens, i, startsOf(glossary, tokens[i]), lang, text, gapBefore);
    if (!best) {
      i++;
      continue;
    }
    const { terminal, last } = best;
    let start = tokens[i].start;
    let end = tokens[last].end;
    // Arabic prefixes written onto a Latin name (وPastebin, لـAPT28) are a word of their own to
    // the tokenizer, but belong to the name as much as those on an Arabic word do.
    const before = tokens[i - 1];
    if (
      before?.arabic &&
      !tokens[i].arabic &&
      before.end === start &&
      isProcliticOnly(before.key) &&
      (matches.length === 0 || matches[matches.length - 1].end <= before.start)
    ) {
      start = before.start;
    }
    if (terminal.lead && text.slice(start - terminal.lead.length, start) === terminal.lead)
      start -= terminal.lead.length;
    if (terminal.trail && text.startsWith(terminal.trail, end)) end += terminal.trail.length;
    matches.push({ entryId: terminal.entryId, start, end });
    i = last + 1;
  }
  return matches;
}

/**
 * The longest form that starts at word `i`, given the word's `starts` (in the order of its clitic
 * readings); among equally long ones, the one with fewest prefixes taken off.
 */
function longestFrom(
  tokens: Token[],
  i: number,
  starts: readonly Start[],
  lang: Lang,
  text: string,
  gapBefore: (j: number) => string,
): Candidate | undefined {
  const first = tokens[i];
  let best: Candidate | undefined;
  for (const reading of starts) {
    let node: TrieNode | undefined = reading.node;
    let j = i;
    while (node) {
      const terminal = node.end?.[lang];
      if (
        terminal &&
        (best === undefined || j > best.last) &&
        (!reading.article || terminal.articleOk) &&
        (!terminal.acronym || inCapitals(text, first.start, tokens[j].end))
      ) {
        best = { terminal, last: j };
      }
      if (!node.next || j + 1 >= tokens.length) break;
      node = node.next.get(gapBefore(j + 1) + EDGE_SEPARATOR + tokens[j + 1].key);
      j++;
    }
  }
  return best;
}

/** How many times each entry occurs in `text` (a text in `lang`); entries that do not occur are absent. */
export function countOccurrences(glossary: CompiledGlossary, text: string, lang: Lang): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of findMatches(glossary, text, lang))
    counts.set(match.entryId, (counts.get(match.entryId) ?? 0) + 1);
  return counts;
}
