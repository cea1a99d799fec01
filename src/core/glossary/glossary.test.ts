import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LineCounter, parse, parseDocument, stringify, type YAMLSeq } from 'yaml';
import type { Lang } from '../types.ts';
import { compileGlossary, countOccurrences, findMatches, parseGlossary } from './index.ts';
import { SAMPLE_AR, SAMPLE_EN } from '../../../tests/helpers/sample.ts';

interface MatchingFixture {
  glossary: unknown[];
  cases: { name: string; lang: Lang; text: string; matches: string[] }[];
}

const fixture = parse(readFileSync(new URL('./fixtures/matching.yaml', import.meta.url), 'utf8')) as MatchingFixture;
const parsed = parseGlossary(stringify(fixture.glossary), 'fixtures/matching.yaml');
const glossary = compileGlossary(parsed.entries);

const found = (text: string, lang: Lang) =>
  findMatches(glossary, text, lang).map((m) => `${m.entryId}: ${text.slice(m.start, m.end)}`);

test('the fixture glossary is valid', () => {
  expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
});

describe('findMatches', () => {
  test.each(fixture.cases)('$lang: $name', ({ text, lang, matches }) => {
    expect(found(text, lang)).toEqual(matches);
  });

  test('matches are in order, inside the text and never overlap', () => {
    const words = [
      'Macron',
      'Le',
      'Pen',
      'Marine',
      'US',
      'U.S.',
      'trumpet',
      'ماكرون',
      'وبالكرملين',
      'للكرملين',
      'الكاميرون',
      'Pastebin',
      'و',
      'APT',
      '28',
      'وزارة',
      'الداخلية',
    ];
    const separators = [' ', ', ', '. ', '-', '’s ', '\n', '', 'ـ'];
    const text = fc
      .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)), { maxLength: 30 })
      .map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(text, fc.constantFrom<Lang>('ar', 'en'), (t, lang) => {
        let previousEnd = 0;
        for (const match of findMatches(glossary, t, lang)) {
          expect(match.start).toBeGreaterThanOrEqual(previousEnd);
          expect(match.end).toBeGreaterThan(match.start);
          expect(match.end).toBeLessThanOrEqual(t.length);
          previousEnd = match.end;
        }
      }),
    );
  });

  test('harakat and tatweel added to a text change offsets but never what matches', () => {
    const text = 'قال ماكرون إن الكرملين وللكرملين ولوزارة الداخلية ترامب وماري لوبين';
    const vocalised = text.replace(/([\u0628-\u064A])/g, '$1\u064E').replace(/ك/g, 'كـ');
    const plain = findMatches(glossary, text, 'ar');
    const marked = findMatches(glossary, vocalised, 'ar');
    expect(marked.map((m) => m.entryId)).toEqual(plain.map((m) => m.entryId));
    // Each match covers the same words, marks and all.
    const strip = (s: string) => s.replace(/[\u064E\u0640]/g, '');
    expect(marked.map((m) => strip(vocalised.slice(m.start, m.end)))).toEqual(
      plain.map((m) => text.slice(m.start, m.end)),
    );
  });
});

describe('countOccurrences', () => {
  test('counts every occurrence of each entry', () => {
    const counts = countOccurrences(glossary, 'Macron, Emmanuel Macron and Le Pen; the Kremlin.', 'en');
    expect(Object.fromEntries(counts)).toEqual({ 'emmanuel-macron': 2, 'marine-le-pen': 1, kremlin: 1 });
  });
});

describe('the glossary shipped with the sample content', () => {
  const source = readFileSync(new URL('../../../content/glossary.yaml', import.meta.url), 'utf8');
  const shipped = parseGlossary(source);
  const compiled = compileGlossary(shipped.entries);

  test('is valid, with no warnings', () => {
    expect(shipped.diagnostics).toEqual([]);
    expect(shipped.entries.length).toBeGreaterThanOrEqual(20);
  });

  test('glosses the people, organisations and places of the Arabic seed, in its own spellings', () => {
    const counts = countOccurrences(compiled, SAMPLE_AR, 'ar');
    for (const id of [
      'emmanuel-macron',
      'marine-le-pen',
      'emleaks',
      'pastebin',
      'french-interior-ministry',
      'presidential-election-commission',
      'kremlin',
      'ukraine',
      'apt28',
      'gru',
      'vladimir-putin',
      'hillary-clinton',
      'donald-trump',
      'us-intelligence-agencies',
      'russia',
      'france',
      'far-right',
    ]) {
      expect(counts.get(id), id).toBeGreaterThan(0);
    }
    // ماكرون and the typo ماركون, each with or without a prefix.
    expect(counts.get('emmanuel-macron')).toBe(6);
    // ماري لوبين and لوبان.
    expect(counts.get('marine-le-pen')).toBe(2);
  });

  test('glosses the English seed', () => {
    const counts = countOccurrences(compiled, SAMPLE_EN, 'en');
    for (const id of [
      'emmanuel-macron',
      'marine-le-pen',
      'paris',
      'france',
      'united-states',
      'washington-post',
      'epa',
      'far-right',
      'russia',
    ]) {
      expect(counts.get(id), id).toBeGreaterThan(0);
    }
    // "democratic destabilization" is not the Democratic Party.
    expect(counts.has('democratic-party')).toBe(false);
  });
});

