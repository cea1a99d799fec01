/**
 * The front matter of a generated edition file, validated by the Astro content config for the
 * `editions` collection. Importing this module has no side effects.
 */
import { z } from 'zod';
import type { Edition, Lang, Relation, RemovalReason, SourceFormat } from '../types.ts';
import { furnitureKind } from '../ingest/furniture-labels.ts';

const lang = z.enum(['ar', 'en'] as const satisfies readonly Lang[]);
const format = z.enum(['txt', 'md', 'mdx'] as const satisfies readonly SourceFormat[]);
const relation = z.enum(['translation', 'coverage'] as const satisfies readonly Relation[]);
const removalReason = z.enum([
  'repeated-article',
  'repeated-paragraph',
  'furniture',
  'headline',
] as const satisfies readonly RemovalReason[]);

/** A 1-based line number in a source file. */
const line = z.number().int().positive();

/** A line of the source that cleaning took out of the reading text. */
const removal = z.strictObject({
  reason: removalReason,
  text: z.string(),
  line,
  pattern: z.string().optional(),
  kind: furnitureKind.optional(),
});

/**
 * Front matter of a generated edition: every `Edition` field except the text itself, plus
 * `generated: true` so a hand-written file can never pass for a generated one, and
 * `paragraphLines`, the source line of each body paragraph in order (`txt` sources only).
 * Strict: a key the generator does not write is a sign of a stale or hand-edited file.
 */
export const editionFrontmatter = z.strictObject({
  generated: z.literal(true),
  slug: z.string().min(1),
  lang,
  format,
  sourceFile: z.string().min(1),
  encoding: z.string().min(1),
  title: z.string(),
  titleDerived: z.boolean(),
  date: z.string().optional(),
  time: z.string().optional(),
  author: z.string().optional(),
  tags: z.array(z.string()).optional(),
  dateline: z.string().optional(),
  source: z.string().optional(),
  url: z.string().optional(),
  imageCredit: z.string().optional(),
  excerpt: z.string().optional(),
  relation: relation.optional(),
  removed: z.array(removal),
  paragraphLines: z.array(line).optional(),
});

/** The front matter of a generated edition, as validated. */
export type EditionFrontmatter = z.infer<typeof editionFrontmatter>;

/** Every front-matter field that comes straight from `Edition`. */
export type EditionMeta = Omit<Edition, 'paragraphs' | 'body'>;

// The schema and `Edition` must describe the same fields: this fails to type-check if either side
// gains or changes a field the other does not have.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Fields = Omit<EditionFrontmatter, 'generated' | 'paragraphLines'>;
const inSync: [Same<Fields, EditionMeta>, Same<keyof Fields, keyof EditionMeta>] = [true, true];
void inSync;
