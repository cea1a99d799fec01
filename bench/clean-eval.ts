/**
 * Evaluates cleaning on scraped-looking pages it was not written for: the prose of TICO-19's
 * documents (both languages, human translations) with page furniture around and inside it, made
 * from templates per kind and language (`bench/clean-furniture/`: a tuning half and a held-out
 * half). Each page goes through `ingest` as a source would, and the table says, per kind and
 * language, how many furniture lines were removed (and listed in the editor's note), how many
 * of the metadata values they carry were recovered, and, per language, how many paragraphs of the
 * article were kept (all must be) and whether any title is a furniture line.
 *
 *     npm run eval:clean                      # both template sets, 200 documents, seed 1
 *     npm run eval:clean -- --set tuning      # only the half the cleaner was tuned on
 *     npm run eval:clean -- --talk            # with `talk: true` (the page's talk about itself taken)
 *     npm run eval:clean -- --translation     # each page's versions marked `relation: translation` (a sidecar):
 *                                             # the pair decides its titles together; off by default, as every
 *                                             # recorded figure was measured without it
 *     npm run eval:clean -- --set held-out --verbose
 *     npm run eval:clean -- --set blind       # a third set, written after the held-out run
 *     npm run eval:clean -- --set blind-12    # a set written after the last tuning
 *     npm run eval:clean -- --set blind-13    # furniture as real sites print it
 *     npm run eval:clean -- --set blind-14    # from outlets and regions blind-13 left out
 *     npm run eval:clean -- --set blind-15    # from outlets, platforms and regions blind-14 left out
 *     npm run eval:clean -- --set blind-16    # Asian, Gulf and wire English; Egyptian, Maghrebi, Gulf Arabic
 *     npm run eval:clean -- --set blind-17    # East African, Irish, local TV, wire and blog English; Sudanese, Libyan, Mauritanian, state-media Arabic
 *     npm run eval:clean -- --set blind-18    # Nigerian, South African, Scottish, Welsh, science and UN English; Iraqi, Qatari, Bahraini, Somali, UN Arabic
 *     npm run eval:clean -- --set blind-20    # Zimbabwean, Zambian, Ugandan, Tanzanian, Taiwanese, European English, video and podcast pages; Kuwaiti, Saudi, Moroccan, Jordanian Arabic
 *     npm run eval:clean -- --set blind-21    # Caribbean, Pacific, Google News and Apple News English; Emirati, Yemeni, Syrian, Telegram Arabic
 *     npm run eval:clean -- --set blind-22    # Canadian local, Australian regional, Indian regional and newsletter English; Palestinian, Algerian, Sudanese, Kurdistan, Wikinews Arabic
 *     npm run eval:clean -- --set blind-23    # US local TV, Scottish, Kenyan, Ghanaian, Hong Kong, Korean, science-magazine and MSN English; Libyan, Omani, Bahraini, Mauritanian, Alhurra, BBC live, WhatsApp and podcast Arabic
 *     npm run eval:clean -- --set blind-24    # New Zealand regional, Pakistani, Bangladeshi, Nepali, Sri Lankan and ANN English; Kurdistan, Basra, Qatari, Kuwaiti, Egyptian private and Google News Arabic
 *     npm run eval:clean -- --set blind-25    # US nonprofit, AP, Bloomberg, FT, UK hyperlocal and newsletter English; Moroccan, Tunisian, Xinhua, CGTN, Yeni Şafak and X-repost Arabic
 *     npm run eval:clean -- --set blind-26    # Nigerian, Ghanaian, South Asian and news-video English; Saudi, Algerian, Kuwaiti, Arabic Wikipedia and WhatsApp Arabic
 *     npm run eval:clean -- --set blind-27    # South African, Australian council, science-magazine, student and live-blog English; Lebanese, Qatari, Sudanese exile, Facebook and live Arabic
 *     npm run eval:clean -- --set blind-28    # Indian portal, Northern Irish, fact-check, sports, pharma-trade and JNews English; Egyptian state, Jordanian, Emirati 24, sports, Fatabyyano and economic Arabic
 *     npm run eval:clean -- --set blind-29    # France 24, RFI, DW, Swissinfo, NHK, European-agency, AMP, forum and photo-agency English; Swissinfo, NHK, KBS, forum, PDF-edition and Telegram Arabic
 *     npm run eval:clean -- --set blind-30    # public-health agency, NGO, union and medical-journal English; NGO, health-ministry, medical-portal and Moroccan Arabic
 *     npm run eval:clean -- --set blind-31    # Southeast Asian, Central Asian, Caucasus, court and weather-service English; Iraqi, Lebanese, Palestinian and Gulf business Arabic
 *     npm run eval:clean -- --set blind-32    # Latin American, Turkish, Greek, Cypriot, Israeli, Iranian, Russian and Ukrainian English; Iranian, Chadian, Djiboutian, Mauritanian, Somali and Arab Israeli Arabic
 *     npm run eval:clean -- --set blind-33    # Nordic, Baltic, Central European, Balkan and Maltese English; Chinese-service, religious-affairs, university, diaspora, Omani and sports Arabic
 *     npm run eval:clean -- --set blind-34    # shipping, energy, farming and aviation trade press, magazine and north-east Indian English; weather, women's, tech, car, property, Islamic-banking, Saudi regional and Algerian Arabic
 *     npm run eval:clean -- --set blind-35    # Indian business, Gulf business, US regional, West African, Rwandan and legal and financial trade English; Lebanese TV, Egyptian party and private, diaspora digital, cultural-magazine and sports-club Arabic
 *     npm run eval:clean -- --set blind-36    # Australian public broadcaster, Canadian national, US public radio and Southern African English; Sudanese, Libyan, Iraqi provincial and fact-checker Arabic
 *     npm run eval:clean -- --set blind-37    # think-tank, US local TV, Hong Kong and Philippine English; think-tank, Emirati daily and Moroccan regional Arabic
 *     npm run eval:clean -- --set blind-38    # Canadian and Australian Indigenous, Irish local and police press-office English; Palestinian local radio, Palestinian university and Egyptian governorate Arabic
 *     npm run eval:clean -- --set blind-39    # Melanesian, Pacific regional-magazine and Micronesian English; UN country-office and humanitarian-coordination, Yemeni local radio and Jordanian regional-authority Arabic
 *     npm run eval:clean -- --set blind-40    # British tabloid and Sunday-paper, Ethiopian and Somali and Japanese English; pan-Arab London daily and Syrian exile Arabic
 *     npm run eval:clean -- --set blind-41    # Afghan, Mongolian, Alaskan and Hawaiian English; Gulf municipality and public-prosecution, Arabic travel-guide and children's-portal Arabic
 *     npm run eval:clean -- --set blind-42    # Bahamian, Bermudian and Caymanian, Swazi and Basotho and US college-paper English; religious-affairs ministry, Gulf and Iraqi university and sports-site Arabic
 *     npm run eval:clean -- --set blind-43    # Malaysian Borneo and Bruneian, Maldivian and Canadian Prairie English; Tunisian regional radio, health-ministry portal and tech-site Arabic
 *     npm run eval:clean -- --set blind-44    # Channel Islands, Manx, Indian state and South Sudanese English; syndicate, judiciary, agriculture and Hadramawt Arabic
 *     npm run eval:clean -- --set blind-45    # magazine, wire-desk, local TV and press-release English of Belize, Gibraltar, the Seychelles, Cameroon and the Canadian North; Levantine and Iraqi local, magazine, gazette and chamber-of-commerce Arabic
 *     npm run eval:clean -- --set blind-46    # Leeward and Windward Islands and South Atlantic English, religious news, a cricket board, a parliament; Moroccan regional, parliamentary, sports-federation and relief-agency Arabic
 *     npm run eval:clean -- --set blind-49    # Anguillan, Montserratian, Mauritian, Palauan and Marshallese English, an electoral commission and an airline; Egyptian governorates, airlines and election commissions in Arabic
 *     npm run eval:clean -- --set blind-50    # American Samoan, I-Kiribati, Tuvaluan, Luxembourg and Brussels English, Antarctic station news, an international court, a space agency; Eritrean, Mosul, space-agency, museum and port-authority Arabic
 *     npm run eval:clean -- --set blind-51    # Orkney, Shetland, Norfolk Island and Tasmanian English, a parks service, an orchestra, a mountain rescue team; Algerian southern radio, Moroccan Saharan MAP desks, civil protection, oil-company and theatre-body Arabic
 *     npm run eval:clean -- --set blind-52    # Faroese, Greenlandic and Scillonian English, a zoo, a fire service, an airport; Karbala shrine, Asir, Red Crescent, airport and Arab League Arabic
 *     npm run eval:clean -- --set blind-53    # Outer Hebridean, Svalbard and Lord Howe Island English, a geohazard monitor, a botanic garden; Fujairah and Ras Al Khaimah, Prophet's Mosque, camel and falcon club and Alexandria library Arabic
 *     npm run eval:clean -- --set blind-54    # Costa Rican, Puerto Rican, Haitian, Dominican, Tristan da Cunha and Ascension English, a hurricane centre, a national park, a university, a research institute; Syrian provincial, governorate, antiquities, university, football and charity Arabic
 *     npm run eval:clean -- --set blind-55    # Andaman, Christmas Island, Uzbek, Portuguese and Dutch English, a university, an orchestra; Sudanese antiquities, Dhofar, Aden university, Kuwaiti zakat, Tunisian handball and Bahraini culture Arabic
 *     npm run eval:clean -- --set blind-56    # the newest set, not yet run (Newfoundland, Atlantic Canadian, Himachal, Sikkimese and South African English, a hurricane centre, a university, parks, museums; Mauritanian, Libyan, Qassim, Al-Ahsa, Kurdistan Arabic-press and Upper Egyptian Arabic)
 *
 * Needs TICO-19's translation memory (HAMISH_TICO19, default ../shared/corpora/tico19; see CONTRIBUTING.md).
 */
