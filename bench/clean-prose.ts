/**
 * The cleaner's guard on prose: every segment of TICO-19 (both languages), standing alone on a
 * line, through the built-in furniture patterns. A segment they take is a line of an article the
 * cleaner could remove; each is printed with the pattern that took it, so a change to the shapes
 * can be checked against real prose before it is committed (docs/cleaning.md lists the known ones).
 *
 *   npm run eval:clean-prose    (TICO-19 from HAMISH_TICO19, default ../shared/corpora/tico19)
 */
import { DEFAULT_RULES, matchFurniture } from '../src/core/ingest/furniture.ts';
import { ticoDocuments, ticoMissing } from '../tests/helpers/tico.ts';
import { creditShape, likelyCredit } from '../src/core/ingest/title-shapes.ts';
import { siteTalkLine } from '../src/core/ingest/site-talk.ts';

const missing = ticoMissing();
if (missing) {
  console.error(`clean-prose: ${missing}`);
  process.exit(1);
}

let segments = 0;
const taken: string[] = [];
/** Segments the cleaner's line shapes would take at a page's edge (never inside the text, nor a line ending as a sentence). */
const shaped: string[] = [];
/** Segments the page's talk about itself would take (`site-talk.ts`): anywhere, or at a page's edge only. */
const talk: string[] = [];
for (const document of ticoDocuments()) {
  for (const unit of document.units) {
    for (const lang of ['en', 'ar'] as const) {
      const line = unit[lang].trim();
      if (line === '') continue;
      segments++;
      const talked = siteTalkLine(line, lang);
      if (talked)
        talk.push(
          `${lang}\tsite-talk ${talked.kind} (${talked.where}${talked.loose ? ', only beside furniture' : ''})\t${line}`,
        );
      const found = matchFurniture(line, lang, DEFAULT_RULES);
      if (found) taken.push(`${lang}\t${found.pattern.name}\t${line}`);
      else if (!/[.!?؟…]["”’»)\]]*$/u.test(line) && [...line].length <= 120) {
        const firm = creditShape(line, lang, false);
        const loose = firm ? undefined : likelyCredit(line, lang);
        if (firm) shaped.push(`${lang}\tshaped-${firm.kind}\t${line}`);
        else if (loose) shaped.push(`${lang}\tlikely-${loose} (only beside furniture)\t${line}`);
      }
    }
  }
}
for (const line of taken) console.log(line);
console.log(`${taken.length} of ${segments} TICO-19 segments taken for furniture standing alone`);
for (const line of shaped) console.log(line);
console.log(`${shaped.length} of ${segments} more shaped as the page's lines (taken only at a page's edge)`);
for (const line of talk) console.log(line);
console.log(
  `${talk.length} of ${segments} talk about the page (${talk.filter((l) => l.includes('(anywhere')).length} anywhere)`,
);
