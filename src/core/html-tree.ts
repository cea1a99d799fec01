/**
 * HTML read as hast trees, by parse5 as a browser parses it (entities decoded, tags closed as the
 * standard closes them): a fragment (a source's raw HTML, a rendered edition, a page's `main`) or a
 * whole document (a built page). One place, so every reader of HTML sees what a browser would.
 */
import type { Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parse, parseFragment } from 'parse5';

/** The hast tree of an HTML fragment. */
export const htmlFragment = (html: string): Root => fromParse5(parseFragment(html)) as Root;

/** The hast tree of a whole HTML document. */
export const htmlDocument = (html: string): Root => fromParse5(parse(html)) as Root;
