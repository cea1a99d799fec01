/**
 * `npm run check` on a translation pair of a `.md` and an `.mdx` version: the least confident rows
 * with both files' lines and the sentences, and a pin that no longer matches the text, reported at
 * its line in the sidecar. The lines are the source files' (front matter and the heading taken as
 * the title counted).
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const EN = `---
date: 2026-05-02
---
## The ferry returns

The ferry across the harbour starts running again on Saturday. Its engines were rebuilt over the winter.

The harbour master thanked the crew for their work. A band will play on the quay at noon to welcome the first boat.

- Boats leave every twenty minutes from seven in the morning.
- Tickets cost the same as last year.
`;
// The Arabic says much more about the tickets than the English does.
const AR = `## عودة العبّارة

تعود العبّارة التي تعبر الميناء إلى العمل يوم السبت. وقد أعيد بناء محركاتها خلال الشتاء.

وشكر <abbr title="مدير الميناء">مدير الميناء</abbr> الطاقم على عملهم.

- تغادر القوارب كل عشرين دقيقة من السابعة صباحًا.
- سعر التذاكر كما كان في العام الماضي، ولن يتغير حتى نهاية الموسم الصيفي المقبل على الأقل كما قال المسؤولون في مؤتمر صحفي أمس.
`;
const SIDECAR = `relation: translation
align:
  - pin: { ar: "وشكر مدير", en: "The harbour master" }
  - pin: { ar: "لا توجد جملة كهذه", en: "Tickets cost" }
`;

let root: string;
let output: string;

/** Runs `npm run check` (the project's Node, which runs TypeScript) on the content folder `folder`. */
function check(folder: string) {
  const run = spawnSync(join(process.cwd(), 'node_modules/.bin/node'), ['src/cli/check.ts'], {
    env: { ...process.env, CONTENT_DIR: folder },
    encoding: 'utf8',
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'hamish-check-'));
  await mkdir(join(root, 'documents'));
  await writeFile(join(root, 'documents/ferry.en.md'), EN);
  await writeFile(join(root, 'documents/ferry.ar.mdx'), AR);
  await writeFile(join(root, 'documents/ferry.yaml'), SIDECAR);
  const run = check(root);
  output = run.output;
  expect(run.status, output).toBe(0);
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe('npm run check on a .md/.mdx translation pair', () => {
  test('reports a pin that no longer matches the text at its line in the sidecar', () => {
    expect(output).toContain(
      `${root}/documents/ferry.yaml:4:5: warning: pin not applied: no sentence of documents/ferry.ar.mdx starts with “لا توجد جملة كهذه”`,
    );
    // The pin that matches is applied, not reported.
    expect(output).not.toContain('ferry.yaml:3:');
  });

  test('lists the least confident rows with both files’ lines and the sentences', () => {
    const lines = output.split('\n');
    const head = lines.findIndex((l) => l.startsWith(`${root}/documents/ferry: `));
    expect(lines[head]).toMatch(/: \d+ of \d+ aligned rows to review \(confidence under 50 %\):$/);
    // The tickets: the English list's line (the front matter and the heading counted), the Arabic item's.
    const row = lines[head + 1];
    expect(row).toMatch(
      new RegExp(
        `^ {2}row \\d+: ${root}/documents/ferry\\.en\\.md:10 ↔ ${root}/documents/ferry\\.ar\\.mdx:8, low confidence \\(\\d+ %\\): `,
      ),
    );
    expect(lines[head + 2]).toMatch(/^ {4}en: .*Tickets cost the same as last year\.$/);
    expect(lines[head + 3]).toMatch(/^ {4}ar: سعر التذاكر كما كان في العام الماضي، .*…$/);
  });
});

describe('npm run check on the pages of pages/', () => {
  let folder: string;
  let run: ReturnType<typeof check>;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'hamish-check-pages-'));
    await mkdir(join(folder, 'documents'));
    await mkdir(join(folder, 'pages'));
    await writeFile(join(folder, 'documents/lighthouse.en.md'), '# The lighthouse\n\nThe lamp was lit again.\n');
    // Three problems in one file: its front matter's and its name's, all reported at once.
    await writeFile(join(folder, 'pages/tags.en.md'), '---\ntitle: Topics\nnav: sidebar\n---\n\nOur topics.\n');
    await writeFile(join(folder, 'pages/lighthouse.en.md'), '---\ntitle: The lighthouse\n---\n\nAbout it.\n');
    await writeFile(join(folder, 'pages/faq.en.md'), '---\ntitle: Questions\nnav: footer\nordr: 1\n---\n\nAsk.\n');
    // A redirect off the site on every visit: refused as in a document.
    await writeFile(
      join(folder, 'pages/evil.en.md'),
      '---\ntitle: Welcome\n---\n\nHello.\n\n<meta http-equiv="refresh" content="0;url=https://evil.example">\n',
    );
    // Harmless inline HTML passes.
    await writeFile(
      join(folder, 'pages/about.en.md'),
      '---\ntitle: About\n---\n\nThe <abbr title="Harbour Herald">HH</abbr>, since 1901<sup>1</sup>: ' +
        '<a href="https://example.org/history">our history</a>.\n\n' +
        '<table>\n<tr><th>Year</th><th>Issues</th></tr>\n<tr><td>1901</td><td>52</td></tr>\n</table>\n',
    );
    run = check(folder);
  });

  afterAll(() => rm(folder, { recursive: true, force: true }));

  test('reports every problem of every page, with its file and line, and fails', () => {
    expect(run.status, run.output).toBe(1);
    expect(run.output).toContain(`${folder}/pages/tags.en.md:3:6: error: nav: nav must be header, footer or none`);
    expect(run.output).toContain(`${folder}/pages/tags.en.md: error: “tags” is a page of Hamish’s own (/en/tags/)`);
    expect(run.output).toContain(
      `${folder}/pages/lighthouse.en.md: error: documents/lighthouse.en.md has the same address (/en/lighthouse/)`,
    );
    expect(run.output).toContain(
      `${folder}/pages/evil.en.md:7:1: error: HTML that can run code: <meta> is not allowed: sources are text, never code`,
    );
    expect(run.output).not.toContain('about.en.md');
    expect(run.output).toMatch(/5 errors/);
    expect(run.output).toMatch(/, 1 page;/);
  });

  test('an unknown front-matter key is reported once, at its line, with the key meant', () => {
    const about = run.output.split('\n').filter((line) => line.includes('faq.en.md'));
    expect(about).toEqual([`${folder}/pages/faq.en.md:4:1: error: unknown key “ordr”; did you mean “order”?`]);
  });
});
