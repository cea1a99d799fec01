/**
 * Names across scripts: the transliteration skeleton of a word, the same for a name written in
 * Latin letters and in Arabic letters (Kavanaugh and كافانو, Wuhan and ووهان), so that a name
 * that no glossary entry links is still found in the documents of the other language.
 *
 * A skeleton is the word's consonants as classes of the sounds the two scripts share, vowels and
 * the letters that stand for them left out (Arabic writes long vowels with ا و ي and short ones
 * not at all; English writes both), and a run of one class written once:
 *
 *   B  b p · ب پ          T  t th · ت ط ث        D  d dh · د ض ذ
 *   S  s z c(e,i,y) · س ص ز ظ                    X  sh ch tch · ش تش چ
 *   K  k c q ck kh x(k) · ك ق خ                 G  g j · ج غ گ
 *   F  f v ph · ف ڤ       L · ل   M · م   N · ن   R · ر
 *   W, Y: w and y (و and ي) at the start of a word only; elsewhere they are vowels.
 *
 * h and its Arabic counterparts (ه ح), ع and the hamza are left out: English writes h where
 * Arabic has any of them or none (Hamas, حماس; Johnson, جونسون), and gh after a vowel is silent
 * (Kavanaugh). The skeleton is deliberately coarse: it is compared only between a word typed in one
 * script and the words of the other script in the index, and what it finds ranks below anything
 * found by the words as typed or through the glossary.
 */
import { hasArabic } from '../arabic/index.ts';

/** Skeletons shorter than this say too little to link two words (two consonants match half a dictionary). */
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

/** Appends `classes` to `out`, a class the same as the last written once (ll, ss, Hannan: N). */
function push(out: string[], classes: string): void {
  for (const c of classes) if (out[out.length - 1] !== c) out.push(c);
}

function latinSkeleton(word: string): string {
  const out: string[] = [];
  let rest = word;
  // Silent first letters: knight, wright, psalm, Pfizer.
  rest = rest.replace(/^kn/, 'n').replace(/^wr/, 'r').replace(/^ps/, 's').replace(/^pf/, 'f');
  let first = true;
  while (rest.length > 0) {
    if (first && /^[wy]/.test(rest)) {
      push(out, rest[0] === 'w' ? 'W' : 'Y');
      rest = rest.slice(1);
      first = false;
      continue;
    }
    // gh: a g at the start of a word (Ghana), silent after a vowel (Kavanaugh, Hugh).
    if (rest.startsWith('gh')) {
      if (first) push(out, 'G');
      rest = rest.slice(2);
      first = false;
      continue;
    }
    // ng at the end of a syllable is one sound, written ن in Arabic (Washington, واشنطن).
    if (/^ng(?![aeiouy])/.test(rest)) {
      push(out, 'N');
      rest = rest.slice(2);
      first = false;
      continue;
    }
    const group = LATIN_GROUPS.find(([pattern]) => pattern.test(rest));
    if (group) {
      push(out, group[1]);
      rest = rest.replace(group[0], '');
    } else {
      const c = LATIN_CLASS[rest[0]];
      if (c) push(out, c);
      rest = rest.slice(1);
    }
    first = false;
  }
  return out.join('');
}

function arabicSkeleton(word: string): string {
  const out: string[] = [];
  const letters = [...word];
  letters.forEach((letter, i) => {
    const glide = ARABIC_GLIDE[letter];
    if (glide !== undefined) {
      if (i === 0) push(out, glide);
      return;
    }
    // تش is how Arabic writes ch (تشرشل, Churchill).
    if (letter === 'ت' && letters[i + 1] === 'ش') return;
    const c = ARABIC_CLASS[letter];
    if (c) push(out, c);
  });
  return out.join('');
}

/**
 * The transliteration skeleton of a word key (`matchKey`: folded, lowercase), in either script;
 * undefined when it has fewer than `MIN_SKELETON` classes, or digits.
 *
 * @example skeleton('kavanaugh') === skeleton('كافانو') // 'KFN'
 */
export function skeleton(key: string): string | undefined {
  if (/[0-9]/.test(key)) return undefined;
  const out = hasArabic(key) ? arabicSkeleton(key) : /^[a-z]+$/.test(key) ? latinSkeleton(key) : '';
  return out.length >= MIN_SKELETON ? out : undefined;
}
