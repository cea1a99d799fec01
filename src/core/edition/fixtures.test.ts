import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Edition } from '../types.ts';
import { editionFrontmatterOf } from './frontmatter.ts';
import { compileEdition, unexpectedNodes } from './mdx-harness.ts';
import { editionFrontmatter } from './schema.ts';
import { editionToMdx, generatedNotice } from './to-mdx.ts';

/**
 * One folder per case under `fixtures/`: `edition.json` (an `Edition`) and `expected.mdx`, the
 * exact file `editionToMdx` must write for it (`vitest -u` rewrites it after a deliberate change).
 */
const root = join(import.meta.dirname, 'fixtures');
const cases = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

describe.each(cases)('fixture %s', (name) => {
  const edition = JSON.parse(readFileSync(join(root, name, 'edition.json'), 'utf8')) as Edition;
  const file = editionToMdx(edition);

  test('writes the expected file', async () => {
    await expect(file).toMatchFileSnapshot(join(root, name, 'expected.mdx'));
  });

  test('compiles, with front matter that passes the schema', async () => {
    const compiled = await compileEdition(file);
    const frontmatter = editionFrontmatter.parse(compiled.frontmatter);
    if (edition.format === 'txt') {
      expect(unexpectedNodes(compiled.mdast, generatedNotice(edition.sourceFile))).toEqual([]);
      expect(frontmatter).toEqual(editionFrontmatterOf(edition, edition.paragraphs.map((p) => p.line)));
    } else {
      expect(frontmatter).toEqual(editionFrontmatterOf(edition));
    }
  });
});
