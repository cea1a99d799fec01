/**
 * rehype plugin that marks up the direction of mixed Arabic–English text at build time, following
 * W3C's "Inline markup and bidirectional text in HTML"
 * (https://www.w3.org/International/articles/inline-bidi-markup/).
 *
 * W3C's rule is: when the direction of an inline phrase is known, put `dir` on an element around it;
 * use `<bdi>` (or `dir="auto"`) only when it is not known, as with text inserted at run time. Here the
 * direction is always known — it is computed from the run's own letters — so runs are wrapped in
 * `<span dir="…">`. HTML gives every element with `dir` `unicode-bidi: isolate`, so that span isolates
 * exactly as `<bdi>` would, and states its direction instead of leaving the browser to guess it from
 * the first strong letter — a guess that "+33" or "26%", having no letter, would win only by the
 * accident of the ltr default. The span also carries `lang` where the run's script says more than the
 * language around it, for fonts, hyphenation and screen readers.
 */
import type { Element, ElementContent, Parents, Root, RootContent, Text } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { z } from 'zod';
import { directionOf, scriptOf } from './language.ts';
import { findDirectionalRuns, firstStrongDirection, type Dir, type DirectionalRun } from '../../core/bidi/index.ts';

export {
  findDirectionalRuns,
  firstStrongDirection,
  isolate,
  type Dir,
  type DirectionalRun,
  type RunKind,
} from '../../core/bidi/index.ts';

/** Options of `rehypeBidi`. */
export interface RehypeBidiOptions {
  /**
   * Language of the content when the tree does not say (a fragment has no `<html lang>`); its
   * direction is the base direction. The edition's `lang` in `file.data.astro.frontmatter` wins over
   * it. Without either, the base direction is ltr, as in HTML.
   */
  lang?: string;
  /** Whether an element is a footnote reference, to be isolated from the word before it. */
  isFootnoteRef?: (element: Element) => boolean;
  /** Elements whose content is never looked at or changed. */
  ignore?: readonly string[];
}

/**
 * The default footnote reference: what remark-gfm makes (`<sup><a href="#…" data-footnote-ref>`),
 * any element with `data-footnote-ref`, and any element of class `fn-ref`.
 */
export function isFootnoteRef(element: Element): boolean {
  const { dataFootnoteRef, className } = element.properties;
  if (dataFootnoteRef !== undefined && dataFootnoteRef !== false) return true;
  if (Array.isArray(className) && className.includes('fn-ref')) return true;
  return element.tagName === 'sup' && hasLocalLink(element);
}

function hasLocalLink(element: Element): boolean {
  return element.children.some(
    (child) =>
      child.type === 'element' &&
      ((child.tagName === 'a' && String(child.properties.href ?? '').startsWith('#')) || hasLocalLink(child)),
  );
}

/** Code and preformatted text keep their characters exactly; SVG and MathML are not bidi text. */
const DEFAULT_IGNORE = ['code', 'kbd', 'samp', 'pre', 'script', 'style', 'template', 'textarea', 'svg', 'math'];

/** Inline elements whose text belongs to the paragraph around them (they do not isolate). */
const INLINE = new Set(
  'a abbr b bdo cite code data del dfn em font i ins kbd label mark nobr output q rb rp rt rtc ruby s samp small span strong sub sup time u var'.split(
    ' ',
  ),
);
/** Inline elements that stand in a line as one object (UAX #9: U+FFFC, a neutral). */
const OBJECTS = new Set(
  'audio button canvas embed iframe img input math meter object picture progress script select style svg template textarea video'.split(
    ' ',
  ),
);
/** Elements that are never rendered: nothing in a paragraph's text. */
const HIDDEN = new Set(['script', 'style', 'template']);
/** What an object or isolated element is in a paragraph's text: a neutral that runs may span. */
const OBJECT = '\uFFFC';
/** What a `<br>` is: a break that no run crosses. */
const BREAK = '\n';

const OptionsSchema = z.strictObject({
  lang: z
    .string()
    .refine((tag) => directionOf(tag) !== undefined, 'expected a BCP 47 language tag')
    .optional(),
  isFootnoteRef: z
    .custom<(element: Element) => boolean>((v) => typeof v === 'function', 'expected a function')
    .optional(),
  ignore: z.array(z.string()).readonly().optional(),
});

/** The part of Astro's file data that tells the edition's language. */
const AstroLang = z.object({ astro: z.object({ frontmatter: z.object({ lang: z.string() }) }) });

/** The direction and language in force at a point of the tree. */
interface Context {
  dir: Dir;
  lang: string | undefined;
}

