/**
 * An editor's alignment overrides on the built site (`tests/fixtures/aligned-overrides`): the
 * sidecar pins sentences to each other (by the start of their text and by line) and marks two
 * sentences as having no counterpart, though their lengths would pair them; the built pages show
 * exactly that. Both titles are taken out of the text: the pair makes one title decision.
 */
import { resolve } from 'node:path';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildOnce, ROOT, type BuildResult } from '../helpers/build.ts';
import { all, one, readPage, type Page } from '../helpers/html.ts';

const CONTENT = resolve(ROOT, 'tests/fixtures/aligned-overrides');
let build: BuildResult;
const pages: Record<'ar' | 'en', Page> = {} as Record<'ar' | 'en', Page>;

beforeAll(async () => {
  build = await buildOnce({ contentDir: CONTENT });
  if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
  pages.ar = await readPage(build.outDir, '/ar/memo/');
  pages.en = await readPage(build.outDir, '/en/memo/');
});

/** The sentence span of the page whose text starts with `start`. */
function sentence(page: Page, start: string): Element {
  const found = all(page, '.aligned .s').filter((s) => toString(s).trim().startsWith(start));
  expect(found, start).toHaveLength(1);
  return found[0];
}
const withIds = (s: Element) =>
  String(s.properties.dataWith ?? '')
    .split(' ')
    .filter(Boolean)
    .sort();
/** The row (`.aligned-row[id]`) that holds a sentence. */
const rowOf = (page: Page, s: Element) =>
  all(page, '.aligned > .aligned-row[id]').find((row) =>
    all(row, '.s').some((x) => x.properties.id === s.properties.id),
  );

describe.each(['en', 'ar'] as const)('the %s page of a pair with overrides', (lang) => {
  test('pinned sentences are linked to each other and share a row', () => {
    const page = pages[lang];
    const petition = sentence(page, 'يأتي هذا التغيير');
    const follows = sentence(page, 'The change follows');
    const readers = sentence(page, 'Readers had asked');
    expect(withIds(petition)).toEqual([follows.properties.id, readers.properties.id].sort());
    expect(withIds(follows)).toEqual([petition.properties.id]);
    expect(withIds(readers)).toEqual([petition.properties.id]);
    const row = rowOf(page, petition);
    expect(row).toBeDefined();
    expect(rowOf(page, follows)).toBe(row);
    expect(rowOf(page, readers)).toBe(row);
  });

  test('sentences marked as having no counterpart link to nothing, and nothing links to them', () => {
    const page = pages[lang];
    for (const start of ['Council members said', 'وقالت البلدية']) {
      const s = sentence(page, start);
      expect(s.properties.dataWith, start).toBeUndefined();
      const id = String(s.properties.id);
      for (const other of all(page, '.aligned .s')) expect(withIds(other)).not.toContain(id);
    }
    // The sentences around them still translate each other.
    expect(withIds(sentence(page, 'The library director'))).toEqual([sentence(page, 'وشكرت مديرة').properties.id]);
  });

  test('both versions’ first lines are their titles, not sentences of the text', () => {
    const page = pages[lang];
    expect(toString(one(page, 'h1')).trim()).toBe(
      lang === 'en' ? 'City council approves new library hours' : 'مجلس المدينة يوافق على مواعيد جديدة للمكتبة',
    );
    expect(all(page, '.aligned .s').some((s) => toString(s).includes('City council approves'))).toBe(false);
  });
});
