/**
 * How long aligning a long translation pair takes:
 *   npm run bench:align [-- 5000]
 * Builds an Arabic–English pair of N units (default 5,000: about as many sentences a side) from
 * the TICO-19 translation memory's units in document order (repeated when N is larger than the corpus), with
 * paragraph breaks drawn differently on each side, then times `alignSentences` on the split
 * sentences and `alignParagraphs` (splitting included), best of three runs each after one warm-up,
 * in wall and CPU time. Target: under a second of CPU time for 5,000 sentences (on a shared machine
 * wall time counts other processes' turns too). Exits non-zero when it is missed.
 */
import { alignParagraphs, alignSentences, sentencesOf } from '../src/core/align/index.ts';
import { rebuildDocument } from '../src/core/align/evaluate.ts';
import { seededRandom } from '../src/core/random.ts';
import type { TranslationUnit } from '../src/core/align/tmx.ts';
import { ticoDocuments } from '../tests/helpers/tico.ts';

const target = Number(process.argv[2] ?? 5000);
const documents = ticoDocuments();
const pool = documents.flatMap((d) => d.units);
const units: TranslationUnit[] = [];
for (let k = 0; units.length < target; k++) units.push(pool[k % pool.length]);
const rebuilt = rebuildDocument(units, seededRandom(7));
const ar = sentencesOf(rebuilt.paragraphs.ar, 'ar');
const en = sentencesOf(rebuilt.paragraphs.en, 'en');
console.log(
  `${units.length} units: ${ar.texts.length} Arabic and ${en.texts.length} English sentences, ${rebuilt.paragraphs.ar.length} and ${rebuilt.paragraphs.en.length} paragraphs`,
);

/** Best of three runs after a warm-up, in wall and CPU milliseconds. */
function time(label: string, run: () => unknown): { wall: number; cpu: number } {
  run();
  let wall = Infinity;
  let cpu = Infinity;
  for (let k = 0; k < 3; k++) {
    const started = performance.now();
    const startedCpu = process.cpuUsage();
    run();
    const used = process.cpuUsage(startedCpu);
    wall = Math.min(wall, performance.now() - started);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
  }
  console.log(`  ${label}: ${wall.toFixed(0)} ms (CPU ${cpu.toFixed(0)} ms)`);
  return { wall, cpu };
}

const paragraphsOf = (ranges: { paragraph: number }[]) => ranges.map((r) => r.paragraph);
const aligned = time('alignSentences', () =>
  alignSentences(ar.texts, en.texts, { paragraphs: { ar: paragraphsOf(ar.ranges), en: paragraphsOf(en.ranges) } }),
);
time('alignParagraphs (splitting included)', () => alignParagraphs(rebuilt.paragraphs.ar, rebuilt.paragraphs.en));
// CPU time decides: on a shared machine, wall time also counts the other processes' turns.
if (aligned.cpu >= 1000) {
  console.error(
    `target missed: aligning ${ar.texts.length} × ${en.texts.length} sentences took ${aligned.cpu.toFixed(0)} ms of CPU (target < 1000 ms)`,
  );
  process.exitCode = 1;
}