interface Settings {
  isFootnoteRef: (element: Element) => boolean;
  ignore: ReadonlySet<string>;
}

/** A text node of a paragraph: where its text starts in the paragraph, and its ancestors there. */
interface Segment {
  node: Text;
  /** From the paragraph's block down to the node's parent. */
  path: Parents[];
  start: number;
}

/** The text of one bidi paragraph (a block's inline content) and the nodes it came from. */
interface Paragraph {
  parts: string[];
  length: number;
  segments: Segment[];
  /** Where each inline element's text starts and ends in the paragraph. */
  ranges: Map<Parents, readonly [number, number]>;
  /** The language each container inherits or sets. */
  langs: Map<Parents, string | undefined>;
}

/** Marks up bidi runs and footnote references; see the module comment. */
const rehypeBidi: Plugin<[RehypeBidiOptions?], Root> = function (options) {
  const parsed = OptionsSchema.parse(options ?? {});
  const settings: Settings = {
    isFootnoteRef: parsed.isFootnoteRef ?? isFootnoteRef,
    ignore: new Set(parsed.ignore ?? DEFAULT_IGNORE),
  };
  return (tree, file) => {
    const fromFile = AstroLang.safeParse(file.data).data?.astro.frontmatter.lang;
    const lang = fromFile !== undefined && directionOf(fromFile) !== undefined ? fromFile : parsed.lang;
    markBlock(tree, { dir: (lang !== undefined && directionOf(lang)) || 'ltr', lang }, settings);
  };
};

export default rehypeBidi;
export { rehypeBidi };

function langOf(element: Element): string | undefined {
  const { lang } = element.properties;
  return typeof lang === 'string' ? lang : undefined;
}

/** The context inside a block, from the context around it: its `dir`, else its `lang`, else the outer one. */
function contextOf(element: Element, outer: Context): Context {
  const own = langOf(element);
  const lang = own ?? outer.lang;
  const dir = String(element.properties.dir ?? '').toLowerCase();
  if (dir === 'ltr' || dir === 'rtl') return { dir, lang };
  if (dir === 'auto') return { dir: firstStrongDirection(autoText(element)) ?? 'ltr', lang };
  return { dir: (own !== undefined && directionOf(own)) || outer.dir, lang };
}

/** The text HTML's `dir="auto"` looks at: all of it but scripts, styles, and isolated descendants. */
function autoText(parent: Parents): string {
  return parent.children
    .map((child) => {
      if (child.type === 'text') return child.value;
      if (child.type !== 'element' || ['bdi', 'script', 'style', 'textarea'].includes(child.tagName)) return '';
      return child.properties.dir === undefined ? autoText(child) : '';
    })
    .join('');
}

/** `text` with collapsible white space as the space it is to the bidi algorithm, one for one. */
function collapsible(text: string): string {
  return text.replace(/[\t\n\f\r]/g, ' ');
}

/** Marks up every paragraph of `block` and of the blocks inside it. */
function markBlock(block: Parents, context: Context, settings: Settings): void {
  let paragraph = newParagraph(block, context.lang);
  const end = () => {
    markParagraph(paragraph, context.dir);
    paragraph = newParagraph(block, context.lang);
  };
  const push = (text: string) => {
    paragraph.parts.push(text);
    paragraph.length += text.length;
  };
  const walk = (parent: Parents, path: Parents[], lang: string | undefined): void => {
    // A copy: marking a paragraph that ends here rewrites the children before this point.
    for (const node of [...parent.children] as RootContent[]) {
      if (node.type === 'text') {
        paragraph.segments.push({ node, path, start: paragraph.length });
        push(collapsible(node.value));
      } else if (node.type === 'element') {
        const tag = node.tagName;
        const inline = INLINE.has(tag) || OBJECTS.has(tag) || tag === 'bdi' || tag === 'br' || tag === 'wbr';
        if (settings.ignore.has(tag)) {
          // Its visible text still takes part in the paragraph's bidi, but it is not a segment, so no
          // run can begin or end inside it; a run may only pass over it whole.
          if (!inline) end();
          else if (HIDDEN.has(tag)) continue;
          else push(OBJECTS.has(tag) ? OBJECT : collapsible(toString(node)));
        } else if (node.properties.dir !== undefined || tag === 'bdi') {
          // An author's isolate: an inline one is a phrase already taken care of and left whole; a
          // block one sets the direction of its own paragraphs.
          if (inline) {
            push(OBJECT);
          } else {
            end();
            markBlock(node, contextOf(node, { dir: context.dir, lang }), settings);
          }
        } else if (settings.isFootnoteRef(node)) {
          node.properties.dir = context.dir;
          push(OBJECT);
        } else if (tag === 'br') {
          push(BREAK);
        } else if (OBJECTS.has(tag)) {
          push(OBJECT);
        } else if (INLINE.has(tag)) {
          const own = langOf(node) ?? lang;
          const start = paragraph.length;
          const current = paragraph;
          current.langs.set(node, own);
          walk(node, [...path, node], own);
          if (current === paragraph) current.ranges.set(node, [start, current.length]);
        } else if (tag !== 'wbr') {
          end();
          markBlock(node, contextOf(node, { dir: context.dir, lang }), settings);
        }
      } else if ('children' in node) {
        // Another kind of parent, such as an MDX JSX element: its own content, an object here.
        const flow = !String((node as { type: string }).type).endsWith('TextElement');
        if (flow) end();
        else push(OBJECT);
        markBlock(node, { dir: context.dir, lang }, settings);
      } else if (node.type !== 'comment' && node.type !== 'doctype') {
        push(OBJECT); // raw HTML or an MDX expression: never read, never changed
      }
    }
  };
  walk(block, [block], context.lang);
  end();
}

