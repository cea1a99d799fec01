/**
 * `npm run export:pdf`: prints document pages of the built site to PDF with Debian's Chromium
 * (through playwright-core; never a downloaded browser), as a reader's browser would print them
 * with the site's print style sheet (src/styles/print.css): tagged (accessible), with an outline
 * of the headings, the title in the top margin and page numbers in the bottom one.
 *
 *   npm run build && npm run export:pdf          # every document page
 *   npm run export:pdf -- macron-campaign-hack   # both language versions of the documents named
 *   npm run export:pdf -- --site dist --out exports/pdf --base /editions/
 *
 * The base (the sub-path the site was built for) is the one the last build of the folder recorded
 * (`.hamish/last-build.json`, as for `astro preview`), unless `--base` or `BASE_PATH` says otherwise.
 * A page whose style sheets, scripts or fonts do not load is not printed: the export fails, naming them.
 *
 * The site is served from its folder (`dist/` by default) on the loopback interface for as long
 * as the export takes. PDFs go to `exports/pdf/` by default, one per page: `<slug>.<lang>.pdf`.
 * The build itself never needs a browser.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { serve } from './serve.ts';
import { recordedBase } from '../integrations/build-record.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    site: { type: 'string', default: 'dist' },
    out: { type: 'string', default: join('exports', 'pdf') },
    base: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(
    'npm run export:pdf -- [slug…] [--site dist] [--out exports/pdf] [--base /]\n' +
      'Prints the document pages of the built site (all, or the documents named) to PDF.',
  );
  process.exit(0);
}

const site = resolve(values.site);
const out = resolve(values.out);
const base = (values.base || process.env.BASE_PATH || recordedBase(process.cwd(), site) || '/')
  .replace(/\/?$/, '/')
  .replace(/^\/?/, '/');

/** What a page cannot be printed without: a page missing one would print unstyled, or half laid out. */
const NEEDED = new Set(['stylesheet', 'script', 'font']);

/** A document page of the built site. */
interface DocumentPage {
  lang: string;
  slug: string;
}

/** The document pages of the built site: `<lang>/<slug>/index.html` holding a document. */
async function documentPages(): Promise<DocumentPage[]> {
  const pages: DocumentPage[] = [];
  for (const lang of ['ar', 'en']) {
    const folder = join(site, lang);
    if (!existsSync(folder)) continue;
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const html = await readFile(join(folder, entry.name, 'index.html'), 'utf8').catch(() => '');
      if (/<div class="document[ "]/.test(html)) pages.push({ lang, slug: entry.name });
    }
  }
  return pages.sort((a, b) => a.slug.localeCompare(b.slug) || a.lang.localeCompare(b.lang));
}

/** The margin boxes: the page's title at the top, "page / pages" at the bottom, in the page's direction. */
function marginBox(content: string, lang: string): string {
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  return (
    // The margin boxes cannot load the site's faces: the system's serif.
    `<div dir="${dir}" lang="${lang}" style="width: 100%; margin: 0 15mm; font-size: 8pt; color: #444; ` +
    `font-family: serif; text-align: center;">${content}</div>`
  );
}

async function main(): Promise<number> {
  if (!existsSync(join(site, 'index.html'))) {
    console.error(
      `export:pdf: no built site in ${relative(process.cwd(), site) || '.'}/: run \`npm run build\` first.`,
    );
    return 1;
  }
  if (!existsSync(CHROMIUM)) {
    console.error(
      `export:pdf: Chromium is missing (${CHROMIUM}). Install Debian's package (apt-get install chromium), ` +
        'or set CHROMIUM_PATH to a Chromium executable. The site itself builds without it.',
    );
    return 1;
  }
  const all = await documentPages();
  const named = new Set(positionals);
  const pages = named.size > 0 ? all.filter((page) => named.has(page.slug)) : all;
  const unknown = [...named].filter((slug) => !all.some((page) => page.slug === slug));
  if (unknown.length > 0) {
    console.error(`export:pdf: no document page for ${unknown.join(', ')} in ${relative(process.cwd(), site)}/`);
    return 1;
  }
  if (pages.length === 0) {
    console.error(`export:pdf: the site in ${relative(process.cwd(), site)}/ has no document pages.`);
    return 1;
  }
  await mkdir(out, { recursive: true });
  const server = await serve(site, base);
  let browser: Browser | undefined;
  const started = performance.now();
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    const context = await browser.newContext();
    // Nothing but the site itself is loaded.
    await context.route('**/*', (route) =>
      new URL(route.request().url()).origin === new URL(server.url).origin ? route.continue() : route.abort(),
    );
    const page = await context.newPage();
    // The site's own files that did not load for the page being printed (other origins are refused above).
    const failed: string[] = [];
    const own = (url: string) => new URL(url).origin === new URL(server.url).origin;
    page.on('requestfailed', (request) => {
      if (NEEDED.has(request.resourceType()) && own(request.url()))
        failed.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`);
    });
    page.on('response', (response) => {
      const request = response.request();
      if (NEEDED.has(request.resourceType()) && response.status() >= 400)
        failed.push(`${response.url()} (${response.status()})`);
    });
    for (const [i, { lang, slug }] of pages.entries()) {
      const url = new URL(`${lang}/${encodeURIComponent(slug)}/`, server.url).href;
      const response = await page.goto(url, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      if (failed.length > 0)
        throw new Error(
          `${url} could not load ${failed.join(', ')}. Was the site built for another base than ${base}? ` +
            'Give the one it was built for with --base (or BASE_PATH).',
        );
      const file = join(out, `${slug}.${lang}.pdf`);
      await page.pdf({
        path: file,
        format: 'A4',
        printBackground: true,
        tagged: true,
        outline: true,
        displayHeaderFooter: true,
        headerTemplate: marginBox('<span class="title"></span>', lang),
        footerTemplate: marginBox('<span class="pageNumber"></span> / <span class="totalPages"></span>', lang),
        margin: { top: '18mm', bottom: '18mm', left: '15mm', right: '15mm' },
      });
      console.log(`[${i + 1}/${pages.length}] ${relative(process.cwd(), file)}`);
    }
  } finally {
    await browser?.close();
    await server.close();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`export:pdf: ${pages.length} PDFs in ${relative(process.cwd(), out) || '.'}/ (${seconds}s)`);
  return 0;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(`export:pdf: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
});
