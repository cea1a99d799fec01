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
import { join, resolve as resolvePath } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rehypeBidi } from '../plugins/rehype-bidi/index.ts';
import { remarkGlossary } from '../plugins/remark-glossary/index.ts';
import { CONFIG_MODULE, type HamishConfig } from './config.ts';
import { GLOSSARY_FILE, loadGlossary } from './glossary-file.ts';
import { contentDir as resolveContentDir, editionsDir, workDir as resolveWorkDir } from './paths.ts';
import { reportArchivePages } from './archive.ts';
import { hamishSearch } from './search.ts';
import { shownFolder } from '../core/ingest/index.ts';
import { AstroError } from 'astro/errors';
import { LANGS } from '../core/types.ts';
import { t } from '../i18n/index.ts';
import {
  OptionsError,
  parseOptions,
  resolveFiles,
  siteOptions,
  stringOverrides,
  type HamishOptions,
} from './options.ts';
import { builtBase, recordBuild, reportSkipped, siteSitemap, siteVitePlugin, writeRobots } from './site.ts';
import { warnInlineStyles } from './inline-styles.ts';

export type { HamishOptions } from './options.ts';

/** A wrong option stops Astro at startup with the list of what is wrong, without a stack. */
function optionsError(error: unknown): unknown {
  if (!(error instanceof OptionsError)) return error;
  const astroError = new AstroError(error.message, 'See docs/configuration.md for every option and what it accepts.');
  astroError.stack = '';
  return astroError;
}

export function hamish(input: HamishOptions = {}): AstroIntegration {
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions(input);
  } catch (error) {
    throw optionsError(error);
  }
  const overrides = stringOverrides(options);
  const contentDir = options.contentDir ? resolvePath(options.contentDir) : resolveContentDir();
  const workDir = resolveWorkDir(contentDir);
  const shownRoot = shownFolder(contentDir, process.cwd());
  const search = hamishSearch({ contentDir, workDir });

  let site: string | undefined;
  let base = '/';
  let root = process.cwd();

  return {
    name: 'hamish',
    hooks: {
      'astro:config:setup': async (params) => {
        const { config, command, updateConfig, addWatchFile, logger } = params;
        if (command === 'build') reportSkipped(config.site, logger);
        root = fileURLToPath(config.root);
        site = config.site;
        base = config.base;
        if (command === 'preview' && !process.env.BASE_PATH) {
          const built = builtBase(root, fileURLToPath(config.outDir), config.base);
          if (built) {
            logger.info(`Serving the build at ${built}, the base it was built for (BASE_PATH).`);
            updateConfig({ base: built });
          }
        }
        let files;
        try {
          files = resolveFiles(options, fileURLToPath(config.root));
        } catch (error) {
          throw optionsError(error);
        }
        const resolved: HamishConfig = {
          contentDir,
          shownRoot,
          workDir,
          editionsDir: editionsDir(workDir),
          base: config.base,
          command,
          site: siteOptions(options, config.site),
        };
        // The notes' words come from the UI strings, which the options may replace; this processor
        // runs outside Vite, so it is given them here.
        const labels = Object.fromEntries(
          LANGS.map((lang) => {
            const word = (key: 'glossaryNotes.heading' | 'glossaryNotes.reference' | 'glossaryNotes.back') =>
              overrides[lang][key] ?? t(lang, key);
            return [
              lang,
              {
                notes: word('glossaryNotes.heading'),
                reference: word('glossaryNotes.reference'),
                back: word('glossaryNotes.back'),
              },
            ];
          }),
        );
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
              remarkPlugins: [[remarkGlossary, { glossary: compiled, base: config.base, labels }]],
              rehypePlugins: [rehypeBidi],
            }),
          },
          // Only hand-written .mdx sources are compiled by MDX: generated editions are rendered by the loader.
          integrations: [
            mdx({ optimize: true }),
            ...(config.site && command === 'build' ? [siteSitemap(options.defaultLang, config.base, config.site)] : []),
          ],
          vite: {
            plugins: [
              siteVitePlugin(files, overrides),
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
      'astro:config:done': (params) => search.hooks['astro:config:done']?.(params),
      'astro:server:setup': (params) => search.hooks['astro:server:setup']?.(params),
      'astro:build:done': async (params) => {
        const outDir = fileURLToPath(params.dir);
        await reportArchivePages(params.pages, outDir, params.logger);
        await warnInlineStyles(outDir, params.logger);
        if (site) await writeRobots(outDir, base, site);
        await recordBuild(root, outDir, base);
        await search.hooks['astro:build:done']?.(params);
      },
    },
  };
}
