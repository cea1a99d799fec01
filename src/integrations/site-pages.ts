/**
 * The publisher's pages that are not documents (About, Corrections policy, Contact): Markdown files
 * in the content folder's `pages/`, one per language (`about.en.md`, `about.ar.md`). A content
 * loader reads them, checks their front matter and, as a document's, their HTML and links, and
 * renders them with Astro's Markdown processor, the documents' own (glossary notes, direction
 * marks). They are listed in the header or footer as their front matter says, and indexed by search
 * like the documents.
 */
import { RESERVED_SLUGS } from '../core/archive/index.ts';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { readdirSync } from 'node:fs';
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { z } from 'zod';
import { reportDiagnostics, sortDiagnostics } from '../core/ingest/index.ts';
import { readMarkdown } from '../core/ingest/markdown.ts';
import { excerptOf } from '../core/ingest/provenance.ts';
import type { Diagnostic, Lang } from '../core/types.ts';
import { readYaml, unknownKeys, validateYaml, valueAt } from '../core/yaml/index.ts';
import type { HamishConfig } from './config.ts';
import { renderingCodeVersion } from './code-version.ts';
import { GLOSSARY_FILE } from './glossary-file.ts';

/** The folder of the pages, inside the content folder. */
export const PAGES_FOLDER = 'pages';

/** What a page's front matter may say. */
export const pageFrontmatter = z
  .object({
    title: z
      .string({
        error: (issue) =>
          issue.input === undefined
            ? 'the page has no title; add one to the front matter, e.g. title: About us'
            : 'the title must be text',
      })
      .trim()
      .min(1, 'the title is empty'),
    description: z
      .string({ error: 'the description must be text' })
      .trim()
      .min(1, 'the description is empty; remove the key or give a value')
      .optional(),
    /** Where the page is listed: the header's links, the footer's, or nowhere (linked from elsewhere). */
    nav: z.enum(['header', 'footer', 'none'], { error: 'nav must be header, footer or none' }).default('none'),
    /** Order among the pages listed in the same place, smallest first; then by title. */
    order: z.number({ error: 'order must be a number, e.g. order: 2' }).default(0),
    lang: z.enum(['ar', 'en'], { error: 'lang must be ar or en' }).optional(),
  })
  .strict();

/** The front matter's values, checked without its keys (`unknownKeys` reports those). */
const FRONTMATTER_VALUES = z.object(pageFrontmatter.shape);

/** A page as stored in the `pages` collection. */
export const pageData = pageFrontmatter.extend({
  lang: z.enum(['ar', 'en']),
  slug: z.string(),
  /** The file, as messages name it: `pages/about.en.md`. */
  file: z.string(),
});

export type PageData = z.infer<typeof pageData>;

/** A page's file name: `<slug>.<lang>.md`, or `<slug>.md` with `lang` in its front matter. */
const FILE_NAME = /^([a-z0-9][a-z0-9-]*?)(?:\.(ar|en))?\.md$/;

