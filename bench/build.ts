/**
 * `npm run bench`: the build-speed targets, measured on real text at archive scale.
 *
 * 1. Hamish builds 1,000 edition pages (TICO-19 text, bench/make-corpus.ts) within 1.2 × the time of
 *    a bare Astro + MDX + Pagefind build of the same texts (bench/bare/).
 * 2. A glossary of 5,000 entries adds under 10 % to a Hamish build of the same corpus.
 *
 * Each build runs in a child process under /usr/bin/time for wall time, CPU time and peak memory.
 * The configurations take turns, RUNS rounds of one build each, every other round in reverse order,
 * so that a machine busy for a while slows all of them alike rather than one. Each target is the
 * median over the rounds of the ratio between two builds of the same round: on a shared machine
 * build times wander by more than the 10 % being measured, while builds minutes apart stay close.
 * Exits non-zero when a target is missed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { makeCorpus } from './make-corpus.ts';
import { writeBenchGlossary } from './glossary-corpus.ts';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, '.hamish', 'bench');
const PAGES = Number(process.env.BENCH_PAGES ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ASTRO = join(ROOT, 'node_modules/.bin/astro');

interface Measure {
  seconds: number;
  /** User plus system CPU time, less disturbed than wall time by a busy machine. */
  cpuSeconds: number;
  maxRssMb: number;
}

/** Where each build's output is kept (`<name>.log`, the last round's), to see where its time went. */
const LOGS = join(WORK, 'logs');

function timed(name: string, args: string[], env: NodeJS.ProcessEnv, cwd = ROOT): Measure {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', ...args], {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  mkdirSync(LOGS, { recursive: true });
  writeFileSync(join(LOGS, `${name}.log`), `${result.stdout}\n${result.stderr}`);
  const last = result.stderr.trim().split('\n').at(-1) ?? '';
  const [seconds, user, system, kb] = last.split(' ').map(Number);
  return { seconds, cpuSeconds: user + system, maxRssMb: kb / 1024 };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs every configuration once per round, RUNS rounds; returns each configuration's runs, round by round. */
function measureInTurn(configs: [label: string, run: () => Measure][]): Measure[][] {
  const runs: Measure[][] = configs.map(() => []);
  for (let round = 1; round <= RUNS; round++) {
    const order = configs.map((_, i) => i);
    if (round % 2 === 0) order.reverse();
    for (const i of order) {
      const [label, run] = configs[i];
      const m = run();
      console.log(`  round ${round}/${RUNS}, ${label}: ${m.seconds.toFixed(1)} s (CPU ${m.cpuSeconds.toFixed(1)} s), peak ${m.maxRssMb.toFixed(0)} MB`);
      runs[i][round - 1] = m;
    }
  }
  return runs;
}

/** The medians of a configuration's runs (peak memory: the most). */
function summary(runs: Measure[]): Measure {
  return {
    seconds: median(runs.map((r) => r.seconds)),
    cpuSeconds: median(runs.map((r) => r.cpuSeconds)),
    maxRssMb: Math.max(...runs.map((r) => r.maxRssMb)),
  };
}

/** The median over rounds of `a`'s time over `b`'s in the same round. */
function pairedRatio(a: Measure[], b: Measure[], time: 'seconds' | 'cpuSeconds' = 'seconds'): number {
  return median(a.map((m, round) => m[time] / b[round][time]));
}

/** The same texts as plain MDX pages for the bare baseline (literal text, minimal escaping). */
async function writeBareContent(corpus: string, out: string): Promise<void> {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  for (const name of await readdir(join(corpus, 'documents'))) {
    const match = name.match(/^(.+)\.(ar|en)\.txt$/);
    if (!match) continue;
    const text = await readFile(join(corpus, 'documents', name), 'utf8');
    const body = text
      .split('\n')
      .filter(Boolean)
      .map((line) => line.replace(/[\\{}<>*_#`[\]]/g, (c) => `\\${c}`))
      .join('\n\n');
    await writeFile(join(out, `${match[1]}-${match[2]}.mdx`), `${body}\n`);
  }
}

async function main() {
  console.log(`Benchmark: ${PAGES} pages, ${RUNS} runs each (BENCH_PAGES, BENCH_RUNS to change)`);
  const corpus = await makeCorpus(PAGES, join(WORK, `corpus-${PAGES}`));
  const withGlossary = join(WORK, `corpus-${PAGES}-glossary`);
  await makeCorpus(PAGES, withGlossary);
  const entries = await writeBenchGlossary(join(withGlossary, 'glossary.yaml'), 5000);
  const bareContent = join(WORK, `bare-${PAGES}`);
  await writeBareContent(corpus, bareContent);

  const bareOut = join(WORK, 'out-bare');
  const labels = ['bare Astro + MDX + Pagefind', 'Hamish', `Hamish + ${entries}-entry glossary`];
  const runs = measureInTurn([
    [
      labels[0],
      () => {
        const build = timed('bare', [ASTRO, 'build', '--root', 'bench/bare', '--outDir', bareOut], { BARE_CONTENT: bareContent });
        const index = timed('bare-pagefind', [join(ROOT, 'node_modules/.bin/pagefind'), '--site', bareOut, '--output-subdir', 'pagefind'], {});
        return {
          seconds: build.seconds + index.seconds,
          cpuSeconds: build.cpuSeconds + index.cpuSeconds,
          maxRssMb: Math.max(build.maxRssMb, index.maxRssMb),
        };
      },
    ],
    [labels[1], () => timed('hamish', [ASTRO, 'build', '--outDir', join(WORK, 'out-hamish')], { CONTENT_DIR: corpus })],
    [labels[2], () => timed('hamish-glossary', [ASTRO, 'build', '--outDir', join(WORK, 'out-hamish-glossary')], { CONTENT_DIR: withGlossary })],
  ]);

  const [bare, hamish, glossed] = runs;
  const ratio = pairedRatio(hamish, bare);
  const glossaryCost = pairedRatio(glossed, hamish) - 1;
  console.log(`\n| build (${PAGES} pages) | median time | median CPU time | peak memory |\n|---|---|---|---|`);
  runs.map(summary).forEach((m, i) => {
    console.log(`| ${labels[i]} | ${m.seconds.toFixed(1)} s | ${m.cpuSeconds.toFixed(1)} s | ${m.maxRssMb.toFixed(0)} MB |`);
  });
  console.log(`\nHamish / bare, median of the rounds: ${ratio.toFixed(2)} × (target ≤ 1.20; CPU time ${pairedRatio(hamish, bare, 'cpuSeconds').toFixed(2)} ×)`);
  console.log(`glossary cost, median of the rounds: ${(glossaryCost * 100).toFixed(1)} % (target < 10 %; CPU time ${((pairedRatio(glossed, hamish, 'cpuSeconds') - 1) * 100).toFixed(1)} %)`);
  const missed = [ratio > 1.2 && 'build time ratio', glossaryCost >= 0.1 && 'glossary cost'].filter(Boolean);
  if (missed.length) {
    console.log(`missed: ${missed.join(', ')}`);
    process.exitCode = 1;
  }
}

await main();
