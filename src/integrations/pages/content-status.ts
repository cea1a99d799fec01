/**
 * For pages: in `astro dev`, content errors are shown in the browser, on every page that shows
 * content, until they are fixed, rather than the site being served without the broken files. A
 * build never gets here with errors: it stops on them (see the loader).
 */
import { getEntry } from 'astro:content';
import { formatDiagnostic } from '../../core/ingest/index.ts';
import { STATUS_ID, type ContentStatus } from '../editions/collections.ts';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A page listing the content's errors (status 500), or undefined when there are none. A page
 * returns it in place of itself: `const problem = await contentProblems(); if (problem) return problem;`
 */
export async function contentProblems(): Promise<Response | undefined> {
  const status = (await getEntry('contentStatus', STATUS_ID))?.data as ContentStatus | undefined;
  if (!status || status.errors.length === 0) return undefined;
  const lines = status.errors.map((d) => formatDiagnostic({ ...d, file: `${status.root}/${d.file}` }));
  const count = `${status.errors.length} problem${status.errors.length === 1 ? '' : 's'}`;
  // Plain HTML, every text escaped: a diagnostic quotes the source, which is untrusted.
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(count)} in the content</title></head><body>
<h1>${escape(count)} in ${escape(status.root)}/</h1>
<p>The site is not shown until they are fixed. Fix the files named below and save: reload this page to see the result.
<code>npm run check</code> lists the same problems.</p>
<pre>${lines.map(escape).join('\n')}</pre>
</body></html>`;
  return new Response(html, { status: 500, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
