/**
 * What the furniture taken out of a text says about it: a byline's author, a timestamp's date and
 * time (and the day of its update), a source credit's outlet, a tags line's tags, a caption's image credit, a dateline's place.
 * Nothing a line says is lost: the line is in the editor's note, and its value is metadata.
 */
import { z } from 'zod';
import { perLang } from '../lang.ts';
import type { Diagnostic, Lang, Tag } from '../types.ts';
import { foldLineText } from '../arabic/index.ts';
import type { FurnitureHit } from './clean.ts';
import {
  asWritten,
  datelineOf,
  looksLikeName,
  outletAlone,
  outletOfStaff,
  pictureCredit,
  posterOfTimestamp,
  splitByline,
  splitTags,
  withoutHonorific,
  withoutRoleBefore,
  withoutStaffAfter,
} from './default-furniture.ts';
import { readDate, wordsRe } from './furniture-dates.ts';
import { LABELS } from './furniture-labels.ts';
import { cleanValue } from './provenance.ts';
import { escapeRegExp } from '../regexp.ts';

export const furnitureMetadata = z.object({
  author: z.string().min(1).optional(),
  /** `YYYY-MM-DD`. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** `YYYY-MM-DD`: the day a timestamp says the piece was updated, when it names a later day than its date. */
  updated: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** `HH:MM`. */
  time: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .optional(),
  source: z.string().min(1).optional(),
  tags: z.array(z.string().min(1)).min(1).optional(),
  imageCredit: z.string().min(1).optional(),
  /** The place of a dateline standing on a line of its own. */
  dateline: z.string().min(1).optional(),
});

/** Metadata found in furniture. */
export type FurnitureMetadata = z.infer<typeof furnitureMetadata>;

/** Metadata found in furniture, with the line each value came from. */
export interface RecoveredMetadata {
  metadata: FurnitureMetadata;
  lines: Partial<Record<keyof FurnitureMetadata, number>>;
  /** What gave a value, when not the kind that usually does (a dateline's agency gives the source). */
  from?: Partial<Record<keyof FurnitureMetadata, string>>;
}

/** The writers in a byline's value: before the outlet or role that may follow them ("Jane Doe, Reuters"). */
const authorOf = (value: string, lang: Lang) =>
  cleanValue(
    withoutStaffAfter(
      withoutRoleBefore(withoutHonorific(splitByline(withoutBracketAfter(value))[0] ?? '', lang), lang),
      lang,
    ),
  );

/** A byline's outlet or station in brackets after the name is no part of it ("Jane Doe (KSDK)", "فلان (الجزيرة)"). */
const withoutBracketAfter = (value: string) => value.replace(/(?<=\S)\s*[([][^()[\]]{1,40}[)\]]?\s*$/u, '') || value;

/** Each language's update words, folded (`LABELS[lang].updates`). */
const UPDATE_WORDS = {
  en: wordsRe(LABELS.en.updates.map(foldLineText)),
  ar: wordsRe(LABELS.ar.updates.map(foldLineText)),
};

/**
 * The date and time a timestamp gives for publication: on a line that dates the piece and then
 * its update ("March 12, 2023 | Updated 3:20 PM EAT"), the part before the update, so the time of
 * the update is not shown as the time of publication; the whole line when that part has no date.
 */
function publication(value: string, lang: Lang): ReturnType<typeof readDate> & { updated?: string } {
  const folded = foldLineText(value);
  const update = folded.search(UPDATE_WORDS[lang]);
  if (update > 0) {
    const before = readDate(folded.slice(0, update), lang);
    // The update's own day, when it names one after the publication's ("| Updated 13 March 2023");
    // an update that gives a time only is of the same day, as far as the line says.
    const after = readDate(folded.slice(update), lang).date;
    if (before.date !== undefined) return { ...before, ...(after && after > before.date ? { updated: after } : {}) };
  }
  return readDate(value, lang);
}

/**
 * Round 33: a body named inside what it issued or where it posts, as a source credit names it: its
 * statement or circular before it ("بلاغ X", "بيان X", "معطيات X", "X press note", "X's statement"),
 * the verb of issuing with its pronoun ("أصدرته X"), its page, site or portal ("الصفحة الرسمية لـX",
 * "الموقع الإلكتروني لـX", "موقع X الرسمي", "the official Facebook page of X", "X's official website"):
 * the body. A bulletin or a report is a publication with its own name, and stays ("نشرة مستشفيات جبل
 * لبنان", "تقرير نقابة الأطباء"), as does anything leaving a name of one word ("بيان الصحة").
 */
