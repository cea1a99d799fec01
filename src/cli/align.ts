/**
 * `npm run align -- FILE_AR FILE_EN [--glossary glossary.yaml]`: aligns an Arabic source and its
 * English translation sentence by sentence and prints the alignment as JSON on stdout:
 *   {"sentences": {"ar": [...], "en": [...]}, "beads": [{"ar": [0], "en": [0, 1]}, ...]}
 * `sentences` are the sentences of each side as split from the cleaned reading text; each bead
 * lists the indices of the sentences that translate each other (an empty side: left out in the
 * translation). The sources go through ingest as in a build — decoding, cleaning of page furniture
 * and repeats — so the sentences are those a page shows. Problems go to stderr, compiler-style,
 * naming the file; exit status 1 when a file cannot be aligned, 2 for a wrong command line.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { alignParagraphs } from '../core/align/index.ts';
import { compileGlossary, findMatches, parseGlossary, type CompiledGlossary } from '../core/glossary/index.ts';
import { formatDiagnostic, ingest } from '../core/ingest/index.ts';
import {
  LANG_NAME,
  otherLang,
  type Diagnostic,
  type Edition,
  type Lang,
  type RemovalReason,
  type SourceFile,
} from '../core/types.ts';

const USAGE = 'usage: npm run align -- FILE_AR FILE_EN [--glossary glossary.yaml]';

function fail(status: number, ...lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(status);
}

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { glossary: { type: 'string' } } });
} catch (error) {
  fail(2, `align: ${(error as Error).message}`, USAGE);
}
const { positionals, values } = parsed;
if (positionals.length !== 2)
  fail(2, `align: expected two files, the Arabic and the English, got ${positionals.length}`, USAGE);
const files: Record<Lang, string> = { ar: positionals[0], en: positionals[1] };

async function bytesOf(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : (error as Error).message;
    return fail(1, `${path}: error: cannot read it: ${why}`);
  }
}

for (const lang of ['ar', 'en'] as const) {
  if (/\.mdx?$/i.test(files[lang])) {
    fail(
      1,
      `${files[lang]}: error: align reads plain-text sources (.txt); a Markdown source is rendered as written, not split into a reading text`,
    );
  }
}

// Ingest each file as an untagged source of its own, so that its language is found from its text
// and checked against the position it was given in.
const placeholder: Record<Lang, string> = { ar: 'documents/first.txt', en: 'documents/second.txt' };
const sources: SourceFile[] = [
  { path: placeholder.ar, bytes: await bytesOf(files.ar) },
  { path: placeholder.en, bytes: await bytesOf(files.en) },
];
const result = ingest(sources);
const realName = (file: string) => (file === placeholder.ar ? files.ar : file === placeholder.en ? files.en : file);
const shown = (d: Diagnostic) => formatDiagnostic({ ...d, file: realName(d.file) });
const errors = result.diagnostics.filter((d) => d.severity === 'error');
for (const d of result.diagnostics) {
  if (d.severity === 'error') continue;
  // Remarks on the missing language tag are about the placeholder names; the files' positions say
  // their languages, checked below. A mixed script is still worth saying.
  if (d.message.startsWith('no language tag;')) continue;
  const message = d.message.replace(/^no language tag and (.*?); taken as .*$/, '$1');
  console.error(shown({ ...d, message }));
}
if (errors.length > 0) fail(1, ...errors.map(shown));

const editions: Partial<Record<Lang, Edition>> = {};
for (const lang of ['ar', 'en'] as const) {
  const edition = result.editions.find((e) => e.sourceFile === placeholder[lang]);
  if (!edition) fail(1, `${files[lang]}: error: nothing in it could be read as text`);
  if (edition.lang !== lang) {
    const other = otherLang(lang);
    fail(
      1,
      `${files[lang]}: error: the text is ${LANG_NAME[edition.lang]}, but the ${lang === 'ar' ? 'first' : 'second'} file must be the ${LANG_NAME[lang]} version; give the ${LANG_NAME[other]} file ${lang === 'ar' ? 'second' : 'first'}`,
    );
  }
  editions[lang] = edition;
}
const ar = editions.ar as Edition;
const en = editions.en as Edition;

let glossary: CompiledGlossary | undefined;
if (values.glossary) {
  let text: string;
  try {
    text = await readFile(values.glossary, 'utf8');
  } catch (error) {
    fail(1, `${values.glossary}: error: cannot read it: ${(error as Error).message}`);
  }
  const read = parseGlossary(text, values.glossary);
  const problems = read.diagnostics.filter((d) => d.severity === 'error');
  if (problems.length > 0) fail(1, ...problems.map((d) => formatDiagnostic(d)));
  glossary = compileGlossary(read.entries);
}
const compiled = glossary;

const alignment = alignParagraphs(ar.paragraphs, en.paragraphs, {
  entriesOf: compiled ? (text, lang) => findMatches(compiled, text, lang).map((m) => m.entryId) : undefined,
});
const texts = (edition: Edition) =>
  alignment.sentences[edition.lang].map((range) =>
    edition.paragraphs[range.paragraph].text.slice(range.start, range.end),
  );
const output = { sentences: { ar: texts(ar), en: texts(en) }, beads: alignment.beads };
process.stdout.write(`${JSON.stringify(output)}\n`);
// What cleaning took out is not aligned; say so line by line, as a page's editor's note does.
const REASONS: Record<RemovalReason, string> = {
  'repeated-article': 'a repeat of the article',
  'repeated-paragraph': 'a repeated paragraph',
  furniture: 'page furniture',
  headline: 'the headline (it is the title)',
};
for (const lang of ['ar', 'en'] as const) {
  const edition = editions[lang] as Edition;
  for (const removal of edition.removed) {
    const why = REASONS[removal.reason] + (removal.pattern ? ` (${removal.pattern})` : '');
    const text = removal.text.length > 80 ? `${removal.text.slice(0, 80)}…` : removal.text;
    console.error(`${files[lang]}:${removal.line}: note: not aligned, taken out as ${why}: ${text}`);
  }
  const removed = edition.removed.length > 0 ? `; ${edition.removed.length} lines taken out in cleaning` : '';
  console.error(
    `${files[lang]}: ${edition.paragraphs.length} paragraphs, ${output.sentences[lang].length} sentences${removed}`,
  );
}
console.error(`${alignment.beads.length} beads`);
