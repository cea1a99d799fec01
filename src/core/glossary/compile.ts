/**
 * The glossary compiled once into a trie over word keys, so that matching a text costs the same
 * whether the glossary has ten entries or fifty thousand.
 */
import { LANGS, type Lang } from '../lang.ts';
import { EDGE_SEPARATOR, formShape } from './forms.ts';
import { ARTICLE_KINDS, type GlossaryEntry } from './types.ts';

/** What a complete path through the trie stands for in one language. */
export interface Terminal {
  entryId: string;
  /** The form is matched only where the text is in capitals too (see `FormShape.acronym`). */
  acronym: boolean;
  /** An Arabic definite article taken off the text's first word may be ignored (see `ARTICLE_KINDS`). */
  articleOk: boolean;
  /** Punctuation at the form's ends, taken into the match when the text has it. */
  lead: string;
  trail: string;
}

/**
 * A trie node. Edges from the root are keyed by the first word's key; later edges by the separator
 * key, `EDGE_SEPARATOR`, then the word key.
 */
export interface TrieNode {
  next?: Map<string, TrieNode>;
  /** Set when a form ends here; per language of the text being matched. */
  end?: Partial<Record<Lang, Terminal>>;
}

/** A glossary ready for matching. Build it once per build with `compileGlossary`. */
export interface CompiledGlossary {
  /** The entries by id, in the order of the glossary file. */
  readonly entries: ReadonlyMap<string, GlossaryEntry>;
  readonly root: TrieNode;
  /** How many forms (terms and aliases, per language they match in) the trie holds. */
  readonly formCount: number;
  /** Matching's memo of where each word seen so far can start a form (see `match.ts`). */
  readonly starts: Map<string, readonly { node: TrieNode; article: boolean }[]>;
}

const SCRIPT_IS_ARABIC: Record<Lang, boolean> = { ar: true, en: false };

/**
 * The languages of text in which a form of `formLang` is looked for: its own, and the other one
 * when the form is in a script foreign to that language. An Arabic text quotes English names in
 * Latin letters (Pastebin, APT 28), an English text Arabic ones in Arabic script; either way it is
 * the entry.
 */
function textLangsOf(formLang: Lang, arabicScript: boolean): Lang[] {
  return LANGS.filter((lang) => lang === formLang || SCRIPT_IS_ARABIC[lang] !== arabicScript);
}

/**
 * Compiles validated entries (see `parseGlossary`) for `findMatches`. When two entries claim the
 * same form, the first keeps it; `parseGlossary` reports that as an error, so a glossary that
 * passed validation has no such case. Cost is linear in the total length of the forms.
 */
export function compileGlossary(entries: readonly GlossaryEntry[]): CompiledGlossary {
  const root: TrieNode = {};
  const byId = new Map<string, GlossaryEntry>();
  let formCount = 0;
  for (const entry of entries) {
    if (byId.has(entry.id)) continue;
    byId.set(entry.id, entry);
    for (const formLang of LANGS) {
      const block = entry[formLang];
      if (!block) continue;
      for (const form of [block.term, ...block.aliases]) {
        const shape = formShape(form);
        if (!shape) continue;
        let node = root;
        for (let i = 0; i < shape.keys.length; i++) {
          const edge = i === 0 ? shape.keys[0] : shape.gaps[i - 1] + EDGE_SEPARATOR + shape.keys[i];
          node.next ??= new Map();
          let child = node.next.get(edge);
          if (!child) {
            child = {};
            node.next.set(edge, child);
          }
          node = child;
        }
        const terminal: Terminal = {
          entryId: entry.id,
          acronym: shape.acronym,
          articleOk: ARTICLE_KINDS.has(entry.kind),
          lead: shape.lead,
          trail: shape.trail,
        };
        node.end ??= {};
        for (const lang of textLangsOf(formLang, shape.arabic)) {
          if (node.end[lang]) continue;
          node.end[lang] = terminal;
          formCount++;
        }
      }
    }
  }
  return { entries: byId, root, formCount, starts: new Map() };
}
