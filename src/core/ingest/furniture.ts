/**
 * Page furniture patterns: the built-in list, the editor's additions in `content/cleaning.yaml`,
 * and matching one line against them.
 *
 * `content/cleaning.yaml`:
 *
 *     builtin: true          # keep the built-in list (the default); false to use only yours
 *     disable: [page-chrome] # built-in patterns to turn off, by name or kind
 *     learn: true            # also take lines the archive repeats from source to source (off by
 *                            # default: see repeated-lines.ts and docs/cleaning.md)
 *     talk: true             # also take lines in which the page talks about itself, by their words
 *                            # (off by default: see site-talk.ts and docs/cleaning.md)
 *     patterns:
 *       - name: al-ahram-footer
 *         lang: ar           # ar, en or any (the default)
 *         phrase: بوابة الأهرام   # the whole line, ignoring case, harakat and punctuation around it
 *       - name: tags
 *         prefix: "Tags:"    # the line starts with it; what follows is the value
 *       - name: reuters-credit
 *         regex: '^\(reporting by .*\)$'   # JavaScript regex, tested case-insensitively
 *         where: edge        # edge (default): only among the first or last lines; anywhere
 *         maxLength: 200     # longest line it may remove, in characters (default 160)
 *         kind: source       # the kind of furniture (see furniture-labels.ts): lines are listed by kind,
 *                            # and the kind says what the value is (a byline's the author, …)
 *         provides: source   # or say it: source, imageCredit, author, date or tags
 *         joinNext: true     # a line that ends where the value should start continues on the next
 */
import '../regexp-engine.ts';
import { z } from 'zod';
import type { Diagnostic, Lang } from '../types.ts';
import {
  ALONGSIDE,
  DEFAULT_CHECKS,
  DEFAULT_READINGS,
  DEFAULT_PATTERNS,
  FORMER_NAMES,
  OUTLET_NAMED_KINDS,
  withoutOutletName,
  afterFlag,
  isFlaggedHeadline,
  literal,
  reportsSpeech,
  type ShapeCheck,
} from './default-furniture.ts';
import { furnitureKind, type FurnitureKind } from './furniture-labels.ts';
import { foldLine, foldLineText, foldPatternSource, originalRange } from '../arabic/index.ts';
import { isRecord, readYaml, unknownKeys, validateYaml } from '../yaml/index.ts';

/** The patterns cleaning uses. */
export interface CleaningRules {
  patterns: readonly FurniturePattern[];
  /**
   * Whether lines the archive repeats are furniture too (`repeated-lines.ts`): only with `learn:
   * true`, since an archive repeats article lines as well (a fact box, a columnist's sign-off).
   */
  repeated?: boolean;
  /**
   * Whether lines in which the page talks about itself are furniture by their words (`site-talk.ts`):
   * only with `talk: true`, since articles about the web, apps, advertising or copyright are made of
   * the same words (a review found their subheadings, ledes and closing sentences taken).
   */
  talk?: boolean;
}

/** Default longest furniture line: about 25 English words; a paragraph of prose is longer. */
export const DEFAULT_MAX_LENGTH = 160;

const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The metadata fields a furniture line can give. */
export const PROVIDED_FIELDS = ['author', 'date', 'source', 'tags', 'imageCredit', 'dateline'] as const;
export type ProvidedField = (typeof PROVIDED_FIELDS)[number];

/** What each kind's value is, when its pattern does not say. */
export const PROVIDES_OF_KIND: Partial<Record<FurnitureKind, ProvidedField>> = {
  byline: 'author',
  timestamp: 'date',
  source: 'source',
  tags: 'tags',
  caption: 'imageCredit',
  dateline: 'dateline',
};