// Round 37: a company's or a body's disclosure too ("إفصاح X"), and one published on its site ("إفصاح
// منشور على موقع X", whose "موقع" goes below), as English's "a disclosure published on the website of X".
const DOCUMENT_BEFORE =
  /^(?:(?:ال)?(?:بلاغ|بيان|تعميم|معطيات|إفصاح|افصاح)(?:\s+(?:صحفي|رسمي|صادر\s+عن|الصادر\s+عن|(?:ال)?منشور\s+(?:على|في)))?|(?:أصدرته|اصدرته|أصدرتها|اصدرتها|أصدره|اصدره|أصدرها|اصدرها))\s+(?=\S+\s+\S)/u;
// Round 36: English's "بيان صادر عن X": a body's release before its name ("a news release issued by X",
// "the press release from X", "a statement by X"), and Arabic's bulletin of a body named as bodies are
// ("نشرة البنك المركزي", "نشرة هيئة X": the body's; "نشرة مستشفيات جبل لبنان" stays a publication).
const RELEASE_BEFORE =
  /^(?:(?:an?|the)\s+)?(?:(?:news|press|media)\s+release|statement|bulletin|disclosure|filing)\s+(?:(?:(?:issued|released|published)\s+)?(?:by|from)\s+(?:the\s+)?(?=\S+\s+\S)|(?:published|posted)\s+on\s+(?=(?:the\s+)?(?:official\s+)?(?:website|web\s+site|site|page|portal)\s+of\s))|^(?:ال)?(?:نشرة|نشره)\s+(?=(?:ال)?(?:بنك|مركز|هيئة|هيئه|مؤسسة|مؤسسه|وزارة|وزاره|إدارة|ادارة|اداره|الإدارة|مديرية|مديريه|مجلس|سلطة|سلطه|جهاز|اتحاد)\s+\S)/iu;
const PAGE_BEFORE =
  /^(?:(?:ال)?(?:صفحة|صفحه|موقع|بوابة|بوابه|حساب|منصة|منصه)(?:\s+(?:الرسمية|الرسميه|الرسمي|الإلكترونية|الالكترونية|الالكترونيه|الإلكتروني|الالكتروني)){0,2}\s+لـ?\s*|(?:the\s+)?(?:official\s+)?(?:(?:facebook|twitter|x|instagram|telegram|linkedin)\s+)?(?:page|website|web\s+site|site|portal|account|channel)\s+of\s+(?:the\s+)?)(?=\S+\s+\S)/iu;
