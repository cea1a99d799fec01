import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../types.ts';
import { clean } from './clean.ts';
import { DEFAULT_RULES } from './furniture.ts';
import { splitParagraphs } from './paragraphs.ts';
import {
  cleanValue,
  deriveTitle,
  excerptOf,
  findDateline,
  isHeadline,
  openingSentence,
  sameTitle,
  TITLE_MAX,
} from './provenance.ts';
import { metadataFrom } from './metadata.ts';
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

describe('isHeadline', () => {
  for (const [first, following, lang, expected] of table<[string, string | string[], Lang, boolean]>('headlines')) {
    it(`${expected ? 'a headline' : 'not a headline'}: “${first}”`, () => {
      expect(isHeadline(first, typeof following === 'string' ? [following] : following, lang)).toBe(expected);
    });
  }

  it('needs a paragraph after it', () => {
    expect(isHeadline('Macron campaign says it was hacked', [], 'en')).toBe(false);
  });
});

describe('excerptOf', () => {
  const opening =
    'PARIS — The campaign of French presidential candidate Emmanuel Macron said late Friday that it had been subjected to a “massive and coordinated piracy action” of emails and other internal communications.';

  it('goes on where a title derived from the opening stops, so no words are shown twice', () => {
    const title = deriveTitle(opening, 'en');
    const excerpt = excerptOf([opening], 'en', title) ?? '';
    expect(excerpt.startsWith('…that it had been subjected to')).toBe(true);
    expect(excerpt).not.toContain(title);
  });

  it('is the opening, after its dateline, when the title is not made from it', () => {
    expect(excerptOf([opening], 'en')).toMatch(
      /^The campaign of French presidential candidate Emmanuel Macron said late Friday that it had been subjected/,
    );
  });

  it('starts with the next sentence, or paragraph, after a title that was a whole sentence', () => {
    expect(excerptOf(['Macron wins. The vote was close.'], 'en', 'Macron wins')).toBe('The vote was close.');
    expect(excerptOf(['Macron wins', 'The vote was close.'], 'en', 'Macron wins')).toBe('The vote was close.');
  });

  it('is cut at a word beyond 200 characters', () => {
    const excerpt = excerptOf([`${'word '.repeat(60)}end.`], 'en') ?? '';
    expect([...excerpt].length).toBeLessThanOrEqual(201);
    expect(excerpt).toMatch(/word…$/);
  });
});

describe('sameTitle', () => {
  it('compares words, not case or punctuation', () => {
    expect(sameTitle('Macron campaign says it was hacked', 'MACRON CAMPAIGN SAYS IT WAS HACKED.')).toBe(true);
    expect(sameTitle('حملة ماكرون: اختراق', 'حملة ماكرون  اختراق')).toBe(true);
    expect(sameTitle('Macron campaign hacked', 'Macron campaign says it was hacked')).toBe(false);
  });
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
    expect(openingSentence('Mr. Macron met Dr. Smith in St. Louis. Then he left.')).toBe(
      'Mr. Macron met Dr. Smith in St. Louis',
    );
    expect(openingSentence('No full stop at all')).toBe('No full stop at all');
  });
});

describe('provenance from the seeds', () => {
  it('finds the outlet across the line break, the image credit and the dateline of the English seed', () => {
    const paragraphs = splitParagraphs(SAMPLE_EN);
    const cleaned = clean(paragraphs, 'en', DEFAULT_RULES);
    expect(metadataFrom(cleaned.furniture, 'en').metadata).toEqual({
      source: 'The Washington Post',
      imageCredit: 'EPA',
    });
    expect(findDateline(cleaned.paragraphs[0].text, 'en')?.place).toBe('PARIS');
    // The dateline is metadata; the text keeps it.
    expect(cleaned.paragraphs[0].text).toBe(paragraphs[0].text);
    expect(cleaned.paragraphs[0].text.startsWith('PARIS — ')).toBe(true);
  });

  it('finds nothing in the Arabic seed, which has no furniture and no dateline', () => {
    const paragraphs = splitParagraphs(SAMPLE_AR);
    const cleaned = clean(paragraphs, 'ar', DEFAULT_RULES);
    expect(metadataFrom(cleaned.furniture, 'ar').metadata).toEqual({});
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
