/**
 * Fits the aligner's length model (src/core/align/length.ts) to Arabic–English on the TICO-19
 * translation memory and prints the constants:
 *   npm run fit:align   (TICO-19 from HAMISH_TICO19, default ../shared/corpora/tico19)
 * For each unit (a passage and its translation, aligned by people), `a` and `e` are the Arabic and
 * English lengths as `measure` counts them. The mean is the ratio of the totals, Σe / Σa; the
 * variance is that of the English length around `mean · a`, per unit of length, measured the way
 * the aligner uses it: Σ(e − mean·a)² / Σ((a + e/mean)/2). It also prints how units split into
 * sentences on each side (the shapes the aligner's beads must cover), and the same figures for each
 * half of the documents, to show how stable they are.
 */
import { readFileSync } from 'node:fs';
import { measure } from '../src/core/align/length.ts';
import { splitSentences } from '../src/core/align/split.ts';
import { readTmx, type UnitDocument } from '../src/core/align/tmx.ts';
import { ticoFile } from '../tests/helpers/tico.ts';

const path = ticoFile('all.en-ar.tmx');
const { documents, skipped } = readTmx(readFileSync(path, 'utf8'));

function fit(docs: UnitDocument[]) {
  let sumA = 0;
  let sumE = 0;
  let units = 0;
  for (const doc of docs) {
    for (const unit of doc.units) {
      sumA += measure(unit.ar);
      sumE += measure(unit.en);
      units++;
    }
  }
  const mean = sumE / sumA;
  let squares = 0;
  let weight = 0;
  const shapes = new Map<string, number>();
  for (const doc of docs) {
    for (const unit of doc.units) {
      const a = measure(unit.ar);
      const e = measure(unit.en);
      squares += (e - mean * a) ** 2;
      weight += (a + e / mean) / 2;
      const shape = `${splitSentences(unit.ar, 'ar').length}-${splitSentences(unit.en, 'en').length}`;
      shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
    }
  }
  return { units, sumA, sumE, mean, variance: squares / weight, shapes };
}

function report(label: string, docs: UnitDocument[]) {
  const f = fit(docs);
  console.log(
    `${label}: ${docs.length} documents, ${f.units} units, ${f.sumA} Arabic and ${f.sumE} English characters`,
  );
  console.log(`  mean (English characters per Arabic character): ${f.mean.toFixed(3)}`);
  console.log(`  variance (per character):                       ${f.variance.toFixed(3)}`);
  const shapes = [...f.shapes].sort((a, b) => b[1] - a[1]);
  console.log(
    `  units as Arabic-English sentences: ${shapes.map(([s, n]) => `${s} ${((100 * n) / f.units).toFixed(1)} %`).join(', ')}`,
  );
}

console.log(`${path}: ${skipped} units empty on one side left out`);
report('all', documents);
report(
  'even-numbered documents',
  documents.filter((_, i) => i % 2 === 0),
);
report(
  'odd-numbered documents',
  documents.filter((_, i) => i % 2 === 1),
);