// What closes the name: the document's or the page's own words ("X press note", "X's official
// website"); the site's adjective ("الرسمي") only when the site's word opened the value ("موقع X
// الرسمي", whose "موقع" goes below), so "التلفزيون السوري الرسمي" keeps its own.
const DOCUMENT_AFTER =
  /(?<=\S+\s+\S+)(?:['’]s\s+(?:official\s+)?(?:website|facebook\s+page|statement|press\s+release)|\s+(?:press\s+note|press\s+release|media\s+release|news\s+release|official\s+website|facebook\s+page))$/iu;
const SITE_ADJECTIVE_AFTER = /^(?:موقع|صفحة|صفحه|حساب)\s+(?<name>\S+\s+\S.*?)\s+(?:الرسمي|الرسمية|الرسميه)$/u;
// A body's periodical, its period said ("نشرة X الشهرية", "X's monthly bulletin", "the weekly
// newsletter of X"): the body's; a bulletin named without it is a publication of its own ("نشرة
// مستشفيات جبل لبنان").
const PERIODICAL =
  /^(?:(?:ال)?(?:نشرة|نشره)\s+(?<ar>\S+\s+\S.*?)\s+(?:الشهرية|الشهريه|الأسبوعية|الاسبوعية|الاسبوعيه|اليومية|اليوميه|الدورية|الدوريه|الفصلية|الفصليه)|(?:the\s+)?(?:monthly|weekly|daily|quarterly)\s+(?:bulletin|newsletter)\s+of\s+(?:the\s+)?(?<of>\S+\s+\S.*?)|(?<own>\S+\s+\S.*?)['’]s\s+(?:monthly|weekly|daily|quarterly)\s+(?:bulletin|newsletter))$/iu;
const bodyAlone = (value: string) => {
  const periodical = PERIODICAL.exec(value.trim())?.groups;
  const given = (periodical ? (periodical.ar ?? periodical.of ?? periodical.own ?? value) : value)
    .trim()
    .replace(SITE_ADJECTIVE_AFTER, 'موقع $<name>');
  const opened = given
    .replace(PAGE_BEFORE, '')
    .replace(DOCUMENT_BEFORE, '')
    .replace(RELEASE_BEFORE, '')
    .replace(PAGE_BEFORE, '');
  return opened.replace(DOCUMENT_AFTER, '').trim() || value;
};

/**
 * An outlet as a source credit names it, without the words around the name: "موقع" ("the
 * website of"), "+ وكالات" / "and agencies" (other agencies contributed), "news agency".
 */
const outletOf = (value: string, lang: Lang, body = false) => {
  const outlet = outletNamed(value, lang, body);
  // A language is no outlet ("first published in Spanish"): the line says where the piece came from
  // in no name (session 23).
  return outlet !== undefined && LANGUAGE_NAMES[lang].has(foldLineText(outlet.replace(/^the\s+/iu, '')).toLowerCase())
    ? undefined
    : outlet;
};
const LANGUAGE_NAMES = perLang((lang) => new Set(LABELS[lang].languages.map((l) => foldLineText(l).toLowerCase())));
/** A language of the English table and "in" before an outlet's name ("Spanish in X"). */
const LANGUAGE_IN = new RegExp(
  String.raw`^(?:${LABELS.en.languages.map(escapeRegExp).join('|')})\s+in\s+(?=\p{Lu})`,
  'u',
);
const outletNamed = (value: string, lang: Lang, body: boolean) =>
  cleanValue(
    (
      (body ? undefined : outletOfStaff(bodyAlone(outletAlone(value, lang)), lang)) ??
      bodyAlone(outletAlone(value, lang))
    )
      // The language it first ran in, before the outlet (round 25): "originally published in Latvian by
      // X", "نشر أصلا باللغة اللاتفية في X"; session 23: "originally appeared in Spanish in X", a
      // language of the table).
      .replace(/^\p{Lu}\p{Ll}+\s+by\s+(?=\p{Lu})|^(?:أصلا\s+|اصلا\s+)?باللغة\s+\S+\s+(?:في|على|عن|لدى)\s+(?=\S)/u, '')
      .replace(LANGUAGE_IN, '')
      // What kind of outlet it is, before its name: "صحيفة عكاظ", "قناة الجزيرة", "the website of X",
      // "the Hungarian wire MTI" (round 25).
      .replace(/^the\s+(?:\p{Lu}\p{Ll}+\s+)?(?:wire|wire service|news agency|agency|broadcaster)\s+(?=\p{Lu})/u, '')
      .replace(/^(?:موقع|منصة|منصه|صحيفة|صحيفه|جريدة|جريده|مجلة|مجله|قناة|قناه|website|the website of)\s+(?=\S)/iu, '')
      // …and a network's word before it with the news' adjective after it: "شبكة X الإخبارية", "موقع X
      // الإخباري" (as "the X news site" in English).
      .replace(
        /^(?:(?:شبكة|شبكه)\s+)?(?<name>\S.*?)\s+(?:الإخبارية|الاخبارية|الاخباريه|الإخباري|الاخباري)$/u,
        '$<name>',
      )
      .replace(/\s*(?:\+|&|and|و|[-–—])\s*(?:agencies|وكالات)\s*$/iu, '')
      // Round 27: whoever owns the outlet is none of its name ("the Network’s X newsroom", "غرفة
      // أخبار X التابعة للشبكة"): an owner of one word before two capitalised words ("Lloyd's List" stays).
      .replace(/^(?:the\s+)?\p{Lu}\p{Ll}+['’]s\s+(?=\p{Lu}\S*\s+\p{Lu})/u, '')
      .replace(/^(?:غرفة|غرفه)\s+(?:أخبار|اخبار)\s+(?=\S)/u, '')
      .replace(/(?<=\S)\s+(?:التابعة|التابعه|التابع)\s+(?:ل|لـ)\S*(?:\s+\S+)?$/u, '')
      // Round 28: statements beside it are no outlet ("X and official statements", "X وتصريحات رسمية").
      .replace(/(?<=\S)\s+(?:and\s+(?:official|public)\s+statements|و(?:تصريحات|بيانات)\s+(?:رسمية|رسميه))$/u, '')
      // …and a second outlet after it, as a joint statement's first signatory is the source ("X and the
      // Central Bank of Liberia", "مجلة X وصحيفة Y").
      .replace(/(?<=\S)\s+and\s+the\s+\p{Lu}.*$/u, '')
      .replace(/(?<=\S)\s+و(?:صحيفة|صحيفه|مجلة|مجله|وكالة|وكاله|موقع|قناة|قناه|شبكة|شبكه|جريدة|جريده)\s.*$/u, '')
      .replace(/\s+news agency$/iu, ''),
  );

/**
 * A tags line's value with the labels inside it made separators: a line may list the categories,
 * then the tags after their own label ("التصنيف: أ الوسوم: ب، ج", "Categories: A Tags: B, C"), all
 * of them the piece's tags.
 */
const TAG_LABELS = perLang((lang) => {
  const labels = new Set(LABELS[lang].labels.tags.map((l) => foldLineText(l.replace(/:$/u, '')).toLowerCase()));
  const isLabel = (words: string) => labels.has(foldLineText(words).toLowerCase());
  // The label is the word or two before the colon ("Tags:", "Filed under:", "الوسوم:").
  return (value: string) =>
    value.replace(
      /(?<=\S)\s+(?:([\p{L}\p{M}]+)\s)?([\p{L}\p{M}]+)\s*:\s*/gu,
      (whole, before: string | undefined, last: string) =>
        before !== undefined && isLabel(`${before} ${last}`)
          ? ', '
          : isLabel(last)
            ? `${before === undefined ? '' : ` ${before}`}, `
            : whole,
    );
});

/**
 * A tags line's symbols as the commas they stand for: one opening the list after its label ("الكلمات
 * الدالة ▾ أ، ب") goes, one spaced between tags ("أ ◦ ب", "A ▪ B") or an ampersand ("Filed in A & B")
 * separates them. Only on a line already read as tags: elsewhere a symbol is a breadcrumb's mark.
 */
// Round 36: a trail's chevron spaced between tags ("Category: A › B", "التصنيف: أ ‹ ب") is a comma too.
const symbolsBetween = (value: string) =>
  value.replace(/^\s*[\p{So}\p{Sm}]+\s*/u, '').replace(/\s+(?:[\p{So}\p{Sm}›‹]+|&)\s+/gu, ', ');

/**
 * Round 33: the end of the line's tags label left opening the value, where a shape read the label's
 * first word alone as its own ("كلمات دلالية أ | ب" gave "دلالية أ", as "Key words A | B" would give
 * "words A"): the label's words are none of the first tag's.
 */
const TAGS_LABEL_WORDS = perLang((lang) =>
  LABELS[lang].labels.tags
    .map((l) => foldLineText(l.replace(/:$/u, '')).toLowerCase().split(/\s+/u))
    .filter((words) => words.length >= 2)
    .sort((a, b) => b.length - a.length),
);
function withoutLabelLeft(value: string, line: string, lang: Lang): string {
  const lineWords = foldLineText(line).toLowerCase().trim().split(/\s+/u);
  const given = value.trim().split(/\s+/u);
  const valueWords = given.map((w) => foldLineText(w).toLowerCase());
  for (const label of TAGS_LABEL_WORDS[lang]) {
    if (!label.every((w, i) => lineWords[i] === w)) continue;
    // The label's last words that open the value.
    for (let k = label.length - 1; k >= 1; k--)
      if (label.slice(-k).every((w, i) => valueWords[i] === w) && given.length > k) return given.slice(k).join(' ');
    return value;
  }
  return value;
}

/**
 * Round 33: the outlet's own hashtag closing a list of hashtags ("#A #B #EyeRadio", "#أ #ب
 * #إذاعة_تطاوين", "#حضرموت_اليوم"): its name as a brand, a capital inside one word, or words joined by
 * "_" one of which names an outlet; none of the piece's topics. Only after another tag.
 */
const OWN_OUTLET_WORDS = perLang((lang) => new Set(LABELS[lang].outlets.map((w) => foldLineText(w).toLowerCase())));
function withoutOwnHashtag(tags: string[], value: string, lang: Lang): string[] {
  const last = tags.at(-1);
  if (tags.length < 2 || last === undefined || !new RegExp(`#${escapeRegExp(last)}\\s*$`, 'u').test(value.trim()))
    return tags;
  const brand =
    /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*)+$/u.test(last) && !/^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)\p{Lu}/u.test(last);
  const joined =
    last.includes('_') &&
    last
      .split('_')
      .map((w) => foldLineText(w).toLowerCase())
      .some((w) => OWN_OUTLET_WORDS[lang].has(w) || OWN_OUTLET_WORDS[lang].has(w.replace(/^ال/u, '')));
  return brand || joined ? tags.slice(0, -1) : tags;
}

/** A platform's feed tags, folded ("shorts", "ترند"): none of the piece's topics. */
const FEEDS = perLang((lang) => new Set(LABELS[lang].feeds.map((t) => foldLineText(t).toLowerCase())));

/** The first value of each field named by the furniture taken out of a text. */
export function metadataFrom(furniture: readonly FurnitureHit[], lang: Lang): RecoveredMetadata {
  const found: FurnitureMetadata = {};
  const lines: RecoveredMetadata['lines'] = {};
  const set = <K extends keyof FurnitureMetadata>(field: K, value: FurnitureMetadata[K] | undefined, line: number) => {
    if (value === undefined || found[field] !== undefined) return;
    found[field] = value;
    lines[field] = line;
  };
  /** The outlet a dateline names, the source when no source credit gives one. */
  let agency: { value: string; line: number } | undefined;
  let posted: { value: string; line: number } | undefined;
  // Round 34: the outlet a page's dateline names after its dash ("حوارة – عنب بلدي") is no place when
  // another line opens on it: that line is the outlet and its writer ("عنب بلدي – فلان").
  const fold = (text: string) => foldLineText(text).toLowerCase().trim();
  const outletsNamed = new Set(
    furniture
      .filter((hit) => hit.pattern.provides === 'dateline')
      .map((hit) => datelineOf(hit.lines[0].text, lang)?.agency)
      .filter((a): a is string => a !== undefined)
      .map(fold),
  );
  for (const hit of furniture) {
    const field = hit.pattern.provides;
    const line = hit.lines[0].line;
    if (field === 'dateline') {
      const dateline = datelineOf(hit.lines[0].text, lang);
      const writer = dateline?.agency?.trim();
      const writerWords = writer?.split(/\s+/u).length ?? 0;
      if (
        dateline &&
        writer !== undefined &&
        outletsNamed.has(fold(dateline.place)) &&
        writerWords >= 2 &&
        writerWords <= 3 &&
        // A person's name opens without the article ("رويترز" or "الصفحة الأولى" is no writer).
        !/^(?:ال|وال)/u.test(foldLineText(writer)) &&
        !/[()«»"]/u.test(writer) &&
        looksLikeName(writer, lang, 3)
      ) {
        set('author', cleanValue(writer), line);
        continue;
      }
      set('dateline', dateline === undefined ? undefined : cleanValue(asWritten(dateline.place)), line);
      if (dateline?.writer !== undefined) set('author', cleanValue(dateline.writer), line);
      agency ??= dateline?.agency === undefined ? undefined : { value: dateline.agency, line };
      continue;
    }
    // A caption's credit may be the end of its line, which no value group holds ("Left: … Credit: X").
    if (field === 'imageCredit') {
      const credit = pictureCredit(hit.lines.length > 1 ? '' : hit.lines[0].text, hit.value, lang);
      // Round 37: a photographer's rank is no part of their name ("photo by Master Sgt. Jane Doe").
      set('imageCredit', credit === undefined ? undefined : cleanValue(withoutHonorific(credit, lang)), line);
      continue;
    }
    if (!field || hit.value === undefined || hit.value === '') continue;
    const value = hit.value;
    if (field === 'author')
      set('author', hit.pattern.reads === 'writers' ? cleanValue(value) : authorOf(value, lang), line);
    else if (field === 'date') {
      const reading = publication(value, lang);
      if (reading.date !== undefined && found.date === undefined) {
        set('date', reading.date, line);
        set('time', reading.time, line);
        set('updated', reading.updated, line);
      }
      // Round 33: who posted it, beside its date ("Posted on 13 April 2020 by Manx Radio"): the author
      // when no byline names one, as a site's template names the account that put it up.
      const poster = posterOfTimestamp(value, lang);
      if (poster !== undefined) posted ??= { value: poster, line };
    } else if (field === 'tags') {
      const tags = withoutOwnHashtag(
        splitTags(TAG_LABELS[lang](symbolsBetween(withoutLabelLeft(value, hit.lines[0].text, lang))))
          .map((t) => cleanValue(t))
          .filter((t): t is string => t !== undefined && !FEEDS[lang].has(foldLineText(t).toLowerCase())),
        value,
        lang,
      );
      set('tags', tags.length > 0 ? tags : undefined, line);
    } else set('source', outletOf(value, lang, hit.pattern.reads === 'body'), line);
  }
  if (posted && found.author === undefined) set('author', authorOf(posted.value, lang), posted.line);
  const from: RecoveredMetadata['from'] = {};
  if (agency && found.source === undefined) {
    set('source', outletOf(agency.value, lang), agency.line);
    from.source = 'a dateline';
  }
  return { metadata: furnitureMetadata.parse(found), lines, from };
}

/** The metadata an editor gave (sidecar, front matter) that furniture may also give. */
export interface GivenMetadata {
  author?: string;
  date?: string;
  updated?: string;
  source?: string;
  /** A tag may be given in both languages (`{en: Syria, ar: سوريا}`); a tags line gives names. */
  tags?: Tag[];
}

/** What an edition takes: the recovered metadata, with the editor's values (and their tags) over it. */
export type MergedMetadata = Omit<FurnitureMetadata, 'tags'> & { tags?: Tag[] };

/** A tag's names as one text, for comparing and for messages. */
const tagText = (tag: Tag) => (typeof tag === 'string' ? tag : [tag.en, tag.ar].filter(Boolean).join(' / '));

const KIND_OF: Record<keyof GivenMetadata, string> = {
  author: 'a byline',
  date: 'a timestamp',
  updated: 'a timestamp',
  source: 'a source credit',
  tags: 'a tags line',
};

const same = (a: string, b: string) =>
  foldLineText(a)
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim() ===
  foldLineText(b)
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();

/**
 * The recovered values where the editor gave none; where the editor gave another value, theirs
 * wins and a warning names both, with the line of the furniture and the place of the given value.
 */
export function mergeRecovered(
  given: GivenMetadata,
  recovered: RecoveredMetadata,
  file: string,
  givenIn: (field: keyof GivenMetadata) => string,
): { merged: MergedMetadata; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const { metadata, lines } = recovered;
  const merged: MergedMetadata = { ...metadata };
  const conflict = (field: keyof GivenMetadata, ours: string, theirs: string, line: number | undefined) =>
    diagnostics.push({
      severity: 'warning',
      file,
      ...(line === undefined ? {} : { line, column: 1 }),
      message: `${field} is “${theirs}” in ${givenIn(field)}, but line ${line ?? '?'} of ${file} (${recovered.from?.[field] ?? KIND_OF[field]}) says “${ours}”; ${givenIn(field)} wins`,
    });
  for (const field of ['author', 'source'] as const) {
    const theirs = given[field];
    const ours = metadata[field];
    if (theirs === undefined) continue;
    if (ours !== undefined && !same(ours, theirs)) conflict(field, ours, theirs, lines[field]);
    merged[field] = theirs;
  }
  if (given.date !== undefined) {
    const ours = metadata.date;
    // A given month or year agrees with a day inside it.
    if (ours !== undefined && !ours.startsWith(given.date.slice(0, 10))) conflict('date', ours, given.date, lines.date);
    // A time belongs to the day it was read with; another day makes it meaningless.
    if (ours === undefined || !ours.startsWith(given.date.slice(0, 10))) delete merged.time;
    merged.date = given.date;
  }
  if (given.updated !== undefined) {
    const ours = metadata.updated;
    if (ours !== undefined && !ours.startsWith(given.updated.slice(0, 10)))
      conflict('updated', ours, given.updated, lines.updated);
    merged.updated = given.updated;
  }
  // An update is news only after the date the page shows.
  if (merged.updated !== undefined && merged.date !== undefined && merged.updated <= merged.date) delete merged.updated;
  if (given.tags !== undefined) {
    const ours = metadata.tags;
    const key = (tags: readonly Tag[]) =>
      tags
        .map((t) => foldLineText(tagText(t)).toLowerCase())
        .sort()
        .join('\u0000');
    if (ours !== undefined && key(ours) !== key(given.tags))
      conflict('tags', ours.join(', '), given.tags.map(tagText).join(', '), lines.tags);
    merged.tags = given.tags;
  }
  return { merged, diagnostics };
}
