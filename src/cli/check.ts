/**
 * `npm run check`: validates a content folder (documents, sidecars, cleaning rules, glossary)
 * without building the site. Prints every problem compiler-style and exits 1 if any is an error.
 *   npm run check               # content/
 *   CONTENT_DIR=x npm run check # another folder
 */
import { countOf, reportDiagnostics, shownFolder } from '../core/ingest/index.ts';
import { loadContent } from '../integrations/content-folder.ts';
import { contentDir } from '../integrations/paths.ts';

const dir = contentDir();
const shown = shownFolder(dir, process.cwd());
const started = performance.now();
const content = await loadContent(dir);
const report = reportDiagnostics(content.diagnostics, shown);
for (const { severity, text } of report.lines) (severity === 'error' ? console.error : console.log)(text);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(
  `${shown}/: ${countOf(content.sourceCount, 'source')}, ${countOf(content.editions.length, 'edition')}; ${report.summary} (${seconds}s)`,
);
process.exitCode = report.errors > 0 ? 1 : 0;
