/**
 * Names across scripts: the transliteration skeleton of a word, the same for a name written in
 * Latin letters and in Arabic letters (Kavanaugh and كافانو, Wuhan and ووهان). The one skeleton
 * search (names no glossary entry links), the glossary's suggestions (evidence that an Arabic word
 * is a name of the English version) and the aligner (names as anchors) share.
 *
 * A skeleton is the word's consonants as classes of the sounds the two scripts share, vowels and
 * the letters that stand for them left out (Arabic writes long vowels with ا و ي and short ones
 * not at all; English writes both), and a run of one class written once (a doubled letter):
 *
 *   B  b p · ب پ          T  t th · ت ط ث        D  d dh · د ض ذ
 *   S  s z c(e,i,y) · س ص ز ظ                    X  sh ch tch · ش تش چ
 *   K  k c q ck kh x(k) · ك ق خ                 G  g j · ج غ گ
 *   F  f v ph · ف ڤ       L · ل   M · م   N · ن (ng, نغ and نج closing a syllable)   R · ر
 *   W, Y: w and y (و and ي) at the start of a word only; elsewhere they are vowels.
 *
 *   H  h · ه ح: at the start of a word and before a vowel only (Hamas, حماس; Wuhan, ووهان), for
 *      English writes a silent h before consonants (John, جون) and Arabic a final ه for a vowel.
 *
 * The hamza seats count as vowels, ع as nothing; gh after a vowel is silent (Kavanaugh). Search
 * compares a word typed in one script with the words of the other script in the index, by the
 * classes and where the vowels are written (`shapeOf`, `vowelAgreement`); the glossary and the
 * aligner, which compare two texts known to be about the same thing, by the classes alone
 * (`consonants`, `sameName`) or merged further (`looseSkeleton`).
 */
import { hasArabic } from './normalize.ts';

/** Skeletons shorter than this say too little to compare two words. */
export const MIN_SKELETON = 2;

/** Arabic letters (as `matchKey` leaves them) and their classes; a letter not here is a vowel or left out. */
const ARABIC_CLASS: Readonly<Record<string, string>> = {
  ب: 'B',
  پ: 'B',
  ت: 'T',
  ط: 'T',
  ث: 'T',
  د: 'D',
  ض: 'D',
  ذ: 'D',
  س: 'S',
  ص: 'S',
  ز: 'S',
  ظ: 'S',
  ش: 'X',
  چ: 'X',
  ك: 'K',
  ق: 'K',
  خ: 'K',
  ج: 'G',
  غ: 'G',
  گ: 'G',
  ف: 'F',
  ڤ: 'F',
  ل: 'L',
  م: 'M',
  ن: 'N',
  ر: 'R',
};

/** Arabic letters that are consonants at the start of a word and long vowels elsewhere. */
const ARABIC_GLIDE: Readonly<Record<string, string>> = { و: 'W', ي: 'Y' };

/** Latin spellings of one sound, longest first, and the class each is (empty: left out). */
const LATIN_GROUPS: readonly [RegExp, string][] = [
  [/^tch/, 'X'],
  [/^sch/, 'X'],
  [/^ch/, 'X'],
  [/^sh/, 'X'],
  [/^zh/, 'G'],
  [/^ph/, 'F'],
  [/^th/, 'T'],
  [/^dh/, 'D'],
  [/^kh/, 'K'],
  [/^ck/, 'K'],
  [/^qu/, 'K'],
  [/^x/, 'KS'],
  [/^c(?=[eiy])/, 'S'],
];

const LATIN_CLASS: Readonly<Record<string, string>> = {
  b: 'B',
  p: 'B',
  t: 'T',
  d: 'D',
  s: 'S',
  z: 'S',
  c: 'K',
  k: 'K',
  q: 'K',
  g: 'G',
  j: 'G',
  f: 'F',
  v: 'F',
  l: 'L',
  m: 'M',
  n: 'N',
  r: 'R',
};

/**
 * A skeleton being written: the classes, and for each gap around them (before the first, between
 * two, after the last) whether a vowel is written there.
 */
class Shape {
  classes = '';
  vowels: boolean[] = [false];

  /** Appends classes, a class the same as the last written once (ll, ss, Hannan: N). */
  push(classes: string): void {
    for (const c of classes) {
      if (this.classes.endsWith(c)) continue;
      this.classes += c;
      this.vowels.push(false);
    }
  }

  vowel(): void {
    this.vowels[this.vowels.length - 1] = true;
  }

  /** A final vowel that may or may not be sounded (English final e: Mike, مايك; Conte, كونتي). */
  open = false;

