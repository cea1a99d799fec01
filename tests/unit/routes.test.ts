/**
 * The names a document or a publisher's page may not take are the site's own routes under
 * `/<lang>/`: every static route in `src/pages/[lang]/` and `src/pages/[...root]/` (which is
 * `/<lang>/…` for the language the bare address does not show) is in `RESERVED_SLUGS`, so a new
 * route cannot be added without reserving its name.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { FACETS, RESERVED_SLUGS } from '../../src/core/archive/index.ts';

const PAGES = resolve(import.meta.dirname, '../../src/pages');

/** The route names of a folder of pages: files without their page extension, folders as they are. */
const routes = (folder: string) =>
  readdirSync(join(PAGES, folder), { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('_'))
    .map((entry) => (entry.isDirectory() ? entry.name : entry.name.replace(/\.(astro|ts|js|md|mdx)$/, '')));

test('every static route under /<lang>/ is reserved', () => {
  const names = [...routes('[lang]'), ...routes('[...root]')];
  const statics = names.filter((name) => !name.startsWith('['));
  expect(statics.length).toBeGreaterThan(0);
  for (const name of statics) expect(RESERVED_SLUGS, name).toContain(name);
});

test('the dynamic routes under /<lang>/ are documents, publisher pages and the browse facets', () => {
  expect(
    routes('[lang]')
      .filter((name) => name.startsWith('['))
      .sort(),
  ).toEqual(['[facet]', '[sitePage]', '[slug]']);
  for (const facet of FACETS) expect(RESERVED_SLUGS).toContain(facet);
  // The home page's later pages: `/ar/page/2/` (src/pages/[...home].astro).
  expect(RESERVED_SLUGS).toContain('page');
});
