import { describe, expect, it } from 'vitest';
import { parallelDocuments, sidesOf } from '../../../tests/helpers/parallel.ts';
import type { Edition, SourceFile } from '../types.ts';
import { ingest } from './index.ts';
import { checkIntegrity } from './integrity.ts';
import { splitParagraphs } from './paragraphs.ts';
import { integrityChecks } from './testing.ts';
import { SAMPLE_AR, SAMPLE_EN } from '../../../tests/helpers/sample.ts';

const encoder = new TextEncoder();
const file = (path: string, text: string): SourceFile => ({ path, bytes: encoder.encode(text) });

describe('checkIntegrity', () => {
  const source = splitParagraphs('One.\nTwo.\nTwo.\nThree.\n');
  const edition = (paragraphs: Edition['paragraphs'], removed: Edition['removed']) =>
    ({ sourceFile: 'documents/x.en.txt', paragraphs, removed }) as Edition;

  it('accepts an edition that accounts for every source paragraph exactly once', () => {
    const ok = edition([source[0], source[1], source[3]], [{ reason: 'repeated-paragraph', text: 'Two.', line: 3 }]);
    expect(checkIntegrity(ok, source)).toEqual([]);
  });

  it('reports a paragraph lost in cleaning, at its line', () => {
    const lost = edition([source[0], source[1], source[3]], []);
    expect(checkIntegrity(lost, source)).toEqual([
      {
        severity: 'error',
        file: 'documents/x.en.txt',
        line: 3,
        column: 1,
        message: 'lost in cleaning: “Two.” is neither in the reading text nor among the removed lines',
      },
    ]);
  });

  it('reports text the source does not have, and text moved to another line', () => {
    const invented = edition([...source, { text: 'Four.', line: 5 }], []);
    expect(checkIntegrity(invented, source)).toMatchObject([
      { line: 5, message: expect.stringMatching(/^not in the source: “Four\.”/) },
    ]);
    const moved = edition([source[0], source[1], { text: 'Two.', line: 9 }, source[3]], []);
    expect(checkIntegrity(moved, source).map((d) => d.line)).toEqual([3, 9]);
  });
});

describe('integrity over the seeds', () => {
  const result = ingest([file('documents/macron.en.txt', SAMPLE_EN), file('documents/macron.ar.txt', SAMPLE_AR)]);
  const en = result.editions.find((e) => e.lang === 'en');
  const ar = result.editions.find((e) => e.lang === 'ar');

  it('ingests both without a problem', () => {
    expect(result.diagnostics).toEqual([]);
  });

  it('keeps the English article exactly once and records what it took out', () => {
    const lines = SAMPLE_EN.split('\n');
    expect(en?.paragraphs).toEqual(lines.slice(0, 5).map((text, i) => ({ text, line: i + 1 })));
    expect(en?.removed.map((r) => [r.line, r.reason, r.pattern])).toEqual([
      [6, 'furniture', 'read-the-whole-story'],
      [7, 'furniture', 'read-the-whole-story'],
      [8, 'furniture', 'caption-en'],
      ...[9, 10, 11, 12, 13].map((line) => [line, 'repeated-article', undefined]),
      [14, 'furniture', 'read-the-whole-story'],
      [15, 'furniture', 'read-the-whole-story'],
      [16, 'furniture', 'caption-en'],
      [17, 'furniture', 'comments-en'],
      [18, 'furniture', 'comment-count'],
      [19, 'furniture', 'subscriber-wall'],
    ]);
    expect(en?.removed.map((r) => r.text)).toEqual(lines.slice(5, 19));
    expect(en).toMatchObject({ source: 'The Washington Post', imageCredit: 'EPA', dateline: 'PARIS' });
  });

  it('keeps every line of the Arabic seed', () => {
    const lines = SAMPLE_AR.split('\n').filter(Boolean);
    expect(ar?.removed).toEqual([]);
    expect(ar?.paragraphs).toEqual(lines.map((text, i) => ({ text, line: i + 1 })));
    expect(ar?.dateline).toBeUndefined();
  });
});

describe('integrity over the parallel fixture (real prose, human translations; TICO-19 in ingest.corpus.test.ts)', () => {
  // Reports without a headline line: their first sentences are long prose.
  integrityChecks(parallelDocuments().map(sidesOf), { headlines: [0, 0], checked: 6 });
});
