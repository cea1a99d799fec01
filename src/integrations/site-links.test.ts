import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { brokenLinks, positionOf, siteHas, siteTarget } from './site-links.ts';

/** A built document page as the site writes it: a header, the page's own version and its translation. */
const page = (own: string, other: string) =>
  `<!DOCTYPE html><html lang="en" dir="ltr"><head><title>x</title></head><body>` +
  `<header class="site-header"><a href="/en/no-such-nav/">Nav</a></header><main id="main">` +
  `<article class="edition primary" lang="en"><header class="edition-header"><a href="/en/sources/nowhere/">Desk</a></header>` +
  `<div class="edition-text">${own}</div></article>` +
  `<article class="edition counterpart" lang="ar"><div class="edition-text">${other}</div></article></main></body></html>`;

describe('siteTarget', () => {
  test('resolves a link within the site against the page, without the base', () => {
    expect(siteTarget('../tram-line/', '/en/harbour/', '/edition/')).toBe('/en/tram-line/');
    expect(siteTarget('/edition/en/about/#team', '/en/harbour/', '/edition/')).toBe('/en/about/');
    expect(siteTarget('/en/about/', '/en/harbour/', '/')).toBe('/en/about/');
    expect(siteTarget('/glossary/%D8%A8/', '/en/harbour/', '/')).toBe('/glossary/ب/');
  });

  test('leaves out other sites, e-mail addresses and the page’s own fragments', () => {
    for (const href of ['https://example.org/en/', '//cdn.example/x', 'mailto:desk@example.org', '#fn-1'])
      expect(siteTarget(href, '/en/harbour/', '/edition/')).toBe(undefined);
  });
});

describe('positionOf', () => {
  test('finds the line that writes the link, as Markdown or HTML', () => {
    const text = '---\ntitle: x\n---\n\nSee [the tram](../tram-line/).\n<a href="/en/y/">y</a>\n[ref]: /en/z/\n';
    expect(positionOf(text, ['../tram-line/'])).toEqual({ line: 5, column: 16, written: '../tram-line/' });
    expect(positionOf(text, ['/edition/en/y/', '/en/y/'])).toEqual({ line: 6, column: 10, written: '/en/y/' });
    expect(positionOf(text, ['/en/z/'])).toEqual({ line: 7, column: 8, written: '/en/z/' });
    expect(positionOf(text, ['/en/nowhere/'])).toBe(undefined);
  });
});

describe('brokenLinks', () => {
  let outDir: string;
  let contentDir: string;

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'hamish-links-site-'));
    contentDir = await mkdtemp(join(tmpdir(), 'hamish-links-content-'));
    await mkdir(join(outDir, 'en', 'harbour'), { recursive: true });
    await mkdir(join(outDir, 'en', 'about'), { recursive: true });
    await writeFile(join(outDir, 'en', 'about', 'index.html'), page('', ''));
    await writeFile(join(outDir, 'map.pdf'), '%PDF');
    await writeFile(
      join(outDir, 'en', 'harbour', 'index.html'),
      page(
        '<p><a href="../tram-line/">tram</a> <a href="/edition/en/about/">about</a> <a href="/edition/map.pdf">map</a>' +
          ' <a href="/edition/en/gone/">gone</a> <a href="https://example.org/">web</a> <a href="../tram-line/">again</a></p>',
        '<p><a href="/edition/ar/elsewhere/">the translation’s own link</a></p>',
      ),
    );
    await mkdir(join(contentDir, 'documents'));
    await writeFile(
      join(contentDir, 'documents/harbour.en.md'),
      '# Harbour\n\nThe [tram](../tram-line/) and [about](/en/about/).\n\nSee [the map](/map.pdf) and [gone](/en/gone/).\n',
    );
  });

  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
    await rm(contentDir, { recursive: true, force: true });
  });

  test('names each link of the page’s own text that leads nowhere, once, at its line in the source', async () => {
    const found = await brokenLinks(outDir, [{ url: '/en/harbour/', file: 'documents/harbour.en.md' }], {
      base: '/edition/',
      contentDir,
    });
    expect(found).toEqual([
      { file: 'documents/harbour.en.md', line: 3, column: 12, href: '../tram-line/', target: '/en/tram-line/' },
      { file: 'documents/harbour.en.md', line: 5, column: 36, href: '/en/gone/', target: '/en/gone/' },
    ]);
  });
});

describe('siteHas', () => {
  test('never looks outside the built site, however the address climbs', async () => {
    const root = await mkdtemp(join(tmpdir(), 'hamish-links-root-'));
    const outDir = join(root, 'dist');
    await mkdir(join(outDir, 'en'), { recursive: true });
    await writeFile(join(root, 'secret.txt'), 'outside');
    await writeFile(join(outDir, 'en', 'index.html'), '');
    try {
      expect(siteHas(outDir, '/en/')).toBe(true);
      const climbing = siteTarget('/..%2Fsecret.txt', '/en/x/', '/');
      expect(climbing).toBe('/../secret.txt');
      expect(siteHas(outDir, climbing ?? '')).toBe(false);
      expect(siteHas(outDir, '/en/..\\..\\secret.txt')).toBe(false);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
