/** Compiler-style reporting of content problems. */
import type { Diagnostic } from '../types.ts';

/**
 * One diagnostic as a line a terminal or editor understands, e.g.
 * `documents/x.ar.txt:3:1: error: …`; file-wide problems carry no position.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line === undefined ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`;
  return `${where}: ${d.severity}: ${d.message}`;
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
