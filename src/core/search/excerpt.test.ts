import { describe, expect, test } from 'vitest';
import { makeExcerpt } from './excerpt.ts';
import { findHits, matcherFor } from './hits.ts';
import { parseQuery } from './query.ts';

const hitsFor = (query: string) => (block: string) => findHits(block, 'en', matcherFor(parseQuery(query)));
const shown = (e: ReturnType<typeof makeExcerpt>) => e.parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('');

describe('makeExcerpt', () => {
  const words = Array.from({ length: 100 }, (_, i) => `w${i}`);

  test('a short paragraph is shown whole, hits marked as written', () => {
    const e = makeExcerpt(['Nothing here.', 'The campaign of Macron’s rivals.'], hitsFor('macron campaigns'));
    expect(shown(e)).toBe('The [campaign] of [Macron]’s rivals.');
    expect(e).toMatchObject({ cutBefore: false, cutAfter: false, hits: 2 });
  });

  test('a long paragraph is cut between words around the densest run of hits', () => {
    const text = [...words.slice(0, 10), 'piracy', ...words.slice(10, 60), 'piracy', 'piracy', ...words.slice(60)].join(
      ' ',
    );
    const e = makeExcerpt([text], hitsFor('piracy'), 10);
    expect(e.hits).toBe(2);
    expect(shown(e)).toBe('w54 w55 w56 w57 w58 w59 [piracy] [piracy] w60 w61');
    expect(e).toMatchObject({ cutBefore: true, cutAfter: true });
  });

  test('without hits, the start of the first paragraph with words', () => {
    const e = makeExcerpt(['', '— —', words.join(' ')], () => [], 5);
    expect(shown(e)).toBe('w0 w1 w2 w3 w4');
    expect(e).toMatchObject({ cutBefore: false, cutAfter: true, hits: 0 });
  });

  test('a page without text has an empty excerpt', () => {
    expect(makeExcerpt([], () => []).parts).toEqual([]);
  });
});