/** A pattern as written in `cleaning.yaml` (and in the built-in list), field by field. */
const patternFields = z.object({
  /** Kebab-case, unique; recorded with every line the pattern removes. */
  name: z.string({ error: 'name is required' }).regex(NAME, { error: 'name must be kebab-case, e.g. site-footer' }),
  lang: z.enum(['ar', 'en', 'any'], { error: 'lang must be ar, en or any' }).default('any'),
  /** The whole line, compared folded, ignoring punctuation and symbols around it. */
  phrase: z.string().min(1, { error: 'phrase is empty' }).optional(),
  /** The start of the line, followed by anything (the value). */
  prefix: z.string().min(1, { error: 'prefix is empty' }).optional(),
  /** A JavaScript regular expression tested against the folded line; may name a `value` group. */
  regex: z.string().min(1, { error: 'regex is empty' }).optional(),
  /** `edge`: only in the run of furniture that begins or ends the text. `anywhere`: also inside it. */
  where: z.enum(['edge', 'anywhere'], { error: 'where must be edge or anywhere' }).default('edge'),
  /** Lines longer than this (in characters) are prose, never furniture. */
  maxLength: z
    .number({ error: 'maxLength must be a number of characters' })
    .int({ error: 'maxLength must be a whole number' })
    .min(1, { error: 'maxLength must be at least 1' })
    .max(1000, { error: 'maxLength above 1000 would remove paragraphs of prose' })
    .default(DEFAULT_MAX_LENGTH),
  /** The kind of furniture the pattern recognises; it says what the value is unless `provides` does. */
  kind: furnitureKind.optional(),
  /** The metadata field the pattern's value fills. */
  provides: z.enum(PROVIDED_FIELDS, { error: `provides must be one of ${PROVIDED_FIELDS.join(', ')}` }).optional(),
  /** When the line ends where the value should begin, the next short line is part of it. */
  joinNext: z.boolean({ error: 'joinNext must be true or false' }).default(false),
  description: z.string().optional(),
});

const patternSchema = patternFields.refine(
  (p) => [p.phrase, p.prefix, p.regex].filter((x) => x !== undefined).length === 1,
  {
    error: 'give exactly one of phrase, prefix or regex',
  },
);

/** A pattern as written in `cleaning.yaml` (and in the built-in list): what the schema accepts. */
export type PatternSpec = z.input<typeof patternFields>;

/** Where in a text a pattern may remove lines. */
export type Where = z.infer<typeof patternFields>['where'];

const PATTERN_KEYS = Object.keys(patternFields.shape);

/** A compiled pattern, ready to test lines: a spec's settings, with the defaults filled in. */
export type FurniturePattern = Omit<z.output<typeof patternFields>, 'phrase' | 'prefix' | 'regex' | 'description'> & {
  /** The spec's phrase, prefix or regex, tested against folded lines. */
  regex: RegExp;
  /** Where it was defined: `built-in` or `cleaning.yaml:12`. */
  origin: string;
  /** For built-in shapes: what a regular expression cannot say, checked on the original line. */
  check?: ShapeCheck;
  /** For built-in shapes too loose to stand alone: furniture only next to a line another pattern matches. */
  alongside?: boolean;
  /** For built-in shapes: how the value is read where the kind's way would misread it (`DEFAULT_READINGS`). */
  reads?: 'writers' | 'body';
};

const ruleFileSchema = z.object({
  builtin: z.boolean({ error: 'builtin must be true or false' }).default(true),
  disable: z.array(z.string(), { error: 'disable must be a list of pattern names' }).default([]),
  learn: z.boolean({ error: 'learn must be true or false' }).default(false),
  talk: z.boolean({ error: 'talk must be true or false' }).default(false),
  patterns: z.array(z.unknown(), { error: 'patterns must be a list' }).default([]),
});

/** Punctuation, symbols and spaces allowed around a phrase. */
const AROUND = String.raw`[\p{P}\p{S}\s]*`;

/** The regular expression source a spec stands for, tested against folded lines. */
function sourceOf(spec: PatternSpec): string {
  if (spec.phrase !== undefined) return `^${AROUND}${literal(spec.phrase)}${AROUND}$`;
  if (spec.prefix !== undefined) {
    // A prefix ending in a letter must end a word there ("Tags" is not the start of "Tagsmith").
    const boundary = /[\p{L}\p{N}]$/u.test(spec.prefix) ? String.raw`(?![\p{L}\p{N}])` : '';
    return `^${AROUND}${literal(spec.prefix)}${boundary}${AROUND}(?<value>.*)$`;
  }
  return foldPatternSource(spec.regex ?? '');
}

/** Compiles a spec; throws the engine's SyntaxError for an invalid regex. */
export function compilePattern(spec: PatternSpec, origin: string): FurniturePattern {
  return {
    name: spec.name,
    lang: spec.lang ?? 'any',
    where: spec.where ?? 'edge',
    maxLength: spec.maxLength ?? DEFAULT_MAX_LENGTH,
    kind: spec.kind,
    provides: spec.provides ?? (spec.kind ? PROVIDES_OF_KIND[spec.kind] : undefined),
    joinNext: spec.joinNext ?? false,
    regex: new RegExp(sourceOf(spec), 'diu'),
    origin,
  };
}

