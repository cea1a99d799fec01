/**
 * Text placed inside a regular expression: a label, an alias or a file name from a table or an
 * editor must match itself and nothing else, whatever punctuation it holds ("U.S.", "(AP)", "C++").
 */

/** `text` escaped to match itself literally inside a regular expression, with or without the `u` flag. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** `text` as a literal pattern in which each space matches any run of white space (a line break included). */
export const spacedLiteral = (text: string) => escapeRegExp(text).replace(/ /g, String.raw`\s+`);

/** One unit of a literal's source: an escaped character, `\s+` (a space), or one code point. */
const ATOM = /\\s\+|\\.|[\s\S]/gu;

interface Trie {
  end: boolean;
  next: Map<string, Trie>;
}

/**
 * Literal sources (`escapeRegExp`, `spacedLiteral`) as one alternation, longest first, with their
 * common beginnings written once: `(?:read(?:\s+more)?|related)` for "read more", "read", "related".
 * A table of hundreds of labels, each repeated in the shapes that hold it, is otherwise a source of
 * tens of kilobytes, and the engine's time to compile a pattern grows with its source.
 *
 * It matches what the plain alternation of the sources, longest first, matches, and in the same
 * order: at each step the branches begin with different atoms, so only one can go on, and ending is
 * tried last, after every longer way.
 */
export function literalAlternation(sources: Iterable<string>): string {
  const root: Trie = { end: false, next: new Map() };
  for (const source of sources) {
    let node = root;
    for (const atom of source.match(ATOM) ?? []) {
      let child = node.next.get(atom);
      if (!child) node.next.set(atom, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const write = (node: Trie): string => {
    const branches = [...node.next].map(([atom, child]) => atom + write(child));
    if (branches.length === 0) return '';
    if (!node.end && branches.length === 1) return branches[0];
    return `(?:${branches.join('|')})${node.end ? '?' : ''}`;
  };
  return `(?:${write(root)})`;
}
