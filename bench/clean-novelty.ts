/**
 * Checks that a blind set (`--set blind-11`, default the newest, blind-56) is new: no template, no fragment of three words or
 * more between its placeholders, no look-alike and no pool value appears in an earlier set or in
 * a fixture (DIRS, comma-separated, to look elsewhere, e.g. the label tables in src/core/ingest).
 *
 *     node bench/clean-novelty.ts --set blind-10
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { escapeRegExp } from '../src/core/regexp.ts';
import type { TemplateSet } from './clean-furniture/kinds.ts';

const { values } = parseArgs({ options: { set: { type: 'string', default: 'blind-56' } } });
const file = `${values.set}.ts`;
const module = (await import(`./clean-furniture/${file}`)) as Record<string, TemplateSet>;
const SET = Object.values(module)[0];
const norm = (s: string) =>
  s
    .replace(/\{\w+\}/g, '{}')
    .normalize('NFKC')
    .toLowerCase()
    .trim();
const files: string[] = [];
const walk = (d: string) => {
  for (const f of readdirSync(d)) {
    const p = join(d, f);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(p);
  }
};
for (const d of (process.env.DIRS ?? 'bench/clean-furniture,src/core/ingest/fixtures,tests/fixtures').split(','))
  walk(d);
const hay = files
  .filter((f) => !f.endsWith(`/${file}`) && /\.(ts|txt|json|md|yaml)$/.test(f))
  .map((f) => readFileSync(f, 'utf8').normalize('NFKC').toLowerCase())
  .join('\n');
const hits: string[] = [];
const check = (s: string, what: string) => {
  // A template is new when no earlier set or fixture has it, nor any fragment of it between placeholders of 2 words or more.
  const n = norm(s);
  if (hay.includes(n.replace(/\{\}/g, ''))) hits.push(`${what}: whole “${s}”`);
  for (const frag of n
    .split('{}')
    .map((f) => f.trim())
    .filter((f) => f.split(/\s+/).length >= 3))
    if (hay.includes(frag)) hits.push(`${what}: fragment “${frag}” of “${s}”`);
  // As earlier sets write it (placeholders kept).
  if (hay.includes(s.normalize('NFKC').toLowerCase())) hits.push(`${what}: template “${s}”`);
};
for (const [lang, kinds] of Object.entries(SET.templates))
  for (const [kind, list] of Object.entries(kinds)) for (const t of list) check(t, `${lang} ${kind}`);
for (const [lang, list] of Object.entries(SET.lookalikes!)) for (const t of list) check(t, `${lang} lookalike`);
for (const [lang, pools] of Object.entries(SET.pools!))
  for (const [pool, list] of Object.entries(pools))
    for (const v of list)
      if (new RegExp(`['"‘“]${escapeRegExp(v)}['"’”]`, 'iu').test(hay)) hits.push(`${lang} pool ${pool}: “${v}”`);
console.log(hits.join('\n') || 'none');
console.log(`${hits.length} overlaps`);
