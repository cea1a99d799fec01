import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../types.ts';
import { clean } from './clean.ts';
import { DEFAULT_RULES } from './furniture.ts';
import { splitParagraphs } from './paragraphs.ts';
import { cleanValue, deriveTitle, findDateline, openingSentence, provenanceFrom, TITLE_MAX } from './provenance.ts';
import { SAMPLE_AR, SAMPLE_EN } from '../../../tests/helpers/sample.ts';

const table = <T>(name: string): T[] =>
  JSON.parse(readFileSync(new URL(`./fixtures/provenance/${name}.json`, import.meta.url), 'utf8')).cases;

describe('findDateline', () => {
  for (const [paragraph, lang, place, rest] of table<[string, Lang, string | null, string | null]>('datelines')) {
    it(`${place ?? 'none'} in “${paragraph.slice(0, 40)}”`, () => {
      const found = findDateline(paragraph, lang);
      if (place === null) {
        expect(found).toBeUndefined();
        return;
      }
      expect(found?.place).toBe(place);
      expect(paragraph.slice(found?.end)).toMatch(new RegExp(`^${rest}`));
    });
  }
});

describe('deriveTitle', () => {
  for (const [paragraph, lang, title] of table<[string, Lang, string]>('titles')) {
    it(title, () => {
      const derived = deriveTitle(paragraph, lang);
      expect(derived).toBe(title);
      expect([...derived].length).toBeLessThanOrEqual(TITLE_MAX + 2);
    });
  }

  it('takes the opening sentence, skipping abbreviations and initials', () => {
    expect(openingSentence('Mr. Macron met Dr. Smith in St. Louis. Then he left.')).toBe('Mr. Macron met Dr. Smith in St. Louis');
    expect(openingSentence('No full stop at all')).toBe('No full stop at all');
  });
});

describe('provenance from the seeds', () => {
  it('finds the outlet across the line break, the image credit and the dateline of the English seed', () => {
    const paragraphs = splitParagraphs(SAMPLE_EN);
    const cleaned = clean(paragraphs, 'en', DEFAULT_RULES);
    expect(provenanceFrom(cleaned.furniture)).toEqual({ source: 'The Washington Post', imageCredit: 'EPA' });
    expect(findDateline(cleaned.paragraphs[0].text, 'en')?.place).toBe('PARIS');
    // The dateline is metadata; the text keeps it.
    expect(cleaned.paragraphs[0].text).toBe(paragraphs[0].text);
    expect(cleaned.paragraphs[0].text.startsWith('PARIS — ')).toBe(true);
  });

  it('finds nothing in the Arabic seed, which has no furniture and no dateline', () => {
    const paragraphs = splitParagraphs(SAMPLE_AR);
    const cleaned = clean(paragraphs, 'ar', DEFAULT_RULES);
    expect(provenanceFrom(cleaned.furniture)).toEqual({});
    expect(findDateline(cleaned.paragraphs[0].text, 'ar')).toBeUndefined();
  });
});

describe('cleanValue', () => {
  it('trims quotes and a closing full stop, but keeps abbreviations', () => {
    expect(cleanValue(' The Washington Post. ')).toBe('The Washington Post');
    expect(cleanValue('“Le Monde”')).toBe('Le Monde');
    expect(cleanValue('Example News Inc.')).toBe('Example News Inc.');
    expect(cleanValue('U.S.')).toBe('U.S.');
    expect(cleanValue('رويترز.')).toBe('رويترز');
  });
  it('refuses what is not a name: empty, symbols only, or a whole sentence', () => {
    expect(cleanValue('')).toBeUndefined();
    expect(cleanValue('—')).toBeUndefined();
    expect(cleanValue('x'.repeat(81))).toBeUndefined();
  });
});
