/**
 * YAML read for validation: parse errors, schema errors and unknown keys all come back as
 * diagnostics at the real line of the file the YAML sits in (front matter starts on line 2).
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { Diagnostic } from '../types.ts';

/** A parsed YAML document, with a way to find where any of its values was written. */
export interface YamlSource {
  file: string;
  /** The document as plain data; undefined when it could not be parsed. */
  value: unknown;
  diagnostics: Diagnostic[];
  /** Line and column in the file of the value at `path`, or of the nearest parent that exists. */
  positionOf(path: readonly PropertyKey[], of?: 'key' | 'value'): { line: number; column: number } | undefined;
}

/** The message of a YAML error without the position and code frame the library appends. */
const plainMessage = (message: string) => message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');

/** Parses YAML `text` that starts on line `firstLine` of `file`. */
export function readYaml(text: string, file: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc: Document.Parsed = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const diagnostics: Diagnostic[] = [];
  for (const problem of doc.errors) {
    diagnostics.push({ severity: 'error', file, ...at(problem.pos[0]), message: `YAML: ${plainMessage(problem.message)}` });
  }
  for (const problem of doc.warnings) {
    diagnostics.push({ severity: 'warning', file, ...at(problem.pos[0]), message: `YAML: ${plainMessage(problem.message)}` });
  }

  const positionOf = (path: readonly PropertyKey[], of: 'key' | 'value' = 'value') => {
    let node: unknown = doc.contents;
    let found: { range?: readonly number[] | null } | undefined = doc.contents ?? undefined;
    for (const step of path) {
      if (isSeq(node)) {
        const item = node.items[Number(step)] as { range?: readonly number[] | null } | undefined;
        if (!item?.range) break;
        found = item;
        node = item;
        continue;
      }
      if (!isMap(node)) break;
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === step);
      if (!pair) break;
      const key = pair.key as { range?: readonly number[] | null };
      const value = pair.value as { range?: readonly number[] | null } | null;
      found = of === 'key' || !value?.range ? key : value;
      node = pair.value;
    }
    const offset = found?.range?.[0];
    return offset === undefined ? undefined : at(offset);
  };

  let value: unknown;
  if (doc.errors.length === 0) value = doc.toJS({ maxAliasCount: 50 });
  return { file, value, diagnostics, positionOf };
}

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

/** Edit distance, for suggesting the key an editor probably meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

/** A warning for each key of the map at `path` that is not in `known`, with the likely intended key. */
export function unknownKeys(source: YamlSource, known: readonly string[], path: readonly string[] = []): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const key of keysAt(source, path)) {
    if (known.includes(key)) continue;
    const near = known.find((k) => distance(k.toLowerCase(), key.toLowerCase()) <= 2);
    const where = [...path, key].join('.');
    diagnostics.push({
      severity: 'warning',
      file: source.file,
      ...source.positionOf([...path, key], 'key'),
      message: `unknown key “${where}”, ignored${near ? `; did you mean “${near}”?` : ` (known keys: ${known.join(', ')})`}`,
    });
  }
  return diagnostics;
}

/** Validates `source.value` with `schema`; each issue becomes an error at the line of the value it is about. */
export function validateYaml<T>(source: YamlSource, schema: z.ZodType<T>, prefix: readonly string[] = []): { data?: T; diagnostics: Diagnostic[] } {
  const result = schema.safeParse(valueAt(source.value, prefix) ?? {});
  if (result.success) return { data: result.data, diagnostics: [] };
  return {
    diagnostics: result.error.issues.map((issue) => {
      const path = [...prefix, ...issue.path.map(String)];
      return {
        severity: 'error' as const,
        file: source.file,
        ...source.positionOf(path),
        message: path.length > 0 ? `${path.join('.')}: ${issue.message}` : issue.message,
      };
    }),
  };
}
