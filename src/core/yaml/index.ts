/**
 * Reading the YAML an editor writes (front matter, sidecars, `cleaning.yaml`, `glossary.yaml`):
 * parse errors, schema errors and unknown keys all come back as diagnostics at the real line of
 * the file, in plain words (see `errors.ts`).
 *
 * One reader, the `yaml` library's `Document`, whose nodes carry their source ranges. The
 * glossary, which may hold thousands of entries and is read more than once per build, is first
 * read by js-yaml (`loadQuickly`), about eight times faster on a 5,000-entry glossary; it is read
 * again with positions only when there is a problem to report. Both read YAML 1.2 with the core
 * schema.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { Diagnostic } from '../types.ts';
import { explainYamlError } from './errors.ts';

export { explainYamlError } from './errors.ts';

/** A step into YAML data: a map key, or a sequence index (as a number or written as a string), as zod gives paths. */
export type PathStep = PropertyKey;

/** A line and column in the file, both 1-based. */
export interface Position {
  line: number;
  column: number;
}

/** A parsed YAML document, with a way to find where any of its values was written. */
export interface YamlSource {
  file: string;
  /** The document as plain data; undefined when it could not be parsed. */
  value: unknown;
  diagnostics: Diagnostic[];
  /**
   * Where the value at `path` was written (with `key`, the key of the map entry that holds it), or
   * the nearest parent that exists: a missing `term` is reported on its language block.
   */
  positionOf(path: readonly PathStep[], of?: 'key' | 'value'): Position | undefined;
  /** Whether the value at `path` is text written in quotes (`"…"` or `'…'`): meant exactly as written. */
  quoted(path: readonly PathStep[]): boolean;
  /**
   * The value at `path` with each number in it as the editor wrote it (`author: 007` is `"007"`,
   * `title: 1.50` is `"1.50"`), for a field that is text: YAML reads such a name as a number and
   * loses its zeros. Undefined when nothing is there.
   */
  numbersAsWritten(path: readonly PathStep[]): unknown;
}

/** Nodes, and pairs' keys, with their source range. */
type Ranged = { range?: readonly number[] | null };

/** Parses YAML `text` that starts on line `firstLine` of `file`. */
export function readYaml(text: string, file: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc: Document.Parsed = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const diagnostics: Diagnostic[] = [];
  // One mistake often sets off several errors on one line; the first says it best.
  const reported = new Set<number>();
  const report = (severity: Diagnostic['severity'], problem: (typeof doc.errors)[number]) => {
    const { offset, message } = explainYamlError(problem, text);
    const position = at(offset);
    if (reported.has(position.line)) return;
    reported.add(position.line);
    diagnostics.push({ severity, file, ...position, message: `YAML: ${message}` });
  };
  for (const problem of doc.errors) report('error', problem);
  for (const problem of doc.warnings) report('warning', problem);

  const positionOf = (path: readonly PathStep[], of: 'key' | 'value' = 'value') => {
    const node = nodeAt(doc, path, of === 'key');
    const offset = node?.range?.[0];
    return offset === undefined || offset === null ? undefined : at(offset);
  };

  let value: unknown;
  if (doc.errors.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: 50 });
    } catch (error) {
      // An alias without its anchor, or one that expands too far.
      diagnostics.push({
        severity: 'error',
        file,
        line: firstLine,
        column: 1,
        message: `YAML: ${(error as Error).message}`,
      });
    }
  }
  const quoted = (path: readonly PathStep[]) => {
    const node = doc.getIn(path, true);
    return isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
  };
  const numbersAsWritten = (path: readonly PathStep[]) =>
    value === undefined ? undefined : asWritten(doc.getIn(path, true), valueAt(value, path.map(String)));
  return { file, value, diagnostics, positionOf, quoted, numbersAsWritten };
}

/**
 * `node` as plain data with each plain number as its source text; `plain` (the same value read as
 * usual) stands in for anything else, such as an alias.
 */
function asWritten(node: unknown, plain: unknown): unknown {
  if (isScalar(node)) return typeof node.value === 'number' && typeof node.source === 'string' ? node.source : plain;
  if (isSeq(node) && Array.isArray(plain)) return node.items.map((item, i) => asWritten(item, plain[i]));
  if (isMap(node) && isRecord(plain))
    return Object.fromEntries(
      node.items.map((pair) => {
        const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
        return [key, asWritten(pair.value, plain[key])];
      }),
    );
  return plain;
}

/**
 * The node at `path` in `doc` (`Document.getIn`), or the nearest parent that exists; with `key`,
 * the key of the map entry at `path`. A map entry without a value (`note:`) is found by its key.
 */
function nodeAt(doc: Document.Parsed, path: readonly PathStep[], key: boolean): Ranged | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const steps = path.slice(0, depth);
    const node = key && depth === path.length ? undefined : doc.getIn(steps, true);
    if (hasRange(node)) return node;
    const keyNode = depth > 0 ? keyAt(doc, steps) : undefined;
    if (keyNode) return keyNode;
  }
  return undefined;
}

