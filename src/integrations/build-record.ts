/**
 * What the builds of a project record about their output: the base (`BASE_PATH`) each output
 * folder was built for, so that the commands that serve a build (`astro preview`, `npm run
 * export:pdf`) serve it where its links point without being told again. Nothing here knows Astro.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** Where builds record the base each output folder was built for (`astro preview`, `export:pdf`). */
const lastBuildFile = (root: string) => join(root, '.hamish', 'last-build.json');

/** How many output folders the record remembers (tests and benchmarks build into many). */
const RECORDED_FOLDERS = 20;

/** The record: the base of each output folder built, the latest last. */
function readBuildRecord(root: string): Record<string, string> {
  try {
    const record = JSON.parse(readFileSync(lastBuildFile(root), 'utf8')) as Record<string, unknown>;
    // A record of one folder, as earlier versions wrote it.
    if (typeof record.outDir === 'string' && typeof record.base === 'string') return { [record.outDir]: record.base };
    return Object.fromEntries(
      Object.entries(record).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  } catch {
    return {};
  }
}

/** Records the base a build of `outDir` was made for. Builds of a project run one at a time (see publish.ts). */
export async function recordBuild(root: string, outDir: string, base: string): Promise<void> {
  const record = readBuildRecord(root);
  delete record[resolve(outDir)];
  record[resolve(outDir)] = base;
  const kept = Object.entries(record).slice(-RECORDED_FOLDERS);
  await mkdir(join(root, '.hamish'), { recursive: true });
  await writeFile(lastBuildFile(root), JSON.stringify(Object.fromEntries(kept)));
}

/** The base the last build of `outDir` was made for, if one was recorded. */
export function recordedBase(root: string, outDir: string): string | undefined {
  return readBuildRecord(root)[resolve(outDir)];
}

/**
 * The base the last build of `outDir` was made for, when it differs from `base`: after
 * `BASE_PATH=/archive/ npm run build`, `npm run preview` (without BASE_PATH) serves the site at
 * /archive/, where its links point, rather than at / where every link would be broken.
 */
export function builtBase(root: string, outDir: string, base: string): string | undefined {
  const built = recordedBase(root, outDir);
  return built && built !== base ? built : undefined;
}
