/**
 * Evaluates the aligner on documents rebuilt from the TICO-19 translation memory:
 *   npm run eval:align [-- --seed 1] [--glossary] [--run-on] [--only REGEX] [--half even|odd] [--drop 0.03] [--show 5]
 * (TICO-19 from HAMISH_TICO19, default ../shared/corpora/tico19)
 * Each document's units, in order, are joined into paragraphs of 1–4 units, with breaks drawn
 * independently for the Arabic and the English (seeded), and aligned from the joined text, through
 * the splitter (`alignParagraphs`). Links are scored against the units (see `goldLinks`): precision,
 * recall and F1 over all links of all documents. A unit with no final stop ends its paragraph
 * (`--run-on` joins it to the next all the same). `--only REGEX` evaluates the documents whose id
 * matches, `--half even` or `--half odd` every other document (to tune on one half and test on the
 * other). `--drop 0.03` leaves 3 % of the units out of one side or the other, as a translator
 * leaves out or adds a passage. `--glossary` gives the aligner TICO-19's term
 * list as a glossary; `--show N` prints N wrong beads of each document with their text.
 * `--tmx FILE` evaluates another translation memory the same way (units with ids `DOC:N`), such as
 * the repository's parallel fixture: `npm run eval:align -- --tmx tests/fixtures/parallel/parallel.en-ar.tmx`.
 * `--single` leaves out one unit at a time instead, from each side in turn, and counts the
 * omissions placed exactly right (every link of the document correct, none made).
 */
import { parseArgs } from 'node:util';
import { alignParagraphs, type EditionAlignment } from '../src/core/align/index.ts';
import { confidenceOf } from '../src/core/align/confidence.ts';
import { splitSentences } from '../src/core/align/split.ts';
import {
  beadLinks,
  countLinks,
  goldLinks,
  rates,
  rebuildDocument,
  type LinkCounts,
} from '../src/core/align/evaluate.ts';
import { seededRandom } from '../src/core/random.ts';
import { compileGlossary, findMatches, type GlossaryEntry } from '../src/core/glossary/index.ts';
import { ingest } from '../src/core/ingest/index.ts';
import type { Edition } from '../src/core/types.ts';
import type { Lang } from '../src/core/types.ts';
import { readFileSync } from 'node:fs';
import { readTmx } from '../src/core/align/tmx.ts';
import { ticoDocuments, ticoFile } from '../tests/helpers/tico.ts';
import { ticoTerms } from './glossary-corpus.ts';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    glossary: { type: 'boolean', default: false },
    show: { type: 'string', default: '0' },
    'run-on': { type: 'boolean', default: false },
    only: { type: 'string' },
    half: { type: 'string' },
    drop: { type: 'string', default: '0' },
    'no-lexical': { type: 'boolean', default: false },
    archive: { type: 'boolean', default: false },
    tmx: { type: 'string' },
    single: { type: 'boolean', default: false },
  },
});
const source = values.tmx ?? ticoFile('all.en-ar.tmx');
const documents = values.tmx ? readTmx(readFileSync(values.tmx, 'utf8')).documents : ticoDocuments();

/** TICO-19's term list as glossary entries, one per English term. */
function ticoGlossary(): GlossaryEntry[] {
  return ticoTerms().map(([en, ar], i) => ({
    id: `t${i}`,
    kind: 'term',
    en: { term: en, aliases: [] },
    ar: { term: ar, aliases: [] },
  }));
}
const glossary = values.glossary ? compileGlossary(ticoGlossary()) : undefined;
const entriesOf = glossary
  ? (text: string, lang: Lang) => findMatches(glossary, text, lang).map((m) => m.entryId)
  : undefined;

