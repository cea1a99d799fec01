/**
 * Scraped news pages on the site (tests/fixtures/scraped): the header shows what the furniture
 * said (author, date and time, source, tags, image credit), the editor's note lists every removed
 * line by kind with its line number, and no furniture is left in the text.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildOnce, ROOT, type BuildResult } from '../helpers/build.ts';
import { all, fold, one, primaryVersion, readPage, readingText, textOf, type Page } from '../helpers/html.ts';

const CONTENT = join(ROOT, 'tests/fixtures/scraped');
let build: BuildResult;
const pages = new Map<string, Page>();

beforeAll(async () => {
  build = await buildOnce({ contentDir: CONTENT });
  if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
  for (const lang of ['en', 'ar']) pages.set(lang, await readPage(build.outDir, `/${lang}/vaccine-trial/`));
});

const page = (lang: string) => pages.get(lang) as Page;
/** The page's own version: on these aligned pages, its header is the first, its note the one it labels. */
const header = (lang: string) => one(page(lang), '.edition-header');
const note = (lang: string) => one(page(lang), `aside[aria-labelledby="${lang}-editorial-note"]`);

describe('a scraped news page', () => {
  test('en: the header shows the headline and what the furniture said', () => {
    expect(fold(textOf(header('en'), 'h1') ?? '')).toBe('Vaccine trial enters final phase in three countries');
    const meta = fold(textOf(header('en'), '.edition-meta') ?? '');
    for (const value of ['Hana Suleiman', 'Associated Press', 'Amr Nabil/AP', 'Vaccines', 'Clinical trials', '09:15'])
      expect(meta).toContain(value);
    expect(one(header('en'), 'time').properties.dateTime).toBe('2021-03-14T09:15');
  });

  test('ar: the header shows the author and the tags in Arabic', () => {
    const meta = fold(textOf(header('ar'), '.edition-meta') ?? '');
    for (const value of ['هناء سليمان', 'أسوشيتد برس', 'التجارب السريرية']) expect(meta).toContain(value);
  });

  for (const lang of ['en', 'ar']) {
    test(`${lang}: no furniture in the text, every removed line in the note by kind`, () => {
      const text = readingText(primaryVersion(page(lang))).join('\n');
      expect(text.length).toBeGreaterThan(300);
      for (const furniture of lang === 'en'
        ? ['Written by', 'Published:', 'Share this article', 'Advertisement', 'Tags:', '©']
        : ['كتبت:', 'نشر في', 'شارك المقال', 'إعلان', 'الكلمات المفتاحية', '©'])
        expect(text).not.toContain(furniture);
      const kinds = all(note(lang), '.removed-kind').map((li) => li.properties.dataKind);
      expect(kinds).toEqual([
        'breadcrumb',
        'timestamp',
        'byline',
        'caption',
        'source',
        'tags',
        'share',
        'related',
        'copyright',
        'advertisement',
      ]);
      expect(all(note(lang), '.removed-kind li')).toHaveLength(10);
      expect(fold(textOf(note(lang), '.removed-lines') ?? '')).toContain(lang === 'en' ? 'line 3' : 'السطر ٣');
    });
  }
});
