/**
 * A learned signal of furniture: a logistic model over a line's words, letter trigrams,
 * marks and shape, trained on every furniture set of the evaluation against lines of news
 * prose and headlines that read like furniture (`npm run train:line-model`, which writes
 * `line-model.json`). Tables name the phrasings someone has seen; a model of their words and
 * letters also knows a phrasing it has not seen when it is built from the same stuff ("Episode
 * artwork by …" shares "artwork", "by" and a name's shape with a credit line; "شاركها مع أصدقائك"
 * shares "شارك" with every share button). It only scores a line; where a score may remove one is
 * decided by the cleaner (`clean.ts`), since nothing of an article may go.
 */
import { normalizeArabic } from '../arabic/normalize.ts';
import { z } from 'zod';
import { FUNCTION_WORDS_EN } from '../english/function-words.ts';
import { FUNCTION_WORDS_AR } from '../arabic/function-words.ts';

/** Words that hold a sentence together, folded as the model folds a line. */
const FUNCTION_WORDS = new Set([...FUNCTION_WORDS_EN, ...FUNCTION_WORDS_AR.map((w) => foldForModel(w))]);

/** The model as `line-model.json` stores it: a weight per feature, the bias, what it was trained on. */
export const lineModelSchema = z.object({
  $comment: z.string().optional(),
  trained: z.object({ sets: z.array(z.string()), positives: z.number(), negatives: z.number() }),
  bias: z.number(),
  weights: z.record(z.string(), z.number()),
});
export type LineModel = z.infer<typeof lineModelSchema>;

/** A stop, a colon or a comma at the end: a sentence, or a line that leads into the next. */
export const STOPPED = /[.!?؟…:;,،؛]["”’»)\]]*$/u;
/** The most words of a line the model judges. */
const MAX_WORDS = 16;

/**
 * Whether the model may judge `text`: a line of a few words, with no stop, colon or comma at its
 * end, not going on a sentence in lower case. Trained on such lines only, it tells furniture from
 * the article's own short lines (headlines, subheadings, a transcript's turns) by their words.
 */
export function isModelLine(text: string): boolean {
  const line = text.trim();
  const words = line.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
  return words > 0 && words <= MAX_WORDS && !STOPPED.test(line) && !/^\P{L}*\p{Ll}/u.test(line);
}

/** Icons scraped as text, arrows among them: to the model a "▶" and a "→" are the same feature. */
const ICON = /[\p{Extended_Pictographic}\u2190-\u21ff\u25a0-\u25ff\u27f0-\u27ff]/u;
/** Marks that part a page's line (a bar, a bullet, a middle dot, a spaced slash or guillemet). */
const PARTED = /\s[/»›>|·•]\s|[|•]/u;

const bucket = (n: number, edges: readonly number[]) => {
  const i = edges.findIndex((e) => n <= e);
  return i === -1 ? `${edges.at(-1)}+` : String(edges[i]);
};

/**
 * A line folded for the model: compatibility forms, lower case, Arabic's variant letters and
 * marks as `normalizeArabic` folds them, and every digit as 0 (a date is a date whatever its day).
 */
export function foldForModel(text: string): string {
  return normalizeArabic(text.normalize('NFKC').toLowerCase()).replace(/\p{Nd}/gu, '0');
}

/**
 * The features of a line: its words, their letter trigrams (a word's stem and affixes: "شاركها"
 * and "شارك" share "شار"), its first and last words, its word pairs, the build of its ends, the
 * marks between words, and its shape. Chosen on the six newest sets held out with half the prose
 * (docs/cleaning.md, session 18): position, pairs and the ends' build lifted the furniture taken
 * with at most 5 % of unseen prose from 54 % to 72 % in English; four-letter grams, Arabic stems
 * without clitics and a count of function words did not help.
 */
export function lineFeatures(text: string): string[] {
  const raw = text.trim();
  const folded = foldForModel(raw);
  const words = folded.split(/\s+/u).filter((w) => w !== '');
  const letters = words.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((w) => w !== '');
  const features: string[] = [];
  for (const w of letters) features.push(`w:${/\p{L}/u.test(w) ? w : w.replace(/0+/gu, '0')}`);
  for (const w of letters) {
    if (!/\p{L}/u.test(w)) continue;
    const padded = `<${w}>`;
    for (let i = 0; i + 3 <= padded.length; i++) features.push(`c:${padded.slice(i, i + 3)}`);
  }
  const named = letters.filter((w) => /\p{L}/u.test(w));
  // Where a word stands: a page's line opens on its label ("Photo", "Read") and closes on a name
  // or a count, a headline or a subheading on a noun or a verb.
  if (named.length > 0) features.push(`f:${named[0]}`);
  if (named.length > 1) features.push(`l:${named.at(-1)}`);
  // Word pairs: "read more" and "more read" differ, "by the" and "by Jane" too.
  for (let i = 0; i + 1 < letters.length; i++) features.push(`b:${letters[i]} ${letters[i + 1]}`);
  // The build of the line's first and last two words, capitalised (A), lower case (a), a function
  // word (f), a number (0), uncased (x: Arabic), a mark (.): "By Jane" is Aa, "Backed by" Af.
  const shapes = raw.split(/\s+/u).map(wordShape);
  features.push(`ws0:${shapes.slice(0, 2).join('')}`, `ws1:${shapes.slice(-2).join('')}`);
  // A number's build: a time (0:0), a date (0/0/0), a count (0), an ordinal (0th).
  for (const w of words) if (/\p{N}/u.test(w)) features.push(`d:${w.replace(/\p{L}+/gu, 'a').replace(/0+/gu, '0')}`);
  // Marks between words: a bar, a dash, a colon, a bracket, each a feature of its own.
  for (const mark of folded.match(/[^\p{L}\p{N}\s]/gu) ?? []) features.push(`m:${mark}`);
  const capitals = raw.split(/\s+/u).filter((w) => /^\P{L}*\p{Lu}/u.test(w)).length;
  features.push(
    `len:${bucket(letters.length, [1, 2, 3, 5, 8, 12, 20])}`,
    /^[^:]{1,30}:/u.test(raw) ? 'shape:label' : 'shape:nolabel',
  );
  if (ICON.test(raw)) features.push('shape:pictograph');
  if (PARTED.test(raw)) features.push('shape:parted');
  if (/\p{N}/u.test(raw)) features.push('shape:digits');
  if (letters.length > 0 && /\p{Lu}/u.test(raw))
    features.push(`caps:${bucket(Math.round((capitals / letters.length) * 4), [0, 1, 2, 3, 4])}`);
  if (raw === raw.toUpperCase() && /\p{Lu}/u.test(raw)) features.push('shape:all-caps');
  return features;
}

/** A word's build, for the shape of a line's ends (`lineFeatures`). */
function wordShape(word: string): string {
  if (/^\P{L}*\p{Lu}/u.test(word)) return 'A';
  if (/^\P{L}*\p{Ll}/u.test(word)) return FUNCTION_WORDS.has(word.toLowerCase().replace(/\P{L}/gu, '')) ? 'f' : 'a';
  if (/\p{N}/u.test(word)) return '0';
  return /\p{L}/u.test(word) ? 'x' : '.';
}

/** The model's probability that `text` is a line of furniture. */
export function furnitureProbability(text: string, model: LineModel): number {
  let z = model.bias;
  for (const f of lineFeatures(text)) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}
