/**
 * A publisher's site made theirs without editing Hamish's code (tests/fixtures/custom/): tags of
 * their own in every page's <head> (the `head` option) and a header of their own that wraps
 * Hamish's (the `components` option). Built from a copy of the project, whose override the test
 * then edits: the next build, with the caches of the first, must show the edit on every page.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element } from 'hast';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { scratchProject, startBuild, testBuildDir, withBuildLock, type BuildResult } from '../helpers/build.ts';
import { all, one, readPage, textOf, type Page } from '../helpers/html.ts';

const CONFIG = 'tests/fixtures/custom/astro.config.mjs';
const OVERRIDE = 'tests/fixtures/custom/brand/Header.astro';
const outDir = testBuildDir('custom');
let project: Awaited<ReturnType<typeof scratchProject>>;
let first: BuildResult;

const build = () =>
  withBuildLock(
    () => startBuild(join(project.root, 'tests/fixtures/publisher/content'), outDir, {}, CONFIG, project.root).done,
  );

/** Every page of the built site, by its path. */
async function builtPages(): Promise<Map<string, Page>> {
  const names = (await readdir(outDir, { recursive: true })).filter(
    (name) => name.endsWith('.html') && !name.startsWith('pagefind'),
  );
  const pages = new Map<string, Page>();
  for (const name of names.sort()) {
    const path = name === '404.html' ? '/404.html' : `/${name.replace(/index\.html$/, '')}`;
    pages.set(path, await readPage(outDir, path));
  }
  return pages;
}

/** The elements of a page's <head>, in order. */
const headOf = (page: Page) => one(page, 'head').children.filter((node): node is Element => node.type === 'element');

beforeAll(async () => {
  project = await scratchProject('hamish-custom-project-');
  await rm(outDir, { recursive: true, force: true });
  first = await build();
  if (first.code !== 0) throw new Error(`the custom site's build failed:\n${first.output}`);
}, 600_000);

afterAll(async () => {
  await project?.remove();
});

describe('a publisher’s head tags', () => {
  test('are written as HTML writes them: no void element closed by a slash, a script with its end tag', async () => {
    const html = await readFile(join(outDir, 'index.html'), 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    // `<meta … />` fails validation; `<script src=… />` would open a script that swallows the rest.
    expect(head).not.toMatch(/<(?:meta|link|base)\b[^>]*\/>/);
    expect(head).toMatch(/<script src="https:\/\/stats\.example\.org\/count\.js"[^>]*><\/script>/);
  });

  test('are on every page, after Hamish’s own, and replace the tag that says the same', async () => {
    const pages = await builtPages();
    expect(pages.size).toBeGreaterThan(20);
    for (const [path, page] of pages) {
      const descriptions = all(page, 'meta[name=description]');
      expect(descriptions, path).toHaveLength(1);
      expect(descriptions[0].properties.content, path).toBe('The Custom Gazette, in two languages');
      expect(all(page, 'meta[name=viewport]'), path).toHaveLength(1);
      const head = headOf(page);
      const ours = head.findIndex((node) => node.properties.name === 'example-site-verification');
      const script = head.findIndex((node) => node.properties.src === 'https://stats.example.org/count.js');
      // Hamish's tags (Open Graph, the feeds, the icon) come first, then the publisher's, in their order.
      const hamish = head.findIndex((node) => node.properties.property === 'og:title');
      const icon = head.findIndex((node) => String(node.properties.rel) === 'icon');
      expect(ours, path).toBeGreaterThan(Math.max(hamish, icon));
      expect(script, path).toBeGreaterThan(ours);
      expect(head[script].properties, path).toMatchObject({ defer: true, dataSite: 'gazette' });
      expect(all(page, 'link[rel=preconnect][href="https://stats.example.org"]'), path).toHaveLength(1);
    }
    // A document's own description stays where the publisher gave none of theirs.
    const document = pages.get('/en/harbour-strike/')!;
    expect(one(document, 'meta[property="og:description"]').properties.content).toMatch(/^Dock workers/);
  });

  test('their scripts are allowed by each page’s Content-Security-Policy, and nothing else is', async () => {
    const page = await readPage(outDir, '/en/harbour-strike/');
    const policy = String(one(page, 'meta[http-equiv=content-security-policy]').properties.content);
    const scriptSrc = policy.split(';').find((directive) => directive.trim().startsWith('script-src'))!;
    const inline = `'sha256-${createHash('sha256').update('window.gazetteCounted = true;').digest('base64')}'`;
    expect(scriptSrc).toContain(' https://stats.example.org/count.js ');
    expect(scriptSrc).toContain(inline);
    expect(policy).toMatch(/connect-src 'self';/);
    expect(textOf(page, 'script:not([src]):not([type])')).toBe('window.gazetteCounted = true;');
  });
});

describe('a publisher’s header', () => {
  test('wraps Hamish’s on every page, with the page’s props', async () => {
    for (const [path, page] of await builtPages()) {
      expect(textOf(page, 'body > p.banner'), path).toBe('Special edition');
      expect(one(page, 'body > p.banner').properties.lang, path).toBe(one(page, 'html').properties.lang);
      // Hamish's header, given the same props: the language switch links the page in the other language.
      expect(all(page, 'body > header.site-header'), path).toHaveLength(1);
    }
    const ar = await readPage(outDir, '/ar/harbour-strike/');
    expect(one(ar, '.lang-switch').properties.href).toBe('/en/harbour-strike/');
  });

  test('edited, is on every page of the next build, which keeps the caches of the last', async () => {
    const file = join(project.root, OVERRIDE);
    await writeFile(file, (await readFile(file, 'utf8')).replace('Special edition', 'Late edition'));
    const second = await build();
    expect(second.code, second.output).toBe(0);
    expect(second.output).not.toMatch(/Nothing changed/);
    const [, total, rendered] = /(\d+) pages: (\d+) rendered/.exec(second.output) ?? [];
    expect(Number(rendered)).toBe(Number(total));
    for (const [path, page] of await builtPages()) expect(textOf(page, 'body > p.banner'), path).toBe('Late edition');
    // The content was not read again: only the pages' code changed.
    expect(second.output).toMatch(/\(0 documents read and checked/);
  }, 600_000);
});
