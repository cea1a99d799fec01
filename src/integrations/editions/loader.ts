/**
 * The content-layer loader of the editions (see `src/content.config.ts`). Once per build, and
 * again in `astro dev` whenever a source changes, it reads the content folder (documents, sidecars,
 * cleaning rules, glossary), reports what is wrong with it, and stores every language version of
 * every document in Astro's data store:
 *
 * - a generated (`txt`) edition with its HTML rendered here, once (`renderEdition`): no MDX module
 *   is compiled for it;
 * - a hand-written `.md` source rendered with Astro's Markdown processor (`renderMarkdown`), as
 *   Astro's own `glob` loader does;
 * - a hand-written `.mdx` source left to Astro's MDX integration (`deferredRender`), since MDX is
 *   a program that only Vite can compile.
 *
 * Astro keeps the data store between builds (in its cache folder); an edition whose digest is
 * unchanged is not rendered again. The digest covers the edition (its source, sidecar and cleaning
 * result), the glossary's matching data (terms, aliases, kinds: what decides where notes go) and
 * the full entries of the notes the edition had. The readable MDX files in
 * `.hamish/<content>/editions/` are written only when their content changes.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { writeFile, mkdir, rename } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { editionFrontmatter, editionToMdx } from '../../core/edition/index.ts';
import { editionFrontmatterOf } from '../../core/edition/frontmatter.ts';
import type { CompiledGlossary, GlossaryEntry } from '../../core/glossary/index.ts';
import { countOf, hasErrors, reportDiagnostics } from '../../core/ingest/index.ts';
import { extractPage } from '../../core/search/index.ts';
import { creditsOf } from '../../core/search/credits.ts';
import type { Diagnostic, Edition } from '../../core/types.ts';
import { FACTS_FIELD, type GlossaryFacts } from '../../plugins/remark-glossary/index.ts';
import { writeSearchFacets } from '../archive.ts';
import { loadContent, type LoadedContent } from '../content-folder.ts';
import { renderingCodeVersion } from '../code-version.ts';
import { progress } from '../progress.ts';
import type { HamishConfig } from '../config.ts';
import type { LinkSource } from '../site-links.ts';
import {
  alignCacheFile,
  alignedData,
  mdxPairNotices,
  readAlignCache,
  translationPairs,
  type PairAlignment,
} from './align.ts';
import { htmlFragment } from '../../core/html-tree.ts';
import { renderEdition, toEditionHtml } from './render.ts';
import { editionFileName, writeEditions } from './write.ts';

const facts = z.record(z.string(), z.object({ count: z.number(), blocks: z.array(z.number()) }));

/**
 * An edition as stored: its front matter (without `generated`), what the glossary found in it, and,
 * unless it is MDX (rendered only when its page is), its text as search reads it.
 */
export const editionData = editionFrontmatter.omit({ generated: true }).extend({
  /** `GlossaryFacts`: per entry, how often and in which paragraphs. Absent for MDX until rendered. */
  glossary: facts.optional(),
  /** The edition's text as search indexes it: the title, then each paragraph. Absent for MDX. */
  searchBlocks: z.array(z.string()).optional(),
  /** A translation pair's edition: its text cut into the alignment's rows (see `align.ts`). */
  aligned: alignedData.optional(),
});

export type EditionData = z.infer<typeof editionData>;

/** The id of an edition in the collection: `<lang>/<slug>`. */
export const editionId = (edition: Pick<Edition, 'lang' | 'slug'>) => `${edition.lang}/${edition.slug}`;

/** One page for search: `SearchPage`, or, for an MDX edition, the path of its built page to read. */
export type SearchInput =
  | { url: string; lang: Edition['lang']; title: string; blocks: string[]; credits?: string[]; entries: string[] }
  | { url: string; html: true };

/** What the loader leaves for search (`astro:build:done`): the glossary and every page. */
export interface SearchInputFile {
  glossary: GlossaryEntry[];
  pages: SearchInput[];
  /** The pages of hand-written (`.md`, `.mdx`) editions and their source files, whose links the build checks. */
  handWritten: LinkSource[];
}

/** The file where the loader leaves search's input for `astro:build:done`. */
export const searchInputFile = (workDir: string) => join(workDir, 'search-input.json');

