/**
 * A generated (`txt`) edition rendered to HTML in memory, once: its paragraphs as an mdast tree
 * (the tree `editionToMdx` writes to the readable MDX file), glossed by `glossTree`, turned into
 * hast, direction-marked by rehype-bidi and serialised. No MDX is compiled and no Vite module is
 * made: the text is Hamish's own, and holds no code.
 *
 * What the MDX compiler did on the way, and which the tree must get here too: GFM turns bare
 * web and e-mail addresses into links while parsing (see `literal-text.ts`), and CommonMark
 * replaces U+0000 with U+FFFD.
 */
import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toHast } from 'mdast-util-to-hast';
import { unified, type Processor } from 'unified';
import type { CompiledGlossary } from '../../core/glossary/index.ts';
import { literalParagraph } from '../../core/edition/index.ts';
import type { Edition, Lang } from '../../core/types.ts';
import { rehypeBidi } from '../../plugins/rehype-bidi/index.ts';
import { glossTree, type GlossaryFacts, type GlossaryLabels } from '../../plugins/remark-glossary/index.ts';

/** The transforms GFM applies to the tree after parsing (literal autolinks). */
const GFM_TRANSFORMS = gfmFromMarkdown().flatMap((extension) => extension.transforms ?? []);

/** One rehype-bidi per language: its options are the language. */
const bidi = new Map<Lang, Processor<undefined, HastRoot, HastRoot>>();

function bidiFor(lang: Lang): Processor<undefined, HastRoot, HastRoot> {
  let processor = bidi.get(lang);
  if (!processor) {
    processor = unified().use(rehypeBidi, { lang }).freeze();
    bidi.set(lang, processor);
  }
  return processor;
}

/** What rendering an edition gives. */
export interface RenderedEdition {
  /** The text, its markers and its notes, as hast: what later steps (alignment) may extend before `toHtml`. */
  tree: HastRoot;
  /** The glossary's record of the edition; block indices are paragraph indices (see `paragraphLines`). */
  facts: GlossaryFacts;
  /** The source line of each paragraph, in order. */
  paragraphLines: number[];
}

/** The mdast of a `txt` edition's reading text, one paragraph per `Paragraph`, and their source lines. */
export function editionTree(edition: Edition): { tree: Root; paragraphLines: number[] } {
  const tree: Root = { type: 'root', children: [] };
  const paragraphLines: number[] = [];
  for (const { text, line } of edition.paragraphs) {
    const paragraph = literalParagraph(text.replaceAll('\0', '\uFFFD'));
    if (!paragraph) continue;
    tree.children.push(paragraph);
    paragraphLines.push(line);
  }
  for (const transform of GFM_TRANSFORMS) transform(tree);
  return { tree, paragraphLines };
}

/**
 * Renders a `txt` edition: glossed with `glossary`, entry links under `base`, the notes' words from
 * `labels` (the UI strings as the publisher's options leave them; Hamish's own by default).
 */
export function renderEdition(
  edition: Edition,
  glossary: CompiledGlossary,
  base: string,
  labels?: Partial<GlossaryLabels>,
): RenderedEdition {
  const { tree, paragraphLines } = editionTree(edition);
  const facts = glossTree(tree, { glossary, lang: edition.lang, base, labels });
  const hast = toHast(tree) as HastRoot;
  bidiFor(edition.lang).runSync(hast);
  return { tree: hast, facts, paragraphLines };
}

/** The HTML of a rendered tree. */
export function toEditionHtml(tree: HastRoot): string {
  return toHtml(tree);
}
