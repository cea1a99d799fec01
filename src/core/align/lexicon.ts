/**
 * Lexical evidence for the aligner's second pass, in the manner of Moore (2002) and hunalign: the
 * first pass (lengths and anchors) gives beads; they, with the English beside each, are a small parallel corpus
 * from which a word-translation table is learned (words that keep turning up in the same beads);
 * and names are matched across scripts by a consonant skeleton (ووهان and Wuhan, ترامب and Trump).
 * Both become anchors of the second pass. Nothing comes from a model file: what is learned, is
 * learned from the texts being aligned (and, in a build, the archive's other pairs).
 */
import { hasArabic, stripClitics, tokenize } from '../arabic/index.ts';
import { looseSkeleton } from '../arabic/skeleton.ts';
import { FUNCTION_WORDS_EN } from '../english/function-words.ts';

/**
 * The words of a sentence as the table counts them (Arabic stems without clitics, English in lower
 * case, function words left out) and its names' skeletons (`skeletonOf`): in English of its
 * capitalised words, in Arabic of every word (without the article and a leading conjunction or
 * preposition: وترامب, بواشنطن), since Arabic script has no capitals to tell names by.
 */
export function lexicalOf(text: string, lang: 'ar' | 'en'): { words: string[]; names: string[] } {
  const words = new Set<string>();
  const names = new Set<string>();
  for (const token of tokenize(text)) {
    if (lang === 'ar') {
      if (!token.arabic) continue;
      const seen = remembered(ARABIC_WORDS, token.key, arabicWordOf);
      if (seen.word) words.add(seen.word);
      for (const name of seen.names) names.add(name);
    } else {
      if (token.arabic) continue;
      const word = remembered(ENGLISH_WORDS, token.key, englishWordOf);
      if (!word) continue;
      words.add(word);
      if (/^\p{Lu}/u.test(token.text)) {
        const skeleton = remembered(ENGLISH_NAMES, word, englishNameOf);
        if (skeleton) names.add(skeleton);
      }
    }
  }
  return { words: [...words], names: [...names] };
}

/**
 * What `lexicalOf` makes of a word, kept by its key: a text of thousands of sentences repeats most
 * of its words, and their stems and skeletons are a good share of the aligner's time. Cleared when
 * full, so that a long build does not keep every word it ever saw.
 */
const REMEMBERED = 50_000;
const ARABIC_WORDS = new Map<string, ArabicWord>();
const ENGLISH_WORDS = new Map<string, string>();
const ENGLISH_NAMES = new Map<string, string>();

function remembered<T>(memory: Map<string, T>, key: string, make: (key: string) => T): T {
  let value = memory.get(key);
  if (value === undefined) {
    if (memory.size >= REMEMBERED) memory.clear();
    value = make(key);
    memory.set(key, value);
  }
  return value;
}

/** An Arabic word's stem as the table counts it (none for a function word) and its names' skeletons. */
interface ArabicWord {
  word: string | undefined;
  names: string[];
}
const NO_ARABIC_WORD: ArabicWord = { word: undefined, names: [] };

function arabicWordOf(key: string): ArabicWord {
  const stem = stripClitics(key);
  if (stem.length < 3) return NO_ARABIC_WORD;
  const names: string[] = [];
  const skeleton = skeletonOf(stem, 'ar');
  if (skeleton) names.push(skeleton);
  if (stem.length > 4 && 'وبلفك'.includes(stem[0])) {
    const shorter = skeletonOf(stem.slice(1), 'ar');
    if (shorter) names.push(shorter);
  }
  return { word: ARABIC_STOP.has(stem) ? undefined : stem, names };
}