/** The built-in patterns, compiled. */
export const DEFAULT_RULES: CleaningRules = {
  patterns: DEFAULT_PATTERNS.map((spec) => ({
    ...compilePattern(spec, 'built-in'),
    check: DEFAULT_CHECKS[spec.name],
    ...(ALONGSIDE.has(spec.name) ? { alongside: true } : {}),
    ...(DEFAULT_READINGS[spec.name] ? { reads: DEFAULT_READINGS[spec.name] } : {}),
  })),
};

/** Ordinary sentences that a pattern matching them would remove from any text. */
const PROSE = [
  'The minister said on Friday that the talks would resume next week.',
  'وقال الوزير يوم الجمعة إن المحادثات ستستأنف الأسبوع المقبل.',
];

/**
 * Parses `content/cleaning.yaml` (its text and its path for messages). The rules returned are
 * usable even when there are problems: the built-in list plus every pattern that is valid.
 */
export function parseCleaningRules(text: string, file: string): { rules: CleaningRules; diagnostics: Diagnostic[] } {
  const yaml = readYaml(text.replace(/^\uFEFF/, ''), file);
  const diagnostics = [...yaml.diagnostics];
  if (yaml.value === undefined || yaml.value === null) return { rules: DEFAULT_RULES, diagnostics };
  if (!isRecord(yaml.value)) {
    diagnostics.push({
      severity: 'error',
      file,
      line: 1,
      column: 1,
      message: 'cleaning rules must be “key: value” lines (builtin, disable, learn, talk, patterns)',
    });
    return { rules: DEFAULT_RULES, diagnostics };
  }
  diagnostics.push(...unknownKeys(yaml, ['builtin', 'disable', 'learn', 'talk', 'patterns']));
  const top = validateYaml(yaml, ruleFileSchema);
  diagnostics.push(...top.diagnostics);
  const settings = top.data ?? { builtin: true, disable: [], learn: false, talk: false, patterns: [] };

  const builtinNames = new Set(DEFAULT_RULES.patterns.map((p) => p.name));
  const kinds = new Set<string>(DEFAULT_RULES.patterns.flatMap((p) => (p.kind ? [p.kind] : [])));
  settings.disable.forEach((name, i) => {
    if (!builtinNames.has(name) && !kinds.has(name) && !(name in FORMER_NAMES)) {
      diagnostics.push({
        severity: 'warning',
        file,
        ...yaml.positionOf(['disable', String(i)]),
        message: `disable: there is no built-in pattern or kind named “${name}”`,
      });
    }
  });

  const own: FurniturePattern[] = [];
  const seen = new Map<string, number>();
  settings.patterns.forEach((_, i) => {
    const at = ['patterns', String(i)];
    diagnostics.push(...unknownKeys(yaml, PATTERN_KEYS, at));
    const checked = validateYaml(yaml, patternSchema, at);
    diagnostics.push(...checked.diagnostics);
    const spec = checked.data;
    if (!spec) return;
    const position = yaml.positionOf(at);
    const origin = position ? `${file}:${position.line}` : file;
    const earlier = seen.get(spec.name);
    if (earlier !== undefined) {
      diagnostics.push({
        severity: 'error',
        file,
        ...yaml.positionOf([...at, 'name']),
        message: `pattern name “${spec.name}” is already used on line ${earlier}`,
      });
      return;
    }
    seen.set(spec.name, position?.line ?? 0);
    let pattern: FurniturePattern;
    try {
      pattern = compilePattern(spec, origin);
    } catch (error) {
      const reason =
        error instanceof Error
          ? error.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '')
          : String(error);
      diagnostics.push({
        severity: 'error',
        file,
        ...yaml.positionOf([...at, 'regex']),
        message: `regex of pattern “${spec.name}” is not a valid JavaScript regular expression: ${reason}`,
      });
      return;
    }
    const swallowed = ['', ...PROSE].filter((line) => pattern.regex.test(foldLineText(line)));
    if (swallowed.length > 0) {
      diagnostics.push({
        severity: 'error',
        file,
        ...yaml.positionOf([...at, spec.regex ? 'regex' : spec.phrase ? 'phrase' : 'prefix']),
        message: `pattern “${spec.name}” matches ${swallowed[0] === '' ? 'an empty line' : 'an ordinary sentence'}, so it would remove prose; anchor it to the words of the furniture`,
      });
      return;
    }
    // A name the built-in list had before kinds stands for its kind's patterns now.
    const kind = FORMER_NAMES[spec.name];
    if (builtinNames.has(spec.name) || kind !== undefined) {
      diagnostics.push({
        severity: 'notice',
        file,
        ...position,
        message: builtinNames.has(spec.name)
          ? `pattern “${spec.name}” replaces the built-in pattern of that name`
          : `pattern “${spec.name}” replaces the built-in patterns of the kind ${kind}`,
      });
    }
    own.push(pattern);
  });

  const replaced = new Set<string>(own.map((p) => p.name));
  const replacedKinds = new Set<string>(own.flatMap((p) => (FORMER_NAMES[p.name] ? [FORMER_NAMES[p.name]] : [])));
  // A kind's name turns off all its patterns; so does a name the built-in list had before kinds.
  const off = new Set<string>(settings.disable.map((name) => FORMER_NAMES[name] ?? name));
  const builtin = settings.builtin
    ? DEFAULT_RULES.patterns.filter(
        (p) => !off.has(p.name) && !replaced.has(p.name) && !(p.kind && (off.has(p.kind) || replacedKinds.has(p.kind))),
      )
    : [];
  return { rules: { patterns: [...own, ...builtin], repeated: settings.learn, talk: settings.talk }, diagnostics };
}