import { parseArgs } from 'node:util';
import { ticoDocuments, ticoMissing } from '../tests/helpers/tico.ts';
import { ingest } from '../src/core/ingest/index.ts';
import { DEFAULT_RULES } from '../src/core/ingest/furniture.ts';
import { sameTitle } from '../src/core/ingest/provenance.ts';
import { seededRandom } from '../src/core/random.ts';
import type { Edition, Lang } from '../src/core/types.ts';
import { EVAL_KINDS, type EvalKind, type TemplateSet } from './clean-furniture/kinds.ts';
import { fill, POOLS, type Filled } from './clean-furniture/fill.ts';
import { ALL_SETS, NOT_YET_RUN } from './clean-furniture/sets.ts';

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'all' },
    seed: { type: 'string', default: '1' },
    docs: { type: 'string', default: '200' },
    verbose: { type: 'boolean', default: false },
    mixed: { type: 'boolean', default: false },
    talk: { type: 'boolean', default: false },
    translation: { type: 'boolean', default: false },
  },
});
const missing = ticoMissing();
if (missing) {
  console.error(`eval:clean: ${missing}`);
  process.exit(1);
}
const sets = ALL_SETS.filter(([name]) => (values.set === 'all' ? !NOT_YET_RUN.has(name) : values.set === name));
if (values.set === 'all' && NOT_YET_RUN.size > 0)
  console.error(`eval:clean: --set all leaves out ${[...NOT_YET_RUN].join(', ')} (not run yet: run it once by name)`);
