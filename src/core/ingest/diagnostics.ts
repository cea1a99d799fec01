/** Compiler-style reporting of content problems. */
import type { Diagnostic } from '../types.ts';

type Severity = Diagnostic['severity'];

/**
 * One diagnostic as a line a terminal or editor understands, e.g.
 * `documents/x.ar.txt:3:1: error: …`; file-wide problems carry no position.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line === undefined ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`;
  return printable(`${where}: ${d.severity}: ${d.message}`);
}

/**
 * A message as a terminal may print it: control characters quoted from a source or its name (an
 * escape sequence in a link's address, `%1B[31m` once decoded) would otherwise colour, hide or
 * rewrite the build's log, so they are shown as `\u001b`; line breaks and tabs stay.
 */
function printable(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Whether any diagnostic stops the build. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Orders diagnostics by file, then line, then column; file-wide ones first within a file. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}

/** `count` and `noun`, with the noun in the plural unless the count is one: `1 error`, `0 errors`, `2 errors`. */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * How a content folder is named in messages: relative to the working directory `cwd` when it is
 * inside it (`content`, `.`, `editions/letters`), absolute otherwise — a path a user can paste
 * whatever the folder they ran the command in. Both paths are absolute and resolved.
 */
export function shownFolder(folder: string, cwd: string): string {
  const slashes = (path: string) => path.replaceAll('\\', '/').replace(/\/+$/, '');
  const dir = slashes(folder);
  const here = slashes(cwd);
  if (dir === here) return '.';
  return dir.startsWith(`${here}/`) ? dir.slice(here.length + 1) : folder;
}

/** What `npm run check` and the build print about a content folder's diagnostics. */
export interface DiagnosticReport {
  /** One compiler-style line per diagnostic, its file named from the working directory, with its severity. */
  lines: { severity: Severity; text: string }[];
  /** The counts, e.g. `1 error, 2 warnings` (notices are not counted: they say what was done, not what is wrong). */
  summary: string;
  errors: number;
}

/**
 * The report of `diagnostics` (files relative to the content folder) for a content folder shown as
 * `folder` (see `shownFolder`). One function for the check and the build, so both name files alike.
 */
export function reportDiagnostics(diagnostics: readonly Diagnostic[], folder: string): DiagnosticReport {
  const prefix = folder === '.' ? '' : `${folder.replace(/[\\/]+$/, '')}/`;
  const lines = diagnostics.map((d) => ({
    severity: d.severity,
    text: formatDiagnostic({ ...d, file: `${prefix}${d.file}` }),
  }));
  const count = (severity: Severity) => diagnostics.filter((d) => d.severity === severity).length;
  const errors = count('error');
  return { lines, summary: `${countOf(errors, 'error')}, ${countOf(count('warning'), 'warning')}`, errors };
}
