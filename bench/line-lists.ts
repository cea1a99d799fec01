/**
 * The line lists the line model is trained and checked on (`clean-lookalikes/lines.json`,
 * `clean-headlines/headlines.json`): per language a list of lines, or lists of them by topic.
 */
import { readFileSync } from 'node:fs';
import type { Lang } from '../src/core/types.ts';

/** The lines of a list under `bench/` (`path` relative to it), flattened across topics. */
export function readLines(path: string): Record<Lang, string[]> {
  const json = JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Record<
    Lang,
    string[] | Record<string, string[]>
  >;
  const flat = (v: string[] | Record<string, string[]>) => (Array.isArray(v) ? v : Object.values(v).flat());
  return { en: flat(json.en), ar: flat(json.ar) };
}