/** A line recognised as furniture. */
export interface FurnitureMatch {
  pattern: FurniturePattern;
  /** The text of the `value` group in the original line (trimmed); '' when the group matched nothing. */
  value?: string;
  /** The line stops where its value should begin, so the next line may carry the value. */
  open: boolean;
}

/**
 * A line folded for furniture matching: `foldLineText`, except that a tatweel standing alone
 * between spaces is the dash Arabic pages write with it ("كتب ـ فلان"), not a letter's stretch.
 */
export function foldFurnitureLine(line: string): string {
  return foldLineText(spacedTatweelAsDash(line));
}

/**
 * The same length as `line`, so offsets into it stay valid. A run of tatweels is one dash ("كتب ــ
 * فلان"), padded with spaces, or the separator would leave a dash before the name.
 */
const spacedTatweelAsDash = (line: string) =>
  line.includes('ـ') ? line.replace(/(?<=^|\s)ـ+(?=\s|$)/gu, (run) => '-'.padEnd(run.length, ' ')) : line;

/**
 * A line that stops where its value should start: after a separator or a word that introduces a
 * name ("Read the whole story from", "الصورة:"), not after a closing bracket ("(File photo)").
 */
const ENDS_OPEN = /(?:[:\-|–—/ـ]|(?<![\p{L}\p{N}])(?:from|by|via|at|on|of|in|courtesy|على|من|عن|في|عبر|لـ?))\s*$/iu;

/** Whether `line` is a flagged headline (`isFlaggedHeadline`) whose words after the flag are no furniture of `rules`. */
export function isHeadlineAfterFlag(line: string, lang: Lang, rules: CleaningRules): boolean {
  if (!isFlaggedHeadline(line, lang)) return false;
  const after = afterFlag(line);
  return after === undefined || matchFurniture(after, lang, rules) === undefined;
}

/** The first pattern of `rules` for `lang` that recognises `line` as furniture; `folded` is `foldFurnitureLine(line)` if known. */
export function matchFurniture(
  line: string,
  lang: Lang,
  rules: CleaningRules,
  folded?: string,
): FurnitureMatch | undefined {
  return matchLine(line, lang, rules, folded, true);
}

/**
 * `matchFurniture`; `unname` says whether a line no pattern takes may be read again without the
 * outlet's name. A line read so is not read so again: its parts are shorter names of the same outlet.
 */
