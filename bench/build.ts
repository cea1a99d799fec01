/**
 * `npm run bench`: the build-speed targets, measured on real text at archive scale.
 *
 * 1. Hamish builds 1,000 edition pages (TICO-19 text, bench/make-corpus.ts) from cold (no cache)
 *    in at most the time of a bare Astro + MDX + Pagefind build of the same texts (bench/bare/),
 *    also from cold.
 * 2. Rebuilding with no change takes at most 10 % of the cold build; rebuilding after adding one
 *    document (two pages), at most 15 %; after editing the note of one glossary entry (of the
 *    5,000-entry glossary), at most 30 % of that corpus's cold build, with only the pages that show
 *    the entry rendered again (the build's "N pages: R rendered, C copied" line, less the pages
 *    without a cache key, which every build renders, against the pages that name the entry, their
 *    other language and the entry's own page). Rebuilds are judged on CPU time (wall time printed
 *    beside it), which a busy shared machine disturbs less.
 * 3. A glossary of 5,000 entries adds under 10 % to a Hamish build of the same corpus.
 *
 * `BENCH_PAGES=10000` runs the same at 10,000 pages; its peak memory is the scale target (≤ 2 GB),
 * and its time is compared by hand with a 1,000-page run's (≤ 10 ×).
 *
 * Each build runs in a child process under /usr/bin/time for wall time, CPU time and peak memory.
 * The configurations take turns, RUNS rounds of one build each, every other round in reverse order,
 * so that a machine busy for a while slows all of them alike rather than one. Each target is the
 * median over the rounds of the ratio between two builds of the same round: on a shared machine
 * build times wander by more than the 10 % being measured, while builds minutes apart stay close.
 * Exits non-zero when a target is missed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { workDir } from '../src/integrations/paths.ts';
import { makeCorpus } from './make-corpus.ts';
import { writeBenchGlossary } from './glossary-corpus.ts';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, '.hamish', 'bench');
const PAGES = Number(process.env.BENCH_PAGES ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/**
 * The corpus's metadata (`bench/make-corpus.ts`): a news archive's (`varied`, the default: a dozen
 * outlets, authors, topics, dates), or a source of its own for every document (`unique`: as many
 * browse pages as documents, the archive's costliest case).
 */
const METADATA = process.env.BENCH_METADATA === 'unique' ? 'unique' : 'varied';
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

/**
 * What the build says it did: kept the last build's site (nothing changed), or its own count of
 * pages rendered and copied from the last build (see `progress.ts`).
 */
function pageCounts(name: string): string {
  const log = readFileSync(join(LOGS, `${name}.log`), 'utf8');
  if (/Nothing changed since the last build/.test(log))
    return 'nothing changed: the published site kept, nothing built';
  return /(\d+) pages: (\d+) rendered, (\d+) copied/.exec(log)?.[0] ?? 'no page count in the log';
}

/** Pages Astro's incremental build keeps (those with a `cacheKey`), in the work folder's cache. */
function keyedPages(content: string): number {
  const dir = join(workDir(content, ROOT), 'cache', 'dist');
  return readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith('.html')).length;
}

/**
 * After a glossary edit: the keyed pages rendered again (those without a key are rendered on
 * every build), against the pages that show the entry: those naming it, their other language
 * (an aligned pair's page shows both), and the entry's own page.
 */
function glossaryEditRendered(name: string, content: string, shown: number): { rendered: number; shown: number } {
  const counts = /(\d+) pages: (\d+) rendered, (\d+) copied/.exec(readFileSync(join(LOGS, `${name}.log`), 'utf8'));
  if (!counts) throw new Error(`no page count in ${name}.log`);
  const [total, rendered] = [Number(counts[1]), Number(counts[2])];
  return { rendered: rendered - (total - keyedPages(content)), shown };
}

/**
 * Edits the note of one glossary entry that a few pages show (the rarest entry named by at least
 * three pages, from the last build's search input); returns the entry's id, how many pages name
 * it, and the undo.
 */
