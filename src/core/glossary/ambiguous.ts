/**
 * One-word Arabic aliases that read as a common word once folded: `آبي` (Abiy) is compared as
 * ابي, which is also أبي ("my father", and أبي ظبي, "Abu Dhabi" in the genitive), so every such
 * word gets Abiy Ahmed's note. No word list says which aliases are at risk: the archive's own
 * counts do. An alias is suspect when it matches, far more often than the entry's other forms
 * occur anywhere, in versions where nothing else names the entry — neither another of its forms in
 * that version nor any form in the other language's version of the same document. A short name
 * an archive really uses (ماكرون) stands beside its full name or its English counterpart; a common
 * word stands alone.
 */
import { cliticVariants, matchKey, tokenize } from '../arabic/index.ts';
import type { Diagnostic } from '../types.ts';
import { escapeRegExp } from '../regexp.ts';
import { lineAt } from '../ingest/markdown.ts';
import type { CompiledGlossary } from './compile.ts';
import { findMatches } from './match.ts';
import type { SuggestDocument } from './suggest.ts';

/** At least this many lone matches before an alias is worth a warning: one or two are a reading, not a pattern. */
const MIN_LONE = 3;
/** How many times more often than all the entry's other forms an alias must match alone. */
const RATIO = 2;

/** `alias` written as an item of a YAML list (`- آبي`, `[ماكرون, آبي]`), not inside a longer form. */
const aliasItem = (alias: string) =>
  new RegExp(String.raw`(?:^\s*-\s*|[\[,]\s*)(["']?)${escapeRegExp(alias)}\1\s*(?:[,\]#]|$)`, 'u');

interface AliasCount {
  entryId: string;
  alias: string;
  /** Matches in versions where nothing else names the entry, with the first few places. */
  lone: number;
  places: string[];
}

/**
 * Warnings, at the alias's line in `glossaryText` (`file`), for one-word Arabic aliases that match
 * mostly where nothing else names their entry (see above).
 */
export function ambiguousAliases(
  documents: readonly SuggestDocument[],
  glossary: CompiledGlossary,
  glossaryText: string,
  file: string,
): Diagnostic[] {
  // The one-word Arabic aliases, by their key.
  const aliasOf = new Map<string, { entryId: string; alias: string }>();
  for (const entry of glossary.entries.values()) {
    for (const alias of entry.ar?.aliases ?? []) {
      const tokens = tokenize(alias);
      if (tokens.length === 1 && tokens[0].arabic)
        aliasOf.set(`${entry.id}\u0000${tokens[0].key}`, { entryId: entry.id, alias });
    }
  }
  if (aliasOf.size === 0) return [];
  /** The one-word alias of `entryId` a match's text is, if it is one. */
  const aliasMatched = (entryId: string, text: string) => {
    const tokens = tokenize(text);
    if (tokens.length !== 1 || !tokens[0].arabic) return undefined;
    for (const { stem } of cliticVariants(tokens[0].key)) {
      const found = aliasOf.get(`${entryId}\u0000${stem}`);
      if (found) return found;
    }
    return undefined;
  };

  /** Per version: each entry's matches, split into one-word aliases (with places) and other forms. */
  const versions = documents.map((document) => {
    const aliases = new Map<string, { alias: string; entryId: string; places: string[] }[]>();
    const others = new Map<string, number>();
    for (const paragraph of document.paragraphs) {
      for (const match of findMatches(glossary, paragraph.text, document.lang)) {
        const alias =
          document.lang === 'ar'
            ? aliasMatched(match.entryId, paragraph.text.slice(match.start, match.end))
            : undefined;
        if (alias) {
          const list = aliases.get(match.entryId) ?? [];
          list.push({ ...alias, places: [`${document.file}:${lineAt(paragraph, match.start)}`] });
          aliases.set(match.entryId, list);
        } else others.set(match.entryId, (others.get(match.entryId) ?? 0) + 1);
      }
    }
    return { document, aliases, others };
  });

  const otherTotal = new Map<string, number>();
  for (const { others } of versions)
    for (const [entryId, n] of others) otherTotal.set(entryId, (otherTotal.get(entryId) ?? 0) + n);
  const counts = new Map<string, AliasCount>();
  for (const version of versions) {
    const counterparts = versions.filter(
      (v) => v !== version && v.document.slug !== undefined && v.document.slug === version.document.slug,
    );
    for (const [entryId, matches] of version.aliases) {
      const named =
        (version.others.get(entryId) ?? 0) > 0 || counterparts.some((v) => (v.others.get(entryId) ?? 0) > 0);
      if (named) continue;
      for (const match of matches) {
        const key = `${entryId}\u0000${matchKey(match.alias)}`;
        const count = counts.get(key) ?? { entryId, alias: match.alias, lone: 0, places: [] };
        count.lone++;
        if (count.places.length < 3) count.places.push(...match.places);
        counts.set(key, count);
      }
    }
  }

  const lines = glossaryText.split('\n');
  const diagnostics: Diagnostic[] = [];
  for (const count of counts.values()) {
    const others = otherTotal.get(count.entryId) ?? 0;
    if (count.lone < MIN_LONE || count.lone <= RATIO * others) continue;
    const entry = glossary.entries.get(count.entryId);
    // The alias's own line, after the line its entry starts on.
    const from = (entry?.line ?? 1) - 1;
    const item = aliasItem(count.alias);
    const at = lines.findIndex((line, i) => i >= from && item.test(line));
    diagnostics.push({
      severity: 'warning',
      file,
      line: at === -1 ? (entry?.line ?? 1) : at + 1,
      message:
        `alias “${count.alias}” of “${count.entryId}” is compared as “${matchKey(count.alias)}”, which the archive uses ` +
        `${count.lone} times where nothing else names the entry (${count.places.join(', ')}), against ${others} ` +
        `of the entry's other forms: likely a common word, not this name; remove the alias or check those notes`,
    });
  }
  return diagnostics;
}
