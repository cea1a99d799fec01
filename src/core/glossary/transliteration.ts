/**
 * Whether an Arabic word could be the same name as a Latin one: their consonant skeletons, with the
 * letters each script uses for a sound put into one class (ب and p/b, ك ق خ and k/c/q/kh…), agree.
 * Evidence, across the two versions of a document, that an Arabic word is a name: ماكرون and
 * Macron agree (M K R N), أمام and anything in the English version do not.
 */

const ARABIC_CLASS: Record<string, string> = {
  ب: 'B',
  پ: 'B',
  ت: 'T',
  ط: 'T',
  ث: 'T',
  د: 'D',
  ض: 'D',
  ذ: 'D',
  ظ: 'D',
  ر: 'R',
  ز: 'S',
  س: 'S',
  ص: 'S',
  ش: 'S',
  ج: 'G',
  غ: 'G',
  ق: 'K',
  ك: 'K',
  خ: 'K',
  ف: 'F',
  ڤ: 'F',
  ل: 'L',
  م: 'M',
  ن: 'N',
  ه: 'H',
  ح: 'H',
};

/** Latin spellings of one sound, longest first, and their class; vowels, w and y are left out. */
const LATIN_CLASSES: [RegExp, string][] = [
  [/^(ph)/, 'F'],
  [/^(th)/, 'T'],
  [/^(sh|ch)/, 'S'],
  [/^(kh|ck)/, 'K'],
  [/^(gh)/, 'G'],
  [/^(c)(?=[eiy])/, 'S'],
  [/^(x)/, 'KS'],
  [/^([ckq])/, 'K'],
  [/^([gj])/, 'G'],
  [/^([fv])/, 'F'],
  [/^([bp])/, 'B'],
  [/^([sz])/, 'S'],
  [/^(t)/, 'T'],
  [/^(d)/, 'D'],
  [/^(r)/, 'R'],
  [/^(l)/, 'L'],
  [/^(m)/, 'M'],
  [/^(n)/, 'N'],
  [/^(h)/, 'H'],
];

/** Doubled classes written once: a doubled letter is one sound (Emmanuel, ووهان). */
const collapse = (skeleton: string) => skeleton.replace(/(.)\1+/g, '$1');

/** The consonant skeleton of an Arabic word, e.g. ماكرون → MKRN. */
export function arabicSkeleton(word: string): string {
  let skeleton = '';
  for (const ch of word.normalize('NFC')) skeleton += ARABIC_CLASS[ch] ?? '';
  return collapse(skeleton);
}

/** The consonant skeleton of a Latin word, e.g. Macron → MKRN. */
export function latinSkeleton(word: string): string {
  let rest = word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  let skeleton = '';
  while (rest) {
    const found = LATIN_CLASSES.find(([pattern]) => pattern.test(rest));
    if (found) {
      const [pattern, sound] = found;
      skeleton += sound;
      rest = rest.slice(pattern.exec(rest)![1].length);
    } else rest = rest.slice(1);
  }
  return collapse(skeleton);
}

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
 * Whether skeletons `arabic` and `latin` may spell one name: equal; or, from three consonants, the
 * Arabic a beginning of the Latin (كورونا, Coronavirus); or, from five, one consonant apart. An h
 * is often silent in one script and written in the other (John, جون), so they are compared without
 * it too, when three consonants are left. (Shorter skeletons agree by chance too often.)
 */
export function sameName(arabic: string, latin: string): boolean {
  const agree = (a: string, l: string, least: number) =>
    a.length >= least && (a === l || (a.length >= 3 && l.startsWith(a)) || (a.length >= 5 && distance(a, l) <= 1));
  const silentH = (skeleton: string) => collapse(skeleton.replaceAll('H', ''));
  return agree(arabic, latin, 2) || agree(silentH(arabic), silentH(latin), 3);
}
