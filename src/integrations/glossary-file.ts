import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compileGlossary, parseGlossary, type CompiledGlossary, type GlossaryEntry } from '../core/glossary/index.ts';
import type { Diagnostic } from '../core/types.ts';

/** The glossary of a content folder, validated and compiled once for the whole build. */
export interface LoadedGlossary {
  entries: GlossaryEntry[];
  compiled: CompiledGlossary;
  diagnostics: Diagnostic[];
}

/** The glossary file of a content folder. */
export const GLOSSARY_FILE = 'glossary.yaml';

/**
 * Reads `glossary.yaml` of a content folder. A folder without one has an empty glossary (with a
 * notice, so a missing file is never silent); a glossary with errors compiles its valid entries
 * only, and its errors stop the build.
 */
export async function loadGlossary(content: string): Promise<LoadedGlossary> {
  let text: string;
  try {
    text = await readFile(join(content, GLOSSARY_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return {
      entries: [],
      compiled: compileGlossary([]),
      diagnostics: [
        {
          severity: 'notice',
          file: GLOSSARY_FILE,
          message: 'no glossary; pages will have no notes (see docs/glossary.md)',
        },
      ],
    };
  }
  const parsed = parseGlossary(text, GLOSSARY_FILE);
  return { entries: parsed.entries, compiled: compileGlossary(parsed.entries), diagnostics: parsed.diagnostics };
}
