import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { escapeRegExp } from '../../src/core/regexp.ts';
import {
  HOSTILE,
  ROOT,
  runBuild,
  scratchContent,
  userEnv,
  type BuildResult,
  type ScratchContent,
} from '../helpers/build.ts';

/** Files a user might drop into content/ by mistake, each of which must be named in an error. */
const BROKEN: Record<string, Uint8Array | string> = {
  'empty.en.txt': '',
  'blank.ar.txt': '  \n\n\t\n',
  'scan.en.txt': Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), Buffer.alloc(64, 0)]),
  'mislabelled.ar.txt': 'This text is in English although its name says Arabic.\nIt has two lines.\n',
  'bad-front-matter.en.txt': '---\ntitle: [unclosed\ndate: 2020-01-01\n---\nBody text of the document.\n',
  'Not A Slug.en.txt': 'A file whose name is not a valid slug.\n',
};

/** Pages with problems of every kind: each must be named, with the documents' problems, in one build. */
const BROKEN_PAGES: Record<string, string> = {
  // A wrong value, an unknown key, and the name of one of Hamish's own pages.
  'tags.en.md': '---\ntitle: Topics\nnav: sidebar\nordr: 2\n---\n\nOur topics.\n',
  // The address of a document.
  'hostile.en.md': '---\ntitle: Hostile\n---\n\nA page.\n',
  // HTML that acts on the reader (a redirect off the site on every visit), refused as in a document.
  'evil.en.md':
    '---\ntitle: Welcome\n---\n\nHello.\n\n<meta http-equiv="refresh" content="0;url=https://evil.example">\n',
  // No front matter: no title.
  'faq.en.md': 'Questions and answers.\n',
};

/** A page with harmless inline HTML, which must not be reported. */
const HARMLESS_PAGE =
  '---\ntitle: About\n---\n\nThe <abbr title="Harbour Herald">HH</abbr>, since 1901<sup>1</sup>: ' +
  '<a href="https://example.org/history">our history</a>.\n\n' +
  '<table>\n<tr><th>Year</th><th>Issues</th></tr>\n<tr><td>1901</td><td>52</td></tr>\n</table>\n';

const ARABIC = 'أعلنت الحملة أنها تعرضت لاختراق واسع ومنسق.\nوقال المتحدث إن الرسائل نشرت على الإنترنت.\n';

let scratch: ScratchContent;
let folder: string;
let build: BuildResult;

beforeAll(async () => {
  scratch = await scratchContent('hamish-broken-', HOSTILE);
  folder = scratch.folder;
  // Legacy encodings are not errors: they are decoded, with a notice.
  await writeFile(join(folder, 'documents', 'legacy-1256.ar.txt'), iconv.encode(ARABIC, 'windows-1256'));
  await writeFile(join(folder, 'documents', 'legacy-iso.ar.txt'), iconv.encode(ARABIC, 'iso-8859-6'));
  await writeFile(
    join(folder, 'documents', 'utf16.ar.txt'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(ARABIC, 'utf16-le')]),
  );
  for (const [name, content] of Object.entries(BROKEN)) await writeFile(join(folder, 'documents', name), content);
  await mkdir(join(folder, 'pages'));
  for (const [name, content] of Object.entries(BROKEN_PAGES)) await writeFile(join(folder, 'pages', name), content);
  await writeFile(join(folder, 'pages', 'about.en.md'), HARMLESS_PAGE);
  build = await runBuild({ contentDir: folder }, join(ROOT, '.hamish', 'test-builds', 'broken'));
});

afterAll(() => scratch?.remove());

describe('a content folder with broken files', () => {
  test('stops the build with a non-zero exit', () => {
    expect(build.code).not.toBe(0);
  });

  test.each(Object.keys(BROKEN))('names %s in an error', (name) => {
    expect(build.output).toMatch(new RegExp(`documents/${escapeRegExp(name)}(:\\d+)*: error`));
  });

  test('gives the line of a front matter error', () => {
    expect(build.output).toMatch(/bad-front-matter\.en\.txt:[23](:\d+)?: error/);
  });

  test('names every problem of the pages too, each once, with its line', () => {
    const pages = build.output
      .split('\n')
      .filter((line) => line.includes(`${folder}/pages/`) && line.includes(': error: '));
    expect(pages.map((line) => line.slice(line.indexOf(`${folder}/`) + folder.length + 1))).toEqual([
      'pages/evil.en.md:7:1: error: HTML that can run code: <meta> is not allowed: sources are text, never code',
      'pages/faq.en.md:1:1: error: the page has no front matter: start the file with its title between two lines of three hyphens (---, title: About us, ---)',
      'pages/hostile.en.md: error: documents/hostile.en.txt has the same address (/en/hostile/); rename one of them',
      'pages/tags.en.md: error: “tags” is a page of Hamish’s own (/en/tags/); rename the file',
      'pages/tags.en.md:3:6: error: nav: nav must be header, footer or none',
      'pages/tags.en.md:4:1: error: unknown key “ordr”; did you mean “order”?',
    ]);
  });

  test('reports no stack trace for a content problem', () => {
    expect(build.output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
  });

  test('does not report the good files', () => {
    for (const good of [
      'hostile.en.txt',
      'hostile.ar.txt',
      'legacy-1256.ar.txt',
      'legacy-iso.ar.txt',
      'utf16.ar.txt',
      'about.en.md',
    ]) {
      expect(build.output).not.toMatch(new RegExp(`${good.replace('.', '\\.')}(:\\d+)*: error`));
    }
  });

  test('says which legacy encoding it assumed', () => {
    expect(build.output).toMatch(/legacy-1256\.ar\.txt.*(windows-1256|1256)/i);
    expect(build.output).toMatch(/legacy-iso\.ar\.txt.*(8859-6|windows-1256|1256)/i);
  });

  test('npm run check reports the same files without building', () => {
    const check = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['src/cli/check.ts'], {
      cwd: ROOT,
      env: userEnv({ CONTENT_DIR: folder }),
      encoding: 'utf8',
    });
    expect(check.status).toBe(1);
    for (const name of Object.keys(BROKEN)) expect(check.stdout + check.stderr).toContain(`documents/${name}`);
    for (const name of Object.keys(BROKEN_PAGES)) expect(check.stdout + check.stderr).toContain(`pages/${name}`);
    // The same lines as the build's, files named the same way (here absolute: the folder is outside the working directory).
    const lines = (output: string) =>
      output
        .split('\n')
        .filter((line) => line.includes(': error: ') && line.includes(`${folder}/`))
        .map((line) => line.slice(line.indexOf(`${folder}/`)));
    expect(lines(check.stderr).length).toBeGreaterThanOrEqual(Object.keys(BROKEN).length);
    expect(lines(check.stderr)).toEqual(lines(build.output));
    const errors = lines(check.stderr).length;
    expect(check.stdout).toMatch(new RegExp(`; ${errors} errors, \\d+ warnings? \\(`));
  });
});
