import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { hasArabic } from '../arabic/index.ts';
import { findHits, matcherFor } from './hits.ts';
import { parseQuery } from './query.ts';

interface Case {
  query: string;
  text: string;
  match: boolean;
  why?: string;
}

const cases = parse(readFileSync(join(import.meta.dirname, 'fixtures/match.yaml'), 'utf8')) as Case[];

describe('a query finds a word of a text when a reader would call them the same word', () => {
  test.each(cases.map((c) => [`${c.query} ${c.match ? '→' : '↛'} ${c.text}`, c] as const))('%s', (_, c) => {
    const hits = findHits(c.text, hasArabic(c.text) ? 'ar' : 'en', matcherFor(parseQuery(c.query)));
    expect(hits.length > 0, c.why).toBe(c.match);
  });
});
