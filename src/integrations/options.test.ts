import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  hamishOptions,
  isUIKey,
  OptionsError,
  parseOptions,
  resolveFiles,
  siteOptions,
  stringOverrides,
} from './options.ts';

const problems = (input: unknown): string[] => {
  try {
    parseOptions(input);
  } catch (error) {
    if (error instanceof OptionsError) return error.problems;
    throw error;
  }
  return [];
};

describe('the publisher’s options', () => {
  test('none at all is the sample site: English at /, no footer, Hamish’s own strings', () => {
    const options = parseOptions(undefined);
    expect(options.defaultLang).toBe('en');
    expect(stringOverrides(options)).toEqual({ en: {}, ar: {} });
    const site = siteOptions(options, undefined);
    expect(site.footer).toEqual({ en: { links: [] }, ar: { links: [] } });
    expect(site.social).toEqual([]);
    expect(site.logo).toBeUndefined();
  });

  test('a wrong option is named by its path, with what it got and what it accepts', () => {
    expect(problems({ defaultLang: 'fr' })).toEqual([
      expect.stringMatching(/^defaultLang: got "fr"; .*"ar"\|"en"|^defaultLang: got "fr"; .*ar.*en/),
    ]);
    expect(problems({ social: [{ label: 'X', href: 'ftp://example.org' }] })).toEqual([
      'social[0].href: got "ftp://example.org"; expected a web address starting with https:// or http://',
    ]);
    expect(problems({ footer: { en: { links: [{ label: 'Home', href: 'javascript:alert(1)' }] } } })).toEqual([
      expect.stringContaining('footer.en.links[0].href: got "javascript:alert(1)"; expected a web address'),
    ]);
  });

  test('an unknown option or UI string key is rejected, named', () => {
    expect(problems({ siteName: 'x' })).toEqual(['siteName: there is no such option (see docs/configuration.md)']);
    expect(problems({ footer: { fr: {} } })).toEqual([
      'footer.fr: there is no such option (see docs/configuration.md)',
    ]);
    expect(problems({ strings: { en: { 'nav.glossary': 'Names', 'nav.glosary': 'x' } } })).toEqual([
      expect.stringMatching(/^strings\.en\["nav\.glosary"\]: no UI string is called "nav\.glosary"/),
    ]);
  });

  test('UI string keys are those of the string tables, with plural and exact-count variants', () => {
    for (const key of ['site.name', 'home.count', 'home.count.one', 'home.count.few', 'glossary.times.=2'])
      expect(isUIKey(key), key).toBe(true);
    for (const key of ['site.nam', 'home.count.several', 'nav', 'home.count.=x']) expect(isUIKey(key), key).toBe(false);
  });

  test('name and tagline are the site.name and site.tagline strings, over `strings`', () => {
    const options = parseOptions({
      name: { ar: 'هيرالد' },
      tagline: { en: 'News' },
      strings: { ar: { 'site.name': 'ignored', 'nav.home': 'البداية' } },
    });
    expect(stringOverrides(options)).toEqual({
      en: { 'site.tagline': 'News' },
      ar: { 'site.name': 'هيرالد', 'nav.home': 'البداية' },
    });
  });

  test('the files the options name are resolved against the project, each missing one named', () => {
    const root = mkdtempSync(join(tmpdir(), 'hamish-options-files-'));
    try {
      writeFileSync(join(root, 'icon.png'), '');
      writeFileSync(join(root, 'logo.svg'), '');
      const files = resolveFiles(parseOptions({ favicon: 'icon.png', logo: { src: 'logo.svg' } }), root);
      expect(files.favicon).toBe(join(root, 'icon.png'));
      expect(files.logo).toBe(join(root, 'logo.svg'));
      expect(resolveFiles(parseOptions({}), root).favicon).toBeUndefined();
      let error: unknown;
      try {
        resolveFiles(parseOptions({ favicon: 'brand/missing.ico', logo: { src: 'logo.svg' } }), root);
      } catch (caught) {
        error = caught;
      }
      expect((error as OptionsError).problems).toEqual([
        `favicon: got "brand/missing.ico"; no such file (${join(root, 'brand/missing.ico')})`,
      ]);
      expect(problems({ favicon: '' })).toEqual([expect.stringMatching(/^favicon: got ""/)]);
      // Any file is not an icon: the type is checked before the file is looked for.
      expect(problems({ favicon: 'brand/favicon.txt' })).toEqual([
        'favicon: got "brand/favicon.txt"; expected an image file ending in .svg, .png, .ico, .webp, .gif',
      ]);
      expect(problems({ favicon: 'brand/favicon' })).toEqual([
        expect.stringMatching(/^favicon: got "brand\/favicon"; expected an image file/),
      ]);
      expect(problems({ favicon: 'brand/Favicon.PNG' })).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('head tags: known elements, attributes as data, text only where an element holds text', () => {
    expect(parseOptions({}).head).toEqual([]);
    const { head } = parseOptions({
      head: [
        { tag: 'meta', attrs: { name: 'google-site-verification', content: 'abc' } },
        { tag: 'script', attrs: { src: 'https://stats.example.org/s.js', async: true }, content: '' },
      ],
    });
    expect(head[0]).toEqual({ tag: 'meta', attrs: { name: 'google-site-verification', content: 'abc' } });
    expect(siteOptions(parseOptions({ head }), undefined).head).toEqual(head);
    expect(problems({ head: [{ tag: 'title', content: 'Mine' }] })).toEqual([
      expect.stringMatching(/^head\[0\]\.tag: got "title"; .*meta/),
    ]);
    expect(problems({ head: [{ tag: 'meta', attrs: { name: 'x', content: 'y' }, content: 'z' }] })).toEqual([
      'head[0].content: got "z"; a <meta> holds nothing: give it attrs only',
    ]);
    expect(problems({ head: [{ tag: 'script', content: 'a(); </SCRIPT><p>x' }] })).toEqual([
      'head[0].content: got "a(); </SCRIPT><p>x"; the text of a <script> cannot contain </script',
    ]);
    expect(problems({ head: [{ tag: 'meta', attrs: { charset: 'latin1' } }] })).toEqual([
      expect.stringMatching(/^head\[0\]\.attrs\.charset: got "latin1"; every page is UTF-8/),
    ]);
    expect(problems({ head: [{ tag: 'link', attrs: { 'on load': 'x' } }] })).toEqual([
      'head[0].attrs["on load"]: expected an attribute name (letters, digits, -, _, :, .)',
    ]);
    expect(problems({ head: [{ tag: 'meta', attr: { name: 'x' } }] })).toEqual([
      'head[0].attr: there is no such option (see docs/configuration.md)',
    ]);
  });

  test('docs/configuration.md describes every option, in the schema’s words', () => {
    const docs = readFileSync(new URL('../../docs/configuration.md', import.meta.url), 'utf8');
    for (const [key, schema] of Object.entries(hamishOptions.shape)) {
      expect(docs, key).toContain(`### \`${key}\`\n\n${schema.description}\n`);
    }
  });
});