const total: LinkCounts = { found: 0, gold: 0, correct: 0 };
const baseline: LinkCounts = { found: 0, gold: 0, correct: 0 };
const add = (sum: LinkCounts, c: LinkCounts) => {
  sum.found += c.found;
  sum.gold += c.gold;
  sum.correct += c.correct;
};
const errorShapes = new Map<string, number>();
/** Every bead's confidence, and whether it was wrong: how well the review list finds the errors. */
const reviewed: { confidence: number; wrong: boolean }[] = [];
let beadCount = 0;
const percent = (x: number) => `${(100 * x).toFixed(1)} %`;
let sentences = 0;
let milliseconds = 0;

console.log(
  `${source}: ${documents.length} documents, seed ${values.seed}${glossary ? `, glossary of ${glossary.entries.size} terms` : ''}`,
);
const rebuild = (d: number) =>
  rebuildDocument(documents[d].units, seededRandom(Number(values.seed) * 1000 + d), {
    breakAfterUnpunctuated: !values['run-on'],
    drop: Number(values.drop),
  });
// `--archive`: each document is aligned with the counts the lexical pass learned from all the
// others, as a build aligns a pair with its archive's (one's own counts are its own anyway).
const archive = values.archive
  ? documents.map((_, d) => {
      const rebuilt = rebuild(d);
      return alignParagraphs(rebuilt.paragraphs.ar, rebuilt.paragraphs.en, { entriesOf }).lexicon;
    })
  : [];

if (values.single) {
  // One unit left out at a time, of each side in turn: where does the aligner put the omission?
  let right = 0;
  let merged = 0;
  let tried = 0;
  documents.forEach((doc, d) => {
    if (values.only && !new RegExp(values.only).test(doc.id)) return;
    if (values.half && d % 2 !== (values.half === 'even' ? 0 : 1)) return;
    let placed = 0;
    doc.units.forEach((_, u) => {
      for (const lang of ['ar', 'en'] as const) {
        const leftOut = doc.units.map((__, k) => (k === u ? lang : undefined));
        const rebuilt = rebuildDocument(doc.units, seededRandom(Number(values.seed) * 100_000 + d * 1000 + u), {
          breakAfterUnpunctuated: !values['run-on'],
          leftOut,
        });
        const alignment = alignParagraphs(rebuilt.paragraphs.ar, rebuilt.paragraphs.en, {
          entriesOf,
          lexical: !values['no-lexical'],
        });
        const c = countLinks(beadLinks(alignment.beads), goldLinks(rebuilt, alignment.sentences));
        tried++;
        if (c.correct === c.gold && c.found === c.gold) {
          right++;
          placed++;
        } else if (c.correct === c.gold) merged++;
      }
    });
    console.log(
      `  ${doc.id.padEnd(24)} ${String(doc.units.length).padStart(4)} units: ${placed} of ${2 * doc.units.length} omissions placed right`,
    );
  });
  console.log(
    `\none unit left out at a time: ${right} of ${tried} placed right (${percent(right / tried)}); ` +
      `${merged} joined to a neighbour's bead (every gold link found, one wrong made); ${tried - right - merged} misplaced`,
  );
  process.exit(0);
}

/** Title decisions: per version alone (as ingest makes them for unrelated sources), and for the pair. */
const titles = { apart: 0, pairApart: 0, both: 0, neither: 0, pairs: 0 };
/** As `.md` pairs whose opening sentence is a heading in one version, each way round (below). */
const markdownTitles = {
  line: { pairs: 0, apart: 0, both: 0, neither: 0 },
  paragraph: { pairs: 0, apart: 0, both: 0, neither: 0 },
};
const bytes = (text: string) => new TextEncoder().encode(text);
const tookHeadline = (edition: Edition | undefined) => edition?.removed.some((r) => r.reason === 'headline') ?? false;

