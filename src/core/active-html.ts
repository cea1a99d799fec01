/**
 * Whether an HTML element a source wrote (raw HTML in Markdown, a JSX element in MDX) could run
 * code in the reader's browser: an element that runs or embeds active content, an event handler, or
 * an address whose scheme is not `http:`, `https:` or `mailto:` (relative addresses pass). Decided on
 * the element's parsed properties (entities decoded), with each address read as a browser reads it:
 * `java&#9;script:`, a leading control character or `JaVaScRiPt:` all name `javascript:`.
 */
import type { Element, Nodes, Properties } from 'hast';
import { h } from 'hastscript';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { propertyOf, schemeOf, srcsetAddresses, URL_ATTRIBUTES } from './web-address.ts';

/**
 * HTML elements that run or embed active content, and the document's own (`body`, `html`, `head`),
 * whose handlers a fragment must not set, even where the renderer would drop them.
 */
const ACTIVE_ELEMENTS = new Set(
  'script style iframe frame frameset object embed applet base meta link form svg math template portal body html head'.split(
    ' ',
  ),
);

/**
 * hast property names whose values are addresses, read on any element (not only those
 * `URL_ATTRIBUTES` pairs them with): a browser follows some on elements a table does not foresee.
 */
const ADDRESS_PROPERTIES = new Set(Object.keys(URL_ATTRIBUTES));

/** hast property names whose values are lists of addresses with descriptors (`srcSet`, `imageSrcSet`). */
const SRCSET_PROPERTIES = new Set(['srcset', 'imagesrcset'].map(propertyOf));

/** Schemes a link or an embedded resource may use. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * The scheme a browser would follow `value` with, when it is not a safe one; undefined for a safe
 * or relative address. The URL standard drops ASCII tabs and newlines anywhere and leading and
 * trailing C0 controls and spaces before reading the scheme; so does this.
 */
export function unsafeScheme(value: string): string | undefined {
  const cleaned = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  const scheme = schemeOf(cleaned);
  return scheme !== undefined && !SAFE_SCHEMES.has(scheme.toLowerCase()) ? scheme : undefined;
}

/** The addresses of a `srcset`, as a browser reads them. */
const addressesOfSrcset = (value: string): string[] =>
  srcsetAddresses(value).map(({ start, end }) => value.slice(start, end));

/** What in an element with `tagName` and `properties` could run code, for an error message; undefined when nothing. */
export function activeContent(tagName: string, properties: Properties): string | undefined {
  if (ACTIVE_ELEMENTS.has(tagName.toLowerCase())) return `<${tagName}>`;
  for (const [name, value] of Object.entries(properties)) {
    if (value === null || value === undefined || value === false) continue;
    if (/^on/i.test(name)) return `an event handler attribute (${name})`;
    const values = (Array.isArray(value) ? value : [value]).map(String);
    const addresses = SRCSET_PROPERTIES.has(name)
      ? values.flatMap(addressesOfSrcset)
      : ADDRESS_PROPERTIES.has(name)
        ? values
        : [];
    for (const address of addresses) {
      const scheme = unsafeScheme(address);
      if (scheme) return `a ${scheme} address (${name})`;
    }
  }
  return undefined;
}

/** What in `tree` (parsed HTML) could run code: `activeContent` of its first element that could; undefined when none. */
export function activeElement(tree: Nodes): string | undefined {
  const found = tree.type === 'element' ? activeContent(tree.tagName, tree.properties) : undefined;
  if (found || !('children' in tree)) return found;
  for (const child of tree.children) {
    const inChild = activeElement(child);
    if (inChild) return inChild;
  }
  return undefined;
}

/**
 * A JSX element's attributes as an MDX source wrote them: the literal ones, and the names of those
 * MDX would evaluate (`...` for a spread), which ingest refuses and which make a source more than Markdown.
 */
export function jsxAttributes(attributes: MdxJsxFlowElement['attributes']): {
  literal: Record<string, string | true>;
  evaluated: string[];
} {
  const literal: Record<string, string | true> = {};
  const evaluated: string[] = [];
  for (const attribute of attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') evaluated.push('...');
    else if (attribute.value !== null && typeof attribute.value === 'object') evaluated.push(attribute.name);
    else literal[attribute.name] = attribute.value ?? true;
  }
  return { literal, evaluated };
}

/**
 * The HTML element JSX `name` with `literal` attributes renders as (hastscript knows HTML's
 * attributes by their HTML and their JSX names alike: `class`, `className`), and what in it could
 * run code (`activeContent`), if anything. Ingest and the renderer decide on the same element.
 */
export function jsxElement(
  name: string,
  literal: Record<string, string | true>,
): { element: Element; active?: string } {
  const element = h(name, literal);
  return { element, active: activeContent(name, element.properties) };
}
