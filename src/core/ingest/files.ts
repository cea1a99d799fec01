/**
 * The names of files under `documents/`: which are sources (`<slug>.<lang>.<ext>`, `<slug>.<ext>`),
 * which are sidecars (`<slug>.yaml`), and what is wrong with the others.
 */
import type { Diagnostic, Lang, SourceFormat } from '../types.ts';

/** What a path under the content folder names. */
export type DocumentPath =
  | { kind: 'source'; path: string; slug: string; lang?: Lang; format: SourceFormat }
  | { kind: 'sidecar'; path: string; slug: string }
  | { kind: 'other'; path: string; diagnostic: Diagnostic };

/** A slug: lowercase ASCII letters and digits in hyphen-separated runs, as it appears in URLs. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const FORMATS: readonly SourceFormat[] = ['txt', 'md', 'mdx'];
const LANG_TAGS: readonly string[] = ['ar', 'en'];

/** Files that operating systems and tools leave in folders; not worth more than a notice. */
const SYSTEM_FILES = new Set(['.ds_store', 'thumbs.db', 'desktop.ini', '.gitkeep', '.keep']);

/** Formats editors may drop in by mistake, with the advice that fits each. */
const CONVERT_ADVICE: Record<string, string> = {
  pdf: 'export its text to a .txt file',
  docx: 'save it as plain text (.txt) or Markdown (.md)',
  doc: 'save it as plain text (.txt) or Markdown (.md)',
  odt: 'save it as plain text (.txt) or Markdown (.md)',
  rtf: 'save it as plain text (.txt)',
  html: 'copy its article text into a .txt file',
  htm: 'copy its article text into a .txt file',
  markdown: 'rename it to .md',
  text: 'rename it to .txt',
};

/**
 * The slug an editor probably meant: Latin letters without accents, lowercase, other characters
 * turned into single hyphens. Empty when nothing Latin is left (an Arabic name, say).
 */
export function suggestSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Parses a path relative to the content folder, e.g. `documents/macron-campaign-hack.ar.txt`. */
export function parseDocumentPath(rawPath: string): DocumentPath {
  const path = rawPath.replace(/\\/g, '/');
  const other = (severity: Diagnostic['severity'], message: string): DocumentPath => ({
    kind: 'other',
    path,
    diagnostic: { severity, file: path, message },
  });

  const parts = path.split('/');
  const name = parts.at(-1) ?? '';
  if (SYSTEM_FILES.has(name.toLowerCase())) return other('notice', 'system file, ignored');
  if (parts.length !== 2 || parts[0] !== 'documents') {
    return other(
      'warning',
      'not read: sources must sit directly in documents/ (sub-folders are not read); move the file up into documents/',
    );
  }
  if (name.startsWith('.')) return other('warning', 'hidden file, not read; remove it or give it a source name');

  const dot = name.indexOf('.');
  const stem = dot === -1 ? name : name.slice(0, dot);
  const suffixes = dot === -1 ? [] : name.slice(dot + 1).split('.');
  const ext = suffixes.at(-1) ?? '';

  if (ext === 'yaml' || ext === 'yml') {
    if (ext === 'yml') return other('warning', `not read: sidecars end in .yaml; rename it to ${stem}.yaml`);
    if (suffixes.length !== 1) {
      return other('warning', `not read: a sidecar is named <slug>.yaml, one per document; rename it to ${stem}.yaml`);
    }
    const bad = slugProblem(stem, '.yaml');
    return bad ? other('error', bad) : { kind: 'sidecar', path, slug: stem };
  }

  const format = FORMATS.find((f) => f === ext);
  if (!format) {
    const lower = ext.toLowerCase();
    if (FORMATS.some((f) => f === lower)) {
      return other('error', `the extension must be lowercase: rename it to ${name.slice(0, -ext.length)}${lower}`);
    }
    const advice = CONVERT_ADVICE[lower];
    return other(
      'warning',
      ext
        ? `not read: .${ext} is not a source format (txt, md, mdx)${advice ? `; ${advice}` : ''}`
        : 'not read: no extension; sources end in .txt, .md or .mdx',
    );
  }

  let lang: Lang | undefined;
  if (suffixes.length === 2) {
    const tag = suffixes[0];
    const known = LANG_TAGS.find((l) => l === tag.toLowerCase()) as Lang | undefined;
    if (!known) {
      return other(
        'error',
        `“${tag}” is not a language tag Hamish knows: name it ${stem}.ar.${ext} or ${stem}.en.${ext}, ` +
          `or ${stem}.${ext} to have the language detected`,
      );
    }
    if (known !== tag)
      return other('error', `the language tag must be lowercase: rename it to ${stem}.${known}.${ext}`);
    lang = known;
  } else if (suffixes.length > 2) {
    const tag = suffixes.at(-2)?.toLowerCase() ?? '';
    const tail = LANG_TAGS.includes(tag) ? `.${tag}.${ext}` : `.${ext}`;
    return other(
      'error',
      `too many dots in the name: sources are named <slug>.<lang>.${ext} with a slug of lowercase letters, digits and hyphens` +
        fixHint(name.slice(0, name.length - tail.length), tail),
    );
  }
  const bad = slugProblem(stem, `${lang ? `.${lang}` : ''}.${ext}`);
  return bad ? other('error', bad) : { kind: 'source', path, slug: stem, lang, format };
}

function fixHint(stem: string, tail: string): string {
  const suggestion = suggestSlug(stem);
  return suggestion ? `; rename it to ${suggestion}${tail}` : '; use Latin letters, e.g. macron-campaign-hack' + tail;
}

/** Why `slug` is not a valid slug, with the fix, or undefined when it is valid. */
function slugProblem(slug: string, tail: string): string | undefined {
  if (SLUG.test(slug)) return undefined;
  return (
    `“${slug}” is not a valid slug: use lowercase a–z, 0–9 and single hyphens (it becomes the page address)` +
    fixHint(slug, tail)
  );
}