/** Whether a content folder has any page (a site of documents alone has none). */
export function hasSitePages(contentDir: string): boolean {
  try {
    return readdirSync(join(contentDir, PAGES_FOLDER)).some((name) => name.endsWith('.md'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** Search's list of the built pages to index (read by `search.ts`). */
export const pagesSearchFile = (workDir: string) => join(workDir, 'pages-search-input.json');

/**
 * Splits `---` front matter from the body: the YAML (undefined when there is none, or when it is
 * never closed), the body and the file line the body starts on.
 */
function splitFrontmatter(text: string): { yaml?: string; body: string; bodyLine: number; unclosed: boolean } {
  const match =
    /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text) ?? /^---[ \t]*\r?\n()---[ \t]*(?:\r?\n|$)/.exec(text);
  if (match) {
    return {
      yaml: match[1],
      body: text.slice(match[0].length),
      bodyLine: match[0].split('\n').length,
      unclosed: false,
    };
  }
  return { body: text, bodyLine: 1, unclosed: /^---[ \t]*\r?\n/.test(text) };
}

/** What a page without its front matter is told: where it goes and what it must give. */
const NO_FRONTMATTER =
  'the page has no front matter: start the file with its title between two lines of three hyphens (---, title: About us, ---)';

/** What a page whose front matter is opened but never closed is told. */
const UNCLOSED_FRONTMATTER = 'front matter opened here is never closed; end it with a line of three hyphens (---)';

/**
 * Reads and checks every page of a content folder. Every problem of every page is reported, each
 * once: its front matter's (at their lines), its name's (one of Hamish's own, the same page twice),
 * given `documents` (the documents' source files by `<lang>/<slug>`) an address a document has
 * too, and its body's HTML or links that could run code or act on the reader, refused as in a
 * document's body (`readMarkdown`): the page is rendered by the same Markdown processor, and its
 * text is data too. A page with a problem is left out.
 */
export async function readPages(
  contentDir: string,
  documents: ReadonlyMap<string, string> = new Map(),
): Promise<{ pages: (PageData & { body: string })[]; diagnostics: Diagnostic[] }> {
  const folder = join(contentDir, PAGES_FOLDER);
  let names: string[];
  try {
    names = (await readdir(folder)).sort();
  } catch {
    return { pages: [], diagnostics: [] };
  }
  const pages: (PageData & { body: string })[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    if (!name.endsWith('.md')) continue;
    const file = `${PAGES_FOLDER}/${name}`;
    const parts = FILE_NAME.exec(name);
    if (!parts) {
      diagnostics.push({
        severity: 'error',
        file,
        message: 'a page is named <name>.<lang>.md, e.g. about.en.md: lowercase letters, digits and hyphens',
      });
      continue;
    }
    const [, slug, fileLang] = parts;
    const { yaml, body, bodyLine, unclosed } = splitFrontmatter(await readFile(join(folder, name), 'utf8'));
    const problems: Diagnostic[] = [];
    let data: z.infer<typeof FRONTMATTER_VALUES> | undefined;
    let written: unknown;
    if (yaml === undefined) {
      // Said once, at the line it goes on: the schema would name only the first field it lacks.
      problems.push({
        severity: 'error',
        file,
        line: 1,
        column: 1,
        message: unclosed ? UNCLOSED_FRONTMATTER : NO_FRONTMATTER,
      });
    } else {
      const source = readYaml(yaml, file, 2);
      problems.push(...source.diagnostics);
      // Unknown keys are reported here, at their lines, with the key meant; the schema's own check
      // of them (`.strict()`) would report each again, at the front matter's first line.
      problems.push(...unknownKeys(source, Object.keys(pageFrontmatter.shape), [], 'error'));
      const checked = validateYaml(source, FRONTMATTER_VALUES);
      data = checked.data;
      // A field missing from an empty front matter has no line of its own: the front matter's first.
      problems.push(
        ...checked.diagnostics.map((problem) => (problem.line ? problem : { ...problem, line: 1, column: 1 })),
      );
      written = valueAt(source.value, ['lang']);
    }
    const lang: Lang | undefined =
      (fileLang as Lang | undefined) ?? data?.lang ?? (written === 'ar' || written === 'en' ? written : undefined);
    if (data && !lang) {
      problems.push({
        severity: 'error',
        file,
        message: 'the language is unknown: name the file about.en.md or about.ar.md, or add lang: to its front matter',
      });
    }
    if (fileLang && data?.lang && data.lang !== fileLang) {
      problems.push({
        severity: 'error',
        file,
        message: `the file name says ${fileLang} but the front matter says lang: ${data.lang}`,
      });
    }
    // The name's problems are found whatever the front matter's are: an editor fixes them all at once.
    const address = lang ? `/${lang}/${slug}/` : `/<lang>/${slug}/`;
    if (RESERVED_SLUGS.has(slug)) {
      problems.push({
        severity: 'error',
        file,
        message: `“${slug}” is a page of Hamish’s own (${address}); rename the file`,
      });
    }
    const id = lang && `${lang}/${slug}`;
    const earlier = id && seen.get(id);
    if (id && earlier) {
      problems.push({ severity: 'error', file, message: `${earlier} is the same page (${id}); keep one` });
    }
    const document = id && documents.get(id);
    if (document) {
      problems.push({
        severity: 'error',
        file,
        message: `${document} has the same address (${address}); rename one of them`,
      });
    }
    const facts = readMarkdown(body, 'md', file, bodyLine);
    problems.push(...facts.diagnostics);
    diagnostics.push(...problems);
    if (id && !earlier) seen.set(id, file);
    if (!data || !lang || problems.some((problem) => problem.severity === 'error')) continue;
    // Without a description of its own, a page is described as a document is: by its opening.
    const description = data.description ?? (facts.firstParagraph && excerptOf([facts.firstParagraph], lang));
    pages.push({ ...data, ...(description && { description }), lang, slug, file, body });
  }
  return { pages, diagnostics: sortDiagnostics(diagnostics) };
}

/** The loader of the `pages` collection; entry ids are `<lang>/<slug>`. `documents`: see `readPages`. */
export function pagesLoader(config: HamishConfig, documents: () => Promise<ReadonlyMap<string, string>>): Loader {
  const { contentDir, shownRoot, workDir } = config;
  async function pass(context: LoaderContext): Promise<void> {
    const { store, logger } = context;
    const { pages, diagnostics } = await readPages(contentDir, await documents());
    for (const { severity, text } of reportDiagnostics(diagnostics, shownRoot).lines) {
      if (severity === 'error') logger.error(text);
      else if (severity === 'warning') logger.warn(text);
      else logger.info(text);
    }
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    if (errors > 0 && config.command === 'build') {
      const error = new AstroError(
        `${errors} problem${errors === 1 ? '' : 's'} in ${shownRoot}/${PAGES_FOLDER}/ stopped the build.`,
        'Fix the files named above and build again.',
      );
      error.stack = '';
      throw error;
    }
    const wanted = new Set<string>();
    // What Astro's Markdown processor renders a page with besides its source: the glossary (its
    // notes), the base (their links), the notes' words and the code of the plugins.
    const rendering = JSON.stringify([
      await readFile(join(contentDir, GLOSSARY_FILE), 'utf8').catch(() => ''),
      config.base,
      config.noteLabels,
      renderingCodeVersion(fileURLToPath(context.config.root)),
    ]);
    for (const { body, ...data } of pages) {
      const id = `${data.lang}/${data.slug}`;
      wanted.add(id);
      // The glossary plugin reads the page's language from its front matter.
      const text = `---\n${stringify({ lang: data.lang, title: data.title })}---\n${body}`;
      const digest = context.generateDigest(JSON.stringify([data, body, rendering]));
      if (store.get(id)?.digest === digest) continue;
      const rendered = await context.renderMarkdown(text, {
        fileURL: new URL(`file://${join(contentDir, data.file)}`),
      });
      store.set({ id, data: { ...data }, digest, rendered });
    }
    for (const id of store.keys()) if (!wanted.has(id)) store.delete(id);
    await mkdir(workDir, { recursive: true });
    await writeFile(pagesSearchFile(workDir), JSON.stringify([...wanted].map((id) => `/${id}/`)));
  }
  return {
    name: 'hamish:pages',
    load: async (context) => {
      await pass(context);
      const { watcher } = context;
      if (!watcher) return;
      const folder = join(contentDir, PAGES_FOLDER);
      watcher.add(folder);
      const changed = (path: string) => {
        if (path.startsWith(`${folder}/`)) pass(context).catch((error: unknown) => context.logger.error(String(error)));
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, changed);
    },
  };
}
