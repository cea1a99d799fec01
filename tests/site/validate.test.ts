/**
 * Every page of every built site is valid HTML, and a document page stays light: its frame (all
 * but the text) and its CSS are within budget and the same size whatever the number of documents.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { HtmlValidate, type Message } from 'html-validate';
import { beforeAll, describe, expect, test } from 'vitest';
import { READING_MODE_KEY } from '../../src/scripts/reading-mode.ts';
import { buildOnce, HOSTILE, ROOT, SAMPLE_CONTENT, type BuildResult } from '../helpers/build.ts';
import { all, one, readPage, type Page } from '../helpers/html.ts';
import { otherContent } from '../helpers/other-content.ts';

/** Translation pairs in the generated sites: a few, and enough that anything listing documents on every page would show. */
const FEW_DOCUMENTS = 6;
const MANY_DOCUMENTS = 40;

const validator = new HtmlValidate({
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // A page's title is the document's own headline, which is not ours to shorten; the rule is
    // about how search engines cut titles in their results, not about HTML.
    'long-title': 'off',
    // Integrity hashes protect files fetched from another origin; the site fetches nothing from any.
    'require-sri': ['error', { target: 'crossorigin' }],
  },
});

/** The `.html` files of a built site, as site paths (`ar/x/index.html`). */
async function htmlFiles(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true });
  return entries.filter((name) => name.endsWith('.html')).sort();
}

const describeMessage = (file: string, m: Message) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`;

const sites: Record<string, BuildResult> = {};

beforeAll(async () => {
  const folders = {
    sample: SAMPLE_CONTENT,
    hostile: HOSTILE,
    other: await otherContent(MANY_DOCUMENTS),
    few: await otherContent(FEW_DOCUMENTS),
    // Tags, authors and sources in both scripts: every kind of browse page.
    archive: join(ROOT, 'tests/fixtures/archive'),
  };
  for (const [name, contentDir] of Object.entries(folders)) {
    // The archive's build is its tests' (with `site`, so with the topics' feeds).
    const config = name === 'archive' ? 'tests/fixtures/archive.astro.config.mjs' : undefined;
    const build = await buildOnce({ contentDir, ...(config ? { config } : {}) });
    if (build.code !== 0) throw new Error(`${name} build failed:\n${build.output}`);
    sites[name] = build;
  }
});

describe.each(['sample', 'hostile', 'other', 'archive'])('the %s site', (name) => {
  test('every page is valid HTML', async () => {
    const { outDir } = sites[name];
    const files = await htmlFiles(outDir);
    expect(files.length).toBeGreaterThan(3);
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateString(await readFile(join(outDir, file), 'utf8'), file);
      for (const result of report.results) problems.push(...result.messages.map((m) => describeMessage(file, m)));
    }
    expect(problems).toEqual([]);
  });
});

/**
 * The bytes of a document page that are not its text: everything but the edition columns (or, for a
 * translation pair, the aligned rows that hold both versions) and the title.
 */
function frameBytes(page: Page): number {
  const text = [...all(page, 'article.edition, div.aligned'), one(page, 'title')].reduce((sum, element) => {
    const { start, end } = element.position ?? {};
    if (start?.offset === undefined || end?.offset === undefined) throw new Error('parsed page has no offsets');
    return sum + Buffer.byteLength(page.html.slice(start.offset, end.offset));
  }, 0);
  return Buffer.byteLength(page.html) - text;
}

/** The bytes of CSS a page loads: linked style sheets and `<style>` elements. */
async function cssBytes(outDir: string, page: Page): Promise<number> {
  let total = 0;
  for (const link of all(page, 'link[rel~=stylesheet]')) {
    total += (await stat(join(outDir, String(link.properties.href)))).size;
  }
  for (const style of all(page, 'style')) total += Buffer.byteLength(JSON.stringify(style.children));
  return total;
}

describe('the weight of a document page', () => {
  /** Budgets, uncompressed. The frame holds the header, the mode switch, the CSP and the note's markup. */
  const FRAME_BUDGET = 8 * 1024;
  // Every document page's stylesheet carries the aligned-rows layout too (about 4 KB): Astro bundles
  // a route's CSS once for all its pages, aligned or not.
  const CSS_BUDGET = 20 * 1024;

  test('frame and CSS are within budget, on the sample and on a site of many documents', async () => {
    for (const [name, path] of [
      ['sample', '/en/macron-campaign-hack/'],
      ['sample', '/ar/macron-campaign-hack/'],
      ['other', '/en/doc-0001/'],
      ['other', '/ar/arabic-only/'],
    ]) {
      const page = await readPage(sites[name].outDir, path);
      expect(frameBytes(page), `${name} ${path} frame`).toBeLessThan(FRAME_BUDGET);
      expect(await cssBytes(sites[name].outDir, page), `${name} ${path} CSS`).toBeLessThan(CSS_BUDGET);
    }
  });

  test('does not grow with the number of documents', async () => {
    // The same document (the generator is deterministic) in a site of 6 documents and one of 40.
    for (const path of ['/en/doc-0001/', '/ar/doc-0001/']) {
      const few = await readPage(sites.few.outDir, path);
      const many = await readPage(sites.other.outDir, path);
      expect(frameBytes(many) - frameBytes(few), path).toBeLessThanOrEqual(0);
      expect(await cssBytes(sites.other.outDir, many), path).toBe(await cssBytes(sites.few.outDir, few));
    }
  });

  test('the reading-mode script is only on pages with two versions', async () => {
    /** Whether the page at `path` loads the script that remembers the reading mode. */
    const hasModeScript = async (name: string, path: string) => {
      const { outDir } = sites[name];
      for (const script of all(await readPage(outDir, path), 'script')) {
        const src = script.properties.src;
        const code = src ? await readFile(join(outDir, String(src)), 'utf8') : JSON.stringify(script.children);
        if (code.includes(READING_MODE_KEY)) return true;
      }
      return false;
    };
    expect(await hasModeScript('other', '/en/doc-0001/')).toBe(true);
    expect(await hasModeScript('sample', '/ar/macron-campaign-hack/')).toBe(true);
    for (const [name, path] of [
      ['other', '/ar/arabic-only/'],
      ['other', '/en/english-only/'],
      ['other', '/'],
      ['sample', '/ar/'],
    ]) {
      expect(await hasModeScript(name, path), `${name} ${path}`).toBe(false);
    }
  });
});
