/**
 * XHTML for EPUB content documents: hast serialised as XML: every void element closed (`<br />`),
 * no optional tag left out, every attribute quoted with a value, an uppercase doctype, and no
 * character XML 1.0 forbids (C0 controls other than tab and newline, U+FFFE/U+FFFF, lone
 * surrogates), which a source text may hold and HTML tolerates.
 */
import type { Element, ElementContent, Properties } from 'hast';
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
  const out = ['<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>'];
  serialize(html, out);
  out.push('\n');
  return out.join('');
}

/** Elements written as `<br />`: HTML's void elements. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** hast's property names whose attribute is not the name in lower case. */
const ATTRIBUTE_NAMES: Record<string, string> = {
  className: 'class',
  htmlFor: 'for',
  httpEquiv: 'http-equiv',
  acceptCharset: 'accept-charset',
};

/**
 * The attribute a hast property is written as: `className` → `class`, `charSet` → `charset`,
 * `ariaLabel` → `aria-label`; `xml:lang` and `epub:type` as they are. A list value is joined with
 * spaces: the book trees carry no comma-separated attribute (see `book-tree.ts`, which passes
 * only the attributes it lists).
 */
function attributeName(property: string): string {
  return (
    ATTRIBUTE_NAMES[property] ??
    (/^(aria|data)[A-Z]/.test(property)
      ? property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
      : property.toLowerCase())
  );
}

const reference = (character: string) => `&#x${character.charCodeAt(0).toString(16).toUpperCase()};`;

/** Text: what would start markup or a reference (`<`, `&`), and `>`, which XML forbids after `]]`. */
const escapeText = (text: string) => xmlSafe(text).replace(/[<>&]/g, reference);

/** A double-quoted attribute value: the quotes, `&`, `<`, `>`, and the backtick old HTML parsers took for a quote. */
const escapeAttribute = (value: string) => xmlSafe(value).replace(/["&'`<>]/g, reference);

/**
 * Serialises `node` into `out` as XML: every element closed (`<br />`, `<p></p>`), every attribute
 * quoted with a value (a boolean one, which the book trees do not carry, as `name=""`), every text
 * and value XML-safe (`xmlSafe`) and escaped; comments left out. Written for the book trees, whose
 * elements and attributes are few and known: hast-util-to-html, which writes HTML (made XML here by
 * its options), cost a tenth of a page book's time.
 */
function serialize(node: ElementContent, out: string[]): void {
  if (node.type === 'text') {
    out.push(escapeText(node.value));
    return;
  }
  if (node.type !== 'element') return;
  out.push('<', node.tagName);
  for (const [property, value] of Object.entries(node.properties)) {
    if (value === null || value === undefined || value === false || Number.isNaN(value)) continue;
    const text = value === true ? '' : Array.isArray(value) ? value.join(' ') : String(value);
    out.push(' ', attributeName(property), '="', escapeAttribute(text), '"');
  }
  if (VOID.has(node.tagName) && node.children.length === 0) {
    out.push(' />');
    return;
  }
  out.push('>');
  for (const child of node.children) serialize(child, out);
  out.push('</', node.tagName, '>');
}
