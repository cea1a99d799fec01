/**
 * The cleaner's guard on headlines: every headline of bench/clean-headlines/headlines.json (real-
 * looking ones, of many shapes, in both languages) as a page's first line, alone above the article,
 * under a breadcrumb, a timestamp or a byline, and between furniture above and a byline below
 * (tests/helpers/headline-guard.ts). Each must be the page's title and never be removed; the
 * script prints every failure (the title the page got instead, and the pattern that removed the
 * headline, if one did) and a count per context and language. It needs nothing outside the repo.
 *
 *   npm run eval:clean-headlines
 */
import { readFileSync } from 'node:fs';
import type { Lang } from '../src/core/types.ts';
import { checkHeadline, HEADLINE_CONTEXTS, type HeadlineFailure } from '../tests/helpers/headline-guard.ts';

const headlines: Record<Lang, string[]> = JSON.parse(
  readFileSync(new URL('./clean-headlines/headlines.json', import.meta.url), 'utf8'),
);
const failures: HeadlineFailure[] = [];
const rows: string[] = [];
for (const lang of ['en', 'ar'] as const) {
  for (const context of HEADLINE_CONTEXTS) {
    const failed = headlines[lang].map((h, k) => checkHeadline(h, lang, context, k)).filter((f) => f !== undefined);
    failures.push(...failed);
    const removed = failed.filter((f) => f.removedBy !== undefined).length;
    rows.push(
      `${lang}\t${context.padEnd(18)}\t${headlines[lang].length - failed.length} / ${headlines[lang].length} titles\t${removed} removed`,
    );
  }
}
for (const f of failures) {
  const why = [
    f.removedBy ? `REMOVED by ${f.removedBy}` : `title “${f.title}”`,
    f.furnitureKept ? `furniture kept: ${f.furnitureKept.join(' | ')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  console.log(`${f.lang}\t${f.context}\t${f.headline}\t${why}`);
}
console.log(rows.join('\n'));
const pages = HEADLINE_CONTEXTS.length * (headlines.en.length + headlines.ar.length);
console.log(
  `${pages - failures.length} of ${pages} pages take their headline as the title; ${failures.filter((f) => f.removedBy).length} headlines removed`,
);
