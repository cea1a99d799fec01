/**
 * XHTML for EPUB content documents: hast serialised as XML. hast-util-to-html writes HTML, which
 * is XML only under conditions this module makes hold: every void element closed (`<br />`), no
 * optional tag left out, every attribute quoted with a value (no bare boolean attributes: the book
 * trees carry none, see `book-tree.ts`), an uppercase doctype, and no character XML 1.0 forbids
 * (C0 controls other than tab and newline, U+FFFE/U+FFFF, lone surrogates), which a source text
 * may hold and HTML tolerates.
 */
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { DIR, type Lang } from '../types.ts';

export const XHTML_NS = 'http://www.w3.org/1999/xhtml';
export const OPS_NS = 'http://www.idpf.org/2007/ops';

/** An element of a book's tree; `children` may be a text. */
export function h(tagName: string, properties: Properties, children: ElementContent[] | string = []): Element {
  return {
    type: 'element',
    tagName,
    properties,
    children: typeof children === 'string' ? [{ type: 'text', value: children }] : children,
  };
}

/** The attributes saying an element's language, in both HTML's and XML's terms, and its direction. */
export const langProps = (lang: Lang): Properties => ({ lang, 'xml:lang': lang, dir: DIR[lang] });

/** Characters XML 1.0 does not allow in a document, not even as references. */
const NOT_XML =
  /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The characters XML 1.0 does not allow other than lone surrogates, which `isWellFormed` finds faster. */
const NOT_XML_CHARACTER = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;

/** `text` with the characters XML cannot hold replaced by U+FFFD, as a parser shows them. */
export function xmlSafe(text: string): string {
  // Nearly every text is safe: tested first, it is not copied.
  if (text.isWellFormed() && !NOT_XML_CHARACTER.test(text)) return text;
  return text.replace(NOT_XML, '\uFFFD');
}

/** A well-formed XHTML document: the XML declaration, the doctype and `html`. */
export function xhtmlDocument(html: Element): string {
  const root: Root = { type: 'root', children: [{ type: 'doctype' }, html] };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(root)}\n`;
}

/** Makes the text and attribute values of `node` XML-safe, in place: before serialising, since a
 * reference to a forbidden character (`&#x1;`) is as ill-formed as the character. */
function makeSafe(node: Root | RootContent): void {
  if (node.type === 'text' || node.type === 'comment') node.value = xmlSafe(node.value);
  if (node.type === 'element') {
    for (const [name, value] of Object.entries(node.properties)) {
      if (typeof value === 'string') node.properties[name] = xmlSafe(value);
      else if (Array.isArray(value)) node.properties[name] = value.map((v) => (typeof v === 'string' ? xmlSafe(v) : v));
    }
  }
  if ('children' in node) for (const child of node.children) makeSafe(child);
}

function serialize(node: Root | RootContent): string {
  makeSafe(node);
  return toHtml(node, {
    closeSelfClosing: true,
    closeEmptyElements: false,
    upperDoctype: true,
    omitOptionalTags: false,
    collapseEmptyAttributes: false,
    preferUnquoted: false,
    allowDangerousHtml: false,
    quote: '"',
    // XML knows five named references; numeric ones are safe everywhere.
    characterReferences: { useNamedReferences: false, useShortestReferences: false },
  });
}
