import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { decodeSource } from './decode.ts';
import { splitParagraphs } from './paragraphs.ts';
import { SAMPLE_AR, SAMPLE_EN } from '../../../tests/helpers/sample.ts';

/** One folder per case: `input.txt` and `expected.json`, a list of `[line, text]`. */
const root = new URL('./fixtures/paragraphs/', import.meta.url);

describe('splitParagraphs (fixtures)', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const input = readFileSync(new URL(`${name}/input.txt`, root), 'utf8');
      const expected: [number, string][] = JSON.parse(readFileSync(new URL(`${name}/expected.json`, root), 'utf8'));
      expect(splitParagraphs(input).map((p) => [p.line, p.text])).toEqual(expected);
    });
  }
});

describe('splitParagraphs', () => {
  it('gives one paragraph per line of the seeds, with file line numbers', () => {
    for (const text of [SAMPLE_AR, SAMPLE_EN]) {
      const lines = text.split('\n').filter((l) => l.trim() !== '');
      expect(splitParagraphs(text).map((p) => p.text)).toEqual(lines.map((l) => l.trim()));
      expect(splitParagraphs(text, 5).map((p) => p.line)).toEqual(lines.map((_, i) => i + 5));
    }
  });

  it('never loses or adds a visible character, whatever the text', () => {
    const visible = (s: string) => s.replace(/[\s\u0000-\u001F\u007F-\u009F]/gu, '');
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            fc.constantFrom('', ' ', '\t', 'a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h'),
          ),
          { maxLength: 30 },
        ),
        (lines) => {
          const text = lines.join('\n');
          const paragraphs = splitParagraphs(text);
          expect(visible(paragraphs.map((p) => p.text).join(''))).toBe(visible(text));
          for (const p of paragraphs) {
            expect(p.text).toBe(p.text.trim());
            expect(p.text).not.toMatch(/\s\s|^$/u);
            expect(text.split('\n')[p.line - 1].trim()).not.toBe('');
          }
        },
      ),
    );
  });
});

describe('source lines are the lines an editor shows', () => {
  const decoded = (raw: string) =>
    decodeSource('documents/x.en.txt', new TextEncoder().encode(raw)).decoded?.text ?? '';

  test('a stray carriage return inside a line neither splits it nor shifts the lines after it', () => {
    const raw = 'First paragraph.\r\nSecond\rparagraph, one line in any editor.\r\nThird paragraph.\r\n';
    expect(splitParagraphs(decoded(raw))).toEqual([
      { text: 'First paragraph.', line: 1 },
      { text: 'Second paragraph, one line in any editor.', line: 2 },
      { text: 'Third paragraph.', line: 3 },
    ]);
  });

  test('a classic Mac OS file (CR alone ends its lines) has its lines', () => {
    expect(splitParagraphs(decoded('One.\rTwo.\r\rThree.\r'))).toEqual([
      { text: 'One.', line: 1 },
      { text: 'Two.', line: 2 },
      { text: 'Three.', line: 4 },
    ]);
  });
});