if (sets.length === 0) {
  console.error(`--set must be ${ALL_SETS.map(([name]) => name).join(', ')} or all, not “${values.set}”`);
  process.exit(1);
}

const LANGS: Lang[] = ['en', 'ar'];

interface Counts {
  lines: number;
  removed: number;
  values: number;
  recovered: number;
}
const zero = (): Counts => ({ lines: 0, removed: 0, values: 0, recovered: 0 });

const documents = ticoDocuments();
/** The articles: runs of 6 to 16 units of TICO-19's documents, in order, so every page's prose is new. */
const articles = (() => {
  const random = seededRandom(Number(values.seed));
  const runs: { id: string; units: (typeof documents)[number]['units'] }[] = [];
  for (const doc of documents) {
    for (let i = 0; i + 4 <= doc.units.length;) {
      const size = 6 + Math.floor(random() * 11);
      runs.push({ id: `${doc.id}:${i}`, units: doc.units.slice(i, i + size) });
      i += size;
    }
  }
  return runs;
})();
const docCount = Math.min(Number(values.docs), articles.length);
const fold = (s: string | undefined) => (s ?? '').normalize('NFKC').toLowerCase().trim();

/** One page of a set: its two source files and what each line of each is. */
interface Page {
  slug: string;
  files: { path: string; bytes: Uint8Array }[];
  truth: Record<Lang, { furniture: Map<number, { kind: EvalKind; filled: Filled }>; prose: number[]; text: string[] }>;
}

