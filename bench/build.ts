/**
 * `npm run bench`: the build-speed targets, measured on real text at archive scale.
 *
 * 1. Hamish builds 1,000 edition pages (TICO-19 text, bench/make-corpus.ts) within 1.2 × the time of
 *    a bare Astro + MDX + Pagefind build of the same texts (bench/bare/).
 * 2. A glossary of 5,000 entries adds under 10 % to a Hamish build of the same corpus.
 *
 * Each build runs in a child process under /usr/bin/time for wall time and peak memory; each
 * configuration runs RUNS times and the median counts. Exits non-zero when a target is missed.
 */
import { spawnSync } from 'node:child_process';
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
  maxRssMb: number;
}

function timed(args: string[], env: NodeJS.ProcessEnv, cwd = ROOT): Measure {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', ...args], {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  const last = result.stderr.trim().split('\n').at(-1) ?? '';
  const [seconds, kb] = last.split(' ').map(Number);
  return { seconds, maxRssMb: kb / 1024 };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function measure(label: string, run: () => Measure): Measure {
  const runs: Measure[] = [];
  for (let i = 0; i < RUNS; i++) {
    const m = run();
    console.log(`  ${label} run ${i + 1}/${RUNS}: ${m.seconds.toFixed(1)} s, peak ${m.maxRssMb.toFixed(0)} MB`);
    runs.push(m);
  }
  return { seconds: median(runs.map((r) => r.seconds)), maxRssMb: Math.max(...runs.map((r) => r.maxRssMb)) };
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
  const bare = measure('bare Astro + MDX + Pagefind', () => {
    const build = timed([ASTRO, 'build', '--root', 'bench/bare', '--outDir', bareOut], { BARE_CONTENT: bareContent });
    const index = timed([join(ROOT, 'node_modules/.bin/pagefind'), '--site', bareOut, '--output-subdir', 'pagefind'], {});
    return { seconds: build.seconds + index.seconds, maxRssMb: Math.max(build.maxRssMb, index.maxRssMb) };
  });
  const hamish = measure('Hamish', () =>
    timed([ASTRO, 'build', '--outDir', join(WORK, 'out-hamish')], { CONTENT_DIR: corpus }),
  );
  const glossed = measure(`Hamish + ${entries}-entry glossary`, () =>
    timed([ASTRO, 'build', '--outDir', join(WORK, 'out-hamish-glossary')], { CONTENT_DIR: withGlossary }),
  );

  const ratio = hamish.seconds / bare.seconds;
  const glossaryCost = glossed.seconds / hamish.seconds - 1;
  const rows = [
    ['bare Astro + MDX + Pagefind', bare],
    ['Hamish', hamish],
    [`Hamish + ${entries}-entry glossary`, glossed],
  ] as const;
  console.log(`\n| build (${PAGES} pages) | median time | peak memory |\n|---|---|---|`);
  for (const [label, m] of rows) console.log(`| ${label} | ${m.seconds.toFixed(1)} s | ${m.maxRssMb.toFixed(0)} MB |`);
  console.log(`\nHamish / bare: ${ratio.toFixed(2)} × (target ≤ 1.20)`);
  console.log(`glossary cost: ${(glossaryCost * 100).toFixed(1)} % (target < 10 %)`);
  const missed = [ratio > 1.2 && 'build time ratio', glossaryCost >= 0.1 && 'glossary cost'].filter(Boolean);
  if (missed.length) {
    console.log(`missed: ${missed.join(', ')}`);
    process.exitCode = 1;
  }
}

await main();
