/**
 * The Hamish integration: owns the build's state. It resolves the content folder once, configures
 * the Markdown pipeline (Astro 7's default processor ignores remark/rehype plugins, so the unified
 * one is set explicitly, with Hamish's plugins), adds MDX for hand-written `.mdx` sources, hands
 * what it resolved to the content config and the pages through `virtual:hamish/config`, and builds
 * the search index after the build (`search.ts`). The content itself is read, checked and rendered
 * by the editions loader (`editions/loader.ts`), once per build.
 */
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rehypeBidi } from '../plugins/rehype-bidi/index.ts';
import { remarkGlossary } from '../plugins/remark-glossary/index.ts';
import { CONFIG_MODULE, type HamishConfig } from './config.ts';
import { GLOSSARY_FILE, loadGlossary } from './glossary-file.ts';
import { contentDir as resolveContentDir, editionsDir, workDir as resolveWorkDir } from './paths.ts';
import { hamishSearch } from './search.ts';
import { writeBooks } from './books.ts';
import { shownFolder } from '../core/ingest/index.ts';

export interface HamishOptions {
  /** The content folder; `CONTENT_DIR` or `content/` by default (see `contentDir`). */
  contentDir?: string;
}

export function hamish(options: HamishOptions = {}): AstroIntegration {
  const contentDir = options.contentDir ?? resolveContentDir();
  const workDir = resolveWorkDir(contentDir);
  const shownRoot = shownFolder(contentDir, process.cwd());
  const search = hamishSearch({ contentDir, workDir });
  let base = '/';
  let root = process.cwd();

  return {
    name: 'hamish',
    hooks: {
      'astro:config:setup': async (params) => {
        const { config, command, updateConfig, addWatchFile } = params;
        const resolved: HamishConfig = {
          contentDir,
          shownRoot,
          workDir,
          editionsDir: editionsDir(workDir),
          base: config.base,
          command,
        };
        // Hand-written Markdown and MDX are glossed by Astro's processor, in this module graph: the
        // glossary is read for them when the first one renders (a site of .txt sources never does).
        let glossary: ReturnType<typeof loadGlossary> | undefined;
        const compiled = async () => (await (glossary ??= loadGlossary(contentDir))).compiled;
        // The compiled glossary lives in the Markdown pipeline: a change to it restarts the dev server.
        addWatchFile(join(contentDir, GLOSSARY_FILE));
        updateConfig({
          cacheDir: pathToFileURL(`${workDir}/cache/`),
          markdown: {
            // Smartypants would rewrite the quotes of the source text, which an edition must show as written.
            processor: unified({
              smartypants: false,
              remarkPlugins: [[remarkGlossary, { glossary: compiled, base: config.base }]],
              rehypePlugins: [rehypeBidi],
            }),
          },
          // Only hand-written .mdx sources are compiled by MDX: generated editions are rendered by the loader.
          integrations: [mdx({ optimize: true })],
          vite: {
            plugins: [
              {
                name: 'hamish:config',
                resolveId: (id: string) => (id === CONFIG_MODULE ? `\0${CONFIG_MODULE}` : undefined),
                load: (id: string) =>
                  id === `\0${CONFIG_MODULE}` ? `export default ${JSON.stringify(resolved)};` : undefined,
              },
            ],
          },
        });
        await search.hooks['astro:config:setup']?.(params);
      },
      'astro:config:done': (params) => {
        base = params.config.base;
        root = fileURLToPath(params.config.root);
        return search.hooks['astro:config:done']?.(params);
      },
      'astro:server:setup': (params) => search.hooks['astro:server:setup']?.(params),
      // The search index and the e-books are made from the built pages, side by side: search waits
      // on Pagefind's own process most of the time.
      'astro:build:done': async (params) => {
        await Promise.all([
          search.hooks['astro:build:done']?.(params),
          writeBooks(fileURLToPath(params.dir), { workDir, root, base }, params.logger),
        ]);
      },
    },
  };
}
