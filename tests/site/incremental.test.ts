/**
 * Nothing stale: a seeded random sequence of the edits editors make (add, change, rename and
 * delete a document, make a line repeat across documents, edit a sidecar, the glossary, a
 * publisher's page, the cleaning rules, a UI string, the configuration), and after each one the
 * incremental build (caches kept from every build before) is compared with a clean build of the
 * same content (no caches): every file of the site the same, byte for byte, search's files
 * included. `npm run bench` runs a longer sequence (`HAMISH_STALE_STEPS`). Both builds are of a
 * copy of the project, whose UI strings the test edits: the repository's own are never touched.
 */
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seededRandom } from '../../src/core/random.ts';
import { workDir } from '../../src/integrations/paths.ts';
import {
  EDITOR_CONTENT,
  fileHashes,
  ROOT,
  scratchContent,
  scratchProject,
  startBuild,
  withBuildLock,
  type ScratchContent,
} from '../helpers/build.ts';

/** The project's config with a public address, so that feeds, sitemap and robots.txt are compared too. */
const CONFIG = 'tests/fixtures/stale/astro.config.mjs';
const SEED = Number(process.env.HAMISH_STALE_SEED ?? 21);

let project: Awaited<ReturnType<typeof scratchProject>>;
const enStrings = () => join(project.root, 'src/i18n/en.json');
let incremental: ScratchContent;
let clean: ScratchContent;
const incrementalOut = join(ROOT, '.hamish', 'test-builds', 'stale-incremental');
const cleanOut = join(ROOT, '.hamish', 'test-builds', 'stale-clean');
let stringsBefore: string;

const documents = (folder: string) => join(folder, 'documents');

async function slugs(folder: string): Promise<string[]> {
  const names = await readdir(documents(folder));
  return [...new Set(names.filter((n) => /\.(txt|md)$/.test(n)).map((n) => n.split('.')[0]))].sort();
}

interface Edit {
  name: string;
  apply(folder: string, pick: <T>(items: T[]) => T, step: number): Promise<void>;
}

/** Search in bundles of a few pages, as a large archive's is (see docs/scaling.md), so that bundles are reused and rebuilt. */
const SEARCH = { HAMISH_SEARCH_SHARD_PAGES: '3' };
/**
 * The e-books record when they were made (`dcterms:modified`); a reproducible build pins that time,
 * as it would for any build compared byte for byte (see docs/export.md).
 */
const REPRODUCIBLE = { SOURCE_DATE_EPOCH: '1700000000' };
let env: NodeJS.ProcessEnv = { ...SEARCH, ...REPRODUCIBLE };

