/**
 * `npm run check`: validates a content folder (documents, sidecars, cleaning rules, glossary, the
 * pages of `pages/`) without building the site, as a build checks it. Prints every problem compiler-style and exits 1 if any is an error.
 * For each translation pair it also aligns the two versions as a build does, reports the sidecar's
 * alignment overrides that no longer match the text, and lists the least confident rows for review.
 *   npm run check               # content/
 *   CONTENT_DIR=x npm run check # another folder
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ambiguousAliases, suggestDocument } from '../core/glossary/index.ts';
import { countOf, reportDiagnostics, shownFolder } from '../core/ingest/index.ts';
import type { Diagnostic } from '../core/types.ts';
import { loadContent } from '../integrations/content-folder.ts';
import { GLOSSARY_FILE } from '../integrations/glossary-file.ts';
import { reviewLines } from '../integrations/editions/review.ts';
import { ALIGNED_FORMATS, alignArchive, pairsOf } from '../integrations/editions/align.ts';
import { markdownUnits } from '../integrations/editions/markdown-units.ts';
import { contentDir } from '../integrations/paths.ts';
import { readPages } from '../integrations/site-pages.ts';
import { editionId } from '../integrations/editions/loader.ts';

const dir = contentDir();
const shown = shownFolder(dir, process.cwd());
const started = performance.now();
const content = await loadContent(dir);
const diagnostics: Diagnostic[] = [...content.diagnostics];
// The pages, as the build's loader reads them: their front matter, and names a document or Hamish has.
const documents = new Map(content.editions.map((edition) => [editionId(edition), edition.sourceFile]));
const pages = await readPages(dir, documents);
diagnostics.push(...pages.diagnostics);
const review: string[] = [];
const pairs = pairsOf(content.editions, ALIGNED_FORMATS);
// A `.md`/`.mdx` version is aligned by its rendered blocks, as in a build.
const units = await markdownUnits(
  pairs.flatMap(({ ar, en }) => [ar, en]),
  dir,
);
const alignedPairs = alignArchive(pairs, content.glossary.compiled, units);
for (const [k, { ar, en }] of pairs.entries()) {
  const aligned = alignedPairs[k];
  diagnostics.push(...aligned.problems.map((p) => ({ severity: 'warning' as const, ...p })));
  review.push(...reviewLines(ar, en, aligned, shown, { ar: units.get(ar), en: units.get(en) }));
}
// Aliases that the archive's own text uses mostly as a common word (آبي read as أبي, "my father").
const glossaryText = await readFile(join(dir, GLOSSARY_FILE), 'utf8').catch(() => '');
diagnostics.push(
  ...ambiguousAliases(content.editions.map(suggestDocument), content.glossary.compiled, glossaryText, GLOSSARY_FILE),
);
const report = reportDiagnostics(diagnostics, shown);
for (const { severity, text } of report.lines) (severity === 'error' ? console.error : console.log)(text);
for (const line of review) console.log(line);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(
  `${shown}/: ${countOf(content.sourceCount, 'source')}, ${countOf(content.editions.length, 'edition')}, ${countOf(pairs.length, 'translation pair')} aligned, ${countOf(pages.pages.length, 'page')}; ${report.summary} (${seconds}s)`,
);
process.exitCode = report.errors > 0 ? 1 : 0;
