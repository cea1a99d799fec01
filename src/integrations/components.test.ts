import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { COMPONENT_NAMES, COMPONENTS, componentFile, defaultFile } from './components.ts';
import { OptionsError, parseOptions, resolveFiles } from './options.ts';

const problems = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof OptionsError) return error.problems;
    throw error;
  }
  return [];
};

describe('the publisher’s components', () => {
  test('every replaceable component has Hamish’s own file', () => {
    for (const name of COMPONENT_NAMES) expect(existsSync(defaultFile(name)), name).toBe(true);
  });

  test('a component’s module is the publisher’s file when given, else Hamish’s; the default is always Hamish’s', () => {
    const overrides = { SiteHeader: '/site/brand/Header.astro' };
    expect(componentFile('virtual:hamish/components/SiteHeader', overrides)).toBe('/site/brand/Header.astro');
    expect(componentFile('virtual:hamish/defaults/SiteHeader', overrides)).toBe(defaultFile('SiteHeader'));
    expect(componentFile('virtual:hamish/components/SiteFooter', overrides)).toBe(defaultFile('SiteFooter'));
    expect(defaultFile('SiteFooter')).toMatch(/src\/components\/SiteFooter\.astro$/);
    // No module for a name that is not a component: the import fails, naming it.
    expect(componentFile('virtual:hamish/components/Nothing', overrides)).toBeUndefined();
    expect(componentFile('virtual:hamish/components/toString', overrides)).toBeUndefined();
    expect(componentFile('virtual:hamish/config', overrides)).toBeUndefined();
  });

  test('the files are resolved against the project’s root; an unknown name or a missing file is named', () => {
    const root = mkdtempSync(join(tmpdir(), 'hamish-components-'));
    try {
      writeFileSync(join(root, 'Header.astro'), '<header>Ours</header>\n');
      const files = resolveFiles(parseOptions({ components: { SiteHeader: 'Header.astro' } }), root);
      expect(files.components).toEqual({ SiteHeader: join(root, 'Header.astro') });
      expect(resolveFiles(parseOptions({}), root).components).toEqual({});

      expect(problems(() => parseOptions({ components: { Header: 'Header.astro' } }))).toEqual([
        `components.Header: no component is called "Header"; those that can be replaced are ${COMPONENT_NAMES.join(', ')} (see docs/configuration.md)`,
      ]);
      expect(problems(() => parseOptions({ components: { SiteFooter: 'brand/Footer.html' } }))).toEqual([
        'components.SiteFooter: got "brand/Footer.html"; expected an .astro file',
      ]);
      expect(
        problems(() => resolveFiles(parseOptions({ components: { SiteFooter: 'brand/Footer.astro' } }), root)),
      ).toEqual([
        `components.SiteFooter: got "brand/Footer.astro"; no such file (${join(root, 'brand/Footer.astro')})`,
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('docs/configuration.md lists every replaceable component, in the table’s words', () => {
    const docs = readFileSync(new URL('../../docs/configuration.md', import.meta.url), 'utf8');
    for (const name of COMPONENT_NAMES) expect(docs, name).toContain(`| \`${name}\` | ${COMPONENTS[name].what} |`);
  });
});