documents.forEach((doc, d) => {
  if (values.only && !new RegExp(values.only).test(doc.id)) return;
  if (values.half && d % 2 !== (values.half === 'even' ? 0 : 1)) return;
  const rebuilt = rebuild(d);
  // The two versions as plain-text sources, paragraphs separated by blank lines: ingested one by
  // one (each decides its title alone) and as a translation pair (one decision).
  const sourceOf = (lang: Lang) => rebuilt.paragraphs[lang].map((p) => p.text).join('\n\n') + '\n';
  const alone = ingest([
    { path: 'documents/alone-ar.ar.txt', bytes: bytes(sourceOf('ar')) },
    { path: 'documents/alone-en.en.txt', bytes: bytes(sourceOf('en')) },
  ]).editions;
  const paired = ingest([
    { path: 'documents/pair.ar.txt', bytes: bytes(sourceOf('ar')) },
    { path: 'documents/pair.en.txt', bytes: bytes(sourceOf('en')) },
    { path: 'documents/pair.yaml', bytes: bytes('relation: translation\n') },
  ]).editions;
  const decided = (editions: Edition[]) => ({
    ar: tookHeadline(editions.find((e) => e.lang === 'ar')),
    en: tookHeadline(editions.find((e) => e.lang === 'en')),
  });
  const before = decided(alone);
  const after = decided(paired);
  titles.pairs++;
  if (before.ar !== before.en) titles.apart++;
  if (after.ar !== after.en) titles.pairApart++;
  else if (after.ar) titles.both++;
  else titles.neither++;
  // As `.md` sources whose opening sentence is a heading in one version (`#`): in the other, the
  // same sentence as a line of its own (a headline not marked up) or as written, opening the first
  // paragraph. One decision makes both titles in the first case and neither in the second.
  for (const heading of ['ar', 'en'] as const) {
    for (const other of ['line', 'paragraph'] as const) {
      const markdownOf = (lang: Lang) => {
        const [first, ...rest] = rebuilt.paragraphs[lang].map((p) => p.text);
        const [opening, ...more] = splitSentences(first, lang).map((s) => s.text);
        const head = lang === heading ? `# ${opening}` : opening;
        const top = lang !== heading && other === 'paragraph' ? [first] : [head, more.join(' ')];
        return [...top, ...rest].filter((p) => p !== '').join('\n\n') + '\n';
      };
      const editions = ingest([
        { path: 'documents/pair.ar.md', bytes: bytes(markdownOf('ar')) },
        { path: 'documents/pair.en.md', bytes: bytes(markdownOf('en')) },
        { path: 'documents/pair.yaml', bytes: bytes('relation: translation\n') },
      ]).editions;
      const shown = editions.map((e) => !e.titleDerived);
      const counts = markdownTitles[other];
      counts.pairs++;
      if (shown[0] !== shown[1]) {
        counts.apart++;
        if (values.show !== '0') console.log(`  ${doc.id}: .md titles apart (heading in ${heading}, ${other})`);
      } else if (shown[0]) counts.both++;
      else counts.neither++;
    }
  }
  const titleNote = `titles ${before.ar ? 'T' : '-'}${before.en ? 'T' : '-'} → ${after.ar ? 'T' : '-'}${after.en ? 'T' : '-'}`;

  const started = performance.now();
  const alignment: EditionAlignment = alignParagraphs(rebuilt.paragraphs.ar, rebuilt.paragraphs.en, {
    entriesOf,
    lexical: !values['no-lexical'],
    lexicon: archive.filter((counts, k): counts is NonNullable<typeof counts> => k !== d && counts !== undefined),
  });
  milliseconds += performance.now() - started;
  sentences += alignment.sentences.ar.length + alignment.sentences.en.length;
  const gold = goldLinks(rebuilt, alignment.sentences);
  const found = beadLinks(alignment.beads);
  const counts = countLinks(found, gold);
  add(total, counts);
  beadCount += alignment.beads.length;
  const all = new Set<string>();
  for (const a of alignment.sentences.ar) for (const e of alignment.sentences.en) all.add(`${a.index} ${e.index}`);
  add(baseline, countLinks(all, gold));

  // A bead is wrong when it makes a link that is not gold, or leaves out a sentence that has one.
  const linked = { ar: new Set<number>(), en: new Set<number>() };
  for (const link of gold) {
    const [a, e] = link.split(' ').map(Number);
    linked.ar.add(a);
    linked.en.add(e);
  }
  const wrong = alignment.beads.filter((bead) => {
    const links = beadLinks([bead]);
    if (links.size > 0) return [...links].some((l) => !gold.has(l));
    return bead.ar.some((a) => linked.ar.has(a)) || bead.en.some((e) => linked.en.has(e));
  });
  const wrongSet = new Set(wrong);
  alignment.beads.forEach((bead, k) =>
    reviewed.push({ confidence: confidenceOf(bead, alignment.evidence[k]).confidence, wrong: wrongSet.has(bead) }),
  );
  for (const bead of wrong)
    errorShapes.set(
      `${bead.ar.length}-${bead.en.length}`,
      (errorShapes.get(`${bead.ar.length}-${bead.en.length}`) ?? 0) + 1,
    );
  const r = rates(counts);
  console.log(
    `  ${doc.id.padEnd(24)} ${String(doc.units.length).padStart(4)} units ${String(alignment.sentences.ar.length).padStart(4)} ar ${String(alignment.sentences.en.length).padStart(4)} en sentences  ` +
      `P ${percent(r.precision)}  R ${percent(r.recall)}  F1 ${percent(r.f1)}  (${wrong.length} beads with a wrong link)  ${titleNote}`,
  );
  const text = (lang: Lang, k: number) => {
    const s = alignment.sentences[lang][k];
    return rebuilt.paragraphs[lang][s.paragraph].text.slice(s.start, s.end);
  };
  for (const bead of wrong.slice(0, Number(values.show))) {
    console.log(`    bead ar ${JSON.stringify(bead.ar)} en ${JSON.stringify(bead.en)}`);
    for (const a of bead.ar) console.log(`      ar ${a}: ${text('ar', a).slice(0, 150)}`);
    for (const e of bead.en) console.log(`      en ${e}: ${text('en', e).slice(0, 150)}`);
  }
});