/** The key node of the map entry at `path`, if the entry exists. */
function keyAt(doc: Document.Parsed, path: readonly PathStep[]): Ranged | undefined {
  const parent = doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const step = String(path[path.length - 1]);
  const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === step);
  return hasRange(pair?.key) ? pair.key : undefined;
}

const hasRange = (node: unknown): node is Ranged =>
  typeof node === 'object' && node !== null && Array.isArray((node as Ranged).range);

/** The keys of the map at `path` in `source`, in the order written. */
export function keysAt(source: YamlSource, path: readonly string[] = []): string[] {
  const value = valueAt(source.value, path);
  return isRecord(value) ? Object.keys(value) : [];
}

/** The value at `path` in plain data (map keys, or sequence indices written as strings). */
export function valueAt(value: unknown, path: readonly string[]): unknown {
  for (const step of path) {
    value = Array.isArray(value) ? value[Number(step)] : isRecord(value) ? value[step] : undefined;
  }
  return value;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Edit distance with a swap of two neighbouring letters as one edit (`titel` is one from `title`),
 * for suggesting the key an editor probably meant.
 */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The known key an unknown one is likely a typo of: one edit away for a short key, two for a longer one. */
function nearestKey(key: string, known: readonly string[]): string | undefined {
  const allowed = key.length <= 4 ? 1 : 2;
  return known.find((k) => distance(k.toLowerCase(), key.toLowerCase()) <= allowed);
}

/**
 * A diagnostic for each key of the map at `path` that is not in `known`, with the likely intended
 * key. A warning says the key is ignored; in a file that is Hamish's own (a sidecar, front matter),
 * where a misspelt key would silently change the page, it is an error.
 */
export function unknownKeys(
  source: YamlSource,
  known: readonly string[],
  path: readonly string[] = [],
  level: Diagnostic['severity'] | 'typos' = 'warning',
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const key of keysAt(source, path)) {
    if (known.includes(key)) continue;
    const near = nearestKey(key, known);
    const where = [...path, key].join('.');
    // `typos`: a misspelt known key is an error (the value it was meant to give is lost), any other key a warning.
    const severity = level === 'typos' ? (near ? 'error' : 'warning') : level;
    diagnostics.push({
      severity,
      file: source.file,
      ...source.positionOf([...path, key], 'key'),
      message: `unknown key “${where}”${severity === 'warning' ? ', ignored' : ''}${near ? `; did you mean “${near}”?` : ` (known keys: ${known.join(', ')})`}`,
    });
  }
  return diagnostics;
}

/**
 * What a file of fields is told when it holds something else (a list, a line of text): zod's
 * "expected object, received array" names neither what to write nor what was written.
 */
function notFields(value: unknown): string {
  const what = Array.isArray(value)
    ? 'a list (lines starting with "- ")'
    : typeof value === 'string'
      ? 'a line of text'
      : `a ${typeof value}`;
  return `expected fields, one per line as "name: value", but this is ${what}`;
}

/** Validates `source.value` with `schema`; each issue becomes an error at the line of the value it is about. */
export function validateYaml<T>(
  source: YamlSource,
  schema: z.ZodType<T>,
  prefix: readonly string[] = [],
): { data?: T; diagnostics: Diagnostic[] } {
  const value = valueAt(source.value, prefix) ?? {};
  const result = schema.safeParse(value);
  if (result.success) return { data: result.data, diagnostics: [] };
  return {
    diagnostics: result.error.issues.map((issue) => {
      const path = [...prefix, ...issue.path.map(String)];
      return {
        severity: 'error' as const,
        file: source.file,
        ...source.positionOf(path),
        message:
          path.length > 0
            ? `${path.join('.')}: ${issue.message}`
            : issue.code === 'invalid_type' && issue.expected === 'object' && value !== null
              ? notFields(value)
              : issue.message,
      };
    }),
  };
}

/** YAML read without positions, with the line on which each item of a top-level list starts. */
export interface QuickYaml {
  value: unknown;
  /** 1-based; for a top-level list, one line per item. */
  itemLines: number[];
}

/**
 * Reads `text` with js-yaml, for a large file that is usually without problems; undefined when it
 * cannot be read (then `readYaml` says why, at the right line).
 */
export function loadQuickly(text: string): QuickYaml | undefined {
  const itemLines: number[] = [];
  // Nesting, counted from js-yaml's open and close events: the document is 1, a top-level item 2.
  let depth = 0;
  try {
    const value = load(text, {
      schema: CORE_SCHEMA,
      listener(event, state) {
        if (event === 'close') {
          depth--;
          return;
        }
        depth++;
        if (depth === 2) itemLines.push(state.line + 1);
      },
    });
    return { value, itemLines };
  } catch {
    return undefined;
  }
}
