/**
 * The EPUB's own XML (package document, container): elements as data, serialised with every text
 * and attribute escaped. Not HTML, so not hast: hast-util-to-html knows `meta` and `link` as HTML
 * void elements and would drop the package's `<meta property>` values.
 */
import { xmlSafe } from './xhtml.ts';

export interface XmlElement {
  name: string;
  attributes?: Record<string, string | undefined>;
  children?: (XmlElement | string)[];
}

export function x(
  name: string,
  attributes: Record<string, string | undefined> = {},
  children: (XmlElement | string)[] = [],
): XmlElement {
  return { name, attributes, children };
}

const escapeText = (text: string) => xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

function serialize(node: XmlElement | string, depth: number): string {
  if (typeof node === 'string') return escapeText(node);
  const attributes = Object.entries(node.attributes ?? {})
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const children = node.children ?? [];
  if (children.length === 0) return `<${node.name}${attributes}/>`;
  // Elements holding only elements are indented, one per line; text is written as it is.
  const nested = children.every((child) => typeof child !== 'string');
  const indent = nested ? `\n${'  '.repeat(depth + 1)}` : '';
  const close = nested ? `\n${'  '.repeat(depth)}` : '';
  return `<${node.name}${attributes}>${children.map((c) => `${indent}${serialize(c, depth + 1)}`).join('')}${close}</${node.name}>`;
}

/** Elements side by side, with no declaration: for a document another library writes (an RSS item's). */
export function xmlFragment(nodes: readonly XmlElement[]): string {
  return nodes.map((node) => serialize(node, 0)).join('');
}

/** An XML document: the declaration, then `root`. */
export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(root, 0)}\n`;
}