  /** Letters left out that stand for sounds English does not write (ع, ح and ه before a consonant). */
  silent = 0;
}

const LATIN_VOWEL = /^[aeiouy]/;

function latinShape(word: string): Shape {
  const out = new Shape();
  // Silent first letters: knight, wright, psalm, Pfizer.
  let rest = word.replace(/^kn/, 'n').replace(/^wr/, 'r').replace(/^ps/, 's').replace(/^pf/, 'f');
  let first = true;
  while (rest.length > 0) {
    let take = 1;
    if (first && /^[wy]/.test(rest)) out.push(rest[0] === 'w' ? 'W' : 'Y');
    else if (rest.startsWith('gh')) {
      // gh: a g at the start of a word (Ghana), silent after a vowel (Kavanaugh, Hugh).
      if (first) out.push('G');
      take = 2;
    } else if (/^ng(?![aeiouy])/.test(rest)) {
      // ng at the end of a syllable is one sound, written ن in Arabic (Washington, واشنطن).
      out.push('N');
      take = 2;
    } else if (rest[0] === 'h') {
      // h is a sound at the start of a word and before a vowel (Hamas, Wuhan), silent before a
      // consonant (John, Ahmed), as Arabic writes ه and ح.
      if (first || LATIN_VOWEL.test(rest.slice(1))) out.push('H');
      else out.silent++;
    } else {
      const group = LATIN_GROUPS.find(([pattern]) => pattern.test(rest));
      if (group) {
        out.push(group[1]);
        take = rest.length - rest.replace(group[0], '').length;
      } else if (LATIN_CLASS[rest[0]]) out.push(LATIN_CLASS[rest[0]]);
      else if (rest === 'e' && !first) out.open = true;
      else if (/[aeiouyw]/.test(rest[0])) out.vowel();
    }
    rest = rest.slice(take);
    first = false;
  }
  return out;
}

/** Arabic letters that write vowels: long vowels, and ة/ه (folded) or ى at the end. */
const ARABIC_VOWEL = /* @__PURE__ */ new Set(['ا', 'و', 'ي', 'ى', 'ء', 'ئ', 'ؤ']);

function arabicShape(word: string): Shape {
  const out = new Shape();
  const letters = [...word];
  letters.forEach((letter, i) => {
    const last = i === letters.length - 1;
    const glide = ARABIC_GLIDE[letter];
    if (glide !== undefined && i === 0) out.push(glide);
    else if (letter === 'ه' || letter === 'ح') {
      // As h in English (see `latinShape`): a sound at the start and before a vowel; a final ه is
      // the feminine ending or a vowel (كوريا and كوريه are one spelling of Korea).
      if (last && letter === 'ه') out.vowel();
      else if (i === 0 || ARABIC_VOWEL.has(letters[i + 1])) out.push('H');
      else out.silent++;
    } else if ((letter === 'غ' || letter === 'ج') && letters[i - 1] === 'ن' && !ARABIC_VOWEL.has(letters[i + 1])) {
      // نغ and نج closing a syllable are English ng (بنغلاديش, Bangladesh; هونغ, Hong): one sound,
      // as `latinShape` reads ng (Washington, واشنطن).
    } else if (letter === 'ت' && letters[i + 1] === 'ش') {
      // تش is how Arabic writes ch (تشرشل, Churchill).
    } else if (ARABIC_CLASS[letter]) out.push(ARABIC_CLASS[letter]);
    else if (ARABIC_VOWEL.has(letter)) out.vowel();
    else if (letter === 'ع') out.silent++;
  });
  return out;
}

/** A word's skeleton and where it writes vowels (see `Shape`). */
export interface Skeleton {
  classes: string;
  /** One flag per gap around the classes: a vowel written there. */
  vowels: readonly boolean[];
  /** The last gap's vowel may or may not be sounded (English final e). */
  open: boolean;
  arabic: boolean;
  /**
   * Letters of the word that the skeleton leaves out and that a name taken into Arabic seldom has
   * (ع, and ح or ه before a consonant): باحثون is less likely Putin than بوتين is.
   */
  silent: number;
}

/**
 * The transliteration skeleton of a word key (`matchKey`: folded, lowercase), in either script;
 * undefined when it has fewer than `MIN_SKELETON` classes, or digits.
 *
 * @example shapeOf('kavanaugh').classes === shapeOf('كافانو').classes // 'KFN'
 */
