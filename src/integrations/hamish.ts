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
import { createHash } from 'node:crypto';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { remarkGlossary } from '../plugins/remark-glossary/index.ts';
import { CONFIG_MODULE, type HamishConfig } from './config.ts';
import { EDITION_MARKDOWN, siteRehypePlugins } from './markdown-options.ts';
import { GLOSSARY_FILE, loadGlossary } from './glossary-file.ts';
import { contentDir as resolveContentDir, editionsDir, workDir as resolveWorkDir } from './paths.ts';
import { reportArchivePages } from './archive.ts';
import { hamishSearch } from './search.ts';
import { writeBooks } from './books.ts';
import { pagesCopied } from './progress.ts';
import { hasSitePages } from './site-pages.ts';
import {
  acquireProjectLock,
  checkIncrementalCache,
  markGenerated,
  markGenerating,
  outputPlan,
  publishOutput,
  recoverOutput,
  type OutputPlan,
} from './publish.ts';
import { shownFolder } from '../core/ingest/index.ts';
import { AstroError } from 'astro/errors';
import { glossaryLabels } from '../plugins/remark-glossary/labels.ts';
import { translator, withOverrides } from '../i18n/index.ts';
import {
  OptionsError,
  parseOptions,
  resolveFiles,
  siteOptions,
  stringOverrides,
  type HamishOptions,
} from './options.ts';
import { reportSkipped, siteSitemap, siteVitePlugin, writeRobots } from './site.ts';
import { builtBase, recordBuild } from './build-record.ts';
import {
  describeConfig,
  forgetLastGood,
  inputsKey,
  mayEndEarly,
  recordLastGood,
  unchangedSinceLastGood,
} from './last-good.ts';
import { warnInlineStyles } from './inline-styles.ts';
import { handWrittenPages, warnBrokenLinks } from './site-links.ts';
import { optionsFile, staticOptionsNotice } from './options-file.ts';
import { keyStaticRoutes } from './static-keys.ts';
import { componentsVitePlugin } from './components.ts';