function newParagraph(block: Parents, lang: string | undefined): Paragraph {
  return { parts: [], length: 0, segments: [], ranges: new Map(), langs: new Map([[block, lang]]) };
}

function markParagraph(paragraph: Paragraph, dir: Dir): void {
  if (paragraph.segments.length === 0) return;
  const runs = findDirectionalRuns(paragraph.parts.join(''), dir);
  // Right to left, so that the nodes and offsets an earlier run refers to stay as they were.
  for (let i = runs.length - 1; i >= 0; i--) wrapRun(paragraph, runs[i]);
}

/** The text node holding the paragraph's character at `offset`. */
function locate(paragraph: Paragraph, offset: number): Segment | undefined {
  const { segments } = paragraph;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const found = segments[lo];
  return found && found.start <= offset && offset < found.start + found.node.value.length ? found : undefined;
}

/**
 * Wraps the nodes of `run` in a span, splitting text nodes only at the run's edges. A run that starts
 * or ends strictly inside an inline element it does not fill (`<em>قال Emmanuel</em> Macron`) is left
 * as it is: wrapping its pieces separately would isolate them from each other and reverse their order,
 * and splitting the element would duplicate links and ids. The bidi algorithm already keeps such a
 * run's inside in order, since inline elements without `dir` do not isolate.
 */
function wrapRun(paragraph: Paragraph, run: DirectionalRun): void {
  const a = locate(paragraph, run.start);
  const b = locate(paragraph, run.end - 1);
  if (!a || !b) return;
  let depth = 1;
  while (depth < a.path.length && depth < b.path.length && a.path[depth] === b.path[depth]) depth++;
  const parent = a.path[depth - 1];
  const first = (a.path[depth] ?? a.node) as ElementContent;
  const last = (b.path[depth] ?? b.node) as ElementContent;
  if (first !== a.node && paragraph.ranges.get(first as Element)?.[0] !== run.start) return;
  if (last !== b.node && paragraph.ranges.get(last as Element)?.[1] !== run.end) return;

  if (last === b.node && run.end - b.start < b.node.value.length) cut(parent, b.node, run.end - b.start);
  let from = first;
  let to = last;
  if (first === a.node && run.start > a.start) {
    from = cut(parent, a.node, run.start - a.start);
    if (last === a.node) to = from;
  }
  const inherited = paragraph.langs.get(parent);
  const lang =
    run.lang !== undefined && (inherited === undefined || scriptOf(inherited) !== scriptOf(run.lang))
      ? run.lang
      : undefined;
  const i = parent.children.indexOf(from);
  const j = parent.children.indexOf(to);
  const span: Element = {
    type: 'element',
    tagName: 'span',
    properties: lang === undefined ? { dir: run.dir } : { dir: run.dir, lang },
    children: parent.children.slice(i, j + 1) as ElementContent[],
  };
  parent.children.splice(i, j - i + 1, span);
}

/** Cuts `node` at `offset`: it keeps the text before, a new text node after it takes the rest. */
function cut(parent: Parents, node: Text, offset: number): Text {
  const rest: Text = { type: 'text', value: node.value.slice(offset) };
  node.value = node.value.slice(0, offset);
  delete node.position; // no longer the source span of this text
  parent.children.splice(parent.children.indexOf(node) + 1, 0, rest);
  return rest;
}