/** The site path of an edition's page, without the base. */
const pageUrl = (edition: Pick<Edition, 'lang' | 'slug'>) => `/${edition.lang}/${edition.slug}/`;

/** An edition's stored data: its front matter, as the readable MDX file has it, without `generated`. */
function dataOf(edition: Edition, paragraphLines?: number[]): EditionData {
  const { generated: _generated, ...data } = editionFrontmatterOf(edition, paragraphLines);
  return data;
}

/** What search reads of an edition: the page's title and paragraphs, as `extractPage` reads a built page. */
function searchBlocksOf(
  edition: Edition,
  children: readonly (ElementContent | HastRoot['children'][number])[],
): string[] {
  const article: Element = {
    type: 'element',
    tagName: 'article',
    properties: { dataPagefindBody: '', lang: edition.lang },
    children: [
      {
        type: 'element',
        tagName: 'h1',
        properties: { dataPagefindMeta: 'title' },
        children: [{ type: 'text', value: edition.title }],
      },
      ...(children as ElementContent[]),
    ],
  };
  return extractPage({ type: 'root', children: [article] }, pageUrl(edition))?.blocks ?? [];
}

/** The matching data of the glossary: what decides which entries an edition names, and where. */
function matchingKey(entries: readonly GlossaryEntry[], digest: LoaderContext['generateDigest']): string {
  return digest(
    JSON.stringify(entries.map((e) => [e.id, e.kind, e.en?.term, e.en?.aliases, e.ar?.term, e.ar?.aliases])),
  );
}

/** The digest of an edition given the entries its notes show (`used`) and how notes are rendered. */
function editionDigest(
  noteMarkup: string,
  used: readonly string[],
  entries: ReadonlyMap<string, GlossaryEntry>,
  digest: LoaderContext['generateDigest'],
): string {
  const shown = used.map((id) => {
    const { line: _line, ...entry } = entries.get(id) ?? { id, kind: 'term' };
    return entry;
  });
  return digest(`${noteMarkup}\0${JSON.stringify(shown)}`);
}

/** Prints diagnostics compiler-style, each at the logger level of its severity. */
function report(diagnostics: readonly Diagnostic[], context: LoaderContext, shownRoot: string): void {
  for (const { severity, text } of reportDiagnostics(diagnostics, shownRoot).lines) {
    if (severity === 'error') context.logger.error(text);
    else if (severity === 'warning') context.logger.warn(text);
    else context.logger.info(text);
  }
}

/** The error that ends a build on content problems: Astro prints it without a stack and cleans up. */
export function contentError(errors: number, shownRoot: string): AstroError {
  const error = new AstroError(
    `${errors} problem${errors === 1 ? '' : 's'} in ${shownRoot}/ stopped the build.`,
    'Fix the files named above and build again; `npm run check` checks the content without building.',
  );
  // A content problem is the editor's to fix, not a crash: the list above says where and how, and
  // Hamish's own source lines (Astro prints the stack of any error that has one) would
  // only bury it.
  error.stack = '';
  return error;
}

/** How long the dev server waits after a change for more changes, so that a burst is one pass. */
const SETTLE_MS = 150;

export interface EditionsLoaderState {
  /** The last pass's diagnostics, for the dev server's error page. */
  diagnostics: Diagnostic[];
  glossary: GlossaryEntry[];
}

/**
 * The editions loader. `config` is the integration's (`virtual:hamish/config`); `onPass` sees each
 * pass's content (the glossary collection and the dev error page read it).
 */
