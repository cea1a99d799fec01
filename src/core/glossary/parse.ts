/**
 * Reading `glossary.yaml`: YAML syntax, each entry's shape, and the rules that span entries (unique
 * ids, no form claimed twice), with every problem reported at once with its line.
 *
 * A glossary of thousands of entries is read at least twice per build (by the Markdown pipeline
 * and by the pages), so a file is first read quickly, without positions (`loadQuickly`); only a
 * file with problems is read again with them, so that each problem has its line and column.
 */
import { loadQuickly, readYaml, type PathStep } from '../yaml/index.ts';
import type { Diagnostic } from '../types.ts';
import { LANG_NAME, LANGS, otherLang } from '../types.ts';
import { formKey } from './forms.ts';
import { entrySchema } from './schema.ts';
import type { GlossaryEntry } from './types.ts';

/** The entries of a glossary file that are well-formed, and every problem found in the file. */
export interface ParsedGlossary {
  entries: GlossaryEntry[];
  /** Errors stop the build; the caller decides (see `hasErrors` in `src/core/ingest`). */
  diagnostics: Diagnostic[];
}

/** What the checks across entries need of an entry, taken from whatever parts of it are well-formed. */
interface LooseEntry {
  id?: string;
  line?: number;
  en?: LooseBlock;
  ar?: LooseBlock;
}

/** A language block; forms that are not text are `undefined`, so the others keep their index. */
interface LooseBlock {
  term?: string;
  aliases: (string | undefined)[];
  note?: string;
}

function textOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The well-formed parts of an entry that failed its shape check. */
function looseEntry(raw: unknown): LooseEntry {
  if (!raw || typeof raw !== 'object') return {};
  const record = raw as Record<string, unknown>;
  const entry: LooseEntry = { id: textOrUndefined(record.id) };
  for (const lang of LANGS) {
    const block = record[lang];
    if (!block || typeof block !== 'object') continue;
    const fields = block as Record<string, unknown>;
    entry[lang] = {
      term: textOrUndefined(fields.term),
      aliases: Array.isArray(fields.aliases) ? fields.aliases.map(textOrUndefined) : [],
      note: textOrUndefined(fields.note),
    };
  }
  return entry;
}

