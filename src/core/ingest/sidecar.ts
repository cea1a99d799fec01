/**
 * Sidecars, `documents/<slug>.yaml`: metadata about a document that cannot live in its sources
 * without changing their bytes. Top-level fields apply to every version; `ar:` and `en:` maps hold
 * the fields of one version.
 *
 *     relation: coverage
 *     date: 2017-05-06
 *     en:
 *       source: The Washington Post
 */
import type { Diagnostic, Lang, Relation, SourceMeta } from '../types.ts';
import { LANGS } from '../types.ts';
import { readMeta, type MetaKey } from './frontmatter.ts';
import { isRecord, readYaml, unknownKeys } from '../yaml/index.ts';

/** What a sidecar says about the versions of its document. */
export interface Sidecar {
  file: string;
  relation?: Relation;
  /** Fields for every version. */
  shared: SourceMeta;
  /** Fields for one version, which take precedence over `shared`. */
  versions: Partial<Record<Lang, SourceMeta>>;
}

const SHARED_KEYS: readonly MetaKey[] = ['relation', 'title', 'date', 'source', 'url', 'author', 'tags'];
const VERSION_KEYS: readonly MetaKey[] = ['title', 'date', 'source', 'url', 'author', 'tags'];

/** Parses and validates the text of a sidecar; problems are reported at their line in `file`. */
export function parseSidecar(text: string, file: string): { sidecar: Sidecar; diagnostics: Diagnostic[] } {
  const yaml = readYaml(text, file);
  const diagnostics = [...yaml.diagnostics];
  const sidecar: Sidecar = { file, shared: {}, versions: {} };
  if (yaml.value === undefined || yaml.value === null) return { sidecar, diagnostics };
  if (!isRecord(yaml.value)) {
    diagnostics.push({ severity: 'error', file, line: 1, column: 1, message: 'a sidecar must be “key: value” lines' });
    return { sidecar, diagnostics };
  }
  diagnostics.push(...unknownKeys(yaml, [...SHARED_KEYS, ...LANGS]));
  const shared = readMeta(yaml, SHARED_KEYS);
  diagnostics.push(...shared.diagnostics);
  const { relation, ...rest } = shared.meta;
  sidecar.relation = relation;
  sidecar.shared = rest;
  for (const lang of LANGS) {
    const map = yaml.value[lang];
    if (map === undefined || map === null) continue;
    if (!isRecord(map)) {
      diagnostics.push({
        severity: 'error',
        file,
        ...yaml.positionOf([lang]),
        message: `${lang}: must be a map of the ${lang} version's fields (${VERSION_KEYS.join(', ')})`,
      });
      continue;
    }
    diagnostics.push(...unknownKeys(yaml, VERSION_KEYS, [lang]));
    const version = readMeta(yaml, VERSION_KEYS, [lang]);
    diagnostics.push(...version.diagnostics);
    sidecar.versions[lang] = version.meta;
  }
  return { sidecar, diagnostics };
}
