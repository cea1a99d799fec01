import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { unified } from '@astrojs/markdown-remark';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Edition } from '../types.ts';
import { editionFrontmatterOf } from './frontmatter.ts';
import { expectFileContent } from '../../../tests/helpers/expected-file.ts';
import { compileEdition, unexpectedNodes } from '../../../tests/helpers/mdx-harness.ts';
import { editionFrontmatter } from './schema.ts';
import { editionToMdx, generatedNotice } from './to-mdx.ts';

/**
 * One folder per case under `fixtures/`: `edition.json` (an `Edition`) and `expected.mdx`, the
 * exact file `editionToMdx` must write for it (`vitest -u` rewrites it after a deliberate change).
 */
const root = join(import.meta.dirname, 'fixtures');
/** Astro's own MDX processor, as this site configures it (see astro.config.mjs). */
const processor = unified({ smartypants: false });
if (!processor.createMdxRenderer) throw new Error('@astrojs/markdown-remark no longer renders MDX');
const astroMdx = await processor.createMdxRenderer({}, { optimize: false, srcDir: new URL('../../', import.meta.url) });

const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe.each(cases)('fixture %s', (name) => {
  const edition = JSON.parse(readFileSync(join(root, name, 'edition.json'), 'utf8')) as Edition;
  const file = editionToMdx(edition);

  test('writes the expected file', async () => {
    await expectFileContent(file, join(root, name, 'expected.mdx'));
  });

  test('compiles, with front matter that passes the schema', async () => {
    const compiled = await compileEdition(file);
    const frontmatter = editionFrontmatter.parse(compiled.frontmatter);
    if (edition.format === 'txt') {
      expect(unexpectedNodes(compiled.mdast, generatedNotice(edition.sourceFile))).toEqual([]);
      expect(frontmatter).toEqual(
        editionFrontmatterOf(
          edition,
          edition.paragraphs.map((p) => p.line),
        ),
      );
    } else {
      expect(frontmatter).toEqual(editionFrontmatterOf(edition));
    }
  });

  test("compiles with Astro's own MDX processor, asking for no component or script", async () => {
    const { frontmatter, content } = parseFrontmatter(file, { frontmatter: 'empty-with-spaces' });
    const { code, astroMetadata } = await astroMdx.process(content, `/editions/${name}.mdx`, frontmatter);
    expect(astroMetadata).toMatchObject({ hydratedComponents: [], clientOnlyComponents: [], scripts: [] });
    if (edition.format === 'txt') {
      const elements = new Set([...code.matchAll(/_components\.(\w+)/g)].map((match) => match[1]));
      expect([...elements].filter((tag) => tag !== 'p' && tag !== 'a')).toEqual([]);
    }
  });
});
