/** An edition for the tests that need one without ingesting a source. */
import type { Edition } from '../types.ts';

/**
 * A plain-text edition (`documents/x.en.txt` unless `fields` say otherwise) with nothing removed
 * and a title the editor gave, with `fields` set.
 */
export function testEdition(fields: Partial<Edition> = {}): Edition {
  const { slug = 'x', lang = 'en', format = 'txt' } = fields;
  return {
    slug,
    lang,
    format,
    sourceFile: `documents/${slug}.${lang}.${format}`,
    encoding: 'UTF-8',
    title: 'T',
    titleDerived: false,
    paragraphs: [],
    removed: [],
    ...fields,
  };
}