/** An English word as the table counts it; '' for a function word, a short word or no word. */
function englishWordOf(key: string): string {
  if (!/^\p{L}/u.test(key)) return '';
  const word = key.toLowerCase().replace(/'s$/u, '');
  return word.length < 3 || ENGLISH_STOP.has(word) ? '' : word;
}

/** A capitalised English word's skeleton (`skeletonOf`); '' for none. */
function englishNameOf(word: string): string {
  return skeletonOf(word, 'en') ?? '';
}

/**
 * Function words, and the pronouns, quantifiers and connectives beside them that name nothing: they
 * co-occur with everything and would only add noise and time.
 */
const ENGLISH_STOP = new Set([
  ...FUNCTION_WORDS_EN,
  ...'him them whom such other most some one two both own same only very under between during while because'.split(' '),
]);
const ARABIC_STOP = new Set(
  (
    'التي الذي الذين هذا هذه ذلك تلك على الى الي عن من في مع بين بعد قبل خلال حتى كما كان كانت يكون تكون ' +
    'وقد لقد قد ان انه انها اي او ام ثم لكن لم لن ما ماذا هو هي هم هن نحن كل بعض غير عند منذ حيث ايضا'
  ).split(' '),
);

/**
 * Co-occurrence counts learned from beads, mergeable across pairs (the archive's table) and small
 * enough to cache: pairs seen in fewer than `MIN_SHARED` beads are left out.
 */
export interface LexicalCounts {
  /** How many beads were counted. */
  beads: number;
  /** Per word, the number of beads it occurs in: `ar:<stem>` and `en:<word>`. */
  words: Record<string, number>;
  /** Per pair `<ar stem> <en word>`, the number of beads both occur in (at least `MIN_SHARED`). */
  pairs: Record<string, number>;
  /** Per pair, how many more times the English word was next to a bead holding the Arabic one. */
  near?: Record<string, number>;
}

/** One bead as the table counts it: its Arabic and English words, and the English words of its neighbours. */
export interface CountedBead {
  ar: readonly string[];
  en: readonly string[];
  /**
   * The words of the English sentences next to the bead (the beads before and after it). A pair of
   * words counts as seen together when the English word is in the bead or next to it: where the
   * first pass slipped by a sentence, the words that would put it right are one bead apart, and
   * counted within the bead only, they would never be learned.
   */
  near?: readonly string[];
}

/**
 * Counts the words of the sentence pairs `beads` (each the words of an Arabic and an English text
 * that translate each other). Words are numbered and pairs keyed by number: a 5,000-sentence text
 * has about a million pairs to count.
 */
export function countBeads(beads: readonly CountedBead[]): LexicalCounts {
  const arIds = new Map<string, number>();
  const enIds = new Map<string, number>();
  const intern = (ids: Map<string, number>, list: readonly string[]) =>
    list.map((word) => {
      let id = ids.get(word);
      if (id === undefined) ids.set(word, (id = ids.size));
      return id;
    });
  const numbered = beads.map((bead) => {
    const en = intern(enIds, bead.en);
    const own = new Set(en);
    const near = bead.near ? intern(enIds, bead.near).filter((e) => !own.has(e)) : [];
    return { ar: intern(arIds, bead.ar), en, near };
  });
  const arWords = [...arIds.keys()];
  const enWords = [...enIds.keys()];
  const arCount = new Int32Array(arWords.length);
  const enCount = new Int32Array(enWords.length);
  // Keys `a · |en| + e`: small integers, which a Map hashes fastest, for any text of a few thousand sentences.
  const stride = enWords.length;
  for (const { ar, en } of numbered) {
    for (const a of ar) arCount[a]++;
    for (const e of en) enCount[e]++;
  }
  // A pair is kept only when seen `MIN_SHARED` times, which a word seen fewer times cannot be:
  // most words are seen once, and leaving them out saves most of the counting.
  const counted = (count: Int32Array) => (list: number[]) => list.filter((w) => count[w] >= MIN_SHARED);
  const arCounted = counted(arCount);
  const enCounted = counted(enCount);

  const pairs = new Counter();
  const nearPairs = new Counter();
  for (const bead of numbered) {
    const en = enCounted(bead.en);
    const near = enCounted(bead.near);
    for (const a of arCounted(bead.ar)) {
      const base = a * stride;
      for (const e of en) pairs.add(base + e, 1);
      for (const e of near) nearPairs.add(base + e, 1);
    }
  }
  for (const key of nearPairs.keys) pairs.add(key, 0);
  const words: Record<string, number> = {};
  arWords.forEach((w, k) => (words[`ar:${w}`] = arCount[k]));
  enWords.forEach((w, k) => (words[`en:${w}`] = enCount[k]));
  const kept: Record<string, number> = {};
  const keptNear: Record<string, number> = {};
  for (let k = 0; k < pairs.keys.length; k++) {
    const key = pairs.keys[k];
    const count = pairs.counts[k];
    const a = Math.floor(key / stride);
    const e = key % stride;
    // Seen together no more often than either word is seen: an English word next to three beads
    // that share an Arabic word is one sighting, not three.
    const near = Math.min(count + nearPairs.get(key), arCount[a], enCount[e]) - count;
    if (count + near < MIN_SHARED) continue;
    // Pairs far from the Dice a table needs, in this text, are left out: most pairs of words seen
    // near each other are of this kind (another pair's counts could lift a few of them, rarely).
    if (2 * (count + near) < MIN_DICE * (arCount[a] + enCount[e])) continue;
    const name = `${arWords[a]} ${enWords[e]}`;
    kept[name] = count;
    if (near > 0) keptNear[name] = near;
  }
  return { beads: beads.length, words, pairs: kept, near: keptNear };
}

/**
 * Counts by whole-number key, in the order keys were first added: an open-addressing table, since
 * a `Map` (two lookups an increment, an entry object each) was a tenth of the aligner's time.
 */
class Counter {
  readonly keys: number[] = [];
  readonly counts: number[] = [];
  /** Each slot's entry index + 1, 0 when empty; kept at most half full. */
  private slots = new Int32Array(1 << 16);
  /** 32 − log2 of the slots: a slot is the top bits of the key's hash. */
  private shift = 16;

  /** Adds `count` to `key`'s count, entering it (at `count`) when new. */
  add(key: number, count: number): void {
    const slot = this.find(key);
    const entry = this.slots[slot];
    if (entry > 0) {
      this.counts[entry - 1] += count;
      return;
    }
    this.keys.push(key);
    this.counts.push(count);
    this.slots[slot] = this.keys.length;
    if (2 * this.keys.length > this.slots.length) this.grow();
  }

  /** `key`'s count, 0 when never added. */
  get(key: number): number {
    const entry = this.slots[this.find(key)];
    return entry > 0 ? this.counts[entry - 1] : 0;
  }

  /** The slot holding `key`, or the empty slot where it would go. */
  private find(key: number): number {
    const mask = this.slots.length - 1;
    let slot = Math.imul((key | 0) ^ ((key / 4294967296) | 0), 0x9e3779b1) >>> this.shift;
    for (;;) {
      const entry = this.slots[slot];
      if (entry === 0 || this.keys[entry - 1] === key) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.shift--;
    for (let k = 0; k < this.keys.length; k++) this.slots[this.find(this.keys[k])] = k + 1;
  }
}

/** The least number of beads a pair must share to be believed. */
const MIN_SHARED = 2;
/** The least Dice coefficient, 2·c(a,e) / (c(a) + c(e)), of a pair that is kept. */
const MIN_DICE = 0.5;

/**
 * The translation table of `counts`: for each Arabic stem, the English words it was seen with
 * most consistently (Dice ≥ 0.5, in two beads or more), as pairs `<ar stem> <en word>`. A pair is
 * kept only when each word is the other's best match, so a frequent word does not pair with
 * everything near it.
 */
export function translationTable(...sources: readonly LexicalCounts[]): Set<string> {
  const words = new Map<string, number>();
  const pairs = new Map<string, [number, number]>();
  for (const source of sources) {
    for (const [w, c] of Object.entries(source.words)) words.set(w, (words.get(w) ?? 0) + c);
    for (const [p, c] of Object.entries(source.pairs)) {
      const near = source.near?.[p] ?? 0;
      if (c + near <= 0) continue;
      const seen = pairs.get(p);
      if (seen) {
        seen[0] += c;
        seen[1] += near;
      } else pairs.set(p, [c, near]);
    }
  }
  // Each word's best partner by Dice, ties broken by sightings within beads; a tie that remains
  // leaves the word without a partner (a word seen beside many others, none more than the rest).
  const best = new Map<string, { score: number; key: string | undefined }>();
  const offer = (word: string, score: number, key: string) => {
    const current = best.get(word);
    if (!current || score > current.score) best.set(word, { score, key });
    else if (score === current.score) current.key = undefined;
  };
  const scored: [string, string, string][] = [];
  for (const [key, [inside, near]] of pairs) {
    const shared = inside + near;
    if (shared < MIN_SHARED) continue;
    const space = key.indexOf(' ');
    const a = `ar:${key.slice(0, space)}`;
    const e = `en:${key.slice(space + 1)}`;
    const dice = (2 * shared) / ((words.get(a) ?? 0) + (words.get(e) ?? 0));
    if (dice < MIN_DICE) continue;
    const score = dice + inside / 1e6;
    scored.push([key, a, e]);
    offer(a, score, key);
    offer(e, score, key);
  }
  const table = new Set<string>();
  for (const [key, a, e] of scored) if (best.get(a)?.key === key && best.get(e)?.key === key) table.add(key);
  return table;
}

/** A translation table indexed by Arabic word, for `tableFor`. */
export type IndexedTable = ReadonlyMap<string, readonly string[]>;

export function indexTable(table: ReadonlySet<string>): IndexedTable {
  const index = new Map<string, string[]>();
  for (const key of table) {
    const space = key.indexOf(' ');
    const a = key.slice(0, space);
    const list = index.get(a);
    if (list) list.push(key.slice(space + 1));
    else index.set(a, [key.slice(space + 1)]);
  }
  return index;
}

/**
 * The entries of `table` (an archive's, from every pair's counts) that can anchor in the pair
 * `counts` were counted from: both words counted in it. Sorted: what a build keys a pair's
 * alignment on, so that a table grown by other pairs' words leaves this pair's key as it was.
 */
export function tableFor(table: IndexedTable, counts: LexicalCounts): string[] {
  const entries: string[] = [];
  for (const word of Object.keys(counts.words)) {
    if (!word.startsWith('ar:')) continue;
    const a = word.slice(3);
    for (const e of table.get(a) ?? []) if (`en:${e}` in counts.words) entries.push(`${a} ${e}`);
  }
  return entries.sort();
}

/**
 * The skeleton of a name, the same in both scripts when one transliterates the other: the loose
 * skeleton search and the glossary share (`looseSkeleton`, src/core/arabic/skeleton.ts). "Trump"
 * and ترامب give TRMB. Undefined for a word of the other script, and for a skeleton of fewer than
 * three classes: too many words share those.
 */
export function skeletonOf(word: string, lang: 'ar' | 'en'): string | undefined {
  if (hasArabic(word) !== (lang === 'ar')) return undefined;
  const skeleton = looseSkeleton(word);
  return skeleton.length >= 3 ? skeleton : undefined;
}
