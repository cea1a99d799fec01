/**
 * The documentation stays true to the repository: every relative link in the README, `docs/`,
 * CONTRIBUTING.md and bench/README.md names a file that exists (and a heading that exists, for a
 * link with an anchor), every `npm run …` they name is a script of package.json, and every path of
 * the repository they name in backticks exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
  .scripts;

/** The documentation files: the README, CONTRIBUTING.md, bench/README.md and every Markdown file under docs/. */
function docFiles(root = ROOT): string[] {
  const docs = existsSync(join(root, 'docs'))
    ? readdirSync(join(root, 'docs'), { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.md'))
        .map((name) => join(root, 'docs', name))
    : [];
  return [join(root, 'README.md'), join(root, 'CONTRIBUTING.md'), join(root, 'bench/README.md'), ...docs];
}

/** Markdown without its fenced code blocks' fences (their text is kept: commands in them count). */
const withoutCode = (text: string) => text.replace(/`[^`\n]*`/g, '');

/** The link targets of a Markdown file: `[text](target)`, `![alt](target)`, and `src`/`href` of inline HTML. */
function linksOf(markdown: string): string[] {
  const text = withoutCode(markdown);
  return [
    ...[...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]),
    ...[...text.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]),
  ];
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function slugOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(markdown: string): Set<string> {
  const headings = markdown.replace(/^```[\s\S]*?^```/gm, '').matchAll(/^#{1,6}\s+(.+)$/gm);
  return new Set([...headings].map((m) => slugOf(m[1])));
}

/** What is wrong with the links of `file`: each broken one, as `file: target (why)`. */
function brokenLinks(file: string, root = ROOT): string[] {
  const markdown = readFileSync(file, 'utf8');
  const broken: string[] = [];
  for (const link of linksOf(markdown)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(link)) continue; // https:, mailto: — outside the repository
    const [path, anchor] = link.split('#', 2);
    const target = path === '' ? file : resolve(dirname(file), decodeURI(path));
    const where = `${relative(root, file)}: ${link}`;
    if (!existsSync(target)) broken.push(`${where} (no such file)`);
    else if (anchor && target.endsWith('.md') && !anchorsOf(readFileSync(target, 'utf8')).has(anchor))
      broken.push(`${where} (no such heading)`);
  }
  return broken;
}

/** The `npm run <script>` commands a text names, by script name. */
function npmScriptsNamed(markdown: string): string[] {
  return [...markdown.matchAll(/\bnpm run ([a-z][\w:-]*)/g)].map((m) => m[1]);
}

/**
 * Paths of the code named in backticks (`src/core/ingest/`, `tests/helpers/sample.ts`): those in
 * the repository's own folders of code, tests, docs and tooling. Not the content folder (the docs
 * name files an editor may create there, such as `content/cleaning.yaml`) nor what a build
 * generates (`.hamish/`, `dist/`). Patterns and placeholders (`*`, `<slug>`, `{ar,en}`, `…`) name
 * no one file and are left out.
 */
const CODE_FOLDERS = new Set(['src', 'tests', 'bench', 'docs', 'public', '.ci']);

function repoPathsNamed(markdown: string): string[] {
  return [...markdown.matchAll(/`([^`\s]+)`/g)]
    .map((m) => m[1].replace(/[.,:;]$/, ''))
    .filter((path) => CODE_FOLDERS.has(path.split('/')[0]) && !/[*<>{}…]/.test(path));
}

const files = docFiles();

describe('the documentation', () => {
  test('exists where the README says', () => {
    for (const file of files) expect(existsSync(file), relative(ROOT, file)).toBe(true);
  });

  test('the README is a front door: at most 150 lines', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8').trimEnd().split('\n').length).toBeLessThanOrEqual(150);
  });

  test('every relative link resolves to a file (and a heading, for a link with an anchor)', () => {
    expect(files.flatMap((file) => brokenLinks(file))).toEqual([]);
  });

  test('every `npm run` command it names is a script of package.json', () => {
    const missing = files.flatMap((file) =>
      npmScriptsNamed(readFileSync(file, 'utf8'))
        .filter((name) => !(name in scripts))
        .map((name) => `${relative(ROOT, file)}: npm run ${name}`),
    );
    expect(missing).toEqual([]);
  });

  test('every path of the repository it names exists', () => {
    const missing = files.flatMap((file) =>
      repoPathsNamed(readFileSync(file, 'utf8'))
        .filter((path) => !existsSync(join(ROOT, path)))
        .map((path) => `${relative(ROOT, file)}: ${path}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('the checks themselves', () => {
  test('find links, anchors, scripts and paths in Markdown', () => {
    const text =
      'See [a](docs/a.md#the-part), ![b](docs/b.png) and <img src="c.png">, not [web](https://x.org) ' +
      'nor `[code](x.md)`. Run `npm run test:unit`, read `src/core/ingest/` but not `src/**/*.ts`.';
    expect(linksOf(text)).toEqual(['docs/a.md#the-part', 'docs/b.png', 'https://x.org', 'c.png']);
    expect(npmScriptsNamed(text)).toEqual(['test:unit']);
    expect(repoPathsNamed(text)).toEqual(['src/core/ingest/']);
    expect(slugOf('How to add a `UI` string (2026)')).toBe('how-to-add-a-ui-string-2026');
  });
});
