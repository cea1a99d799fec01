/**
 * Reading `glossary.yaml`: YAML syntax, each entry's shape, and the rules that span entries (unique
 * ids, no form claimed twice), with every problem reported at once with its line.
 */
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
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number | undefined) => {
    if (offset === undefined) return {};
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const report = (severity: Diagnostic['severity'], node: YamlNode | undefined, message: string) =>
    diagnostics.push({ severity, file, ...at(node?.range?.[0]), message });

  for (const error of doc.errors) diagnostics.push({ severity: 'error', file, ...at(error.pos[0]), message: error.message });
  for (const warning of doc.warnings) diagnostics.push({ severity: 'warning', file, ...at(warning.pos[0]), message: warning.message });
  if (doc.errors.length > 0) return { entries: [], diagnostics };

  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { entries: [], diagnostics };
  if (!isSeq(root)) {
    report('error', root, 'the glossary must be a list of entries (each starting with "- id: …")');
    return { entries: [], diagnostics };
  }

  const entries: GlossaryEntry[] = [];
  // Every entry, well-formed or not, takes part in the checks across entries, so that one run
  // reports a duplicate id even while the entry also has a bad field.
  const checked: { entry: LooseEntry; node: YamlNode; valid: boolean }[] = [];
  root.items.forEach((item, index) => {
    const node = item as YamlNode;
    const raw: unknown = node.toJSON();
    const loose = looseEntry(raw);
    const label = loose.id ? `entry "${loose.id}"` : `entry ${index + 1}`;
    const line = at(node.range?.[0]).line;
    const result = entrySchema.safeParse(raw);
    if (result.success) {
      entries.push({ ...result.data, ...(line === undefined ? {} : { line }) });
      checked.push({ entry: { ...result.data, line }, node, valid: true });
      return;
    }
    checked.push({ entry: { ...loose, line }, node, valid: false });
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          report('error', nodeAt(node, [...issue.path, key], true), `${label}: unknown field "${pathText([...issue.path, key])}"`);
        }
        continue;
      }
      const where = issue.path.length > 0 ? `${pathText(issue.path)}: ` : '';
      report('error', nodeAt(node, issue.path), `${label}: ${where}${issue.message}`);
    }
  });

  const ids = new Map<string, number | undefined>();
  const forms = new Map<string, { id: string | number; line: number | undefined }>();
  checked.forEach(({ entry, node, valid }, index) => {
    const label = entry.id ? `entry "${entry.id}"` : `entry ${index + 1}`;
    if (entry.id === undefined) {
      // Reported by the shape check.
    } else if (ids.has(entry.id)) {
      report('error', nodeAt(node, ['id']), `${label}: duplicate id; the entry at line ${ids.get(entry.id)} has the same id`);
    } else {
      ids.set(entry.id, entry.line);
    }

    // Completeness is judged on well-formed entries only: a malformed one already has its errors.
    if (valid && !entry.en && !entry.ar) report('error', node, `${label}: has neither an en nor an ar block, so nothing to show or match`);
    else if (valid && !entry.en?.note && !entry.ar?.note) report('error', node, `${label}: has no note in either language`);

    for (const lang of LANGS) {
      const block = entry[lang];
      const other: Lang = lang === 'ar' ? 'en' : 'ar';
      if (!block) {
        if (valid && entry[other]) {
          report('warning', node, `${label}: no ${lang} block; ${LANG_NAME[lang]} pages show the ${LANG_NAME[other]} term and note`);
        }
        continue;
      }
      if (valid && !block.note && entry[other]?.note) {
        report('warning', nodeAt(node, [lang]), `${label}: no ${lang}.note; ${LANG_NAME[lang]} pages show the ${LANG_NAME[other]} note`);
      }
      const own = new Map<string, string>();
      const candidates: [string | undefined, (string | number)[]][] = [
        [block.term, [lang, 'term']],
        ...block.aliases.map((alias, i): [string | undefined, (string | number)[]] => [alias, [lang, 'aliases', i]]),
      ];
      for (const [form, path] of candidates) {
        if (form === undefined) continue;
        const formNode = nodeAt(node, path);
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

  // In file order, as an editor reads them, whichever check found them.
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { entries, diagnostics };
}