function editGlossaryNote(content: string): { id: string; pages: number; shown: number; undo: () => void } {
  const input = JSON.parse(readFileSync(join(workDir(content, ROOT), 'search-input.json'), 'utf8')) as {
    pages: { url: string; entries?: string[] }[];
  };
  const counts = new Map<string, number>();
  for (const page of input.pages) for (const id of page.entries ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  const [id, pages] = [...counts].filter(([, n]) => n >= 3).sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))[0];
  const slug = (url: string) => url.split('/').filter(Boolean).slice(1).join('/');
  const naming = new Set(input.pages.filter((page) => page.entries?.includes(id)).map((page) => slug(page.url)));
  const shown = input.pages.filter((page) => naming.has(slug(page.url))).length + 1;
  const file = join(content, 'glossary.yaml');
  const before = readFileSync(file, 'utf8');
  const start = before.indexOf(`id: ${id}\n`);
  const note = before.indexOf('note: ', start);
  if (start < 0 || note < 0) throw new Error(`no note for ${id} in ${file}`);
  writeFileSync(
    file,
    `${before.slice(0, note)}note: Edited for the benchmark. ${before.slice(note + 'note: '.length)}`,
  );
  return { id, pages, shown, undo: () => writeFileSync(file, before) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Runs every configuration once per round, RUNS rounds. A configuration may make several
 * measures in a row (a cold build, then rebuilds), each under its own label. Returns each label's
 * runs, round by round.
 */
function measureInTurn(configs: (() => [label: string, measure: Measure][])[]): Map<string, Measure[]> {
  const runs = new Map<string, Measure[]>();
  for (let round = 1; round <= RUNS; round++) {
    const order = configs.map((_, i) => i);
    if (round % 2 === 0) order.reverse();
    for (const i of order) {
      for (const [label, m] of configs[i]()) {
        console.log(
          `  round ${round}/${RUNS}, ${label}: ${m.seconds.toFixed(1)} s (CPU ${m.cpuSeconds.toFixed(1)} s), peak ${m.maxRssMb.toFixed(0)} MB`,
        );
        if (!runs.has(label)) runs.set(label, []);
        runs.get(label)![round - 1] = m;
      }
    }
  }
  return runs;
}

/** A cold Hamish build: without the work folder (generated editions, Astro's cache and data store). */
function hamishCold(name: string, content: string, outDir: string): Measure {
  rmSync(workDir(content, ROOT), { recursive: true, force: true });
  return timed(name, [ASTRO, 'build', '--outDir', outDir], { CONTENT_DIR: content });
}

/** The document the rebuild benchmark adds: one more TICO-19-like pair, new to the corpus. */
function addDocument(content: string): string[] {
  const files = [join(content, 'documents', 'bench-added.en.txt'), join(content, 'documents', 'bench-added.ar.txt')];
  writeFileSync(files[0], 'A document added between two builds.\nIts second paragraph names nobody in particular.\n');
  writeFileSync(files[1], 'وثيقة أضيفت بين بناءين.\nوفقرتها الثانية لا تذكر أحدا بعينه.\n');
  return files;
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

/**
 * What a feature costs: the same corpus built from cold with the feature turned off by its option
 * (`bench/options.config.mjs`), against the Hamish build of the same round, in CPU time (the
 * steadier measure on a shared machine). Target: each adds at most 10 %.
 */
const FEATURES = { books: 'e-books', browse: 'browse pages' } as const;
type Feature = keyof typeof FEATURES;
const WITHOUT_LABELS = Object.fromEntries(
  Object.entries(FEATURES).map(([feature, name]) => [feature, `Hamish without ${name}`]),
) as Record<Feature, string>;

/** The build's own report of the browse pages and e-books it made (see `archive.ts`, `books.ts`). */
function featureLines(name: string): string[] {
  const log = readFileSync(join(LOGS, `${name}.log`), 'utf8');
  return [/Archive: \d+ browse pages added[^\n]*/, /EPUB: [^\n]*/].map(
    (line) => line.exec(log)?.[0] ?? `no ${line.source} in the log`,
  );
}

function withoutFeatures(corpus: string): (() => [string, Measure][])[] {
  return (Object.keys(FEATURES) as Feature[]).map((feature) => () => {
    const out = join(WORK, `out-hamish-no-${feature}`);
    rmSync(workDir(corpus, ROOT), { recursive: true, force: true });
    const measure = timed(
      `hamish-no-${feature}`,
      [ASTRO, 'build', '--config', 'bench/options.config.mjs', '--outDir', out],
      {
        CONTENT_DIR: corpus,
        BENCH_HAMISH_OPTIONS: JSON.stringify({ [feature]: false }),
      },
    );
    return [[WITHOUT_LABELS[feature], measure]];
  });
}

async function main() {
  console.log(
    `Benchmark: ${PAGES} pages, ${RUNS} runs each, ${METADATA} metadata (BENCH_PAGES, BENCH_RUNS, BENCH_METADATA to change)`,
  );
  const corpus = await makeCorpus(PAGES, join(WORK, `corpus-${PAGES}`), { metadata: METADATA });
  const withGlossary = join(WORK, `corpus-${PAGES}-glossary`);
  await makeCorpus(PAGES, withGlossary, { metadata: METADATA });
  const entries = await writeBenchGlossary(join(withGlossary, 'glossary.yaml'), 5000);
  const bareContent = join(WORK, `bare-${PAGES}`);
  await writeBareContent(corpus, bareContent);

  const bareOut = join(WORK, 'out-bare');
  const hamishOut = join(WORK, 'out-hamish');
  const labels = {
    bare: 'bare Astro + MDX + Pagefind',
    hamish: 'Hamish',
    unchanged: 'Hamish, rebuild with no change',
    added: 'Hamish, rebuild after adding one document',
    glossary: `Hamish + ${entries}-entry glossary`,
    glossaryEdit: `Hamish + ${entries}-entry glossary, rebuild after editing one entry's note`,
    ...WITHOUT_LABELS,
  };
  const notes: string[] = [];
  const glossaryEdits: { rendered: number; shown: number }[] = [];
  const featureMisses: string[] = [];
  const runs = measureInTurn([
    () => {
      // Cold, as Hamish's: without the data store Astro keeps in its cache folder.
      rmSync(join(ROOT, 'bench/bare/node_modules/.astro'), { recursive: true, force: true });
      rmSync(join(ROOT, 'bench/bare/.astro'), { recursive: true, force: true });
      const build = timed('bare', [ASTRO, 'build', '--root', 'bench/bare', '--outDir', bareOut], {
        BARE_CONTENT: bareContent,
      });
      const index = timed(
        'bare-pagefind',
        [join(ROOT, 'node_modules/.bin/pagefind'), '--site', bareOut, '--output-subdir', 'pagefind'],
        {},
      );
      return [
        [
          labels.bare,
          {
            seconds: build.seconds + index.seconds,
            cpuSeconds: build.cpuSeconds + index.cpuSeconds,
            maxRssMb: Math.max(build.maxRssMb, index.maxRssMb),
          },
        ],
      ];
    },
    () => {
      const cold = hamishCold('hamish', corpus, hamishOut);
      const unchanged = timed('hamish-unchanged', [ASTRO, 'build', '--outDir', hamishOut], { CONTENT_DIR: corpus });
      const added = addDocument(corpus);
      try {
        const rebuilt = timed('hamish-added', [ASTRO, 'build', '--outDir', hamishOut], { CONTENT_DIR: corpus });
        notes.push(`no change: ${pageCounts('hamish-unchanged')}; one document added: ${pageCounts('hamish-added')}`);
        return [
          [labels.hamish, cold],
          [labels.unchanged, unchanged],
          [labels.added, rebuilt],
        ];
      } finally {
        for (const file of added) rmSync(file, { force: true });
      }
    },
    () => {
      const out = join(WORK, 'out-hamish-glossary');
      const cold = hamishCold('hamish-glossary', withGlossary, out);
      const edit = editGlossaryNote(withGlossary);
      try {
        const rebuilt = timed('hamish-glossary-edit', [ASTRO, 'build', '--outDir', out], { CONTENT_DIR: withGlossary });
        const counted = glossaryEditRendered('hamish-glossary-edit', withGlossary, edit.shown);
        glossaryEdits.push(counted);
        notes.push(
          `glossary entry ${edit.id} (named by ${edit.pages} pages; ${edit.shown} pages show it, with their other language and its own page) edited: ` +
            `${pageCounts('hamish-glossary-edit')}; of the pages with a cache key, ${counted.rendered} rendered`,
        );
        return [
          [labels.glossary, cold],
          [labels.glossaryEdit, rebuilt],
        ];
      } finally {
        edit.undo();
      }
    },
    ...withoutFeatures(corpus),
  ]);

  const of = (label: string) => runs.get(label) ?? [];
  const ratio = pairedRatio(of(labels.hamish), of(labels.bare));
  const glossaryCost = pairedRatio(of(labels.glossary), of(labels.hamish)) - 1;
  console.log(`\n| build (${PAGES} pages) | median time | median CPU time | peak memory |\n|---|---|---|---|`);
  for (const [label, measures] of runs) {
    const m = summary(measures);
    console.log(
      `| ${label} | ${m.seconds.toFixed(1)} s | ${m.cpuSeconds.toFixed(1)} s | ${m.maxRssMb.toFixed(0)} MB |`,
    );
  }
  const cpu = (a: string, b: string) => pairedRatio(of(a), of(b), 'cpuSeconds');
  const percent = (value: number) => `${(value * 100).toFixed(0)} %`;
  // Rebuilds are judged on CPU time: on the shared machine a build's wall time wanders by more
  // than the 10 % being measured; wall time is printed beside it.
  const rebuilds = [
    ['rebuild with no change', labels.unchanged, labels.hamish, 0.1],
    ['rebuild after adding one document', labels.added, labels.hamish, 0.15],
    ['rebuild after editing one glossary entry', labels.glossaryEdit, labels.glossary, 0.3],
  ] as const;
  console.log(
    `\nHamish / bare, median of the rounds: ${ratio.toFixed(2)} × (target ≤ 1.00; CPU time ${cpu(labels.hamish, labels.bare).toFixed(2)} ×)`,
  );
  const rebuildMissed: string[] = [];
  for (const [what, label, base, target] of rebuilds) {
    const cpuRatio = cpu(label, base);
    const met = cpuRatio <= target;
    if (!met) rebuildMissed.push(what);
    console.log(
      `${what} / cold build: CPU time ${percent(cpuRatio)}, wall time ${percent(pairedRatio(of(label), of(base)))} ` +
        `(target ≤ ${percent(target)}: ${met ? 'met' : 'missed'})`,
    );
  }
  const beyond = glossaryEdits.filter((edit) => edit.rendered > edit.shown);
  if (beyond.length) rebuildMissed.push('only the pages that show the edited entry rendered');
  console.log(
    `pages rendered after the glossary edit: ${glossaryEdits.map((e) => `${e.rendered} of the ${e.shown} that show the entry`).join('; ')} ` +
      `(target: none beyond them: ${beyond.length ? 'missed' : 'met'})`,
  );
  console.log(`what each build did, round by round:\n  ${notes.join('\n  ')}`);
  console.log(
    `glossary cost, median of the rounds: ${(glossaryCost * 100).toFixed(1)} % (target < 10 %; CPU time ${((cpu(labels.glossary, labels.hamish) - 1) * 100).toFixed(1)} %)`,
  );
  console.log(`what they add (the Hamish build's log, last round):\n  ${featureLines('hamish').join('\n  ')}`);
  for (const [feature, label] of Object.entries(WITHOUT_LABELS) as [Feature, string][]) {
    const cost = pairedRatio(of(labels.hamish), of(label), 'cpuSeconds') - 1;
    console.log(
      `${FEATURES[feature]}' cost (Hamish / ${label}), median of the rounds: CPU time ${(cost * 100).toFixed(1)} % (target ≤ 10 %; wall time ${((pairedRatio(of(labels.hamish), of(label)) - 1) * 100).toFixed(1)} %)`,
    );
    if (cost > 0.1) featureMisses.push(`${FEATURES[feature]}' cost`);
  }
  // The memory target is Hamish's: the bare site is only the yardstick of time.
  const peak = Math.max(
    ...[...runs].filter(([label]) => label !== labels.bare).flatMap(([, measures]) => measures.map((m) => m.maxRssMb)),
  );
  console.log(
    `peak memory of any Hamish build: ${peak.toFixed(0)} MB${PAGES >= 10000 ? ' (target ≤ 2048 MB at 10,000 pages)' : ''}`,
  );
  const missed = [
    ratio > 1 && 'build time ratio',
    ...rebuildMissed,
    glossaryCost >= 0.1 && 'glossary cost',
    PAGES >= 10000 && peak > 2048 && 'peak memory',
    ...featureMisses,
  ].filter(Boolean);
  if (missed.length) {
    console.log(`missed: ${missed.join(', ')}`);
    process.exitCode = 1;
  }
}

await main();
