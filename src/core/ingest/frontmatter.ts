/**
 * Optional YAML front matter at the top of a source (`---` … `---`): the metadata an editor writes
 * into the file itself. Also the schema of metadata fields shared with sidecars.
 */
import { z } from 'zod';
import { LANGS, type Diagnostic, type SourceMeta } from '../types.ts';
import { asciiDigits } from '../arabic/index.ts';
import { webAddress } from '../web-address.ts';
import { readDate } from './furniture-dates.ts';
import { keysAt, readYaml, unknownKeys, validateYaml, valueAt, type YamlSource } from '../yaml/index.ts';

/** A calendar date or moment in ISO 8601 form: `2017`, `2017-05`, `2017-05-05`, `2017-05-05T21:00Z`. */
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

function isRealDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  return d >= 1 && d <= new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
}

const text = (what: string) =>
  z
    .union([z.string(), z.number()], { error: `${what} must be text` })
    .transform((v) => String(v).trim())
    .pipe(z.string().min(1, { error: `${what} is empty; remove the key or give a value` }));

/** One name of a topic: text, with no line break (it becomes a heading and a link). */
const tagName = (what: string) => text(what).refine((v) => !/[\r\n]/.test(v), { error: `${what} must be on one line` });

/**
 * A topic: a name in either language (`Syria`, `سوريا`), or the one topic in both languages
 * (`{en: Syria, ar: سوريا}`).
 */
const tag = z.union(
  [
    tagName('a tag'),
    z
      .strictObject(
        { en: tagName('the English name of a tag').optional(), ar: tagName('the Arabic name of a tag').optional() },
        { error: 'a tag is a name, or its names in both languages: {en: Syria, ar: سوريا}' },
      )
      // `{}`; a map of other keys is reported by the strict object already, once.
      .refine((v) => v.en !== undefined || v.ar !== undefined, {
        error: 'a tag needs an en or an ar name',
        when: (payload) => payload.issues.length === 0,
      }),
  ],
  { error: 'a tag is a name, or its names in both languages: {en: Syria, ar: سوريا}' },
);

/**
 * Tags written as one string are a list separated by commas, English or Arabic (`tags: Nile,
 * Water`, `tags: النيل، المياه`): a publisher writes them so, and a topic named "Nile, Water" is
 * never meant. YAML splits a flow list on `,` only, so an Arabic comma inside a list's item
 * (`[النيل، المياه]`) separates too. A quoted name is one name as written, commas and all
 * (`["Washington, D.C.", Nile]`, `["القاهرة، مصر"]`, `tags: "القاهرة، مصر"`); `quoted` says which
 * were quoted, by their path from the tags' value.
 */
function splitTags(value: unknown, quoted: (path: readonly number[]) => boolean): unknown {
  const split = (text: string, commas: RegExp) =>
    text
      .split(commas)
      .map((t) => t.trim())
      .filter((t) => t !== '');
  if (typeof value === 'string' && /[,،]/u.test(value) && !quoted([])) return split(value, /[,،]/u);
  // An empty item stays, to be reported.
  if (Array.isArray(value))
    return (value as unknown[]).flatMap((item, i) =>
      typeof item === 'string' && item.includes('،') && !quoted([i]) ? split(item, /،/u) : [item],
    );
  return value;
}

/** `yaml` with the tags at `prefix` split into names (`splitTags`), as the tags field is validated. */
function withTagsSplit(yaml: YamlSource, prefix: readonly string[]): YamlSource {
  const at = [...prefix, 'tags'];
  const tags = splitTags(valueAt(yaml.value, at), (path) => yaml.quoted([...at, ...path]));
  return { ...yaml, value: at.reduceRight<unknown>((inner, step) => ({ [step]: inner }), tags) };
}

/**
 * A date as written, with Arabic-Indic or Persian digits (`٢٠٢٣-٠٣-٢٠`) read as the same digits
 * and the direction marks an Arabic keyboard leaves around them dropped.
 */
const dateText = (value: string | number) => asciiDigits(String(value).replace(/[\u200e\u200f\u061c]/gu, '')).trim();

/** The date error, saying which date a date in words reads as ("20 March 2023" is 2023-03-20). */
function dateError(input: unknown): string {
  const problem = 'the date must be a real date written as 2017-05-05 (or 2017-05, or 2017)';
  if (typeof input !== 'string') return problem;
  // Read as each language would: 12/03/2023 is 12 March in Arabic usage, 3 December in American.
  const readings = [...new Set(LANGS.map((lang) => readDate(input, lang).date).filter((d) => d !== undefined))];
  if (readings.length === 1) return `${problem}; this one reads as ${readings[0]}: write that`;
  if (readings.length > 1) return `${problem}; this one could be ${readings.join(' or ')}: write the one meant`;
  return problem;
}

/** A date an editor gives: a real day, month or year, written as ISO (`2017-05-05`, `2017-05`, `2017`). */
const dateField = z
  .union([z.string(), z.number().int()], { error: 'the date must be written as 2017-05-05' })
  .transform(dateText)
  .refine(isRealDate, { error: (issue) => dateError(issue.input) });

