import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { loadQuickly, readYaml, validateYaml } from './index.ts';

interface ErrorCase {
  name: string;
  yaml: string;
  line: number;
  message: string;
}

const cases = parse(readFileSync(new URL('./fixtures/errors.yaml', import.meta.url), 'utf8')) as ErrorCase[];

describe('YAML errors, in plain words at the line to change', () => {
  test.each(cases)('$name', ({ yaml, line, message }) => {
    const { diagnostics, value } = readYaml(yaml, 'x.yaml');
    expect(value).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ severity: 'error', file: 'x.yaml', line, message });
  });

  test('one mistake is reported once, though the parser raises several errors for it', () => {
    for (const { yaml } of cases) {
      const lines = readYaml(yaml, 'x.yaml').diagnostics.map((d) => d.line);
      expect(new Set(lines).size, yaml).toBe(lines.length);
    }
  });

  test('an unknown tag is a warning, and the value is still read', () => {
    const { diagnostics, value } = readYaml('title: !foo x\n', 'x.yaml');
    expect(value).toEqual({ title: 'x' });
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        file: 'x.yaml',
        line: 1,
        column: 8,
        message: 'YAML: the tag “!foo” means nothing here; remove it, or quote the value if the “!” belongs to it',
      },
    ]);
  });

  test('lines count from where the YAML starts in its file (front matter starts on line 2)', () => {
    expect(readYaml('title: A\n  date: 2017\n', 'x.md', 2).diagnostics[0]).toMatchObject({ line: 3, column: 3 });
  });
});

describe('positionOf', () => {
  const source = readYaml(
    ['en:', '  term: A', '  aliases: [a, b]', '  note:', 'ar:', '  - x', '  - y'].join('\n'),
    'x.yaml',
  );

  test.each([
    [['en', 'term'], 'value', { line: 2, column: 9 }],
    [['en', 'term'], 'key', { line: 2, column: 3 }],
    [['en', 'aliases', 1], 'value', { line: 3, column: 16 }],
    [['en', 'aliases', '1'], 'value', { line: 3, column: 16 }],
    // An empty value is where it would be written.
    [['en', 'note'], 'value', { line: 4, column: 8 }],
    [['en', 'missing'], 'value', { line: 2, column: 3 }],
    [['ar', 1], 'value', { line: 7, column: 5 }],
    [[], 'value', { line: 1, column: 1 }],
  ] as const)('%j (%s)', (path, of, position) => {
    expect(source.positionOf(path, of)).toEqual(position);
  });
});

describe('loadQuickly', () => {
  test('reads what readYaml reads, with the line of each top-level item', () => {
    const text = '- id: a\n  en: { term: a }\n\n# a comment\n- id: b\n  aliases:\n    - x\n';
    expect(loadQuickly(text)).toEqual({ value: readYaml(text, 'x.yaml').value, itemLines: [1, 5] });
  });

  test('gives up on YAML with errors', () => {
    for (const { yaml } of cases.filter((c) => !c.yaml.includes('*x'))) expect(loadQuickly(yaml), yaml).toBeUndefined();
  });
});

describe('validateYaml', () => {
  const fields = z.object({ title: z.string() });
  test('says a list or a line of text is not the fields a file must hold, at its line', () => {
    for (const [text, what] of [
      ['- About us\n- 3\n', 'a list'],
      ['Just a title\n', 'a line of text'],
    ]) {
      const [problem] = validateYaml(readYaml(text, 'pages/x.en.md', 2), fields).diagnostics;
      expect(problem).toMatchObject({ file: 'pages/x.en.md', line: 2 });
      expect(problem.message).toContain('expected fields, one per line as "name: value"');
      expect(problem.message).toContain(what);
    }
  });

  test('names the field of any other problem', () => {
    const [problem] = validateYaml(readYaml('title: 3\n', 'x.yaml'), fields).diagnostics;
    expect(problem.message).toMatch(/^title: /u);
  });
});
