import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { hasArabic } from '../arabic/index.ts';
import { findHits, matcherFor } from './hits.ts';
import { memoryIndex } from './memory-index.ts';
import { parseQuery } from './query.ts';
import { searchWith } from './rank.ts';

interface Case {
  query: string;
  text: string;
  match: boolean;
  why?: string;
}

const cases = parse(readFileSync(join(import.meta.dirname, 'fixtures/match.yaml'), 'utf8')) as Case[];

describe('a query finds a word of a text when a reader would call them the same word', () => {
  test.each(cases.map((c) => [`${c.query} ${c.match ? '→' : '↛'} ${c.text}`, c] as const))('%s', (_, c) => {
    // The text as a one-page index, searched as the browser searches, and its hits marked.
    const lang = hasArabic(c.text) ? 'ar' : 'en';
    const query = parseQuery(c.query);
    const { pages, widened } = searchWith(query, memoryIndex([{ id: 'page', lang, text: c.text }]), 1);
    expect(pages.length > 0, c.why).toBe(c.match);
    const hits = findHits(c.text, lang, matcherFor(query, undefined, widened));
    expect(hits.length > 0, `hits: ${c.why ?? ''}`).toBe(c.match);
  });
});