/** The edits, each applied the same way to whichever folder it is given. */
const EDITS: Edit[] = [
  {
    name: 'add a document',
    async apply(folder, _pick, step) {
      await writeFile(
        join(documents(folder), `added-${step}.en.txt`),
        `Council opens a new library ${step}\n\nThe council said Emmanuel Macron would open the library on Monday.\n\nTags: culture\n`,
      );
    },
  },
  {
    name: 'change a document',
    async apply(folder, pick) {
      const name = pick((await readdir(documents(folder))).filter((n) => n.endsWith('.txt')));
      const text = await readFile(join(documents(folder), name), 'utf8');
      const line = /\.ar\./.test(name)
        ? 'وقال الحزب الديموقراطي إنه سيرد.'
        : 'The Democratic Party said it would answer.';
      await writeFile(join(documents(folder), name), `${text.trimEnd()}\n\n${line}\n`);
    },
  },
  {
    name: 'rename a document',
    async apply(folder, pick, step) {
      const slug = pick(await slugs(folder));
      for (const name of await readdir(documents(folder)))
        if (name.split('.')[0] === slug)
          await rename(join(documents(folder), name), join(documents(folder), name.replace(slug, `renamed-${step}`)));
    },
  },
  {
    name: 'delete a document',
    async apply(folder, pick) {
      const all = await slugs(folder);
      if (all.length <= 2) return; // keep a site to compare
      const slug = pick(all);
      for (const name of await readdir(documents(folder)))
        if (name.split('.')[0] === slug) await rm(join(documents(folder), name));
    },
  },
  {
    name: 'make a line repeat',
    async apply(folder, pick) {
      // A button no table knows, below two English documents: the archive learns it, and the
      // documents that had it alone before are cleaned again (see `repeated-lines.ts`).
      const names = (await readdir(documents(folder))).filter((n) => n.endsWith('.en.txt')).sort();
      const first = pick(names);
      for (const name of [first, names.find((n) => n !== first)]) {
        if (!name) continue;
        const text = await readFile(join(documents(folder), name), 'utf8');
        await writeFile(join(documents(folder), name), `${text.trimEnd()}\n\nHear this report aloud\n`);
      }
    },
  },
  {
    name: 'edit a sidecar',
    async apply(folder, pick, step) {
      const slug = pick(await slugs(folder));
      const path = join(documents(folder), `${slug}.yaml`);
      const text = await readFile(path, 'utf8').catch(() => '');
      const kept = text.replace(/^date: .*\n/m, '');
      await writeFile(path, `date: 2019-0${1 + (step % 9)}-1${step % 10}\n${kept}`);
    },
  },
  {
    name: 'edit the glossary',
    async apply(folder, _pick, step) {
      const path = join(folder, 'glossary.yaml');
      const text = await readFile(path, 'utf8');
      // One entry's note, and a new alias for the other: a change of what notes say and of where they go.
      await writeFile(
        path,
        text
          .replace(/note: French centrist politician[^\n]*/, `note: French politician, edited in step ${step}.`)
          .replace(/term: Democratic Party\n/, `term: Democratic Party\n    aliases: [Democrats${step}, council]\n`),
      );
    },
  },
  {
    name: "retitle a publisher's page",
    async apply(folder, _pick, step) {
      // The footer of every page, the 404 page's too, lists it by its title.
      const path = join(folder, 'pages', 'about.en.md');
      const text = await readFile(path, 'utf8');
      await writeFile(path, text.replace(/^title: .*$/m, `title: About this archive (${step})`));
    },
  },
  {
    name: 'edit the cleaning rules',
    async apply(folder) {
      await writeFile(join(folder, 'cleaning.yaml'), 'learn: true\npatterns:\n  - name: tags\n    prefix: "Tags:"\n');
    },
  },
  {
    name: 'edit a UI string',
    async apply(_folder, _pick, step) {
      // Hamish's own strings (as an update of Hamish changes them): every page's navigation shows this one.
      const strings = JSON.parse(stringsBefore) as Record<string, string>;
      strings['nav.glossary'] = `Glossary ${step}`;
      await writeFile(enStrings(), `${JSON.stringify(strings, null, 2)}\n`);
    },
  },
  {
    name: 'edit the configuration',
    apply() {
      // A sub-path (Astro's config) and a tagline (an option of hamish({ … })).
      env = env.BASE_PATH
        ? { ...SEARCH, ...REPRODUCIBLE }
        : { ...SEARCH, ...REPRODUCIBLE, BASE_PATH: '/editions/', HAMISH_TEST_TAGLINE: 'Edited tagline' };
      return Promise.resolve();
    },
  },
  {
    name: 'split the scripts otherwise',
    apply() {
      // Vite's options alone: every page links other script files, and no page's code changes.
      const { HAMISH_TEST_CHUNKS, ...rest } = env;
      env = HAMISH_TEST_CHUNKS ? rest : { ...rest, HAMISH_TEST_CHUNKS: 'vite' };
      return Promise.resolve();
    },
  },
];

/** Edits of the project (its strings, its config), not of a content folder: made once for both builds. */
const PROJECT_EDITS = new Set(['edit a UI string', 'edit the configuration', 'split the scripts otherwise']);
/** The edits of what every page shows, and the only ones of what the 404 page shows. */
const EVERY_PAGE_EDITS = new Set([...PROJECT_EDITS, "retitle a publisher's page"]);

/** The incremental build's log line for the 404 page when it was copied from the last build. */
const NOT_FOUND_COPIED = /\/404\.html \((?:restored|cached)\)/;

async function buildBoth(): Promise<{ incremental: string; clean: string }> {
  return withBuildLock(async () => {
    const a = await startBuild(incremental.folder, incrementalOut, env, CONFIG, project.root).done;
    expect(a.code, a.output).toBe(0);
    // The clean build starts without any cache: its work folder (Astro's cache, Hamish's caches) is gone.
    await rm(workDir(clean.folder, project.root), { recursive: true, force: true });
    const b = await startBuild(clean.folder, cleanOut, env, CONFIG, project.root).done;
    expect(b.code, b.output).toBe(0);
    return { incremental: a.output, clean: b.output };
  });
}

