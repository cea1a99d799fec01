/**
 * The page talking about itself. Share and follow prompts, comment policies, advertising slots,
 * newsletter boxes, "more from us" blocks and rights lines are phrased anew by every site, so no
 * table of their phrases keeps up; but they are made of the words of a web page — the site, its
 * app, its ads, its comments, its other articles, its rights — and articles are made of the words
 * of the world. A short line dense in the page's words (each language's `site` table) is the
 * page's, of the kind most of those words are; where it may be taken is decided by how dense and
 * how short it is (`siteTalkLine`), and by where it stands (`clean.ts`).
 */
import { perLang } from '../lang.ts';
import type { Lang } from '../types.ts';
import { foldLineText } from '../arabic/index.ts';
import { LABELS, SITE_KINDS, type FurnitureKind, type SiteKind } from './furniture-labels.ts';
import { ENDS_SENTENCE } from './sentences.ts';

/** A word as the table holds it, and in Arabic with and without the article. */
function forms(word: string, lang: Lang): string[] {
  const folded = foldLineText(word);
  if (lang !== 'ar' || /\s/u.test(folded)) return [folded];
  // Only a written article is one: "إلزامية" folds to a word that opens with alef and lam too.
  const bare = /^ال(?=\p{L}{2})/u.test(word) ? folded.slice(2) : folded;
  return [bare, `ال${bare}`];
}

interface Vocabulary {
  kinds: Map<string, SiteKind>;
  page: Set<string>;
  address: Set<string>;
  reporting: Set<string>;
  little: Set<string>;
}

const VOCABULARY = perLang((lang) => {
  const { site, platforms } = LABELS[lang];
  const kinds = new Map<string, SiteKind>();
  // Platforms are what share buttons name ("Repost on X", "واتساب"); one-word ones only.
  for (const platform of platforms)
    if (!/\s/u.test(platform)) for (const f of forms(platform, lang)) kinds.set(f, 'share');
  for (const kind of SITE_KINDS)
    for (const word of site.words[kind]) for (const f of forms(word, lang)) kinds.set(f, kind);
  const set = (words: readonly string[]) => new Set(words.flatMap((w) => forms(w, lang)));
  const vocabulary: Vocabulary = {
    kinds,
    page: set(site.page),
    address: set(site.address),
    reporting: set(site.reporting),
    little: set(site.little),
  };
  return vocabulary;
});

/**
 * The forms an Arabic word may be looked up under: without a joined conjunction (و، ف), a joined
 * preposition (ب، ل، ك), the article, or a joined pronoun of the reader or the site (ك، كم، نا،
 * ها) — `بريدك` is `بريد`, `وللتعليقات` is `تعليقات`. Each form keeps three letters at least.
 */
function arabicForms(word: string): { form: string; suffix?: string }[] {
  const out: { form: string; suffix?: string }[] = [{ form: word }];
  let stem = word;
  // A count's noun in the accusative ("١٢ قارئاً") ends on the tanween's alef.
  if (/\p{L}{3,}ا$/u.test(stem)) out.push({ form: stem.slice(0, -1) });
  if (/^[وف]\p{L}{3,}$/u.test(stem)) out.push({ form: (stem = stem.slice(1)) });
  if (/^(?:بال|كال|لل)\p{L}{2,}$/u.test(stem)) out.push({ form: `ال${stem.replace(/^(?:بال|كال|لل)/u, '')}` });
  else if (/^[بل]\p{L}{3,}$/u.test(stem) && !/^ال/u.test(stem)) out.push({ form: stem.slice(1) });
  for (const base of out.map((o) => o.form)) {
    const suffix = /(?:كم|ك|نا|ها)$/u.exec(base)?.[0];
    if (suffix && base.length - suffix.length >= 3) out.push({ form: base.slice(0, -suffix.length), suffix });
  }
  return out;
}

/**
 * The forms an English word may be looked up under: as written, without a possessive, and without
 * the endings of plural and past (`replied` is `reply`, `commented` is `comment`). Not "-ing": a
 * progressive is a word of its own too often (`following`, `continuing`); the tables list the few
 * the page uses (`sharing`, `commenting`).
 */
