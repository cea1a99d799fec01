/**
 * Furniture learned from the archive itself: an outlet prints the same template on every page, so
 * a short line that recurs, word for word, in several sources of one language ("Advertisement",
 * "Share this story", "اطبع نسخة", "Updated 5 minutes ago" with any number), a short label that
 * recurs before values that vary ("قد يروقك: …", "Frame: …"), or the same first words before values
 * that vary below the article, with no colon between ("License this photo from …", "وسوم الخبر …"),
 * is the site's, not an article's. No table needs to know its words.
 *
 * Prose is guarded first: a line that ends as a sentence does (news agencies repeat whole
 * background sentences across stories), a quotation, a flagged headline ("BREAKING: …") or a line
 * longer than a headline is never learned, nor is a line that stands beside the same words of
 * prose wherever it recurs (a passage copied whole, `contextOf`). The cleaner takes a learned line
 * only in a text of sentences and only at the page's edges, unless the line also stood at the edge
 * of other pages (an advertisement, a related link placed inside articles as often as below them).
 *
 * Pure: the caller gives each source's paragraphs (`sourceLines`), `learnRepeatedLines` counts
 * them over the archive, and `repeatedLine` says whether a line of one source is learned.
 */
import type { Lang } from '../types.ts';
import { foldLineText } from '../arabic/index.ts';
import { isFlaggedHeadline } from './default-furniture.ts';
import { HEADLINE_MAX } from './provenance.ts';
import { ENDS_SENTENCE, ofSentences } from './sentences.ts';
import { FUNCTION_WORDS_EN } from '../english/function-words.ts';
import { FUNCTION_WORDS_AR } from '../arabic/function-words.ts';

/** Sources a line must recur in to be learned. */
export const MIN_SOURCES = 3;
/**
 * Sources a very short line (`SHORT_WORDS` words or fewer) must recur in: two, so that an archive
 * of two pairs from one site learns its buttons. Such a line is taken only at a page's edge.
 */
export const SHORT_MIN_SOURCES = 2;
export const SHORT_WORDS = 4;
/**
 * The fewest words of a line built as a sentence of the article is (`isPlainLong`), which must
 * recur as often as a closing sentence (`CLOSING_SOURCES`) to be learned (session 22): a syndicated
 * story's unstopped turn printed by three outlets, each with its own paragraph beside it, read as a
 * template's line (`وينبغي علاج كل آلام الصدر بهذه الطريقة خاصة في عمرك`). A page's credit of that
 * length is parted by its marks (`Photo: X / Y`, `فلان، بي بي سي نيوز عربي`) and stays at three.
 */
const SENTENCE_LENGTH_WORDS = 8;
/** Marks that part a page's line (a label's colon, a dash, a bar, a slash, brackets, a comma). */
const PARTING_MARKS = /[:：|/\\()[\]،,;؛•·©–—]|\s-\s/u;

/** Whether `line` (its key `key`) is as long as a sentence and has none of a page's line's parting marks. */
const isPlainLong = (line: string, key: string) => words(key) >= SENTENCE_LENGTH_WORDS && !PARTING_MARKS.test(line);

/** How many sources a line of `key`'s length must recur in to be taken; `plain` when `isPlainLong`. */
const sourcesNeeded = (key: string, plain: boolean) =>
  words(key) <= SHORT_WORDS ? SHORT_MIN_SOURCES : plain ? CLOSING_SOURCES : MIN_SOURCES;
/** Edge placements (in distinct sources) after which a learned line is taken inside the text too. */
export const EDGE_SOURCES_ANYWHERE = 2;
/** The most words of a line that may be learned: a page's line, not a paragraph. */
const MAX_WORDS = 12;
/** The most words of a label before its value. */
const LABEL_WORDS = 3;
/** The most leading words of a line learned as its template's fixed part. */
const LEAD_WORDS = 3;
/**
 * Sources a closing sentence must recur in, word for word, always among the last lines: more than
 * a template's line, since a sentence may be an article's (an agency's background line).
 */
