/**
 * Furniture learned from the archive on the site (tests/fixtures/repeated: three stories in each
 * language from one outlet, with the outlet's button and "Don't miss:" line, which no table knows):
 * the lines are out of the text and in the editor's note, with how many sources repeat them.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildOnce, ROOT, type BuildResult } from '../helpers/build.ts';
import { all, fold, one, primaryVersion, readPage, readingText, textOf, type Page } from '../helpers/html.ts';

const CONTENT = join(ROOT, 'tests/fixtures/repeated');
let build: BuildResult;
const pages = new Map<string, Page>();

beforeAll(async () => {
  build = await buildOnce({ contentDir: CONTENT });
  if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
  for (const lang of ['en', 'ar']) pages.set(lang, await readPage(build.outDir, `/${lang}/olive-harvest/`));
}, 600_000);

const LINES = {
  en: { button: 'Hear this report read aloud', label: "Don't miss:" },
  ar: { button: 'استمع إلى هذا التقرير مقروءاً', label: 'لا تفوّت:' },
};

describe('lines the archive repeats', () => {
  for (const lang of ['en', 'ar'] as const) {
    test(`${lang}: are out of the text and in the note, with the number of sources`, () => {
      const page = pages.get(lang) as Page;
      const text = readingText(primaryVersion(page)).join('\n');
      expect(text).toContain(lang === 'en' ? 'olive harvest a week early' : 'قطف الزيتون');
      expect(text).not.toContain(LINES[lang].button);
      expect(text).not.toContain(LINES[lang].label);
      const note = one(page, `aside[aria-labelledby="${lang}-editorial-note"]`);
      expect(all(note, '.removed-kind').map((li) => li.properties.dataKind)).toContain('repeated');
      const listed = fold(textOf(note, '.removed-kind[data-kind="repeated"]') ?? '');
      expect(listed).toContain(fold(LINES[lang].button));
      expect(listed).toMatch(lang === 'en' ? /in 3 of the archive’s sources/ : /في [3٣] من مصادر الأرشيف/);
    });
  }
});