/** The pages of one template set, the same whichever way they are cleaned. */
function pagesOf(setName: string, { templates, pools, lookalikes }: TemplateSet): Page[] {
  const pages: Page[] = [];
  for (let index = 0; index < docCount; index++) {
    const article = articles[Math.floor((index * articles.length) / docCount)];
    const random = seededRandom(Number(values.seed) * 100003 + index);
    const units = article.units;
    // One plan for both versions of the pair: which kinds the page has and where.
    const plan = new Map<EvalKind, 'head' | 'mid' | 'tail'>();
    for (const kind of EVAL_KINDS) {
      if (random() < 0.35) continue;
      const place: Record<EvalKind, 'head' | 'mid' | 'tail'> = {
        breadcrumb: 'head',
        timestamp: 'head',
        byline: random() < 0.85 ? 'head' : 'tail',
        dateline: 'head',
        caption: random() < 0.6 ? 'head' : 'mid',
        source: 'tail',
        tags: 'tail',
        share: random() < 0.3 ? 'head' : random() < 0.5 ? 'mid' : 'tail',
        comments: 'tail',
        related: random() < 0.5 ? 'mid' : 'tail',
        copyright: 'tail',
        advertisement: random() < 0.7 ? 'mid' : 'tail',
      };
      plan.set(kind, place[kind]);
    }
    const files: { path: string; bytes: Uint8Array }[] = [];
    const truth: Record<
      Lang,
      { furniture: Map<number, { kind: EvalKind; filled: Filled }>; prose: number[]; text: string[] }
    > = {
      en: { furniture: new Map(), prose: [], text: [] },
      ar: { furniture: new Map(), prose: [], text: [] },
    };
    for (const lang of LANGS) {
      const paragraphs: string[] = [];
      for (let i = 0; i < units.length;) {
        const size = 1 + Math.floor(random() * 3);
        paragraphs.push(
          units
            .slice(i, i + size)
            .map((u) => u[lang].trim())
            .join(' '),
        );
        i += size;
      }
      // A line of prose that looks like furniture, as the first paragraph or among the others.
      if (lookalikes) {
        const list = lookalikes[lang];
        const line = list[Math.floor(random() * list.length)];
        paragraphs.splice(Math.floor(random() * 2) === 0 ? 0 : Math.floor(paragraphs.length / 2), 0, line);
      }
      const lines: { text: string; kind?: EvalKind; filled?: Filled }[] = [];
      const furniture = (kind: EvalKind) => {
        const list = templates[lang][kind];
        const filled = fill(list[Math.floor(random() * list.length)], kind, lang, random, pools?.[lang] ?? POOLS[lang]);
        return { text: filled.text, kind, filled };
      };
      const at = (where: string) => EVAL_KINDS.filter((k) => plan.get(k) === where);
      for (const kind of at('head')) lines.push(furniture(kind));
      // Furniture inside the text stands between paragraphs, spread through the article.
      const mid = at('mid');
      const after = mid.map((_, j) => Math.max(0, Math.floor(((j + 1) * paragraphs.length) / (mid.length + 1)) - 1));
      paragraphs.forEach((p, i) => {
        lines.push({ text: p });
        mid.forEach((kind, j) => {
          if (after[j] === i) lines.push(furniture(kind));
        });
      });
      for (const kind of at('tail')) lines.push(furniture(kind));
      lines.forEach((line, i) => {
        if (line.kind && line.filled) truth[lang].furniture.set(i + 1, { kind: line.kind, filled: line.filled });
        else truth[lang].prose.push(i + 1);
      });
      truth[lang].text = lines.map((l) => l.text);
      files.push({
        path: `documents/${setName}-d${index}.${lang}.txt`,
        bytes: new TextEncoder().encode(lines.map((l) => l.text).join('\n')),
      });
    }
    if (values.translation)
      files.push({
        path: `documents/${setName}-d${index}.yaml`,
        bytes: new TextEncoder().encode('relation: translation\n'),
      });
    pages.push({ slug: `${setName}-d${index}`, files, truth });
  }
  return pages;
}

