/**
 * Reading `glossary.yaml`: YAML syntax, each entry's shape, and the rules that span entries (unique
 * ids, no form claimed twice), with every problem reported at once with its line.
 *
 * A glossary of thousands of entries is read at least twice per build (by the Markdown pipeline
 * and by the pages), so a file without problems is read by js-yaml, which is many times faster;
 * only a file with problems is read again by the `yaml` package, whose syntax tree gives each
 * problem its line and column. Both read YAML 1.2 with the core schema.
 */
import { CORE_SCHEMA, load, type State } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { Diagnostic, Lang } from '../types.ts';
import { LANGS } from '../types.ts';
import { formKey } from './forms.ts';
import { entrySchema } from './schema.ts';
import type { GlossaryEntry } from './types.ts';

/** The entries of a glossary file that are well-formed, and every problem found in the file. */
export interface ParsedGlossary {
  entries: GlossaryEntry[];
  /** Errors stop the build; the caller decides (see `hasErrors` in `src/core/ingest`). */
  diagnostics: Diagnostic[];
}

const LANG_NAME: Record<Lang, string> = { ar: 'Arabic', en: 'English' };

type PathSegment = string | number | symbol;

/**
 * The YAML node at `path` under `node`, or the deepest node on the way there when the rest is
 * missing (a missing `term` is reported on its language block). With `key`, the key of a map
 * entry rather than its value (for keys that should not be there).
 */
function nodeAt(node: YamlNode, path: readonly PathSegment[], key = false): YamlNode {
  let current: YamlNode = node;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    let next: YamlNode | undefined;
    if (isMap(current)) {
      const pair = current.items.find((p) => isScalar(p.key) && p.key.value === segment);
      if (pair && key && i === path.length - 1 && isScalar(pair.key)) return pair.key;
      next = pair && (pair.value as YamlNode | null) ? (pair.value as YamlNode) : pair && isScalar(pair.key) ? pair.key : undefined;
    } else if (isSeq(current) && typeof segment === 'number') {
      next = current.items[segment] as YamlNode | undefined;
    }
    if (!next) break;
    current = next;
  }
  return current;
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
function pathText(path: readonly PathSegment[]): string {
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
  locate(path: readonly PathSegment[], key?: boolean): { line?: number; column?: number };
}

/** Reads a glossary with js-yaml; undefined when the file has any problem to report with a position. */
function readQuickly(source: string, file: string): ParsedGlossary | undefined {
  const starts: number[] = [];
  let data: unknown;
  try {
    data = load(source, {
      schema: CORE_SCHEMA,
      // Each entry of the top-level list opens a node at depth 2: note its line.
      listener(event, state) {
        // js-yaml's State has `depth`; its type declarations omit it.
        if (event === 'open' && (state as State & { depth: number }).depth === 2) starts.push(state.line + 1);
      },
    });
  } catch {
    return undefined;
  }
  if (data === null || data === undefined) return { entries: [], diagnostics: [] };
  if (!Array.isArray(data) || starts.length !== data.length) return undefined;
  const items = data.map((raw: unknown, i): Item => ({ raw, line: starts[i], locate: () => ({}) }));
  const checked = check(items, file);
  return checked.diagnostics.length === 0 ? checked : undefined;
}

/** Reads a glossary with the `yaml` package, so that every problem has its line and column. */
function readWithPositions(source: string, file: string): ParsedGlossary {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (node: YamlNode | undefined) => {
    const offset = node?.range?.[0];
    if (offset === undefined) return {};
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const diagnostics: Diagnostic[] = [];
  for (const error of doc.errors) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    diagnostics.push({ severity: 'error', file, line, column: col, message: error.message });
  }
  for (const warning of doc.warnings) {
    const { line, col } = lineCounter.linePos(warning.pos[0]);
    diagnostics.push({ severity: 'warning', file, line, column: col, message: warning.message });
  }
  if (doc.errors.length > 0) return { entries: [], diagnostics };

  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { entries: [], diagnostics };
  if (!isSeq(root)) {
    diagnostics.push({ severity: 'error', file, ...at(root), message: 'the glossary must be a list of entries (each starting with "- id: …")' });
    return { entries: [], diagnostics };
  }
  const items = root.items.map((item): Item => {
    const node = item as YamlNode;
    return { raw: node.toJSON(), line: at(node).line, locate: (path, key) => at(nodeAt(node, path, key)) };
  });
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
          report('error', item.locate([...issue.path, key], true), `${label}: unknown field "${pathText([...issue.path, key])}"`);
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
      report('error', item.locate(['id']), `${label}: duplicate id; the entry at line ${ids.get(entry.id)} has the same id`);
    } else {
      ids.set(entry.id, entry.line);
    }

    // Completeness is judged on well-formed entries only: a malformed one already has its errors.
    if (valid && !entry.en && !entry.ar) report('error', item.locate([]), `${label}: has neither an en nor an ar block, so nothing to show or match`);
    else if (valid && !entry.en?.note && !entry.ar?.note) report('error', item.locate([]), `${label}: has no note in either language`);

    for (const lang of LANGS) {
      const block = entry[lang];
      const other: Lang = lang === 'ar' ? 'en' : 'ar';
      if (!block) {
        if (valid && entry[other]) {
          report('warning', item.locate([]), `${label}: no ${lang} block; ${LANG_NAME[lang]} pages show the ${LANG_NAME[other]} term and note`);
        }
        continue;
      }
      if (valid && !block.note && entry[other]?.note) {
        report('warning', item.locate([lang]), `${label}: no ${lang}.note; ${LANG_NAME[lang]} pages show the ${LANG_NAME[other]} note`);
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
          report('warning', formNode, `${label}: ${pathText(path)} "${form}" is the same as ${repeated} once normalised; remove it`);
          continue;
        }
        own.set(key, pathText(path));
        if (!previous) forms.set(key, { id: entry.id ?? index, line: entry.line });
      }
    }
  });

  return { entries, diagnostics: sortedByPosition(diagnostics) };
}
