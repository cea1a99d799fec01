/**
 * Direction isolation wherever Arabic and Latin meet on the built sample site: the reading text,
 * the glossary notes after it, and the glossary's entry pages. A stretch of the other script is
 * isolated when an element around it states its direction (`dir`, as rehype-bidi writes it, or
 * `<bdi>`); a text whose nearest stated direction is right to left must hold no Latin letter, and
 * one in a left-to-right context no Arabic letter.
 */
import type { Element, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildOnce, SAMPLE_CONTENT, type BuildResult } from '../helpers/build.ts';
import { all, one, readPage, type Page } from '../helpers/html.ts';

const SLUG = 'macron-campaign-hack';
const LATIN = /\p{Script=Latin}/u;
const ARABIC = /\p{Script=Arabic}/u;

let build: BuildResult;
let ar: Page;
let en: Page;

beforeAll(async () => {
  build = await buildOnce({ contentDir: SAMPLE_CONTENT });
  if (build.code !== 0) throw new Error(`sample build failed:\n${build.output}`);
  ar = await readPage(build.outDir, `/ar/${SLUG}/`);
  en = await readPage(build.outDir, `/en/${SLUG}/`);
});

/**
 * The texts under `node` that sit in a context of the wrong direction for their letters, with the
 * direction they sit in. `dir` is the direction around `node`.
 */
function unisolated(node: Root | Element, dir: string): string[] {
  const found: string[] = [];
  const walk = (parent: Root | Element, context: string) => {
    for (const child of parent.children as RootContent[]) {
      if (child.type === 'text') {
        if ((context === 'rtl' && LATIN.test(child.value)) || (context === 'ltr' && ARABIC.test(child.value))) {
          found.push(`${context}: ${child.value.trim()}`);
        }
      } else if (child.type === 'element') {
        if (['script', 'style', 'template', 'code'].includes(child.tagName)) continue;
        const own = String(child.properties.dir ?? '');
        // A <bdi> or dir="auto" takes the direction of its own first strong letter: isolated either way.
        if (child.tagName === 'bdi' || own === 'auto') continue;
        walk(child, own === 'ltr' || own === 'rtl' ? own : context);
      }
    }
  };
  walk(node, dir);
  return found;
}

/** The element's own stated direction, or that of its nearest ancestor in `page`. */
function contextDir(page: Page, target: Element): string {
  let dir = 'ltr';
  const walk = (node: Root | Element, context: string): boolean => {
    if (node === target) {
      dir = context;
      return true;
    }
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const own = String(child.properties.dir ?? '');
      if (walk(child, own === 'ltr' || own === 'rtl' ? own : context)) return true;
    }
    return false;
  };
  walk(page.tree, 'ltr');
  return dir;
}

describe('direction isolation on the built sample site', () => {
  test('the Arabic page: a note whose term is Latin (EMLEAKS) isolates the term', () => {
    const note = one(ar, 'article[data-lang="ar"] .fn-notes li:has(a[href$="/glossary/emleaks/"])');
    const term = one(note, 'dfn');
    expect(toString(term)).toBe('EMLEAKS');
    expect(unisolated(term, contextDir(ar, term))).toEqual([]);
    // Not vacuous: the term sits in the Arabic page's right-to-left notes.
    expect(contextDir(ar, one(ar, 'article[data-lang="ar"] .fn-notes'))).toBe('rtl');
  });

  test('the Arabic page: a Latin name inside an Arabic note (Pastebin) is isolated', () => {
    const text = one(ar, 'article[data-lang="ar"] .fn-notes li:has(a[href$="/glossary/emleaks/"]) .fn-text');
    expect(toString(text)).toContain('Pastebin');
    expect(all(text, '[dir="ltr"]').map((e) => toString(e))).toContain('Pastebin');
    expect(unisolated(text, contextDir(ar, text))).toEqual([]);
  });

  test.each([
    ['ar', 'ar'],
    ['ar', 'en'],
    ['en', 'en'],
    ['en', 'ar'],
  ] as const)('the %s page, %s column: reading text and every note', (page, lang) => {
    const column = one(page === 'ar' ? ar : en, `article[data-lang="${lang}"]`);
    expect(all(column, '.fn-notes li').length).toBeGreaterThan(3);
    expect(unisolated(column, contextDir(page === 'ar' ? ar : en, column))).toEqual([]);
  });

  test('every entry page: terms, other spellings, notes and the titles of the documents', async () => {
    const index = await readPage(build.outDir, '/glossary/');
    const entryPaths = [...new Set(all(index, 'a[href^="/glossary/"]').map((a) => String(a.properties.href)))].filter(
      (href) => href !== '/glossary/',
    );
    expect(entryPaths.length).toBeGreaterThan(10);
    for (const path of entryPaths) {
      const entry = await readPage(build.outDir, path);
      const main = one(entry, 'main');
      expect(unisolated(main, contextDir(entry, main)), path).toEqual([]);
    }
  });
});
