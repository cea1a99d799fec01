import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  describeConfig,
  forgetLastGood,
  inputsKey,
  mayEndEarly,
  outputKey,
  recordLastGood,
  unchangedSinceLastGood,
} from './last-good.ts';

let dir: string;
let root: string;
let content: string;
let work: string;
let site: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hamish-last-good-'));
  [root, content, work, site] = ['project', 'project/content', 'project/.hamish/work', 'project/dist'].map((p) =>
    join(dir, p),
  );
  await mkdir(join(root, 'src', 'i18n'), { recursive: true });
  await mkdir(join(content, 'documents'), { recursive: true });
  await mkdir(join(site, 'en'), { recursive: true });
  await writeFile(join(root, 'astro.config.mjs'), 'export default {};\n');
  await writeFile(join(root, 'src', 'i18n', 'en.json'), '{"nav.glossary": "Glossary"}\n');
  await writeFile(join(content, 'documents', 'a.en.txt'), 'A\n\nText.\n');
  await writeFile(join(content, 'glossary.yaml'), '[]\n');
  await writeFile(join(site, 'en', 'index.html'), '<p>A</p>');
});

afterEach(() => rm(dir, { recursive: true, force: true }));

const key = (env: NodeJS.ProcessEnv = { BASE_PATH: '/' }, config: unknown = { base: '/' }) =>
  inputsKey({ root, contentDir: content, config, files: [], argv: ['build'], env });

describe('the last good build', () => {
  test('every input the build reads changes the key; the shell’s history does not', async () => {
    const before = key();
    expect(key()).toBe(before);
    expect(key({ BASE_PATH: '/', OLDPWD: '/elsewhere', _: '/usr/bin/npm' })).toBe(before);
    expect(key({ BASE_PATH: '/editions/' })).not.toBe(before);
    expect(key(undefined, { base: '/', hook: () => 1 })).not.toBe(key(undefined, { base: '/', hook: () => 2 }));
    const edits: [string, string][] = [
      [join(content, 'documents', 'a.en.txt'), 'A\n\nText, edited.\n'],
      [join(content, 'documents', 'a.yaml'), 'date: 2020-01-01\n'],
      [join(content, 'glossary.yaml'), '- id: x\n'],
      [join(root, 'src', 'i18n', 'en.json'), '{"nav.glossary": "Terms"}\n'],
      [join(root, 'package-lock.json'), '{}\n'],
    ];
    let last = before;
    for (const [file, text] of edits) {
      await writeFile(file, text);
      const now = key();
      expect(now, file).not.toBe(last);
      last = now;
    }
  });

  test('a publisher’s component and the files beside it change the key; the project’s own folders are not read again', async () => {
    const brand = join(root, 'brand');
    await mkdir(join(brand, 'icons'), { recursive: true });
    await writeFile(join(brand, 'Header.astro'), '<header>Ours</header>\n');
    const withFolders = (folders: string[]) =>
      inputsKey({ root, contentDir: content, config: {}, files: [], folders, argv: ['build'], env: {} });
    const before = withFolders([brand]);
    await writeFile(join(brand, 'icons', 'mark.svg'), '<svg/>');
    expect(withFolders([brand])).not.toBe(before);
    // The root (a component at the top of the project) and its parents: the root's files are read
    // anyway, and its caches must not be.
    const plain = withFolders([]);
    await mkdir(join(root, '.hamish', 'cache'), { recursive: true });
    await writeFile(join(root, '.hamish', 'cache', 'x'), String(Date.now()));
    expect(withFolders([root, dir])).toBe(plain);
  });

  test('is the site only while the published files are untouched', async () => {
    const inputs = key();
    expect(unchangedSinceLastGood(work, site, inputs)).toBe(false);
    await recordLastGood(work, site, inputs);
    expect(unchangedSinceLastGood(work, site, inputs)).toBe(true);
    expect(unchangedSinceLastGood(work, site, key({ BASE_PATH: '/x/' }))).toBe(false);
    expect(unchangedSinceLastGood(work, join(dir, 'elsewhere'), inputs)).toBe(false);

    const before = outputKey(site);
    await utimes(join(site, 'en', 'index.html'), new Date(), new Date(Date.now() + 5000));
    expect(outputKey(site)).not.toBe(before);
    expect(unchangedSinceLastGood(work, site, inputs)).toBe(false);

    await recordLastGood(work, site, inputs);
    await writeFile(join(site, 'extra.html'), '');
    expect(unchangedSinceLastGood(work, site, inputs)).toBe(false);
    await rm(join(site, 'extra.html'));
    expect(unchangedSinceLastGood(work, site, inputs)).toBe(true);

    await forgetLastGood(work);
    expect(unchangedSinceLastGood(work, site, inputs)).toBe(false);
  });

  test('a configuration with functions and cycles has a text', () => {
    const config: Record<string, unknown> = { url: new URL('https://example.org/'), plugins: [function plugin() {}] };
    config.self = config;
    expect(describeConfig(config)).toContain('https://example.org/');
    expect(describeConfig(config)).toContain('function plugin() {}');
  });

  test('only the `astro build` command ends early, and never with --force', () => {
    expect(mayEndEarly(['node', '/p/node_modules/.bin/astro', 'build', '--outDir', 'x'])).toBe(true);
    expect(mayEndEarly(['node', '/p/node_modules/astro/astro.js', 'build'])).toBe(true);
    expect(mayEndEarly(['node', '/p/node_modules/.bin/astro', 'build', '--force'])).toBe(false);
    expect(mayEndEarly(['node', '/p/scripts/deploy.js', 'build'])).toBe(false);
    expect(mayEndEarly(['node', '/p/node_modules/.bin/astro', 'dev'])).toBe(false);
  });
});
