/**
 * The cleaner's guard on look-alike prose: every line of bench/clean-lookalikes/lines.json (news
 * prose, written for this guard, that opens or reads the way furniture does: media, apps, photos,
 * wires, sponsors, comments, dates, bylines-like openings, sub-headings, sign-offs, list items…)
 * through `ingest` as a line of an article, in five places: the last paragraph after two of prose
 * (`last`), the second line of a page under its headline (`second`), between two paragraphs of
 * prose (`between`), the first paragraph under a headline and a byline (`under-byline`), and the
 * last paragraph above a share button and a copyright line (`above-share`), where the page's edges
 * are. Every line is article text and must be kept as written; the script prints,
 * per language and place, how many were taken, and each taken line with the pattern (or reason)
 * the cleaner gave. It is an eval, not a gate: it exits 0. It needs nothing outside the repo.
 *
 *   npm run eval:clean-lookalikes                # taken lines and the counts
 *   npm run eval:clean-lookalikes -- --verbose   # every line, kept or taken
 *   npm run eval:clean-lookalikes -- --talk      # with `talk: true` (the page's talk about itself taken)
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ingest } from '../src/core/ingest/index.ts';
import { DEFAULT_RULES } from '../src/core/ingest/furniture.ts';
import type { Lang } from '../src/core/types.ts';

const { values } = parseArgs({
  options: { verbose: { type: 'boolean', default: false }, talk: { type: 'boolean', default: false } },
});

type Themes = Record<string, string[]>;
const data: Record<Lang, Themes> = JSON.parse(
  readFileSync(new URL('./clean-lookalikes/lines.json', import.meta.url), 'utf8'),
);

/** A headline, two paragraphs of an ordinary article and the page's furniture, around the line under test. */
const PAGE: Record<Lang, { headline: string; prose: [string, string]; byline: string; tail: [string, string] }> = {
  en: {
    headline: 'Council approves new budget after months of debate',
    byline: 'By Maria Lopez',
    tail: ['Share this article', '© 2024 The Daily Courier. All rights reserved.'],
    prose: [
      'The city council voted on Tuesday to approve a budget that had been delayed for most of the year, after members agreed to cut spending on roads.',
      'Opposition members said the plan did too little for housing, and several of them promised to raise the matter again when the council meets in the spring.',
    ],
  },
  ar: {
    headline: 'المجلس البلدي يقر الميزانية الجديدة بعد أشهر من النقاش',
    byline: 'بقلم: ليلى منصور',
    tail: ['شارك هذا المقال', '© 2024 جميع الحقوق محفوظة لصحيفة الصباح'],
    prose: [
      'صوّت المجلس البلدي يوم الثلاثاء على إقرار ميزانية تأخرت معظم العام، بعد أن اتفق الأعضاء على خفض الإنفاق على الطرق.',
      'وقال أعضاء في المعارضة إن الخطة لا تفعل ما يكفي للإسكان، ووعد عدد منهم بإثارة المسألة مجددًا عندما يجتمع المجلس في الربيع.',
    ],
  },
};

const POSITIONS = ['last', 'second', 'between', 'under-byline', 'above-share'] as const;
type Position = (typeof POSITIONS)[number];

function pageLines(line: string, lang: Lang, position: Position): string[] {
  const { headline, prose, byline, tail } = PAGE[lang];
  if (position === 'last') return [prose[0], prose[1], line];
  if (position === 'second') return [headline, line, prose[0], prose[1]];
  if (position === 'under-byline') return [headline, byline, line, prose[0], prose[1]];
  if (position === 'above-share') return [prose[0], prose[1], line, ...tail];
  return [prose[0], line, prose[1]];
}

/** Pages whose own furniture (byline, share button, copyright) stayed in the text: they test less than they should. */
let furnitureKept = 0;

/** Why the line is not in the page's text as written, or undefined when it is. */
function taken(line: string, lang: Lang, position: Position, k: number): string | undefined {
  const lines = pageLines(line, lang, position);
  const { editions } = ingest(
    [{ path: `documents/lookalike-${k}.${lang}.txt`, bytes: new TextEncoder().encode(`${lines.join('\n')}\n`) }],
    { cleaning: { ...DEFAULT_RULES, talk: values.talk } },
  );
  const edition = editions[0];
  if (!edition) return 'no edition';
  const furniture = [PAGE[lang].byline, ...PAGE[lang].tail].filter((l) => lines.includes(l) && l !== line);
  if (furniture.some((l) => edition.paragraphs.some((p) => p.text === l))) furnitureKept++;
  const at = lines.indexOf(line) + 1;
  const removal = edition.removed.find((r) => r.line === at || r.text === line);
  if (removal) return removal.pattern ? `${removal.reason} ${removal.pattern}` : removal.reason;
  if (edition.paragraphs.some((p) => p.text === line)) return undefined;
  const near = edition.paragraphs.find((p) => p.line === at);
  return near ? `altered to “${near.text}”` : 'missing from the text';
}

const rows: string[] = [];
let total = 0;
let totalTaken = 0;
for (const lang of ['en', 'ar'] as const) {
  const themed = Object.entries(data[lang]).filter(([theme]) => !theme.startsWith('$'));
  const count = themed.reduce((n, [, lines]) => n + lines.length, 0);
  for (const position of POSITIONS) {
    let n = 0;
    let k = 0;
    for (const [theme, lines] of themed) {
      for (const line of lines) {
        const why = taken(line, lang, position, k++);
        if (why) n++;
        if (why || values.verbose)
          console.log(`${lang}\t${position}\t${theme}\t${why ? `TAKEN ${why}` : 'kept'}\t${line}`);
      }
    }
    total += count;
    totalTaken += n;
    rows.push(`${lang}\t${position.padEnd(8)}\t${n} of ${count} lines taken`);
  }
}
console.log(rows.join('\n'));
if (furnitureKept > 0) console.log(`${furnitureKept} pages kept their own byline, share button or copyright line`);
console.log(`${totalTaken} of ${total} placements taken (every line is article text: each one taken is a loss)`);