export const CLOSING_SOURCES = 5;
/** The last lines of a page where its standing sentences are looked for. */
const CLOSING_LINES = 8;
/** The most paragraphs of prose that may stand below a closing sentence (other standing sentences). */
const CLOSING_AFTER = 2;
/** The longest closing sentence, in characters: a note, not a paragraph. */
const CLOSING_MAX = 320;
/** A paragraph of the article: this many words or more, ending as a sentence. */
const BODY_WORDS = 11;

const QUOTED = /^["“”«'‘„]/u;
const EXCLAIMED = /!\s*$/u;
/** `<label>: <value>`, `<label> – <value>`, `<label> › <value>`: a label without punctuation of its own. */
const LABELLED = /^(?<label>[^\p{P}\p{S}]+?)\s*(?:[:：]|\s[-–—|›»~]\s?)\s*(?<value>\S.*)$/u;

/** What one source contributes: the keys of its lines that may be learned, and of those at its edges. */
export interface SourceLines {
  lang: Lang;
  /** Keys of whole lines (`lineKey`), each once, with the context it stood in (`contextOf`). */
  lines: [key: string, context: string][];
  /** Keys of labels, each with the key of one value it had in this source and the line's context. */
  labels: [label: string, value: string, context: string][];
  /** Keys of lines and labels in the page's edge zone: above its first paragraph of prose, below its last. */
  edge: string[];
  /**
   * The first one to `LEAD_WORDS` words of each line below the article's last paragraph that has
   * more words after them, with a hash of what follows and the line's context: a template's fixed
   * words before its values, where no colon sets them apart ("License this photo from …", "Topics …").
   */
  leads: [lead: string, rest: string, context: string][];
  /**
   * Keys of sentences among the page's last lines, below all but `CLOSING_AFTER` of its paragraphs
   * and printed nowhere else in it, with their contexts: where an outlet prints its standing
   * sentences ("This article was originally written in German.", an editor's note on syndication).
   */
  closing: [key: string, context: string][];
  /**
   * With `closing`, the story's marks: the sentences of the article's paragraphs, hashed. Pages
   * that share them are copies of one story, whose last sentence is no standing one.
   */
  story?: string[];
  /** Keys of lines built as a sentence is (`isPlainLong`), which must recur more to be learned. */
  plain?: string[];
}

/** How often a key recurs in the archive: in how many sources, and in how many at the page's edge. */
export interface Recurrence {
  sources: number;
  edge: number;
  /** In how many different contexts (the prose above and below it). */
  contexts: number;
}

/** What was learned, per language: whole lines, and labels (with the distinct values seen after them). */
export interface LearnedLines {
  lines: Record<Lang, Map<string, Recurrence>>;
  labels: Record<Lang, Map<string, Recurrence & { values: number }>>;
  /** Leading words of lines below articles, with the distinct rests seen after them. */
  leads: Record<Lang, Map<string, Recurrence & { values: number }>>;
  /** Sentences that close the pages that print them. */
  closing: Record<Lang, Map<string, Recurrence>>;
}

/** A line of a source that the archive teaches is furniture. */
export interface RepeatedHit {
  /** The whole line's key, or the label's. */
  key: string;
  /** Whether it is the label (with a varying value after it) that recurs. */
  label: boolean;
  /** In how many sources of its language it recurs. */
  sources: number;
  /** Whether it may be taken inside the text, not only at its edges. */
  anywhere: boolean;
  /** For a label: what follows it in this line, as written. */
  value?: string;
  /** A standing sentence: furniture only where it closes the page (`closesPage`). */
  closing?: boolean;
}

/**
 * The comparison key of a line: folded (case, harakat, alef and hamza forms), every run of digits
 * in any script as one `0`, punctuation, symbols and spacing as one space.
 */
export function lineKey(text: string): string {
  return foldLineText(text)
    .toLowerCase()
    .replace(/\p{Nd}+/gu, '0')
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
}

const words = (key: string) => (key === '' ? 0 : key.split(' ').length);

/**
 * Whether a line may be learned at all: short, with letters, not ending as a sentence, not a
 * quotation, not a flagged headline. A line of a very few words may end on an exclamation mark: a button's
 * state or a greeting ("Link copied!", "Thanks for reading!", "تم النسخ!") is no agency's sentence,
 * but a short one ending on a full stop may be the story's ("No one was hurt.", "لم يصب أحد.").
 */
function mayBeTemplate(text: string, lang: Lang): boolean {
  const line = text.trim();
  return (
    [...line].length <= HEADLINE_MAX &&
    /\p{L}/u.test(line) &&
    (!ENDS_SENTENCE.test(line) || (EXCLAIMED.test(line) && words(lineKey(line)) <= SHORT_WORDS)) &&
    !QUOTED.test(line) &&
    // A line that introduces what follows ("These include prompt cards for:") is the text's.
    !(/[:：]$/u.test(line) && words(lineKey(line)) > LABEL_WORDS) &&
    words(lineKey(line)) <= MAX_WORDS &&
    !isFlaggedHeadline(line, lang)
  );
}

/** The label and value of a labelled line, as keys; undefined when it has none of 1–3 words. */
function labelOf(text: string): { label: string; value: string; written: string } | undefined {
  const match = LABELLED.exec(text.trim());
  if (!match?.groups) return undefined;
  const label = lineKey(match.groups.label);
  const value = lineKey(match.groups.value);
  if (words(label) < 1 || words(label) > LABEL_WORDS || value === '' || QUOTED.test(match.groups.value))
    return undefined;
  return { label, value, written: match.groups.value.trim() };
}

/**
 * The context of line `i`: the words of the nearest lines above and below it that cannot be a
 * template's (the article's sentences), hashed; above the article only those below it, below the
 * article only those above (the page's other furniture around it says nothing). A page's template
 * line stands beside a different article on each page; a line of a passage copied whole (a
 * background paragraph, a list, a transcript, a headline reused across stories) stands beside the
 * same words each time, and is not learned.
 */
function contextOf(
  paragraphs: readonly string[],
  template: readonly boolean[],
  i: number,
  side: 'above' | 'below' | 'both',
): string {
  let above = i - 1;
  while (above >= 0 && template[above]) above--;
  let below = i + 1;
  while (below < paragraphs.length && template[below]) below++;
  // The words next to the line, not whole lines: a copy may join or split the paragraphs around it.
  const before =
    side === 'below'
      ? ''
      : lineKey(paragraphs[above] ?? '')
          .split(' ')
          .slice(-CONTEXT_WORDS)
          .join(' ');
  const after =
    side === 'above'
      ? ''
      : lineKey(paragraphs[below] ?? '')
          .split(' ')
          .slice(0, CONTEXT_WORDS)
          .join(' ');
  return hash(`${before}\n${after}`);
}

/** Words of the prose on either side of a line that make its context. */
const CONTEXT_WORDS = 4;

/** FNV-1a, 32 bits, in base 36: short keys for contexts compared only for equality. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** Function words of both languages as line keys: a lead of these alone ("This", "هذا", "More on") opens prose as often as a template. */
const FUNCTION_KEYS = new Set([...FUNCTION_WORDS_EN, ...FUNCTION_WORDS_AR].map(lineKey));
/** A word of a lead that names something: letters, not a function word, with or without `و`/`ف`. */
const isContentWord = (word: string) =>
  /\p{L}/u.test(word) && !FUNCTION_KEYS.has(word) && !(/^[وف]./u.test(word) && FUNCTION_KEYS.has(word.slice(1)));

/**
 * A line's key cut after each of its first `LEAD_WORDS` words, when words are left after the cut
 * and the cut-off part has a word that names something.
 */
function leadsOf(key: string): [lead: string, rest: string][] {
  const all = key === '' ? [] : key.split(' ');
  const out: [string, string][] = [];
  for (let k = 1; k <= LEAD_WORDS && k < all.length; k++) {
    const lead = all.slice(0, k);
    if (lead.some(isContentWord)) out.push([lead.join(' '), all.slice(k).join(' ')]);
  }
  return out;
}

/** Whether a paragraph is one of the article's: long and ending as a sentence. */
const isBody = (text: string) => ENDS_SENTENCE.test(text.trim()) && text.trim().split(/\s+/u).length >= BODY_WORDS;

/** What a source's paragraphs contribute to learning. */
export function sourceLines(paragraphs: readonly string[], lang: Lang): SourceLines {
  const first = paragraphs.findIndex(isBody);
  let last = paragraphs.length - 1;
  while (last >= 0 && !isBody(paragraphs[last])) last--;
  const lines = new Map<string, string>();
  const labels = new Map<string, [string, string]>();
  const edge = new Set<string>();
  const leads = new Map<string, [string, string]>();
  const plain = new Set<string>();
  const template = paragraphs.map((text) => mayBeTemplate(text, lang));
  // Not a transcript, whose long turns end without a stop (a text with no long line is not one).
  const stopped = ofSentences(paragraphs) !== false;
  const closing = first === -1 || !stopped ? [] : closingSentences(paragraphs, template);
  paragraphs.forEach((text, i) => {
    if (!template[i]) return;
    const key = lineKey(text);
    const labelled = labelOf(text);
    const side = first === -1 ? 'both' : i < first ? 'below' : i > last ? 'above' : 'both';
    const context = contextOf(paragraphs, template, i, side);
    if (!lines.has(key)) lines.set(key, context);
    if (isPlainLong(text, key)) plain.add(key);
    if (labelled && !labels.has(labelled.label)) labels.set(labelled.label, [labelled.value, context]);
    // A page with no paragraph of prose has no edges to speak of.
    if (first !== -1 && (i < first || i > last)) {
      edge.add(key);
      if (labelled) edge.add(`${labelled.label}:`);
    }
    // Below the article only: above it stands the headline, and headlines share their first words.
    // Not in a transcript, whose questions open alike ("هل تشعر …") below its last stopped line.
    if (first !== -1 && i > last && stopped) {
      // What follows is only counted (distinct or not), so its hash stands for it in the cache.
      for (const [lead, rest] of leadsOf(key)) if (!leads.has(lead)) leads.set(lead, [hash(rest), context]);
    }
  });
  return {
    lang,
    lines: [...lines],
    labels: [...labels].map(([label, [value, context]]) => [label, value, context]),
    edge: [...edge],
    leads: [...leads].map(([lead, [rest, context]]) => [lead, rest, context]),
    closing,
    ...(closing.length > 0 || plain.size > 0 ? { story: storyMarks(paragraphs, plain) } : {}),
    ...(plain.size > 0 ? { plain: [...plain] } : {}),
  };
}

/** A line that may be a standing sentence: not a template's, with letters, not quoted, short of a paragraph. */
const mayBeClosing = (text: string, template: boolean) =>
  !template && [...text.trim()].length <= CLOSING_MAX && /\p{L}/u.test(text) && !QUOTED.test(text.trim());

/**
 * Whether line `i` of `paragraphs` stands where a page's standing sentences do: below a paragraph
 * of the article and above at most `CLOSING_AFTER` of them, among the last `CLOSING_LINES` lines.
 * Once the archive has said which sentences stand (`standing`), only they may stand below it: a
 * sentence of the article that recurs (an agency's background line, a quote) has the article's
 * paragraphs below it on some page, and there it is the article's.
 */
export function closesPage(paragraphs: readonly string[], i: number, standing?: (j: number) => boolean): boolean {
  if (i < paragraphs.length - CLOSING_LINES || !paragraphs.slice(0, i).some(isBody)) return false;
  const below = paragraphs.slice(i + 1).filter((text, k) => isBody(text) && !standing?.(i + 1 + k)).length;
  return below <= (standing ? 0 : CLOSING_AFTER);
}

/** The fewest words of a sentence that marks its story: fewer, and two stories may share it. */
const MARK_WORDS = 6;
/** The most marks kept of a page. */
const MARKS = 40;

/**
 * A page's story marks (`SourceLines.story`): its lines built as sentences (`plain`) and the
 * sentences of its body paragraphs, whole (a copy may join or split paragraphs, not sentences).
 */
function storyMarks(paragraphs: readonly string[], plain: ReadonlySet<string>): string[] {
  const marks = new Set<string>();
  // A transcript's or a list's long unstopped lines mark its story as its sentences do.
  for (const key of plain) if (marks.size < MARKS) marks.add(hash(key));
  for (const text of paragraphs) {
    if (!isBody(text)) continue;
    for (const sentence of text.split(/(?<=[.!?؟])\s+/u)) {
      const key = lineKey(sentence);
      if (words(key) >= MARK_WORDS) marks.add(hash(key));
      if (marks.size >= MARKS) return [...marks];
    }
  }
  return [...marks];
}

/** The sentences that close a page (`SourceLines.closing`), with their contexts. */
function closingSentences(paragraphs: readonly string[], template: readonly boolean[]): [string, string][] {
  const found: number[] = [];
  for (let i = Math.max(0, paragraphs.length - CLOSING_LINES); i < paragraphs.length; i++)
    if (mayBeClosing(paragraphs[i], template[i]) && closesPage(paragraphs, i)) found.push(i);
  if (found.length === 0) return [];
  const keys = new Map(found.map((i) => [i, lineKey(paragraphs[i])]));
  /** How often each key stands in the page: a sentence printed twice is the article's (a quote repeated). */
  const times = new Map<string, number>();
  const lengths = found.map((i) => paragraphs[i].length);
  for (const text of paragraphs) {
    // Only a line of about the same length may fold to the same key: the article's long paragraphs are not folded.
    if (!lengths.some((length) => Math.abs(length - text.length) <= length / 4)) continue;
    const key = lineKey(text);
    times.set(key, (times.get(key) ?? 0) + 1);
  }
  // The context is the nearest paragraph of prose above, over any shorter line: a story filed by
  // several outlets (a wire's) ends with the same sentence below the same paragraph each time,
  // whatever furniture each outlet puts between them, and a block of sentences copied whole below
  // each story (a background passage) stands beside the same words too.
  const notBody = paragraphs.map((text) => !isBody(text));
  return found.flatMap((i) => {
    const key = keys.get(i) ?? '';
    return key === '' || (times.get(key) ?? 0) > 1
      ? []
      : [[key, contextOf(paragraphs, notBody, i, 'above')] as [string, string]];
  });
}

/** Counts the sources' lines and labels over the archive. */
export function learnRepeatedLines(sources: readonly SourceLines[]): LearnedLines {
  const learned: LearnedLines = {
    lines: { en: new Map(), ar: new Map() },
    labels: { en: new Map(), ar: new Map() },
    leads: { en: new Map(), ar: new Map() },
    closing: { en: new Map(), ar: new Map() },
  };
  const seen = { en: new Map<string, Set<string>>(), ar: new Map<string, Set<string>>() };
  /** Counts one source's line or label (`id`) in `table`; `distinct` gathers its contexts and values. */
  const count = <T extends Recurrence>(table: Map<string, T>, id: string, edge: boolean, fresh: () => T) => {
    const entry = table.get(id) ?? fresh();
    entry.sources++;
    if (edge) entry.edge++;
    table.set(id, entry);
  };
  const distinct = (lang: Lang, id: string, value: string) => {
    const set = seen[lang].get(id) ?? new Set<string>();
    set.add(value);
    seen[lang].set(id, set);
  };
  for (const source of sources) {
    const edge = new Set(source.edge);
    for (const [key, context] of source.lines) {
      count(learned.lines[source.lang], key, edge.has(key), () => ({ sources: 0, edge: 0, contexts: 0 }));
      distinct(source.lang, `c\0${key}`, context);
    }
    for (const [label, value, context] of source.labels) {
      count(learned.labels[source.lang], label, edge.has(`${label}:`), () => ({
        sources: 0,
        edge: 0,
        contexts: 0,
        values: 0,
      }));
      distinct(source.lang, `b\0${label}`, context);
      distinct(source.lang, `v\0${label}`, value);
    }
    for (const [lead, rest, context] of source.leads) {
      count(learned.leads[source.lang], lead, true, () => ({ sources: 0, edge: 0, contexts: 0, values: 0 }));
      distinct(source.lang, `l\0${lead}`, context);
      distinct(source.lang, `r\0${lead}`, rest);
    }
    for (const [key, context] of source.closing) {
      count(learned.closing[source.lang], key, true, () => ({ sources: 0, edge: 0, contexts: 0 }));
      distinct(source.lang, `s\0${key}`, context);
    }
  }
  const closed = storiesClosed(sources, learned.closing);
  // Session 23: a line built as a sentence recurs as a template's only over different stories, as a
  // closing sentence must; on copies of one story (a wire's, syndicated by many outlets, each with
  // its own lines beside it, so its contexts vary) it is the story's.
  const told = storiesClosed(sources, learned.lines, (source) => source.plain ?? []);
  for (const lang of ['en', 'ar'] as const) {
    const size = (id: string) => seen[lang].get(id)?.size ?? 0;
    // Only what recurs, in contexts as varied as its sources, is kept: the rest would make the
    // tables as large as the archive, and a passage copied whole is the article's.
    for (const [key, entry] of learned.lines[lang]) {
      entry.contexts = size(`c\0${key}`);
      const story = told.get(`${lang}\0${key}`);
      const copied = story !== undefined && (story.stories < MIN_SOURCES || story.stories * 2 < story.pages);
      if (entry.sources < SHORT_MIN_SOURCES || !varied(entry) || copied) learned.lines[lang].delete(key);
    }
    for (const [label, entry] of learned.labels[lang]) {
      entry.contexts = size(`b\0${label}`);
      entry.values = size(`v\0${label}`);
      if (entry.sources < MIN_SOURCES || entry.values < 2 || !varied(entry)) learned.labels[lang].delete(label);
    }
    for (const [lead, entry] of learned.leads[lang]) {
      entry.contexts = size(`l\0${lead}`);
      entry.values = size(`r\0${lead}`);
      if (entry.sources < MIN_SOURCES || entry.values < 2 || !varied(entry)) learned.leads[lang].delete(lead);
    }
    for (const [key, entry] of learned.closing[lang]) {
      entry.contexts = size(`s\0${key}`);
      // Three stories at least, and no more copies than stories: an outlet's sentence closes its stories.
      const { stories = 0, pages = 0 } = closed.get(`${lang}\0${key}`) ?? {};
      if (entry.sources < CLOSING_SOURCES || stories < MIN_SOURCES || stories * 2 < pages || !varied(entry))
        learned.closing[lang].delete(key);
    }
  }
  return learned;
}

/** The most pages of a closing sentence whose stories are compared: a sample bounds the marks kept. */
const STORY_PAGES = 256;

/**
 * For each sentence closing enough pages to be learned, how many stories it closes among the pages
 * compared (up to `STORY_PAGES`): a page that shares two of its story's marks with an earlier one
 * closed so is a copy of that story (a wire's, syndicated, a page saved twice), not another story
 * the outlet closes alike. Only such sentences keep marks: most pages' closing lines recur nowhere.
 */
function storiesClosed(
  sources: readonly SourceLines[],
  closing: LearnedLines['closing'],
  keysOf: (source: SourceLines) => readonly string[] = (source) => source.closing.map(([key]) => key),
): Map<string, { stories: number; pages: number; marks: Set<string> }> {
  const out = new Map<string, { stories: number; pages: number; marks: Set<string> }>();
  for (const source of sources)
    for (const key of keysOf(source)) {
      if ((closing[source.lang].get(key)?.sources ?? 0) < CLOSING_SOURCES) continue;
      const id = `${source.lang}\0${key}`;
      const entry = out.get(id) ?? { stories: 0, pages: 0, marks: new Set<string>() };
      out.set(id, entry);
      if (entry.pages >= STORY_PAGES) continue;
      entry.pages++;
      // The sentence itself is among its page's marks: only the story's other sentences count.
      const own = hash(key);
      const story = (source.story ?? []).filter((mark) => mark !== own);
      if (story.filter((mark) => entry.marks.has(mark)).length < 2) entry.stories++;
      for (const mark of story) entry.marks.add(mark);
    }
  return out;
}

/** A template's line stands in a different context on most pages that print it. */
const varied = (entry: Recurrence) => entry.contexts >= SHORT_MIN_SOURCES && entry.contexts * 4 >= entry.sources * 3;

/** Whether `line` of a source in `lang` is a line the archive repeats (`learned`), and how. */
export function repeatedLine(line: string, lang: Lang, learned: LearnedLines): RepeatedHit | undefined {
  if (!mayBeTemplate(line, lang)) return closingHit(line, lang, learned);
  const key = lineKey(line);
  const whole = learned.lines[lang].get(key);
  if (whole && whole.sources >= sourcesNeeded(key, isPlainLong(line, key))) {
    return {
      key,
      label: false,
      sources: whole.sources,
      anywhere: whole.sources >= MIN_SOURCES && whole.edge >= EDGE_SOURCES_ANYWHERE,
    };
  }
  const labelled = labelOf(line);
  const label = labelled && learned.labels[lang].get(labelled.label);
  if (!labelled || !label) return leadHit(key, lang, learned);
  return {
    key: labelled.label,
    label: true,
    sources: label.sources,
    anywhere: label.edge >= EDGE_SOURCES_ANYWHERE,
    value: labelled.written,
  };
}

/**
 * A line whose first words other pages print below their articles before words that vary. Taken
 * inside the text too, as a label other pages print at their edges is: every source that taught
 * the lead printed it at an edge (an advertiser's or picture desk's line placed between paragraphs
 * as often as below them). The line itself must still be a template's (`mayBeTemplate`).
 */
function leadHit(key: string, lang: Lang, learned: LearnedLines): RepeatedHit | undefined {
  for (const [lead] of leadsOf(key)) {
    const entry = learned.leads[lang].get(lead);
    if (entry) return { key: lead, label: false, sources: entry.sources, anywhere: true };
  }
  return undefined;
}

/**
 * A sentence other pages close with: taken only in the page's closing run (`anywhere: false`), so
 * that the same words inside an article, above a paragraph of its own, stay.
 */
function closingHit(line: string, lang: Lang, learned: LearnedLines): RepeatedHit | undefined {
  if (!mayBeClosing(line, false) || isFlaggedHeadline(line, lang)) return undefined;
  const key = lineKey(line);
  const entry = learned.closing[lang].get(key);
  return entry && { key, label: false, sources: entry.sources, anywhere: false, closing: true };
}

/**
 * What of `learned` a source's lines depend on, as a string for a cache key: each of its lines and
 * labels that is learned, and whether it may be taken inside the text. Not the counts themselves,
 * which change with every source added and are filled in afresh (`repeatCount`).
 */
export function learnedSignature(source: SourceLines, learned: LearnedLines): string {
  const out: string[] = [];
  const plain = new Set(source.plain);
  for (const [key] of source.lines) {
    const whole = learned.lines[source.lang].get(key);
    if (!whole) continue;
    if (whole.sources < sourcesNeeded(key, plain.has(key))) continue;
    out.push(`l${whole.sources >= MIN_SOURCES && whole.edge >= EDGE_SOURCES_ANYWHERE ? '*' : ''}\0${key}`);
  }
  for (const [key] of source.labels) {
    const label = learned.labels[source.lang].get(key);
    if (label) out.push(`b${label.edge >= EDGE_SOURCES_ANYWHERE ? '*' : ''}\0${key}`);
  }
  for (const [key] of source.lines) {
    const lead = leadHit(key, source.lang, learned);
    if (lead) out.push(`p\0${lead.key}`);
  }
  for (const [key] of source.closing) if (learned.closing[source.lang].has(key)) out.push(`s\0${key}`);
  return out.sort().join('\n');
}

/** In how many sources a line the cleaner took as repeated recurs now (0 when it no longer does). */
export function repeatCount(line: string, lang: Lang, learned: LearnedLines): number {
  return repeatedLine(line, lang, learned)?.sources ?? 0;
}
