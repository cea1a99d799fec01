import { describe, expect, test } from 'vitest';
import type { GlossaryEntry } from '../glossary/index.ts';
import { entrySpans, findEntries, glossaryOf, shardGlossary, shardsFor } from './glossary.ts';
import { entryTerm } from './keys.ts';
import { memoryIndex, memoryVocabulary, type MemoryPage } from './memory-index.ts';
import { parseQuery } from './query.ts';
import { searchWith } from './rank.ts';
import { correctedQuery, correctionsFor, unfoundWords } from './typos.ts';

const entries: GlossaryEntry[] = [
  {
    id: 'emmanuel-macron',
    kind: 'person',
    en: { term: 'Emmanuel Macron', aliases: ['Macron'] },
    ar: { term: 'إيمانويل ماكرون', aliases: ['ماكرون', 'ماركون'] },
  },
  {
    id: 'kremlin',
    kind: 'organisation',
    en: { term: 'the Kremlin', aliases: ['Kremlin'] },
    ar: { term: 'الكرملين', aliases: [] },
  },
  {
    id: 'marine-le-pen',
    kind: 'person',
    en: { term: 'Marine Le Pen', aliases: ['Le Pen'] },
    ar: { term: 'مارين لوبان', aliases: ['لوبان', 'لوبين'] },
  },
];

/** A glossary big enough to need several shards, with made-up forms. */
const big: GlossaryEntry[] = Array.from({ length: 3000 }, (_, i) => ({
  id: `entry-${i}`,
  kind: 'term',
  en: { term: `term${i} word`, aliases: [`alias${i}`] },
  ar: { term: `مصطلح${'بتث'[i % 3]}${i}`, aliases: [] },
}));

describe('shardGlossary and shardsFor', () => {
  test('a small glossary is one shard, numbered in glossary order', () => {
    const { shards, terms } = shardGlossary(entries);
    expect(shards).toHaveLength(1);
    expect(shards[0].map((e) => [e.id, e.n])).toEqual([
      ['emmanuel-macron', 0],
      ['kremlin', 1],
      ['marine-le-pen', 2],
    ]);
    expect(terms.get('kremlin')).toBe(entryTerm(1));
  });

  test('every form, with any clitic prefixes, leads to a shard that holds its entry', () => {
    const { shards } = shardGlossary(big);
    expect(shards.length).toBeGreaterThan(4);
    for (const entry of big.filter((_, i) => i % 97 === 0)) {
      for (const form of [entry.en!.term, ...entry.en!.aliases, `وب${entry.ar!.term}`]) {
        const loaded = shardsFor(form, shards.length).flatMap((i) => shards[i]);
        expect(
          loaded.some((e) => e.id === entry.id),
          form,
        ).toBe(true);
      }
    }
  });

  test('without a glossary there is no shard to load', () => {
    expect(shardGlossary([]).shards).toEqual([[]]);
    expect(shardsFor('Macron', 0)).toEqual([]);
  });

  test('a query loads a few shards, not the glossary', () => {
    const { shards } = shardGlossary(big);
    expect(shardsFor('term12 word', shards.length).length).toBeLessThanOrEqual(2);
  });
});

describe('findEntries and entrySpans', () => {
  const { glossary, byId } = glossaryOf(shardGlossary(entries).shards.flat());

  test.each([
    ['Macron', ['emmanuel-macron']],
    ['ماكرون', ['emmanuel-macron']],
    ['لماكرون', ['emmanuel-macron']],
    ['ماركون', ['emmanuel-macron']],
    ['الكرملين', ['kremlin']],
    ['Kremlin', ['kremlin']],
    ['وللكرملين', ['kremlin']],
    ['Marine Le Pen and the Kremlin', ['marine-le-pen', 'kremlin']],
    ['Macro', []],
    ['campaign', []],
  ])('%s names %j', (text, ids) => {
    expect(findEntries(glossary, text).map((m) => m.entryId)).toEqual(ids);
  });

  test('a match is turned into the run of query words it covers', () => {
    const query = parseQuery('hack of Marine Le Pen’s campaign');
    expect(entrySpans(query, findEntries(glossary, query.text), byId)).toEqual([
      { entryId: 'marine-le-pen', term: entryTerm(2), first: 2, last: 4 },
    ]);
  });
});