export function editionsLoader(config: HamishConfig, onPass?: (content: LoadedContent) => void): Loader {
  const { contentDir, workDir, editionsDir, base, shownRoot } = config;

  async function pass(context: LoaderContext): Promise<void> {
    const { store, logger } = context;
    const generateDigest: LoaderContext['generateDigest'] = (data) => context.generateDigest(data);
    const started = performance.now();
    // The code that ingests and renders is part of every cached edition's key (see `code-version.ts`).
    const code = renderingCodeVersion(fileURLToPath(context.config.root));
    const content = await loadContent(contentDir, {
      file: join(workDir, 'ingest-cache.json'),
      codeVersion: code,
      warn: (message) => logger.warn(message),
      info: (message) => logger.info(message),
    });
    report(content.diagnostics, context, shownRoot);
    onPass?.(content);
    if (hasErrors(content.diagnostics) && config.command === 'build') {
      throw contentError(content.diagnostics.filter((d) => d.severity === 'error').length, shownRoot);
    }
    const { written, removed } = await writeEditions(content.editions, editionsDir, code);
    const glossary = () => content.glossary.compiled;
    const entries = content.glossary.compiled.entries;
    const matching = matchingKey(content.glossary.entries, generateDigest);
    const markdown = markdownRenderer(context, editionsDir);
    const cacheFile = alignCacheFile(workDir);
    const alignments = await readAlignCache(cacheFile);
    const pairs = await translationPairs(
      content.editions,
      content.glossary.compiled,
      (value) => generateDigest(JSON.stringify([code, matching, value])),
      (problems) =>
        report(
          problems.map((p) => ({ severity: 'warning' as const, ...p })),
          context,
          shownRoot,
        ),
      async (edition) => htmlFragment((await markdown(edition)).html),
      alignments,
    );
    for (const notice of mdxPairNotices(content.editions)) logger.info(`${shownRoot}/${notice}`);
    const wanted = new Set<string>();
    // What a note's markup reads besides the glossary: the base (its links) and, in Markdown, its words.
    const noteMarkup = JSON.stringify([base, config.noteLabels]);
    const search: SearchInput[] = [];
    const handWritten: LinkSource[] = [];
    let rendered = 0;
    const rendering = progress('Editions rendered or checked', content.editions.length, (line) => logger.info(line));
    for (const edition of content.editions) {
      rendering.tick();
      const id = editionId(edition);
      if (wanted.has(id)) continue; // ingest reports the duplicate
      wanted.add(id);
      const pair = pairs.get(edition);
      // An aligned edition's text depends on its counterpart's too: an edit of either re-aligns both.
      const source = pair ? pair.key : generateDigest(JSON.stringify([code, matching, edition]));
      const existing = store.get<EditionData>(id);
      const previous = existing?.data.glossary ? Object.keys(existing.data.glossary) : [];
      const digestFor = (used: readonly string[]) =>
        `${source}-${editionDigest(noteMarkup, used, entries, generateDigest)}`;
      let data: EditionData;
      if (existing && existing.digest === digestFor(previous)) {
        data = existing.data;
        if (existing.deferredRender && existing.filePath) store.addModuleImport(existing.filePath);
      } else {
        rendered++;
        const entry = await renderEntry(
          edition,
          context,
          glossary,
          digestFor,
          base,
          config.noteLabels,
          editionsDir,
          markdown,
          pair,
        );
        store.set(entry);
        data = entry.data as EditionData;
      }
      if (edition.format !== 'txt') handWritten.push({ url: pageUrl(edition), file: edition.sourceFile });
      // The page's credits, as its header marks them (a page read from its HTML finds them there).
      const credits = creditsOf(edition);
      search.push(
        data.searchBlocks
          ? {
              url: pageUrl(edition),
              lang: edition.lang,
              title: edition.title,
              blocks: data.searchBlocks,
              ...(credits.length > 0 ? { credits } : {}),
              entries: Object.keys(data.glossary ?? {}),
            }
          : { url: pageUrl(edition), html: true },
      );
    }
    for (const id of store.keys()) if (!wanted.has(id)) store.delete(id);
    await writeAtomically(
      searchInputFile(workDir),
      JSON.stringify({ glossary: content.glossary.entries, pages: search, handWritten } satisfies SearchInputFile),
    );
    await writeSearchFacets(workDir, content.editions, content.glossary.entries);
    await writeAtomically(cacheFile, JSON.stringify(alignments));
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    logger.info(
      `${countOf(content.sourceCount, 'source')} (${countOf(content.ingested, 'document')} read and checked, ` +
        `${content.reused} unchanged) → ${countOf(content.editions.length, 'edition')} (${rendered} rendered, ` +
        `${content.editions.length - rendered} unchanged; ${countOf(written, 'file')} written, ${removed} removed) ` +
        `in ${seconds}s`,
    );
  }

  return {
    name: 'hamish:editions',
    schema: editionData,
    load: async (context) => {
      context.logger.info(`Reading ${shownRoot}/`);
      await pass(context);
      const { watcher } = context;
      if (!watcher) return;
      // In `astro dev`: one pass per burst of changes (an editor saving three files, a git
      // checkout), each pass's notices printed once.
      const watched = [join(contentDir, 'documents'), join(contentDir, 'cleaning.yaml')];
      watcher.add(watched);
      let timer: NodeJS.Timeout | undefined;
      let running: Promise<void> = Promise.resolve();
      const schedule = (path: string) => {
        if (!watched.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          running = running.then(() => pass(context)).catch((error: unknown) => context.logger.error(String(error)));
        }, SETTLE_MS);
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, schedule);
    },
  };
}

