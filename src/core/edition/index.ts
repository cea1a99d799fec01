/** Editions as safe, generated MDX files. */
export { editionFrontmatter, type EditionFrontmatter } from './schema.ts';
export { editionToMdx, generatedNotice } from './to-mdx.ts';
export { annotateSourceLines } from './source-lines.ts';
export { LITERAL_OPTIONS, LITERAL_UNSAFE, literalParagraph } from './literal-text.ts';
