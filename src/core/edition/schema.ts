/**
 * The front matter of a generated edition file, validated by the Astro content config for the
 * `editions` collection. Importing this module has no side effects.
 */
import { z } from 'zod';
import { editionMetaSchema, lineSchema, type Edition } from '../types.ts';

/**
 * Front matter of a generated edition: every `Edition` field except the text itself (the same
 * schema, so the two cannot drift apart), plus `generated: true` so a hand-written file can never
 * pass for a generated one, and `paragraphLines`, the source line of each body paragraph in order
 * (`txt` sources only). Strict: a key the generator does not write is a sign of a stale or
 * hand-edited file.
 */
export const editionFrontmatter = editionMetaSchema.extend({
  generated: z.literal(true),
  paragraphLines: z.array(lineSchema).optional(),
});

/** The front matter of a generated edition, as validated. */
export type EditionFrontmatter = z.infer<typeof editionFrontmatter>;

/** Every front-matter field that comes straight from `Edition` (alignment overrides stay in the sidecar). */
export type EditionMeta = Omit<Edition, 'paragraphs' | 'body' | 'alignOverrides'>;
