import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { matchKey } from './normalize.ts';
import { shapeOf, skeleton, vowelAgreement } from './skeleton.ts';

interface Case {
  en: string;
  ar: string;
  same?: boolean;
  why?: string;
}

const cases = parse(readFileSync(join(import.meta.dirname, 'fixtures/names.yaml'), 'utf8')) as Case[];

describe('the transliteration skeleton of a name in both scripts', () => {
  test.each(cases.map((c) => [`${c.en} ${c.same === false ? '≠' : '='} ${c.ar}`, c] as const))('%s', (_, c) => {
    const [en, ar] = [shapeOf(matchKey(c.en)), shapeOf(matchKey(c.ar))];
    expect(en !== undefined && ar !== undefined && vowelAgreement(en, ar) !== undefined, c.why).toBe(c.same ?? true);
  });

  test('consonant classes the scripts share: g/ج/غ, v/ف, p/ب, ch/تش, sh/ش', () => {
    expect(skeleton('gates')).toBe(skeleton('جيتس'));
    expect(skeleton('george')).toBe(skeleton('جورج'));
    expect(skeleton('vienna')).toBe(skeleton('فيينا'));
    expect(skeleton('paris')).toBe(skeleton('باريس'));
    expect(skeleton('chelsea')).toBe('XLS');
    expect(skeleton('sharon')).toBe(skeleton('شارون'));
  });

  test('a word of one consonant, or with digits, has none', () => {
    expect(skeleton('ana')).toBeUndefined();
    expect(skeleton('covid19')).toBeUndefined();
  });
});