describe('parseGlossary', () => {
  const problems = (source: string) =>
    parseGlossary(source).diagnostics.map((d) => `${d.line}:${d.column} ${d.severity}: ${d.message}`);

  test('reports every problem at once, each with its line and entry', () => {
    const source = [
      '- id: macron', //                                   1
      '  kind: person',
      '  en: { term: Macron, note: n }',
      '  ar: { term: ماكرون, note: n }',
      '- id: macron', //                                   5
      '  kind: person',
      '  en: { term: Emmanuel, note: n }',
      '- id: other', //                                    8
      '  kind: persn',
      '  en: { aliases: [x], note: n }', //               10
      '  ar: { term: مَاكْرُون, note: n }',
      '  link: "javascript:alert(1)"',
      '  wikidata: 42',
      '  alias: [y]',
    ].join('\n');
    expect(problems(source)).toEqual([
      '5:3 warning: entry "macron": no ar block; Arabic pages show the English term and note',
      '5:7 error: entry "macron": duplicate id; the entry at line 1 has the same id',
      '9:9 error: entry "other": kind: kind must be one of person, organisation, place, publication, online, event, term',
      '10:7 error: entry "other": en.term: missing term',
      '11:15 error: entry "other": ar.term "مَاكْرُون" is also claimed by entry "macron" (line 1); a form may belong to one entry only',
      '12:9 error: entry "other": link: link must be an http: or https: address, not javascript:',
      '13:13 error: entry "other": wikidata: wikidata must be text',
      '14:3 error: entry "other": unknown field "alias"',
    ]);
  });

  test('reports YAML syntax errors with their position', () => {
    expect(problems('- id: a\n  kind: [person\n')).toEqual([expect.stringMatching(/^\d+:\d+ error: /)]);
  });

  test('a glossary must be a list', () => {
    expect(problems('id: a\nkind: person\n')).toEqual([
      '1:1 error: the glossary must be a list of entries (each starting with "- id: …")',
    ]);
  });

  test('an empty file is an empty glossary', () => {
    expect(parseGlossary('# nothing yet\n')).toEqual({ entries: [], diagnostics: [] });
  });

  test('a form with nothing to match, a repeated alias, and a missing note', () => {
    const source = [
      '- id: a',
      '  kind: term',
      '  en: { term: "!!", aliases: [x, X], note: n }',
      '  ar: { term: ي }',
    ].join('\n');
    expect(problems(source)).toEqual([
      '3:15 error: entry "a": en.term "!!" has no letter or digit to match',
      '3:34 warning: entry "a": en.aliases[1] "X" is the same as en.aliases[0] once normalised; remove it',
      '4:7 warning: entry "a": no ar.note; Arabic pages show the English note',
    ]);
  });

  test('the lines of a glossary read without problems are those of its syntax tree', () => {
    const source = readFileSync(new URL('../../../content/glossary.yaml', import.meta.url), 'utf8');
    const counter = new LineCounter();
    const doc = parseDocument(source, { lineCounter: counter });
    const expected = (doc.contents as YAMLSeq).items.map(
      (item) => counter.linePos((item as { range: [number] }).range[0]).line,
    );
    expect(parseGlossary(source).entries.map((e) => e.line)).toEqual(expected);
  });

  test('entries carry their line', () => {
    const { entries } = parseGlossary(
      '- id: a\n  kind: term\n  en: { term: a, note: n }\n\n- id: b\n  kind: term\n  en: { term: b, note: n }\n',
    );
    expect(entries.map((e) => [e.id, e.line])).toEqual([
      ['a', 1],
      ['b', 5],
    ]);
  });
});
