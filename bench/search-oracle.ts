/**
 * The evaluation's own idea of which pages contain a word: written apart from Hamish's search code
 * (its own tokens, fold, proclitic list and English inflection rules), so that the evaluation does
 * not grade search by search's own definitions. And the generator of held-out queries of six
 * kinds, by seeded chance, from the corpus.
 *
 * Relevance, the oracle's definition:
 * - Arabic tokens are runs of Arabic letters and marks; they are compared after a fold: harakat and
 *   tatweel removed, أ إ آ ٱ → ا, ى → ي, ة → ه.
 * - A token's underlying word (`arabicBase`): the token without a leading conjunction + article
 *   group (وال، فال، بال، كال، لل، وبال… and ال) when two letters or more remain, or else without a
 *   lone و/ف when three or more remain, and then without a lone ب ك ل when what remains (three
 *   letters or more) occurs in the corpus as a word on its own, bare or with the article (بحالة is
 *   ب + حالة when حالة or الحالة is written somewhere; لجنة stays لجنة when جنة is not).
 * - A page contains an Arabic word b when one of its tokens is b with any of the 23 proclitic
 *   combinations in front (or none): وb, بالb, للb (and لل + b without its first ل when b starts
 *   with ل: ل + ال + لقاح = للقاح).
 * - A two-word phrase (b1 b2) is in a page when two tokens next to each other (nothing but
 *   spaces between them) contain b1 and b2 in that way.
 * - English tokens are runs of ASCII letters, lowercased. An English lemma's family is the lemma
 *   and its regular inflections (-s, -es, -ed, -ing, -d and -ing after a final e, y → -ies/-ied,
 *   a doubled final consonant + -ed/-ing); a page is relevant when it has a member of the family.
 */
import { seededRandom } from '../src/core/random.ts';

const pick = <T>(rng: () => number, list: readonly T[]): T => list[Math.floor(rng() * list.length)];

/** One token of a text, as written, and where it ends. */
export interface OracleToken {
  text: string;
  folded: string;
  start: number;
  end: number;
}

const ARABIC_RUN = /[\u0621-\u063a\u0640-\u065f\u0670\u0671]+/g;
const ENGLISH_RUN = /[A-Za-z]+/g;

export function foldArabic(text: string): string {
  return text
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه');
}

export function arabicTokens(text: string): OracleToken[] {
  return [...text.matchAll(ARABIC_RUN)]
    .map((m) => ({ text: m[0], folded: foldArabic(m[0]), start: m.index, end: m.index + m[0].length }))
    .filter((t) => t.folded !== '');
}

