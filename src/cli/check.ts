/**
 * `npm run check`: validates a content folder (documents, sidecars, cleaning rules, glossary)
 * without building the site. Prints every problem compiler-style and exits 1 if any is an error.
 *   npm run check               # content/
 *   CONTENT_DIR=x npm run check # another folder
 */
import { relative } from 'node:path';
import { formatDiagnostic, hasErrors } from '../core/ingest/index.ts';
import { loadContent } from '../integrations/content-folder.ts';
import { contentDir } from '../integrations/paths.ts';

const dir = contentDir();
const shown = relative(process.cwd(), dir) || '.';
const started = performance.now();
const content = await loadContent(dir);
for (const diagnostic of content.diagnostics) {
  const line = formatDiagnostic({ ...diagnostic, file: `${shown}/${diagnostic.file}` });
  (diagnostic.severity === 'error' ? console.error : console.log)(line);
}
const count = (severity: string) => content.diagnostics.filter((d) => d.severity === severity).length;
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(
  `${shown}/: ${content.sourceCount} sources, ${content.editions.length} editions; ` +
    `${count('error')} errors, ${count('warning')} warnings (${seconds}s)`,
);
process.exitCode = hasErrors(content.diagnostics) ? 1 : 0;