async function expectSameSites(): Promise<void> {
  const [a, b] = await Promise.all([fileHashes(incrementalOut), fileHashes(cleanOut)]);
  const differ = Object.keys({ ...a, ...b }).filter((path) => a[path] !== b[path]);
  expect(differ, 'files that differ between the incremental and the clean build').toEqual([]);
  expect(Object.keys(a).length).toBeGreaterThan(10);
  expect(Object.keys(a)).toEqual(expect.arrayContaining(['en/feed.xml', 'ar/feed.xml', 'sitemap-index.xml']));
}

beforeAll(async () => {
  project = await scratchProject('hamish-stale-project-');
  stringsBefore = await readFile(enStrings(), 'utf8');
  incremental = await scratchContent('hamish-stale-a-', EDITOR_CONTENT);
  clean = await scratchContent('hamish-stale-b-', EDITOR_CONTENT);
  for (const { folder } of [incremental, clean]) {
    // An MDX edition (its notes come from the glossary as it renders) and a line the cleaning rules will remove.
    await cp(
      join(ROOT, 'tests/fixtures/handwritten/documents/letter.ar.mdx'),
      join(documents(folder), 'letter.ar.mdx'),
    );
    // A publisher's page that names a glossary entry: its note must follow a glossary edit.
    await mkdir(join(folder, 'pages'), { recursive: true });
    await writeFile(
      join(folder, 'pages', 'about.en.md'),
      '---\ntitle: About this archive\nnav: footer\n---\n\nEmmanuel Macron is named here, as the Democratic Party is.\n',
    );
    // Lines the archive repeats are learned as furniture (see 'make a line repeat').
    await writeFile(join(folder, 'cleaning.yaml'), 'learn: true\n');
    const hack = join(documents(folder), 'campaign-hack.en.txt');
    await writeFile(hack, `${(await readFile(hack, 'utf8')).trimEnd()}\n\nTags: politics, france\n`);
  }
  await rm(workDir(incremental.folder, project.root), { recursive: true, force: true });
}, 600_000);

afterAll(async () => {
  // The work folders of the builds are in the project's copy.
  await incremental?.remove();
  await clean?.remove();
  await project?.remove();
});

describe('an incremental build after each edit', () => {
  test('is the clean build, file for file', async () => {
    await buildBoth();
    await expectSameSites();

    // Unchanged: the build says so and keeps the published site as it is.
    const unchanged = await buildBoth();
    expect(unchanged.incremental).toMatch(/Nothing changed since the last build/);
    expect(unchanged.clean).not.toMatch(/Nothing changed/);
    await expectSameSites();

    // The published site edited by hand: built again, everything from the last build's caches.
    await rm(join(incrementalOut, 'en', 'index.html'));
    const tampered = await buildBoth();
    expect(tampered.incremental).not.toMatch(/Nothing changed/);
    expect(tampered.incremental).toMatch(/\(restored\)/);
    expect(tampered.incremental).toMatch(/0 documents read and checked/);
    await expectSameSites();

    const random = seededRandom(SEED);
    const steps = Number(process.env.HAMISH_STALE_STEPS ?? EDITS.length);
    // Every kind of edit once, in a random order; then random ones (a longer run, in the benchmark).
    const order = [...EDITS].sort(() => random() - 0.5);
    for (let step = 0; step < steps; step++) {
      const edit = step < order.length ? order[step] : EDITS[Math.floor(random() * EDITS.length)];
      // The same choice in both folders: the picker is seeded per step.
      for (const { folder } of [incremental, clean]) {
        const pickRandom = seededRandom(SEED * 1000 + step);
        const pick = <T>(items: T[]): T => items[Math.floor(pickRandom() * items.length)];
        // The UI strings and the configuration are the project's: changed once for both builds.
        if (folder === clean.folder && PROJECT_EDITS.has(edit.name)) continue;
        await edit.apply(folder, pick, step);
      }
      const built = await buildBoth();
      await expectSameSites().catch((error: unknown) => {
        throw new Error(`after step ${step} (${edit.name}): ${String(error)}`);
      });
      // The 404 page is rendered again when what it shows changed, and only then (its key).
      expect(NOT_FOUND_COPIED.test(built.incremental), `after step ${step} (${edit.name}): 404 page copied`).toBe(
        !EVERY_PAGE_EDITS.has(edit.name),
      );
    }
  }, 1_200_000);
});
