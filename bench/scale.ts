/**
 * The archive-scale run (issue 21; documented, not CI): `node bench/scale.ts [pages=100000]`.
 *
 * Makes a corpus of `pages` edition pages (bench/make-corpus.ts), builds Hamish from cold once
 * (no work folder), and reports what the targets ask: wall and CPU time (of the whole process
 * tree, from /usr/bin/time), the peak resident memory of the whole process tree (Astro's Node
 * process and every child it starts, Pagefind's among them: /usr/bin/time reports only the
 * largest single process, so the tree's RSS is summed from /proc every half second), the pages
 * written, and whether the search index (`pagefind/` and `search-data/manifest.json`) is there.
 * Then it measures the first query's transfer on the built site (`search-transfer.ts --built`).
 * The build's output goes to `.hamish/bench/logs/scale-<pages>.log`. Targets at 100,000 pages:
 * peak memory ≤ 8 GB, time ≤ 11 × a 10,000-page run's (`node bench/scale.ts 10000` in the same
 * hour), first query ≤ 200 KB. Exits non-zero when the build fails or leaves no search index.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { workDir } from '../src/integrations/paths.ts';
import { makeCorpus } from './make-corpus.ts';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, '.hamish', 'bench');
const PAGES = Number(process.argv[2] ?? 100_000);

/** The resident memory (KB) of `root` and all its descendants now, from /proc. */
function treeRssKb(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and brackets: the fields after it start at the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const ppid = Number(fields[1]);
      rss.set(pid, (Number(fields[21]) * 4096) / 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // The process ended while being read.
    }
  }
  let total = 0;
  const todo = [root];
  while (todo.length > 0) {
    const pid = todo.pop()!;
    total += rss.get(pid) ?? 0;
    todo.push(...(children.get(pid) ?? []));
  }
  return total;
}

function htmlPages(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith('.html')).length;
}

async function main() {
  const corpus = join(WORK, `corpus-${PAGES}`);
  const out = join(WORK, `out-scale-${PAGES}`);
  const log = join(WORK, 'logs', `scale-${PAGES}.log`);
  await mkdir(join(WORK, 'logs'), { recursive: true });
  console.log(`Scale run: ${PAGES} pages; the build's output in ${log}`);
  await makeCorpus(PAGES, corpus);
  rmSync(workDir(corpus, ROOT), { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });

  const started = Date.now();
  const child = spawn(
    '/usr/bin/time',
    ['-f', '%e %U %S %M', join(ROOT, 'node_modules/.bin/astro'), 'build', '--outDir', out],
    {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: corpus },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const file = createWriteStream(log);
  let stderr = '';
  child.stdout.pipe(file, { end: false });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    file.write(chunk);
  });
  let peakKb = 0;
  const poll = setInterval(() => (peakKb = Math.max(peakKb, treeRssKb(child.pid!))), 500);
  const code = await new Promise<number>((done) => child.on('close', (status) => done(status ?? 1)));
  clearInterval(poll);
  file.end();
  const [seconds, user, system, largestKb] = (stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  const index = existsSync(join(out, 'pagefind', 'pagefind-entry.json'));
  const searchData = existsSync(join(out, 'search-data', 'manifest.json'));
  const pages = existsSync(out) ? htmlPages(out) : 0;
  console.log(
    `| pages | exit | wall time | CPU time | peak memory, whole tree | largest process | HTML pages written | search index |`,
  );
  console.log(`|---|---|---|---|---|---|---|---|`);
  console.log(
    `| ${PAGES} | ${code} | ${seconds.toFixed(0)} s (${((Date.now() - started) / 1000).toFixed(0)} s) | ${(user + system).toFixed(0)} s | ` +
      `${(peakKb / 1024).toFixed(0)} MB | ${(largestKb / 1024).toFixed(0)} MB | ${pages} | ` +
      `${index && searchData ? 'yes' : `no (pagefind/: ${index}, search-data/: ${searchData})`} |`,
  );
  if (code !== 0 || !index || !searchData) {
    process.exitCode = 1;
    return;
  }
  const transfer = spawnSync(process.execPath, [join(ROOT, 'bench/search-transfer.ts'), '--built', out, '--files'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  console.log(transfer.stdout);
  if (transfer.status !== 0) process.exitCode = 1;
}

await main();
