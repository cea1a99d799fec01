/**
 * The YAML front matter block of a generated edition.
 */
import { Document, isSeq } from 'yaml';
import type { Edition } from '../types.ts';
import type { EditionFrontmatter } from './schema.ts';

/**
 * The front matter for `edition`. Fields are picked one by one, never spread, so a field added
 * to `Edition` later cannot leak into files the strict schema would then reject.
 */
export function editionFrontmatterOf(edition: Edition, paragraphLines?: number[]): EditionFrontmatter {
  const { slug, lang, format, sourceFile, encoding, title, titleDerived } = edition;
  const { date, updated, time, author, dateline, source, url, imageCredit, excerpt, relation } = edition;
  const tags = edition.tags?.map((tag) => (typeof tag === 'string' ? tag : definedOnly({ en: tag.en, ar: tag.ar })));
  const removed = edition.removed.map(({ reason, text, line, pattern, kind, repeats }) =>
    definedOnly({ reason, text, line, pattern, kind, repeats }),
  ) as EditionFrontmatter['removed'];
  const optional = {
    date,
    updated,
    time,
    author,
    tags,
    dateline,
    source,
    url,
    imageCredit,
    excerpt,
    relation,
    paragraphLines,
  };
  return {
    generated: true,
    slug,
    lang,
    format,
    sourceFile,
    encoding,
    title,
    titleDerived,
    ...definedOnly(optional),
    removed,
  };
}

/**
 * `frontmatter` as a `---` fenced YAML block, ending with a newline, with `comment` as a YAML comment on top.
 *
 * Every string is double-quoted: Astro reads front matter with js-yaml, whose schema turns plain
 * `2017-05-05` into a Date and `0b1` into a number, and double quotes (with escapes for control
 * characters) are read back as the same string by any YAML parser. Lines are never folded, so no
 * line of the block can start with the `---` that ends it.
 */
export function frontmatterBlock(frontmatter: EditionFrontmatter, comment: string): string {
  const doc = new Document(frontmatter);
  // A line break would end the comment and let the rest be read as YAML.
  doc.commentBefore = ` ${comment.replace(/[\r\n\u0085\u2028\u2029]/g, ' ')}`;
  const lines = doc.get('paragraphLines', true);
  if (isSeq(lines)) lines.flow = true;
  const yaml = doc.toString({ lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  return `---\n${yaml}---\n`;
}

/** `record` without its `undefined` fields, which YAML would write as `null`. */
function definedOnly<T extends object>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Partial<T>;
}
