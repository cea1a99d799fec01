import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../types.ts';
import { countOf, reportDiagnostics, shownFolder } from './diagnostics.ts';

const error = (file: string, line?: number): Diagnostic => ({ severity: 'error', file, line, message: 'bad' });
const warning: Diagnostic = { severity: 'warning', file: 'documents/w.en.txt', message: 'odd' };
const notice: Diagnostic = { severity: 'notice', file: 'documents/n.en.txt', line: 2, column: 1, message: 'done' };

describe('countOf', () => {
  test.each([
    [0, 'errors'],
    [1, 'error'],
    [2, 'errors'],
    [11, 'errors'],
    [21, 'errors'],
  ])('%i %s', (count, noun) => {
    expect(countOf(count, 'error')).toBe(`${count} ${noun}`);
  });
});

describe('shownFolder', () => {
  test.each([
    ['/home/me/site/content', '/home/me/site', 'content'],
    ['/home/me/site/editions/letters', '/home/me/site', 'editions/letters'],
    ['/home/me/site', '/home/me/site', '.'],
    ['/home/me/site', '/home/me/site/', '.'],
    // Outside the working directory: absolute, not a climb of `../..` that depends on where one stands.
    ['/home/me/other', '/home/me/site', '/home/me/other'],
    ['/home/me/site-2/content', '/home/me/site', '/home/me/site-2/content'],
    ['C:\\sites\\a\\content', 'C:\\sites\\a', 'content'],
  ])('%s from %s is %s', (folder, cwd, shown) => {
    expect(shownFolder(folder, cwd)).toBe(shown);
  });
});

describe('reportDiagnostics', () => {
  test('names each file under the folder as shown, with its position', () => {
    const report = reportDiagnostics([error('documents/a.en.txt', 3), warning, notice], 'content');
    expect(report.lines).toEqual([
      { severity: 'error', text: 'content/documents/a.en.txt:3:1: error: bad' },
      { severity: 'warning', text: 'content/documents/w.en.txt: warning: odd' },
      { severity: 'notice', text: 'content/documents/n.en.txt:2:1: notice: done' },
    ]);
  });

  test('names files from the working directory itself without a ./ and an absolute folder as it is', () => {
    expect(reportDiagnostics([warning], '.').lines[0].text).toBe('documents/w.en.txt: warning: odd');
    expect(reportDiagnostics([warning], '/srv/content/').lines[0].text).toBe(
      '/srv/content/documents/w.en.txt: warning: odd',
    );
  });

  test('shows control characters quoted from a source as escapes, never as the terminal would act on them', () => {
    const quoted: Diagnostic = {
      severity: 'warning',
      file: 'documents/a.en.md',
      line: 2,
      column: 1,
      message: 'the link to “/en/\u001b[31mRED\u001b[0m/\r\u009b2J” leads to no page',
    };
    expect(reportDiagnostics([quoted], '.').lines[0].text).toBe(
      'documents/a.en.md:2:1: warning: the link to “/en/\\u001b[31mRED\\u001b[0m/\\u000d\\u009b2J” leads to no page',
    );
  });

  test('counts errors and warnings with the right plural', () => {
    expect(reportDiagnostics([error('documents/a.en.txt')], 'content')).toMatchObject({
      summary: '1 error, 0 warnings',
      errors: 1,
    });
    expect(reportDiagnostics([error('x'), error('y'), warning, notice], 'content')).toMatchObject({
      summary: '2 errors, 1 warning',
      errors: 2,
    });
    expect(reportDiagnostics([], 'content')).toMatchObject({ summary: '0 errors, 0 warnings', errors: 0 });
  });
});