export function shapeOf(key: string): Skeleton | undefined {
  if (/[0-9]/.test(key)) return undefined;
  const arabic = hasArabic(key);
  const shape = arabic ? arabicShape(key) : /^[a-z]+$/.test(key) ? latinShape(key) : undefined;
  return shape && shape.classes.length >= MIN_SKELETON
    ? { classes: shape.classes, vowels: shape.vowels, open: shape.open, arabic, silent: shape.silent }
    : undefined;
}

/**
 * The classes of any word's skeleton, however short (`shapeOf` wants a folded key): an Arabic word
 * as `matchKey` leaves it, a Latin word in any case and with accents (Müller, Trump), other
 * characters left out.
 */
export function consonants(word: string): string {
  if (hasArabic(word)) return arabicShape(word).classes;
  const latin = word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  return latinShape(latin).classes;
}

/**
 * Classes that the loose skeleton merges, and those it leaves out: the sounds whose letters the two
 * scripts most often trade for each other in names a translator did not fix (ض for d, ش for s, غ
 * and ج for k and g), and h, w and y, which one script writes where the other does not.
 */
const LOOSE: Readonly<Record<string, string>> = { D: 'T', X: 'S', G: 'K', H: '', W: '', Y: '' };

/**
 * A coarser skeleton (`LOOSE`), for telling whether two texts that translate each other name the
 * same thing (the aligner's anchors): there the other text is known, and a name spelled a little
 * differently in it should still meet. Search, which compares a word with a whole index, uses
 * `shapeOf`. Trump and ترامب give TRMB; Bangladesh and بنغلاديش BNLTS.
 */
export function looseSkeleton(word: string): string {
  let out = '';
  for (const c of consonants(word)) {
    const loose = LOOSE[c] ?? c;
    if (loose !== '' && !out.endsWith(loose)) out += loose;
  }
  return out;
}

/** Edit distance (Levenshtein) of two skeletons. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/**
 * Whether the skeletons (`consonants`) of an Arabic word and of a Latin name, or of a run of names
 * (Le Pen: the skeletons one after the other), may spell one name: equal; or, from three classes,
 * the Arabic a beginning of the Latin (كورونا, Coronavirus); or, from five, one class apart. They
 * are compared without H too, which one script often writes where the other does not (John, جون),
 * when three classes are left. (Shorter skeletons agree by chance too often.) The glossary's
 * suggestions use it as evidence that an Arabic word is a name of the document's English version.
 */
export function sameName(arabic: string, latin: string): boolean {
  const agree = (a: string, l: string, least: number) =>
    a.length >= least && (a === l || (a.length >= 3 && l.startsWith(a)) || (a.length >= 5 && distance(a, l) <= 1));
  const withoutH = (skeleton: string) => skeleton.replaceAll('H', '').replace(/(.)\1+/g, '$1');
  return agree(arabic, latin, 2) || agree(withoutH(arabic), withoutH(latin), 3);
}

/** The classes of a word's skeleton (see `shapeOf`). */
export function skeleton(key: string): string | undefined {
  return shapeOf(key)?.classes;
}

/**
 * Whether two words of one skeleton write their vowels alike enough to be one name, and how alike
 * (the gaps where both write a vowel or neither does, for ranking), or undefined. Arabic writes a
 * name's long and stressed vowels and leaves short ones out (بايدن, Biden), so every vowel the
 * Arabic word writes must be one the English word has, and it must write at least one when the
 * English word has any: an Arabic word of the same consonants mostly writes none (بطن against
 * Putin, بوتين). Two words of one script must write them in the same gaps.
 */
export function vowelAgreement(a: Skeleton, b: Skeleton): number | undefined {
  if (a.classes !== b.classes || a.vowels.length !== b.vowels.length) return undefined;
  const last = a.vowels.length - 1;
  const alike = a.vowels.filter((v, i) => v === b.vowels[i] || (i === last && (a.open || b.open))).length;
  if (a.arabic === b.arabic) return alike === a.vowels.length ? alike : undefined;
  const [en, ar] = a.arabic ? [b, a] : [a, b];
  const open = (i: number) => i === last && en.open;
  if (ar.vowels.some((v, i) => v && !en.vowels[i] && !open(i))) return undefined;
  if (en.vowels.some(Boolean) && !ar.vowels.some(Boolean)) return undefined;
  // ع, and ح or ه before a consonant, are sounds English writes as an h before a consonant (Ahmed,
  // أحمد) or as a first vowel (Oman, عمان): a word with more of them is an Arabic word (سيتعرض
  // against Saturday, باهظه).
  if (ar.silent > en.silent + (en.vowels[0] ? 1 : 0)) return undefined;
  return alike;
}
