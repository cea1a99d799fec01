import { describe, expect, test } from 'vitest';
import { compileGlossary, parseGlossary } from '../glossary/index.ts';
import { creditedEntries, creditsOf, pageCredits } from './credits.ts';

describe('creditsOf', () => {
  test.each([
    [
      { author: 'Sarah Whitcombe and Yonas Bekele', source: 'Harbour Herald' },
      ['Sarah Whitcombe', 'Yonas Bekele', 'Harbour Herald'],
    ],
    [{ author: 'By Nadia Farouk' }, ['Nadia Farouk']],
    [{ author: 'بقلم نادية فاروق', source: 'الجزيرة' }, ['نادية فاروق', 'الجزيرة']],
    [{ source: 'Reuters' }, ['Reuters']],
    [{}, []],
  ])('%j → %j', (edition, credits) => expect(creditsOf(edition)).toEqual(credits));
});

describe('pageCredits', () => {
  test('each author with where it stands in the byline, for the header to link in place', () => {
    const author = 'By Sarah Whitcombe and Yonas Bekele';
    const { authors, source } = pageCredits({ author, source: 'Harbour Herald' });
    expect(authors.map((a) => author.slice(a.start, a.end))).toEqual(['Sarah Whitcombe', 'Yonas Bekele']);
    expect(source).toBe('Harbour Herald');
  });

  test('no source for an empty one', () => expect(pageCredits({ author: '', source: '' })).toEqual({ authors: [] }));
});

describe('creditedEntries', () => {
  const { entries, diagnostics } = parseGlossary(`
- id: nadia-farouk
  kind: person
  en: { term: Nadia Farouk, aliases: [], note: A reporter. }
  ar: { term: نادية فاروق, aliases: [], note: صحفية. }
- id: harbour
  kind: term
  en: { term: harbour, aliases: [], note: A port. }
  ar: { term: ميناء, aliases: [], note: مرفأ. }
`);
  const glossary = compileGlossary(entries);

  test('the entries a byline or source names, in the page’s language, once each', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(creditedEntries(glossary, { lang: 'ar', credits: ['نادية فاروق', 'وكالة الميناء'] })).toEqual([
      'nadia-farouk',
      'harbour',
    ]);
    expect(creditedEntries(glossary, { lang: 'en', credits: ['Nadia Farouk', 'Nadia Farouk'] })).toEqual([
      'nadia-farouk',
    ]);
  });

  test('nothing for a page without credits, or credits the glossary does not name', () => {
    expect(creditedEntries(glossary, { lang: 'en' })).toEqual([]);
    expect(creditedEntries(glossary, { lang: 'en', credits: ['Sam Field', 'Reuters'] })).toEqual([]);
  });
});