type StoredEntry = Parameters<LoaderContext['store']['set']>[0];
type RenderedMarkdown = Awaited<ReturnType<LoaderContext['renderMarkdown']>>;

/**
 * Renders `.md` editions with Astro's Markdown processor, each once per pass: an aligned pair needs
 * both versions' rendered blocks before either edition is stored.
 */
function markdownRenderer(
  context: LoaderContext,
  editionsDir: string,
): (edition: Edition) => Promise<RenderedMarkdown> {
  const rendered = new Map<Edition, Promise<RenderedMarkdown>>();
  return (edition) => {
    let html = rendered.get(edition);
    if (!html) {
      const file = join(editionsDir, editionFileName(edition));
      // An aligned `.mdx` version is rendered as the Markdown it is (`remarkMdxAsMarkdown`): nothing compiled, nothing run.
      const markdown: Edition = edition.format === 'mdx' ? { ...edition, format: 'md' } : edition;
      html = context.renderMarkdown(editionToMdx(markdown), { fileURL: new URL(`file://${file}`) });
      rendered.set(edition, html);
    }
    return html;
  };
}

/** Renders one edition as the loader stores it. */
async function renderEntry(
  edition: Edition,
  context: LoaderContext,
  glossary: () => CompiledGlossary,
  digestFor: (used: readonly string[]) => string,
  base: string,
  noteLabels: HamishConfig['noteLabels'],
  editionsDir: string,
  markdown: (edition: Edition) => Promise<RenderedMarkdown>,
  pair?: PairAlignment,
): Promise<StoredEntry> {
  const id = editionId(edition);
  if (edition.format === 'txt') {
    const { tree, facts, paragraphLines } = renderEdition(edition, glossary(), base, noteLabels[edition.lang]);
    const data: EditionData = {
      ...dataOf(edition, paragraphLines),
      glossary: facts,
      searchBlocks: searchBlocksOf(edition, tree.children),
    };
    // Aligned: the text goes into `aligned.rows`, and the rendered HTML keeps what follows it (the notes).
    const aligned = await pair?.rowsOf(edition, tree);
    if (aligned) data.aligned = aligned;
    return {
      id,
      data,
      digest: digestFor(Object.keys(facts)),
      rendered: { html: toEditionHtml(tree), metadata: { frontmatter: { [FACTS_FIELD]: facts } } },
    };
  }
  const file = join(editionsDir, editionFileName(edition));
  // A `.md` source, and an `.mdx` one aligned with its translation (Markdown with HTML elements).
  if (edition.format === 'md' || (edition.format === 'mdx' && pair)) {
    const rendered = await markdown(edition);
    const found = (rendered.metadata?.frontmatter?.[FACTS_FIELD] ?? {}) as GlossaryFacts;
    const tree = htmlFragment(rendered.html);
    const data: EditionData = {
      ...dataOf(edition),
      glossary: found,
      searchBlocks: searchBlocksOf(edition, tree.children),
    };
    // Aligned, as a `.txt` edition: the text goes into the rows, and the rendered HTML keeps the notes.
    const aligned = await pair?.rowsOf(edition, tree);
    if (!aligned) return { id, data, digest: digestFor(Object.keys(found)), rendered };
    data.aligned = aligned;
    return { id, data, digest: digestFor(Object.keys(found)), rendered: { ...rendered, html: toEditionHtml(tree) } };
  }
  // MDX: compiled by Astro's MDX integration when its page renders (see the module comment).
  const filePath = relative(new URL('.', context.config.root).pathname, file);
  return { id, data: dataOf(edition), filePath, digest: digestFor([]), deferredRender: true };
}

async function writeAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(`${path}.tmp`, text);
  await rename(`${path}.tmp`, path);
}
