/**
 * `npm run export:pdf` on a built translation pair (tests/fixtures/print: text written for this
 * test): one tagged PDF per page, the title and page numbers in the margins, and both versions'
 * paragraphs in the PDF's text (as poppler's pdftotext reads it) in reading order: row after row,
 * each version's paragraphs in their order, the two versions of a row side by side.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildOnce, ROOT, type BuildResult } from '../helpers/build.ts';
import { all, readingText, readPage } from '../helpers/html.ts';
import { comparable, findInOrder, pdfLines } from '../helpers/pdf-text.ts';

const PRINT = join(ROOT, 'tests/fixtures/print');
const SLUG = 'reading-room';

let build: BuildResult;
let out: string;

function exportPdf(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(
    process.execPath,
    [join(ROOT, 'src/cli/export-pdf.ts'), '--site', build.outDir, '--out', out, ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ...env },
      timeout: 180_000,
    },
  );
}

beforeAll(async () => {
  build = await buildOnce({ contentDir: PRINT });
  if (build.code !== 0) throw new Error(`print build failed:\n${build.output}`);
  out = await mkdtemp(join(tmpdir(), 'hamish-pdf-'));
  const result = exportPdf([SLUG]);
  if (result.status !== 0) throw new Error(`export:pdf failed:\n${result.stdout}\n${result.stderr}`);
});

afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

test('prints each language version of the named document to its own PDF', async () => {
  expect((await readdir(out)).sort()).toEqual([`${SLUG}.ar.pdf`, `${SLUG}.en.pdf`]);
});

describe.each(['ar', 'en'] as const)('the PDF of the %s page', (lang) => {
  const pdf = () => join(out, `${SLUG}.${lang}.pdf`);

  test('is tagged, has an outline, and the title and page numbers in its margins', () => {
    const info = spawnSync('pdfinfo', [pdf()], { encoding: 'utf8' });
    expect(info.stdout).toMatch(/^Tagged:\s+yes$/m);
    expect(readFileSync(pdf()).includes('/Outlines')).toBe(true);
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info.stdout)?.[1]);
    expect(pages).toBeGreaterThan(0);
    const latin = pdfLines(pdf(), 'latin').map((line) => line.text);
    const arabic = pdfLines(pdf(), 'arabic').map((line) => line.text);
    // The first line of the first page is the page's title (the site's name after it).
    const title = lang === 'en' ? latin[0] : arabic[0];
    expect(title).toContain(
      comparable(
        lang === 'en' ? 'The city library opened' : 'افتتحت مكتبة المدينة',
        lang === 'en' ? 'latin' : 'arabic',
      ),
    );
    expect(latin).toContain(`1${pages}`); // "1 / 3", in letters and digits
  });

  test('holds both versions’ paragraphs in reading order, row by row', async () => {
    const page = await readPage(build.outDir, `/${lang}/${SLUG}/`);
    const rows = all(page, '.aligned-row:not(.aligned-head, .aligned-foot)');
    expect(rows.length).toBeGreaterThan(1);
    const paragraphs = (cellLang: string) =>
      rows.map((row) =>
        all(row, `.cell.edition-text[lang="${cellLang}"]`)
          .flatMap((cell) => readingText(cell))
          .map((text) => comparable(text, cellLang === 'ar' ? 'arabic' : 'latin'))
          .join(''),
      );
    const ar = findInOrder(pdfLines(pdf(), 'arabic'), paragraphs('ar'));
    const en = findInOrder(pdfLines(pdf(), 'latin'), paragraphs('en'));
    expect(ar.missing).toBeUndefined();
    expect(en.missing).toBeUndefined();
    const at = (p: { page: number; y: number }) => p.page * 10_000 + p.y;
    for (let k = 0; k < rows.length; k++) {
      // The two versions of a row begin on the same line, side by side, and before the next row.
      expect(ar.found[k].page).toBe(en.found[k].page);
      expect(Math.abs(ar.found[k].y - en.found[k].y), `row ${k + 1}`).toBeLessThan(12);
      if (k + 1 < rows.length) {
        expect(at(ar.found[k])).toBeLessThan(at(ar.found[k + 1]));
        expect(at(en.found[k])).toBeLessThan(at(en.found[k + 1]));
      }
    }
  });
});

test('says so clearly when Chromium is missing, and prints nothing', async () => {
  const empty = await mkdtemp(join(tmpdir(), 'hamish-pdf-none-'));
  try {
    const result = spawnSync(
      process.execPath,
      [join(ROOT, 'src/cli/export-pdf.ts'), '--site', build.outDir, '--out', empty],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' } },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Chromium is missing (/nonexistent/chromium)');
    expect(await readdir(empty)).toEqual([]);
  } finally {
    await rm(empty, { recursive: true, force: true });
  }
});

test('names a document that the site does not have', () => {
  const result = exportPdf(['no-such-document']);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('no document page for no-such-document');
});

describe('a site built under a sub-path (BASE_PATH)', () => {
  let sub: BuildResult;
  beforeAll(async () => {
    sub = await buildOnce({ contentDir: PRINT, base: '/edition/' });
    if (sub.code !== 0) throw new Error(`print build under /edition/ failed:\n${sub.output}`);
  }, 300_000);

  const exportSub = (args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'src/cli/export-pdf.ts'), '--site', sub.outDir, '--out', out, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, BASE_PATH: '' },
      timeout: 180_000,
    });

  test('is printed with its styles at the base its build recorded, without being told', () => {
    const result = exportSub([SLUG]);
    expect(result.status, result.stderr).toBe(0);
    // The site's faces are in the PDF: its style sheet loaded.
    const fonts = spawnSync('pdffonts', [join(out, `${SLUG}.en.pdf`)], { encoding: 'utf8' }).stdout;
    expect(fonts).toMatch(/Literata/);
  });

  test('fails, naming what did not load, when served at another base', () => {
    const result = exportSub([SLUG, '--base', '/']);
    expect(result.status).toBe(1);
    // The failed requests are listed in the order the browser made them: a font may come first.
    expect(result.stderr).toMatch(/could not load .*http:\/\/127\.0\.0\.1:\d+\/edition\/\S+\.css \(404\)/);
  });
});
