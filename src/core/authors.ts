/**
 * The people a byline names. "Sarah Whitcombe and Yonas Bekele" is two authors, each with a page
 * of their own in the archive, a `dc:creator` in the book and an `author` in the JSON-LD; "Johnson
 * & Johnson" or "Médecins Sans Frontières" is one. No list of names or organisations decides it,
 * only the shape of the parts: a byline is split at its separators (`,` `،` `;` `؛` "and" `&`, and
 * the Arabic conjunction و written joined to the next name) only when every part reads as a
 * person's name — two to four words, each capitalised or a name's particle (de, van, bin…) in
 * Latin script, no particle of a clause in Arabic, no digits, no word of a desk, a credit or an
 * outlet ("Staff Writer", "مراسل الجزيرة", "BBC News", "وكالة الأنباء") — and only when a
 * conjunction joins them ("Jane Doe, Associated Press" is a writer and her outlet). A part of one
 * word ("Johnson", "Reuters") is not a person's full name, so a byline with one stays whole. A
 * byline's label ("By", "بقلم") is not part of the first name.
 */
import { foldLineText } from './arabic/index.ts';
import { looksLikeName } from './ingest/default-furniture.ts';
import { LABELS } from './ingest/furniture-labels.ts';
import { escapeRegExp } from './regexp.ts';
import { perLang } from './lang.ts';
import type { Lang } from './types.ts';

/** One author in a byline: the name, and where it stands in the byline (for linking it in place). */
export interface BylineName {
  name: string;
  start: number;
  end: number;
}

/** The separators between the names of a list, Latin or Arabic (an Oxford comma included). */
const SEPARATOR = /\s*(?:[,،;؛]\s*(?:(?:and|&|و)\s+)?|\s(?:and|&|و)\s)\s*/giu;

/** A word of an Arabic part that may be a name joined to و: و and at least two letters. */
const JOINED_WA = /^و\p{Script=Arabic}{2,}/u;

const MAX_WORDS = 4;

/** A conjunction between names, spaced or (Arabic) joined to the next name. */
const CONJUNCTION = /(?:^|\s)(?:and|&|و)(?:\s|$)/iu;

/** Each language's words that name no person: desks, credits and outlets, folded. */
const NOT_A_PERSON = perLang(
  (lang) =>
    new Set(
      [...LABELS[lang].desks, ...LABELS[lang].credits, ...LABELS[lang].outlets].flatMap((w) =>
        foldLineText(w).split(/\s+/u),
      ),
    ),
);

/** A byline's label at its start ("By ", "Written by", "بقلم", "كتب:"), with what follows it. */
const LABEL = perLang(
  (lang) =>
    new RegExp(
      `^\\s*(?:${[...new Set(LABELS[lang].labels.byline.map((l) => l.replace(/:$/u, '')))]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|')})(?=[\\s:]|$)[\\s:]*`,
      'iu',
    ),
);

/** The words of `text` with their offsets. */
function wordsOf(text: string, offset: number): BylineName[] {
  return [...text.matchAll(/\S+/gu)].map((m) => ({
    name: m[0],
    start: offset + m.index,
    end: offset + m.index + m[0].length,
  }));
}

const span = (words: readonly BylineName[], byline: string): BylineName => {
  const start = words[0].start;
  const end = words[words.length - 1].end;
  return { name: byline.slice(start, end), start, end };
};

/**
 * Whether `name` has the shape of a person's name: two to four words, each capitalised or a name's
 * particle (Latin script) or not a clause's particle (Arabic), no digits, no "and" or "&". "The
 * Editorial Board" has it too: shape cannot tell every organisation from a person.
 */
export function personShaped(name: string): boolean {
  const count = name.split(/\s+/u).length;
  if (count < 2 || count > MAX_WORDS || /[\p{N}&]|\sand\s/iu.test(name)) return false;
  const lang: Lang = /\p{Script=Arabic}/u.test(name) ? 'ar' : 'en';
  if (
    foldLineText(name)
      .split(/\s+/u)
      .some((word) => NOT_A_PERSON[lang].has(word))
  )
    return false;
  return looksLikeName(name, lang, MAX_WORDS);
}

/**
 * An Arabic part split at the و that opens a later name ("سارة وايتكومب ويوناس بيكيلي"), each
 * name at least two words: from the left, a و-word begins a new name when the name before it and
 * the rest after it have two words or more. Undefined when no such split exists.
 */
function splitAtWa(words: readonly BylineName[], byline: string): BylineName[] | undefined {
  const starts: number[] = [0];
  for (let i = 2; i <= words.length - 2; i++) {
    if (i - starts[starts.length - 1] >= 2 && JOINED_WA.test(words[i].name)) starts.push(i);
  }
  if (starts.length === 1) return undefined;
  return starts.map((from, k) => {
    const name = span(words.slice(from, starts[k + 1] ?? words.length), byline);
    // A later name starts after its و.
    return k === 0 ? name : { name: name.name.slice(1), start: name.start + 1, end: name.end };
  });
}

/** The authors a byline (`author:` as given, or as a byline line gave it) names, in order. */
export function bylineNames(byline: string): BylineName[] {
  if (byline.trim() === '') return [];
  const label = LABEL[/\p{Script=Arabic}/u.test(byline) ? 'ar' : 'en'].exec(byline)?.[0].length ?? 0;
  const whole = byline.slice(label).trim() || byline.trim();
  const offset = byline.indexOf(whole, whole === byline.trim() ? 0 : label);
  const single = [{ name: whole, start: offset, end: offset + whole.length }];
  const parts: BylineName[] = [];
  let last = label;
  let joined = false;
  for (const m of byline.slice(label).matchAll(SEPARATOR)) {
    m.index += label;
    if (CONJUNCTION.test(m[0])) joined = true;
    const text = byline.slice(last, m.index);
    if (text.trim() !== '') parts.push(span(wordsOf(text, last), byline));
    last = m.index + m[0].length;
  }
  if (byline.slice(last).trim() !== '') parts.push(span(wordsOf(byline.slice(last), last), byline));
  const names = parts.flatMap((part) => {
    const words = wordsOf(part.name, part.start);
    const split = /\p{Script=Arabic}/u.test(part.name) && words.length >= 4 ? splitAtWa(words, byline) : undefined;
    if (split) joined = true;
    return split ?? [part];
  });
  if (names.length < 2 || !joined || !names.every((n) => personShaped(n.name))) return single;
  return names;
}

/** The names of the authors of a byline. */
export const authorNames = (byline: string | undefined): string[] =>
  byline === undefined ? [] : bylineNames(byline).map((n) => n.name);