/** What cleaning did to a set's pages, counted per kind and language. */
interface Score {
  byKind: Map<string, Counts>;
  prose: Record<Lang, { lines: number; kept: number }>;
  titles: Record<Lang, { pages: number; furniture: number }>;
  misses: string[];
}

/** Scores `pages` against the editions cleaning made of them (`editions`, by slug and language). */
function score(pages: readonly Page[], editions: ReadonlyMap<string, Edition>): Score {
  const byKind = new Map<string, Counts>();
  const prose: Record<Lang, { lines: number; kept: number }> = { en: { lines: 0, kept: 0 }, ar: { lines: 0, kept: 0 } };
  const titles: Record<Lang, { pages: number; furniture: number }> = {
    en: { pages: 0, furniture: 0 },
    ar: { pages: 0, furniture: 0 },
  };
  const misses: string[] = [];
  for (const { slug, truth } of pages) {
    for (const lang of LANGS) {
      const edition = editions.get(`${slug}\0${lang}`);
      const t = truth[lang];
      const removed = new Map((edition?.removed ?? []).map((r) => [r.line, r]));
      const kept = new Set((edition?.paragraphs ?? []).map((p) => p.line));
      for (const line of t.prose) {
        prose[lang].lines++;
        if (kept.has(line) || removed.get(line)?.reason === 'headline') prose[lang].kept++;
        else
          misses.push(
            `${lang} prose removed (${removed.get(line)?.pattern ?? removed.get(line)?.reason}): ${t.text[line - 1].slice(0, 100)}`,
          );
      }
      for (const [line, { kind, filled }] of t.furniture) {
        const key = `${kind}\u0000${lang}`;
        const counts = byKind.get(key) ?? zero();
        byKind.set(key, counts);
        counts.lines++;
        if (removed.get(line)?.reason === 'furniture') counts.removed++;
        else misses.push(`${lang} ${kind} kept: ${filled.text}`);
        for (const [field, want] of Object.entries(filled.expect)) {
          if (want === undefined || (Array.isArray(want) && want.length === 0)) continue;
          counts.values++;
          const got = edition?.[field as keyof Edition];
          const ok = Array.isArray(want)
            ? Array.isArray(got) &&
              (got as string[]).map((g) => fold(g)).join('|') === want.map((w) => fold(w)).join('|')
            : fold(got as string) === fold(want);
          if (ok) counts.recovered++;
          else
            misses.push(
              `${lang} ${kind} ${field}: wanted “${String(want)}”, got “${JSON.stringify(got) ?? 'nothing'}” from ${filled.text}`,
            );
        }
      }
      titles[lang].pages++;
      const title = edition?.title ?? '';
      const fromFurniture = [...t.furniture.keys()].find((line) => {
        const text = t.text[line - 1];
        return sameTitle(title, text) || text.startsWith(title.replace(/…$/u, ''));
      });
      if (fromFurniture !== undefined) {
        titles[lang].furniture++;
        misses.push(`${lang} title is furniture (${t.furniture.get(fromFurniture)?.kind}): ${title}`);
      }
    }
  }

  return { byKind, prose, titles, misses };
}

