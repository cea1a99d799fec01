import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildOnce, ROOT, SAMPLE_CONTENT } from '../helpers/build.ts';
import { siteText, type PageText } from '../helpers/page-text.ts';

/**
 * Sites' pages as text, recorded from builds of main before the editions were rendered once by the
 * loader (issue 10, `tests/fixtures/pages-before/`): every page keeps its text and its notes. The
 * sample is `.txt` sources; `handwritten` adds a `.md` and an `.mdx` source and a `.txt` one with
 * bare web and e-mail addresses (which GFM makes links). (The markup of the notes changed on
 * purpose: rehype-bidi now isolates the Latin inside Arabic notes. Issue 14 then changed the home
 * page, derived titles and `.md` sources on purpose — the generated comment a `.md` page showed as
 * text is gone — and the recordings were made again from a build with those changes. Issue 22
 * added two pages, recorded from its build: `/en/`, the English home's twin, and the 404 page. Issue 23
 * added the archive's browse pages, the home page's browse links and the search page's filters:
 * text added, none changed, so those were added to the recordings. The sample's sidecar then gained
 * tags: its topic pages were added, and the topics its document and glossary pages now list. The
 * home pages' h1 then became the site's name on purpose, with "Documents" an h2 above the list:
 * those two lines of the home pages were changed in the recordings, from a build.)
 */
const FIXTURES = join(ROOT, 'tests/fixtures');

describe.each([
  ['sample', SAMPLE_CONTENT],
  ['handwritten', join(FIXTURES, 'handwritten')],
])('the %s site', (name, contentDir) => {
  test('shows on every page the text and notes it showed before render-once', async () => {
    const build = await buildOnce({ contentDir });
    if (build.code !== 0) throw new Error(`${name} build failed:\n${build.output}`);
    const expected = JSON.parse(await readFile(join(FIXTURES, 'pages-before', `${name}.json`), 'utf8')) as Record<
      string,
      PageText
    >;
    const built = await siteText(build.outDir);
    expect(Object.keys(built).sort()).toEqual(Object.keys(expected).sort());
    for (const [path, page] of Object.entries(expected)) expect(built[path], path).toEqual(page);
  });
});
