import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readPages } from './site-pages.ts';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'hamish-site-pages-'));
  await mkdir(join(folder, 'pages'));
});

afterEach(() => rm(folder, { recursive: true, force: true }));

const write = (name: string, text: string) => writeFile(join(folder, 'pages', name), text);

describe('readPages: HTML that could run code or act on the reader', () => {
  test('refuses it as in a document, at its file, line and column, and leaves the page out', async () => {
    await write(
      'evil.en.md',
      '---\ntitle: Evil\nnav: footer\n---\n\nWelcome.\n\n<meta http-equiv="refresh" content="0;url=https://evil.example">\n',
    );
    await write(
      'tricks.en.md',
      '---\ntitle: Tricks\n---\n\nA picture: <img src="x.png" onerror="alert(1)">.\n\n' +
        '[Click](javascript:alert(1)) or <a href="java&#9;script:alert(1)">this</a>.\n\n<script>alert(1)</script>\n',
    );
    const { pages, diagnostics } = await readPages(folder);
    expect(pages).toEqual([]);
    expect(diagnostics).toEqual([
      {
        severity: 'error',
        file: 'pages/evil.en.md',
        line: 8,
        column: 1,
        message: 'HTML that can run code: <meta> is not allowed: sources are text, never code',
      },
      {
        severity: 'error',
        file: 'pages/tricks.en.md',
        line: 5,
        column: 12,
        message:
          'HTML that can run code: an event handler attribute (onError) is not allowed: sources are text, never code',
      },
      {
        severity: 'error',
        file: 'pages/tricks.en.md',
        line: 7,
        column: 1,
        message: 'a javascript: link is not allowed: sources are text, never code',
      },
      {
        severity: 'error',
        file: 'pages/tricks.en.md',
        line: 7,
        column: 33,
        message: 'HTML that can run code: a javascript: address (href) is not allowed: sources are text, never code',
      },
      {
        severity: 'error',
        file: 'pages/tricks.en.md',
        line: 9,
        column: 1,
        message: 'HTML that can run code: <script> is not allowed: sources are text, never code',
      },
    ]);
  });

  test('keeps a page with harmless HTML, and counts lines from the file’s first without front matter', async () => {
    const harmless =
      '\nThe <abbr title="Harbour Herald">HH</abbr> was founded in 1901<sup>1</sup>; see ' +
      '<a href="https://example.org/history">its history</a> or <a href="mailto:desk@example.org">write</a>.\n\n' +
      '<table>\n<tr><th>Year</th><th>Issues</th></tr>\n<tr><td>1901</td><td>52</td></tr>\n</table>\n\n' +
      '| Year | Issues |\n| --- | --- |\n| 1902 | <em>51</em> |\n';
    await write('about.en.md', `---\ntitle: About\n---\n${harmless}`);
    await write('about.ar.md', `---\ntitle: من نحن\n---\n${harmless}`);
    await write('bad.md', 'No front matter.\n\n<iframe src="https://evil.example"></iframe>\n');
    const { pages, diagnostics } = await readPages(folder);
    expect(pages.map((page) => [page.file, page.body])).toEqual([
      ['pages/about.ar.md', harmless],
      ['pages/about.en.md', harmless],
    ]);
    expect(diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`)).toEqual([
      'pages/bad.md:1: the page has no front matter: start the file with its title between two lines of three hyphens (---, title: About us, ---)',
      'pages/bad.md:3: HTML that can run code: <iframe> is not allowed: sources are text, never code',
    ]);
    expect(diagnostics.every((d) => d.file === 'pages/bad.md')).toBe(true);
  });
});

describe('readPages: front matter', () => {
  test('a page without it, or without its title, is told so at its file and line, in words', async () => {
    await write('about.en.md', 'We are a newsroom.\n');
    await write('contact.en.md', '---\n---\nWrite to us.\n');
    await write('team.en.md', '---\nnav: footer\norder: first\ndescription: ""\n---\nWho we are.\n');
    await write('open.en.md', '---\ntitle: Open\n\nNever closed.\n');
    const { pages, diagnostics } = await readPages(folder);
    expect(pages).toEqual([]);
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`)).toEqual([
      'pages/about.en.md:1:1: the page has no front matter: start the file with its title between two lines of three hyphens (---, title: About us, ---)',
      'pages/contact.en.md:1:1: title: the page has no title; add one to the front matter, e.g. title: About us',
      'pages/open.en.md:1:1: front matter opened here is never closed; end it with a line of three hyphens (---)',
      'pages/team.en.md:2:1: title: the page has no title; add one to the front matter, e.g. title: About us',
      'pages/team.en.md:3:8: order: order must be a number, e.g. order: 2',
      'pages/team.en.md:4:14: description: the description is empty; remove the key or give a value',
    ]);
  });
});

describe('readPages: description', () => {
  test('a page without one is described by its opening paragraph, as a document is', async () => {
    const long = `${'The harbour board meets in public every month, '.repeat(6)}and its minutes are here.`;
    await write('about.en.md', '---\ntitle: About\ndescription: Who we are.\n---\nWe are a newsroom.\n');
    await write(
      'contact.en.md',
      '---\ntitle: Contact\n---\n\n## Write to us\n\nThe desk reads *every* letter.\n\nMore.\n',
    );
    await write('minutes.en.md', `---\ntitle: Minutes\n---\n${long}\n`);
    await write('empty.en.md', '---\ntitle: Empty\n---\n\n## Nothing yet\n');
    const { pages } = await readPages(folder);
    const described = Object.fromEntries(pages.map((page) => [page.slug, page.description]));
    expect(described.about).toBe('Who we are.');
    expect(described.contact).toBe('The desk reads every letter.');
    expect(described.minutes).toMatch(/^The harbour board meets in public every month, .*[^ ]…$/);
    expect([...described.minutes!].length).toBeLessThanOrEqual(201);
    expect(described.empty).toBeUndefined();
  });
});