/** `a.b[2]` for messages. */
function pathText(path: readonly PathStep[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i === 0 ? '' : '.'}${String(s)}`)).join('');
}

/**
 * Reads a glossary file: a YAML list of entries (see `GlossaryEntry`, and the comment at the top of
 * `content/glossary.yaml` for the format). Returns the well-formed entries and diagnostics for
 * every problem at once: YAML syntax; an entry's shape (missing term, unknown kind, bad id, a link
 * that is not http(s), a misspelt field); a duplicate id; a form (term or alias) that two entries
 * claim once normalised (see `formKey`); an entry with no note at all. Warnings: a missing
 * language block or note, a form repeated within a block. `file` names the file in diagnostics,
 * relative to the content folder.
 */
export function parseGlossary(source: string, file = 'glossary.yaml'): ParsedGlossary {
  return readQuickly(source, file) ?? readWithPositions(source, file);
}

/** One entry as read from the file, and where its parts are. */
interface Item {
  raw: unknown;
  /** 1-based line where the entry starts. */
  line?: number;
  /** Line and column of the value at `path` in the entry (of its key, with `key`), when known. */
  locate(path: readonly PathStep[], key?: boolean): { line?: number; column?: number };
}

/** Reads a glossary without positions; undefined when the file has any problem to report with a position. */
function readQuickly(source: string, file: string): ParsedGlossary | undefined {
  const quick = loadQuickly(source);
  if (!quick) return undefined;
  const { value, itemLines } = quick;
  if (value === null || value === undefined) return { entries: [], diagnostics: [] };
  if (!Array.isArray(value) || itemLines.length !== value.length) return undefined;
  const items = value.map((raw: unknown, i): Item => ({ raw, line: itemLines[i], locate: () => ({}) }));
  const checked = check(items, file);
  return checked.diagnostics.length === 0 ? checked : undefined;
}

/** Reads a glossary with positions, so that every problem has its line and column. */
function readWithPositions(source: string, file: string): ParsedGlossary {
  const yaml = readYaml(source, file);
  const diagnostics = [...yaml.diagnostics];
  const root = yaml.value;
  if (root === undefined || root === null || root === '') return { entries: [], diagnostics };
  if (!Array.isArray(root)) {
    diagnostics.push({
      severity: 'error',
      file,
      ...yaml.positionOf([]),
      message: 'the glossary must be a list of entries (each starting with "- id: …")',
    });
    return { entries: [], diagnostics };
  }
  const items = root.map((raw: unknown, index): Item => ({
    raw,
    line: yaml.positionOf([index])?.line,
    locate: (path, key) => yaml.positionOf([index, ...path], key ? 'key' : 'value') ?? {},
  }));
  const checked = check(items, file);
  return { entries: checked.entries, diagnostics: sortedByPosition([...diagnostics, ...checked.diagnostics]) };
}

/** In file order, as an editor reads them, whichever check found them. */
function sortedByPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** Checks each entry's shape, then the rules across entries; returns the well-formed entries. */
function check(items: readonly Item[], file: string): ParsedGlossary {
  const diagnostics: Diagnostic[] = [];
  const report = (severity: Diagnostic['severity'], where: { line?: number; column?: number }, message: string) =>
    diagnostics.push({ severity, file, ...where, message });

  const entries: GlossaryEntry[] = [];
  // Every entry, well-formed or not, takes part in the checks across entries, so that one run
  // reports a duplicate id even while the entry also has a bad field.
  const checked: { entry: LooseEntry; item: Item; valid: boolean }[] = [];
  items.forEach((item, index) => {
    const { raw, line } = item;
    const loose = looseEntry(raw);
    const label = loose.id ? `entry "${loose.id}"` : `entry ${index + 1}`;
    const result = entrySchema.safeParse(raw);
    if (result.success) {
      entries.push({ ...result.data, ...(line === undefined ? {} : { line }) });
      checked.push({ entry: { ...result.data, line }, item, valid: true });
      return;
    }
    checked.push({ entry: { ...loose, line }, item, valid: false });
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          report(
            'error',
            item.locate([...issue.path, key], true),
            `${label}: unknown field "${pathText([...issue.path, key])}"`,
          );
        }
        continue;
      }
      const where = issue.path.length > 0 ? `${pathText(issue.path)}: ` : '';
      report('error', item.locate(issue.path), `${label}: ${where}${issue.message}`);
    }
  });

  const ids = new Map<string, number | undefined>();
  const forms = new Map<string, { id: string | number; line: number | undefined }>();
  checked.forEach(({ entry, item, valid }, index) => {
    const label = entry.id ? `entry "${entry.id}"` : `entry ${index + 1}`;
    if (entry.id === undefined) {
      // Reported by the shape check.
    } else if (ids.has(entry.id)) {
      report(
        'error',
        item.locate(['id']),
        `${label}: duplicate id; the entry at line ${ids.get(entry.id)} has the same id`,
      );
    } else {
      ids.set(entry.id, entry.line);
    }

    // Completeness is judged on well-formed entries only: a malformed one already has its errors.
    if (valid && !entry.en && !entry.ar)
      report('error', item.locate([]), `${label}: has neither an en nor an ar block, so nothing to show or match`);
    else if (valid && !entry.en?.note && !entry.ar?.note)
      report('error', item.locate([]), `${label}: has no note in either language`);

    for (const lang of LANGS) {
      const block = entry[lang];
      const other = otherLang(lang);
      if (!block) {
        if (valid && entry[other]) {
          report(
            'warning',
            item.locate([]),
            `${label}: no ${lang} block; ${LANG_NAME[lang]} pages show the ${LANG_NAME[other]} term and note`,
          );
        }
        continue;
      }
      if (valid && !block.note && entry[other]?.note) {
        report(
          'warning',
          item.locate([lang]),
          `${label}: no ${lang}.note; ${LANG_NAME[lang]} pages show the ${LANG_NAME[other]} note`,
        );
      }
      const own = new Map<string, string>();
      const candidates: [string | undefined, (string | number)[]][] = [
        [block.term, [lang, 'term']],
        ...block.aliases.map((alias, i): [string | undefined, (string | number)[]] => [alias, [lang, 'aliases', i]]),
      ];
      for (const [form, path] of candidates) {
        if (form === undefined) continue;
        const formNode = item.locate(path);
        const key = formKey(form);
        if (key === undefined) {
          report('error', formNode, `${label}: ${pathText(path)} "${form}" has no letter or digit to match`);
          continue;
        }
        const previous = forms.get(key);
        if (previous && previous.id !== (entry.id ?? index)) {
          report(
            'error',
            formNode,
            `${label}: ${pathText(path)} "${form}" is also claimed by ${typeof previous.id === 'string' ? `entry "${previous.id}"` : `entry ${previous.id + 1}`}${previous.line ? ` (line ${previous.line})` : ''}; a form may belong to one entry only`,
          );
          continue;
        }
        const repeated = own.get(key);
        if (repeated !== undefined) {
          report(
            'warning',
            formNode,
            `${label}: ${pathText(path)} "${form}" is the same as ${repeated} once normalised; remove it`,
          );
          continue;
        }
        own.set(key, pathText(path));
        if (!previous) forms.set(key, { id: entry.id ?? index, line: entry.line });
      }
    }
  });

  return { entries, diagnostics: sortedByPosition(diagnostics) };
}
