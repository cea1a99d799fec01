/**
 * Cleaning a scraped text: a second copy of the article and page furniture come out of the reading
 * text, and every line taken out is recorded with why, so that nothing is lost.
 *
 * Three passes over the paragraphs:
 * 1. recognise furniture candidates (and the short lines that continue them);
 * 2. take out repeats: a later copy of the article from its first paragraph on, or a long
 *    paragraph that immediately repeats the one before;
 * 3. take out furniture: any candidate in the run of furniture that begins or ends what is left
 *    (the run at the start may pass over one headline: pages print the byline and the date under
 *    it), and `anywhere` candidates wherever they are.
 * Repeats come first so that furniture at the end of a first copy ends up at the edge.
 */
import type { Lang, Paragraph, Removal } from '../types.ts';
import { foldLineText } from '../arabic/index.ts';
import { HEADLINE_MAX, headlineCandidate } from './provenance.ts';
import {
  matchFurniture,
  PROVIDES_OF_KIND,
  type CleaningRules,
  type FurnitureMatch,
  type FurniturePattern,
} from './furniture.ts';
import type { FurnitureKind } from './furniture-labels.ts';
import { creditShape, isStoppedShortLine, likelyCredit } from './title-shapes.ts';
import { isFlaggedHeadline } from './default-furniture.ts';
import { listsUnderHeadings, sectionLabels } from './page-blocks.ts';
import { siteTalkLine, type SiteTalkLine } from './site-talk.ts';
import { closesPage, type RepeatedHit } from './repeated-lines.ts';
import { isMarkedPageLine, isOffStoryLine, isPictureLine, nonProseLines, openingKeys } from './non-prose.ts';
import { ENDS_SENTENCE, LONG_LINE_WORDS, ofSentences } from './sentences.ts';

/** Furniture taken out of a text as one unit: a line and the lines that continue it. */
export interface FurnitureHit {
  pattern: FurniturePattern;
  lines: Paragraph[];
  /** The value of the pattern, carried over onto continuation lines when the first line is open. */
  value?: string;
}

/** A remark on the cleaning of one line, for the editor (e.g. a repeat that was kept). */
export interface CleaningNote {
  line: number;
  message: string;
}

export interface CleanResult {
  /** The reading text. */
  paragraphs: Paragraph[];
  /** Everything taken out, in source order. */
  removed: Removal[];
  /** The furniture taken out, in source order, for provenance. */
  furniture: FurnitureHit[];
  notes: CleaningNote[];
}

/** A line that continues furniture is short: an outlet's or a photographer's name, not a sentence. */
const CONTINUATION_MAX = 80;
const CONTINUATION_WORDS = 8;

/** A repeated run counts as a second copy of the article only when it carries this much text. */
const ARTICLE_MIN_CHARS = 200;

/** Repeats shorter than this many words are common in prose ("Yes.") and not worth a note. */
const NOTE_MIN_WORDS = 4;

/**
 * A paragraph that repeats the one before it is a scraping slip when it is this long; shorter
 * lines repeat on purpose in songs and poems (unless the line is the text's first).
 */
const REPEAT_MIN_WORDS = 8;

const isContinuation = (text: string) =>
  text.length <= CONTINUATION_MAX && text.split(/\s+/u).length <= CONTINUATION_WORDS;

/** Whether each BMP character is punctuation, a symbol or a space (0 until first met, then 1 or 2). */
const DROPPED = new Uint8Array(0x10000);

/**
 * The comparison key of a paragraph already folded (`foldLineText`): without punctuation or
 * symbols, so that two copies of a paragraph compare equal even when one page set its quotes or
 * spacing differently.
 */
export function keyOfFolded(folded: string): string {
  let out = '';
  let afterSpace = true;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    const dropped = (DROPPED[code] ||= /[\p{P}\p{S}\s]/u.test(folded[i]) ? 2 : 1) === 2;
    if (dropped) {
      if (!afterSpace) out += ' ';
      afterSpace = true;
    } else {
      out += folded[i];
      afterSpace = false;
    }
  }
  return afterSpace ? out.slice(0, -1) : out;
}