export type { HamishOptions } from './options.ts';
export { importOptions } from './options-file.ts';

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
  // The UI strings as the pages see them, for what the build makes outside Vite (notes, e-books).
  const translate = translator(withOverrides(overrides));
  // Options read by `importOptions`: a change to their file restarts the dev server, which reads it again.
  const ownFile = optionsFile(input);
  const contentDir = options.contentDir ? resolvePath(options.contentDir) : resolveContentDir();
  const workDir = resolveWorkDir(contentDir);
  const shownRoot = shownFolder(contentDir, process.cwd());
  const search = hamishSearch({ contentDir, workDir });
  const cacheDir = join(workDir, 'cache');
  let plan: OutputPlan | undefined;
  /** The key of what this build reads (see `last-good.ts`), recorded once it is published. */
  let inputs: string | undefined;
  let generationStarted = Date.now();
  /** Whether the site is built with an adapter (`astro:config:done`). */
  let adapter = false;

  let site: string | undefined;
  let base = '/';
  let root = process.cwd();

  return {
    name: 'hamish',
    hooks: {
      'astro:config:setup': async (params) => {
        const { config, command, updateConfig, addWatchFile, logger } = params;
        if (command === 'build' || command === 'dev' || command === 'sync') {
          await acquireProjectLock(fileURLToPath(config.root), command, logger);
        }
        if (command === 'build') {
          // Astro writes into a staging folder; `hamish:publish` swaps it in when every step succeeded.
          plan = outputPlan(fileURLToPath(config.outDir), workDir);
          await recoverOutput(plan, logger);
        }
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
        if (plan) {
          inputs = inputsKey({
            root: fileURLToPath(config.root),
            contentDir,
            config: [config, options],
            files: [
              files.logo,
              files.favicon,
              files.image,
              ...files.stylesheets,
              ...Object.values(files.components),
            ].filter((file) => file !== undefined),
            folders: Object.values(files.components).map((file) => dirname(file)),
          });
          if (mayEndEarly() && unchangedSinceLastGood(workDir, plan.target, inputs)) {
            logger.info(
              `Nothing changed since the last build (content, code, configuration, environment): ${plan.target} is kept as it is. \`astro build --force\` builds anyway.`,
            );
            // Astro has no way for an integration to end a build early and successfully; this process
            // is the `astro build` command alone (`mayEndEarly`), with nothing else to finish.
            process.exit(0);
          }
          await checkIncrementalCache(workDir, cacheDir, logger);
        }
        // The notes' words come from the UI strings, which the options may replace; this processor
        // runs outside Vite, so it is given them here.
        const labels = glossaryLabels(translate);
        const resolved: HamishConfig = {
          hasPages: hasSitePages(contentDir),
          contentDir,
          shownRoot,
          workDir,
          editionsDir: editionsDir(workDir),
          base: config.base,
          command,
          site: siteOptions(options, config.site),
          noteLabels: labels,
          configVersion: createHash('sha256')
            .update(describeConfig([config, options]))
            .digest('hex')
            .slice(0, 16),
        };
        // Hand-written Markdown and MDX are glossed by Astro's processor, in this module graph: the
        // glossary is read for them when the first one renders (a site of .txt sources never does).
        let glossary: ReturnType<typeof loadGlossary> | undefined;
        const compiled = async () => (await (glossary ??= loadGlossary(contentDir))).compiled;
        // The compiled glossary lives in the Markdown pipeline: a change to it restarts the dev server.
        addWatchFile(join(contentDir, GLOSSARY_FILE));
        if (ownFile) addWatchFile(ownFile);
        else if (command === 'dev' && !params.isRestart) {
          const notice = staticOptionsNotice(root);
          if (notice) logger.info(notice);
        }
        updateConfig({
          cacheDir: pathToFileURL(`${cacheDir}/`),
          ...(plan && { outDir: pathToFileURL(`${plan.staging}/`) }),
          markdown: {
            processor: unified({
              ...EDITION_MARKDOWN,
              remarkPlugins: [
                ...EDITION_MARKDOWN.remarkPlugins,
                [remarkGlossary, { glossary: compiled, base: config.base, labels }],
              ],
              rehypePlugins: siteRehypePlugins(config.base),
            }),
          },
          // Only hand-written .mdx sources are compiled by MDX: generated editions are rendered by the loader.
          // `hamish:publish` last: every integration's files are in the staged site before it is published.
          integrations: [
            mdx({ optimize: true }),
            ...(config.site && command === 'build'
              ? [siteSitemap(options.defaultLang, config.base, config.site, workDir)]
              : []),
            hamishPublish(() => plan, {
              before: () => forgetLastGood(workDir),
              after: async (target) => {
                await recordBuild(root, target, base);
                if (inputs) await recordLastGood(workDir, target, inputs);
              },
            }),
          ],
          vite: {
            // Vite's prebundled dependencies beside the content folder's other caches: in
            // `node_modules/.vite`, shared by every build and dev server of the project (several
            // content folders, several checkouts sharing one node_modules), each run found another's
            // and bundled them again ("vite config has changed"), a second or two every build.
            cacheDir: join(workDir, 'vite'),
            plugins: [
              siteVitePlugin(files, overrides),
              componentsVitePlugin(files.components),
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
        adapter = params.config.adapter !== undefined;
        return search.hooks['astro:config:done']?.(params);
      },
      'astro:server:setup': (params) => {
        // Astro restarts for a watched file only if Vite's watcher sees it change: it may lie outside the project.
        if (ownFile) params.server.watcher.add(ownFile);
        return search.hooks['astro:server:setup']?.(params);
      },
      'astro:build:start': ({ setPrerenderer }) => {
        generationStarted = Date.now();
        // The 404 page's key. An adapter may bring a prerenderer of its own, which must stay.
        if (!adapter) setPrerenderer(keyStaticRoutes);
        return markGenerating(workDir);
      },
      'astro:build:generated': () => markGenerated(workDir, cacheDir),
      'astro:build:done': async (params) => {
        // What the incremental build saved: the count editors see after, say, a glossary edit.
        const copied = await pagesCopied(cacheDir, generationStarted);
        params.logger.info(
          `${params.pages.length} pages: ${params.pages.length - copied} rendered, ${copied} copied from the last build`,
        );
        const outDir = fileURLToPath(params.dir);
        if (options.browse) await reportArchivePages(params.pages, outDir, params.logger);
        await warnInlineStyles(outDir, params.logger);
        if (site) await writeRobots(outDir, base, site);
        // The search index and the e-books are made from the built pages, side by side: search waits
        // on Pagefind's own process most of the time.
        await Promise.all([
          search.hooks['astro:build:done']?.(params),
          options.books &&
            writeBooks(outDir, { workDir, root, base, topics: options.browse, t: translate }, params.logger),
        ]);
        // Once every file of the site is there: the links of hand-written content that lead nowhere.
        await warnBrokenLinks(
          outDir,
          await handWrittenPages(workDir, contentDir),
          { base, contentDir, shownRoot },
          params.logger,
        );
      },
    },
  };
}

/**
 * The last integration of a build: moves the staged site into the output folder once every
 * integration before it has written its files (see `publish.ts`). `records.after` records what
 * was published (for `astro preview` and the next build), only once it is in place.
 */
function hamishPublish(
  plan: () => OutputPlan | undefined,
  records: { before: () => Promise<void>; after: (target: string) => Promise<void> },
): AstroIntegration {
  return {
    name: 'hamish:publish',
    hooks: {
      'astro:config:done': ({ config }) => {
        const names = config.integrations.map((integration) => integration.name);
        const after = names.slice(names.indexOf('hamish:publish') + 1);
        if (after.length > 0)
          throw new AstroError(
            `Integrations added after Hamish's would write into a site already published: ${after.join(', ')}.`,
            'List them in astro.config.mjs (after hamish() is fine), or add them before `hamish:publish` in the Hamish integration.',
          );
      },
      'astro:build:done': async ({ logger }) => {
        const current = plan();
        if (!current) return;
        const started = performance.now();
        try {
          await records.before();
          await publishOutput(current);
        } catch (error) {
          throw new AstroError(
            `Publishing the site to ${current.target} failed: ${(error as Error).message}`,
            'The last good site is still in place (or is put back by the next build).',
          );
        }
        await records.after(current.target);
        logger.info(`Published to ${current.target} in ${((performance.now() - started) / 1000).toFixed(2)}s`);
      },
    },
  };
}
