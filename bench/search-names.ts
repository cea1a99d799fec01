/**
 * How precisely names are linked across scripts by their spelling: `node bench/search-names.ts
 * [--tmx file.tmx] [--half test|dev]` (TICO-19's, from HAMISH_TICO19, by default).
 *
 * Needs a translation memory of English–Arabic sentence pairs (TMX, units `DOC:N`; TICO-19's by
 * default, read with `readTmx`). Names and their Arabic spellings are extracted from it without
 * skeletons, by co-occurrence alone:
 *   - an English name: a word of three letters or more written with a capital everywhere it occurs,
 *     never first in its sentence (where any word has one) in at least one of them;
 *   - its Arabic spelling: the Arabic word (without proclitics, `stripClitics` of `matchKey`) that
 *     occurs in the same sentence pairs most often, with a Dice coefficient of 0.5 or more over
 *     two pairs or more.
 * The documents are split in two halves by their id (a hash): the skeleton rules were written
 * looking at the `dev` half; `test` (the default) is held out. For each extracted pair of the half,
 * search links the English name to every Arabic word of the half's vocabulary with the same
 * skeleton (`skeleton`), as the build does (`linkNameWords`), and this prints:
 *   - precision: links to the pair's Arabic spelling (or a word that contains it with proclitics
 *     read off) over all links made for the names;
 *   - precision again, a link counted right when the two words go together in the sentence pairs
 *     (Dice ≥ 0.5): the extraction picks one spelling per name, and a name has several (ايطاليا,
 *     ايطالي; اوروبا, اوروبيه);
 * *   - recall: pairs whose Arabic spelling is linked;
 *   - the other way (an Arabic word to English names): links made for the pairs' Arabic spellings,
 *     and those to the pair's name.
 * Pairs whose Arabic word is a translation, not a transliteration (China, الصين), cannot be found
 * by spelling; they count against recall, not precision.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { matchKey, stripClitics, tokenize } from '../src/core/arabic/index.ts';
import { readTmx } from '../src/core/align/tmx.ts';
import { linkNameWords, nameWords } from '../src/core/search/names.ts';
import { TICO_TMX } from '../tests/helpers/tico.ts';

const { values: args } = parseArgs({
  options: {
    tmx: { type: 'string', default: TICO_TMX },
    half: { type: 'string', default: 'test' },
    verbose: { type: 'boolean', default: false },
  },
});

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

let xml: string;
try {
  xml = readFileSync(args.tmx, 'utf8');
} catch {
  console.error(
    `bench/search-names.ts needs an English–Arabic TMX (TICO-19's all.en-ar.tmx); not found at ${args.tmx}. Pass --tmx <file>.`,
  );
  process.exit(2);
}
const { documents } = readTmx(xml);
const half = documents.filter((doc) => (hash(doc.id) % 2 === 0 ? 'dev' : 'test') === args.half);
const units = half.flatMap((doc) => doc.units);

// English names: capitalised everywhere, and somewhere not first in the sentence.
const lower = new Set<string>();
const inside = new Set<string>();
const unitWords = units.map((unit) => {
  const en = tokenize(unit.en).filter((t) => !t.arabic && /^[a-z]{3,}$/.test(t.key));
  en.forEach((t, i) => {
    if (/^\p{Ll}/u.test(t.text)) lower.add(t.key);
    else if (i > 0) inside.add(t.key);
  });
  const ar = new Set(
    tokenize(unit.ar)
      .filter((t) => t.arabic)
      .map((t) => stripClitics(matchKey(t.text))),
  );
  return { en: new Set(en.map((t) => t.key)), ar };
});
const names = new Set([...inside].filter((key) => !lower.has(key)));

// Co-occurrence of each name with each Arabic word.
const count = new Map<string, number>();
const pairCount = new Map<string, Map<string, number>>();
for (const { en, ar } of unitWords) {
  for (const a of ar) count.set(a, (count.get(a) ?? 0) + 1);
  for (const e of en) {
    if (!names.has(e)) continue;
    count.set(`en:${e}`, (count.get(`en:${e}`) ?? 0) + 1);
    const row = pairCount.get(e) ?? new Map<string, number>();
    for (const a of ar) row.set(a, (row.get(a) ?? 0) + 1);
    pairCount.set(e, row);
  }
}
const pairs: [string, string][] = [];
for (const [e, row] of pairCount) {
  let best: [string, number, number] | undefined;
  for (const [a, c] of row) {
    const dice = (2 * c) / (count.get(`en:${e}`)! + count.get(a)!);
    if (c >= 2 && dice >= 0.5 && (!best || dice > best[1] || (dice === best[1] && c > best[2]))) best = [a, dice, c];
  }
  if (best) pairs.push([e, best[0]]);
}

// The links search makes over the half's texts, as the build does.
const links = linkNameWords(
  units.flatMap((unit) => [
    nameWords({ lang: 'en' as const, blocks: [unit.en] }),
    nameWords({ lang: 'ar' as const, blocks: [unit.ar] }),
  ]),
);
/** The pair's spelling, or it with a lone proclitic read on or off (فرنسا, رنسا: the extraction's `stripClitics` took a letter). */
const sameWord = (x: string, a: string) =>
  x === a || (x.length === a.length + 1 && x.endsWith(a)) || (a.length === x.length + 1 && a.endsWith(x));
/** Dice coefficient of a name and an Arabic word over the sentence pairs (1 when always together). */
const dice = (e: string, a: string) =>
  (2 * (pairCount.get(e)?.get(a) ?? 0)) / (count.get(`en:${e}`)! + (count.get(a) ?? 0));
let aligned = 0;
let made = 0;
let right = 0;
let found = 0;
// The other way: the English names each pair's Arabic spelling is linked to.
let backMade = 0;
let backRight = 0;
for (const [e, a] of pairs) {
  const linked = links.toArabic.get(e) ?? [];
  made += linked.length;
  const good = linked.filter((x) => sameWord(x, a));
  const translated = linked.filter((x) => dice(e, x) >= 0.5);
  aligned += translated.length;
  right += good.length;
  if (good.length > 0) found++;
  const back = links.toEnglish.get(a) ?? [];
  backMade += back.length;
  if (back.includes(e)) backRight++;
  if (args.verbose) console.log(`${e} → ${a}: ${linked.join(' ') || '—'}; ${a} → ${back.join(' ') || '—'}`);
}
console.log(
  `${args.half} half: ${half.length} documents, ${units.length} sentence pairs, ${pairs.length} name pairs extracted`,
);
console.log(
  `| links made | to the pair's spelling | precision | to a word aligned with the name | precision | pairs found | recall |\n|---|---|---|---|---|---|---|`,
);
console.log(
  `| ${made} | ${right} | ${(right / Math.max(1, made)).toFixed(3)} | ${aligned} | ${(aligned / Math.max(1, made)).toFixed(3)} | ${found} of ${pairs.length} | ${(found / Math.max(1, pairs.length)).toFixed(3)} |`,
);
console.log(
  `\nArabic → English: ${backMade} links made for the pairs' Arabic spellings, ${backRight} to the pair's name: precision ${(backRight / Math.max(1, backMade)).toFixed(3)}, recall ${(backRight / Math.max(1, pairs.length)).toFixed(3)}`,
);
