import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { join } from 'node:path';
import { hasErrors, reportDiagnostics, shownFolder } from '../core/ingest/index.ts';
import type { Diagnostic } from '../core/types.ts';
import { loadContent } from '../lib/content.ts';
import { GLOSSARY_FILE } from '../lib/glossary.ts';
import { writeEditions } from '../lib/write-editions.ts';

/** Prints diagnostics compiler-style, each under the logger level that matches its severity. */
function report(diagnostics: Diagnostic[], logger: AstroIntegrationLogger, contentRoot: string): void {
  for (const { severity, text } of reportDiagnostics(diagnostics, contentRoot).lines) {
    if (severity === 'error') logger.error(text);
    else if (severity === 'warning') logger.warn(text);
    else logger.info(text);
  }
}

/**
 * Turns the sources of a content folder into generated MDX editions before Astro loads its
 * collections, and keeps them current in dev mode. Content problems stop the build with every
 * problem listed, never a stack trace.
 */
export function hamishContent(options: { contentDir: string; editionsDir: string }): AstroIntegration {
  const { contentDir, editionsDir } = options;
  const shownRoot = shownFolder(contentDir, process.cwd());

  let command = 'build';

  async function run(logger: AstroIntegrationLogger): Promise<Diagnostic[]> {
    const started = performance.now();
    const content = await loadContent(contentDir);
    report(content.diagnostics, logger, shownRoot);
    // A build stops on errors (below); the dev server keeps serving the sources that are fine.
    if (hasErrors(content.diagnostics) && command === 'build') return content.diagnostics;
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
      'astro:config:setup': async ({ logger, command: phase, addWatchFile }) => {
        // The glossary is compiled into the Markdown pipeline, so a change to it restarts the dev server.
        addWatchFile(join(contentDir, GLOSSARY_FILE));
        if (phase === 'preview') return;
        command = phase;
        logger.info(`Reading ${shownRoot}/`);
        const diagnostics = await run(logger);
        const errors = diagnostics.filter((d) => d.severity === 'error').length;
        if (errors > 0 && phase === 'build') {
          // A content problem is the editor's to fix, not a crash: the list above says where and how,
          // so the build ends here without the stack trace Astro would print for a thrown error.
          logger.error(
            `${errors} problem${errors === 1 ? '' : 's'} in ${shownRoot}/ stopped the build. Fix the files named above ` +
              'and build again; `npm run check` checks the content without building.',
          );
          process.exit(1);
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