export function englishTokens(text: string): OracleToken[] {
  return [...text.matchAll(ENGLISH_RUN)].map((m) => ({
    text: m[0],
    folded: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** Proclitic groups, as written: (و|ف)? (ب|ك|ل)? (ال)?, with ل + ال written لل. */
export const ORACLE_PROCLITICS: readonly string[] = (() => {
  const out = new Set<string>();
  for (const c of ['', 'و', 'ف'])
    for (const p of ['', 'ب', 'ك', 'ل'])
      for (const a of [false, true]) out.add(p === 'ل' && a ? `${c}لل` : c + p + (a ? 'ال' : ''));
  return [...out];
})();

/** Groups that end in the article, longest first: what `arabicBase` takes off. */
const ARTICLE_GROUPS = ORACLE_PROCLITICS.filter((g) => g.endsWith('ال') || g.endsWith('لل')).sort(
  (a, b) => b.length - a.length,
);

/**
 * The underlying word of a folded Arabic token (see the module's comment). `attested` says whether
 * a word occurs in the corpus on its own (bare or with the article), which decides whether a
 * leading ب ك ل is a preposition.
 */
export function arabicBase(folded: string, attested: (word: string) => boolean = () => false): string {
  let word = folded;
  const group = ARTICLE_GROUPS.find((g) => word.startsWith(g) && word.length - g.length >= 2);
  if (group) return word.slice(group.length);
  if (/^[وف]/.test(word) && word.length >= 4) word = word.slice(1);
  if (/^[بكل]/.test(word) && word.length >= 4 && attested(word.slice(1))) word = word.slice(1);
  return word;
}

/** Every way the word `base` may be written with proclitics (itself included). */
export function arabicForms(base: string): Set<string> {
  const forms = new Set<string>();
  for (const group of ORACLE_PROCLITICS) {
    forms.add(group + base);
    if (group.endsWith('لل') && base.startsWith('ل')) forms.add(group + base.slice(1));
  }
  return forms;
}

/** The regular inflections of an English lemma (itself included). */
export function englishFamily(lemma: string): Set<string> {
  const out = new Set([lemma, `${lemma}s`, `${lemma}es`, `${lemma}ed`, `${lemma}ing`]);
  if (lemma.endsWith('e')) out.add(`${lemma}d`).add(`${lemma.slice(0, -1)}ing`);
  if (/[^aeiou]y$/.test(lemma)) out.add(`${lemma.slice(0, -1)}ies`).add(`${lemma.slice(0, -1)}ied`);
  if (/[^aeiou][aeiou][bdgmnprt]$/.test(lemma)) out.add(`${lemma}${lemma.at(-1)}ed`).add(`${lemma}${lemma.at(-1)}ing`);
  return out;
}

/** The spelling variants a reader may type for `word`: each a function of the word. */
function spellingSwaps(word: string): ((s: string, rng: () => number) => string)[] {
  const swaps: ((s: string, rng: () => number) => string)[] = [];
  if (/[أإآ]/.test(word)) swaps.push((s) => s.replace(/[أإآ]/, 'ا'));
  if (/ة$/.test(word)) swaps.push((s) => `${s.slice(0, -1)}ه`);
  if (/ى$/.test(word)) swaps.push((s) => `${s.slice(0, -1)}ي`);
  if (/[^ي]ي$/.test(word) && word.length > 3) swaps.push((s) => `${s.slice(0, -1)}ى`);
  if (/^(ال)?ا/.test(word))
    swaps.push((s, rng) => s.replace(/^(ال)?ا/, (_, al: string | undefined) => `${al ?? ''}${pick(rng, ['أ', 'إ'])}`));
  return swaps;
}

/** A page of the evaluation corpus. */
export interface OraclePage {
  url: string;
  lang: 'ar' | 'en';
  text: string;
}

export type QueryKind =
  | 'arabic-as-written'
  | 'arabic-proclitic'
  | 'arabic-spelling'
  | 'arabic-marks'
  | 'english-inflection'
  | 'arabic-phrase'
  | 'arabic-misspelling'
  | 'english-misspelling'
  | 'english-name'
  | 'arabic-name';

export const KINDS: readonly QueryKind[] = [
  'arabic-as-written',
  'arabic-proclitic',
  'arabic-spelling',
  'arabic-marks',
  'english-inflection',
  'arabic-phrase',
];

/** Misspelled words: generated apart (`generateMisspellings`), each kind held to its own target. */
export const MISSPELLING_KINDS: readonly QueryKind[] = ['arabic-misspelling', 'english-misspelling'];

/**
 * Names across scripts (`generateNameQueries`): relevant are the pages of the other script only, and
 * results are read with the search page kept to that language.
 */
export const NAME_KINDS: readonly QueryKind[] = ['english-name', 'arabic-name'];

export interface EvalQuery {
  kind: QueryKind;
  query: string;
  /** The urls of the relevant pages. */
  relevant: Set<string>;
  /** Where the query came from: a page and the word(s), for the report. */
  from: string;
}

/** What the oracle knows of each page. */
interface Indexed {
  page: OraclePage;
  tokens: OracleToken[];
  set: Set<string>;
  /** Folded tokens next to each other, as `a b`. */
  pairs: Set<string>;
}

/** Tokens separated by nothing but spaces are neighbours. */
function neighbours(text: string, tokens: OracleToken[]): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (/^[ \t]+$/.test(text.slice(tokens[i].end, tokens[i + 1].start)))
      pairs.add(`${tokens[i].folded} ${tokens[i + 1].folded}`);
  }
  return pairs;
}

/**
 * `count` queries of each kind from `pages`, by chance from `seed`. Words in more than
 * `maxShare` of a language's pages (function words: في، على، the) are not drawn.
 */
export function generateQueries(
  pages: readonly OraclePage[],
  count: number,
  seed: number,
  maxShare = 0.25,
): EvalQuery[] {
  const rng = seededRandom(seed);
  const indexed: Indexed[] = pages.map((page) => {
    const tokens = page.lang === 'ar' ? arabicTokens(page.text) : englishTokens(page.text);
    return { page, tokens, set: new Set(tokens.map((t) => t.folded)), pairs: neighbours(page.text, tokens) };
  });
  const ar = indexed.filter((p) => p.page.lang === 'ar');
  const en = indexed.filter((p) => p.page.lang === 'en');
  const bare = new Set(ar.flatMap((p) => [...p.set]));
  const attested = (word: string) => bare.has(word) || bare.has(`ال${word}`);
  const baseOf = (folded: string) => arabicBase(folded, attested);
  const relevantWord = (base: string) => {
    const forms = arabicForms(base);
    return new Set(ar.filter((p) => [...forms].some((f) => p.set.has(f))).map((p) => p.page.url));
  };
  const common = (base: string) => relevantWord(base).size > maxShare * ar.length;
  /** A random Arabic token of a random page, with its base, that passes `ok`. */
  const drawArabic = (ok: (t: OracleToken, base: string) => boolean) => {
    for (let tries = 0; tries < 10_000; tries++) {
      const p = pick(rng, ar);
      const t = pick(rng, p.tokens);
      const base = baseOf(t.folded);
      if ([...base].length >= 3 && ok(t, base) && !common(base)) return { p, t, base };
    }
    throw new Error('no Arabic word to draw a query from');
  };
  const vocabularyEn = new Set(en.flatMap((p) => [...p.set]));
  const out: EvalQuery[] = [];
  const harakat = ['\u064e', '\u064f', '\u0650', '\u0652', '\u0651', '\u064b'];
  const joining = /[بتثجحخسشصضطظعغفقكلمنهيئ]/;
  for (let n = 0; n < count; n++) {
    {
      const { p, t, base } = drawArabic(() => true);
      out.push({
        kind: 'arabic-as-written',
        query: t.text,
        relevant: relevantWord(base),
        from: `${p.page.url} ${t.text}`,
      });
    }
    {
      const { p, t, base } = drawArabic((tok, b) => b === tok.folded);
      const group = pick(
        rng,
        ORACLE_PROCLITICS.filter((g) => g !== ''),
      );
      const query = group.endsWith('لل') && base.startsWith('ل') ? group + t.text.slice(1) : group + t.text;
      out.push({ kind: 'arabic-proclitic', query, relevant: relevantWord(base), from: `${p.page.url} ${t.text}` });
    }
    {
      // One spelling variant: a hamza seat written bare or added, ة ↔ ه, ى ↔ ي at the end.
      const { p, t, base } = drawArabic((tok) => spellingSwaps(tok.text).length > 0);
      const swap = pick(rng, spellingSwaps(t.text));
      out.push({
        kind: 'arabic-spelling',
        query: swap(t.text, rng),
        relevant: relevantWord(base),
        from: `${p.page.url} ${t.text}`,
      });
    }
    {
      const { p, t, base } = drawArabic(() => true);
      const letters = [...t.text];
      const marked = letters.map((ch, i) => {
        let s = ch;
        if (rng() < 0.4) s += pick(rng, harakat);
        if (i + 1 < letters.length && joining.test(ch) && rng() < 0.25) s += '\u0640'.repeat(1 + Math.floor(rng() * 3));
        return s;
      });
      // At least one mark or tatweel.
      if (marked.join('') === t.text) marked[0] += pick(rng, harakat);
      out.push({
        kind: 'arabic-marks',
        query: marked.join(''),
        relevant: relevantWord(base),
        from: `${p.page.url} ${t.text}`,
      });
    }
    {
      for (let tries = 0; ; tries++) {
        if (tries > 10_000) throw new Error('no English word to draw a query from');
        const p = pick(rng, en);
        const lemma = pick(rng, p.tokens).folded;
        if (lemma.length < 4) continue;
        const family = englishFamily(lemma);
        const inCorpus = [...family].filter((w) => vocabularyEn.has(w));
        // A lemma with an inflection in the corpus; the query is one of its forms other than the one drawn.
        const others = inCorpus.filter((w) => w !== lemma);
        if (others.length === 0) continue;
        const relevant = new Set(en.filter((q) => inCorpus.some((w) => q.set.has(w))).map((q) => q.page.url));
        if (relevant.size > maxShare * en.length) continue;
        out.push({ kind: 'english-inflection', query: pick(rng, others), relevant, from: `${p.page.url} ${lemma}` });
        break;
      }
    }
    {
      for (let tries = 0; ; tries++) {
        if (tries > 10_000) throw new Error('no Arabic phrase to draw a query from');
        const p = pick(rng, ar);
        const i = Math.floor(rng() * (p.tokens.length - 1));
        const [a, b] = [p.tokens[i], p.tokens[i + 1]];
        if (!b || !/^[ \t]+$/.test(p.page.text.slice(a.end, b.start))) continue;
        const [ba, bb] = [baseOf(a.folded), baseOf(b.folded)];
        if ([...ba].length < 2 || [...bb].length < 2 || (common(ba) && common(bb))) continue;
        const [fa, fb] = [arabicForms(ba), arabicForms(bb)];
        const relevant = new Set(
          ar
            .filter((q) =>
              [...q.pairs].some((pair) => {
                const [x, y] = pair.split(' ');
                return fa.has(x) && fb.has(y);
              }),
            )
            .map((q) => q.page.url),
        );
        out.push({
          kind: 'arabic-phrase',
          query: `${a.text} ${b.text}`,
          relevant,
          from: `${p.page.url} ${a.text} ${b.text}`,
        });
        break;
      }
    }
  }
  return out;
}

/**
 * Arabic letters a reader types for each other: the same shape with other dots. The oracle's own
 * table, written apart from search's (src/core/search/typos.ts), from the letters' shapes.
 */
const ARABIC_DOTS: readonly string[] = ['حخج', 'صض', 'طظ', 'دذ', 'رز', 'سش', 'عغ', 'فق', 'تثب'];
const ENGLISH_VOWELS = 'aeiou';

/** One edit of `word` a reader makes, by chance: the letters of the word, changed. */
function misspell(word: string, arabic: boolean, rng: () => number): string | undefined {
  const letters = [...word];
  const n = letters.length;
  const edits: (() => string | undefined)[] = [
    // Two neighbours swapped (not two of the same letter).
    () => {
      const i = Math.floor(rng() * (n - 1));
      if (letters[i] === letters[i + 1]) return undefined;
      return [...letters.slice(0, i), letters[i + 1], letters[i], ...letters.slice(i + 2)].join('');
    },
    // A letter dropped (not the first: a reader rarely loses the letter a word starts with).
    () => {
      const i = 1 + Math.floor(rng() * (n - 1));
      return [...letters.slice(0, i), ...letters.slice(i + 1)].join('');
    },
    // A letter doubled.
    () => {
      const i = Math.floor(rng() * n);
      return [...letters.slice(0, i + 1), letters[i], ...letters.slice(i + 1)].join('');
    },
    arabic
      ? // A letter for its dotted sibling.
        () => {
          const at = letters.map((ch, i) => [ch, i] as const).filter(([ch]) => ARABIC_DOTS.some((g) => g.includes(ch)));
          if (at.length === 0) return undefined;
          const [ch, i] = pick(rng, at);
          const group = ARABIC_DOTS.find((g) => g.includes(ch))!;
          const other = pick(
            rng,
            [...group].filter((x) => x !== ch),
          );
          return [...letters.slice(0, i), other, ...letters.slice(i + 1)].join('');
        }
      : // A vowel for another.
        () => {
          const at = letters.map((ch, i) => [ch, i] as const).filter(([ch]) => ENGLISH_VOWELS.includes(ch));
          if (at.length === 0) return undefined;
          const [ch, i] = pick(rng, at);
          const other = pick(
            rng,
            [...ENGLISH_VOWELS].filter((x) => x !== ch),
          );
          return [...letters.slice(0, i), other, ...letters.slice(i + 1)].join('');
        },
  ];
  return pick(rng, edits)();
}

/**
 * `count` misspelled queries of each language from `pages`, by chance from `seed` (a generator of
 * their own, so the six kinds of `generateQueries` stay what they were for a seed): a word of a page
 * (Arabic: one without proclitics, of three letters or more, four for an edit other than dots;
 * English: five letters or more), with one edit a reader makes (`misspell`), that is no word of
 * the corpus (nor, in Arabic, any word with proclitics). Relevant: the pages with the word meant.
 */
export function generateMisspellings(
  pages: readonly OraclePage[],
  count: number,
  seed: number,
  maxShare = 0.25,
): EvalQuery[] {
  const rng = seededRandom(seed ^ 0x7e57);
  const tokensOf = (page: OraclePage) => (page.lang === 'ar' ? arabicTokens(page.text) : englishTokens(page.text));
  const indexed = pages.map((page) => ({ page, set: new Set(tokensOf(page).map((t) => t.folded)) }));
  const ar = indexed.filter((p) => p.page.lang === 'ar');
  const en = indexed.filter((p) => p.page.lang === 'en');
  const words = new Set(indexed.flatMap((p) => [...p.set]));
  const bare = new Set(ar.flatMap((p) => [...p.set]));
  const bases = new Set([...bare].map((w) => arabicBase(w, (x) => bare.has(x) || bare.has(`ال${x}`))));
  const out: EvalQuery[] = [];
  for (const [lang, list] of [
    ['ar', ar],
    ['en', en],
  ] as const) {
    for (let n = 0, tries = 0; n < count; tries++) {
      if (tries > 100_000) throw new Error(`no ${lang} word to misspell`);
      const p = pick(rng, list);
      const word = pick(rng, [...p.set]);
      const arabic = lang === 'ar';
      if ([...word].length < (arabic ? 4 : 5)) continue;
      const base = arabic ? arabicBase(word, (x) => bare.has(x) || bare.has(`ال${x}`)) : word;
      if (arabic && base !== word) continue;
      const forms = arabic ? arabicForms(word) : englishFamily(word);
      const relevant = new Set(list.filter((q) => [...forms].some((f) => q.set.has(f))).map((q) => q.page.url));
      if (relevant.size > maxShare * list.length) continue;
      const typed = misspell(word, arabic, rng);
      if (!typed || typed === word || words.has(typed) || bases.has(typed)) continue;
      if (arabic && [...arabicForms(typed)].some((f) => bare.has(f))) continue;
      out.push({
        kind: arabic ? 'arabic-misspelling' : 'english-misspelling',
        query: typed,
        relevant,
        from: `${p.page.url} ${word}`,
      });
      n++;
    }
  }
  return out;
}

/** A sentence pair of the parallel corpus the pages come from. */
export interface SentencePair {
  en: string;
  ar: string;
}

/**
 * Names and their Arabic spellings, extracted from sentence pairs by co-occurrence alone (no
 * transliteration rule of search's): an English word of three letters or more written with a
 * capital everywhere and not first in its sentence somewhere; its spelling, the Arabic word
 * (`arabicBase`) that occurs in the same pairs most often, with a Dice coefficient of 0.5 or more
 * over two pairs or more, of three letters or more, and never written with the article (a name
 * taken into Arabic by its sound seldom is: واشنطن, ووهان; a translated one often is: الصين).
 */
export function extractNamePairs(pairs: readonly SentencePair[]): { en: string; ar: string }[] {
  const lower = new Set<string>();
  const inside = new Set<string>();
  const withArticle = new Set<string>();
  const units = pairs.map((pair) => {
    const en = englishTokens(pair.en);
    en.forEach((t, i) => {
      if (/^[a-z]/.test(t.text)) lower.add(t.folded);
      else if (i > 0) inside.add(t.folded);
    });
    const ar = new Set(
      arabicTokens(pair.ar).map((t) => {
        const base = arabicBase(t.folded);
        if (t.folded.endsWith(`ال${base}`) || t.folded.endsWith(`لل${base.slice(1)}`)) withArticle.add(base);
        return base;
      }),
    );
    return { en: new Set(en.map((t) => t.folded)), ar };
  });
  const names = new Set([...inside].filter((w) => w.length >= 3 && !lower.has(w)));
  const count = new Map<string, number>();
  const together = new Map<string, Map<string, number>>();
  for (const { en, ar } of units) {
    for (const a of ar) count.set(a, (count.get(a) ?? 0) + 1);
    for (const e of en) {
      if (!names.has(e)) continue;
      count.set(`en:${e}`, (count.get(`en:${e}`) ?? 0) + 1);
      const row = together.get(e) ?? new Map<string, number>();
      for (const a of ar) row.set(a, (row.get(a) ?? 0) + 1);
      together.set(e, row);
    }
  }
  const out: { en: string; ar: string }[] = [];
  for (const [e, row] of together) {
    let best: { a: string; dice: number; c: number } | undefined;
    for (const [a, c] of row) {
      const dice = (2 * c) / (count.get(`en:${e}`)! + count.get(a)!);
      if (c >= 2 && dice >= 0.5 && (!best || dice > best.dice || (dice === best.dice && c > best.c)))
        best = { a, dice, c };
    }
    if (best && [...best.a].length >= 3 && !withArticle.has(best.a)) out.push({ en: e, ar: best.a });
  }
  return out.sort((x, y) => (x.en < y.en ? -1 : 1));
}

/**
 * Queries of names across scripts, from the name pairs of `pairs` (`extractNamePairs`): a name
 * typed in English (capitalised), relevant: the Arabic pages that spell it; its Arabic spelling,
 * relevant: the English pages with the name. At most `count` of each, by chance from `seed`.
 */
export function generateNameQueries(
  pages: readonly OraclePage[],
  pairs: readonly SentencePair[],
  count: number,
  seed: number,
): EvalQuery[] {
  const rng = seededRandom(seed ^ 0x4a3e);
  const sets = pages.map((page) => ({
    page,
    set: new Set((page.lang === 'ar' ? arabicTokens(page.text) : englishTokens(page.text)).map((t) => t.folded)),
  }));
  const names = extractNamePairs(pairs);
  for (let i = names.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [names[i], names[j]] = [names[j], names[i]];
  }
  const out: EvalQuery[] = [];
  let en = 0;
  let ar = 0;
  for (const { en: e, ar: a } of names) {
    const forms = arabicForms(a);
    const arabicPages = sets.filter((p) => p.page.lang === 'ar' && [...forms].some((f) => p.set.has(f)));
    const englishPages = sets.filter((p) => p.page.lang === 'en' && p.set.has(e));
    if (arabicPages.length === 0 || englishPages.length === 0) continue;
    const typed = e.charAt(0).toUpperCase() + e.slice(1);
    if (en < count) {
      out.push({
        kind: 'english-name',
        query: typed,
        relevant: new Set(arabicPages.map((p) => p.page.url)),
        from: `${e} ${a}`,
      });
      en++;
    }
    if (ar < count) {
      out.push({
        kind: 'arabic-name',
        query: a,
        relevant: new Set(englishPages.map((p) => p.page.url)),
        from: `${a} ${e}`,
      });
      ar++;
    }
  }
  return out;
}