/** The metadata fields an editor may give, each validated as it will be used. */
export const metaFields = {
  title: text('the title'),
  date: dateField,
  // The day the piece was last changed, shown beside its date ("Updated …") and given to search engines.
  updated: dateField,
  source: text('the source'),
  url: z
    .string({ error: 'the url must be a web address' })
    .trim()
    .refine((value) => webAddress(value) !== undefined, {
      error: 'the url must be a full http(s) address, e.g. https://example.com/story',
    }),
  author: text('the author'),
  // One tag may be written without the brackets of a list; `readMeta` splits a string of several (`splitTags`).
  tags: z
    .union([z.array(tag), tag], { error: 'tags must be a list of names, e.g. [Syria, elections]' })
    .transform((v) => (Array.isArray(v) ? v : [v])),
  lang: z.enum(['ar', 'en'], { error: 'lang must be ar or en' }),
  relation: z.enum(['translation', 'coverage'], {
    error: 'relation must be translation (one text in two languages) or coverage (two reports of one event)',
  }),
} as const;

export type MetaKey = keyof typeof metaFields;

export const META_KEYS = Object.keys(metaFields) as MetaKey[];

/** The fields that are text, where a name YAML reads as a number (`author: 007`) must stay as written. */
const TEXT_KEYS: ReadonlySet<MetaKey> = new Set(['title', 'source', 'author', 'tags']);

/** `yaml` holding only the value at `path`, its numbers as written (`numbersAsWritten`), as one field is validated. */
function withNumbersAsWritten(yaml: YamlSource, path: readonly string[]): YamlSource {
  const written = yaml.numbersAsWritten(path);
  return written === undefined
    ? yaml
    : { ...yaml, value: path.reduceRight<unknown>((inner, step) => ({ [step]: inner }), written) };
}

/**
 * The metadata fields `keys` of the map at `prefix` in a YAML source. Each field is validated on its
 * own, so one bad value is reported without losing the good ones.
 */
export function readMeta(
  yaml: YamlSource,
  keys: readonly MetaKey[],
  prefix: readonly string[] = [],
): { meta: SourceMeta; diagnostics: Diagnostic[] } {
  const meta: Record<string, unknown> = {};
  const diagnostics: Diagnostic[] = [];
  const present = new Set(keysAt(yaml, prefix));
  for (const key of keys) {
    if (!present.has(key)) continue;
    const source = TEXT_KEYS.has(key) ? withNumbersAsWritten(yaml, [...prefix, key]) : yaml;
    const field = validateYaml(
      key === 'tags' ? withTagsSplit(source, prefix) : source,
      z.object({ [key]: metaFields[key] }),
      prefix,
    );
    diagnostics.push(...field.diagnostics);
    if (field.data) meta[key] = field.data[key];
  }
  return { meta: meta, diagnostics };
}

/** A source split into what its front matter says and the text after it. */
export interface FrontMatter {
  meta: SourceMeta;
  /** The text after the front matter (the whole text when there is none). */
  body: string;
  /** 1-based line of the file on which `body` starts. */
  bodyLine: number;
  diagnostics: Diagnostic[];
}

const OPEN = /^---[ \t]*(?:\n|$)/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/** Splits off and validates the front matter of a decoded source (`\n` line ends). */
export function splitFrontMatter(source: string, file: string): FrontMatter {
  if (!OPEN.test(source)) return { meta: {}, body: source, bodyLine: 1, diagnostics: [] };
  const lines = source.split('\n');
  const close = lines.findIndex((line, i) => i > 0 && CLOSE.test(line));
  if (close === -1) {
    return {
      meta: {},
      body: source,
      bodyLine: 1,
      diagnostics: [
        {
          severity: 'error',
          file,
          line: 1,
          column: 1,
          message: 'front matter opened here is never closed; end it with a line of three hyphens (---)',
        },
      ],
    };
  }
  const yaml = readYaml(lines.slice(1, close).join('\n'), file, 2);
  const diagnostics = [...yaml.diagnostics];
  let meta: SourceMeta = {};
  if (yaml.value !== undefined && yaml.value !== null) {
    if (typeof yaml.value !== 'object' || Array.isArray(yaml.value)) {
      diagnostics.push({
        severity: 'error',
        file,
        line: 2,
        column: 1,
        message: 'front matter must be “key: value” lines',
      });
    } else {
      // A misspelt key is an error (`relaton:` would leave a pair unaligned); another tool's key
      // (`draft`, `layout` in a post brought from a blog) is a warning, so such files still build.
      diagnostics.push(...unknownKeys(yaml, META_KEYS, [], 'typos'));
      const read = readMeta(yaml, META_KEYS);
      diagnostics.push(...read.diagnostics);
      meta = read.meta;
    }
  }
  return { meta, body: lines.slice(close + 1).join('\n'), bodyLine: close + 2, diagnostics };
}
