import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildOnce, HOSTILE, type BuildResult } from '../helpers/build.ts';
import { all, fold, one, readPage, readingText, type Page } from '../helpers/html.ts';

let build: BuildResult;
const pages: Record<string, Page> = {};

beforeAll(async () => {
  build = await buildOnce({ contentDir: HOSTILE });
  if (build.code !== 0) throw new Error(`hostile build failed:\n${build.output}`);
  for (const lang of ['ar', 'en']) pages[lang] = await readPage(build.outDir, `/${lang}/hostile/`);
});

describe.each(['ar', 'en'])('a %s source full of code-like text', (lang) => {
  test('shows every line literally, once, as a paragraph', async () => {
    const source = (await readFile(join(HOSTILE, 'documents', `hostile.${lang}.txt`), 'utf8'))
      .split('\n')
      .map(fold)
      .filter(Boolean);
    expect(readingText(one(pages[lang], 'article.edition.primary'))).toEqual(source);
  });

  test('adds no script, handler, link or element of its own', () => {
    const text = one(pages[lang], 'article.edition.primary .edition-text');
    const scripts = all(
      text,
      'script, img, iframe, object, embed, style, h1, h2, h3, ol, ul:not(.fn-list), blockquote, code',
    );
    expect(scripts.map((el) => el.tagName)).toEqual([]);
    const handlers = all(pages[lang], '*').flatMap((el) =>
      Object.keys(el.properties ?? {}).filter((name) => /^on/i.test(name)),
    );
    expect(handlers).toEqual([]);
    const links = all(pages[lang], 'a').map((a) => String(a.properties.href ?? ''));
    expect(links.filter((href) => /^\s*javascript:/i.test(href))).toEqual([]);
  });

  test('every script on the page is one Astro bundled (external file)', () => {
    for (const script of all(pages[lang], 'script')) {
      expect(script.properties.src, fold(JSON.stringify(script))).toBeTruthy();
    }
  });
});