/** A short line without a full stop: what a headline looks like. */
const looksLikeHeadline = (text: string) =>
  [...text].length <= HEADLINE_MAX && !/[.!?؟…:,،]["”’»)\]]*$/u.test(text) && /\p{L}/u.test(text);

const wordCount = (key: string) => (key === '' ? 0 : key.split(' ').length);

/**
 * Short lines an edge run of furniture may pass over: the headline, and chrome no pattern knows
 * ("Copy link", a section's name). They stay in the text; the furniture beyond them goes.
 */
const EDGE_SKIPS = 3;

/** A line that starts with a short label and a colon. */
const LABELLED = /^[^:]{1,30}:\s/u;

/**
 * The furniture lines of the run that opens `order` (the text's indices, in reading order or
 * reversed): furniture, and between furniture lines at most `EDGE_SKIPS` short lines, never a
 * paragraph of prose.
 */
function edgeRun(
  order: readonly number[],
  texts: readonly string[],
  isFurniture: (i: number) => boolean,
  isShort: (i: number) => boolean,
) {
  const run: number[] = [];
  /** The short lines passed over, each with furniture beyond it. */
  const passed: number[] = [];
  let skipped = 0;
  for (const [k, i] of order.entries()) {
    if (isFurniture(i)) {
      run.push(i);
      continue;
    }
    if (!isShort(i) || ++skipped > EDGE_SKIPS) break;
    // A labelled line no pattern knows ("To: All staff") is the document's own header, and the
    // lines beyond it are too.
    if (skipped > 1 && LABELLED.test(texts[i])) break;
    // Passed over only when more furniture follows before the prose.
    const next = order.slice(k + 1).find((j) => isFurniture(j) || !isShort(j));
    if (next === undefined || !isFurniture(next)) break;
    passed.push(i);
  }
  return { run, passed };
}

/**
 * A short line among the furniture that ends a page, below the last paragraph of the article
 * ("Copy link", "Have your say"): the page's own buttons, which no pattern names.
 */
const CHROME_WORDS = 5;
const TAIL_CHROME: FurniturePattern = {
  name: 'page-chrome-at-end',
  lang: 'any',
  where: 'edge',
  maxLength: HEADLINE_MAX,
  kind: 'navigation',
  joinNext: false,
  regex: /(?!)/u,
  origin: 'built-in',
};

/** The most words of a line taken for furniture by where it stands alone: a short line. */
const CLUSTER_WORDS = LONG_LINE_WORDS;
const EDGE_CLUSTER: FurniturePattern = { ...TAIL_CHROME, name: 'short-line-beside-furniture' };
/** A line that is not prose by its shape, where it stands (`non-prose.ts`). */
const NON_PROSE: FurniturePattern = { ...TAIL_CHROME, name: 'non-prose' };

/**
 * Short lines that stand between two furniture lines at the article's edges (above its first
 * paragraph of prose or below its last): pages cluster their furniture there, and a short line
 * inside such a cluster is the page's (a button, a credit, a prompt) whatever its words. The
 * headline candidate stays, whatever surrounds it; so does a line beside a paragraph of the text
 * (a short first or last line of an article looks like a page's prompt), a line beside furniture
 * that also stands inside articles (an advertisement), and any line of a text that is not one of
 * sentences (a transcript, a list).
 */
function besideEdgeFurniture(
  paragraphs: readonly Paragraph[],
  lang: Lang,
  left: readonly number[],
  texts: readonly string[],
  isFurniture: (i: number) => boolean,
  atTheEdge: (i: number) => boolean,
  isShort: (i: number) => boolean,
): number[] {
  const isProse = (i: number) => !isFurniture(i) && !isShort(i);
  const words = (i: number) => texts[i].split(/\s+/u).length;
  const first = left.findIndex(isProse);
  if (first === -1) return [];
  let last = left.length - 1;
  while (!isProse(left[last])) last--;
  // Only in a text of sentences: in a transcript or a list, short lines are the text's own.
  if (ofSentences(left.filter((i) => !isFurniture(i)).map((i) => texts[i])) !== true) return [];
  // A line that starts in lower case goes on a sentence of the text.
  const fits = (i: number) =>
    !isFurniture(i) && isShort(i) && words(i) <= CLUSTER_WORDS && !/^\P{L}*\p{Ll}/u.test(texts[i]);
  // Furniture that also stands inside articles (an advertisement) marks no edge.
  const between = (cluster: readonly number[]) =>
    cluster.filter((i, k) => fits(i) && k > 0 && atTheEdge(cluster[k - 1]) && atTheEdge(cluster[k + 1] ?? -1));
  const head = left.slice(0, first);
  const headlines = new Set(headlineLines(paragraphs, lang, left, isFurniture));
  return [...between(head).filter((i) => !headlines.has(i)), ...between(left.slice(last + 1))];
}

/**
 * The lines a rule of shapes or places leaves at the top, as positions in `left`: the first line
 * that is no furniture, where pages print the headline, and the headline candidate (the longest
 * opening line, which may be a caption or a line of a transcript). Kept even when they do not look
 * like a headline: the translation's may, and the two decide together. A line marked as the
 * page's that the line model also takes for one is no headline's place (`isMarkedPageLine`), nor a
 * caption by its picture's noun and the model (`isPictureLine`), nor one that speaks of nothing the
 * story's opening does and that the model takes (`isOffStoryLine`).
 */
function headlineLines(
  paragraphs: readonly Paragraph[],
  lang: Lang,
  left: readonly number[],
  isFurniture: (i: number) => boolean,
): Set<number> {
  const open = left.filter(
    (i) => !isFurniture(i) && !isMarkedPageLine(paragraphs[i].text, lang) && !isPictureLine(paragraphs[i].text, lang),
  );
  const opening = openingKeys(
    open.map((i) => paragraphs[i].text),
    lang,
  );
  // A line off the story loses its place and gives it to no other: the first line left stays
  // what it was, where pages print the headline.
  const offStory = (i: number) => isOffStoryLine(paragraphs[i].text, lang, opening);
  const story = open.filter((i) => !offStory(i));
  const candidate = headlineCandidate(
    story.map((i) => paragraphs[i]),
    lang,
    () => false,
  );
  return new Set(
    [open[0] !== undefined && offStory(open[0]) ? undefined : open[0], story[candidate?.index ?? -1]].filter(
      (i) => i !== undefined,
    ),
  );
}

/**
 * Lines no pattern knows that are shaped as the page's own (`creditShape`: a credit ending on a
 * name, a time with a few words, a place and a date), by kind: furniture at the page's edges, as
 * the labelled patterns are. The looser shapes (`likelyCredit`: credit words and a name, a button)
 * count only beside a line a pattern knows, as `credit-any-label` does.
 */
const SHAPED = new Map<string, FurniturePattern>();
function shapedPattern(kind: FurnitureKind, loose: boolean): FurniturePattern {
  const name = `${loose ? 'likely' : 'shaped'}-${kind}`;
  let pattern = SHAPED.get(name);
  if (!pattern) {
    // What the shape's value is (a byline's author, a picture's credit, a timestamp's date); a
    // place and a date give no place a dateline's reader knows.
    const provides = kind === 'dateline' ? undefined : PROVIDES_OF_KIND[kind];
    pattern = { ...TAIL_CHROME, name, kind, provides, maxLength: HEADLINE_MAX, ...(loose ? { alongside: true } : {}) };
    SHAPED.set(name, pattern);
  }
  return pattern;
}
const isShaped = (pattern: FurniturePattern) =>
  SHAPED.get(pattern.name) === pattern ||
  SITE_TALK.get(`${pattern.kind}\0${pattern.where}\0${pattern.alongside ?? false}`) === pattern;

/**
 * Lines in which the page talks about itself (`site-talk.ts`: "Copy URL", "Comments are moderated…",
 * "أعلن لدينا"), by kind and where they may be taken; a sentence only half the page's counts only
 * beside a line a stricter pattern knows.
 */
const SITE_TALK = new Map<string, FurniturePattern>();
function siteTalkPattern({ kind, where, loose }: SiteTalkLine): FurniturePattern {
  const id = `${kind}\0${where}\0${loose}`;
  let pattern = SITE_TALK.get(id);
  if (!pattern) {
    pattern = { ...TAIL_CHROME, name: 'site-talk', kind, where, maxLength: SITE_TALK_MAX, alongside: loose };
    SITE_TALK.set(id, pattern);
  }
  return pattern;
}
/** The longest line the page's talk about itself is looked for in: a sentence of thirty words. */
const SITE_TALK_MAX = 240;

/** The section's name above the headline ("World", "أخبار"): `sectionLabels`. */
const SECTION_LABEL: FurniturePattern = { ...TAIL_CHROME, name: 'section-label', kind: 'breadcrumb' };

/** The lines listed under a heading ("Most read" and its headlines): `listsUnderHeadings`, by the heading's kind. */
const LISTED = new Map<FurnitureKind | undefined, FurniturePattern>();
function listedPattern(kind: FurnitureKind | undefined): FurniturePattern {
  let pattern = LISTED.get(kind);
  if (!pattern) LISTED.set(kind, (pattern = { ...TAIL_CHROME, name: 'listed-under-heading', kind, where: 'anywhere' }));
  return pattern;
}

/**
 * Lines the archive repeats (`repeated-lines.ts`), by kind when their shape says one and where they
 * may be taken: at the page's edges, or anywhere when other pages printed them at their edges too.
 */
const REPEATED = new Map<string, FurniturePattern>();
function repeatedPattern(kind: FurnitureKind | undefined, hit: RepeatedHit): FurniturePattern {
  const where = hit.anywhere ? 'anywhere' : 'edge';
  const name = hit.label ? 'repeated-label' : 'repeated-line';
  const id = `${name}\0${kind ?? ''}\0${where}`;
  let pattern = REPEATED.get(id);
  if (!pattern) {
    // A label's value is what its kind gives (a caption's credit, a source's outlet).
    const provides = hit.label && kind !== 'dateline' && kind ? PROVIDES_OF_KIND[kind] : undefined;
    pattern = { ...TAIL_CHROME, name, kind, provides, where, maxLength: HEADLINE_MAX };
    REPEATED.set(id, pattern);
  }
  return pattern;
}
/** Each rule set's patterns of one kind that take their lines anywhere, for a line inside the text. */
const ANYWHERE_OF = new WeakMap<CleaningRules, Map<FurnitureKind | undefined, CleaningRules>>();
function anywhereOf(rules: CleaningRules, kind: FurnitureKind | undefined): CleaningRules {
  let byKind = ANYWHERE_OF.get(rules);
  if (!byKind) ANYWHERE_OF.set(rules, (byKind = new Map<FurnitureKind | undefined, CleaningRules>()));
  let found = byKind.get(kind);
  if (!found) {
    found = { ...rules, patterns: rules.patterns.filter((p) => p.where === 'anywhere' && p.kind === kind) };
    byKind.set(kind, found);
  }
  return found;
}

/** A pattern's copy that takes its lines anywhere: for furniture the archive shows at other pages' edges. */
const ANYWHERE = new WeakMap<FurniturePattern, FurniturePattern>();
function anywhere(pattern: FurniturePattern): FurniturePattern {
  let copy = ANYWHERE.get(pattern);
  if (!copy) {
    copy = { ...pattern, where: 'anywhere' };
    ANYWHERE.set(pattern, copy);
  }
  return copy;
}
const isRepeated = (pattern: FurniturePattern) => pattern.name === 'repeated-line' || pattern.name === 'repeated-label';

/**
 * Marks the lines in which the page talks about itself (`siteTalkLine`) as furniture candidates of
 * their kind: a line no pattern knows, or one only a loose shape knows (which needs a neighbour). The headline stands among the short lines
 * at the top and may speak of the page's things ("Follow the money", "Share prices fall"): the
 * first line left above the first paragraph of prose and the headline candidate there are never
 * the page's talk, unless every word of theirs is the page's ("Copy URL").
 */
function pageTalk(
  paragraphs: readonly Paragraph[],
  lang: Lang,
  candidate: (FurnitureMatch | undefined)[],
  kinds: ReadonlySet<FurnitureKind | undefined>,
  learned: ReadonlySet<number>,
) {
  const talked = new Map<number, SiteTalkLine & { known?: FurnitureMatch }>();
  paragraphs.forEach((p, i) => {
    const known = candidate[i];
    if (learned.has(i) || (known && !known.pattern.alongside) || [...p.text].length > SITE_TALK_MAX) return;
    const talk = siteTalkLine(p.text, lang);
    if (!talk || !kinds.has(talk.kind)) return;
    candidate[i] = { pattern: siteTalkPattern(talk), open: false };
    talked.set(i, { ...talk, known });
  });
  if (talked.size === 0) return;
  const texts = paragraphs.map((p) => p.text);
  const firstProse = texts.findIndex((t, i) => candidate[i] === undefined && !looksLikeHeadline(t));
  const open = texts
    .map((_, i) => i)
    .filter((i) => i < (firstProse === -1 ? texts.length : firstProse) && (!candidate[i] || talked.has(i)));
  const headline = headlineCandidate(
    open.map((i) => paragraphs[i]),
    lang,
    () => false,
  );
  for (const i of [open[0], headline === undefined ? undefined : open[headline.index]]) {
    const talk = i === undefined ? undefined : talked.get(i);
    if (i !== undefined && talk && !talk.whole) candidate[i] = talk.known;
  }
}

/**
 * Cleans the paragraphs of a `txt` source in `lang` with `rules`; `repeated` says, line by line,
 * which lines the archive repeats (`repeatedLine`), if it was asked.
 */
export function clean(
  paragraphs: readonly Paragraph[],
  lang: Lang,
  rules: CleaningRules,
  repeated: readonly (RepeatedHit | undefined)[] = [],
): CleanResult {
  const n = paragraphs.length;
  const notes: CleaningNote[] = [];

  // 1. Furniture candidates, and lines that continue an open one.
  const lines = paragraphs.map((p) => p.text);
  /** A text of sentences: the shapes, the archive's repeats and the page's talk apply only there. */
  const ofProse = ofSentences(lines) === true;
  const folded = paragraphs.map((p) => foldLineText(p.text));
  const candidate: (FurnitureMatch | undefined)[] = paragraphs.map((p) => matchFurniture(p.text, lang, rules));
  // Shapes of the page's lines no label names, with the built-in list, in a text of sentences (a
  // transcript's or a diary's lines may be times and names).
  // A kind the editor turned off (`disable: [byline]`) takes no shapes either.
  const builtinKinds = new Set(rules.patterns.filter((p) => p.origin === 'built-in').map((p) => p.kind));
  if (builtinKinds.size > 0 && ofProse) {
    paragraphs.forEach((p, i) => {
      // A line that ends as a sentence does is the text's; so is a relative time in one ("بدأت
      // الحمى منذ يومين"), which the update lines' own pattern tells apart. A few words and a full
      // stop may be a name's credit printed with one ("--Editing by Jane Doe."), but not a line
      // of any other shape ("شكرًا لقراءتكم هذه الرسالة." closes a letter).
      const stopped = ENDS_SENTENCE.test(p.text);
      if (
        candidate[i] ||
        [...p.text].length > HEADLINE_MAX ||
        (stopped && !isStoppedShortLine(p.text)) ||
        isFlaggedHeadline(p.text, lang)
      )
        return;
      const firm = creditShape(p.text, lang, false);
      if (stopped && firm?.kind !== 'byline' && firm?.kind !== 'caption') return;
      const loose = firm ? undefined : likelyCredit(p.text, lang);
      const kind = firm?.kind ?? loose;
      if (kind && builtinKinds.has(kind))
        candidate[i] = { pattern: shapedPattern(kind, !firm), open: false, value: firm?.value };
    });
  }
  // Lines the archive repeats, in a text of sentences too (a list's or a poem's lines may recur in
  // its kind of text): furniture of the kind their shape says, if any.
  /** The lines the archive's repeats made furniture, or let go from inside the text. */
  const learned = new Set<number>();
  if (repeated.length > 0 && ofProse) {
    paragraphs.forEach((p, i) => {
      const hit = repeated[i];
      const known = candidate[i];
      // A sentence other pages close with, where it does not close this one, is this article's.
      if (
        !hit ||
        (hit.closing && !closesPage(lines, i, (j) => repeated[j]?.closing === true || candidate[j] !== undefined))
      )
        return;
      // A loose shape needs a neighbour it knows, unless the archive repeats the line.
      if (known && !known.pattern.alongside) {
        // Furniture of the page's edges that other pages print at their edges and inside the text.
        if (hit.anywhere && known.pattern.where === 'edge') {
          candidate[i] = { ...known, pattern: anywhere(known.pattern) };
          learned.add(i);
        }
        return;
      }
      // The kind a firm shape says, if any: a loose shape's guess would give a wrong field its
      // value ("لا تفوّت: موسم الزيتون يبدأ مبكراً" read as a byline, its headline as the author).
      const kind = creditShape(p.text, lang, false)?.kind;
      candidate[i] = { pattern: repeatedPattern(kind, hit), open: false, value: hit.value };
      learned.add(i);
    });
  }
  // The page talking about itself, when the editor asks for it (`talk: true`), in a text of
  // sentences (an interview about a site may be made of its words); a line the archive's repeats or
  // a stricter pattern took stays theirs.
  if (rules.talk && builtinKinds.size > 0 && ofProse) pageTalk(paragraphs, lang, candidate, builtinKinds, learned);
  // A loose shape counts only beside a line a stricter pattern knows; its neighbour decides once.
  const firm = candidate.map((c) => c !== undefined && !c.pattern.alongside);
  candidate.forEach((c, i) => {
    if (c?.pattern.alongside && !firm[i - 1] && !firm[i + 1]) candidate[i] = undefined;
  });
  /** For a continuation line, the index of the line it continues. */
  const continues = new Array<number | undefined>(n).fill(undefined);
  for (let i = 0; i + 1 < n; i++) {
    if (candidate[i]?.open && !candidate[i + 1] && isContinuation(paragraphs[i + 1].text)) continues[i + 1] = i;
  }
  const isFurniture = (i: number) => i >= 0 && (candidate[i] !== undefined || continues[i] !== undefined);

  // Blocks whose lines only their place says are the page's (`page-blocks.ts`): what a heading lists
  // under it go with the heading (a date under a listed headline is that article's, no timestamp of
  // this one), and a section's name above the headline is furniture of the page's top.
  const texts = paragraphs.map((p) => p.text);
  // A headline may ask or exclaim ("Can the ceasefire hold?"): an edge run passes over it as over any.
  const short = (i: number) =>
    looksLikeHeadline(texts[i]) || (/[?!؟]["”’»)\]]*$/u.test(texts[i]) && looksLikeHeadline(texts[i].slice(0, -1)));
  // Only in a text of sentences (judged without the furniture, as a caption is long and unstopped):
  // a transcript's or a list's short lines are its own.
  const sentences = ofSentences(texts.filter((_, i) => !isFurniture(i))) === true;
  const lists = sentences
    ? listsUnderHeadings(texts, lang, candidate, isFurniture, (i) => !isFurniture(i) && !short(i))
    : new Map<number, number[]>();
  for (const [heading, items] of lists) {
    for (const k of items) {
      candidate[k] = undefined;
      continues[k] = heading;
    }
  }
  if (builtinKinds.has('breadcrumb') && sentences) {
    for (const i of sectionLabels(texts, lang, isFurniture, short))
      candidate[i] = { pattern: SECTION_LABEL, open: false };
  }

  // 2. Repeats, compared over the paragraphs that are not furniture: a page's furniture differs
  // between the copies of its article (an ad inside one of them, say) and must not hide a repeat.
  const reason = new Array<Removal['reason'] | undefined>(n).fill(undefined);
  /** Indices (into `paragraphs`) of the paragraphs that are not furniture, in order. */
  const content = paragraphs.map((_, i) => i).filter((i) => !isFurniture(i));
  const keys = content.map((i) => keyOfFolded(folded[i]));
  const m = content.length;
  const lineOf = (k: number) => paragraphs[content[k]].line;
  const seen = new Map<string, number[]>();
  const remember = (k: number) => {
    if (keys[k] === '') return;
    const list = seen.get(keys[k]) ?? [];
    list.push(k);
    seen.set(keys[k], list);
  };
  /** The nearest earlier content paragraph still in the text. */
  const previousKept = (k: number) => {
    for (let i = k - 1; i >= 0; i--) if (reason[content[i]] === undefined) return i;
    return -1;
  };
  let j = 0;
  while (j < m) {
    // The longest run starting at j that repeats an earlier run (the most recent occurrences are
    // enough: a text that repeats one line hundreds of times gains nothing from looking at all).
    let best = { start: -1, length: 0 };
    for (const i of (seen.get(keys[j]) ?? []).slice(-50)) {
      let length = 0;
      while (j + length < m && i + length < j && keys[i + length] !== '' && keys[i + length] === keys[j + length])
        length++;
      if (length > best.length) best = { start: i, length };
    }
    if (best.length >= 2) {
      const end = j + best.length;
      const chars = keys.slice(j, end).reduce((sum, k) => sum + k.length, 0);
      // A second copy of the article repeats it from its first paragraph on.
      if (best.start === 0 && chars >= ARTICLE_MIN_CHARS) {
        // Furniture between the copied paragraphs went with the copy.
        for (let i = content[j]; i <= content[end - 1]; i++) reason[i] = 'repeated-article';
      } else if (keys.slice(j, end).some((k) => wordCount(k) >= NOTE_MIN_WORDS)) {
        notes.push({
          line: lineOf(j),
          message:
            `lines ${lineOf(j)}–${lineOf(end - 1)} repeat lines ${lineOf(best.start)}–${lineOf(best.start + best.length - 1)} ` +
            'word for word; kept, since they do not repeat the article from its start',
        });
      }
      for (let k = j; k < end; k++) remember(k);
      j = end;
      continue;
    }
    if (best.length === 1 && wordCount(keys[j]) >= 2) {
      const previous = previousKept(j);
      const adjacent = previous !== -1 && keys[previous] === keys[j];
      // A long paragraph said twice in a row is a slip; so is a doubled opening line (a scraped
      // headline), however short.
      if (adjacent && (wordCount(keys[j]) >= REPEAT_MIN_WORDS || previous === 0)) {
        reason[content[j]] = 'repeated-paragraph';
      } else if (wordCount(keys[j]) >= NOTE_MIN_WORDS) {
        notes.push({
          line: lineOf(j),
          message: adjacent
            ? 'this line repeats the one before it; kept, since a short repeated line may be meant (a refrain)'
            : `this paragraph repeats line ${lineOf(best.start)} word for word; kept, since it is not next to it`,
        });
      }
    }
    remember(j);
    j++;
  }

  // 3. Furniture: the runs at either end of what is left, and `anywhere` patterns throughout.
  const left = Array.from({ length: n }, (_, i) => i).filter((i) => reason[i] === undefined);
  const atEdge = new Set<number>();
  for (const i of edgeRun(left, texts, isFurniture, short).run) atEdge.add(i);
  const tail = edgeRun([...left].reverse(), texts, isFurniture, short);
  for (const i of tail.run) atEdge.add(i);
  // Round 32: the first pattern that matches a line may be one of the edges; inside the text, a
  // pattern of the same kind that takes its lines anywhere may still take it ("Story tags: A, B"
  // between paragraphs, `tags-between-*`, after the edges' `tags-*`).
  for (const i of left) {
    const match = candidate[i];
    if (!match || match.pattern.where === 'anywhere' || atEdge.has(i)) continue;
    if (isShaped(match.pattern) || isRepeated(match.pattern)) continue;
    const inside = matchFurniture(paragraphs[i].text, lang, anywhereOf(rules, match.pattern.kind));
    if (inside) candidate[i] = inside;
  }
  // Below the article, a short line between furniture lines is the page's too (with the built-in list).
  // Only in a text of sentences (a transcript's lines end without a stop), and only a few words.
  const top = Math.min(...tail.run, n);
  const prose = left.some((i) => i < top && !isFurniture(i) && /[.!?؟…]["”’»)\]]*$/u.test(texts[i]));
  if (prose && rules.patterns.some((p) => p.origin === 'built-in')) {
    // The line above is furniture of the page's edges (a source, tags, a copyright, or a share
    // button in the closing run; not an advertisement, which sits inside articles too), and below
    // it furniture or the end.
    const footer = (j: number) => {
      const k = left.indexOf(j);
      const above = left[k - 1];
      const below = left[k + 1];
      const pattern = above === undefined ? undefined : candidate[above]?.pattern;
      return (
        pattern !== undefined &&
        (pattern.where === 'edge' || (pattern.kind === 'share' && tail.run.includes(above))) &&
        (below === undefined || isFurniture(below)) &&
        texts[j].split(/\s+/u).length <= CHROME_WORDS
      );
    };
    for (const i of tail.passed.filter(footer)) {
      candidate[i] = { pattern: TAIL_CHROME, open: false };
      atEdge.add(i);
    }
  }
  // Lines no pattern knows that are not prose, at the edges where known furniture stands
  // (`non-prose.ts`): the one signal of furniture that is no table of words.
  if (prose && rules.patterns.some((p) => p.origin === 'built-in')) {
    const goes = (i: number) =>
      isFurniture(i) && (atEdge.has(i) || candidate[continues[i] ?? i]?.pattern.where === 'anywhere');
    const headlines = headlineLines(paragraphs, lang, left, isFurniture);
    const kept = new Set(left.flatMap((i, k) => (headlines.has(i) ? [k] : [])));
    for (const k of nonProseLines(
      left.map((i) => texts[i]),
      lang,
      (k) => goes(left[k]),
      kept,
    )) {
      candidate[left[k]] = { pattern: NON_PROSE, open: false };
      atEdge.add(left[k]);
    }
  }
  /**
   * Furniture removed at the page's edges: in the edge runs, and of a kind not found inside
   * articles (the line's, or the line's it continues), or a share button in the closing run.
   */
  const edgeKind = (i: number) => {
    const pattern = candidate[continues[i] ?? i]?.pattern;
    return atEdge.has(i) && (pattern?.where === 'edge' || (pattern?.kind === 'share' && tail.run.includes(i)));
  };
  if (prose && rules.patterns.some((p) => p.origin === 'built-in')) {
    for (const i of besideEdgeFurniture(paragraphs, lang, left, texts, isFurniture, edgeKind, short)) {
      candidate[i] = { pattern: EDGE_CLUSTER, open: false };
      atEdge.add(i);
    }
  }
  const furniture: FurnitureHit[] = [];
  /** The pattern that removed each furniture line, by index. */
  const patternOf = new Map<number, FurniturePattern>();
  for (const i of left) {
    const match = candidate[i];
    if (!match) continue;
    if (match.pattern.where !== 'anywhere' && !atEdge.has(i)) {
      // A shape or a repeat alone says too little of a line inside the text to remark on it.
      if (isShaped(match.pattern) || isRepeated(match.pattern)) continue;
      notes.push({
        line: paragraphs[i].line,
        message: `looks like page furniture (${match.pattern.name}) but sits inside the text; kept`,
      });
      continue;
    }
    reason[i] = 'furniture';
    patternOf.set(i, match.pattern);
    const hit: FurnitureHit = { pattern: match.pattern, lines: [paragraphs[i]], value: match.value };
    const items = lists.get(i) ?? [];
    for (const k of items) {
      if (reason[k] !== undefined) continue;
      reason[k] = 'furniture';
      patternOf.set(k, listedPattern(match.pattern.kind));
      hit.lines.push(paragraphs[k]);
    }
    // The topics under a heading of tags ("Explore more on these topics") are its value.
    if (items.length > 0 && match.pattern.kind === 'tags' && !hit.value)
      hit.value = items.map((k) => texts[k]).join(', ');
    if (items.length === 0 && continues[i + 1] === i && reason[i + 1] === undefined) {
      reason[i + 1] = 'furniture';
      patternOf.set(i + 1, match.pattern);
      hit.lines.push(paragraphs[i + 1]);
      hit.value = paragraphs[i + 1].text;
    }
    furniture.push(hit);
  }

  const removed: Removal[] = [];
  const reading: Paragraph[] = [];
  paragraphs.forEach((p, i) => {
    const why = reason[i];
    if (why === undefined) {
      reading.push(p);
      return;
    }
    const pattern = patternOf.get(i);
    const removal: Removal = { reason: why, text: p.text, line: p.line };
    if (pattern) removal.pattern = pattern.name;
    if (pattern?.kind) removal.kind = pattern.kind;
    if (pattern && learned.has(i)) removal.repeats = repeated[i]?.sources;
    removed.push(removal);
  });
  return { paragraphs: reading, removed, furniture, notes: notes.sort((a, b) => a.line - b.line) };
}
