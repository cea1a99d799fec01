/**
 * Lists names and terms in the documents that the glossary does not cover yet, with how often and
 * where they occur, for an editor deciding what to add to `glossary.yaml`:
 *   node src/cli/glossary-suggest.ts [contentDir] [--json]
 * It reads the documents as the build does (ingest: decoding, cleaning), so page furniture and
 * repeated articles are not counted. See `suggestTerms` for what counts as a candidate.
 */
import { relative, resolve } from 'node:path';
import { suggestDocument, suggestTerms, type Suggestion, type SuggestionKind } from '../core/glossary/index.ts';
import { formatDiagnostic } from '../core/ingest/index.ts';
import { LANG_NAME } from '../core/types.ts';
import { loadContent } from '../integrations/content-folder.ts';
import { GLOSSARY_FILE } from '../integrations/glossary-file.ts';
import { contentDir } from '../integrations/paths.ts';

const HEADINGS: Record<SuggestionKind, string> = {
  'english-name': 'Capitalised names in English text',
  'latin-in-arabic': 'Latin names inside Arabic text',
  'arabic-name':
    'Arabic words that look like names (after a title, or repeated, never with the article, and spelling a name of the English version)',
  'missing-language': 'Entries found in a version whose language the entry lacks',
};

/** How many places to print per suggestion before "and N more". */
const PLACES_SHOWN = 4;

function placesOf(suggestion: Suggestion): string {
  const shown: string[] = [];
  let previousFile = '';
  for (const place of suggestion.places.slice(0, PLACES_SHOWN)) {
    shown.push(place.file === previousFile ? `:${place.line}` : `${place.file}:${place.line}`);
    previousFile = place.file;
  }
  const more = suggestion.places.length - PLACES_SHOWN;
  return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}

function describe(suggestion: Suggestion): string {
  if (suggestion.kind === 'missing-language') {
    const lang = suggestion.lang === undefined ? 'the' : LANG_NAME[suggestion.lang];
    return `${suggestion.text} (${suggestion.entryId}): ${suggestion.count}× in ${lang} text; add an ${suggestion.lang} block`;
  }
  return `${String(suggestion.count).padStart(3)}×  ${suggestion.text}`;
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const folder = args.find((arg) => !arg.startsWith('--'));
const dir = folder ? resolve(folder) : contentDir();
const shown = relative(process.cwd(), dir) || '.';

// The content comes with its glossary (parsed once); its diagnostics include the glossary's.
const content = await loadContent(dir);
const { glossary } = content;
for (const diagnostic of content.diagnostics) {
  if (diagnostic.severity === 'error')
    console.error(formatDiagnostic({ ...diagnostic, file: `${shown}/${diagnostic.file}` }));
}
const suggestions = suggestTerms(content.editions.map(suggestDocument), glossary.compiled);

if (json) {
  console.log(JSON.stringify(suggestions, null, 2));
} else {
  console.log(
    `${suggestions.length} candidates in ${content.editions.length} editions not covered by ${shown}/${GLOSSARY_FILE} ` +
      `(${glossary.entries.length} entries), most frequent first:`,
  );
  let kind: SuggestionKind | undefined;
  for (const suggestion of suggestions) {
    if (suggestion.kind !== kind) {
      kind = suggestion.kind;
      console.log(`\n${HEADINGS[kind]}`);
    }
    console.log(`  ${describe(suggestion)}    ${placesOf(suggestion)}`);
  }
}