describe('a query naming an entry by several words', () => {
  const { glossary, byId } = glossaryOf(shardGlossary(entries).shards.flat());
  const pages: MemoryPage[] = [
    { id: 'en-full', lang: 'en', text: 'The campaign of Emmanuel Macron said on Friday it was hacked.' },
    { id: 'en-alias', lang: 'en', text: 'Macron said nothing of the leak.' },
    { id: 'ar-alias', lang: 'ar', text: 'قالت حملة ماكرون إنها تعرضت للاختراق.' },
    { id: 'en-pen', lang: 'en', text: 'Marine Le Pen spoke in Paris.' },
    { id: 'ar-pen', lang: 'ar', text: 'تحدثت مارين لوبان في باريس.' },
    { id: 'en-apart', lang: 'en', text: 'Emmanuel said the pen was lost.' },
  ];
  // Each page indexed under the terms of the entries it names, as the build indexes it.
  const index = memoryIndex(
    pages.map((page) => ({
      ...page,
      terms: [...new Set(findEntries(glossary, page.text, [page.lang]).map((m) => entryTerm(byId.get(m.entryId)!.n)))],
    })),
  );
  const search = (text: string) => {
    const query = parseQuery(text);
    const spans = entrySpans(query, findEntries(glossary, query.text), byId);
    return searchWith(query, index, pages.length, spans).pages;
  };

  test.each([
    ['Macron', ['en-full', 'en-alias', 'ar-alias']],
    ['Emmanuel Macron', ['en-full', 'en-alias', 'ar-alias']],
    ['emmanuel macron', ['en-full', 'en-alias', 'ar-alias']],
    ['"Emmanuel Macron"', ['en-full', 'en-alias', 'ar-alias']],
    ['إيمانويل ماكرون', ['ar-alias', 'en-full', 'en-alias']],
    ['Marine Le Pen', ['en-pen', 'ar-pen']],
    ['مارين لوبان', ['ar-pen', 'en-pen']],
    // Part of the query names the entry, the rest is found as typed.
    ['Emmanuel Macron said', ['en-full', 'en-alias']],
  ])('%s finds the pages of the entry in both languages', (text, ids) => {
    expect(
      search(text)
        .map((page) => page.id)
        .sort(),
    ).toEqual([...ids].sort());
  });

  test('the words as typed rank first; the pages found through the entry are credited to it', () => {
    const found = search('Marine Le Pen');
    expect(found.map((page) => [page.id, page.direct, page.entries])).toEqual([
      ['en-pen', true, []],
      ['ar-pen', false, ['marine-le-pen']],
    ]);
  });

  test.each([
    ['Macorn', 'Macron', ['en-full', 'en-alias'], ['ar-alias']],
    ['ماكزون', 'ماكرون', ['ar-alias'], ['en-full', 'en-alias']],
    ['Emmanuel Macorn', 'Emmanuel Macron', ['en-full'], ['en-alias', 'ar-alias']],
  ])('%s, corrected to %s, finds the entry’s pages as the word typed right does', (typed, shown, direct, viaEntry) => {
    const query = parseQuery(typed);
    expect(search(typed)).toEqual([]);
    const fixed = correctedQuery(query, correctionsFor(query, unfoundWords(query, index), memoryVocabulary(pages)));
    expect(fixed.text).toBe(shown);
    const spans = entrySpans(fixed, findEntries(glossary, fixed.text), byId);
    const found = searchWith(fixed, index, pages.length, spans).pages;
    const typedRight = search(shown);
    expect(found.map((p) => [p.id, p.direct, p.entries, p.specificity])).toEqual(
      typedRight.map((p) => [p.id, p.direct, p.entries, p.specificity]),
    );
    // The reader's own words first, then the pages found only through the entry, credited to it.
    const ids = (list: typeof found) => list.map((p) => p.id).sort();
    expect(found.map((p) => p.direct)).toEqual([...direct.map(() => true), ...viaEntry.map(() => false)]);
    expect(ids(found.filter((p) => p.direct))).toEqual([...direct].sort());
    expect(ids(found.filter((p) => !p.direct))).toEqual([...viaEntry].sort());
    expect(found.filter((p) => !p.direct).every((p) => p.entries.join() === 'emmanuel-macron')).toBe(true);
  });

  test('words that name no entry are still kept to the pages that have them together', () => {
    expect(search('Emmanuel said').map((page) => page.id)).toEqual(['en-apart']);
  });
});
