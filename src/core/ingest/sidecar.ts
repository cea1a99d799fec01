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
import { isRecord, keysAt, readYaml, unknownKeys } from '../yaml/index.ts';
import { alignOverride, type PlacedOverride } from '../align/overrides.ts';

/** What a sidecar says about the versions of its document. */
export interface Sidecar {
  file: string;
  relation?: Relation;
  /** Fields for every version. */
  shared: SourceMeta;
  /** Fields for one version, which take precedence over `shared`. */
  versions: Partial<Record<Lang, SourceMeta>>;
  /** An editor's alignment overrides for a translation pair (`align:`, see `core/align/overrides.ts`). */
  align?: PlacedOverride[];
}

const SHARED_KEYS: readonly MetaKey[] = ['relation', 'title', 'date', 'updated', 'source', 'url', 'author', 'tags'];
const VERSION_KEYS: readonly MetaKey[] = ['title', 'date', 'updated', 'source', 'url', 'author', 'tags'];

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
  // A sidecar is Hamish's own file: a misspelt key (`relaton:`) would silently change the page.
  const known = [...SHARED_KEYS, ...LANGS, 'align'];
  // A block for another language (`fr:`): there is no such version, whatever the key is close to.
  const otherLangs = keysAt(yaml).filter((key) => /^[a-z]{2}$/.test(key) && !known.includes(key));
  for (const key of otherLangs)
    diagnostics.push({
      severity: 'error',
      file,
      ...yaml.positionOf([key], 'key'),
      message: `unknown key “${key}”: a sidecar’s versions are ${LANGS.map((l) => `${l}:`).join(' and ')}`,
    });
  diagnostics.push(...unknownKeys(yaml, [...known, ...otherLangs], [], 'error'));
  const align = readAlign(yaml.value.align, yaml);
  diagnostics.push(...align.diagnostics);
  if (align.overrides.length > 0) sidecar.align = align.overrides;
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
    // What is about both versions, written under one of them.
    for (const key of keysAt(yaml, [lang]).filter((k) => k === 'relation' || k === 'align'))
      diagnostics.push({
        severity: 'error',
        file,
        ...yaml.positionOf([lang, key], 'key'),
        message: `${lang}.${key}: belongs at the top level of the sidecar, not under ${lang}: (it is about both versions)`,
      });
    diagnostics.push(...unknownKeys(yaml, [...VERSION_KEYS, 'relation', 'align'], [lang], 'error'));
    const version = readMeta(yaml, VERSION_KEYS, [lang]);
    diagnostics.push(...version.diagnostics);
    sidecar.versions[lang] = version.meta;
  }
  return { sidecar, diagnostics };
}

/** The `align:` list: each override checked on its own, so one mistake does not drop the others. */
function readAlign(
  value: unknown,
  yaml: ReturnType<typeof readYaml>,
): { overrides: PlacedOverride[]; diagnostics: Diagnostic[] } {
  const overrides: PlacedOverride[] = [];
  const diagnostics: Diagnostic[] = [];
  if (value === undefined || value === null) return { overrides, diagnostics };
  const example = 'e.g. “- pin: { ar: 12, en: "The minister said" }” or “- alone: { en: "14.2" }”';
  if (!Array.isArray(value)) {
    diagnostics.push({
      severity: 'error',
      file: yaml.file,
      ...yaml.positionOf(['align']),
      message: `align: must be a list of overrides, ${example}`,
    });
    return { overrides, diagnostics };
  }
  value.forEach((item: unknown, i) => {
    const parsed = alignOverride.safeParse(item);
    const position = yaml.positionOf(['align', i]);
    if (parsed.success) overrides.push({ override: parsed.data, file: yaml.file, ...position });
    else {
      diagnostics.push({
        severity: 'error',
        file: yaml.file,
        ...position,
        message: `align: an override is “pin:” with an ar and an en sentence, or “alone:” with one sentence; ${example}. A sentence is a line number, “line.sentence” or the start of its text`,
      });
    }
  });
  return { overrides, diagnostics };
}
