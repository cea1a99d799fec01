import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { extractPage, type SearchPage } from './page.ts';

const root = join(import.meta.dirname, 'fixtures/page');

describe('extractPage: what search takes from a built page', () => {
  test.each(readdirSync(root))('%s', (name) => {
    const html = readFileSync(join(root, name, 'input.html'), 'utf8');
    const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as SearchPage | null;
    const page = extractPage(fromHtml(html), expected?.url ?? '/');
    expect(page ?? null).toEqual(expected);
  });
});