const byPage = (editions: readonly Edition[]) => new Map(editions.map((e) => [`${e.slug}\0${e.lang}`, e]));
/** Each page cleaned alone, as a content folder of one document would be. */
const alone = (pages: readonly Page[]) =>
  byPage(pages.flatMap((page) => ingest(page.files, { cleaning: { ...DEFAULT_RULES, talk: values.talk } }).editions));
/** All the pages cleaned as one archive, as the build cleans a content folder (repeated lines learned across it). */
const asArchive = (pages: readonly Page[]) =>
  byPage(
    ingest(
      pages.flatMap((page) => page.files),
      { cleaning: { ...DEFAULT_RULES, repeated: true, talk: values.talk } },
    ).editions,
  );

const pagesBySet = new Map(sets.map(([name, set]) => [name, pagesOf(name, set)]));
/** Every set's pages in one archive: many templates, as an archive of several outlets would have. */
const mixed = values.mixed && sets.length > 1 ? asArchive([...pagesBySet.values()].flat()) : undefined;

for (const [setName] of sets) {
  const pages = pagesBySet.get(setName) ?? [];
  const runs: [string, Score][] = [
    ['page alone', score(pages, alone(pages))],
    ['as an archive', score(pages, asArchive(pages))],
    ...(mixed ? ([['sets mixed', score(pages, mixed)]] as [string, Score][]) : []),
  ];
  const percent = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`);
  console.log(
    `\n${setName} templates, ${docCount} pages in each language from ${documents.length} TICO-19 documents (seed ${values.seed})\n`,
  );
  // One column of removed lines and one of values recovered per way of cleaning.
  const heads = runs.map(([name]) => name);
  console.log(
    `| kind | lang | lines | ${heads.map((h) => `removed, ${h}`).join(' | ')} | metadata values | ${heads.map((h) => `recovered, ${h}`).join(' | ')} |`,
  );
  console.log(`| --- | --- | --- | ${heads.map(() => '--- | ').join('')}--- | ${heads.map(() => '---').join(' | ')} |`);
  const totals = runs.map(() => ({ en: zero(), ar: zero() }));
  const row = (label: string, lang: Lang, counts: Counts[]) =>
    console.log(
      `| ${label} | ${lang} | ${counts[0].lines} | ${counts.map((c) => percent(c.removed, c.lines)).join(' | ')} | ${counts[0].values} | ${counts.map((c) => percent(c.recovered, c.values)).join(' | ')} |`,
    );
  for (const kind of EVAL_KINDS) {
    for (const lang of LANGS) {
      const counts = runs.map(([, run], r) => {
        const c = run.byKind.get(`${kind}\u0000${lang}`) ?? zero();
        for (const k of Object.keys(c) as (keyof Counts)[]) totals[r][lang][k] += c[k];
        return c;
      });
      row(kind, lang, counts);
    }
  }
  for (const lang of LANGS)
    row(
      '**all**',
      lang,
      totals.map((t) => t[lang]),
    );
  console.log(
    `\n| lang | article paragraphs | ${heads.map((h) => `kept, ${h}`).join(' | ')} | titles | ${heads.map((h) => `title is furniture, ${h}`).join(' | ')} |`,
  );
  console.log(`| --- | --- | ${heads.map(() => '--- | ').join('')}--- | ${heads.map(() => '---').join(' | ')} |`);
  for (const lang of LANGS) {
    const [first] = runs.map(([, run]) => run);
    console.log(
      `| ${lang} | ${first.prose[lang].lines} | ${runs.map(([, run]) => percent(run.prose[lang].kept, run.prose[lang].lines)).join(' | ')} | ${first.titles[lang].pages} | ${runs.map(([, run]) => run.titles[lang].furniture).join(' | ')} |`,
    );
  }
  if (values.verbose) {
    for (const [name, { misses }] of runs) {
      const counted = new Map<string, number>();
      for (const miss of misses) counted.set(miss, (counted.get(miss) ?? 0) + 1);
      console.log(`\n${misses.length} misses, ${name}:`);
      for (const [miss, n] of [...counted].sort((a, b) => b[1] - a[1])) console.log(`${n}× ${miss}`);
    }
  }
}