const r = rates(total);
const b = rates(baseline);
console.log(`\nall documents: ${total.gold} gold links, ${total.found} found, ${total.correct} correct`);
console.log(`  precision ${percent(r.precision)}  recall ${percent(r.recall)}  F1 ${percent(r.f1)}`);
console.log(
  `  one bead per document: precision ${percent(b.precision)}  recall ${percent(b.recall)}  F1 ${percent(b.f1)}`,
);
console.log(
  `  ${[...errorShapes.values()].reduce((x, y) => x + y, 0)} of ${beadCount} beads with a wrong link, by shape (ar-en): ${[
    ...errorShapes,
  ]
    .sort((x, y) => y[1] - x[1])
    .map(([s, n]) => `${s} ×${n}`)
    .join(', ')}`,
);
console.log(`  ${sentences} sentences split and aligned in ${milliseconds.toFixed(0)} ms`);
reviewed.sort((x, y) => x.confidence - y.confidence);
const errors = reviewed.filter((b) => b.wrong).length;
const review = [0.02, 0.05, 0.1].map((share) => {
  const listed = reviewed.slice(0, Math.ceil(share * reviewed.length));
  return `${percent(share)} least confident beads hold ${listed.filter((b) => b.wrong).length} of the ${errors} wrong`;
});
console.log(`  review: ${review.join('; ')}`);
console.log(
  `title decisions (ar, en; T = first line taken as the title): of ${titles.pairs} pairs, ${titles.apart} decided apart when each version decides alone; ` +
    `as pairs: ${titles.pairApart} apart, ${titles.both} both titles, ${titles.neither} neither`,
);
for (const [other, counts] of Object.entries(markdownTitles))
  console.log(
    `  as .md pairs, the opening sentence a heading in one version, ${other === 'line' ? 'a line of its own' : 'opening the first paragraph'} in the other ` +
      `(each way round): of ${counts.pairs}, ${counts.apart} apart, ${counts.both} both titles, ${counts.neither} neither`,
  );