function englishForms(word: string): { form: string; suffix?: string }[] {
  const bare = word.replace(/'s$/u, '');
  const forms = [bare];
  if (bare.length > 4) {
    forms.push(bare.replace(/ies$|ied$/u, 'y'), bare.replace(/(?:s|es|ed|d)$/u, ''));
  }
  return forms.map((form) => ({ form }));
}

/** What a line's words say of it: how many talk about the page, and of which kind. */
export interface SiteTalk {
  /** The kind most of the page's words are (or `navigation`, for words of the page alone: "Click here"). */
  kind: FurnitureKind;
  /** Words of the page (`site.words`, `site.page`, platforms). */
  hits: number;
  /** Of them, words of a kind (not the site's, its pages' or its app's, which news speaks of too). */
  kindHits: number;
  /** Words that count: neither little words nor (in English) names. */
  content: number;
  /** All words. */
  words: number;
  /** Whether the page speaks to its reader or as itself ("your", "لدينا", "بريدك"). */
  address: boolean;
  /** Whether a word of the page is the reader's or the site's own ("your inbox", "إعلانك", "بريدك"). */
  owned: boolean;
}

/** Words: letters and digits, with the marks inside them ("on-topic", "we've"). */
const WORDS = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;

/**
 * How much of `line` talks about the page, or undefined when it reports what someone said
 * ("said", "قال") or quotes someone: a line of news, whatever its words.
 */
export function siteTalk(line: string, lang: Lang): SiteTalk | undefined {
  if (/["“”«»]/u.test(line)) return undefined;
  const vocabulary = VOCABULARY[lang];
  const written = line.match(WORDS) ?? [];
  // A line in capitals has no names to tell apart.
  const cased = lang === 'en' && /\p{Ll}/u.test(line);
  // A capitalised word opens a name when the next word is capitalised too ("Nile Evening Post 2020
  // — reproduction barred"); alone at the line's start it is only the sentence's first word.
  const capital = (k: number) => /^\p{Lu}/u.test(written[k] ?? '');
  const counts = new Map<SiteKind, number>();
  let hits = 0;
  let content = 0;
  let address = false;
  let owned = false;
  let inName = false;
  let after = '';
  for (const [k, word] of written.entries()) {
    const folded = foldLineText(word).replace(/['-]+$/u, '');
    const wasName = inName;
    const before = after;
    after = '';
    inName = false;
    const lookups = lang === 'ar' ? arabicForms(folded) : englishForms(folded);
    if (lookups.some(({ form }) => vocabulary.reporting.has(form))) return undefined;
    if (lookups.some(({ form }) => vocabulary.address.has(form))) {
      address = true;
      after = folded;
      continue;
    }
    const kind = lookups.map(({ form }) => vocabulary.kinds.get(form)).find((x) => x !== undefined);
    const page = lookups.find(({ form }) => vocabulary.page.has(form));
    if (kind || page) {
      content++;
      hits++;
      if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
      // "your inbox", "بريدك", "إعلانك": the reader's own, or the site's.
      if (POSSESSIVES.has(before)) owned = true;
      if (
        lookups.some(
          ({ form, suffix }) =>
            (suffix === 'ك' || suffix === 'كم') && (vocabulary.kinds.has(form) || vocabulary.page.has(form)),
        )
      )
        address = owned = true;
      continue;
    }
    if (lookups.some(({ form }) => vocabulary.little.has(form))) continue;
    // An English name (an outlet's, a section's) past the line's first word is one word of the
    // world, however many words it takes ("Lake Victoria Tribune").
    if (cased && capital(k) && (k > 0 || capital(k + 1))) {
      if (!wasName) content++;
      inName = true;
      continue;
    }
    if (/^[\p{N}]+$/u.test(word)) continue;
    content++;
  }
  if (hits === 0) return undefined;
  const ranked = SITE_KINDS.map((kind) => [kind, counts.get(kind) ?? 0] as const)
    .filter(([, n]) => n > 0)
    // Comments and advertising words are the page's most surely; a tie goes to the earlier kind.
    .sort((a, b) => b[1] - a[1] || PRIORITY.indexOf(a[0]) - PRIORITY.indexOf(b[0]));
  const kind: FurnitureKind = ranked[0]?.[0] ?? 'navigation';
  const kindHits = [...counts.values()].reduce((a, b) => a + b, 0);
  return { kind, hits, kindHits, content, words: written.length, address, owned };
}

/** The words that make the next one the reader's or the site's ("your inbox", "our app"). */
const POSSESSIVES = new Set(['your', 'our']);

const PRIORITY: readonly SiteKind[] = ['comments', 'advertisement', 'copyright', 'related', 'share'];

/** Each language's words folded, by lang: the flags of a headline ("Watch", "تعليق") and of a note ("Warning", "تنبيه"). */
const foldedTable = (words: (lang: Lang) => readonly string[]) =>
  perLang((lang) => new Set(words(lang).flatMap((w) => forms(w, lang))));
const KICKERS = foldedTable((lang) => LABELS[lang].kickers);
const NOTES = foldedTable((lang) => LABELS[lang].notes);

/** The kinds pages print between paragraphs as well as around the article (docs/cleaning.md, "Anywhere"). */
const INSIDE = new Set<FurnitureKind>(['related', 'share', 'advertisement']);

/** How a line of the page's talk may be taken. */
export interface SiteTalkLine {
  kind: FurnitureKind;
  /**
   * `anywhere`: a marker or a button, nearly all the page's words (“Hide ad”, “Copy URL”, “أعلن
   * لدينا”), taken between paragraphs too; `edge`: a line dense in them, taken in the runs of
   * furniture that open and close the page.
   */
  where: 'anywhere' | 'edge';
  /** A sentence only half the page's: furniture only beside a line a stricter pattern knows. */
  loose: boolean;
  /** Every word that counts is the page's: so even the first line at the top, where the headline stands. */
  whole: boolean;
}

/** The most words of a marker taken anywhere, of a line taken at the edges, of a sentence taken there. */
const MARKER_WORDS = 6;
const LINE_WORDS = 12;
const SENTENCE_WORDS = 30;

/**
 * Whether `line` is the page talking about itself, and where it may then be taken: a short line
 * at least half of whose words are the page's (a marker anywhere when it is six words at most
 * without a stop, else at the edges); a label of the page's words before a headline-shaped value
 * (“Check out: …”, “يمكنك أيضا قراءة: …”); a sentence of up to thirty words with two of the
 * page's words or more, a third of its words at least (at the edges, and beside known furniture
 * unless half its words are the page's). Never a line that reports speech or quotes.
 */
export function siteTalkLine(line: string, lang: Lang): SiteTalkLine | undefined {
  const text = line.trim();
  // A line that opens in lower case goes on a sentence, or is a transcript's ("i will send you an image").
  if (/^[^\p{L}\p{N}]*\p{Ll}/u.test(text)) return undefined;
  const talk = siteTalk(text, lang);
  const labelled = /^([^:：]{2,40})[:：]\s*(\S.*)$/u.exec(text);
  // An editor's note or a warning is the text's ("Warning: Graphic Content"), whatever follows it.
  if (labelled && NOTES[lang].has(foldLineText(labelled[1]).trim())) return undefined;
  if (labelled) {
    const label = siteTalk(labelled[1], lang);
    const value = labelled[2].match(WORDS) ?? [];
    // A memo's field in capitals ("LICENSING: CC0") is the document's own header.
    // A headline's flag ("Watch: …", "تعليق: …") is no label of the page's.
    if (
      label &&
      (lang === 'ar' || /\p{Ll}/u.test(labelled[1])) &&
      !KICKERS[lang].has(foldLineText(labelled[1]).trim()) &&
      label.words <= 4 &&
      label.kindHits >= 1 &&
      label.hits * 2 >= label.content &&
      value.length > 0 &&
      value.length <= LINE_WORDS &&
      !ENDS_SENTENCE.test(text)
    )
      // A label that sends the reader to another piece ("Check out:", "يمكنك أيضا قراءة:") or names
      // a sponsor stands between paragraphs too; one of rights or comments is a field of the page's
      // edges (a memo's "الترخيص: CC0" heads its text).
      return {
        kind: label.kind,
        where: INSIDE.has(label.kind) ? 'anywhere' : 'edge',
        loose: false,
        whole: false,
      };
  }
  if (!talk) return undefined;
  const { hits, kindHits, content, words } = talk;
  const share = content === 0 ? 1 : hits / content;
  const whole = hits === content && hits >= 2;
  // One word of the page's beside one of the world's is a subheading as often ("Follow the money"),
  // unless the word is the reader's ("ضع إعلانك هنا", "Put your ad here").
  // A label and its value ("LICENSING: CC0: No rights reserved") may be a document's own header
  // field: at the page's edges only, where a header's labelled lines end the run of furniture,
  // unless it is of a kind pages print between paragraphs.
  if (
    words <= MARKER_WORDS &&
    (!labelled || INSIDE.has(talk.kind)) &&
    !ENDS_SENTENCE.test(text) &&
    share >= 0.5 &&
    (hits >= 2 || content === 1 || talk.owned)
  )
    return { kind: talk.kind, where: 'anywhere', loose: false, whole };
  // A sentence needs two words of a kind ("You must be logged in to post a comment."), or one and
  // the page's voice ("We have migrated to a new commenting platform."): one, with the site or
  // its app, is news of the world ("يمكن تحميل التطبيق من موقع الوزارة.").
  if (words <= LINE_WORDS && share >= 0.5 && kindHits >= (ENDS_SENTENCE.test(text) && !talk.address ? 2 : 1))
    return { kind: talk.kind, where: 'edge', loose: false, whole };
  // A sentence only partly of the page's words must speak to the reader too ("Please keep to the
  // article's subject…"): an instruction of the world's ("send reading materials in advance") does not.
  if (words <= SENTENCE_WORDS && kindHits >= 2 && (share >= 0.5 || (share >= 1 / 3 && talk.address)))
    return { kind: talk.kind, where: 'edge', loose: share < 0.5, whole: false };
  return undefined;
}
