import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { join, relative } from 'node:path';
import { formatDiagnostic, hasErrors } from '../core/ingest/index.ts';
import type { Diagnostic } from '../core/types.ts';
import { loadContent } from '../lib/content.ts';
import { writeEditions } from '../lib/write-editions.ts';

/** Prints diagnostics compiler-style, each under the logger level that matches its severity. */
function report(diagnostics: Diagnostic[], logger: AstroIntegrationLogger, contentRoot: string): void {
  for (const diagnostic of diagnostics) {
    const line = formatDiagnostic({ ...diagnostic, file: join(contentRoot, diagnostic.file) });
    if (diagnostic.severity === 'error') logger.error(line);
    else if (diagnostic.severity === 'warning') logger.warn(line);
    else logger.info(line);
  }
}

/**
 * Turns the sources of a content folder into generated MDX editions before Astro loads its
 * collections, and keeps them current in dev mode. Content problems stop the build with every
 * problem listed, never a stack trace.
 */
export function hamishContent(options: { contentDir: string; editionsDir: string }): AstroIntegration {
  const { contentDir, editionsDir } = options;
  const shownRoot = relative(process.cwd(), contentDir) || '.';

  async function run(logger: AstroIntegrationLogger): Promise<Diagnostic[]> {
    const started = performance.now();
    const content = await loadContent(contentDir);
    report(content.diagnostics, logger, shownRoot);
    if (hasErrors(content.diagnostics)) return content.diagnostics;
    const { written, removed } = await writeEditions(content.editions, editionsDir);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    logger.info(
      `${content.sourceCount} sources → ${content.editions.length} editions (${written} written, ${removed} removed) in ${seconds}s`,
    );
    return content.diagnostics;
  }

  return {
    name: 'hamish:content',
    hooks: {
      'astro:config:setup': async ({ logger, command }) => {
        if (command === 'preview') return;
        logger.info(`Reading ${shownRoot}/`);
        const diagnostics = await run(logger);
        const errors = diagnostics.filter((d) => d.severity === 'error').length;
        if (errors > 0) {
          throw new AstroError(
            `${errors} problem${errors === 1 ? '' : 's'} in ${shownRoot}/ (listed above) stopped the build.`,
            'Fix the files named above, then build again. `npm run check` checks the content without building.',
          );
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        const watched = [join(contentDir, 'documents'), join(contentDir, 'cleaning.yaml')];
        server.watcher.add(watched);
        let queue = Promise.resolve();
        const rerun = (path: string) => {
          if (!watched.some((prefix) => path.startsWith(prefix))) return;
          queue = queue.then(() => run(logger).then(() => undefined, (error) => logger.error(String(error))));
        };
        server.watcher.on('add', rerun);
        server.watcher.on('change', rerun);
        server.watcher.on('unlink', rerun);
      },
    },
  };
}
