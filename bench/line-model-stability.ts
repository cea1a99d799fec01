/**
 * How far a retraining moves the line model's scores: the first model given against each of the
 * others, over the lines whose scores decide what the cleaner takes (the look-alike prose, the
 * headlines, and every furniture set's templates filled once), each side of 0.5 (`MODEL_SURE`) and
 * 0.9 (`OFF_TOPIC_SURE`, `UNFLANKED_SURE`).
 *
 *     node bench/train-line-model.ts --write --out /tmp/a.json
 *     node bench/train-line-model.ts --write --out /tmp/b.json --seed 8
 *     node bench/line-model-stability.ts /tmp/a.json /tmp/b.json
 *
 * A model whose decisions flip with another seed or one more set cannot be trusted on the next
 * unseen set either (docs/cleaning.md, session 21).
 */
import { readFileSync } from 'node:fs';
import { seededRandom } from '../src/core/random.ts';
import { furnitureProbability, isModelLine, lineModelSchema, type LineModel } from '../src/core/ingest/line-model.ts';
import type { Lang } from '../src/core/types.ts';
import { EVAL_KINDS } from './clean-furniture/kinds.ts';
import { ALL_SETS, NOT_YET_RUN } from './clean-furniture/sets.ts';
import { fill, POOLS } from './clean-furniture/fill.ts';
import { ticoDocuments, ticoMissing } from '../tests/helpers/tico.ts';
import { readLines } from './line-lists.ts';

const paths = process.argv.slice(2);
if (paths.length < 2) throw new Error('usage: node bench/line-model-stability.ts base.json other.json […]');
const models: [string, LineModel][] = paths.map((p) => [p, lineModelSchema.parse(JSON.parse(readFileSync(p, 'utf8')))]);
const LANGS: Lang[] = ['en', 'ar'];
const lookalikes = readLines('./clean-lookalikes/lines.json');
const headlines = readLines('./clean-headlines/headlines.json');
// The same lines for every model: each template filled once, from one seed.
const random = seededRandom(1);
const furniture: Record<Lang, string[]> = { en: [], ar: [] };
for (const [name, set] of ALL_SETS) {
  if (NOT_YET_RUN.has(name)) continue;
  for (const lang of LANGS)
    for (const kind of EVAL_KINDS)
      for (const template of set.templates[lang][kind])
        furniture[lang].push(fill(template, kind, lang, random, set.pools?.[lang] ?? POOLS[lang]).text);
}
const groups: [string, Record<Lang, string[]>][] = [
  ['look-alikes', lookalikes],
  ['headlines', headlines],
  ['furniture', furniture],
];
// The evaluation's article lines short enough for the model: never trained on, and every one
// must stay (a transcript's turn, `شرب الكثير من السوائل اليوم`, went over 0.9 in session 20).
if (!ticoMissing()) {
  const units = ticoDocuments().flatMap((d) => d.units);
  groups.push(['article (TICO-19)', { en: units.map((u) => u.en), ar: units.map((u) => u.ar) }]);
}

console.log('| model | group | lang | lines | ≥ 0.5 | ≥ 0.9 |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [path, model] of models)
  for (const [group, lines] of groups.filter(([g]) => g !== 'furniture'))
    for (const lang of LANGS) {
      const p = [...new Set(lines[lang])].filter((l) => isModelLine(l)).map((l) => furnitureProbability(l, model));
      console.log(
        `| ${path} | ${group} | ${lang} | ${p.length} | ${p.filter((x) => x >= 0.5).length} | ${p.filter((x) => x >= 0.9).length} |`,
      );
    }

const [[basePath, base], ...others] = models;
console.log(`base: ${basePath}`);
console.log('| against | group | lang | lines | mean abs Δ | crossing 0.5 | crossing 0.9 |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const [path, other] of others)
  for (const [group, lines] of groups)
    for (const lang of LANGS) {
      const judged = [...new Set(lines[lang])].filter((l) => isModelLine(l));
      let sum = 0;
      let at5 = 0;
      let at9 = 0;
      for (const line of judged) {
        const a = furnitureProbability(line, base);
        const b = furnitureProbability(line, other);
        sum += Math.abs(a - b);
        if (a >= 0.5 !== b >= 0.5) at5++;
        if (a >= 0.9 !== b >= 0.9) at9++;
      }
      console.log(
        `| ${path} | ${group} | ${lang} | ${judged.length} | ${(sum / judged.length).toFixed(4)} | ${at5} | ${at9} |`,
      );
    }
