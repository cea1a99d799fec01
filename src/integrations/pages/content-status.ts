/**
 * For pages: in `astro dev`, content errors are shown in the browser, on every page that shows
 * content, until they are fixed, rather than the site being served without the broken files. A
 * build never gets here with errors: it stops on them (see the loader).
 */
import { getEntry } from 'astro:content';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { countOf, reportDiagnostics } from '../../core/ingest/index.ts';
import { STATUS_ID, type ContentStatus } from '../editions/collections.ts';

/**
 * A page listing the content's errors (status 500), or undefined when there are none. A page
 * returns it in place of itself: `const problem = await contentProblems(); if (problem) return problem;`
 */
export async function contentProblems(): Promise<Response | undefined> {
  const status = (await getEntry('contentStatus', STATUS_ID))?.data as ContentStatus | undefined;
  if (!status || status.errors.length === 0) return undefined;
  // The same lines as the terminal's and `npm run check`'s.
  const report = reportDiagnostics(status.errors, status.root);
  const count = countOf(status.errors.length, 'problem');
  // Built as a tree: a diagnostic quotes the source, which is untrusted, and every text is escaped.
  const page = h(null, [
    { type: 'doctype' },
    h('html', { lang: 'en' }, [
      h('head', [
        h('meta', { charset: 'utf-8' }),
        h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        h('title', `${count} in the content`),
        // A message quotes a whole source line: it wraps, rather than running off the window.
        h(
          'style',
          'body{margin:2rem;font-family:system-ui,sans-serif}pre{white-space:pre-wrap;overflow-wrap:anywhere}',
        ),
      ]),
      h('body', [
        h('h1', `${count} in ${status.root}/`),
        h('p', [
          'The site is not shown until they are fixed. Fix the files named below and save: reload this page to see the result. ',
          h('code', 'npm run check'),
          ' lists the same problems.',
        ]),
        h('pre', report.lines.map((line) => line.text).join('\n')),
      ]),
    ]),
  ]);
  return new Response(toHtml(page), { status: 500, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
