/**
 * How often glossary entries occur in a Markdown or MDX document, counted on exactly the text the
 * plugin glosses (see `glossableTexts`), for the entry pages.
 */
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { countOccurrences, type CompiledGlossary } from '../../core/glossary/index.ts';
import type { Lang } from '../../core/types.ts';
import { glossableTexts } from './text-nodes.ts';

const mdxParser = unified().use(remarkParse).use(remarkMdx);
const markdownParser = unified().use(remarkParse);

/**
 * Occurrences of each entry in the running text of `source` (MDX unless `mdx` is false), a
 * document in `lang`; entries that do not occur are absent. `source` is the body, without front
 * matter (as `getCollection` gives it).
 */
export function countOccurrencesInMdx(
  glossary: CompiledGlossary,
  source: string,
  lang: Lang,
  { mdx = true }: { mdx?: boolean } = {},
): Map<string, number> {
  const tree = (mdx ? mdxParser : markdownParser).parse(source);
  const counts = new Map<string, number>();
  for (const { node } of glossableTexts(tree)) {
    for (const [id, n] of countOccurrences(glossary, node.value, lang)) counts.set(id, (counts.get(id) ?? 0) + n);
  }
  return counts;
}