function matchLine(
  line: string,
  lang: Lang,
  rules: CleaningRules,
  folded: string | undefined,
  unname: boolean,
): FurnitureMatch | undefined {
  // A headline after its flag is the text's, whatever label its flag shares with furniture; a flag
  // before furniture ("Opinion: by Jane Doe", "مباشر: آخر تحديث الساعة ١٤:٣٢") heads no headline,
  // and the line is that furniture.
  const flagged = isFlaggedHeadline(line, lang);
  const after = flagged ? afterFlag(line) : undefined;
  const inner = after === undefined ? undefined : matchLine(after, lang, rules, undefined, unname);
  if (inner) return inner;
  // Someone's words reported in the line make it the article's, for every built-in pattern.
  const reported = reportsSpeech(line, lang);
  for (const pattern of rules.patterns) {
    if (pattern.lang !== 'any' && pattern.lang !== lang) continue;
    if ((flagged || reported) && pattern.origin === 'built-in') continue;
    if (line.length > pattern.maxLength) continue;
    folded ??= foldFurnitureLine(line);
    const match = pattern.regex.exec(folded);
    if (!match) continue;
    const span = match.indices?.groups?.value;
    // The value is cut from the original line, so it keeps its case and spelling.
    let value = span
      ? line.slice(...originalRange(foldLine(spacedTatweelAsDash(line)), span[0], span[1])).trim()
      : match.groups?.value === undefined
        ? undefined
        : '';
    // A pictograph closing the line is its decoration, none of its value ("Lens: Jane Doe 📸").
    value = value?.replace(TRAILING_PICTOGRAPHS, '');
    const checked = pattern.check ? pattern.check(line, value, lang) : true;
    if (checked === false) continue;
    if (typeof checked === 'string') value = checked;
    return { pattern, value, open: pattern.joinNext && value === '' && ENDS_OPEN.test(line) };
  }
  // A pictograph opening a line is the page's decoration ("📢 إعلان مدفوع", "🔔 Turn on alerts"): the
  // words after it decide. (A hand pointing to a link is a shape of its own, tried with the line.)
  // So may one closing it ("عدسة فلان 📸", "Lens: Jane Doe 📸"), and a mark that ends a heading to
  // fold its list away ("التعليقات (92) ▼", "Comments ▾").
  // Round 34: so may a bullet or a link's arrow before it ("• Subscribe to Up Here magazine", "← اشتركي في
  // المجلة"), an arrow or a chevron after it ("Buy the print issue →", "أخبار صيدا الأخرى »"), and a
  // count closing a list's heading ("Letters to the editor (3)", "رسائل القراء (3)").
  const words = line
    .replace(LEADING_PICTOGRAPHS, '')
    .replace(LEADING_BULLETS, '')
    .replace(TRAILING_PICTOGRAPHS, '')
    .replace(TRAILING_MARKS, '')
    .replace(TRAILING_POINTERS, '')
    .replace(TRAILING_COUNT, '');
  if (words !== line && words.trim() !== '') return matchLine(words, lang, rules, undefined, unname);
  return flagged || reported || !unname ? undefined : matchWithoutOutlet(line, lang, rules);
}

/** Round 32: a prompt with the outlet's name in it, read without the name (`withoutOutletName`). */
function matchWithoutOutlet(line: string, lang: Lang, rules: CleaningRules): FurnitureMatch | undefined {
  if (line.length > 100) return undefined;
  for (const candidate of withoutOutletName(line, lang)) {
    const found = matchLine(candidate, lang, rules, undefined, false);
    if (
      found?.pattern.origin === 'built-in' &&
      found.pattern.kind !== undefined &&
      OUTLET_NAMED_KINDS.has(found.pattern.kind)
    )
      return found;
  }
  return undefined;
}

const TRAILING_MARKS = /\s+[\u25B2-\u25BF\u25C0-\u25C5\u2303\u2304\u02C5\u02C4]+\s*$/u;
// A bullet or an arrow opening a line; not a guillemet that opens a quotation ("«سنفوز»").
const LEADING_BULLETS = /^\s*(?:[•◦▪▫‣⁃∙►▸▹➤➔➜➝➞→←⟶⟵»›❯❱]|>>)\s+/u;
// An arrow or a chevron closing a line after a space; a guillemet that closes a quotation has none.
const TRAILING_POINTERS = /\s+(?:[»›→←⟶⟵❯❱➔➜➝➞➤]|>>)\s*$/u;
// A count, or a piece's length in minutes ("Listen to this story (3 min)", "استمع إلى هذا الخبر (3 دقائق)").
const TRAILING_COUNT = /\s+\([\d٠-٩]{1,4}(?:\s*(?:min|mins|minutes?|دقيقه|دقيقة|دقائق|د))?\)\s*$/u;

// Round 27: a button's icon may be a glyph of a machine's key or a window rather than an emoji ("طباعة
// المقال ⎙", "Print article ⎙", "Copy link ⧉"): the Miscellaneous Technical block, and two joined squares.
const ICON = String.raw`[\p{Extended_Pictographic}\u2300-\u23FF\u29C9]`;
const LEADING_PICTOGRAPHS = new RegExp(String.raw`^\s*(?:${ICON}[\uFE0F\u200D\p{Extended_Pictographic}]*\s*)+`, 'u');
const TRAILING_PICTOGRAPHS = new RegExp(
  String.raw`(?<=\S)\s+(?:${ICON}[\uFE0F\u200D\p{Extended_Pictographic}]*\s*)+$`,
  'u',
);
