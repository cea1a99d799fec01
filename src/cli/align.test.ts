import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const NODE = join(ROOT, 'node_modules/.bin/node');
const dir = mkdtempSync(join(tmpdir(), 'hamish-align-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function align(...args: string[]) {
  const run = spawnSync(NODE, ['src/cli/align.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const ARABIC = [
  'أعلنت الحكومة اليوم خطة جديدة لمكافحة الوباء في جميع المحافظات. وقال الوزير إن الخطة تبدأ الأسبوع المقبل.',
  '',
  'وستغلق المدارس لمدة أسبوعين على الأقل، وتعمل المستشفيات بكامل طاقتها.',
  '',
  'اقرأ أيضا',
].join('\n');
const ENGLISH = [
  'The government announced a new plan today to fight the epidemic in all provinces.',
  'The minister said the plan would start next week. Schools will close for at least two weeks. Hospitals will work at full capacity.',
].join('\n');

// Each case starts Node; on a busy machine that takes seconds.
describe('npm run align', { timeout: 60_000 }, () => {
  test('prints the sentences of the cleaned text and the beads as JSON', () => {
    const run = align(file('report.ar.txt', ARABIC), file('report.en.txt', ENGLISH));
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout) as {
      sentences: { ar: string[]; en: string[] };
      beads: { ar: number[]; en: number[] }[];
    };
    // "اقرأ أيضا" is page furniture: cleaned away, said on stderr, not aligned.
    expect(output.sentences.ar).toEqual([
      'أعلنت الحكومة اليوم خطة جديدة لمكافحة الوباء في جميع المحافظات.',
      'وقال الوزير إن الخطة تبدأ الأسبوع المقبل.',
      'وستغلق المدارس لمدة أسبوعين على الأقل، وتعمل المستشفيات بكامل طاقتها.',
    ]);
    expect(output.sentences.en).toHaveLength(4);
    expect(output.beads).toEqual([
      { ar: [0], en: [0] },
      { ar: [1], en: [1] },
      { ar: [2], en: [2, 3] },
    ]);
    expect(run.stderr).toMatch(/report\.ar\.txt:5: note: not aligned, taken out as page furniture/);
  });

  test('reads legacy encodings as a build does', () => {
    const run = align(file('legacy.txt', iconv.encode(ARABIC, 'windows-1256')), file('e.txt', ENGLISH));
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { sentences: { ar: string[] } }).sentences.ar[1]).toBe(
      'وقال الوزير إن الخطة تبدأ الأسبوع المقبل.',
    );
  });

  test('names the file in every error', () => {
    const en = file('ok.en.txt', ENGLISH);
    expect(align(join(dir, 'missing.txt'), en)).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('missing.txt: error: cannot read it: no such file'),
    });
    const swapped = align(en, file('ok.ar.txt', ARABIC));
    expect(swapped.status).toBe(1);
    expect(swapped.stderr).toContain(
      `${en}: error: the text is English, but the first file must be the Arabic version`,
    );
    const binary = align(
      file('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
      en,
    );
    expect(binary.status).toBe(1);
    expect(binary.stderr).toMatch(/image\.txt: error: /);
    expect(align(file('notes.md', '# x'), en).stderr).toContain('notes.md: error: align reads plain-text sources');
    expect(align(en).status).toBe(2);
  });

  test('source text is data: markup and code in it are sentences like any other', () => {
    const run = align(
      file(
        'x.ar.txt',
        'قال المتحدث باسم الحكومة في مؤتمر صحفي «<script>alert(1)</script>». ثم أضاف أن {process.exit(3)} انتهى بلا أثر.',
      ),
      file('x.en.txt', 'He said "<script>alert(1)</script>". Then {process.exit(3)} ended.'),
    );
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { sentences: { en: string[] } }).sentences.en).toEqual([
      'He said "<script>alert(1)</script>".',
      'Then {process.exit(3)} ended.',
    ]);
  });
});
