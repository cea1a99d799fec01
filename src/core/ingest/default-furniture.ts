/**
 * The built-in list of page furniture: lines that web pages put around an article and scrapes carry
 * along. Each kind of furniture (`furniture-labels.ts`) has one shape, the same in every language,
 * filled with the labels of that language's table; a few structural patterns (a row of sharing
 * buttons, a subscriber wall) are written out. Everything is in the form of the `patterns:` of
 * `content/cleaning.yaml` and compiled and checked by the same code; a shape that a regular
 * expression cannot say (a name in capitals, a date that must be a real date) adds a check on the
 * original line.
 *
 * Patterns are matched against the folded line (see `foldLine`): lower case, Arabic without harakat
 * or tatweel, أ/إ/آ written ا, ى written ي, ة written ه, typographic quotes and dashes plain (» and
 * « become ", › and ‹ become '). `\b` only knows ASCII letters, so Arabic words end with
 * `(?![\p{L}\p{N}])` instead.
 */
import { eachLang, perLang } from '../lang.ts';
import type { Lang } from '../types.ts';
import { foldLineText, FUNCTION_WORD_GROUPS_AR, FUNCTION_WORDS_AR } from '../arabic/index.ts';
import { MONTHS, WEEKDAYS } from '../calendar.ts';
import { CLAUSE_OPENERS_EN } from '../english/function-words.ts';
import { LABELS, PICTOGRAPHS, pictureNouns, type FurnitureKind } from './furniture-labels.ts';
import {
  hasCalendarWords,
  RELATIVE_TIME,
  RELATIVE_TIME_LINE,
  RELATIVE_TIME_SOURCE,
  readDate,
  withoutCalendarWords,
} from './furniture-dates.ts';
import type { PatternSpec } from './furniture.ts';
import { escapeRegExp, literalAlternation, spacedLiteral } from '../regexp.ts';

/** The end of a word in any script. */
const END = String.raw`(?![\p{L}\p{N}])`;
/** The start of a word in any script. */
const START = String.raw`(?<![\p{L}\p{N}])`;
/** What may stand between a label and its value. */
const SEP = String.raw`\s*[:|\-/]\s*`;
/** Whether a comment thread is still open, after its count ("Comments (149) Closed"). */
const THREAD_STATE = String.raw`(?:\s+(?:closed|open|مغلقه|مغلق|مفتوحه|مفتوح))?`;

/** A label as a regex source for folded lines: folded, escaped, any run of spaces for a space. */
export const literal = (text: string) => spacedLiteral(foldLineText(text));
/** Alternatives, longest first, so that "read more" is tried before "read". */
const alt = (labels: readonly string[]) => literalAlternation(labels.map(literal));

/** A chart's maker, then whose figures it draws, after a semicolon ("X; data from Y", "X؛ البيانات من Y"). */
const DATA_FROM: Record<Lang, RegExp> = {
  en: new RegExp(
    String.raw`^(?<maker>[^;:]{2,40}?)\s*;\s*${alt(LABELS.en.data)}\s*(?:from|by|:)\s*(?<data>[^;:]{2,40})$`,
    'iu',
  ),
  // Arabic as printed: the words are written both with hamza and without.
  ar: new RegExp(
    String.raw`^(?<maker>[^؛;:]{2,40}?)\s*[؛;]\s*(?:${[...LABELS.ar.data, ...LABELS.ar.data.map(foldLineText)].map(escapeRegExp).join('|')})\s*(?:من|:|عن)\s*(?<data>[^؛;:]{2,40})$`,
    'u',
  ),
};

/** A kind's labels split by form: plain (`by`), needing a separator (`author:`), with a slot (`… contributed`). */
function formsOf(given: readonly string[]) {
  // An Arabic label is printed with the article or without ("المصادر:", "مصادر:"): both are its forms.
  const labels = [
    ...new Set(
      given.flatMap((l) =>
        /^\p{Script=Arabic}{3,}:?$/u.test(l) ? [l, l.startsWith('ال') ? l.slice(2) : `ال${l}`] : [l],
      ),
    ),
  ];
  return {
    plain: labels.filter((l) => !l.endsWith(':') && !l.includes('…')),
    separated: labels.filter((l) => l.endsWith(':')).map((l) => l.slice(0, -1).trim()),
    slotted: labels.filter((l) => l.includes('…')).map((l) => l.split('…').map((part) => part.trim())),
  };
}

/** Label then value: a plain label followed by a separator or a space, or a separated one by a separator. */
function labelled(labels: readonly string[], value: string, lead = ''): string[] {
  const { plain, separated } = formsOf(labels);
  const sources: string[] = [];
  // A credit may stand in brackets: "(المصدر: رويترز)".
  const open = String.raw`[(\[]?\s*`;
  // …closed only where it opened: "Source: Pacific Community (SPC)" keeps its initialism's bracket.
  const close = String.raw`(?:\s*(?<=^\s*[(\[][\s\S]*)[)\]])?`;
  if (plain.length > 0) sources.push(`^${open}${lead}${alt(plain)}${END}(?:${SEP}|\\s*)${value}${close}$`);
  if (separated.length > 0) sources.push(`^${open}${lead}${alt(separated)}${END}${SEP}${value}${close}$`);
  return sources;
}

const one = (sources: string[]) => (sources.length === 1 ? sources[0] : `(?:${sources.join('|')})`);

/**
 * Particles that never stand in a name or a section. Compared without harakat but otherwise as
 * written: folding would make على ("on") the name علي ("Ali").
 */
const STOP_AR = new Set(FUNCTION_WORDS_AR.flatMap((w) => [w, w.replace(/[أإآ]/gu, 'ا')]));
const isParticle = (word: string) => STOP_AR.has(word.replace(/[\u064B-\u065F\u0670\u0640]/gu, ''));

/** Lower-case words that may stand inside a name ("Charles de Gaulle", "Omar bin Laden"). */
/** A particle joined to a surname by a hyphen ("al-Saadi", "el-Sayed", "bin-Salem"): part of a name in lower case. */
const JOINED_PARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|abd|da|de|di|du|le|la)-[\p{Lu}\p{Lt}]/u;
const NAME_PARTICLES = new Set([
  'de',
  'da',
  'del',
  'della',
  'di',
  'do',
  'dos',
  'du',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'bin',
  'ibn',
  'al',
  'el',
  'la',
  'le',
  'abu',
  'ben',
  'and',
  '&',
  // Session 23: the little words of bodies' and places' names in other languages ("Sysselmesteren på
  // Svalbard", "Comhairle nan Eilean Siar", "Universidad de Costa Rica y …", "Musée des Beaux-Arts").
  'på',
  'og',
  'och',
  'af',
  'zu',
  'des',
  'nan',
  'na',
  'y',
  'et',
  'dei',
  'das',
]);
const MONTH_OR_DAY = new Set([...MONTHS.en, ...WEEKDAYS.en].flat().map((w) => w.toLowerCase()));

/** Whether `text` reads as a person's or an outlet's name: a few capitalised words (English), a few words that are not particles (Arabic). */
export function looksLikeName(text: string, lang: Lang, maxWords = 5): boolean {
  const words = text.trim().split(/\s+/u);
  if (words.length === 0 || words.length > maxWords || words[0] === '') return false;
  if (/[.!?؟،,;؛:]$/u.test(text.trim()) && !/(?:^|\s)\p{Lu}\.$/u.test(text.trim())) return false;
  if (/\d/u.test(text)) return false;
  if (lang === 'ar' && /\p{Script=Arabic}/u.test(text)) {
    return words.every((w) => !isParticle(w));
  }
  const bares = words.map((word) => word.replace(/^[("“'‘]+|[)"”'’.,]+$/gu, ''));
  // A date's words are no name ("By Monday", "Sunday March"), but a name may hold one among others
  // ("Jun Dela Cruz", "Theresa May").
  if (bares.every((bare) => MONTH_OR_DAY.has(bare.toLowerCase()) || NAME_PARTICLES.has(bare.toLowerCase())))
    return false;
  return bares.every((bare, i) => {
    if (NAME_PARTICLES.has(bare.toLowerCase()) && i > 0) return true;
    if (i > 0 && JOINED_PARTICLE.test(bare)) return true;
    return /^[\p{Lu}\p{Lt}]/u.test(bare) || /^\p{Script=Arabic}/u.test(bare);
  });
}

/**
 * Arabic words that only a clause has: conjunctions of clauses, relatives, demonstratives, negation,
 * auxiliaries and pronouns, also with the conjunction or preposition written joined to them
 * ("فإن", "بأن", "وقد"). Prepositions are not among them: a credit has them ("صورة من فلان").
 */
const CLAUSE_WORDS_AR = new Set(
  [
    ...FUNCTION_WORD_GROUPS_AR.relatives,
    ...FUNCTION_WORD_GROUPS_AR.demonstratives,
    'هؤلاء',
    ...FUNCTION_WORD_GROUPS_AR.pronouns,
    ...FUNCTION_WORD_GROUPS_AR.auxiliaries,
    ...FUNCTION_WORD_GROUPS_AR.negation,
    // Not أو: it joins two names as well as two clauses ("رويترز أو أ ف ب").
    ...FUNCTION_WORD_GROUPS_AR.particles.filter((w) => w !== 'أو'),
    // "Until" opens a clause as often as it governs a noun.
    'حتى',
    'كلها',
    'كلهم',
  ]
    .flatMap((w) => [w, ...['و', 'ف', 'ب', 'ل'].map((c) => c + w)])
    // A name ("لما"), and "without" in an outlet's ("مراسلون بلا حدود").
    .filter((w) => w !== 'لما' && w !== 'بلا')
    .map((w) => foldLineText(w)),
);

/**
 * English words that only a clause has: auxiliaries, pronouns and negation. In lower case, since a
 * capitalised "Will" or "May" may be a name; articles and prepositions stand in names too, and the
 * site speaks of itself and its reader in its furniture ("our partners", "your inbox").
 */
const CLAUSE_WORDS_EN = new Set(
  'is are was were be been being has have had will would shall should can could may might must do does did not no i he she it we they him them his her its their me who which that this these those there here says said say'.split(
    ' ',
  ),
);
/** Lower-case words that stand inside an outlet's or a person's name ("The Times of India", "Reuters and agencies"). */
const NAME_GLUE_EN = new Set([
  ...['of', 'the', 'and', '&', 'for', 'on', 'in', 'at', 'with', 'via', 'by', 'from', ...NAME_PARTICLES],
  // A writer's role or the agencies after a name ("Jane Doe, staff writer", "Reuters and agencies").
  ...[...LABELS.en.agencies, ...LABELS.en.credits].flatMap((a) => a.split(' ')),
]);
/** The words after which an institution's name may go on in lower case ("Ministry of health"). */
const NAME_LINKS_EN = new Set(['of', 'for', 'and', '&']);
/** An Arabic word with a pronoun joined to its end ("أبوابها", "تقاريرهم"): a clause's noun, never a name's. */
const PRONOUN_SUFFIXED = /^\p{Script=Arabic}{3,}(?:ها|هما|هم|هن)$/u;
/** A line that ends as a sentence does, with a full stop, a question or an exclamation mark. */
const STOPPED = /[.!?؟]["”’»)\]]*$/u;

/**
 * Whether the value of a label ("Source: …", "نقلا عن …", "Tags: …") reads as a clause rather than
 * a name, an outlet or a list of them: the article's sentence that only opens as furniture does
 * ("According to doctors, cases have fallen.", "بإذن من الوزارة فتحت المدارس أبوابها."). A clause
 * shows itself by the words only clauses have (an auxiliary or a pronoun; an Arabic particle, or a
 * pronoun joined to a noun), by a full stop after more than three words in one of its parts (a
 * name is short; a sentence ends on its stop), and, where the value must be names (`names`), by an
 * English word in lower case that no name has, or a part after a comma that does not open as a
 * name does. `line` is the whole line, whose last mark says whether it ends as a sentence.
 */
export function readsAsClause(value: string, lang: Lang, line: string, names = true): boolean {
  const stopped = STOPPED.test(line.trim());
  const parts = value
    .trim()
    .replace(/[.!?؟]+["”’»)\]]*$/u, '')
    .split(/\s*[,،;؛|/•·]\s*|\s+[-–—]\s+/u)
    .filter((p) => p !== '');
  const wordsOf = (part: string) => part.split(/\s+/u).map((w) => w.replace(/^[("“'‘«]+|[)"”'’».]+$/gu, ''));
  // A name in English capitalises its words, or its first and those after "of", "for", "and"
  // ("Ministry of Health and Population.", "Ministry of health."); a clause does not. An Arabic
  // institution's name is a noun without the article and nouns with it ("وزارة الصحة العامة."),
  // where a sentence opens on a noun with the article or a verb ("الوزارة أكدت ذلك.").
  const titled = (words: string[]) =>
    lang === 'en'
      ? /^[\p{Lu}\p{N}]/u.test(words[0]) &&
        words.every((w, k) => /^[\p{Lu}\p{N}]/u.test(w) || NAME_GLUE_EN.has(w) || NAME_LINKS_EN.has(words[k - 1] ?? ''))
      : words.length >= 2 &&
        !/^(?:ال|وال)/u.test(foldLineText(words[0])) &&
        // Folded, so harakat and a kashida stay inside the word ("الصِّحَّة", "العـامة").
        words.slice(1).every((w) => /^(?:ال|وال)\p{Script=Arabic}{2,}$/u.test(foldLineText(w)));
  // A full stop after three words or more of one part: a sentence ("الوزارة أكدت ذلك."), not names.
  if (stopped && parts.some((part) => wordsOf(part).length >= 3 && !titled(wordsOf(part)))) return true;
  return parts.some((part, i) => {
    const words = wordsOf(part);
    // An outlet may spell a particle in an initialism of short words ("سي إن إن" is CNN).
    const initialism = words.every((w) => [...w].length <= 3);
    const bare = words.map((w) => w.replace(/[\u064B-\u065F\u0670\u0640]/gu, ''));
    if (!initialism && bare.some((w) => CLAUSE_WORDS_AR.has(foldLineText(w)) || PRONOUN_SUFFIXED.test(w))) return true;
    if (words.some((w) => CLAUSE_WORDS_EN.has(w))) return true;
    if (!names || lang !== 'en' || !/\p{Script=Latin}/u.test(part)) return false;
    // A name may be all lower case after a separator ("Source: agencies"), never after a comma.
    if (i > 0 && /^\p{Ll}/u.test(words[0]) && !NAME_GLUE_EN.has(words[0])) return true;
    return words.some(
      (w, k) =>
        k > 0 &&
        /^\p{Ll}/u.test(w) &&
        !NAME_GLUE_EN.has(w) &&
        !JOINED_PARTICLE.test(w) &&
        !NAME_LINKS_EN.has(words[k - 1]) &&
        /^\p{Lu}/u.test(words[0]),
    );
  });
}

/** An outlet's name: a name in English; in Arabic a few words, which may spell a particle ("سي إن إن"). */
const looksLikeOutlet = (text: string, lang: Lang): boolean => {
  // An outlet may end with a channel's number ("France 24", "فرانس 24"), maybe joined to its name
  // ("Le360", "لو360"): nothing else has digits.
  const name = text.trim().replace(/(?<=\p{L}{2})\s*[\d٠-٩]{1,3}$/u, '');
  return lang === 'ar' && /\p{Script=Arabic}/u.test(name) ? !/[\d.!?؟،,]/u.test(name) : looksLikeName(name, lang, 5);
};

/** Words that mark a credit as a picture's or an archive's, inside its brackets ("AP Photo/…, File", "فلان-أرشيف"). */
const PICTURE_MARKS =
  /^(?:(?:\p{Lu}{2,5}\s+)?(?:photo|photos|picture|image)|\p{Lu}\p{L}{1,12}(?:foto|photo|pix)|file|archive|handout|أرشيف|ارشيف|أرشيفية|ارشيفية|صورة|صوره)$/iu;
/** One word that labels a picture's credit ("credit", "photo", "تصوير", "عدسة"), folded. */
const CREDIT_WORDS = perLang(
  (lang) =>
    new Set(
      [...LABELS[lang].labels.caption, ...LABELS[lang].photographers, ...(lang === 'en' ? ['credit'] : [])]
        .map((w) => foldLineText(w.replace(/:$/u, '')).toLowerCase())
        .filter((w) => !/\s/u.test(w)),
    ),
);

/** An agency's initials as Arabic prints them: "أ.ف.ب", "أ ف ب", "ا ب" (one letter each). */
const INITIALS_AR = /^\p{Script=Arabic}(?:[.\s]\s*\p{Script=Arabic}){1,3}\.?$/u;

/**
 * The credit a caption ends with, if its words before read as a caption (one or two sentences, no
 * more than 30 words), and the credit names a photographer (or is an agency's Arabic initials).
 */
function creditAtEnd(line: string, lang: Lang): string | undefined {
  const separated = creditAfterCaption(line, lang);
  if (separated !== undefined) return separated;
  const caps =
    /^(?<caption>.{10,180}?)\.\s+(?<agency>\p{Lu}{2,}(?:\s\p{Lu}{2,}){0,2})\s*\/\s*(?<person>[^/()[\]]{3,40})$/u.exec(
      line,
    );
  if (caps?.groups) {
    const { caption, person } = caps.groups;
    return captionWords(caption) && isPersonName(person, lang) ? `${caps.groups.agency}/${person.trim()}` : undefined;
  }
  // After the caption's stop, a word of a picture's credit with no colon, then the person
  // ("… red blood cells. CREDIT Jane Doe", "… في الناصرية. تصوير فلان", "… عدسة فلان"); in English the
  // word in capitals, as a sentence would not print it.
  const unmarked = /^(?<caption>.{10,180}?[.!?؟])\s+(?<label>[^\s:]+)\s+(?<person>[^.:/()[\]|]{3,40})$/u.exec(line);
  if (unmarked?.groups) {
    const { caption, label, person } = unmarked.groups;
    const folded = foldLineText(label).toLowerCase();
    if (
      captionWords(caption) &&
      CREDIT_WORDS[lang].has(folded) &&
      (lang === 'ar' || label === label.toUpperCase()) &&
      isPersonName(person, lang)
    )
      return person.trim();
  }
  // …or the word, then the agency and the photographer joined by a slash ("… بمقديشو. صور الأمم
  // المتحدة/فلان", "… in Borno State. PHOTO UNICEF/Jane Doe"): the credit as printed, as after an
  // agency in capitals.
  const agencyThen =
    /^(?<caption>.{10,180}?[.!?؟])\s+(?<label>[^\s:/]+)\s+(?<agency>[^.:/()[\]|\d]{2,30}?)\s*\/\s*(?<person>[^.:/()[\]|\d]{3,40})$/u.exec(
      line,
    );
  if (agencyThen?.groups) {
    const { caption, label, agency, person } = agencyThen.groups;
    if (
      captionWords(caption) &&
      CREDIT_WORDS[lang].has(foldLineText(label).toLowerCase()) &&
      (lang === 'ar' || label === label.toUpperCase()) &&
      agency.trim().split(/\s+/u).length <= 3 &&
      isPersonName(person, lang)
    )
      return `${agency.trim()}/${person.trim()}`;
  }
  // Round 37: a labelled credit may be longer, its owner and the photographer's rank spelled out ("…
  // (U.S. Air National Guard photo by Master Sgt. Jane Doe)"); only the label reads one that long.
  const long = /^(?<caption>.{10,180}?)\s*[([](?<credit>[^()[\]]{61,90})[)\]]$/u.exec(line)?.groups;
  if (long) return captionWords(long.caption) ? labelledCredit(long.credit.trim(), lang) : undefined;
  const bracket = /^(?<caption>.{10,180}?)\s*[([](?<credit>[^()[\]]{2,60})[)\]]$/u.exec(line);
  if (!bracket?.groups || !captionWords(bracket.groups.caption)) return undefined;
  const credit = bracket.groups.credit.trim();
  if (lang === 'ar' && INITIALS_AR.test(credit)) return credit;
  const labelled = labelledCredit(credit, lang);
  if (labelled !== undefined) return labelled;
  // After the caption's full stop a bracket is no aside of its sentence: a name alone there is the
  // picture's credit ("… a clinic in Osaka. (Kyodo)", "… في المستوصف. (جورج عيسى)"); in English
  // capitalised words that are no participle ("(Updated)") nor a note's label, in Arabic a person's
  // name (an aside of words, "(انظر الجدول)", has the article).
  if (
    /[.!?؟]$/u.test(bracket.groups.caption.trim()) &&
    !/[/,،:|]/u.test(credit) &&
    !NOTE_LABELS[lang].has(foldLineText(credit)) &&
    !ASIDES[lang].has(foldLineText(credit.split(/\s+/u)[0]).toLowerCase())
  ) {
    const named =
      lang === 'ar'
        ? isPersonName(credit, lang) && !/(?:^|\s)(?:ال|وال)/u.test(credit)
        : looksLikeName(credit, lang, 4) && !/ed$/u.test(credit);
    if (named) return credit;
  }
  // "… a health centre. [Jane Doe, Standard]": after the stop, the photographer and their outlet.
  if (/[.!?؟]$/u.test(bracket.groups.caption.trim()) && /^[^/:|]+[,،][^/:|,،]+$/u.test(credit)) {
    const byOutlet = creditOfParts(credit.split(/\s*[,،]\s*/u), lang);
    if (byOutlet !== undefined && isPersonName(byOutlet, lang)) return byOutlet;
  }
  const parts = credit.split(/\s*[/,،]\s*|\s+[-–]\s*|-(?=\p{Script=Arabic})/u).filter((p) => p !== '');
  const isMark = (p: string) => PICTURE_MARKS.test(p) || p.split(/\s+/u).every((w) => PICTURE_MARKS.test(w));
  const marks = parts.filter(isMark);
  const names = parts.filter((p) => !isMark(p));
  // Only the marks: the picture is the archive's or a handout, whoever took it ("… (صورة أرشيفية)",
  // "… (File photo)"); the line is a caption with no credit to give.
  if (names.length === 0 && marks.length > 0 && !/^\p{Ll}/u.test(credit)) return '';
  // Round 34: the photographer, a slash and an outlet with its channel's number ("… (Jane Doe/7 News)",
  // "… (فلان/قناة 5)"), which reads as no name: the photographer is the credit.
  if (
    names.length === 2 &&
    marks.length === 0 &&
    credit.includes('/') &&
    /[\d٠-٩]/u.test(names[1]) &&
    // The number before the name or inside it too ("7 News", "Channel 5 Belize").
    isOutletName(names[1].replace(/^[\d٠-٩]{1,3}\s+(?=\p{L})|(?<=\p{L})\s+[\d٠-٩]{1,3}(?=\s|$)/u, ''), lang) &&
    isPersonName(names[0], lang)
  )
    return names[0];
  if (names.length === 0 || names.length > 2 || !names.every((n) => looksLikeName(n, lang, 4))) return undefined;
  // The first name is the photographer's: two or three words, none an acronym or (Arabic) with the
  // article, so "(WHO/Europe)" and "(منظمة الصحة العالمية/أوروبا)" stay asides.
  // The agency may come first ("(Xinhua/Jane Doe)", "(عنب بلدي/ فلان الفلاني)").
  if (!isPersonName(names[0], lang) && !(names.length === 2 && credit.includes('/') && isPersonName(names[1], lang)))
    return undefined;
  // A name alone in brackets is an aside ("(Jane Doe)"); a credit joins two names or marks one.
  if (marks.length === 0 && (names.length < 2 || !credit.includes('/'))) return undefined;
  // The credit as printed, less the words that only mark it ("AP Photo", "File", "أرشيف").
  return names.join('/');
}

/**
 * The text's own asides after a sentence, which a credit's place would take for a name: what a
 * transcript notes of the room ("… this election. (Applause)", "… (تصفيق حار)") and what a piece's
 * kind or medium is ("(Video)", "(Analysis)", "(فيديو)").
 */
const ASIDES: Record<Lang, Set<string>> = {
  en: new Set(
    'applause laughter cheers cheering booing boos crosstalk inaudible video audio watch live translation translated analysis explainer opinion editorial satire graphic map chart'.split(
      ' ',
    ),
  ),
  ar: new Set(
    ['تصفيق', 'ضحك', 'ضحكات', 'هتاف', 'هتافات', 'صيحات', 'فيديو', 'تحليل', 'ترجمه', 'رأي', 'خريطه', 'انفوغرافيك'].map(
      (w) => foldLineText(w),
    ),
  ),
};

/**
 * A bracketed credit that opens with a label, as a caption prints it after its sentence: a picture's
 * word and "by" or a colon, maybe after the outlet's initials ("PNA photo by X", "Photo by X/Anadolu
 * via Getty Images", "بعدسة فلان"), or an outlet and a colon ("ABC News: X", "عنب بلدي: فلان"). The
 * credit is what follows the label, as printed.
 */
function labelledCredit(credit: string, lang: Lang): string | undefined {
  // Round 37: a photographer's name, then the picture's word ("(Jane Doe photo)", "(Jane Doe/Staff
  // photo)"), as English prints an owner's ("(AP photo)"); Arabic puts its word first ("(تصوير فلان)").
  const namedFirst = lang === 'en' ? /^(?<name>[^/:|()]{3,40}?)\s+(?:photo|photograph|picture)$/u.exec(credit) : null;
  if (namedFirst?.groups && isPersonName(namedFirst.groups.name, lang)) return namedFirst.groups.name.trim();
  const outlet = /^(?<owner>[^:/]{2,30}?)\s*:\s*(?<rest>[^:]{2,60})$/u.exec(credit)?.groups;
  // A picture's label before the colon is the caption-credit pattern's ("(Photo: X)").
  const pictureLabel = outlet && CREDIT_LABEL[lang].exec(outlet.owner)?.[0].length === outlet.owner.length;
  if (
    outlet &&
    !pictureLabel &&
    looksLikeOutlet(outlet.owner, lang) &&
    isCredit(outlet.rest, lang) &&
    !PICTURE_MARKS.test(outlet.rest)
  )
    return outlet.rest.trim();
  // Round 37: the owner may be an organisation of a few capitalised words, abbreviations among them
  // ("U.S. Army photo by Spc. Jane Doe", "U.S. Air National Guard photo by …"), as its initials were
  // ("PNA photo by X"); the fewest words before a picture's label.
  const words = credit.split(/\s+/u);
  const ownerEnd = [0, 1, 2, 3, 4, 5].find(
    (k) =>
      k < words.length &&
      words.slice(0, k).every((w, i) => /^\p{Lu}[\p{L}.’'&-]*$/u.test(w) || (i > 0 && /^(?:of|the|and)$/u.test(w))) &&
      CREDIT_LABEL[lang].test(words.slice(k).join(' ')),
  );
  const owned = ownerEnd === undefined ? credit : words.slice(ownerEnd).join(' ');
  const label = CREDIT_LABEL[lang].exec(owned);
  if (!label) return undefined;
  const rest = owned
    .slice(label[0].length)
    .replace(/^\s*by\s+/iu, '')
    .trim();
  // "Photo by X" needs its "by" (or the label's own, "shot by", "بعدسة"); "(Photo: X)" is the
  // caption-credit pattern's, "Photo X" no credit's form.
  const after = owned.slice(label[0].length);
  const linked = /^\s*by\s/iu.test(after) || ((/\sby$/iu.test(label[0]) || lang === 'ar') && !/^\s*[:|]/u.test(after));
  return linked && rest !== '' && isCredit(rest, lang) ? rest : undefined;
}

/**
 * The labels a credit after a caption opens with ("PHOTO", "Photo Credit", "©", "تصوير"): each
 * table's caption labels and photographers' words, as printed (matched without regard to case).
 */
const CREDIT_LABEL = perLang(
  (lang) =>
    new RegExp(
      String.raw`^(?:©|(?:${[
        ...new Set([...LABELS[lang].labels.caption, ...LABELS[lang].photographers].map((l) => l.replace(/:$/u, ''))),
      ]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|')})(?![\p{L}\p{M}]))`,
      'iu',
    ),
);

/**
 * Verbs of saying that open an Arabic attribution ("قال فلان", "وأضاف الوزير"), which is no credit
 * and no name: no given name is one of them, with or without the conjunction.
 */
const SAYS_AR =
  /^(?:و|ف)?(?:قال|قالت|يقول|تقول|[أا]كد|[أا]كدت|[أا]ضاف|[أا]ضافت|صرح|صرحت|[أا]وضح|[أا]وضحت|[أا]شار|[أا]شارت|تابع|تابعت|ذكر|ذكرت|[أا]علن|[أا]علنت|كشف|كشفت|لفت|لفتت|شدد|شددت|[اإ]عتبر|[اإ]عتبرت|ر[أا]ى|ر[أا]ت|نفى|نفت|حذر|حذرت|دعا|دعت|علق|علقت|[أا]فاد|[أا]فادت|ختم|ختمت)(?!\p{L})/u;

/**
 * Reported speech after a comma: a subject of a few words and a verb of saying ("Follow us, the
 * soldiers told the journalists, …", "Write a reply within 30 days, the court ordered.", "…، كما
 * كتب القاضي."), or, closing a sentence with its stop, whose word it is ("…، بحسب الباحثين."). A
 * page's line speaks for itself and reports no one's words, so a line that does is the article's,
 * whatever its words are. Not after a label's colon, whose value may name its source ("المصدر:
 * وزارة الصحة، حسب آخر تحديث"), nor a credit's "who writes about …", a clause of its name.
 */
const REPORTED = {
  en: /,\s+(?!(?:who|which|that|and|or|but|as)\s)(?:[\p{L}'’-]+\s+){1,5}?(?:said|says|say|told|tells|tell|asked|asks|ask|ordered|orders|advised|advises|advise|urged|urges|urge|wrote|writes|added|adds|warned|warns|warn|explained|explains|insisted|insists|replied|replies)(?![\p{L}\p{M}])/iu,
  ar: /[،,]\s*(?:و|ف)?(?:كما\s+(?:قال|قالت|كتب|كتبت|ذكر|ذكرت|افاد|افادت|اعلن|اعلنت|يقول|تقول)|قال|قالت|يقول|تقول|اضاف|اضافت|كتب|كتبت|امرت|امر|نصحت|نصح|تنصح|ينصح|دعت|دعا|حذرت|حذر|تطلب|يطلب|طلبت|طلب|اوضح|اوضحت|اكد|اكدت|روت|روى)(?![\p{L}\p{M}])|[،,]\s*(?:ب?حسب|وفقا\s*ل)[^،,]*[.!؟]$/u,
} satisfies Record<Lang, RegExp>;

/** Whether `line` reports someone's words after a comma (`REPORTED`): a sentence of the article. */
export const reportsSpeech = (line: string, lang: Lang) => {
  const folded = foldLineText(line);
  return !/^[^:،,]{1,30}:\s/u.test(folded) && REPORTED[lang].test(folded);
};

/** What stands between a caption and its credit: a bar, a dash, a bullet ("… clinic. | Jane Doe"). */
const CAPTION_SEPARATOR = /^(?:\||—|–|--?|·|•)\s*/u;

/**
 * The credit after a caption's last sentence and a separator or a picture's label, as pages print
 * it under a picture: "… a county clinic. PHOTO | Jane Doe", "… the airport. | Photo Credit: Jane
 * Doe", "… a bus terminal. — Jane Doe", "… في المطار. © فلان الفلاني". The caption is one or two
 * sentences of 3–30 words, not a quotation (a quote's attribution after a dash is the text's:
 * "“We will rebuild.” — Jane Doe"); the credit is a person's name (or a name and an agency across a
 * slash), or, after a picture's label, an agency. Without a label only a bar or a dash may stand
 * before the name, so "It rained. Jane Doe" and "… — said Dr Ali" stay.
 */
function creditAfterCaption(line: string, lang: Lang): string | undefined {
  const m = /^(?<caption>.*[.!?؟]["”’»)]?)\s+(?<tail>[^.!?؟]{3,80})$/u.exec(line);
  if (!m?.groups) return undefined;
  const { caption, tail } = m.groups;
  if (/^\s*["“«'‘]/u.test(caption) || !captionWords(caption)) return undefined;
  let rest = tail.trim();
  const lead = CAPTION_SEPARATOR.exec(rest);
  if (lead) rest = rest.slice(lead[0].length);
  const label = CREDIT_LABEL[lang].exec(rest);
  if (label) rest = rest.slice(label[0].length);
  // Arabic joins its "by" to the name after a picture's label ("… بمأرب. الصورة لـفلان"), with a
  // tatweel, as "ل" alone may begin the name ("© ليلى منصور").
  const joined = label && lang === 'ar' && label[0] !== '©' ? /^\s*لـ\s*(?=\p{L})/u.exec(rest) : null;
  const after = joined ?? /^\s*(?:[:|/]|—|–|-)\s*/u.exec(rest);
  if (after) rest = rest.slice(after[0].length);
  rest = rest.trim();
  // A label needs a separator on one side of it ("PHOTO | X", "| Photo X"); "©" is one.
  if (label ? !lead && !after && label[0] !== '©' && !/\sby$/iu.test(label[0]) : !lead) return undefined;
  // After a label, the credit's parts between bars: the archive's marks, the photographer and the
  // outlet they work for ("Photo credit: Jane Doe | Nation Media Group", "PHOTO | FILE | NMG",
  // "تصوير: فلان | الجزيرة"): the photographer, or the outlet when no one is named.
  if (label && rest.includes('|')) return creditOfParts(rest.split(/\s*\|\s*/u), lang);
  if (rest === '' || /[:|]/u.test(rest)) return undefined;
  const slash = rest.split(/\s*\/\s*/u);
  if (slash.length === 2 && slash.every((p) => looksLikeName(p, lang, 3)) && slash.some((p) => isPersonName(p, lang)))
    return rest;
  // An Arabic name has no case to tell it from a clause: one opening on a verb of saying is a quote's
  // attribution ("… — قال محمد").
  if (isPersonName(rest, lang) && !(lang === 'ar' && SAYS_AR.test(rest))) return rest;
  if (!label) return undefined;
  // After a picture's label, an agency will do: an initialism or a short name ("PHOTO | AFP", "تصوير | واس").
  if (lang === 'ar' && INITIALS_AR.test(rest)) return rest;
  return /^\p{Lu}{2,6}$/u.test(rest) || (rest.split(/\s+/u).length <= 4 && looksLikeOutlet(rest, lang))
    ? rest
    : undefined;
}

/**
 * Whose a picture is, from the parts of a credit (split at its bars or commas): a person's name
 * first, then the outlet they work for ("Jane Doe | Nation Media Group", "[Jane Doe, Standard]"),
 * gives the person; marks of the archive aside, an outlet alone ("FILE | NMG") gives the outlet.
 */
function creditOfParts(parts: readonly string[], lang: Lang): string | undefined {
  const isMark = (p: string) => PICTURE_MARKS.test(p) || p.split(/\s+/u).every((w) => PICTURE_MARKS.test(w));
  const names = parts.filter((p) => p !== '' && !isMark(p));
  const outlet = (p: string) =>
    /^\p{Lu}{2,6}$/u.test(p) ||
    (lang === 'ar' && INITIALS_AR.test(p)) ||
    (p.split(/\s+/u).length <= 4 && (looksLikeOutlet(p, lang) || isOutletName(p, lang)));
  if (names.length === 1) return outlet(names[0]) ? names[0] : undefined;
  if (names.length !== 2 || !isPersonName(names[0], lang)) return undefined;
  return outlet(names[1]) ? names[0] : undefined;
}

/**
 * The editors' initials that close a wire's story, after its end mark or a rule ("(النهاية) ع ن / س
 * ع", "======== ن.ح", "(END) jd/ms", "-- dr/msh"): letters alone or in pairs, joined by slashes,
 * nothing else. Arabic initials stand alone too when their letters are spaced or dotted ("ع ن / س
 * ع"), which no word is; English ones never ("and/or").
 */
function isSignoff(line: string, lang: Lang): boolean {
  const text = foldLineText(line.trim());
  const letter = lang === 'ar' ? String.raw`\p{Script=Arabic}` : '[a-z]';
  const group = lang === 'ar' ? String.raw`${letter}{1,2}(?:[.\s]${letter}{1,2}){0,2}\.?` : String.raw`${letter}{1,3}`;
  // The end word in brackets, or bare before the slash of the initials ("انتهى/ ع.ص", "END/jd").
  const word = lang === 'ar' ? '(?:النهايه|انتهي)' : '(?:end|ends)';
  const end = String.raw`[([]\s*${word}\s*[)\]]|${word}(?=\s*/)\s*/`;
  const m = new RegExp(
    String.raw`^(?<mark>${end}|[=\-_*~]{3,}|--)?\s*(?<groups>${group}(?:\s*/\s*${group}){0,3})$`,
    'u',
  ).exec(text);
  if (!m?.groups) return false;
  // A dash pair is a sign-off's rule only before initials joined by a slash ("-- dr/msh").
  if (m.groups.mark !== undefined) return m.groups.mark !== '--' || m.groups.groups.includes('/');
  const groups = m.groups.groups.split(/\s*\/\s*/u);
  return (
    lang === 'ar' && groups.length >= 2 && groups.every((g) => /^\p{Script=Arabic}[.\s]\p{Script=Arabic}/u.test(g))
  );
}

/** The words that give a piece's title after a word of publishing ("published as", "نشر بعنوان"), folded. */
const TITLED: Record<Lang, string[]> = { en: ['as'], ar: ['بعنوان'].map((w) => foldLineText(w)) };

/**
 * A wire's name alone after a dash, as a wire's story ends ("-- BERNAMA", "— أ ش أ"): one word in
 * capitals (a person's name has two: "— Jane Doe", "— JANE DOE" is a byline) or Arabic initials.
 */
function isWireAfterDash(line: string, lang: Lang): boolean {
  const value = /^\s*(?:-{1,3}|—|–)\s*(.+?)\s*$/u.exec(line)?.[1];
  if (value === undefined) return false;
  return lang === 'ar' && /\p{Script=Arabic}/u.test(value) ? INITIALS_AR.test(value) : /^\p{Lu}{2,12}$/u.test(value);
}

/** Each language's marks of an adapted piece at a line's end, maybe in brackets ("(بتصرف)", "adapted"). */
const ADAPTED = perLang(
  (lang) =>
    new RegExp(
      // Round 29: …or after a comma ("عن موقع X، بتصرف من المحرر", "From X, adapted by the editors").
      String.raw`\s*(?:[-–—,،]\s*)?[([]?\s*(?:${[
        ...new Set(LABELS[lang].provenance.adaptations.flatMap((a) => [a, foldLineText(a)])),
      ]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|')})\s*[)\]]?\.?$`,
      'iu',
    ),
);

const printedAlt = (words: readonly string[]) =>
  [...new Set(words.flatMap((a) => [a, foldLineText(a)]))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

/** Each language's marks of an outlet's own piece after a dash at a line's end ("X – خاص"). */
const OWN_AFTER = perLang(
  (lang) => new RegExp(String.raw`\s+[-–—]\s*(?:${printedAlt(LABELS[lang].provenance.own)})\s*$`, 'iu'),
);

/** Each language's marks of an adapted piece before the outlet ("بتصرف منصة X"). */
const ADAPTED_BEFORE = perLang(
  (lang) => new RegExp(String.raw`^(?:${printedAlt(LABELS[lang].provenance.adaptations)})\s+(?:from\s+)?`, 'iu'),
);

/** Each language's prompts to click at a line's end ("… اضغط هنا", "… click here"), built on first use (`CHANNEL` is below). */
const clickAfter = (lang: Lang) =>
  new RegExp(String.raw`\s*[-–—:,،]?\s*(?:${printedAlt(CHANNEL[lang].click)})\s*[.!]?$`, 'iu');
const CLICK_AFTER: Partial<Record<Lang, RegExp>> = {};

/** Agencies named after an outlet ("X + agencies", "X + وكالات الأنباء", "X and agencies"), at the end. */
const AGENCIES_AFTER = new RegExp(
  String.raw`\s*(?:\+|&|\band\b|و|[-–—،,])\s*(?:${[
    ...new Set([...LABELS.en.agencies, ...LABELS.ar.agencies].flatMap((a) => [a, foldLineText(a)])),
  ]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})\s*$`,
  'iu',
);

/**
 * The outlet a source credit names, without what may follow it: agencies added to it ("X + وكالات
 * الأنباء" → "X"), a mark that the piece was adapted ("X بتصرف طفيف", "X (adapted)"), the date it
 * ran after a comma ("X, June 24, 2020").
 */
export function outletAlone(value: string, lang: Lang): string {
  let outlet = value.trim().replace(/\.$/u, '');
  // A link's prompt after the name ("لقراءة الخبر كاملاً من X اضغط هنا") points at the outlet's page.
  const click = (CLICK_AFTER[lang] ??= clickAfter(lang)).exec(outlet);
  if (click && click.index > 0) outlet = outlet.slice(0, click.index);
  // That the piece is the outlet's own, after a dash ("X – خاص"), or was adapted, before the name
  // ("نقلته بتصرف منصة X"), says how it came, not who published it.
  const own = OWN_AFTER[lang].exec(outlet);
  if (own && own.index > 0) outlet = outlet.slice(0, own.index);
  const before = ADAPTED_BEFORE[lang].exec(outlet);
  if (before && before[0].length < outlet.length) outlet = outlet.slice(before[0].length);
  const adapted = ADAPTED[lang].exec(outlet);
  if (adapted && adapted.index > 0) outlet = outlet.slice(0, adapted.index);
  // The platform an outlet's channel is on (round 21: "نقلاً عن قناة X في تيليغرام", "Via X's channel
  // on Telegram") says where it was read, not who published it.
  const platform = new RegExp(String.raw`\s+(?:on|في|على|عبر)\s+(?:${PLATFORMS_PRINTED[lang]})$`, 'iu').exec(outlet);
  if (platform && platform.index > 0) outlet = outlet.slice(0, platform.index);
  // A dash left closing the name once what followed it went ("نقلاً عن X - بتصرف" → "X -").
  outlet = outlet.replace(/\s+[-–—]+$/u, '');
  const agencies = AGENCIES_AFTER.exec(outlet);
  if (agencies && agencies.index > 0) outlet = outlet.slice(0, agencies.index);
  const comma = outlet.search(/[,،][^,،]*$/u);
  if (comma > 0) {
    const date = readDate(outlet.slice(comma + 1), lang);
    if (date.date !== undefined && date.rest.length === 0) outlet = outlet.slice(0, comma);
  }
  return outlet.trim();
}

/** Each language's words for what a tags line lists, folded, without the Arabic article. */
const TOPIC_WORDS = perLang(
  (lang) =>
    new Set(
      LABELS[lang].topics.map((w) =>
        foldLineText(w)
          .toLowerCase()
          .replace(/^ال(?=\p{L}{3})/u, ''),
      ),
    ),
);

/** What may stand between a tags line's label and its list: a colon, an arrow, a chevron, a dash or a bar. */
const TOPICS_SEPARATOR = /^(?:[:|›»>→⟶⟵←—–-]|\p{Sm}|\p{So})$/u;

/**
 * Round 29: a file or a dossier the piece is filed in ("ضمن ملف المركز: أ", "In the dossier: A"): a
 * word of tags only after "in", as a section's name holds it alone ("ملفات خاصة", "Dossiers").
 */
const FILED_IN: Record<Lang, { opens: Set<string>; files: Set<string> }> = {
  en: { opens: new Set(['in', 'under']), files: new Set(LABELS.en.dossiers) },
  ar: { opens: new Set(['ضمن', 'في']), files: new Set(LABELS.ar.dossiers.map((w) => foldLineText(w))) },
};

/** Little Arabic words that may follow a tags label's noun ("ذات الصلة", "تحت", "أخرى"), folded. */
const TOPIC_GLUE_AR = new Set(['ذات', 'تحت', 'اخرى', 'في', 'عن', 'حول'].map((w) => foldLineText(w)));
const AUXILIARIES_EN = new Set(
  'is are was were be been has have had will would can could may might must do does did'.split(' '),
);
const TOPIC_PREPOSITIONS_AR = new Set(['تحت', 'في', 'عن', 'حول'].map((w) => foldLineText(w)));

/**
 * A tags line whose label no table has, from its shape: a label of up to eight words with a word for
 * what it lists (`topics`: "Index terms", "Subjects covered", "This story is tagged under", "Posted
 * in X | Tagged", "الموضوعات المغطاة", "مفهرس تحت"), maybe a separator, then two names or more
 * joined by commas, semicolons, bars, pluses, slashes, bullets or "&" ("Index terms Border clinics,
 * Cold chain", "Topic list: A + B + C", "الموضوعات المغطاة أ؛ ب"). The label ends at its last such
 * word and the little words after it (in English in lower case, in Arabic with the article or
 * "ذات", "تحت"); each item is a name of four words at most, capitalised in English. Returns the
 * items, joined by commas.
 */
function topicsLine(line: string, lang: Lang): string | undefined {
  const text = line.replace(/\.$/u, '');
  const words = text.split(/\s+/u);
  const bare = words.map((w) =>
    foldLineText(w)
      .toLowerCase()
      .replace(/[^\p{L}]/gu, '')
      .replace(/^(?:ال|وال)(?=\p{L}{3})/u, ''),
  );
  let end = -1;
  for (let i = 0; i < Math.min(words.length, 10); i++)
    if (
      TOPIC_WORDS[lang].has(bare[i]) ||
      (FILED_IN[lang].files.has(bare[i]) && bare.slice(Math.max(0, i - 3), i).some((w) => FILED_IN[lang].opens.has(w)))
    )
      end = i;
  if (end === -1) return undefined;
  let k = end + 1;
  // The label's little words after its noun ("covered", "mentioned in this article", "ذات الصلة").
  while (
    k < words.length &&
    k <= end + 4 &&
    (lang === 'en'
      ? /^\p{Ll}+:?$/u.test(words[k])
      : /^(?:ال|لل)/u.test(foldLineText(words[k])) || TOPIC_GLUE_AR.has(foldLineText(words[k]).replace(/:$/u, '')))
  ) {
    // An Arabic preposition ends the label: the list follows it ("مفهرس تحت الفحوص السريعة؛ …").
    const preposition = lang === 'ar' && TOPIC_PREPOSITIONS_AR.has(foldLineText(words[k]));
    k++;
    // …and so does its colon: the list's words are no label's (round 29: "ضمن ملف المركز: العيادات").
    if (preposition || /:$/u.test(words[k - 1])) break;
  }
  // A verb of its own makes the label a clause ("The topics were …"); a passive says how the piece
  // was filed ("This story is tagged under").
  const verb = bare
    .slice(0, k)
    .some((w, i) => lang === 'en' && AUXILIARIES_EN.has(w) && !/ed$/u.test(bare[i + 1] ?? ''));
  if (verb) return undefined;
  // A separator after the label, a colon at its end, or a bar or "and" before its noun, where a page
  // prints its category and then its tags ("Posted in X | Tagged A, B", "… and tagged A, B").
  let separated = /:$/u.test(words[k - 1]) || (end > 0 && /^(?:\||and|و)$/u.test(words[end - 1]));
  // Round 29: an Arabic label may name whose tags they are before its colon, in three words at most
  // ("وسوم صوت الساحل: #أ", as "Harbour Gazette tags: #A").
  let owned = false;
  if (lang === 'ar' && !separated) {
    const colon = words.slice(k, k + 3).findIndex((w) => /:$/u.test(w));
    const owner = colon >= 0 ? words.slice(k, k + colon + 1).map((w) => w.replace(/:$/u, '')) : [];
    const name = owner.join(' ');
    if (
      owner.length > 0 &&
      owner.every((w) => !isParticle(w)) &&
      (isOutletName(name, lang) || outletPrinted(name, lang))
    ) {
      k += colon + 1;
      separated = owned = true;
    }
  }
  // Round 30: an English label names whose tags they are before its noun, a place or an outlet in
  // capitals and maybe its word for news ("Nunavut news tags: A", as "وسوم أخبار نابلس: أ").
  if (
    lang === 'en' &&
    separated &&
    // Two words at least: one is a headline's noun ("Price tags: Housing costs soar").
    end >= 2 &&
    end <= 3 &&
    // Round 31: …or a second word of tags before its noun ("Variety subject index: A").
    words
      .slice(0, end)
      .every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && (OUTLET_WORDS.en.has(bare[i]) || TOPIC_WORDS.en.has(bare[i]))))
  )
    owned = true;
  if (k < words.length && TOPICS_SEPARATOR.test(words[k])) {
    separated = true;
    k++;
  }
  const list = words.slice(k).join(' ');
  if (list === '' || /[.!?؟]/u.test(list)) return undefined;
  // A hashtag's sign is no part of its topic ("Trending tags #A · #B").
  const items = list
    .split(/\s*(?:[,،;؛|/·•+&]|\s(?:and|و)\s)\s*/u)
    .map((t) => t.replace(/^#(?=\p{L})/u, ''))
    .filter((t) => t !== '');
  // One topic is a list only as a hashtag, after whose tags they are, or after where the piece is filed
  // ("ضمن ملف المركز: أ", as "Filed in the Institute's dossier: A").
  const one = separated && (/^#\p{L}/u.test(list) || owned || /^(?:ضمن|in|filed)$/iu.test(foldLineText(words[0])));
  // Two names after a comma alone may be a clause's ("Peace terms Israel, Hamas agree"): a list has
  // three, a separator before it, or marks a sentence does not join words with (";", "|", "+", "&").
  if ((items.length < 2 && !one) || (items.length < 3 && !separated && !/[;؛|/·•+&]/u.test(list))) return undefined;
  const named = items.every((t) => {
    const n = t.split(/\s+/u).length;
    // Round 29: after a separator a topic may name a place as well ("Hospital capacity in Hong Kong").
    if (n > (separated ? 5 : 4)) return false;
    return lang === 'en'
      ? /^[\p{Lu}\p{N}]/u.test(t) && t.split(/\s+/u).every((w) => !AUXILIARIES_EN.has(w.toLowerCase()))
      : looksLikeName(t, lang, 4) || (separated && isBodyName(t, lang));
  });
  return named && !readsAsClause(items.join('، '), lang, line, false) ? items.join(', ') : undefined;
}

/** Each language's one-word names of a picture ("photo", "screengrab", "صورة", "لقطة"), folded. */
const PICTURE_NOUNS = perLang((lang) => new Set(pictureNouns(lang).map((l) => foldLineText(l).toLowerCase())));

/**
 * The credit of a short line that names a picture first and whose it is last: in English a
 * picture's word (maybe after one word: "Handout picture"), at most five words, then "by", "credit",
 * "courtesy (of)" or a comma and a person's or an outlet's name ("Screengrab from a video shared by
 * Jane Doe", "Snapshot taken by Save the Children", "Handout picture, Doctors of the World"); in
 * Arabic a picture's word, a verb with its object joined ("وفّرها", "نشرها", "التقطها") and a name of
 * three words at most ("صورة وفّرها أطباء العالم"). A headline goes on past the name ("Photo taken
 * by Jane Doe wins award", "صورة تكشف حجم الكارثة").
 */
function pictureThenCredit(line: string, lang: Lang): string | undefined {
  const words = line.split(/\s+/u);
  const isPicture = (w: string | undefined) =>
    w !== undefined && PICTURE_NOUNS[lang].has(foldLineText(w).toLowerCase().replace(/[,،]$/u, ''));
  const posted = pictureFromPage(line, lang);
  if (posted !== undefined) return isPicture(words[0]) || isPicture(words[1]) ? posted : undefined;
  // A picture that went round the platforms, whose credit nobody knows ("صورة متداولة على مواقع
  // التواصل الاجتماعي", "Image circulating on social media"): a caption with no credit to give.
  if ((isPicture(words[0]) || isPicture(words[1])) && CIRCULATED[lang].test(foldLineText(line.trim()))) return '';
  // …or that people posted there, then what it shows ("صورة نشرها ناشطون على منصة إكس للمستشفى من
  // الداخل", "Picture posted by activists on X of the hospital from inside"): no credit either.
  if (
    (isPicture(words[0]) || isPicture(words[1])) &&
    POSTED_ON[lang].test(foldLineText(line.trim().replace(/\.$/u, '')))
  )
    return '';
  if (lang === 'ar') {
    if (
      words.length < 3 ||
      words.length > 5 ||
      !isPicture(words[0]) ||
      !/(?:ها|ه)$/u.test(words[1].replace(/[\u064B-\u065F\u0670\u0640]/gu, ''))
    )
      return undefined;
    // A person's name (no article), or an outlet of two words at most ("أطباء العالم"): three words
    // with the article say what happens ("ترامب تثير الجدل").
    const name = words.slice(2).join(' ');
    const outlet = words.length <= 4 && isOutletName(name, lang) && !readsAsClause(name, lang, name);
    return isPersonName(name, lang) || outlet ? name : undefined;
  }
  // Round 34: facts given, not a picture ("Details supplied to 7 News by X", "Information submitted by
  // X"): the word after them is a participle the tables hold as a picture's ("supplied"); the line is
  // `source-supplied-by`'s.
  if (LABELS.en.factsGiven.includes(words[0]?.toLowerCase() ?? '')) return undefined;
  const credit = /(?:\s(?:by|credit|courtesy(?:\s+of)?|(?:with\s+)?thanks\s+to)|,)\s+(?<name>[^,]+)$/iu.exec(line);
  // A picture's word of two ("Frame grab") counts as one. Session 23: with its credit's word after
  // it, two words may say what picture it is ("GOES-16 satellite image courtesy of NOAA").
  const pictureAt = (credit === null ? [0, 1] : [0, 1, 2]).find(
    (i) => isPicture(words[i]) || (words[i + 1] !== undefined && isPicture(`${words[i]} ${words[i + 1]}`)),
  );
  if (words.length > 10 || pictureAt === undefined) return undefined;
  // …not an article's words before it ("A new image of the city by Jane Doe" is a headline's), nor
  // credits joined ("Text and photos by Jane Doe" is `credit-role`'s).
  if (pictureAt === 2 && words.slice(0, 2).some((w) => /^(?:a|an|the|and|&|or|with)$/iu.test(w))) return undefined;
  // Or the name right after the picture's word, in a line of six words at most ("Inset photo Save the Children").
  // Not in a headline in Title Case, whose capitals name nothing ("Picture This Festival Opens").
  const direct =
    credit === null &&
    words.length <= 6 &&
    isPicture(words[pictureAt]) &&
    words.slice(0, pictureAt + 1).some((w) => /^\p{Ll}/u.test(w))
      ? words.slice(pictureAt + 1).join(' ')
      : undefined;
  // An organisation may be named with its article ("courtesy of the National Weather Service").
  const name = credit?.groups?.name.trim().replace(/^the\s+(?=\p{Lu})/u, '') ?? direct;
  if (name === undefined || name === '') return undefined;
  const before = credit === null ? [] : line.slice(0, credit.index).split(/\s+/u);
  // Before a comma only the picture's word, maybe after one word ("Handout picture, X"); "Image of
  // the Week, Part Two" is a title.
  if (credit?.[0].startsWith(',') ? before.length > 2 || !isPicture(before.at(-1)) : before.length > 6)
    return undefined;
  const slash = name.split(/\s*\/\s*/u);
  if (slash.length === 2 && slash.every((p) => looksLikeName(p, lang, 3))) return name;
  // An organisation's name may have little words in lower case ("Doctors of the World").
  const words2 = name.split(/\s+/u);
  const organisation =
    words2.length >= 2 &&
    words2.length <= 5 &&
    /^\p{Lu}/u.test(name) &&
    words2.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|for|and|de|du|la|al)$/u.test(w)) &&
    /^\p{Lu}/u.test(words2.at(-1) ?? '');
  return isPersonName(name, lang) || organisation ? name : undefined;
}

/** Each language's platforms as one alternation, folded ("facebook", "فيسبوك"). */
const PLATFORMS = perLang((lang) =>
  LABELS[lang].platforms
    .filter((p) => /^\p{L}/u.test(p))
    .map((p) => escapeRegExp(foldLineText(p)))
    .join('|'),
);

/**
 * A picture's word, maybe from a clip ("Image from a video circulating on TikTok", "الصورة من مقطع
 * متداول على تيك توك"), a word at most, then the platforms or social media where the line ends.
 */
const CIRCULATED: Record<Lang, RegExp> = {
  en: new RegExp(
    String.raw`^(?:\S+\s+)?\S+(?:\s+from\s+(?:a\s+|the\s+)?(?:video|clip|footage|livestream|post))?(?:\s+\S+)?\s+(?:on|via|across|from)\s+(?:the\s+)?(?:social media|social networks|the internet|(?:${PLATFORMS.en}))(?:\s+(?:and|or)\s+(?:${PLATFORMS.en}))?$`,
    'u',
  ),
  ar: new RegExp(
    String.raw`^\S+(?:\s+من\s+(?:مقطع|فيديو|تسجيل|بث|منشور))?(?:\s+\S+)?\s+(?:علي|عبر|في|من)\s+(?:(?:مواقع|وسائل|منصات|شبكات)\s+التواصل(?:\s+الاجتماعي)?|الانترنت|(?:${PLATFORMS.ar}))$`,
    'u',
  ),
};

/**
 * A picture posted on a platform by people the line names by what they are, and what it shows after
 * the platform, in a phrase that opens with a preposition (a verb there makes a headline: "صورة
 * نشرها ناشطون على إكس تثير الجدل", "… on X sparks anger").
 * Round 28: …or as they shared it, the verb maybe agreeing with the accounts ("الصورة كما تداولتها
 * حسابات على فيسبوك", "The image as shared by accounts on Facebook").
 */
const POSTED_ON: Record<Lang, RegExp> = {
  en: new RegExp(
    String.raw`^(?:a\s+)?\S+(?:\s+\S+)?\s+(?:as\s+)?(?:posted|shared|published|uploaded|circulated)\s+by\s+\S+(?:\s+\S+)?\s+on\s+(?:the\s+)?(?:platform\s+)?(?:${PLATFORMS.en})(?:\s+(?:of|showing|from|inside)\s+[^.!?]{2,60})?$`,
    'u',
  ),
  ar: new RegExp(
    String.raw`^\S+\s+(?:كما\s+)?(?:نشرها|نشرته|شاركها|تداولها|بثها|رفعها|نشرتها|شاركتها|تداولتها|بثتها|رفعتها)\s+\S+(?:\s+\S+)?\s+(?:على|علي|عبر|في)\s+(?:(?:منصه|موقع|حساب|تطبيق)\s+)?(?:${PLATFORMS.ar})(?:\s+(?:ل(?!(?:م|ن|ا|يس|يست)\s)\S+|من|في|داخل|خارج|تظهر|يظهر)(?:\s+[^.!?؟]{0,50})?)?$`,
    'u',
  ),
};

/**
 * Whose a picture is when it was taken from a page on a platform: a picture's word (maybe after one
 * word), "from", maybe a page or an account, the owner's name, and the platform where the line ends
 * ("الصورة من صفحة وزارة الصحة على فيسبوك", "Photo from the Ministry of Health's Facebook page",
 * "Image from Jane Doe on Instagram"). The name is the credit; the line is nothing but these. Arabic
 * has no capitals to show a name, so it needs the page's word ("صورة من داخل المستشفى … على فيسبوك"
 * stays).
 */
function pictureFromPage(line: string, lang: Lang): string | undefined {
  const from = /^(?:\S+\s+)?\S+\s+(?:from|من)\s+(?<page>.+)$/iu.exec(line.trim().replace(/\.$/u, ''));
  const name = from?.groups ? pageOwner(from.groups.page, lang) : undefined;
  if (name === undefined || /[,،.:]/u.test(name)) return undefined;
  if (lang === 'en' && !isOutletName(name, lang) && !looksLikeName(name, lang, 6)) return undefined;
  if (lang === 'ar' && (name.split(/\s+/u).length > 4 || readsAsClause(name, lang, name))) return undefined;
  return name;
}

/**
 * The owner of a page on a platform, as reposts and pictures credit it: "صفحة X على فيسبوك", "X's
 * Facebook page", "the X Facebook page", "X on Facebook" give X (Arabic needs the page's word).
 */
const PAGE_OWNER: Record<Lang, RegExp> = {
  ar: new RegExp(
    String.raw`^(?:صفحه|حساب|قناه|موقع)\s+(?<name>.{2,40}?)\s+(?:علي|عبر|في)\s+(?:منصه\s+)?(?:${PLATFORMS.ar})\.?$`,
    'u',
  ),
  en: new RegExp(
    String.raw`^(?:the\s+)?(?<name>.{2,50}?)(?:(?:(?:'s|’s)?\s+(?:${PLATFORMS.en})\s+(?:page|account|feed|channel))|\s+on\s+(?:${PLATFORMS.en}))\.?$`,
    'u',
  ),
};
function pageOwner(text: string, lang: Lang): string | undefined {
  const folded = foldLineText(text.trim());
  const m = PAGE_OWNER[lang].exec(folded);
  if (!m?.groups) return undefined;
  const start = folded.indexOf(m.groups.name);
  return text
    .trim()
    .slice(start, start + m.groups.name.length)
    .trim();
}

/** A person's name as a credit prints it: two or three parts, no acronym, no Arabic article. */
function isPersonName(given: string, lang: Lang): boolean {
  // Round 37: after a rank or a title, which is no word of the name ("Master Sgt. Jane Doe", "العقيد فلان").
  const text = withoutHonorific(given, lang);
  const words = text.trim().split(/\s+/u);
  // Round 31: a name's lower-case particles inside it are no words of their own ("Ferdie de la Torre").
  // Session 20: nor are an Arabic name's joining words: a compound's first word and a lineage's
  // ("أسماء عبد الرازق شلبي", "نورة بنت فهد القحطاني", "مريم منت أحمدو") join the word after them.
  const own = words.filter((w, i) =>
    lang === 'ar'
      ? i === 0 || !NAME_JOINS_AR.test(words[i - 1])
      : i === 0 || !/^(?:de|da|del|della|di|do|dos|du|van|von|der|den|ter|la|le)$/u.test(w),
  );
  if (own.length < 2 || own.length > 3 || words.length > 6 || !looksLikeName(text, lang, 6)) return false;
  // An Arabic family name may take the article ("عمر الهنائي", "ياسمين عبد الحميد"), a given name
  // never does; in three words only after "عبد" or "أبو" ("منظمة الصحة العالمية", "ترامب تثير الجدل").
  const article = (w: string) => /^(?:ال|وال)/u.test(w);
  // A compound given name ("عبد الله", "أبو بكر") may be followed by a family name with the article
  // ("عبد الله الرشيدي"; round 20).
  // And after a joining word, the last word of the name is its family's ("نورة بنت فهد القحطاني").
  const joined = words.slice(0, -1).some((w) => NAME_JOINS_AR.test(w));
  const surname = (i: number) =>
    (words.length === 2 && i === 1) ||
    (i > 0 && NAME_JOINS_AR.test(words[i - 1])) ||
    (i === 2 && words.length === 3 && /^(?:عبد|ابو|أبو)$/u.test(words[0])) ||
    (joined && i === words.length - 1) ||
    // Round 37: a compound of "الدين" or "الله" closing the name ("ماهر شرف الدين", "حسن نصر الله").
    (i === words.length - 1 && i > 1 && /^(?:الدين|الله)$/u.test(words[i]));
  return words.every((w, i) => !/^\p{Lu}{2,}$/u.test(w) && (!article(w) || (i > 0 && surname(i))));
}

/** Arabic words that join a name's next word to it: a compound's first word and a lineage's. */
const NAME_JOINS_AR = /^(?:عبد|ابو|أبو|بن|بنت|ابن|منت|ولد)$/u;

/**
 * Round 32: Arabic words that can be a name with nothing else to say so: none takes the article but
 * the last, and that one only as a family's name does, ending as one of descent ("يوسف الكندي", "نورة
 * العجمية"); "يزور الأقصر" says where someone goes.
 */
export const isArabicBareName = (words: readonly string[]) =>
  words.every(
    (w, i) =>
      !/^(?:ال|لل)/u.test(foldLineText(w)) ||
      (i === words.length - 1 && /^ال\p{L}{2,}(?:ي|يه)$/u.test(foldLineText(w))),
  );

/**
 * A writer's name where the line's shape already says a name stands there (after an exclusive's
 * outlet, a dateline's outlet and its colon): a person's name, or in Arabic up to four words with no
 * article on the first, as a compound given name may take it on the second ("عوض الكريم الأمين").
 */
const isWriterName = (text: string, lang: Lang) =>
  isPersonName(text, lang) ||
  (lang === 'ar' &&
    /\p{Script=Arabic}/u.test(text) &&
    text.trim().split(/\s+/u).length >= 2 &&
    looksLikeName(text, lang, 4) &&
    !/^(?:ال|وال)/u.test(text.trim()));

/**
 * A caption's words: three to 30, in one or two sentences, not ending on a separator ("الخرطوم -
 * (أ ف ب)" is a dateline, not a caption).
 */
const captionWords = (text: string) => {
  const words = text.trim().split(/\s+/u).length;
  return (
    words >= 3 && words <= 30 && !/[-–—:،,|ـ]$/u.test(text.trim()) && (text.match(/[.!?؟](?:\s|$)/gu)?.length ?? 0) <= 2
  );
};

/** A photo credit: a name or two, maybe joined ("AFP via Getty Images", "Reuters/Jane Doe"). */
function isCredit(value: string, lang: Lang): boolean {
  // A spaced dash parts a photographer from the outlet as a slash does ("فلان – الجريدة"; round 20).
  const parts = value.split(/\s*\/\s*|\s+[-–—]\s+|\s+(?:via|by|and|for)\s+|\s+و(?=\p{Script=Arabic})/u);
  return parts.length <= 3 && parts.every((p) => looksLikeName(p, lang, 4));
}

/** Each language's platforms as printed, for the original line ("Facebook", "فيسبوك"). */
const PLATFORMS_PRINTED = perLang((lang) =>
  LABELS[lang].platforms
    .filter((p) => /^\p{L}/u.test(p))
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|'),
);
/** A button to follow the writer after a byline's name: "Follow", "· Follow on X", "تابع على إكس". */
const FOLLOW_AFTER = perLang(
  (lang) =>
    new RegExp(
      String.raw`\s*(?:[·|•]\s*)?(?:follow|تابع|تابعوا|تابعي|تابعه|تابعها)(?:\s+(?:on|us|me|him|her|them|على|علي|عبر))?(?:\s+(?:${PLATFORMS_PRINTED[lang]}))?\s*$`,
      'iu',
    ),
);
/** A byline's value without the follow button after it (`FOLLOW_AFTER`); the value itself if it has none. */
export const withoutFollow = (value: string, lang: Lang): string => {
  const m = FOLLOW_AFTER[lang].exec(value);
  return m && m.index > 0 ? value.slice(0, m.index).trim() : value;
};

/** A byline's value without a second credit after it, labelled by a writer's role and a colon ("… Editor: X"). */
const EDITED_AFTER: Record<Lang, RegExp> = {
  en: /\s*;\s*(?:edited|copy-edited|translated|fact-checked)\s+by\s+\S.*$/iu,
  ar: /\s*[;؛]\s*(?:حرره|حررته|حررها|ترجمه|ترجمته|ترجمها|راجعه|راجعته|تحرير|ترجمة|مراجعة)\s+\S.*$/u,
};

function withoutSecondCredit(value: string, lang: Lang): string {
  // Round 24: …or by an act of editing or translating after a semicolon ("Jane Doe; edited by the
  // English desk", "فلان؛ حرره فريق الموقع").
  const edited = EDITED_AFTER[lang].exec(value);
  if (edited && edited.index > 0) return value.slice(0, edited.index).trim();
  const second = /\s+(?<label>\p{L}+)\s?:\s*\S.*$/u.exec(value);
  if (!second?.groups || second.index === 0) return value;
  const label = foldLineText(second.groups.label)
    .toLowerCase()
    .replace(/^ال(?=\p{L}{3})/u, '');
  return ROLE_WORDS[lang].roles.has(label) ? value.slice(0, second.index).trim() : value;
}

/**
 * Where a byline's value parts its writers from what follows them. Round 26: a bullet may part the
 * name from the writer's role ("By Jane Doe • Editor", "بواسطة فلان • محررة"), and Arabic says whom
 * the writer wrote for as English does ("بقلم فلان لـ X", "بقلم فلان لموقع X").
 */
const BYLINE_PARTS = new RegExp(
  // "Jane Doe in Gaza": where the writer files from, like an outlet after a comma; "Jane Doe for the
  // Kerala newsletter": the outlet after its article.
  String.raw`\s*(?:[,،|;؛/•·]|\s[-–—]\s)\s*|\s+(?:for|of|in)\s+(?=\p{Lu})|\s+for\s+(?=the\s+\p{Lu})|` +
    String.raw`\s+(?:لـ\s*|ل(?=(?:${LABELS.ar.outlets.join('|')})\s))|` +
    // "Jane Doe with AFP", "فلان مع أ ف ب": an agency that helped, by one word or its initials, where
    // the line ends ("Jane Doe with John Roe" names two writers); or agencies listed (round 21: "Jane
    // Doe with AFP, Reuters", "فلان مع أ ف ب، رويترز").
    String.raw`\s+(?:with|مع)\s+(?=(?:\p{Lu}[\p{L}]*|وكالات|\p{Script=Arabic}(?:[.\s]\s*\p{Script=Arabic}){1,3}\.?)(?:\s*[,،]\s*(?:\p{Lu}[\p{L}]*|\p{Script=Arabic}(?:[.\s]\s*\p{Script=Arabic}){1,3}\.?|رويترز|وكالات))*$)`,
  'u',
);

/** A body's people who wrote a piece: its staff or team, after its name or before it ("the team at X"). */
const BODY_PEOPLE_EN =
  /^(?:the\s+)?(?:team|staff|editors|newsroom)\s+(?:at|of)\s+(?:the\s+)?(?<at>\p{Lu}.+)$|^(?:the\s+)?(?<own>\p{Lu}.+?)\s+(?:staff|team|scientists|researchers|volunteers|editors|reporters|writers|journalists|newsroom|desk)$/u;
/** A piece named before a credit's label with its verb, folded ("this update was …"; "Content by X" is an ad's). */
const PIECE_LEAD: Record<Lang, string> = {
  en: String.raw`(?:(?:this |the )?${alt(LABELS.en.pieces)} (?:was |has been |is ))?`,
  ar: '',
};

/** A writer's name, then "Special to" and the outlet they filed for, as American papers print it. */
const SPECIAL_TO =
  /^(?<name>[^|,،]+?),\s*[Ss]pecial\s+to\s+(?<outlet>(?:[Tt]he\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,5})$/u;
const SPECIAL_TO_PART = /,\s*[Ss]pecial\s+to\s+(?=(?:[Tt]he\s+)?\p{Lu})/u;

/** A byline's value as the writers and what follows them (an outlet, a role): "X, Reuters", "X for The Times". */
export function splitByline(value: string): string[] {
  return value.split(BYLINE_PARTS);
}

/** The names in a list of writers. */
const namesOf = (text: string) => text.split(/\s+(?:and|&)\s+|\s+و(?=\p{Script=Arabic})/u);

/** An outlet or a role after a byline's name: a few words that start as a name does, not a sentence. */
function isRole(given: string, lang: Lang): boolean {
  // A channel's number may end an outlet's name ("France 24"), or be part of its one word ("Splash247",
  // round 26), as no date or count is; or stand inside it, before its desk's word or two (round 29:
  // "KING 5 News", "قناة 24 الإخبارية").
  const text = given
    .trim()
    .replace(/\s+[\d٠-٩]{1,3}(?=(?:\s+\p{L}+){0,2}$)/u, '')
    .replace(/(?<=^(?:\p{Lu}\p{L}+|[\p{Script=Arabic}\u0640]{2,}))\d{1,4}$/u, '');
  const words = text.trim().split(/\s+/u);
  if (words.length > 6 || /\d/u.test(text) || /[.!?؟]$/u.test(text.trim())) return false;
  // An Arabic outlet may spell a particle ("سي إن إن" is CNN); a clause starts with one.
  if (lang === 'ar' && /\p{Script=Arabic}/u.test(text)) return !isParticle(words[0]) && words.length <= 4;
  // "… for the Kerala newsletter": the outlet's name after its article.
  return /^[\p{Lu}\p{Lt}]/u.test(words[0] === 'the' && words.length > 1 ? words[1] : words[0]);
}

/** A word of a section's name: letters or digits, maybe joined by a hyphen or an apostrophe ("COVID-19"), or an initialism ("U.S."). */
const SECTION_WORD = /^(?:[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|(?:\p{L}\.)+|&)$/u;

/**
 * Whether a breadcrumb's section reads as a name: words only, no markup ("$$x$$", "{…}", "<b>", a
 * list's "1."), and no word said twice, as a run of prose words may say it. (A section may repeat
 * another: "News › World News".)
 */
/** A label of a few words and a colon opening a line ("You are at:"). */
const ANY_LEAD = /^\s*\p{L}[\p{L}\s'’]{1,29}(?<!\s):(?!:)\s+/u;
/** A slash against the word before it and a space after ("الرئيسية/ صحة"). */
const ATTACHED_SLASH = /(?<=\p{L})\/\s+/u;
/**
 * A site's name written as a brand is, one word with a capital inside it ("ProPublica", "ReliefWeb");
 * a family name's prefix is no brand ("DeSantis", "McCarthy", "LaGuardia"). Arabic has no capitals
 * to tell a brand from a word.
 */
/** A site's domain alone, its home page in a breadcrumb ("bdnews24.com", "www.thecable.ng"). */
const DOMAIN = /^(?:www\.)?[\p{Ll}\p{Lu}\p{N}-]+(?:\.[\p{Ll}\p{N}-]+)*\.(?:com|net|org|info|news|tv|[a-z]{2})$/u;
const BRAND = /^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|St|O)\p{Lu})\p{Lu}\p{Ll}+\p{Lu}[\p{L}\p{N}]*$/u;

function isSectionName(crumb: string, repeats = false): boolean {
  const words = crumb.split(/\s+/u);
  const folded = words.map(foldLineText);
  return words.every((w) => SECTION_WORD.test(w)) && (repeats || new Set(folded).size === folded.length);
}

/**
 * Marks that are not a breadcrumb's separator: sentence punctuation, quotes and brackets, the marks
 * of words ("&", "#", "@", "%", "*", "_"), dashes (a separator of their own, weaker: see the check),
 * and symbols that stand between numbers or in prices (`+`, `=`, currency, `°`, `©`).
 */
const NOT_CRUMB = String.raw`.,;:!?،؛؟…'"“”‘’„‚()\[\]{}\-–—_&#%@*+=©®™°\p{Sc}`;
/**
 * The marks a breadcrumb separates its sections with, by Unicode category rather than as a list:
 * any punctuation or symbol but those above, so slashes, pipes, bullets of every shape (`•`, `‣`,
 * `▸`), guillemets and chevrons, and every arrow, in either direction, since Arabic pages point them
 * right to left ("الرئيسية ← سياسة").
 */
export const CRUMB_MARK = String.raw`(?:(?![${NOT_CRUMB}])[\p{P}\p{S}])`;
/** A run of marks ("Home >> World"), or colons doubled ("News :: World"), which a sentence never writes. */
export const CRUMB_RUN = String.raw`(?:${CRUMB_MARK}{1,3}|:{2,3})`;
/** One separator: a run of marks, or a dash. */
export const CRUMB_SEPARATOR = String.raw`(?:${CRUMB_RUN}|[\-–—])`;

/** The separators of a breadcrumb in the original line. */
const CRUMB_SPLIT = new RegExp(String.raw`\s+${CRUMB_SEPARATOR}\s+`, 'u');
/** Sections between a breadcrumb's marks other than a slash or a bar (which also join a name and an agency). */
const SECTIONS = new RegExp(String.raw`\s(?![/|])${CRUMB_RUN}\s`, 'u');

/**
 * A check on the original line after the regex matched: the part of a shape a regex cannot say.
 * A check that finds the value itself (the outlet after the last of several prepositions, the
 * names of several credits) returns it instead of `true`.
 */
export type ShapeCheck = (line: string, value: string | undefined, lang: Lang) => boolean | string;

/** What the checks of the built-in patterns look at, by pattern name. */
export const DEFAULT_CHECKS: Record<string, ShapeCheck> = {};

/**
 * A built-in pattern of a group written once for both languages: its `name` without the language,
 * which is added; its regex the same in both (`regex`) or each language's own (`en`, `ar`); and
 * what a regular expression cannot say (`check`), kept in `DEFAULT_CHECKS` under its full name.
 */
type EitherLanguage = Omit<PatternSpec, 'name' | 'lang' | 'regex'> & { name: string; check?: ShapeCheck } & RegexOf;
type RegexOf = { regex: string; en?: never; ar?: never } | { en: string; ar: string; regex?: never };

function pattern(lang: Lang, { name, en, ar, regex, check, ...rest }: EitherLanguage): PatternSpec {
  const full = `${name}-${lang}`;
  if (check) DEFAULT_CHECKS[full] = check;
  return { name: full, lang, ...rest, regex: regex ?? (lang === 'en' ? en : ar) };
}

/** Patterns of a group written for both languages that only one language prints (`only`). */
function onlyIn(only: Lang, lang: Lang, ...specs: EitherLanguage[]): PatternSpec[] {
  return lang === only ? specs.map((spec) => pattern(lang, spec)) : [];
}

/** Three words, the middle one saying where or when: a phrase about the world ("Responses in parliament"). */
const PLACED_REACTIONS: Record<Lang, RegExp> = {
  en: /^\S+\s+(?:in|at|across|among|within|around|during|after|before|inside|outside)\s+\p{L}+$/iu,
  ar: /^\S+\s+(?:في|داخل|خلال|بعد|قبل|عبر)\s+\p{L}+$/u,
};

/**
 * How a built-in pattern's value is read, by pattern name, where its kind's way would misread it:
 * `writers`, every name a writer ("A, B and C", not a writer and an outlet); `body`, an organisation
 * named whole ("مكتب الصحة العامة والسكان في المهرة" is a health office, not an outlet's bureau in a town).
 */
export const DEFAULT_READINGS: Record<string, 'writers' | 'body'> = {};

/** Folding writes guillemets as plain quotes; the regex sees folded lines. */
const FOLDED_RUN = String.raw`(?:${CRUMB_RUN}|['"]{1,3})`;
/** A character of a word: neither a space, a quote nor a separator's mark. */
const NOT_MARK = String.raw`(?:(?!${CRUMB_MARK})[^\s"])`;
const WORD = String.raw`(?:(?:(?![\p{L}\p{N}])${NOT_MARK})*[\p{L}\p{N}]${NOT_MARK}*|&)`;
const SEGMENT = `${WORD}(?: ${WORD}){0,4}`;
/** Separators stand between spaces: "a/b" is a word of prose, "World / Europe" a breadcrumb. */
const CRUMB_SEP = String.raw`\s+(?:${FOLDED_RUN}|[\-–—])\s+`;
/** A separator, or a slash written against the section before it ("الرئيسية/ صحة"). */
const CRUMB_STEP = String.raw`(?:${CRUMB_SEP}|(?<=\p{L})/\s+)`;
/** The last section, which may be the page's headline. */
const HEADLINE_SEGMENT = `${WORD}(?: ${WORD}){0,24}`;

/**
 * Whether a breadcrumb's last crumb reads as a headline: three words or more, words only (a comma,
 * a colon or a question mark after one), capitalised in a cased script, and no full stop at its end
 * (a sentence of prose ends on one; a headline does not).
 */
/** What a screen reader's words say after a link's label: that it opens a new window or tab. */
const OPENS: Record<Lang, readonly string[]> = {
  en: ['new window', 'a new window', 'new tab', 'a new tab'].flatMap((w) =>
    ['opens in', 'open in', 'link opens in', 'opens'].map((v) => `${v} ${w}`),
  ),
  ar: ['نافذة جديدة', 'علامة تبويب جديدة', 'تبويب جديد', 'صفحة جديدة'].flatMap((w) =>
    ['يفتح', 'تفتح', 'سيفتح', 'ستفتح'].map((v) => `${v} في ${w}`),
  ),
};
/** A prompt to join the outlet's channel: what it asks (or where to click, at its end), and the word for a channel or a group. */
const CHANNEL: Record<Lang, { verbs: readonly string[]; channels: readonly string[]; click: readonly string[] }> = {
  en: {
    verbs: ['join', 'subscribe to', 'follow', 'get', 'sign up for'],
    channels: ['channel', 'channels', 'group', 'community', 'broadcast'],
    click: ['click here', 'tap here'],
  },
  ar: {
    verbs: ['انضموا', 'انضم', 'انضمي', 'اشترك', 'اشتركوا', 'للاشتراك', 'للانضمام', 'تابعوا', 'تابع', 'اشتركوا الآن'],
    channels: ['قناة', 'قناتنا', 'قنوات', 'قنواتنا', 'مجموعة', 'مجموعتنا', 'مجموعات'],
    click: ['اضغط هنا', 'إضغط هنا', 'انقر هنا', 'اضغطوا هنا', 'انقروا هنا'],
  },
};

/** Roots of a breadcrumb that are sections too, and open headlines ("News Corp buys…"). */
const SECTION_ROOTS = new Set(['news', 'أخبار', 'الأخبار']);
/** Words that join a clause, capitalised in a headline written in title case ("Home Secretary Steps Down Over Row"). */
const EN_GLUE = new Set([
  'of',
  'the',
  'a',
  'an',
  'to',
  'in',
  'on',
  'for',
  'as',
  'at',
  'by',
  'over',
  'after',
  'with',
  'from',
  'is',
  'are',
  'was',
  'be',
  'will',
  'says',
  'said',
]);

function isHeadlineCrumb(crumb: string): boolean {
  const words = crumb.split(/\s+/u);
  if (words.length < 3 || /^\p{Ll}/u.test(crumb)) return false;
  return words.every((w, i) =>
    SECTION_WORD.test(i === words.length - 1 ? w.replace(/[?!؟]$/u, '') : w.replace(/[,:،]$/u, '')),
  );
}

/** One or two words, then the date at once: the label of a timestamp, not a clause that mentions a date. */
/**
 * The terms a piece is reused under, after the outlet's name ("… under a content-sharing agreement",
 * "… and is republished with permission", "… (used with permission)", "… بموجب اتفاقية", "… (بتصرف)"),
 * on a folded line: the outlet is what comes before them.
 */
const TERMS = perLang(
  (lang) =>
    new RegExp(
      // Round 31: an initialism in brackets is the body's own ("Pacific Community (SPC)").
      String.raw`(?:\s${alt(LABELS[lang].provenance.terms.map((t) => foldLineText(t)))}${END}[^\d:;]{0,80}|\s*\((?![\p{Lu}&.]{2,8}\)$)[^()\d]{2,40}\)?)$`,
      'iu',
    ),
);

/**
 * An hour printed without its minutes, as a radio's schedule or a police desk prints it (round 31):
 * four figures and "hours" ("1817 hours"), an hour and "o'clock", "الساعة 20".
 */
const BARE_HOUR: Record<Lang, RegExp> = {
  en: /(?<![\d:.])(?:(?:[01]\d|2[0-3])[0-5]\d\s+(?:hours|hrs)|(?:[1-9]|1[0-2])\s*o'?clock)(?![\p{L}\d])/u,
  ar: /(?<![\p{L}\d])الساعه\s+(?:[01]?\d|2[0-3])(?![\d:.])/u,
};

/**
 * Round 31: the document a body issued, around its name in a source credit: after it ("X press
 * statement", "X - بيان صحفي") or before it with a word of issuing ("Media release from X", "بيان صحفي
 * صادر عن X", "بيان صحفي لـX"). Read on the folded value.
 */
const RELEASE_AROUND = perLang((lang) => {
  const releases = alt(LABELS[lang].provenance.releases.map((t) => foldLineText(t)));
  return {
    after: new RegExp(String.raw`\s+(?:[-–—]\s+)?${releases}$`, 'iu'),
    before: new RegExp(
      lang === 'en'
        ? String.raw`^(?:(?:an?|the)\s+)?${releases}\s+(?:by|from|of|issued\s+by)\s+(?:the\s+)?(?=\S)`
        : String.raw`^${releases}\s+(?:صادر\s+عن|من|عن|ل\s*ـ?)\s*(?=\S)`,
      'iu',
    ),
  };
});

/** The words that link a label to its date ("Updated on …", "نشر يوم …", "بتاريخ"). */
const DATE_LINKS = new Set(['on', 'at', 'في', 'يوم', 'بتاريخ']);

/**
 * Round 32: the zone a line ends on, folded, when its last word is one of the table's time words
 * other than a link ("HST", "GMT", "مكة" after "بتوقيت" is a phrase, not read here); else undefined.
 */
const DATE_ZONE: Record<Lang, (value: string) => string | undefined> = perLang((lang) => {
  const zones = new Set(
    LABELS[lang].timeWords
      .map((w) => foldLineText(w).toLowerCase())
      // A zone is an initialism ("hst", "gmt"), not "am"/"pm" nor a word of the day ("today").
      .filter((w) => /^[a-z]{3,5}$/u.test(w) && w !== 'today'),
  );
  return (value: string) => {
    const last = foldLineText(value).toLowerCase().trim().split(/\s+/u).at(-1) ?? '';
    return zones.has(last) ? last : undefined;
  };
});

/**
 * A credit before a timestamp's date (`postedBy` and a name), then the word that links it to the date.
 * Tried on the value as printed, so the words go in as written and folded.
 */
const POSTED_BY = perLang(
  (lang) =>
    new RegExp(
      String.raw`^(?:${[...new Set(LABELS[lang].postedBy.flatMap((w) => [w, foldLineText(w)]))].map(spacedLiteral).join('|')})\s+(?<name>[^\d،,;:|]{2,40}?)\s+${alt([...DATE_LINKS])}\s+(?<date>.+)$`,
      'iu',
    ),
);
const LABEL_THEN_DATE = /^\p{L}+(?:\s+\p{L}+)?\s*[:|\-–]?\s*\d/u;
/**
 * Round 33: who posted it after its date, as blogs' templates print the line ("Posted on 13 April 2020
 * by Manx Radio", "نشر في 13 أبريل 2020 بواسطة إذاعة مانكس"), the other order of `POSTED_BY`.
 */
const DATE_THEN_POSTER = perLang(
  (lang) =>
    new RegExp(
      String.raw`^(?<date>.{6,40}?)\s+(?:${[...new Set(LABELS[lang].postedBy.flatMap((w) => [w, foldLineText(w)]))].map(spacedLiteral).join('|')})\s+(?<name>[^\d،,;:|.!?؟]{2,40})$`,
      'iu',
    ),
);

/**
 * Round 33: the poster a timestamp's line names beside its date, either side of it ("Posted by X on
 * 5 April 2020", "Posted on 5 April 2020 by X"): a name of five words at most and no particle, and a
 * whole date and nothing else; undefined otherwise. The timestamp gives the author too.
 */
export function posterOfTimestamp(value: string, lang: Lang): string | undefined {
  const g = POSTED_BY[lang].exec(value.trim())?.groups ?? DATE_THEN_POSTER[lang].exec(value.trim())?.groups;
  if (g === undefined) return undefined;
  const words = g.name.trim().split(/\s+/u);
  const dated = readDate(g.date, lang);
  if (words.length > 5 || words.some((w) => isParticle(w)) || dated.date === undefined) return undefined;
  if (dated.rest.some((w) => !DATE_LINKS.has(w))) return undefined;
  // An English name is capitalised ("by the end of May" is no poster).
  if (lang === 'en' && !/^(?:the\s+)?\p{Lu}/u.test(g.name.trim())) return undefined;
  return g.name.trim();
}

/** The folded words of `lang`'s timestamp labels ("updated", "نشر", "تحديث"). */
export const TIMESTAMP_LABEL_WORDS = perLang(
  (lang) => new Set(LABELS[lang].labels.timestamp.flatMap((l) => foldLineText(l).split(/[^\p{L}]+/u)).filter(Boolean)),
);

/**
 * Whether an Arabic line gives its date after "في" and a subject, with no separator between: a
 * sentence's or a headline's ("الانتخابات في 27 مارس 2022"), as on the dateline's path. A subject
 * opens with the article; a timestamp opens on its verb ("نشرت في …", "أضيف التصحيح في …") or
 * its label ("النشر في …").
 */
export function datedClause(line: string, lang: Lang): boolean {
  if (lang !== 'ar') return false;
  const match = /^(.*\p{L})\s+في\s+[\d٠-٩]/u.exec(foldLineText(line.trim()));
  if (!match || /[:|\-–—]/u.test(match[1])) return false;
  const words = match[1].split(/\s+/u);
  if (!/^(?:ال|وال)\p{L}{2}/u.test(words[0])) return false;
  const unarticled = (w: string) => w.replace(/^و?ال(?=\p{L}{2})/u, '');
  return !words.every((w) => TIMESTAMP_LABEL_WORDS.ar.has(unarticled(w)) || AR_DATE_WORDS.has(w));
}

/**
 * A file's type, and its pages or size, inside a link's brackets (round 23: "Download the full report
 * (PDF, 126 pages)", "حمّل التقرير (PDF، 99 صفحة)"): the link is a button, whatever it names.
 */
const FILE_ASIDE = String.raw`(?:pdf|docx?|epub|xlsx?)(?:\s*[,،]\s*[\d٠-٩]+(?:[.,][\d٠-٩]+)?\s*(?:pages|page|pp|mb|kb|صفحه|صفحات|ميغابايت|كيلوبايت))?`;

/**
 * Round 34: the piece a tags label names as its own after it ("Keywords in this interview: A, B", "Tags
 * for this story › A › B", "كلمات دالة في هذا الحوار: أ، ب", "وسوم التقرير › أ › ب"): still the label.
 */
const TAGS_OF_PIECE = perLang((lang) =>
  lang === 'en'
    ? String.raw`(?:\s+(?:in|for|of|on)\s+(?:this|the)\s+(?:${alt([...LABELS.en.pieces, 'interview', 'issue'])}))?`
    : String.raw`(?:\s+(?:(?:في|ل)\s+)?(?:(?:هذا|هذه)\s+)?(?:${alt([...LABELS.ar.pieces, 'الحوار', 'المقابلة', 'العدد'])}))?`,
);

/** The nouns of a body a speaker may speak for ("Council", "Clinic"), lower-cased: no place's. */
const SPOKEN_FOR_EN = new Set([
  ...LABELS.en.bodies,
  ...['clinic', 'hospital', 'school', 'university', 'college', 'church', 'company', 'club', 'team'],
]);

/** Round 35: the words an English body's name closes or opens on ("… Football Association", "Ministry of …"). */
const BODY_WORDS_EN =
  /(?:^|\s)(?:Association|Federation|Council|Committee|Ministry|Department|Authority|Union|Board|Parliament|Assembly|Organi[sz]ation|Commission|Agency|Society|Foundation|Institute)(?:\s|$)/u;

const kindPatterns: Record<FurnitureKind, (lang: Lang, labels: readonly string[]) => PatternSpec[]> = {
  breadcrumb: (lang, labels) => {
    const { plain, separated } = formsOf(labels);
    const roots = new Set(plain.map(foldLineText));
    const name = `breadcrumb-${lang}`;
    // The home page, not a section that may also open a breadcrumb ("News", "أخبار").
    const homes = plain.filter((l) => !SECTION_ROOTS.has(foldLineText(l)));
    const home = new RegExp(`^(?:${homes.map(escapeRegExp).join('|')})\\s+`, 'iu');
    const lead = new RegExp(`^\\s*(?:${separated.map(escapeRegExp).join('|')})\\s*:\\s*`, 'iu');
    DEFAULT_CHECKS[name] = (line) => {
      // A label of a few words no table has may say where the reader is ("You are at:", "أنت في:"),
      // before a breadcrumb that starts at home.
      const labelled = !lead.test(line) && ANY_LEAD.test(line);
      // A slash written against the section before it ("الرئيسية/ صحة/ …") separates as a spaced one
      // does, in a breadcrumb that starts at home.
      const attached = ATTACHED_SLASH.test(line);
      // Invisible marks (RLM, ZWJ) around separators are the page's, not words.
      const text = line
        .replace(lead, '')
        .replace(ANY_LEAD, '')
        .replace(new RegExp(ATTACHED_SLASH.source, 'gu'), ' / ')
        .replace(/\p{Cf}/gu, ' ');
      const crumbs = text
        .split(CRUMB_SPLIT)
        .map((c) => c.trim())
        .filter((c) => c !== '');
      // Round 20: the site's domain is its home page, written small ("bdnews24.com › Wellness Desk",
      // "aljarida.com › محليات"); the sections after it are checked as ever.
      const domain = crumbs.length >= 2 && DOMAIN.test(crumbs[0] ?? '');
      const home = domain || roots.has(foldLineText(crumbs[0] ?? ''));
      if ((labelled || attached) && !home) return false;
      // A tags label opening the first crumb heads a list of tags ("Categories A ⁄ B", "التصنيفات أ ⁄ ب").
      if (TAGS_LEAD[lang].test(foldLineText(crumbs[0] ?? ''))) return false;
      // Round 33: …and so does the label alone as the first crumb ("Tags » A » B", "الوسوم ▪ أ ▪ ب").
      if (TAGS_ALONE[lang].test(foldLineText(crumbs[0] ?? ''))) return false;
      // Round 32: so does one the site's name opens ("Tribune tags » A", "Civil Beat topics → A"): `SITE_TAGS`.
      if (TAGS_AFTER_SITE[lang].test(foldLineText(crumbs[0] ?? ''))) return false;
      // A whole date opening the line is a timestamp's, before the section it files the piece in
      // (`timestamp-filed-*`: "26 June 2021 | Health"), not a section of the site.
      if (readDate(crumbs[0] ?? '', lang).date !== undefined) return false;
      const strong = new RegExp(String.raw`\s${CRUMB_RUN}\s`, 'u').test(text);
      // The last crumb may be the page's own headline, a sentence or a question ("Home › Health ›
      // Why clinics turn patients away"), after the home page and a section, between marks only.
      // So may it after the outlet's name and a section ("Blue Mountains Bulletin › Health › Why …"),
      // between marks other than a slash or a bar (which join a name and an agency), and after the
      // home page and short sections between dashes ("الرئيسية - شؤون سودانية - كيف واجهت …؟").
      const dashed = /\s[-–—]\s/u.test(text);
      const outlet =
        !home &&
        strong &&
        !dashed &&
        SECTIONS.test(text) &&
        !/\s[/|]\s/u.test(text) &&
        // One word is a section ("Health") unless written as a brand is, a capital inside it or a
        // domain ("ReliefWeb", "AllAfrica", "aljazeera.net").
        (crumbs[0].split(/\s+/u).length >= 2 || /^\p{Lu}\p{Ll}+\p{Lu}|^[\p{L}\p{N}-]+\.[a-z]{2,4}$/u.test(crumbs[0])) &&
        isOutletName(crumbs[0], lang);
      const shortMiddle = crumbs.slice(1, -1).every((c) => c.split(/\s+/u).length <= 3);
      const headed =
        crumbs.length >= 3 &&
        ((home && strong && !dashed) || outlet || (home && dashed && !strong && shortMiddle)) &&
        isHeadlineCrumb(crumbs.at(-1) ?? '');
      if (headed) crumbs.pop();
      else if (crumbs.some((c) => c.split(/\s+/u).length > 5)) return false;
      // A section ends as a name does: "U.S." is one, "…said." is a sentence.
      if (crumbs.some((c) => /[,;،؛()"“”«»]|[!?؟]$/u.test(c) || (/\.$/u.test(c) && !/(?:^|\s)(?:\p{L}\.)+$/u.test(c))))
        return false;
      // Menus scraped together may repeat a word ("National News News"): allowed from the home page on.
      const sections = domain ? crumbs.slice(1) : crumbs;
      if (!sections.every((c) => isSectionName(c, home))) return false;
      // A cased script's sections are capitalised ("World › Europe"); "and/or" in prose is not a breadcrumb.
      if (sections.some((c) => /^\p{Ll}/u.test(c))) return false;
      // A section's name is a noun or two, never a clause.
      if (crumbs.some((c) => c.split(/\s+/u).some((w) => isParticle(w)))) return false;
      if (headed) return true;
      // Any mark but a dash separates sections only: prose puts marks between words, not spaces.
      const rooted = home;
      // Two sections without the home page are a short pair ("World › Europe"), not two clauses;
      // "&" joins two names of one section ("Local News / Health Care & Hospitals").
      const short = crumbs.every((c) => c.split(/\s+/u).filter((w) => w !== '&').length <= 3);
      // Dashes join clauses in prose ("Paris - the city of light"): a breadcrumb of dashes starts at
      // home or has three sections of names, or (round 19) starts at the site's name written as a brand
      // is, one word with a capital inside it, before one short section ("ProPublica — Health Care",
      // "ReliefWeb – Disasters"); "Paris - the city of light" and "DeSantis — Florida Governor" stay.
      // Round 32: or three sections or more after the site's name of four words or five, each
      // section short ("The Daily Tar Heel — Campus Life — University", "بوابة الطفل العربي الجديدة —
      // محليات — صحة"); two clauses across dashes are not three names.
      const siteFirst =
        crumbs.length >= 3 &&
        crumbs.slice(1).every((c) => c.split(/\s+/u).filter((w) => w !== '&').length <= 3) &&
        crumbs[0].split(/\s+/u).length <= 5 &&
        isOutletName(crumbs[0], lang);
      // Round 33: or two, the site's name first saying it is an outlet by its word (`outlets`: "Lethbridge
      // Herald – Sarawak", "صحيفة الوطن – محليات"), or by its shape of up to five words between marks
      // other than dashes, slashes and bars ("المنظمة العربية للتنمية الزراعية :: أنشطة الفروع"), before one
      // short section. "Boris Johnson — Prime Minister" names no outlet; a bar or a slash joins a writer
      // and the outlet ("سالم باعباد ورائد العمري | بوابة الزراعة").
      const outletThenSection =
        crumbs.length === 2 &&
        crumbs[1].split(/\s+/u).filter((w) => w !== '&').length <= 3 &&
        // A section is named, never said: every English word capitalised ("Harbour News Staff — Nurses
        // walk out" is a byline and a headline), no Arabic clause.
        (lang === 'en'
          ? crumbs[1].split(/\s+/u).every((w) => /^[\p{Lu}\p{N}&]/u.test(w))
          : !saysArabicClause(crumbs[1])) &&
        crumbs[0].split(/\s+/u).length <= 5 &&
        // Round 37: or by the number of a newsroom that never closes after a word or two ("درعا 24 -
        // الجنوب السوري", "France 24 - Africa"), as `byline-outlet-last-writer` reads "طنجة 24: فلان".
        // A person's name after it is the outlet's writer ("السويداء 24 – فلان الفلاني"), no section.
        ((NUMBERED_OUTLET.test(crumbs[0].trim()) && !isPersonName(crumbs[1], lang)) ||
          (isOutletName(crumbs[0], lang) &&
            (crumbs[0].split(/\s+/u).some((w) => OUTLET_WORDS[lang].has(foldLineText(w).toLowerCase())) ||
              (strong && !/\s[-–—/|]\s/u.test(text)))));
      // Round 35: or a body's site of three words or more, named as bodies are ("الاتحاد المصري لكرة القدم -
      // المنتخبات الوطنية", "Egyptian Football Association – National Teams"), before one short section;
      // a place before a dash is one or two words ("الكويت – مجلس الأمة" is a dateline).
      const bodyThenSection =
        crumbs.length === 2 &&
        crumbs[0].split(/\s+/u).length >= 3 &&
        crumbs[0].split(/\s+/u).length <= 6 &&
        crumbs[1].split(/\s+/u).length <= 3 &&
        (lang === 'en'
          ? crumbs[1].split(/\s+/u).every((w) => /^[\p{Lu}\p{N}&]/u.test(w)) &&
            isOutletName(crumbs[0], lang) &&
            BODY_WORDS_EN.test(crumbs[0])
          : !saysArabicClause(crumbs[1]) &&
            isArabicBody(crumbs[0]) &&
            // Two writers joined by "و" are no body ("فلان وفلانة - القسم الصحي" is a byline and its desk).
            !crumbs[0].split(/\s+/u).some((w) => /^و(?!ال)\p{L}{2}/u.test(foldLineText(w))) &&
            // A section names what it holds ("أخبار الشمال") or is a noun and its adjective ("رياضة محلية",
            // "المنتخبات الوطنية"), where a person's second name is a father's or a family's.
            (namesSection(crumbs[1], lang) || /(?:يه|ية)$/u.test(crumbs[1].trim()) || !isPersonName(crumbs[1], lang)));
      if (/\s[-–—]\s/u.test(text))
        return (
          (crumbs.length >= 3 && short) ||
          siteFirst ||
          rooted ||
          (crumbs.length === 2 && short && BRAND.test(crumbs[0])) ||
          outletThenSection ||
          bodyThenSection
        );
      return crumbs.length >= 3 || rooted || (strong && short) || outletThenSection;
    };
    return [
      pattern(lang, {
        name: 'breadcrumb-colons',
        kind: 'breadcrumb',
        // Round 31: a single colon between spaces, as a magazine's site prints its trail ("IB Magazine :
        // Pacific Region : CNMI News", "مجلة الجزيرة : أخبار محلية : صحة"). A colon leads into a clause or a
        // subtitle in prose ("Coronavirus : what we know"), so only three sections or more of names, each
        // of three words at most, with no particle and no label of the tables at the head ("Note : A : B").
        check: (line) => {
          const crumbs = line
            .replace(/\p{Cf}/gu, ' ')
            .trim()
            .split(/\s+:\s+/u);
          return (
            crumbs.length >= 3 &&
            crumbs.every(
              (c) =>
                c.split(/\s+/u).length <= 3 &&
                isSectionName(c) &&
                !c.split(/\s+/u).some((w) => isParticle(w) || (lang === 'en' && EN_GLUE.has(w.toLowerCase()))) &&
                (lang !== 'en' || c.split(/\s+/u).every((w) => /^[\p{Lu}\p{N}]/u.test(w))),
            ) &&
            (BREADCRUMB_ROOTS[lang].has(foldLineText(crumbs[0])) ||
              (!KNOWN_LABELS[lang].has(foldLineText(crumbs[0])) && !NOTE_LABELS[lang].has(foldLineText(crumbs[0]))))
          );
        },
        regex: String.raw`^(?<value>[^:]{2,40}(?:\s:\s[^:]{2,40}){2,5})$`,
        maxLength: 160,
      }),
      {
        name,
        lang,
        kind: 'breadcrumb',
        // The last section may be as long as a headline; the check says when it may.
        regex: `^(?:${alt(separated)}\\s*:\\s*|\\p{L}[\\p{L}\\s'’]{1,29}(?<!\\s):(?!:)\\s+)?(?<value>${SEGMENT}(?:${CRUMB_STEP}${SEGMENT}){0,6}${CRUMB_STEP}${HEADLINE_SEGMENT})$`,
        maxLength: 220,
      },
      pattern(lang, {
        // A menu scraped without its separators, from the home page on ("Home World Europe Health").
        name: 'breadcrumb-menu',
        kind: 'breadcrumb',
        check: (line) => {
          const words = line
            .replace(/\p{Cf}/gu, ' ')
            .trim()
            .replace(home, '')
            .split(/\s+/u);
          // Section names, each capitalised in a cased script: "Home prices fall again" is a headline;
          // no particle ("الرئيسية في الحكومة تستقيل" is a sentence), no word said twice.
          return (
            isSectionName(words.join(' '), true) &&
            !words.some((w) => /^\p{Ll}/u.test(w) || isParticle(w)) &&
            (lang !== 'en' || !words.some((w) => EN_GLUE.has(w.toLowerCase())))
          );
        },
        regex: `^${alt(homes)}(?:\\s+[\\p{L}\\p{M}&'’-]+){3,8}$`,
        maxLength: 100,
      }),
    ];
  },

  timestamp: (lang, labels) => {
    const { plain, separated } = formsOf(labels);
    const name = `timestamp-${lang}`;
    DEFAULT_CHECKS[name] = (_line, value) => {
      if (value === undefined) return false;
      const reading = readDate(value, lang);
      if (RELATIVE_TIME.test(foldLineText(value))) return reading.rest.length <= 4;
      if (reading.found && reading.rest.length <= 1) return true;
      // Who posted it, between the label and its date, as a site's template prints it ("Posted by the
      // Media Office on 5 April 2020", "نشر بواسطة المركز الإعلامي بتاريخ 5 أبريل 2020"): a name of a few
      // words and nothing a clause says, then a whole date and nothing after it.
      if (posterOfTimestamp(value, lang) !== undefined) return true;
      const credited = POSTED_BY[lang].exec(value.trim())?.groups;
      if (credited) {
        const words = credited.name.split(/\s+/u);
        const dated = readDate(credited.date, lang);
        if (
          words.length <= 5 &&
          !words.some((w) => isParticle(w)) &&
          dated.date !== undefined &&
          dated.rest.length === 0
        )
          return true;
      }
      if (reading.found) return false;
      // Round 31: an hour without its minutes, after a label of the table only (a headline gives one
      // as often: "Curfew from 2000 hours"): "On air Sunday at 8 o'clock", "Online since 1817 hours
      // SBT", "على الهواء يوم الأحد عند الساعة 20".
      const hour = BARE_HOUR[lang].exec(foldLineText(value));
      if (!hour) return false;
      return readDate(foldLineText(value).replace(hour[0], ' '), lang).rest.length <= 1;
    };
    return [
      pattern(lang, {
        name: 'timestamp-filed',
        kind: 'timestamp',
        // A whole date, then the section or the kind of piece it files the piece under, after a bar or a
        // bullet ("26 June 2021 | Health", "١٢ آذار/مارس ٢٠٢١ | الصحة", "15 October 2021 | News release |
        // Swansea"): the date is nothing but a date, each part after it a name of a few words.
        check: (line, value) => {
          if (value === undefined) return false;
          const reading = readDate(value, lang);
          // Round 32: a label of the table may open it ("Published Mon, 07 June 2021 · Lesotho Times",
          // "نشر الاثنين 7 يونيو 2021 | الوطن"), as the date's own words do.
          const head = new Set(
            foldLineText(value)
              .split(/\d/u)[0]
              .split(/[^\p{L}]+/u),
          );
          if (
            reading.date === undefined ||
            reading.rest.some((w) => !DATE_LINKS.has(w) && !(TIMESTAMP_LABEL_WORDS[lang].has(w) && head.has(w)))
          )
            return false;
          const parts = line
            .slice(line.indexOf(value) + value.length)
            .split(/\s*[|·•]\s*/u)
            .filter((p) => p !== '');
          // Round 36: or the kind of piece and its number ("Press Release No. 198", "بيان رقم 198", "Issue
          // #45"), as a government's releases are numbered; any other digit after the bar is no section's.
          const numbered = (p: string) =>
            /^(?:\p{L}+\s+){0,3}(?:no\.?|number|#|رقم|العدد|عدد)\s*[\d٠-٩]{1,6}$/iu.test(p.trim());
          return parts.every(
            (p) =>
              numbered(p) ||
              (!/[\d٠-٩]/u.test(p) && p.split(/\s+/u).length <= 4 && !/[.!?؟,،]/u.test(p) && !saysArabicClause(p)),
          );
        },
        regex: String.raw`^(?<value>(?=[^|·•]*\d)[^|·•]{6,60}?)(?:\s*[|·•]\s*[^|·•:]{2,40}){1,2}$`,
        maxLength: 140,
      }),
      {
        name,
        lang,
        kind: 'timestamp',
        regex: `^${alt([...plain, ...separated])}${END}(?:\\s+(?:on|at|في|بتاريخ|يوم)${END})?\\s*[:|\\-]?\\s*(?<value>.{1,80})$`,
        maxLength: 120,
      },
      pattern(lang, {
        name: 'timestamp-date',
        kind: 'timestamp',
        // A line that is nothing but a date and a time ("Friday 5 May 2017 14.32 BST"), maybe after a
        // label of a word or two no table has ("Last edited 9.8.2020", "آخر تعديل 12/05/2021 - 14:30").
        check: (_line, value) => {
          if (value === undefined) return false;
          const reading = readDate(value, lang);
          if (reading.date === undefined) return false;
          // "Last edited on Sunday, 9 August 2020": the word that links a label to its date is the date's.
          reading.rest = reading.rest.filter((w) => !DATE_LINKS.has(w));
          // Round 32: so is a zone closing it without a time ("Originally posted June 12 2020 HST").
          if (reading.rest.length > 0 && reading.rest.at(-1) === DATE_ZONE[lang](value)) reading.rest.pop();
          if (reading.rest.length === 0) return true;
          if (datedClause(value, lang)) return false;
          // Weekdays and month names stand anywhere in a date ("Posted Friday, March 20, 2020", "نشر
          // الجمعة ٢٠ مارس"): without them, the words left are the label's, before the date's numbers.
          // "May 5, 2017 was a Friday." is a sentence: its words come after the numbers.
          const folded = withoutCalendarWords(foldLineText(value), lang).replace(
            new RegExp(String.raw`\s(?:${[...DATE_LINKS].join('|')})(?=\s+\d)`, 'u'),
            '',
          );
          const head = new Set(folded.split(/\d/u)[0].split(/[^\p{L}]+/u));
          return reading.rest.length <= 2 && LABEL_THEN_DATE.test(folded) && reading.rest.every((w) => head.has(w));
        },
        regex: String.raw`^(?=.*\d)(?<value>.{6,70})$`,
      }),
      pattern(lang, {
        // A line that is only a relative time ("3 hours ago", "منذ ساعتين").
        name: 'timestamp-relative',
        kind: 'timestamp',
        regex: RELATIVE_TIME_LINE.source,
      }),
      pattern(lang, {
        // Any short label, a separator and a whole date: the label need not be in the table
        // ("Dateline: 12 May 2020", "توقيت النشر: ١٢/٥/٢٠٢٠").
        name: 'timestamp-labelled',
        kind: 'timestamp',
        check: (line, value) => {
          if (value === undefined) return false;
          const label = line.slice(0, line.length - value.length).replace(/[\s:|]+$/u, '');
          if (label.split(/\s+/u).length > 3) return false;
          const reading = readDate(value, lang);
          if (reading.date !== undefined && reading.rest.length <= 1) return true;
          // Round 34: the body that released it after a comma ("Release date: 7 June 2021, Government
          // Press Office", "تاريخ الإصدار: 7 يونيو 2021، المكتب الإعلامي الحكومي"): the date is the value.
          const issuer = /^(?<date>.+?\d.*?)\s*[,،]\s*(?<who>[^,،\d]{2,50})$/u.exec(value.trim())?.groups;
          if (!issuer) return false;
          const dated = readDate(issuer.date, lang);
          const who = issuer.who.trim();
          const body =
            pressOfficeLine(who, lang) ||
            (lang === 'en'
              ? isOutletName(who, lang) || isBodyName(who, lang)
              : isArabicBody(who) || isOutletName(who, lang));
          return (
            dated.date !== undefined && dated.rest.length <= 1 && body && !readsAsClause(who, lang, who) && issuer.date
          );
        },
        regex: String.raw`^[^\d:|]{2,30}?\s*[:|]\s*(?<value>(?=.*\d).{6,70})$`,
      }),
    ];
  },

  byline: (lang, labels) => {
    const name = `byline-${lang}`;
    DEFAULT_CHECKS[name] = (line, given) => {
      // The page's button to follow the writer is no part of the name ("By Jane Doe Follow on X"), nor
      // a second credit labelled by a role after it (round 23: "Reporter: Jane Doe Editor: John Roe",
      // "المراسل: فلان المحرر: فلان").
      // "Special to" names the outlet the writer filed for ("By Jane Doe, Special to The Star").
      const followed =
        given === undefined
          ? undefined
          : withoutSecondCredit(withoutFollow(given, lang), lang).replace(SPECIAL_TO_PART, ', ');
      // The outlet may be named for its medium after "for the" ("Curated by Jane Doe for the Kerala
      // newsletter"): its name is what follows the writer.
      const medium = followed === undefined ? null : /\s+for\s+(?<outlet>the\s+\p{Lu}.*)$/u.exec(followed);
      const value =
        medium?.groups && MEDIUM[lang].test(medium.groups.outlet)
          ? `${followed?.slice(0, medium.index)} for ${medium.groups.outlet.replace(MEDIUM[lang], '$<name>')}`
          : followed;
      if (value === undefined || value === '' || isListedPerson(line, lang)) return false;
      // Session 23: a body's people, not a person ("By GNS Science staff", "Contributed by the team at
      // X", "This update was written by X scientists"): the body wrote it.
      const people = lang === 'en' ? BODY_PEOPLE_EN.exec(value.trim())?.groups : undefined;
      const body = people?.at ?? people?.own;
      if (body !== undefined && looksLikeName(body, lang, 6) && !readsAsClause(body, lang, body)) return body;
      // A name and a role with no separator ("By JANE DOE Senior staff reporter").
      const named = nameBeforeRole(value, lang);
      if (named !== undefined) return named;
      const unmarked = writerBeforeOutlet(value, lang);
      if (unmarked !== undefined) return unmarked;
      // Two writers of two outlets, each with the outlet after a comma ("By A, ProPublica, and B, The
      // Star", "بقلم فلان، الأيام، وفلانة، الشروق"): the writers.
      const paired = PAIRED_WRITERS[lang].exec(value.trim())?.groups;
      if (
        paired &&
        [paired.a, paired.b].every((n) => isWriterName(n, lang)) &&
        [paired.x, paired.y].every((o) => isOutletName(o, lang))
      )
        return lang === 'en' ? `${paired.a} and ${paired.b}` : `${paired.a} و${paired.b}`;
      // A name and the post the writer holds at an organisation ("Written by Jane Doe, MSF medical coordinator").
      const posted = nameRoleAt(value, lang, line);
      if (posted !== undefined) return value === given || value;
      if (readsAsClause(value, lang, line)) return false;
      // A wire's name alone after a dash is the source's (`source-wire`), not a writer's.
      if (isWireAfterDash(line, lang)) return false;
      const [person, ...tail] = splitByline(value);
      // Several writers: each a name ("Jane Doe and John Roe", "فلان وفلان").
      if (!namesOf(person).every((name) => looksLikeName(name, lang))) return false;
      // What follows a name is an outlet or a role ("Reuters", "Staff reporter"), not a clause.
      return tail.length <= 2 && tail.every((t) => t === '' || isRole(t, lang)) && (value === given || value);
    };
    // …or "our colleague" ("تقرير الزميلة فلانة", "Report by our colleague Jane Doe"), after a credit's word.
    const roles = alt(LABELS[lang].roles);
    const credits = alt(LABELS[lang].credits);
    // A picture's colleague is its photographer ("بعدسة الزميل فلان"): `caption-photographer`'s.
    const writerCredits = alt(LABELS[lang].credits.filter((c) => !LABELS[lang].photographers.includes(c)));
    const oursRegex =
      lang === 'en'
        ? String.raw`^(?:(?:(?:${credits})\s+)?(?:by|from|according to|via|with)\s+)?our\s+(?:own\s+)?(?:(?:senior|chief|special|staff|local|foreign)\s+)?(?:${roles}|colleague)s?${END}\s*[:,-]?\s*(?<value>[^:,.]{3,40})$`
        : String.raw`^(?:(?:نقلا عن|نقلا|عن|من|بقلم|كتب|حسب|بحسب|${credits})\s+)?(?:ل?(?:${roles}|زميل)(?:ت)?نا|(?:${writerCredits})\s+الزميل(?:ه)?)${END}\s*[:-]?\s*(?<value>[^:،,.]{3,40})$`;
    // Arabic pages end a byline with the colon that leads into the text ("كتب - فلان:").
    return [
      // The piece may be named before the label ("This update was written by X").
      {
        name,
        lang,
        kind: 'byline',
        regex: one(labelled(labels, '(?<value>.{2,100}?):?', PIECE_LEAD[lang])),
        maxLength: 120,
      },
      pattern(lang, {
        name: 'byline-ours',
        kind: 'byline',
        // "نقلاً عن مراسلنا فلان", "From our correspondent Jane Doe": the outlet's own writer by a role
        // of the table with "our" ("مراسلنا", "محررتنا"), after a word that credits or none, then the name.
        check: (line, value) =>
          value !== undefined && looksLikeName(value, lang, 4) && !readsAsClause(value, lang, line),
        regex: oursRegex,
        maxLength: 80,
      }),
    ];
  },

  dateline: (lang, labels) => {
    // A full stop ends a sentence, not a dateline, unless it follows a wire's slash ("LARISSA, Aug 10. /TASS/.").
    return [
      pattern(lang, {
        name: 'dateline',
        kind: 'dateline',
        check: (line) => isDatelineLine(line, lang, labels),
        regex: String.raw`^(?<value>.{1,80}(?:[^.!?]|/\.))$`,
      }),
    ];
  },

  caption: (lang, labels) => {
    const name = `caption-${lang}`;
    const { plain, separated } = formsOf(labels);
    // Round 29: who prepared a chart ("Chart prepared by X", "رسم بياني من إعداد X").
    const link =
      lang === 'en' ? '(?:by|prepared by|courtesy(?: of)?|via|from|credit)' : '(?:من اعداد|اعداد|من|ل|لـ|عن)';
    const linkEnd = new RegExp(`(?:^|\\s)${link}$`, 'u');
    // Arabic writes a one-letter preposition joined to the next word: "الصورة لرويترز".
    // Any label takes it ("حقوق الصورة لـفلان"), as do the labels that end on it ("الصورة ل").
    const joined = plain.filter((l) => /\s\p{Script=Arabic}$/u.test(l));
    const attached =
      lang === 'ar'
        ? // Not after a label that ends on it already: "الصورة لـ لي جيان" names لي جيان.
          `(?:${alt(joined)}|${alt(plain.filter((l) => !joined.includes(l)))}\\s+ل)(?=\\p{L})`
        : joined.length > 0
          ? `${alt(joined)}(?=\\p{L})`
          : '(?!)';
    // One word may qualify the label before its separator ("الصورة بعدسة:", "Image source,").
    // …or before a spaced dash ("صورة أرشيف - رويترز", "Photo archive - AP").
    const qualifier = String.raw`(?:\s+\p{L}+(?=\s*[:|/,]|\s+[-–—]\s))?`;
    const inBrackets = new RegExp(`^\\s*(?:${alt(plain)})${END}\\s*[(\\[]`, 'u');
    const withComma = new RegExp(`^[(\\[]?\\s*(?:${alt([...plain, ...separated])})${END}${qualifier}\\s*,`, 'u');
    const withSeparator = new RegExp(
      `^[(\\[]?\\s*(?:${alt([...plain, ...separated])})${END}${qualifier}\\s*(?:[:|\\-/,]|\\.{3}|…)`,
      'u',
    );
    // The link may be a word of its own ("Photo by …") or the end of the label ("الصورة من …").
    const linked = new RegExp(`^[(\\[]?\\s*(?:${alt(plain)})${END}\\s+${link}${END}`, 'u');
    const endsLinked = new RegExp(
      `^[(\\[]?\\s*(?:${alt(plain.filter((l) => linkEnd.test(foldLineText(l))))})${END}`,
      'u',
    );
    const joinedTo = new RegExp(`^[(\\[]?\\s*${attached}`, 'u');
    DEFAULT_CHECKS[name] = (line, value) => {
      const opened = line.match(/[([]/gu)?.length ?? 0;
      if (opened !== (line.match(/[)\]]/gu)?.length ?? 0) || opened > 1) return false;
      if (value === undefined || value === '') return true;
      const folded = foldLineText(line);
      // The label, then the credit in brackets: "الصورة (رويترز)", "Photo (AP)".
      if (inBrackets.test(folded)) return isCredit(value, lang);
      // After a comma, only a credit: "Image source, Getty Images", not "Photo, the exhibition grew".
      if (withComma.test(folded)) return isCredit(value, lang);
      if (withSeparator.test(folded)) return value.split(/\s+/u).length <= 12 && !/[.!?؟]$/u.test(value.trim());
      // Without a separator the value must be a name ("Photo by Thomas Samson"), never a clause.
      const introduced = linked.test(folded) || endsLinked.test(folded) || joinedTo.test(folded);
      if (!introduced) return false;
      // The photographer's outlet may follow the name in brackets ("Photo by Jane Doe (The Herald)",
      // "الصورة لـ فلان الفلاني (الأيام)"): the credit is the name.
      const outlet = /^(?<name>[^()[\]]+?)\s*[([](?<outlet>[^()[\]]{2,30})[)\]]$/u.exec(value.trim())?.groups;
      if (outlet) return isWriterName(outlet.name, lang) && isCredit(outlet.outlet, lang) && outlet.name;
      // Round 29: a chart's maker, then whose figures it draws ("Chart by X; data from Jane Doe", "رسم
      // بياني من إعداد X؛ البيانات من فلان"): both names, and a person among them is the credit, as
      // after "courtesy of".
      const data = DATA_FROM[lang].exec(value.trim())?.groups;
      // An Arabic name of more than a word opens without the article ("صوت الساحل"), where a sentence
      // opens on a noun with it ("الوزارة تظهر ارتفاعا").
      const named = (text: string) =>
        looksLikeName(text, lang, 6) &&
        (lang === 'en' || text.trim().split(/\s+/u).length === 1 || !/^(?:ال|وال)/u.test(foldLineText(text.trim())));
      if (data)
        return (
          named(data.maker) &&
          named(data.data) &&
          (isPersonName(data.data.trim(), lang) || !isPersonName(data.maker.trim(), lang)
            ? data.data
            : data.maker
          ).trim()
        );
      // Round 30: the outlet it was supplied to or the outlet's own reporter ("Image supplied by Jane Doe
      // to NITV", "الصورة بعدسة مراسلنا فلان"): the credit is the name.
      const bare = withoutOutletAfter(value, lang);
      if (
        (OURS_BEFORE[lang].test(value.trim()) || /\sto\s/u.test(value)) &&
        bare !== value.trim() &&
        isWriterName(bare, lang)
      )
        return bare;
      return looksLikeName(value.replace(/[)\]]\s*$/u, ''), lang, 6);
    };
    return [
      {
        name,
        lang,
        kind: 'caption',
        regex: `^[(\\[]?\\s*(?:${attached}|${alt([...plain, ...separated])}${END}(?:\\s+${link}${END}|${qualifier}))\\s*(?:[:|\\-/,]|\\.{3}|…|(?<=\\p{L}\\s*)[(\\[])?\\s*(?<value>[^()\\[\\]]{0,100}?(?:\\s+[(\\[][^()\\[\\]]{2,30}[)\\]])?)\\s*[)\\]]?$`,
        where: 'anywhere',
        maxLength: 140,
        joinNext: true,
      },
      pattern(lang, {
        name: 'caption-noted',
        kind: 'caption',
        // A caption's few words, then its credit after a label: "Pictured above. Credit: Jane Doe/AFP".
        check: (line, value) => {
          if (value === undefined) return false;
          const note = line.slice(0, line.lastIndexOf(value)).split(/[.!?؟]/u)[0];
          return note.trim().split(/\s+/u).length <= 6 && (isCredit(value, lang) || looksLikeName(value, lang, 4));
        },
        regex: `^[^.!?؟:]{3,60}[.!?؟]\\s+${alt([...plain, ...separated])}${END}\\s*[:|]\\s*(?<value>[^.!?؟:|]{2,60})$`,
        where: 'anywhere',
        maxLength: 140,
      }),
      pattern(lang, {
        name: 'caption-trailing',
        kind: 'caption',
        // A caption's words, then its credit where the line ends: "… entrance. REUTERS/Jane Doe", "…
        // [Jane Doe/Al Jazeera]", "… 2020. (AP Photo/Jane Doe, File)", "… (فلان-أرشيف)", "… (أ.ف.ب)".
        check: (line) => creditAtEnd(line.trim(), lang) ?? false,
        // The check finds the credit; the regex only bounds the line: a caption's length, no colon.
        // A credit after its label may have a colon ("… airport. | Photo Credit: Jane Doe").
        regex: String.raw`^[^:]{12,200}(?::[^:]{2,60})?[)\]\p{L}]$`,
        where: 'anywhere',
        maxLength: 200,
      }),
      pattern(lang, {
        name: 'caption-picture',
        kind: 'caption',
        // "Screengrab from a video shared by Jane Doe", "Handout picture, Doctors of the World", "صورة
        // وفّرها أطباء العالم": a picture's word first, then whose it is.
        check: (line) => pictureThenCredit(line.trim(), lang) ?? false,
        // The check finds the credit; the regex only bounds the line.
        regex: String.raw`^[^:.!?؟]{8,100}$`,
        where: 'anywhere',
        maxLength: 100,
      }),
      pattern(lang, {
        name: 'caption-rights-wire',
        kind: 'caption',
        // Round 21: the sign, a photographer, then the wire the picture went out on ("© Jane Doe, AFP", "©
        // فلان / أ ف ب"): a picture's credit, not the page's rights, which name an owner or a year.
        check: (line) => {
          const m = /^©\s*(?<name>[^,،/©\d]{3,40}?)\s*(?:[,،/]|\s[-–—]\s)\s*(?<wire>[^,،/©]{2,12})$/u.exec(line.trim());
          if (!m?.groups) return false;
          const { name, wire } = m.groups;
          const wired =
            lang === 'ar' && /\p{Script=Arabic}/u.test(wire)
              ? INITIALS_AR.test(wire.trim())
              : /^\p{Lu}{2,6}$/u.test(wire.trim());
          // An outlet's word or an English article in the name makes it the owner's ("© The Herald, AFP").
          const words = foldLineText(name).toLowerCase().split(/\s+/u);
          const owned = words[0] === 'the' || words.some((w) => OUTLET_WORDS[lang].has(w));
          return wired && !owned && isWriterName(name, lang) && name.trim();
        },
        // The check finds the credit; the regex only bounds the line.
        regex: String.raw`^©[^©]{5,60}$`,
        where: 'anywhere',
        maxLength: 60,
      }),
      pattern(lang, {
        name: 'caption-bracketed',
        kind: 'caption',
        // A short line in brackets, standing alone: a credit ("(Reuters/Jane Doe)", "(أ ف ب)").
        check: (_line, value) => {
          if (value === undefined) return false;
          // Round 37: a credit by its label, however long its owner ("(U.S. Army photo by Spc. Jane Doe)",
          // "(Jane Doe photo)"), as after a caption's sentence.
          const labelled = labelledCredit(value.trim(), lang);
          if (labelled !== undefined && labelled !== '') return labelled;
          // A dash between a photographer and the outlet is no word ("(تصوير عبد الله الرشيدي – الجريدة)").
          const words = value
            .trim()
            .split(/\s+/u)
            .filter((w) => /[\p{L}\p{N}]/u.test(w));
          if (words.length > 5) return false;
          if (value.includes('/')) return true;
          // Round 29: an outlet alone, as printed: a number glued to its word or a brand ("(عربي21)",
          // "(Splash247)"), or an initialism and its channel's number ("(KING 5)"), a call sign's four
          // letters at most: a disease's or a strain's name in capitals is longer ("(COVID 19)"); a word
          // alone in brackets is an aside ("(مثلا)", "(Updated)").
          if (outletPrinted(value.trim(), lang) || /^\p{Lu}{2,4}\s\d{1,3}$/u.test(value.trim())) return true;
          if (lang === 'ar' && /\p{Script=Arabic}/u.test(value))
            return words.length >= 2 && looksLikeName(words.join(' '), lang);
          return (words.length >= 2 || value === value.toUpperCase()) && looksLikeName(value, 'en');
        },
        regex: String.raw`^[(\[]\s*(?<value>[^()\[\]]{2,60}?)\s*[)\]]$`,
        where: 'anywhere',
      }),
      pattern(lang, {
        name: 'caption-quoted-outlet',
        kind: 'caption',
        // "كوادر طبية خلال حملة التطعيم - «الرأي»", "Medics at a vaccination drive – “The Star”": what the
        // picture shows in three words or more, a spaced dash, and the outlet whose picture it is in
        // quotes. A place alone before it is a dateline's ("الفحيحيل - «القبس»"); a clause there, a
        // headline quoting a paper's words.
        check: (line, value) => {
          // A spaced run of tatweels is a dash too ("كفر الزيات ـ «الأخبار»").
          const dash = line.search(/\s+[-–—ـ]+\s+["“”«»]/u);
          const what = line.slice(0, dash).trim();
          return (
            value !== undefined &&
            dash > 0 &&
            what.split(/\s+/u).length >= 3 &&
            looksLikeOutlet(value, lang) &&
            value.split(/\s+/u).length <= 3 &&
            !reportsSpeech(what, lang) &&
            !readsAsClause(what, lang, what, false)
          );
        },
        // Folded, guillemets and curly quotes are plain quotes.
        regex: String.raw`^(?<what>[^.!?؟:"]{8,100}?)\s+[-–—]\s+"(?<value>[^"]{2,30})"$`,
        where: 'anywhere',
        maxLength: 140,
      }),
    ];
  },

  source: (lang, labels) => {
    const name = `source-${lang}`;
    const { slotted } = formsOf(labels);
    const lead =
      lang === 'en'
        ? String.raw`(?:(?:this |the )?(?:article|story|report|piece|post|content|interview)(?: was| has been| is)? )?`
        : String.raw`(?:(?:هذا |هذه )?(?:المقال|المقاله|الماده|التقرير|الخبر|القصه|الموضوع) )?`;
    const sources = labelled(labels, String.raw`(?<value>.{0,80}?)\s*\.?`, lead);
    for (const [before, after] of slotted) {
      sources.push(
        `^${before ? `${literal(before)}\\s+` : ''}(?<value>.{1,120}?)${after ? `\\s+${literal(after)}` : ''}\\s*\\.?$`,
      );
    }
    DEFAULT_CHECKS[name] = (line, given) => {
      if (given === undefined || given === '') return true;
      const value = given.replace(NOTE_AFTER, '');
      const words = value.split(/\s+/u);
      if (words.length > 12 || /[,،]\s+\p{Ll}/u.test(value)) return false;
      // Without a colon after the label ("Courtesy of …"), the value must start as a name does, maybe
      // after "the" and what kind of outlet it is (round 25: "With input from the Hungarian wire MTI"), or
      // "the" alone before an initialism (round 35: "Courtesy of the SKNIS", "Via the GIS"; "Published by the
      // Ministry for the first time" stays).
      if (!(
        lang === 'ar' ||
        /^[^:]{1,40}:/u.test(line) ||
        /^(?:the\s+(?:(?:\p{Lu}\p{Ll}+\s+)?(?:wire|wire service|news agency|agency|broadcaster)\s+|(?=\p{Lu}{2,}\.?$)))?[\p{Lu}\p{N}"“]/u.test(
          value,
        )
      ))
        return false;
      // The outlet, without the terms it is reused under ("Gulf Times (used with permission)").
      // Round 31: the document the body issued is no part of its name.
      let outlet = value;
      const release = RELEASE_AROUND[lang].after.exec(foldLineText(outlet));
      if (release && release.index > 0) outlet = outlet.slice(0, release.index).trim();
      const issued = RELEASE_AROUND[lang].before.exec(foldLineText(outlet));
      if (issued && issued[0].length < outlet.length) outlet = outlet.slice(issued[0].length).trim();
      // …and a body's "and" after its "of" joins what it is of ("Department of Public Health and Social
      // Services"), no terms; without one it names a second outlet ("Reuters and AFP").
      const termed = TERMS[lang].exec(foldLineText(outlet));
      const joined =
        termed !== null &&
        /^\s*and\s+\p{Lu}/u.test(outlet.slice(termed.index)) &&
        (/\sof\s+\p{Lu}/u.test(outlet.slice(0, termed.index)) ||
          // Round 37: or a country's two words join it, before a body's own words ("Turks and Caicos
          // Islands Tourist Board", "Antigua and Barbuda Ministry of Health"); "Reuters and AFP" stay two.
          (/^\p{Lu}\p{Ll}+$/u.test(outlet.slice(0, termed.index).trim()) && BODY_NAMED_AFTER_AND.test(outlet))) &&
        isBodyName(outlet, lang);
      if (termed && termed.index > 0 && !joined) outlet = outlet.slice(0, termed.index).trim();
      if (readsAsClause(outlet, lang, outlet === given ? line : outlet)) return false;
      // Round 30: an outlet that relayed a body's piece, then the body ("المصدر: X عن مديرية الصحة",
      // "Source: X from the Coastal Health Department"): the source is the body, as in `source-provenance`.
      const relayed = (
        lang === 'ar'
          ? /^(?<by>\S+(?:\s+\S+){0,2}?)\s+عن\s+(?<from>\S.*)$/u
          : /^(?<by>\S+(?:\s+\S+){0,2}?)\s+from\s+(?:the\s+)?(?<from>\p{Lu}.*)$/u
      ).exec(outlet)?.groups;
      if (
        relayed &&
        isOutletName(relayed.by, lang) &&
        (lang === 'ar' ? isArabicBody(relayed.from) : isBodyName(relayed.from, lang))
      )
        return relayed.from.trim();
      return outlet.split(/\s+/u).length <= 8 && (outlet === given || outlet);
    };
    return [
      { name, lang, kind: 'source', regex: one(sources), joinNext: true },
      pattern(lang, {
        name: 'source-signoff',
        kind: 'source',
        check: (line) => isSignoff(line, lang),
        regex: String.raw`^[^\d]{2,40}$`,
        maxLength: 40,
      }),
      // "-- BERNAMA", "— أ ش أ": the wire that sent the story, after a dash where it ends.
      pattern(lang, {
        name: 'source-wire',
        kind: 'source',
        check: (line) => isWireAfterDash(line, lang),
        regex: String.raw`^(?:-{1,3}|—|–)\s*(?<value>[^\s-].{1,20})$`,
        maxLength: 30,
      }),
    ];
  },

  tags: (lang, labels) => {
    const name = `tags-${lang}`;
    // Tags may be in lower case ("masks, schools"), never a clause ("Tags: Masks are now required.").
    DEFAULT_CHECKS[name] = (line, value) =>
      value !== undefined &&
      splitTags(value).every((tag) => tag.split(/\s+/u).length <= 6) &&
      !readsAsClause(value, lang, line, false);
    const { plain, separated } = formsOf(labels);
    return [
      {
        name,
        lang,
        kind: 'tags',
        // The label alone heads a list on the lines below it ("Tags", "وسوم:"). A spaced symbol may
        // separate it from the list as a colon does ("الوسوم ⇐ أ - ب", "ملفات الخبر ◂ أ").
        regex: String.raw`^${alt([...plain, ...separated])}${END}${TAGS_OF_PIECE[lang]}(?:(?:${SEP}|\s+${CRUMB_MARK}{1,2}\s+)(?<value>.{1,200})|\s*:?\s*(?<value>))$`,
        maxLength: 240,
        joinNext: true,
      },

      pattern(lang, {
        name: 'tags-list',
        kind: 'tags',
        // A label of two words or more needs no separator before a list of names: "Filed under Vaccines, Lockdown".
        // A label of one word does too before a list a sentence would not open with ("Keywords Masks,
        // Schools, Hospitals"): two names or more after a capitalised label, three in Arabic.
        check: (line, given) => {
          // Round 27: where the topic is followed is no tag ("تابع أخبار X على عربي21", "Keep reading about X
          // on Moneycontrol"): an outlet as printed, its number glued to it, a brand, or in Latin letters on
          // an Arabic page ("على غزة", "on Gaza" are the topic's).
          const on = given === undefined ? null : FOLLOWED_ON[lang].exec(given);
          const value = on?.groups && outletPrinted(on.groups.outlet, lang) ? given?.slice(0, on.index) : given;
          if (value === undefined || readsAsClause(value, lang, line, false)) return false;
          // Round 33: a spaced plus joins tags after such a label as a comma does ("Filed in A + B").
          const tags = splitTags(value.replace(/\s\+\s/gu, ', '));
          const label = line
            .trim()
            .slice(0, line.trim().length - (given ?? value).length)
            .trim();
          const single = !/\s/u.test(label);
          // A label that ends on what its list is about or tagged with ("All our stories tagged X", "Keep
          // reading about A and B", "كل موادنا الموسومة بـ X", "واصل القراءة عن أ وب") names one topic or
          // two joined by "and": each of three words at most, capitalised in English, with no stop.
          // Round 32: "under"/"ضمن"/"تحت" end a label of a list as well ("Filed under A / B"): a list
          // with its marks is read as one below.
          const filedUnder = /\s(?:under|ضمن|تحت)$/iu.test(label);
          // Round 34: …as "under" does before two topics joined by "and" ("Listed under Alaska Highway and
          // Douglas promenade", "مصنف تحت النقل المدرسي ورياض الأطفال").
          const joinedUnder = filedUnder && (lang === 'en' ? /\s(?:and|&)\s/u : /\sو(?=\p{L}{3})/u).test(value.trim());
          if (
            !single &&
            (ABOUT_END[lang].test(label) || joinedUnder) &&
            !/[.!?؟,،;؛|:]/u.test(value) &&
            !(filedUnder && /\s[/•·]\s/u.test(value))
          ) {
            const topics = value.trim().split(lang === 'en' ? /\s+(?:and|&)\s+/u : /\s+و(?=\p{L}{3})/u);
            if (
              topics.length <= 2 &&
              topics.every(
                (t) =>
                  !/\d/u.test(t) &&
                  (lang === 'en'
                    ? t.split(/\s+/u).length <= 3 && /^\p{Lu}/u.test(t) && (joinedUnder || !isWriterName(t, lang))
                    : arabicTopic(t)),
              )
            )
              return topics.join(lang === 'ar' ? '، ' : ', ');
            return false;
          }
          // After a label of two words or more, a list may have no marks at all: one word a tag, each
          // with the article in Arabic ("الكلمات الدالة التيفود الأنيميا"), capitalised in English
          // ("Related Topics Dengue Malaria"); a word without the article, a particle or a word in lower
          // case makes a clause ("الكلمات الدالة على المرض").
          const bare = value.trim().split(/\s+/u);
          const unmarked =
            !single &&
            tags.length === 1 &&
            bare.length >= 2 &&
            bare.length <= 5 &&
            bare.every((w) =>
              lang === 'ar'
                ? /^ال\p{L}{2,}$/u.test(foldLineText(w)) && !isParticle(w)
                : /^\p{Lu}\p{Ll}+$/u.test(w) && !EN_GLUE.has(w.toLowerCase()),
            );
          if (unmarked) return bare.join(lang === 'ar' ? '، ' : ', ');
          // Arabic has no capitals: two names after one word need the comma that lists them.
          // …and no clause after it: a preposition with a pronoun ("منها", "فيها") or "and" joins one.
          const clause = tags.some((t) =>
            /(?:^|\s)(?:(?:من|في|عن|على|ل|ب)(?:ها|هم|ه|هما|هن)|و\p{L}{3,})(?:\s|$)/u.test(t),
          );
          const listed =
            lang === 'ar'
              ? // …or a spaced slash or symbol between them ("أ ⁄ ب"), which a breadcrumb would have.
                tags.length >= 3 || (/[،,]|\s[/\p{Sm}\p{So}]\s/u.test(value) && !clause)
              : tags.length >= 2 && /^\p{Lu}/u.test(label);
          if (single && !listed) return false;
          return (
            tags.length >= 2 &&
            tags.every(
              (t) =>
                !/[.!?؟]$/u.test(t) &&
                (lang === 'en'
                  ? // Round 35: a digit inside a word of letters names a topic ("T20 series", "COVID-19
                    // vaccines", "G7 summit"); a word of digits alone is a date's or a count's.
                    t.split(/\s+/u).length <= 3 &&
                    /^[\p{Lu}\p{N}]/u.test(t) &&
                    !/(?:^|\s)[\d.,:/-]+(?:\s|$)/u.test(t) &&
                    t.split(/\s+/u).some((w) => !/\d/u.test(w) || /^\p{Lu}/u.test(w))
                  : looksLikeName(t, lang, 3) || arabicTopic(t)),
            )
          );
        },
        regex: String.raw`^${alt(plain)}${END}\s+(?<value>[^:|]{2,120})$`,
        maxLength: 160,
      }),
      pattern(lang, {
        name: 'tags-topical',
        kind: 'tags',
        // A related list's label before short topic words, not headlines ("More on this story: Heatstroke
        // | Dengue", "المزيد حول: الملاريا، التيفود"): two to five tags of three words at most.
        check: (line, value) => {
          if (value === undefined || readsAsClause(value, lang, line, false)) return false;
          const tags = splitTags(value);
          return (
            tags.length >= 2 &&
            tags.length <= 5 &&
            tags.every(
              (t) =>
                t.split(/\s+/u).length <= 3 &&
                !/[.!?؟\d]/u.test(t) &&
                (lang === 'en' ? /^\p{Lu}/u.test(t) : looksLikeName(t, lang, 3) && !saysArabicClause(t)),
            )
          );
        },
        // Where the related list would stand, anywhere (`related-*`).
        where: 'anywhere',
        regex: String.raw`^${alt(LABELS[lang].labels.related)}${END}\s*[:|]\s*(?<value>[^:]{3,120})$`,
        maxLength: 160,
      }),
      pattern(lang, {
        // A line of hashtags, or a label of a word or two no table needs to have before hashtags of
        // one word each ("Trending #A #B", "هاشتاج #أ #ب").
        name: 'hashtags',
        kind: 'tags',
        // A hashtag may run on a word or two ("#Contact tracing"): tags of three words at most.
        // After a label, the topic's hashtag may run to four words ("ترند: #التهاب الكبد الفيروسي أ"), and
        // between spaced bars or slashes, which leave no doubt where each ends, to five ("#Malnutrition in
        // young infants | #Cholera", "#Clinics on the eastern border / #Rural pharmacies", "#سوء التغذية
        // الحاد لدى الرضع | #الكوليرا").
        check: (line, value) =>
          value !== undefined &&
          splitTags(value).every(
            (t) =>
              t.split(/\s+/u).length <=
              (!line.trim().startsWith('#') ? 4 : /\s[|/]\s+#/u.test(value) && !/[^|/\s]\s+#/u.test(value) ? 5 : 3),
          ),
        // One hashtag needs a label that says it is a topic, a tags label or a feed's word ("Trending:
        // #Contact tracing", "ترند: #الحصبة"): a post's hashtag alone is quoted in articles.
        regex: String.raw`^(?:(?<value>#[\p{L}\p{N}_]+(?:\s+[\p{L}\p{N}_]+)*(?:(?:[\s,،;؛]+|\s*(?:[|·•/]|${CRUMB_MARK})\s*|\s+[-–—]\s+)#[\p{L}\p{N}_]+(?:\s+[\p{L}\p{N}_]+)*)+)|\p{L}+(?:\s+\p{L}+)?\s*[:|\-–—]?\s*(?<value>#[\p{L}\p{N}_]+(?:\s+[\p{L}\p{N}_]+){0,2}(?:[\s,،;؛]+#[\p{L}\p{N}_]+(?:\s+[\p{L}\p{N}_]+){0,2})+)|${alt([...LABELS[lang].feeds, ...plain])}${END}\s*[:|]\s*(?<value>#[\p{L}\p{N}_]+(?:\s+[\p{L}\p{N}_]+){0,3}))$`,
      }),
    ];
  },

  share: (lang, labels) => {
    const platforms = LABELS[lang].platforms;
    const share = alt(labels.filter((l) => !/\b(?:us|on)$/u.test(l) && !/^تابع|^انضم/u.test(l)));
    const social = alt(platforms);
    const own =
      lang === 'en'
        ? String.raw`your\s+(?:page|wall|timeline|profile|feed)`
        : String.raw`(?:صفحتك|صفحتكم|حسابك|حسابكم|جدارك)`;
    const platformWords = new Set(platforms.flatMap((p) => foldLineText(p).split(/\s+/u)));
    const repeated = new Set(
      [...labels.filter((l) => !/\s/u.test(l)), 'to', 'on', 'via', 'this', 'على', 'عبر', 'هذا'].map((w) =>
        foldLineText(w),
      ),
    );
    // A platform's other name in brackets after a button ("X (formerly Twitter)", "إكس (تويتر سابقا)").
    // …or where the link opens ("(opens in new window)", "(يفتح في نافذة جديدة)").
    const aside = String.raw`(?:\s*\((?:(?:[\p{L}\p{M}]+\s+){0,2}${social}(?:\s+[\p{L}\p{M}]+){0,2}|(?:opens|open|يفتح|تفتح)${END}[\p{L}\p{M}\s]{0,30}|${FILE_ASIDE})\))?`;
    return [
      pattern(lang, {
        // A line made only of sharing buttons, at least one of which says "share"; each button may keep
        // its pictograph ("Share on WhatsApp 💬 | Share on X 🐦"). The reader's own page is a platform too
        // ("انشر الخبر على صفحتك", "Share the story on your timeline").
        name: 'share',
        kind: 'share',
        regex: String.raw`^(?=.*(?:^|[\s|·•,/:])${share}${END})(?:(?:${share}(?:\s+(?:on|via|to|على|عبر|في)(?:\s+${own})?)?|${social}|comments?|save|تعليق|حفظ)${END}[\s|·•,/:\-\p{So}\uFE0F]*)+${aside}$`,
        where: 'anywhere',
      }),
      pattern(lang, {
        name: 'share-line',
        kind: 'share',
        // "Share this with Facebook Twitter Messenger Email": the label, a word or two, then platforms.
        check: (_line, value) => {
          if (value === undefined) return false;
          const words = foldLineText(value)
            .split(/[\s|·•,/:()-]+/u)
            .filter((w) => w !== '');
          // Buttons may say the label again, each with its own platform ("Share to Facebook Share to X Email this").
          const others = words.filter((w) => !platformWords.has(w) && !SHARE_CHOICE.has(w) && !repeated.has(w));
          const named = words.filter((w) => platformWords.has(w) || SHARE_CHOICE.has(w)).length;
          return named >= 1 && others.length <= 2;
        },
        regex: String.raw`^${share}${END}\s*(?<value>.{1,100})$`,
        where: 'anywhere',
      }),
      pattern(lang, {
        // A button: a verb of the page's and what it acts on, nothing else ("Save article", "Send by email").
        name: 'button',
        kind: 'share',
        // An Arabic object drops its article before another noun ("نسخ رابط الخبر"): both forms count.
        // An Arabic verb may carry its object, as English says "it" ("ثبتها", "Pin it"); a platform may
        // follow "on" ("Message it on WhatsApp", "راسل بها على واتساب"); "Follow us on X" is left to `follow-us`.
        regex: String.raw`^(?!.*\bus on\b)(?=${alt(LABELS[lang].buttons.verbs)}${lang === 'ar' ? '(?:ها|ه)?' : ''}${END})(?:${alt([...LABELS[lang].buttons.verbs, ...LABELS[lang].buttons.objects.flatMap((o) => (lang === 'ar' && !/\s/u.test(o) ? withArticle(o) : [o])), ...platforms, ...platforms.map((p) => `${lang === 'ar' ? 'على' : 'on'} ${p}`)])}${lang === 'ar' ? '(?:ها|ه)?' : ''}${END}[\s|·•,/:-]*){1,6}${aside}$`,
        where: 'anywhere',
      }),
      pattern(lang, {
        // Round 27: the reader's control of the text's size, its label and the letters that grow it
        // ("Font size: A- A A+", "حجم الخط: أ- أ أ+", "Text size | Small Medium Large"); the label alone
        // is no table's ("Text size" may head a paragraph).
        name: 'share-text-size',
        kind: 'share',
        en: String.raw`^(?:font|text|type)\s+size\s*[:|]?(?:\s*(?:[+\-−]?a[+\-−]?|small|medium|large|larger|smaller|reset|[+\-−])(?=\s|[|·]|$)[|·]?)+$`,
        ar: String.raw`^حجم\s+(?:الخط|النص)\s*[:|]?(?:\s*(?:[+\-−]?ا[+\-−]?|صغير|متوسط|كبير|اكبر|اصغر|[+\-−])(?=\s|[|·]|$)[|·]?)+$`,
        where: 'anywhere',
        maxLength: 60,
      }),
      pattern(lang, {
        // A link's words for a screen reader, which the scrape printed: a short label, then where the
        // link opens ("Click to share on Facebook (Opens in new window)", "… (يفتح في نافذة جديدة)").
        name: 'share-opens',
        kind: 'share',
        regex: String.raw`^[^().!?؟]{2,80}\(${alt(OPENS[lang])}\)$`,
        where: 'anywhere',
      }),
      pattern(lang, {
        // A prompt to join or follow the outlet's channel on a platform ("Join our WhatsApp channel",
        // "انضموا إلى قناتنا على تلغرام"), maybe with where to click ("… اضغط هنا"): a short line, no
        // clause after a comma or a full stop.
        name: 'share-channel',
        kind: 'share',
        regex: String.raw`^(?=[^,.!?]{0,130}$|[^,.!?]{0,100}${START}(?:and (?:get|receive|stay|never)|واحصل|وتابع|ليصلك)${END}[^,.!?]{0,60}[.!]$)(?:(?:${alt(CHANNEL[lang].verbs)})${END}|(?=.*${START}${alt(CHANNEL[lang].click)}$))(?=.*${START}(?:${alt(CHANNEL[lang].channels)})${END})(?=.*${START}${social}${END}).{0,130}$`,
        where: 'anywhere',
      }),
      pattern(lang, {
        // The outlet asking for the reader's news on a platform, the platform last ("Send us your news tips
        // on WhatsApp", "أرسل لنا أخبارك عبر واتساب"); "Send us your stories about the flood" names none.
        // Round 20: to the outlet's number, line or channel there ("Send your stories and videos to our
        // WhatsApp number", "أرسل صورك وفيديوهاتك إلى رقمنا على واتساب"); whose it is must be said ("us",
        // "our", "لنا", "رقمنا").
        // Round 28: or asked whether they have one, then told to write ("Got a tip? Contact us", "هل لديك
        // ادعاء تريد التحقق منه؟ راسلنا").
        name: 'share-tips',
        kind: 'share',
        en: String.raw`^(?=.*\b(?:us|our)\b)(?:send|share|email|message)\s+(?:us\s+)?(?:your\s+)?(?:news\s+)?(?:tips?|stories|story|news|photos|videos|pictures)(?:\s+(?:and|&)\s+(?:tips|photos|videos|stories|pictures|news))?\s+(?:on|via|by|through|over|to)\s+(?:our\s+)?${social}(?:\s+(?:number|line|channel|account|group))?(?:\s+[\p{L}\p{N}]+)?\s*[.!]?$|^(?:do\s+you\s+have|have|got)\s+(?:a|an|any)\s+(?:news\s+)?(?:tip|story|claim|rumou?r|post)\b[^?.!]{0,40}\?\s*(?:(?:contact|email|message|tell|write\s+to)\s+us|send\s+(?:it|them)\s+to\s+(?:the\s+|our\s+)?(?:[\p{L}\p{N}'’&+.-]+\s+){0,3}(?:newsroom|news\s+desk|desk|editors|team))\s*[.!]?$`,
        ar: String.raw`^(?:هل\s+)?(?:لديك|لديكم|عندك|عندكم)\s+(?:خبر|قصه|معلومه|ادعاء|اشاعه|منشور)(?:\s+[^؟?.!]{0,40})?\s*[؟?]\s*(?:راسلنا|راسلونا|(?:تواصل|تواصلوا)\s+معنا|(?:اتصل|اتصلوا)\s+بنا|اكتب\s+لنا|اخبرنا|(?:ارسله|ارسلها|ارسلوه|ارسلوها)\s+(?:الى|الي)\s+(?:غرفه\s+(?:ال)?اخبار|فريق\s+(?:ال)?تحرير|(?:ال)?محررين|هيئه\s+(?:ال)?تحرير)(?:\s+(?:في|ب|لدى)?\s*\p{L}+(?:\s+\p{L}+)?)?)\s*[.!]?$|^(?=.*(?:لنا|الينا|نا)(?!\p{L}))(?:ارسل|ارسلي|ارسلوا|شاركنا|شاركونا)\s+(?:(?:لنا|الينا)\s+)?(?:اخبارك|اخباركم|قصصك|قصصكم|صورك|صوركم|مقاطعك|مقاطعكم|فيديوهاتك|فيديوهاتكم)(?:\s+و(?:اخبار|قصص|صور|مقاطع|فيديوهات)(?:ك|كم))?\s+(?:عبر|على|في|الى)\s+(?:(?:رقمنا|حسابنا|قناتنا)\s+(?:على|عبر|في)\s+)?${social}(?:\s+(?:الخاص\s+بنا))?(?:\s+\p{L}+)?\s*[.!]?$`,
        where: 'anywhere',
      }),
      pattern(lang, {
        // Platform names alone, which only the page's edges carry (a list of them in the text is kept).
        name: 'social-links',
        kind: 'share',
        regex: String.raw`^(?:${social}${END}[\s|·•,/:]*)+$`,
      }),
    ];
  },

  comments: (lang, labels) => {
    // Session 16: a comment word, where or when, and one word more is a subheading of the world
    // ("Responses in parliament", "ردود في البرلمان"), not a page's comment line ("Reader comments").
    DEFAULT_CHECKS[`comments-line-${lang}`] = (line) => !PLACED_REACTIONS[lang].test(foldLineText(line));
    const words = labels.filter((l) => !/\s/u.test(l)).map(literal);
    // Arabic joins "the" and "and" to the word; a count may stand in the accusative ("8 تعليقا").
    const word = `${START}(?:ال|و|وال)?(?:${words.join('|')})\\p{L}{0,3}${END}`;
    const on = alt(LABELS[lang].commentedOn);
    // The piece the comments are on, by its title in quotes ("Be the first to comment on “…”", "12
    // Responses to “…”", "كن أول من يعلق على «…»"), after a count or a label of three words or more:
    // "Responses to “The Waste Land”" may head an essay's section.
    const quoted = String.raw`(?:on|to|about|على|حول|عن)\s+[“"«‘][^“”"«»]{2,150}[”"»’]`;
    const onTitle = String.raw`(?<=^(?:\d+\s+|(?:\S+\s+){2,})\S+)\s+${quoted}`;
    return [
      pattern(lang, {
        name: 'comments',
        kind: 'comments',
        // Counts may stand before the label, inside it ("View 12 comments") or after it ("Comments (12)").
        // What the line is about may follow ("Comments are closed for this article", "… عند التعليق"), or
        // stand between its words ("Comments on this article are now closed", "التعليقات على هذا الخبر
        // مغلقة").
        regex: `^(?:\\d+\\s+)?${alt(labels).replace(/\\s\+/g, () => String.raw`\s+(?:\d+\s+|${on}\s+)?`)}${END}(?:\\s*\\(\\d+\\)|\\s+\\d+)?(?:\\s+${on}|${onTitle})?\\s*(?:[:.!]|\\.\\.\\.|…)?$`,
      }),
      pattern(lang, {
        // A line of three words at most around the word, or a count with it: "Reader comments",
        // "اقرأ التعليقات", "عدد التعليقات: 81", "8 تعليقا".
        name: 'comments-line',
        kind: 'comments',
        // "Reader comments (90)", "تعليقات القراء (90)": the words may carry the count too, its unit
        // again and the thread's state ("Comments (149) Closed", "عدد التعليقات: 126 تعليق").
        // A count of replies may say what they are on ("49 رداً على الخبر", "49 replies to this story"),
        // and Arabic's replies may carry their count after them ("الردود (198)", as "Replies (198)"):
        // "ردود" alone heads news of reactions ("ردود فعل دولية"), never before a number.
        // Whose comments may be said with a possessive's apostrophe ("Readers’ comments: 119").
        // Session 23: four words with their count in brackets ("Comments from our readers (157)"), a
        // year's figure no count ("Comments on the draft law (2019)"); what they are on is
        // `comments-count-on-piece`'s.
        regex: String.raw`^(?:(?=.*${word})(?:[\p{L}\p{N}'’]+\s*){1,3}(?:[:|]?\s*\(\d+\)${THREAD_STATE})?|(?=.*${word})(?!.*\s(?:on|to|about|على|حول|عن)\s)(?:[\p{L}'’]+\s+){3}[\p{L}'’]+\s*[:|]?\s*\((?!(?:1[89]|20)\d\d\))\d{1,5}\)${THREAD_STATE}|(?:\p{L}+['’]?\s+)?(?:${word}|(?:ال)?ردود)\s*[:|(]?\s*\d+\)?(?:\s+${word})?${THREAD_STATE}|\d+\s+(?:${word}|ردا|ردود|replies)(?:\s+(?:${alt(LABELS[lang].commentedOn)}|to this (?:article|story|post)|${quoted}))?)$`,
      }),
    ];
  },

  related: (lang, labels) => [
    pattern(lang, {
      name: 'related',
      kind: 'related',
      // Any arrow may point to the article: "Read also → …", "اقرأ أيضا ← …", "See more »"; so may two
      // dots or more ("اقرأ أيضا.. …"). The label may say where the list is first, before a separator
      // ("اقرأ أيضا في X: …"), before a headline, which has no full stop ("الأكثر قراءة في الصحيفة: مقال
      // عن الأسعار." is a sentence). Round 25: or what it is about ("للمزيد حول الموضوع: …", "More about
      // this: …").
      regex: String.raw`^${alt(labels)}${END}(?:\s+(?:in|on|at|from|about|في|على|من|حول|عن)\s+[^:|>\-–—]{2,40}?(?=\s*:)(?!.*[^.]\.$))?(?:\s*(?:[:>|\-–—»«›‹]|\.{2,}|…|\p{Sm}|[\u2190-\u21ff\u2794-\u27bf])\s*.{0,120}|\s*[.…>:"'»›\u2190-\u21ff]*)$`,
      where: 'anywhere',
    }),
  ],

  paywall: (lang, labels) => [
    pattern(lang, { name: 'paywall', kind: 'paywall', regex: `^${alt(labels)}(?:${END}.{0,100})?$`, maxLength: 200 }),
  ],

  copyright: (lang, labels) => {
    const words = labels.filter((l) => /\p{L}/u.test(l));
    const named = new Set(
      [...words.filter((l) => !/\s/u.test(l)), ...LABELS[lang].rightsNames].map((l) => foldLineText(l)),
    );
    return [
      pattern(lang, {
        name: 'copyright',
        kind: 'copyright',
        check: (line, value) => {
          // A line with the sign is a rights line; a label that only names the right ("copyright",
          // "حقوق النشر") only when it opens the line and a year, a sign or an owner follows: "Copyright
          // law in France…" and "حقوق النشر العلمي لم تمنع الباحثين …" are sentences. Arabic has no capital
          // to mark an owner's name: one follows a preposition ("حقوق النشر لموقع …"), or the line does not
          // end as a sentence does.
          if (value === undefined || /©|\(c\)/iu.test(line)) return true;
          if (!named.has(foldLineText(value))) return true;
          const after = new RegExp(`^\\W*${escapeRegExp(value)}\\s*(.*)$`, 'iu').exec(line);
          if (after === null) return false;
          if (/^(?:[\d٠-٩]{4}|\p{Lu}|[:|\-–—])/u.test(after[1])) return true;
          return /^\p{Script=Arabic}/u.test(after[1]) && (/^(?:ل|لـ)/u.test(after[1]) || !/[.!?؟…]\s*$/u.test(line));
        },
        regex: `^(?=.{0,160}$)(?:.*?©.*|.*?${START}(?<value>${alt(words)})${END}.*)$`,
        maxLength: 200,
      }),
    ];
  },

  advertisement: (lang, labels) => {
    // The slot's close button may stand beside its marker ("Close ad ✕", "إغلاق الإعلان ✕").
    const mark = String.raw`[\s\-_*•·.:|\p{So}\uFE0F×]*`;
    const noteWord = String.raw`(?:[\p{L}'’]+|\d{1,2}\s+(?:seconds?|secs?|ثوان|ثواني|ثانيه|ثانية)${END})`;
    const qualified = alt([...LABELS[lang].sponsorship.qualifiers, ...LABELS[lang].sponsorship.markers]);
    const name = `advertisement-note-${lang}`;
    const single = new Set(labels.filter((l) => !/\s/u.test(l)).map(foldLineText));
    // A marker and one word ("إعلان تجاري", "Ad Feedback"), or a short note that ends on the
    // marker ("Article continues after advertisement", "المقال يستكمل بعد الإعلان").
    DEFAULT_CHECKS[name] = (line) => {
      const words = foldLineText(line)
        .replace(/[.:!]+$/u, '')
        .split(/\s+/u);
      const bare = (w: string | undefined) => (w ?? '').replace(/^(?:ال|وال)(?=\p{L}{3})/u, '');
      const isMark = (w: string | undefined) => single.has(w ?? '') || single.has(bare(w));
      // "Ad Feedback" is a button, "Ad campaign" a subheading: in English the second word is capitalised.
      const pair = words.length === 2 && isMark(words[0]) && !/^\S+\s+\p{Ll}/u.test(line.trim());
      const note =
        words.length >= 3 && words.length <= 6 && isMark(words.at(-1)) && NOTE_BEFORE_MARK.test(words.at(-2) ?? '');
      return pair || note;
    };
    return [
      pattern(lang, {
        name: 'advertisement',
        kind: 'advertisement',
        // The marker alone, or with a note after a dash: "Advertisement - story continues below". The
        // note may count the seconds until the ad can be skipped ("إعلان — يمكنك تخطيه بعد 5 ثوانٍ",
        // "Ad — you can skip it in 5 seconds"): a number only as seconds, so "إعلان — 5 مرشحين" stays.
        // A word that qualifies the marker may stand before the note ("إعلان تجاري – تابع القراءة أسفله",
        // "Advertisement feature – story continues below").
        regex: `^${mark}${alt(labels)}${END}(?:(?:${mark}${alt(labels)}${END})?${mark}|(?:\\s+${qualified}${END})?\\s+[-–—|:]\\s+${noteWord}(?:\\s+${noteWord}){0,4})$`,
        where: 'anywhere',
      }),
      {
        name,
        lang,
        kind: 'advertisement',
        regex: String.raw`^(?=.*${START}(?:ال|وال)?${alt([...single])}${END})[\p{L}'’ ]{3,60}[.:]?$`,
        where: 'anywhere',
      },
    ];
  },

  navigation: (lang, labels) => [
    pattern(lang, {
      name: 'navigation',
      kind: 'navigation',
      // A menu's words may run together ("Search Menu Close", "بحث القائمة إغلاق").
      regex: String.raw`^(?:${alt(labels)}${END}[\s.:|>]*){1,4}$`,
    }),
  ],
};

/** The word before the marker in a note about it ("continues after advertisement", "يستكمل بعد الإعلان"). */
const NOTE_BEFORE_MARK = /^(?:after|below|before|following|the|an|this|بعد|قبل|اسفل|تحت)$/u;

/** The last word of a tags label that says what its list is about or tagged with ("tagged", "about", "بـ", "عن"). */
// Round 21: or on the category it is filed in or the news of it ("Under the category X", "Follow
// news on X", "تحت تصنيف X", "تابع أخبار X").
// Round 25: a topic followed ("Follow the topic X", "تابع موضوع X").
/** Where a tags line's topics are followed, after them: "on X", "على X". */
const FOLLOWED_ON: Record<Lang, RegExp> = {
  en: /\s+(?:on|at)\s+(?<outlet>\S+(?:\s+\S+){0,2})$/u,
  ar: /\s+(?:على|عبر)\s+(?<outlet>\S+(?:\s+\S+){0,2})$/u,
};

/**
 * An outlet's name as printed, which no topic is: a number glued to its word ("عربي21", "Splash247"),
 * a brand or a web address (`isBrandPrinted`), or Latin letters on an Arabic page ("MTV").
 */
const outletPrinted = (text: string, lang: Lang) =>
  /^(?:\p{Lu}\p{L}+|[\p{Script=Arabic}\u0640]{2,})\d{1,4}$/u.test(text) ||
  isBrandPrinted(text) ||
  (lang === 'ar' && text.split(/\s+/u).every((w) => /^\p{Script=Latin}/u.test(w)));

const ABOUT_END: Record<Lang, RegExp> = {
  // Round 32: and what it is filed under ("Filed under A and B", "صنف ضمن أ وب").
  en: /\s(?:tagged|about|to|on|into|category|topic|under)$/iu,
  ar: /\s(?:بـ|ب|عن|حول|يخص|تصنيف|أخبار|اخبار|موضوع|في|ضمن|تحت)$/u,
};

/**
 * An Arabic topic as a tags list names it: up to five words, one preposition of place or of whom
 * between its nouns ("حمى التيفوئيد في القرى", "سوء التغذية الحاد لدى الرضع"), no other particle,
 * no figure and nothing a clause says.
 */
function arabicTopic(topic: string): boolean {
  const words = topic.trim().split(/\s+/u);
  if (words.length > 5 || /[\d.!?؟]/u.test(topic)) return false;
  // Round 32: a particle with its pronoun joins a clause ("أخطر الأمراض لأنه ينتشر بسرعة").
  if (words.some((w) => /^(?:لان|لأن|ان|أن|إن|بان|بأن|لكن|كان|كأن)(?:ه|ها|هم|هن|هما)$/u.test(w))) return false;
  const parts = topic.trim().split(/\s+(?:في|لدى|عند|من)\s+/u);
  // Before the preposition a noun of one word is known, with the article ("الكوليرا في الشمال"):
  // a bare one is an idiom's ("عن كثب في التقرير").
  const head = parts[0].split(/\s+/u);
  return (
    parts.length <= 2 &&
    parts.every((part) => part !== '' && !saysArabicClause(part)) &&
    (parts.length === 1 || head.length >= 2 || /^ال\p{L}{2}/u.test(foldLineText(head[0])))
  );
}

/** The items of a tags line: split at commas, semicolons, bars, slashes, bullets or spaced dashes. */
export function splitTags(value: string): string[] {
  // A fraction slash separates as a slash does ("A ⁄ B"), a spaced ampersand as "and" does ("Filed in
  // A & B"); other symbols are a breadcrumb's marks.
  return value
    .split(/\s*(?:[,،;؛|/⁄·•]|\s[-–—&]\s|\s(?=#))\s*/u)
    .map((t) => t.replace(/^#/u, '').trim())
    .filter((t) => t !== '');
}

const EN_PLACE = String.raw`(?<place>\p{Lu}[\p{L}\p{M}'’.-]*(?:[ /]\p{Lu}[\p{L}\p{M}'’.-]*){0,3})`;
const MONTH_EN = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
// A date may be in figures, whole or after its month ("March 3/2024", "12-03-2024", "12/3/2024").
const DATE_EN = String.raw`(?<date>,?\s+(?:(?:${MONTH_EN}\s+\d{1,2}(?:/\d{4})?|\d{1,2}\s+${MONTH_EN})(?:,?\s+\d{4})?|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}))`;
// In brackets, or between slashes as press releases print it ("ADEN, April 19, 2020 /Gulf Times/ --").
// A count in brackets is a series' part, no agency ("(٢ من ٣)").
// A colon may part the place from an agency in brackets when a dash follows them ("RANGPUR: (AP) —",
// "أسوان: (أ ش أ) -"); without the dash a note's label reads so ("Note: (see below)"). So may a comma
// (round 31: "HONIARA, (SIBC/Star) —", "صنعاء، (سبأ) -").
const AGENCY = String.raw`(?:\s*(?:[:,،]\s*(?=\([^()]+\)\s*(?:—|–|--|-|_)))?(?:\((?<agency>[^()\d٠-٩]*\p{L}[^()]{0,40})\)|/(?=[^/\d]*\p{L}[^/]{0,40}/)(?<wire>[^/]+)/))`;
// Round 33: a region's name may hold its little words ("DOUGLAS, Isle of Man —", "PORT OF SPAIN,
// Trinidad and Tobago —"), never at its ends.
const REGION_EN = String.raw`(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:of|and|the|de|upon|on)\s+)?\p{Lu}[\p{L}.'’-]*){0,2})`;
// A tatweel is a dash only where no letter follows it: inside a word it is a kashida ("غـــزة").
// Wire feeds that cannot print a dash print an underscore ("BAGHDAD (AP) _").
const DASH = String.raw`(?<dash>—|–|---|--|-|_|ـ+(?![\p{L}\p{M}])|:|\|)`;
// A kashida stretches a letter inside a word ("غـــزة"); Unicode gives it to no script (Common), so
// a word takes it where a letter follows; a tatweel between spaces stays a dash (`DASH`).
// Round 33: harakat are of no script (Inherited), so a word takes them too: a place written with its
// shadda ("عمّان - رويترز", "حمّص (سانا) -") was no dateline.
export const AR_WORD = String.raw`(?:(?![،؛؟])\p{Script=Arabic})(?:(?![،؛؟])\p{Script=Arabic}|[\u064B-\u065F\u0670]|\u0640+(?=\p{Script=Arabic}))*`;
/** A month as the Arabic table spells it ("تشرين الثاني" is two words), or any one word. */
const AR_MONTH = `(?:${MONTHS.ar
  .flat()
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace(/ /g, '\\s+'))
  .join('|')}|[^\\s()\\d/.]{2,20})`;
// …or in figures ("12-3-2024", "١٢/٠٣/٢٠٢٤"), or after a slash, as IRNA prints it ("طهران/12 آذار/مارس/إرنا-").
const AR_DATE = String.raw`(?<date>\s*[,،/]?\s*(?:في\s+)?(?:[\d٠-٩]{1,2}\s+${AR_MONTH}(?:\s*/\s*${AR_MONTH})?(?:\s+[\d٠-٩]{4})?|[\d٠-٩]{1,2}[-/.][\d٠-٩]{1,2}[-/.][\d٠-٩]{4}))`;

// A wire may give the day and the month in figures between dashes before its name in brackets ("الحلة - 22 - 11 (كونا) --").
// Two places may share the dateline, joined by a slash (round 31: "صنعاء/عدن –", as "SUVA/HONIARA —").
// After a date, a wire's short name may stand before the dash without brackets or after a slash
// ("جنين 12-03-2024 وفا-", "طهران/12 آذار/مارس/إرنا-"), as an English one may after a comma.
const DATELINE_AR = new RegExp(
  String.raw`^(?<place>${AR_WORD}(?: (?!في\s)${AR_WORD}){0,2}(?:\s?/\s?${AR_WORD})?)(?:${AR_DATE}(?:\.(?=\s*/))?(?:\s*[/\s]\s*(?<initials>${AR_WORD})(?=\s*[-–]\s*$))?|\s*[-–]\s*[\d٠-٩]{1,2}\s*[-–]\s*[\d٠-٩]{1,2}(?=\s*\())?${AGENCY}?(?:(?<=/)\.)?\s*(?:${DASH}\s*(?<tail>.*))?$`,
  'u',
);
// A wire's initials may follow the date after a comma, without brackets ("Tamale, March 22, GNA -").
const DATELINE_EN = new RegExp(
  String.raw`^${EN_PLACE}${REGION_EN}?(?:${DATE_EN}(?:\.(?=\s*/))?(?:,\s*(?<initials>\p{Lu}{2,6})(?=\s*[-–—_]))?)?${AGENCY}?(?:(?<=/)\.)?\s*(?:${DASH}\s*(?<tail>.*))?$`,
  'u',
);
const labelRes = new Map<readonly string[], RegExp>();
/** A line that starts with one of `labels`, compiled once per list. */
function labelsRe(labels: readonly string[]): RegExp {
  let re = labelRes.get(labels);
  if (!re) labelRes.set(labels, (re = new RegExp(`^${alt(labels)}${END}`, 'u')));
  return re;
}

/** Round 32: a word or more and a tags label of one word last, folded ("tribune tags", "civil beat topics"). */
const TAGS_AFTER_SITE = perLang(
  (lang) =>
    new RegExp(
      String.raw`^\S+(?:\s+\S+){0,3}\s+${alt(formsOf(LABELS[lang].labels.tags).plain.filter((l) => !/\s/u.test(l)))}$`,
      'iu',
    ),
);

/** A tags label and a word after it, folded ("categories anthrax", "التصنيفات الجمره"). */
const TAGS_LEAD = perLang(
  (lang) =>
    new RegExp(
      String.raw`^${alt(formsOf(LABELS[lang].labels.tags).plain.filter((l) => !/\s/u.test(l)))}${END}\s+\S`,
      'u',
    ),
);

/** A tags label alone, folded ("tags", "article tags", "الوسوم"). */
const TAGS_ALONE = perLang(
  (lang) =>
    new RegExp(
      String.raw`^(?:${alt([...formsOf(LABELS[lang].labels.tags).plain, ...formsOf(LABELS[lang].labels.tags).separated].filter((l) => l.split(/\s+/u).length <= 2))})$`,
      'iu',
    ),
);

const BREADCRUMB_ROOTS = perLang((lang) => new Set(LABELS[lang].labels.breadcrumb.map(foldLineText)));

/** Weekday and month names, which open a date, never a dateline. */
const AR_DATE_WORDS = new Set([...WEEKDAYS.ar, ...MONTHS.ar].flat().map((w) => foldLineText(w.split(' ')[0])));

/** Words that open Arabic sentences or notes and are never places. */
const AR_NOT_PLACES = new Set(
  ['قال', 'وقال', 'أكد', 'وأكد', 'أضاف', 'وأضاف', 'أعلن', 'وأعلن', 'ملاحظة', 'تنويه', 'تحديث', 'عاجل', 'تصحيح']
    // Words of attribution before an outlet ("وفقا لـفرانس 24"), whose tatweel reads as a dash.
    .concat(['وفقا', 'بحسب', 'حسب', 'نقلا'])
    .map(foldLineText),
);

/**
 * Whether `line` is a dateline standing on a line of its own: a place, then a date, an agency in
 * brackets or a dash, and after the dash at most an outlet (`PARIS —`, `Geneva, May 5 (Reuters)`,
 * `باريس - «رويترز»:`). A place in ordinary case needs a date or an agency, so that a short
 * sentence or a headline is never one.
 */
export function isDatelineLine(
  line: string,
  lang: Lang,
  labels: readonly string[] = LABELS[lang].labels.dateline,
): boolean {
  return readDatelineLine(line, lang, labels) !== undefined;
}

/**
 * A dateline standing on a line of its own (see `isDatelineLine`), if `line` is one: its place, and
 * the outlet it names in brackets or after its dash ("CAIRO (Reuters) -", "واشنطن - رويترز",
 * "بيروت - «الشرق الأوسط»:"), not a label such as "خاص" or "وكالات", nor a reporter.
 */
export function datelineOf(
  line: string,
  lang: Lang,
  labels: readonly string[] = LABELS[lang].labels.dateline,
): { place: string; agency?: string; writer?: string } | undefined {
  const day = lang === 'ar' ? placeOnDay(line) : undefined;
  return readDatelineLine(line, lang, labels) ?? (day === undefined ? undefined : { place: day });
}

/** An outlet's name after a dateline's dash, closed by a dash of its own ("NewsDay —"), no clause's words. */
function outletBetweenDashes(tail: string, lang: Lang): boolean {
  const outlet = /^(?<name>[^-–—]{2,30}?)\s*[-–—]+$/u.exec(tail.trim())?.groups?.name;
  return (
    outlet !== undefined &&
    outlet.split(/\s+/u).length <= 4 &&
    looksLikeOutlet(outlet, lang) &&
    (lang === 'ar' || /^\p{Lu}/u.test(outlet))
  );
}

/**
 * "From our X bureau:", "من مكتبنا في X:": the outlet's own desk (a word of the tables' `desks`) and
 * the place it is in, folded, the place of one to three words.
 */
const OWN_DESK: Record<Lang, RegExp> = {
  en: new RegExp(
    String.raw`^from\s+(?:our|the)\s+(?<place>\p{L}[\p{L}'’.-]*(?:\s\p{L}[\p{L}'’.-]*){0,2}?)\s+(?:${LABELS.en.desks.map((w) => foldLineText(w)).join('|')})\s*:?$`,
    'u',
  ),
  ar: new RegExp(
    String.raw`^من\s+(?:${LABELS.ar.desks.map((w) => foldLineText(w)).join('|')})(?:نا|ها)\s+(?:في|ب)\s*(?<place>\p{L}+(?:\s\p{L}+){0,2}?)\s*:?$`,
    'u',
  ),
};

/**
 * An outlet's desk or its news service, then the place it filed from ("DH News Service, Thrissur",
 * "Express News Service | Thrissur", "Sentinel Digital Desk KELOWNA:"): a news service by an
 * outlet's word and a service's, a desk by the words a newsroom's own desk goes by (a team, a unit or
 * a section names part of an institution: "The Health Unit, Kano" stays). Arabic prints the place
 * first ("صفاقس - خدمة …"), which `DATELINE_AR` reads.
 */
const capitalised = (words: readonly string[]) => words.map((w) => w[0].toUpperCase() + w.slice(1)).join('|');
const DESK_THEN_PLACE = new RegExp(
  String.raw`^\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3}\s+(?:(?:${capitalised(LABELS.en.outlets)})\s+(?:${capitalised(LABELS.en.services)})|${capitalised(LABELS.en.desks.filter((w) => /^(?:desk|bureau|newsroom)$/u.test(w)))})(?:\s*[,|–—-]\s*|\s+(?=\p{Lu}{2,}(?:\s+\p{Lu}{2,})*\s*:$))(?<place>\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2})\s*:?$`,
  'u',
);

/**
 * Round 24: the place, a comma and the outlet that filed it, closed by a dash on a line of its own
 * ("Limassol, Tehran Times –", "مشهد، وكالة مهر –"): the outlet says it is one by its word (Times,
 * وكالة), which a place's region never does ("Paris, Texas –" stays), and the place has none.
 */
const PLACE_COMMA_OUTLET: Record<Lang, RegExp> = {
  en: new RegExp(
    String.raw`^${EN_PLACE},\s+(?<outlet>\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.&-]*){0,3})\s*(?:—|–|--|-)$`,
    'u',
  ),
  ar: new RegExp(
    String.raw`^(?<place>${AR_WORD}(?: ${AR_WORD}){0,2})\s*[،,]\s*(?<outlet>${AR_WORD}(?: ${AR_WORD}){0,3})\s*(?:—|–|--|-)$`,
    'u',
  ),
};

/**
 * Round 24: an outlet saying where it reports from, on a line of its own ("أفادت وكالة الساحل للأنباء
 * من صفاقس", "Harbour News Agency reports from Koblenz"): a verb of reporting, an outlet by its word,
 * "from" and a place of one or two words, nothing after it. A sentence goes on after its place, or
 * names sources there ("…من مصادر مطلعة"), which no place is.
 */
const OUTLET_REPORTS_FROM: Record<Lang, RegExp> = {
  en: new RegExp(
    String.raw`^(?<outlet>(?:The\s+)?\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.&-]*){0,4})\s+(?:reports|reported|reporting)\s+from\s+${EN_PLACE}$`,
    'u',
  ),
  ar: new RegExp(
    String.raw`^(?:أفادت|أفاد|ذكرت|ذكر|أوردت|أورد)\s+(?<outlet>${AR_WORD}(?: ${AR_WORD}){0,5}?)\s+من\s+(?<place>${AR_WORD}(?: ${AR_WORD})?)$`,
    'u',
  ),
};
const NOT_A_SOURCE_PLACE = new Set(['مصادر', 'مصدر', 'جهة', 'جهات', 'مراسلها', 'مراسليها'].map((w) => foldLineText(w)));

function outletReportsFrom(text: string, lang: Lang): { place: string; agency: string } | undefined {
  const g = OUTLET_REPORTS_FROM[lang].exec(text)?.groups;
  if (!g) return undefined;
  const words = g.place.split(/\s+/u);
  if (
    !g.outlet.split(/\s+/u).some((w) => OUTLET_WORDS[lang].has(foldLineText(w).toLowerCase())) ||
    words.some(
      (w) => OUTLET_WORDS[lang].has(foldLineText(w).toLowerCase()) || NOT_A_SOURCE_PLACE.has(foldLineText(w)),
    ) ||
    KNOWN_LABELS[lang].has(foldLineText(g.place)) ||
    (lang === 'ar' && words.some((w) => isParticle(w) || AR_DATE_WORDS.has(foldLineText(w)))) ||
    (lang === 'en' && MONTH_OR_DAY.has(g.place.toLowerCase()))
  )
    return undefined;
  return { place: g.place, agency: g.outlet };
}

function placeCommaOutlet(text: string, lang: Lang): { place: string; agency: string } | undefined {
  const g = PLACE_COMMA_OUTLET[lang].exec(text)?.groups;
  if (!g) return undefined;
  const outletWord = (words: string) =>
    words.split(/\s+/u).some((w) => OUTLET_WORDS[lang].has(foldLineText(w).toLowerCase()));
  const place = foldLineText(g.place);
  if (
    !outletWord(g.outlet) ||
    outletWord(g.place) ||
    KNOWN_LABELS[lang].has(place) ||
    BREADCRUMB_ROOTS[lang].has(place)
  )
    return undefined;
  if (lang === 'en' && MONTH_OR_DAY.has(g.place.toLowerCase())) return undefined;
  if (
    lang === 'ar' &&
    (g.place.split(' ').some((w) => isParticle(w) || AR_DATE_WORDS.has(foldLineText(w))) ||
      AR_NOT_PLACES.has(foldLineText(g.place.split(' ')[0])))
  )
    return undefined;
  return { place: g.place, agency: g.outlet };
}

/**
 * Round 30: a place and the county or governorate it is in, closed by a colon or a dash on a line of
 * its own ("Buncrana, Co Donegal:", "County Donegal, Buncrana —", "محافظة سوهاج، طهطا:", "طهطا، محافظة
 * سوهاج:"): the place is the town, the word of a region says which part is the region. "Paris, Texas –"
 * stays, as no word says Texas is a region.
 */
const REGION_WORDS = perLang(
  (lang) =>
    `(?:${[...new Set(LABELS[lang].regions.map((w) => escapeRegExp(lang === 'ar' ? foldLineText(w) : w)))].join('|')})`,
);
function regionThenPlace(text: string, lang: Lang): { place: string } | undefined {
  const name =
    lang === 'en'
      ? String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}`
      : String.raw`${AR_WORD}(?: ${AR_WORD}){0,2}`;
  // English may print the region's word after its name (round 31: "Auki, Malaita Province —", "Tralee,
  // Kerry County:"); Arabic always puts it first.
  const region =
    lang === 'en'
      ? `(?:${REGION_WORDS[lang]}(?:\\s+of)?\\s+${name}|${name}\\s+${REGION_WORDS[lang]})`
      : `${REGION_WORDS[lang]}\\s+${name}`;
  const close = String.raw`\s*(?::|—|–|--|-)$`;
  const folded = lang === 'ar' ? foldLineText(text) : text;
  const g =
    new RegExp(String.raw`^(?<place>${name})\s*[,،]\s*${region}${close}`, 'u').exec(folded)?.groups ??
    new RegExp(String.raw`^${region}\s*[,،]\s*(?<place>${name})${close}`, 'u').exec(folded)?.groups;
  if (!g) return undefined;
  const place = g.place.trim();
  if (KNOWN_LABELS[lang].has(foldLineText(place)) || BREADCRUMB_ROOTS[lang].has(foldLineText(place))) return undefined;
  if (lang === 'ar' && place.split(' ').some((w) => isParticle(w) || AR_DATE_WORDS.has(w))) return undefined;
  if (lang === 'en' && MONTH_OR_DAY.has(place.toLowerCase())) return undefined;
  // Folding keeps an Arabic word's letters in place: the place as printed is at the same offsets.
  const at = folded.indexOf(place);
  return { place: lang === 'ar' ? text.slice(at, at + place.length) : place };
}

/**
 * Round 32: where the writer writes from, before the colon that leads into the piece ("من ثمريت يكتب
 * فلان:", "Jane Doe writes from Hima:"), as travel and regional pages open a letter: the place, a name
 * of three words at most, and the writer a person's name. "Jane Doe writes from Hima that …" has no
 * colon at its end, and "من المؤكد يكتب …" no place. (English "From Hima, Jane Doe writes:" reports
 * speech, which no built-in pattern reads.)
 */
const WRITES_FROM: Record<Lang, RegExp> = {
  en: /^(?<writer>[^,:\d]{3,40}?)\s+(?:writes|reports)\s+from\s+(?<place>[^,:\d]{2,30}?)\s*:$/u,
  ar: /^من\s+(?<place>[^،,:\d]{2,30}?)\s+(?:يكتب|تكتب|يروي|تروي|يراسلنا|تراسلنا)\s+(?<writer>[^،,:\d]{3,40}?)\s*:$/u,
};

function writesFrom(text: string, lang: Lang): { place: string } | undefined {
  const g = WRITES_FROM[lang].exec(text)?.groups;
  const place = g?.place?.trim();
  const writer = g?.writer?.trim();
  if (place === undefined || writer === undefined) return undefined;
  if (!looksLikeName(place, lang, 3) || readsAsClause(place, lang, place) || !isWriterName(writer, lang))
    return undefined;
  if (KNOWN_LABELS[lang].has(foldLineText(place)) || (lang === 'ar' && place.split(' ').some((w) => isParticle(w))))
    return undefined;
  return { place };
}

/** A stop and a dash closing a line against its last word ("Santo Domingo.-"). */
const STOP_DASH = /(?<=\p{L})\.\s?[-–—]$/u;

function readDatelineLine(
  line: string,
  lang: Lang,
  labels: readonly string[],
): { place: string; agency?: string; writer?: string } | undefined {
  // Round 37: two hyphens against the place are the dash a typewriter's wire printed ("PHILIPSBURG--",
  // "القاهرة--"), as "(Bloomberg) --" is.
  const text = line
    .trim()
    .replace(/(?<=[\p{L})])\s*--$/u, ' —')
    .replace(STOP_DASH, ' —');
  // The outlet first, then a slash against it and the place, as Iraqi channels print it ("السومرية
  // نيوز/ الكوت", "Channels News/ Kano"): the outlet's name of two words or more says it is one by its
  // word, the place is one word (two words after the slash may be a photographer's name, "X News/
  // Jane Doe"); a breadcrumb spaces its slash ("News / Iraq").
  const slashed = /^(?<outlet>[^/\d:|]{2,30}?\S)\/\s*(?<place>[^/\d\s:|()]{2,20})$/u.exec(text)?.groups;
  if (
    slashed &&
    /\s/u.test(slashed.outlet.trim()) &&
    slashed.outlet
      .trim()
      .split(/\s+/u)
      .some((w) => OUTLET_WORDS[lang].has(foldLineText(w).toLowerCase())) &&
    (lang === 'ar' ? /\p{Script=Arabic}/u.test(slashed.place) : /^\p{Lu}\p{Ll}/u.test(slashed.place)) &&
    !KNOWN_LABELS[lang].has(foldLineText(slashed.place)) &&
    !PICTURE_NOUNS[lang].has(foldLineText(slashed.place).toLowerCase()) &&
    !PICTURE_MARKS.test(slashed.place)
  )
    return { place: slashed.place, agency: slashed.outlet.trim() };
  // Round 33: the place, a slash and a dateline's label for who filed it ("المنستير/ مراسلنا", "KABUL/
  // Special correspondent"), as a slash stands for the dash in Tunisian and Gulf datelines; two places
  // joined by a slash ("صنعاء/عدن –") have no label after it.
  const labelled = /^(?<place>[^/\d:|()]{2,30}?)\s*\/\s*(?<label>[^/\d:|()]{2,40}?)\s*:?$/u.exec(text)?.groups;
  // The label names who filed it (a role: "مراسلنا", "correspondent"): "خاص" after a slash follows an
  // outlet's name as often ("عدن الغد / خاص" is a byline).
  const filer = (labelled?.label ?? '')
    .split(/\s+/u)
    .map((w) =>
      foldLineText(w)
        .toLowerCase()
        .replace(/^(?:ال)/u, '')
        .replace(/(?:نا)$/u, ''),
    )
    .some((w) => ROLE_WORDS[lang].roles.has(w));
  if (
    labelled &&
    filer &&
    labelsRe(labels).test(foldLineText(labelled.label).toLowerCase()) &&
    labelsRe(labels).exec(foldLineText(labelled.label).toLowerCase())?.[0].length ===
      foldLineText(labelled.label).length &&
    looksLikeName(labelled.place, lang, 3) &&
    (lang === 'ar' ? /^\p{Script=Arabic}/u.test(labelled.place) : /^\p{Lu}/u.test(labelled.place)) &&
    !KNOWN_LABELS[lang].has(foldLineText(labelled.place)) &&
    !PICTURE_NOUNS[lang].has(foldLineText(labelled.place).toLowerCase())
  )
    return { place: labelled.place.trim() };
  // Where the outlet's own desk filed it from ("From our Gweru bureau:", "من مكتبنا في عجلون:"): the place.
  // Without harakat, folding keeps every letter in place, so the place's offsets find it as written.
  const bare = text.replace(/[\u064B-\u065F\u0670\u0640]/gu, '');
  const desk = OWN_DESK[lang].exec(foldLineText(bare))?.groups?.place;
  if (desk !== undefined && !/[\d٠-٩]/u.test(desk)) {
    const at = foldLineText(bare).indexOf(desk);
    return { place: bare.slice(at, at + desk.length) };
  }
  const served = lang === 'en' ? DESK_THEN_PLACE.exec(bare)?.groups?.place : undefined;
  if (served !== undefined && !KNOWN_LABELS[lang].has(foldLineText(served))) return { place: served };
  const filed = placeCommaOutlet(text, lang) ?? outletReportsFrom(text, lang) ?? regionThenPlace(text, lang);
  if (filed) return filed;
  const piece = pieceDateline(text, lang);
  if (piece !== undefined) return { place: piece };
  const written = writesFrom(text, lang);
  if (written) return written;
  const arabic = lang === 'ar' && /^\p{Script=Arabic}/u.test(text);
  const re = arabic ? DATELINE_AR : DATELINE_EN;
  const match = re.exec(text);
  const g = match?.groups;
  if (!g?.place) return undefined;
  const agency = g.agency ?? g.wire ?? g.initials;
  const marked = g.dash !== undefined || g.date !== undefined || agency !== undefined;
  // Arabic-Indic digits are of the Arabic script, but no place is made of them ("١٦/٠٦/٢٠٢١ - ١٧:٥٦").
  if (!marked || /[\d٠-٩]/u.test(g.place)) return undefined;
  // Round 33: in Arabic, so is a date named by its month right after the words, with no comma, dash or
  // wire: "رُوجع وحُدّث ٥ آذار ٢٠٢٠", "أُذيع بتاريخ ١ يناير ٢٠٢٠" (their harakat hid them from this shape
  // before `AR_WORD` took marks); a dateline parts its place from its date ("نيروبي، ١٢ مايو ٢٠٢١ —").
  if (
    arabic &&
    g.date !== undefined &&
    /^\s*[\d٠-٩]/u.test(g.date) &&
    hasCalendarWords(foldLineText(g.date), 'ar') &&
    agency === undefined &&
    g.dash === undefined
  )
    return undefined;
  // A date in figures alone after a few words is a timestamp's ("آخر مراجعة ١٢/٥/٢٠٢١", "Reviewed
  // 12/05/2021"): a dateline's has its wire or its dash.
  if (
    g.date !== undefined &&
    /^[\s,،/]*[\d٠-٩]{1,2}[-/.][\d٠-٩]/u.test(g.date) &&
    agency === undefined &&
    g.dash === undefined
  )
    return undefined;
  // A label is no place: the home page opens a breadcrumb ("الرئيسية - سياسة"), "الصورة (أ ف ب)" is a caption.
  if (BREADCRUMB_ROOTS[lang].has(foldLineText(g.place)) || KNOWN_LABELS[lang].has(foldLineText(g.place)))
    return undefined;
  // Round 34: an Arabic outlet named by its word first is no place ("صحيفة الرأي – محليات", its section
  // after the dash; "راديو دبنقا - فلان", its writer, `byline-outlet-dash-writer`).
  // An English outlet in capitals before a dash is a wire's own dateline ("LUSAKA TIMES — Mwanza:").
  if (arabic && outletOpens(g.place)) return undefined;
  if (arabic) {
    if (
      // A weekday or a month anywhere in the "place" makes it a timestamp ("آخر تعديل الجمعة ٢٠ مارس").
      g.place.split(' ').some((w) => AR_DATE_WORDS.has(foldLineText(w))) ||
      AR_NOT_PLACES.has(foldLineText(g.place.split(' ')[0])) ||
      // A writer's role opens a byline, never a place ("مراسل سبق - فلان").
      ROLE_WORDS.ar.roles.has(foldLineText(g.place.split(' ')[0]).replace(/ه$/u, '')) ||
      g.place.split(' ').some((w) => isParticle(w)) ||
      // Two places joined by a slash, neither a picture's word nor a label ("أرشيف/رويترز -" is a
      // caption's credit).
      g.place
        .split('/')
        .some((w) => KNOWN_LABELS.ar.has(foldLineText(w.trim())) || PICTURE_NOUNS.ar.has(foldLineText(w.trim()))) ||
      // A date after "في" with no dash or agency (nor an outlet between slashes, which the date may
      // take for a month's other name) is a sentence's ("الانتخابات في 27 مارس 2022").
      (g.dash === undefined && agency === undefined && /^\s*[,،]?\s*في\s[^/]*$/u.test(g.date ?? ''))
    )
      return undefined;
  } else {
    const caps = g.place === g.place.toUpperCase() && /\p{L}{2}/u.test(g.place);
    // An outlet in brackets after the dash marks a place as one before it does ("Gaza — (AFP)").
    const outletAfter =
      g.dash !== undefined &&
      g.dash !== ':' &&
      // …or a wire's initials alone after it ("Kirkuk - INA").
      (/^(?:\(\p{Lu}[^()\d]{1,29}(?:\s\d{1,3})?\)|\p{Lu}{2,5})$/u.test((g.tail ?? '').trim()) ||
        // …or an outlet set between dashes, the second closing it as no clause is ("Gweru — NewsDay —").
        outletBetweenDashes(g.tail ?? '', lang));
    // Session 22: a town and its region, closed by a dash with nothing after it ("Klaksvík, Faroes
    // —", "Kingston, Norfolk Island –"): neither a sentence nor a headline ends a line on its dash,
    // and the region says the first words are a place.
    // So does a stop and a dash against the place, as the Spanish-speaking press closes its
    // datelines ("Santo Domingo.-", "LA PAZ.–"): no sentence or headline ends so.
    const closedByDash =
      g.dash !== undefined &&
      /^(?:—|–|-+|_)$/u.test(g.dash) &&
      (g.tail ?? '').trim() === '' &&
      (/^,\s+\p{Lu}/u.test(text.slice(g.place.length)) || STOP_DASH.test(line.trim()));
    // Session 23: by a colon too, when neither part can be a speaker's: the place no person's name of
    // two or three words nor a role ("Interviewer"), the region no initialism ("Ny-Ålesund, Svalbard:",
    // "Ness, Isle of Lewis:"; "Dr Jane Doe, WHO:" and "Moderator, Harbour Radio:" stay).
    const region = /^,\s+(?<region>.+?)\s*:$/u.exec(text.slice(g.place.length))?.groups?.region;
    const closedByColon =
      g.dash === ':' &&
      region !== undefined &&
      /^\p{Lu}/u.test(region) &&
      !/\p{Lu}{2}/u.test(region) &&
      // …nor a body or an outlet, whom a speaker speaks for ("Patient, Harbour Clinic:").
      !region.split(/\s+/u).some((w) => OUTLET_WORDS.en.has(w.toLowerCase()) || SPOKEN_FOR_EN.has(w.toLowerCase())) &&
      !isPersonName(g.place, lang) &&
      !g.place.split(/\s+/u).some((w) => isAgentNoun(w.toLowerCase()) || ROLE_WORDS.en.roles.has(w.toLowerCase()));
    if (!caps && g.date === undefined && agency === undefined && !outletAfter && !closedByDash && !closedByColon)
      return undefined;
    if (MONTH_OR_DAY.has(g.place.toLowerCase())) return undefined;
  }
  // A wire's dashes may be set against the place ("NAPIER--(BUSINESS WIRE)--").
  const place = g.place.replace(/(?:[,،]|[-–—]+)\s*$/u, '').trim();
  const bracketed = agency?.trim();
  const found = (agency?: string) => ({ place, ...(agency ? { agency } : {}) });
  // After the dash: nothing, the outlet (quoted, bracketed, or a short name), or a label ("خاص").
  const tail = (outletBetweenDashes(g.tail ?? '', lang) ? (g.tail ?? '').replace(/\s*[-–—]+\s*$/u, '') : (g.tail ?? ''))
    .replace(/\s*:$/u, '')
    .trim();
  if (tail === '') return found(bracketed);
  if (g.dash === '|' && namesSection(tail, lang)) return undefined;
  // The outlet, a colon and its writer after the dash ("عتق - بوابة الوسط: فلان الفلاني", "GULU -
  // Nation Media: Jane Doe"): the dateline names who wrote the piece too.
  const signed =
    g.dash === ':' ? undefined : /^(?<outlet>[^:]{2,30}?)\s*:\s*(?<writer>[^:]{3,40})$/u.exec(tail)?.groups;
  if (
    signed &&
    isWriterName(signed.writer, lang) &&
    // …an outlet by its word ("بوابة", "Media"), as a clause after a colon names none ("غزة - الحرب: …").
    signed.outlet.split(/\s+/u).some((w) => OUTLET_WORDS[lang].has(foldLineText(w).toLowerCase()))
  )
    return { ...found(bracketed ?? signed.outlet.trim()), writer: signed.writer.trim() };
  const quoted = /^[«"“(]([^«»"“”()]{1,30})[»"”)]$/u.exec(tail);
  // A colon leads into a clause ("غزة: الحرب مستمرة") or a quotation ("ترامب: «سنفوز»"), but an
  // outlet's name alone in quotes after it is a dateline's, as Gulf papers print it ("المحرق:
  // «الخليج»", "DUBAI: “Gulf News”"): in Arabic a noun with the article, saying nothing of it.
  const outletQuoted =
    quoted !== null &&
    (lang === 'en'
      ? looksLikeOutlet(quoted[1], lang)
      : /^ال\p{L}{2}/u.test(quoted[1].trim()) &&
        quoted[1].trim().split(/\s+/u).length <= 3 &&
        !saysArabicClause(quoted[1]));
  if (g.dash === ':' && outletQuoted) return found(bracketed ?? quoted[1].trim());
  if (g.dash === ':' || CRUMB_SPLIT.test(tail)) return undefined;
  if (labelsRe(labels).test(foldLineText(tail))) return found(bracketed);
  if (quoted) return found(bracketed ?? quoted[1].trim());
  // The reporter after the dash: "بغداد - من فلان", "GAZA - By Jane Doe".
  const reporter = /^(?:من|by)\s+(.+)$/iu.exec(tail);
  if (reporter) return looksLikeName(reporter[1], lang, 4) ? found(bracketed) : undefined;
  // An outlet has no particle, unless it is an initialism of short words ("سي إن إن"); a headline's
  // words after its place do ("القدس — عام على الحرب").
  const tailWords = tail.split(/\s+/u);
  // …and its edition's language after it ("تازة - سي جي تي إن العربية").
  if (lang === 'ar' && ARABIC_EDITION.test(tail) && isOutletName(tail, lang)) return found(bracketed ?? tail);
  if (lang === 'ar' && tailWords.some((w) => isParticle(w)) && tailWords.some((w) => [...w].length > 2))
    return undefined;
  // Session 22: a person after the place's dash is who filed it ("أبها – فاطمة العسيري", "الرياض –
  // محمد الغامدي"), not an outlet: a name of two or three words, none an outlet's word or an
  // initial, closing on a family's name of descent ("العسيري"). Without one, a name and an outlet
  // read alike ("عنب بلدي" is a paper, "تينهينان بوعمامة" a reporter) and the line names the source.
  if (
    lang === 'ar' &&
    isPersonName(tail, lang) &&
    isArabicBareName(tailWords) &&
    /^ال\p{L}{2,}(?:ي|يه)$/u.test(foldLineText(tailWords.at(-1) ?? '')) &&
    tailWords.every((w) => [...w].length > 2 && !OUTLET_WORDS.ar.has(foldLineText(w).replace(/^ال/u, '')))
  )
    return { ...found(bracketed), writer: tail };
  return looksLikeName(tail, lang, 4) ||
    (lang === 'en' && looksLikeOutlet(tail, lang)) ||
    // An outlet whose number is joined to its name ("لو360", "Le360") is one by its shape.
    (tailWords.length <= 2 && /\p{L}{2}[\d٠-٩]{1,3}$/u.test(tail) && looksLikeOutlet(tail, lang)) ||
    (lang === 'ar' && isRole(tail.replace(/\s+[\d٠-٩]{1,3}$/u, ''), lang) && looksLikeOutlet(tail, lang))
    ? found(bracketed ?? tail)
    : undefined;
}

/** Words that name a kind of articles (`lists.items`: "Stories", "أخبار", "بيانات"), folded. */
const ITEM_WORDS = perLang((lang) => new Set(LABELS[lang].lists.items.map((w) => foldLineText(w))));

/**
 * Whether what follows a bar names a site's section ("Press releases", "بيانات صحفية", "أخبار
 * محلية"): it opens with a word of the articles a list lists. Then the line is a breadcrumb of the
 * site and its section, in Arabic as in English, never a dateline's place and outlet.
 */
function namesSection(tail: string, lang: Lang): boolean {
  const first = foldLineText(tail.split(/\s+/u)[0] ?? '').toLowerCase();
  return ITEM_WORDS[lang].has(first) || (lang === 'ar' && ITEM_WORDS.ar.has(first.replace(/^ال(?=\p{L}{2})/u, '')));
}

/** Every label of every kind, folded: a generic shape leaves a line with a known label to its kind. */
const KNOWN_LABELS = perLang(
  (lang) =>
    new Set(
      Object.values(LABELS[lang].labels)
        .flat()
        .map((l) => foldLineText(l.replace(/[:…]/gu, ' ').trim())),
    ),
);

/** The labels of a note or a warning, folded: the text's own, never an author's or a source's. */
export const NOTE_LABELS = perLang((lang) => new Set(LABELS[lang].notes.map((l) => foldLineText(l))));

/** A folded Arabic label with and without its article ("الملاحظة", "ملاحظة"): the table lists one. */
const withArticle = (label: string) => [label, label.replace(/^ال(?=\p{L}{2})/u, ''), `ال${label}`];

/**
 * The label before the separator of `line` (`Contributor: …` → "Contributor"), if short and
 * neither a known one (its kind's shape decides) nor a note's ("Warning:", "ملاحظة:").
 */
function newLabel(line: string, lang: Lang, maxWords: number): string | undefined {
  // A slash between two words without spaces joins them ("Pfizer/BioNTech Vaccine Approved",
  // "AC/DC"): it separates a label only with a space beside it.
  const label = /^\s*([^:|/\-–—]+?)(?:\s*[:|]|\s+\/|\/\s|\s[-–—])/u.exec(line)?.[1];
  if (!label || label.split(/\s+/u).length > maxWords || !/^[\p{L}\p{M}\s'’]+$/u.test(label)) return undefined;
  const folded = foldLineText(label);
  if (KNOWN_LABELS[lang].has(folded)) return undefined;
  return withArticle(folded).some((f) => NOTE_LABELS[lang].has(f)) ? undefined : label;
}

/**
 * What a byline's label looks like when no table has it: a person's role (English "Contributor",
 * "Reporter", "Columnist") or an Arabic verbal noun or participle (تحرير، إعداد، مراسل): "Warning:
 * Graphic Content" is not a byline.
 */
const AGENT_LABEL: Record<Lang, RegExp> = {
  en: /^\p{L}{3,}(?:or|er|ist|ent|ant)s?$/u,
  ar: /^(?:ت\p{L}{2}ي\p{L}|[اإ]\p{L}{2}ا\p{L}|م\p{L}{3,5})$/u,
};

/** Two writers, each with their outlet after a comma: "A, X, and B, Y", "أ، س، وب، ص". */
const PAIRED_WRITERS: Record<Lang, RegExp> = {
  en: /^(?<a>[^,]{3,40}),\s+(?<x>[^,]{2,40}),?\s+and\s+(?<b>[^,]{3,40}),\s+(?<y>[^,]{2,40})$/u,
  ar: /^(?<a>[^،,]{3,40})[،,]\s*(?<x>[^،,]{2,40})[،,]\s*و(?<b>[^،,]{3,40})[،,]\s*(?<y>[^،,]{2,40})$/u,
};

/** The Arabic table's roles, folded: a writer's role may label a byline ("الصحفي: فلان"). */
const WRITER_ROLES = new Set(LABELS.ar.roles.map((r) => foldLineText(r)));

/** Each language's credit words, folded: what a credit names people for. */
const CREDIT_ROLES = perLang((lang) => new Set(LABELS[lang].credits.map((c) => foldLineText(c))));

/** A letter's header words ("From:", "To:", "من:"): a name and a role after a comma follow them, not tags. */
const isHeaderWord = (line: string) => /^\s*(?:from|to|cc|re|من|إلى|الى)\s*:/iu.test(line);

const foldedList = (words: readonly string[]) => words.map((w) => escapeRegExp(foldLineText(w))).join('|');
/**
 * A credit line's opening, per language: the roles it names people for, joined ("Text and photos",
 * "إعداد وتحرير"), then "by" or a separator. Built from the tables' credit words and byline labels.
 */
const CREDIT_OPENING = perLang((lang) => {
  const roles = foldedList([
    ...LABELS[lang].credits,
    ...formsOf(LABELS[lang].labels.byline).plain.filter((l) => /^\p{L}/u.test(l)),
  ]);
  const joiner = lang === 'en' ? String.raw`\s*(?:,|&|and)\s*` : String.raw`\s*[,،&]?\s*و?`;
  // A participle may stand before "by", and Arabic names the role after "من" ("Report compiled by
  // X", "تقرير من إعداد فلان"): the piece, then who made it.
  const by =
    lang === 'en'
      ? // …not a word of publishing, which credits an outlet ("Story provided by X" is a source's).
        String.raw`(?:(?!(?:${foldedList(LABELS.en.provenance.acts)})\s)\p{L}+ed\s+)?by|:|[-–—]`
      : String.raw`بقلم|بعدسه|من\s+(?:${roles})(?!\p{L})|:|[-–—]`;
  // A role may name whose it is before a colon: "Reporter for Reuters: …", "مراسل فرانس 24: …".
  const of = lang === 'en' ? String.raw`\s+(?:for|at|with)` : '';
  const whose = String.raw`${of}(?:\s+[^\s:]+){1,3}\s*(?<whose>:)`;
  return new RegExp(
    String.raw`^(?<role>${roles})(?!\p{L})(?:${joiner}(?:${roles})(?!\p{L}))*(?:\s*(?<by>${by})|${whose})?\s*(?<value>.+)$`,
    'iu',
  );
});
const PICTURED = perLang(
  (lang) =>
    // A caption's label takes a comma too, as the BBC prints it: "Image caption, …", "التعليق على الصورة، …".
    new RegExp(
      String.raw`^(?:(?:${foldedList(LABELS[lang].pictured)})\s*:|(?:${foldedList(LABELS[lang].captions)})\s*[:,،])`,
      'iu',
    ),
);
/** The English labels of a picture's credit an Arabic page may print ("Credit:", "Photo:"). */
// Round 25: "Foto", the picture's word of the outlets' other languages.
const LATIN_CREDIT_LABELS = 'credits?|photos?|images?|pictures?|fotos?';
/**
 * Who lent a picture, in brackets after its caption's sentence ("… at a county clinic. (Courtesy of
 * the county health department)", "… في عيادة ريفية. (الصورة بإذن من مديرية الصحة)"), folded: the
 * credit's words of a courtesy. After a sentence's stop only: "(courtesy of a loophole)" inside a
 * sentence is its own.
 */
const COURTESY: Record<Lang, string> = {
  en: String.raw`(?:(?:photo|image|picture|video|footage)\s+)?courtesy(?:\s+of)?`,
  ar: String.raw`(?:(?:الصوره|صوره|الفيديو)\s+)?(?:باذن|بعد\s+اذن|بمجامله|مقدمه)(?:\s+من)?`,
};

/**
 * A picture's credit at the end of a caption's sentence: "… a clinic. Photo: Jane Doe", maybe with
 * the outlet's initials before its label ("… Tampines. ST PHOTO: X"), or after a spaced dash or a bar
 * where the caption has no stop ("… في سوق شعبي - تصوير: فلان", "… at a market - Photo: X").
 */
const CREDIT_TAIL = perLang(
  (lang) =>
    new RegExp(
      // Or in brackets after the sentence: "A nurse prepares a dose. (Photo: X)", "… (تصوير: فلان)".
      // An Arabic page may print the credit's label in English, which its script sets apart ("…
      // الطبية Credit: فلان").
      String.raw`(?:(?:^|[.;؛]\s+(?:[a-z]{2,5}\s+)?|\s[-–—|]\s+${lang === 'ar' ? String.raw`|(?<=\p{Script=Arabic})\s+(?=(?:${LATIN_CREDIT_LABELS})\s*:)` : ''})(?:${foldedList([...formsOf(LABELS[lang].labels.caption).plain, ...formsOf(LABELS[lang].labels.caption).separated, ...LABELS[lang].photographers])}${lang === 'ar' ? `|${LATIN_CREDIT_LABELS}` : ''})\s*:\s*(?<value>[^.:]{2,60})|\s[([]\s*(?:${foldedList([...formsOf(LABELS[lang].labels.caption).plain, ...formsOf(LABELS[lang].labels.caption).separated, ...LABELS[lang].photographers])})\s*[:/]\s*(?<credit>[^.:()[\]]{2,60})[)\]]|\s[([](?<filed>[^.:()[\]/]{2,40})\s*/\s*(?:file|archive|files|ارشيف|الارشيف)[)\]]|(?<=[.!?؟])\s+[([]\s*${COURTESY[lang]}\s+(?<courtesy>[^.:()[\]]{2,60})[)\]])$`,
      'iu',
    ),
);

/** The people or outlets a credit names, joined by commas and "and" ("A, B and C", "أ وب"); none past four. */
function creditNames(value: string): string[] {
  const parts = value
    .trim()
    .split(/\s*(?:[,،&/]|\s(?:and|for|with)\s)\s*|\s+و(?=\p{Script=Arabic})/u)
    .map((p) => p.replace(/^(?:and|with)\s+/iu, ''))
    .filter((p) => p !== '');
  return parts.length <= 4 ? parts : [];
}

/**
 * Whether an English credit's value names people as credits do: one of them by two words or more
 * (first name and last), none opening with an article ("A Guide"). A Title Case headline after a
 * label is single words ("Coffee and Tea") or a phrase.
 */
function isPersonCredit(value: string): boolean {
  const names = creditNames(value);
  return (
    names.length > 0 && names.some((p) => p.split(/\s+/u).length >= 2) && !names.some((p) => /^(?:an?)\s/iu.test(p))
  );
}

/**
 * Whether `line` is a credit, whatever its label: a headline never is. Its shapes: a line of roles,
 * then "by" or a separator, then names ("Text and photos by Jane Doe", "Reporting: A and B",
 * "تحرير فلان"); a caption that opens with where its picture is ("Above: …") or ends with its
 * credit ("… a clinic. Photo: X"); a short line in brackets ("(Reuters)", "(رويترز)").
 */
export function isCreditLine(line: string, lang: Lang): boolean {
  const text = foldLineText(line.trim());
  if (/^[([][^()[\]]{2,40}[)\]]$/u.test(text) && text.split(/\s+/u).length <= 4) return true;
  if (PICTURED[lang].test(text) || CREDIT_TAIL[lang].test(text)) return true;
  const credit = CREDIT_OPENING[lang].exec(text);
  const value = credit?.groups?.value;
  if (!credit || value === undefined) return false;
  const words = value.split(/\s+/u);
  // Without "by" or a separator, an Arabic role word may open a headline ("تحرير مدينة الموصل"):
  // the name after it is a person's, two or three words without an article.
  if (
    !credit.groups?.by &&
    !credit.groups?.whose &&
    (lang === 'en' || words.length > 3 || words.some((w) => /^ال/u.test(w)))
  )
    return false;
  const original = line.trim().slice(line.trim().length - value.length);
  const named = creditNames(lang === 'en' ? original : value);
  // The writer's outlet or service after the names and a comma is no name ("Words: Jane Doe, Local
  // Democracy Reporting Service", "نص: فلان، خدمة الأخبار المحلية").
  const names = named.length >= 2 && isAffiliation(named.at(-1) ?? '', lang) ? named.slice(0, -1) : named;
  // A person's role ("Photographer: Getty") may credit an agency by one word; other roles name people.
  const agent = AGENT_LABEL[lang].test(credit.groups?.role ?? '');
  return names.every((p) => looksLikeName(p, lang, 4)) && (lang === 'ar' || agent || isPersonCredit(original));
}

/** Each language's headline flags, folded ("breaking", "عاجل"). */
const KICKERS = perLang((lang) => new Set(LABELS[lang].kickers.map((k) => foldLineText(k).toLowerCase())));

// One colon: a flag's; a bar or a doubled colon joins a breadcrumb's sections ("OPINION :: HEALTH").
const FLAGGED = /^\s*([^:|]{2,20}?)\s*:\s*([^\s:|].*)$/u;

/** What follows a headline's flag ("Macron resigns" of "BREAKING: Macron resigns"), if `line` has one. */
export const afterFlag = (line: string): string | undefined => FLAGGED.exec(line)?.[2].trim();

/**
 * Whether `line` is a headline after its flag ("BREAKING: Macron resigns", "Photos: Floods sweep
 * through Pakistan", "عاجل: استقالة رئيس الوزراء", "فيديو: لحظة سقوط التمثال"): a flag of the
 * language's `kickers`, a colon or a bar, and what a clause says, not a name. A quotation or a
 * question is one; in English a word in lower case other than a name's particle; in Arabic a
 * particle, or two words or more that open with the article, or three or more with it. A flag
 * before a name ("Photos: Jane Doe/AFP", "فيديو: سامي حداد") is a credit, left to its kind.
 */
export function isFlaggedHeadline(line: string, lang: Lang): boolean {
  const flagged = FLAGGED.exec(line);
  const flag = flagged ? foldLineText(flagged[1]).toLowerCase() : '';
  if (!flagged || !KICKERS[lang].has(flag)) return false;
  const value = flagged[2].trim();
  if (value.split(/\s+/u).length < 2) return false;
  // An organisation's press office after a picture's flag is whose the picture is (round 25).
  if (PICTURE_FLAGS[lang].has(flag) && PRESS_OFFICE[lang].test(lang === 'en' ? value : foldLineText(value)))
    return false;
  // A flag no table has as a label or a credit's role ("BREAKING", "عاجل") flags any headline.
  if (!labelOrRole(flag, lang) || /^["“«'‘]/u.test(value) || /[?؟!]$/u.test(value)) return true;
  const words = value.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  if (lang === 'en')
    return words.some((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w) && !/^(?:of|the|and)$/u.test(w));
  // Three words or more after a picture's or a video's flag say what it shows ("فيديو: لحظة سقوط
  // التمثال"): a credit after one names a person by two ("فيديو: سامي حداد"), or by a name's own link
  // ("أحمد بن سعيد"). A writer's flag names a writer by three as often ("تقرير: نور الهدى سالم").
  return (
    saysArabicClause(value) ||
    (words.length >= 3 && !WRITER_FLAG(flag) && !words.some((w) => AR_NAME_LINKS.has(foldLineText(w))))
  );
}

/** A picture's flags, folded ("photos", "صور"): the caption table's labels. */
const PICTURE_FLAGS = perLang(
  (lang) => new Set(LABELS[lang].labels.caption.map((l) => foldLineText(l.replace(/:$/u, '')).toLowerCase())),
);

/** The outlet's own reporter before a name, as a credit prints it ("مراسلنا", "مصورتنا", "our correspondent"). */
/** A colleague before a name, as an outlet credits its own staff ("الزميلة فلانة", "our colleague Jane Doe"). */
const COLLEAGUE: Record<Lang, RegExp> = { en: /^(?:our\s+)?colleague\s+/iu, ar: /^(?:ال)?زميل[ةه]?\s+/u };

const OURS_BEFORE: Record<Lang, RegExp> = {
  en: new RegExp(String.raw`^our\s+(?:own\s+)?(?:${alt(LABELS.en.roles)})\s+`, 'iu'),
  ar: new RegExp(String.raw`^(?:${alt(LABELS.ar.roles.map(foldLineText))})(?:ت)?نا\s+`, 'u'),
};

/**
 * An organisation's press office as a credit names it: the office, maybe after the organisation's
 * name, then whose it is and nothing a clause says ("Press office of the Ministry of Health", "Vatican
 * Media Office", "المركز الإعلامي للأزهر", "المكتب الإعلامي لوزارة الصحة"). Arabic folded, English as printed.
 */
const PRESS_OFFICE: Record<Lang, RegExp> = {
  en: new RegExp(
    String.raw`^(?:the\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s+){0,4}(?:${foldedList(LABELS.en.pressOffices).replace(/\p{Ll}/gu, (c) => `[${c}${c.toUpperCase()}]`)})(?:\s+(?:of|at|for)\s+(?:the\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of|and|for|the|\p{Lu}[\p{L}.&'’-]*)){0,6})?$`,
    'u',
  ),
  ar: new RegExp(
    String.raw`^(?:${foldedList(LABELS.ar.pressOffices)})(?:\s+(?:ل|لـ)?ال\p{L}+|\s+ل\p{L}+){0,1}(?:\s+ال\p{L}+){0,3}$`,
    'u',
  ),
};

/** Arabic words that name what a page shows (a picture, a video), folded: captions' labels and the lists' items. */
const AR_MEDIA_WORDS = new Set([...LABELS.ar.labels.caption, ...LABELS.ar.lists.items].map((w) => foldLineText(w)));

/** Arabic bylines' labels, folded and without their colon ("تقرير", "حوار"). */
const AR_BYLINE_LABELS = new Set(LABELS.ar.labels.byline.map((l) => foldLineText(l.replace(/:$/u, ''))));

/**
 * Whether a folded Arabic flag credits a writer ("تقرير", "تحليل", "حوار"), not what a page shows
 * ("فيديو", "صور"): an agent's noun, a byline's label, or a credit's role that names no medium.
 */
const WRITER_FLAG = (flag: string) =>
  AGENT_LABEL.ar.test(flag) || AR_BYLINE_LABELS.has(flag) || (CREDIT_ROLES.ar.has(flag) && !AR_MEDIA_WORDS.has(flag));

/** The words that join an Arabic name's parts, folded. */
const AR_NAME_LINKS = new Set(['بن', 'بنت', 'ابن', 'ابو', 'ابي', 'ام', 'ال', 'عبد'].map((w) => foldLineText(w)));

/** Whether a folded word is a label of a kind or a credit's role in `lang`'s table ("photos", "فيديو", "تقرير"). */
const labelOrRole = (word: string, lang: Lang) =>
  [word, word.replace(/^ال(?=\p{L}{2})/u, ''), `ال${word}`].some(
    (w) => KNOWN_LABELS[lang].has(w) || LABELS[lang].credits.some((c) => foldLineText(c) === w),
  );

/**
 * Whether an Arabic value after a label says what a clause says, not a name: a quotation, a
 * particle, or a subject with the article and what is said of it without ("الوضع مستقر",
 * "المدارس تستحق أكثر"); a noun and its adjective both take it ("الحجر الصحي", "العربي الجديد").
 */
function saysArabicClause(value: string): boolean {
  if (/^["“«'‘]/u.test(value.trim())) return true;
  const words = value.trim().split(/\s+/u);
  const article = (w: string) => /^(?:ال|بال|وال|لل|كال|فال)\p{L}{2}/u.test(foldLineText(w));
  // The two words must be words: a breadcrumb's separator between them is no predicate ("الشيخوخة ▹ جيبوتي").
  return (
    words.some((w) => isParticle(w)) ||
    (words.length >= 2 && article(words[0]) && /^\p{L}/u.test(words[1]) && !article(words[1]))
  );
}

/** English words of publishing, crediting and pictures, from the tables ("published", "story", "photo"). */
const PUBLISHING_EN = new Set(
  [
    ...LABELS.en.provenance.acts,
    ...LABELS.en.provenance.glue,
    ...LABELS.en.credits,
    ...LABELS.en.labels.caption,
    ...LABELS.en.labels.source,
    ...LABELS.en.labels.copyright,
    ...LABELS.en.photographers,
  ]
    .flatMap((w) => w.replace(/:$/u, '').split(/\s+/u))
    .filter((w) => w !== 'by')
    .map((w) => foldLineText(w)),
);

/** English participles that do not end in "-ed" ("taken", "shot"): a credit's act, with no subject before it. */
const IRREGULAR_PARTICIPLES = new Set(
  'taken written shot drawn made brought given told seen done sent found put held run led'.split(' '),
);

/** Articles and determiners before a credit's one noun ("A dispatch by …", "This column by …"). */
const DETERMINERS = new Set('a an the this our'.split(' '));

/** Whether an English line's "by"/"via"/"from" and its outlet follow the words of a credit (see `creditsBefore`). */
function publishedBy(line: string, value: string): boolean {
  const before = line
    .trim()
    .slice(0, line.trim().length - value.length)
    .trim()
    .split(/\s+/u);
  return creditsBefore(before.slice(0, -1), foldLineText(before.at(-1) ?? ''));
}

/**
 * Whether the English words before a credit's "by" (or "via", "from": `preposition`) are a
 * credit's, not a headline's subject and verb. A credit opens with its act ("Photographed for this
 * story by", "Kindly shared by", "Sourced from", "Filed from Kyiv by"), or names the piece or the
 * picture with the tables' words ("Story via", "Picture supplied by"), or, before "by" or "via",
 * one noun ("A dispatch by", "Column by"). A headline opens with its subject, then its verb ("Town
 * hit by Storm Ciara", "Ship seized by Iranian Navy"), or is one noun before "from" and a place
 * ("Letter from Kyiv"). The two meet where a credit's first word is a noun no table has and a verb
 * follows ("Snapshot taken by …"): the line is left to the text, as a headline.
 */
export function creditsBefore(given: readonly string[], preposition = 'by'): boolean {
  // A credit may follow a place and a dash, or a first credit and a comma ("AGADIR — filed by …",
  // "Investigation by our team, led by …"): only the words since then are its.
  const last = given.findLastIndex((w) => /^[-–—|]$/u.test(w) || /[,،;]$/u.test(w));
  const words = given.slice(last + 1);
  const folded = words.map((w) => foldLineText(w).replace(/[^\p{L}]/gu, '')).filter((w) => w !== '');
  if (folded.length === 0) return false;
  const first = folded[0];
  if (/(?:ed|ly|ing)$/u.test(first) || IRREGULAR_PARTICIPLES.has(first) || PUBLISHING_EN.has(first)) return true;
  const nouns = folded.filter((w) => !DETERMINERS.has(w));
  return preposition !== 'from' && nouns.length === 1;
}

/** The words of publishing ("published", "supplied", "distributed"), folded: what an outlet does to a piece. */
const PUBLISHING_ACTS_EN = new Set(LABELS.en.provenance.acts.map((w) => foldLineText(w)));

/**
 * Whether a line credits a person with the piece by one participle no table names ("Curated by Jane
 * Doe", "Moderated by Jane Doe"): a byline, left to the credit shapes. Words of publishing say
 * what an outlet did ("Supplied by X", "Distributed by X"): those credit a source.
 */
function authoredBy(line: string, value: string, lang: Lang): boolean {
  if (lang !== 'en') return false;
  const words = line.trim().split(/\s+/u);
  if (words.length < 4 || foldLineText(words[1]) !== 'by') return false;
  const act = foldLineText(words[0]);
  return /ed$/u.test(act) && !PUBLISHING_ACTS_EN.has(act) && isPersonName(value.replace(/\.$/u, ''), lang);
}

/**
 * Shapes whose label no table has: a short label, a separator, and a value of the kind's form.
 * They come after every labelled pattern and only count at the page's edges.
 */
const GENERIC: PatternSpec[] = eachLang((lang): PatternSpec[] => {
  const topics = `tags-topics-${lang}`;
  // "Index terms A, B, C", "Subjects covered A; B", "الموضوعات المغطاة أ؛ ب": `topicsLine`.
  DEFAULT_CHECKS[topics] = (line) => topicsLine(line.trim(), lang) ?? false;
  const role = `credit-role-${lang}`;
  DEFAULT_CHECKS[role] = (line) => isCreditLine(line, lang);
  return [
    pattern(lang, {
      name: 'byline-any-label',
      kind: 'byline',
      // "Contributor: Jane Doe", "تحرير: فلان الفلاني": one word of a label and two to four of a name.
      check: (line, value) => {
        if (value === undefined) return false;
        const label = newLabel(line, lang, 1);
        // …or a writer's role of the tables, which Arabic forms as a noun of relation ("الصحفي: فلان",
        // "الإعلامية: فلانة"), as English does with "-ist" ("Journalist: Jane Doe").
        const role = (l: string) => WRITER_ROLES.has(foldLineText(l).replace(/^ال/u, '').replace(/ه$/u, ''));
        if (
          label === undefined ||
          !(AGENT_LABEL[lang].test(foldLineText(label)) || (lang === 'ar' && role(label))) ||
          isDatelineLine(line, lang)
        )
          return false;
        const words = value.trim().split(/\s+/u);
        return words.length >= 2 && words.length <= 4 && looksLikeName(value, lang, 4);
      },
      regex: String.raw`^[\p{L}]+\s*(?:[:|/]|\s[-–—])\s*(?<value>[^\d:|]{3,60})$`,
      maxLength: 80,
    }),
    // "Text and photos by Jane Doe", "Reporting: A and B", "تحرير فلان": roles from the table, then names.
    { name: role, lang, kind: 'byline', regex: CREDIT_OPENING[lang].source, maxLength: 120 },
    // "Above: volunteers at a clinic. Photo: Jane Doe": a caption by where its picture is or its credit.
    pattern(lang, {
      name: 'caption-credit',
      kind: 'caption',
      check: (_line, value) => value === undefined || value === '' || isCredit(value, lang),
      where: 'anywhere',
      regex: String.raw`^(?:${PICTURED[lang].source.slice(1)}.*|.*?${CREDIT_TAIL[lang].source})$`,
      maxLength: 200,
    }),
    pattern(lang, {
      name: 'source-any-label',
      kind: 'source' as const,
      // "Story via CNN", "Distributed by The National": a word or two, then by/via/from and an outlet.
      check: (line, value) => {
        if (value === undefined || authoredBy(line, value, lang) || (lang === 'en' && !publishedBy(line, value)))
          return false;
        const outlet = (v: string) => isRole(v, lang) && looksLikeOutlet(v, lang) && !readsAsClause(v, lang, line);
        if (outlet(value)) return true;
        // Round 27: two outlets joined, the first is the source, as a joint statement's first signatory
        // ("Sourced from X and the Central Bank of Liberia", "نقلا عن مجلة X وصحيفة Y").
        const names = namesOf(value).map((n) => n.trim().replace(/^the\s+(?=\p{Lu})/u, ''));
        return names.length === 2 &&
          outlet(names[0]) &&
          isRole(names[1], lang) &&
          (lang === 'ar' || /^\p{Lu}/u.test(names[1])) &&
          !readsAsClause(names[1], lang, line)
          ? names[0]
          : false;
      },
      // Arabic attributes with a preposition alone, maybe before "the website of": "بحسب الجزيرة", "عن موقع …".
      en: String.raw`^(?:(?!by\b|via\b|from\b)[a-z]+\s+){1,2}(?:via|from|by)\s+(?<value>[^\d:|,]{2,70}?)\.?$`,
      // Round 29: …or before its data ("حسب معطيات X", as "Based on data from X").
      ar: String.raw`^(?:(?:(?:بحسب|حسب|وفق|نقلا عن|عبر)\s+|وفقا\s+ل(?!ل)\s*)(?:موقع\s+|صحيفه\s+|قناه\s+|(?:بيانات|معطيات|ارقام|احصاءات|احصائيات)\s+)?|عن\s+(?:موقع|صحيفه|قناه)\s+)(?<value>[^\d:|,،.]{2,40}(?:\s[\d٠-٩]{1,3})?)$`,
      maxLength: 80,
    }),
    pattern(lang, {
      name: 'tags-any-label',
      kind: 'tags',
      // "In this story: a, b, c", "الموضوعات: أ، ب": a short label and a list of short items.
      check: (line, value) => {
        // "Topics in this story:", "مواضيع ذات صلة بالخبر:": a label of up to four words.
        if (value === undefined || newLabel(line, lang, 4) === undefined) return false;
        // Round 37: an outlet's byline label is a credit's ("RNLI media contact: Jane Doe, Media Manager").
        if (BYLINE_LABEL_OWNED[lang].test(foldLineText(line.trim()))) return false;
        const items = splitTags(value);
        // Two items after a comma may be a name and a role ("From: Jane Doe, CEO"); a list has three,
        // or another separator.
        const listed = items.length >= 3 || (items.length === 2 && (!/[,،]/u.test(value) || !isHeaderWord(line)));
        // A tag is a few words, never markup ("::note", "&amp;").
        const words = items.every((t) => /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}\s'’&.-]*$/u.test(t));
        // A tag is a name of three words at most; a list in prose joins its items with "and"
        // ("التهاب الجنبة، والتهاب التامور، وتضخم الرئة").
        const short = items.every((t) => t.split(/\s+/u).length <= 3 && !/[.!?؟]$/u.test(t));
        const joined = items.length >= 3 && items.slice(1).every((t) => /^و\p{L}{2}/u.test(t));
        return listed && words && short && !joined;
      },
      regex: String.raw`^[^\d:|]{2,30}?\s*:\s*(?<value>.{3,200})$`,
      maxLength: 240,
    }),
    {
      name: topics,
      lang,
      kind: 'tags',
      // The check finds the label and the list; the regex asks for a word of what tags list. No figure
      // but one glued to a word, as an outlet's (round 29: "وسوم عربي21: #أ").
      regex: String.raw`^(?=.*${START}(?:ال|وال)?${alt([...LABELS[lang].topics, ...FILED_IN[lang].files])}${END})(?:[^\d]|(?<=[\p{L}\u0640\d])\d){6,200}$`,
      maxLength: 200,
    },
    pattern(lang, {
      name: 'credit-any-label',
      kind: 'byline',
      // "Byline: Jane Doe", "إعداد وتحرير: فلان": any short label and a name. Which label is a credit's
      // no shape can say, so the line counts only among other furniture (`ALONGSIDE`). A label in
      // capitals is a form's or a memo's field ("SUBJECT: Covid Guidance"), part of the document.
      check: (line, value) => {
        if (value === undefined) return false;
        const label = newLabel(line, lang, 3);
        if (label === undefined || isHeaderWord(line) || isDatelineLine(line, lang)) return false;
        // A label with a word of tags is a tags line's (round 29: "ضمن ملف المركز: أ").
        if (topicsLine(line.trim(), lang) !== undefined) return false;
        if (/\p{Lu}{2}/u.test(label) && label === label.toUpperCase()) return false;
        // A headline in Title Case after a label ("Research: Coffee and Tea", "Words Matter: A
        // Guide") is single words or opens with an article; a credit names a person, first and last.
        if (lang === 'en' && !AGENT_LABEL.en.test(foldLineText(label)) && !isPersonCredit(value)) return false;
        // An Arabic headline says something after its colon: a quotation, a particle, or a subject
        // with the article ("وزير الصحة: الوضع مستقر"); a person's name opens with a given name.
        if (lang === 'ar' && saysArabicClause(value)) return false;
        // Sections between a breadcrumb's marks are no names ("أنت تتصفح الآن: علوم » مناخ"); a slash or
        // a bar may stand between a name and an agency ("Jane Doe / AFP").
        if (SECTIONS.test(value)) return false;
        return looksLikeName(value, lang, 4) || (value.includes('/') && isCredit(value, lang));
      },
      regex: String.raw`^[^\d:|]{2,40}?\s*:\s*(?<value>[^\d:|]{2,60}?)\s*:?$`,
      maxLength: 100,
    }),
  ];
}).flat();

/** The words of a line, folded, without the punctuation around them. */
const foldedWords = (text: string) =>
  foldLineText(text)
    .replace(/[^\p{L}\p{M}\p{N}\s'’-]+/gu, ' ')
    .split(/\s+/u)
    .filter((w) => w !== '');
const foldedSet = (words: readonly string[]) => new Set(words.map((w) => foldLineText(w)));
/** An Arabic word with and without what is joined to its front ("والأخبار", "للمقال"). */
const bareForms = (word: string) => [
  word,
  word.replace(/^(?:و|ف)(?=\p{L}{3})/u, ''),
  ...withArticle(word.replace(/^(?:و|ف)(?=\p{L}{3})/u, '').replace(/^لل(?=\p{L}{2})/u, 'ال')),
];
const inSet = (set: Set<string>, word: string, lang: Lang) =>
  lang === 'ar' ? bareForms(word).some((w) => set.has(w)) : set.has(word);

/** A timestamp with a label of the table or a verb before a relative time ("Updated 3 hours ago", "نشر منذ ساعتين"). */
function matchLabelledTime(part: string, lang: Lang): boolean {
  const folded = foldLineText(part.trim());
  const relative = new RegExp(
    String.raw`^(?<label>[\p{L}\p{M}'’ ]{2,40}?)\s*[:|,-]?\s*${RELATIVE_TIME_SOURCE}\.?$`,
    'u',
  ).exec(folded);
  if (relative?.groups?.label !== undefined) {
    const label = foldedWords(relative.groups.label);
    return label.length <= 3 && (label.length === 1 || RELATIVE_LEADS[lang].has(label[0]));
  }
  const labelled = new RegExp(
    `^${alt(LABELS[lang].labels.timestamp.map((l) => l.replace(/:$/u, '')))}${END}\\s*[:|-]?\\s*(?<value>.+)$`,
    'u',
  ).exec(folded);
  if (!labelled?.groups?.value) return false;
  const reading = readDate(labelled.groups.value, lang);
  return (reading.date !== undefined || reading.time !== undefined) && reading.rest.length <= 1;
}

/** Prepositions that credit an outlet with nothing before them. */
// Arabic عن is also "about" ("عن الكاتب", "عن كثب"), so it needs a word of publishing before it.
const BARE_LINKS = new Set(['from', 'via']);

/** Words before an update line's verb that say which update it is ("First posted", "آخر تعديل", "تم النشر"). */
const RELATIVE_LEADS: Record<Lang, Set<string>> = {
  en: new Set([
    'first',
    'last',
    'originally',
    'just',
    'recently',
    'initially',
    'latest',
    'story',
    'article',
    'page',
    'post',
    'video',
    'was',
  ]),
  ar: new Set(['اخر', 'اول', 'تم', 'قد', 'وقد', 'اخيرا']),
};

/** Words that open a clause, never a label: "He died two days ago" is a sentence. */
const CLAUSE_OPENERS = new Set(CLAUSE_OPENERS_EN);

/** An outlet's name after a preposition: capitalised words, maybe joined by "of", "the", "&" ("The Times of India"). */
const ARABIC_EDITION =
  /^(?<letters>\p{Script=Arabic}{1,3}(?:\s+\p{Script=Arabic}{1,3}){1,4})\s+(?:العربية|العربيه|عربي|بالعربية|بالعربيه|الإنجليزية|الانجليزية|الانجليزيه)$/u;

function isOutletName(text: string, lang: Lang): boolean {
  // An initialism spelled in Arabic letters may take its edition's language after it ("سي جي تي إن
  // العربية", "بي بي سي عربي", as "CGTN Arabic"): the initialism names the outlet.
  const edition = lang === 'ar' ? ARABIC_EDITION.exec(text.trim()) : null;
  if (edition?.groups && edition.groups.letters.split(/\s+/u).every((w) => [...w].length <= 3))
    return isOutletName(edition.groups.letters, lang);
  // Round 34: an English name may say what the outlet is after it, uncapitalised ("Up Here magazine",
  // "the Gleaner newspaper"), as Arabic says it before ("مجلة زهرة الخليج").
  if (lang === 'en' && /^\S+(?:\s+\S+){0,4}\s+(?:magazine|newspaper|website)$/u.test(text.trim()))
    return isOutletName(
      text
        .trim()
        .replace(/\s+\S+$/u, '')
        .replace(/^the\s+(?=\p{Lu})/u, ''),
      lang,
    );
  const words = text.trim().split(/\s+/u);
  // A channel's number after the name ("France 24"), or glued to its one word (round 27: "عربي21",
  // "Splash247", as `isRole` reads it), is the outlet's; a date or a count is not.
  // Round 34: or a broadcaster's channel number inside its name, after a word of a channel or before
  // one of a newsroom ("Channel 5 Belize", "7 News", "TV 3 Ghana"); "5 Things To Know" is a headline.
  const numbered = text
    .replace(/(?<=(?:^|\s)(?:Channel|TV|Canal|Kanal|Radio|Network|Ch\.?)\s+)\d{1,2}(?=\s+\p{Lu})/u, 'N')
    .replace(/^\d{1,2}(?=\s+(?:News|TV|Radio|FM|Network|Channel|Sport|Sports)(?:\s|$))/u, 'N')
    .replace(/\s+\d{1,3}$/u, '')
    .replace(/(?<=(?:^|\s)(?:\p{Lu}\p{L}+|[\p{Script=Arabic}\u0640]{2,}))\d{1,4}(?=\s|$)/u, '');
  if (words.length === 0 || words.length > 6 || words[0] === '' || /\d/u.test(numbered)) return false;
  // An Arabic outlet spells a particle only in an initialism of short words ("سي إن إن"); "الصحيفة
  // مقالاً عن الاختراق" is a clause.
  if (lang === 'ar' && /\p{Script=Arabic}/u.test(text))
    return (
      words.length <= 4 &&
      looksLikeOutlet(text, lang) &&
      (words.every((w) => !isParticle(w)) || words.every((w) => [...w].length <= 3))
    );
  return (
    /^[\p{Lu}\p{N}"“]/u.test(words[0]) &&
    words.every((w, i) => /^[\p{Lu}\p{N}"“(]/u.test(w) || (i > 0 && /^(?:of|the|and|&|for|on|de|al|el)$/iu.test(w)))
  );
}

/** "Reporting by Jane Doe in Cairo": where the writer filed from is no part of the name. */
const withoutPlace = (part: string, lang: Lang) =>
  lang === 'en'
    ? part.replace(/\s+(?:in|from)\s+\p{Lu}[\p{L}.'’ -]*$/u, '')
    : part.replace(/\s+(?:في|من)\s+\S+(?:\s+\S+)?$/u, '');

/** How long a piece takes to read ("5 min read", "قراءة ٣ دقائق", "مدة القراءة: 4 دقائق"). */
const READING_TIME =
  /^(?:(?:reading time|read time|time to read)\s*:?\s*)?(?:an?\s+)?\d+\s*(?:-|to)?\s*(?:\d+\s*)?(?:min|mins|minutes?|m)\.?(?:\s+(?:read|reading|listen|watch))?$|^(?:(?:مده|وقت|زمن)\s+القراءه\s*:?\s*|قراءه\s+(?:في\s+)?)?\d+\s*(?:دقيقه|دقائق|د)(?:\s+(?:قراءه|للقراءه))?$/u;

/** A part of a line of page furniture that gives no name: a date or time, a relative time, a reading time. */
function isTimePart(part: string, lang: Lang): boolean {
  const folded = foldLineText(part.trim());
  if (READING_TIME.test(folded) || RELATIVE_TIME_LINE.test(folded)) return true;
  const reading = readDate(part, lang);
  return (reading.date !== undefined || reading.time !== undefined) && reading.rest.length <= 1;
}

/** A writer's role after the name ("Staff writer", "Senior correspondent", "مراسل"): a few words, one of them a role. */
function isRolePart(part: string, lang: Lang): boolean {
  const words = foldedWords(part);
  const last = words.at(-1) ?? '';
  return words.length >= 1 && words.length <= 3 && !/\d/u.test(part) && CREDIT_ROLES[lang].has(last);
}

/** The names one credit names ("Editing by Jane Doe", "By Jane Doe", "تصوير: فلان"), or none. */
function creditPartNames(part: string, lang: Lang): string[] | undefined {
  const text = withoutPlace(part.trim(), lang);
  if (text === '') return undefined;
  if (isCreditLine(text, lang)) {
    // Without harakat, folding keeps every letter in place, so the value's length finds it as written.
    const bare = text.replace(/[\u064B-\u065F\u0670\u0640]/gu, '');
    const value = CREDIT_OPENING[lang].exec(foldLineText(bare))?.groups?.value;
    if (value === undefined) return undefined;
    return creditNames(bare.slice(bare.length - value.length)).map((name) => withoutHonorific(name, lang));
  }
  const by = /^(?:by|بقلم|كتب|كتبت|كتبه|كتبها)\s*[:\-–—ـ]?\s+(.+)$/iu.exec(text);
  if (by && namesOf(by[1]).every((name) => looksLikeName(name, lang, 4))) return namesOf(by[1]);
  return undefined;
}

/**
 * Whether a credit's last part names the writers' outlet, not a person (round 20): an Arabic name
 * of one to four words whose first takes the article or that is a known kind of outlet
 * ("الجزائر الجديدة", "صحيفة اليوم"); an English one opening on "The", holding an outlet's word
 * ("Harbour Gazette"), or a web address or brand ("bdnews24.com", "GroundUp").
 */
function isWritersOutlet(part: string, lang: Lang): boolean {
  if (!isOutletName(part, lang) || part.split(/\s+/u).length > 4) return false;
  const words = part.split(/\s+/u);
  if (lang === 'ar')
    return /^(?:ال|صحيف|جريد|مجل|قنا|موقع|وكال)/u.test(foldLineText(words[0])) && !isPersonName(part, lang);
  return (
    words[0] === 'The' ||
    words.some((w) => OUTLET_WORDS.en.has(foldLineText(w).toLowerCase())) ||
    (words.length === 1 && (/\.\p{L}{2,}$/u.test(part) || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(part)))
  );
}

/**
 * Several credits on one line, joined by a semicolon, a bar, a bullet, a spaced dash, or a comma
 * before the next role ("Editing by A; reporting by B", "(Reporting by A in Cairo; Writing by B)",
 * "إعداد: فلان - تصوير: فلان"): the names of them all, as one author, or undefined.
 */
export function joinedCreditNames(line: string, lang: Lang): string | undefined {
  let text = line.trim();
  if (/^[([].*[)\]]$/u.test(text)) text = text.slice(1, -1).trim();
  const roles = foldedList(LABELS[lang].credits);
  // A full stop ends a credit only before the next role ("Story: A. Photos: B."), not after an initial.
  const parts = text
    .replace(/\.$/u, '')
    .split(new RegExp(String.raw`\s*[;؛|•·]\s*|\s+[-–—]\s+|[,،.]\s*(?=(?:${roles})(?!\p{L}))`, 'iu'));
  if (parts.length < 2) return undefined;
  const names: string[] = [];
  // Besides credits, a part may be the time the piece takes to read or was published ("By X · 5 min
  // read"), or a writer's role after a bare name ("Jane Doe | Staff writer").
  const roleAfterName =
    parts.length === 2 &&
    isRolePart(parts[1], lang) &&
    looksLikeName(parts[0], lang, 4) &&
    creditPartNames(parts[0], lang) === undefined;
  if (roleAfterName) return parts[0].split(/\s+/u).length >= 2 ? parts[0].trim() : undefined;
  for (const [i, part] of parts.entries()) {
    if (isTimePart(part, lang)) continue;
    // The writers' outlet as the last part ("متابعة: فلان - الجزائر الجديدة", "Reporting: Jane Doe –
    // The Star"; round 20): an outlet's name that is no person's, after names already found.
    // A picture's credit is the caption's ("(تصوير فلان – الجريدة)", "Photo: Jane Doe – The Star").
    if (
      i === parts.length - 1 &&
      names.length > 0 &&
      !/^[([]/u.test(line.trim()) &&
      !PHOTOGRAPHER_OPENING[lang].test(foldLineText(parts[0])) &&
      !PICTURE_WORDS[lang].test(foldLineText(parts[0])) &&
      isWritersOutlet(part.trim(), lang)
    )
      continue;
    const found = creditPartNames(part, lang);
    if (!found || found.length === 0) return undefined;
    // A degree after a name is no name of its own ("Jane Doe, MD", "Jane Doe, Ph.D."; round 20).
    for (const name of found)
      if (!names.includes(name) && !(lang === 'en' && /^(?:[A-Z]{2,4}|(?:[A-Z][a-z]?\.){2,3}|PhD)$/u.test(name)))
        names.push(name);
  }
  if (names.length === 0) return undefined;
  const and = lang === 'ar' ? ' و' : ' and ';
  return names.length <= 2
    ? names.join(and)
    : `${names.slice(0, -1).join(lang === 'ar' ? '، ' : ', ')}${and}${names.at(-1)}`;
}

/**
 * The outlet of a line that names it between words of publishing, the piece last: "X contributed
 * to this story.", "A version of this story ran in X" is the other order (a preposition, then the
 * outlet). Words of publishing may stand before the outlet too, as Arabic puts its verb first
 * ("ساهمت وكالة سبأ في إعداد هذا التقرير"); after it they must name the piece ("story", "التقرير"),
 * so "Reuters contributed" or "X contributed to the fund" credit no outlet.
 */
function outletAmidPublishing(
  words: readonly string[],
  folded: readonly string[],
  publishing: (w: string) => boolean,
  lang: Lang,
): string | undefined {
  const pieces = foldedSet(LABELS[lang].pieces);
  const bare = (w: string) => w.replace(/[.,،:]+$/u, '');
  const start = folded.findIndex((w) => !publishing(bare(w)));
  if (start === -1) return undefined;
  // After a preposition the outlet is the other order's ("Shared from X Facebook page").
  if (start === -1 || folded.slice(0, start).some((w) => LINK_WORDS[lang].has(bare(w)))) return undefined;
  let end = folded.length;
  while (end > start && publishing(bare(folded[end - 1]))) end--;
  const tail = folded.slice(end).map(bare);
  if (end === folded.length || !tail.some((w) => pieces.has(w) || pieces.has(`ال${w}`))) return undefined;
  if (!folded.some((w) => PROVENANCE_ACTS[lang](bare(w)))) return undefined;
  const outlet = words.slice(start, end).join(' ');
  if (isOutletName(outlet, lang) && !readsAsClause(outlet, lang, outlet)) return outlet;
  const staffed = outletOfStaff(outlet, lang);
  return staffed !== undefined && isOutletName(staffed, lang) && !readsAsClause(staffed, lang, staffed)
    ? staffed
    : undefined;
}

/**
 * The outlet whose staff a credit names ("X reporters in the provinces", "مراسلو X في المحافظات"):
 * the name before the staff word in English, after it in Arabic, without where they are; undefined
 * when no staff word is there.
 */
export function outletOfStaff(value: string, lang: Lang): string | undefined {
  const words = value.trim().split(/\s+/u);
  const at = words.findIndex((w) =>
    STAFF_WORDS[lang].has(
      foldLineText(w)
        .toLowerCase()
        .replace(/[.,،:]+$/u, ''),
    ),
  );
  if (at === -1) return undefined;
  // Round 33: "Services" closing capitalised words is a body's name ("Alberta Health Services", "Child
  // and Family Services"), no outlet's staff.
  if (lang === 'en' && at === words.length - 1 && at > 0 && /^Services?$/u.test(words[at])) return undefined;
  // Round 31: the last of capitalised nouns a name's "of" joins by "and" is the name's ("Department of
  // Public Health and Social Services"), no staff of an outlet.
  if (lang === 'en' && /\sof\s+\p{Lu}.*\s(?:and|&)\s+(?:\p{Lu}\S*\s+){0,2}$/u.test(` ${words.slice(0, at).join(' ')} `))
    return undefined;
  // In English the staff end the credit or where they are follows ("X reporters in the
  // provinces"); "The Bureau of Investigative Journalism" is a name.
  const ends = at === words.length - 1 || /^(?:in|at|from|across|around|based)$/iu.test(words[at + 1]);
  // Round 29: an Arabic desk's word, then one word and where it is, is a body's whole name ("هيئة
  // الصحة في الشارقة"), not the desk of an outlet named "الصحة".
  const [head, ...where] = words
    .slice(1)
    .join(' ')
    .split(/\s+(?:في|من|ب)\s+/u);
  if (lang === 'ar' && at === 0 && where.length > 0 && !/\s/u.test(head.trim())) return undefined;
  // Round 37: "هيئة" is an authority's name ("هيئة الشارقة للكتاب", "هيئة الطرق والمواصلات") but as its
  // editors' ("هيئة التحرير", "هيئة تحرير X"), as English's "Authority" opens no staff.
  if (
    lang === 'ar' &&
    at === 0 &&
    /^(?:ال)?هيئه$/u.test(foldLineText(words[0])) &&
    !/^(?:ال)?تحرير/u.test(foldLineText(words[1] ?? ''))
  )
    return undefined;
  const named =
    lang === 'en'
      ? (ends && at > 0 && !/^(?:the|a|an|our|its)$/iu.test(words[0])) || (ends && at > 1)
        ? words.slice(0, at).join(' ')
        : ''
      : at === 0
        ? head
        : '';
  return named.trim() === '' ? undefined : named.trim();
}

/**
 * What an outlet's staff are called, folded, plural forms too ("reporters", "مراسلو", "فريق"): a
 * desk or a role of the tables.
 */
const STAFF_WORDS = perLang((lang) => {
  const words = [...LABELS[lang].desks, ...LABELS[lang].roles].map((w) => foldLineText(w).toLowerCase());
  // English plurals take an "s"; an Arabic sound masculine plural in construct ends in "و" or "ي".
  const plural = words.flatMap((w) => (lang === 'en' ? [w, `${w}s`] : [w, `${w}و`, `${w}ي`, `${w}ون`, `${w}ين`]));
  return new Set(plural);
});

/**
 * The programme or network an outlet carried the piece for, after its name ("Distributed by X for the
 * Local News Partnership", "وزعته X ضمن شراكة الأخبار المحلية"): a word of such a group closes it, in
 * English after capitalised words.
 */
const OUTLET_FOR: Record<Lang, string> = {
  en: String.raw`\s+for\s+the\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:Partnership|Network|Project|Initiative|Collaborative|Consortium|Alliance|Programme|Program|Fund)`,
  ar: String.raw`\s+(?:ضمن|لصالح)\s+(?:شراكة|شراكه|شبكة|شبكه|مبادرة|مبادره|مشروع|تحالف|برنامج)\s+[^،,:.]{2,40}`,
};

/**
 * The aggregator a piece was read on, after the outlet and a middle dot or a bar ("From X · via Yahoo",
 * "عن X · عبر MSN"): where the scrape came from, not who published the piece.
 */
const AGGREGATOR_AFTER: Record<Lang, string> = {
  en: String.raw`\s*[·•|]\s*via\s+[^·•|:]{2,30}`,
  ar: String.raw`\s*[·•|]\s*عبر\s+[^·•|:]{2,30}`,
};

/**
 * What is said of an English outlet after its name, no part of it: what it is, after a comma and an
 * article ("Shared by X, a member of the Y network", "… from X, an independent publication"), or how
 * the piece was used again, after a semicolon and a word of publishing ("First carried by X;
 * republished under …"). Arabic has no case to tell the outlet from a clause's noun ("نشر أولاً في
 * الصحف؛ أعيد نشره في كتاب" is prose), so its outlets keep what follows and are not taken.
 */
const SAID_OF_OUTLET: Record<Lang, RegExp> = {
  en: new RegExp(
    String.raw`(?:,\s+(?:a|an)\s+[^,;:\d]{3,60}|;\s*(?:(?:${printedAlt(LABELS.en.provenance.glue)})\s+)?(?:${printedAlt(LABELS.en.provenance.acts)})${END}[^;:\d]{0,80}|${OUTLET_FOR.en}|${AGGREGATOR_AFTER.en})$`,
    'iu',
  ),
  ar: new RegExp(String.raw`(?:${OUTLET_FOR.ar}|${AGGREGATOR_AFTER.ar})$`, 'u'),
};

/**
 * The kind of publication around an outlet's name, which is no part of it: "the X newsletter",
 * "نشرة X البريدية", "مدونة X الإلكترونية" (the name, then what it is in English; what it is,
 * the name and how it is sent in Arabic).
 */
const MEDIUM: Record<Lang, RegExp> = {
  en: /^(?:the\s+)?(?<name>\p{Lu}[^'’]*?)\s+(?:newsletter|blog|podcast|substack|website|site)$/u,
  // An Arabic outlet may be named for its medium ("نشرة الخليج"): only how it is sent, after the
  // name, says the word before it is no part of it.
  ar: /^(?:نشرة|نشره|مدونة|مدونه|منصة|منصه|شبكة|شبكه|موقع|قناة|قناه)\s+(?<name>.+?)\s+(?:البريدية|البريديه|الإلكترونية|الالكترونية|الالكترونيه|الأسبوعية|الاسبوعية|الاسبوعيه|اليومية|اليوميه|الإخبارية|الاخبارية|الاخباريه|الإخباري|الاخباري)$/u,
};

/**
 * Round 31: the edition of an outlet a piece ran in, after its name ("the Islands Business print
 * edition"): the outlet is the name, words without a figure or a month ("the July 16 edition" dates
 * it). Arabic names the outlet after the edition ("النسخة الورقية من صحيفة X"), which is read already.
 */
const EDITION_OF: Partial<Record<Lang, RegExp>> = {
  en: /^(?:the\s+)?(?<name>\p{Lu}[^'’\d]*?)\s+(?:(?:print|printed|online|digital|weekend|weekly|monthly)\s+)?(?:edition|e-edition|issue)$/u,
};
const editionOf = (text: string, lang: Lang) => {
  const name = EDITION_OF[lang]?.exec(text)?.groups?.name;
  return name === undefined || name.split(/\s+/u).some((w) => MONTH_OR_DAY.has(w.toLowerCase())) ? text : name;
};

/**
 * Where, among a provenance line's words, the outlet that carries the piece is named (round 20):
 * quoted, opening an English line before a word of publishing, or after a noun of translating
 * that opens the line ("ترجمة X عن", "Translation by X from"). Start and end, or undefined.
 */
function carrierSpan(
  words: readonly string[],
  folded: readonly string[],
  isAct: (w: string) => boolean,
  lang: Lang,
  publishing: (w: string) => boolean,
): [number, number] | undefined {
  const quoted = words.findIndex((w) => /^[«"“]/u.test(w));
  if (quoted >= 0) {
    const end = words.findIndex((w, i) => i >= quoted && /[»"”]$/u.test(w));
    if (end >= quoted && end - quoted < 4) return [quoted, end + 1];
  }
  const outlet = (from: number, to: number) =>
    to > from && to - from <= 4 && isOutletName(words.slice(from, to).join(' ').replace(/,$/u, ''), lang);
  // …a name of two words or more, the subject of a verb ("X publishes", "X republished"; "Paid
  // partnership with X" names no carrier).
  if (lang === 'en') {
    const act = folded.findIndex(isAct);
    if (act > 1 && /(?:s|ed)$/u.test(folded[act]) && outlet(0, act)) return [0, act];
  }
  // Round 27: …an English outlet before a comma and the credit ("Gulf Business, with reporting by X"),
  // or the Arabic subject after a verb of publishing, before the piece ("أعدّ X هذه المادة بتصرف من Y").
  if (lang === 'en') {
    const comma = words.findIndex((w) => /,$/u.test(w));
    const carrier = words
      .slice(0, comma + 1)
      .join(' ')
      .replace(/,$/u, '');
    if (
      comma >= 0 &&
      comma < 4 &&
      words.length > comma + 2 &&
      !LINK_WORDS[lang].has(folded[0]) &&
      folded[0] !== 'by' &&
      // A person's name before the comma is a byline's ("Farida Osei, reporting from Najaf"), unless
      // the credit after it opens on "with", as an outlet's does.
      (!isPersonName(carrier, lang) || folded[comma + 1] === 'with') &&
      outlet(0, comma + 1)
    )
      return [0, comma + 1];
  } else if (publishing(folded[0] ?? '')) {
    const piece = folded.findIndex((w, i) => i > 1 && /^(?:هذه|هذا)$/u.test(w));
    if (piece > 0 && !folded.slice(1, piece).some(publishing) && outlet(1, piece)) return [1, piece];
  }
  // A noun of translating first, then the carrier up to the next link word.
  if (/^(?:translation|ترجمه)$/u.test(folded[0] ?? '')) {
    const from = lang === 'en' && folded[1] === 'by' ? 2 : 1;
    const to = folded.findIndex((w, i) => i > from && /^(?:from|عن|من)$/u.test(w));
    if (to > 0 && outlet(from, to)) return [from, to];
  }
  return undefined;
}

/**
 * A programme an outlet runs, named for it (round 20): "the X Health Journalism Fellowship", "X
 * Reporting Grant", "زمالة X للصحافة الصحية", "منحة X للتقارير"; the outlet is X.
 */
const PROGRAMME_OF: Record<Lang, RegExp> = {
  en: /^(?:the\s+)?(?<name>\p{Lu}.*?)(?:\s+\p{Lu}\p{Ll}+){0,2}\s+(?:Fellowship|Fellowships|Grant|Grants|Fund|Programme|Program|Initiative)$/u,
  ar: /^(?:زمالة|زماله|منحة|منحه|برنامج|مبادرة|مبادره)\s+(?<name>.+?)\s+(?:لل|ل)\p{L}+(?:\s+\p{L}+)?$/u,
};

/**
 * Arabic verbs of publishing that carry the piece as their object ("نقلته", "أوردها"), folded: the
 * outlet is their subject, after them.
 */
const OBJECT_ACTS = new Set(
  LABELS.ar.provenance.acts.filter((w) => /\p{L}(?:ه|ها)$/u.test(w) && !/\s/u.test(w)).map((w) => foldLineText(w)),
);
/** Whether an Arabic word as printed is one of `OBJECT_ACTS`: its pronoun "ه", never a "ة" folded to it ("نشرة X"). */
const isObjectAct = (word: string) =>
  !/ة$/u.test(word.replace(/[\u064B-\u065F\u0670\u0640]/gu, '')) && OBJECT_ACTS.has(foldLineText(word));

const LINK_WORDS = perLang((lang) => foldedSet(LABELS[lang].provenance.links));

/**
 * An editor's note after a credit, which is no part of it ("Materials provided by X. Note: Content
 * may be edited …", "نقلا عن X. ملاحظة: …").
 */
const NOTE_AFTER = /(?<=\S)\.\s+(?:note|ملاحظة|ملاحظه|تنويه)\s*:.*$/iu;

/** What a statement of several is called ("joint", "مشترك"), folded. */
const JOINT_WORDS = new Set(['joint', 'مشترك', 'مشتركة'].map((w) => foldLineText(w)));

/** Whether a folded word is one of publishing, by itself or with a prefix ("cross-posted"). */
const PROVENANCE_ACTS = perLang((lang) => {
  const acts = foldedSet(LABELS[lang].provenance.acts);
  return (w: string) => acts.has(w) || acts.has(w.replace(/^\p{L}+-(?=\p{L})/u, ''));
});

/**
 * Shapes of page furniture that need no label from the tables, tried after the labelled ones:
 * each is a class of lines (an update line with any verb, credits joined, where a piece first
 * ran, agencies, a prompt to comment, the heading of a list of articles, a ban on reuse, a picture
 * credited by a word of photography), filled with each language's words.
 */
/** Round 33: an outlet the page names after the body's, for which it carried the piece. */
const CARRIED_FOR: Record<Lang, RegExp> = {
  en: /(?<=\S)\s+(?:for|to)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\.?$/u,
  ar: /(?<=\S)\s+(?:لصالح|لـ)\s*(\S+(?:\s+\S+){0,3})\.?$/u,
};
/** An Arabic outlet's kind before its name, folded or not ("موقع", "صحيفة"). */
const OUTLET_KIND_AR = /^(?:موقع|صحيف[ةه]|جريد[ةه]|مجل[ةه]|قنا[ةه]|منص[ةه]|وكال[ةه]|[اإ]ذاع[ةه])(?:\s+|$)/u;
/** A name with a word of an outlet in it ("Borneo Bulletin", "صحيفة الساحل"). */
const outletWorded = (name: string, lang: Lang) =>
  name.split(/\s+/u).some((w) => OUTLET_WORDS[lang].has(foldLineText(w).toLowerCase().replace(/^ال/u, ''))) &&
  isOutletName(name, lang);

const SHAPES: PatternSpec[] = eachLang((lang): PatternSpec[] => {
  const table = LABELS[lang];

  const isAct = PROVENANCE_ACTS[lang];
  const glue = foldedSet(table.provenance.glue);
  const links = foldedSet(table.provenance.links);
  // What a page calls its piece, with the article in Arabic ("post", "المقالة"): its title may follow.
  const pieces = foldedSet(table.pieces);
  const terms = TERMS[lang];
  const provenance = `source-provenance-${lang}`;
  // "This article first appeared in X", "Reproduced with permission from X", "نُشر أولا في X": words of
  // publishing and nothing else, a preposition, and the outlet (the first split that names one).
  DEFAULT_CHECKS[provenance] = (line) => {
    // "Produced by Jane Doe" credits a person: the credit shapes decide.
    if (isCreditLine(line, lang)) return false;
    // The credit may stand in brackets ("(With inputs from X)") and end on a mark that it was adapted
    // ("عن X (بتصرف)"), which is a word of publishing of its own: "عن" or "From" alone then opens it.
    const inner = line
      .trim()
      .replace(/^[([]\s*([^()[\]]+?)\s*[)\]]\.?$/u, '$1')
      // An editor's note after the credit is no part of it ("Materials provided by X. Note: Content
      // may be edited …", "… عن X. ملاحظة: …").
      .replace(NOTE_AFTER, '')
      // The licence a piece is reused under is named between its words ("under a Creative Commons
      // licence", "بموجب رخصة المشاع الإبداعي"): its name is none of the outlet's.
      .replace(/\bunder\s+(?:a|an|the)\s+(?:[\p{L}\p{N}.-]+\s+){1,4}?licen[cs]e\b/iu, 'under licence')
      // …or as the terms of the outlet's own policy, its licence's code in brackets after it ("under the
      // terms of its republishing policy (CC BY-NC-ND)", "وفق شروط سياسة إعادة النشر لديه (CC BY-ND)").
      .replace(
        /\s+under\s+the\s+terms\s+of\s+(?:its|their|our|the|a)\s+(?:[\p{L}-]+\s+){0,3}?(?:policy|licen[cs]e|agreement)(?:\s*\([^()]{2,30}\))?(?=\.?$)/iu,
        ' under licence',
      )
      .replace(
        /\s+(?:وفق|وفقا ل|بموجب)\s+شروط\s+(?:سياسة|سياسه|رخصة|رخصه|اتفاقية|اتفاقيه)(?:\s+[^\s()]+){1,4}?(?:\s*\([^()]{2,30}\))?(?=\.?$)/u,
        '',
      )
      .replace(/(?:بموجب\s+)?(?:رخصة|رخصه|ترخيص|بترخيص)(?:\s+\S+){1,3}?(?=\s+(?:من|عن|مع)\s)/u, 'بترخيص')
      // The language it first ran in is none of the outlet's (round 25: "نُشر أولا باللغة الإنجليزية في
      // X", as "originally published in Latvian by X").
      .replace(/\s+باللغ[ةه]\s+\S+(?=\s)/u, '')
      // Round 33: the outlet that carries it for the page after the body's name ("Distributed by X for
      // the Borneo Bulletin", "وزعته X لصالح صحيفة الساحل"): who gave it is the source.
      .replace(CARRIED_FOR[lang], (whole, outlet: string) => (outletWorded(outlet, lang) ? '' : whole));
    const adapted = ADAPTED[lang].exec(inner);
    const whole = adapted && adapted.index > 0 ? inner.slice(0, adapted.index) : inner;
    // What the page calls its piece is a word around the acts too ("هذه التدوينة", "this post").
    const publishing = (w: string) => isAct(w) || glue.has(w) || links.has(w) || pieces.has(w);
    // A second clause of publishing after a semicolon is how the piece is reused, no part of the
    // outlet ("Originally aired on X; rebroadcast by arrangement.", "… عن X؛ أعيد نشره بإذن").
    const clauses = whole.split(/\s*[;؛]\s*/u);
    const reused =
      clauses.length === 2 &&
      foldedWords(clauses[1]).length > 0 &&
      foldedWords(clauses[1]).every(publishing) &&
      foldedWords(clauses[1]).some(isAct);
    const text = reused ? clauses[0] : whole;
    const words = text.trim().replace(/\.$/u, '').split(/\s+/u);
    const folded = words.map((w) => foldLineText(w));
    // Arabic puts the verb first, the piece as its object and the outlet as its subject after it
    // ("نقلته شبكة X الإخبارية", "وفق ما أوردته X", "مقطع متداول نشره X عبر تيك توك"): words of
    // publishing, such a verb, then the outlet, maybe with the platform it used.
    const verbAt = lang === 'ar' ? words.findIndex(isObjectAct) : -1;
    if (verbAt >= 0 && folded.slice(0, verbAt).every(publishing) && words.length - verbAt <= 7) {
      const outlet = outletAlone(
        words
          .slice(verbAt + 1)
          .join(' ')
          .replace(
            new RegExp(
              String.raw`\s+(?:على|عبر|في|عن)\s+(?:(?:منصة|منصه|موقع|تطبيق)\s+)?(?:${PLATFORMS_PRINTED.ar})$`,
              'u',
            ),
            '',
          )
          .replace(SAID_OF_OUTLET[lang], '')
          // The language it was put into and the outlet's team are no part of the outlet's name
          // ("ترجمه إلى العربية فريق X").
          .replace(
            /^(?:الى|إلى)\s+(?:اللغة\s+|اللغه\s+)?(?:العربية|العربيه|الإنجليزية|الانجليزية|الانجليزيه|الفرنسية|الفرنسيه)\s+(?=\S)/u,
            '',
          )
          .replace(/^(?:فريق|طاقم|محررو)\s+(?=\S)/u, ''),
        lang,
      ).replace(MEDIUM[lang], '$<name>');
      if (outlet !== '' && isOutletName(outlet, lang) && !readsAsClause(outlet, lang, line)) return outlet;
    }
    // Round 29: an outlet that relayed it, then whose it was ("نقلته X عن هيئة الصحة", as "Carried by
    // X from the Health Authority"): the piece's source is the second, a body's name of six words at most.
    const relayed =
      verbAt >= 0 && folded.slice(0, verbAt).every(publishing)
        ? /^(?<by>\S+(?:\s+\S+){0,2}?)\s+عن\s+(?<from>\S.*)$/u.exec(words.slice(verbAt + 1).join(' '))?.groups
        : undefined;
    if (
      relayed &&
      isOutletName(relayed.by, lang) &&
      isBodyName(relayed.from, lang) &&
      !readsAsClause(relayed.from, lang, relayed.from)
    )
      return relayed.from.trim();
    // Session 23: Arabic may name the outlet as the verb's subject after its object, with no
    // preposition ("نشر الخبر أولاً موقع X", "أورد التقرير موقع X"): words of publishing, then an
    // outlet's word opens the name.
    const kindAt = lang === 'ar' ? folded.findIndex((w) => OUTLET_KIND_AR.test(w)) : -1;
    if (
      kindAt > 0 &&
      folded.slice(0, kindAt).every(publishing) &&
      folded.slice(0, kindAt).some(isAct) &&
      // A preposition before it leads to the outlet as the rest of the line does ("كما ورد من وكالة X").
      !folded.slice(0, kindAt).some((w) => links.has(w)) &&
      words.length - kindAt <= 7
    ) {
      // A site's word is no part of the name, an agency's or a paper's is ("وكالة الأنباء").
      const outlet = outletAlone(words.slice(kindAt).join(' '), lang).replace(/^(?:موقع|منص[ةه]|صفح[ةه])\s+/u, '');
      if (outlet !== '' && isOutletName(outlet, lang) && !readsAsClause(outlet, lang, line)) return outlet;
    }
    // "Originally published as <its title>", "نُشر أصلاً بعنوان …": the piece's first title, no outlet.
    const titledAt = folded.findIndex((w) => TITLED[lang].includes(w));
    if (
      titledAt > 0 &&
      folded.slice(0, titledAt).every(publishing) &&
      folded.slice(0, titledAt).some(isAct) &&
      words.length - titledAt > 2 &&
      (lang === 'ar' || /^[\p{Lu}"“‘']/u.test(words[titledAt + 1]))
    )
      return '';
    // "X contributed to this story.", "ساهمت X في إعداد هذا التقرير": the outlet between words of
    // publishing, the piece named after it; a clause after the outlet ("… to this story's outcome by
    // funding …") is no credit.
    const credited = outletAmidPublishing(words, folded, publishing, lang);
    if (credited !== undefined) return credited;
    // The page's own outlet may be named among the words of publishing, as the one that carries the
    // piece (round 20): quoted ("تنشر «X» هذا التقرير بالاتفاق مع Y"), opening an English line before
    // its verb ("X publishes this report in partnership with Y"), or after a noun of translating
    // ("ترجمة X عن Y", "Translation by X from Y"). The source is the outlet after the link.
    const carrier = carrierSpan(words, folded, isAct, lang, publishing);
    for (let k = 0; k < words.length; k++) {
      if (!links.has(folded[k])) continue;
      const head = folded
        .slice(0, k)
        .filter((_, i) => carrier === undefined || i < carrier[0] || i >= carrier[1] || k < carrier[1]);
      // An outlet after "From" or "عن" alone, as the page's last line: "From Xinhua", "عن مدى مصر".
      const bare = k === 0 && (BARE_LINKS.has(folded[0]) || (adapted !== null && adapted.index > 0));
      if (!bare && !head.every(publishing)) {
        // The piece's own title may stand after its word, as blog engines print it ("The post X
        // appeared first on Y", "ظهرت المقالة X أولاً على Y"): words of publishing on both sides.
        const title = head.findIndex((w) => !publishing(w));
        const after = head.slice(title).findLastIndex((w) => !publishing(w)) + title + 1;
        const opened = title > 0 && pieces.has(head[title - 1]) && after - title <= 20;
        // A link inside the title ("… حالات التيفود في قرى …") is no outlet's: try the next one.
        if (!opened) return false;
        if (after === head.length || !head.slice(after).some(isAct)) continue;
      }
      if (!bare && !head.some(isAct)) continue;
      const listed = outletAlone(pageOwner(words.slice(k + 1).join(' '), lang) ?? words.slice(k + 1).join(' '), lang)
        // "Distributed by X on behalf of Y": the piece is Y's.
        .replace(/^.+?\s+on behalf of\s+(?=\S)/iu, '')
        .replace(SAID_OF_OUTLET[lang], '')
        // The outlet's team is the outlet ("Translated into English by the X team", "بقلم فريق X").
        .replace(/^(?:the\s+)?(?<name>\p{Lu}.*?)\s+(?:team|newsroom)$/u, '$<name>')
        // …as is its team named before it (session 23: "Contributed by the team at X").
        .replace(/^(?:the\s+)?(?:team|staff|editors|newsroom)\s+(?:at|of)\s+(?:the\s+)?(?=\p{Lu})/u, '')
        .replace(/^(?:فريق|طاقم)\s+(?=\S)/u, '')
        .replace(/^(?:موقع|صحيفة|صحيفه|مجلة|مجله|قناة|قناه|the website of|website)\s+(?=\S)/iu, '')
        // A programme named for the outlet that runs it is the outlet's ("Supported by the X Health
        // Journalism Fellowship", "بدعم من زمالة X للصحافة الصحية"; round 20).
        .replace(PROGRAMME_OF[lang], '$<name>')
        // …its name's second word maybe after "for" or "of" (round 29: "Published by the Center for
        // Global Health Studies").
        .replace(/^the\s+(?=\p{Lu}\S*\s+(?:(?:for|of|on)\s+)?\p{Lu})/u, '')
        .replace(MEDIUM[lang], '$<name>')
        .replace(/^.+$/su, (text) => editionOf(text, lang))
        // What was contributed, as a label before the outlet ("ساهم في التغطية: X", "Contributing
        // to coverage: X").
        .replace(/^[\p{L}\s]{2,30}:\s*(?=\S)/u, '');
      // A joint statement names its signatories; the first is the source (round 23: "بيان مشترك
      // صادر عن X ومنظمة الصحة العالمية", "Joint statement issued by X and the WHO").
      const joint = head.some((w) => JOINT_WORDS.has(w));
      const outlet = joint ? namesOf(listed)[0] : listed;
      // After "عن" alone an Arabic outlet is short: a clause's words have no case to tell them by.
      // …unless a word says it is a site or a paper (round 29: "عن موقع مؤسسة X للخدمات الصحية، بتصرف").
      const site = /^(?:موقع|صحيفه|مجله|قناه)$/u.test(folded[k + 1] ?? '');
      const short = !bare || k > 0 || lang === 'en' || outlet.split(/\s+/u).length <= (site ? 5 : 3);
      if (
        outlet !== '' &&
        short &&
        // Round 31: a body's long name, its links and all ("Reprinted with permission of Guam Department
        // of Public Health and Social Services", "أعيد نشره بإذن من مكتب الصحة العامة والسكان في المهرة"),
        // before any terms are cut at its "and".
        (isOutletName(outlet, lang) ||
          ((site || lang === 'en') && isBodyName(outlet, lang)) ||
          (lang === 'ar' && !bare && isArabicBody(outlet))) &&
        !readsAsClause(outlet, lang, line)
      )
        return outlet;
      // The terms the piece is reused under may follow the outlet ("Republished from X under a
      // content-sharing agreement", "Reprinted from X with permission", "… بموجب اتفاقية تبادل").
      // Terms are a phrase; after a comma a clause begins ("Via Rome and Milan, the virus spread").
      const termed = terms.exec(foldLineText(outlet));
      const named = termed && !/[,،]/u.test(termed[0]) ? outlet.slice(0, termed.index).trim() : '';
      if (
        termed &&
        named !== '' &&
        isOutletName(named, lang) &&
        !readsAsClause(named, lang, named) &&
        termed[0].split(/\s+/u).length <= 8
      )
        return named;
    }
    return false;
  };

  const initials = `source-initials-${lang}`;
  // The outlets in the brackets, each a name or an agency's initials; the first is the source.
  DEFAULT_CHECKS[initials] = (_line, value) => {
    const outlets = (value ?? '').split(/\s*[,،]\s*/u);
    // An agency's initials may be in lower case ("dpa").
    const isOutlet = (o: string) =>
      /^\p{L}{2,4}$/u.test(o) || (looksLikeOutlet(o, lang) && o.split(/\s+/u).length <= 4);
    return outlets.length <= 4 && outlets.every(isOutlet) ? outlets[0] : false;
  };

  const agencies = foldedSet(table.agencies);

  const prompt = `comments-prompt-${lang}`;
  const lists = {
    items: foldedSet(table.lists.items),
    relations: foldedSet(table.lists.relations),
    beside: foldedSet(table.lists.beside),
    glue: foldedSet(table.lists.glue),
  };

  const sectionList = `related-section-${lang}`;
  // "More in Sport", "Trending in Gulf", "Latest from Culture", "المزيد من رياضة", "الأحدث في الخليج": a
  // word of how articles relate, a preposition, and a section's name (capitalised in English, a noun or
  // three without particles in Arabic), nothing else. "More in sorrow than in anger" is prose.
  DEFAULT_CHECKS[sectionList] = (_line, given) => {
    // A forum's community with its prefix ("r/Clinic Talk"), or a section with its word before it
    // ("قسم محليات", "the Sport section"), is the section's name.
    const value = given
      ?.replace(/^\p{Ll}\/(?=\p{L})/u, '')
      .replace(/^(?:the\s+)?(.+?)\s+section$/u, '$1')
      .replace(/^(?:قسم|باب|زاوية|ركن)\s+/u, '');
    const name = value?.replace(/(?<=\p{L}{2})\s+[\d٠-٩]{1,3}$/u, '');
    if (name === undefined || !isSectionName(name) || name.split(/\s+/u).length > 3) return false;
    return lang === 'en'
      ? name
          .replace(/^the\s+(?=\p{Lu})/u, '')
          .split(/\s+/u)
          .every((w) => /^[\p{Lu}\p{N}&]/u.test(w))
      : name.split(/\s+/u).every((w) => !isParticle(w));
  };

  DEFAULT_CHECKS[`related-coverage-${lang}`] = (line, value) =>
    DEFAULT_CHECKS[sectionList]?.(line, value, lang) === true;

  const { markers, qualifiers, sponsors, titles } = table.sponsorship;
  const paid = `advertisement-marker-${lang}`;
  // "Advertising feature", "Paid partner content", "مساحة للإعلان", "روابط إعلانية": a word of
  // advertising and up to three that qualify it, nothing else.
  const markerSet = foldedSet(markers);
  const qualifierSet = foldedSet(qualifiers);
  DEFAULT_CHECKS[paid] = (line) => {
    const words = foldedWords(line);
    if (words.length < 2 || words.length > 5) return false;
    const marked = words.filter((w) => inSet(markerSet, w, lang)).length;
    return marked >= 1 && words.every((w) => inSet(markerSet, w, lang) || inSet(qualifierSet, w, lang));
  };
  const contactUs =
    /^(?:contact\s+us|call\s+us|get\s+in\s+touch|email\s+us|اتصل\s+بنا|اتصلوا\s+بنا|تواصل\s+معنا|تواصلوا\s+معنا|راسلنا)$/u;
  DEFAULT_CHECKS[`advertisement-marker-note-${lang}`] = (line) => {
    const parts = line.split(/\s+[-–—|]\s+/u);
    if (parts.length !== 2 || DEFAULT_CHECKS[paid]?.(parts[0], undefined, lang) !== true) return false;
    return contactUs.test(foldLineText(parts[1])) || isOutletName(parts[1], lang);
  };
  // Round 26: a payer said by what it is, not named ("Sponsor content from a marine insurer", "Paid
  // partnership with our commercial team", "محتوى مدعوم من شركة تأمين بحري"): a or our before a few small
  // words in English, a firm's or a partner's word first in Arabic; a clause ("from a marine insurer that
  // …") is no payer. Round 27: where the payer is from, by its name ("Sponsored by a Dubai free zone
  // authority"), and a public authority in Arabic ("برعاية هيئة منطقة حرة إماراتية").
  const described = (payer: string) =>
    lang === 'en'
      ? /^(?:an?|our|one\s+of\s+our)\s+(?:\p{Lu}[\p{L}'’-]*\s+)?\p{Ll}[\p{Ll}'’-]*(?:\s+\p{Ll}[\p{Ll}'’-]*){0,3}$/u.test(
          payer,
        )
      : /^(?:شركه|شركات|شريك|شركاء|شريكنا|شركائنا|جهه|جهات|مؤسسه|وكيل|وكلاء|فريق|قسم|هيئه|هيئات|سلطه)(?:\s+\p{L}+){0,3}$/u.test(
          foldLineText(payer),
        ) && !/(?:^|\s)(?:من|في|على|الى|عن|التي|الذي)(?:\s|$)/u.test(foldLineText(payer));

  const titled = new RegExp(`^${alt(titles)}\\s+(?=\\S)`, 'iu');

  const pictureRoles = new Set(
    [
      ...formsOf(table.labels.caption).plain,
      ...formsOf(table.labels.caption).separated,
      ...table.photographers,
      ...table.credits.filter((c) => /photo|picture|image|camera|تصوير|عدس|مصور/u.test(foldLineText(c))),
    ].map((w) => foldLineText(w)),
  );
  const year = String.raw`(?<![\d])(?:19|20)\d{2}(?![\d])`;
  DEFAULT_CHECKS[`page-state-${lang}`] = (line) => !reportsSpeech(line, lang);
  return [
    pattern(lang, {
      name: 'timestamp-relative-labelled',
      kind: 'timestamp',
      // "First posted 3 hours ago", "حُدّث قبل ٣ دقائق": a label of a word to three, any verb, then a relative time.
      // A label of more words is a verb after what says which time it is ("First posted", "Last edited",
      // "آخر تعديل", "تم التحديث"); a subject before the verb makes a sentence ("بدأت الحمى منذ يومين",
      // "Symptoms started two days ago").
      // A day without a count ("today", "اليوم", "last night") is a word of headlines too ("Gaza today",
      // "مصر اليوم"): then the label must be a timestamp's own ("Updated yesterday").
      check: (line, value) => {
        const label = foldedWords(line.slice(0, line.length - (value ?? '').length));
        if (label.length === 0 || label.length > 3) return false;
        if (lang === 'en' ? CLAUSE_OPENERS.has(label[0]) : label.some((w) => isParticle(w))) return false;
        if (
          !/[\d٠-٩]|ago|just|moment|منذ|قبل/u.test(foldLineText(value ?? '')) &&
          !label.some((w) => TIMESTAMP_LABEL_WORDS[lang].has(w))
        )
          return false;
        return label.length === 1 || RELATIVE_LEADS[lang].has(label[0]);
      },
      regex: String.raw`^[\p{L}\p{M}'’ ]{2,40}?\s*[:|,-]?\s*(?<value>${RELATIVE_TIME_SOURCE})\.?$`,
      maxLength: 80,
    }),
    {
      // "ح.ز/ع.ش (X، د ب أ)", "dr/msh (AP, Reuters)": the editors' initials, then the outlets in brackets.
      name: initials,
      lang,
      kind: 'source',
      regex:
        lang === 'ar'
          ? String.raw`^\p{Script=Arabic}{1,2}(?:\.\s?\p{Script=Arabic}{1,2}){1,3}(?:\s*/\s*\p{Script=Arabic}{1,2}(?:\.\s?\p{Script=Arabic}{1,2}){1,3}){0,3}\s*\((?<value>[^()]{2,80})\)$`
          : String.raw`^[a-z]{1,4}(?:\s*/\s*[a-z]{1,4}){1,3}\s*\((?<value>[^()]{2,80})\)$`,
      maxLength: 100,
    },
    {
      name: provenance,
      lang,
      kind: 'source',
      regex: String.raw`^(?:(?=.*${START}${alt(table.provenance.acts)}${END})(?=.*${START}(?:${alt(table.provenance.links)}|${alt(TITLED[lang])}|${alt(table.pieces)})${END})|(?=(?:from|via)\s)${lang === 'ar' ? String.raw`|(?=.*${START}(?:${[...OBJECT_ACTS].join('|')})${END})` : ''})(?<value>.{6,120})$`,
      maxLength: 120,
    },
    pattern(lang, {
      name: 'source-agencies',
      kind: 'source',
      // "وكالات - الأهرام", "Reuters + agencies", "Staff and agencies": agencies as a group, maybe with an
      // outlet. An outlet before a dash is a dateline's place ("الرياض - وكالات"), left to the dateline.
      check: (line) => {
        const text = line.trim().replace(/^[([]|[)\]]$/gu, '');
        // A hyphen inside a name ("Al-Quds Al-Arabi") joins it; only a spaced dash separates.
        const items = text.split(/(\s*[|+/&,،]\s*|\s+[-–—]\s+)/u).map((item, i) => (i % 2 === 1 ? item.trim() : item));
        const names = items.filter((_, i) => i % 2 === 0);
        const isAgency = (item: string) =>
          agencies.has(foldLineText(item)) ||
          [...agencies].some((a) =>
            new RegExp(`(?:\\s(?:and|with)\\s|\\sو|^و)${escapeRegExp(a)}$`, 'u').test(foldLineText(item)),
          );
        const first = names.findIndex(isAgency);
        if (first === -1 || names.length > 3) return false;
        const others = names.filter((n) => !isAgency(n));
        if (!others.every((n) => isOutletName(n, lang))) return false;
        if (first > 0 && /^[-–—|]$/u.test(items[2 * first - 1])) return false;
        // The outlet without the label before it ("Sources: Gulf Times, agencies").
        return (others[0] ?? '').replace(/^[\p{L}\s]{2,20}:\s*/u, '');
      },
      regex: String.raw`^(?=.*${START}${alt(table.agencies)}${END})(?<value>.{3,80})$`,
      maxLength: 80,
    }),
    {
      // "Share your thoughts", "What do you think?", "شاركنا رأيك": the reader's opinion asked for.
      // Session 23: a comment box's placeholder trails off ("اكتب تعليقك حول المهرجان…").
      name: prompt,
      lang,
      kind: 'comments',
      regex: String.raw`^(?=.*${START}${alt(table.prompts)}${END})(?:[^\s.]+\s*){1,8}(?:[?؟!:]|\.{3}|…)?$`,
      maxLength: 70,
    },
    pattern(lang, {
      name: 'related-heading',
      kind: 'related',
      // "Latest stories", "مقالات مشابهة", "قد يعجبك أيضا": only words of a list of articles and how they
      // relate, one of each (or two of how they relate: "Popular now").
      check: (line) => {
        const words = foldedWords(line);
        if (words.length === 0 || words.length > 6) return false;
        const besides = words.filter((w) => inSet(lists.beside, w, lang)).length;
        // Round 27: two words that relate items only beside one say what is listed together ("Past issues of the
        // magazine", "من أعداد المجلة السابقة"), as one word alone does not ("More from the magazine").
        const named = words.filter((w) => inSet(lists.items, w, lang)).length;
        const items = named || (besides >= 2 ? 1 : 0);
        // A word that relates items only beside one counts as a relation where an item is.
        const relating = (w: string) => inSet(lists.relations, w, lang) || (items >= 1 && inSet(lists.beside, w, lang));
        const relations = words.filter((w) => !inSet(lists.items, w, lang) && relating(w)).length;
        // A count of hours or days is glue too ("الأكثر تداولاً خلال ٢٤ ساعة", "Most shared in 24 hours").
        const glue = (w: string) => inSet(lists.glue, w, lang) || /^[\d٠-٩]{1,3}$/u.test(w);
        const glued = words.filter((w) => !inSet(lists.items, w, lang) && !relating(w) && glue(w)).length;
        const reader = words.filter(
          (w) => READER.has(w) && !inSet(lists.items, w, lang) && !relating(w) && !glue(w),
        ).length;
        if (named + relations + glued + reader !== words.length) return false;
        // Six words are a heading only when most say what is listed and how ("More news releases in similar topics"),
        // or when what is listed is put to the reader (round 27: "Stories you might be interested in").
        const toReader = words.some((w) => READER.has(w)) && items >= 1 && relations >= 1;
        if (words.length === 6 && items + relations < 4 && !toReader) return false;
        // "More for you", "مختارات لك": a word of how they relate, addressed to the reader.
        if (words.some((w) => READER.has(w)) && relations >= 1 && words.length <= 3) return true;
        // "Most read this week", "الأكثر قراءة هذا الأسبوع": three words of how they relate need no item.
        return (items >= 1 && relations >= 1) || (relations >= 2 && words.length <= 3) || relations >= 3;
      },
      where: 'anywhere',
      // Words that relate items only beside one may make the list together (round 27: "Past issues of the magazine").
      regex: String.raw`^(?=.*${START}(?:و|ف)?(?:ال|لل)?${alt([...table.lists.items, ...table.lists.relations, ...table.lists.beside])}${END})(?:[\p{L}\p{M}\p{Nd}'’]+\s*){1,6}[:.…>"']*$`,
      maxLength: 60,
    }),
    { name: paid, lang, kind: 'advertisement', where: 'anywhere', regex: String.raw`^[\p{L}\p{M}'’ \-:|•·]{2,50}$` },
    // Round 23: the marker, a dash, then who to call or whose it is ("مساحة مخصصة للمعلنين - اتصل بنا",
    // "مادة ترويجية مدفوعة - CNBC عربية"). English pages have it already: `advertisement-en` takes any
    // words after the marker and a dash ("Advertising space - contact us", "Sponsored content - CNBC").
    ...onlyIn('ar', lang, {
      name: 'advertisement-marker-note',
      kind: 'advertisement',
      where: 'anywhere',
      regex: String.raw`^[\p{L}\p{M}'’ ]{2,50}?\s+[-|]\s+[\p{L}\p{M}\p{N}'’ .&]{2,40}$`,
      maxLength: 90,
    }),
    pattern(lang, {
      name: 'advertisement-sponsor',
      kind: 'advertisement',
      // "Sponsored by Gulf Times", "Paid content, presented by X", "محتوى برعاية المصري اليوم", "إعلان
      // ممول من الشروق": maybe what is paid for, how a sponsor is named, and the sponsor's name.
      check: (line, value) =>
        value !== undefined &&
        value.split(/\s+/u).length <= 5 &&
        (isOutletName(value.replace(/\.$/u, ''), lang) ||
          // Round 26: or said by what it is, where the words are paying's ("In association with a charter
          // broker"); "Presented by a local choir" and "Together with a friend" may be news.
          (!/^(?:presented|together|مقدم)/iu.test(foldLineText(line)) && described(value.replace(/\.$/u, '')))) &&
        !readsAsClause(value, lang, line),
      where: 'anywhere',
      // The sponsor may be called what it is, after the words of sponsoring or before a colon ("Brought
      // to you by our partner X", "الراعي الرسمي: X").
      regex: String.raw`^(?:(?:(?:[\p{L}\p{M}]+\s+){0,3}?[\s,:|\-–—]*)?${alt(sponsors)}${END}\s*:?\s*(?:${alt(titles)}${END}\s*)?|${alt(titles)}\s*:\s*)(?<value>[^\d:|,،;]{2,60})$`,
      maxLength: 90,
    }),
    pattern(lang, {
      name: 'advertisement-paid-by',
      kind: 'advertisement',
      // "Sponsored post by X", "Partner content: X", "Promoted content from our partners", "محتوى مدعوم من
      // X": words of advertising (one a marker), then by, from or a colon, and who paid.
      check: (line, value) => {
        if (value === undefined || readsAsClause(value, lang, line)) return false;
        // "مدفوع الأجر" (paid for) is one word of paying; "الأجر المدفوع من …" is a wage.
        const head = foldedWords(
          line.slice(0, line.length - value.length).replace(/(مدفوعة?)\s+ال[أا]جر/u, '$1'),
        ).filter((w) => !/^(?:by|from|with|من|ل|بواسطه|مع)$/u.test(w));
        if (head.length === 0 || head.length > 3) return false;
        if (!head.some((w) => inSet(markerSet, w, lang))) return false;
        if (!head.every((w) => inSet(markerSet, w, lang) || inSet(qualifierSet, w, lang))) return false;
        const whom = foldedWords(value);
        // The payer may be called what it is before its name ("Paid links from our partner X"), as a sponsor is.
        const payer = value.replace(/\.$/u, '').replace(titled, '');
        return isOutletName(payer, lang) || whom.every((w) => inSet(qualifierSet, w, lang)) || described(payer);
      },
      where: 'anywhere',
      // "روابط ممولة بواسطة X" says "by" as Arabic widgets print it.
      // "لـ" may stand apart before the payer's name, its tatweel folded away ("مساحة مدفوعة لـ X").
      // Round 26: "with" for a partnership ("Paid partnership with our commercial team", "شراكة مدفوعة مع
      // شركة تأمين").
      regex: String.raw`^[\p{L}\p{M}'’ ]{2,40}?(?:\s+(?:by|from|with|من|بواسطه|مع)|\s*:|\s+ل(?=\p{L})|\s+ل\s+(?=\p{L}))\s*(?<value>[^\d:|,،;]{2,60})$`,
      maxLength: 90,
    }),
    pattern(lang, {
      // Round 25: the outlet's coverage of a section, its picks from one, the latest of one ("Across our
      // Baltics coverage", "Our picks from Central Europe", "Latest news from Cairo University", "من
      // تغطيتنا لدول البلطيق", "مختاراتنا من أوروبا الوسطى", "أحدث أخبار الجامعة"), the section's name
      // as `related-section` reads it.
      name: 'related-coverage',
      kind: 'related',
      where: 'anywhere',
      en: String.raw`^(?:(?:across|more\s+from|from|explore|inside)\s+our\s+(?<value>(?:the\s+)?[\p{L}\p{N}&'’-]+(?:\s+[\p{L}\p{N}&'’-]+){0,2}?)\s+(?:coverage|reporting|section|pages)|our\s+(?:picks|pick|selection|choices|favourites|favorites|highlights|top\s+stories)\s+(?:from|in|on)\s+(?<value>(?:the\s+)?[\p{L}\p{N}&'’-]+(?:\s+[\p{L}\p{N}&'’-]+){0,2}?)|(?:the\s+)?latest\s+(?:news|stories|headlines|statements|releases|communiqués)\s+(?:from|of)\s+(?<value>(?:the\s+)?[\p{L}\p{N}&'’-]+(?:\s+[\p{L}\p{N}&'’-]+){0,2}?))\s*[:.…]?$`,
      ar: String.raw`^(?:(?:من|عبر|المزيد\s+من)\s+تغطيتنا\s+(?:ل|عن\s+|حول\s+|في\s+)(?<value>\p{L}+(?:\s+\p{L}+){0,2}?)|(?:مختاراتنا|اختياراتنا|منتقياتنا)\s+(?:من|في|عن)\s+(?<value>\p{L}+(?:\s+\p{L}+){0,2}?)|(?:احدث|اخر|جديد)\s+(?:اخبار|قصص|مقالات|بيانات|بلاغات)\s+(?<value>\p{L}+(?:\s+\p{L}+){0,2}?))\s*[:.…]?$`,
      maxLength: 60,
    }),
    {
      name: sectionList,
      lang,
      kind: 'related',
      where: 'anywhere',
      // "Hot this week in X", "رائج هذا الأسبوع في X": two words of how they relate may hold "this" between them.
      // Round 20: Arabic's items before how they relate, as a noun before its adjective ("مقالات مختارة
      // من السياسة"), "in" joined to the section's word ("الأعلى قراءة بقسم X"), and a channel's number
      // after a name ("المزيد من لبنان 24", as "More from France 24").
      // Round 28: told to keep listening or reading first ("Keep listening: more from Think Out Loud",
      // "واصل الاستماع: المزيد من صباح الخير").
      regex: String.raw`^(?:(?:keep|continue|واصل|تابع|اكمل)\s+(?:listening|reading|watching|(?:ال)?(?:استماع|قراءه|مشاهده))\s*[:|\-]\s*)?(?:(?:(?:ال)?${alt(table.lists.relations)}\s+(?:(?:this|هذا|هذه)\s+)?)?(?:ال)?${alt(table.lists.relations)}\s+(?:(?:ال)?${alt(table.lists.items)}\s+)?${lang === 'ar' ? String.raw`|(?:ال)?${alt(table.lists.items)}\s+(?:ال)?${alt(table.lists.relations)}\s+` : ''})(?:(?:in|from|on|من|في|عن)\s+|ب(?=(?:قسم|باب|زاويه|ركن)\s))(?<value>[^\d.,:;!?،؛؟]{2,40}(?:\s+[\d٠-٩]{1,3})?)$`,
      maxLength: 50,
    },
    pattern(lang, {
      // "May be republished with attribution", "يسمح بالنقل والاقتباس شرط ذكر المصدر": reuse allowed on
      // a condition of credit, in that order; Arabic joins "with" and "the" to the act ("بالنقل").
      name: 'copyright-permitted',
      kind: 'copyright',
      // The outlet to be credited may close it, quoted (round 20: "يُسمح بالاقتباس مع ذكر المصدر «X»",
      // "May be republished with credit to “Harbour Gazette”").
      // Round 34: or the act first ("Reproduction of this release is permitted with credit", "إعادة نشر
      // البيان مسموح بها مع ذكر المصدر").
      regex: String.raw`^(?:[^.!?؟]{0,60}${START}${alt(table.reuse.permits)}${END}[^.!?؟]{0,40}${START}(?:ب|بال|ال|و|وال)?${alt(table.reuse.acts)}|(?:[^.!?؟]{0,20}${START})?(?:ب|بال|ال|و|وال)?${alt(table.reuse.acts)}${END}[^.!?؟]{0,40}${START}${alt(table.reuse.permits)})${END}[^.!?؟]{0,60}${START}${alt(table.reuse.conditions)}${END}(?:\s*[:،,]?\s*(?:to\s+)?"[^"]{2,40}")?\s*[.!]?$`,
      maxLength: 200,
    }),
    pattern(lang, {
      // Round 27: what the site publishes said to be reserved to its owner, as its rights are ("جميع
      // المواد المنشورة محفوظة لبوابة الوفد الإلكترونية", "All material published on this site is reserved to
      // Al-Wafd"): published or on the site it must be; "جميع المواد محفوظة لدى الشرطة" is news.
      name: 'copyright-material',
      kind: 'copyright',
      en: String.raw`^(?:all|the)\s+(?:(?:published\s+(?:material|materials|content|articles)(?:\s+(?:on|in)\s+this\s+(?:site|website|portal))?)|(?:material|materials|content|articles)\s+(?:published\s+)?(?:on|in)\s+this\s+(?:site|website|portal)|(?:material|materials|content|articles)\s+published)\s+(?:is|are)\s+(?:reserved|copyrighted|the\s+property)\s+(?:to|of|by)\s+(?:the\s+)?[\p{L}\p{N}'’&.-]+(?:\s+[\p{L}\p{N}'’&.-]+){0,3}\s*\.?$`,
      ar: String.raw`^(?:جميع|كل)\s+(?:ال)?(?:مواد|محتويات|محتوى|مقالات)\s+(?:(?:ال)?منشوره(?:\s+(?:على|في)\s+(?:هذا\s+)?(?:الموقع|البوابه))?|(?:على|في)\s+(?:هذا\s+)?(?:الموقع|البوابه))\s+(?:محفوظه|مملوكه)\s+ل(?!دى\s)\p{L}+(?:\s+\p{L}+){0,3}\s*\.?$`,
      maxLength: 120,
    }),
    pattern(lang, {
      // "All rights reserved. May not be reproduced", "لا يجوز إعادة النشر دون إذن": a ban and an act of reuse.
      name: 'copyright-reuse',
      kind: 'copyright',
      regex: String.raw`^(?=.*${START}${alt(table.reuse.bans)}${END})(?=.*${START}${alt(table.reuse.acts)}${END})(?=.*${START}${alt(table.reuse.objects)}${END}).{10,200}$`,
      maxLength: 200,
    }),
    pattern(lang, {
      // Round 25: the outlet's content said to be protected by copyright, maybe with how it may be reused
      // ("LSM.lv content is protected by copyright. Reuse only with a link.", "محتوى جريدة عمان محمي بحقوق
      // النشر. يسمح بإعادة النشر مع ذكر الرابط"); "The song is protected by copyright, the court ruled"
      // names no content, "… until 2040" goes on.
      name: 'copyright-protected',
      kind: 'copyright',
      en: String.raw`^(?:(?:all|the|our)\s+)?(?:(?:this\s+(?:site|website)['’]s|[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*)\s+){0,3}(?:content|contents|material|materials|articles|texts|photos|images)(?:\s+(?:of|on)\s+(?:this\s+(?:site|website|page)|[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*){0,3}))?\s+(?:is|are)\s+protected\s+(?:by|under)\s+(?:copyright|copyright\s+law|intellectual\s+property\s+law)(?:\s*[.;,]\s*(?:(?:any\s+)?(?:reuse|re-use|republication|reproduction|republishing|reprinting|use)\s+(?:is\s+)?(?:(?:only|allowed|permitted|possible)\s+){0,2}(?:with|by|if|under)\s+[^.!?]{2,60}|(?:reuse|re-use|reproduction|republishing)\s+(?:without|is\s+(?:forbidden|prohibited))[^.!?]{0,60}))?\s*[.!]?$`,
      ar: String.raw`^(?:(?:جميع|كل)\s+)?(?:ال)?(?:محتوى|محتويات|مواد|مقالات|صور)(?:\s+\p{L}+){0,3}?\s+(?:محمي|محميه)\s+(?:ب|بموجب\s+|وفق\s+)(?:حقوق\s+(?:ال)?(?:نشر|طبع|ملكيه(?:\s+الفكريه)?)(?:\s+و(?:ال)?(?:نشر|طبع))?|قوانين\s+(?:ال)?ملكيه\s+(?:ال)?فكريه)(?:\s*[.،,؛]\s*(?:(?:يسمح|يجوز|يمكن|يسمح\s+فقط)\s+ب(?:اعاده\s+(?:ال)?نشر|ال?نقل|الاقتباس)|(?:يمنع|يحظر|لا\s+يجوز)\s+(?:اعاده\s+(?:ال)?نشر|ال?نقل|النسخ))[^.!؟]{0,60})?\s*[.!]?$`,
      maxLength: 200,
    }),
    pattern(lang, {
      // "Content copyright The National 2021": the word of rights and a year, around a name.
      name: 'copyright-year',
      kind: 'copyright',
      regex: String.raw`^(?=.*${year})(?=.*${START}(?:copyright|(?:ال)?حقوق)${END})[^.!?؟]{6,100}$`,
      maxLength: 100,
    }),
    pattern(lang, {
      name: 'credit-picture',
      kind: 'caption',
      // "Photographer: Getty", "Photos and video: Jane Doe", "تصوير وعدسة: فلان": a credit whose roles are
      // all the picture's, a caption wherever it stands.
      check: (line) => {
        if (!isCreditLine(line, lang)) return false;
        const folded = foldLineText(line.trim());
        const groups = CREDIT_OPENING[lang].exec(folded)?.groups;
        const value = groups?.value;
        if (value === undefined) return false;
        const allPictures = (head: string) => {
          const roles = head
            .split(/\s*(?:[,،&:|\-–—]|\s(?:and|by)\s|\sو|\s+by$|^by\s)\s*|\s+/u)
            .filter((w) => w !== '' && w !== 'by' && w !== 'and' && w !== 'بقلم');
          return roles.length > 0 && roles.every((r) => pictureRoles.has(r) || pictureRoles.has(r.replace(/^و/u, '')));
        };
        const head = folded.slice(0, folded.length - value.length);
        // The outlet the photographer works for, between the role and the colon (round 20: "عدسة المدينة:
        // فلان", "Photographer for the Herald: Jane Doe"): whose the role is, not a role.
        const words = head
          .replace(/\s*:\s*$/u, '')
          .trim()
          .split(/\s+/u);
        // The outlet's words as printed (folding keeps the words, not the capitals).
        const printed = line.trim().split(/\s+/u).slice(0, words.length);
        const whose =
          groups?.whose !== undefined &&
          [1, 2, 3, 4].some((k) => {
            const outlet = printed.slice(words.length - k).map((w) => w.replace(/:$/u, ''));
            const rest = words.slice(0, words.length - k);
            if (/^(?:for|at|with)$/iu.test(outlet[0])) outlet.shift();
            else if (lang === 'en') return false;
            return (
              rest.length > 0 &&
              outlet.length > 0 &&
              isOutletName(outlet.join(' '), lang) &&
              !isParticle(outlet[0]) &&
              allPictures(rest.join(' '))
            );
          });
        // …and the credit after it is a person's ("عدسة المجهر: أداة العلماء" is a headline).
        return (whose && isPersonName(line.trim().slice(line.trim().length - value.length), lang)) ||
          (groups?.whose === undefined && allPictures(head))
          ? line.trim().slice(line.trim().length - value.length)
          : false;
      },
      where: 'anywhere',
      regex: CREDIT_OPENING[lang].source,
      maxLength: 120,
    }),
    pattern(lang, {
      // The page's note on its piece's own state (round 20): "This" and a piece, maybe with a word of
      // what kind ("This live page"), then how it was made, how far it holds or what it lacks ("This
      // transcript was generated automatically and may contain errors.", "هذه المقالة بحاجة لمصادر
      // إضافية", "أُنشئ هذا التفريغ آلياً"); Arabic may put its verb first. One sentence, short, and
      // never one that reports what someone said of a report ("…, officials said", "… حسب الوزارة").
      name: 'page-state',
      kind: 'source',
      en: String.raw`^this\s+(?:[\p{L}-]+\s+)?${alt(table.pieces)}${END}(?=[^.!?;]*${START}${alt(table.pageStates)}${END})[^.!?;]{8,140}[.!]?$`,
      ar: String.raw`^(?:(?:تم\s+)?\p{L}+\s+)?(?:هذا|هذه)\s+${alt(table.pieces)}${END}(?=[^.!?؟؛]*${START}${alt(table.pageStates)}${END})[^.!?؟؛]{6,140}[.!]?$`,
      maxLength: 160,
    }),
    pattern(lang, {
      // Session 23: the language a piece was written or first published in, and nothing more ("This
      // article was originally written in German.", "Translated from the French", "تُرجم هذا المقال عن
      // الألمانية", "نُشر هذا الخبر أصلاً باللغة الإسبانية"): a note of provenance naming no outlet.
      name: 'source-language',
      kind: 'source',
      en: String.raw`^(?:(?:this|the)\s+(?:[\p{L}-]+\s+)?${alt(table.pieces)}\s+(?:was|has\s+been|is|were)\s+)?(?:originally\s+|first\s+)?(?:written|published|produced|reported|filed|translated|broadcast|aired)\s+(?:originally\s+)?(?:in|from)\s+(?:the\s+)?${alt(table.languages)}${END}(?:\s+(?:original|language))?\s*\.?$`,
      ar: String.raw`^(?:(?:كتب|كتبت|نشر|نشرت|ترجم|ترجمت|اعد|اعدت|نقل|نقلت)(?:\s+(?:هذا|هذه)\s+${alt(table.pieces)})?|(?:هذا|هذه)\s+${alt(table.pieces)}\s+(?:مترجم|مترجمه|منشور|منشوره|مكتوب|مكتوبه|منقول|منقوله))(?:\s+(?:اصلا|في\s+الاصل|اولا))?\s+(?:عن|من|ب)\s*(?:اللغه\s+)?${alt(table.languages)}${END}(?:\s+(?:اصلا|في\s+الاصل))?\s*\.?$`,
      maxLength: 100,
    }),
    pattern(lang, {
      // "The views expressed are the author's own", "المقال يعبر عن رأي كاتبه": the outlet disowns the view.
      name: 'disclaimer',
      kind: 'copyright',
      en: String.raw`^(?=.*\b(?:views?|opinions?)\b)(?=.*\b(?:(?:do|does) not (?:necessarily )?(?:reflect|represent)|not necessarily|are (?:solely )?(?:those of|the author'?s|the writer'?s|their own|his own|her own)|(?:author|writer)'?s own)\b).{10,220}$`,
      // "الآراء الواردة لا تعكس بالضرورة…": the views, then a denial, as "do not necessarily reflect";
      // or the piece itself denying it speaks for the outlet named after ("هذا المقال لا يعبر
      // بالضرورة عن رأي «X»", as "This article does not necessarily reflect the views of X").
      ar: String.raw`^(?=.*(?:يعبر|تعبر|يعكس|تعكس|تمثل|يمثل)${END})(?=.*(?:(?:راي|اراء|وجهه نظر)\s*(?:كاتبه|كاتبها|الكاتب|كتابها|اصحابها|صاحبه|صاحبها)${END}|${START}(?:ال)?اراء${END}.*${START}(?:في|ب)\s*(?:هذا\s+|هذه\s+)?${alt(table.pieces)}${END}.*${START}لا\s+(?:يعبر|تعبر|يعكس|تعكس|تمثل|يمثل)${END}|${START}لا\s+(?:يعبر|تعبر|يعكس|تعكس|تمثل|يمثل)${END}.*${START}(?:راي|وجهه نظر|سياسه)\s+(?:ال(?:موقع|صحيفه|جريده|مجله|قناه|شبكه)|(?:اداره|هيئه|اسره) التحرير)${END}|^(?:هذا|هذه)\s+${alt(table.pieces)}\s+لا\s+(?:يعبر|تعبر|يعكس|تعكس|تمثل|يمثل)(?:\s+بالضروره)?\s+عن\s+(?:راي|وجهه نظر|موقف|سياسه)\s+[^.!?؟]{2,40}$)).{10,220}$`,
      maxLength: 220,
    }),
    pattern(lang, {
      name: 'caption-photographer',
      kind: 'caption',
      // "عدسة رويترز", "Photographed by Jane Doe": a word of photography before a name, without a
      // separator; in Arabic the name of two or three words has no article ("عدسة المجهر تكشف" is a headline),
      // but where a family name takes it ("عدسة خالد المري").
      // Round 26: the name may have its outlet after it ("بعدسة المصور فلان - جازان نيوز", "Photographed by
      // Jane Doe / Harbour Gazette"), which the credit drops; a bracketed one is `caption-bracketed-…`'s.
      check: (line, given) => {
        if (given === undefined || given === '') return false;
        // Session 23: the outlet's photographer as "our colleague" ("بعدسة الزميل فلان"): the name.
        const value = (/^\s*[([]/u.test(line) ? given : withoutOutletAfter(given.trim(), lang)).replace(
          COLLEAGUE[lang],
          '',
        );
        const words = value.trim().split(/\s+/u);
        // Round 30: the outlet's own photographer by role is the name ("بعدسة مراسلنا فلان").
        const named = OURS_BEFORE[lang].test(given.trim()) || COLLEAGUE[lang].test(given.trim()) ? value : true;
        if (lang === 'ar' && /\p{Script=Arabic}/u.test(value))
          return (
            ((words.length <= 3 &&
              (words.length === 1 || !words.some((w) => /^ال/u.test(foldLineText(w)))) &&
              looksLikeName(value, lang, 3)) ||
              isPersonName(value, lang)) &&
            named
          );
        return looksLikeName(value, lang, 4) && (words.length >= 2 || /^\p{Lu}/u.test(value)) && named;
      },
      where: 'anywhere',
      // Round 30: after the picture's word ("الصورة بعدسة فلان", "Picture photographed by Jane Doe").
      regex: String.raw`^[(\[]?\s*(?:${lang === 'en' ? '(?:photo|picture|image)' : '(?:ال)?صوره'}\s+)?${alt(table.photographers)}${END}\s*(?<value>[^:|()\[\]]{2,60}?)\s*[)\]]?$`,
    }),
    pattern(lang, {
      name: 'caption-picture-by',
      kind: 'caption',
      // What the picture is in a word or two, then a word of photography or drawing and a person's name
      // ("Episode artwork by Jane Doe", "غلاف الحلقة بريشة فلان"): the name is the credit. Words before it
      // that make a clause ("Doctors photographed by Jane Doe were …") go on past the name, or are
      // particles in Arabic.
      check: (line, value) => {
        if (value === undefined || !isPersonName(value, lang)) return false;
        const before = line.trim().split(/\s+/u).slice(0, 2);
        return lang === 'ar'
          ? !before.some((w) => isParticle(w) || /^(?:من|في)$/u.test(w))
          : !CLAUSE_OPENERS.has(before[0].toLowerCase());
      },
      where: 'anywhere',
      regex: String.raw`^[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?\s+${alt(table.photographers)}${END}\s*(?<value>[^:|()\[\]]{2,40}?)$`,
    }),
  ];
}).flat();

/** Caption labels and archive words, which a bracketed credit may open with ("(أرشيف - رويترز)", "(File - AP)"). */
const PICTURE_WORDS = perLang(
  (lang) =>
    new RegExp(
      String.raw`^(?:${foldedList([...formsOf(LABELS[lang].labels.caption).plain, ...formsOf(LABELS[lang].labels.caption).separated, 'archive', 'archives', 'file', 'أرشيف'])})\s*[-–—:|,]\s*`,
      'iu',
    ),
);

/**
 * The credit of a picture from its caption line: the labelled credit a caption ends with ("… a
 * clinic. Credit: Jane Doe"), or the value without the label or archive word before it ("أرشيف -
 * رويترز" → "رويترز").
 */
/** A word of photography opening a credit, as printed, and what separates it from the name. */
const PHOTOGRAPHER_OPENING = perLang(
  (lang) =>
    // Round 25: maybe after the picture's word ("الصورة بعدسة فلان", "Photo lens: Jane Doe").
    new RegExp(
      String.raw`^(?:(?:${LABELS[lang].labels.caption
        .filter((l) => !l.endsWith(':'))
        .map(escapeRegExp)
        .join('|')})\s+)?(?:${[...LABELS[lang].photographers]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|')})(?![\p{L}\p{M}])\s*:?\s*`,
      'iu',
    ),
);

export function pictureCredit(given: string, value: string | undefined, lang: Lang): string | undefined {
  // A pictograph closing the line is its decoration ("Lens: Jane Doe 📸").
  const line = given.replace(
    /(?<=\S)\s+(?:\p{Extended_Pictographic}[\uFE0F\u200D\p{Extended_Pictographic}]*\s*)+$/u,
    '',
  );
  const credit = pictureCreditWithArchive(line, value, lang);
  // "Photo: UNRWA / File", "الصورة: سيبا/أرشيف": that the picture is an archive's is no part of whose it is.
  const filed =
    credit
      // Round 27: …or an outlet's file ("Jane Doe / Miami Herald file", "فلان / أرشيف الجريدة").
      ?.replace(
        /\s*\/\s*(?:(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}(?:[Ff]iles?|FILES?|[Aa]rchives?|ARCHIVES?)|(?:أرشيف|ارشيف|الأرشيف|الارشيف)(?:\s+\p{L}+){0,2})$/u,
        '',
      )
      .trim() || credit;
  if (filed === undefined) return undefined;
  // "من الأرشيف - عدسة فلان", "Archive - Lens: Jane Doe": the word of photography before a person's
  // name says what they did, and is no part of it.
  const lens = PHOTOGRAPHER_OPENING[lang].exec(filed);
  // …before an outlet too ("تصوير فلان – الجريدة"; round 20).
  const lensed = lens ? filed.slice(lens[0].length) : '';
  const named =
    lens && (isPersonName(lensed, lang) || isPersonName(lensed.split(/\s+[-–—]\s+|\s*\/\s*/u)[0], lang))
      ? lensed
      : filed;
  // "Jane Doe | Nation Media Group": the photographer, not the outlet they work for.
  const parted = named.includes('|') ? (creditOfParts(named.split(/\s*\|\s*/u), lang) ?? named) : named;
  // "Photo by Jane Doe on Unsplash", "تصوير فلان على Unsplash": the photographer, not the site
  // that lends the picture (one word, in Latin letters on an Arabic page).
  const lent = /^(?<name>.+?)\s+(?:on|على|عبر)\s+(?:\p{Lu}[\p{L}\d]+|\p{Script=Latin}[\p{L}\d]+)$/u.exec(parted)?.groups
    ?.name;
  const credited = withoutOutletAfter(
    withoutRoleAfter(lent !== undefined && isPersonName(lent, lang) ? lent : parted, lang),
    lang,
  );
  // The word of photography is the name's no more once the outlet after it is gone ("(تصوير فلان –
  // الجريدة)", "(Photo Jane Doe – The Herald)"; round 20).
  const after = credited === named ? null : PHOTOGRAPHER_OPENING[lang].exec(credited);
  const photographer =
    after && isPersonName(credited.slice(after[0].length), lang) ? credited.slice(after[0].length) : credited;
  // The copyright sign says whose the picture is, the slash who took it (round 31, "© OCHA/Jane Doe");
  // with a caption's word the agency and the photographer stand as printed ("صور الأمم المتحدة/فلان").
  // Round 37: …and so does an agency's stamp before the slash with no sign, as every set's pictures
  // print it ("RNLI/Jane Doe", "REUTERS/Jane Doe", "عنب بلدي/فلان", "صور الأمم المتحدة/فلان"): in
  // English an organisation's initials or its name in capitals, since a wire's credit as printed in its
  // own case ("Reuters/John Smith", "AP Photo/Hassan Ammar") is the credit whole in the first sets.
  // The photographer before the slash ("Jane Doe/AFP") stays as printed: the sets disagree there.
  const stamped =
    /^©/u.test(photographer) ||
    (lang === 'en' ? /^\p{Lu}{2,10}\s*\//u.test(photographer) : /^\p{Script=Arabic}[^/]*\//u.test(photographer));
  return (stamped ? photographerAfterOrg(photographer, lang) : undefined) ?? photographer;
}

/**
 * Round 31: a copyright sign over an organisation, a slash and its photographer, as the UN's agencies
 * credit a picture ("© OCHA/Jane Doe", "© أوتشا/فلان"): the photographer, a person's name after the
 * slash that names no outlet, where the part before is no person's.
 */
function photographerAfterOrg(credit: string, lang: Lang): string | undefined {
  const m = /^(?:©\s*)?(?<org>[^/]{2,60}?)\s*\/\s*(?<person>[^/]{3,40})$/u.exec(credit.trim())?.groups;
  if (!m || /\d/u.test(m.org) || isPersonName(m.org, lang) || !isWriterName(m.person, lang)) return undefined;
  const outletWord = (w: string) =>
    OUTLET_WORDS[lang].has(foldLineText(w).toLowerCase().replace(/^ال/u, '')) ||
    PICTURE_NOUNS[lang].has(foldLineText(w).toLowerCase()) ||
    /^(?:images|photos|pictures)$/iu.test(w);
  return m.person.split(/\s+/u).some(outletWord) ? undefined : m.person.trim();
}

/**
 * An outlet's name as printed, one word a wire is not: a web address or a brand with a capital inside
 * it ("bdnews24.com", "TimesLIVE"), or the last of a few words ("Agencja Wyborcza.pl").
 */
function isBrandPrinted(tail: string): boolean {
  const words = tail.split(/\s+/u);
  return (
    (words.length === 1 &&
      (/^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}$/u.test(tail) ||
        // …not a family name's prefix ("McDonald", "DeSantis").
        (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(tail) && !/^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)\p{Lu}/u.test(tail)))) ||
    (words.length <= 3 && /^\p{Lu}[\p{L}\d-]*\.\p{Ll}{2,}$/u.test(words.at(-1) ?? ''))
  );
}

/**
 * A credit without the outlet after the photographer's name, past a spaced slash or dash ("Jane Doe /
 * Samoa Observer", "فلان - الاتحاد"), or past a slash before a name of two words or more or with an
 * outlet's word ("Jane Doe/Black Press Media", "Jane Doe/Post-Courier"): whose the picture is, not
 * who they work for. One word joined to the slash stays, as a wire's credit is printed ("Jane
 * Doe/AP", "X/KQED"), and so does a second photographer ("Jane Doe / John Roe").
 */
function withoutOutletAfter(given: string, lang: Lang): string {
  // Round 30: the outlet's own photographer by role ("مراسلنا فلان", "our correspondent Jane Doe"):
  // the credit is the name.
  const ours = OURS_BEFORE[lang].exec(given.trim());
  const credit =
    ours && isPersonName(given.trim().slice(ours[0].length), lang) ? given.trim().slice(ours[0].length) : given;
  // The outlet the photographer worked for or the picture came through ("Jane Doe for Harbour
  // Gazette", "Jane Doe via Myjoyonline", "فلان لصالح صوت الساحل", "فلان عبر موقع الساحل").
  // Round 27: …or the Arabic "ل" joined to the outlet's word ("فلان لمجلة العربي", "فلان لـ صحيفة X"),
  // as a byline's `splitByline` reads it.
  const joined =
    lang === 'ar'
      ? /^(?<head>[^/|]+?)\s+لـ?\s*(?<tail>(?<word>[^/|\s]+)(?:\s+[^/|\s]+){0,3})$/u.exec(credit.trim())?.groups
      : undefined;
  const worked =
    // Round 30: …or it was supplied to ("Image supplied by Jane Doe to NITV").
    /^(?<head>[^/|]+?)\s+(?<link>for|via|to|لصالح|عبر)\s+(?<tail>[^/|]+)$/u.exec(credit.trim())?.groups ??
    // Round 28: …or lent it, after a comma ("Jane Doe, courtesy of OPB", "فلان، بإذن من ليبيا المستقبل").
    /^(?<head>[^/|,،]+?)[,،]\s*(?<link>courtesy of|بإذن من|باذن من|بمجاملة من)\s+(?<tail>[^/|,،]+)$/u.exec(
      credit.trim(),
    )?.groups ??
    (joined &&
    (OUTLET_WORDS.ar.has(foldLineText(joined.word)) ||
      // Round 28: …or to any outlet of three words at most after a photographer's name of two words or
      // more ("عدسة فلان الفلاني لليبيا المستقبل"), as "for" reads it after a person's ("Lens: Jane Doe
      // for Libya Al-Mostakbal"); a sentence's verb or particle after "ل" stays ("لم", "لكن").
      (joined.head.trim().split(/\s+/u).length >= 2 &&
        // …the name ending on a letter, not a mark ("فلان - لبنان 24" is the dash's: `لبنان`, no "ل").
        /\p{L}$/u.test(joined.head.trim()) &&
        isPersonName(joined.head.trim(), lang) &&
        joined.tail.split(/\s+/u).length <= 3 &&
        !isParticle(`ل${joined.word}`) &&
        !readsAsClause(joined.tail, lang, joined.tail)))
      ? { ...joined, link: 'ل' }
      : undefined);
  // An Arabic outlet reads as a name ("صوت الساحل"); an English one after "for" must not be a person's,
  // unless a word says it is an outlet ("Harbour Gazette") or the credit is a person's of two words
  // or more (round 20: "Illustration: Jane Doe for Scientific American"; an editor's "for" between
  // two persons is a byline's, not a picture's). "via" is always an outlet's.
  if (
    worked &&
    isWriterName(worked.head, lang) &&
    // Round 29: the outlet after its article ("Jane Doe, courtesy of the Atlantic Council").
    isOutletName(lang === 'en' ? worked.tail.trim().replace(/^the\s+(?=\p{Lu})/u, '') : worked.tail, lang) &&
    (lang === 'ar' ||
      worked.link === 'via' ||
      worked.link === 'courtesy of' ||
      !isPersonName(worked.tail, lang) ||
      isPersonName(worked.head, lang) ||
      worked.tail.split(/\s+/u).some((w) => OUTLET_WORDS[lang].has(foldLineText(w).toLowerCase())))
  )
    return worked.head.trim();
  // Round 25: an outlet after a comma says it is one by its word ("Jane Doe, Czech Radio", "فلان، إذاعة
  // الصين الدولية"); a second photographer there has none ("Jane Doe, John Roe").
  // Round 27: …or by how it is printed, a brand with a capital inside it or a web address ("Jane Doe,
  // FrontPageAfrica", as after a slash below), or, on an Arabic page, in Latin letters ("فلان، MTV").
  const comma = /^(?<head>[^/|,،]+?)[,،]\s*(?<tail>[^/|,،]+)$/u.exec(credit.trim())?.groups;
  if (
    comma &&
    isPersonName(comma.head.trim(), lang) &&
    (comma.tail
      .trim()
      .split(/\s+/u)
      .some((w) => OUTLET_WORDS[lang].has(foldLineText(w).toLowerCase().replace(/^ال/u, ''))) ||
      isBrandPrinted(comma.tail.trim()) ||
      // Round 34: …or by its initials, as wires and small outlets sign ("Jane Doe, SNA", "فلان، أ ف ب").
      /^\p{Lu}{2,6}$/u.test(comma.tail.trim()) ||
      (lang === 'ar' && INITIALS_AR.test(comma.tail.trim())) ||
      // Round 29: …or by its channel's number, as after a spaced mark below ("Jane Doe, KING 5", "فلان،
      // اليوم 24").
      (/^\S+(?:\s+\S+)?\s[\d٠-٩]{1,3}$/u.test(comma.tail.trim()) && isOutletName(comma.tail.trim(), lang)) ||
      (lang === 'ar' &&
        /^\p{Script=Arabic}/u.test(comma.head.trim()) &&
        comma.tail.trim().split(/\s+/u).length <= 4 &&
        comma.tail
          .trim()
          .split(/\s+/u)
          .every((w) => /^\p{Script=Latin}/u.test(w))))
  )
    return comma.head.trim();
  // Round 28: a spaced tilde is a dash ("Picture: Jane Doe ~ Nation Publications Limited").
  const m = /^(?<head>[^/|]+?)(?<mark>\/|\s+\/\s+|\s[-–—~]\s)(?<tail>[^/|]+)$/u.exec(credit.trim());
  // An outlet with its channel's number after a spaced mark or a slash ("فلان - اليوم 24", "Jane Doe –
  // France 24", "فلان/دارفور 24"): a photographer's name holds no number.
  if (
    m?.groups &&
    isWriterName(m.groups.head.trim(), lang) &&
    /^\S+(?:\s+\S+)?\s[\d٠-٩]{1,3}$/u.test(m.groups.tail.trim()) &&
    isOutletName(m.groups.tail.trim(), lang)
  )
    return m.groups.head.trim();
  if (!m?.groups || !isPersonName(m.groups.head.trim(), lang)) return credit;
  const tail = m.groups.tail.trim();
  const words = tail.split(/\s+/u);
  // Round 34: after a photographer's name and a spaced dash, a name of a few words is whose picture it
  // is ("تصوير: فلان - عنب بلدي", "رسوم: فلان – زهرة الخليج", "Photo: Jane Doe – Pulse Ghana"): a second
  // photographer is joined by "and" or a comma, never a dash, so the outlet need not say it is one.
  if (/^\s+[-–—]\s+$/u.test(m.groups.mark) && words.length <= 4 && isOutletName(tail, lang))
    return m.groups.head.trim();
  // Round 33: a word the table holds with its article as well ("اليوم": "حضرموت اليوم").
  const outletWord = words.some((w) =>
    w
      .split(/[-–]/u)
      .some(
        (part) =>
          OUTLET_WORDS[lang].has(foldLineText(part).toLowerCase().replace(/^ال/u, '')) ||
          OUTLET_WORDS[lang].has(foldLineText(part).toLowerCase()),
      ),
  );
  const spaced = m.groups.mark !== '/';
  // One word joined to the slash is an outlet's, not a wire's, when it is a web address or a brand
  // with a capital inside it ("Jane Doe/bdnews24.com", "Jane Doe/TimesLIVE"; round 20): a wire is
  // printed as a word or an initialism ("Jane Doe/Reuters", "X/AP"), which stays.
  // Round 25: …or the last of a few words ("Jane Doe/Agencja Wyborcza.pl").
  const brand = isBrandPrinted(tail);
  // Round 25: on an Arabic page, words in Latin letters after an Arabic name and a spaced mark are the
  // outlet's, as printed in its own letters ("فلان - Vatican Media"); a person there is written in Arabic.
  const foreign =
    lang === 'ar' &&
    m.groups.mark !== '/' &&
    words.length <= 4 &&
    words.every((w) => /^\p{Script=Latin}/u.test(w)) &&
    /^\p{Script=Arabic}/u.test(m.groups.head.trim());
  if (foreign) return m.groups.head.trim();
  // An English name opening on "The" is an outlet's ("Jane Doe/The Crimson").
  const article = lang === 'en' && words.length >= 2 && words[0] === 'The';
  if (brand || article) return m.groups.head.trim();
  const outlet =
    words.length <= 4 &&
    (spaced || words.length >= 2 || outletWord) &&
    (outletWord || !isPersonName(tail, lang)) &&
    (/^\p{Lu}{2,}(?:\s+\p{Lu}{2,})?$/u.test(tail) || isOutletName(tail, lang) || looksLikeOutlet(tail, lang));
  return outlet ? m.groups.head.trim() : credit;
}

/**
 * A credit without the photographer's role after its slash ("X/Photographer", "X/Staff
 * Photographer", "فلان/ مصورة"): the role says what X did, not whose the picture is. An agency
 * there stays, as printed ("X/KQED").
 */
function withoutRoleAfter(credit: string, lang: Lang): string {
  const slash = credit.lastIndexOf('/');
  if (slash <= 0) return credit;
  const words = credit
    .slice(slash + 1)
    .trim()
    .split(/\s+/u)
    .map((w) => foldLineText(w).toLowerCase().replace(/^ال/u, ''));
  const role = (w: string) =>
    CREDIT_ROLES[lang].has(w) ||
    ROLE_WORDS[lang].roles.has(w) ||
    ROLE_WORDS[lang].beats.has(w) ||
    (lang === 'ar' && (CREDIT_ROLES.ar.has(w.replace(/ه$/u, '')) || ROLE_WORDS.ar.roles.has(w.replace(/ه$/u, ''))));
  const head = credit.slice(0, slash).trim();
  return words.length <= 3 && words.every(role) && head !== '' ? head : credit;
}

function pictureCreditWithArchive(line: string, value: string | undefined, lang: Lang): string | undefined {
  const bare = line.trim().replace(/[\u064B-\u065F\u0670\u0640]/gu, '');
  const groups = CREDIT_TAIL[lang].exec(foldLineText(bare))?.groups;
  if (groups?.value !== undefined) return bare.slice(bare.length - groups.value.length).trim();
  // A bracketed credit ends one character before the line does.
  if (groups?.credit !== undefined) return bare.slice(bare.length - groups.credit.length - 1, -1).trim();
  if (groups?.courtesy !== undefined) return bare.slice(bare.length - groups.courtesy.length - 1, -1).trim();
  // "(AFP/File)": the credit before the archive word.
  if (groups?.filed !== undefined) {
    const open = bare.search(/[([][^()[\]]*[)\]]$/u);
    return bare.slice(open + 1, open + 1 + groups.filed.length).trim();
  }
  if (value === undefined || value === '') return undefined;
  const folded = foldLineText(value.replace(/[\u064B-\u065F\u0670\u0640]/gu, ''));
  const label = PICTURE_WORDS[lang].exec(folded);
  return label
    ? value
        .replace(/[\u064B-\u065F\u0670\u0640]/gu, '')
        .slice(label[0].length)
        .trim()
    : value;
}

/**
 * A writer's name without their role before it ("المحرر الصحي فلان", "health editor Jane Doe" →
 * the name): a role of the tables among the first words, what qualifies it after (Arabic) or before
 * it (English), then a person's name, which is the value's end.
 */
export function withoutRoleBefore(value: string, lang: Lang): string {
  const words = value.trim().split(/\s+/u);
  const role = (w: string) => {
    const f = foldLineText(w).toLowerCase();
    const bare = lang === 'ar' ? f.replace(/^ال(?=\p{L}{3})/u, '').replace(/ه$/u, '') : f;
    return ROLE_WORDS[lang].roles.has(bare) || ROLE_WORDS[lang].roles.has(f);
  };
  const at = words.slice(0, 3).findIndex(role);
  if (at === -1) return value;
  if (lang === 'en' && !words.slice(0, at + 1).every((w) => /^\p{Ll}/u.test(w))) return value;
  for (let j = at + 1; j <= Math.min(at + 3, words.length - 2); j++) {
    const name = words.slice(j).join(' ');
    if (isPersonName(name, lang)) return name;
  }
  return value;
}

/**
 * Round 32: a writer's name without the outlet's staff after it, as English papers print it with no
 * mark ("JANE DOE Tribune Staff Reporter", "Jane Doe Daily Staff Reporter" → the name): a staff role of
 * the tables at the end, then the outlet's words before it (`outlets`: "Tribune", "Daily"), so long as
 * a name of two words is left ("Emily Post" stays whole). Arabic puts the outlet after the role ("فلان،
 * مراسل الأيام"), which the byline's comma already parts.
 */
export function withoutStaffAfter(value: string, lang: Lang): string {
  if (lang !== 'en') return value;
  const words = value.trim().split(/\s+/u);
  const desks = new Set(LABELS.en.desks);
  const role = (w: string) => {
    const f = foldLineText(w).toLowerCase().replace(/s$/u, '');
    return ROLE_WORDS.en.roles.has(f) || desks.has(f);
  };
  let end = words.length;
  while (end > 2 && role(words[end - 1])) end--;
  if (end === words.length) {
    // …or the role already cut by the pattern, the outlet's words left ("Jane Doe Daily").
    if (!OUTLET_WORDS.en.has(foldLineText(words.at(-1) ?? '').toLowerCase())) return value;
  }
  while (end > 2 && OUTLET_WORDS.en.has(foldLineText(words[end - 1]).toLowerCase())) end--;
  const name = words.slice(0, end).join(' ');
  // A name in capitals is read as one written in its case ("JANE DOE").
  const cased =
    name === name.toUpperCase() ? name.toLowerCase().replace(/(?<![\p{L}'’])\p{L}/gu, (c) => c.toUpperCase()) : name;
  return end < words.length && isPersonName(cased, lang) ? name : value;
}

/** A writer's name without the title before it ("الزميل فلان", "Dr Jane Doe" → "Jane Doe"). */
export function withoutHonorific(name: string, lang: Lang): string {
  // Its stop too, whichever way the table spells it: "dr" may match before "dr." does (round 23: "Dr.
  // Jane Doe" gave ". Jane Doe").
  const match = HONORIFIC_OPENING[lang].exec(foldLineText(name));
  const rest = match ? name.slice(match[0].length).trim() : name;
  return rest === '' ? name : rest;
}
// Round 37: the longest title first ("Petty Officer 2nd Class" before "Petty Officer", "Staff Sgt."
// before "Sgt."), and two of them in a row ("Dr. Lt. Col. Jane Doe", "الدكتور المهندس فلان").
const HONORIFIC_OPENING = perLang((lang) => {
  const titles = foldedList([...LABELS[lang].honorifics].sort((a, b) => b.length - a.length));
  return new RegExp(String.raw`^(?:(?:${titles})(?![\p{L}])\.?\s*){1,2}`, 'iu');
});

/**
 * How often a video or a programme was watched or heard, folded, as a part of its timestamp's line
 * ("126 views • Premiered Sep 20, 2020", "95 مشاهدة · قبل 6 ساعات").
 */
const VIEW_COUNT = /^[\d٠-٩][\d٠-٩,.]*\s*(?:k|m|الف|مليون)?\s*(?:views?|plays?|listens?|مشاهده|مشاهدات|استماع)$/u;
/** A newsletter's or a paper's issue by its number ("Issue #124", "العدد 124"), folded: a part of its timestamp line. */
const ISSUE_NUMBER =
  /^(?:issue|edition|no\.?|vol\.?|volume|العدد|عدد|الاصدار|اصدار)\s*(?:#|رقم|no\.?)?\s*[\d٠-٩]{1,5}$/iu;

/**
 * Several credits on one line ("Editing by A; reporting by B"): tried before every other pattern,
 * since its first credit alone is a byline whose value would run on into the second.
 */
const JOINED_TIMES: PatternSpec[] = eachLang((lang) => {
  const pieces = new Set(LABELS[lang].pieces.map((w) => foldLineText(w).toLowerCase()));
  return pattern(lang, {
    name: 'timestamp-joined',
    kind: 'timestamp',
    // "Updated 3 hours ago · 4 min read", "Published 2 hours ago | Updated 14 minutes ago", "١٢ مايو
    // ٢٠٢٠ | قراءة ٣ دقائق": times and reading times only.
    check: (line) => {
      const parts = line.split(/\s*[|•·]\s*/u).filter((p) => p.trim() !== '');
      if (parts.length < 2) return false;
      const timed = (part: string) => {
        if (isTimePart(part, lang) || VIEW_COUNT.test(foldLineText(part.trim()))) return true;
        // An issue's number is a part only beside a date, which the other parts must give.
        if (ISSUE_NUMBER.test(foldLineText(part.trim())))
          return parts.some((p) => readDate(p, lang).date !== undefined);
        // What the page calls its piece may stand before the label ("Episode aired June 7, 2021").
        const words = part.trim().split(/\s+/u);
        const piece = pieces.has(foldLineText(words[0] ?? '').toLowerCase()) ? words.slice(1).join(' ') : part;
        return matchLabelledTime(piece, lang);
      };
      return parts.every(timed) ? line.trim() : false;
    },
    regex: String.raw`^(?=.*[|•·])(?=.*\d)(?<value>.{6,120})$`,
    maxLength: 120,
  });
});

/**
 * Round 29: when the piece came out, said of it as a clause ("صدرت الورقة في شباط 2021", "The paper
 * was issued in February 2021") or by the verb alone ("نُشرت في السبت، …", "Issued on 5 May 2021"):
 * a verb of issuing, maybe the piece (a paper or a study as a think tank calls it, or any of
 * `pieces`), "in" or "on", then a date and nothing more, as a labelled timestamp reads it. Not a
 * label of the tables: "نُشرت في: أ، ب" files the piece under its topics. "صدرت الورقة في ظروف صعبة"
 * and "The paper was issued in haste" stay.
 */
const ISSUED_ON: PatternSpec[] = eachLang((lang) => {
  const pieces = alt([
    ...LABELS[lang].pieces,
    ...(lang === 'en' ? ['paper', 'brief', 'study'] : ['الورقة', 'الدراسة']),
  ]);
  return pattern(lang, {
    name: 'timestamp-issued',
    kind: 'timestamp',
    check: (line, value) => DEFAULT_CHECKS[`timestamp-${lang}`](line, value, lang),
    en: String.raw`^(?:(?:(?:this|the)\s+)?${pieces}\s+was\s+(?:first\s+)?)?(?:issued|published|released)\s+(?:in|on)\s+(?<value>[^.!?]{4,40}?)\.?$`,
    ar: String.raw`^(?:(?:صدر|صدرت|نشر|نشرت)\s+(?:(?:هذه|هذا)\s+)?${pieces}|صدر|صدرت|نشرت)\s+(?:في|بتاريخ)\s+(?<value>[^.!?؟:]{4,40}?)\.?$`,
    maxLength: 80,
  });
});

/**
 * Round 29: a dateline that opens the outlet's own kind of piece and a colon ("Everett — A Harbour
 * Gazette investigation:", "الرباط — تحقيق لصوت الساحل:"): the place, a dash, the piece with its
 * outlet, and nothing after the colon. "Everett — a town that waited:" stays (no piece's word), as
 * does "Paris — an investigation into the fire:" (a clause after the word).
 */
const PIECE_KINDS = perLang((lang) => [
  ...LABELS[lang].pieces.map((w) => w.replace(/^ال/u, '')),
  ...(lang === 'en' ? ['investigation', 'analysis', 'special report'] : ['تحقيق', 'تحليل']),
]);

/** The place of a dateline before the outlet's own kind of piece (`PIECE_DATELINES`), as written. */
const PIECE_DATELINE: Record<Lang, RegExp> = {
  en: new RegExp(
    String.raw`^(?<place>[^\d:]{2,30}?)\s+[-–—]\s+(?:an?\s+)?(?:[\p{Lu}\d][\p{L}\d+.&'’-]*\s+){1,3}(?:${PIECE_KINDS.en.map(escapeRegExp).join('|')})\s*:$`,
    'iu',
  ),
  ar: new RegExp(
    String.raw`^(?<place>[^\d:]{2,30}?)\s+[-–—]\s+(?:${PIECE_KINDS.ar.map(escapeRegExp).join('|')})\s+(?:ل\s*|لـ\s*)?\S+(?:\s+\S+){0,2}\s*:$`,
    'u',
  ),
};

function pieceDateline(line: string, lang: Lang): string | undefined {
  const place = PIECE_DATELINE[lang].exec(line.trim())?.groups?.place.trim();
  return place !== undefined && looksLikeName(place, lang, 3) && !readsAsClause(place, lang, place) ? place : undefined;
}

const PIECE_DATELINES: PatternSpec[] = eachLang((lang) => {
  const kinds = PIECE_KINDS[lang];
  return pattern(lang, {
    name: 'dateline-piece',
    kind: 'dateline',
    check: (line) => pieceDateline(line, lang) ?? false,
    en: String.raw`^(?<value>[^\d:]{2,30}?)\s+[\-—–]\s+(?:an?\s+)?(?:[\p{Lu}\d][\p{L}\d+.&'’-]*\s+){1,3}${alt(kinds)}\s*:$`,
    ar: String.raw`^(?<value>[^\d:]{2,30}?)\s+[\-—–]\s+${alt(kinds)}\s+(?:ل\s*|لـ\s*)?\S+(?:\s+\S+){0,2}\s*:$`,
    maxLength: 90,
  });
});

/** Each language's writers' roles and what qualifies them (`roles`, `beats`), folded. */
const ROLE_WORDS = perLang((lang) => ({
  roles: new Set(LABELS[lang].roles.map((w) => foldLineText(w).toLowerCase())),
  beats: new Set(LABELS[lang].beats.map((w) => foldLineText(w).toLowerCase())),
  reporting: new Set(LABELS[lang].site.reporting.map((w) => foldLineText(w).toLowerCase())),
}));

/** Each language's byline labels and platforms, folded: a line that opens with one is a labelled byline's or a share button's. */
const NOT_A_NAME = perLang(
  (lang) =>
    new RegExp(
      String.raw`(?:^|\s)(?:${[...Object.values(LABELS[lang].labels).flat(), ...LABELS[lang].platforms]
        .map((w) => escapeRegExp(foldLineText(w).toLowerCase()))
        .join('|')})(?=\s|$)`,
      'u',
    ),
);
/**
 * An item of the article's own list of people: a list's hyphen (or star), a name, a comma and the
 * post they hold ("- Omar Khalil, lecturer", "- Grace Otieno, Professor of Medicine, Makerere
 * University", "- ليلى حداد، أستاذة مشاركة في القانون، الجامعة الأردنية"), as a report lists the
 * detained, a panel or a prize's shortlist. A writer signs with a dash ("— Jane Doe, Senior
 * Correspondent") or names the outlet ("- Jane Doe, Reuters"), which stay bylines.
 */
export function isListedPerson(line: string, lang: Lang): boolean {
  const item = /^[-*]\s+[^,،\d]{2,60}[,،]\s*\S/u.exec(line.trim());
  const { roles } = ROLE_WORDS[lang];
  return (
    item !== null &&
    foldedWords(line)
      .map((w) => w.toLowerCase())
      .some(
        (w) => roles.has(w) || roles.has(w.replace(/s$/u, '')) || (lang === 'ar' && roles.has(w.replace(/ه$/u, ''))),
      )
  );
}

/** A person's name standing alone before a role or an outlet: two or three words, no label or platform in it. */
const bareName = (name: string, lang: Lang, line: string) =>
  isPersonName(name, lang) &&
  // A role's or a beat's word is no part of a name ("وزير الصحة مدير المستشفى").
  !name
    .split(/\s+/u)
    .some(
      (w) =>
        ROLE_WORDS[lang].roles.has(foldLineText(w).toLowerCase()) ||
        ROLE_WORDS[lang].beats.has(foldLineText(w).toLowerCase()),
    ) &&
  !NOT_A_NAME[lang].test(foldLineText(name).toLowerCase()) &&
  !name.split(/\s+/u).some((w) => ROLE_WORDS[lang].reporting.has(foldLineText(w).toLowerCase())) &&
  !(lang === 'ar' && (saysArabicClause(name) || SAYS_AR.test(name.trim()))) &&
  !readsAsClause(name, lang, line);

/**
 * A name printed in capitals as it is written ("JANE DOE" → "Jane Doe", "NAPIER" → "Napier"); a
 * name in mixed case as printed.
 */
export const asWritten = (name: string): string =>
  /\p{Ll}/u.test(name) ? name : name.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase());

/**
 * An English noun of who does something, by its ending ("ranger", "keeper", "curator", "spokesman",
 * "librarian", "consultant"), not a word that merely ends so: the comparatives and the common nouns
 * of things a post is never named by ("better", "water", "summer", "center").
 */
const AGENT_NOUN = /^\p{Ll}{2,}(?:er|or|ist|ian|ant|ent|man|woman|person)$/u;
const NOT_AGENTS = new Set(
  (
    'other under after over never ever however whether either neither rather further together later ' +
    'better greater larger smaller higher lower faster water paper summer winter number center centre ' +
    'letter matter order power river tower border corner weather shelter chapter quarter silver ' +
    'monster minor major mirror error color colour floor door indoor outdoor ' +
    'event content intent extent moment comment government department statement agreement ' +
    'talent patent percent recent current urgent frequent absent present ancient patient client ' +
    'plant giant want grant distant important significant pregnant ' +
    'woman human german roman'
  ).split(' '),
);
const isAgentNoun = (word: string) => AGENT_NOUN.test(word) && !NOT_AGENTS.has(word);
/** The words that lead from a post's role into what it is of ("head of delegation", "officer for health"). */
const POST_LINKS = /^(?:of|for|at|in)$/u;

/**
 * The writer's name of a name and, after one comma, the post they hold at an organisation, as a
 * piece signed by an aid agency's or a union's staff prints it (round 23: "Jane Doe, MSF medical
 * coordinator", "Jane Doe, ICRC head of delegation", "Jane Doe, national officer for health",
 * "فلان، منسق المشروع الطبي لأطباء بلا حدود", "فلانة، باحثة أولى في قسم الصحة", "فلان، رئيس بعثة
 * اللجنة"). In English the organisation's initials or capitalised name and the beat stand before
 * the role's word, and what it is of after "of"/"for"/"at"/"in", four words at most; in Arabic
 * the post opens on the role's word, its rank and what it is of after it. A clause has more
 * ("Jane Doe, who is a coordinator", "فلان، منسق الحملة الذي قال إن …").
 */
export function nameRoleAt(text: string, lang: Lang, line = text): string | undefined {
  const parts = text.trim().split(/\s*[,،]\s*/u);
  if (parts.length !== 2 || /[\d.!?؟:]/u.test(parts[1])) return undefined;
  const [name, post] = parts;
  const { roles, beats } = ROLE_WORDS[lang];
  const fold = (w: string) => foldLineText(w).toLowerCase();
  const isRoleWord = (w: string) =>
    roles.has(fold(w)) ||
    (lang === 'ar' && (roles.has(fold(w).replace(/ه$/u, '')) || roles.has(fold(w).replace(/^ال/u, ''))));
  const words = post.split(/\s+/u);
  if (words.length > 9) return undefined;
  if (lang === 'en') {
    // Session 22: a post no table lists ends on a noun of who does it ("Tasmania Parks ranger",
    // "Station Manager", "head keeper"): the role's word is open, its English ending is not.
    const agent = (w: string, k: number) =>
      (k === words.length - 1 || POST_LINKS.test(words[k + 1])) && isAgentNoun(fold(w));
    // The last such word is the post's head ("head keeper", "chief ranger of the park").
    const at = words.findLastIndex((w, k) => k <= 3 && (isRoleWord(w) || agent(w, k)));
    if (at < 0 || at > 3) return undefined;
    const before = words.slice(0, at);
    const after = words.slice(at + 1);
    // …the organisation capitalised, the field in lower case ("WFP logistics coordinator"), no article.
    const field = (w: string) => /^\p{Ll}+$/u.test(w) && !CLAUSE_WORDS_EN.has(w) && !/^(?:a|an|the)$/u.test(w);
    if (!before.every((w) => /^\p{Lu}[\p{L}&-]*$/u.test(w) || beats.has(fold(w)) || field(w))) return undefined;
    if (after.length > 0 && (after.length > 4 || !POST_LINKS.test(after[0]))) return undefined;
    if (readsAsClause(after.join(' '), lang, line, false)) return undefined;
  } else {
    if (!isRoleWord(words[0])) return undefined;
    // A particle other than "in" makes a clause of the post ("الذي", "أن").
    if (words.slice(1).some((w) => isParticle(w) && fold(w) !== fold('في'))) return undefined;
  }
  return bareName(name, lang, line) ? name : undefined;
}

/**
 * The writer's name of a line that gives a name, a role with its field and the institution, each
 * after a comma, as university writers are credited ("Jane Doe, Associate Professor of
 * Epidemiology, University of Otago", "فلان الفلاني، أستاذ مشارك في علم الأوبئة، جامعة الخرطوم"):
 * the role opens on its ranks and a role's word, then its field after "of"/"in"/"في"; the
 * institution is a few words, capitalised in English. A list of three things ("Paris, London,
 * Rome") has no role in the middle.
 */
function nameRoleInstitution(
  line: string,
  lang: Lang,
  isRoleWord: (w: string) => boolean,
  isBeat: (w: string) => boolean,
): string | undefined {
  const parts = line.trim().split(/\s*[,،]\s*/u);
  if (parts.length !== 3) return undefined;
  const [name, role, institution] = parts;
  const roleWords = role.split(/\s+/u);
  const at = roleWords.findIndex((w) => !isBeat(w));
  if (at < 0 || !isRoleWord(roleWords[at])) return undefined;
  // An Arabic rank follows its role ("أستاذ مشارك").
  let from = at + 1;
  while (from < roleWords.length && isBeat(roleWords[from])) from++;
  const field = roleWords.slice(from);
  if (field.length > 0 && (field.length > 4 || !/^(?:of|in|for|في|ب|بكلية|بجامعة)$/u.test(field[0]))) return undefined;
  const place = institution.split(/\s+/u);
  const institutional =
    place.length <= 6 &&
    (lang === 'en'
      ? place.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && /^(?:of|for|and|the|at)$/u.test(w)))
      : place.length <= 4 && place.every((w) => !isParticle(w)));
  if (!institutional || /\d/u.test(line)) return undefined;
  return bareName(name, lang, line) ? name : undefined;
}

/**
 * The writer's name of a byline that is a name and a role with no label ("Kelsey MacAllister
 * Health Reporter", "Jane Doe, Senior Correspondent", "فلانة الفلانية مراسلة الشؤون الصحية"), or
 * undefined. The line is short and ends on the role and its beat, so a sentence that goes on
 * after one ("John Smith Health Minister said …", "Trump Health Reporter Fired") is none; the name
 * is two or three words before it.
 */
export function nameBeforeRole(line: string, lang: Lang): string | undefined {
  const { roles, beats } = ROLE_WORDS[lang];
  const fold = (w: string) => foldLineText(w.replace(/[,،]$/u, '')).toLowerCase();
  // An Arabic role may be a woman's ("مراسلة" of "مراسل").
  const isRoleWord = (w: string) =>
    roles.has(fold(w)) ||
    roles.has(fold(w).replace(/s$/u, '')) ||
    (lang === 'ar' && roles.has(fold(w).replace(/ه$/u, '')));
  const academic = nameRoleInstitution(line, lang, isRoleWord, (w) => beats.has(fold(w)));
  if (academic !== undefined) return academic;
  let words = line.trim().split(/\s+/u);
  // The outlet the writer works for may follow the role ("Jane Doe Health writer Harbour Media
  // Group"): capitalised words, one of them an outlet's; then the role may be in lower case, as
  // it may after a name in capitals ("JANE DOE Senior staff reporter"), the case marking where
  // the name ends.
  const outlet =
    lang === 'en'
      ? [4, 3, 2, 1].find(
          (k) =>
            words.length - k >= 3 &&
            isRoleWord(words[words.length - k - 1]) &&
            words.slice(-k).every((w) => /^\p{Lu}/u.test(w)) &&
            words.slice(-k).some((w) => OUTLET_WORDS.en.has(fold(w))),
        )
      : undefined;
  if (outlet !== undefined) words = words.slice(0, -outlet);
  if (words.length < 3 || words.length > 7) return undefined;
  let end: number;
  if (lang === 'en') {
    // English: the beat and the rank before the role, which ends the line ("Senior Health Reporter").
    if (!isRoleWord(words.at(-1) ?? '')) return undefined;
    end = words.length - 1;
    // After a comma, the role may follow whose it is ("Jane Doe, RNZ Pacific Journalist").
    const comma = words.findIndex((w, i) => /,$/u.test(w) || /^[-–—]$/u.test(words[i + 1] ?? ''));
    const after = words.slice(comma + 1).filter((w) => !/^[-–—]$/u.test(w));
    // …a title of four words at most, capitalised, or two in lower case ("Jane Doe, staff reporter";
    // "John Smith, who is a reporter" says something of him).
    const titled = after.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) || after.length <= 2;
    if (comma >= 0) {
      if (after.length > 4 || !titled) return undefined;
      end = comma + 1;
    } else {
      while (end > 0 && (beats.has(fold(words[end - 1])) || isRoleWord(words[end - 1])) && !/,$/u.test(words[end - 1]))
        end--;
      // Without a comma the role is printed as a title, capitalised as the name is (or the case
      // or an outlet after it says where the name ends).
      const capitals = words.slice(0, end).every((w) => /^[^\p{Ll}]+$/u.test(w) && /\p{Lu}/u.test(w));
      if (
        !/,$/u.test(words[end - 1] ?? '') &&
        !words.slice(end).every((w) => /^\p{Lu}/u.test(w)) &&
        !(capitals || outlet !== undefined)
      )
        return undefined;
    }
  } else {
    // Arabic: the role after the name, then its beat ("مراسلة الشؤون الصحية"), up to three words.
    const role = words.findIndex((w, i) => i >= 2 && isRoleWord(w));
    if (role < 0) return undefined;
    end = /^[-–—]$/u.test(words[role - 1]) ? role - 1 : role;
    const after = words.slice(role + 1);
    if (after.length > 3 || !after.every((w) => beats.has(fold(w)) || /^ال\p{L}{2,}$/u.test(fold(w)))) return undefined;
  }
  // A spaced dash may stand where the comma does ("طارق منصور - صحفي"). A name in capitals is
  // given as a name is written ("JANE DOE" → "Jane Doe").
  const printed = words
    .slice(0, end)
    .join(' ')
    .replace(/(?:[,،]|\s[-–—])$/u, '');
  const name = asWritten(printed);
  // A verb of saying before the role makes a sentence of news ("قال أحمد علي مراسل الجزيرة").
  return /\d/u.test(name) || !bareName(name, lang, line) ? undefined : name;
}

/** Words that make a place's name of two ("North Africa", "New York", "شمال أفريقيا"), folded. */
const PLACE_WORDS = new Set(
  [
    'north',
    'south',
    'east',
    'west',
    'middle',
    'central',
    'latin',
    'united',
    'new',
    'upper',
    'lower',
    'greater',
    'شمال',
    'جنوب',
    'شرق',
    'غرب',
    'وسط',
  ].map((w) => foldLineText(w)),
);

/**
 * Whether a credit's part names whom the writer works for, not a person: a few words with a word of
 * an outlet, a desk, a role or a service ("Local Democracy Reporting Service", "خدمة الأخبار المحلية").
 */
function isAffiliation(part: string, lang: Lang): boolean {
  const words = part.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 6) return false;
  return words.some((w) => {
    const f = foldLineText(w)
      .toLowerCase()
      .replace(/^ال(?=\p{L}{3})/u, '');
    return (
      OUTLET_WORDS[lang].has(f) ||
      OUTLET_WORDS[lang].has(`ال${f}`) ||
      STAFF_WORDS[lang].has(f) ||
      SERVICE_WORDS[lang].has(f)
    );
  });
}

/** Words of a reporting service or a newsroom that a writer's affiliation names (`services`), folded. */
const SERVICE_WORDS = perLang((lang) => foldedSet(LABELS[lang].services));

/** Each language's words an outlet calls itself by (`outlets`), folded. */
const OUTLET_WORDS = perLang((lang) => new Set(LABELS[lang].outlets.map((w) => foldLineText(w).toLowerCase())));
/** Round 35: the words of a reporting service, folded ("service", "network"): an outlet's, no writer's role. */
const SERVICE_WORDS_EN = new Set(LABELS.en.services.map((w) => foldLineText(w).toLowerCase()));

/**
 * Round 31: a writer, then the outlet with no mark between them ("By Jane Doe Pacific Daily News",
 * "بقلم فلان الفلاني إذاعة المهرة"): the outlet is up to four words, capitalised and ending on an
 * outlet's word in English, opening on one in Arabic; the writer is a person's name before it.
 */
function writerBeforeOutlet(value: string, lang: Lang): string | undefined {
  const words = value.trim().split(/\s+/u);
  const outletWord = (w: string | undefined) =>
    w !== undefined && OUTLET_WORDS[lang].has(foldLineText(w).toLowerCase().replace(/^ال/u, ''));
  for (let k = 2; k <= Math.min(5, words.length - 1); k++) {
    const person = words.slice(0, k);
    const outlet = words.slice(k);
    const named =
      lang === 'en'
        ? outlet.every((w) => /^\p{Lu}/u.test(w)) && outletWord(outlet.at(-1))
        : outletWord(outlet[0]) && !outlet.some((w) => isParticle(w));
    // Words only: a mark between them is another shape's ("فلان – إذاعة X").
    const lettered = [...person, ...outlet].every((w) => /^\p{L}[\p{L}\p{M}'’.-]*$/u.test(w));
    if (outlet.length <= 4 && named && lettered && !person.some(outletWord) && isPersonName(person.join(' '), lang))
      return person.join(' ');
  }
  return undefined;
}

/**
 * The writer's name of a line that is a person's name and the outlet or agency they write for,
 * with no label ("Tan Wei Ling | Xinhua", "Jane Doe, The Canadian Press", "فلان الفلاني | وكالة
 * الأنباء"), or undefined. A breadcrumb's two sections are no person and an outlet: the first part
 * is a name of two or three words with no outlet's word ("Sky News | World"). After a comma the
 * outlet says it is one (its word, "The", its initials), so "New York, Reuters" stays a dateline's;
 * after a bar one word will do, as agencies are named ("Xinhua", "شينخوا").
 */
export function nameBeforeOutlet(line: string, lang: Lang): string | undefined {
  // Session 23: a writer off the staff, "Special to" the outlet ("Jane Doe, Special to The Harbour
  // Daily Star"): the words name the outlet as one, however long its name.
  const special = SPECIAL_TO.exec(line.trim())?.groups;
  if (lang === 'en' && special && bareName(special.name, lang, line)) return special.name.trim();
  // A spaced dash may stand for the bar ("فلان - بوابة الأهرام"), before an outlet that says it is one.
  // Round 27: after a bar, the outlet's town after a comma is none of its name ("Jane Doe | The Point,
  // Banjul", "فلان | صحيفة الأيام، رام الله").
  const placed = /^([^|,،]+\|\s*[^|,،]+?)\s*[,،]\s*\p{L}[\p{L}'’ -]{1,24}$/u.exec(line)?.[1];
  const m = /^\s*([^|,،]+?)\s*(\||[,،]|(?<=\s)[-–—](?=\s))\s*([^|,،]+?)\s*$/u.exec(placed ?? line);
  if (!m) return undefined;
  const [, name, mark, outlet] = m;
  const words = name.split(/\s+/u);
  const outletWords = outlet.split(/\s+/u);
  const fold = (w: string) => foldLineText(w).toLowerCase();
  if (outletWords.length > 4 || /\d/u.test(name) || words.some((w) => OUTLET_WORDS[lang].has(fold(w))))
    return undefined;
  // An Arabic person's given name takes no article ("الشرق الأوسط | إيران" is two sections).
  // Round 30: an outlet's own word is no label, though a breadcrumb's section is one ("Jane Doe | APTN
  // National News", "فلان | راديو أجيال"): only the rest of a name of two words or more is read.
  const outletWord = (w: string | undefined) => w !== undefined && OUTLET_WORDS[lang].has(fold(w));
  // An English section may end on the word too ("Ada Derana | Sindh Province News"): the outlet's name
  // holds its initialism.
  const stripped = outletWords.filter((w, i) => !((i === 0 || i === outletWords.length - 1) && outletWord(w)));
  const unworded =
    outletWords.length >= 2 && (lang === 'ar' || stripped.some((w) => /^\p{Lu}{2,}$/u.test(w)))
      ? stripped
      : outletWords;
  if (!bareName(name, lang, line) || NOT_A_NAME[lang].test(fold(unworded.join(' ')))) return undefined;
  // An agency's initials may lead the name of its edition ("AFP India", "أ ف ب الهند") after a
  // person's name, never a place's ("New Delhi, AFP India" is a dateline's).
  const edition =
    !words.some((w) => PLACE_WORDS.has(fold(w))) &&
    (lang === 'ar'
      ? INITIALS_AR.test(outletWords.slice(0, -1).join(' ')) &&
        /^\p{Script=Arabic}{3,}$/u.test(outletWords.at(-1) ?? '')
      : /^\p{Lu}{2,6}(?:\s+\p{Lu}\p{Ll}+){1,2}$/u.test(outlet));
  const initials =
    edition ||
    (lang === 'ar' && /\p{Script=Arabic}/u.test(outlet) ? INITIALS_AR.test(outlet) : /^\p{Lu}{2,6}$/u.test(outlet));
  // Round 20: an outlet named by its web address or as a brand, a capital inside one word
  // ("Jane Doe, bdnews24.com", "Jane Doe | GroundUp"), or with its channel's number ("فلان | لبنان
  // 24", "Jane Doe – France 24"), is no person's.
  const brand =
    lang === 'en' &&
    outletWords.length === 1 &&
    (/^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}$/u.test(outlet) || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(outlet));
  // Not after an Arabic dash, where a place of two words reads as a name ("أم صلال - القاهرة 24" is a
  // dateline's).
  const numbered =
    (lang === 'en' || mark === '|') &&
    outletWords.length <= 3 &&
    /\s[\d٠-٩]{1,3}$/u.test(outlet) &&
    isOutletName(outlet, lang);
  // An outlet's edition in a language ("Onlinekhabar English", "Al Jazeera Arabic").
  const language =
    lang === 'en' &&
    outletWords.length >= 2 &&
    /^(?:English|Arabic|French|Urdu|Hindi|Bangla|Swahili)$/u.test(outletWords.at(-1) ?? '');
  // Round 27: after a bar and a person's name, an outlet printed in capitals ("Jane Doe | USA TODAY
  // NETWORK") or, on an Arabic page, in Latin letters ("فلان | MTV Lebanon"), as its own pages print it.
  const printed =
    mark === '|' &&
    outletWords.length >= 2 &&
    isPersonName(name, lang) &&
    (lang === 'en'
      ? outletWords.every((w) => /^[\p{Lu}&]{2,}$/u.test(w))
      : outletWords.every((w) => /^\p{Script=Latin}/u.test(w)));
  const named =
    brand ||
    numbered ||
    language ||
    printed ||
    outletWords.some((w) => OUTLET_WORDS[lang].has(fold(w))) ||
    (lang === 'en' && /^The\s/u.test(outlet) && isOutletName(outlet, lang));
  // One word after a bar is an agency's name only after a person's: a region's section is no
  // person ("North Africa | Iraq", "شمال أفريقيا | مصر"), nor a city before its wire ("New York | Reuters").
  const agency =
    mark === '|' &&
    !words.some((w) => PLACE_WORDS.has(fold(w))) &&
    outletWords.length === 1 &&
    (lang === 'en'
      ? /^\p{Lu}\p{Ll}+$/u.test(outlet)
      : /^\p{Script=Arabic}{3,}$/u.test(outlet) &&
        // …with the article too after a person's name of two words or three (round 20: "فلان | التغيير").
        (!/^ال/u.test(outlet) || isPersonName(name, lang)));
  if (/[-–—]/u.test(mark)) return brand || (named && isOutletName(outlet, lang)) ? name.trim() : undefined;
  if (!initials && !brand && !(named && isOutletName(outlet, lang)) && !agency) return undefined;
  return name.trim();
}

const NAMED_ROLES: PatternSpec[] = eachLang((lang): PatternSpec[] => {
  const name = `byline-name-role-${lang}`;
  DEFAULT_CHECKS[name] = (line) =>
    !isListedPerson(line, lang) && (nameBeforeRole(line, lang) ?? nameRoleAt(line, lang) ?? false);
  const roles = alt(LABELS[lang].roles);
  // The line ends on the role in English; an Arabic role (a woman's too) stands after the name.
  const regex =
    lang === 'en'
      ? String.raw`^(?<value>[^\d:|]{3,60}?\s(?:${roles})s?)(?:\s[^\d:|,]{2,40})?(?:,\s*[^\d:|,]{2,60})?$`
      : String.raw`^(?<value>[^\d:|]{3,40}?\s(?:${roles})(?:ة|ه)?(?:\s[^\d:|]{2,40})?)$`;
  // Round 29: the standing before the name ("Visiting Fellow Jane Doe", "الباحثة الزائرة فلانة"):
  // a role qualified by a word of rank, then a person's name and nothing more, so a role alone before
  // a clause ("Senior fellows at the institute said …", "الباحث الزائر يكشف عن نتائج") stays.
  // Only a scholar's standing: a newsroom's or an office's role before a capitalised phrase is a
  // headline's subject as often ("Senior Editor Quits Paper", "المدير الصحي يزور المستشفى").
  // An Arabic rank agrees with its title, each word with the article or without ("الباحث الزائر").
  const { titles, ranks: rankWords } = LABELS[lang].scholars;
  const arabicRank = (rank: string) =>
    foldLineText(rank)
      .split(/\s+/u)
      .map((w) => `(?:ال)?${escapeRegExp(w)}`)
      .join(String.raw`\s+`);
  const ranks = lang === 'en' ? alt(rankWords) : `(?:${rankWords.map(arabicRank).join('|')})`;
  const scholars = alt(titles);
  const firstRegex =
    lang === 'en'
      ? String.raw`^(?:${ranks})\s+(?:${scholars})\s+(?<value>[^\d:|,;]{3,40})$`
      : String.raw`^(?:ال)?(?:${scholars})(?:ة|ه)?\s+(?:${ranks})(?:ة|ه)?\s+(?<value>[^\d:|,،;]{3,40})$`;
  return [
    { name, lang, kind: 'byline', regex, maxLength: 80 },
    pattern(lang, {
      name: 'byline-rank-name',
      kind: 'byline',
      check: (line, value) => value !== undefined && isPersonName(value, lang) && !readsAsClause(value, lang, line),
      regex: firstRegex,
      maxLength: 80,
    }),
    pattern(lang, {
      name: 'byline-name-outlet',
      kind: 'byline',
      check: (line) => !isListedPerson(line, lang) && (nameBeforeOutlet(line, lang) ?? false),
      // The outlet may hold figures: its channel's number or its web address ("France 24", "bdnews24.com").
      regex: String.raw`^(?<value>[^\d:|,،]{3,40}(?:\s*[|,،]|\s[-–—])\s*[^:|,،]{2,40}(?:[,،]\s*[^\d:|,،]{2,25})?)$`,
      maxLength: 80,
    }),
  ];
}).flat();

/**
 * A writer's line about themselves under the piece: a name, "is a", a newsroom's role and the outlet
 * ("Jane Doe is a senior health reporter at The Times.", "فلانة مراسلة الشؤون الصحية في فرانس 24"):
 * a byline, the name its author. Only a credit's role will do, so "Jane Doe is a professor at
 * Oxford." stays the article's.
 */
const WRITER_BIOS: PatternSpec[] = eachLang((lang) => {
  const name = `byline-bio-${lang}`;
  // A word of reporting makes the line news ("… مراسل الجزيرة في غزة قال إن").
  const reporting = foldedSet(LABELS[lang].site.reporting);
  DEFAULT_CHECKS[name] = (line, value) =>
    value !== undefined &&
    isPersonName(value, lang) &&
    bareName(value, lang, line) &&
    !readsAsClause(value, lang, line) &&
    !foldedWords(line).some((w) => reporting.has(w.toLowerCase()));
  // A newsroom's role: a word of both tables, so no act of making ("بقلم", "تصوير") stands for one.
  const credits = new Set(LABELS[lang].credits);
  const roles = alt(LABELS[lang].roles.filter((r) => credits.has(r)));
  const regex =
    lang === 'en'
      ? // The outlet after the role ("a reporter at The Times") or before it, as its possessive
        // ("the ODT’s health reporter", "The Herald's chief reporter").
        String.raw`^(?<value>[^\d:|,]{3,40}?)\s+is\s+(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:${roles})s?\s+(?:at|for|with)\s+[^\d:|,]{2,40}?|the\s+(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*['’]s\s+(?:[\p{L}-]+\s+){0,3}(?:${roles}))\.?$`
      : String.raw`^(?<value>[^\d:|,،]{3,40}?)\s+(?:(?:هو|هي)\s+)?(?:${roles})(?:ه)?(?:\s+\p{L}+){0,3}\s+(?:في|لدى|لدي|ب|ل)\s*[^:|,،]{2,40}?\.?$`;
  return { name, lang, kind: 'byline', regex, maxLength: 120 } satisfies PatternSpec;
});

/**
 * Who hosts a programme, and the guest with them ("Hosted by Jane Doe with guest John Roe",
 * "تقديم فلان وضيفه فلان"): both are its authors. Each must be a person's name, so "Hosted by the
 * council with guests from …" stays.
 */
const HOSTS: Record<Lang, RegExp> = {
  en: /^hosted\s+by\s+(?<host>[^,;:|]{3,40}?)(?:\s+(?:with|and)\s+(?:special\s+)?guests?\s+(?<guest>[^,;:|]{3,40}))?$/iu,
  ar: /^(?:من\s+)?(?:تقديم|يقدمه|يقدمها)\s*:?\s+(?<host>[^,،;:|]{3,40}?)(?:\s+و\s*(?:ضيفه|ضيفها|ضيفته|ضيفتها|ضيوفه|ضيوفها)\s+(?<guest>[^,،;:|]{3,40}))?$/u,
};

/** A byline in capitals of an outlet's name and a role, no person's ("HERALD REPORTER", "NATION CORRESPONDENT"). */
const OUTLET_ROLE_EN = /^\p{Lu}{2,}(?:\s\p{Lu}{2,})?\s(?<role>\p{Lu}{2,}(?:\s\p{Lu}{2,})?)$/u;

/** "From Jane Doe in Dodoma": the writer, then where they filed from. */
const FROM_IN_EN =
  /^From\s+(?<name>\p{Lu}[^,;:|]{2,40}?)\s+in\s+(?<place>\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2})$/u;

const PRESENTERS: PatternSpec[] = eachLang((lang): PatternSpec[] => {
  const hosted = `byline-hosted-${lang}`;
  DEFAULT_CHECKS[hosted] = (line) => {
    const g = HOSTS[lang].exec(line.trim().replace(/[\u064B-\u065F\u0670\u0640]/gu, ''))?.groups;
    // An outlet presenting the piece is its sponsor ("Presented by Arab News"): a person is the host.
    const person = (name: string) =>
      isPersonName(name, lang) &&
      !name.split(/\s+/u).some((w) => OUTLET_WORDS[lang].has(foldLineText(w).toLowerCase()));
    if (!g || !person(g.host) || (g.guest !== undefined && !person(g.guest))) return false;
    return g.guest === undefined ? g.host : `${g.host}${lang === 'ar' ? ' و' : ' and '}${g.guest}`;
  };
  const roleFirstSpec: PatternSpec = pattern(lang, {
    name: 'byline-role-name',
    kind: 'byline',
    // "مراسل سبق - فلان", "Herald reporter | Jane Doe": a writer's role, maybe at an outlet, then a
    // bar or a spaced dash and the writer's name.
    check: (line) => {
      const g = /^(?<role>[^|\-–—]{3,30}?)\s*(?:\||\s[-–—]\s)\s*(?<name>[^|\-–—]{3,40})$/u.exec(line.trim())?.groups;
      if (!g || !isPersonName(g.name.trim(), lang)) return false;
      const words = g.role.trim().split(/\s+/u);
      const first = foldLineText(words[0])
        .toLowerCase()
        .replace(/^ال(?=\p{L}{3})/u, '');
      const last = foldLineText(words.at(-1) ?? '').toLowerCase();
      // Arabic puts the role first ("مراسل سبق"), English last ("Herald reporter").
      const isRole =
        lang === 'ar'
          ? ROLE_WORDS.ar.roles.has(first) || ROLE_WORDS.ar.roles.has(first.replace(/ه$/u, ''))
          : // …after an outlet or a beat: a role alone is a label ("Presenter | Jane Doe").
            words.length >= 2 &&
            ROLE_WORDS.en.roles.has(last) &&
            // Round 35: an outlet's own word closing it names the outlet, its section after the dash
            // ("Religion News Service — South Atlantic" is a trail, no writer).
            !(/^\p{Lu}/u.test(words.at(-1) ?? '') && (OUTLET_WORDS.en.has(last) || SERVICE_WORDS_EN.has(last)));
      return words.length <= 3 && isRole ? g.name.trim() : false;
    },
    regex: String.raw`^[^|\-–—]{3,30}?\s*(?:\||\s[-–—]\s)\s*[^|\-–—]{3,40}$`,
    maxLength: 80,
  });
  if (lang === 'ar')
    // With a colon the label is the labelled byline's ("تقديم: فلان").
    return [
      roleFirstSpec,
      {
        name: hosted,
        lang,
        kind: 'byline',
        regex: String.raw`^(?:من\s+)?(?:تقديم|يقدمه|يقدمها)${END}(?!\s*:).{3,90}$`,
      },
    ];
  const roles = new Set(LABELS.en.roles.map((r) => r.toLowerCase()));
  return [
    roleFirstSpec,
    { name: hosted, lang, kind: 'byline', regex: String.raw`^hosted\s+by\s.{3,90}$` },
    pattern(lang, {
      name: 'byline-outlet-role',
      kind: 'byline',
      check: (line) => {
        const role = OUTLET_ROLE_EN.exec(line.trim())?.groups?.role;
        return role !== undefined && roles.has(role.toLowerCase()) ? '' : false;
      },
      regex: String.raw`^[a-z]{2,}(?:\s[a-z]{2,}){1,3}$`,
      maxLength: 40,
    }),
    pattern(lang, {
      name: 'byline-from-in',
      kind: 'byline',
      check: (line) => {
        const g = FROM_IN_EN.exec(line.trim())?.groups;
        return g !== undefined &&
          isPersonName(g.name, lang) &&
          !MONTH_OR_DAY.has(g.name.split(/\s+/u)[0].toLowerCase()) &&
          !/^(?:our|the|a|an|my|his|her|their)$/iu.test(g.name.split(/\s+/u)[0])
          ? g.name
          : false;
      },
      regex: String.raw`^from\s.{3,40}\sin\s.{2,40}$`,
      maxLength: 80,
    }),
  ];
}).flat();

/** How long a piece takes to read or hear, alone on its line ("5 min read", "قراءة ٣ دقائق"): the page's. */
const READING_TIMES: PatternSpec[] = [
  { name: 'reading-time', lang: 'any', kind: 'navigation', regex: READING_TIME.source, maxLength: 40 },
];

const JOINED_CREDITS: PatternSpec[] = eachLang((lang) => {
  const name = `credit-joined-${lang}`;
  DEFAULT_CHECKS[name] = (line) => joinedCreditNames(line, lang) ?? false;
  DEFAULT_READINGS[name] = 'writers';
  const roles = alt([...LABELS[lang].credits, 'by', 'بقلم']);
  return {
    name,
    lang,
    kind: 'byline',
    regex: String.raw`^(?=.*(?:[;؛|•·,،.]|\s[-–—]\s))(?=.*${START}${roles}${END})(?<value>.{6,240})$`,
    maxLength: 240,
  };
});

/**
 * Kinds whose lines are the page's own interface words, which a page in one language often prints
 * in the other ("Advertisement" on an Arabic page): their labels count in both.
 */
const EITHER_LANGUAGE = new Set<FurnitureKind>(['advertisement', 'comments', 'navigation']);
const labelsFor = (lang: Lang, kind: FurnitureKind) =>
  EITHER_LANGUAGE.has(kind)
    ? [...LABELS[lang].labels[kind], ...LABELS[lang === 'en' ? 'ar' : 'en'].labels[kind]]
    : LABELS[lang].labels[kind];

const byKind = eachLang((lang) =>
  (Object.keys(kindPatterns) as FurnitureKind[]).flatMap((kind) => kindPatterns[kind](lang, labelsFor(lang, kind))),
).flat();
/** Shapes without a label, tried after every labelled pattern has had its chance at a line. */
const UNLABELLED = /^(?:breadcrumb|timestamp-date|dateline|caption-bracketed|social-links)-/;
const unlabelledOrder = (name: string) =>
  ['social-links', 'dateline', 'timestamp-date', 'caption-bracketed', 'breadcrumb'].findIndex((n) =>
    name.startsWith(n),
  );

/** The reader, as a list heading addresses them ("More for you", "مختارات لك"). */
const READER = new Set(['you', 'لك', 'لكم']);
/** What a share line may say besides its platforms ("Share This Story, Choose Your Platform!"). */
const SHARE_CHOICE = new Set(['choose', 'pick', 'select', 'platform', 'network', 'اختر', 'منصتك', 'المنصة']);
/**
 * Where advertisers reach the outlet (round 20): a desk of its own, or a line's number, maybe after a
 * verb of calling and the channel ("call our marketing desk", "WhatsApp 0500…", "اتصل على 2225…",
 * "واتساب ٠٥٠٠…").
 */
/** Round 25: the advertisers' desk named after a colon ("To advertise in X: marketing department", "للإعلان في X: قسم التسويق"). */
const AD_DESK = String.raw`(?:(?:the|our)\s+)?(?:marketing|advertising|ad\s+sales|sales|commercial)\s+(?:department|desk|team|office|division)|(?:قسم|اداره|دائره|مكتب)\s+(?:ال)?(?:تسويق|اعلانات|اعلان|مبيعات|علاقات\s+التجاريه)`;
// Round 34: or an address to write to ("Advertising enquiries: ads@…", "للاستفسارات الإعلانية: ads@…").
const AD_LINE = String.raw`(?:(?:contact|call|email|message|whatsapp|reach)\s+our\s+(?:[\p{L}-]+\s+){0,2}(?:desk|team|department|office|line|number)\b|(?:(?:call|phone|tel|whatsapp|sms|text)\s*(?:us\s+)?(?:on|at)?\s*:?\s*|(?:(?:اتصل|اتصلوا|تواصل|تواصلوا)\s+(?:على|عبر)\s+)?(?:(?:ال)?(?:واتساب|هاتف|جوال|رقم|الرقم)\s*:?\s*)?)\+?[\d٠-٩][\d٠-٩ -]{5,}(?![\d٠-٩])|(?:(?:e-?mail|mail|(?:ال)?بريد(?:\s+(?:ال)?الكتروني)?)\s*(?:us\s+)?(?:at|on|على)?\s*:?\s*)?[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)`;
/** Seconds of an ad's countdown, and the sizes of an ad slot ("5 ثوان", "300×250"). */
const COUNT_OR_SIZE = /^(?:[\d٠-٩]+(?:[×x][\d٠-٩]+)?|s|sec|secs|seconds?|ثوان|ثواني|ثانيه)$/u;

/**
 * The page's prompts by class (round 16): what a comment box, an ad slot, a footer and a "more from
 * us" block say, phrased anew by every site, caught by the words of the page's interface (each
 * language's own, the same classes in both: `LanguageTable.interface`) and a shape, never a phrase.
 */
const PROMPTS: PatternSpec[] = eachLang((lang): PatternSpec[] => {
  const table = LABELS[lang];
  const ui = table.interface;
  const platforms = alt(table.platforms);
  const platformOnly = new RegExp(`^${platforms}$`, 'iu');
  const isPlatform = (text: string) => platformOnly.test(foldLineText(text).trim());
  const share = alt(table.labels.share.filter((l) => !/\b(?:us|on)$/u.test(l) && !/^تابع|^انضم/u.test(l)));
  const related = alt(table.labels.related);
  const arabicJoined = lang === 'ar' ? '(?:و|ف|ل|ب|لل|ال|وال|بال)?' : '';

  // A prompt speaks to the reader; a sentence with its full stop that says nothing to them is prose
  // ("تابع الرئيس هجومه على إكس." is "continued", "Add to that the ban on TikTok.").
  const reader =
    lang === 'en'
      ? /\b(?:you|your|us|our)\b/iu
      : /\p{L}{2,}(?:ك|كم|نا)(?!\p{L})|(?:تابعوا|اضيفوا|اضيفي|تابعي)(?!\p{L})/u;
  const sends = `related-follow-${lang}`;
  // "For more news, follow X", "لمزيد من الأخبار تابع أنباء الخور": a "more" label, then where to go.
  DEFAULT_CHECKS[sends] = (_line, value) => value !== undefined && isOutletName(value.replace(/\.$/u, ''), lang);

  const commentWords = alt(ui.comments);
  const policyWords = alt(ui.policy);
  const policy = `comments-policy-${lang}`;
  const reporting = foldedSet(table.site.reporting);
  // "Reader comments are moderated.", "للتعليق على الخبر سجل الدخول": a comment and what the comment
  // box says of it (moderation, signing in, the rules); never a line that reports what someone said.
  DEFAULT_CHECKS[policy] = (line) => {
    const words = foldedWords(line);
    // A box says nothing of when: "From Monday, comments will be moderated" is news of the site.
    const dated = words.some((w) => MONTH_OR_DAY.has(w) || AR_DATE_WORDS.has(w));
    return words.length <= 30 && !dated && !words.some((w) => reporting.has(w));
  };

  const markers = new Set(
    [...labelsFor(lang, 'advertisement'), ...table.sponsorship.markers]
      .filter((l) => !/\s/u.test(l))
      .map((l) => foldLineText(l)),
  );
  const controls = foldedSet([...ui.adControls, ...table.sponsorship.qualifiers]);

  const builds = alt(ui.builds);
  // "Powered by Ghost", "Designed and developed by X", "برمجة وتصميم منبر مسقط": what built the site and
  // its maker's name, as a footer prints it.
  // A maker in lower case is no name ("Powered by solar panels", "Built by hand"); an Arabic word of
  // building alone before its object is a noun phrase ("تطوير التعليم أولوية وطنية", "تشغيل المترو
  // الجديد"): it needs another word of building, "بواسطة" or a separator, or a maker in Latin letters.
  const bare = new RegExp(
    String.raw`^(?:يتم\s+)?${arabicJoined}${builds}\s+(?!(?:بواسطه|من قبل|[:-]|و?${arabicJoined}${builds}${END}))`,
    'u',
  );

  return [
    pattern(lang, {
      name: 'share-named',
      kind: 'share',
      // "Share on LINE", "Share on KakaoTalk", "المشاركة في Facebook": a share label and where to, a
      // platform or a name (capitalised in English, in Latin letters on an Arabic page); never a day.
      check: (_line, value) => {
        if (!value) return false;
        if (isPlatform(value)) return true;
        const words = value.split(/\s+/u);
        return lang === 'en'
          ? words.every((w) => /^\p{Lu}/u.test(w)) && !words.some((w) => MONTH_OR_DAY.has(w.toLowerCase()))
          : words.every((w) => /^\p{Script=Latin}/u.test(w));
      },
      where: 'anywhere',
      regex: String.raw`^${share}\s+(?:on|via|to|with|على|عبر|في)\s+(?<value>[^\s.,!?؟،:|]+(?:\s+[^\s.,!?؟،:|]+){0,2})$`,
      maxLength: 60,
    }),
    pattern(lang, {
      // "Follow X on SmartNews", "أضف أنباء الخور إلى مصادرك المفضلة في أخبار جوجل": a verb of following
      // or adding, then the platform last, in one short clause.
      name: 'share-follow-platform',
      kind: 'share',
      check: (line) => {
        const folded = foldLineText(line.trim());
        if (/^(?:add|اضف)\s+(?:to (?:that|this|it)|الي (?:ذلك|هذا))(?!\p{L})/iu.test(folded)) return false;
        // The reader is named before the platform, whose name may end as a pronoun does ("فيسبوك").
        const before = folded.replace(
          /\s(?:on|in|via|at|to|علي|على|في|عبر|الي|الى)\s(?!.*\s(?:on|in|via|at|to|علي|على|في|عبر|الي|الى)\s).*$/u,
          '',
        );
        return !/[^.]\.$/u.test(folded) || reader.test(before);
      },
      where: 'anywhere',
      regex: String.raw`^(?=[^,.;:!?؟،؛]{0,110}[.!]?$)${alt(ui.follows)}${END}.{1,90}?\s(?:on|in|via|at|to|على|في|عبر|الى)\s+(?:(?:تطبيق|منصه|the)\s+)?${platforms}(?:\s+(?:app|تطبيق))?${END}(?:\s+(?:for|لمتابعه|لمعرفه|للحصول على|ل)\s*(?:the\s+)?(?:latest|all|اخر|احدث|كل|جميع)${END}[^,.;:!?؟،؛]{1,40})?[.!]?$`,
      maxLength: 120,
    }),
    {
      name: sends,
      lang,
      kind: 'related',
      where: 'anywhere',
      regex: String.raw`^${related}\s*[,،]?\s*${alt(ui.sends)}${END}\s+(?<value>[^.!?؟،,:|]{2,50}?)\.?$`,
      maxLength: 90,
    },
    pattern(lang, {
      name: 'related-where',
      kind: 'related',
      // "Also trending on X", "See more stories in SmartNews", "الأكثر تداولا على بوابة الدلتا": a list's
      // label, maybe what it lists, and the outlet or platform it is on. Round 27: the outlet after "the", as
      // `related-outlet` takes it ("Recommended for you from the USA TODAY Network").
      check: (_line, value) =>
        value !== undefined &&
        (isPlatform(value) || isOutletName(lang === 'en' ? value.replace(/^the\s+/iu, '') : value, lang)) &&
        !readsAsClause(value, lang, value),
      where: 'anywhere',
      regex: String.raw`^(?:${alt(['also', 'أيضا', 'كذلك'])}\s+)?(?:${arabicJoined}${alt(table.lists.items)}\s+)?${related}(?:\s+${arabicJoined}${alt(table.lists.items)})?\s+(?:on|in|at|from|على|في|من|عبر)\s+(?<value>[^\d.,:;!?،؛؟|]{2,40}(?:\s[\d٠-٩]{1,3})?)$`,
      maxLength: 80,
    }),
    pattern(lang, {
      // "Previous article: …", "المقال السابق …", "Next episode ▶ …": the piece (or a channel's episode or
      // clip) before or after this one, then its headline;
      // with no separator, no full stop: "المقال السابق للكاتب أثار جدلا." is a sentence about it. Round 36: the
      // link's arrow or guillemet before it ("« Previous story: …", "« المقال السابق: …").
      name: 'related-adjacent',
      kind: 'related',
      check: (line) => !/[^.]\.$/u.test(line.trim()) || /^\S+\s+\S+\s*[:|»›<>←→-]/u.test(line.trim()),
      where: 'anywhere',
      en: String.raw`^(?:[«‹<←◀◄]+\s*)?(?:previous|next|older|newer|up next) (?:article|story|post|episode|video|clip)${END}(?:\s*[:|»›<>←→▶◀►◄-]?\s*.{0,120})$`,
      ar: String.raw`^(?:[«‹<←→›>▶◀►◄]+\s*)?(?:ال)?(?:مقال|مقاله|خبر|موضوع|رساله|تدوينه|مقطع|حلقه|فيديو)\s+(?:ال)?(?:سابق|سابقه|تالي|تاليه|احدث|اقدم)${END}(?:\s*[:|»›<>←→▶◀►◄-]?\s*.{0,120})$`,
      maxLength: 160,
    }),
    pattern(lang, {
      // "This section contains related articles", "يحتوي هذا القسم على المقالات ذات الصلة": a block of the
      // page saying what it holds.
      name: 'related-block',
      kind: 'related',
      where: 'anywhere',
      en: String.raw`^this (?:section|block|box|widget|list) (?:contains|lists|shows|displays|holds)\b(?=.*\b(?:related|similar|other|more)\b).{0,160}$`,
      ar: String.raw`^(?:يحتوي|يضم|يعرض|تحتوي|تضم|تعرض) هذ[اه] (?:القسم|الجزء|الصندوق|القائمه|الخانه)${END}(?=.*(?:ذات الصله|المشابهه|المتعلقه|الاخرى|المزيد)).{0,160}$`,
      maxLength: 200,
    }),
    pattern(lang, {
      // "Sort by: Oldest", "ترتيب حسب: الأقدم", "119 comments sorted by Best", "ترتيب التعليقات: الأحدث":
      // how the comments are ordered, maybe after their count. Round 27: the comments named after the
      // verb, the colon after "by" ("Sort comments by: Newest first", "ترتيب التعليقات حسب: الأحدث أولاً").
      name: 'comments-sort',
      kind: 'comments',
      en: String.raw`^(?:(?:[\d,]+\s+)?(?:comments?|replies)\s+)?(?:sort(?:ed)?|order(?:ed)?)(?:\s+(?:comments|replies))? by\s*:?\s*(?:newest|oldest|best|top|latest|popular|most (?:liked|popular|recent)|recent|controversial|new|old)(?: first)?$`,
      ar: String.raw`^(?:(?:[\d٠-٩]+\s+)?(?:ال)?(?:تعليقات|تعليقا|ردود|ردا)\s+)?(?:ترتيب|الترتيب|رتب|فرز|مرتبه|مرتبا)\s+(?:(?:حسب|بحسب)|(?:ال)?(?:تعليقات|ردود))\s*:?\s*(?:حسب\s*:?\s*)?(?:الاقدم|الاحدث|الافضل|الاكثر\s+\S+)(?: اولا)?$`,
    }),
    pattern(lang, {
      // "Follow RT on", "تابعوا RT على": a follow prompt whose platforms were icons the scrape dropped;
      // an English name is capitalised ("Follow the money on" is cut prose).
      name: 'share-follow-icons',
      kind: 'share',
      check: (line) => {
        if (lang !== 'en') return true;
        // The words between the verb and "on".
        const name = line
          .trim()
          .replace(/^\S+\s+/u, '')
          .replace(/\s+\S+\s*:?$/u, '');
        return /^us$/iu.test(name) || name.split(/\s+/u).every((w) => /^[\p{Lu}\p{N}]/u.test(w));
      },
      where: 'anywhere',
      en: String.raw`^follow\s+(?:us|[\p{Lu}\p{N}][\p{L}\p{N}_.'’-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}_.'’-]*){0,3})\s+on\s*:?$`,
      ar: String.raw`^(?:تابعوا|تابعونا|تابعنا|تابع)\s+(?:[^\s]+\s+){0,3}?(?:على|عبر)\s*:?$`,
      maxLength: 60,
    }),
    pattern(lang, {
      // "Short link to this article", "رابط مختصر للخبر": the piece's link, to copy and share.
      name: 'share-link',
      kind: 'share',
      where: 'anywhere',
      en: String.raw`^(?:the )?(?:short ?link|shortlink|permalink|short url|link)\s+(?:to|for|of)\s+(?:this|the)\s+(?:article|story|post|page|news)\s*:?$`,
      ar: String.raw`^(?:ال)?(?:رابط|رابط مختصر|رابط قصير|رابط المختصر)\s*(?:لل|ل(?=هذ)|لهذا\s+ال|لهذه\s+ال)(?:خبر|مقال|مقاله|موضوع|ماده|صفحه|هذا الخبر|هذا المقال)\s*:?$`,
      maxLength: 60,
    }),
    {
      name: policy,
      lang,
      kind: 'comments',
      regex: String.raw`^(?:(?=.*${START}${arabicJoined}${commentWords}${END})(?=.*${START}${arabicJoined}${policyWords}${END})|(?=(?:notify me|email me|أعلمني|أبلغني|نبهني)${END})|(?=(?:be (?:the )?first to (?:comment|respond|reply|react)|كن اول من (?:يعلق|يرد|يعقب|يشارك))${END})|(?=[\d٠-٩]+ (?:readers?|people|users|قارئا?|قراء|شخصا?) (?:(?:have|has) )?(?:replied|commented|responded|علقوا|ردوا|علق|رد)${END})|(?=.*${START}(?:encourages?|invites?|welcomes?|ندعو|يدعو|نشجع|يشجع|نرحب بمشاركه)\s+(?:all\s+|our\s+|جميع\s+)?(?:readers|القراء|قراءنا|قرائنا)\s+(?:to|الى|على)\s+(?:share|comment|join|post|المشاركه|التعليق|ابداء)${END}))[^"“”«»]{4,200}$`,
      maxLength: 200,
    },
    pattern(lang, {
      name: 'advertisement-control',
      kind: 'advertisement',
      // "Why am I seeing this ad?", "Advertisement 2", "يُغلق الإعلان خلال 5 ثوانٍ", "مساحة إعلانية 300×250":
      // the marker, and only what a reader does to an ad slot or it does by itself, a count, a size.
      check: (line) => {
        const words = foldedWords(line.replace(/[×x](?=[\d٠-٩])/gu, 'x').replace(/[·•|]/gu, ' ')).filter(
          (w) => !/^[-–—]+$/u.test(w),
        );
        if (words.length < 2 || words.length > 12) return false;
        const bare = (w: string) => w.replace(/^(?:ال|وال|لل)(?=\p{L}{3})/u, '');
        const isMarker = (w: string) => markers.has(w) || markers.has(bare(w));
        return (
          words.some(isMarker) &&
          words.every((w) => isMarker(w) || controls.has(w) || controls.has(bare(w)) || COUNT_OR_SIZE.test(w))
        );
      },
      where: 'anywhere',
      // The controls may stand in brackets after the marker ("Advertisement (continue reading below)").
      regex: String.raw`^(?=.*${START}(?:ال|وال|لل)?${alt([...markers])}${END})[\p{L}\p{M}\p{N}'’ ,?؟!.…×·•|()-]{2,120}$`,
      maxLength: 120,
    }),
    pattern(lang, {
      // "To advertise on X, contact us", "للإعلان على منبر مسقط اتصل بنا": advertising, where, and whom to call.
      name: 'advertisement-contact',
      kind: 'advertisement',
      // Whom to call, or the outlet to advertise with ("Advertise with NZME.", "أعلن مع X"). Round 20:
      // the advertisers' line, a number or a desk, after a colon ("For advertising: WhatsApp 050…", "للإعلان
      // في X اتصل على 2225…", "Advertise with X: call our marketing desk"). Round 24: the number may be cut
      // off the line, the call left ("لإعلاناتكم في بانيت اتصلوا على", "To advertise on Panet, call").
      // Round 25: or the desk named, without a number ("للإعلان في جريدة عمان: قسم التسويق"). Round 28: the
      // number pointed to, not given ("To advertise, call the number below", "لإعلاناتكم في ميسان نيوز اتصلوا
      // على الرقم المدرج"), and an outlet whose name takes "the" ("Advertise with the Sunday Standard").
      check: (line, value) =>
        /(?:contact|call|email|write to|message|dm|text) us|(?:اتصل|اتصلوا|تواصل|تواصلوا)\s+(?:بنا|معنا)|(?:راسلونا|راسلنا|كلمونا)(?!\p{L})/iu.test(
          foldLineText(line),
        ) ||
        new RegExp(AD_LINE, 'iu').test(foldLineText(line)) ||
        new RegExp(`[:،,\\-]\\s*(?:${AD_DESK})\\s*[.!]?$`, 'iu').test(foldLineText(line)) ||
        // Round 30: or the toll-free line ("To book your ad, call our toll-free number", "لحجز إعلانك اتصل على الرقم المجاني").
        /(?:call|phone|contact)(?: (?:on|at))? (?:the|our) (?:toll-free|free|freephone) (?:number|line)[.!]?$|(?:اتصل|اتصلوا|تواصل|تواصلوا)(?: (?:عل[يى]|عبر))? (?:ال)?(?:رقم|هاتف|خط) (?:ال)?مجاني[.!]?$|(?:call|phone|contact) the (?:number|numbers|line) \p{L}+[.!]?$|(?:اتصل|اتصلوا|تواصل|تواصلوا)(?: (?:عل[يى]|عبر))? (?:ال)?(?:رقم|ارقام|هاتف) \p{L}+[.!]?$/iu.test(
          foldLineText(line),
        ) ||
        // The space on an outlet ("مساحة للإعلان في لبنان 24"): a noun and its adjective, both with the
        // article, say where a space is ("مساحة للإعلان في الشوارع الرئيسية"), as no name needs to.
        (value !== undefined &&
          !(/^مساحه/u.test(foldLineText(line)) && foldedWords(value).filter((w) => w.startsWith('ال')).length >= 2) &&
          isOutletName(value.replace(/\.$/u, '').replace(/^the\s+(?=\p{Lu})/u, ''), lang)),
      where: 'anywhere',
      en: String.raw`^(?:to |for )?(?:advertise|advertising(?:\s+(?:enquiries|inquiries|queries|sales))?|(?:ad|advertising)\s+space|book\s+(?:your|an)\s+(?:ad|advert|advertisement))(?:\s+(?:with|on|in|at)\s+(?<value>[^.,:!?]{2,40}?))?(?:\s*[,:\-]?\s*(?:(?:contact|call|email|write to|message|dm|text|whatsapp|reach)\s+(?:us\b|our\s+)|${AD_LINE})[^.!?]{0,40}|\s*[,:-]?\s*(?:call|phone|contact)(?:\s+(?:on|at))?(?:\s*:|\s+the\s+(?:number|numbers|line)\s+(?:below|above|listed|shown|provided|given)|\s+(?:the|our)\s+(?:toll-free|free|freephone)\s+(?:number|line))?|\s*[,:-]\s*(?:${AD_DESK}))?[.!]?$`,
      ar: String.raw`^(?:للاعلان|لاعلانك|لاعلاناتكم|(?:لل)?(?:استفسارات|استعلامات)\s+(?:ال)?اعلانيه|(?:لل)?استفسار\s+عن\s+(?:ال)?(?:اعلانات|اعلان)|لحجز\s+(?:اعلانك|اعلاناتكم|اعلان)|اعلن|للاشهار|لاشهاركم|(?:مساحه|فضاء)\s+(?:للاعلان|اعلانيه|اعلاني|للاشهار|اشهاريه|اشهاري))(?:\s+(?:على|في|مع|لدى)\s+(?<value>[^.,،:!؟]{2,40}?))?(?:\s*[،,:\-]?\s*(?:(?:(?:اتصل|اتصلوا|تواصل|تواصلوا)\s+(?:بنا|معنا)|راسلونا|راسلنا|كلمونا)(?!\p{L})|${AD_LINE})[^.!؟]{0,40}|\s*[،,:-]?\s*(?:اتصل|اتصلوا|تواصل|تواصلوا)(?:\s+(?:على|عبر))?(?:\s*:|\s+(?:ال)?(?:رقم|ارقام|هاتف)\s+(?:المدرج|المدرجه|ادناه|اعلاه|المبين|الموضح|المرفق)|\s+(?:ال)?(?:رقم|هاتف|خط)\s+(?:ال)?مجاني)?|\s*[،,:-]\s*(?:${AD_DESK}))?[.!]?$`,
      maxLength: 120,
    }),
    pattern(lang, {
      // "… Please contact us for subscription options.", "تواصلوا معنا لمعرفة خيارات الاشتراك": the
      // outlet's business terms, whatever else the line says of its content.
      name: 'copyright-terms',
      kind: 'copyright',
      en: String.raw`^(?=.*\bcontact us (?:for|about|regarding)\s+(?:[\p{L}-]+\s+){0,2}(?:subscriptions?|licensing|reprints?|syndication|advertising)\b|.*\bthis (?:site|website)\b.*\b(?:constitutes|signifies|means|indicates) (?:your )?(?:acceptance|agreement)\b|.*\bnot (?:responsible|liable) for the (?:content|contents) of (?:external|other|third-party|linked)(?: [\p{L}-]+)? (?:sites|websites|links|pages)\b|disclaimer\s*:.*\bnot (?:responsible|liable) for (?:the )?(?:accuracy|content|contents|use)\b.*\b(?:posted|published|submitted|provided)\s+(?:to|on|by|through)\b).{20,320}$`,
      ar: String.raw`^(?=.*(?:اتصل|تواصل|اتصلوا|تواصلوا)\s+(?:بنا|معنا)\s+(?:لمعرفه\s+)?(?:خيارات\s+)?(?:الاشتراك|للاشتراك|الاشتراكات|الترخيص)|.*(?:هذا الموقع|للموقع).*(?:يعني|يعد|يمثل)\s+(?:موافقتك|قبولك)|.*(?:ليس|ليست|غير)\s+مسؤول\S*\s+عن\s+(?:محتوى|محتويات|مضمون)\s+(?:المواقع|الروابط|الصفحات)\s+(?:\S+\s+)?(?:الخارجيه|الاخرى)|(?:اخلاء\s+(?:ال)?مسؤوليه|تنويه|تنبيه)\s*:.*(?:ليس|ليست|غير|لا\s+(?:ي|ت)تحمل)\s+(?:\S+\s+)?(?:مسؤول\S*\s+)?عن\s+(?:دقه|صحه|محتوى|استخدام).*(?:المنشوره|التي تنشر|المرسله|المقدمه)).{20,320}$`,
      maxLength: 320,
    }),
    pattern(lang, {
      name: 'copyright-built',
      kind: 'copyright',
      check: (line, value) =>
        value !== undefined &&
        value.split(/\s+/u).length <= 4 &&
        (isOutletName(value.replace(/\.$/u, ''), lang) || (lang === 'ar' && /^\p{Script=Latin}/u.test(value))) &&
        !(lang === 'ar' && !/^\p{Script=Latin}/u.test(value) && bare.test(foldLineText(line.trim()))) &&
        !readsAsClause(value, lang, value),
      en: String.raw`^${builds}(?:\s*(?:and|&|,)\s*${builds})*\s+(?:by|with)\s+(?<value>[^.,:;!?]{2,50})\.?$`,
      ar: String.raw`^(?:يتم\s+)?${arabicJoined}${builds}(?:\s*(?:و|،|,)\s*${arabicJoined}${builds})*(?:\s*(?:بواسطه|من قبل|:|-)|(?=\s))\s*(?<value>[^.,:،!؟]{2,40})\.?$`,
      maxLength: 80,
    }),
  ];
}).flat();

/** A hand or an arrow pointing to a link, an emoji's variation selector after it ("👈", "⬇️"). */
const POINTER = String.raw`(?:[👈👉👇👆☝⬅➡⬇⤵↙↘🔗]\uFE0F?)`;

/**
 * What the page asks of its reader, by class (round 17): get its app from a store, open the piece
 * on a platform, turn on its alerts, join or sign in to comment, follow a pointing hand to a link,
 * want more. Each class is a shape filled with each language's words (`LanguageTable.reader`), so
 * a phrasing nobody wrote yet is caught when its words are of the class; the prose that opens the
 * same way and must stay is each pattern's `keeps` (`fixtures/furniture/examples.json`).
 */
const READER_PROMPTS: PatternSpec[] = eachLang((lang): PatternSpec[] => {
  const table = LABELS[lang];
  const words = table.reader;
  const platforms = alt(table.platforms);
  const objects = alt(table.buttons.objects);
  const stores = alt(words.stores);
  // A store, or the systems the app runs on, maybe as the reader's devices ("your iOS or Android devices").
  const places = String.raw`(?:your\s+|اجهزه\s+|جهازك\s+|هاتفك\s+)?(?:${stores}|${alt(words.systems)})(?:\s+(?:devices?|phones?|smartphones?))?`;
  const realStore = new RegExp(`${START}${stores}${END}`, 'u');
  const app = lang === 'en' ? /\bapps?\b/iu : /تطبيق/u;
  const joined = lang === 'ar' ? '(?:و|ف|ل|ب|لل|ال|وال|بال)?' : '';
  const reporting = foldedSet(table.site.reporting);
  const reports = (line: string) => foldedWords(line).some((w) => reporting.has(w));
  // The reader addressed, in a line's words or, in Arabic, a pronoun joined to one ("لتصلك").
  const reader =
    lang === 'en'
      ? /\b(?:you|your|yours)\b/iu
      : /\p{L}{2,}(?:ك|كم|كي)(?!\p{L})|(?:فعلوا|اسمحوا|حملوا|نزلوا|ثبتوا|اشتركوا|تابعوا)(?!\p{L})/u;
  const news =
    lang === 'en'
      ? /\b(?:latest|breaking|news|updates|stories|headlines|coverage|live)\b/iu
      : /(?:الاخبار|اخبار|العاجله|عاجل|جديد|التغطيه|تغطيه|المباشره|التحديثات)/u;

  // "Get the X app on the App Store or Google Play", "حمّل تطبيق X من متجر جوجل بلاي وآب ستور": a
  // verb of getting the app, then the stores; a report of it is news ("…, the ministry said").
  // A sentence with its stop may be an article's advice ("Download the app from Google Play."): it
  // is the page's when the outlet speaks ("our app"), names its app ("Get the X app …") or lists
  // the stores, as the page's badges do ("… on the App Store and Google Play.").
  const storeNames = new RegExp(`${START}${stores}${END}`, 'gu');
  const ownApp =
    lang === 'en'
      ? /\b(?:our|us)\b|\p{Lu}[\p{L}'’.-]*\s+app\b/u
      : /تطبيقنا|تطبيق\s+(?!ال)\p{L}+(?:\s+\p{L}+){0,3}\s+(?:من|على|في|عبر)\s/u;
  const opened = `share-open-in-${lang}`;
  const alerts = `share-alerts-${lang}`;
  // "Turn on notifications to get the latest news", "فعّل الإشعارات لتصلك آخر الأخبار": what turns
  // the site's alerts on, then at most why, to the reader or of the news; "Enable the city's flood
  // alerts." with its stop says nothing to them.
  DEFAULT_CHECKS[alerts] = (line, value) => {
    if (reports(line) || foldedWords(line).length > 14) return false;
    const rest = (value ?? '').trim();
    if (rest === '') return true;
    return reader.test(foldLineText(line)) || (!/[^.]\.$/u.test(line.trim()) && news.test(foldLineText(rest)));
  };
  const links = new RegExp(String.raw`${START}${joined}${alt(words.links)}${END}`, 'u');
  const more = `related-more-${lang}`;
  const wants = foldedSet(words.wants);
  const moreWords = foldedSet(words.more);
  // "Ready for more?", "Want more?", "هل تريد المزيد؟": the reader wanting more, a list's heading;
  // "Why pay more?" asks something else.
  DEFAULT_CHECKS[more] = (line) => {
    const all = foldedWords(line);
    return (
      all.length >= 2 &&
      all.length <= 5 &&
      moreWords.has(all.at(-1) ?? '') &&
      all.slice(0, -1).every((w) => wants.has(w))
    );
  };
  const join = `comments-join-${lang}`;
  DEFAULT_CHECKS[join] = (line) => !reports(line) && foldedWords(line).length <= 16;
  const audience = foldedSet([...words.audience, ...table.commentedOn.flatMap((c) => c.split(/\s+/u))]);
  // "Readers comments have been closed.", "Commenting is only available to subscribers.", "التعليقات
  // مغلقة على هذا المقال": the comment box's state, then only whom or what it is for; "Comments are
  // closed on the minister's page after threats" goes on to news.
  // A discussion is the comment box when the line names the piece or its readers ("Reader discussion
  // is switched off for this story", "النقاش مغلق على هذا الخبر"); "The debate is closed." and "تم
  // إغلاق باب النقاش" are news of a parliament.
  const talk =
    lang === 'en'
      ? /^(?:the\s+)?(?:discussion|conversation|debate)s?\s/iu
      : /^(?:تم\s+|لقد تم\s+)?(?:\S+\s+)?(?:باب\s+)?(?:ال)?(?:نقاش|حوار|مناقشه)(?!\s+(?:ال)?قراء)/u;
  const ofPiece = foldedSet([...table.pieces, 'reader', 'readers', 'قراء', 'القراء'].map((w) => w.replace(/^ال/u, '')));
  const owned = `comments-owned-${lang}`;
  // The site's comments disowned: "do not (necessarily) express the view of" whom. Bare "التعليقات" may be
  // anyone's, so then the one disowned is a name without the article, or the site ("رأي الموقع"), never a
  // body of the world ("التعليقات لا تمثل رأي الحكومة" is news); the readers' published comments may name any.
  const denies = String.raw`لا\s+(?:تعبر(?:\s+بالضروره)?\s+عن|تمثل|تعكس)(?:\s+بالضروره)?\s+(?:راي|موقف|وجهه\s+نظر)`;
  const shared = `share-with-${lang}`;
  // Round 26: whom the reader shares with, as the reader's own ("your friends", "صديقاتك"): then
  // whatever the page offers may be shared ("Share the weather with your friends", "شارك الحالة الجوية
  // مع أصدقائك"); "Share the burden with others" and "شارك الوزير الخبر مع أصدقائه" are no button.
  const yours = words.sharedWith.filter((w) => (lang === 'en' ? /^(?:your|a)\s/u.test(w) : /ك(?:م)?$/u.test(w)));
  const piecesAr = `(?:${alt([...table.pieces, ...words.sent].map((w) => w.replace(/^ال/u, '')))})`;
  // How it is sent, the only words that may follow whom ("… to a friend by text message", "… برسالة نصية").
  const sentBy =
    lang === 'en'
      ? String.raw`(?:\s+(?:by|via|over|on)\s+(?:(?:a|an)\s+)?(?:text(?:\s+message)?|email|e-mail|sms|message|${platforms}))?`
      : String.raw`(?:\s+(?:ب|عبر|في|على)\s*(?:رساله(?:\s+نصيه)?|الرسائل(?:\s+النصيه)?|(?:ال)?بريد(?:\s+(?:ال)?الكتروني)?|${platforms}))?`;

  const reactions = `share-reactions-${lang}`;
  const reacting = foldedSet(words.reactions.flatMap((r) => r.split(/\s+/u)));
  // "Like Celebrate Support Love Insightful Funny", "أعجبني · تعليق · مشاركة": a platform's reactions
  // and buttons under a post, two or more, nothing else; two need a mark between them ("Support love"
  // may be a slogan), and the reactions' own words must be most of the line ("إعادة نشر · اقتباس").
  DEFAULT_CHECKS[reactions] = (line) => {
    const all = foldedWords(line.replace(/[\p{So}\uFE0F]/gu, ' '));
    const phrases = alt(words.reactions);
    const bare = line.replace(/[\p{So}\uFE0F]/gu, ' ');
    const whole = new RegExp(`^(?:${phrases}${END}[\\s|·•,/]*){2,8}$`, 'u').test(foldLineText(bare).trim());
    return whole && all.every((w) => reacting.has(w)) && (all.length >= 3 || /[|·•]/u.test(line));
  };
  const rules = `comments-rules-${lang}`;
  const continues = `advertisement-continue-${lang}`;
  // "من أرشيف ضفاف الفرات", "From the Highland Clarion archive": the outlet's archive, named, and maybe
  // after a colon the headline it links to ("From the archive: …", "من أرشيف الجريدة: …"); "From the
  // archive of the ministry, …" goes on to a clause. Round 25: or on the piece's subject ("From the archive
  // on this topic", "من الأرشيف في الموضوع نفسه").
  const named = (name: string | undefined) =>
    name === undefined ||
    name === '' ||
    ((isOutletName(name, lang) || looksLikeName(name, lang, 4)) && !readsAsClause(name, lang, name));
  // "Also on Niger Delta Courier: …" names the outlet; "Also on Monday: …" and "أيضا في التقرير: …"
  // open a paragraph of news.
  // Round 23: "Elsewhere on MSF: …", "في مكان آخر على موقع أطباء بلا حدود: …", the outlet's other pages
  // (Arabic names the site: "في مكان آخر على الحدود: …" is news from a place).
  const elsewhere = /^في\s+مكان\s+اخر\s+على\s+موقع\s+/u;
  // Round 27: what is read most there names a section by what it lists ("Popular in legal news: …",
  // "الرائج في أخبار القانون: …"); "Popular in legal circles: …" names none.
  const mostIn = /^(?:popular|trending|most\s+\S+|الرائج|الشائع|الاكثر\s+\S+)\s/u;
  const listed = foldedSet(table.lists.items);
  // Round 24: an outlet's name, maybe after "the" ("the Kyiv Independent"); Arabic's a few words that
  // read as no clause.
  const outlet = (value: string | undefined) =>
    value !== undefined &&
    (lang === 'en'
      ? isOutletName(value.replace(/^the\s+/iu, ''), lang)
      : value.split(/\s+/u).length <= 4 && !/[\d٠-٩]/u.test(value) && !readsAsClause(value, lang, value));
  // "Recommended by Kathimerini", "Also in Mexico News Daily", "More from Cyprus Mail in Greece", "اقرأ
  // في الوحدة أيضا:": a list of the outlet's own pages, by its name (and a section's, capitalised in
  // English); "More from Washington in the morning" and "أيضا في المدينة القديمة" are news.
  DEFAULT_CHECKS[`related-outlet-${lang}`] = (line, value) => {
    // Round 37: read "in" an Arabic outlet whose name ends on its number ("اقرأ في السويداء 24 أيضاً", as "فرانس 24").
    const named =
      lang === 'ar' && /^اقرا\s/u.test(foldLineText(line)) ? value?.replace(/\s+[\d٠-٩]{1,3}$/u, '') : value;
    if (!outlet(named)) return false;
    // Round 31: the outlet after "the", and the day of its edition after it ("Also in the Solomon Star
    // today"), are no section.
    const section =
      lang === 'en' && !/^(?:also\s+)?read\s/iu.test(line)
        ? /\s+in\s+([^:.…]+?)\s*[:.…]?$/u
            .exec(line.replace(/\s+(?:today|this\s+(?:week|morning|weekend))\s*[:.…]?$/iu, ''))?.[1]
            ?.replace(/^the\s+/iu, '')
        : undefined;
    return section === undefined || isOutletName(section, lang);
  };
  // "Meduza runs on reader donations. Donate now", "Become a member of the Kyiv Independent", "Haaretz
  // subscribers get ad-free reading", "Support Mexico News Daily: subscribe today": the outlet, by its
  // name, asking for its readers' money; "Members of the union voted …" names no outlet.
  // Round 27: or its edition, a product of its own ("Get the e-Edition: subscribe for full access", "اشترك في
  // النسخة الورقية").
  DEFAULT_CHECKS[`advertisement-member-${lang}`] = (_line, value) =>
    outlet(value) ||
    /^(?:(?:e-?|print\s+|digital\s+)edition|النسخه\s+(?:الورقيه|الرقميه|المطبوعه|الالكترونيه))$/iu.test(
      foldLineText(value ?? ''),
    );
  // Round 25: "The ads below do not represent Kooora", "الإعلانات أدناه لا تمثل كووورة": whose the ads
  // are not, by the outlet's name; "… do not represent Labour policy" names none.
  // Arabic's name runs on no preposition ("موقف الحزب من الانتخابات" is a clause's object).
  DEFAULT_CHECKS[`advertisement-disclaimer-${lang}`] = (_line, value) =>
    outlet(value) && !(lang === 'ar' && /(?:^|\s)(?:من|في|على|الى|عن|مع)(?:\s|$)/u.test(value ?? ''));
  const buttonWords = foldedSet(
    [...table.buttons.verbs, ...table.buttons.objects, ...table.platforms, 'on'].flatMap((w) => w.split(/\s+/u)),
  );
  // Round 19: the page asking for the reader's money, a referral, a gift of the piece, its republishing,
  // a topic added to the reader's own list; the comment box's count and first reply, its rules; a list
  // from a place, of an outlet's reporting, from its partners; who funds the newsroom.
  const journalism = alt(words.journalism);
  const backers = String.raw`(?:(?:our|all|the)\s+)?${alt(words.backers)}(?:\s+(?:like you|like yourself|مثلك|مثلكم|امثالك|امثالكم))?`;
  // "Donate now to support nonprofit journalism", "Support our independent journalism", "ادعم صحافتنا
  // المستقلة", "تبرّع الآن لدعم الصحافة المستقلة": a verb of giving, then the outlet's journalism last,
  // a few words of what it is between; "Donate blood to support local hospitals" gives to none.
  const givenOutlets = foldedSet(table.outlets);
  // "Underwriting support from X", "Support for this newsroom comes from readers like you", "دعم هذه
  // التغطية مقدم من X": who pays for the journalism, an outlet or its readers.
  const backed = new RegExp(`^${backers}$`, 'iu');
  // The paid tier's outlet is a name (capitalised in English, or a brand with digits as "Law360"; no
  // clause in Arabic): "Try the soup free for a week" is a cook's advice.
  DEFAULT_CHECKS[`advertisement-trial-${lang}`] = (_line, value) =>
    value === undefined ||
    value === '' ||
    (lang === 'en'
      ? isOutletName(value, lang) || /^\p{Lu}\p{L}+\d+$/u.test(value)
      : !readsAsClause(value, lang, value) && !/[\d٠-٩]/u.test(value));
  // The reward is a thing the outlet gives ("… and get our bonus guide", "… واحصل على دليلنا المجاني");
  // "Invite two friends to get vaccinated" and "ادعُ أصدقاءك واحصلوا على اللقاح معاً" ask for no referral.
  const reward =
    lang === 'en'
      ? /^(?:our|a|an|free|your|bonus|exclusive|premium|\d+)\s/iu
      : /(?:\p{L}{2,}نا(?!\p{L})|مجان|هديه|هدايا|مكافا|اشتراك|خصم|نقاط|دليل|شهر)/u;
  // "News from China", "أخبار من الصين": news of a place or an outlet, named alone (capitalised in
  // English, no particle in Arabic, three words at most); "News from the front line" stays.
  const pieceWords = foldedSet(table.pieces.map((p) => p.replace(/^ال/u, '')));
  const pieces = alt(table.pieces);
  const bare = (list: readonly string[]) => alt(list.map((p) => p.replace(/^ال/u, '')));
  const getting = words.installs.filter((w) => !/^(?:available|free|also|متوفر|متاح|تطبيقنا)/u.test(w));
  return [
    pattern(lang, {
      name: 'share-app',
      kind: 'share',
      // "Get the ODT app", "Download the Newsfirst app", "حمّل تطبيق الحرة": a verb of getting, then the app
      // by the outlet's name; the name is a name (capitalised in English, no clause in Arabic): "Get the
      // flu app" and "حمل تطبيق القانون الجديد مسؤولية" stay.
      // An outlet's name may end on a channel's number ("حمّل تطبيق فرانس 24", as "Get the France 24 app"):
      // "حمل تطبيق 24 ساعة" opens on one and stays.
      check: (_line, value) => {
        if (value === undefined) return false;
        // Round 20: a brand written small, one word with digits or a domain's ending ("Download the
        // bdnews24 app", "حمّل تطبيق فرانس 24" above); "Get the flu app" has neither.
        if (lang === 'en')
          return (
            isOutletName(value, lang) || /^\p{L}+\d+(?:\.\p{L}{2,4})?$|^\p{L}+\.(?:com|net|org|tv|news)$/u.test(value)
          );
        const name = value.replace(/\s+[\d٠-٩]{1,3}$/u, '');
        return name !== '' && !/[\d٠-٩.!?؟،,]/u.test(name) && !readsAsClause(name, lang, name);
      },
      where: 'anywhere',
      // Round 23: what the app is for after the name, the store it is in ("Download the Met Office
      // weather app", "حمّل تطبيق صحتي من متجر التطبيقات"). Round 36: a body's name with what it is of, "لل" joined,
      // as English's three words ("حمّل تطبيق المركز الوطني للأرصاد", "Download the National Weather Centre app").
      en: String.raw`^${alt(getting)}\s+(?:the\s+|our\s+)?(?<value>\S+(?:\s+\S+){0,2}?)\s+(?:(?:weather|news|health|radio|sport|sports|tv|video|podcast)\s+)?app(?:\s+(?:from|on|in)\s+(?:the\s+)?(?:app\s+store|google\s+play|play\s+store))?\s*[.!]?$`,
      ar: String.raw`^${alt(getting)}\s+(?:تطبيق|التطبيق)\s+(?<value>\S+(?:\s+\S+)?(?:\s+لل\S+)?(?:\s+[\d٠-٩]{1,3})?)(?:\s+(?:من|على|في)\s+(?:متجر\s+(?:ال)?تطبيقات|متجر\s+(?:اب|ابل|جوجل|غوغل)(?:\s+\S+)?|(?:جوجل|غوغل)\s+بلاي|اب\s+ستور))?\s*[.!]?$`,
      maxLength: 60,
    }),
    pattern(lang, {
      name: 'share-store',
      kind: 'share',
      check: (line) =>
        !reports(line) &&
        // Systems are no store: a line that names only them must be of an app ("Install the update on your
        // Android phone" is advice).
        (realStore.test(foldLineText(line)) || app.test(line)) &&
        foldedWords(line).length <= 20 &&
        (!/[^.]\.$/u.test(line.trim()) ||
          ownApp.test(line) ||
          (foldLineText(line).match(storeNames) ?? []).length >= 2),
      where: 'anywhere',
      regex: String.raw`^${alt(words.installs)}${END}[^.!?؟]{0,80}?\s(?:on|from|in|at|via|for|على|من|في|عبر|ل)\s+(?:the\s+)?(?:و)?${places}(?:\s*(?:,|or|and|&|او|و)\s*(?:the\s+)?(?:و)?${places})*\s*[.!]?$`,
      maxLength: 160,
    }),
    {
      // "Open in Apple News", "Listen on Spotify", "شاهد على يوتيوب": a verb of the reader's, then where.
      name: opened,
      lang,
      kind: 'share',
      where: 'anywhere',
      regex: String.raw`^${alt(words.opens)}(?:\s+(?:it|this|this story|the story|the article|in full))?\s+(?:in|on|with|via|في|على|عبر)\s+(?:the\s+)?(?:(?:app|تطبيق|التطبيق)\s+)?(?:${platforms}|${stores}|app|تطبيق|التطبيق)(?:\s+(?:app|تطبيق))?$`,
      maxLength: 60,
    },
    {
      name: alerts,
      lang,
      kind: 'share',
      where: 'anywhere',
      regex: String.raw`^${alt(words.switches)}\s+(?:[^\s.,!?؟،]+\s+){0,3}?${joined}${alt(words.alerts)}${END}(?<value>[^,;،؛]{0,80})$`,
      maxLength: 110,
    },
    pattern(lang, {
      name: 'related-pointer',
      kind: 'related',
      // "👈 اقرأ التفاصيل: …", "رابط القناة 👇", "👉 Read the full story": a hand pointing to a link, and a
      // word of what the link leads to; a Telegram post's item after a hand ("👈 ارتفاع الإصابات") stays.
      check: (line) => links.test(foldLineText(line.replace(new RegExp(POINTER, 'gu'), ' '))),
      where: 'anywhere',
      // A hand before a link's words and maybe its headline, or after a few words of a link.
      regex: String.raw`^(?:${POINTER}+\s*[^.!؟?]{2,150}[?؟!]?|(?:[^\s.!?؟]+\s+){0,4}[^\s.!?؟]+\s*:?\s*${POINTER}+)$`,
      maxLength: 170,
    }),
    {
      name: more,
      lang,
      kind: 'related',
      where: 'anywhere',
      regex: String.raw`^[\p{L}\p{M}'’ ]{2,40}[?؟!]?$`,
      maxLength: 45,
    },
    {
      // "Become a member of X to start commenting.", "Sign in to comment", "سجل دخولك لتتمكن من
      // التعليق": what the reader does, then to comment; "Become a member of the board, she urged" is
      // no comment box.
      name: join,
      lang,
      kind: 'comments',
      regex:
        lang === 'en'
          ? String.raw`^(?:please\s+)?${alt(words.joins)}${END}.{0,60}?\s+to\s+(?:start\s+|begin\s+|be able to\s+)?(?:${alt(words.toComment)}|join\s+the\s+(?:[\p{L}\p{N}'’&+.-]+\s+){1,2}(?:conversation|discussion|debate))[.!]?$`
          : String.raw`^(?:يرجى\s+|الرجاء\s+)?${alt(words.joins)}${END}.{0,60}?\s*(?:${alt(words.toComment)}|(?:للانضمام|للمشاركه)\s+(?:الى|الي|في)\s+(?:نقاش|حوار|مناقشه)\s+\p{L}+(?:\s+\p{L}+)?)[.!]?$`,
      maxLength: 130,
    },
    pattern(lang, {
      name: 'comments-state',
      kind: 'comments',
      check: (line, value) =>
        foldedWords(value ?? '').every((w) => inSet(audience, w, lang)) &&
        (!talk.test(foldLineText(line)) ||
          foldedWords(value ?? '').some((w) => ofPiece.has(w.replace(/^(?:و|ف)?(?:ال|لل)/u, '')))),
      en: String.raw`^(?:(?:readers?'?s?|users?'?|your|the)\s+)?(?:comments?|commenting|replies|responses|comment section|the comment section|discussions?|conversation|debate)\s+(?:(?:is|are|has been|have been|has|have|will be|remain|remains)\s+)?(?:now\s+|currently\s+|temporarily\s+)?(?:only\s+)?${alt(words.states)}${END}(?<value>[^,;:!?]{0,50}?)[.!]?$`,
      ar: String.raw`^(?:(?:تم|لقد تم)\s+)?(?:(?:اغلاق|ايقاف|تعطيل|اغلق|اوقف)\s+(?:باب\s+|خاصيه\s+)?(?:ال)?(?:تعليقات|تعليق|ردود|نقاش|حوار|مناقشه)|(?:باب\s+|خاصيه\s+)?(?:ال)?(?:تعليقات|تعليق|ردود|نقاش|حوار|مناقشه)(?:\s+(?:ال)?قراء)?\s+${alt(words.states)})${END}(?<value>[^,;:!؟،]{0,50}?)[.!]?$`,
      maxLength: 100,
    }),
    {
      // "يحتفظ X بحق حذف أي تعليق…", "الآراء الواردة في التعليقات تخص أصحابها", "X reserves the right to
      // remove any comment", "Views in the comments are those of their authors": the site's rights
      // over the comments, or whose they are. Round 25: as what they reflect, and whose alone ("Comments
      // reflect the views of their authors only", "ما يُنشر من تعليقات يعبر عن أصحابه وحدهم"), and in Arabic
      // whose view they are not, as `disclaimer-en` takes English's ("التعليقات المنشورة لا تعبر عن رأي
      // خبرني", "Published comments do not reflect the views of Khaberni"). Round 27: whose they are, then
      // whose they are not ("التعليقات المنشورة تعبر عن أصحابها لا عن عربي21", "Comments reflect the views of
      // their authors, not of Arabi21").
      name: owned,
      lang,
      kind: 'comments',
      regex:
        lang === 'en'
          ? String.raw`^(?=.*${START}(?:comments?|replies)${END})(?:.{0,60}${START}reserves? the right to (?:delete|remove|edit|moderate|reject|block)${END}|.{0,60}${START}(?:comments?|replies)${END}.{0,40}${START}(?:are|is|remain) (?:those|the (?:views|opinions|responsibility)) of (?:their|the) (?:authors?|writers?|commenters?|posters?)${END}).{0,80}[.!]?$|^(?:[\p{L}'’]+\s+){0,3}(?:comments?|replies)\s+(?:[\p{L}'’]+\s+){0,2}?(?:reflects?|express(?:es)?|represents?)\s+(?:only\s+)?the\s+(?:views|opinions)\s+of\s+(?:their|its)\s+(?:authors?|writers?|commenters?|posters?)(?:\s+(?:only|alone)|\s*,?\s+not\s+(?:(?:those\s+)?of\s+)?(?!\p{L}*\s+(?:of|in|on|at|about)\s)[\p{L}\p{N}'’.-]+(?:\s+[\p{L}\p{N}'’.-]+){0,2})?\s*[.!]?$`
          : String.raw`^(?=.*${START}(?:ال)?(?:تعليق|تعليقات|ردود)${END})(?:(?:ي|ت)حتفظ${END}.{0,40}${START}بحق${END}\s+(?:حذف|تعديل|رفض|عدم نشر|حجب)${END}|.{0,50}${START}(?:ال)?(?:تعليقات|تعليق|ردود)${END}\s+(?:تخص|تعبر عن|تمثل|تعكس)\s+(?:ارا[ءؤئ]?\s+)?(?:اصحابها|كاتبيها|اصحابها فقط|رأي اصحابها)${END}).{0,80}[.!]?$|^(?:\p{L}+\s+){0,3}(?:ال)?(?:تعليقات|تعليق|ردود)(?:\s+\p{L}+){0,2}?\s+(?:تخص|يخص|تعبر عن|يعبر عن|تمثل|يمثل|تعكس|يعكس)\s+(?:(?:راي|ارا[ءؤئ]?)\s+)?(?:اصحابها|اصحابه|كاتبيها|كتابها|كاتبيه)(?:\s+(?:فقط|وحدهم|وحده|وحدها)|\s*[,،]?\s+(?:لا|وليس|ليس)\s+(?:عن\s+)?(?:راي\s+)?(?!\p{L}*\s+(?:من|في|على|عن)\s)[\p{L}\p{N}]+(?:\s+[\p{L}\p{N}]+){0,2})?\s*[.!]?$|^(?:ال)?(?:تعليقات|ردود)(?:\s+(?:ال)?(?:منشوره|قراء|زوار)|(?=\s+${denies}\s+(?!ال)\S|\s+${denies}\s+(?:ال)?${alt(table.outlets)}(?!\p{L})))\s+${denies}\s+(?!\p{L}*\s+(?:من|في|على|عن)\s)\p{L}+(?:\s+\p{L}+){0,2}\s*[.!]?$`,
      maxLength: 200,
    },
    {
      // "Share this post with someone who cares", "شارك هذه التدوينة مع من يهمه الأمر": the piece, and whom
      // to share it with. Named by "it" or by its article alone, nothing may follow but how it is sent
      // ("Share it with your friends", "أرسلها لصديق برسالة نصية"; "Share it with someone you trust" is
      // advice).
      // Round 28: the piece given as a gift, a word before it ("Gift this Globe article to a friend",
      // "أهدِ هذا المقال لصديق"), and sent to whoever did something ("أرسل هذا التحقق إلى من شارك الادعاء",
      // as "Send this fact-check to anyone who shared the claim").
      name: shared,
      lang,
      kind: 'share',
      where: 'anywhere',
      regex:
        lang === 'en'
          ? String.raw`^(?:share|send|forward|email|text|gift)\s+(?:(?:this|the)\s+(?:[\p{L}\p{N}'’&-]+\s+)?${alt([...table.pieces.filter((p) => !/\s/u.test(p)), ...words.sent])}\s+(?:with|to)\s+${alt(words.sharedWith)}${END}[^.,;]{0,40}|it\s+(?:with|to)\s+${alt(words.sharedWith)}${sentBy}|(?:this|the|today['’]s)\s+\p{L}+(?:\s+(?!(?:of|from|in|on|about)\s)\p{L}+){0,2}?\s+with\s+${alt(yours)}${sentBy})\s*[.!]?$`
          : String.raw`^(?:(?:شارك|شاركي|شاركوا)\s+(?:هذه\s+|هذا\s+)?ال\p{L}+(?:\s+(?!(?:من|في|على|عن|الى)\s)\p{L}+){0,2}?\s+مع\s*${alt(yours)}${sentBy}|(?:شارك|شاركي|شاركوا|ارسل|ارسلي|ارسلوا|ابعث|ابعثي|ابعثوا|انشر|اهد|اهدي|اهدوا)\s+(?:هذه|هذا)\s+(?:ال)?${piecesAr}\s+(?:مع|الى|ل)\s*${alt(words.sharedWith)}${END}[^.,;،]{0,40}|(?:(?:شارك|شاركي|شاركوا|ارسل|ارسلي|ارسلوا|ابعث|ابعثي|ابعثوا|انشر)\s+ال${piecesAr}|(?:شارك|شاركي|شاركو|ارسل|ارسلي|ارسلو|انشر|انشرو)(?:ها|ه))\s+(?:مع|الى|ل)\s*${alt(words.sharedWith)}${sentBy})\s*[.!]?$`,
      maxLength: 110,
    },
    pattern(lang, {
      // A newsletter's own prompts to pass it on, as its email prints them: sharing or forwarding the issue
      // ("Share this issue", "شارك هذا العدد"), reading it in a browser ("View this email in your
      // browser", "اعرض هذه الرسالة في متصفحك"), whether it was forwarded, maybe with where to subscribe
      // ("Forwarded this email? Subscribe here", "هل وصلتك هذه الرسالة من صديق؟ اشترك هنا"), and whom it
      // may please ("Know someone who'd like this? Forward it along.", "هل تعرف شخصاً سيعجبه هذا؟ أرسله
      // له"). Each names the issue or the reader's act on it; "Share this issue with the minister" is no
      // prompt.
      name: 'share-newsletter',
      kind: 'share',
      where: 'anywhere',
      en: String.raw`^(?:(?:share|forward|send)\s+(?:this|today['’]s)\s+${alt(words.issues)}|(?:view|read|open|see)\s+(?:this|the|today['’]s)\s+${alt(words.issues)}\s+(?:in|on)\s+(?:your|a|the)\s+(?:web\s+)?browser|(?:was\s+this\s+|were\s+you\s+)?forwarded\s+(?:this|the)\s+${alt(words.issues)}\s*\?(?:\s+(?:subscribe|sign\s+up)${END}[^.!?]{0,40})?|(?:do\s+you\s+)?know\s+(?:someone|anyone|a\s+friend)\s+who(?:['’]d|\s+would|\s+might)\s+(?:like|enjoy|love)\s+(?:this|it)\s*\?(?:\s+(?:forward|send|share|pass)\s+(?:it|this)(?:\s+(?:along|on|to\s+them))?)?)\s*[.!]?$`,
      ar: String.raw`^(?:(?:شارك|شاركي|شاركوا|انشر|ارسل|ارسلي|ارسلوا)\s+${alt(words.issues)}|(?:اعرض|افتح|اقرا|تصفح)\s+(?:هذه\s+|هذا\s+)?(?:الرساله|${alt(words.issues)})\s+(?:في|على|عبر)\s+(?:ال)?متصفح(?:ك|كم)?|هل\s+(?:وصلتك|وصلتكم|تلقيت|استلمت)\s+(?:هذه\s+|هذا\s+)?(?:الرساله|${alt(words.issues)})(?:\s+من\s+صديق)?\s*[?؟](?:\s+(?:اشترك|اشتركوا|اشتركي|سجل)${END}[^.!?؟]{0,40})?|(?:هل\s+)?(?:تعرف|تعرفين|تعرفون)\s+(?:شخصا|احدا|صديقا)\s+(?:سيعجبه|قد\s+يعجبه|يهمه)\s+(?:هذا|ذلك)\s*[?؟](?:\s+(?:ارسله|ارسلها|شاركه|شاركها)(?:\s+(?:له|اليه|معه))?)?)\s*[.!]?$`,
      maxLength: 110,
    }),
    pattern(lang, {
      // A newsletter asking for replies to its email, maybe promising they are read ("Reply to this email
      // — I read every one", "ردّ على هذه الرسالة، نقرأ كل الردود"); "Reply to this email by Friday to
      // confirm your place" asks something else.
      name: 'comments-newsletter',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?:just\s+|simply\s+)?(?:reply|respond|write\s+back)\s+to\s+(?:this|the|today['’]s)\s+(?:${alt(words.issues)})(?:\s*[—–\-,:;]\s*(?:[^.!?]{0,30}\s)?(?:read|answer|reply|replies|respond)${END}[^.!?]{0,30})?\s*[.!]?$`,
      ar: String.raw`^(?:رد|ردي|ردوا)\s+على\s+(?:هذه\s+|هذا\s+)?(?:الرساله|${alt(words.issues)})(?:\s*[—–\-,،:]\s*(?:[^.!؟]{0,30}\s)?(?:نقرا|اقرا|نرد|ارد|الردود|ردودكم|ردك)${END}[^.!؟]{0,30})?\s*[.!]?$`,
      maxLength: 110,
    }),
    pattern(lang, {
      // The service the comments run on, named ("Comments are powered by Disqus", "التعليقات مقدمة من X").
      name: 'comments-powered',
      kind: 'comments',
      // The service is a name ("Disqus", the outlet's own): "Comments powered by anger flooded in" is prose.
      check: (_line, value) =>
        value !== undefined &&
        value.split(/\s+/u).length <= 4 &&
        // Arabic has no capitals to tell a name ("مستضافة على خوادم بعيدة"): only a service's Latin one counts.
        (lang === 'en' || /^\p{Script=Latin}/u.test(value)) &&
        isOutletName(value, 'en'),
      where: 'anywhere',
      en: String.raw`^(?:the\s+)?(?:comments?|comments\s+section|discussion|conversation)\s+(?:(?:are|is)\s+)?(?:powered|hosted|provided|run)\s+by\s+(?<value>[^.,;:!?]{2,40})\.?$`,
      ar: String.raw`^(?:التعليقات|نظام\s+التعليقات|خدمه\s+التعليقات|النقاش)\s+(?:مقدمه|مدعومه|مستضافه|يعمل|تعمل|يديره|تديرها)\s+(?:من|بواسطه|عبر|على|ب)\s*(?<value>[^.,;:!؟،]{2,40})\.?$`,
      maxLength: 80,
    }),
    pattern(lang, {
      // "We recommend: …", "ننصحك أيضاً بقراءة: …": the outlet recommending a read, a colon, a headline.
      name: 'related-recommend',
      kind: 'related',
      where: 'anywhere',
      en: String.raw`^${alt(words.recommends)}(?:\s+(?:that\s+)?(?:you\s+)?(?:also\s+)?(?:read(?:ing)?|watch(?:ing)?|listen(?:ing)? to))?\s*(?::|\.\.+|…)\s*[^.!]{0,140}[?!]?$`,
      ar: String.raw`^${alt(words.recommends)}(?:\s+(?:ب|ب?ال)?(?:قراءه|متابعه|مشاهده|الاطلاع على))?\s*(?::|\.\.+|…)\s*[^.!]{0,140}[؟?!]?$`,
      maxLength: 180,
    }),
    pattern(lang, {
      name: 'advertisement-issue',
      kind: 'advertisement',
      // "Today's issue is brought to you by X.", "عدد اليوم برعاية X": a newsletter's issue and its
      // sponsor, however the sponsoring is said ("… brought to you together with X", "عدد اليوم بالشراكة مع
      // X": the sponsors' words); "Today's issue is the shortage of…" names no sponsor.
      check: (_line, value) =>
        value !== undefined && value.split(/\s+/u).length <= 5 && isOutletName(value.replace(/[.!]$/u, ''), lang),
      where: 'anywhere',
      en: String.raw`^(?:(?:this|today['’]s|this week['’]s|today|our|the)\s+)?${alt(words.issues)}\s+(?:is|was|comes)\s+(?:(?:brought to you|sponsored|presented|supported|made possible|powered)\s+by|(?:brought to you\s+)?${alt(table.sponsorship.sponsors)})\s+(?<value>[^,;:!?]{2,50})$`,
      ar: String.raw`^(?:(?:ياتيكم|يصلكم|ياتيك|يصلك)\s+)?${alt(words.issues)}(?:\s+(?:اليوم|هذا|هذه))?\s+(?:برعايه|بدعم من|${alt(table.sponsorship.sponsors)})\s+(?<value>[^,;:!؟،]{2,50})$`,
      maxLength: 100,
    }),
    pattern(lang, {
      // "Load 20 more replies", "Write your comment here…", "عرض المزيد من التعليقات", "اكتب ردك هنا...":
      // what the comment box shows or asks, its words alone; how many of them ("عرض 26 من الردود", "View
      // 26 of 40 comments") and whom a reply goes to ("اكتب ردك على الكاتب"; English's is `comment-prompt`'s:
      // "Write your reply to the author").
      name: 'comments-box',
      kind: 'comments',
      en: String.raw`^(?:load|show|view|see|read|write|type|enter|add|leave|post)\s+(?:(?:a|all|the|your|more|older|newer|previous|\d+)\s+){0,2}(?:of\s+(?:the\s+|\d+\s+)?)?(?:comments?|replies|reply|responses?)(?:\s+(?:here|below))?\s*(?:\.{2,}|…|:)?\s*(?:\(\d+\))?$`,
      ar: String.raw`^(?:عرض|اعرض|اظهار|اظهر|تحميل|حمل|مشاهده|شاهد|قراءه|اقرا|اضف|اكتب|اكتبي|ادخل)\s+(?:المزيد من\s+|كل\s+|جميع\s+|\d+\s+(?:من\s+)?)?(?:ال)?(?:تعليقات|تعليق|تعليقا|ردود|ردا|رد|تعليقك|ردك|تعليقكم|ردكم|رايك)(?:\s+(?:اخرى|اخر|اضافيه|اضافيا|السابقه|الاقدم|الاحدث|هنا|ادناه)|\s+(?:على|الى|ل)\s*(?:ال)?(?:كاتب|كاتبه|محرر))?\s*(?:\.{2,}|…|:)?\s*(?:\(\d+\))?$`,
      maxLength: 60,
    }),
    pattern(lang, {
      name: 'copyright-credited',
      kind: 'copyright',
      // "الاقتباس من محتوى الموقع متاح مع الإشارة إلى X", "Quoting our stories is permitted with credit to X":
      // reuse, allowed, if the outlet is named; "Quoting the minister is allowed, with credit to the
      // ministry's aides." ends on no outlet.
      check: (_line, value) =>
        value !== undefined && (isOutletName(value, lang) || /^(?:ال)?(?:مصدر|موقع|رابط)$/u.test(foldLineText(value))),
      regex: String.raw`^(?=.*${START}(?:ب|بال|ال|و|وال)?${alt(table.reuse.acts)}${END})(?=.*${START}${alt([...table.reuse.permits, ...words.permits])}${END})[^.!?؟]{0,120}${START}${alt(words.creditTo)}${END}\s*(?<value>[^.!?؟,،]{2,50}?)[.!]?$`,
      maxLength: 200,
    }),
    pattern(lang, {
      name: 'related-by-name',
      kind: 'related',
      // "More from Jane Doe and The Standard", "المزيد للكاتبة فلانة": more of a writer's or an outlet's,
      // names only (capitalised in English): "More from the ministry on Monday" is prose.
      check: (_line, value) =>
        value !== undefined &&
        (lang === 'en'
          ? value.split(/\s+(?:and|&)\s+/u).every((part) => isOutletName(part, lang) && part.split(/\s+/u).length <= 4)
          : looksLikeName(value, lang, 4) || isOutletName(value, lang)),
      where: 'anywhere',
      en: String.raw`^more (?:(?:articles|stories|posts|pieces|columns|reports|work)\s+)?(?:from|by)\s+(?<value>[^.,:;!?]{3,80})$`,
      ar: String.raw`^(?:المزيد|مزيد|مقالات اخرى|المزيد من المقالات|المزيد من مقالات|مقالات)\s+(?:للكاتب|للكاتبه|لل?كاتب|بقلم)\s+(?<value>[^.,:;!؟،]{3,60})$`,
      maxLength: 100,
    }),
    {
      name: reactions,
      lang,
      kind: 'share',
      where: 'anywhere',
      // A button's pictograph may stand beside its word ("Upvote ⬆️ Share Save Report").
      regex: String.raw`^[\p{L}\p{M}' |·•,/\p{So}\uFE0F]{4,90}$`,
      maxLength: 90,
    },
    {
      // "Comments policy: be respectful and stay on topic", "شروط التعليق: الالتزام بآداب الحوار": the box's
      // rules under their label; "لا يُنشر أي تعليق يسيء إلى الأشخاص", "Comments that insult others will
      // not be published": what the box will not take, and no more; "Please review 17 comments before
      // your comment can be posted": what the reader does before theirs appears. A report of such a rule
      // goes on after a comma ("…, the ministry warned newspapers").
      name: rules,
      lang,
      kind: 'comments',
      regex:
        lang === 'en'
          ? String.raw`^(?:${alt(words.rules)}\s*:\s*[^:]{2,120}|(?:no|any)\s+(?:comments?|replies)\s+(?:that|which|containing|with)\s[^,;:]{2,100}\s(?:will|shall|may|can)\s+(?:(?:not|never)\s+be\s+(?:published|posted|approved|accepted)|be\s+(?:removed|deleted))|(?:comments?|replies)\s+(?:that|which|containing)\s[^,;:]{2,100}\s(?:will not|won't|cannot|can't|may not|shall not|will never)\s+be\s+(?:published|posted|approved|accepted)|[^,;:]{2,100}\s(?:before|until|so that|for)\s+your\s+(?:comment|reply)\s+(?:can|will|may|is)\s+(?:be\s+)?(?:posted|published|approved|shown|appear))[.!]?$`
          : String.raw`^(?:${alt(words.rules)}\s*:\s*[^:]{2,120}|(?:لا|لن)\s+(?:ي|ت)?(?:نشر|ظهر)\s+(?:اي\s+)?(?:ال)?(?:تعليق|تعليقات)${END}[^,،;؛:]{2,100}|(?:ال)?تعليقات\s+(?:التي|الذي)\s[^,،;؛:]{2,100}\s(?:لن|لا)\s+(?:ت|ي)?(?:نشر|ظهر)|[^,،;؛:]{2,100}\s(?:قبل|حتى|لكي|كي)\s+(?:ان\s+)?(?:ي|ت)?(?:نشر|ظهر|قبل)\s+(?:تعليقك|ردك))[.!]?$`,
      maxLength: 200,
    },
    {
      // "أكمل القراءة أسفل المساحة الإعلانية", "Continue reading below the advertising space": the article
      // goes on past the ad's slot, whatever the slot is called, maybe named ("Continue reading the
      // report below the ad", "تابع قراءة التقرير أسفل الإعلان"). Round 25: the slot as a unit or a break,
      // the rest of the piece as a noun ("Story continues below this ad unit", "تكملة الخبر بعد المساحة
      // الإعلانية", "يتواصل المقال بعد الفاصل الإعلاني"). Round 26: the slot as a promotion ("Continue
      // reading below the promotion", "تابع القراءة أسفل الترويج"). Round 28: or only that it goes on
      // below, the slot between unnamed ("Article content continues below", "يتابع محتوى المقال أدناه").
      name: continues,
      lang,
      kind: 'advertisement',
      where: 'anywhere',
      regex:
        lang === 'en'
          ? String.raw`^(?:(?:continue|keep|resume)\s+reading(?:\s+(?:the|this)\s+(?:story|article|report|text))?|(?:the\s+)?(?:story|article|text|report)\s+continues)\s+(?:below|after|under|beneath)\s+(?:the\s+|this\s+)?(?:ad|ads|advert|advertisement|advertising|sponsored|promotion|promo|commercial)(?:\s+(?:space|slot|block|section|message|content|unit|break|spot))?\s*[.…]*$|^(?:the\s+)?(?:story|article|text|report)(?:\s+content)?\s+continues\s+below\s*[.…]*$`
          : String.raw`^(?:(?:اكمل|تابع|واصل|استكمل|اكملوا|تابعوا)\s+(?:ال)?(?:قراءه|قراءتك)(?:\s+(?:ال)?(?:خبر|مقال|مقاله|تقرير|نص))?|(?:ي|ت)(?:تابع|ستكمل|تواصل|كمل)\s+(?:ال)?(?:مقال|خبر|نص|تقرير|مقاله)|(?:تكمله|تتمه|بقيه|باقي)\s+(?:ال)?(?:مقال|خبر|نص|تقرير|مقاله|موضوع))\s+(?:اسفل|بعد|اسفله|تحت)\s+(?:ال)?(?:اعلان|اعلانات|مساحه(?:\s+ال)?\s*اعلانيه|مساحه الاعلان|فقره الاعلانيه|محتوى الاعلاني|فاصل(?:\s+ال)?\s*اعلاني|ترويج|(?:اعلان|محتوى|فقره)\s+الترويجي(?:ه)?)\s*[.…]*$|^(?:ي|ت)(?:تابع|تبع|ستكمل|تواصل|كمل)\s+(?:محتوى\s+)?(?:ال)?(?:مقال|خبر|نص|تقرير|مقاله|محتوى)\s+(?:ادناه|في\s+الاسفل|بالاسفل)\s*[.…]*$`,
      maxLength: 80,
    },
    ...onlyIn('en', lang, {
      name: 'share-glued',
      kind: 'share',
      // "Email ThisBlogThis!Share to XShare to Facebook": buttons scraped without the spaces between them,
      // told by a capital straight after a small letter or a "!"; every word is a button's or a platform's.
      // (Arabic has no capitals to show where one button ends: its buttons run together are left.)
      check: (line) => {
        const parts = line.split(/(?<=[\p{L}!])(?=\p{Lu}\p{Ll})/u);
        const all = foldedWords(parts.join(' '));
        return (
          parts.length >= 3 && all.every((w) => buttonWords.has(w)) && all.filter((w) => w === 'share').length >= 1
        );
      },
      where: 'anywhere',
      regex: String.raw`^[\p{L}!' ]{12,160}$`,
      maxLength: 160,
    }),
    pattern(lang, {
      // "شاركوا الخبر عبر:", "Share this story via:": sharing the piece, and where, the buttons after.
      name: 'share-via',
      kind: 'share',
      where: 'anywhere',
      en: String.raw`^(?:share|send|post|forward)\s+(?:this|the|our)\s+(?:${alt([...table.pieces, ...words.sent])})\s+(?:via|on|through|with|to|by)\s*:?$`,
      ar: String.raw`^(?:شارك|شاركي|شاركوا|انشر|انشروا|ارسل|ارسلوا)\s+(?:هذا\s+|هذه\s+)?(?:ال)?(?:${alt([...table.pieces, ...words.sent].map((p) => p.replace(/^ال/u, '')))})\s+(?:عبر|على|من خلال|في|مع|ب)\s*:?$`,
      maxLength: 50,
    }),
    pattern(lang, {
      // "Stay informed!", "ابقَ على اطلاع!": the cry that opens a prompt to follow, alone; "Stay informed"
      // without it may be a guide's heading.
      name: 'share-stay',
      kind: 'share',
      where: 'anywhere',
      en: String.raw`^(?:stay|keep)\s+(?:informed|updated|up to date|in the know|connected|tuned|in touch)\s*!$`,
      ar: String.raw`^(?:ابق|ابقى|ابقي|ابقوا|كن|كوني|كونوا)\s+على\s+(?:اطلاع|اتصال|علم)(?:\s+دائم)?\s*!$`,
      maxLength: 30,
    }),
    pattern(lang, {
      // "Don't forget to like and subscribe 👍", "لا تنسوا الإعجاب والاشتراك": a reminder, then the
      // reader's acts on the piece or the channel and nothing else; "Remember to share the load" goes on.
      name: 'share-remind',
      kind: 'share',
      where: 'anywhere',
      regex: String.raw`^${alt(words.reminds)}\s+(?:${alt(words.acts)})(?:\s*(?:,|،|and|&|or|او)?\s*${lang === 'ar' ? 'و?' : ''}(?:${alt(words.acts)}))*(?:\s+(?:this|the|our)\s+(?:${alt([...table.pieces, ...words.sent, 'channel'])}))?\s*[.!]*$`,
      maxLength: 80,
    }),
    pattern(lang, {
      // "r/Clinic Talk • Posted by u/Jane Doe": a forum's community, with its prefix, and who posted in
      // it, as the page's path; the community's name and the poster's are a few words each.
      name: 'breadcrumb-community',
      kind: 'breadcrumb',
      where: 'anywhere',
      regex: String.raw`^\p{Ll}/[\p{L}\p{N}_-]+(?:\s[\p{L}\p{N}_-]+){0,3}\s*[•·|]\s*(?:${lang === 'en' ? '(?:posted|submitted|shared) by' : '(?:نشر|نشره|نشرته|نشرها|شاركه|شاركها)(?:\\s+بواسطه)?|(?:posted|submitted) by'})\s+(?:\p{Ll}/)?[\p{L}\p{N}_.-]+(?:\s[\p{L}\p{N}_.-]+){0,3}$`,
      maxLength: 100,
    }),
    pattern(lang, {
      // "مُروَّج", "Boosted": a word of paid placement standing alone as the slot's marker; with a word
      // after it, it is anyone's ("مروج المخدرات").
      name: 'advertisement-alone',
      kind: 'advertisement',
      where: 'anywhere',
      regex: String.raw`^[\s\-_*•·.:|]*${alt(words.placed)}[\s\-_*•·.:|]*$`,
      maxLength: 20,
    }),
    pattern(lang, {
      // "Includes paid promotion", "This video contains paid promotion", "يتضمن ترويجاً مدفوعاً": what the
      // piece holds, in the words of paid placement and nothing after them (Arabic's object in the
      // accusative, "ترويجاً"); "The bill includes paid leave" holds no word of the table.
      name: 'advertisement-includes',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:(?:this|the)\s+(?:${alt([...table.pieces, ...words.sent])})\s+)?(?:includes|contains|features|has|may contain)\s+(?:a\s+)?${alt(words.placed)}(?:\s+(?:content|material))?\s*\.?$`,
      ar: String.raw`^(?:(?:هذا|هذه)\s+(?:ال)?\S+\s+)?(?:يتضمن|تتضمن|يحتوي على|تحتوي على|يشمل|تشمل|قد يتضمن|قد يحتوي على)\s+(?:${words.placed
        .map((p) =>
          foldLineText(p)
            .split(/\s+/u)
            .map((w) => `${escapeRegExp(w)}ا?`)
            .join('\\s+'),
        )
        .join('|')})\s*\.?$`,
      maxLength: 60,
    }),
    pattern(lang, {
      name: 'advertisement-network',
      kind: 'advertisement',
      // "إعلان · AdSense", "Advertisement · Taboola": the ad slot's marker and, after a dot or a bar or in
      // brackets ("إعلان (Google)", "Advertisement (Taboola)"), the network that fills it, a name alone.
      // In brackets the network is a Latin name, as networks are on pages of either language: "إعلان (رسمي)"
      // and "Advertisement (continued)" say what the ad is.
      check: (line, value) =>
        value !== undefined &&
        value.split(/\s+/u).length <= 3 &&
        (line.includes('(') ? isOutletName(value, 'en') : isOutletName(value, 'en') || isOutletName(value, lang)),
      where: 'anywhere',
      regex: String.raw`^${alt(table.labels.advertisement.filter((l) => /^\S+$/u.test(l)))}\s*(?:[·•|]\s*|\(\s*(?=[^()]+\)$))(?<value>[\p{L}\p{N}][\p{L}\p{N}\s.!'’-]{1,30}?)\s*\)?$`,
      maxLength: 50,
    }),
    pattern(lang, {
      // "على صلة بالخبر", "Related to this story": a list's heading of what the piece relates to.
      name: 'related-to-piece',
      kind: 'related',
      where: 'anywhere',
      en: String.raw`^(?:more\s+)?(?:related|connected|linked)\s+to\s+(?:this|the)\s+(?:${alt(table.pieces)})\s*:?$`,
      ar: String.raw`^(?:على صله|ذو صله|ذات صله|متعلق|متعلقه|مرتبط|مرتبطه)\s+(?:ب|بهذا\s+|بهذه\s+)(?:ال)?(?:${alt(table.pieces.map((p) => p.replace(/^ال/u, '')))})\s*:?$`,
      maxLength: 50,
    }),
    pattern(lang, {
      // "The latest from our newsroom", "الأحدث من غرفة الأخبار", "Also on our channel", "أيضاً على
      // قناتنا": a list's heading whose items come from the outlet's own desk or channel. Round 27: a
      // desk of its own by where it reports from, and the reader told to read more ("Read more from our
      // Liberia desk", "اقرأ المزيد من مكتبنا في ليبيريا").
      name: 'related-desk',
      kind: 'related',
      where: 'anywhere',
      en: String.raw`^(?:(?:the\s+)?(?:latest|more|read\s+more|newest|best|top\s+stories|stories|news|more\s+stories|the\s+latest\s+news)\s+from|also\s+(?:on|from|in))\s+(?:our\s+(?:[\p{L}'’-]+\s+){0,2}?|the\s+)${alt(words.desks)}\s*[:.…]*$`,
      ar: String.raw`^(?:(?:الاحدث|الجديد|جديد|اخر الاخبار|اخر ما كتب|(?:اقرا\s+)?المزيد|مزيد|قصص|اخبار)\s+(?:من|كتبه|ل)|(?:ايضا|كذلك)\s+(?:على|في|من))\s*${alt(words.desks)}(?:\s+في\s+\p{L}+(?:\s+\p{L}+)?)?\s*[:.…]*$`,
      maxLength: 60,
    }),
    pattern(lang, {
      // "Also trending: …", "Also on Niger Delta Courier: …", "ربما يهمك كذلك: …", "أيضاً على X: …": also,
      // where or what the list is, a colon, a headline (no full stop). Round 27: what is read most in a
      // section ("Popular in legal news: …", "الرائج في أخبار القانون: …"), the reader told to read it
      // there ("Also Read on ETMarkets | …", "اقرأ أيضاً على الوحدة | …"), and a bar for the colon.
      name: 'related-also',
      kind: 'related',
      check: (line) => {
        const folded = foldLineText(line);
        const head =
          /^((?:also\s+read|اقرا\s+(?:ايضا|كذلك)|(?:most|الاكثر)\s+\S+|\S+)\s+(?:on|in|from|at|على|في|من))\s+([^:|]+?)\s*(?::|\s\|)/iu.exec(
            folded.replace(elsewhere, 'ايضا على '),
          );
        const where = head?.[2];
        if (head === null || where === undefined) return true;
        // Round 26: the issue the reader holds ("Also in this issue: …", "أيضا في هذا العدد: …").
        if (/^(?:this\s+(?:issue|edition)|هذا\s+العدد)$/u.test(where)) return true;
        if (mostIn.test(folded) && foldedWords(where).some((w) => inSet(listed, w, lang))) return true;
        // Arabic has no capitals to tell a section of the outlet from a circle of people ("الشائع في الأوساط …").
        if (mostIn.test(folded) && lang === 'ar') return false;
        const skip = elsewhere.test(folded) ? 5 : head[1].split(/\s+/u).length;
        const original = line
          .slice(0, line.search(/:|\s\|/u))
          .trim()
          .split(/\s+/u)
          .slice(skip)
          .join(' ');
        return (
          !MONTH_OR_DAY.has(where.split(/\s+/u)[0]) &&
          // Arabic has no capitals to tell "في التقرير" from a name; an English name may end on one ("Post").
          (lang === 'en' || !foldedWords(where).some((w) => inSet(foldedSet(table.pieces), w, lang))) &&
          (lang === 'ar'
            ? looksLikeOutlet(original, lang) || isOutletName(original, lang)
            : isOutletName(original.replace(/^the\s+/iu, ''), lang))
        );
      },
      where: 'anywhere',
      en: String.raw`^(?:also\s+(?:${alt(table.lists.relations)}|(?:read\s+)?(?:on|in|from|at)\s+[^:|.!?]{2,40}?)|(?:popular|trending|most\s+(?:read|popular|viewed))\s+(?:on|in)\s+[^:|.!?]{2,40}?|(?:elsewhere|earlier|previously)\s+(?:on|in|at)\s+[^:|.!?]{2,40}?)\s*(?::|\s\|)\s*[^.!|]{2,140}[?!]?$`,
      ar: String.raw`^(?:(?:ربما|قد)\s+(?:يهمك|يهمكم|تهمك|تهمكم|يعجبك|يعجبكم|تعجبك)(?:\s+(?:ايضا|كذلك))?|(?:اقرا\s+)?(?:ايضا|كذلك)\s+(?:${alt(table.lists.relations)}|(?:على|في|من)\s+[^:|.!؟]{2,40}?)|(?:الرائج|الشائع|الاكثر\s+(?:قراءه|مشاهده|تداولا))\s+(?:على|في)\s+[^:|.!؟]{2,40}?|في\s+مكان\s+اخر\s+على\s+موقع\s+[^:|.!؟]{2,40}?|(?:سابقا|في\s+وقت\s+سابق)\s+(?:على|في|عبر)\s+[^:|.!؟]{2,40}?)\s*(?::|\s\|)\s*[^.!|]{2,140}[؟?!]?$`,
      maxLength: 200,
    }),
    pattern(lang, {
      // Round 24: the outlet's own pages listed by its name ("Recommended by Kathimerini", "Also in
      // Mexico News Daily", "More from Cyprus Mail in Greece", "مقترحات من الوحدة", "المزيد من الوحدة في
      // قسم الصحة", "اقرأ في الوحدة أيضا:").
      name: 'related-outlet',
      kind: 'related',
      where: 'anywhere',
      en: String.raw`^(?:(?:recommended|suggested|picked)\s+(?:by|from)|also\s+(?:in|on|from)|more\s+from)\s+(?<value>(?:the\s+)?[\p{L}\p{N}'’&.-]+(?:\s+[\p{L}\p{N}'’&.-]+){0,4}?)(?:\s+in\s+(?:[\p{L}\p{N}'’&-]+\s*){1,4}|\s+(?:today|this\s+week|this\s+morning|this\s+weekend))?\s*[:.…]?$|^(?:also\s+)?read\s+(?:in|on)\s+(?<value>(?:the\s+)?[\p{L}\p{N}'’&.-]+(?:\s+[\p{L}\p{N}'’&.-]+){0,4}?)\s+(?:also|too)\s*[:.…]?$`,
      ar: String.raw`^(?:(?:مقترحات|مختارات|ترشيحات|موصى به|ننصحك به)\s+(?:من|في)|(?:ايضا|كذلك)\s+(?:في|على|من))\s+(?<value>\p{L}+(?:\s+\p{L}+){0,3}?)(?:\s+(?:اليوم|هذا\s+الاسبوع|هذا\s+الصباح))?\s*[:.…]?$|^المزيد\s+من\s+(?<value>\p{L}+(?:\s+\p{L}+){0,3}?)\s+في\s+قسم\s+(?:\p{L}+\s*){1,3}(?:\s*-\s*\p{L}+(?:\s+\p{L}+)?)?\s*[:.…]?$|^اقرا\s+(?:في|على)\s+(?<value>\p{L}+(?:\s+\p{L}+){0,3}?(?:\s+[\d٠-٩]{1,3})?)\s+(?:ايضا|كذلك)\s*[:.…]?$`,
      maxLength: 70,
    }),
    pattern(lang, {
      // Round 24: the outlet, by its name, asking for its readers' money: it runs on their donations,
      // a membership of it, what its subscribers get, support for it as a subscription ("Meduza runs on
      // reader donations. Donate now", "Become a member of the Kyiv Independent", "Haaretz subscribers get
      // ad-free reading", "Support Mexico News Daily: subscribe today", "تعتمد ميدوزا على تبرعات القراء.
      // تبرع الآن", "كن عضوًا في كييف إندبندنت", "مشتركو هآرتس يقرؤون بلا إعلانات", "ادعم الوحدة: اشترك
      // اليوم"); "Members of the union voted …" and "Subscribers to the drug plan …" name no outlet.
      // Round 25: the name before the role, and what it gives ("Become a Times of Malta subscriber for
      // unlimited access", "كن مشتركا في تايمز أوف مالطا للوصول غير المحدود"). Round 26: a subscription to
      // it, by its name, for what it gives, or to read on ("Subscribe to The New Yorker for unlimited access",
      // "Become a Lloyd's List member to read on", "اشترك في طقس العرب بريميوم للتصفح بدون إعلانات").
      name: 'advertisement-member',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:(?<value>(?:the\s+)?[\p{L}\p{N}'’&.+-]+(?:\s+[\p{L}\p{N}'’&.+-]+){0,4}?)\s+(?:runs|relies|depends|survives|is\s+funded|is\s+powered)\s+(?:on|by)\s+(?:(?:its|our|your)\s+)?(?:reader|readers['’]?|audience|member|members['’]?)\s+(?:donations|support|contributions|subscriptions|funding)\s*[.!]?(?:\s*(?:donate|give|support\s+us|subscribe|join\s+us|become\s+a\s+member)(?:\s+(?:now|today))?)?|(?:become|join\s+us\s+as)\s+an?\s+(?:(?:monthly|paying|founding)\s+)?(?:member|supporter|subscriber|patron|friend)\s+of\s+(?<value>(?:the\s+)?[\p{L}\p{N}'’&.+-]+(?:\s+[\p{L}\p{N}'’&.+-]+){0,4}?)(?:\s+(?:today|now))?|(?:(?:become|be)\s+an?\s+(?<value>(?:the\s+)?[\p{L}\p{N}'’&.+-]+(?:\s+[\p{L}\p{N}'’&.+-]+){0,4}?)\s+(?:subscriber|member|supporter|patron)|subscribe\s+to\s+(?<value>(?:the\s+)?[\p{L}\p{N}'’&.+-]+(?:\s+[\p{L}\p{N}'’&.+-]+){0,4}?)(?=\s+(?:for|and|to)\s))(?:\s+(?:for|and\s+get|to\s+get)\s+(?:unlimited|full|ad-free|premium|exclusive)\s+(?:access|reading|content|articles)|\s+to\s+(?:read\s+on|keep\s+reading|continue\s+reading|read\s+the\s+full\s+(?:story|article)))?(?:\s+(?:today|now))?|(?<value>(?:the\s+)?[\p{L}\p{N}'’&.+-]+(?:\s+[\p{L}\p{N}'’&.+-]+){0,4}?)\s+(?:subscribers|members|supporters|premium\s+members)\s+(?:get|enjoy|have)\s+(?:an?\s+)?(?:ad-free|ad\s+free|unlimited|exclusive|early)\s+(?:reading|access|articles|content|experience|browsing)|support\s+(?<value>(?:the\s+)?[\p{L}\p{N}'’&.+-]+(?:\s+[\p{L}\p{N}'’&.+-]+){0,4}?)\s*[:!,.-]\s*(?:subscribe|donate|become\s+a\s+member|join\s+us|give)(?:\s+(?:now|today))?|(?:go|read|browse)\s+ad-free\s+with\s+(?<value>(?:the\s+)?[\p{L}\p{N}'’&.+-]+(?:\s+[\p{L}\p{N}'’&.+-]+){0,4}?)|(?<value>(?:the\s+)?[\p{L}\p{N}'’&.+-]+(?:\s+[\p{L}\p{N}'’&.+-]+){0,4}?)\s*:\s*(?:unlock|get|enjoy)\s+(?:exclusive|unlimited|premium|ad-free|full)\s+(?:stories|access|reading|content|articles|insights)|subscribe\s+to\s+(?:(?:the|our)\s+(?<value>print\s+edition|e-?edition|digital\s+edition)|(?:the\s+)?(?<value>[\p{L}\p{N}'’&.+-]+(?:\s+[\p{L}\p{N}'’&.+-]+){0,3}?)(?:['’]s)?\s+(?:print|digital)\s+(?:magazine|edition|paper|newspaper))|(?:get|read)\s+the\s+(?<value>e-?edition|print\s+edition|digital\s+edition)\s*[:.!-]\s*subscribe(?:\s+now)?\s+(?:for|to\s+get)\s+(?:full|unlimited)\s+access|(?<value>(?:the\s+)?[\p{L}\p{N}'’&.+-]+(?:\s+[\p{L}\p{N}'’&.+-]+){0,4}?)\s+(?:subscribers|members|supporters|premium\s+members)\s+(?:read|get|see)\s+(?:this|it|our\s+stories|stories)\s+first|(?<value>(?:the\s+)?[\p{L}\p{N}'’&.+-]+(?:\s+[\p{L}\p{N}'’&.+-]+){0,4}?)\s*:\s*(?:read|get|browse)\s+the\s+(?:digital|print|e-?)\s*edition|subscribe\s+to\s+the\s+(?:digital|print|e-?)\s*edition\s+of\s+(?<value>(?:the\s+)?[\p{L}\p{N}'’&.+-]+(?:\s+[\p{L}\p{N}'’&.+-]+){0,4}?))\s*[.!]?$`,
      ar: String.raw`^(?:(?:(?:يعتمد|تعتمد|يقوم|تقوم)\s+(?<value>\p{L}+(?:\s+\p{L}+){0,3}?)|(?<value>\p{L}+(?:\s+\p{L}+){0,3}?)\s+(?:يعتمد|تعتمد|يقوم|تقوم))\s+على\s+(?:تبرعات|دعم|مساهمات|اشتراكات)\s+(?:القراء|قرائه|قرائها|جمهوره|جمهورها|الاعضاء|اعضائه|اعضائها)\s*[.!]?(?:\s*(?:تبرع|تبرعوا|تبرعي|ادعمنا|ادعمونا|اشترك|اشتركوا|انضم|انضموا)(?:\s+(?:الان|اليوم))?)?|(?:(?:كن|كوني|كونوا|اصبح)\s+(?:عضوا|عضوه|اعضاء|مشتركا|مشتركه|داعما|داعمه)\s+(?:في|لدى|ل)\s*(?<value>\p{L}+(?:\s+\p{L}+){0,3}?)|(?:اشترك|اشتركي|اشتركوا)\s+(?:في|ب)\s*(?<value>\p{L}+(?:\s+\p{L}+){0,3}?)(?=\s+(?:لل?|واحصل)))(?:\s+(?:لل?وصول|للقراءه|لقراءه|للتصفح|لتصفح|واحصل\s+على\s+(?:وصول|قراءه|تصفح))\s+(?:غير\s+(?:ال)?محدود(?:ه)?|بلا\s+حدود|(?:ال)?كامل(?:ه)?|(?:بدون|بلا|دون|من\s+دون)\s+اعلانات)|\s+(?:لمتابعه|لاكمال|لمواصله)\s+(?:ال)?قراءه)?(?:\s+(?:اليوم|الان))?|(?:مشتركو|مشتركي|اعضاء|داعمو)\s+(?<value>\p{L}+(?:\s+\p{L}+){0,3}?)\s+(?:يقرؤون|يقراون|يتصفحون|يحصلون\s+على\s+قراءه)\s+(?:بلا|دون|بدون|من\s+دون)\s+اعلانات|(?:ادعم|ادعموا|ادعمي)\s+(?<value>\p{L}+(?:\s+\p{L}+){0,3}?)\s*[:!،,.-]\s*(?:اشترك|اشتركوا|اشتركي|تبرع|تبرعوا|انضم|انضموا)(?:\s+(?:الان|اليوم))?|(?:تصفح|اقرا|تابع)\s+(?:بدون|بلا|دون|من\s+دون)\s+اعلانات\s+مع\s+(?<value>(?!\p{L}*\s+(?:في|من|على|الى|عن|مع)(?:\s|$))\p{L}+(?:\s+\p{L}+){0,2}?)|(?<value>\p{L}+(?:\s+\p{L}+){0,3}?)\s*:\s*(?:اكتشف|احصل\s+على|اقرا)\s+(?:قصصا|قصص|مقالات|محتوى)\s+(?:حصريه|حصريا)|(?:اشترك|اشتركي|اشتركوا)\s+في\s+(?:(?<value>النسخه\s+(?:الورقيه|الرقميه|المطبوعه|الالكترونيه))|(?:مجله|صحيفه|جريده)\s+(?<value>\p{L}+(?:\s+\p{L}+){0,3}?)\s+(?:الورقيه|المطبوعه|الرقميه))|(?:احصل\s+على|اقرا|تصفح)\s+(?<value>النسخه\s+(?:الرقميه|الالكترونيه|الورقيه))\s*[:.!-]\s*اشترك(?:\s+الان)?\s+(?:لل?وصول|للقراءه)\s+(?:الكامل|غير\s+المحدود)|(?:مشتركو|مشتركي|اعضاء|داعمو)\s+(?<value>\p{L}+\+?(?:\s+\p{L}+\+?){0,3}?)\s+(?:يقرؤون|يقراون|يطالعون|يشاهدون)\s+(?:(?:هذا|هذه|ها)\s+)?(?:(?:ال)?(?:مقال|خبر|ماده|قصص)\s+)?(?:اولا|قبل\s+غيرهم)|(?<value>\p{L}+\+?(?:\s+\p{L}+\+?){0,3}?)\s*:\s*(?:اقرا|تصفح|طالع)\s+(?:النسخه|العدد)\s+(?:الرقميه|الورقيه|الالكترونيه|المطبوعه)|(?:اشترك|اشتركي|اشتركوا)\s+في\s+النسخه\s+(?:الرقميه|الورقيه|المطبوعه|الالكترونيه)\s+(?:من|ل)\s*(?:(?:صحيفه|جريده|مجله)\s+)?(?<value>\p{L}+\+?(?:\s+\p{L}+\+?){0,3}?))\s*[.!]?$`,
      maxLength: 90,
    }),
    pattern(lang, {
      // Round 25: the outlet (or "us") asking for support on a platform of patrons ("Support Notes from
      // Poland on Patreon", "Back us on Ko-fi", "ادعم رأي اليوم على باتريون"): the platform is money's
      // only; "The artist raised $5,000 on Patreon" asks nothing.
      name: 'advertisement-patron',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:support|back|fund|join|donate\s+to|tip)\s+(?!for\b)[\p{L}\p{N}'’&.-]+(?:\s+[\p{L}\p{N}'’&.-]+){0,4}?\s+(?:on|via|through|at|with)\s+(?:patreon|ko-fi|kofi|buy\s+me\s+a\s+coffee|liberapay|steady|steadyhq|paypal|substack|open\s+collective|membership\s+on\s+patreon)(?:\s+(?:today|now))?\s*[.!]?$`,
      ar: String.raw`^(?:ادعم|ادعموا|ادعمي|ادعمنا|ادعمونا|تبرع\s+ل|تبرعوا\s+ل)\s*(?:\p{L}+(?:\s+\p{L}+){0,3}?\s+)?(?:على|عبر|من\s+خلال|في)\s+(?:منصه\s+)?(?:باتريون|كو\s?فاي|بايبال|باي\s+بال|سبستاك|باي\s+مي\s+اي\s+كوفي)(?:\s+(?:اليوم|الان))?\s*[.!]?$`,
      maxLength: 90,
    }),
    pattern(lang, {
      // Round 25: the ads on the page disowned by the outlet, by its name ("The ads below do not represent
      // Kooora", "Advertisements on this site are not endorsed by Times of Malta", "الإعلانات أدناه لا تمثل
      // كووورة", "الإعلانات المعروضة في هذه الصفحة لا تعبر عن رأي جريدة عمان"): where the ads stand is said.
      name: 'advertisement-disclaimer',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:the\s+)?(?:ads|adverts|advertisements|sponsored\s+links|sponsored\s+content)\s+(?:below|above|shown\s+(?:here|below)|on\s+this\s+(?:page|site|website))\s+(?:(?:do\s+not|don['’]t)\s+(?:represent|reflect\s+the\s+views\s+of|imply\s+(?:an\s+)?endorsement\s+by)|are\s+not\s+(?:endorsed|selected|chosen)\s+by)\s+(?<value>(?:the\s+)?[\p{L}\p{N}'’&.-]+(?:\s+[\p{L}\p{N}'’&.-]+){0,4}?)\s*[.!]?$`,
      ar: String.raw`^(?:ال)?(?:اعلانات|مواد\s+الاعلانيه|روابط\s+الممولة)\s+(?:ادناه|اسفله|التاليه|المعروضه(?:\s+(?:ادناه|هنا|في\s+هذه\s+الصفحه|على\s+هذا\s+الموقع))?|في\s+هذه\s+الصفحه|على\s+هذا\s+الموقع)\s+(?:لا\s+(?:تمثل|تعبر\s+عن|تعكس)(?:\s+(?:راي|موقف|سياسه))?|ليست\s+(?:من\s+اختيار|مسؤوليه))\s+(?<value>\p{L}+(?:\s+\p{L}+){0,3}?)\s*[.!]?$`,
      maxLength: 100,
    }),
    pattern(lang, {
      name: 'related-archive',
      kind: 'related',
      check: (line, value) => named(value) && named(/\barchives?\s+of\s+([^:]+?)\s*(?:[:.…]|$)/iu.exec(line)?.[1]),
      where: 'anywhere',
      en: String.raw`^from\s+(?:the\s+|our\s+)?(?:(?<value>[^,.:;!?]{2,40}?)\s+)?archives?(?:\s+of\s+(?<of>[^,.:;!?]{2,40})|\s+(?:on|about)\s+(?:this|the\s+same)\s+(?:topic|subject|story|issue))?\s*(?:[:.…]*|:\s*[^.!:]{2,140}[?!]?)$`,
      ar: String.raw`^(?:من|في)\s+(?:ارشيف|ارشيفنا|الارشيف)(?:\s+(?:في|حول|عن)\s+(?:(?:ال)?موضوع\s+(?:نفسه|ذاته)|(?:نفس|ذات)\s+(?:ال)?موضوع|هذا\s+(?:ال)?موضوع)|\s+(?<value>[^,.:;!؟،]{2,40}))?\s*(?:[:.…]*|:\s*[^.!:]{2,140}[؟?!]?)$`,
      maxLength: 200,
    }),
    pattern(lang, {
      // "Click to share on LinkedIn", "انقر للمشاركة على لينكدإن", "Click to print": a link's words for a
      // screen reader without where the link opens (`share-opens` takes them with it): a click, then
      // to share, send or print, maybe the platform; "Click to share on Facebook, the post urged" goes on.
      // Round 25: to copy, and whatever a button acts on ("Click to copy the address of this article",
      // "Tap to share this story", "انقر لنسخ عنوان هذا الخبر", "اضغط لمشاركة هذه القصة").
      name: 'share-click',
      kind: 'share',
      where: 'anywhere',
      en: String.raw`^(?:click|tap|press)\s+(?:here\s+)?to\s+(?:share|post|send|email|e-mail|tweet|pin|print|save|copy)(?:\s+(?:a link(?:\s+to\s+a\s+friend)?|${objects})){0,5}(?:\s+(?:on|via|to|with|by)\s+${platforms})?\s*[.!]?$`,
      ar: String.raw`^(?:انقر|اضغط|انقروا|اضغطوا)\s+(?:هنا\s+)?(?:لل|ل)(?:مشاركه|نشر|طباعه|ارسال|تغريد|حفظ|نسخ)(?:\s+(?:الرابط|رابط|${objects})){0,5}(?:\s+(?:على|عبر|في|ب)\s*${platforms})?\s*[.!]?$`,
      maxLength: 80,
    }),
    pattern(lang, {
      // "Gift this article — 19 left this month", "أهدِ هذا المقال — تبقّى لك 5 هذا الشهر": the gift
      // button and how many gifts the reader has left.
      name: 'share-allowance',
      kind: 'share',
      where: 'anywhere',
      en: String.raw`^(?:gift|give|share)\s+(?:this|the)\s+${pieces}\s*(?:[-|·:(]\s*)?(?:you have\s+)?\d+\s+(?:(?:free\s+)?(?:gifts?|gift articles?|articles?|shares?)\s+)?(?:left|remaining)(?:\s+(?:this|per|a)\s+(?:month|week))?\s*\)?\.?$`,
      ar: String.raw`^(?:اهد|اهدي|اهدوا|شارك)\s+(?:هذا|هذه)\s+${pieces}\s*(?:[-|·:(]\s*)?(?:(?:تبقى|تبقت|بقي|بقيت|يتبقى|متبقي)\s+(?:لك\s+|لكم\s+)?[\d٠-٩]+|[\d٠-٩]+\s+(?:متبقيه|متبقيا|متبق))(?:\s+(?:هدايا|هديه|مقالات|مقالا))?(?:\s+(?:هذا الشهر|لهذا الشهر|هذا الاسبوع))?\s*\)?\.?$`,
      maxLength: 90,
    }),
    pattern(lang, {
      // "Republish this article for free", "أعد نشر هذا المقال مجاناً": the outlet offering its pieces for
      // reuse at no cost; "Republished guidance from the CDC is free" and "Republish the data for free"
      // name no piece of the outlet's.
      name: 'share-republish',
      kind: 'share',
      where: 'anywhere',
      en: String.raw`^(?:(?:you (?:can|may)|feel free to)\s+)?(?:republish|reprint|repost|reuse|syndicate)\s+(?:this|our|these)\s+(?:${pieces}|articles|stories|reporting|journalism|work)\s+${alt(words.free)}\s*[.!]?$`,
      ar: String.raw`^(?:(?:يمكنك|يمكنكم|بامكانك)\s+)?(?:اعد|اعيدوا|اعاده)\s+نشر\s+(?:(?:هذا|هذه)\s+${pieces}|(?:مقالات|مواد|قصص|تقارير)نا)\s+${alt(words.free)}\s*[.!]?$`,
      maxLength: 90,
    }),
    pattern(lang, {
      // "Refer 3 friends and get our bonus guide", "ادعُ 3 أصدقاء واحصل على دليلنا المجاني": bring friends
      // to the newsletter, and the reward.
      name: 'share-refer',
      kind: 'share',
      check: (_line, value) => value !== undefined && reward.test(foldLineText(value)),
      where: 'anywhere',
      en: String.raw`^${alt(words.refers)}\s+(?:\d+|a|two|three|four|five|your)\s+(?:friends?|colleagues?|people|readers)\s+(?:and|to)\s+${alt(words.rewards)}\s+(?<value>[^.,;!?]{2,50})[.!]?$`,
      ar: String.raw`^${alt(words.refers)}\s+(?:[\d٠-٩]+\s+)?(?:اصدقاء|اصدقاءك|اصدقائك|صديقا|صديقك|صديق|زملاء|زملاءك|زملائك|اشخاص)\s+(?:و|ل|ف)?${alt(words.rewards)}\s+(?:على\s+)?(?<value>[^.,،;!؟]{2,50})[.!]?$`,
      maxLength: 100,
    }),
    pattern(lang, {
      name: 'share-digest',
      kind: 'share',
      // "Add Valley fever to myFT Digest", "أضف الحصبة إلى موجزك": a topic (a name, capitalised in English;
      // no clause in Arabic) added to the reader's own list; "Add a pinch of salt to your feed" is no topic.
      check: (_line, value) =>
        value === undefined ||
        value === '' ||
        (value.split(/\s+/u).length <= 4 &&
          (lang === 'en' ? /^[\p{Lu}\p{N}]/u.test(value) : !readsAsClause(value, lang, value))),
      where: 'anywhere',
      en: String.raw`^add\s+(?:(?<value>[^.,;:!?]{2,40}?)\s+)?to\s+(?:(?:your|my)\s+${alt(words.digests)}|my\p{L}+(?:\s+${alt(words.digests)})?)\s*[.!]?$`,
      ar: String.raw`^(?:اضف|اضيفوا|اضيفي)\s+(?:(?<value>[^.,،;:!؟]{2,40}?)\s+)?(?:الى|ل)\s*${alt(words.digests)}\s*[.!]?$`,
      maxLength: 80,
    }),
    pattern(lang, {
      // "62 comments — add yours", "62 تعليقاً — أضف تعليقك": the comments counted, then the prompt to add one.
      name: 'comments-count-prompt',
      kind: 'comments',
      en: String.raw`^\d[\d,]*\s+(?:comments?|replies|responses)\s*[-|·:,]\s*(?:add yours|add your own|add one|join in|have your say|(?:add|leave|post|write) (?:a|your) (?:comment|reply)|join the (?:conversation|discussion|debate)|${alt(table.prompts)})\s*[.!]?$`,
      ar: String.raw`^[\d٠-٩]+\s+(?:تعليق\p{L}{0,2}|ردود|ردا|رد)\s*[-|·:،,]\s*(?:(?:اضف|اكتب|اترك)\s+(?:تعليقك|رايك|ردك|تعليقا|ردا)|شارك\s+(?:برايك|رايك)|شاركنا\s+رايك|علق|${alt(table.prompts)})\s*[.!]?$`,
      maxLength: 80,
    }),
    pattern(lang, {
      // Session 23: the piece may be named ("No comments on this story yet", "لا يوجد تعليقات على هذا
      // الخبر حتى الآن").
      // "Be the first to weigh in on this post", "No comments yet. Be the first!", "لم يُضف أي تعليق بعد،
      // فكن السبّاق", "كن أول المعلّقين": the empty comment box asking for the first reply; "Be the first
      // to know", "لم يضف الوزير أي تعليق بعد" and "كن السباق إلى الخير" stay.
      name: 'comments-first',
      kind: 'comments',
      en: String.raw`^(?:no one|no-one|nobody) has (?:commented|replied|responded)(?: (?:on|to) this (?:${pieces}))?(?: yet| so far)?\s*[.!]?$|^(?:(?:there are\s+)?no (?:comments|replies|responses)(?: (?:on|to) this (?:${pieces}))?(?: yet| so far)?\s*[.,;:!-]*\s*(?:so\s+)?)?be (?:the )?first(?: one)? to (?:comment|respond|reply|react|weigh in|chime in|join in|share (?:your|a) (?:thoughts|view|opinion)|start the (?:conversation|discussion)|leave a (?:comment|reply)|add a comment)(?:\s+(?:on|to)\s+(?:this|the)\s+(?:${pieces}|thread|discussion))?\s*[.!]?$`,
      ar: String.raw`^لم (?:يعلق|يعقب|يرد) احد(?: (?:على) (?:هذا|هذه) (?:${pieces}))?(?: بعد| حتى الان| حتى اللحظه)?\s*[.!]?$|^(?:(?:لا (?:توجد|يوجد)|ليس(?:ت)? هناك|لم (?:ي|ت)ضف|لم (?:ي|ت)نشر|لم (?:ي|ت)كتب)\s+(?:اي\s+)?(?:تعليق|تعليقات|ردود|رد)(?:\s+على\s+(?:هذا|هذه)\s+(?:${pieces}))?(?:\s+(?:بعد|حتى الان|حتى اللحظه|الى الان))(?:\s*[.,،؛:!-]*\s*(?:ف|و)?(?:كن|كوني|كونوا)\s+(?:السباق|السباقه|السباقين|اول من (?:يعلق|يرد|يعقب|يشارك|يضيف تعليقا|يكتب تعليقا)|اول المعلقين))?|(?:كن|كوني|كونوا)\s+(?:السباق|السباقه|السباقين|اول المعلقين)(?:\s+(?:الى|في|ل|بال)\s*(?:ال)?(?:تعليق|رد|تعقيب))?)\s*[.!]?$`,
      maxLength: 100,
    }),
    pattern(lang, {
      // "Read our community guidelines before posting", "يرجى احترام قواعد التعليق": the reader told to
      // keep the comment box's rules; community or house rules are the box's only as the outlet's own
      // ("our") or before posting: "Please follow the community guidelines." may be a health notice.
      // Round 24: the comments said to be subject to them ("Talkbacks are subject to our community
      // guidelines", "تعليقات بانيت تخضع لشروط الاستخدام").
      // Round 28: the outlet saying first what it values ("We value respectful debate: read our community
      // guidelines", "نرحب بآرائكم: التزموا بشروط الاستخدام").
      name: 'comments-guidelines',
      kind: 'comments',
      en: String.raw`^(?:talkbacks|comments|replies|reader\s+comments)\s+(?:are|is)\s+subject\s+to\s+(?:our|the)\s+(?:${alt(words.rules)}|terms\s+of\s+(?:use|service)|site\s+rules)\s*[.!]?$|^(?:we\s+(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+\s*[:.!]\s*)?(?:please\s+)?(?:read|review|follow|respect|observe|see|check|abide by|stick to|keep to)\s+(?:(?:comment|commenting|discussion)\s+(?:rules|guidelines|policy|standards)|(?:the\s+)?${alt(words.rules.filter((r) => /comment|discussion/u.test(r)))}|our\s+${alt(words.rules)}|(?:the\s+)?${alt(words.rules)}(?=\s+(?:before|when)\s))(?:\s+(?:before|when)\s+(?:posting|commenting|replying|you (?:post|comment|reply)))?\s*[.!]?$`,
      ar: String.raw`^(?:ال)?(?:تعليقات|تعقيبات|ردود)(?:\s+\p{L}+){0,2}?\s+(?:تخضع|يخضع)\s+(?:ل|الى|الي)\s*(?:${alt(words.rules)}|شروط\s+(?:ال)?استخدام|سياسه\s+(?:ال)?موقع)\s*[.!]?$|^(?:(?:نقدر|نرحب|نحترم|نشجع|نحرص)\s+(?:\p{L}+\s+){0,4}?\p{L}+\s*[:.!]\s*)?(?:(?:يرجى|الرجاء|نرجو)\s+)?(?:احترم|احترموا|احترام|اقرا|اقراوا|قراءه|راجع|مراجعه|اطلع على|الاطلاع على|(?:التزم|التزموا|الالتزام|تقيد|التقيد)\s+ب)\s*${alt(words.rules)}(?:\s+(?:قبل|عند)\s+(?:ال)?(?:نشر|تعليق|مشاركه|رد))?\s*[.!]?$`,
      maxLength: 90,
    }),
    pattern(lang, {
      name: 'related-from-place',
      kind: 'related',
      check: (_line, value) =>
        value !== undefined &&
        value.split(/\s+/u).length <= 3 &&
        !MONTH_OR_DAY.has(value.toLowerCase()) &&
        (lang === 'en'
          ? isOutletName(value, lang)
          : looksLikeName(value, lang, 3) &&
            !foldedWords(value).some((w) => pieceWords.has(w.replace(/^ال/u, '')) || AR_DATE_WORDS.has(w))),
      where: 'anywhere',
      en: String.raw`^(?:news|headlines|updates)\s+from\s+(?<value>[^\d.,:;!?]{2,40})$`,
      ar: String.raw`^(?:اخبار|عناوين|مستجدات)\s+من\s+(?<value>[^\d.,:;!؟،]{2,30})$`,
      maxLength: 50,
    }),
    // Arabic says it with a list's words and the outlet already ("المزيد من تغطية شينخوا", "اكتشف المزيد من
    // تحقيقات الجزيرة": `related-section`, `related-where`).
    ...onlyIn('en', lang, {
      name: 'related-of-outlet',
      kind: 'related',
      // "Explore more of the Tribune's reporting", "More of our coverage": more of an outlet's own work, the
      // outlet named (or "our"); "More of the patients' stories" names none.
      check: (_line, value) => {
        if (value === undefined || value === '') return true;
        const name = value
          .replace(/['’]s?$/u, '')
          .replace(/^the\s+/iu, '')
          .trim();
        return name !== '' && isOutletName(name, lang);
      },
      where: 'anywhere',
      regex: String.raw`^(?:(?:explore|discover|read|see|browse|find)\s+)?more\s+of\s+(?:our|(?<value>(?:the\s+)?[^.,:;!?]{2,40}?['’]s?))\s+(?:${journalism}|work|stories|investigations|reports|reporting)\s*[.:…]*$`,
      maxLength: 80,
    }),
    pattern(lang, {
      name: 'related-partners',
      kind: 'related',
      // "More coverage of this story from our partners", "مزيد من التغطية لهذا الخبر من شركائنا", "From our
      // partners": a list's heading, maybe what it is about, then the partners it comes from.
      check: (_line, value, l) => {
        if (value === undefined || value === '') return true;
        const heading = DEFAULT_CHECKS[`related-heading-${lang}`];
        return heading !== undefined && heading(value, undefined, l) !== false;
      },
      where: 'anywhere',
      en: String.raw`^(?:(?<value>[\p{L}'’ ]{2,40}?)\s+)?(?:(?:of|on|about)\s+this\s+${pieces}\s+)?from\s+(?:our\s+)?(?:news\s+|media\s+)?partners(?:\s+sites)?\s*[:.…]*$`,
      ar: String.raw`^(?:(?<value>[\p{L}\p{M} ]{2,40}?)\s+)?(?:(?:عن|حول|ل)\s*(?:هذا|هذه)\s+${pieces}\s+)?من\s+(?:شركائنا|شركاءنا|شركائنا الاعلاميين|المواقع الشريكه|مواقع شريكه)\s*[:.…]*$`,
      maxLength: 90,
    }),
    pattern(lang, {
      name: 'advertisement-donate',
      kind: 'advertisement',
      // Round 28: the appeal may name the outlet given to ("Donate to WBUR today", "تبرع لميسان نيوز اليوم")
      // or say its pledge drive is on ("OPB's fall pledge drive is on: give now", "حملة التبرعات السنوية
      // انطلقت: تبرع الآن"); "Donate to the clinic today" and "تبرعوا لأطفال غزة اليوم" name no outlet (an
      // Arabic one by a word of what it is, "نيوز", "صحيفة").
      check: (line, value) =>
        !reports(line) &&
        foldedWords(line).length <= 12 &&
        (value === undefined ||
          (lang === 'en'
            ? isOutletName(value, lang)
            : foldedWords(value).some((w) => givenOutlets.has(w)) && !readsAsClause(value, lang, value))),
      where: 'anywhere',
      en: String.raw`^(?:(?:please\s+)?${alt(words.donates)}(?:\s+(?:now|today))?(?:\s+(?:to|and)\s+${alt(words.donates)})?\s+(?:(?:to|for)\s+)?(?:(?:our|this|the|[\p{L}-]+['’]s)\s+)?(?:[\p{L}-]+\s+){0,2}?${journalism}(?:\s+(?:today|now))?|(?:please\s+)?(?:donate|give|contribute)\s+to\s+(?<value>[^.,:!?]{2,40}?)\s+(?:today|now)|(?:[\p{L}-]+['’]s\s+)?(?:[\p{L}-]+\s+)?(?:pledge|fund|membership|fundraising)\s+drive\s+is\s+(?:on|here|underway)(?:\s*[:,\-]\s*${alt(words.donates)}(?:\s+(?:now|today))?)?)\s*[.!]?$`,
      ar: String.raw`^(?:(?:(?:يرجى|الرجاء)\s+)?${alt(words.donates)}(?:\s+(?:الان|اليوم))?(?:\s+(?:لدعم|لمسانده|في دعم|لتمويل))?\s+${journalism}(?:\s+ال\p{L}{2,}يه)?(?:\s+(?:ال)?(?:مستقله|مستقل|حره|محليه|جاده|مهنيه|غير الربحيه|هادفه))?(?:\s+(?:الان|اليوم))?|(?:(?:يرجى|الرجاء)\s+)?(?:تبرع|تبرعوا|ساهم|ساهموا)\s+(?:ل|لـ\s*|الى\s+)(?<value>[^.,،:!؟]{2,40}?)\s+(?:اليوم|الان)|حمله\s+(?:ال)?(?:تبرعات|تبرع|دعم)(?:\s+ال\p{L}{2,})?(?:\s+(?:ل|لـ\s*)[^:،,]{2,30}?)?\s+(?:انطلقت|جاريه|مستمره|بدات)(?:\s*[:،,\-]\s*${alt(words.donates)}(?:\s+(?:الان|اليوم))?)?)\s*[.!]?$`,
      maxLength: 90,
    }),
    pattern(lang, {
      name: 'advertisement-funded',
      kind: 'advertisement',
      check: (_line, value) =>
        value !== undefined &&
        (backed.test(foldLineText(value.replace(/[.!]$/u, ''))) ||
          (value.split(/\s+/u).length <= 5 && isOutletName(value.replace(/[.!]$/u, ''), lang))),
      where: 'anywhere',
      en: String.raw`^(?:underwriting(?:\s+support)?|(?:support|funding|underwriting)\s+for\s+(?:this|our)\s+(?:${journalism}|${pieces}|program|programme|series|podcast|project))\s+(?:comes\s+from|(?:is\s+)?(?:provided|made possible)\s+by|from)\s+(?<value>[^.,;:!?]{2,50}?)\s*[.!]?$`,
      ar: String.raw`^(?:ال)?(?:دعم|تمويل)\s+(?:هذه|هذا)\s+(?:(?:ال)?${bare(words.journalism)}|${pieces}|البرنامج|السلسله|المشروع|البودكاست)\s+(?:(?:ياتي|يقدمه|يقدم|مقدم|مقدمه)\s+)?(?:من قبل|من|بواسطه)\s+(?<value>[^.,،;:!؟]{2,50}?)\s*[.!]?$`,
      maxLength: 110,
    }),
    // Round 20: the comment box asking and saying where to answer, its reactions and counts; the page
    // kept on the reader's home screen, and shared as a way to support.
    pattern(lang, {
      // "What do you think about this story? Let us know below.", "ما رأيك في هذا الخبر؟ شاركنا رأيك
      // أدناه": a question for the reader's view, then the call to give it and where; "… She asked the
      // crowd below." calls no one.
      name: 'comments-ask-below',
      kind: 'comments',
      where: 'anywhere',
      regex: String.raw`^(?=.*${START}${alt(table.prompts)}${END})[^.!?؟]{3,80}[?؟]\s+(?:let us know|tell us|share (?:your|them|it)|leave (?:a|your)|drop (?:a|your|us)|write|comment|شاركنا|شاركونا|اخبرنا|اخبرونا|اكتب|اترك|علق|قل لنا)(?:\s+[^.!?؟]{0,50}?)?\s(?:below|in the comments(?:\s+(?:below|section))?|in the comment section|ادناه|في الاسفل|بالاسفل|في التعليقات|في خانه التعليقات)\s*[.!]?$`,
      maxLength: 160,
    }),
    pattern(lang, {
      // "160 people reacted to this", "تفاعل 160 شخصاً مع هذا المنشور": readers counted by what they did
      // on the piece; "160 people reacted to the vaccine" names something else.
      name: 'comments-reacted',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^[\d,]+\s+(?:people|persons|readers|others|users)\s+(?:have\s+)?(?:reacted|responded|commented)(?:\s+(?:to|on)\s+this(?:\s+(?:${pieces}|video))?)?\s*[.!]?$`,
      ar: String.raw`^(?:(?:تفاعل|علق)\s+)?[\d٠-٩]+\s+(?:شخصا|شخص|اشخاص|قارئا|قراء|مستخدما|اخرين)(?:\s+(?:تفاعلوا|علقوا))?\s+(?:مع|على)\s+(?:هذا|هذه)(?:\s+(?:${pieces}|الفيديو))?\s*[.!]?$`,
      maxLength: 70,
    }),
    pattern(lang, {
      // "12 comments · 3 shares", "90 تعليقاً · 9 مشاركات": the piece's counts, a comment's among them.
      name: 'comments-counts',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?=.*\b(?:comments?|replies)\b)[\d,.]+[km]?\s+(?:comments?|replies|shares?|reactions?|likes?|views?)(?:\s*[·•|,]\s*[\d,.]+[km]?\s+(?:comments?|replies|shares?|reactions?|likes?|views?)){1,3}$`,
      ar: String.raw`^(?=.*(?:تعليق|ردا|ردود))[\d٠-٩,.]+\s+(?:تعليق\p{L}{0,2}|ردا|ردود|مشارك\p{L}{1,2}|اعجاب\p{L}{0,2}|تفاعل\p{L}{0,2}|مشاهد\p{L}{1,2})(?:\s*[·•|،,]\s*[\d٠-٩,.]+\s+(?:تعليق\p{L}{0,2}|ردا|ردود|مشارك\p{L}{1,2}|اعجاب\p{L}{0,2}|تفاعل\p{L}{0,2}|مشاهد\p{L}{1,2})){1,3}$`,
      maxLength: 80,
    }),
    pattern(lang, {
      // "Add The Crimson to your home screen", "أضف الموقع إلى الشاشة الرئيسية": the site kept as an app.
      name: 'share-home-screen',
      kind: 'share',
      where: 'anywhere',
      en: String.raw`^add\s+(?:[\p{L}\p{N}'’&.-]+\s+){0,4}?to\s+(?:your\s+)?home\s*screen\s*[.!]?$`,
      ar: String.raw`^(?:اضف|اضيفوا|اضيفي|ثبت|ثبتوا)\s+(?:[\p{L}\p{N}]+\s+){0,3}?(?:الي|الى|علي|على)\s+(?:ال)?شاشه\s+(?:ال)?رئيسيه(?:\s+(?:لهاتفك|لجهازك|في هاتفك))?\s*[.!]?$`,
      maxLength: 70,
    }),
    pattern(lang, {
      // "Support change by sharing this story", "ادعم التغيير بمشاركة الخبر": sharing the piece asked
      // for as the reader's support.
      name: 'share-support',
      kind: 'share',
      where: 'anywhere',
      en: String.raw`^(?:support|help)\s+(?:[\p{L}'’-]+\s+){1,3}?by\s+sharing\s+(?:this|the|our)\s+(?:${pieces}|news)\s*[.!]?$`,
      ar: String.raw`^(?:ادعم|ادعموا|ادعمي|ساعدنا|ساعدونا|ساهم|ساهموا)\s+(?:[\p{L}]+\s+){0,2}?(?:بمشاركه|بنشر)\s+(?:(?:هذا|هذه)\s+)?${pieces}\s*[.!]?$`,
      maxLength: 80,
    }),
    pattern(lang, {
      // "Try Law360 free for seven days", "Subscribe to Argaam Pro", "Unlock unlimited access to The
      // Jakarta Post – subscribe from Rp 95.000", "جرّب الشرق مجانًا لمدة سبعة أيام", "اشترك في أرقام برو": the
      // outlet's own paid tier, offered; "Try the soup free for a week" names no outlet.
      // Round 28: "get" as "unlock", the access digital, the outlet's journalism after its name
      // ("Unlock unlimited digital access to Globe journalism", "احصل على وصول رقمي غير محدود إلى صحافة
      // الانتباهة").
      name: 'advertisement-trial',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:try\s+(?<value>[\p{L}\p{N}'’&. ]{2,30}?)\s+(?:free|for\s+free)\s+for\s+(?:\d+|a|one|two|three|seven|fourteen|thirty)\s+(?:days?|weeks?|months?)|subscribe\s+to\s+(?<value>[\p{L}\p{N}'’&. ]{2,30}?)\s+(?:pro|premium|plus)|(?:unlock|get)\s+unlimited\s+(?:digital\s+|online\s+)?access(?:\s+to\s+(?<value>[\p{L}\p{N}'’&. ]{2,30}?)(?:\s+(?:journalism|reporting|coverage))?)?(?:\s*[-,]\s*subscribe\s+(?:from|for)\s+(?:rp|[$£€]|usd|idr|aed|sar)\s?[\d.,]+)?)\s*[.!]?$`,
      ar: String.raw`^(?:(?:جرب|جربوا|جربي)\s+(?<value>[\p{L}\p{N} ]{2,30}?)\s+مجانا\s+لمده\s+(?:[\d٠-٩]+\s+)?(?:سبعه|ثلاثه|ثلاثين|اسبوع|شهر|يوم|ايام|يوما|اسابيع|شهرا)(?:\s+(?:ايام|يوما))?|(?:اشترك|اشتركوا|اشتركي)\s+في\s+(?<value>[\p{L}\p{N} ]{2,30}?)\s+(?:برو|بريميوم|بلس)|(?:احصل\s+على|افتح)\s+وصولا?\s+(?:رقميا?\s+)?غير\s+محدود(?:\s+(?:الى|الي)\s+(?:صحافه\s+|تغطيه\s+)?(?<value>[\p{L}\p{N} ]{2,30}?))?(?:\s*[-،,]\s*اشترك\s+(?:ابتداء\s+)?من\s+[\d٠-٩.,]+\s*\p{L}*)?)\s*[.!]?$`,
      maxLength: 110,
    }),
    pattern(lang, {
      // "90% off consultations in the app", "Consult a doctor online now with 60% off", "خصم 90% على
      // الاستشارات الطبية عبر التطبيق", "استشر طبيبًا أونلاين الآن بخصم 60%": a discount on a service the
      // reader gets online, or an imperative to it closed by the discount; "خصم 20% على رواتب الموظفين"
      // is a pay cut, "اشترت الوزارة اللقاحات بخصم 30%" a purchase.
      name: 'advertisement-discount',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:(?:get|save|enjoy)\s+)?\d{1,3}\s?%\s+off\s+(?:[\p{L}'’-]+\s+){0,5}?(?:in|on|via|through)\s+(?:the|our)\s+(?:app|website)\s*[.!]?$|^(?:consult|book|see|subscribe|order|try)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:online|in\s+the\s+app)(?:\s+(?:now|today))?\s+(?:with|at|for)\s+\d{1,3}\s?%\s+off\s*[.!]?$`,
      ar: String.raw`^خصم\s+[\d٠-٩]{1,3}\s?[%٪]\s+(?:على|علي)\s+(?:[\p{L}]+\s+){0,5}?(?:عبر|في|من خلال)\s+(?:التطبيق|الموقع|تطبيقنا|موقعنا)\s*[.!]?$|^(?:استشر|استشيري|احجز|احجزي|اشترك|اشتركي|اطلب|اطلبي|جرب)\s+(?:[\p{L}]+\s+){0,4}?(?:اونلاين|اون لاين|عبر الانترنت|عبر التطبيق)(?:\s+(?:الان|اليوم))?\s+بخصم\s+[\d٠-٩]{1,3}\s?[%٪]\s*[.!]?$`,
      maxLength: 90,
    }),
    pattern(lang, {
      // "Become a monthly donor", "Not a member? Join UNISON today", "… : become a member", "كن متبرعًا
      // شهريًا", "لست عضوًا؟ انضم إلى النقابة اليوم": a donor or a member asked for, alone or after the
      // ask to support; "He became a monthly donor in 2019" and "Join the queue today" stay.
      // Round 28: a sustaining member, as public radio asks ("Support local journalism: become a sustaining
      // member", "ادعم الصحافة المحلية: كن عضوا داعما").
      name: 'advertisement-donor',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:(?:[\p{L}'’-]+\s+){1,6}?[\p{L}'’-]+\s*[:!.,-]\s*)?(?:(?:not\s+(?:yet\s+)?a\s+member\s*\?\s*)join\s+(?:[\p{L}\p{N}'’&.-]+\s+){1,3}?(?:today|now)|(?:become|join\s+us\s+as)\s+a\s+(?:(?:monthly|regular|paying|founding|sustaining)\s+)?(?:donor|member|supporter|giver|friend)(?:\s+(?:today|now))?)\s*[.!]?$`,
      ar: String.raw`^(?:(?:\p{L}+\s+){1,6}?\p{L}+\s*[:!.،-]\s*)?(?:(?:لست|لستم|لستي)\s+(?:عضوا|اعضاء|عضوه)\s*(?:بعد\s*)?[؟?]\s*(?:انضم|انضموا|انضمي)\s+(?:الي|الى|ل)\s*(?:\p{L}+\s+){0,2}?\p{L}+\s+(?:اليوم|الان)|(?:كن|كوني|كونوا|اصبح)\s+(?:متبرعا|متبرعه|متبرعين|داعما|داعمه|داعمين|عضوا|عضوه|اعضاء)(?:\s+(?:شهريا|منتظما|دائما|مؤسسا|داعما|مستداما))?(?:\s+(?:اليوم|الان))?)\s*[.!]?$`,
      maxLength: 90,
    }),
    pattern(lang, {
      // "Your gift of £195 could buy a month of malnutrition treatment", "تبرعك الشهري ينقذ الأرواح": what
      // the reader's gift does, addressed to them; "Your gift to the museum was generous" does nothing.
      name: 'advertisement-gift',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^your\s+(?:(?:monthly|regular|one-off|kind)\s+)?(?:gift|donation|donations|support)(?:\s+of\s+[£$€]\s?[\d,.]+)?(?:\s+today)?\s+(?:(?:could|can|will|would)\s+)?(?:buy|buys|provide|provides|save|saves|fund|funds|pay\s+for|pays\s+for|feed|feeds|help\s+(?:us\s+)?(?:save|provide|treat|reach|fund))\s+[^,;:!?"]{3,70}?\s*[.!]?$`,
      ar: String.raw`^(?:تبرعك|هديتك|مساهمتك|دعمك)(?:\s+(?:الشهري|الشهريه|المنتظم|اليوم))?(?:\s+ب\s*[\d٠-٩,.]+\s*(?:\p{L}+))?\s+(?:(?:قد|يمكن ان|يمكنه ان|يمكنها ان)\s+)?(?:ينقذ|تنقذ|يوفر|توفر|يمول|تمول|يشتري|تشتري|يطعم|تطعم|يقدم|تقدم|يساعد في|تساعد في|يساعدنا على|تساعدنا على)\s+[^،,;:!؟"«»]{3,70}?\s*[.!]?$`,
      maxLength: 110,
    }),
    pattern(lang, {
      // "Take action: sign our petition to protect nurses", "Sign our petition", "وقّع على عريضتنا
      // لحماية الممرضين": a campaign's call to sign; "Sign the petition, the activists urged" is
      // reported, "Residents signed the petition" no call.
      name: 'advertisement-petition',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:(?:take\s+action|act\s+now)\s*[:!.-]?\s*)?(?:please\s+)?(?:sign|add\s+your\s+name\s+to)\s+(?:our|this)\s+petition(?:\s+(?:to|for|and|against)\s+[^,;:!?"]{3,60}?)?\s*[.!]?$`,
      ar: String.raw`^(?:(?:تحرك|تحركوا|تحركي)\s+(?:الان|اليوم)\s*[:!.-]?\s*)?(?:يرجى\s+)?(?:وقع|وقعوا|وقعي|اضف\s+اسمك\s+(?:الى|الي)|اضيفوا\s+اسماءكم\s+(?:الى|الي))\s+(?:على\s+)?(?:عريضتنا|هذه\s+العريضه)(?:\s+(?:ل|من\s+اجل|ضد)\s*[^،,;:!؟"«»]{3,60}?)?\s*[.!]?$`,
      maxLength: 90,
    }),
    pattern(lang, {
      // "Download the report (PDF, 126 pages)", "حمّل التقرير (PDF، 99 صفحة)": a verb of getting a file, a
      // few words of what it is, then its type in brackets; a sentence names no file type at its end.
      name: 'share-file',
      kind: 'share',
      where: 'anywhere',
      en: String.raw`^(?:download|read|view|open|get)\s+(?:[\p{L}\p{N}'’-]+\s+){0,5}?[\p{L}\p{N}'’-]+(?:\s*\(${FILE_ASIDE}\)|\s+(?:as\s+an?|in)\s+(?:pdf|docx?|epub)(?:\s+(?:file|format|document))?)$`,
      ar: String.raw`^(?:حمل|حملوا|تحميل|تنزيل|نزل|نزلوا|اقرا|قراءه|اطلع على|عرض|افتح)\s+(?:[\p{L}\p{N}]+\s+){0,5}?[\p{L}\p{N}]+(?:\s*\(${FILE_ASIDE}\)|\s+(?:بصيغه|بنسق|كملف|على\s+شكل\s+ملف)\s+(?:pdf|docx?|epub|وورد))$`,
      maxLength: 90,
    }),
    pattern(lang, {
      // "شارك المعلومة لتعم الفائدة", "Share this information so others can benefit": the piece to be
      // shared, and why, as a good to others; "Share the benefits of the new scheme with farmers" stays.
      name: 'share-benefit',
      kind: 'share',
      where: 'anywhere',
      en: String.raw`^(?:please\s+)?share\s+(?:this|the|it)(?:\s+(?:information|info|post|${pieces}|news))?\s+(?:so\s+(?:that\s+)?others\s+(?:can|may)\s+benefit|(?:to|and)\s+(?:spread|raise)\s+(?:the\s+)?(?:word|awareness)|(?:to|and)\s+help\s+(?:others|someone))\s*[.!]?$`,
      ar: String.raw`^(?:(?:رجاء|نرجو)\s+)?(?:شارك|شاركوا|شاركي|انشر|انشروا|انشري)\s+(?:(?:هذه|هذا)\s+)?(?:المعلومه|المعلومات|المنشور|${pieces}|الخبر|الفائده)?\s*(?:لتعم\s+(?:الفائده|المنفعه)|للفائده|لنشر\s+الوعي|ليستفيد\s+(?:غيرك|الجميع|الاخرون)|لتعم\s+الفائده\s+للجميع)\s*[.!]?$`,
      maxLength: 80,
    }),
    // Round 23: the page asking whether it helped, with its answers as buttons; a survey of the visit;
    // a problem with the page reported; a donor or a member asked for, and what a gift buys.
    pattern(lang, {
      // "Was this page helpful? Yes Partly No", "Is this page useful? Yes No Report a problem with this
      // page", "Did you find what you were looking for? Yes No", "هل كانت هذه الصفحة مفيدة؟ نعم لا": a
      // question of the page's use, then its answers, or the page itself named; "Was this advice
      // useful to the patients?" and "Is this information helpful?" without answers stay.
      name: 'comments-feedback',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?:(?:is|was|did\s+you\s+find)\s+this\s+(?:(?:page|website|site)\s+(?:useful|helpful)\s*\?(?:(?:\s+(?:yes|no|partly|somewhat|not really))*)|(?:article|information|content|answer|advice|guide)\s+(?:useful|helpful)\s*\?(?:(?:\s+(?:yes|no|partly|somewhat|not really)){2,}))|did\s+you\s+find\s+what\s+you\s+(?:were|are)\s+looking\s+for\s*\?(?:\s+(?:yes|no|partly)){2,})(?:\s+report\s+(?:a\s+)?(?:problem|an?\s+error|an?\s+issue)\s+with\s+this\s+page)?\s*$`,
      ar: String.raw`^(?:هل\s+(?:كانت|كان|وجدت)\s+(?:(?:هذه|هذا)\s+)?(?:الصفحه|الموقع)\s+مفيد[اه]?\s*[؟?](?:\s+(?:نعم|لا|جزئيا|الى حد ما))*|هل\s+(?:كانت|كان|وجدت)\s+(?:هذه|هذا)\s+(?:المقال|المعلومات|المعلومه|المحتوى|الاجابه|النصيحه|الدليل)\s+مفيد[اه]?\s*[؟?](?:\s+(?:نعم|لا|جزئيا|الى حد ما)){2,}|هل\s+وجدت\s+ما\s+(?:تبحث|كنت تبحث)\s+عنه\s*[؟?](?:\s+(?:نعم|لا|جزئيا)){2,})(?:\s+(?:ابلغ|الابلاغ)\s+عن\s+(?:مشكله|خطا)\s+في\s+هذه\s+الصفحه)?\s*$`,
      maxLength: 120,
    }),
    pattern(lang, {
      // "Rate this page ★★★★★", "174 people found this content helpful", "قيّم هذه الصفحة ★★★★★", "عدد
      // الأشخاص الذين وجدوا هذا المحتوى مفيدًا 174": the page's stars, and the count of its helpful votes;
      // "Rate this policy on its merits" rates no page.
      name: 'comments-rated',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?:rate\s+this\s+(?:page|answer|${pieces})\s*[:]?[\s★☆⭐✩]*|[\d,]+\s+(?:people|readers|users|visitors)\s+found\s+this\s+(?:(?:page|content|answer|information|${pieces})\s+)?(?:useful|helpful)\s*[.!]?|(?:number\s+of\s+)?(?:people|readers|visitors)\s+who\s+found\s+this\s+(?:(?:page|content|answer|information|${pieces})\s+)?(?:useful|helpful)\s*[:]?\s*[\d,]+)$`,
      ar: String.raw`^(?:(?:قيم|قيمي|قيموا)\s+(?:هذه|هذا)\s+(?:الصفحه|الاجابه|${pieces})\s*[:]?[\s★☆⭐✩]*|(?:عدد\s+)?(?:الاشخاص|الزوار|القراء)\s+(?:الذين|اللذين)\s+وجدوا\s+(?:هذا|هذه)\s+(?:المحتوى|الصفحه|الاجابه|المعلومات|${pieces})\s+مفيد[اه]?\s*[:]?\s*[\d٠-٩,]+|[\d٠-٩,]+\s+(?:شخصا|قارئا|زائرا|اشخاص|قراء|زوار)\s+وجدوا\s+(?:هذا|هذه)\s+(?:المحتوى|الصفحه|الاجابه|المعلومات|${pieces})\s+مفيد[اه]?)\s*$`,
      maxLength: 80,
    }),
    pattern(lang, {
      // "Help us improve NHS website Can you answer a quick question about your visit today?", "ساعدنا
      // في تحسين موقعنا: هل يمكنك الإجابة عن سؤال سريع حول زيارتك اليوم؟": a survey of the reader's
      // visit; "Can you answer a quick question, minister?" asks of no visit.
      name: 'comments-survey',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?:help\s+us\s+improve\s+(?:[\p{L}\p{N}'’.&-]+\s+){0,4}?(?:website|site|service|services|this\s+page)\s*[.:!,-]?\s*)?(?:can|could|would|will)\s+you\s+(?:answer|take)\s+(?:a|our|one|two)\s+(?:quick|short|brief)\s+(?:question|questions|survey)\s+(?:about|on)\s+(?:your\s+visit(?:\s+(?:today|to\s+(?:this|our)\s+(?:site|website|page)))?|this\s+(?:page|website|site))\s*\??$`,
      ar: String.raw`^(?:ساعدنا\s+(?:في\s+|على\s+)?تحسين\s+(?:[\p{L}\p{N}]+\s+){0,3}?(?:الموقع|موقعنا|الخدمه|خدماتنا|هذه\s+الصفحه)\s*[.:!،-]?\s*)?(?:هل\s+)?(?:يمكنك|تستطيع|هلا|نرجو)\s+(?:الاجابه|الرد)\s+(?:عن|على)\s+(?:سؤال|اسئله|استبيان)\s+(?:سريع|قصير|قصيره|سريعه)\s+(?:حول|عن)\s+(?:زيارتك(?:\s+(?:اليوم|للموقع))?|هذه\s+الصفحه|الموقع)\s*[؟?]?$`,
      maxLength: 140,
    }),
    pattern(lang, {
      // "Report a problem with this page", "Report a problem with this forecast", "أبلغ عن مشكلة في هذه
      // الصفحة": the page's own form for an error; "Report a problem with the water supply to the council"
      // names no page.
      name: 'comments-report-page',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^report\s+(?:a\s+problem|an?\s+error|an?\s+issue|a\s+mistake)\s+(?:with|on|in)\s+this\s+(?:page|${pieces}|forecast|warning|guide|case|map)\s*[.!]?$`,
      ar: String.raw`^(?:ابلغ|ابلغوا|الابلاغ|بلغ|بلغوا)\s+عن\s+(?:مشكله|خطا)\s+(?:في|ب)\s*(?:هذه|هذا)\s+(?:الصفحه|${pieces}|النشره|التحذير|الدليل|القضيه|الخريطه)\s*[.!]?$`,
      maxLength: 70,
    }),
  ];
}).flat();

// Where the whole story is, and whose a picture is: an outlet or a name, never the clause of a
// sentence that opens the same way ("Photo by Reuters shows a nurse.").
for (const name of ['read-the-whole-story', 'read-the-whole-story-ar', 'photo-by'])
  DEFAULT_CHECKS[name] = (line, value, lang) =>
    value === undefined ||
    // A link's own words before it ("Click here to read the full story") name no outlet: a related link.
    (!(value === '' && /^\s*(?:click|tap|اضغط|انقر)\s/iu.test(line)) &&
      // …the outlet that lent the picture no clause either (round 28: "Image by X, courtesy of OPB").
      !readsAsClause(value.replace(/,\s+courtesy of\s+[^,]+$/iu, ''), lang, line));

/**
 * Round 29: what a think tank's or a station's page asks of its reader and says of its money: the weather
 * alert over a station's page, the grant a programme runs on, the appeal to give to research, alerts by a
 * keyword texted, a related item "in the same context" or an event to come, the reader's notes on the
 * piece sent to the institute, the comment form's fields.
 */
const APPEALS_AND_ALERTS: PatternSpec[] = eachLang((lang): PatternSpec[] => {
  const table = LABELS[lang];
  const reporting = foldedSet(table.site.reporting);
  const reports = (line: string) => foldedWords(line).some((w) => reporting.has(w));
  // A think tank's piece is a paper, a study or a brief as well ("this paper", "هذه الورقة").
  const pieces = alt(
    [
      ...table.pieces,
      ...(lang === 'en' ? ['paper', 'study', 'brief', 'commentary', 'analysis'] : ['الورقة', 'الدراسة', 'التحليل']),
    ].map((p) => p.replace(/^ال/u, '')),
  );
  const grant = `advertisement-grant-${lang}`;
  const research = `advertisement-research-${lang}`;
  const context = `related-context-${lang}`;
  const notes = `comments-notes-${lang}`;
  // None of these is said in a report of someone's words ("…, the dean said").
  for (const name of [grant, research, context, notes]) DEFAULT_CHECKS[name] = (line) => !reports(line);
  return [
    pattern(lang, {
      // "Weather Alert: Winter storm warning in effect for the Cascades", "تنبيه الطقس: إنذار بعاصفة ثلجية
      // في جبال الأطلس": the station's banner, its label and a warning in force; "Weather alert: residents
      // ignored the warning, the mayor said." is a sentence.
      name: 'advertisement-weather',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:severe\s+|breaking\s+)?weather\s+(?:alert|warning|advisory)s?\s*[:|\-–—]\s*(?:[\p{L}\p{N}'’-]+\s+){0,5}?(?:warning|watch|advisory|alert|emergency)s?\s+(?:(?:is|are|remains?|now)\s+)?(?:in\s+effect|issued|extended|until|for|through)(?:\s[^.!?]{0,60})?$`,
      ar: String.raw`^(?:تنبيه|انذار|تحذير|نشره\s+انذاريه)\s+(?:(?:ال)?طقس|جويه?|(?:ال)?ارصاد(?:\s+الجويه)?)\s*[:|\-–—]\s*(?:\p{L}+\s+){0,3}?(?:انذار|تحذير|نشره\s+انذاريه|تنبيه)\s+(?:من\s+|ب)?[^.!؟]{2,70}$`,
      maxLength: 120,
    }),
    {
      // "This programme is supported by a grant from X, which had no role in its findings", "أُنجزت هذه
      // الورقة بدعم من مؤسسة X": the piece's funder and its disclaimer; "This programme is supported by a
      // grant from the ministry, which says it will end next year" goes on to news.
      name: grant,
      lang,
      kind: 'advertisement',
      where: 'anywhere',
      regex:
        lang === 'en'
          ? String.raw`^this\s+(?:${pieces}|programme|program|project|research|series|work|initiative|podcast)\s+(?:is|was|has\s+been)\s+(?:made\s+possible|supported|funded|underwritten|sponsored)\s+(?:in\s+part\s+)?by\s+(?:an?\s+)?(?:(?:generous|unrestricted)\s+)?(?:grant|grants|funding|support|gift|donation)\s+from\s+(?<value>[^.,;:!?]{2,60}?)(?:\s*,?\s*(?:who|which|that)\s+(?:had|has|have)\s+no\s+(?:role|say|input|influence|editorial\s+control)\b[^.!?]{0,60})?\s*[.!]?$`
          : String.raw`^(?:(?:هذا|هذه)\s+(?:ال)?(?:${pieces}|برنامج|مشروع|بحث|سلسله|دراسه)\s+(?:مدعوم|مدعومه|ممول|ممموله|ممولة|مموله)|(?:انجز|انجزت|اعد|اعدت|صدر|صدرت|مول|مولت)\s+(?:هذا|هذه)\s+(?:ال)?(?:${pieces}|برنامج|مشروع|بحث|سلسله|دراسه))\s+(?:جزئيا\s+)?(?:ب|من\s+خلال\s+)?(?:منحه|دعم|تمويل)\s+(?:مالي\s+)?(?:(?:مقدم|مقدمه)\s+)?من\s+(?<value>[^.,،;:!؟]{2,60}?)(?:\s*[،,]?\s*(?:التي|الذي|وهي|وهو|و)?\s*(?:لم|ليس)\s+(?:يكن|تكن|يكون|تكون|لها|له)\s+[^.!؟]{0,60})?\s*[.!]?$`,
      maxLength: 200,
    },
    {
      // "Support independent research: give to X", "ادعم البحث المستقل في المنطقة العربية": the institute
      // asking for gifts to its research; "ادعم البحث العلمي في الجامعات" and "Support cancer research" ask
      // for no independent research, or none of the institute's.
      name: research,
      lang,
      kind: 'advertisement',
      where: 'anywhere',
      regex:
        lang === 'en'
          ? String.raw`^(?:support|fund|back)\s+(?:our\s+(?:(?:independent|nonpartisan|non-partisan)\s+)?|(?:independent|nonpartisan|non-partisan)\s+)(?:policy\s+)?(?:research|scholarship|analysis|ideas)(?:\s+(?:in|on|across)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2})?(?:\s*[:!,.\-–—]\s*(?:give|donate|contribute)(?:\s+to\s+[^.,:!?]{2,40}?)?(?:\s+(?:now|today))?)?\s*[.!]?$`
          : String.raw`^(?:ادعم|ادعموا|ادعمي|ساهم\s+في\s+دعم|ساهموا\s+في\s+دعم)\s+(?:(?:ال)?(?:بحث|ابحاث|بحوث|دراسات)\s+(?:ال)?(?:مستقل|مستقله|مستقلين)|ابحاثنا|بحوثنا|دراساتنا)(?:\s+(?:في|عن|حول)\s+\p{L}+(?:\s+\p{L}+){0,2})?(?:\s*[:!،,.\-–—]\s*(?:تبرع|تبرعوا|تبرعي|ساهم|ساهموا)(?:\s+(?:ل|لـ\s*|الى\s+)\p{L}+(?:\s+\p{L}+){0,3}?)?(?:\s+(?:الان|اليوم))?)?\s*[.!]?$`,
      maxLength: 100,
    },
    pattern(lang, {
      // "Text "NEWS" to receive breaking alerts from X", "أرسل كلمة «أخبار» إلى 1212 لتصلك التنبيهات العاجلة":
      // a keyword texted for the outlet's alerts; "Text "HELP" to the council to receive flood alerts,
      // officials said" is a report.
      name: 'share-keyword',
      kind: 'share',
      where: 'anywhere',
      en: String.raw`^(?:text|sms|send|message)\s+(?:the\s+word\s+)?["“'‘«][\p{L}\p{N}]{2,15}["”'’»]\s+(?:to\s+\d{3,6}\s+)?(?:to|and)\s+(?:receive|get|sign\s+up\s+for|subscribe\s+to)\s+(?:our\s+|free\s+)?(?:(?:breaking|latest|daily|news|weather|text)\s+)*(?:alerts|updates|news|headlines|notifications)(?:\s+from\s+[^.,:!?]{2,30})?\s*[.!]?$`,
      ar: String.raw`^(?:ارسل|ارسلي|ارسلوا)\s+(?:كلمه\s+)?["“«'‘][\p{L}\p{N}]{2,15}["”»'’]\s+(?:(?:الى|الي|على)\s+(?:الرقم\s+)?[\d٠-٩]{3,6}\s+)?(?:لتصلك|لتصلكم|لتلقي|لتتلقى|لتتلقي|للاشتراك\s+في|واحصل\s+على)\s+(?:(?:اخر|احدث)\s+)?(?:ال)?(?:تنبيهات|اخبار|اشعارات|تحديثات|عناوين)(?:\s+(?:ال)?(?:عاجله|عاجل|يوميه|جويه))?(?:\s+(?:من|ل|لـ)\s*[^.,،:!؟]{2,30})?\s*[.!]?$`,
      maxLength: 120,
    }),
    {
      // "في نفس السياق: <headline>", "In the same context: <headline>", "فعالية قادمة: <title>": a related
      // item after its label, a headline with no full stop; "في نفس السياق: أكد الوزير أن الحكومة ستواصل
      // الدعم." is a sentence.
      name: context,
      lang,
      kind: 'related',
      where: 'anywhere',
      regex:
        lang === 'en'
          ? String.raw`^(?:in\s+the\s+same\s+(?:context|vein)|on\s+the\s+same\s+(?:subject|topic))\s*:\s*[^.!]{5,110}[?!]?$`
          : String.raw`^(?:(?:في|وفي)\s+(?:نفس\s+(?:السياق|الموضوع)|(?:السياق|الموضوع)\s+نفسه|ذات\s+(?:السياق|الموضوع))|(?:فعاليه|فعاليات|ندوه)\s+(?:قادمه|مقبله))\s*:\s*[^.!]{5,110}[؟?!]?$`,
      maxLength: 130,
    },
    {
      // "Send your feedback on this paper to the Centre", "أرسل ملاحظاتك على الورقة إلى المركز": the reader's
      // notes on the piece asked for, and whom to; "Send your feedback on the plan to the council" is a
      // council's ask.
      name: notes,
      lang,
      kind: 'comments',
      where: 'anywhere',
      regex:
        lang === 'en'
          ? String.raw`^(?:please\s+)?(?:send|email|share)\s+(?:us\s+)?(?:your\s+)?(?:feedback|comments|thoughts|notes|views)\s+(?:on|about)\s+(?:this|the)\s+${pieces}(?:\s+to\s+(?:us|the\s+(?:centre|center|institute|editors|author|authors|team|newsroom)|[\p{L}'’.&]+(?:\s+[\p{L}'’.&]+){0,3}))?\s*[.!]?$`
          : String.raw`^(?:يرجى\s+|المرجو\s+)?(?:ارسل|ارسلي|ارسلوا|شاركنا|شاركونا|وجه|وجهوا)\s+(?:لنا\s+)?(?:ملاحظاتك|ملاحظاتكم|تعليقاتك|تعليقاتكم|ارائك|ارائكم|رايك|رايكم)\s+(?:على|حول|بشان|عن)\s+(?:هذا\s+|هذه\s+)?(?:ال)?${pieces}(?:\s+(?:الى|الي|ل)\s*(?:ال)?(?:مركز|معهد|محرر|محررين|كاتب|كاتبه|مؤلف|فريق)(?:\s+\p{L}+){0,2})?\s*[.!]?$`,
      maxLength: 110,
    },
    // English's form is `comment-prompt`'s already ("Leave a comment: your name and email").
    ...onlyIn('ar', lang, {
      // "اكتب تعليقًا: اسمك وبريدك الإلكتروني": the comment form's label and its fields; "اكتب تعليقا: اسم
      // الكاتب خاطئ" names no field.
      name: 'comments-form',
      kind: 'comments',
      where: 'anywhere',
      regex: String.raw`^(?:اكتب|اكتبي|اترك|اتركي|اضف|اضيفي)\s+(?:تعليقا|تعليق|ردا|رد|تعليقك)\s*[:|\-–—]\s*(?:(?:و)?(?:اسمك|الاسم|بريدك\s+الالكتروني|البريد\s+الالكتروني|بريدك|موقعك)\s*[،,]?\s*){1,3}[.*]?$`,
      maxLength: 100,
    }),
  ];
}).flat();

/**
 * Round 30: what a station's and a local paper's page say around the piece: the live stream and the
 * frequency or channel to tune to, the break before the ads, the notices paid for or published by
 * authority, the e-paper, journalism's appeal for subscribers, the station's own programmes and lists,
 * the piece shared with the audience, the comments' rules and languages, the letters' address, the
 * section under a station's name.
 */
const BROADCAST_AND_NOTICES: PatternSpec[] = eachLang((lang): PatternSpec[] => {
  // A frequency or a channel's number: "100.5 FM", "FM 94.7", "channel 34", "القناة 34", "94.7 إف إم".
  const frequency =
    lang === 'en'
      ? String.raw`(?:\d{2,3}(?:\.\d{1,2})?\s*(?:fm|am|mhz|khz)|(?:fm|am)\s*\d{2,3}(?:\.\d{1,2})?|(?:channel|ch\.?)\s*\d{1,4}|(?:digital\s+)?radio)`
      : String.raw`(?:[\d٠-٩]{2,3}(?:[.,٫][\d٠-٩]{1,2})?\s*(?:fm|am|اف\s*ام|ميغاهيرتز|ميجاهرتز)|(?:fm|am|اف\s*ام)\s*[\d٠-٩]{2,3}(?:[.,٫][\d٠-٩]{1,2})?|(?:ال)?(?:قناه|تردد|موجه)\s+[\d٠-٩]{1,4}(?:[.,٫][\d٠-٩]{1,2})?)`;
  // The outlet the line names, as a name is written, never a clause ("More bad news", "برامج التنمية").
  const outlet = (value: string | undefined) =>
    value !== undefined &&
    isOutletName(value.replace(/^the\s+(?=\p{Lu})/u, ''), lang) &&
    !readsAsClause(value, lang, value);
  const circle = alt(LABELS[lang].circle);
  const named = [`comments-welcome-${lang}`, `breadcrumb-station-${lang}`];
  for (const name of named) DEFAULT_CHECKS[name] = (_line, value) => outlet(value);
  // An Arabic list by the outlet's name: a name without the article, or a station's ("برامج إذاعة
  // الشمس"); "برامج الصحة" is a subject's.
  // Round 31: or a place's headlines, its name capitalised in English ("More Guam headlines"); "More bad
  // news" has none, and "More Bad News" in a headline's capitals is no list of headlines.
  DEFAULT_CHECKS[`related-outlet-list-${lang}`] = (line, value) =>
    (outlet(value) ||
      (lang === 'en' &&
        /\sheadlines$/iu.test(line) &&
        /^\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){0,2}$/u.test(value ?? '') &&
        !readsAsClause(value ?? '', lang, value ?? ''))) &&
    !(lang === 'ar' && /^(?:ال|لل)/u.test(foldLineText(value ?? '')));
  // Live, then the station: its name, or its frequency or channel ("Listen live: Gulf FM 98.4").
  DEFAULT_CHECKS[`share-listen-${lang}`] = (_line, value) =>
    !value || outlet(value.replace(new RegExp(String.raw`\s*(?:on\s+)?${frequency}$`, 'iu'), '')) || lang === 'ar';
  // A notice by whom: a name, not what the notice said ("Public notice from the council said …").
  DEFAULT_CHECKS[`advertisement-notice-${lang}`] = (line, value) =>
    value === undefined || value === '' || !readsAsClause(value, lang, line);
  return [
    pattern(lang, {
      // "Listen live: Gulf Radio 98.4 FM", "Tune in to ABC on channel 21", "استمع للبث المباشر", "تابعونا
      // على التردد 98.4": the station's stream and where to tune; "Tune in to your body's signals" names
      // no frequency, "استمع للبث المباشر لخطاب الرئيس أكثر من مليون شخص" is a sentence.
      name: 'share-listen',
      kind: 'share',
      where: 'anywhere',
      en: String.raw`^(?:(?:listen|watch)\s+live(?:\s+(?:now|online))?(?:(?:\s*[:|\-–—]\s*|\s+(?:to|on)\s+)(?<value>[^!?,]{2,50}?))?|(?:listen|watch)\s+(?:to\s+)?(?:the\s+)?(?:live\s+(?:stream|broadcast)|livestream)(?:\s+(?:of|on)\s+(?:[\p{L}\p{N}&'’.-]+\s*){1,4})?|tune\s+in\s+(?:to\s+)?(?:[\p{L}\p{N}&'’.-]+\s+){1,4}?(?:on\s+|at\s+)?${frequency}(?:\s+(?:and|or)\s+online)?)\s*[.!]?$`,
      ar: String.raw`^(?:(?:استمع|استمعوا|استمعي|شاهد|شاهدوا|تابع|تابعوا)\s+(?:الى\s+(?:ال)?|لل|ال)بث\s+(?:ال)?(?:مباشر|حي)(?:\s+(?:ل|على|عبر)\s*(?<value>(?:اذاعه|راديو|موقع|تطبيق)\s*[\p{L}\p{N} .]{0,30}))?|(?:استمع|استمعوا|استمعي|تابعونا|تابعنا|استمعوا\s+الينا|استمع\s+الينا)\s+(?:على|عبر)\s+(?:(?:ال)?(?:تردد|موجه|قناه)\s+)?${frequency}(?:\s+\p{L}+){0,2}|(?:ال)?بث\s+(?:ال)?مباشر\s*[:|\-–—]\s*(?:اذاعه|راديو)\s+[\p{L}\p{N} .]{2,30})\s*[.!]?$`,
      maxLength: 90,
    }),
    pattern(lang, {
      // "Share this appeal with your neighbours", "Share this Post story", "شارك الخبر مع مستمعي الإذاعة",
      // "انشره على صفحتك في فيسبوك": the piece shared with the reader's people or on their page; "Share
      // this appeal with your MP before Tuesday's vote" names someone else.
      // Round 34: a release, a statement, an interview; the reader's pages and accounts, social media by any
      // name, a colon before the buttons ("Share this press release on social media:", "انشروا التقرير على
      // صفحاتكم").
      name: 'share-piece-with',
      kind: 'share',
      where: 'anywhere',
      en: String.raw`^(?:please\s+)?(?:share|forward|pass\s+on)\s+this\s+(?:[\p{L}\p{N}&'’.-]+\s+){0,3}?(?:story|article|appeal|report|post|page|video|piece|notice|alert|bulletin|news|release|statement|circular|interview)(?:\s+(?:with|among)\s+(?:your\s+)?${circle}(?:\s+(?:and|&)\s+${circle})?|\s+(?:on|across)\s+(?:your\s+)?(?:page|pages|feed|feeds|timeline|profile|accounts|socials|social\s+(?:media|networks|accounts|channels|platforms)(?:\s+pages)?))?\s*[.!:]?$`,
      ar: String.raw`^(?:(?:شارك|شاركي|شاركوا|انشر|انشري|انشروا)\s+(?:هذا\s+|هذه\s+)?(?:ال)?(?:خبر|مقال|تقرير|نداء|قصه|منشور|ماده|مناشده|بيان|تعميم|بلاغ|حوار|مقابله)\s+(?:مع\s+(?:${circle}|(?:مستمعي|قراء|متابعي)(?:\s+\p{L}+){1,2})|(?:على|عبر|في)\s+(?:صفحتك|صفحتكم|صفحاتك|صفحاتكم|حسابك|حسابكم|حساباتك|حساباتكم|(?:مواقع|وسائل|شبكات|منصات)\s+التواصل(?:\s+(?:ال)?اجتماعي)?))|(?:انشره|انشريه|انشروه|شاركه|شاركيه|شاركوه|انشرها|انشروها|شاركها|شاركوها)\s+(?:على|عبر|في|مع)\s+(?:صفحتك|صفحتكم|صفحاتك|صفحاتكم|حسابك|حسابكم|حساباتك|حساباتكم|مواقع\s+التواصل|${circle})(?:\s+(?:في|على)\s+\p{L}+)?)\s*[.!]?$`,
      maxLength: 90,
    }),
    pattern(lang, {
      // "We'll be right back after the break", "نعود بعد الفاصل الإعلاني": the break for the ads; "We'll be
      // back after the break, the coach told reporters" is a report.
      name: 'advertisement-break',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:(?:we(?:'|’)?ll|we\s+will)\s+be\s+(?:right\s+)?back|(?:stay\s+with\s+us\s*[,:.\-–—]?\s*)?(?:more|back)(?:\s+right)?)\s+after\s+(?:the|this|these|a\s+short)\s+(?:(?:short|commercial|ad|advertising)\s+)?(?:break|message|messages|ads|commercials)\s*[.!…]*$|^(?:commercial|advertising|ad)\s+break\s*[.!…]*$`,
      ar: String.raw`^(?:(?:(?:نعود|سنعود)(?:\s+(?:اليكم|لكم))?|ابقوا\s+معنا\s*[،,.\-–—]?\s*نعود)\s+بعد\s+(?:هذا\s+)?(?:ال)?فاصل(?:\s+(?:ال)?(?:اعلاني|قصير))?|(?:ال)?فاصل\s+(?:ال)?اعلاني)\s*[.!…]*$`,
      maxLength: 60,
    }),
    pattern(lang, {
      // "Paid notice from the Government of Nunavut", "Public notice", "إعلان مدفوع على موقع الإذاعة",
      // "إعلانات المحافظة الرسمية": a notice paid for or published by an authority, and by whom; "Public
      // notice was given of the hearing" and "إعلانات المحافظة الرسمية صدرت أمس" go on.
      name: 'advertisement-notice',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:paid|public|official|legal|statutory|government|sponsored)\s+(?:notice|notices|announcement|announcements|advertisement|advertisements|message|content)(?:\s+(?:from|by|of|for)\s+(?<value>(?:the\s+)?[\p{L}\p{N}&'’.-]+(?:\s+[\p{L}\p{N}&'’.-]+){0,5}))?$`,
      ar: String.raw`^(?:(?:اعلان|اعلانات|بلاغ|بلاغات|اعلان\s+ممول)\s+(?:مدفوع|مدفوعه|مدفوعه\s+الاجر|رسمي|رسميه|ممول|مموله|حكومي|حكوميه|قضائي|قضائيه)(?:\s+(?:على|في)\s+(?:موقع|صفحه|تطبيق)\s+(?:ال)?\p{L}+|\s+(?:من|ل|لـ)\s*(?<value>(?:ال)?\p{L}+(?:\s+\p{L}+){0,2}))?|(?:اعلانات|بلاغات)\s+(?:ال)?(?:محافظه|وزاره|بلديه|حكومه|جامعه|مديريه|اذاعه|المجلس|مجلس)(?:\s+\p{L}+)?\s+(?:ال)?(?:رسميه|مدفوعه))$`,
      maxLength: 70,
    }),
    pattern(lang, {
      // "Buy the Harbour Post e-paper", "Support local journalism: become a Post subscriber", "اشترِ النسخة
      // الإلكترونية من صحيفة الأيام", "ادعم الصحافة المستقلة: كن مشتركا في الأيام": the paper's edition sold
      // and its journalism's appeal; "Buy the e-paper version of the textbook at the shop" is the school's.
      name: 'advertisement-epaper',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:(?:buy|read|get|download|browse|order|subscribe\s+to)\s+(?:the\s+|our\s+|today(?:'|’)s\s+|this\s+week(?:'|’)s\s+)?(?:[\p{L}\p{N}&'’.-]+\s+){0,4}?(?:e-?paper|e-?edition|digital\s+edition|digital\s+replica|print\s+replica)(?:\s+(?:now|today|online|here))?|support\s+(?:[\p{L}'’-]+\s+){0,2}?(?:journalism|news|reporting|media)\s*[:!,.\-–—]\s*(?:become\s+an?\s+(?:[\p{L}\p{N}&'’.-]+\s+){0,4}?(?:subscriber|member|supporter|donor)|subscribe|donate|give)(?:\s+(?:now|today))?)\s*[.!]?$`,
      ar: String.raw`^(?:(?:اشتر|اشتري|اشتروا|احصل\s+على|احصلوا\s+على|اقرا|اقراوا|تصفح|تصفحوا|حمل|حملوا|اطلب|اطلبوا|اشترك\s+في|اشتركوا\s+في)\s+(?:ال)?(?:نسخه|عدد|اصدار|صحيفه|جريده)\s+(?:ال)?(?:الكترونيه|رقميه|الكتروني|رقمي|pdf)(?:\s+(?:من|ل|لـ)\s*(?:صحيفه|جريده|مجله)\s+\p{L}+(?:\s+\p{L}+){0,2})?(?:\s+(?:الان|اليوم))?|(?:ادعم|ادعموا|ادعمي)\s+(?:ال)?(?:صحافه|اعلام|اذاعه|اخبار)(?:\s+(?:ال)?\p{L}+){0,2}\s*[:!،,.\-–—]\s*(?:(?:كن|كوني|كونوا)\s+(?:مشتركا|مشتركه|مشتركين|عضوا|داعما|داعمه|داعمين)(?:\s+(?:في|لدى|ل)\s*[\p{L} ]{2,30})?|اشترك|اشتركوا|تبرع|تبرعوا)(?:\s+(?:الان|اليوم))?)\s*[.!]?$`,
      maxLength: 100,
    }),
    pattern(lang, {
      // "More Harbour Post News", "Latest Garda press releases", "برامج إذاعة الشمس": the outlet's own
      // list by its name; "More bad news", "برامج التنمية" name no outlet.
      name: 'related-outlet-list',
      kind: 'related',
      where: 'anywhere',
      en: String.raw`^(?:more|latest|recent|other)\s+(?:from\s+)?(?<value>[\p{L}\p{N}&'’.-]+(?:\s+[\p{L}\p{N}&'’.-]+){0,3}?)\s+(?:news|headlines|stories|articles|press\s+releases|releases|appeals|bulletins|podcasts|programmes|programs|episodes|shows|videos)$`,
      ar: String.raw`^(?:برامج|بودكاست|حلقات|نشرات|عناوين)\s+(?<value>\p{L}+(?:\s+\p{L}+){0,2})$`,
      maxLength: 50,
    }),
    pattern(lang, {
      // "Previous appeal: <headline>", "البيان السابق: <headline>": the outlet's earlier piece of the kind,
      // after a separator, no full stop; "Previous appeals failed to find him." is a sentence.
      name: 'related-previous',
      kind: 'related',
      where: 'anywhere',
      en: String.raw`^(?:previous|earlier|last|next)\s+(?:appeal|report|bulletin|release|press\s+release|statement|update|programme|program|show)\s*[:|»›<>←→▶◀►◄\-–—]\s*[^.!]{5,110}[?!]?$`,
      ar: String.raw`^(?:ال)?(?:نداء|مناشده|تقرير|نشره|بيان|تحديث|برنامج)\s+(?:ال)?(?:سابق|سابقه|تالي|تاليه|اخير|اخيره)\s*[:|»›<>←→\-–—]\s*[^.!]{5,110}[؟?!]?$`,
      maxLength: 140,
    }),
    pattern(lang, {
      // "Letters to the editor: email the Post", "رسائل القراء: راسلونا على البريد": where letters go;
      // "Letters to the editor: readers were angry." says something else.
      name: 'comments-letters',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^letters?\s+(?:to\s+the\s+editor|page)\s*[:\-–—|]\s*(?:email|e-mail|write\s+to|send\s+(?:them|yours|your\s+letters?)\s+to|contact)\s+[^.!?]{2,50}$`,
      ar: String.raw`^(?:رسائل|رساله|بريد)\s+(?:الى\s+)?(?:ال)?(?:محرر|قراء)\s*[:\-–—|]\s*(?:راسلونا|راسلنا|اكتبوا|اكتب|ارسلوا|ارسل|ارسلي)(?:\s+(?:لنا|الينا))?\s+[^.!؟]{2,50}$`,
      maxLength: 90,
    }),
    pattern(lang, {
      // "Got a story? Contact the newsroom on WhatsApp", "لديك خبر؟ تواصل مع غرفة الأخبار عبر واتساب": the
      // newsroom's line; "Got a question? Contact the council on Monday" names no newsroom.
      name: 'comments-newsroom',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?:do\s+you\s+have|have|got)\s+(?:a|an|any)\s+(?:news\s+)?(?:story|tip|tips|stories)\b[^?.!]{0,30}\?\s*(?:contact|call|message|text|email|reach)\s+(?:the|our)\s+(?:newsroom|news\s+desk|newsdesk|editors|news\s+team)(?:\s+(?:on|via|at|by)\s+[\p{L}\p{N}+ .-]{2,30})?\s*[.!]?$`,
      ar: String.raw`^(?:هل\s+)?(?:لديك|لديكم|عندك|عندكم)\s+(?:خبر|قصه|معلومه)(?:\s+[^؟?.!]{0,30})?\s*[؟?]\s*(?:تواصل|تواصلوا|اتصل|اتصلوا)\s+(?:مع|ب)\s*(?:غرفه\s+(?:ال)?اخبار|فريق\s+(?:ال)?تحرير|(?:ال)?محررين|هيئه\s+(?:ال)?تحرير)(?:\s+(?:على|عبر)\s+[\p{L}\p{N}+ .-]{2,30})?\s*[.!]?$`,
      maxLength: 100,
    }),
    pattern(lang, {
      // "The Post welcomes comments in English and Irish", "ترحب الأيام بتعليقاتكم": the outlet's welcome to
      // its readers' comments; "The minister welcomes comments on the plan" is no outlet's.
      name: 'comments-welcome',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?<value>[\p{L}\p{N}&'’.-]+(?:\s+[\p{L}\p{N}&'’.-]+){0,4}?)\s+welcomes\s+(?:your\s+|reader\s+|readers(?:'|’)\s+)?(?:comments|letters|feedback)(?:\s+in\s+[\p{L}]+(?:(?:,\s*|\s+(?:and|or)\s+)[\p{L}]+){0,2})?\s*[.!]?$`,
      ar: String.raw`^(?:ترحب|يرحب)\s+(?<value>\p{L}+(?:\s+\p{L}+){0,2}?)\s+(?:بتعليقاتكم|بتعليقاتك|بالتعليقات|بتعليقات\s+(?:ال)?قراء|بمشاركاتكم|برسائلكم)(?:\s+(?:باللغتين|باللغات)\s+[\p{L} و]{3,40}|\s+ب(?:ال)?\p{L}+(?:\s+و(?:ال)?\p{L}+){1,2})?\s*[.!]?$`,
      maxLength: 90,
    }),
    pattern(lang, {
      // "We reserve the right to remove offensive comments", "يحق للإدارة حذف التعليقات المسيئة": the rules of
      // the comments; "The court may remove the comments from the record" is no site's.
      name: 'comments-moderation',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?:we|the\s+(?:editors?|moderators?|administration|site|management|editorial\s+team))\s+(?:reserves?\s+the\s+right\s+to|may|will)\s+(?:remove|delete|edit|moderate|reject)\s+(?:any\s+)?(?:(?:offensive|abusive|inappropriate|defamatory|insulting)\s+(?:or\s+(?:offensive|abusive|inappropriate|defamatory|insulting)\s+)?)?comments?\s*[.!]?$`,
      ar: String.raw`^(?:يحق|تحتفظ|يحتفظ)\s+(?:لل|ل)?(?:اداره|موقع|محرر|هيئه\s+(?:ال)?تحرير|اداره\s+(?:ال)?موقع|اذاعه)(?:\s+ب?حق)?\s+(?:ب)?(?:حذف|تعديل|عدم\s+نشر|رفض)\s+(?:اي\s+)?(?:ال)?تعليقات?(?:\s+(?:ال)?(?:مسيئه|مخالفه|جارحه|غير\s+(?:ال)?لائقه))?\s*[.!]?$`,
      maxLength: 90,
    }),
    pattern(lang, {
      // "Have your say on air: call 1800 …", "شارك برأيك عبر الهواء": the station's call-in; "Have your say on
      // the plan" is a council's.
      name: 'comments-on-air',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?:share\s+your\s+(?:views|thoughts|opinion|opinions)|have\s+your\s+say|join\s+the\s+conversation)\s+on\s+(?:the\s+)?air(?:\s*[:\-–—,]\s*(?:call|text|phone|ring)\s+[\p{L}\p{N} +-]{2,30})?\s*[.!]?$`,
      ar: String.raw`^(?:شارك|شاركوا|شاركي)\s+(?:برايك|برايكم|بارائكم|رايك|رايكم)\s+(?:عبر|على)\s+(?:ال)?(?:هواء|اثير)(?:\s*[:\-–—،,]\s*(?:اتصل|اتصلوا)\s+[\p{L}\p{N} +-]{2,30})?\s*[.!]?$`,
      maxLength: 80,
    }),
    pattern(lang, {
      // "Radio Sun FM - Village news", "إذاعة الشمس FM - أخبار القرى": a station's name with its band, then
      // its section; "FM radio - a medium in decline in the age of streaming" is a headline.
      name: 'breadcrumb-station',
      kind: 'breadcrumb',
      where: 'edge',
      en: String.raw`^(?<value>(?:[\p{L}\p{N}&'’.]+\s+){1,3}(?:fm|am)(?:\s+\d{2,3}(?:\.\d)?)?|radio\s+[\p{L}\p{N}&'’.]+(?:\s+[\p{L}\p{N}&'’.]+)?|[\p{L}\p{N}&'’.]+\s+radio)\s*[-–—|»›/>]\s*[\p{L}'’&]+(?:\s+[\p{L}'’&]+){0,2}$`,
      ar: String.raw`^(?<value>(?:(?:اذاعه|راديو)\s+)?\p{L}+(?:\s+\p{L}+)?\s+(?:fm|am|اف\s*ام)(?:\s+[\d٠-٩.]{2,5})?)\s*[-–—|»›/>]\s*\p{L}+(?:\s+\p{L}+){0,2}$`,
      maxLength: 60,
    }),
  ];
}).flat();

// Round 31: blind-39's prompts, a country office's, an island paper's and a local station's: the piece
// sent on to the reader's people, the comment box's schedule and privacy, the station's number, lists
// of reports about a place, the paper's classifieds and the slot that waits for an ad.
const REPORTS_AND_SLOTS: PatternSpec[] = eachLang((lang): PatternSpec[] => {
  const table = LABELS[lang];
  const platforms = alt(table.platforms);
  const pieces = alt(table.pieces);
  const circle = alt(table.circle);
  // A name as a page prints one: capitalised words in English ("Government of Guam", "Vanuatu"), a few
  // words without a clause in Arabic; "the council said" is neither.
  const named = (value: string | undefined) =>
    value !== undefined &&
    value !== '' &&
    !readsAsClause(value, lang, value) &&
    (lang === 'en'
      ? /^(?:the\s+)?\p{Lu}[\p{L}\p{M}\p{N}'’.&-]*(?:\s+(?:of|the|and|&|\p{Lu}[\p{L}\p{M}\p{N}'’.&-]*)){0,4}$/u.test(
          value,
        )
      : value.split(/\s+/u).length <= 3);
  for (const name of [
    'share-like-page',
    'related-about-place',
    'related-catch-up',
    'advertisement-notice-by',
    'advertisement-invest',
  ])
    DEFAULT_CHECKS[`${name}-${lang}`] = (_line, value) => value === undefined || named(value);
  return [
    pattern(lang, {
      // "Forward this to your wantok", "Send it to a friend", "أرسله إلى أصدقائك", "حوّلوا هذا لأحبائكم": the
      // piece sent on to the reader's people, one or two words of them; "Forward this to your lawyer,
      // the judge said" goes on.
      name: 'share-forward',
      kind: 'share',
      where: 'anywhere',
      en: String.raw`^(?:please\s+)?(?:forward|send|pass|share)\s+(?:this|it)(?:\s+(?:on|along))?(?:\s+(?:story|article|report|piece|post|page|bulletin|update))?\s+to\s+(?:your|a)\s+(?:[\p{L}'’-]+\s+)?${circle}\s*[.!]?$`,
      ar: String.raw`^(?:(?:ارسل|ارسلي|حول|حولي|انقل|انقلي)(?:ه|ها)?|(?:ارسلو|حولو|انقلو)(?:ا|ه|ها)|(?:ارسل|ارسلوا|حول|حولوا)\s+(?:هذا|هذه)(?:\s+(?:ال)?\p{L}+)?)\s+(?:الى|ل)\s*${circle}\s*[.!]?$`,
      maxLength: 70,
    }),
    pattern(lang, {
      // "Like the Daily Post on Facebook", "أعجب بصفحة الأيام على فيسبوك": the outlet liked on a platform;
      // "Like Biden on Twitter, she posts daily" names no outlet.
      name: 'share-like-page',
      kind: 'share',
      where: 'anywhere',
      en: String.raw`^like\s+(?<value>[\p{L}\p{N}&'’.-]+(?:\s+[\p{L}\p{N}&'’.-]+){0,4}?)\s+on\s+${platforms}\s*[.!]?$`,
      ar: String.raw`^(?:اعجب|اعجبوا|سجل\s+اعجابك|سجلوا\s+اعجابكم)\s+(?:بصفحه\s+|ب)(?<value>\p{L}+(?:\s+\p{L}+){0,3}?)\s+(?:على|في|عبر)\s+${platforms}\s*[.!]?$`,
      maxLength: 70,
    }),
    pattern(lang, {
      // "Share the report", "شارك التقرير": the button to share the piece, named by what the page calls
      // it; "Share the report with the board" says with whom.
      name: 'share-piece',
      kind: 'share',
      where: 'anywhere',
      en: String.raw`^(?:share|email|forward)\s+(?:this\s+|the\s+)?${pieces}\s*[.!]?$`,
      ar: String.raw`^(?:شارك|شاركي|شاركوا|انشر|انشروا|ارسل)\s+(?:هذا\s+|هذه\s+)?${pieces}\s*[.!]?$`,
      maxLength: 40,
    }),
    pattern(lang, {
      // "Comments on Guam stories close after three days", "تُغلق التعليقات على الأخبار بعد ثلاثة أيام": how long
      // the comment box stays open; "Comments on the draft rules close after 30 days" is a consultation's.
      name: 'comments-closing',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?:comments?|commenting)(?:\s+(?:on|for)\s+(?:this\s+(?:story|article|post|page)|(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:stories|articles|posts|pieces|reports)))?\s+(?:close|closes|are\s+closed|is\s+closed|will\s+close|(?:is|are)\s+open|stays?\s+open|remains?\s+open)\s+(?:after|for)\s+(?:\d{1,3}|one|two|three|four|five|six|seven|ten|fourteen|thirty|a|an)\s+(?:hours?|days?|weeks?)(?:\s+after\s+publication)?\s*[.!]?$`,
      ar: String.raw`^(?:(?:ت|ي)?غلق\s+(?:باب\s+)?(?:ال)?تعليق(?:ات)?|(?:ال)?تعليق(?:ات)?\s+(?:تغلق|يغلق|مفتوحه|متاحه))(?:\s+على\s+(?:هذا\s+|هذه\s+)?(?:ال)?(?:اخبار|تقارير|مقالات|مواد|قصص|خبر|تقرير|مقال)(?:\s+\p{L}+){0,2})?\s+(?:بعد|لمده)\s+(?:[\d٠-٩]{1,3}\s+)?(?:يوم|يومين|ايام|يوما|ساعه|ساعات|ساعتين|اسبوع|اسبوعين|اسابيع|ثلاثه\s+ايام|ثلاثه\s+اسابيع|سبعه\s+ايام|عشره\s+ايام|شهر)(?:\s+من\s+(?:ال)?نشر)?\s*[.!]?$`,
      maxLength: 90,
    }),
    pattern(lang, {
      // "Your email address will not be shown to other readers", "لن يظهر بريدك الإلكتروني للقراء الآخرين": the
      // comment form's promise; "Your email address will not be shared with advertisers, the firm said" goes on.
      name: 'comments-privacy',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^your\s+(?:e-?mail(?:\s+address)?|phone\s+number|contact\s+details)\s+(?:will\s+(?:not|never)|won(?:'|’)t)\s+be\s+(?:published|shown|displayed|made\s+public|visible)(?:\s+(?:to\s+(?:other\s+)?(?:readers|users|visitors|commenters|the\s+public)|publicly|on\s+(?:the|this)\s+site))?\s*[.!]?$`,
      ar: String.raw`^(?:لن\s+(?:يتم\s+)?(?:نشر|عرض|اظهار|يظهر|ينشر|يعرض)\s+(?:عنوان\s+)?(?:بريدك|رقم\s+هاتفك)(?:\s+(?:ال)?الكتروني)?|(?:عنوان\s+)?بريدك\s+(?:ال)?الكتروني\s+لن\s+(?:ينشر|يظهر|يعرض))(?:\s+(?:للقراء|لباقي\s+القراء|للقراء\s+الاخرين|لبقيه\s+القراء|للزوار|للعموم|على\s+الموقع))?\s*[.!]?$`,
      maxLength: 90,
    }),
    pattern(lang, {
      // "تواصلوا مع البرنامج على رقم الإذاعة", "Call the programme on the station's number": the station's line
      // for its listeners; "Contact the council on the number below" is no station's.
      name: 'comments-station-line',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?:contact|call|text|message|reach)\s+(?:the|our)\s+(?:programme|program|show|station|studio)(?:\s+team)?\s+(?:on|at|via)\s+(?:the\s+)?(?:station(?:'|’)s\s+|studio(?:'|’)?s?\s+|programme(?:'|’)s\s+|show(?:'|’)s\s+)?(?:number|line|hotline|whatsapp|phone\s+line|studio\s+line)(?:\s*[:\-–—]?\s*\+?\d[\d -]{3,})?\s*[.!]?$`,
      ar: String.raw`^(?:تواصلوا|تواصل|تواصلي|اتصلوا|اتصل|راسلوا|راسل)\s+(?:مع|ب)\s*(?:ال)?(?:برنامج|اذاعه|محطه|استوديو|ستوديو)(?:\s+\p{L}+)?\s+(?:على|عبر)\s+(?:ال)?(?:رقم|هاتف|واتساب|خط)(?:\s+(?:ال)?(?:اذاعه|برنامج|محطه|استوديو|مجاني))?(?:\s*[:\-–—]?\s*\+?[\d٠-٩][\d٠-٩ -]{3,})?\s*[.!]?$`,
      maxLength: 80,
    }),
    pattern(lang, {
      // "تراجع الإذاعة كل تعليق قبل ظهوره", "The station reviews every comment before it appears": the outlet's
      // moderation; "The ministry reviews every request before it is approved" is no comment box.
      name: 'comments-reviewed',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?:(?:the|our)\s+(?:station|site|editors?|moderators?|newsroom|editorial\s+team|paper|newspaper)\s+(?:reviews?|checks?|reads?|approves?|moderates?)\s+(?:every|each|all)\s+comments?|(?:every|each|all)\s+comments?\s+(?:is|are)\s+(?:reviewed|checked|read|approved|moderated))\s+before\s+(?:it|they)\s+(?:appears?|(?:is|are)\s+(?:published|posted|shown)|(?:go|goes)\s+live)\s*[.!]?$`,
      ar: String.raw`^(?:(?:تراجع|يراجع|تقرا|يقرا|تدقق|يدقق)\s+(?:ال)?(?:اذاعه|اداره|موقع|محرر|هيئه\s+(?:ال)?تحرير|محررون|مشرفون|صحيفه)(?:\s+\p{L}+)?\s+(?:كل|جميع)\s+(?:ال)?تعليق(?:ات)?|(?:كل|جميع)\s+(?:ال)?تعليق(?:ات)?\s+(?:تراجع|يراجع|تخضع\s+للمراجعه))\s+قبل\s+(?:ظهوره|ظهورها|نشره|نشرها)\s*[.!]?$`,
      maxLength: 80,
    }),
    pattern(lang, {
      // "Other humanitarian reports on Yemen", "تقارير إنسانية أخرى عن اليمن": the outlet's list of reports about a
      // place; "Other reports on Yemen said the toll was higher." is the article's.
      name: 'related-about-place',
      kind: 'related',
      where: 'anywhere',
      en: String.raw`^(?:other|more|further|latest|recent)\s+(?:[\p{L}-]+\s+)?(?:reports|stories|news|updates|articles|coverage|headlines)\s+(?:on|about|from|in)\s+(?<value>[\p{L}\p{M}'’.-]+(?:\s+[\p{L}\p{M}'’.-]+){0,2})$`,
      ar: String.raw`^(?:(?:ال)?(?:تقارير|اخبار|قصص|مقالات|مواد|تحديثات)(?:\s+\p{L}+)?\s+(?:اخرى|اضافيه)|(?:ال)?مزيد\s+من\s+(?:ال)?(?:تقارير|اخبار|قصص|مقالات|مواد|تحديثات)(?:\s+\p{L}+)?)\s+(?:عن|حول|من)\s+(?<value>\p{L}+(?:\s+\p{L}+)?)$`,
      maxLength: 60,
    }),
    pattern(lang, {
      // "Catch up on Vanuatu news: <headline>", "تابع آخر أخبار اليمن: <headline>": a list of a place's news before
      // one of its headlines, no full stop; "Catch up on Vanuatu news: the government fell." is a sentence.
      name: 'related-catch-up',
      kind: 'related',
      where: 'anywhere',
      en: String.raw`^(?:catch\s+up\s+on|keep\s+up\s+with|stay\s+up\s+to\s+date\s+with)\s+(?:the\s+latest\s+)?(?<value>[\p{L}\p{M}'’.-]+(?:\s+[\p{L}\p{M}'’.-]+){0,2})\s+(?:news|headlines|stories|coverage|updates)\s*(?::|\s\|)\s*[^.!|]{2,140}[?!]?$`,
      ar: String.raw`^(?:تابع|تابعوا|تابعي|اطلع\s+على|اطلعوا\s+على)\s+(?:اخر\s+|احدث\s+)?(?:اخبار|مستجدات|عناوين|تقارير)\s+(?<value>\p{L}+(?:\s+\p{L}+)?)\s*(?::|\s\|)\s*[^.!|]{2,140}[؟?!]?$`,
      maxLength: 200,
    }),
    pattern(lang, {
      // "Government of Guam paid announcement", "إعلان حكومي مدفوع": a notice paid for, its payer or its
      // authority before the word of paying (Arabic names the payer after, as `advertisement-paid-by` reads
      // it); "The council issued a public notice" is a sentence.
      name: 'advertisement-notice-by',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?<value>[\p{L}\p{N}&'’.-]+(?:\s+[\p{L}\p{N}&'’.-]+){0,5}?)\s*[:\-–—|]?\s+(?:paid|sponsored|official|public)\s+(?:notice|announcement|advertisement|advert|message)$`,
      ar: String.raw`^(?:اعلان|اعلانات|بلاغ)\s+(?:حكومي|حكوميه|رسمي|رسميه|عام)\s+(?:مدفوع|مدفوعه|مدفوع\s+الاجر|ممول|مموله)(?:\s+(?:من|ل|لصالح)\s*(?<value>\p{L}+(?:\s+\p{L}+){0,3}?))?$`,
      maxLength: 70,
    }),
    pattern(lang, {
      // "Classifieds and tenders", "Tender notice", "إعلان عن مناقصة", "إعلانات مبوبة ومناقصات": the paper's paid
      // notices by their section; "إعلان عن مناقصة لبناء مستشفى" goes on as the article's.
      name: 'advertisement-classifieds',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?=.*(?:classified|tender))(?:the\s+)?(?:classifieds|classified\s+ads|classified\s+advertising|tenders?|tender\s+notices?|public\s+tenders|vacancies|jobs|legal\s+notices|public\s+notices|notices)(?:\s*(?:,|and|&)\s*(?:classifieds|classified\s+ads|tenders|tender\s+notices|vacancies|jobs|notices|public\s+notices|legal\s+notices)){0,2}\s*[:.]?$`,
      ar: String.raw`^(?:(?:اعلان|اعلانات)\s+(?:عن\s+)?(?:مناقصه|مناقصات|مزايده|مزايدات|طرح\s+مناقصه)(?:\s+(?:عامه|جديده|محليه))?|(?:ال)?اعلانات\s+(?:ال)?مبوبه(?:\s+و\s*(?:ال)?(?:مناقصات|وظائف|مزايدات))?|(?:ال)?مناقصات\s+و\s*(?:ال)?(?:مزايدات|اعلانات\s+(?:ال)?مبوبه|وظائف))\s*[:.]?$`,
      maxLength: 50,
    }),
    pattern(lang, {
      // "Investment opportunities in Aqaba", "فرص الاستثمار في العقبة": an authority's banner for its zone;
      // "Investment opportunities in Aqaba grew last year" is news, and "Invest in your health" a column's.
      name: 'advertisement-invest',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:discover\s+|explore\s+)?(?:investment|business)\s+opportunities\s+in\s+(?<value>[\p{L}\p{M}'’.-]+(?:\s+[\p{L}\p{M}'’.-]+){0,3})\s*[.!]?$`,
      ar: String.raw`^(?:(?:اكتشف|اكتشفوا|تعرف\s+على)\s+)?(?:ال)?فرص\s+(?:ال)?(?:استثمار|استثماريه)\s+(?:في|ب)\s*(?<value>\p{L}+(?:\s+\p{L}+){0,2})\s*[.!]?$`,
      maxLength: 60,
    }),
    pattern(lang, {
      // "هنا يمكن أن يظهر إعلانك", "Your ad could appear here": the empty slot waiting for an advertiser; "Your
      // ad could appear here for free, the council told traders" is a report.
      name: 'advertisement-your-ad',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:your\s+(?:ad|advert|advertisement|banner|logo|business)\s+(?:could|can|might|will)\s+(?:appear|be|go)\s+here|(?:place|put|advertise)\s+your\s+(?:ad|advert|advertisement|banner|business)\s+here|your\s+(?:ad|advert|advertisement|banner)\s+here|this\s+(?:space|slot)\s+(?:is\s+)?(?:available|for\s+sale|for\s+rent))(?:\s*[—–:-]\s*(?:contact|call|email|message)\s+us(?:\s+(?:today|now))?)?\s*[.!]?$`,
      ar: String.raw`^(?:(?:هنا\s+)?(?:يمكن|يمكنك)\s+ان\s+(?:يظهر|يكون)\s+اعلانك(?:\s+هنا)?|(?:مكان\s+)?اعلانك\s+هنا|مكان\s+اعلانك|(?:ضع|ضعوا)\s+(?:اعلانك|اعلانكم)\s+هنا|(?:هذه\s+)?(?:ال)?مساحه\s+(?:متاحه|متوفره|مخصصه)\s+(?:لاعلانك|لاعلانكم|للاعلان))(?:\s*[—–:-]\s*(?:(?:اتصل|اتصلوا)\s+بنا|(?:تواصل|تواصلوا)\s+معنا|راسلنا|راسلونا))?\s*[.!]?$`,
      maxLength: 60,
    }),
    pattern(lang, {
      // "فاصل ونعود", "A short break and we'll be back": the station's break, said the short way; "نعود بعد الفاصل"
      // is `advertisement-break`'s.
      name: 'advertisement-break-short',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:a\s+)?(?:short\s+|quick\s+)?break(?:\s*,)?\s+and\s+(?:we(?:'|’)ll\s+be\s+(?:right\s+)?back|we(?:'|’)re\s+back|we\s+return|back)\s*[.!…]*$`,
      ar: String.raw`^(?:ال)?فاصل(?:\s+(?:قصير|اعلاني))?\s+و\s*(?:نعود|نواصل|نعود\s+اليكم|نعود\s+اليك)\s*[.!…]*$`,
      maxLength: 40,
    }),
    pattern(lang, {
      // "This programme is funded by donors", "يتم تمويل هذا البرنامج من المانحين": the broadcast's funder said
      // alone; "The programme is funded by a grant from the EU." names no piece of the page's own.
      name: 'advertisement-funded-this',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^this\s+(?:programme|program|broadcast|show|podcast|series|bulletin|${pieces})\s+(?:is|was)\s+(?:funded|sponsored|made\s+possible|supported)\s+by\s+(?:(?:our|its|the)\s+)?(?:donors|sponsors|partners|funders|listeners|readers)\s*[.!]?$`,
      ar: String.raw`^(?:(?:يتم|تم)\s+تمويل\s+(?:هذا|هذه)\s+(?:(?:ال)?برنامج|(?:ال)?حلقه|(?:ال)?نشره|(?:ال)?بث|(?:ال)?سلسله|${pieces})|(?:هذا|هذه)\s+(?:(?:ال)?برنامج|(?:ال)?حلقه|(?:ال)?نشره|${pieces})\s+(?:ممول|مموله|مدعوم|مدعومه))\s+(?:من|من\s+قبل|بدعم\s+من)\s+(?:ال)?(?:مانحين|رعاه|شركاء|ممولين|مستمعين|قراء)\s*[.!]?$`,
      maxLength: 70,
    }),
  ];
}).flat();

// Round 32: blind-41's and blind-42's prompts, classes of a public-radio newsroom's, a student paper's, a
// news agency's and a travel portal's: the comment box's count by its audience, its moderation, its
// disclaimer, its form, who may comment and its manners; the link sent on; a section browsed whole and
// a list owned by a body; the appeal to give to the outlet, its readers making the reporting possible,
// the paper delivered, ad space booked, a marker before its title, a partner's offer, a magazine
// subscribed to.
const OUTLETS_AND_OFFERS: PatternSpec[] = eachLang((lang): PatternSpec[] => {
  const table = LABELS[lang];
  const words = table.reader;
  const pieces = alt(table.pieces);
  const who = alt(table.voices.who);
  const says = alt(table.voices.says);
  const journalism = alt(words.journalism);
  const backers = alt(words.backers);
  const offers = table.offers;
  const outletWords = foldedSet(table.outlets);
  const reporting = foldedSet(table.site.reporting);
  // The outlet given to, delivered or booked with: a name with a word of what an outlet is ("The Michigan
  // Daily", "راديو البلد") or a brand's capitals ("TOLOnews", "WBUR"); "Gaza" and "the clinic" are none.
  const outletNamed = (value: string | undefined) =>
    value !== undefined &&
    !readsAsClause(value, lang, value) &&
    (foldedWords(value).some((w) => outletWords.has(w)) ||
      (lang === 'en' && isOutletName(value, lang) && /\p{Lu}{2}|\p{Ll}\p{Lu}/u.test(value)));
  // With "today" or after an appeal for journalism the name alone says it is the outlet's ("… — give to
  // Civil Beat today"), as `advertisement-donate` reads it.
  const urged = /(?:^|\s)(?:today|now|اليوم|الان)\s*[.!]?$|[—–:-]/u;
  DEFAULT_CHECKS[`advertisement-give-to-${lang}`] = (line, value) =>
    !foldedWords(line).some((w) => reporting.has(w)) &&
    (outletNamed(value) ||
      (value !== undefined &&
        urged.test(foldLineText(line)) &&
        !readsAsClause(value, lang, value) &&
        lang === 'en' &&
        isOutletName(value, lang)));
  const listItems = foldedSet(table.lists.items);
  // The page's question of its use with its answers joined by marks ("هل كانت هذه الصفحة مفيدة؟ نعم / لا"):
  // `comments-feedback`'s line with the answers apart. Compiled when first asked: the list that holds
  // that pattern is not built yet when this check is.
  let feedback: RegExp | undefined;
  DEFAULT_CHECKS[`comments-feedback-marks-${lang}`] = (line) => {
    feedback ??= new RegExp(
      DEFAULT_PATTERNS.find((p) => p.name === `comments-feedback-${lang}`)?.regex ?? String.raw`(?!)`,
      'iu',
    );
    return feedback.test(foldLineText(line.replace(/\s*[/|·•]\s*/gu, ' ')));
  };
  DEFAULT_CHECKS[`advertisement-delivered-${lang}`] = (_line, value) =>
    value !== undefined && (/^(?:the|your)\s+(?:paper|newspaper|print\s+edition)$/iu.test(value) || outletNamed(value));
  DEFAULT_CHECKS[`advertisement-book-space-${lang}`] = (_line, value) =>
    value === undefined ||
    (lang === 'en' ? isOutletName(value.replace(/^the\s+/iu, ''), lang) : !readsAsClause(value, lang, value));
  DEFAULT_CHECKS[`advertisement-made-possible-${lang}`] = (_line, value) =>
    value === undefined || (lang === 'en' ? isOutletName(value, lang) : !readsAsClause(value, lang, value));
  DEFAULT_CHECKS[`comments-disclaimer-${lang}`] = (_line, value) =>
    value !== undefined &&
    value.split(/\s+/u).length <= 4 &&
    !readsAsClause(value, lang, value) &&
    (lang === 'ar' ||
      isOutletName(value.replace(/^the\s+/iu, ''), lang) ||
      /^(?:we|this\s+site|the\s+site)$/iu.test(value));
  // "Other news from the ministry", "أخبار الوزارة الأخرى", "بيانات سابقة للنيابة العامة": a list's heading
  // (`related-heading`) with the body whose list it is; "Stories from Gaza" has no word of how they relate.
  DEFAULT_CHECKS[`related-owned-list-${lang}`] = (line, value) => {
    if (value === undefined || value.split(/\s+/u).length > 4 || readsAsClause(value, lang, value)) return false;
    // An English body is named in capitals ("the Ministry of Health"); "from the doctor" is anyone's.
    if (lang === 'en' && !isOutletName(value, lang)) return false;
    const start = line.indexOf(value);
    const rest = `${line.slice(0, start)} ${line.slice(start + value.length)}`
      .replace(/\s(?:from|by|of|for)(?:\s+the)?\s*$/iu, '')
      .replace(/\s+(?:لل|ل|من)\s*$/u, '')
      .replace(/^\s*(?:the\s+)?['’]s?\s*/iu, '')
      .replace(/^\s*من\s+/u, '')
      .replace(/\s+/gu, ' ')
      .trim();
    const heading = DEFAULT_CHECKS[`related-heading-${lang}`];
    // "من أخبار الدوري": what is listed, from whom, as "More from X" says it with "from".
    if (/^\s*من\s/u.test(line) && listItems.has(foldLineText(rest))) return true;
    return rest !== '' && heading(rest, undefined, lang) === true;
  };
  return [
    pattern(lang, {
      // "Send the page link to someone who cares", "ابعث رابط الصفحة لمن يهمه الأمر": the link, not the piece,
      // sent on to the reader's people; "Send the link to the ministry" names no one of theirs.
      name: 'share-link-sent',
      kind: 'share',
      where: 'anywhere',
      en: String.raw`^(?:send|share|forward|email|pass\s+on|grab|copy)\s+(?:the|this)\s+(?:(?:page|${pieces})(?:['’]s)?\s+)?(?:link|url|address)(?:\s+(?:to|of)\s+(?:this|the)\s+${pieces})?\s+(?:to|with)\s+${alt(words.sharedWith)}(?:\s+(?:who|that)\s+\p{L}+(?:\s+\p{L}+)?)?\s*[.!]?$`,
      ar: String.raw`^(?:ابعث|ابعثوا|ابعثي|ارسل|ارسلوا|ارسلي|شارك|شاركوا|شاركي|انشر|انشروا|انسخ)\s+(?:ال)?رابط(?:\s+(?:هذه\s+|هذا\s+)?${pieces})?\s+(?:ل|الى\s+|مع\s+)\s*${alt(words.sharedWith)}\s*[.!]?$`,
      maxLength: 80,
    }),
    pattern(lang, {
      // "38 thoughts from readers", "Travellers' views (52)", "آراء المسافرين (52)": what the audience says,
      // counted; "Readers' views on the plan differ" has no count.
      name: 'comments-voices',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?:\d+\s+${says}\s+(?:from|by)\s+(?:our\s+)?${who}|(?:our\s+)?${who}(?:['’]s?)?\s+${says}\s*[:|]?\s*\(\d+\))$`,
      ar: String.raw`^(?:${says}\s+${who}\s*[:|]?\s*\([\d٠-٩]+\)|[\d٠-٩]+\s+(?:${says}|تعليق|تعليقا|رد|ردا|راي|رايا)\s+من\s+${who})$`,
      maxLength: 60,
    }),
    pattern(lang, {
      // "Comments are moderated and may take a day to appear", "تخضع التعليقات لإشراف المحرر": the comment box's
      // moderation and its delay; "Comments are subject to approval by the board" is a consultation's.
      name: 'comments-moderated-wait',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?:all\s+)?(?:comments?|replies)\s+(?:are|is|will\s+be)\s+(?:moderated|reviewed|checked|pre-moderated|subject\s+to\s+(?:moderation|review|the\s+editor(?:['’]s|s['’])\s+(?:approval|review|moderation)))(?:\s+and\s+(?:may|might|can|could|will)\s+take\s+(?:up\s+to\s+)?(?:a|an|one|two|\d+|some|a\s+few)\s+(?:minutes?|hours?|days?|while|time)\s+to\s+(?:appear|be\s+published|show(?:\s+up)?|go\s+live))?\s*[.!]?$`,
      ar: String.raw`^(?:(?:ت|ي)خضع\s+(?:جميع\s+|كل\s+)?(?:ال)?تعليقات|(?:جميع\s+|كل\s+)?(?:ال)?تعليقات\s+(?:ت|ي)خضع)\s+(?:لل|ل|الى\s+(?:ال)?)(?:اشراف|مراجعه|رقابه|موافقه|تدقيق)(?:\s+(?:ال)?(?:محرر|محررين|تحرير|اداره|موقع|فريق\s+(?:ال)?تحرير))?(?:\s+و\s*(?:قد\s+)?(?:تستغرق|يستغرق)\s+(?:يوما|ساعات|ساعه|بعض\s+الوقت|وقتا)\s+(?:لتظهر|للظهور|قبل\s+(?:ظهورها|نشرها)))?\s*[.!]?$`,
      maxLength: 100,
    }),
    pattern(lang, {
      // "Pajhwok does not take responsibility for reader opinions posted here", "الموقع غير مسؤول عن تعليقات
      // القراء": the outlet disowning its readers' comments; "The ministry is not responsible for the delays"
      // speaks of no comments.
      name: 'comments-disclaimer',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?<value>[\p{L}\p{N}&'’. -]{2,40}?)\s+(?:does\s+not|doesn['’]t|do\s+not|is\s+not|isn['’]t|are\s+not|cannot\s+be|will\s+not\s+be|takes?\s+no|accepts?\s+no|bears?\s+no|assumes?\s+no)\s+(?:take\s+|accept\s+|bear\s+|assume\s+|held\s+)?(?:any\s+)?(?:responsibility|responsible|liability|liable)\s+for\s+(?:the\s+)?(?:content\s+of\s+)?(?:(?:reader|readers['’]?|user|users['’]?|visitor|visitors['’]?|${who}(?:['’])?)\s+)?(?:comments|opinions|views|posts|remarks|${says})(?:\s+(?:posted|published|left|shared|expressed)(?:\s+(?:here|below|on\s+(?:this|the)\s+(?:site|page|website)))?)?\s*[.!]?$`,
      ar: String.raw`^(?:(?<value>\p{L}+(?:\s+\p{L}+){0,2}?)\s+(?:غير\s+مسؤول(?:ه)?|لا\s+(?:ت|ي)تحمل\s+(?:اي\s+)?مسؤوليه)|لا\s+(?:ت|ي)تحمل\s+(?<value>\p{L}+(?:\s+\p{L}+){0,2}?)\s+(?:اي\s+)?مسؤوليه)\s+(?:عن\s+)?(?:محتوى\s+)?(?:ال)?(?:تعليقات|اراء|اراء\s+القراء|تعليقات\s+القراء|${says}(?:\s+${who})?)(?:\s+(?:المنشوره|المنشوره\s+هنا|المنشوره\s+على\s+(?:ال)?موقع|الوارده))?\s*[.!]?$`,
      maxLength: 110,
    }),
    pattern(lang, {
      // "Use the comment form below to begin a discussion about this content", "استخدم نموذج التعليق أدناه لبدء
      // النقاش حول هذا المحتوى": the form's own instruction; "Use the form below to apply" is a service's.
      name: 'comments-form-below',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?:please\s+)?use\s+the\s+(?:comment|comments|reply|discussion)\s+(?:form|box|section|field)(?:\s+(?:below|above))?\s+to\s+(?:begin|start|join|continue|open)\s+(?:a|the)\s+(?:discussion|conversation|debate)(?:\s+(?:about|on)\s+(?:this|the)\s+${pieces})?\s*[.!]?$`,
      ar: String.raw`^(?:استخدم|استخدموا|استخدمي)\s+(?:نموذج|خانه|صندوق|قسم)\s+(?:ال)?(?:تعليق|تعليقات|رد|ردود)(?:\s+(?:ادناه|اسفله|في\s+الاسفل|التالي))?\s+(?:ل|من\s+اجل\s+)(?:بدء|فتح|المشاركه\s+في)\s+(?:ال)?(?:نقاش|حوار)(?:\s+(?:حول|عن|بشان)\s+(?:هذا|هذه)\s+${pieces})?\s*[.!]?$`,
      maxLength: 110,
    }),
    pattern(lang, {
      // "Subscribers can comment on our stories", "يمكن للمشتركين التعليق على الأخبار": who may comment (an
      // outlet's name in it is read without, "… on Royal Gazette stories"); "Subscribers can cancel …" goes on.
      name: 'comments-who-may',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?:only\s+)?(?:subscribers|members|registered\s+users|registered\s+readers|logged-in\s+users|paying\s+subscribers|account\s+holders)\s+(?:can|may)\s+(?:comment|post\s+comments|leave\s+comments|join\s+the\s+(?:conversation|discussion))(?:\s+on\s+(?:this\s+${pieces}|(?:our\s+)?(?:stories|articles|posts|pieces)))?(?:\s+only)?\s*[.!]?$`,
      ar: String.raw`^(?:(?:يمكن|يحق)\s+(?:فقط\s+)?(?:لل|ل)(?:مشتركين|اعضاء|مستخدمين\s+المسجلين|قراء\s+المسجلين)(?:\s+فقط)?\s+(?:ال)?(?:تعليق|مشاركه\s+في\s+(?:ال)?نقاش)|(?:ال)?تعليق\s+(?:متاح|مفتوح)\s+(?:لل|ل)(?:مشتركين|اعضاء))(?:\s+على\s+(?:ال)?(?:اخبار|مقالات|مواد|قصص|تقارير))?(?:\s+فقط)?\s*[.!]?$`,
      maxLength: 90,
    }),
    pattern(lang, {
      // "Join the conversation below — be civil, stay on topic", "شارك في النقاش أدناه — كن محترماً والتزم
      // بالموضوع": a comment prompt, then the manners it asks; "Join the army — be all you can be" asks none.
      name: 'comments-etiquette',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?:(?:join|start|continue)\s+the\s+(?:conversation|discussion)|(?:leave|add|post|write)\s+(?:a|your)\s+comment|comments|have\s+your\s+say)(?:\s+(?:below|here))?\s*[—–:-]\s*(?:please\s+)?(?:(?:be|keep\s+it|stay|remain)\s+(?:civil|respectful|kind|polite|courteous|constructive|on[\s-]topic|relevant)(?:\s*(?:,|and|&)\s*(?:please\s+)?)?){1,3}\s*[.!]?$`,
      ar: String.raw`^(?:(?:شارك|شاركوا|شاركي|انضم|انضموا)\s+(?:في|الى)\s+(?:ال)?(?:نقاش|حوار)|(?:اضف|اكتب|اترك)\s+تعليقك|(?:ال)?تعليقات)(?:\s+(?:ادناه|هنا))?\s*[—–:-]\s*(?:(?:\s*[،,]?\s*و)?\s*(?:كن|كوني|كونوا|التزم|التزموا|التزمي|حافظ|حافظوا)\s+(?:محترما|محترمين|مهذبا|مهذبين|لبقا|بالاحترام|باللياقه|بالموضوع|على\s+الاحترام|على\s+الموضوع|بادب\s+الحوار)){1,3}\s*[.!]?$`,
      maxLength: 100,
    }),
    pattern(lang, {
      // "تصفح قسم الصحة العامة كاملاً", "Browse the whole Public Health section": a section listed whole; "تصفح
      // المتحف كاملا يستغرق ساعتين" is a visit's.
      name: 'related-browse-section',
      kind: 'related',
      where: 'anywhere',
      en: String.raw`^(?:browse|see|view|explore)\s+(?:the\s+)?(?:whole|full|entire|complete)\s+(?<value>[\p{L}&'’-]+(?:\s+[\p{L}&'’-]+){0,3}?)\s+section\s*[.!]?$`,
      ar: String.raw`^(?:تصفح|تصفحوا|تصفحي|استعرض|اطلع\s+على)\s+(?:قسم|باب|ملف)\s+(?<value>\p{L}+(?:\s+\p{L}+){0,3}?)\s+(?:كاملا|كامله|بالكامل)\s*[.!]?$`,
      maxLength: 70,
    }),
    pattern(lang, {
      // "Other news from the ministry", "أخبار الوزارة الأخرى", "Previous statements of the prosecution", "بيانات
      // سابقة للنيابة العامة", "من أخبار الدوري": a list's heading and the body whose list it is.
      // Round 34: or the body after "from" in Arabic too ("بيانات سابقة من المكتب الإعلامي").
      name: 'related-owned-list',
      kind: 'related',
      where: 'anywhere',
      en: String.raw`^(?:(?:[\p{L}'’]+\s+){1,3}(?:from|by|of|for)\s+(?:the\s+)?(?<value>[\p{L}.&'’-]+(?:\s+[\p{L}.&'’-]+){0,3})|(?:the\s+)?(?<value>[\p{L}.&-]+(?:\s+[\p{L}.&-]+){0,2}?)['’]s?\s+(?:[\p{L}'’]+\s+){0,2}[\p{L}'’]+)$`,
      ar: String.raw`^(?:(?:\p{L}+\s+){1,3}(?:لل|ل|من\s+)(?<value>\p{L}+(?:\s+ال\p{L}+)?)|\p{L}+\s+(?<value>ال\p{L}+(?:\s+ال\p{L}+)?)\s+(?:ال)?(?:اخرى|سابقه)|من\s+\p{L}+\s+(?<value>ال\p{L}+(?:\s+ال\p{L}+)?))$`,
      maxLength: 60,
    }),
    pattern(lang, {
      // "Donate to The Michigan Daily", "Donate to keep TOLOnews free", "Support student journalism — donate
      // to The Daily Tar Heel", "تبرع لإبقاء راديو البلد مجانياً": giving to the outlet named; "Donate to Gaza"
      // and "Donate to the clinic" name none.
      name: 'advertisement-give-to',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:(?:support|back|fund)\s+(?:[\p{L}-]+\s+){0,2}${journalism}(?:\s+in\s+[\p{L}'’ .-]{2,30}?)?\s*[—–:-]\s*)?(?:please\s+)?(?:donate|give|contribute|chip\s+in)(?:\s+(?:now|today))?\s+to\s+(?:keep\s+)?(?<value>[\p{L}\p{N}&'’.-]+(?:\s+[\p{L}\p{N}&'’.-]+){0,4}?)(?:\s+(?:free|going|independent|alive|online|on\s+air|strong))?(?:\s+(?:today|now))?\s*[.!]?$`,
      ar: String.raw`^(?:(?:ادعم|ادعموا|ادعمي)\s+(?:\p{L}+\s+){0,2}?${journalism}(?:\s+\p{L}+)?\s*[—–:-]\s*)?(?:(?:يرجى|الرجاء)\s+)?(?:تبرع|تبرعوا|تبرعي|ساهم|ساهموا)(?:\s+(?:الان|اليوم))?\s+(?:ل|لـ\s*|الى\s+)(?:ابقاء\s+|استمرار\s+)?(?<value>\p{L}+(?:\s+\p{L}+){0,3}?)(?:\s+(?:مجانيا|مجانيه|مستقلا|مستقله|على\s+الهواء))?(?:\s+(?:اليوم|الان))?\s*[.!]?$`,
      maxLength: 90,
    }),
    pattern(lang, {
      // "ADN subscribers make this reporting possible. Subscribe.", "قراؤنا يجعلون هذه التغطية ممكنة. اشترك":
      // who pays for the journalism, and the call; "Vaccines make this possible" names no backer.
      name: 'advertisement-made-possible',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:(?<value>[\p{L}\p{N}&'’.-]+(?:\s+[\p{L}\p{N}&'’.-]+){0,2}?)\s+)?(?:(?:our|the)\s+)?${backers}(?:\s+like\s+you)?\s+(?:make|makes|made)\s+(?:this|our)\s+(?:${journalism}|reporting|work|${pieces})\s+possible\s*[.!]?(?:\s*(?:subscribe|donate|give|join(?:\s+them)?|become\s+a\s+member)(?:\s+(?:now|today))?\s*[.!]?)?$`,
      ar: String.raw`^(?:${backers}|مشتركو|قراؤنا|داعمونا)(?:\s+(?<value>\p{L}+(?:\s+\p{L}+)?))?\s+(?:يجعلون|يجعل|تجعل|جعلوا)\s+(?:هذه|هذا)\s+(?:ال)?(?:${journalism}|تغطيه|تقارير|عمل|${pieces})\s+ممكن(?:ه|ا)?\s*[.!]?(?:\s*(?:اشترك|اشتركوا|تبرع|تبرعوا|انضم|انضموا)(?:\s+(?:الان|اليوم))?\s*[.!]?)?$`,
      maxLength: 100,
    }),
    pattern(lang, {
      // "Get The Tribune delivered to your door", "احصل على الأيام حتى باب منزلك": the paper's home delivery;
      // "Get groceries delivered to your door" delivers no outlet.
      name: 'advertisement-delivered',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:get|have)\s+(?<value>[\p{L}\p{N}&'’.-]+(?:\s+[\p{L}\p{N}&'’.-]+){0,4}?)\s+delivered\s+(?:to\s+your\s+(?:door|doorstep|home|house)|every\s+(?:morning|day|week))(?:\s+(?:every\s+\p{L}+|today))?\s*[.!]?$`,
      ar: String.raw`^(?:(?:احصل|احصلوا)\s+على|اطلب|اطلبوا)\s+(?<value>\p{L}+(?:\s+\p{L}+){0,3}?)\s+(?:حتى|الى)\s+باب\s+(?:منزلك|بيتك|منزلكم|بيتكم)(?:\s+كل\s+\p{L}+)?\s*[.!]?$`,
      maxLength: 70,
    }),
    pattern(lang, {
      // "Classifieds: place your ad with the Times of Eswatini", "احجز مساحتك الإعلانية في الرياضية": ad space
      // booked with the outlet; "Place your bets" books none.
      name: 'advertisement-book-space',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:(?:classifieds?|advertising|advertise)\s*:\s*)?(?:place|book|reserve|buy|secure)\s+(?:your|an?)\s+(?:ad|advert|advertisement|ad\s+space|advertising\s+space|classified(?:\s+(?:ad|advert|advertisement))?)(?:\s+(?:with|in|on|at)\s+(?<value>[\p{L}\p{N}&'’.-]+(?:\s+[\p{L}\p{N}&'’.-]+){0,4}?))?\s*[.!]?$`,
      ar: String.raw`^(?:(?:(?:ال)?اعلانات\s+(?:ال)?مبوبه|للاعلان)\s*:\s*)?(?:احجز|احجزوا|احجزي|اطلب)\s+(?:(?:مساحتك|مساحتكم|مساحه)\s+(?:ال)?اعلانيه|اعلانك|اعلانكم|اعلانا\s+مبوبا)(?:\s+(?:في|على|لدى|مع)\s+(?<value>\p{L}+(?:\s+\p{L}+){0,3}?))?\s*[.!]?$`,
      maxLength: 80,
    }),
    pattern(lang, {
      // "Paid partner content · Ulaanbaatar business guide", "محتوى مدفوع · دليل الأعمال": the marker, then the
      // paid piece's title after a dot or a bar.
      name: 'advertisement-marker-title',
      kind: 'advertisement',
      where: 'anywhere',
      // The marker may follow a word of what it marks ("محتوى مدفوع", as "Paid content").
      // The marker may follow a word of what it marks ("محتوى مدفوع", as "Paid content"); a marker alone
      // before a dot ("Ad · the campaign that failed") is `advertisement-network`'s to weigh.
      regex: String.raw`^(?=(?:\S+\s+){0,3}?${alt(table.sponsorship.markers)}(?:\s|[·•|]))${alt([...table.sponsorship.markers, ...table.sponsorship.qualifiers])}(?:\s+${alt([...table.sponsorship.markers, ...table.sponsorship.qualifiers])}){1,3}\s*[·•|]\s*[^·•|.!?؟]{2,60}$`,
      maxLength: 100,
    }),
    pattern(lang, {
      // "Travel deals from our partners", "Book your trip now with our partner", "Book your hotel at the best
      // price", "ترويج لشريك سياحي", "عروض سفر من شركائنا", "احجز فندقك بأفضل سعر": a partner's offer in the slot.
      name: 'advertisement-partner-offer',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:(?:\p{L}+\s+)?${alt(offers.deals)}\s+from\s+${alt(offers.partners)}|${alt(offers.books)}\s+(?:your|a)\s+${alt(offers.goods)}(?:\s+(?:now|today))?\s+(?:with\s+${alt(offers.partners)}|at\s+the\s+(?:best|lowest)\s+(?:price|rate|deal)s?)|(?:promotion|advertisement|sponsored\s+message)\s+(?:for|from)\s+(?:a|our)\s+(?:\p{L}+\s+)?(?:partner|sponsor))\s*[.!]?$`,
      ar: String.raw`^(?:${alt(offers.deals)}(?:\s+\p{L}+)?\s+(?:من|لدى)\s+${alt(offers.partners)}|${alt(offers.books)}\s+${alt(offers.goods)}(?:\s+(?:الان|اليوم))?\s+(?:مع\s+${alt(offers.partners)}|(?:ب|باقل|بافضل)\s*(?:سعر|الاسعار))|(?:ترويج|اعلان|رساله\s+ممولة)\s+(?:ل|من\s+)(?:شريك|احد\s+شركائنا|راع)(?:\s+\p{L}+)?)\s*[.!]?$`,
      maxLength: 70,
    }),
    pattern(lang, {
      // "اشتركوا في مجلة الطفل الشهرية", "Subscribe to the monthly Children's Magazine": the outlet's own
      // periodical sold by its period; "اشترك في نادي الرياضة الشهري" subscribes to no periodical.
      name: 'advertisement-periodical',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^subscribe\s+to\s+(?:the|our)\s+(?:monthly|weekly|quarterly|daily)\s+(?:[\p{L}'’-]+\s+){0,3}(?:magazine|newspaper|paper|newsletter|journal|edition)\s*[.!]?$`,
      ar: String.raw`^(?:اشترك|اشتركوا|اشتركي)\s+(?:في|ب)\s*(?:مجله|صحيفه|جريده|نشره)\s+(?:\p{L}+\s+){0,2}?(?:الشهريه|الاسبوعيه|اليوميه|الفصليه)\s*[.!]?$`,
      maxLength: 70,
    }),
    // "Post this story to Reddit", "Post to X": the piece put on a platform; "Post a reply" is the comment
    // box's. Arabic's is `share-line`'s already ("انشر هذه القصة على ريديت").
    ...onlyIn('en', lang, {
      name: 'share-post-to',
      kind: 'share',
      where: 'anywhere',
      regex: String.raw`^(?:post|repost|submit|pin|add)\s+(?:(?:this|the)\s+${pieces}\s+|it\s+|this\s+)?(?:to|on)\s+${alt(table.platforms)}\s*[.!]?$`,
      maxLength: 60,
    }),
    pattern(lang, {
      // "Digital content partner", "شريك المحتوى الرقمي" (the outlet's name after it is read without, "… لقناة
      // الكأس"): the slot's sponsor by its title; "A partner in the content business" is a sentence.
      name: 'advertisement-content-partner',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:(?:official|digital|exclusive)\s+)?(?:content|media|digital\s+content|broadcast|news)\s+partner\s*[.!]?$`,
      ar: String.raw`^(?:ال)?شريك\s+(?:ال)?(?:محتوى|اعلامي)(?:\s+(?:ال)?(?:رقمي|رسمي|حصري))?\s*[.!]?$`,
      maxLength: 50,
    }),
    pattern(lang, {
      // "Was this page helpful? Yes / No", "هل كانت هذه الصفحة مفيدة؟ نعم / لا": the question with its answers
      // apart (`comments-feedback`'s line).
      name: 'comments-feedback-marks',
      kind: 'comments',
      where: 'anywhere',
      regex: String.raw`^[^/|·•]{8,80}[?؟]\s*(?:yes|no|partly|نعم|لا|جزئيا)(?:\s*[/|·•]\s*(?:yes|no|partly|نعم|لا|جزئيا)){1,2}$`,
      maxLength: 100,
    }),
    pattern(lang, {
      // "قيّم تجربتك مع الخدمة", "أضف تقييمك للوجهة", "Rate your experience with the service", "Add your rating
      // for this destination": the reader's rating asked of the page; "Rate the minister's performance" asks none.
      name: 'comments-rate-yours',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?:rate\s+your\s+(?:experience|visit|stay|trip)(?:\s+(?:with|of|on|at)\s+(?:the|this|our)\s+\p{L}+)?|(?:add|leave|give|share)\s+your\s+(?:rating|review|star\s+rating)(?:\s+(?:for|of|on)\s+(?:the|this)\s+\p{L}+)?)\s*[.!]?$`,
      ar: String.raw`^(?:(?:قيم|قيمي|قيموا)\s+(?:تجربتك|تجربتكم|زيارتك|زيارتكم|اقامتك|رحلتك)(?:\s+(?:مع|في|على|ل)\s*ال\p{L}+)?|(?:اضف|اضيفي|اضيفوا|اترك|شارك)\s+(?:تقييمك|تقييمكم|مراجعتك)(?:\s+(?:ل|لل|على\s+|عن\s+)(?:ال)?\p{L}+)?)\s*[.!]?$`,
      maxLength: 60,
    }),
    pattern(lang, {
      // "اكتب سؤالك وسيجيبك فريق البوابة", "Ask your question and our team will answer": the page's box for the
      // reader's questions; "Ask your doctor and they will answer" is advice.
      name: 'comments-ask-team',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?:ask|send|submit|write)\s+(?:us\s+)?your\s+questions?(?:\s+(?:here|below))?\s*(?:,\s*and|,|and)\s+(?:our|the)\s+(?:[\p{L}'’-]+\s+){0,2}(?:team|editors|experts|desk|newsroom)\s+will\s+(?:answer|reply|respond)(?:\s+(?:it|you))?\s*[.!]?$`,
      ar: String.raw`^(?:اكتب|اكتبي|اكتبوا|ارسل|ارسلي|ارسلوا|اطرح|اطرحي|اطرحوا)\s+(?:سؤالك|اسئلتك|سؤالكم|اسئلتكم)(?:\s+(?:هنا|ادناه))?\s*[،,]?\s*و\s*(?:س|سوف\s+)?(?:يجيبك|يجيبكم|يرد\s+عليك|يرد\s+عليكم|تجيبك)\s+(?:فريق|محررو|محرري|خبراء)\s+(?:ال)?\p{L}+\s*[.!]?$`,
      maxLength: 80,
    }),
    pattern(lang, {
      // "يسعدنا تلقي ملاحظاتكم على المحتوى", "We welcome your feedback on this content": the page asking for the
      // reader's notes on it; "We welcome your feedback on the draft law" names no page of its own.
      name: 'comments-notes-welcome',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^we(?:\s+(?:welcome|value|appreciate)|(?:\s+would|['’]d)\s+love\s+to\s+(?:hear|receive|get))\s+your\s+(?:feedback|comments|thoughts|suggestions|views|notes)(?:\s+(?:on|about)\s+(?:this|the|our)\s+(?:${pieces}|site|website|page))?\s*[.!]?$`,
      ar: String.raw`^(?:يسعدنا|يسرنا|نرحب\s*ب)\s*(?:تلقي|استقبال|سماع|معرفه)?\s*(?:ملاحظاتكم|ملاحظاتك|تعليقاتكم|تعليقاتك|ارائكم|رايكم|رايك|اقتراحاتكم|اقتراحاتك)(?:\s+(?:على|حول|بشان|عن)\s+(?:هذا\s+|هذه\s+)?(?:ال)?(?:محتوى|موقع|${pieces}))?\s*[.!]?$`,
      maxLength: 70,
    }),
  ];
}).flat();

/**
 * Round 33: blind-43's and blind-44's prompts, each as the class a hundred sites print it in, in both
 * languages: the comment box's manners, sign-in and disowning, the piece sent on a platform or to a
 * colleague, a picture sold, a business promoted, an affiliate's commission, ad space booked by writing
 * in, a marker before the outlet's name, reuse banned without the source, and a list's heading with a
 * word that qualifies what it lists ("Other regional news", "أخبار جهوية أخرى").
 */
const MANNERS_AND_DISCLOSURES: PatternSpec[] = eachLang((lang): PatternSpec[] => {
  const table = LABELS[lang];
  const pieces = alt(table.pieces);
  const journalism = alt(table.reader.journalism);
  const outletWords = foldedSet(table.outlets);
  // A business promoted or a paper subscribed to "with" the outlet: "us", or its name (capitalised in
  // English; in Arabic a word of what an outlet is, or a few words that read as no clause).
  const outletOrUs = (value: string | undefined) =>
    value !== undefined &&
    (/^(?:us|معنا|نا)$/iu.test(value) ||
      (lang === 'en'
        ? isOutletName(value.replace(/^the\s+/iu, ''), lang)
        : value.split(/\s+/u).length <= 4 &&
          !readsAsClause(value, lang, value) &&
          foldedWords(value).some((w) => inSet(outletWords, w, lang))));
  DEFAULT_CHECKS[`advertisement-promote-business-${lang}`] = (_line, value) => outletOrUs(value);
  DEFAULT_CHECKS[`advertisement-subscribe-appeal-${lang}`] = (_line, value) =>
    value !== undefined &&
    (lang === 'en'
      ? isOutletName(value.replace(/^the\s+/iu, ''), lang)
      : value.split(/\s+/u).length <= 4 && !readsAsClause(value, lang, value));
  // "Advertorial · Borneo Post", "محتوى إعلاني · صحيفة الأيام": a marker, then the outlet it runs in; "Ad · the
  // campaign that failed" names none.
  DEFAULT_CHECKS[`advertisement-marker-outlet-${lang}`] = (_line, value) =>
    value !== undefined &&
    (lang === 'en'
      ? isOutletName(value.replace(/^the\s+/iu, ''), lang)
      : value.split(/\s+/u).length <= 3 &&
        !readsAsClause(value, lang, value) &&
        foldedWords(value).some((w) => inSet(outletWords, w, lang)));
  const items = foldedSet(table.lists.items);
  const little = /^(?:the|a|an|our|your|this|these|their|its|of|and|or|to|in|on|for|from|by|with|more|most)$/u;
  // A word that qualifies what a list lists: English's before it ("Other regional news", "Farming tips you
  // may like"), Arabic's after it as an adjective of relation ("أخبار جهوية أخرى", "نصائح زراعية قد تهمك").
  const qualifies = (word: string) =>
    lang === 'en'
      ? /^\p{L}{4,}$/u.test(word) && !little.test(word)
      : /^(?:ال)?\p{L}{2,}(?:يه|ي)$/u.test(word) && !isParticle(word);
  DEFAULT_CHECKS[`related-heading-qualified-${lang}`] = (line) => {
    const words = foldedWords(line);
    if (words.length < 3 || words.length > 6) return false;
    const heading = DEFAULT_CHECKS[`related-heading-${lang}`];
    return words.some((word, i) => {
      const item = lang === 'en' ? words[i + 1] : words[i - 1];
      if (item === undefined || !inSet(items, item, lang) || inSet(items, word, lang) || !qualifies(word)) return false;
      return heading?.(words.filter((_, j) => j !== i).join(' '), undefined, lang) === true;
    });
  };
  const manners =
    lang === 'en'
      ? String.raw`(?:civil|respectful|polite|courteous|constructive|clean|kind|on[\s-]topic|relevant)`
      : String.raw`(?:محترمه|لائقه|مهذبه|بناءه|في\s+صلب\s+الموضوع)`;
  return [
    pattern(lang, {
      // "We value your comments. Please keep them civil.", "نقدّر تعليقاتكم، يرجى أن تبقى محترمة": the comment
      // box's welcome and the manners it asks; "Please keep them safe" asks no manners, and "Keep it relevant"
      // alone is anyone's advice.
      name: 'comments-keep-civil',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?:(?:please\s+)?(?:be\s+(?:civil|respectful|polite|courteous|kind)\s+(?:in|with)\s+your\s+(?:comments|replies|posts)|(?:respect|observe|follow)\s+(?:the|our)\s+(?:rules|etiquette|guidelines)\s+of\s+(?:the\s+)?(?:discussion|debate|commenting)))\s*[.!]?$|^(?:(?:we\s+(?:value|welcome|appreciate|love|read)|thank\s+you\s+for|thanks\s+for)\s+(?:all\s+)?your\s+(?:comments|feedback|thoughts|views|contributions)\s*[.!,;-]\s*(?:please\s+)?(?:keep|make)\s+(?:them|it|your\s+comments|comments|the\s+(?:discussion|conversation|debate))|(?:please\s+)?(?:keep|make)\s+(?:your\s+comments|comments|the\s+(?:discussion|conversation|debate))(?:\s+(?:here|below))?)\s+${manners}(?:\s*(?:,|and|&)\s*${manners}){0,2}\s*[.!]?$`,
      ar: String.raw`^(?:(?:يرجى|نرجو|الرجاء|المرجو)\s+(?:احترام|مراعاه|الالتزام\s+ب)\s*(?:ال)?(?:اداب|ادب|قواعد)\s+(?:ال)?(?:حوار|نقاش|تعليق))\s*[.!]?$|^(?:(?:(?:نقدر|نثمن|نحترم|نرحب\s*ب|يسعدنا\s+تلقي|شكرا\s+على)\s*(?:جميع\s+)?(?:تعليقاتكم|تعليقاتك|ارائكم|مشاركاتكم)\s*[.!،,؛-]\s*)(?:(?:يرجى|نرجو|الرجاء|المرجو)\s+)?(?:ان\s+(?:تبقى|تكون)(?:\s+تعليقاتكم)?|ابقاءها|جعلها|الحفاظ\s+على\s+ان\s+تكون)|(?:يرجى|نرجو|الرجاء|المرجو)\s+(?:ان\s+(?:تبقى|تكون)|ابقاء|جعل)\s+(?:ال)?(?:تعليقات|تعليقاتكم|نقاش|حوار))\s+${manners}(?:\s*(?:[،,]|و)\s*${manners}){0,2}\s*[.!]?$`,
      maxLength: 110,
    }),
    // "يجب أن تكون مسجّل الدخول لتضيف تعليقاً." (as WordPress's Arabic prints it, "أنت" for "أن" too), "سجل
    // دخولك كعضو لترك تعليق": signing in, for the comment box; "يجب أن تكون مسجلا لتصوت" asks for none. English's
    // are `subscriber-wall`'s and `comments-policy`'s already ("You must be logged in to post a comment.").
    ...onlyIn('ar', lang, {
      name: 'comments-sign-in',
      kind: 'comments',
      where: 'anywhere',
      regex: String.raw`^(?:(?:يجب|ينبغي|عليك)\s+(?:ان|انت)\s+(?:تكون\s+)?(?:مسجل|مسجلا)(?:\s+(?:ال)?دخول(?:ك)?)?|(?:يرجى|الرجاء)\s+تسجيل\s+(?:ال)?دخول(?:\s+(?:ك|بصفتك\s+)(?:عضو|مشترك|مستخدم))?|(?:سجل|سجلي|سجلوا)\s+(?:ال)?دخول(?:ك|كم)?(?:\s+(?:ك|بصفتك\s+)(?:عضو|مشترك|مستخدم))?)\s+(?:ل|لكي\s+|كي\s+|حتى\s+)(?:تضيف|تكتب|تترك|تنشر|ترك|اضافه|كتابه|نشر)\s+(?:ال)?(?:تعليق|تعليقا|تعليقك|رد|ردا)\s*[.!]?$`,
      maxLength: 90,
    }),
    pattern(lang, {
      // "Comment under your real name", "أضف تعليقاً باسمك الحقيقي": the comment box's rule of names; "Sign the
      // form with your real name" is no comment's.
      name: 'comments-real-name',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?:please\s+)?(?:comment|(?:add|post|leave|write)\s+(?:a|your)\s+comment)\s+(?:using|under|with|in)\s+your\s+(?:real|full|own)\s+name\s*[.!]?$`,
      ar: String.raw`^(?:يرجى\s+|الرجاء\s+)?(?:علق|علقوا|(?:اضف|اكتب|اترك)\s+(?:تعليقا|تعليقك))\s+(?:ب|باستخدام\s+)(?:اسمك|اسمكم)\s+(?:ال)?(?:حقيقي|كامل|صريح)\s*[.!]?$`,
      maxLength: 70,
    }),
    pattern(lang, {
      // "Comments are the sole responsibility of their authors", "ما يُكتب في التعليقات يلزم كاتبه وحده", "الآراء
      // الواردة في التعليقات لا تمثل رأي الإذاعة": whose the comments are, and not the outlet's; "The comments
      // do not represent the government's view" names no outlet, "Comments are the minister's responsibility" no
      // writer of their own.
      name: 'comments-writers-own',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?:(?:all\s+|reader\s+|readers['’]?\s+)?comments(?:\s+(?:posted|published)(?:\s+(?:here|below))?)?|(?:the\s+)?(?:views|opinions)\s+expressed\s+in\s+(?:the\s+)?comments|what\s+is\s+(?:written|posted)\s+in\s+(?:the\s+)?comments|(?:the\s+)?(?:views|opinions)\s+of\s+(?:the\s+)?(?:commenters|commentators)|commenters['’]?\s+(?:views|opinions))\s+(?:(?:are|is)\s+(?:the\s+)?(?:sole\s+)?responsibility\s+of\s+(?:their|its|the)\s+(?:authors?|writers?|posters?)|binds?\s+(?:only\s+)?(?:their|its)\s+(?:authors?|writers?)|(?:do|does)\s+not\s+(?:bind|commit)\s+(?:the\s+)?(?:${alt(table.outlets)}|editors|editorial\s+(?:team|board|staff)|(?:${alt(table.outlets)})(?:['’]s)?\s+(?:staff|team|editors)))(?:\s+(?:alone|only))?\s*[.!]?$`,
      ar: String.raw`^(?:ما\s+(?:يكتب|ينشر)\s+(?:في\s+(?:ال)?تعليقات|من\s+تعليقات)|(?:ال)?تعليقات(?:\s+(?:المنشوره|الوارده|(?:ال)?قراء|(?:ال)?زوار))?|(?:ال)?اراء\s+(?:الوارده|المنشوره)\s+في\s+(?:ال)?تعليقات|(?:ال)?اراء\s+(?:ال)?(?:معلقين|قراء|زوار))\s+(?:(?:يلزم|تلزم)\s+(?:كاتبه|كاتبها|كتابها|اصحابها|صاحبه|صاحبها)(?:\s+(?:وحده|وحدهم|فقط))?|لا\s+(?:تمثل|يمثل|تعبر\s+عن|يعبر\s+عن|تعكس|يعكس)(?:\s+بالضروره)?\s+(?:راي|اراء|وجهه\s+نظر|موقف)\s+(?:ال)?(?:${alt(table.outlets)}|اداره|هيئه\s+(?:ال)?تحرير|اسره\s+(?:ال)?(?:تحرير|${alt(table.outlets)}))|لا\s+(?:تلزم|يلزم)\s+(?:ال)?(?:${alt(table.outlets)}|اداره(?:\s+(?:ال)?(?:${alt(table.outlets)}))?|هيئه\s+(?:ال)?تحرير|اسره\s+(?:ال)?(?:تحرير|${alt(table.outlets)})))\s*[.!]?$`,
      maxLength: 110,
    }),
    // "غرّد بالخبر", "انشر بهذا المقال": the piece tweeted, Arabic joining "with" to it; English's is a button
    // ("Tweet this article", "Tweet about this story"), as "WhatsApp this article" is now.
    ...onlyIn('ar', lang, {
      name: 'share-tweet-about',
      kind: 'share',
      where: 'anywhere',
      // Round 34: or the piece tweeted as English says it, without "with" ("غرّد الخبر", "Tweet the story");
      // "غرّد خارج السرب" tweets no piece.
      regex: String.raw`^(?:(?:غرد|غردوا|غردي|دون|انشر|انشروا)\s+ب|(?:غرد|غردوا|غردي)\s+)(?:هذا\s+|هذه\s+)?(?:${pieces}|الرابط)\s*[.!]?$`,
      maxLength: 50,
    }),
    pattern(lang, {
      // "Copy this story's web address", "Grab the page's link", "خذ رابط هذه الصفحة" (a button's words already):
      // the piece's own address, English saying whose with "'s".
      name: 'share-piece-address',
      kind: 'share',
      where: 'anywhere',
      en: String.raw`^(?:copy|grab|get|share|email|send|save)\s+(?:this|the)\s+(?:page|${pieces})['’]s\s+(?:link|url|web\s+address|address|permalink|short\s+link)\s*[.!]?$`,
      ar: String.raw`^(?:انسخ|خذ|احصل\s+على|شارك|ارسل|احفظ)\s+(?:عنوان|رابط)\s+(?:هذه|هذا)\s+${pieces}\s*[.!]?$`,
      maxLength: 60,
    }),
    pattern(lang, {
      // "أرسل الخبر لنقابي زميل", "Send this story to a fellow member": the piece sent to a colleague or a
      // friend of some kind; "Send the report to a fellow minister" is the office's, and stays.
      name: 'share-to-fellow',
      kind: 'share',
      where: 'anywhere',
      en: String.raw`^(?:send|forward|email|share)\s+(?:this|the)\s+${pieces}\s+(?:to|with)\s+(?:a\s+fellow\s+(?:member|subscriber|reader|unionist|colleague|student|nurse|teacher|farmer)|(?:a|your)\s+(?:union|work|fellow)\s+(?:colleague|friend))\s*[.!]?$`,
      ar: String.raw`^(?:ارسل|ارسلي|ارسلوا|ابعث|شارك)\s+(?:هذا\s+|هذه\s+)?${pieces}\s+(?:ل|الى\s+|مع\s+)\s*(?:نقابي|عضو|مشترك|قارئ|طالب|ممرض|مزارع|معلم)\s+(?:زميل|زميله)\s*[.!]?$`,
      maxLength: 70,
    }),
    pattern(lang, {
      // "Buy a photo from this story", "Buy a print of this photo", "اشترِ صورة من هذا الخبر", "اطلب نسخة من هذه
      // الصورة": the picture desk's shop; "Buy a photo frame for the clinic" sells from no page.
      name: 'advertisement-photo-sales',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:buy|order|purchase)\s+(?:(?:a|the)\s+(?:photo|picture|image|photograph|print)s?\s+(?:from|in|of)\s+this\s+(?:${pieces}|page|gallery|photo|picture)|this\s+(?:photo|picture|image|photograph)|(?:a|the)\s+(?:print|copy|reprint)\s+of\s+this\s+(?:photo|picture|image|photograph)|(?:photo\s+)?reprints(?:\s+of\s+(?:this|our)\s+(?:photos?|pictures?|images?))?)\s*[.!]?$`,
      ar: String.raw`^(?:اشتر|اشتري|اشتروا|اطلب|اطلبوا)\s+(?:(?:ال)?(?:صوره|صور|نسخه\s+(?:مطبوعه\s+)?من\s+(?:ال)?صوره)\s+من\s+(?:هذا|هذه)\s+(?:${pieces}|الصوره|الالبوم|المعرض)|هذه\s+(?:ال)?صوره|نسخه\s+(?:مطبوعه\s+)?من\s+هذه\s+(?:ال)?صوره|نسخا\s+مطبوعه\s+من\s+(?:هذه\s+)?(?:ال)?صور(?:نا)?)\s*[.!]?$`,
      maxLength: 60,
    }),
    pattern(lang, {
      // "Promote your business with Sun Online", "Advertise your brand with us", "روّج لنشاطك التجاري معنا",
      // "أعلن عن مشروعك مع صحيفة الأيام": the outlet's own ad desk; "Grow your business with these tips" is advice.
      name: 'advertisement-promote-business',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:promote|advertise|market|showcase|boost|grow)\s+your\s+(?:local\s+|small\s+)?(?:business|brand|company|products?|services?|events?)\s+(?:with|on|in|through)\s+(?<value>[\p{L}\p{N}&'’.-]+(?:\s+[\p{L}\p{N}&'’.-]+){0,3}?)(?:\s+(?:today|now))?\s*[.!]?$`,
      ar: String.raw`^(?:روج|روجوا|روجي|اعلن|اعلنوا|اعلني|سوق|سوقوا)\s+(?:ل|عن\s+)(?:نشاطك|مشروعك|شركتك|علامتك|منتجاتك|خدماتك|عملك|تجارتك|فعاليتك)(?:\s+(?:ال)?(?:تجاري|التجاريه|تجاريه))?\s+(?:مع(?<value>نا)|(?:مع|على|في|عبر)\s+(?<value>\p{L}+(?:\s+\p{L}+){0,3}?))(?:\s+(?:اليوم|الان))?\s*[.!]?$`,
      maxLength: 80,
    }),
    pattern(lang, {
      // "Support local journalism — subscribe to the Brandon Sun", "ادعم الصحافة المحلية — اشترك في صحيفة الأيام":
      // the appeal, then the outlet subscribed to by name (`advertisement-give-to` gives to it).
      name: 'advertisement-subscribe-appeal',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:support|back|fund|value)\s+(?:[\p{L}-]+\s+){0,2}${journalism}(?:\s*[:.!,-]\s*|\s+and\s+)(?:please\s+)?subscribe\s+to\s+(?<value>[\p{L}\p{N}&'’.-]+(?:\s+[\p{L}\p{N}&'’.-]+){0,4}?)(?:\s+(?:today|now))?\s*[.!]?$`,
      ar: String.raw`^(?:ادعم|ادعموا|ادعمي)\s+(?:\p{L}+\s+){0,2}?${journalism}(?:\s+\p{L}+)?(?:\s*[:.!،,-]\s*|\s+و\s*)(?:اشترك|اشتركوا|اشتركي)\s+(?:في|ب)\s*(?<value>\p{L}+(?:\s+\p{L}+){0,3}?)(?:\s+(?:اليوم|الان))?\s*[.!]?$`,
      maxLength: 90,
    }),
    pattern(lang, {
      name: 'advertisement-marker-outlet',
      kind: 'advertisement',
      where: 'anywhere',
      regex: String.raw`^(?:${alt([...table.labels.advertisement, ...table.sponsorship.markers, ...table.reader.placed])})(?:\s+(?:${alt(table.sponsorship.qualifiers)}))?\s*[·•|]\s*(?<value>[^·•|.!?؟:]{2,40})$`,
      maxLength: 70,
    }),
    pattern(lang, {
      // "للحجز الإعلاني على الموقع راسلونا", "For ad bookings on the site, contact us": booking space by writing
      // in; "For bookings, contact the hotel" books no ad.
      name: 'advertisement-booking-contact',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:for|to\s+book)\s+(?:ad|advert|advertising|advertisement)\s+(?:bookings?|space|slots?|placements?|rates)(?:\s+(?:on|in)\s+(?:the|this|our)\s+(?:site|website|paper|newspaper|page))?\s*[,:-]?\s*(?:contact|email|call|message|write\s+to)\s+us\s*[.!]?$`,
      ar: String.raw`^(?:لل?حجز\s+(?:ال)?(?:اعلاني|اعلانات|مساحات\s+(?:ال)?اعلانيه)|لحجز\s+(?:اعلانك|مساحتك\s+(?:ال)?اعلانيه))(?:\s+(?:على|في)\s+(?:ال)?(?:موقع|صحيفه|جريده|بوابه|مجله|منصه))?\s*[،,:-]?\s*(?:راسلونا|راسلنا|(?:اتصل|اتصلوا)\s+بنا|(?:تواصل|تواصلوا)\s+معنا)\s*[.!]?$`,
      maxLength: 80,
    }),
    pattern(lang, {
      // "We may earn a commission when you buy through links in this article.", "قد نحصل على عمولة عند الشراء عبر
      // الروابط في هذا المقال", "This article contains affiliate links": an affiliate's disclosure; "The agent may
      // earn a commission on each sale" names no link.
      name: 'advertisement-affiliate',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?=.*${START}(?:links?|qualifying\s+purchases|affiliate)${END})(?:(?:(?:as\s+an?\s+(?:[\p{L}-]+\s+){0,3}(?:associate|affiliate|partner)|when\s+you\s+(?:buy|shop|purchase|click|subscribe)[^,.!?]{0,60})\s*,?\s*)?(?:we|this\s+(?:site|website|publication|page))\s+(?:(?:may|might|can|could|will|do|also)\s+)?(?:earn|receive|get|make|collect)s?\s+(?:(?:a|an)\s+)?(?:small\s+)?(?:commission|commissions|affiliate\s+(?:commission|commissions|fees?)|fees?|money|a\s+share\s+of\s+(?:the\s+)?(?:sales|revenue)|from)[^.!?]{0,140}|(?:this|the)\s+(?:${pieces}|page|post|site)\s+(?:may\s+)?(?:contains|includes|contain|include|uses|use)\s+affiliate\s+links[^.!?]{0,80})\s*[.!]?$`,
      ar: String.raw`^(?=.*(?:روابط|الروابط|رابط|روابطنا|الشراء|شراء|المشتريات|مشتريات|تشتري))(?:(?:(?:عند|حين|عندما)\s+(?:ال)?(?:شراء|تشتري|تشترون)[^،,.!؟]{0,60}?\s*[،,]?\s*|بصفتنا\s+[^،,.!؟]{2,60}?\s*[،,]?\s*)?(?:قد\s+)?(?:نحصل\s+على|نتلقى|نكسب|نتقاضى|(?:يحصل|يتلقى|تحصل|تتلقى)\s+(?:ال)?(?:موقع|موقعنا|صحيفه|مجله|منصه)(?:\s+على)?)\s+(?:(?:نسبه|حصه)\s+من\s+)?(?:ال)?(?:عموله|عمولات)[^.!؟]{0,120}|(?:قد\s+)?(?:يحتوي|يتضمن|تحتوي|تتضمن)\s+(?:هذا|هذه)\s+${pieces}\s+على\s+روابط\s+(?:تسويقيه|بالعموله|تابعه|شراكه)[^.!؟]{0,80})\s*[.!]?$`,
      maxLength: 200,
    }),
    pattern(lang, {
      // "يمنع النقل دون ذكر المصدر", "Copying forbidden without citing the source": reuse banned unless the source
      // is named ("يمنع النقل دون تصريح من الوزارة" is transport's, and names no source).
      name: 'copyright-credit-ban',
      kind: 'copyright',
      where: 'anywhere',
      en: String.raw`^(?:(?:copying|reproduction|republication|republishing|reposting|quoting)\s+(?:is\s+)?(?:strictly\s+)?(?:prohibited|forbidden|not\s+allowed|not\s+permitted|banned)\s+without\s+(?:citing|crediting|naming|mentioning|acknowledging|a\s+link\s+to)\s+(?:the\s+)?(?:source|original)|(?:copying|reproduction|republication|republishing|reposting|quoting)\s+without\s+(?:citing|crediting|naming|mentioning|acknowledging)\s+(?:the\s+)?(?:source|original)\s+is\s+(?:strictly\s+)?(?:prohibited|forbidden|not\s+allowed|not\s+permitted|banned))\s*[.!]?$`,
      ar: String.raw`^(?:(?:يمنع|يحظر|ممنوع|لا\s+يجوز|لا\s+يسمح\s+ب)\s*(?:ال)?(?:نقل|نسخ|اقتباس|نشر|اعاده\s+(?:ال)?نشر)(?:\s+(?:ال)?(?:محتوى|مواد|اخبار))?\s+(?:دون|بدون|من\s+دون|من\s+غير)\s+(?:ذكر|الاشاره\s+الى|الاشاره\s+ل|الاحاله\s+الى|ارفاق\s+رابط)\s+(?:ال)?مصدر|(?:ال)?(?:نقل|نسخ|اقتباس|نشر|اعاده\s+(?:ال)?نشر)\s+(?:دون|بدون|من\s+دون|من\s+غير)\s+(?:ذكر|الاشاره\s+الى)\s+(?:ال)?مصدر\s+(?:ممنوع|محظور|غير\s+مسموح(?:\s+به)?))\s*[.!]?$`,
      maxLength: 80,
    }),
    pattern(lang, {
      // "Paid-for advertising content", "مادة إعلانية مدفوعة الأجر": a marker said paid for in full; "الأجر المدفوع
      // من وزارة الصحة" is a wage's.
      name: 'advertisement-paid-for',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^paid-for\s+(?:advertising|advertisement|promotional|sponsored|partner)\s+(?:content|feature|article|material|post)\s*[.!]?$`,
      ar: String.raw`^(?:ماده|محتوى|مقال|مساحه|منشور)\s+(?:اعلانيه|اعلاني|ترويجيه|ترويجي|ممول|ممولة)\s+(?:مدفوعه|مدفوع)\s+(?:الاجر|الثمن)\s*[.!]?$`,
      maxLength: 60,
    }),
    pattern(lang, {
      // "Around the Island today", "Across the region this week", "من أنحاء الجزيرة اليوم": the outlet's round-up of
      // its patch, by the day or the week; "Around the world, cases rose" goes on, and "Around the world" alone
      // may head an article's section, so a time must close it (then it stands anywhere, as lists do).
      name: 'related-round-up',
      kind: 'related',
      where: 'anywhere',
      en: String.raw`^(?:around|across)\s+the\s+(?:island|region|state|country|nation|county|province|city|valley|coast|district|league|world)\s+(?:today|tonight|this\s+(?:week|weekend|morning))\s*[:.…]?$`,
      ar: String.raw`^(?:من|في)\s+(?:انحاء|ارجاء)\s+(?:ال)?(?:جزيره|منطقه|اقليم|وطن|بلاد|بلد|محافظه|ولايه|مدينه|عالم)\s+(?:اليوم|الليله|هذا\s+الاسبوع|هذا\s+الصباح)\s*[:.…]?$`,
      maxLength: 50,
    }),
    pattern(lang, {
      // "Other regional news", "Farming tips you may like", "أخبار جهوية أخرى", "نصائح زراعية قد تهمك": a list's
      // heading (`related-heading`) with a word that qualifies what it lists.
      name: 'related-heading-qualified',
      kind: 'related',
      where: 'anywhere',
      regex: String.raw`^(?=.*${START}(?:و|ف)?(?:ال|لل)?${alt(table.lists.items)}${END})(?:[\p{L}\p{M}\p{Nd}'’-]+\s*){3,6}[:.…>"']*$`,
      maxLength: 60,
    }),
  ];
}).flat();

/**
 * A name, as an outlet or a body is written (rounds 34 and 35: "Penguin News", "Qatar Charity"): at
 * most `most` words that read as no clause; capitalised in English; in Arabic with no particle, no
 * digit and no date's word among them.
 */
function isShortName(value: string | undefined, lang: Lang, most = 4): value is string {
  return (
    value !== undefined &&
    value.split(/\s+/u).length <= most &&
    !readsAsClause(value, lang, value) &&
    (lang === 'en'
      ? isOutletName(value.replace(/^the\s+/iu, ''), lang)
      : !/[\d٠-٩]/u.test(value) && !foldedWords(value).some((w) => isParticle(w) || AR_DATE_WORDS.has(w)))
  );
}

/**
 * Round 34: blind-45's prompts, each as the class a hundred sites print it in, in both languages: a
 * magazine's or a paper's issue sold or subscribed to and its back issues, a body's membership offered, a
 * broadcaster's programme announced by its hour, its channel or a platform, the journalism of an outlet
 * by its name supported, the outlet's own app, the articles of the same issue, "see also" in a named
 * archive, a list of a place's or an outlet's items by a name without the article ("أخبار صيدا
 * الأخرى"), and the readers' letters, where they go and that they may be edited.
 */
const ISSUES_AND_MEMBERSHIPS: PatternSpec[] = eachLang((lang): PatternSpec[] => {
  const table = LABELS[lang];
  const items = alt(table.lists.items);
  const outletWords = foldedSet(table.outlets);
  const aName = (value: string | undefined, most = 4) => isShortName(value, lang, most);
  // An hour of the day, as a schedule prints it ("at 6:30", "6.30pm", "الساعة 6:30 مساء").
  const hour =
    lang === 'en'
      ? String.raw`(?:\s+at)?\s+\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?(?:\s+(?:gmt|utc|local\s+time))?`
      : String.raw`\s+(?:(?:في|عند)\s+)?(?:(?:ال)?ساعه\s+)?[\d٠-٩]{1,2}(?:[:.][\d٠-٩]{2})?(?:\s*(?:مساء|صباحا|ظهرا|ليلا|م|ص))?(?:\s+بتوقيت\s+\p{L}+)?`;
  // When the programme runs: every such day or part of it, or a word that says so.
  const when =
    lang === 'en'
      ? String.raw`(?:\s+(?:every|each)\s+(?:weeknight|weekday|night|evening|morning|afternoon|day|week|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|\s+(?:weeknights|weekdays|nightly|daily|tonight|mornings|evenings|on\s+weekdays|on\s+weeknights|(?:mon|tues|wednes|thurs|fri|satur|sun)days))`
      : String.raw`(?:\s+(?:يوميا|كل\s+(?:يوم|ليله|مساء|صباح|اسبوع|(?:يوم\s+)?(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه))|مساء\s+كل\s+يوم|الليله|مساء\s+اليوم))`;
  // "Click here" after the offer ("للاشتراك في العدد الورقي اضغط هنا", "To subscribe to the print edition, click here").
  const clickHere =
    lang === 'en'
      ? String.raw`(?:\s*[,:\-–—]?\s*(?:click|tap)\s+here|\s+(?:here|now|today|online))?`
      : String.raw`(?:\s*[،,:\-–—]?\s*(?:اضغط|انقر|اضغطي|انقري|اضغطوا|انقروا)\s+هنا|\s+(?:هنا|الان|اليوم))?`;
  const issue = alt(table.editions);
  const platforms = alt(table.platforms);
  const pieces = alt(table.pieces);
  // A broadcaster's programme by what it is ("the full bulletin", "النشرة").
  const bulletins =
    lang === 'en' ? 'bulletin|newscast|news|programme|program|show|broadcast' : 'نشره|اخبار|برنامج|حلقه|بث';
  // An hour said as Arabic says it, by its ordinal ("في السادسة").
  const hoursAr = 'سادسه|سابعه|ثامنه|تاسعه|عاشره|خامسه|رابعه|ثالثه|ثانيه|واحده|حاديه\\s+عشره|ثانيه\\s+عشره';
  DEFAULT_CHECKS[`advertisement-print-issue-${lang}`] = (_line, value) =>
    value === undefined || value === '' || aName(value);
  DEFAULT_CHECKS[`advertisement-join-membership-${lang}`] = (_line, value) =>
    value === undefined || value === '' || aName(value);
  // The programme is the outlet's, by its name, or a bulletin's ("أخبار السابعة"); in Arabic, without "live"
  // (a past tense may read "he watched X on YouTube"), a word of an outlet or a bulletin must name it.
  const bulletinWords = new Set(['نشره', 'اخبار', 'برنامج', 'حلقه', 'بث']);
  DEFAULT_CHECKS[`advertisement-watch-live-${lang}`] = (line, value) =>
    value !== undefined &&
    aName(value, 5) &&
    !readsAsClause(value, lang, line) &&
    (lang === 'en' ||
      /(?:مباشر|الهواء)/u.test(foldLineText(line)) ||
      foldedWords(value).some((w) => inSet(outletWords, w, lang) || bulletinWords.has(w.replace(/^ال/u, ''))));
  DEFAULT_CHECKS[`advertisement-outlet-journalism-${lang}`] = (_line, value) => aName(value);
  // See also, in the outlet's archive or on its site: where must name an archive, a site or the outlet.
  DEFAULT_CHECKS[`related-see-also-where-${lang}`] = (_line, value) =>
    value !== undefined &&
    (/(?:^|\s)(?:archives?|site|website|app|library|(?:ال)?ارشيف\p{L}*|(?:ال)?موقع|(?:ال)?تطبيق|(?:ال)?مكتبه)(?:\s|$)/iu.test(
      foldLineText(value),
    ) ||
      (lang === 'en' && aName(value)) ||
      foldedWords(value).some((w) => inSet(outletWords, w, lang)));
  return [
    pattern(lang, {
      // "Subscribe to Up Here magazine", "Buy the print issue", "Order this week's edition here", "اشتركي في
      // مجلة زهرة الخليج", "للاشتراك في العدد الورقي اضغط هنا", "اشترِ العدد الجديد": the paper or the magazine
      // sold or subscribed to, by its issue or its name, maybe with where to click, and its back issues ("Order
      // back issues", "اطلب الأعداد القديمة"); "Buy the print of the
      // painting", "Subscribe to the magazine's view that …", "اشترك في مجلة الجامعة عدد من الباحثين" stay.
      name: 'advertisement-print-issue',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:to\s+)?(?:buy|order|get|grab|pick\s+up|subscribe\s+to|read)\s+(?:(?:a\s+copy\s+of\s+)?(?:the|this|our|this\s+(?:month|week)['’]s|today['’]s)\s+(?:(?:latest|current|new|full)\s+)?(?:${issue})(?:\s+(?:${issue}))?|(?<value>\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+[\p{L}\p{N}'’&.-]+){0,3}?)\s+magazine|back\s+issues)${clickHere}\s*[.!]?$|^subscribe\s+to\s+(?<value>(?:the\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+[\p{L}\p{N}'’&.-]+){0,3}?)\s+(?:today|now)\s*[.!]?$|^(?:back|past|previous)\s+issues\s*[:.…]?$`,
      ar: String.raw`^(?:(?:اشترك|اشتركي|اشتركوا|للاشتراك|سجل|لل?تسجيل)\s+(?:في|ب)\s*|(?:اشتر|اشتري|اشتروا|اطلب|اطلبي|اطلبوا|احصل\s+على|احصلي\s+على|احصلوا\s+على|لشراء|لطلب|للحصول\s+على|اقتن|اقتني|لاقتناء)\s+)(?:(?:ال)?(?:عدد|نسخه|طبعه|اصدار)\s+(?:ال)?(?:ورقي|ورقيه|مطبوع|مطبوعه|جديد|جديده|اخير|اخيره|حالي|حاليه|شهري|اسبوعي|كامل)(?:\s+(?:من|ل)\s*(?:ال)?(?:مجله|صحيفه|جريده))?|(?:هذا|هذه)\s+(?:ال)?(?:عدد|نسخه|طبعه)|(?:ال)?(?:مجله|صحيفه|جريده)\s+(?<value>\p{L}+(?:\s+\p{L}+){0,2}?)|(?:ال)?اعداد\s+(?:ال)?(?:قديمه|سابقه|ماضيه))${clickHere}\s*[.!]?$`,
      maxLength: 70,
    }),
    pattern(lang, {
      // "انضم إلى عضوية الغرفة", "Join the Chamber's membership", "Apply for membership", "جدّد عضويتك": a body's
      // membership offered on its own pages; "انضم إلى عضوية الحزب عام 1990 بعد عودته" and "Apply for membership of
      // the EU, the minister urged" say more.
      name: 'advertisement-join-membership',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:(?:join|apply\s+for|renew)\s+(?:(?:the\s+)?(?<value>\p{Lu}[\p{L}'’&.-]*(?:\s+[\p{L}'’&.-]+){0,3}?)['’]s\s+membership|(?:the\s+)?membership(?:\s+of\s+(?<value>(?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+[\p{L}'’&.-]+){0,3}?))?|your\s+membership)|become\s+a\s+member(?:\s+(?:today|now))?)${clickHere}\s*[.!]?$`,
      ar: String.raw`^(?:(?:انضم|انضمي|انضموا|للانضمام)\s+(?:الى|ل)\s*(?:ال)?عضويه(?:\s+(?<value>\p{L}+(?:\s+\p{L}+){0,3}?))?|(?:قدم|قدمي|قدموا|لتقديم)\s+طلب\s+(?:ال)?(?:عضويه|انتساب|انتساب)(?:\s+(?<value>\p{L}+(?:\s+\p{L}+){0,3}?))?|(?:جدد|جددي|جددوا|لتجديد)\s+(?:عضويتك|عضويتكم|ال?عضويه|اشتراكك)|(?:كن|كوني|كونوا)\s+(?:عضوا|عضوه|اعضاء)(?:\s+(?:الان|اليوم))?)${clickHere}\s*[.!]?$`,
      maxLength: 70,
    }),
    pattern(lang, {
      // "Watch 7 News live every weeknight at 6:30", "Listen to Manx Radio live", "شاهدوا أخبار السابعة مباشرة كل
      // مساء الساعة 6:30", "تابعوا قناة المملكة على الهواء مباشرة": the outlet's programme and when it runs;
      // "Watch the minister live at 6:30" and "تابع الرئيس مباشرة من مكتبه" name no outlet. The outlet on a
      // platform ("Watch 7 News on YouTube", "شاهدوا أخبار السابعة على يوتيوب"), or its bulletin by the hour and
      // the channel ("Catch the full bulletin at 6pm on Channel 5", "تابعوا النشرة كاملة في السادسة على قناة
      // المملكة").
      name: 'advertisement-watch-live',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:watch|listen\s+to|catch|tune\s+in\s+to|join\s+us\s+for|don['’]t\s+miss)\s+(?:(?<value>(?:the\s+)?[\p{L}\p{N}'’&.-]+(?:\s+[\p{L}\p{N}'’&.-]+){0,4}?)\s+(?:live(?:\s+(?:on|at)\s+(?!\d)[\p{L}\p{N}'’&.-]+(?:\s+[\p{L}\p{N}'’&.-]+){0,3}?)?|on\s+${platforms})|(?:the\s+)?(?:full\s+)?(?:${bulletins})(?=.*\d|${when})(?:\s+live)?(?:${when})?(?:${hour})?(?:\s+on\s+(?<value>[\p{L}\p{N}'’&.-]+(?:\s+[\p{L}\p{N}'’&.-]+){0,3}))?)(?:${when})?(?:${hour})?\s*[.!]?$`,
      ar: String.raw`^(?:شاهد|شاهدوا|شاهدي|تابع|تابعوا|تابعي|استمع\s+(?:الى|ل)|استمعوا\s+(?:الى|ل)|لا\s+تفوتوا|لا\s+تفوت)\s+(?:(?<value>\p{L}+(?:\s+\p{L}+){0,3}?)\s+(?:(?:مباشره|على\s+الهواء(?:\s+مباشره)?|بثا\s+مباشرا|في\s+بث\s+مباشر)(?:\s+(?:على|عبر)\s+(?:شاشه\s+|موقع\s+|قناه\s+)?\p{L}+(?:\s+\p{L}+){0,2}?)?|(?:على|عبر)\s+(?:قناتنا\s+على\s+)?${platforms})|(?:ال)?(?:${bulletins})(?:\s+(?:كامله|كاملا))?(?=.*[\d٠-٩]|${when}|\s+(?:في|عند)\s+(?:ال)?(?:${hoursAr}))(?:${when})?(?:${hour}|\s+(?:في|عند)\s+(?:ال)?(?:${hoursAr})(?:\s+(?:مساء|صباحا))?)?(?:\s+(?:على|عبر)\s+(?<value>(?:قناه|اذاعه|شاشه)\s+\p{L}+(?:\s+\p{L}+)?)))?(?:${when})?(?:${hour})?\s*[.!]?$`,
      maxLength: 90,
    }),
    pattern(lang, {
      // "ادعم صحافة عنب بلدي المستقلة", "Support The Ferret's independent journalism": the outlet's own
      // journalism, by its name, supported; "ادعم صحافة الحرب" names a subject, not an outlet.
      name: 'advertisement-outlet-journalism',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:please\s+)?(?:support|back|fund)\s+(?<value>(?:the\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+[\p{L}\p{N}'’&.-]+){0,3}?)['’]s?\s+(?:(?:independent|local|public-interest|nonprofit|non-profit|investigative|award-winning)\s+)*(?:journalism|reporting|newsroom)(?:\s+(?:today|now))?\s*[.!]?$`,
      ar: String.raw`^(?:(?:يرجى|الرجاء)\s+)?(?:ادعم|ادعموا|ادعمي|ساند|ساندوا|ساندي)\s+(?:صحافه|اعلام|غرفه\s+اخبار)\s+(?<value>(?!ال)\p{L}+(?:\s+\p{L}+){0,3}?)\s+(?:ال)?(?:مستقله|مستقل|حره|محليه|استقصائيه|مهنيه)(?:\s+(?:اليوم|الان))?\s*[.!]?$`,
      maxLength: 80,
    }),
    pattern(lang, {
      // "مقالات من العدد نفسه", "Also in this issue", "More from this issue", "من العدد الحالي": a magazine's list of
      // the pieces beside this one, from the magazine or its print edition, and its archive ("From the
      // magazine", "من العدد الورقي", "Magazine archive", "أرشيف المجلة"); "In this issue, we look at …" goes on.
      name: 'related-same-issue',
      kind: 'related',
      where: 'anywhere',
      en: String.raw`^(?:(?:(?:more|other)\s+)?(?:${items}\s+)?(?:from|in)\s+(?:this|the\s+same|the\s+current|the\s+latest|our\s+latest)\s+(?:issue|edition)|(?:also|more)\s+in\s+this\s+(?:issue|edition)|(?:the\s+)?rest\s+of\s+(?:this|the)\s+(?:issue|edition)|from\s+(?:the|our)\s+(?:(?:print|latest|current)\s+)?(?:magazine|print\s+edition)|(?:the\s+)?(?:magazine|issue|issues)\s+archive)\s*[:.…]*$`,
      ar: String.raw`^(?:(?:المزيد\s+)?(?:(?:${items})\s+)?(?:اخرى\s+)?(?:من|في)\s+(?:(?:ال)?(?:عدد|اصدار|نسخه)\s+(?:نفسه|ذاته|نفسها|ذاتها|الحالي|الحاليه|الاخير|الاخيره|الجديد)|(?:نفس|ذات)\s+(?:ال)?(?:عدد|اصدار)|هذا\s+(?:ال)?(?:عدد|اصدار))|(?:ايضا|كذلك)\s+في\s+هذا\s+(?:ال)?(?:عدد|اصدار)|(?:${items})\s+(?:ال)?(?:عدد|اصدار)\s+(?:نفسه|ذاته|الحالي|الاخير)|من\s+(?:ال)?(?:مجله|عدد\s+(?:ال)?(?:ورقي|مطبوع)|نسخه\s+(?:ال)?(?:ورقيه|مطبوعه))|ارشيف\s+(?:ال)?(?:مجله|اعداد))\s*[:.…]*$`,
      maxLength: 50,
    }),
    pattern(lang, {
      // "See also in the SNA archive: …", "Read also on our site: …", "انظر أيضاً في أرشيف الوكالة: …": see also,
      // where (an archive, a site, the outlet), then the headline it links to; "See also in the report: table 3"
      // names no archive.
      name: 'related-see-also-where',
      kind: 'related',
      where: 'anywhere',
      en: String.raw`^(?:see|read|watch)\s+(?:also|more)\s+(?:in|on|at|from)\s+(?:the\s+|our\s+)?(?<value>[^:|.!?]{2,40}?)\s*:\s*[^|]{2,140}$`,
      ar: String.raw`^(?:انظر|اقرا|شاهد|طالع|راجع)\s+(?:ايضا|كذلك)\s+(?:في|على|من)\s+(?<value>[^:|.!؟]{2,40}?)\s*:\s*[^|]{2,140}$`,
      maxLength: 200,
    }),
    // "أخبار صيدا الأخرى", "بيانات صيدا السابقة": a list of a place's or an outlet's items by its name, which
    // has no article (`related-owned-list` reads the article's: "أخبار الوزارة الأخرى"); English says it with
    // "'s" there already ("Sidon's other news"). "أخبار الحرب الأخرى" is `related-owned-list`'s, "أخبار سارة
    // أخرى" has no name.
    ...onlyIn('ar', lang, {
      name: 'related-items-of-name',
      kind: 'related',
      check: (_line, value) => aName(value, 3) && !/^(?:ال|لل)/u.test(foldLineText(value ?? '')),
      where: 'anywhere',
      regex: String.raw`^(?:${items})\s+(?<value>\p{L}+(?:\s+\p{L}+){0,2}?)\s+(?:الاخرى|الاخيره|الاحدث|السابقه)\s*[:.…]*$`,
      maxLength: 50,
    }),
    pattern(lang, {
      // "رسائل القراء إلى المجلة", "بريد القراء", "Letters to the editor", "Readers' letters to the magazine": the
      // readers' letters, the column's heading, where to send them ("Send us your letters", "اكتب إلى المحرر")
      // and that they may be edited ("Letters may be edited for length", "تحتفظ المجلة بحق اختصار الرسائل");
      // "Letters to the editor poured in", "Letters to the minister", "Letters may be edited by the court"
      // say more or another.
      name: 'comments-letters-heading',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?:(?:readers['’]?|reader|your)\s+(?:letters|mail|mailbag|mailbox|feedback)(?:\s+to\s+(?:the\s+)?(?:editors?|magazine|paper|newspaper|station|site))?|letters\s+to\s+(?:the\s+)?(?:editors?|magazine|paper|newspaper)|(?:(?:send|email|e-mail|write)\s+us\s+(?:your\s+)?letters?|(?:send|email|e-mail|post)\s+(?:your\s+)?letters?\s+to\s+(?:us|(?:the\s+)?(?:editors?|magazine|paper|newspaper))|write\s+to\s+(?:the\s+)?(?:editors?|magazine|paper|newspaper))(?:\s+(?:here|today))?)\s*[:.…]*$|^(?:(?:letters|comments|submissions)\s+(?:may|will)\s+be\s+(?:edited|shortened|condensed)|(?:we|the\s+(?:editors?|magazine|paper|newspaper))\s+reserves?\s+the\s+right\s+to\s+(?:edit|shorten|condense)\s+(?:letters|comments|submissions))(?:\s+for\s+(?:length|clarity|style|space)(?:\s+(?:and|or)\s+(?:length|clarity|style|space))?)?\s*[.!]?$`,
      ar: String.raw`^(?:(?:رسائل|بريد|مراسلات)\s+(?:ال)?(?:قراء|قارئ|مستمعين|مشاهدين|زوار)(?:\s+(?:الى|ل)\s*(?:ال)?(?:مجله|صحيفه|جريده|محرر|تحرير|موقع|اذاعه|قناه))?|رسائل\s+(?:الى|ل)\s*(?:ال)?(?:محرر|تحرير|مجله|صحيفه|جريده)|(?:(?:اكتب|اكتبوا|اكتبي|راسل|راسلوا|راسلي)\s+(?:الى|ل)\s*(?:ال)?(?:محرر|تحرير|مجله|صحيفه|جريده)|(?:ارسل|ارسلوا|ارسلي|ابعث|ابعثوا)\s+(?:رسائلكم|رسالتك|رسائلك|رسالتكم)\s+(?:الى|ل)\s*(?:ال)?(?:محرر|تحرير|مجله|صحيفه|جريده|نا))(?:\s+(?:هنا|اليوم))?)\s*[:.…]*$|^(?:(?:تحتفظ|يحتفظ)\s+(?:ال)?(?:مجله|صحيفه|جريده|موقع|تحرير|محرر|اسره\s+(?:ال)?تحرير|هيئه\s+(?:ال)?تحرير)\s+بحق\s+(?:اختصار|تحرير|تعديل|تنقيح)\s+(?:ال)?(?:رسائل|تعليقات|مشاركات)|(?:ال)?(?:رسائل|تعليقات|مشاركات)\s+(?:قابله|تخضع)\s+(?:لل|ل)(?:تحرير|اختصار|تعديل))(?:\s+(?:و|او)\s*(?:ال)?(?:اختصار|تحرير|تعديل))?\s*[.!]?$`,
      maxLength: 90,
    }),
    pattern(lang, {
      // "All press releases", "View all news", "Press releases archive", "Back to news", "جميع البيانات الصحفية",
      // "عرض كل الأخبار", "أرشيف البيانات الصحفية", "العودة إلى الأخبار": the outlet's whole list, its archive, the
      // way back to it; "All news is local" and "Back to news of the war" say more.
      name: 'related-all-items',
      kind: 'related',
      where: 'anywhere',
      en: String.raw`^(?:(?:(?:view|see|browse|show|read)\s+)?all\s+(?:the\s+|our\s+)?(?:latest\s+)?(?:press\s+|news\s+|media\s+)?(?:${items})|(?:press\s+|news\s+|media\s+)?(?:${items})\s+archives?|(?:back|return)\s+to\s+(?:all\s+)?(?:the\s+)?(?:press\s+|news\s+|media\s+)?(?:${items}))\s*[:.…»›>]*$`,
      ar: String.raw`^(?:(?:(?:عرض|تصفح|شاهد|اقرا|مشاهده|تصفح)\s+)?(?:كل|جميع)\s+(?:ال)?(?:${items})|ارشيف\s+(?:ال)?(?:${items})|(?:العوده|عوده|الرجوع|رجوع|عد|ارجع)\s+(?:الى|ل)\s*(?:كل\s+|جميع\s+)?(?:ال)?(?:${items}))(?:\s+(?:ال)?(?:صحفيه|اعلاميه))?\s*[:.…»›<]*$`,
      maxLength: 50,
    }),
    pattern(lang, {
      // "Contact the newsroom", "Got a news tip? Email newsroom@…", "Share your story with us", "تواصل مع غرفة
      // الأخبار", "لديك خبر؟ راسلنا على newsroom@…": the newsroom's address for the reader's news (`comments-newsroom`
      // asks first, and gives a platform); "Contact the newsroom of the ministry for details" names another's.
      name: 'comments-newsroom-contact',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?:(?:(?:do\s+you\s+have|have|got)\s+(?:a|an|any)\s+(?:news\s+)?(?:story|tip|tips|stories)\b[^?.!]{0,30}\?\s*)?(?:contact|reach|email|e-mail|message|write\s+to)\s+(?:the|our)\s+(?:newsroom|news\s+desk|newsdesk|news\s+team)|(?:do\s+you\s+have|have|got)\s+(?:a|an|any)\s+(?:news\s+)?(?:story|tip|tips|stories)\b[^?.!]{0,30}\?\s*(?:email|e-mail|write\s+to|message)(?:\s+us)?|(?:share|send|tell)\s+(?:us\s+)?your\s+(?:story|stories|news|tips?)(?:\s+with\s+us)?)(?:\s*(?:on|via|at|by|:)?\s*[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)?\s*[.!]?$`,
      ar: String.raw`^(?:(?:(?:هل\s+)?(?:لديك|لديكم|عندك|عندكم)\s+(?:خبر|قصه|معلومه)(?:\s+[^؟?.!]{0,30})?\s*[؟?]\s*)?(?:تواصل|تواصلوا|اتصل|اتصلوا|راسل|راسلوا)\s+(?:مع\s+)?(?:غرفه\s+(?:ال)?اخبار|فريق\s+(?:ال)?تحرير|هيئه\s+(?:ال)?تحرير)|(?:هل\s+)?(?:لديك|لديكم|عندك|عندكم)\s+(?:خبر|قصه|معلومه)(?:\s+[^؟?.!]{0,30})?\s*[؟?]\s*(?:راسلنا|راسلونا|اكتب\s+لنا|اكتبوا\s+لنا|ارسل\s+لنا|ارسلوا\s+لنا))(?:\s*(?:على|عبر|:)?\s*[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)?\s*[.!]?$`,
      maxLength: 100,
    }),
    pattern(lang, {
      // "Report an error", "Corrections: email corrections@…", "أبلغ عن خطأ", "للتصحيحات: راسلونا على …": the reader's
      // way to report a mistake in the piece; "Report an error to the tax office within 30 days" says whose.
      name: 'comments-report-error',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?:(?:report|flag)\s+an?\s+(?:error|mistake|typo|inaccuracy)|(?:submit|request|suggest)\s+a\s+correction|(?:spotted|found|see)\s+an?\s+(?:error|mistake|typo)\?\s*(?:let\s+us\s+know|tell\s+us|report\s+it)|corrections?\s*[:\-–—]\s*(?:email|e-mail|write\s+to|contact)\s+[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)(?:\s+(?:in|on)\s+this\s+(?:${pieces}))?\s*[.!]?$`,
      ar: String.raw`^(?:(?:ابلغ|ابلغوا|ابلغي|بلغ|للابلاغ)\s+عن\s+(?:خطا|اخطاء)|(?:اطلب|اقترح|لطلب)\s+تصحيحا|(?:وجدت|لاحظت|رايت)\s+خطا\s*[؟?]\s*(?:اخبرنا|اخبرونا|ابلغنا|ابلغونا)|(?:لل)?تصحيحات\s*[:\-–—]?\s*(?:راسلونا|راسلنا|اكتبوا\s+لنا)\s+(?:على|عبر)\s+[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)(?:\s+في\s+(?:هذا|هذه)\s+(?:ال)?(?:${pieces}))?\s*[.!]?$`,
      maxLength: 100,
    }),
    pattern(lang, {
      // "Get the latest news delivered to your inbox", "Enter your email address", "By subscribing you agree to our
      // privacy policy", "Thank you for subscribing", "احصل على آخر الأخبار في بريدك", "أدخل بريدك الإلكتروني",
      // "بالاشتراك فإنك توافق على سياسة الخصوصية", "شكراً لاشتراكك": a newsletter's sign-up box, line by line;
      // "Enter your email address to book a vaccine" and "Thank you for subscribing to the blood drive" say more.
      name: 'related-signup-box',
      kind: 'related',
      where: 'anywhere',
      en: String.raw`^(?:(?:get|receive)\s+(?:the\s+|our\s+)?(?:(?:latest|top|best|daily|weekly|breaking|biggest)\s+)*(?:news|stories|headlines|updates)(?:\s+(?:and|&)\s+(?:analysis|stories|updates|features))?\s+(?:delivered\s+)?(?:to|in|straight\s+to|direct\s+to)\s+your\s+inbox(?:\s+(?:every|each)\s+\p{L}+)?|(?:enter|type)\s+your\s+e-?mail(?:\s+address)?(?:\s+(?:here|below))?|by\s+(?:subscribing|signing\s+up|registering)\s*,?\s+you\s+(?:agree|consent)\s+to\s+(?:our|the)\s+(?:privacy\s+policy|terms(?:\s+of\s+(?:use|service))?)(?:\s+and\s+(?:our\s+|the\s+)?(?:privacy\s+policy|terms(?:\s+of\s+(?:use|service))?))?|thanks?\s+(?:you\s+)?for\s+(?:subscribing|signing\s+up)(?:\s+to\s+(?:our|the)\s+(?:newsletters?|alerts|briefing|digest))?)\s*[.!:…]*$`,
      ar: String.raw`^(?:(?:احصل|احصلي|احصلوا)\s+على\s+(?:اخر|احدث|اهم|ابرز)\s+(?:ال)?(?:اخبار|قصص|عناوين|مستجدات)(?:\s+(?:و|و\s*ال)?(?:تحليلات|تقارير))?\s+(?:في|الى|على)\s+(?:بريدك|بريدكم)(?:\s+(?:ال)?الكتروني)?(?:\s+(?:يوميا|كل\s+\p{L}+))?|(?:ادخل|ادخلي|ادخلوا|اكتب)\s+(?:بريدك|بريدكم)\s+(?:ال)?الكتروني(?:\s+(?:هنا|ادناه))?|(?:ب|عند\s+)(?:ال)?(?:اشتراك|تسجيل)\s*[،,]?\s*(?:فانك|فانت|انت)?\s*(?:توافق|توافقين|توافقون)\s+على\s+(?:سياسه\s+(?:ال)?خصوصيه|شروط\s+(?:ال)?استخدام)(?:\s+و\s*(?:سياسه\s+(?:ال)?خصوصيه|شروط\s+(?:ال)?استخدام))?|شكرا\s+(?:لاشتراكك|لاشتراككم|لتسجيلك|لتسجيلكم|على\s+(?:ال)?اشتراك|على\s+اشتراكك)(?:\s+في\s+(?:ال)?(?:نشره|نشرتنا|تنبيهات)(?:\s+(?:ال)?\p{L}+)?)?)\s*[.!:…]*$`,
      maxLength: 110,
    }),
    pattern(lang, {
      // "Required fields are marked *", "الحقول المطلوبة مشار إليها بـ *": the comment form's note on what it
      // needs; "Required fields are marked on the map" is no form's.
      name: 'comments-required-fields',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?:required\s+fields\s+are\s+marked|fields\s+marked\s+(?:with\s+(?:an?\s+)?)?(?:\*|an\s+asterisk)\s+are\s+required)\s*(?:\*|with\s+(?:an?\s+)?(?:\*|asterisk))?\s*\.?$`,
      ar: String.raw`^(?:(?:ال)?حقول\s+(?:ال)?(?:مطلوبه|الزاميه|اجباريه)\s+(?:مشار\s+اليها|معلمه|محدده|مميزه)\s*(?:ب|بـ|بعلامه)\s*(?:\*|النجمه)?|(?:ال)?حقول\s+(?:ال)?(?:مشار\s+اليها|المعلمه)\s+(?:ب|بـ)\s*(?:\*|النجمه)\s+(?:مطلوبه|الزاميه|اجباريه))\s*\.?$`,
      maxLength: 70,
    }),
    pattern(lang, {
      // "Donate now", "Make a donation", "تبرّع الآن", "قدّم تبرعك اليوم": the appeal's button, nothing else; "Donate
      // now to the flood victims, the mayor urged" says more.
      name: 'advertisement-donate-now',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:please\s+)?(?:(?:donate|give)\s+(?:now|today)|(?:make|give)\s+a\s+(?:one-off\s+|monthly\s+)?(?:donation|gift)(?:\s+(?:now|today))?)\s*[.!]?$`,
      ar: String.raw`^(?:(?:يرجى|الرجاء)\s+)?(?:(?:تبرع|تبرعوا|تبرعي)\s+(?:الان|اليوم)|(?:قدم|قدموا|قدمي)\s+(?:تبرعا|تبرعك|تبرعكم)(?:\s+(?:الان|اليوم))?)\s*[.!]?$`,
      maxLength: 40,
    }),
    pattern(lang, {
      // "Download our app", "نزّل تطبيقنا على هاتفك", "Get our free app for iOS and Android": the outlet's own
      // app, said to be ours ("Get the app" may be a how-to's step; the app by the outlet's name is
      // `share-app`'s); "Download our app to book a vaccine" says what for.
      name: 'advertisement-our-app',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:download|get|install|try)\s+our\s+(?:(?:free|new|mobile|official)\s+){0,2}app(?:\s+(?:now|today|here))?(?:\s+(?:for|on)\s+(?:your\s+)?(?:android|ios|iphone|ipad|phone|mobile|smartphone)(?:\s+(?:and|or|&)\s+(?:android|ios|iphone|ipad))?)?\s*[.!]?$`,
      ar: String.raw`^(?:حمل|حملوا|حملي|نزل|نزلوا|نزلي|ثبت|ثبتوا|ثبتي|جرب|جربوا)\s+تطبيقنا(?:\s+(?:المجاني|الجديد|الرسمي))?(?:\s+(?:الان|اليوم|مجانا))?(?:\s+(?:على|في|ل)\s*(?:هاتفك|جوالك|هواتفكم|هاتفكم|اندرويد|ايفون|ال?اندرويد|ال?ايفون)(?:\s+(?:و|او)\s*(?:اندرويد|ايفون|ال?اندرويد|ال?ايفون))?)?\s*[.!]?$`,
      maxLength: 70,
    }),
  ];
}).flat();

/**
 * Round 35: prompts between paragraphs by class, as blind-46 printed them and a hundred other sites
 * would: a button on a release or a campaign, the piece put on the reader's own page, a station by its
 * frequency, an outlet subscribed to by its name, a donation to a charity by its name, an orphan
 * sponsored, tickets booked, the readers' letters sent to an outlet by its name, the comments
 * disowned by an outlet by its name, a comment list's heading as WordPress prints it, a count of
 * comments by another word, and a section's news by its subject; then the same families as other
 * sites print them: a live stream, an appeal's words, a booking, a brief list's heading, a letter
 * asked for, an official partner, a button of the page's offer, a contest, the body's "with us", the
 * reader's photos asked for, a comment's report button, advertising rates, news on the reader's phone.
 */
const CALLS_AND_COUNTS: PatternSpec[] = eachLang((lang): PatternSpec[] => {
  const table = LABELS[lang];
  const platforms = alt(table.platforms);
  const pieces = alt(table.pieces);
  const outletWords = foldedSet(table.outlets);
  const aName = (value: string | undefined, most = 4) => isShortName(value, lang, most);
  // An outlet by its name: a name with a word of an outlet in it ("Penguin News", "موقع طنجة").
  const namesOutlet = (value: string | undefined) =>
    aName(value) && foldedWords(value ?? '').some((w) => inSet(outletWords, w, lang));
  // What a body's or a charity's page puts out besides its stories: a release, a statement, a campaign.
  const notices =
    lang === 'en'
      ? String.raw`(?:press\s+|media\s+|news\s+)?(?:release|statement|announcement|notice|communiqu\p{L}|bulletin|campaign|appeal|initiative|alert|video|photo|picture|gallery|podcast|infographic)`
      : String.raw`ال(?:بلاغ|بيان|اعلان|تعميم|حمله|مبادره|نداء|نشره|فيديو|صوره|صور|معرض|بودكاست|انفوجرافيك)(?:\s+(?:ال)?(?:صحفي|صحفيه|رسمي|رسميه))?`;
  // Where a reader's platform shows what they post ("your Facebook timeline", "صفحتك على فيسبوك").
  const ownPage =
    lang === 'en'
      ? String.raw`your\s+(?:${platforms})\s+(?:timeline|feed|wall|page|profile|story|stories|status)`
      : String.raw`(?:صفحتك|صفحتكم|صفحاتكم|حائطك|جدارك|حسابك|حسابكم|حساباتكم|قصتك|حالتك)(?:\s+(?:على|في)\s+${platforms})?`;
  // A station's frequency ("91.1 FM", "على 91.1 إف إم").
  const frequency =
    lang === 'en'
      ? String.raw`(?:on\s+)?\d{2,3}(?:[.,]\d{1,2})?\s*(?:fm|am|mhz)`
      : String.raw`(?:على\s+(?:(?:ال)?(?:تردد|موجه)\s+)?)?[\d٠-٩]{2,3}(?:[.,][\d٠-٩]{1,2})?\s*(?:اف\s*ام|fm|am|mhz|ميغاهرتز|ميجاهرتز|ميغا\s+هرتز)`;
  const checks: Record<string, ShapeCheck> = {
    'advertisement-station-frequency': (_line, value) =>
      value === undefined || value === '' || (aName(value) && !readsAsClause(value, lang, value)),
    // …or, in English, a name that opens on "The", as a paper's title does ("The Vincentian").
    'advertisement-subscribe-outlet': (_line, value) =>
      namesOutlet(value) || (lang === 'en' && /^The\s+\p{Lu}/u.test(value ?? '') && aName(value)),
    // Given to a charity or an outlet by its name, or to a campaign by its word in Arabic.
    'advertisement-give': (_line, value) => value === undefined || value === '' || aName(value),
    // Whose slot it is: a body, a team or an event, a few words that say no clause.
    'advertisement-official-partner': (line, value) =>
      value !== undefined && value.split(/\s+/u).length <= 5 && !readsAsClause(value, lang, line),
    'advertisement-station-joined': (_line, value) => aName(value),
    'advertisement-donate-to-name': (_line, value) => aName(value, 5),
    'advertisement-tickets': (line, value) => value === undefined || value === '' || !readsAsClause(value, lang, line),
    // Written to the letters page of an outlet by its name; without the page's label, a word of an
    // outlet must name it ("Write to Penguin News"; "Write to the Minister" is a plea).
    'comments-letters-to-outlet': (line, value) =>
      (/^\S+(?:\s+\S+)?\s*[:\-–—]/u.test(line.trim()) ? aName(value) : namesOutlet(value)) &&
      !readsAsClause(value ?? '', lang, line),
    // A section's name in capitals is the page's menu ("WORLD NEWS"), which the datelines' keeps leave.
    'related-subject-news': (line) => lang === 'ar' || line !== line.toUpperCase(),
  };
  // The outlet by its name (Arabic only, below): without the article, or a word of an outlet first ("موقع X").
  if (lang === 'ar')
    checks['comments-not-outlet-name'] = (_line, value) =>
      aName(value) &&
      (!/^ال/u.test(foldLineText(value ?? '')) || inSet(outletWords, foldedWords(value ?? '')[0], lang));
  for (const [name, check] of Object.entries(checks)) DEFAULT_CHECKS[`${name}-${lang}`] = check;
  return [
    pattern(lang, {
      // "Tweet this release", "Email this statement", "غرّد البلاغ", "شاركوا الحملة": a button on what a body's
      // or a charity's page puts out, maybe with whom or where; "Share the statement with the board", "شارك في
      // الحملة" (took part in it) and "Print the release date on the label" say more. Round 36: the button
      // without "this" and with its file ("Print release (PDF)", "اطبع البلاغ (PDF)").
      name: 'share-notice-button',
      kind: 'share',
      where: 'anywhere',
      en: String.raw`^(?:tweet|email|e-mail|share|forward|send|print|post|whatsapp)\s+(?:(?:this|the)\s+)?${notices}(?:\s+(?:with\s+(?:a\s+|your\s+)?friends?|to\s+a\s+friend|on\s+(?:${platforms})))?(?:\s*\(${FILE_ASIDE}\))?\s*[.!]?$`,
      ar: String.raw`^(?:غرد|غردوا|غردي|شارك|شاركوا|شاركي|انشر|انشروا|انشري|ارسل|ارسلوا|ارسلي|ابعث|ابعثوا|اطبع)\s+(?:(?:هذا|هذه)\s+)?${notices}(?:\s+(?:مع\s+(?:اصدقائك|اصدقائكم)|(?:ل|الى)\s*(?:اصدقائك|اصدقائكم|صديقك)|على\s+(?:${platforms})))?(?:\s*\(${FILE_ASIDE}\))?\s*[.!]?$`,
      maxLength: 60,
    }),
    pattern(lang, {
      // "Post this story to your Facebook timeline", "Share it on your WhatsApp status", "انشر الخبر على صفحتك في
      // فيسبوك", "شاركوا المقال على حساباتكم": the piece put on the reader's own page on a platform; "Post this
      // story on your timeline, the police warned" says who.
      name: 'share-to-own-page',
      kind: 'share',
      where: 'anywhere',
      en: String.raw`^(?:post|share|add|pin|put)\s+(?:(?:this|the)\s+(?:${pieces})\s+|it\s+|this\s+)?(?:to|on)\s+${ownPage}\s*[.!]?$`,
      ar: String.raw`^(?:انشر|انشروا|انشري|شارك|شاركوا|شاركي|اضف|اضيفوا)\s+(?:(?:هذا|هذه)\s+)?(?:(?:${pieces})\s+)?(?:على|في)\s+${ownPage}\s*[.!]?$`,
      maxLength: 70,
    }),
    pattern(lang, {
      // "Listen to Observer Radio 91.1 FM live", "Tune in to 104.5 FM", "استمعوا إلى إذاعة طنجة على 91.1 إف إم
      // مباشرة": a station by its frequency, its name before it; "Listen to the minister on 91.1 FM, he urged"
      // says more.
      name: 'advertisement-station-frequency',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:listen\s+(?:live\s+)?to|tune\s+(?:in\s+)?to|tune\s+in\s+on)\s+(?:(?<value>(?:the\s+)?[\p{L}\p{N}'’&.-]+(?:\s+[\p{L}\p{N}'’&.-]+){0,3}?)\s+)?${frequency}(?:\s+(?:live|now|online))?(?:\s+(?:and|or)\s+online)?\s*[.!]?$`,
      ar: String.raw`^(?:استمع|استمعوا|استمعي|تابع|تابعوا|تابعي)\s+(?:(?:الى|ل)\s*)?(?:(?<value>\p{L}+(?:\s+\p{L}+){0,3}?)\s+)?${frequency}(?:\s+(?:مباشره|على\s+الهواء(?:\s+مباشره)?|الان))?\s*[.!]?$`,
      maxLength: 80,
    }),
    pattern(lang, {
      // "Subscribe to Penguin News", "اشترك في موقع طنجة نيوز": an outlet subscribed to by its name, a word of an
      // outlet in it (`advertisement-print-issue` reads "magazine" and "today"); "Subscribe to Netflix" and
      // "Subscribe to the Times' view that …" stay.
      name: 'advertisement-subscribe-outlet',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^subscribe\s+to\s+(?<value>(?:the\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+[\p{L}\p{N}'’&.-]+){0,3}?)(?<!\.)\s*[.!]?$`,
      ar: String.raw`^(?:اشترك|اشتركوا|اشتركي)\s+(?:في|ب)\s*(?<value>\p{L}+(?:\s+\p{L}+){0,2}?)(?:\s+[\d٠-٩]{1,3})?\s*[.!]?$`,
      maxLength: 60,
    }),
    pattern(lang, {
      // "Donate now to Qatar Charity", "تبرّع الآن لقطر الخيرية": the appeal's button with the charity by its
      // name (`advertisement-donate-now` is the button alone); "Donate now to the flood victims, the mayor
      // urged" says more.
      name: 'advertisement-donate-to-name',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:please\s+)?(?:donate|give)\s+(?:now|today|online)\s+(?:to|for)\s+(?<value>(?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+[\p{L}'’&.-]+){0,4}?)\s*[.!]?$`,
      ar: String.raw`^(?:(?:يرجى|الرجاء)\s+)?(?:تبرع|تبرعوا|تبرعي)\s+(?:الان|اليوم)\s+(?:لصالح|الى|ل)\s*(?<value>\p{L}+(?:\s+\p{L}+){0,3}?)\s*[.!]?$`,
      maxLength: 60,
    }),
    pattern(lang, {
      // "Get tickets for the West Indies series", "Book your tickets now", "احجز تذكرتك للمباراة", "التذاكر
      // متاحة الآن": a ticket plug; "Get tickets for the ferry at the harbour office before Friday, officials
      // said" and "احجز تذكرتك للمباراة قبل أن تنفد، قال النادي" say more.
      name: 'advertisement-tickets',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:get|buy|book|grab|order|reserve|secure)\s+(?:your\s+)?(?:(?:match|season|event|concert|show)\s+)?tickets?(?:\s+(?:now|today|here|online))?(?:\s+(?:for|to)\s+(?<value>(?:the\s+)?[\p{L}\p{N}'’&.-]+(?:\s+[\p{L}\p{N}'’&.-]+){0,4}?))?(?:\s+(?:now|today|here|online))?\s*[.!]?$|^tickets?\s+(?:are\s+)?(?:now\s+)?(?:on\s+sale|available)(?:\s+(?:now|here|online))?\s*[.!]?$`,
      ar: String.raw`^(?:احجز|احجزوا|احجزي|اشتر|اشتروا|احصل\s+على|احصلوا\s+على|لحجز|للحصول\s+على)\s+(?:تذكرتك|تذكرتكم|تذاكرك|تذاكركم|(?:ال)?تذاكر|(?:ال)?تذكره)(?:\s+(?:الان|اليوم|من\s+هنا))?(?:\s+(?:ل|الى|في)\s*(?<value>\p{L}+(?:\s+\p{L}+){0,3}?))?(?:\s+(?:الان|اليوم|من\s+هنا))?\s*[.!]?$|^(?:ال)?تذاكر\s+(?:متاحه|متوفره|معروضه)(?:\s+(?:للبيع|للحجز))?(?:\s+(?:الان|هنا))?\s*[.!]?$`,
      maxLength: 60,
    }),
    pattern(lang, {
      // "Letters: write to Penguin News", "Write to Penguin News", "رسائل القراء: اكتبوا إلى طنجة 24": the letters
      // page sent to an outlet by its name (`comments-letters-heading` reads "the editor"); "Write to the
      // Minister" and "Letters: write to your MP about the cuts" are pleas.
      name: 'comments-letters-to-outlet',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?:(?:(?:readers['’]?\s+|your\s+)?letters|mailbag|mailbox)\s*[:\-–—]\s*)?(?:write|send\s+(?:your\s+)?letters|email|e-mail)\s+(?:to\s+)?(?<value>(?:the\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+[\p{L}\p{N}'’&.-]+){0,3}?)\s*[.!]?$`,
      ar: String.raw`^(?:(?:(?:رسائل|بريد)\s+(?:ال)?(?:قراء|قارئ)|رسائل|الرسائل)\s*[:\-–—]\s*)?(?:اكتب|اكتبوا|اكتبي|راسل|راسلوا|راسلي|ارسلوا\s+رسائلكم|ارسل\s+رسالتك)\s+(?:(?:الى|ل)\s*)?(?<value>\p{L}+(?:\s+\p{L}+){0,3}?)(?:\s+[\d٠-٩]{1,3})?\s*[.!]?$`,
      maxLength: 70,
    }),
    // "التعليقات المنشورة لا تعبر عن رأي طنجة 24", "آراء القراء لا تمثل موقف موقع شمال بوست": the comments disowned by
    // the outlet by its name (`comments-writers-own` reads "الموقع"); round 36: the opinions "in the comments"
    // ("الآراء الواردة في التعليقات لا تمثل نورث برس"); English's "Published comments do not reflect the
    // views of Penguin News" is `disclaimer`'s already. "… لا تعبر عن رأي الأغلبية في المدينة" names no outlet.
    ...onlyIn('ar', lang, {
      name: 'comments-not-outlet-name',
      kind: 'comments',
      where: 'anywhere',
      regex: String.raw`^(?:(?:ال)?تعليقات|(?:ال)?اراء)(?:\s+(?:المنشوره|الوارده|(?:ال)?قراء|(?:ال)?زوار|(?:ال)?معلقين))?(?:\s+(?:في|ضمن)\s+(?:ال)?تعليقات)?\s+لا\s+(?:تعبر\s+(?:بالضروره\s+)?عن|يعبر\s+(?:بالضروره\s+)?عن|تمثل|تعكس|تلزم)(?:\s+بالضروره)?\s+(?:(?:راي|اراء|موقف|وجهه\s+نظر)\s+)?(?<value>\p{L}+(?:\s+\p{L}+){0,3}?)(?:\s+[\d٠-٩]{1,3})?\s*[.!]?$`,
      maxLength: 90,
    }),
    pattern(lang, {
      // "119 thoughts on “Squid licences fetch a record price”", "One response to “…”", "12 فكرة حول “…”", "رد واحد
      // على «…»": a comment list's heading as WordPress prints it, the count and the piece's title quoted.
      name: 'comments-thoughts-on',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?:\d[\d,]*|one|two|three)\s+(?:thoughts?|responses?|replies|reply|comments?)\s+(?:on|to)\s+["“”„'‘’].{2,160}["“”'‘’]\s*$`,
      ar: String.raw`^(?:[\d٠-٩][\d٠-٩,]*\s+(?:فكره|افكار|ردود|رد|ردا|تعليق|تعليقات|تعليقا)|(?:رد|فكره|تعليق)\s+(?:واحد|واحده))\s+(?:على|حول|عن)\s+["“”„'‘’].{2,160}["“”'‘’]\s*$`,
      maxLength: 200,
    }),
    pattern(lang, {
      // "عدد الآراء المنشورة: 200", "(146) تعليقات", "Published comments: 200", "(146) Comments": a count of the
      // comments by another word or before the word (`comments-line` reads "عدد التعليقات: 81"); "عدد الآراء
      // تضاعف" and "(3) Comments were removed" say more.
      name: 'comments-count-worded',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?:(?:number\s+of\s+)?(?:published|reader|readers['’]?)\s+(?:comments|opinions|responses|replies)|number\s+of\s+(?:comments|opinions|responses|replies))\s*:?\s*\(?\d[\d,]*\)?$|^\(\s*\d[\d,]*\s*\)\s*(?:comments?|replies|responses|thoughts)$`,
      ar: String.raw`^(?:(?:عدد\s+)?(?:ال)?(?:اراء|تعليقات|ردود|مشاركات)\s+(?:ال)?(?:منشوره|قراء|زوار)|عدد\s+(?:ال)?(?:اراء|ردود|مشاركات))\s*:?\s*\(?[\d٠-٩][\d٠-٩,]*\)?$|^\(\s*[\d٠-٩][\d٠-٩,]*\s*\)\s*(?:تعليقات|تعليق|تعليقا|ردود|رد|اراء)$`,
      maxLength: 50,
    }),
    pattern(lang, {
      // "أخبار المنتخبات الوطنية", "National teams news": a section's news by its subject, a heading over a list;
      // "أخبار المنتخبات الوطنية تصل متأخرة" goes on, and "Good news" judges.
      name: 'related-subject-news',
      kind: 'related',
      where: 'anywhere',
      en: String.raw`^(?!(?:good|bad|fake|big|great|sad|old|no|some|any|happy|grim|welcome|mixed|worse|better|breaking|the|more|other|latest|this|that|real)\s)\p{L}[\p{L}'’-]+(?:\s+\p{Ll}[\p{L}'’-]+){0,2}\s+news\s*[:.…]*$`,
      ar: String.raw`^اخبار\s+(?:ال\p{L}{2,}(?:\s+ال\p{L}{2,}){0,2}|\p{L}{2,}يه)\s*[:.…]*$`,
      maxLength: 45,
    }),
    pattern(lang, {
      // "Listen live on our app", "Watch live on our YouTube channel", "استمع مباشرة", "شاهد البث المباشر على
      // قناتنا", "Live radio", "البث المباشر": the outlet's own live stream offered, or its heading; "Watch live
      // as the minister speaks" says more.
      name: 'advertisement-live-stream',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:(?:listen|watch|tune\s+in)\s+(?:live|to\s+the\s+live\s+stream|to\s+our\s+live\s+stream)(?:\s+(?:now|here|online))?(?:\s+(?:on|via|in)\s+(?:our\s+)?(?:app|website|site|(?:${platforms})(?:\s+(?:channel|page))?))?|live\s+(?:radio|tv|stream|streaming|broadcast)|(?:radio|tv)\s+live)\s*[.!]?$`,
      ar: String.raw`^(?:(?:استمع|استمعوا|استمعي|شاهد|شاهدوا|شاهدي|تابع|تابعوا|تابعي)\s+(?:مباشره|مباشر|الينا\s+مباشره|(?:ال)?بث\s+(?:ال)?مباشر|للبث\s+المباشر)(?:\s+(?:الان|هنا))?(?:\s+(?:على|عبر|في)\s+(?:تطبيقنا|موقعنا|قناتنا(?:\s+على\s+(?:${platforms}))?|صفحتنا(?:\s+على\s+(?:${platforms}))?|(?:${platforms})))?|(?:ال)?بث\s+(?:ال)?مباشر|(?:ال)?(?:راديو|اذاعه|تلفزيون)\s+(?:ال)?مباشر|(?:ال)?(?:راديو|اذاعه)\s+مباشره)\s*[.!]?$`,
      maxLength: 70,
    }),
    // "استمعوا لإذاعة طنجة مباشرة": a station by its word joined to "ل", live (`advertisement-watch-live` wants "إلى"
    // or a space; English's "Listen to Radio Anguilla live" is its already).
    ...onlyIn('ar', lang, {
      name: 'advertisement-station-joined',
      kind: 'advertisement',
      where: 'anywhere',
      regex: String.raw`^(?:استمع|استمعوا|استمعي|تابع|تابعوا|تابعي)\s+ل(?<value>(?:اذاعه|راديو|قناه|تلفزيون)\s+\p{L}+(?:\s+\p{L}+){0,2}?)(?:\s+[\d٠-٩]{1,3}(?:[.,][\d٠-٩])?)?\s+(?:مباشره|على\s+الهواء(?:\s+مباشره)?|الان)\s*[.!]?$`,
      maxLength: 70,
    }),
    pattern(lang, {
      // "Donate", "Give to the RNS appeal", "Make a gift to RNS", "تبرّع", "تبرع لحملة الشتاء الدافئ", "ساهم معنا",
      // "Help us reach our goal", "ساعدنا في الوصول إلى هدفنا": an appeal's button and its words; "Donate to the
      // clinic, the mayor urged" and "تبرع بكليته لأخيه" say more.
      name: 'advertisement-give',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:please\s+)?(?:donate|give\s+now|(?:make|give)\s+a\s+(?:gift|donation)\s+to\s+(?<value>(?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+[\p{L}'’&.-]+){0,3}?)|give\s+to\s+(?:the\s+)?(?<value>\p{Lu}[\p{L}'’&.-]*(?:\s+[\p{L}'’&.-]+){0,3}?)\s+(?:appeal|campaign|fund)|(?:help|support)\s+us(?:\s+(?:reach|meet|hit)\s+our\s+(?:goal|target))?|give\s+with\s+us)(?:\s+(?:now|today))?\s*[.!]?$`,
      ar: String.raw`^(?:(?:يرجى|الرجاء)\s+)?(?:(?:تبرع|تبرعوا|تبرعي)(?:\s+(?:ل|لصالح\s+)(?<value>(?:حمله|مشروع|صندوق|حملات)\s+\p{L}+(?:\s+\p{L}+){0,2}?))?|(?:ساهم|ساهموا|ساهمي|تبرع|تبرعوا)\s+معنا|(?:ساعدنا|ساعدونا|ادعمنا|ادعمونا)(?:\s+(?:في|على)\s+(?:ال)?(?:وصول|بلوغ)\s+(?:الى\s+)?(?:هدفنا|الهدف))?)(?:\s+(?:الان|اليوم))?\s*[.!]?$`,
      maxLength: 60,
    }),
    pattern(lang, {
      // "Book now", "Book your seat now", "Buy tickets online at windiescricket.com", "احجز الآن", "احجز مقعدك":
      // a booking button, or the tickets' address; "Book now, the hotels warned" says more.
      name: 'advertisement-book-now',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:book|reserve)\s+(?:now|today|online|(?:your|a)\s+(?:seat|seats|place|spot|table)(?:\s+(?:now|today|online))?)\s*[.!]?$|^(?:get|buy|book)\s+(?:your\s+)?tickets?\s+(?:online\s+)?(?:at|from|on)\s+(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\s*[.!]?$`,
      ar: String.raw`^(?:احجز|احجزوا|احجزي)\s+(?:الان|اليوم|(?:مقعدك|مقعدكم|مقاعدكم|مكانك|مكانكم)(?:\s+(?:الان|اليوم))?)\s*[.!]?$|^(?:احجز|احجزوا|اشتر|اشتروا)\s+(?:تذكرتك|تذكرتكم|تذاكرك|تذاكركم|(?:ال)?تذاكر)\s+(?:عبر|على|من)\s+(?:موقع\s+)?(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\s*[.!]?$`,
      maxLength: 70,
    }),
    pattern(lang, {
      // "News in brief", "In brief", "Elsewhere on the site", "موجز الأخبار", "أخبار متفرقة", "في السياق ذاته",
      // "أيضاً على الموقع": a list's heading by what it gathers or where, alone on its line ("في السياق ذاته، قال
      // الوزير …" goes on).
      name: 'related-brief-heading',
      kind: 'related',
      where: 'anywhere',
      en: String.raw`^(?:(?:news\s+)?in\s+brief|news\s+(?:roundup|round-up|briefs)|briefly|elsewhere\s+(?:on|in|at)\s+(?:the\s+|our\s+)?(?:site|website|paper|magazine|network)|also\s+on\s+(?:the\s+|our\s+)?(?:site|website)|on\s+the\s+same\s+(?:subject|theme|topic))\s*[:.…]*$`,
      ar: String.raw`^(?:موجز\s+(?:ال)?اخبار|(?:ال)?اخبار\s+(?:متفرقه|منوعه|باختصار)|(?:ال)?اخبار\s+في\s+سطور|(?:و)?في\s+(?:نفس\s+)?(?:ال)?سياق(?:\s+(?:ذاته|نفسه|متصل))?|(?:ايضا|كذلك)\s+على\s+(?:ال)?موقع|في\s+مكان\s+اخر\s+على\s+(?:ال)?موقع)\s*[:.…]*$`,
      maxLength: 40,
    }),
    pattern(lang, {
      // "Write a letter to the editor", "Send us a letter", "اكتب رسالة إلى المحرر", "أرسل لنا رسالة": the letters
      // page's call; "Write a letter to your MP" and "أرسل رسالة إلى الوزير" are pleas.
      name: 'comments-send-letter',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?:write|send)\s+(?:us\s+)?an?\s+letter(?:\s+to\s+(?:the\s+)?(?:editors?|magazine|paper|newspaper))?(?:\s+(?:here|today))?\s*[.!]?$`,
      ar: String.raw`^(?:اكتب|اكتبوا|اكتبي|ارسل|ارسلوا|ارسلي|ابعث|ابعثوا)\s+(?:لنا\s+|الينا\s+)?رساله(?:\s+(?:لنا|الينا|(?:الى|ل)\s*(?:ال)?(?:محرر|تحرير|مجله|صحيفه|جريده)))?(?:\s+(?:هنا|اليوم))?\s*[.!]?$`,
      maxLength: 50,
    }),
    pattern(lang, {
      // "Official partner of CWI", "Official broadcaster of the West Indies series", "الشريك الرسمي للاتحاد",
      // "الناقل الرسمي للبطولة": a sponsor's slot by its title and whose it is; "Official partner of the
      // government in the talks, he said" says more.
      name: 'advertisement-official-partner',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:the\s+)?official\s+(?:partner|sponsor|supplier|broadcaster|airline|carrier|kit\s+supplier|timekeeper|media\s+partner)\s+(?:of|to|for)\s+(?<value>(?:the\s+)?[\p{L}\p{N}'’&.-]+(?:\s+[\p{L}\p{N}'’&.-]+){0,4}?)\s*[.!]?$`,
      ar: String.raw`^(?:ال)?(?:شريك|راعي|مزود|ناقل|موفر)\s+(?:ال)?(?:رسمي|اعلامي\s+(?:ال)?رسمي)\s+(?:لل|ل)(?<value>\p{L}+(?:\s+ال\p{L}+){0,2})\s*[.!]?$`,
      maxLength: 70,
    }),
    pattern(lang, {
      // "Shop now", "Register now", "Vote now", "Apply today", "تسوّق الآن", "سجّل الآن", "صوّت الآن": a page's button
      // of what it offers, a verb and "now" or "today" alone; "Vote now, the president urged" says more.
      name: 'advertisement-act-now',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:shop|buy|order|register|apply|vote|enrol|enroll|join|sign\s+up|start|try\s+it|download|install|learn\s+more|find\s+out\s+more)\s+(?:now|today|here|online)\s*[.!]?$`,
      ar: String.raw`^(?:تسوق|تسوقوا|تسوقي|اشتر|اشتروا|اطلب|اطلبوا|سجل|سجلوا|سجلي|قدم|قدموا|صوت|صوتوا|صوتي|انضم|انضموا|انضمي|ابدا|حمل|حملوا|نزل|ثبت|اعرف\s+المزيد|اكتشف)\s+(?:الان|اليوم|هنا)\s*[.!]?$`,
      maxLength: 30,
    }),
    pattern(lang, {
      // "Take our survey", "Enter the competition", "Win tickets to the final", "Play the quiz", "شارك في الاستطلاع",
      // "شارك في المسابقة", "اربح تذاكر النهائي", "العب الاختبار": a page's contest, poll or quiz offered; "Take our
      // survey results with a pinch of salt" and "شارك في المسابقة ثلاثون فريقاً" say more.
      name: 'advertisement-contest',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:(?:take|complete|fill\s+in|fill\s+out)\s+(?:our|the|this)\s+(?:survey|poll|quiz|questionnaire)|(?:enter|join)\s+(?:our|the|this)\s+(?:competition|contest|giveaway|draw|sweepstakes)|(?:play|try|take)\s+(?:our|the|this)\s+(?:quiz|puzzle|crossword|game)|(?:win|be\s+in\s+(?:with\s+)?a\s+chance\s+to\s+win)\s+(?:tickets?|a\s+trip|prizes?|a\s+prize|a\s+copy|two\s+tickets)(?:\s+(?:to|for)\s+(?:the\s+)?[\p{L}\p{N}'’&.-]+(?:\s+[\p{L}\p{N}'’&.-]+){0,3}?)?|vote\s+in\s+(?:our|the|this)\s+poll)(?:\s+(?:now|today|here))?\s*[.!]?$`,
      ar: String.raw`^(?:(?:شارك|شاركوا|شاركي|ساهم)\s+في\s+(?:ال)?(?:استطلاع|استبيان|مسابقه|سحب|تصويت)(?:\s+(?:ال)?(?:اسبوعي|اسبوعيه|شهري|شهريه|يومي|يوميه|الكبرى))?|(?:اجب|اجيبوا|املا|املئي|املاوا)\s+(?:على\s+)?(?:ال)?(?:استطلاع|استبيان)|(?:العب|العبوا|العبي|جرب|جربوا)\s+(?:ال)?(?:اختبار|لعبه|الغاز)|(?:اربح|اربحوا|اربحي|فز|فوزوا)\s+(?:ب)?(?:تذاكر|تذكرتين|تذكره|جوائز|جائزه|رحله|نسخه)(?:\s+(?:ال)?\p{L}+){0,3})(?:\s+(?:الان|اليوم|هنا))?\s*[.!]?$`,
      maxLength: 60,
    }),
    pattern(lang, {
      // "Volunteer with us", "Join us", "Contact us", "Call us on 268-462-0000", "تطوّع معنا", "انضم إلينا", "اتصل بنا",
      // "اتصلوا بنا على الرقم 0539000000": the body's own call to the reader, alone on its line; "Join us, the
      // rebels told the villagers" says more.
      name: 'advertisement-with-us',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:(?:volunteer|work|partner|give)\s+with\s+us|join\s+us(?:\s+(?:today|now))?|contact\s+us|get\s+in\s+touch(?:\s+with\s+us)?|(?:call|phone|text|whatsapp|email)\s+us(?:\s+(?:on|at)\s*:?\s*(?:\+?[\d][\d ()-]{5,}|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+))?)\s*[.!]?$`,
      ar: String.raw`^(?:(?:تطوع|تطوعوا|تطوعي|اعمل|اعملوا)\s+معنا|(?:انضم|انضموا|انضمي)\s+(?:الينا|لنا)(?:\s+(?:اليوم|الان))?|(?:اتصل|اتصلوا|اتصلي|تواصل|تواصلوا|تواصلي|راسلنا|راسلونا)(?:\s+(?:بنا|معنا))?(?:\s+(?:على|عبر)\s*(?:ال)?(?:رقم|هاتف|واتساب|بريد\s+(?:ال)?الكتروني)?\s*:?\s*(?:\+?[\d٠-٩][\d٠-٩ ()-]{5,}|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+))?)\s*[.!]?$`,
      maxLength: 60,
    }),
    pattern(lang, {
      // "Send us your photos", "Got a story? WhatsApp us on +1 268 555 0100", "أرسل صورك", "لديك خبر؟ راسلنا على
      // واتساب 0661000000": the reader's news, photos or videos asked for, maybe a number to send them to
      // (`comments-newsroom-contact` takes an address); "Send us your photos of the flood, the mayor asked" says more.
      name: 'comments-send-us',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?:(?:(?:do\s+you\s+have|have|got)\s+(?:a|an|any)\s+(?:news\s+)?(?:story|tip|tips|stories|photos?|videos?)\b[^?.!]{0,30}\?\s*)?(?:(?:send|share|email|whatsapp)\s+us\s+your\s+(?:photos|pictures|videos|news|stories|tips)|(?:whatsapp|call|text|message)\s+us)(?:\s*(?:on|at|via|:)\s*(?:\+?[\d][\d ()-]{5,}|(?:${platforms})))?|(?:(?:do\s+you\s+have|have|got)\s+(?:a|an|any)\s+(?:news\s+)?(?:story|tip|tips|stories|photos?|videos?)\b[^?.!]{0,30}\?))\s*[.!]?$`,
      ar: String.raw`^(?:(?:(?:هل\s+)?(?:لديك|لديكم|عندك|عندكم)\s+(?:خبر|قصه|معلومه|صور|صوره|فيديو)(?:\s+[^؟?.!]{0,30})?\s*[؟?]\s*)?(?:(?:ارسل|ارسلوا|ارسلي|شارك|شاركوا|ابعث|ابعثوا)\s+(?:لنا\s+|الينا\s+)?(?:صورك|صوركم|فيديوهاتك|فيديوهاتكم|اخبارك|اخباركم|قصتك|قصصكم)(?:\s+(?:لنا|الينا))?|(?:راسلنا|راسلونا|اتصل\s+بنا|اتصلوا\s+بنا|تواصل\s+معنا|تواصلوا\s+معنا))(?:\s+(?:على|عبر)\s*(?:(?:ال)?رقم\s+|(?:${platforms})\s*:?\s*)?(?:\+?[\d٠-٩][\d٠-٩ ()-]{5,})?)?)\s*[.!]?$`,
      maxLength: 90,
    }),
    pattern(lang, {
      // "Report abuse", "Report this comment", "أبلغ عن إساءة", "أبلغ عن هذا التعليق": a comment's button.
      name: 'comments-report-abuse',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?:report\s+(?:abuse|this\s+comment|comment|inappropriate\s+content)|flag\s+(?:this\s+)?comment)\s*[.!]?$`,
      ar: String.raw`^(?:(?:ابلغ|ابلاغ|الابلاغ|بلغ)\s+عن\s+(?:(?:ال)?اساءه|هذا\s+(?:ال)?تعليق|(?:ال)?تعليق(?:\s+(?:ال)?مسيء)?|محتوى\s+(?:غير\s+لائق|مسيء)))\s*[.!]?$`,
      maxLength: 40,
    }),
    pattern(lang, {
      // "Advertising rates", "Ad packages", "أسعار الإعلانات", "باقات الإعلان": the page's own offer to advertisers.
      name: 'advertisement-rates',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:(?:our\s+)?(?:advertising|ad|advert)\s+(?:rates|prices|packages|options|rate\s+card|media\s+kit)|media\s+kit|rate\s+card)\s*[:.…]*$`,
      ar: String.raw`^(?:اسعار|باقات|عروض)\s+(?:ال)?(?:اعلانات|اعلان)(?:\s+(?:في|على)\s+(?:ال)?(?:موقع|صحيفه|جريده|مجله))?\s*[:.…]*$`,
      maxLength: 40,
    }),
    pattern(lang, {
      // "Get the latest news on your phone", "Get breaking news on WhatsApp", "احصل على آخر الأخبار على هاتفك": the
      // news offered where the reader carries it (`related-signup-box` reads an inbox).
      name: 'related-news-on-phone',
      kind: 'related',
      where: 'anywhere',
      en: String.raw`^(?:get|receive)\s+(?:the\s+|our\s+)?(?:(?:latest|top|breaking|daily)\s+)*(?:news|stories|headlines|updates|alerts)(?:\s+(?:and|&)\s+(?:updates|alerts))?\s+(?:on|to|via)\s+(?:your\s+)?(?:phone|mobile|smartphone|(?:${platforms}))(?:\s+(?:for\s+free|free))?\s*[.!]?$`,
      ar: String.raw`^(?:احصل|احصلي|احصلوا|تلق|تلقى|تلقوا)\s+(?:على\s+)?(?:اخر|احدث|اهم|ابرز)\s+(?:ال)?(?:اخبار|عناوين|مستجدات)(?:\s+(?:ال)?عاجله)?\s+(?:على|عبر|في)\s+(?:هاتفك|جوالك|هواتفكم|هاتفكم|(?:${platforms}))(?:\s+مجانا)?\s*[.!]?$`,
      maxLength: 70,
    }),
  ];
}).flat();

// Round 36: blind-47's prompts, as the classes a hundred other sites print them in, in both languages: a
// comment box's notes (moderated, closed on a kind of piece, a count on the piece, the others in it, a reply
// asked for, feedback on the piece), the page's buttons with what they are for (applying for the next
// edition, advertising in the outlet by its name, planning a visit, following live), local journalism
// supported in a place.
const NOTES_AND_BUTTONS: PatternSpec[] = eachLang((lang): PatternSpec[] => {
  const table = LABELS[lang];
  const pieces = alt(table.pieces);
  // A name, as an outlet or a place is written: capitalised in English ("Penguin News", "the Virgin Islands");
  // in Arabic a few words that read as no clause, with no particle and no digit among them.
  const aName = (value: string | undefined, most = 4) =>
    value !== undefined &&
    value.split(/\s+/u).length <= most &&
    !readsAsClause(value, lang, value) &&
    (lang === 'en'
      ? /^(?:the\s+)?\p{Lu}/u.test(value) && isOutletName(value.replace(/^the\s+/iu, ''), lang)
      : !/[\d٠-٩]/u.test(value) && !foldedWords(value).some((w) => isParticle(w) || AR_DATE_WORDS.has(w)));
  const checks: Record<string, ShapeCheck> = {
    'advertisement-advertise-in-outlet': (_line, value) => aName(value),
    'advertisement-support-journalism-in': (_line, value) =>
      lang === 'en' ? value !== undefined && /^(?:the\s+)?\p{Lu}/u.test(value) : aName(value, 3),
  };
  for (const [name, check] of Object.entries(checks)) DEFAULT_CHECKS[`${name}-${lang}`] = check;
  // What a body's page puts out, which its comment box may be closed on ("البيانات الرسمية", "press releases").
  const notices =
    lang === 'en'
      ? String.raw`(?:official\s+|press\s+|media\s+|news\s+)?(?:releases?|statements?|announcements?|notices?|bulletins?)`
      : String.raw`(?:ال)?(?:بيانات|بلاغات|اعلانات|تعميمات|نشرات)(?:\s+(?:ال)?(?:رسميه|صحفيه))?`;
  return [
    pattern(lang, {
      // "Comments are moderated and may take time to appear", "التعليقات تخضع للمراجعة وقد تستغرق وقتاً قبل
      // ظهورها": the comment box's note on moderation, with when a comment shows (`comments-line` reads the
      // note alone); "Comments are moderated by volunteers, she said" says who.
      name: 'comments-moderated-note',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?:all\s+)?(?:comments|replies)\s+(?:are|will\s+be|may\s+be)\s+(?:moderated|reviewed|checked|pre-moderated)(?:\s+(?:and|so\s+they)\s+(?:may|might|will|can)\s+(?:take\s+(?:some\s+)?(?:time|a\s+while)\s+to\s+(?:appear|show|be\s+published)|not\s+appear\s+(?:immediately|straight\s+away|at\s+once))|\s+before\s+(?:they\s+)?(?:appear|are\s+published|publication|appearing))\s*[.!]?$`,
      ar: String.raw`^(?:جميع\s+)?(?:ال)?(?:تعليقات|ردود)\s+(?:تخضع|خاضعه)\s+(?:لل|ل)(?:مراجعه|رقابه|اشراف|تدقيق)(?:\s+(?:و)?(?:قد\s+)?(?:تستغرق|يستغرق|ياخذ|تاخذ)\s+(?:نشرها\s+)?(?:بعض\s+)?(?:الوقت|وقتا)(?:\s+(?:قبل|حتى)\s+(?:ظهورها|نشرها|تظهر|تنشر))?|\s+قبل\s+(?:ظهورها|نشرها))\s*[.!]?$`,
      maxLength: 90,
    }),
    pattern(lang, {
      // "Comments are closed on press releases", "لا يمكن التعليق على البيانات الرسمية", "لا يمكن التعليق على هذا
      // المقال": the box shut on a kind of piece the page puts out; "لا يمكن التعليق على القضية" (an official's
      // words) names none.
      name: 'comments-closed-on-kind',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?:(?:comments|commenting)\s+(?:are|is)\s+(?:closed|disabled|switched\s+off|turned\s+off|not\s+(?:available|allowed|enabled|open))|you\s+cannot\s+comment)\s+(?:on|for)\s+(?:(?:this|these|all)\s+(?:${pieces}|${notices})|${notices})\s*[.!]?$`,
      ar: String.raw`^(?:لا\s+يمكن|لا\s+يمكنك|لا\s+يسمح\s+ب|يتعذر|تم\s+اغلاق)\s*(?:ال)?تعليق(?:ات)?\s+على\s+(?:(?:هذا|هذه)\s+(?:${pieces})|${notices})\s*[.!]?$`,
      maxLength: 70,
    }),
    pattern(lang, {
      // "عدد التعليقات على التقرير (54)", "Comments on this report (54)": the count of the comments on the piece
      // by its word (`comments-line` reads "عدد التعليقات (54)"); "عدد التعليقات على التقرير تجاوز 54" goes on.
      name: 'comments-count-on-piece',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?:(?:the\s+)?number\s+of\s+)?(?:comments|replies|responses)\s+(?:on|to)\s+(?:this|the)\s+(?:${pieces})\s*:?\s*\(?\d[\d,]*\)?$`,
      ar: String.raw`^عدد\s+(?:ال)?(?:تعليقات|ردود|اراء)\s+(?:على|حول)\s+(?:(?:هذا|هذه)\s+)?(?:${pieces})\s*:?\s*\(?[\d٠-٩][\d٠-٩,]*\)?$`,
      maxLength: 60,
    }),
    pattern(lang, {
      // "Join 198 others in the comments", "انضم إلى 198 آخرين في التعليقات": the box's invitation with how many
      // are in it; "Join 198 others in the march on Saturday" is another call.
      name: 'comments-join-others',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^join\s+(?:\d[\d,]*|the)\s+(?:others|other\s+readers|readers|people|commenters)\s+(?:in\s+the\s+(?:comments|comment\s+section|conversation|discussion)|(?:commenting|discussing)(?:\s+(?:on\s+)?this\s+(?:${pieces}))?)\s*[.!]?$`,
      ar: String.raw`^(?:انضم|انضموا|انضمي)\s+(?:الى\s+)?[\d٠-٩][\d٠-٩,]*\s+(?:اخرين|اخر|قارئا|قراء|معلقا|معلقين|شخصا)\s+(?:اخرين\s+)?في\s+(?:ال)?(?:تعليقات|نقاش|حوار)\s*[.!]?$`,
      maxLength: 60,
    }),
    // "اكتب رداً على هذا المقال": a reply asked for on the piece by its word (`comments` reads "اكتب تعليقاً" alone);
    // English's "Write a reply to this article" is `button`'s and `comment-prompt`'s already.
    ...onlyIn('ar', lang, {
      name: 'comments-write-reply',
      kind: 'comments',
      where: 'anywhere',
      // Round 37: the piece by its word alone ("أضف تعليقاً على المنشور").
      regex: String.raw`^(?:اكتب|اكتبوا|اكتبي|اترك|اتركوا|اتركي|اضف|اضيفوا|اضيفي)\s+(?:ردا|رد|ردك|تعليقا|تعليق|تعليقك|رايك)\s+(?:على|حول)\s+(?:(?:هذا|هذه)\s+)?(?:${pieces})\s*[.!:]?$`,
      maxLength: 50,
    }),
    pattern(lang, {
      // "لإرسال ملاحظاتكم حول النشرة", "Send us your feedback on this bulletin": the page's feedback on the
      // piece asked for; "لإرسال ملاحظاتكم حول النشرة إلى الوزارة يجب…" goes on.
      name: 'comments-send-feedback',
      kind: 'comments',
      where: 'anywhere',
      en: String.raw`^(?:to\s+send|send\s+us|share|email\s+us|tell\s+us)\s+(?:your\s+)?(?:feedback|comments|suggestions|thoughts|remarks)\s+(?:on|about)\s+(?:this|the|our)\s+(?:bulletin|newsletter|forecast|service|site|website|${pieces})\s*[:.]?$`,
      ar: String.raw`^(?:لارسال|ارسل|ارسلوا|ارسلي|شاركونا|شاركنا|للتواصل\s+بشان)\s+(?:لنا\s+)?(?:ملاحظاتكم|ملاحظاتك|ارائكم|رايك|اقتراحاتكم|اقتراحاتك)\s+(?:حول|على|بشان|عن)\s+(?:هذا\s+|هذه\s+)?(?:ال)?(?:نشره|خدمه|موقع|نشرتنا|موقعنا|${pieces})\s*[:.]?$`,
      maxLength: 60,
    }),
    pattern(lang, {
      // "أعلن معنا في نورث برس", "Advertise with us in Penguin News": the page's offer to advertisers with the
      // outlet by its name (`advertisement` reads "أعلن معنا" alone); "أعلن في مؤتمر صحفي" is a past tense.
      name: 'advertisement-advertise-in-outlet',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^advertise\s+with\s+us\s+(?:in|on|at)\s+(?<value>(?:the\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+[\p{L}\p{N}'’&.-]+){0,3}?)\s*[.!]?$`,
      ar: String.raw`^(?:اعلن|اعلنوا|اعلني)\s+معنا\s+(?:في|على|عبر)\s+(?<value>\p{L}+(?:\s+\p{L}+){0,3}?)(?:\s+[\d٠-٩]{1,3})?\s*[.!]?$`,
      maxLength: 60,
    }),
    pattern(lang, {
      // "ترشح الآن للدورة المقبلة", "Apply now for the next edition": a prize's or a programme's call for the
      // next round (`advertisement-act-now` reads "Apply now" alone); "ترشح الآن للدورة المقبلة من الانتخابات
      // بعد أن…" goes on.
      name: 'advertisement-apply-next',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:apply|register|enter|nominate|submit\s+(?:your\s+)?(?:entry|entries|application|nomination|work))\s+(?:now|today|here)(?:\s+for\s+(?:the\s+)?(?:next|upcoming|new|coming|20\d\d)\s+(?:edition|round|season|cycle|intake|award|awards|prize|competition|session))?\s*[.!]?$`,
      ar: String.raw`^(?:ترشح|ترشحوا|ترشحي|رشح|رشحوا|قدم\s+طلبك|قدموا\s+طلباتكم|سجل|سجلوا|سجلي|شارك|شاركوا|شاركي)\s+(?:الان|اليوم)(?:\s+(?:في|ل|لل|الى)\s*(?:ال)?(?:دوره|نسخه|موسم|جائزه|مسابقه|مرحله)\s+(?:ال)?(?:مقبله|قادمه|جديده))?\s*[.!]?$`,
      maxLength: 50,
    }),
    pattern(lang, {
      // "Plan your visit", "Book your stay", "خطط لزيارتك", "احجز إقامتك الآن": a tourism board's or a venue's
      // button; "Plan your visit around the tides, locals advise" says more.
      name: 'advertisement-plan-visit',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:plan|book|start\s+planning)\s+your\s+(?:visit|trip|stay|holiday|vacation|getaway|journey|weekend)(?:\s+(?:now|today|here|online))?\s*[.!]?$`,
      ar: String.raw`^(?:خطط|خططوا|خططي|احجز|احجزوا|احجزي|ابدا\s+التخطيط)\s+(?:ل)?(?:زيارتك|رحلتك|اقامتك|عطلتك|زيارتكم|رحلتكم|اقامتكم|عطلتكم)(?:\s+(?:الان|اليوم|هنا))?\s*[.!]?$`,
      maxLength: 40,
    }),
    pattern(lang, {
      // "تابع الطقس لحظة بلحظة", "Follow the weather minute by minute": the outlet's live coverage offered, one
      // word of what; "تابع الوزير المفاوضات أولاً بأول" (a past tense, its subject and object) stays.
      name: 'advertisement-follow-live',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^follow\s+(?:the\s+|our\s+)?(?:\p{L}+\s+){0,2}?(?:minute[\s-]by[\s-]minute|hour[\s-]by[\s-]hour|moment[\s-]by[\s-]moment|as\s+it\s+happens|in\s+real[\s-]time)\s*[.!]?$`,
      ar: String.raw`^(?:تابع|تابعوا|تابعي)\s+(?:ال\p{L}+\s+)?(?:لحظه\s+بلحظه|اولا\s+باول|ساعه\s+بساعه|دقيقه\s+بدقيقه)\s*[.!]?$`,
      maxLength: 50,
    }),
    pattern(lang, {
      // "Support local journalism in the Virgin Islands", "ادعم الصحافة المحلية في طنجة": the outlet's appeal with
      // where its journalism is (`advertisement-donate` reads the appeal alone); "Support local journalism in
      // the Virgin Islands, the governor urged" says more.
      name: 'advertisement-support-journalism-in',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:please\s+)?support\s+(?:local|independent|quality|public[\s-]interest|community|regional|island|our)?\s*(?:journalism|news|reporting|newsroom)\s+(?:in|on|across|for|from)\s+(?<value>(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*[.!]?$`,
      ar: String.raw`^(?:ادعم|ادعموا|ادعمي)\s+(?:ال)?(?:صحافه|اعلام)(?:\s+(?:ال)?(?:محليه|مستقله|محلي|مستقل|حره|حر))?\s+في\s+(?<value>\p{L}+(?:\s+\p{L}+){0,2}?)\s*[.!]?$`,
      maxLength: 70,
    }),
    pattern(lang, {
      // "الأعمال الفائزة في دورات سابقة", "Winning entries from previous editions", "من الدورات السابقة": a prize's page
      // listing its earlier rounds; "الفائزون في دورات سابقة حصلوا على منح" goes on, and "Past winners", "الدورات
      // السابقة" alone may head an article's own section.
      name: 'related-past-editions',
      kind: 'related',
      where: 'anywhere',
      en: String.raw`^(?:(?:the\s+)?(?:winning\s+(?:works|entries|books|titles|projects|films|photos|stories)|winners|laureates|finalists|shortlisted\s+(?:works|entries|books))\s+(?:of|from|in)\s+(?:the\s+)?(?:previous|past|earlier)\s+(?:editions|years|rounds|seasons|cycles|sessions)|from\s+(?:the\s+)?(?:previous|past|earlier)\s+(?:editions|years|rounds|seasons))\s*[:.…]*$`,
      ar: String.raw`^(?:(?:ال)?(?:اعمال|كتب|مشاريع|افلام|صور|قصص)\s+(?:ال)?(?:فائزه|مرشحه)|(?:ال)?(?:فائزون|فائزين|متاهلون)|من)\s+(?:في\s+)?(?:ال)?(?:دورات|نسخ|اعوام|سنوات|مواسم)\s+(?:ال)?(?:سابقه|ماضيه)\s*[:.…]*$`,
      maxLength: 60,
    }),
  ];
}).flat();

/**
 * Round 37: blind-48's prompts, each as the class a hundred sites print it in, in both languages: a share
 * button's state after a click, the picture offered at full size, the comment box shut on the piece or its
 * comments held for approval, the comments counted with their order, a registration for what a press centre
 * or an event gives, a volunteer asked for, the outlet supported by its name, a list of the site's own items
 * by whose they are, and a work's reuse bound to its copyright page.
 */
const STATES_AND_APPEALS: PatternSpec[] = eachLang((lang): PatternSpec[] => {
  const table = LABELS[lang];
  const pieces = alt(table.pieces);
  const outletWords = foldedSet(table.outlets);
  const listWords = {
    items: foldedSet(table.lists.items),
    relations: foldedSet(table.lists.relations),
    beside: foldedSet(table.lists.beside),
    glue: foldedSet(table.lists.glue),
  };
  // A list's heading before whose items they are: words of a list only, one of what it lists at least, and
  // (unless the owner is an event's programme) one of how they relate ("More stories", "إفصاحات سابقة").
  const listed = (value: string | undefined, needsRelation: boolean) => {
    if (value === undefined) return false;
    const words = foldedWords(value);
    if (words.length === 0 || words.length > 4) return false;
    // "More" alone lists whatever the owner puts out ("More from this station", "المزيد من هذه الوحدة").
    if (words.length === 1 && /^(?:more|المزيد|مزيد)$/u.test(words[0])) return true;
    const items = words.filter((w) => inSet(listWords.items, w, lang)).length;
    const relations = words.filter(
      (w) =>
        !inSet(listWords.items, w, lang) && (inSet(listWords.relations, w, lang) || inSet(listWords.beside, w, lang)),
    ).length;
    const glue = words.filter(
      (w) =>
        !inSet(listWords.items, w, lang) &&
        !inSet(listWords.relations, w, lang) &&
        !inSet(listWords.beside, w, lang) &&
        inSet(listWords.glue, w, lang),
    ).length;
    return items >= 1 && items + relations + glue === words.length && (!needsRelation || relations >= 1);
  };
  // Whose a site's own items are: the body whose page it is, or an event's programme they are part of.
  const owners =
    lang === 'en'
      ? String.raw`(?:unit|station|company|ministry|department|agency|office|command|authority|organi[sz]ation|institution|issuer|bureau)`
      : String.raw`(?:شركه|وحده|وزاره|محطه|هيئه|مؤسسه|جهه|اداره|قياده|مديريه|سلطه|مكتب)`;
  const programmes =
    lang === 'en'
      ? String.raw`(?:(?:official|international|main|short\s+film|feature\s+film)\s+)?(?:competition|selection|programme|program|line-?up|festival|fair|exhibition)`
      : String.raw`(?:ال)?(?:مسابقه|برنامج|مهرجان|معرض|دوره|تظاهره)(?:\s+(?:ال)?(?:دوليه|رسميه|رئيسيه|حاليه|دولي|رسمي|رئيسي))?`;
  // An event's own section, whose items need no word of how they relate ("Films in competition"); the event
  // itself does ("Events at the fair" may head a report of it, "More events at the fair" lists).
  const sections = new RegExp(
    lang === 'en'
      ? String.raw`(?:competition|selection|programme|program|line-?up)\s*[:.…]*$`
      : String.raw`(?:^|\s)(?:ال)?(?:مسابقه|برنامج)(?:\s+(?:ال)?(?:دوليه|رسميه|رئيسيه|حاليه|دولي|رسمي|رئيسي))?\s*[:.…]*$`,
    'iu',
  );
  const checks: Record<string, ShapeCheck> = {
    'related-owned-items': (line, value) => listed(value, !sections.test(foldLineText(line))),
    // The outlet by its name: a word of an outlet in it, a paper's "The" in English, or in Arabic the
    // channel's number after it ("السويداء 24", as "فرانس 24").
    'advertisement-support-outlet': (_line, value) => {
      if (value === undefined) return false;
      const name = value.replace(/\s+[\d٠-٩]{1,3}$/u, '');
      if (!isShortName(name, lang, 4)) return false;
      const outletWord = foldedWords(name).some((w) => inSet(outletWords, w, lang));
      return lang === 'en' ? outletWord || /^The\s+\p{Lu}/u.test(name) : outletWord || name !== value;
    },
  };
  for (const [name, check] of Object.entries(checks)) DEFAULT_CHECKS[`${name}-${lang}`] = check;
  return [
    pattern(lang, {
      // "Link copied!", "Copied to clipboard", "Article saved", "تم نسخ الرابط!", "تمت إضافة المقال إلى المفضلة":
      // a share or save button's state after the click, which the scrape printed; "Link copied from a phishing
      // email infected the ministry" and "تم نسخ الوثائق إلى خادم خارجي" go on or copy something else.
      name: 'share-button-state',
      kind: 'share',
      where: 'anywhere',
      en: String.raw`^(?:[✓✔✅☑]\uFE0F?\s*)?(?:(?:the\s+)?(?:(?:short|story|article|page)\s+)?(?:link|url|address|web\s+address|embed\s+code|email|e-mail|message)\s+(?:has\s+been\s+)?(?:copied|sent)|copied|(?:the\s+)?(?:article|story|page|post|link)\s+(?:has\s+been\s+)?(?:saved|bookmarked|added)|(?:saved|added|removed)(?=\s+(?:to|from)\s))(?:\s+(?:to|from)\s+(?:the\s+|your\s+)?(?:clipboard|reading\s+list|list|bookmarks|favou?rites|saved\s+(?:articles|stories|items)))?\s*[.!]*(?:\s*[✓✔✅]\uFE0F?)?$`,
      ar: String.raw`^(?:[✓✔✅☑]\uFE0F?\s*)?(?:(?:تم|تمت)\s+(?:نسخ|حفظ|اضافه|ازاله|ارسال)\s+(?:ال)?(?:رابط|عنوان|مقال|مقاله|خبر|ماده|صفحه|منشور)(?:\s+(?:ال)?(?:مختصر|قصير|مقال|خبر|ماده|صفحه|منشور|قصه))?|(?:تم|تمت)\s+(?:ال)?(?:نسخ|حفظ|اضافه|ازاله|مشاركه|ارسال)|(?:نسخ|حفظ|اضيف|ازيل)\s+(?:ال)?(?:رابط|مقال|خبر))(?:\s+(?:الى|في|من)\s+(?:ال)?(?:حافظه|مفضله|قائمه\s+(?:ال)?قراءه|محفوظات))?(?:\s+بنجاح)?\s*[.!]*(?:\s*[✓✔✅]\uFE0F?)?$`,
      maxLength: 60,
    }),
    pattern(lang, {
      // "Download Full Resolution", "Download high-res image (JPG, 4 MB)", "تحميل الصورة بدقة عالية": the picture or
      // the file offered at its full size; "Download speeds at full resolution fell" goes on.
      name: 'share-download-resolution',
      kind: 'share',
      where: 'anywhere',
      en: String.raw`^(?:download|view|save|get)\s+(?:the\s+)?(?:(?:image|photo|picture|video|file)\s+)?(?:(?:in|at)\s+)?(?:(?:(?:full|high|higher|original|hi|maximum|max|low)[\s-]?(?:resolution|res|quality|size)|full[\s-]size|original|hd|high[\s-]definition)(?:\s+(?:image|photo|picture|version|file|video|jpe?g|png))?(?:\s*\((?:jpe?g|png|tiff?|mp4|pdf|zip)?\s*,?\s*(?:[\d.,]+\s*(?:mb|kb|gb))?\))?|\((?:jpe?g|png|tiff?|mp4|zip)\s*,?\s*(?:[\d.,]+\s*(?:mb|kb|gb))?\))$`,
      ar: String.raw`^(?:تحميل|تنزيل|حمل|نزل|عرض|حفظ)\s+(?:(?:ال)?(?:صوره|صور|فيديو|ملف|نسخه)\s+)?(?:(?:(?:ب|بال)(?:دقه|جوده|حجم)\s+(?:ال)?(?:كامله|عاليه|اصليه|الاصلي|اصلي|كامل|الكامل|منخفضه)|(?:ال)?(?:اصليه|الاصلي|عاليه\s+الدقه|بدقه\s+عاليه))(?:\s+hd)?(?:\s*\((?:jpe?g|png|tiff?|mp4|pdf|zip)?\s*,?\s*(?:[\d.,]+\s*(?:mb|kb|gb|ميغابايت|ميجابايت|كيلوبايت))?\))?|\((?:jpe?g|png|tiff?|mp4|zip)\s*,?\s*(?:[\d.,]+\s*(?:mb|kb|gb|ميغابايت|ميجابايت|كيلوبايت))?\))$`,
      maxLength: 70,
    }),
    pattern(lang, {
      // "Commenting on this article has closed.", "Comments on this story have been disabled", "التعليق على هذا
      // المقال مغلق", "تم إغلاق التعليقات على هذا الخبر": the box shut, the piece named before its state;
      // "Commenting on this case has closed, the judge said" names no piece and says more.
      name: 'comments-closed-piece-state',
      kind: 'comments',
      where: 'edge',
      en: String.raw`^(?:(?:(?:guest|reader|new|all)\s+)?(?:comments|commenting|replies|discussion|the\s+comment\s+section)\s+(?:on|for|to|under)\s+(?:this|the)\s+(?:${pieces})\s+(?:(?:is|are|has|have)\s+(?:now\s+)?(?:been\s+)?)?(?:closed|disabled|ended|switched\s+off|turned\s+off|suspended)|(?:comments|commenting)\s+(?:is|are|has|have)\s+(?:now\s+)?(?:been\s+)?(?:closed|disabled|ended|switched\s+off|turned\s+off|suspended)\s+(?:on|for)\s+(?:this|the)\s+(?:${pieces})|(?:this|the)\s+(?:${pieces})\s+is\s+(?:now\s+)?closed\s+(?:for|to)\s+(?:comments|commenting|replies))\s*[.!]?$`,
      ar: String.raw`^(?:(?:ال)?(?:تعليق|تعليقات|نقاش)\s+(?:على|حول)\s+(?:(?:هذا|هذه)\s+)?(?:${pieces})\s+(?:مغلق|مغلقه|متوقف|متوقفه|معطل|معطله|غير\s+متاح|غير\s+متاحه)|(?:اغلق|اغلقت|تم\s+اغلاق|انتهت\s+فتره|توقف|اوقف|تم\s+ايقاف|تم\s+تعطيل)\s+(?:باب\s+)?(?:ال)?(?:تعليق|تعليقات)\s+(?:على|حول)\s+(?:(?:هذا|هذه)\s+)?(?:${pieces})|(?:هذا|هذه)\s+(?:${pieces})\s+(?:مغلق|مغلقه)\s+(?:امام\s+)?(?:لل|ل)?(?:تعليق|تعليقات)|(?:هذا|هذه)\s+(?:${pieces})\s+لا\s+(?:يقبل|تقبل)\s+(?:ال)?(?:تعليقات|تعليق))\s*[.!]?$`,
      maxLength: 70,
    }),
    pattern(lang, {
      // "Guest comments are held for approval", "Your comment is awaiting approval", "تعليقات الزوار بانتظار الموافقة",
      // "تخضع تعليقات الزوار للموافقة قبل النشر": the comments held until the site approves them; "Comments are held
      // for review by the committee" says whose.
      name: 'comments-held-approval',
      kind: 'comments',
      where: 'edge',
      en: String.raw`^(?:(?:all|guest|new|first[\s-]time|reader|readers'|anonymous|your)\s+)?(?:comments?|replies|reply|posts?)(?:\s+(?:from|by)\s+(?:guests|new\s+users|new\s+commenters|first[\s-]time\s+commenters|visitors|readers))?\s+(?:(?:are|is|will\s+be|may\s+be)\s+(?:held\s+(?:for|until)|awaiting|pending|subject\s+to)|(?:require|requires|need|needs|must\s+receive)|await)\s+(?:moderator\s+|editorial\s+|manual\s+)?(?:approval|moderation|review|approved)(?:\s+before\s+(?:they\s+|it\s+)?(?:appear|appears|are\s+published|is\s+published|publishing|posting))?\s*[.!]?$`,
      ar: String.raw`^(?:(?:(?:ال)?تعليقات(?:\s+(?:ال)?(?:زوار|قراء|جديده))?|تعليقك|ردك|(?:ال)?ردود)\s+(?:ب?انتظار|في\s+انتظار|تنتظر|تخضع\s+ل|خاضعه\s+ل|تحتاج\s+(?:الى\s+)?|يحتاج\s+(?:الى\s+)?)\s*(?:ال)?(?:موافقه|اعتماد)|(?:تخضع|يخضع|تحتاج|يحتاج)\s+(?:جميع\s+)?(?:ال)?(?:تعليقات|ردود)(?:\s+(?:ال)?(?:زوار|قراء))?\s+(?:لل|ل|الى\s+(?:ال)?)(?:موافقه|اعتماد))(?:\s+(?:من\s+)?(?:ال)?(?:اداره|مشرفين|محرر|الموقع))?(?:\s+قبل\s+(?:ال)?(?:نشر|ظهورها|نشرها))?\s*[.!]?$`,
      maxLength: 80,
    }),
    pattern(lang, {
      // "Comments (145) – newest first", "Comments (12) | Sort by oldest", "التعليقات (12) - الأحدث أولاً": the count
      // and the order the thread is read in.
      name: 'comments-count-order',
      kind: 'comments',
      // At the page's edge only, where a comment box stands (so the notes above): a line taken there marks the
      // edge for the short lines beside it (`besideEdgeFurniture`), as the breadcrumb's shape that took it did.
      where: 'edge',
      en: String.raw`^(?:(?:comments|replies|responses|reader\s+comments)\s*\(?\d[\d,]*\)?|\d[\d,]*\s+(?:comments|replies|responses))\s*[-|·:•]\s*(?:sort(?:ed)?\s+by\s*:?\s*)?(?:newest|oldest|latest|top|best|most\s+recent|most\s+liked|most\s+popular|popular)(?:\s+first)?\s*$`,
      ar: String.raw`^(?:(?:ال)?(?:تعليقات|ردود)(?:\s+(?:ال)?(?:قراء|زوار))?\s*\(?[\d٠-٩][\d٠-٩,]*\)?|[\d٠-٩][\d٠-٩,]*\s+(?:تعليق|تعليقا|تعليقات|رد|ردود))\s*[-|·:•]\s*(?:(?:ال)?ترتيب\s+(?:حسب|بحسب)\s*:?\s*)?(?:ال)?(?:احدث|اقدم|افضل|الاكثر\s+(?:اعجابا|تفاعلا))(?:\s+اولا)?\s*$`,
      maxLength: 60,
    }),
    pattern(lang, {
      // "سجّل للحصول على بطاقة الاعتماد الصحفي", "Register for press accreditation", "Sign up to get your free
      // pass": a registration for what a press centre, an event or the site gives; "Register to get vaccinated"
      // and "سجل للحصول على اللقاح" ask for something else.
      name: 'advertisement-register-for',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:please\s+)?(?:(?:register|sign\s+up|apply|enrol|enroll)(?:\s+(?:now|today|here|online))?\s+(?:(?:to|in\s+order\s+to)\s+(?:get|receive|obtain|claim|collect|request)\s+|for\s+)|request\s+)(?:your\s+|a\s+|an\s+|the\s+)?(?:free\s+)?(?:(?:press|media|journalist|visitor|trade|exhibitor|delegate|festival|fair|event|vip)\s+)?(?:accreditation|pass|passes|badge|badges|ticket|tickets|card|invitation|invite|access)(?:\s+(?:now|today|here|online))?\s*[.!]?$|^(?:register|sign\s+up)(?:\s+(?:now|today|here|online))?\s+to\s+attend\s*[.!]?$`,
      ar: String.raw`^(?:(?:يرجى|الرجاء)\s+)?(?:(?:سجل|سجلوا|سجلي|قدم|قدموا|قدمي)(?:\s+(?:الان|اليوم|هنا))?\s+(?:للحصول\s+على|لتحصل\s+على|لتحصلوا\s+على|لاستلام|لطلب)\s+|(?:اطلب|اطلبوا|اطلبي)\s+)(?:ال)?(?:بطاقه|بطاقتك|تذكره|تذكرتك|تذاكر|اعتماد|اعتمادك|تصريح|تصريحك|دعوه|دعوتك)(?:\s+(?:ال)?(?:اعتماد|دخول|صحفي|صحفيه|اعلامي|اعلاميه|مجانيه|مجاني|زائر|زوار|حضور|الصحفي|الاعلامي)){0,2}(?:\s+(?:الان|اليوم|مجانا))?\s*[.!]?$|^(?:سجل|سجلوا|سجلي)(?:\s+(?:الان|اليوم|هنا))?\s+(?:للحضور|لحضور\s+(?:ال)?(?:فعاليه|حفل|مهرجان|معرض|ندوه))\s*[.!]?$`,
      maxLength: 70,
    }),
    pattern(lang, {
      // "Become a lifeboat volunteer", "Volunteer today", "كن متطوعاً مع الهلال الأحمر", "تطوّع الآن": a volunteer
      // asked for (`advertisement-donor` reads "Become a member"); "He became a lifeboat volunteer in 2019" and
      // "Become a lifeboat volunteer, the coxswain urged" say more.
      name: 'advertisement-volunteer',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:(?:become|be)\s+an?\s+(?:[\p{L}-]+\s+){0,2}?(?:volunteer|fundraiser|crew\s+member|volunteer\s+fundraiser)|volunteer\s+(?:today|now|with\s+(?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+[\p{L}'’&.-]+){0,3}?))(?:\s+(?:today|now))?\s*[.!]?$`,
      ar: String.raw`^(?:(?:كن|كوني|كونوا|اصبح)\s+(?:متطوعا|متطوعه|متطوعين|من\s+(?:ال)?متطوعين)(?:\s+(?:مع|في|لدى)\s+\p{L}+(?:\s+\p{L}+){0,2}?)?|(?:تطوع|تطوعوا|تطوعي)\s+(?:الان|اليوم)(?:\s+(?:مع|في|لدى)\s+\p{L}+(?:\s+\p{L}+){0,2}?)?)(?:\s+(?:اليوم|الان))?\s*[.!]?$`,
      maxLength: 60,
    }),
    pattern(lang, {
      // "Support The Daily Herald", "Support Penguin News", "ادعم السويداء 24", "ادعموا موقع طنجة": the outlet
      // supported by its name alone; "Support Ukraine" and "ادعم الجيش" name none.
      name: 'advertisement-support-outlet',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:please\s+)?support\s+(?<value>(?:the\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+[\p{L}\p{N}'’&.-]+){0,3}?)(?:\s+(?:today|now))?\s*[.!]?$`,
      ar: String.raw`^(?:ادعم|ادعموا|ادعمي)\s+(?<value>\p{L}+(?:\s+\p{L}+){0,2}?(?:\s+[\d٠-٩]{1,3})?)(?:\s+(?:اليوم|الان))?\s*[.!]?$`,
      maxLength: 50,
    }),
    pattern(lang, {
      // "More stories from this unit", "Previous disclosures from the company", "Films of the international
      // competition", "إفصاحات سابقة للشركة", "أفلام المسابقة الدولية": a list of the site's own items by whose
      // they are; "Decisions of the ministry" (no word of how they relate) and "Films in competition include
      // three from Egypt" stay.
      name: 'related-owned-items',
      kind: 'related',
      where: 'anywhere',
      en: String.raw`^(?<value>(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+(?:from|of|by|at|in)\s+(?:(?:this|the|our)\s+)?(?:${owners}|${programmes})\s*[:.…]*$`,
      ar: String.raw`^(?<value>\p{L}+(?:\s+\p{L}+){0,3}?)\s+(?:(?:لل|ل)(?=${owners}|مسابقه|برنامج|مهرجان|معرض|دوره)|(?:من|في|عن)\s+(?:(?:هذه|هذا)\s+)?(?:ال)?|(?=ال(?:مسابقه|برنامج|مهرجان|معرض|دوره|تظاهره)))(?:${owners}|${programmes})\s*[:.…]*$`,
      maxLength: 70,
    }),
    pattern(lang, {
      // "This work, by Jane Doe, identified by DVIDS, must comply with the restrictions shown on its copyright
      // page.", "يخضع استخدام هذه الصورة للقيود المبينة في صفحة حقوق النشر": a work's reuse bound to its
      // copyright's terms; "This work must comply with the building code, the council said" names none.
      name: 'copyright-work-restrictions',
      kind: 'copyright',
      where: 'anywhere',
      en: String.raw`^(?:(?:(?:this|the)\s+(?:work|image|photo|photograph|picture|video|graphic|content|material)\b[^.;]{0,80}?\b(?:must\s+comply\s+with|is\s+subject\s+to|may\s+only\s+be\s+used\s+(?:under|according\s+to|in\s+accordance\s+with))|(?:use|reuse|reproduction)\s+of\s+this\s+(?:work|image|photo|photograph|picture|video|content|material)\s+(?:must\s+comply\s+with|is\s+subject\s+to))\s+(?:the\s+|our\s+|its\s+)?(?:(?:restrictions|terms|conditions|rules)\b[^.;]{0,60}?\b(?:copyright|licen[cs]e|licensing|terms\s+of\s+(?:use|service)|usage\s+rights)\b[^.;]{0,30}|terms\s+of\s+(?:use|service)|licen[cs]e(?:\s+terms)?|copyright(?:\s+(?:restrictions|terms|rules))?)|(?:all\s+)?(?:images|photos|photographs|pictures|videos|graphics)(?:\s+on\s+this\s+(?:site|page|website))?\s+(?:are|may\s+be)\s+subject\s+to\s+copyright(?:\s+(?:restrictions|protection))?)\s*\.?$`,
      ar: String.raw`^(?:(?:(?:يخضع|تخضع)\s+(?:(?:اعاده\s+)?(?:استخدام|استعمال|نشر)\s+)?(?:هذا|هذه)\s+(?:ال)?(?:عمل|صوره|ماده|محتوى|فيديو)(?:\s+[^.؛]{0,60}?)?\s+(?:لل|ل)(?:قيود|شروط)|(?:هذا|هذه)\s+(?:ال)?(?:عمل|صوره|ماده|محتوى|فيديو)${END}[^.؛]{0,60}?(?:يخضع|تخضع|يجب\s+ان\s+(?:يلتزم|تلتزم|يتوافق|تتوافق))\s+(?:مع\s+|ب|لل|ل)\s*(?:ال)?(?:قيود|شروط))[^.؛]{0,60}?(?:حقوق\s+(?:ال)?(?:نشر|ملكيه|طبع)|(?:ال)?ترخيص|(?:ال)?استخدام)[^.؛]{0,30}|(?:جميع\s+)?(?:ال)?(?:صور|فيديوهات|رسوم)(?:\s+(?:المنشوره\s+)?(?:على|في)\s+(?:هذا|هذه)\s+(?:ال)?(?:موقع|صفحه))?\s+(?:تخضع|يخضع)\s+(?:ل|لل)(?:حقوق\s+(?:ال)?(?:نشر|ملكيه|طبع)))\s*\.?$`,
      maxLength: 200,
    }),
  ];
}).flat();

/**
 * Round 35: a charity's appeal for whom it helps ("ساهم في كفالة يتيم", "Sponsor an orphan"), tried before
 * the provenance shapes, which would read "ساهم في" as a credit's act ("contributed to").
 */
const CHARITY_APPEALS: PatternSpec[] = eachLang((lang): PatternSpec[] => {
  // Whom a charity helps, sponsored or fed ("an orphan", "يتيم").
  const helped =
    lang === 'en'
      ? String.raw`(?:an?\s+)?(?:orphan|orphans|child|children|family|families|student|students|widow|widows)`
      : String.raw`(?:يتيم|يتيما|ايتام|طفل|طفلا|اطفال|اسره|اسر|طالب|طالبا|طلاب|صائم|صائمين|ارمله|ارامل|محتاج|محتاجين)`;
  return [
    pattern(lang, {
      // "ساهم في كفالة يتيم", "اكفل يتيماً", "Sponsor an orphan", "Help feed a family today": a charity's appeal
      // for whom it helps; "ساهم في كفالة يتيم منذ عام 2010" and "Sponsor an orphan's schooling, the imam
      // urged" say more.
      name: 'advertisement-sponsor-cause',
      kind: 'advertisement',
      where: 'anywhere',
      en: String.raw`^(?:please\s+)?(?:help\s+(?:us\s+)?)?(?:sponsor|feed|clothe|shelter)\s+${helped}(?:\s+in\s+need)?(?:\s+(?:today|now|this\s+ramadan))?\s*[.!]?$|^(?:contribute|give)\s+to\s+(?:sponsoring|feeding)\s+${helped}(?:\s+(?:today|now))?\s*[.!]?$`,
      ar: String.raw`^(?:(?:ساهم|ساهموا|ساهمي|شارك|شاركوا|شاركي)\s+(?:في|ب)\s*(?:كفاله|اطعام|كسوه|ايواء|افطار|علاج)|(?:اكفل|اكفلوا|اكفلي|اطعم|اطعموا|اطعمي))\s+${helped}(?:\s+(?:محتاج|محتاجه|محتاجين))?(?:\s+(?:الان|اليوم|في\s+رمضان))?\s*[.!]?$`,
      maxLength: 60,
    }),
  ];
}).flat();

/**
 * A pictograph standing as a kind's label (`PICTOGRAPHS`), then its value: "📷 Jane Doe", "✍️ فلان
 * الفلاني", "📰 The Harbour Post", "🏷️ Malaria, Dengue". The value must be what the kind gives — a
 * name, an outlet, short tags — so a line that opens with a pictograph and goes on as a sentence
 * ("📷 Photos from the march in Khartoum", "✍️ اكتب لنا رأيك") is no credit.
 */
const PICTOGRAPH_LABELS: PatternSpec[] = eachLang((lang) =>
  (Object.entries(PICTOGRAPHS) as [FurnitureKind, readonly string[]][]).map(([kind, pictographs]) => {
    const name = `${kind}-pictograph-${lang}`;
    DEFAULT_CHECKS[name] = (_line, value) => {
      if (value === undefined || readsAsClause(value, lang, value)) return false;
      if (kind === 'tags') return splitTags(value).every((t) => looksLikeName(t, lang, 3));
      if (kind === 'source') return isOutletName(value, lang);
      return kind === 'caption' ? isCredit(value, lang) : looksLikeName(value, lang, 4);
    };
    return {
      name,
      lang,
      kind,
      where: kind === 'caption' ? 'anywhere' : 'edge',
      regex: String.raw`^\s*(?:${pictographs.join('|')})\ufe0f?\s*[:|\-–—]?\s*(?<value>[^\d\p{So}]{2,60}?)\s*$`,
      maxLength: 80,
    } satisfies PatternSpec;
  }),
).flat();

/**
 * A writer's name with the page's button to follow them, and maybe how long the piece takes to
 * read or when it ran, between dots or bars, as blog platforms print it ("Jane Doe · Follow · 5
 * min read", "فلان الفلاني · تابع · ٣ دقائق قراءة"): a byline with no label. Without the button, a
 * name between dots is a breadcrumb's section as well.
 */
const FOLLOWED_NAMES: PatternSpec[] = eachLang((lang) =>
  pattern(lang, {
    name: 'byline-follow',
    kind: 'byline',
    check: (line, value) => {
      if (value === undefined || !isPersonName(value, lang) || readsAsClause(value, lang, value)) return false;
      const after = line
        .slice(line.indexOf(value) + value.length)
        .split(/\s*[·•|]\s*/u)
        .filter((p) => p !== '');
      const follow = after.findIndex((p) => /^(?:follow|تابع|متابعة|متابعه)$/iu.test(p.trim()));
      return follow === 0 && after.slice(1).every((p) => isTimePart(p, lang) || readDate(p, lang).rest.length === 0);
    },
    regex: String.raw`^(?<value>[^·•|\d]{3,50}?)\s*[·•|]\s*(?:follow|تابع|متابعه)(?:\s*[·•|]\s*[^·•|]{1,40}){0,2}$`,
    maxLength: 100,
  }),
);

/** Words for a link ("link", "رابط"), folded, which a label sending the reader to the source may name. */
const LINK_NOUNS = new Set(['link', 'url', 'رابط', 'الرابط', 'لرابط']);

/**
 * A label that sends the reader to the piece's own source, then the outlet ("للاطلاع على الخبر من
 * مصدره: X", "Read the story at its original source: X"): a short label that names the piece and
 * ends on the source with the piece's pronoun ("مصدره", "its source").
 */
const ITS_SOURCE: PatternSpec[] = eachLang((lang) => {
  const pieces = foldedSet(LABELS[lang].pieces);
  const own =
    lang === 'en'
      ? String.raw`(?:its|their|the)\s+(?:own\s+|original\s+)?source`
      : String.raw`(?:مصدره|مصدرها|مصادره|مصدره الاصلي|مصدرها الاصلي|المصدر الاصلي)`;
  return pattern(lang, {
    name: 'source-its-own',
    kind: 'source',
    // The label names the piece ("الخبر", "story") or the link to it ("رابط المصدر الأصلي: X", "Link
    // to the original source: X"): "عاد المرض إلى مصدره: المياه الملوثة" is news.
    check: (line, value) =>
      value !== undefined &&
      foldedWords(line.slice(0, line.indexOf(':'))).some(
        (w) => pieces.has(w) || pieces.has(`ال${w}`) || LINK_NOUNS.has(w.toLowerCase()),
      ) &&
      isOutletName(value.replace(/\.$/u, ''), lang) &&
      !readsAsClause(value, lang, value)
        ? value.replace(/\.$/u, '')
        : false,
    regex: String.raw`^(?=(?:\S+\s+){1,7}\S*:)[^:]{2,60}?${START}${own}\s*:\s*(?<value>[^:]{2,60})$`,
    maxLength: 120,
  });
});

/**
 * A label that names a role and the piece, then the person ("كاتب التدوينة: فلان", "محررة الخبر:
 * فلانة", "Author of this post: Jane Doe", "Story editor: Jane Doe"): a byline, whatever role the
 * page prints, as the piece it names says the role is the page's. So is a label that says who
 * worked on "this" piece, whatever its words ("Contributors to this report: A and B", "عمل على
 * هذا التقرير: فلان وفلانة"), before one or more names.
 */
const PIECE_ROLES: PatternSpec[] = eachLang((lang) => {
  const roles = alt(LABELS[lang].roles);
  const pieces = alt(LABELS[lang].pieces.map((p) => p.replace(/^ال/u, '')));
  const worked =
    lang === 'en'
      ? String.raw`(?:\p{L}+\s+){1,2}(?:on|to|in|for)\s+this\s+(?:${pieces})`
      : String.raw`(?:\p{L}+\s+){1,2}(?:(?:على|في|ب)\s+)?(?:هذا|هذه)\s+(?:ال)?(?:${pieces})`;
  return pattern(lang, {
    name: 'byline-piece-role',
    kind: 'byline',
    check: (line, value) =>
      value !== undefined &&
      // Words after a comma are several names ("Related to this story: Haze, Dengue" are none).
      (/[,،]/u.test(value) ? namesJoined(value, lang) : isPersonName(value, lang) || namesJoined(value, lang)) &&
      !readsAsClause(value, lang, line),
    en: String.raw`^(?:(?:${roles}|author)s?\s+of\s+(?:this|the)\s+(?:${pieces})|(?:${pieces})\s+(?:${roles}|author)s?|${worked})\s*:\s*(?<value>[^:\d]{3,80})$`,
    ar: String.raw`^(?:(?:${roles})(?:ه|ت)?\s+(?:هذا\s+|هذه\s+)?(?:ال)?(?:${pieces})|${worked})\s*:\s*(?<value>[^:\d]{3,80})$`,
    maxLength: 120,
  });
});

/** Whether `value` is two or more people's names joined ("A and B", "A, B", "فلان وفلانة"). */
function namesJoined(value: string, lang: Lang): boolean {
  const parts = value
    .replace(/\.$/u, '')
    .split(lang === 'en' ? /\s*,\s*|\s+(?:and|&)\s+/u : /\s*[,،]\s*|\s+و(?=\p{L}{2})/u)
    .filter((p) => p !== '');
  return parts.length >= 2 && parts.every((p) => isPersonName(p, lang));
}

/**
 * A piece marked as the outlet's own, then its writer ("خاص نبض تعز | فلان الفلاني", "Exclusive to
 * The Harbour Post | Jane Doe"): the dateline's label of an exclusive, the outlet, a bar, a colon or
 * a spaced dash, and a person's name — a byline, never a dateline's place ("خاص نبض تعز").
 */
const EXCLUSIVE_BYLINES: PatternSpec[] = eachLang((lang) => {
  const agencies = new Set(LABELS[lang].agencies.map((a) => foldLineText(a)));
  const exclusive = LABELS[lang].labels.dateline.filter(
    (l) => !agencies.has(foldLineText(l)) && !/correspondent|مراسل/u.test(l),
  );
  return pattern(lang, {
    name: 'byline-exclusive',
    kind: 'byline',
    check: (line, value) => {
      // A site's section after the bar is a breadcrumb's ("خاص الجزيرة | أخبار العالم").
      if (value === undefined || !isWriterName(value, lang) || namesSection(value, lang)) return false;
      const outlet = line
        .trim()
        .slice(0, line.trim().length - value.length)
        .replace(/\s*(?:[|:]|\s[-–—])\s*$/u, '')
        .split(/\s+/u)
        .slice(1)
        .join(' ')
        .replace(/^(?:to|بـ|ب)\s+/u, '');
      return outlet !== '' && (isOutletName(outlet, lang) || looksLikeOutlet(outlet, lang));
    },
    regex: String.raw`^${alt(exclusive)}${END}\s*[^|:\d]{2,40}?\s*(?:[|:]|\s[-–—])\s*(?<value>[^|:\d]{3,40})$`,
    maxLength: 100,
  });
});

/**
 * An outlet saying what it is, at the page's end, as nonprofit newsrooms sign their pieces ("X is an
 * independent, nonprofit newsroom covering the state Capitol.", "X منصة إخبارية مستقلة تغطي شؤون
 * البرلمان."): the outlet, what it is (a newsroom, a news site, an agency, a publication) with a few
 * words of what kind, then anything it says of its work. The outlet is the piece's source. A subject
 * that is no outlet's name, or a line that reports speech, stays ("The clinic is a national centre
 * that …", "Reuters is a news agency, the minister said").
 */
const SELF_KIND_EN =
  /\s(?:newsroom|news\s+organi[sz]ation|news\s+outlet|news\s+site|news\s+website|news\s+service|news\s+agency|media\s+outlet|media\s+organi[sz]ation|publication|newsletter)\b/iu;
const SELF_KIND_AR = /\s(?:اخباريه|اخباري|اعلاميه|اعلامي|صحفيه|صحفي|صحافيه|صحافي)(?![\p{L}\p{M}])/u;
const OUTLET_SELF: PatternSpec[] = eachLang((lang) => {
  // What it says of its work is a phrase, never a clause of its own ("… that has changed over the
  // years, and its readers know it").
  const clause =
    lang === 'en'
      ? /,|\b(?:has|have|had|was|were|will|would|said|says|its|it|they|their|we|our)\b/iu
      : /[،,]|(?:^|\s)(?:قال|قالت|كان|كانت|إن|ان|أن|لقد|قد)(?=\s|$)/u;
  return pattern(lang, {
    name: 'source-self',
    kind: 'source',
    check: (line, value) => {
      if (value === undefined || !isOutletName(value, lang) || readsAsClause(value, lang, value)) return false;
      const kind = lang === 'en' ? SELF_KIND_EN.exec(line) : SELF_KIND_AR.exec(foldLineText(line));
      return kind !== null && !clause.test(line.slice(kind.index + kind[0].length)) && value;
    },
    en: String.raw`^(?<value>(?:The\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}.&'’-]*|of|and|&)){0,5})\s+is\s+(?:a|an|the)\s+(?:(?:\p{Ll}[\p{L}-]*|\p{Lu}[\p{L}-]*),?\s+){0,4}?(?:newsroom|news\s+organi[sz]ation|news\s+outlet|news\s+site|news\s+website|news\s+service|news\s+agency|media\s+outlet|media\s+organi[sz]ation|publication|newsletter)(?:\s+(?:that|which|covering|dedicated|devoted|focused|based|reporting|founded|serving|producing|whose|and|in|of|for|on|with)\b[^:;"“]{0,150})?\.?$`,
    ar: String.raw`^(?<value>[^،,:؛"«]{2,40}?)\s+(?:هي\s+|هو\s+)?(?:غرفه\s+اخبار|منصه|مؤسسه|موقع|شبكه|صحيفه|وكاله|نشره|مجله)\s+(?:اخباريه|اخباري|اعلاميه|اعلامي|صحفيه|صحفي|صحافيه|صحافي)(?:\s+[^:؛"«]{0,150})?\.?$`,
    maxLength: 240,
  });
});

/**
 * Who publishes the outlet, as its imprint says at the page's end ("X is published by an independent
 * team of reporters", "يصدر X عن فريق مستقل من الصحفيين"): the outlet, a verb of publishing it, and a
 * group of people (a team, a trust, a cooperative), maybe with what they are. A copyright's line, with
 * no value: the piece's source is named elsewhere. "The report is published by the ministry" stays:
 * no group's word.
 */
const IMPRINTS: PatternSpec[] = eachLang((lang) =>
  pattern(lang, {
    name: 'copyright-imprint',
    kind: 'copyright',
    check: (_line, value) => value !== undefined && isOutletName(value, lang),
    en: String.raw`^(?<value>(?:The\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,5})\s+is\s+(?:published|produced|run|edited|owned|written)\s+by\s+(?:a|an|the)\s+(?:[\p{Ll}-]+,?\s+){0,3}(?:team|group|collective|cooperative|co-operative|trust|foundation|band|network)\s+of\s+(?:[\p{Ll}-]+\s+){0,2}(?:reporters|journalists|writers|editors|volunteers|residents|people)\.?$`,
    ar: String.raw`^(?:يصدر|تصدر|يحرر|تحرر|يدير|تدير)\s+(?<value>[^،,:]{2,40}?)\s+(?:عن\s+|من\s+قبل\s+)?(?:فريق|مجموعه|جمعيه|تعاونيه)\s+(?:[^\s،,:]+\s+){0,2}من\s+(?:ال)?(?:صحفيين|صحافيين|مراسلين|كتاب|محررين|متطوعين)(?:\s+[^\s،,:]+){0,2}\.?$`,
    maxLength: 160,
  }),
);

/**
 * Who funds the outlet's coverage, as a wire prints it after a piece ("The Associated Press receives
 * support from X for health coverage. The AP is solely responsible for all content.", "تتلقى وكالة
 * X دعماً من Y لتغطية الشؤون الصحية. والوكالة مسؤولة وحدها عن المحتوى."): the supporter is the
 * source the piece names; the wire's disclaimer after it is no part of it.
 */
const SUPPORTED_BY: PatternSpec[] = eachLang((lang) => {
  // The one supported is an outlet: a name in English, an outlet's word first in Arabic ("وكالة X").
  const supported = (line: string) =>
    lang === 'en'
      ? isOutletName(line.slice(0, line.search(/\s+receives\s/u)).replace(/^The\s+/u, ''), lang)
      : /^\S+\s+(?:وكاله|صحيفه|جريده|موقع|شبكه|منصه|قناه|اذاعه)\s/u.test(foldLineText(line));
  return pattern(lang, {
    name: 'source-support',
    kind: 'source',
    check: (line, value) =>
      value !== undefined &&
      supported(line) &&
      isOutletName(value, lang) &&
      !readsAsClause(value, lang, value) &&
      value,
    en: String.raw`^(?:The\s+)?\p{Lu}[^.:;]{1,50}?\s+receives\s+(?:financial\s+|generous\s+)?(?:support|funding)\s+from\s+(?<value>[^.:;]{2,60}?)(?:\s+(?:for|to\s+cover|to\s+support)\s+[^.:;]{2,60})?\.(?:\s+[^.:;]{2,40}\s+(?:is|are)\s+solely\s+responsible\s+for\s+(?:all\s+)?(?:the\s+|its\s+)?content\.)?$`,
    ar: String.raw`^(?:تتلقي|يتلقي|تحصل|يحصل)\s+[^.:؛]{2,40}?\s+(?:علي\s+)?(?:دعما|دعم|تمويلا|تمويل)\s+(?:ماليا\s+)?من\s+(?<value>[^.:؛،]{2,40}?)(?:\s+(?:لتغطيه|لدعم)\s+[^.:؛]{2,60})?\.(?:\s+[^.:؛]{2,40}\s+(?:مسؤوله|مسؤول)\s+وحد(?:ها|ه)\s+عن\s+(?:كل\s+|جميع\s+)?المحتوي\.?)?$`,
    maxLength: 260,
  });
});

/**
 * The licence a piece is given under, named by its code or its words ("This work is licensed under
 * CC BY-ND 4.0", "Licensed under a Creative Commons Attribution licence", "هذا العمل مرخّص بموجب رخصة
 * المشاع الإبداعي CC BY 4.0"): the piece or nothing, a verb of licensing or making available, and the
 * licence. "The drug is licensed under strict conditions" stays: no licence's name.
 */
const LICENCES: PatternSpec[] = eachLang((lang) =>
  pattern(lang, {
    name: 'copyright-licence',
    kind: 'copyright',
    en: String.raw`^(?:(?:This|The|All)\s+(?:work|article|story|content|piece|text|post|report|photo|image|images|photos|material|materials|site|website)\s+(?:is|are)\s+)?(?:licensed|available|published|distributed|released)\s+under\s+(?:a\s+|the\s+)?(?:CC\s*(?:BY|0)(?:[-\s](?:SA|NC|ND))*(?:\s+\d\.\d)?(?:\s+(?:International|licen[cs]e))?|Creative\s+Commons(?:\s+[\p{L}\d.-]+){0,6}?(?:\s+licen[cs]e)?)\.?$`,
    ar: String.raw`^(?:(?:هذا|هذه)\s+(?:العمل|المقال|المقاله|المحتوي|النص|الماده|الصوره|الصور)\s+)?(?:مرخص|مرخصه|منشور|منشوره|متاح|متاحه|متوفر|متوفره)\s+(?:بموجب|وفق|تحت)\s+(?:(?:رخصه|ترخيص)\s+)?(?:CC\s*(?:BY|0)(?:[-\s](?:SA|NC|ND))*(?:\s+\d\.\d)?|المشاع\s+الابداعي(?:\s+[^\s.]+){0,4}?)\.?$`,
    maxLength: 160,
  }),
);

/** Round 32: each language's words for the piece a page prints ("story", "post", "المقال"), folded. */
const PIECE_WORDS = perLang((lang) => new Set(LABELS[lang].pieces.map((w) => foldLineText(w).toLowerCase())));

/**
 * Round 32: a tags line between paragraphs, where pages print their tags as often as at the ends:
 * the labelled patterns take tags at the edges only; inside the text, the cleaner tries this one
 * after them (`clean.ts`).
 */
const TAGS_BETWEEN: PatternSpec[] = eachLang((lang): PatternSpec[] => {
  const value = String.raw`(?<value>[^:]{2,200})`;
  // Between paragraphs: a tags label of a word or two, its separator and two tags or more, each a
  // short name ("Story tags: A, B", "Related Topics: A / B", "Keywords - A, B, C", "الوسوم: أ، ب");
  // a list in prose has lower case, a clause or a full stop ("Keywords: trust, speed and reach.").
  const { plain: plainTags, separated: separatedTags } = formsOf(LABELS[lang].labels.tags);
  const shortLabels = alt([...plainTags, ...separatedTags].filter((l) => l.split(/\s+/u).length <= 2));
  return [
    pattern(lang, {
      name: 'tags-between',
      kind: 'tags',
      check: (line, given) => {
        if (given === undefined || /[.!?؟]\s*$/u.test(given) || readsAsClause(given, lang, line, false)) return false;
        const tags = splitTags(given);
        return (
          tags.length >= 2 &&
          tags.length <= 6 &&
          tags.every(
            (t) =>
              t.split(/\s+/u).length <= 5 &&
              !/\d/u.test(t) &&
              (lang === 'en'
                ? /^\p{Lu}/u.test(t) && !/^(?:and|or)\s/iu.test(t)
                : arabicTopic(t) && !/^و\p{L}{3}/u.test(t)),
          )
        );
      },
      where: 'anywhere',
      regex: String.raw`^${shortLabels}${END}(?:\s*:|\s+[-–—|/]|\s+${FOLDED_RUN})\s+${value}$`,
      maxLength: 200,
    }),
  ];
}).flat();

/**
 * Round 32: tags the site's name labels, as sites put their name to every list they print: in
 * English before the label of one word ("Tribune tags » A", "TOLOnews tags: A • B", "Civil Beat
 * topics → A"), in Arabic after it ("وسوم الجزيرة » أ", "مواضيع الوطن: أ، ب"), a colon or a
 * breadcrumb's mark before the list; and where a piece is filed, the site's name inside the label
 * ("Filed with Montsame under A", "نشر في الجزيرة نت ضمن أ"). The name is an outlet's as printed
 * (`isOutletName`), each tag a short name, never a clause: "Our tags: what they mean" and "The
 * minister's topics: jobs and growth" stay.
 */
const SITE_TAGS: PatternSpec[] = eachLang((lang): PatternSpec[] => {
  const labels = alt(formsOf(LABELS[lang].labels.tags).plain.filter((l) => !/\s/u.test(l)));
  const site = String.raw`(?<site>[\p{L}\p{N}][\p{L}\p{N}.&'’-]*(?:\s+[\p{L}\p{N}.&'’-]+){0,3})`;
  // The line is matched folded, its guillemets and chevrons quotes (`FOLDED_RUN`).
  const sep = String.raw`(?:\s*:|\s+${FOLDED_RUN})\s+`;
  const value = String.raw`(?<value>[^:]{2,200})`;
  const tagsOf = (line: string, given: string | undefined, joined: boolean) => {
    if (given === undefined || readsAsClause(given, lang, line, false)) return false;
    const tags =
      joined && !/[,،;؛|/•·]/u.test(given)
        ? given.trim().split(lang === 'en' ? /\s+(?:and|&)\s+/u : /\s+و(?=\p{L}{3})/u)
        : splitTags(given);
    return tags.every(
      (t) =>
        t.split(/\s+/u).length <= 5 &&
        !/[.!?؟]$/u.test(t) &&
        (lang === 'en' ? /^[\p{Lu}\p{N}]/u.test(t) && t.split(/\s+/u).length <= 5 : arabicTopic(t)),
    )
      ? tags.join(lang === 'ar' ? '، ' : ', ')
      : false;
  };
  const siteOf = (line: string, re: RegExp) => re.exec(line.trim())?.groups?.site ?? '';
  const labelledRe = new RegExp(
    lang === 'en' ? String.raw`^${site}\s+${labels}${END}${sep}` : String.raw`^${labels}\s+${site}${sep}`,
    'iu',
  );
  const filedRe = new RegExp(
    lang === 'en'
      ? String.raw`^(?:filed|posted|listed|published)\s+(?:with|by|at|on|in)\s+${site}\s+under${END}`
      : String.raw`^(?:نشر|صنف|مصنف|ادرج)\s+(?:في|على|لدى)\s+${site}\s+(?:ضمن|تحت)${END}`,
    'iu',
  );
  return [
    pattern(lang, {
      name: 'tags-site',
      kind: 'tags',
      check: (line, given) => {
        const name = siteOf(line, labelledRe);
        // The piece's own word is no site's name ("Story tags: A, B" is the labelled pattern's).
        const piece = name.split(/\s+/u).some((w) => PIECE_WORDS[lang].has(foldLineText(w).toLowerCase()));
        // After a colon, a word before the label may be the tags' own ("Price tags: Housing costs soar"):
        // a colon asks for two tags or more and a name of the site's shape, two words or a brand's
        // capitals ("TOLOnews", "Civil Beat"); a breadcrumb's mark says it is the site's.
        const colon = /^[^:]*:/u.test(line.slice(0, line.length - (given?.length ?? 0)));
        if (
          colon &&
          (given === undefined ||
            splitTags(given).length < 2 ||
            (name.split(/\s+/u).length < 2 && !/^\p{L}\p{Ll}*\p{Lu}|^\p{Lu}{2,}\p{Ll}/u.test(name)))
        )
          return false;
        return (
          isOutletName(name, lang) &&
          !piece &&
          !KNOWN_LABELS[lang].has(foldLineText(name)) &&
          tagsOf(line, given, false)
        );
      },
      // Its own label and the site's name say what it is, between paragraphs too.
      where: 'anywhere',
      en: String.raw`^${site}\s+${labels}${END}${sep}${value}$`,
      ar: String.raw`^${labels}\s+${site}${sep}${value}$`,
      maxLength: 240,
    }),
    pattern(lang, {
      name: 'tags-site-filed',
      kind: 'tags',
      check: (line, given) =>
        isOutletName(siteOf(line, filedRe) || siteOf(foldLineText(line), filedRe), lang) && tagsOf(line, given, true),
      en: String.raw`^(?:filed|posted|listed|published)\s+(?:with|by|at|on|in)\s+${site}\s+under\s*:?\s+${value}$`,
      ar: String.raw`^(?:نشر|صنف|مصنف|ادرج)\s+(?:في|على|لدى)\s+${site}\s+(?:ضمن|تحت)\s*:?\s+${value}$`,
      maxLength: 240,
    }),
  ];
}).flat();

/**
 * A platform's note that its readers added to a post, quoted on the page ("Readers added context they
 * thought people might want to know", "أضاف القراء سياقًا قد يرغب الآخرون في معرفته"): the post's
 * source furniture, no value.
 */
const READER_NOTES: PatternSpec[] = eachLang((lang) =>
  pattern(lang, {
    name: 'source-reader-note',
    kind: 'source',
    en: String.raw`^(?:Readers|Users|Community\s+members)\s+added\s+context\b[^:.!?]{0,80}$`,
    ar: String.raw`^(?:اضاف|اضافت)\s+(?:القراء|المستخدمون|المتابعون)\s+(?:سياقا|سياق)(?![\p{L}\p{M}])[^:.!؟]{0,60}$`,
    maxLength: 120,
  }),
);

/**
 * Round 29: what a page says of its text beside the article, its source's furniture with no value: a
 * translation of an original ("This is the English translation of the original Arabic text", "هذه
 * الترجمة العربية للنص الأصلي المنشور بالإنكليزية") and a series the piece is part of ("This piece is
 * part of the X series", "هذه المادة جزء من سلسلة X"). "The translation of the original text took
 * years" and "This story is part of a wider pattern" stay.
 */
const TEXT_NOTES: PatternSpec[] = eachLang((lang): PatternSpec[] => {
  const pieces = alt(LABELS[lang].pieces);
  return [
    pattern(lang, {
      name: 'source-translation-note',
      kind: 'source',
      en: String.raw`^(?:this|what\s+follows)\s+is\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?translation\s+of\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:original|text|article|piece|report)(?:\s+(?:text|article|piece|report|version))?(?:\s+(?:published|written|first\s+published)\s+in\s+\p{L}+)?\.?$`,
      ar: String.raw`^(?:هذه|هذا)\s+(?:(?:هي|هو)\s+)?(?:ال)?ترجمه\s+(?:ال)?(?:\p{L}+\s+)?(?:لل|ل|عن\s+ال|من\s+ال)(?:نص|مقال|مقاله|ماده|تقرير)\s+(?:ال)?اصلي(?:\s+(?:ال)?(?:منشور|مكتوب|صادر)\s+(?:ب|باللغه\s+)\p{L}+)?\.?$`,
      maxLength: 120,
    }),
    pattern(lang, {
      name: 'source-series-note',
      kind: 'source',
      en: String.raw`^(?:this|the)\s+${pieces}\s+is\s+(?:part|one)\s+of\s+(?:the|our|a|an)\s+(?:(?!\s(?:with|that|which|of|to|in)\s)[^.:;!?]){2,60}?\s+series\.?$`,
      ar: String.raw`^(?:(?:هذه|هذا)\s+)?${pieces}\s+(?:جزء|واحد|واحده)\s+من\s+سلسله\s+[^.:؛!؟]{2,60}\.?$`,
      maxLength: 120,
    }),
  ];
}).flat();

/**
 * Round 30: a page's advice to readers of whom its pictures or names are, as Indigenous outlets print
 * it ("Aboriginal and Torres Strait Islander readers are advised that this article contains images of
 * people who have died", "ننبه القراء إلى أن هذا التقرير يتضمن صورا لأشخاص متوفين"): the source's
 * furniture, no value. "Readers are advised that the road is closed" and "ننبه القراء إلى أن الطريق
 * مغلق" stay.
 */
const ADVISORIES: PatternSpec[] = eachLang((lang) => {
  const pieces = alt(LABELS[lang].pieces);
  const shown =
    lang === 'en'
      ? String.raw`(?:images?|names?|voices?|footage|photographs?|photos?|pictures?)`
      : String.raw`(?:صورا|صور|اسماء|اصوات|مشاهد|لقطات)`;
  return pattern(lang, {
    name: 'source-advisory',
    kind: 'source',
    en: String.raw`^(?:(?:warning|please\s+note)\s*[:,-]\s*)?(?:[\p{L}'’-]+\s+){0,6}?(?:readers|viewers|listeners|audiences?)\s+(?:are|should\s+be)\s+(?:advised|warned|cautioned|reminded)\s+that\s+(?:this|the\s+following)\s+(?:${pieces}|program|programme|broadcast|episode|video|page|website)\s+(?:contains?|includes?|may\s+contain|may\s+include)\s+(?:the\s+)?${shown}(?:(?:,\s*|\s+and\s+|\s+or\s+)${shown})*\s+of\s+(?:people|persons|a\s+person|someone|individuals)\s+who\s+(?:have|has)\s+(?:died|passed\s+away)\.?$`,
    ar: String.raw`^(?:(?:تنبيه|ملاحظه)\s*[:،-]\s*)?(?:ننبه|نلفت\s+انتباه|نحيط|نود\s+ان\s+ننبه)\s+(?:القراء|المشاهدين|المستمعين|قراءنا|متابعينا)(?:\s+[^.،:]{2,40}?)?\s+(?:ال[ىي]\s+|علما\s+)?(?:ب)?ان\s+(?:هذا|هذه)\s+${pieces}\s+(?:قد\s+)?(?:يتضمن|تتضمن|يحتوي|تحتوي)\s+(?:عل[ىي]\s+)?${shown}(?:\s+(?:و|او)\s*${shown})*\s+(?:ل)?(?:اشخاص|اناس|افراد)\s+(?:متوفين|توفوا|رحلوا|فارقوا\s+الحياه)\.?$`,
    maxLength: 200,
  });
});

/**
 * Round 30: a picture by where it was taken, as institutions' news pages print it: a camera's still
 * and the body that released it ("CCTV still released by police", "صورة من كاميرات المراقبة نشرتها
 * الشرطة"), or the event it shows, a dash and whose event it was ("From the event - Harbour University",
 * "من الفعالية - جامعة الساحل"). A caption, no value; "CCTV footage released by police shows the
 * suspect fleeing" and "من الفعالية - الطلاب يحتفلون بالتخرج" stay.
 */
const PICTURED_AT: PatternSpec[] = eachLang((lang): PatternSpec[] => [
  pattern(lang, {
    name: 'caption-camera-still',
    kind: 'caption',
    where: 'anywhere',
    en: String.raw`^(?:cctv|security\s+camera|surveillance(?:\s+camera)?|dashcam|doorbell\s+camera|bodycam|body-worn\s+camera)\s+(?:still|stills|image|images|footage|photo|photos|grab|picture)\s+(?:released|issued|supplied|provided|handed\s+out)\s+by\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:police|gardai|garda|constabulary|authorities|force|service)\.?$`,
    ar: String.raw`^(?:صوره|صور|لقطه|لقطات)\s+(?:من\s+)?(?:كاميرا|كاميرات)\s+(?:ال)?مراقبه\s+(?:نشرتها|وزعتها|اصدرتها|قدمتها)\s+(?:ال)?(?:شرطه|امن|اجهزه\s+الامنيه|سلطات|مديريه\s+\S+)(?:\s+\S+){0,2}\.?$`,
    maxLength: 100,
  }),
  pattern(lang, {
    name: 'caption-from-event',
    kind: 'caption',
    check: (line) => {
      const whose =
        line
          .trim()
          .split(/\s+[-–—|]\s+/u)[1]
          ?.replace(/\.$/u, '') ?? '';
      return lang === 'en' ? isOutletName(whose, lang) || isBodyName(whose, lang) : isArabicBody(whose);
    },
    where: 'anywhere',
    en: String.raw`^(?:(?:photo|photos|pictures?|images?)\s+)?(?:from|at)\s+the\s+(?:event|ceremony|workshop|seminar|conference|visit|campaign|launch|meeting|open\s+day|session|forum|activity)\s+[-–—|]\s+[^\d:|,]{2,50}$`,
    ar: String.raw`^(?:(?:صوره|صور)\s+)?من\s+(?:ال)?(?:فعاليه|حفل|ندوه|لقاء|ورشه|مؤتمر|زياره|حمله|افتتاح|نشاط|جوله|اجتماع|مبادره)\s+[-–—|]\s+[^\d:|،,]{2,50}$`,
    maxLength: 90,
  }),
]).flat();

/**
 * Round 33: an Arabic dateline that dates its place's day after "في", without a year, on a line of its
 * own ("القاهرة في ١٢ أبريل", "عمّان في ٣ آذار/مارس"), as an English one puts a comma ("CAIRO, April 12",
 * which `dateline-en` takes; "القاهرة، ١٢ أبريل" too). A headline may say so ("الانتخابات في 27 مارس"):
 * the shape is loose, furniture only beside a line another pattern knows, and a year makes it a
 * timestamp's or a headline's (`dateline-ar` leaves "… في 27 مارس 2022" alone).
 */
const PLACE_ON_DAY_AR = new RegExp(
  String.raw`^(?<place>${AR_WORD}(?: ${AR_WORD})?)\s+في\s+(?<day>[\d٠-٩]{1,2}\s+${AR_MONTH}(?:\s*/\s*${AR_MONTH})?)$`,
  'u',
);

/** The place of a line `PLACE_ON_DAY_AR` reads, when its words are a place's and its day a month's. */
export function placeOnDay(line: string): string | undefined {
  const g = PLACE_ON_DAY_AR.exec(line.trim())?.groups;
  if (!g) return undefined;
  const reading = readDate(g.day, 'ar');
  if (
    !reading.found ||
    reading.date !== undefined ||
    reading.rest.length > 0 ||
    !hasCalendarWords(foldLineText(g.day), 'ar')
  )
    return undefined;
  const words = g.place.split(' ');
  if (
    words.some((w) => isParticle(w) || AR_DATE_WORDS.has(foldLineText(w))) ||
    AR_NOT_PLACES.has(foldLineText(words[0])) ||
    KNOWN_LABELS.ar.has(foldLineText(g.place)) ||
    BREADCRUMB_ROOTS.ar.has(foldLineText(g.place))
  )
    return undefined;
  return g.place;
}

const PLACE_ON_DAY: PatternSpec[] = [
  (() => {
    const name = 'dateline-place-day-ar';
    DEFAULT_CHECKS[name] = (line) => placeOnDay(line) !== undefined;
    return {
      name,
      lang: 'ar',
      kind: 'dateline',
      regex: String.raw`^(?<value>\S+(?:\s+\S+){3,6})$`,
      maxLength: 60,
    } satisfies PatternSpec;
  })(),
];

/**
 * Writers and where each filed from, joined ("Jane Doe in Sacramento and John Roe in Austin", "فلان
 * الفلاني من الرباط وفلانة الفلانية من تونس"): two persons' names or more, each with a place of a word
 * or two. One name and a place is a headline's ("Merkel in Kyiv"), and so may two be ("Angela Merkel
 * in Kyiv and Emmanuel Macron in Paris"): the shape is loose, furniture only beside a line another
 * pattern knows. The authors are the names.
 */
const FILED_FROM: PatternSpec[] = eachLang((lang) => {
  const name = `byline-filed-from-${lang}`;
  const part =
    lang === 'en'
      ? /^(?<name>.+?)\s+in\s+(?<place>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)$/u
      : /^(?<name>.+?)\s+(?:من|في)\s+(?<place>\p{Script=Arabic}{2,}(?:\s+\p{Script=Arabic}{2,})?)$/u;
  DEFAULT_CHECKS[name] = (line) => {
    const parts = line
      .trim()
      .split(lang === 'en' ? /,?\s+and\s+|,\s+/u : /\s*[،,]\s*|\s+و(?=\p{Script=Arabic}{2})/u)
      .map((p) => part.exec(p.trim())?.groups);
    if (parts.length < 2 || parts.length > 4) return false;
    const names: string[] = [];
    for (const p of parts) {
      if (p === undefined || !isPersonName(p.name, lang) || isPersonName(p.place, lang)) return false;
      if (lang === 'ar' && (/^ال/u.test(p.name) || saysArabicClause(p.name))) return false;
      names.push(p.name);
    }
    return lang === 'en' ? names.join(' and ') : names.join(' و');
  };
  return {
    name,
    lang,
    kind: 'byline',
    regex:
      lang === 'en'
        ? String.raw`^(?<value>(?:[^\d:|,]{3,40}?\s+in\s+[^\d:|,]{2,30}?(?:,?\s+and\s+|,\s+)){1,3}[^\d:|,]{3,40}?\s+in\s+[^\d:|,]{2,30})$`
        : String.raw`^(?<value>(?:[^\d:|,،]{3,40}?\s+(?:من|في)\s+[^\d:|,،]{2,30}?(?:\s*[،,]\s*|\s+و)){1,3}[^\d:|,،]{3,40}?\s+(?:من|في)\s+[^\d:|,،]{2,30})$`,
    maxLength: 160,
  } satisfies PatternSpec;
});

/**
 * Round 31: a writer who reports from a place for an outlet ("Jane Doe reports from Luganville for the
 * Post", "فلانة تكتب من حوف لإذاعة المهرة"): a person's name, a verb of reporting, the place and the
 * outlet, capitalised in English, opening on an outlet's word in Arabic. The author is the name; "Jane
 * Doe reports from Kyiv for the first time" stays (no outlet). So does a writer's beat, as a bio prints
 * it (session 15: "Jane Doe covers rural Alaska for the Daily News", "فلانة تغطي شؤون الصحة لإذاعة
 * المهرة"): "covers", up to four words of the beat, then the outlet.
 */
const REPORTS_FROM: PatternSpec[] = eachLang((lang) =>
  pattern(lang, {
    name: 'byline-reports-from',
    kind: 'byline',
    check: (line, value) => {
      if (value === undefined || !isPersonName(value, lang) || reportsSpeech(line, lang)) return false;
      const outlet = (
        lang === 'en' ? /\sfor\s+(?:the\s+)?(?<outlet>[^,;:]+?)\.?$/u : /\s(?:ل|لـ|لصالح\s+)(?<outlet>[^،,؛;:]+?)\.?$/u
      ).exec(line.trim())?.groups?.outlet;
      if (outlet === undefined) return false;
      const words = outlet.split(/\s+/u);
      return lang === 'en'
        ? words.length <= 4 &&
            words.every((w) => /^[\p{Lu}\d]/u.test(w)) &&
            /^\p{Lu}/u.test(outlet.replace(/^\d+\s+/u, '')) &&
            value
        : words.length <= 4 && OUTLET_WORDS.ar.has(foldLineText(words[0]).replace(/^ال/u, '')) && value;
    },
    en: String.raw`^(?<value>[^\d:|,]{3,40}?)\s+(?:(?:reports|reporting|writes|writing|files|filed|reported|wrote)\s+(?:from|in)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}|covers\s+[\p{L}'’&-]+(?:\s+[\p{L}'’&-]+){0,3}?|(?:reporting|writing)(?=\s+for\s))\s+for\s+(?:the\s+)?(?:\d{1,3}\s+)?\p{Lu}[^\d:|,]{1,40}?\.?$`,
    ar: String.raw`^(?<value>[^\d:|,،]{3,40}?)\s+(?:(?:يكتب|تكتب|يراسل|تراسل|يغطي|تغطي|كتب|كتبت)\s+(?:من|في)\s+\S+(?:\s+\S+)?|(?:يغطي|تغطي)\s+\S+(?:\s+\S+){0,3}?|(?:يكتب|تكتب|يراسل|تراسل)(?=\s+(?:ل|لصالح\s)))\s+(?:ل|لـ|لصالح\s+)\S[^\d:|,،]{1,40}?\.?$`,
    maxLength: 120,
  }),
);

/**
 * Round 31: two writers, the second with the first, then their outlet's desk after a bar ("Jane Doe
 * with John Roe | Guam Daily Post desk", "فلان مع فلانة | قسم الأخبار في إذاعة المهرة"): the authors
 * are both, joined as a byline joins them; the desk holds an outlet's or a desk's word.
 */
const WRITERS_WITH: PatternSpec[] = eachLang((lang) =>
  pattern(lang, {
    name: 'byline-writers-with',
    kind: 'byline',
    check: (line) => {
      const m = (
        lang === 'en'
          ? /^(?<a>[^|]+?)\s+(?:with|and|&)\s+(?<b>[^|]+?)\s+[|–—]\s+(?<desk>[^|]+)$/u
          : /^(?<a>[^|]+?)\s+(?:مع|بمشاركة|بمشاركه)\s+(?<b>[^|]+?)\s+[|–—]\s+(?<desk>[^|]+)$/u
      ).exec(line.trim())?.groups;
      if (!m || ![m.a, m.b].every((n) => isWriterName(n, lang))) return false;
      const desk = m.desk.split(/\s+/u).map((w) => foldLineText(w).toLowerCase().replace(/^ال/u, ''));
      const named =
        desk.length <= 6 &&
        desk.some((w) => OUTLET_WORDS[lang].has(w) || DESK_WORDS[lang].has(w)) &&
        (lang === 'ar' ? isArabicBody(m.desk) : looksLikeName(m.desk.replace(/\s+\p{Ll}+$/u, ''), lang, 5));
      return named ? (lang === 'en' ? `${m.a} and ${m.b}` : `${m.a} و${m.b}`) : false;
    },
    regex: String.raw`^[^\d:|]{6,80}\s+(?:\||–|—)\s+[^\d:|]{3,50}$`,
    maxLength: 130,
  }),
);

/**
 * A writer's name, then the outlet they wrote for ("Jane Doe for Harbour Gazette", "فلان الفلاني
 * لصالح صوت الساحل"): the name is the author. A headline may read so ("Jane Doe for President"), so the
 * shape is loose: furniture only beside a line another pattern knows.
 */
const WRITER_FOR: PatternSpec[] = eachLang((lang) =>
  pattern(lang, {
    name: 'byline-writer-for',
    kind: 'byline',
    check: (line, value) => {
      // A place after its preposition is a dateline's ("In Tlemcen for Sahara Wire", "في أكادير لصالح X").
      const first = value?.trim().split(/\s+/u)[0] ?? '';
      if (/^(?:in|from|at|on|by|with|to|of|near|outside)$/iu.test(first) || (lang === 'ar' && isParticle(first)))
        return false;
      if (value === undefined || !isPersonName(value, lang)) return false;
      const outlet = line
        .trim()
        .slice(value.length)
        .replace(/^\s*(?:for\s+|لـ\s*|ل(?=[«"])|لصالح\s+)/u, '')
        .replace(/^[«"“](.+)[»"”]$/u, '$1')
        .trim();
      return outlet !== '' && isOutletName(outlet, lang) && !readsAsClause(outlet, lang, outlet) && value;
    },
    en: String.raw`^(?<value>[^\d:|,]{3,40}?)\s+for\s+(?:the\s+)?[^\d:|,.]{2,40}$`,
    ar: String.raw`^(?<value>[^\d:|,،]{3,40}?)\s+(?:ل\s+|ل(?=[«"])|لصالح\s+)[«"]?[^\d:|,،.]{2,40}[»"]?$`,
    maxLength: 90,
  }),
);

/**
 * An outlet with its channel's number, a dash or a bar, then the writer ("اليوم 24 ـ فلان الفلاني",
 * "France 24 – Jane Doe"): a place carries no number, so the line is a byline, not a dateline. A
 * law's article and its title read so too ("المادة 12 - أحكام عامة"), so the shape is loose.
 */
const OUTLET_THEN_WRITER: PatternSpec[] = eachLang((lang) =>
  pattern(lang, {
    name: 'byline-outlet-writer',
    kind: 'byline',
    check: (line, value) => value !== undefined && isWriterName(value, lang) && value,
    regex: String.raw`^${lang === 'en' ? String.raw`\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,2}` : String.raw`\p{Script=Arabic}{2,}(?:\s+\p{Script=Arabic}{2,}){0,2}`}\s*[\d٠-٩]{1,3}\s+[-–—|]\s+(?<value>[^\d:|,،]{3,40})$`,
    maxLength: 80,
  }),
);

/**
 * Round 30: an office that sent the piece, then its writer after a dash ("المركز الإعلامي لمحافظة X -
 * فلان", "دائرة العلاقات العامة في الجامعة - فلانة", "University Public Relations Office - Jane Doe"),
 * or a place, the outlet and the writer ("رام الله - إذاعة X - فلان", "Ottawa - APTN National News - Jane
 * Doe"): a byline, the writer its author. A press office is `PRESS_OFFICE`'s, maybe with where it is
 * after "in"/"في" or the place it serves; the outlet has an outlet's word. "Health Ministry - John Smith
 * resigns" and "وزارة الصحة - الوزير يستقيل" stay.
 */
/** A newsroom's units, folded ("staff", "desk", "أسرة"), which a desk before a writer is named for. */
const DESK_WORDS = perLang((lang) => new Set(LABELS[lang].desks.map((w) => foldLineText(w).toLowerCase())));

function officeThenWriter(line: string, lang: Lang): string | false {
  // Round 33: a slash parts the office and the writer as a dash does ("إعلام وزارة الصحة / فلان"),
  // only two of them ("News / National News / Lagos Today" is a trail).
  const dashed = line.trim().split(/\s+[-–—|]\s+/u);
  const slashed = line.trim().split(/\s+\/\s+/u);
  const parts = dashed.length === 1 && slashed.length === 2 ? slashed : dashed;
  if (parts.length < 2 || parts.length > 3) return false;
  const writer = parts.at(-1) ?? '';
  if (!isPersonName(writer, lang) || readsAsClause(writer, lang, line)) return false;
  const fold = (w: string) => foldLineText(w).toLowerCase();
  if (parts.length === 3) {
    const [place, outlet] = parts;
    const outletWords = outlet.split(/\s+/u);
    return place.split(/\s+/u).length <= 3 &&
      looksLikeName(place, lang, 3) &&
      outletWords.length <= 4 &&
      outletWords.some((w) => OUTLET_WORDS[lang].has(fold(w).replace(/^ال/u, ''))) &&
      looksLikeName(outlet, lang, 4)
      ? writer
      : false;
  }
  const office = (lang === 'en' ? parts[0] : foldLineText(parts[0])).replace(
    lang === 'en'
      ? /\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u
      : /\s+في\s+\S+(?:\s+\S+)?$/u,
    '',
  );
  // The place an Arabic office serves may be a proper noun after its "لـ" ("لمحافظة سوهاج").
  const served = lang === 'ar' ? office.replace(/(?<=\sل\p{L}+)\s+\p{L}+$/u, '') : office;
  if (PRESS_OFFICE[lang].test(office) || PRESS_OFFICE[lang].test(served)) return writer;
  // Round 33: a body's media, as its office signs ("إعلام وزارة الصحة / فلان", "Ministry of Health Media
  // - Jane Doe"): the media's word and the body's name.
  const media =
    lang === 'en'
      ? /^(?<body>.+?)\s+(?:Media|Communications)$/u.exec(parts[0].trim())?.groups?.body
      : /^(?:اعلام|الاعلام)\s+(?<body>.+)$/u.exec(foldLineText(parts[0].trim()))?.groups?.body;
  if (
    parts.length === 2 &&
    media !== undefined &&
    (lang === 'en' ? isBodyName(media, lang) && BODY_WORD_EN.test(media) : isArabicBody(media))
  )
    return writer;
  // Round 31: an outlet's desk or staff, named with the outlet's word ("Variety News Staff — Jane Doe",
  // "أسرة تحرير إذاعة المهرة - فلان"): the desk's word ends the English name and opens the Arabic one.
  const named = parts[0].split(/\s+/u);
  const isDesk = (w: string) => DESK_WORDS[lang].has(fold(w));
  const outletWord = (w: string) => OUTLET_WORDS[lang].has(fold(w).replace(/^ال/u, ''));
  const desk =
    named.length >= 2 &&
    named.length <= 5 &&
    named.slice(lang === 'en' ? 0 : 1).some(outletWord) &&
    (lang === 'en'
      ? isDesk(named.at(-1) ?? '') && looksLikeName(parts[0], lang, 5)
      : isDesk(named[0]) && !saysArabicClause(named.slice(1).join(' ')));
  if (desk) return writer;
  // Round 34: a bureau in a place, whoever's it is ("CNA Buea bureau / Jane Doe", "Reuters Nairobi
  // Bureau - Jane Doe", "مكتب عنب بلدي في دمشق / فلان", "مكتب الجزيرة في عمّان - فلان"): a bureau is a
  // newsroom's, so the outlet need not say it is one by its word.
  const bureau =
    parts.length === 2 &&
    (lang === 'en'
      ? /^bureau$/iu.test(named.at(-1) ?? '') &&
        named.length >= 2 &&
        named.length <= 5 &&
        looksLikeName(named.slice(0, -1).join(' '), lang, 4)
      : /^(?:مكتب|مكاتب)\s+\S+(?:\s+\S+){0,3}\s+(?:في|ب)\s*\S+(?:\s+\S+)?$/u.test(foldLineText(parts[0].trim())) &&
        !saysArabicClause(foldLineText(parts[0].trim()).replace(/\s+(?:في\s+|ب)\S+(?:\s+\S+)?$/u, '')));
  return bureau ? writer : false;
}

/** Round 33: a word a public body's English name holds ("Ministry of Health", "Health Department"). */
const BODY_WORD_EN =
  /(?:^|\s)(?:Ministry|Department|Authority|Agency|Directorate|Council|Commission|Office|Service|Services|Board|Bureau|Institute)(?:\s|$)/u;

const OFFICE_THEN_WRITER: PatternSpec[] = eachLang((lang) =>
  pattern(lang, {
    name: 'byline-office-writer',
    kind: 'byline',
    check: (line) => officeThenWriter(line, lang),
    regex: String.raw`^[^\d:|،,]{3,60}?\s+[-–—|/]\s+[^\d:|،,]{3,40}$`,
    maxLength: 100,
  }),
);

/**
 * The page saying when it was last changed, as a wiki closes it (round 20): "This page was last
 * edited on 26 June 2021, at 21:31.", "آخر تعديل لهذه الصفحة كان يوم 26 يونيو 2021، الساعة 21:31.":
 * the page or the piece (`pieces`), a verb of change, and a whole date.
 */
const PAGE_EDITED: PatternSpec[] = eachLang((lang) => {
  const pieces = alt(LABELS[lang].pieces);
  return pattern(lang, {
    name: 'timestamp-page-edited',
    kind: 'timestamp',
    check: (_line, value) => {
      if (value === undefined) return false;
      const reading = readDate(value, lang);
      return reading.date !== undefined && reading.rest.length <= 1;
    },
    en: String.raw`^(?:this|the)\s+${pieces}\s+(?:was|has\s+been)\s+(?:last\s+)?(?:edited|updated|modified|changed|revised)\s+(?:on\s+)?(?<value>[^.]{6,60}?)\.?$`,
    ar: String.raw`^(?:اخر|آخر)\s+(?:تعديل|تحديث|مراجعه)\s+(?:ل|على\s+)?(?:هذه|هذا)\s+${pieces}\s+(?:كان|تم)?\s*(?<value>[^.]{6,60}?)\.?$`,
    maxLength: 120,
  });
});

/**
 * The edition a piece ran in and its date (round 27): "As it appeared in the e-Edition of July 4,
 * 2021", "This article appears in the print edition of 4 May 2021", "Printed in BusinessLine on
 * Tuesday, 4 May 2021", "نُشر في العدد الورقي بتاريخ ٤ مايو ٢٠٢١", "نُشر في الخليج أونلاين بتاريخ …":
 * a verb of running (maybe after the piece), where it ran and a whole date. Where it ran is an
 * edition's word or an outlet's name of four words at most, no clause: a subject before the verb
 * makes a sentence ("The study appeared in Nature on 4 May 2021" stays), and so does anything after
 * the date.
 */
const EDITIONS: Record<Lang, RegExp> = {
  en: new RegExp(`\\b${alt(LABELS.en.editions)}\\b`, 'iu'),
  // Arabic is matched inside the folded line's words ("العدد الورقي", "بالنسخة المطبوعة").
  ar: new RegExp(alt(LABELS.ar.editions), 'u'),
};
const EDITION_RAN: PatternSpec[] = eachLang((lang) => {
  const pieces = alt(LABELS[lang].pieces);
  return pattern(lang, {
    name: 'timestamp-edition',
    kind: 'timestamp',
    check: (line, value) => {
      if (value === undefined) return false;
      const reading = readDate(value, lang);
      if (reading.date === undefined || reading.rest.some((w) => !DATE_LINKS.has(w))) return false;
      // English keeps its case, which says a name; Arabic is read folded.
      const where = EDITION_WHERE[lang].exec(lang === 'en' ? line : foldLineText(line))?.groups?.where ?? '';
      if (EDITIONS[lang].test(where)) return true;
      // An outlet's name after a verb of publishing ("appeared in court", "ظهر في القرية" say where
      // someone was): capitalised words in English, words without a particle in Arabic.
      if (
        !/^(?:(?:this|the)\s+\S+\s+)?(?:was\s+)?(?:published|printed|نشر|نشرت|منشور|منشوره|طبع|طبعت)\s/iu.test(
          foldLineText(line),
        )
      )
        return false;
      return lang === 'en'
        ? /^\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&.-]*){0,3}$/u.test(where)
        : where.split(/\s+/u).length <= 4 && !where.split(/\s+/u).some((w) => isParticle(w));
    },
    en: String.raw`^(?:(?:this|the)\s+${pieces}\s+)?(?:as\s+it\s+)?(?:(?:first|originally)\s+)?(?:appears|appeared|ran|was\s+published|published|was\s+printed|printed)\s+in\s+(?:the\s+)?[^.,;:!?]{2,50}?\s+(?:of|on|dated)\s+(?<value>[^.;!?]{6,50}?)\.?$`,
    ar: String.raw`^(?:(?:هذه|هذا)\s+${pieces}\s+)?(?:نشر|نشرت|ظهر|ظهرت|صدر|صدرت|طبع|طبعت|منشور|منشوره)\s+(?:(?:هذه|هذا)\s+${pieces}\s+)?(?:في|ضمن)\s+[^.،,;؛:!?؟]{2,50}?\s+(?:بتاريخ|الصادر\s+في|الصادره\s+في|الصادر\s+بتاريخ|يوم)\s+(?<value>[^.;؛!?؟]{6,50}?)\.?$`,
    maxLength: 120,
  });
});
/**
 * The issue a magazine's piece is from, by its month (round 31): "From the September 2020 print
 * issue", "From the print edition of March 2021", "من عدد سبتمبر 2020 المطبوع", "من العدد الورقي لشهر
 * مارس 2021": "from", an issue's or an edition's word and a month and its year, nothing else ("From the
 * March 2020 issue of The Lancet, researchers found …" stays).
 */
const ISSUE_FROM: PatternSpec[] = eachLang((lang) => {
  const month = String.raw`(?<value>[\p{L}/ ]{3,25}\s*,?\s*[\d]{4})`;
  // An issue is named by one or two words of `editions` ("print issue", "العدد الورقي").
  const issue = String.raw`${alt(LABELS[lang].editions)}(?:\s+${alt(LABELS[lang].editions)})?`;
  return pattern(lang, {
    name: 'timestamp-issue-from',
    kind: 'timestamp',
    check: (_line, value) => {
      if (value === undefined || !/\d{4}/u.test(value)) return false;
      const reading = readDate(value, lang);
      return reading.found && reading.rest.length === 0;
    },
    en: String.raw`^from\s+(?:the|our)\s+(?:${month}\s+${issue}|${issue}\s+(?:of|dated)\s+${month})\.?$`,
    ar: String.raw`^(?:من|عن)\s+(?:${issue}\s+(?:لشهر|ل|الصادر\s+في|بتاريخ)\s*${month}|${issue}\s+(?:شهر\s+)?${month}(?:\s+${issue})?)\.?$`,
    maxLength: 80,
  });
});

/**
 * A piece's kind and the date it is as of (round 31): "Situation report dated 2 August 2021", "Press
 * update as of 3 May 2020", "تقرير الوضع بتاريخ 2 أغسطس 2021", "النشرة الإنسانية حتى 3 مايو 2020": up to
 * three words, one of them a piece's (`pieces`, with or without the article), a word that dates it and a
 * whole date, nothing after ("The report dated 2 August found …" stays).
 */
const PIECE_PLAIN = perLang(
  (lang) => new Set(LABELS[lang].pieces.map((w) => foldLineText(w).replace(/^ال(?=\p{L}{2})/u, ''))),
);
const PIECE_DATED: PatternSpec[] = eachLang((lang) =>
  pattern(lang, {
    name: 'timestamp-piece-dated',
    kind: 'timestamp',
    check: (line, value) => {
      if (value === undefined) return false;
      const reading = readDate(value, lang);
      if (reading.date === undefined || reading.rest.length > 0) return false;
      const head = foldLineText(line.slice(0, line.length - value.length))
        .split(/\s+/u)
        .filter((w) => /\p{L}/u.test(w))
        .slice(0, -1)
        .map((w) => w.replace(/^ال(?=\p{L}{2})/u, ''));
      return head.some((w) => PIECE_PLAIN[lang].has(w)) && !head.some((w) => isParticle(w));
    },
    en: String.raw`^(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s+(?:dated|as\s+of|as\s+at)\s+(?<value>[^.;!?]{6,40}?)\.?$`,
    ar: String.raw`^(?:\p{L}+\s+){0,2}\p{L}+\s+(?:بتاريخ|حتى|ليوم)\s+(?<value>[^.;!?؟]{6,40}?)\.?$`,
    maxLength: 90,
  }),
);

/**
 * Round 29: a body whose data or piece a credit names after words that say so ("based on data from",
 * "نقلته X عن"), which may be longer than an outlet's name and say where it is ("هيئة الصحة في
 * الشارقة", "Department of Health Region VII"): six words at most, no particle but "في" inside it,
 * none at its ends, and no predicate after a noun with the article.
 */
/** Round 37: an outlet named by a word or two and its round-the-clock number ("درعا 24", "France 24", "عربي 21"). */
const NUMBERED_OUTLET = /^[\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*)?\s+(?:24|٢٤|21|٢١|48|٤٨|360|٣٦٠|365|٣٦٥)$/u;
/** Round 37: a name's words after "and", ending on a body's noun ("… and Caicos Islands Tourist Board"). */
const BODY_NAMED_AFTER_AND =
  /\sand\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:(?:of|for)\s+(?:the\s+)?)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:Board|Ministry|Authority|Force|Police|Department|Office|Agency|Council|Commission|Services?|Bureau|Corporation|Government|Institute|Directorate|Centre|Center|Association|Foundation|Trust|Bank|Court|Parliament|Assembly|Chamber|Health|Tourism|Affairs)$/u;
function isBodyName(value: string, lang: Lang): boolean {
  // Round 31: a department's long name holds its links ("Guam Department of Public Health and Social
  // Services"), which are no words of its own, and may end on its initialism in brackets.
  const whole = value
    .trim()
    .replace(/\.$/u, '')
    .replace(/\s+\([\p{Lu}&.]{2,8}\)$/u, '');
  const words = whole.split(/\s+/u);
  const own = words.filter((w, i) => lang !== 'en' || i === 0 || i === words.length - 1 || !NAME_LINKS_EN.has(w));
  if (own.length > 6) return false;
  if (lang === 'en') return looksLikeName(own.join(' '), lang, 6);
  const inside = (w: string) => foldLineText(w) === 'في';
  // After its first word, a body's name is nouns with the article, and the place after "في" ("وزارة
  // الصحة قررت الحكومة" is a clause).
  const named = (w: string, i: number) =>
    /^(?:ال|بال|لل|وال)\p{L}{2}/u.test(foldLineText(w)) || inside(w) || (i > 0 && inside(words[i - 1]));
  return (
    words.every((w, i) => !isParticle(w) || (i > 0 && i < words.length - 1 && inside(w))) &&
    words.every((w, i) => i === 0 || named(w, i)) &&
    !saysArabicClause(words.filter((w) => !inside(w)).join(' '))
  );
}

/**
 * What a piece draws on, as its source (round 27): the piece, a verb of basing and the data of an
 * outlet ("Based on data from X", "This report draws on figures from X", "استند التقرير إلى بيانات X",
 * "بناءً على إحصاءات X"), as "استنادا إلى تقارير" already was. The outlet is a name, no clause ("Based on
 * data from the clinics, the team found …" stays).
 */
const DRAWN_ON: PatternSpec[] = eachLang((lang) => {
  const pieces = alt(LABELS[lang].pieces);
  return pattern(lang, {
    name: 'source-drawn-on',
    kind: 'source',
    check: (line, value) =>
      value !== undefined &&
      (isOutletName(value.replace(/\.$/u, ''), lang) || isBodyName(value, lang)) &&
      // The pattern's own full stop ends the credit, not a sentence ("… على بيانات X.").
      !readsAsClause(value, lang, line.trim().replace(/\.$/u, '')) &&
      (lang === 'en' || !saysArabicClause(value) || isBodyName(value, lang)),
    // Round 29: …or a desk's research "with data from" it ("X Research, with data from Y", "قسم
    // الأبحاث في X، ببيانات من Y").
    en: String.raw`^(?:(?:(?:this|the)\s+${pieces}\s+)?(?:is\s+|was\s+)?(?:based|draws|drew|relies|relied|built)\s+(?:on|upon)\s+(?:(?:data|figures|statistics|numbers|research|reports?|an?\s+(?:report|analysis|survey))\s+)(?:from|by|of|in|compiled\s+by)|(?:[^,;:]{2,40},\s+)?with\s+(?:data|figures|statistics)\s+(?:from|by))\s+(?:the\s+)?(?<value>[^,;:!?]{2,50}?)\.?$`,
    ar: String.raw`^(?:(?:(?:استند|استندت|يستند|تستند|اعتمد|اعتمدت|يعتمد|تعتمد)\s+(?:(?:هذا|هذه)\s+)?${pieces}\s+(?:الى|عل[ىي])|(?:استنادا|اعتمادا)\s+(?:الى|عل[ىي])|بناء\s+عل[ىي])\s+(?:بيانات|ارقام|احصاءات|احصائيات|تقارير|تقرير|معطيات)\s+(?:من\s+|صادره\s+عن\s+)?|(?:[^،,;:]{2,40}[،,]\s+)?(?:بالاعتماد\s+عل[ىي]\s+(?:بيانات|معطيات)|ب(?:بيانات|معطيات|ارقام)\s+من)\s+)(?<value>[^،,؛;:!?؟.]{2,50})\.?$`,
    maxLength: 120,
  });
});

/**
 * An Arabic body's name, maybe with where it is after "في" ("مديرية صحة نابلس", "الهلال الأحمر الفلسطيني
 * في بيت لحم"): five words at most and a place of three, no particle, and no indefinite noun after one
 * with the article, which only a clause has ("الوزارة خطة جديدة").
 */
const NAMED_AFTER_AR = new Set(LABELS.ar.namedAfter.map((w) => foldLineText(w)));
function isArabicBody(value: string): boolean {
  const [body, place, ...more] = value.trim().split(/\s+في\s+/u);
  const definite = (w: string) => /^(?:ال|بال|لل|وال)\p{L}{2}/u.test(foldLineText(w));
  // Round 33: the place joined to "ب" may be of two or three words ("مكتب الزراعة والري بوادي حضرموت",
  // "المديرية الجهوية للصحة بجهة سوس ماسة"): the words after it are the place's, as after "في".
  const given = body.split(/\s+/u);
  const at = given.findIndex((w, i) => i > 1 && /^ب\p{L}{3}/u.test(w) && definite(given[i - 1]));
  const runs = at > 0 && given.length - at <= 3 && place === undefined;
  const words = runs ? given.slice(0, at + 1) : given;
  const placed = runs ? given.slice(at + 1) : place === undefined ? [] : place.split(/\s+/u);
  return (
    more.length === 0 &&
    placed.every((w) => !definite(w) || !runs) &&
    // Round 31: words of letters only; a date or a time names no body ("26 يونيو 2021 - 21:31").
    [...words, ...placed].every((w) => /^\p{L}[\p{L}\p{M}\u0640]*$/u.test(w)) &&
    words.length <= 5 &&
    placed.length <= 3 &&
    [...words, ...placed].every((w) => !isParticle(w)) &&
    // …but a place joined to "ب" may end it ("مديرية الشؤون الصحية بسوهاج").
    words.every(
      (w, i) =>
        i === 0 ||
        definite(w) ||
        !definite(words[i - 1]) ||
        (i === words.length - 1 && /^ب\p{L}{3}/u.test(w)) ||
        // Round 31: a person's name after a title the body is named after ("مستشفى الأمير هاشم العسكري").
        NAMED_AFTER_AR.has(foldLineText(words[i - 1])) ||
        // Round 32: a noun joined to "ل" before its own with the article ("الاتحاد السعودي لكرة القدم").
        (i < words.length - 1 && /^ل\p{L}{2}/u.test(w) && definite(words[i + 1])),
    ) &&
    !saysArabicClause([...words, ...placed].join(' '))
  );
}

/**
 * Round 30: a body that gave the piece what it says, named after words that say how it came: a press
 * office that released it for the body ("Released by the X Press Office for Y", "صدر عن المكتب الإعلامي
 * لـX نيابة عن Y"), details an outlet had from it ("Details provided to X by Y", "تفاصيل زودت بها X من
 * Y"), reporting the piece includes ("Includes reporting from Y", "يتضمن معلومات من Y"), a statement
 * ("According to a statement from Y", "وفق بيان صادر عن Y"), a programme made with it ("Prepared as part
 * of a radio programme with Y", "أعدت هذه المادة ضمن برنامج إذاعي مع Y", "أنتج بالتعاون مع Y") and its
 * official page ("From the official page of Y", "عن الصفحة الرسمية لـY"; round 35: with a colon before the
 * body, "From the official website: Y", "عن الموقع الرسمي: Y"). The source is the body, a
 * name (`isBodyName`): "Released by the court for lack of evidence", "وفق بيان صادر عن الوزارة فإن
 * الإصابات ارتفعت" stay.
 */
const SUPPLIED_BY: PatternSpec[] = eachLang((lang) => {
  const name = `source-supplied-by-${lang}`;
  DEFAULT_READINGS[name] = 'body';
  DEFAULT_CHECKS[name] = (line, value) =>
    value !== undefined &&
    (lang === 'en' ? isOutletName(value.replace(/\.$/u, ''), lang) || isBodyName(value, lang) : isArabicBody(value)) &&
    // Round 31: support a provenance line reads is its ("أنتجت هذه المادة بدعم من X", "… بدعم من زمالة X
    // للصحافة" names the outlet); a body it cannot read is read here.
    !(
      lang === 'ar' &&
      /\sبدعم\s/u.test(foldLineText(line)) &&
      DEFAULT_CHECKS['source-provenance-ar'](line, undefined, lang)
    ) &&
    !readsAsClause(value, lang, line.trim().replace(/\.$/u, ''));
  const pieces = alt(LABELS[lang].pieces);
  const offices = alt(LABELS[lang].pressOffices);
  return {
    name,
    lang,
    kind: 'source',
    regex:
      lang === 'en'
        ? String.raw`^(?:(?:(?:this|the)\s+${pieces}\s+(?:was\s+)?)?(?:released|issued)\s+by\s+(?:the\s+)?[^,;:]{2,50}?\s+(?:for|on\s+behalf\s+of)|(?:details|information|figures|data|statistics)\s+(?:were\s+|was\s+)?(?:provided|supplied|given)\s+(?:to\s+[^,;:]{2,40}?\s+)?by|(?:(?:this|the)\s+${pieces}\s+)?includes?\s+(?:reporting|information|material)\s+from|according\s+to\s+a\s+statement\s+(?:from|issued\s+by|released\s+by)|(?:(?:this|the)\s+${pieces}\s+(?:was\s+|is\s+)?)?(?:prepared|produced|made|compiled|broadcast|aired)\s+(?:by\s+[^,;:]{2,40}?\s+)?(?:as\s+part\s+of\s+[^,;:]{2,40}?\s+)?(?:with|in\s+(?:collaboration|partnership|cooperation|coordination)\s+with)(?:\s+partners\s+(?:from|at|in))?|(?:(?:this|the)\s+${pieces}\s+(?:was\s+|is\s+)?)?(?:compiled|prepared|written)\s+from\s+an?\s+(?:media|press|news)\s+(?:release|statement)\s+(?:by|from|of|issued\s+by)|from\s+the\s+(?:official\s+(?:page|website|account|web\s+portal|portal)|web\s+portal|online\s+portal|${offices})(?:\s+of|\s*:))\s+(?:the\s+)?(?<value>[^,;:!?]{2,60}?)\.?$`
        : String.raw`^(?:(?:صدر|صدرت)\s+عن\s+[^،,؛;:]{2,50}?\s+(?:نيابه\s+عن|لصالح)|(?:تفاصيل|معلومات)\s+(?:زودت|قدمت)\s+بها\s+[^،,؛;:]{2,40}?\s+(?:من|عن)|(?:يتضمن|تتضمن)\s+(?:(?:هذا|هذه)\s+${pieces}\s+)?(?:معلومات|تقارير)\s+(?:من|عن)|(?:(?:وفق|حسب|بحسب)\s+|وفقا\s+ل\s*)بيان\s+(?:صادر|صادره)\s+عن|(?:اعدت|اعد|انتجت|انتج|انجزت|انجز)\s+(?:(?:(?:هذه|هذا)\s+)?${pieces}\s+)?(?:ضمن\s+[^،,؛;:]{2,40}?\s+)?(?:مع|(?:بالتعاون|بالشراكه|بالتنسيق)\s+مع|بدعم\s+من)(?:\s+(?:شركاء|الشركاء)\s+(?:من|في))?|(?:البث|البرنامج|الانتاج)\s+(?:بالتعاون|بالشراكه|بالتنسيق)\s+مع|(?:هذه|هذا)\s+${pieces}\s+من\s+اعداد\s+[^،,؛;:]{2,40}?\s+(?:بالتعاون|بالشراكه|بالتنسيق)\s+مع|(?:اعدت|اعد|صيغت|صيغ|جمعت|جمع)\s+(?:(?:(?:هذه|هذا)\s+)?${pieces}\s+)?(?:عن|من)\s+بيان\s+(?:صحفي|اعلامي)\s+(?:صادر\s+عن|ل\s*ـ?)|(?:البيانات|الارقام|الاحصاءات|المعطيات|المعلومات|التفاصيل)\s+(?:المقدمه|مقدمه|المزوده|مزوده)\s+(?:(?:الي|ل)\s*ـ?\s*[^،,؛;:]{2,40}?\s+)?(?:من\s+قبل|من)|عن\s+(?:(?:الصفحه|الحساب|الموقع|البوابه|المنصه)(?:\s+(?:الرسمي|الرسميه|الالكتروني|الالكترونيه)){1,2}|${offices})(?:\s+ل\s*ـ?|\s*:))\s*(?<value>[^،,؛;:!?؟.]{2,60})\.?$`,
    maxLength: 140,
  };
});

/**
 * Round 32: a body that gave the piece its facts, named after words of how the outlet had them, as
 * sites print it under a piece in both languages: facts it reviewed ("Health information reviewed by
 * Y", "تمت مراجعة المعلومات الصحية من قبل Y"), advice or content adapted from it ("Travel advice adapted
 * from Y", "نصائح السفر مقتبسة من Y"), its statement or bulletin, official or weekly ("Based on an
 * official statement issued by Y", "استنادا إلى بيان رسمي صادر عن Y", "الخبر بحسب نشرة Y الأسبوعية",
 * "المعلومات من بيان Y"), the piece's information from it and maybe the desk it came through
 * ("Information for this story was supplied by Y", "بيانات الخبر من Y عبر المركز الإعلامي"), what it
 * announced ("As announced by Y in its bulletin", "وفق ما أعلنه Y في نشرته", "بحسب ما أفاد Y"), its
 * official account on a platform ("From the official account of Y on X", "عن الحساب الرسمي لـY على
 * إكس"), reports it compiled from ("Compiled from reports by Y", "جمع الخبر من تقارير Y"), a release
 * by its courtesy ("Press release courtesy of Y", "بيان صحفي بمجاملة من Y") and the reporting it
 * supports ("Health reporting is supported by Y", "التغطية الصحية مدعومة من Y", "المحتوى التربوي
 * بالتعاون مع Y"). The value is the body, read as `source-supplied-by` reads it (a name, no clause):
 * "Information reviewed by the team showed a rise", "بحسب ما أفاد مسؤول، فإن الإصابات ارتفعت" stay.
 */
const BODY_GAVE: PatternSpec[] = eachLang((lang) => {
  const name = `source-body-gave-${lang}`;
  DEFAULT_READINGS[name] = 'body';
  DEFAULT_CHECKS[name] = (line, value, l) => DEFAULT_CHECKS[`source-supplied-by-${lang}`](line, value, l);
  const pieces = alt(LABELS[lang].pieces);
  const offices = alt(LABELS[lang].pressOffices);
  const platforms = alt(LABELS[lang].platforms);
  const facts = alt(LABELS[lang].factsGiven);
  return {
    name,
    lang,
    kind: 'source',
    regex:
      lang === 'en'
        ? String.raw`^(?:(?:[\p{L}'’-]+\s+){0,2}?${facts}\s+(?:(?:in|for|of)\s+(?:this|the)\s+${pieces}\s+)?(?:(?:was|were|has\s+been|have\s+been|is|are)\s+)?(?:medically\s+)?(?:reviewed|checked|verified|vetted|adapted|excerpted|drawn|taken|supplied|provided)\s+(?:by|from)|(?:based\s+on|according\s+to|taken\s+from|information\s+from)\s+(?:an?\s+|the\s+)?(?:(?:official|weekly|daily|monthly|press|news|media)\s+){1,2}(?:statement|release|bulletin|update)\s+(?:issued\s+by|released\s+by|from|by|of)|with\s+(?:additional|further|more|extra)\s+(?:information|details|reporting|input|inputs)\s+from|(?:additional|supplementary)\s+(?:${facts}|reporting)\s+(?:from|supplied\s+by|provided\s+by)|(?:based\s+on|according\s+to|per)\s+(?:an?\s+|the\s+)?(?:(?:latest|official|new)\s+)?(?:data|figures|statistics|circular|notice)\s+(?:issued\s+by|released\s+by|from|by|of)|as\s+(?:announced|reported|stated|published)\s+by|from\s+the\s+official\s+(?:account|page|channel)\s+of|(?:(?:this|the)\s+${pieces}\s+(?:was\s+|is\s+)?)?(?:compiled|prepared|put\s+together)\s+from\s+(?:the\s+)?(?:reports|information|statements|releases|updates)\s+(?:by|from|of)|(?:(?:this|the)\s+${pieces}\s+(?:was\s+|is\s+)?)?(?:compiled|prepared|written)\s+from\s+an?|(?:[\p{L}'’.-]+\s+){1,3}?(?:prepared|compiled|wrote|put\s+together)\s+this\s+[\p{L}-]+\s+(?:from|using|with|based\s+on)\s+(?:the\s+)?(?:information|reports|data|statements?)\s+(?:of|from|by)|(?:press\s+release|statement|news\s+release|${facts}(?:\s+(?:and|&)\s+(?:photos?|pictures?|images?|photographs?))?)\s+courtesy\s+of|(?:[\p{L}'’.-]+\s+){0,3}?(?:reporting|coverage|journalism)\s+(?:(?:is|was)\s+)?(?:supported|funded|made\s+possible|underwritten)\s+(?:in\s+part\s+)?by)\s+(?:the\s+)?(?<value>[^,;:!?]{2,60}?)(?:,?\s+via\s+(?:the\s+)?[^,;:!?]{2,40}?|\s+(?:statement|release|bulletin)(?:\s+(?:received|obtained)\s+by\s+[^,;:!?]{2,40}?)?|\s+(?:in|on)\s+(?:its|their)\s+(?:\S+\s+)?(?:bulletin|statement|release|website|account|page)|\s+on\s+${platforms})?\.?$`
        : String.raw`^(?:(?:تمت|تم|جرت|جري)\s+مراجعه\s+(?:(?:هذه|هذا)\s+)?${facts}(?:\s+(?:الصحيه|الطبيه|العلميه|الوارده\s+في\s+${pieces}))?\s+(?:من\s+قبل|بواسطه|من)|${facts}(?:\s+\S+)?\s+(?:مقتبسه|مقتبس|ماخوذه|ماخوذ|منقوله|منقول|مراجعه|راجعتها|مقدمه|مستقاه|مستقي)\s+(?:من\s+قبل|من|عن)|(?:(?:استنادا|اعتمادا)\s+(?:الي|ل\s*ـ?)|بناء\s+علي|نقلا\s+عن|${facts}(?:\s+${pieces})?\s+(?:من|عن)|(?:${pieces}\s+)?(?:وفق|وفقا\s+ل|بحسب|حسب))(?:(?<=\sل)\s*|\s+)(?:ال)?(?:بيان|بلاغ|نشره|تعميم|تحديث)(?:\s+(?:رسمي|صحفي|اعلامي|الرسمي|الصحفي|اسبوعي|يومي))?(?:\s+(?:صادر|الصادر|صادره|الصادره)\s+عن|\s+ل\s*ـ?|\s+من)?|${facts}\s+${pieces}\s+(?:من|عن)|(?:(?:وفق|بحسب|حسب|كما)\s+|وفقا\s+ل\s*)ما\s+(?:اعلنته|اعلنه|اعلنت|اعلن|افادت\s+به|افاد\s+به|افادت|افاد|ذكرته|ذكره|ذكرت|ذكر|نشرته|نشره|اوردته|اورده)|(?:مع\s+|ب)(?:معلومات|تفاصيل)\s+(?:اضافيه|اخري)\s+(?:من|عن)|عن\s+(?:الحساب|الصفحه|القناه)\s+(?:الرسمي|الرسميه)\s+ل\s*ـ?|(?:جمع|جمعت|اعد|اعدت|صيغ|صيغت)\s+(?:(?:هذه|هذا)\s+)?(?:${pieces}\s+)?(?:من|عن)\s+(?:ال)?(?:تقارير|معلومات|بيانات|نشرات)\s+(?:صادره\s+عن\s+)?|(?:اعدت|اعد|جمعت|جمع|صاغت|صاغ)\s+(?:\S+\s+){0,3}?(?:هذا|هذه)\s+\S+\s+(?:من|عن)\s+(?:ال)?(?:معلومات|بيانات|تقارير|بيان)\s+(?:(?:صادره|صادر)\s+عن\s+|ل\s*ـ?\s*)?|(?:ال)?(?:بيان|تعميم)\s+(?:ال)?(?:صحفي|اعلامي)\s+(?:بمجامله|باذن|مقدم)\s+من|(?:ال)?(?:تغطيه|محتوي|برامج)(?:\s+\S+)?\s+(?:مدعومه\s+من|ممول(?:ه)?\s+من|بدعم\s+من|(?:بالتعاون|بالشراكه)\s+مع))\s*(?<value>[^،,؛;:!?؟.]{2,60}?)(?:\s+(?:الاسبوعيه|اليوميه|الشهريه|الدوريه)|\s+(?:تلقته|تلقتها|وصل\s+(?:الي|ل)|ورد\s+(?:الي|ل))\s*[^،,؛;:!?؟.]{2,30}?|\s+عبر\s+(?:${offices}|[^،,؛;:!?؟.]{2,30}?)|\s+(?:في|علي|عبر)\s+(?:نشرته|نشرتها|بيانه|بيانها|موقعه|موقعها|حسابه|حسابها|صفحته|صفحتها)|\s+(?:علي|في|عبر)\s+${platforms})?\.?$`,
    maxLength: 140,
  };
});

/**
 * Round 32: a picture's scene in a few words with no stop, a spaced dash or bar, then a picture's
 * credit label and its photographer ("From the award ceremony - photo by Jane Doe", "من حفل التكريم -
 * تصوير فلان", "لقطة من دبا - عدسة فلان"): the photographer is the credit, not the scene (which a
 * dateline or a byline had read as a place or a writer). English pages print the outlet first in place
 * of the label's word ("Civil Beat photo: Jane Doe", "Staff photo: Jane Doe"), or the photographer
 * first and the outlet they shot for ("Jane Doe photo for Alaska Public Media"), as Arabic prints
 * "صورة الجزيرة: فلان" and "تصوير فلان لإذاعة X", which other shapes read. "Prices rose - photo by
 * photo the market fell" and "The minister - photo by Jane Doe shows him smiling" stay: the credit is
 * a person's name and nothing after it.
 */
const PICTURE_WORD_EN = /^(?:photo|photos|picture|pictures|image|images|pic|photograph)$/iu;
const CAPTION_LABELS_EN = new Set(LABELS.en.labels.caption.map((l) => l.replace(/:$/u, '').toLowerCase()));
/** A word of credits anywhere in a line ("by", "بقلم", "تصوير"). */
const CREDITED = perLang(
  (lang) => new RegExp(String.raw`${START}(?:${alt([...LABELS[lang].credits, 'by'])})${END}`, 'iu'),
);
function sceneThenCredit(line: string, lang: Lang): string | undefined {
  const text = line.trim();
  const scene = /^(?<scene>[^|:.!?؟،,]{3,60}?)\s+(?:[|—–]|--?)\s+(?<tail>[^|]{3,60})$/u.exec(text)?.groups;
  if (scene && scene.scene.trim().split(/\s+/u).length <= 8 && !/[\d٠-٩]/u.test(scene.scene)) {
    const label = CREDIT_LABEL[lang].exec(scene.tail);
    // A colon after the label is the caption-credit pattern's ("… - Photo: Jane Doe"); a credit in the
    // scene makes the line a run of credits ("Text by Jane Doe | Photos by John Roe").
    const credited = CREDITED[lang];
    if (
      label &&
      label[0] !== '©' &&
      !/^\s*:/u.test(scene.tail.slice(label[0].length)) &&
      !credited.test(foldLineText(scene.scene))
    ) {
      const rest = scene.tail
        .slice(label[0].length)
        .replace(lang === 'en' ? /^\s*by\s+/iu : /^\s*لـ\s*/u, '')
        .trim();
      const named = rest.length < scene.tail.length - label[0].length || lang === 'ar' || /\sby$/iu.test(label[0]);
      if (named && isPersonName(rest, lang) && !(lang === 'ar' && SAYS_AR.test(rest))) return rest;
    }
  }
  // The label first, the photographer, then after a bar the outlet they shot for ("Photo by Jane Doe |
  // The Daily Tar Heel", "تصوير فلان | الجزيرة").
  const first = CREDIT_LABEL[lang].exec(text);
  if (first && first[0] !== '©') {
    const parts = text
      .slice(first[0].length)
      .replace(lang === 'en' ? /^\s*(?:by\s+|:\s*)/iu : /^\s*:?\s*/u, '')
      .split(/\s+\|\s+/u);
    const [who, given] = parts.map((p) => p.trim());
    // Round 37: a unit by its number is a body as its name is ("10th Mountain Division", "Coast Guard
    // District 7", "اللواء 10"), the photographer's as an outlet is.
    const outlet = given?.replace(/^[\d٠-٩]{1,3}(?:st|nd|rd|th)?\s+(?=\p{L})|\s+[\d٠-٩]{1,3}$/u, '');
    if (
      parts.length === 2 &&
      !outlet.includes(':') &&
      isPersonName(who, lang) &&
      outlet.split(/\s+/u).length <= 4 &&
      (isOutletName(outlet, lang) || looksLikeOutlet(outlet, lang) || /^\p{Lu}{2,8}$/u.test(outlet))
    )
      return withoutHonorific(who, lang);
  }
  if (lang !== 'en') return undefined;
  const owner =
    /^(?<owner>\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,2})\s+(?<word>\S+)\s*(?::|\s+by\s|\s*\/)\s*(?<name>[^:|,/]{3,40})$/u.exec(
      text,
    )?.groups;
  // The outlet's name in place of a label's word ("Top image" is a label: the caption pattern's); round
  // 33: "by" or a slash for the colon ("Lethbridge Herald photo by Jane Doe", "GK Photo/Jane Doe").
  if (
    owner &&
    PICTURE_WORD_EN.test(owner.word) &&
    !CAPTION_LABELS_EN.has(`${owner.owner} ${owner.word}`.toLowerCase()) &&
    isPersonName(owner.name.trim(), lang)
  )
    return owner.name.trim();
  const shotFor = /^(?<name>[^:|,]{3,40}?)\s+(?<word>\S+)\s+for\s+(?:the\s+)?(?<outlet>\p{Lu}[^:|,]{1,40})$/u.exec(
    text,
  )?.groups;
  if (
    shotFor &&
    PICTURE_WORD_EN.test(shotFor.word) &&
    !/^(?:the|a|an)\s/iu.test(shotFor.name) &&
    isPersonName(shotFor.name, lang) &&
    isOutletName(shotFor.outlet, lang)
  )
    return shotFor.name.trim();
  return undefined;
}

const SCENE_THEN_CREDIT: PatternSpec[] = eachLang((lang) => {
  // A picture's word somewhere on the line, for the check to read.
  const words = alt([...LABELS[lang].labels.caption.map((l) => l.replace(/:$/u, '')), ...LABELS[lang].photographers]);
  return pattern(lang, {
    name: 'caption-scene-credit',
    kind: 'caption',
    check: (line) => sceneThenCredit(line, lang) ?? false,
    where: 'anywhere',
    regex: String.raw`^(?=.*${START}${words}${END})(?<value>.{6,120})$`,
    maxLength: 120,
  });
});

/**
 * Round 32: an Arabic writer credited for two crafts joined by "و", each with the "ب" of "by" or
 * without ("بعدسة وقلم فلان", "بقلم وعدسة فلان", "تصوير وتحرير فلان"), as English prints "Words and
 * pictures by Jane Doe": the name after them is the author (the byline label "بقلم" had read "وعدسة
 * فلان" as the name). A role with the article and the beat it covers, then the name ("المحرر السياحي
 * فلان", "المحررة الصحية فلانة"), as English prints "Travel editor Jane Doe". "بقلم وعدسة المصورين
 * المحليين" and "المحرر الصحي يكتب عن الأزمة" stay: the name must be a person's.
 */
const CRAFTS_AR = alt(LABELS.ar.credits.map((w) => w.replace(/^ب(?=\p{L}{3})/u, '')));
// A newsroom's role: a word of both tables ("محرر", "مراسل", "مصور"), so an office's ("المدير الصحي
// يزور المستشفى") is no byline.
const NEWSROOM_ROLES_AR = alt(
  LABELS.ar.roles.filter((r) => LABELS.ar.credits.some((c) => foldLineText(c).replace(/^ال/u, '') === foldLineText(r))),
);
const CRAFTS_AND_ROLES_AR: PatternSpec[] = [
  {
    name: 'byline-crafts-joined-ar',
    lang: 'ar',
    kind: 'byline',
    regex: String.raw`^ب?${CRAFTS_AR}(?:\s+وب?${CRAFTS_AR}){1,2}\s+(?<value>[^:|،,.\-–—]{5,40})$`,
    maxLength: 70,
  },
  {
    name: 'byline-role-beat-ar',
    lang: 'ar',
    kind: 'byline',
    regex: String.raw`^ال${NEWSROOM_ROLES_AR}(?:ه)?\s+ال\p{L}{2,}ي(?:ه)?\s+(?<value>[^:|،,.]{5,40})$`,
    maxLength: 70,
  },
];
for (const spec of CRAFTS_AND_ROLES_AR)
  DEFAULT_CHECKS[spec.name] = (line, value) =>
    value !== undefined &&
    isPersonName(value, 'ar') &&
    isArabicBareName(value.trim().split(/\s+/u)) &&
    !SAYS_AR.test(value) &&
    !readsAsClause(value, 'ar', line);

/**
 * Round 32: a writer's name, a slash or a bar, then the outlet and the role they write in ("Jane Doe
 * / Harbour Gazette correspondent", "Jane Doe | Gazette staff reporter", "فلان / مراسل الجزيرة", "فلانة
 * | مراسلة صوت الساحل"): a byline, the name its author, where the marks had read a breadcrumb's two
 * sections or a dateline's place and outlet. "Health / Gazette correspondent" and "الصحة / مراسل
 * الجزيرة" stay the breadcrumbs' to judge: the name must be a person's. A byline's label first ("By Jane
 * Doe | Daily Post Reporter") is the labelled byline's, which reads the name without it.
 */
const NAME_MARK_ROLE: PatternSpec[] = eachLang((lang) => {
  const roles = alt(LABELS[lang].roles);
  return pattern(lang, {
    name: 'byline-name-mark-role',
    kind: 'byline',
    check: (line, value) =>
      value !== undefined &&
      isPersonName(value, lang) &&
      !readsAsClause(value, lang, line) &&
      !(lang === 'ar' && SAYS_AR.test(value)),
    en: String.raw`^(?!by\s)(?<value>[^\d:|/,]{3,40}?)\s*[/|]\s*(?:the\s+)?(?:[\p{L}\d'’.&-]+\s+){1,3}(?:(?:senior|chief|staff|special)\s+)?${roles}$`,
    ar: String.raw`^(?!(?:بقلم|بواسطه)\s)(?<value>[^\d:|/،,]{3,40}?)\s*[/|]\s*(?:ال)?${roles}(?:ه)?\s+\S+(?:\s+\S+){0,2}$`,
    maxLength: 80,
  });
});
/**
 * Round 33: a picture's caption that says what the file shows, with no credit: its file or archive word
 * first, then what it shows ("File photo shows the district hospital.", "Archive picture of the old
 * clinic", "صورة أرشيفية لحقل قمح في X", "صورة من الأرشيف تظهر مستشفى X"). "File photos were handed to
 * the court on Monday." stays: the picture's word must say what it shows; an Arabic caption has no
 * stop ("صورة أرشيفية للرئيس عُلّقت في كل مكتب حكومي." is a sentence).
 */
const FILE_PICTURES: PatternSpec[] = eachLang((lang) =>
  pattern(lang, {
    name: 'caption-file-picture',
    kind: 'caption',
    where: 'anywhere',
    en: String.raw`^[(\[]?(?:an?\s+|the\s+)?(?:file|archive|archival|stock)\s+(?:photo|picture|image|photograph|pic)s?\s*(?:shows?|showing|of)\s+(?:[^\s.!?]+\s+){0,11}[^\s.!?]+\.?[)\]]?$`,
    ar: String.raw`^[(\[]?(?:ال)?(?:صوره|صور|لقطه)\s+(?:ارشيفيه|من\s+الارشيف)(?:\s+(?:تظهر|تبين|توضح|تعرض|يظهر|ل\s*ـ?)\s+|\s+ل(?=\p{L}{2}))(?:[^\s.!?؟]+\s+){0,6}[^\s.!?؟]+[)\]]?$`,
    maxLength: 140,
  }),
);

/**
 * Round 33: a caption of the scene alone, a part or a view of an event with no verb and no credit
 * ("جانب من الزيارة الميدانية", "مشاهد من حفل التكريم", "A view of the field visit", "Scenes from the
 * award ceremony"; a shot's word is a credit's: "لقطة من فلان" names who took it), and an Arabic
 * subject during what it does or attends ("وزير الصحة خلال تفقده مستشفى X", "المزارعون أثناء حصاد
 * المانجو", "نقيب الصحفيين خلال المؤتمر"), as English prints "The health minister during his visit to X
 * hospital". No stop, no colon, a few words: "جانب من المشكلة يكمن في
 * التمويل." and "Scenes from the ward were shown on television." stay.
 */
const SCENE_CAPTIONS: PatternSpec[] = eachLang((lang): PatternSpec[] => [
  pattern(lang, {
    name: 'caption-part-of',
    kind: 'caption',
    where: 'anywhere',
    en: String.raw`^(?:(?:a|another)\s+(?:view|glimpse|scene)|views|glimpses|scenes)\s+(?:of|from)\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,5}[\p{L}'’-]+$`,
    ar: String.raw`^(?:جانب|جوانب|مشهد|مشاهد)\s+من\s+(?:[^\s.!?؟:،,]+\s+){0,5}[^\s.!?؟:،,]+$`,
    maxLength: 80,
  }),
  pattern(lang, {
    name: 'caption-during',
    kind: 'caption',
    where: 'anywhere',
    en: String.raw`^(?:the\s+)?(?:[\p{L}'’-]+\s+){1,4}during\s+(?:his|her|their|the)\s+(?:visit|tour|inspection|meeting|speech|address|arrival|opening|launch|harvest|conference|ceremony)\s+(?:(?:to|of|at)\s+)?(?:[\p{L}'’-]+\s+){0,5}[\p{L}'’-]+$|^(?:the\s+)?(?:[\p{L}'’-]+\s+){1,4}during\s+(?:his|her|their|the)\s+(?:visit|tour|inspection|meeting|speech|address|arrival|opening|launch|harvest|conference|ceremony)$`,
    ar: String.raw`^(?:[^\s.!?؟:،,]+\s+){0,3}[^\s.!?؟:،,]+\s+(?:خلال|اثناء|لدي)\s+(?:(?:تفقد|زياره|ترؤس|افتتاح|لقاء|مشارك|حضور|استقبال|تدشين|القاء)\p{L}{0,3}|(?:ال)?(?:مؤتمر|اجتماع|لقاء|زياره|حفل|ورشه|جلسه|حصاد|افتتاح|ندوه|فعاليه|فعاليات|تدشين|جوله)\p{L}{0,2})(?:\s+[^\s.!?؟:،,]+){0,6}$`,
    maxLength: 100,
  }),
]).flat();
// A caption of the scene names no one's act and negates nothing: no verb of saying or being, no
// particle but a preposition ("لقطة من التقرير لا تظهر شيئا", "The minister said during his visit …").
const SCENE_PREPOSITIONS_AR = new Set(
  ['في', 'على', 'مع', 'عن', 'الى', 'من', 'الي', 'خلال', 'أثناء', 'اثناء', 'لدى'].map((w) => foldLineText(w)),
);
for (const lang of ['en', 'ar'] as const)
  for (const name of [`caption-during-${lang}`, `caption-part-of-${lang}`])
    DEFAULT_CHECKS[name] = (line) =>
      !reportsSpeech(line, lang) &&
      (lang === 'en'
        ? !/\s(?:is|are|was|were|has|have|had|will|says?|said|told|shows?|showed|do|does|did|not)\s/iu.test(` ${line} `)
        : !line
            .trim()
            .split(/\s+/u)
            .some((w) => isParticle(w) && !SCENE_PREPOSITIONS_AR.has(foldLineText(w))));

/**
 * Round 33: a link to more on a topic, at the page's edge, whose topic is a tag ("See more on Dengue
 * in Kuching", "More on Measles vaccination", "Get alerts for Hosepipe ban from X", "كل جديد حمى
 * مالطا", "المزيد عن لقاح الحصبة", "تابع كل جديد عن السيول"): the topic, a short name with no stop, is
 * the piece's tag. "See more on this story" and "More on what the minister said" stay the related
 * kind's: the topic is a name, capitalised in English, not a clause.
 */
const TOPIC_FOLLOWS: PatternSpec[] = eachLang((lang) =>
  pattern(lang, {
    name: 'tags-more-on',
    kind: 'tags',
    check: (line, value) => {
      if (value === undefined || /[\d.!?؟:]/u.test(value)) return false;
      const words = value.trim().split(/\s+/u);
      return (
        words.length <= 4 &&
        !readsAsClause(value, lang, line, false) &&
        (lang === 'en'
          ? /^\p{Lu}/u.test(value.trim()) && !/^(?:this|that|these|the|our|your|what|how|why|who)$/iu.test(words[0])
          : arabicTopic(value) && !/^(?:هذا|هذه|ذلك|تلك|ما|كيف|لماذا|من)$/u.test(foldLineText(words[0])))
      );
    },
    // Round 35: …or the latest on it, as a topic's page is linked ("آخر مستجدات مدارس الكرة", "Latest
    // updates on Water taxis"); asked to follow it, a prompt's ("تابع آخر تطورات X لحظة بلحظة").
    // Round 34: …or everything the outlet has published on it, or its site searched for it
    // ("Everything we have published on Water taxis", "All our coverage of Dengue", "Search the site for
    // Dengue", "كل ما نشرناه عن السيول", "ابحث في الموقع عن النقل المدرسي").
    en: String.raw`^(?:(?:(?:see|read|view|get|find)\s+)?more\s+(?:on|about|stories\s+(?:on|about))|(?:the\s+)?latest\s+(?:updates|developments)\s+(?:on|about)|(?:get|receive)\s+(?:alerts|updates|notifications|news)\s+(?:for|on|about)|everything\s+(?:we(?:['’]ve|\s+have)\s+)?(?:published|written|reported)\s+(?:so\s+far\s+)?(?:on|about)|all\s+(?:of\s+)?our\s+(?:coverage|stories|articles|reporting)\s+(?:on|of|about)|search\s+(?:the|our|this)\s+(?:site|website)\s+for)\s+(?<value>[^:|.!?]{2,50}?)(?:\s+from\s+(?:the\s+)?\p{L}[^:|.!?]{1,40})?(?:\s*[\p{So}\p{Sm}"'>]+)?$`,
    ar: String.raw`^(?:(?:تابع\s+)?(?:كل\s+جديد|المزيد\s+(?:عن|حول))(?:\s+(?:عن|حول))?|(?:اخر|احدث)\s+(?:مستجدات|تطورات)(?:\s+(?:عن|حول))?|(?:كل|جميع)\s+ما\s+(?:نشرناه|كتبناه|نشر|كتب)\s+(?:عن|حول)|(?:كل|جميع)\s+(?:تغطياتنا|تغطيتنا|مقالاتنا|اخبارنا)\s+(?:عن|حول)|ابحث\s+في\s+(?:الموقع|موقعنا)\s+عن)\s+(?<value>[^:|.!?؟،,]{2,50}?)(?:\s*[\p{So}\p{Sm}"'<>]+)?$`,
    maxLength: 90,
  }),
);

/**
 * Round 33: a tags label, then tags between a breadcrumb's marks ("Tags » A » B", "Topics › A › B",
 * "الوسوم » أ » ب"), which the breadcrumb read as a trail from a section named "Tags": the tags, each
 * a short name, never a clause ("Tags » what they mean" stays).
 */
const TAGS_MARKED: PatternSpec[] = eachLang((lang) => {
  const { plain, separated } = formsOf(LABELS[lang].labels.tags);
  const labels = alt([...plain, ...separated].filter((l) => l.split(/\s+/u).length <= 2));
  return pattern(lang, {
    name: 'tags-label-marks',
    kind: 'tags',
    check: (line, value) => {
      if (value === undefined) return false;
      const tags = value
        .split(new RegExp(String.raw`\s+${CRUMB_RUN}\s+`, 'u'))
        .map((t) => t.trim())
        .filter((t) => t !== '');
      const ok = tags.every(
        (t) =>
          t.split(/\s+/u).length <= 5 &&
          !/[\d.!?؟:]/u.test(t) &&
          !readsAsClause(t, lang, t, false) &&
          (lang === 'en' ? /^\p{Lu}/u.test(t) : arabicTopic(t)),
      );
      return ok && tags.length >= 1 && tags.length <= 8 ? tags.join(', ') : false;
    },
    // Doubled colons are a breadcrumb's mark too ("Keywords :: A :: B"); a tag holds no colon.
    regex: String.raw`^${labels}${TAGS_OF_PIECE[lang]}\s*${FOLDED_RUN}\s+(?<value>(?:[^:]|::){2,160})$`,
    maxLength: 180,
  });
});

/**
 * Round 33: content a body supplied to the outlet that carries it ("Content supplied to Bailiwick
 * Express by X", "This material was provided by X", "المحتوى مقدم إلى صوت الساحل من X", "المادة مقدمة
 * من X"): the body is the source, not a picture's credit (a picture's word is the caption's: "Image
 * supplied by X"). The value is a body's name: "Content supplied by readers is checked" stays.
 */
const CONTENT_SUPPLIED: PatternSpec[] = eachLang((lang) => {
  const name = `source-content-supplied-${lang}`;
  DEFAULT_READINGS[name] = 'body';
  DEFAULT_CHECKS[name] = (line, value, l) => DEFAULT_CHECKS[`source-supplied-by-${lang}`](line, value, l);
  return {
    name,
    lang,
    kind: 'source',
    regex:
      lang === 'en'
        ? String.raw`^(?:this\s+)?(?:content|material|text|article|story|item)\s+(?:was\s+|is\s+)?(?:supplied|provided|contributed|submitted|sent)\s+(?:to\s+(?:the\s+)?[^,;:]{2,40}?\s+)?by\s+(?:the\s+)?(?<value>[^,;:!?]{2,60}?)\.?$`
        : String.raw`^(?:المحتوي|الماده|المواد|النص|الخبر)\s+(?:مقدم|مقدمه|مزود|مرسل|مرسله|ورد)\s+(?:(?:الي|ل)\s*ـ?\s*[^،,؛;:]{2,40}?\s+)?من\s+(?:قبل\s+)?(?<value>[^،,؛;:!?؟.]{2,60})\.?$`,
    maxLength: 140,
  };
});

/**
 * Round 33: a writer credited by the outlet's own bureau or desk, its place in it, then the name ("From
 * our Bhubaneswar bureau: Jane Doe", "From our health desk - Jane Doe", "من مكتبنا في المكلا: فلان"),
 * which the provenance shapes read as "From X" naming an outlet; and the Arabic "كتبه" ("he wrote it")
 * before a name, a dash and the outlet ("كتبه فلان - عرب هاردوير"), as English prints "Written by Jane
 * Doe - Outlet": the name is the author. The name must be a person's: "كتبه التاريخ - فصل جديد" stays.
 */
const BUREAU_BYLINES: PatternSpec[] = eachLang((lang): PatternSpec[] => {
  const desks = alt(LABELS[lang].desks);
  const named = (line: string, value: string | undefined) =>
    value !== undefined &&
    isPersonName(value, lang) &&
    !readsAsClause(value, lang, line) &&
    (lang === 'en' || (isArabicBareName(value.trim().split(/\s+/u)) && !SAYS_AR.test(value)));
  return [
    pattern(lang, {
      name: 'byline-our-desk',
      kind: 'byline',
      check: named,
      en: String.raw`^from\s+our\s+(?:[\p{L}'’-]+\s+){0,3}(?:${desks}|correspondent|office)\s*(?::|,|\s[-–—])\s*(?<value>[^:,|]{3,40})$`,
      ar: String.raw`^من\s+(?:مكتبنا|مراسلنا|فريقنا|قسمنا)(?:\s+(?:في|ب)\s*[^:،,|-]{2,30}?)?\s*(?::|،|,|\s[-–—])\s*(?<value>[^:،,|]{3,40})$`,
      maxLength: 90,
    }),
    pattern(lang, {
      name: 'byline-wrote-outlet',
      kind: 'byline',
      check: (line, value) => {
        const outlet = /\s[-–—|]\s+(?<outlet>[^-–—|]+)$/u.exec(line.trim())?.groups?.outlet.trim() ?? '';
        return named(line, value) && outlet.split(/\s+/u).length <= 4 && isOutletName(outlet, lang);
      },
      en: String.raw`^(?:written|words|story|text)\s+by\s+(?<value>[^:,|]{3,40}?)\s+[-–—|]\s+(?:the\s+)?[^-–—|:]{2,40}$`,
      ar: String.raw`^(?:كتبه|كتبها|كتبته|كتبت)\s+(?<value>[^:،,|-]{3,40}?)\s+[-–—|]\s+[^-–—|:]{2,40}$`,
      maxLength: 90,
    }),
  ];
}).flat();

/**
 * Round 33: a byline's label and the name, then when or where the post was filed, as blogs print it
 * ("By Jane Doe on May 2, 2021", "Posted by Jane Doe in Health", "بواسطة فلان في ألعاب", "بقلم فلان في
 * 2 مايو 2021"): the name is the author, the date or the category no part of it. What follows is a
 * whole date or a short category's name (capitalised in English), never a clause: "By Monday on the
 * ward, cases had fallen" and "بواسطة الهاتف في المنزل" stay.
 */
const BY_ON_IN: PatternSpec[] = eachLang((lang) =>
  pattern(lang, {
    name: 'byline-by-on-in',
    kind: 'byline',
    check: (line, value) => {
      if (value === undefined) return false;
      const rest = (lang === 'en' ? /\s(?:on|in)\s+(?<rest>.+)$/u : /\s(?:في|يوم|بتاريخ)\s+(?<rest>.+)$/u).exec(
        line.trim().slice(line.trim().indexOf(value) + value.length - 1),
      )?.groups?.rest;
      if (rest === undefined) return false;
      const date = readDate(rest, lang);
      const dated = date.date !== undefined && date.rest.length === 0;
      const category =
        rest.split(/\s+/u).length <= 4 &&
        !/[\d.!?؟:،,]/u.test(rest) &&
        (lang === 'en' ? /^\p{Lu}/u.test(rest) : arabicTopic(rest)) &&
        !readsAsClause(rest, lang, rest, false);
      return (
        (dated || category) &&
        isPersonName(value, lang) &&
        !readsAsClause(value, lang, line) &&
        // The label says a name follows: a family's name with the article is one ("سارة الخطيب").
        (lang === 'en' || !SAYS_AR.test(value))
      );
    },
    en: String.raw`^(?:(?:posted|written|published)\s+)?by\s*:?\s+(?<value>[^,:|\d]{3,40}?)\s+(?:on|in)\s+[^:|]{2,40}$`,
    ar: String.raw`^(?:(?:نشر|نشرت|كتب|كتبت)\s+)?(?:بواسطه|بقلم)\s*:?\s+(?<value>[^،,:|\d٠-٩]{3,40}?)\s+(?:في|يوم|بتاريخ)\s+[^:|]{2,40}$`,
    maxLength: 90,
  }),
);

/**
 * Round 33: "for more, see the website of X" under a piece, the body it sends the reader to being its
 * source ("For more information, visit the website of Jersey Water", "For more, see Jersey Water's
 * website", "للمزيد راجع الموقع الإلكتروني لـX", "لمزيد من المعلومات يرجى زيارة موقع X"). The value is
 * the body, a name; "For more, see the minister's speech" stays.
 */
const SEE_SITE_OF: PatternSpec[] = eachLang((lang) => {
  const name = `source-see-site-of-${lang}`;
  DEFAULT_READINGS[name] = 'body';
  DEFAULT_CHECKS[name] = (line, value, l) => DEFAULT_CHECKS[`source-supplied-by-${lang}`](line, value, l);
  return {
    name,
    lang,
    kind: 'source',
    regex:
      lang === 'en'
        ? String.raw`^for\s+(?:more|further)(?:\s+(?:information|details))?\s*,?\s+(?:please\s+)?(?:see|visit|check|go\s+to)\s+(?:the\s+)?(?:(?:official\s+)?(?:website|web\s+site|site|page|portal)\s+of\s+(?:the\s+)?)?(?<value>[^,;:!?]{2,60}?)(?:['’]s\s+(?:official\s+)?(?:website|web\s+site|site|page|portal))?\.?$`
        : String.raw`^(?:للمزيد|لمزيد\s+من\s+(?:المعلومات|التفاصيل)|للاستزاده|للاطلاع\s+علي\s+المزيد)\s*[:،,]?\s+(?:يرجي\s+)?(?:راجع|راجعوا|زر|زوروا|زياره|تصفح|تصفحوا)\s+(?:ال)?(?:موقع|صفحه|بوابه)(?:\s+(?:الالكتروني|الرسمي|الالكترونيه|الرسميه)){0,2}\s+(?:ل\s*ـ?\s*)?(?<value>[^،,؛;:!?؟.]{2,60})\.?$`,
    maxLength: 140,
  };
});

/**
 * Round 33: an Arabic "عن" ("from") before an outlet its own word names as one ("عن وكالة تونس إفريقيا
 * للأنباء", "عن صحيفة الساحل"), as English's "From X" alone already reads: "عن" alone is also "about"
 * ("عن الكاتب"), so the outlet's word must open the name.
 */
const FROM_OUTLET_AR: PatternSpec[] = [
  {
    name: 'source-from-outlet-ar',
    lang: 'ar',
    kind: 'source',
    regex: String.raw`^عن\s+(?<value>(?:وكاله|صحيفه|جريده|مجله|قناه|اذاعه|شبكه|بوابه)\s+[^،,؛;:!?؟.]{2,50})\.?$`,
    maxLength: 80,
  },
];
DEFAULT_CHECKS['source-from-outlet-ar'] = (line, value) =>
  value !== undefined && isOutletName(value, 'ar') && !readsAsClause(value, 'ar', line) && !SAYS_AR.test(value);

/**
 * Round 33: writers' names, one or two joined by "and", then a bar and the outlet they write for ("Jane Doe | Greater Kashmir", "Jane Doe and John Roe | The Edition", "فلان وفلانة | بوابة
 * الزراعة"), as round 32 read the same with the role after the outlet: the names are the author, where
 * the bar had read a breadcrumb's two sections. Each name must be a person's and the outlet's words
 * no person's alone: "Health | Greater Kashmir", "KABUL | TOLONEWS" and "الصحة | بوابة الزراعة" stay.
 */
const NAMES_MARK_OUTLET: PatternSpec[] = eachLang((lang) =>
  pattern(lang, {
    name: 'byline-names-mark-outlet',
    kind: 'byline',
    check: (line, value) => {
      if (value === undefined) return false;
      const outlet = /\s[|]\s+(?<outlet>.+)$/u.exec(line.trim())?.groups?.outlet.trim() ?? '';
      const names = value.split(lang === 'en' ? /\s+(?:and|&)\s+/u : /\s+و(?=\p{L}{2})/u);
      // A name holds no outlet's or service's word ("Local News / Health", "Harbour News Service | Kano").
      const outletish = (w: string) =>
        OUTLET_WORDS[lang].has(foldLineText(w).toLowerCase().replace(/^ال/u, '')) ||
        SERVICE_WORDS[lang].has(foldLineText(w).toLowerCase());
      return (
        names.length <= 2 &&
        names.every(
          (n) =>
            isPersonName(n, lang) &&
            !n.trim().split(/\s+/u).some(outletish) &&
            (lang === 'en' || isArabicBareName(n.trim().split(/\s+/u))),
        ) &&
        !readsAsClause(value, lang, line) &&
        outlet.split(/\s+/u).length <= 4 &&
        isOutletName(outlet.replace(/^the\s+/iu, ''), lang) &&
        // The outlet is the line's other side, no second writer ("Jane Doe | John Roe").
        (lang === 'ar'
          ? outlet.split(/\s+/u).some((w) => OUTLET_WORDS.ar.has(foldLineText(w).replace(/^ال/u, '')))
          : /^the\s/iu.test(outlet) ||
            names.length === 2 ||
            outlet.split(/\s+/u).some((w) => OUTLET_WORDS.en.has(w.toLowerCase())) ||
            isBrandPrinted(outlet) ||
            /^\p{Lu}{2,}$/u.test(outlet)) &&
        // A trail's home is no writer ("Front Page | Health").
        !BREADCRUMB_ROOTS[lang].has(foldLineText(value))
      );
    },
    en: String.raw`^(?!by\s)(?<value>[^\d:|/,]{3,60}?)\s+[|]\s+(?:the\s+)?[^\d:|/,]{2,40}$`,
    ar: String.raw`^(?!(?:بقلم|بواسطه)\s)(?<value>[^\d:|/،,]{3,60}?)\s+[|]\s+[^\d:|/،,]{2,40}$`,
    maxLength: 100,
  }),
);

/** An Arabic word without its article ("الكاتب" → "كاتب"). */
export const unarticled = (word: string) => word.replace(/^(?:ال|وال)(?=\p{L}{2})/u, '');

/**
 * Round 32: the words a press office is made of, from each table's `pressOffices`, `desks` and
 * `officeUnits`: its unit ("office", "division", "مكتب", "شعبة", "إدارة") and what it handles
 * ("press", "public relations", "الإعلام", "العلاقات العامة"), folded, the Arabic without its
 * article. English puts the unit last, Arabic first.
 */
const OFFICE_WORDS = perLang((lang) => {
  const entries = LABELS[lang].pressOffices.map((o) => foldLineText(o).toLowerCase().split(/\s+/u).map(unarticled));
  const units = new Set([
    ...entries.map((e) => (lang === 'en' ? e.at(-1) : e[0]) ?? ''),
    ...LABELS[lang].desks.map((w) => foldLineText(w)),
    ...LABELS[lang].officeUnits.map((u) => unarticled(foldLineText(u).toLowerCase())),
  ]);
  const handles = new Set(entries.map((e) => (lang === 'en' ? e.slice(0, -1) : e.slice(1)).join(' ')));
  return { units, handles };
});

/**
 * Whether a line is nothing but a press office's name, as a page prints it for its byline: a unit and
 * what it handles, more than one joined by "and" ("Media and Public Relations Division", "شعبة
 * الإعلام والعلاقات العامة"), then at most whose it is ("of the Ministry of Awqaf", "بوزارة الأوقاف",
 * "للنيابة العامة"). A headline says what the office did ("المكتب الإعلامي يعلن …", "Press office
 * shuts").
 */
export function pressOfficeLine(line: string, lang: Lang): boolean {
  const printed = line.trim().split(/\s+/u);
  const words = printed.map((w) =>
    foldLineText(w)
      .toLowerCase()
      .replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''),
  );
  // Session 23: an Arabic body's name may be long ("… بالهيئة العامة للعناية بشؤون المسجد الحرام والمسجد النبوي").
  if (words.length < 2 || words.length > (lang === 'ar' ? 14 : 10) || /[.!?؟:]$|:/u.test(line.trim())) return false;
  const { units, handles } = OFFICE_WORDS[lang];
  // A word as the tables hold it: in Arabic without its article, after "و" when it joins another.
  const bare = (i: number, joined = false) =>
    lang === 'en' ? (words[i] ?? '') : unarticled((joined ? words[i]?.replace(/^و(?=\p{L}{3})/u, '') : words[i]) ?? '');
  // What the office handles, from `at` on: one word or two ("public relations", "علاقات عامه"),
  // more joined by "and"; gives where it ends.
  const handled = (at: number): number => {
    let i = at;
    for (;;) {
      const joined = lang === 'ar' && i > at;
      const word = bare(i, joined);
      const step = handles.has(`${word} ${bare(i + 1)}`) ? 2 : handles.has(word) ? 1 : 0;
      if (step === 0) return i === at || lang === 'ar' ? i : i - 1;
      i += step;
      if (lang === 'en' && /^(?:and|&)$/u.test(words[i] ?? '')) i++;
      else if (lang === 'en' || !/^و\p{L}{3}/u.test(words[i] ?? '')) return i;
    }
  };
  if (lang === 'en') {
    // Round 37: an office's rank before what it handles ("General Media Directorate", "the Central Press
    // Office"), as Arabic's "الإدارة العامة للإعلام" has it after the unit.
    const from =
      (words[0] === 'the' ? 1 : 0) + (/^(?:general|central)$/u.test(words[words[0] === 'the' ? 1 : 0]) ? 1 : 0);
    const end = handled(from);
    if (end === from || !units.has(words[end] ?? '')) return false;
    // Whose: "of/at/for" or a comma, then a name, every word capitalised but the little ones.
    const rest = printed.slice(end + 1);
    if (rest.length === 0) return true;
    if (!/^(?:of|at|for)$/u.test(rest[0]) && !/,$/u.test(printed[end])) return false;
    return rest.filter((w) => !/^(?:of|at|for|the|and|&)$/u.test(w)).every((w) => /^\p{Lu}/u.test(w));
  }
  if (!units.has(bare(0))) return false;
  // Round 37: the unit's rank after it ("الإدارة العامة للإعلام الأمني", "المديرية العامة للإعلام"), and
  // what it handles joined by "ل" to the article ("للإعلام"), as English's "General Media Directorate".
  const ranked = /^(?:ال)?(?:عامه|عام|مركزيه|مركزي|عليا)$/u.test(words[1] ?? '') ? 2 : 1;
  if (ranked === 2 && /^لل\p{L}{3}/u.test(words[2] ?? '')) words[2] = words[2].replace(/^لل/u, 'ال');
  const end = handled(ranked);
  if (end === ranked) return false;
  // Whose, in Arabic: words with the article or a joined "ل"/"ب" ("للنيابة العامة", "بوزارة الأوقاف"),
  // round 33: one joined by "و" to the name ("لوزارة الصحة والسكان"), or after a dash, the body's own
  // name ("المركز الإعلامي – وزارة العدل", as English's "Press Office, Ministry of Justice").
  const rest = printed.slice(end);
  const dashed = /^[-–—]$/u.test(rest[0] ?? '') && rest.length >= 3 ? rest.slice(2) : undefined;
  const body = dashed ?? rest;
  // Round 34: a body's noun joined by "ب" or "ل", then its own name of a word or two without the article
  // ("بغرفة قطر", "لبلدية صيدا", as English's "of the Qatar Chamber").
  const named =
    body.length >= 2 &&
    body.length <= 3 &&
    /^(?:لل|بال|ب|ل)\p{L}{3,}/u.test(foldLineText(body[0])) &&
    // A verb's present after the body says what it did ("المكتب الإعلامي لحماس يعلن …").
    body.slice(1).every((w) => !isParticle(w) && /^\p{L}+$/u.test(w) && !/^[يت]\p{L}{2,4}$/u.test(foldLineText(w)));
  return (
    (named || body.every((w) => /^(?:ال|لل|بال|ب|ل|وال)\p{L}{2,}/u.test(foldLineText(w)))) &&
    (rest.length === 0 || !readsAsClause(rest.join(' '), lang, line, false))
  );
}

/**
 * Round 33: a press office's name alone, as a body's page prints it for the piece's byline
 * (`pressOfficeLine`: "Press Office, Ministry of Health", "Media and Public Relations Division",
 * "المكتب الإعلامي لوزارة الصحة والسكان", "مكتب الإعلام والعلاقات العامة بالنقابة", "المركز الإعلامي –
 * وزارة العدل"), at the page's edges; it names no person, so no author. "المكتب الإعلامي يعلن إغلاق
 * المدارس" says what the office did, and stays.
 */
const PRESS_OFFICE_BYLINES: PatternSpec[] = eachLang((lang) => {
  // A unit's word, for the check to read the whole name.
  const units = literalAlternation([...OFFICE_WORDS[lang].units].filter((u) => u !== '').map(escapeRegExp));
  return pattern(lang, {
    name: 'byline-press-office',
    kind: 'byline',
    check: (line) => pressOfficeLine(line, lang),
    en: String.raw`^(?:the\s+)?(?:[\p{L}&-]+\s+){0,4}${units}(?:[\s,–—-].{0,70})?$`,
    ar: String.raw`^(?:ال)?${units}\s.{3,110}$`,
    maxLength: 120,
  });
});

/** Where an edition line says the piece ran, as `EDITION_RAN` reads it from the folded line. */
const EDITION_WHERE: Record<Lang, RegExp> = {
  en: /\b(?:appears|appeared|ran|published|printed)\s+in\s+(?:the\s+)?(?<where>[^.,;:!?]{2,50}?)\s+(?:of|on|dated)\s+/iu,
  ar: /(?:نشر|نشرت|ظهر|ظهرت|صدر|صدرت|طبع|طبعت|منشور|منشوره)\s+(?:(?:هذه|هذا)\s+\S+\s+)?(?:في|ضمن)\s+(?<where>[^.،,;؛:!?؟]{2,50}?)\s+(?:بتاريخ|الصادر\s+في|الصادره\s+في|الصادر\s+بتاريخ|يوم)\s+/u,
};

/**
 * A picture credited without a label, as papers print it under the picture (round 27): a person's
 * name of two words or more, a slash and the outlet's file ("Jane Doe / Miami Herald file", "فلان /
 * أرشيف الجريدة") or a network in capitals ("Jane Doe/USA TODAY NETWORK"); the credit is the
 * photographer. A second person after the slash ("Jane Doe / John Roe") is no outlet.
 */
const NAME_SLASH_OUTLET: PatternSpec[] = eachLang((lang) =>
  pattern(lang, {
    name: 'caption-name-slash',
    kind: 'caption',
    check: (line) => {
      const parts = /^(?<head>[^/|]+?)\s*\/\s*(?<tail>[^/|]+)$/u.exec(line.trim())?.groups;
      if (!parts) return false;
      const head = parts.head.trim();
      const tail = parts.tail.trim().replace(/\.$/u, '');
      const isOutletWord = (w: string) => OUTLET_WORDS[lang].has(foldLineText(w).toLowerCase().replace(/^ال/u, ''));
      // A name with an outlet's word is the outlet's ("Health News/ File", "صحيفة الأيام/ أرشيف"), a dateline.
      const named = head.split(/\s+/u);
      // A label before the name ("Photo: Jane Doe/AFP") is the labelled caption's.
      if (
        !/^[\p{L}\p{M}.'’ -]+$/u.test(head) ||
        named.length < 2 ||
        named.some(isOutletWord) ||
        !isPersonName(head, lang)
      )
        return false;
      const words = tail.split(/\s+/u);
      if (words.length > 5) return false;
      const filed = /(?:^|\s)(?:file|files|archive|أرشيف|ارشيف|الأرشيف|الارشيف)(?:\s|$)/iu.test(tail);
      // A byline prints a name and its outlet the same way ("Jane Doe / Khmer Times", "Jane Doe / TNN"):
      // only a file, or a network's name in capitals of two words or more, says the picture's.
      const capitals = words.length >= 2 && words.every((w) => /^[\p{Lu}\d&.'’-]{2,}$/u.test(w));
      // Round 32: …or the paper's staff, as American and Caribbean papers print their photographers'
      // credits ("Jane Doe/Senior Staff", "Jane Doe / Tribune Staff Photographer"), as Arabic names its
      // camera team ("فلان / فريق التصوير", "فلان / مصور الجريدة"); a byline prints a comma before the
      // staff ("Jane Doe, Staff Writer").
      const staff =
        lang === 'en'
          ? /(?:^|\s)staff(?:\s+(?:photographer|photo))?$/iu.test(tail)
          : /(?:^|\s)(?:فريق\s+التصوير|قسم\s+التصوير|مصور|المصور|مصورة|المصورة)(?:\s|$)/u.test(tail);
      // Round 34: …or a broadcaster by its channel's number ("Jane Doe/Channel 5 Belize", "Jane Doe / 7
      // News", "فلان/قناة 5"), as their camera crews are credited; a byline names its outlet after a bar.
      const numbered =
        /(?:^|\s)[\d٠-٩]{1,3}(?:\s|$)/u.test(tail) &&
        words.length <= 4 &&
        isOutletName(tail.replace(/^[\d٠-٩]{1,3}\s+(?=\p{L})|(?<=\p{L})\s+[\d٠-٩]{1,3}(?=\s|$)/u, ''), lang);
      // Round 35: …or an outlet that names itself by its word ("Jane Doe / Penguin News", "فلان / شمال
      // بوست"), as papers print a photographer's credit under the picture; its writer's byline opens on
      // the outlet ("Penguin News / Jane Doe", `byline-outlet-slash-writer`).
      const worded = words.length <= 4 && words.some(isOutletWord) && isOutletName(tail, lang);
      const outlet = filed || staff || (lang === 'en' && capitals) || numbered || worded;
      return outlet ? head : false;
    },
    where: 'anywhere',
    regex: String.raw`^(?<value>[^/|.!?؟]{4,40}?\s*/\s*[^/|!?؟]{2,40})$`,
    maxLength: 90,
  }),
);

/**
 * Round 31: a copyright sign over an organisation and its photographer after a slash ("© OCHA/Jane
 * Doe", "© أوتشا/فلان"), as the UN's agencies print it under a picture: a caption, the photographer
 * its credit, not the page's rights line ("© 2021 Vanuatu Daily Post" has no slash and no person).
 */
const RIGHTS_SLASH_PHOTOGRAPHER: PatternSpec[] = eachLang((lang) =>
  pattern(lang, {
    name: 'caption-rights-slash',
    kind: 'caption',
    check: (line) => photographerAfterOrg(line, lang) ?? false,
    where: 'anywhere',
    regex: String.raw`^©\s*[^/\d]{2,60}?\s*/\s*(?<value>[^/\d]{3,40})$`,
    maxLength: 100,
  }),
);

/**
 * Round 31: an outlet's own file picture, the outlet first ("Star file picture", "Daily Post file
 * photo"), as Arabic names it after ("صورة من أرشيف إذاعة المهرة"): a caption, the outlet its credit.
 */
const OUTLET_FILE_PICTURE: PatternSpec[] = eachLang((lang) =>
  pattern(lang, {
    name: 'caption-outlet-file',
    kind: 'caption',
    where: 'anywhere',
    en: String.raw`^(?:the\s+)?(?<value>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:file|archive|library)\s+(?:photo|picture|image|pic|photograph)\.?$`,
    ar: String.raw`^(?:صوره|الصوره|صور)\s+(?:من\s+)?(?:ارشيف|الارشيف)\s+(?<value>(?:${alt(LABELS.ar.outlets)})\s+\S+(?:\s+\S+)?)\.?$`,
    maxLength: 60,
  }),
);

/**
 * A writer who wrote in an outlet, as a column is introduced (round 20): "كتب فلان في «X»:", "Jane
 * Doe writes in The Herald:". The outlet is quoted or the line ends on the colon that leads into
 * the piece; the writer is a person's name ("كتب التاريخ في …" is a sentence).
 */
const WROTE_IN: PatternSpec[] = eachLang((lang) =>
  pattern(lang, {
    name: 'byline-wrote-in',
    kind: 'byline',
    check: (line, value) => {
      if (value === undefined || !isWriterName(value, lang)) return false;
      const outlet =
        /\s(?:in|for|في)\s+(?<outlet>(?:(?!\s(?:in|for|في)\s)[^:])+?)\s*:?$/u.exec(line.trim())?.groups?.outlet ?? '';
      const quoted = /^[«"“].+[»"”]$/u.test(outlet);
      return (quoted || /:$/u.test(line.trim())) && isOutletName(outlet.replace(/^[«"“]|[»"”]$/gu, ''), lang);
    },
    en: String.raw`^(?<value>[^\d:|,]{3,40}?)\s+(?:writes|wrote)\s+(?:in|for)\s+[^:|]{2,40}?\s*:?$`,
    ar: String.raw`^(?:كتب|كتبت)\s+(?<value>[^\d:|«"“]{3,40}?)\s+في\s+[^:|]{2,40}?\s*:?$`,
    maxLength: 100,
  }),
);

/**
 * A writer's role, the outlet it is for and the writer, with no mark between them (round 20): "مراسل
 * الجزيرة مباشر فلان", "Al Jazeera Live correspondent Jane Doe". The name is the last two to four
 * words that make a person's name with an outlet's name before them; a compound's second word
 * ("ود", "بن") opens no name, and after it a given name may take the article ("الطيب ود الزين").
 */
const ROLE_OUTLET_NAME: PatternSpec[] = eachLang((lang) => {
  const roles = alt(LABELS[lang].roles);
  return pattern(lang, {
    name: 'byline-role-outlet-name',
    kind: 'byline',
    check: (line, value) => {
      if (value === undefined || reportsSpeech(line, lang)) return false;
      // In English the outlet and the role come first: the outlet is what stands before the role.
      if (lang === 'en') {
        const before = line
          .trim()
          .slice(0, line.trim().length - value.length)
          .trim()
          .split(/\s+/u);
        // The role in lower case: a headline in Title Case capitalises it ("Trump Health Reporter Fired
        // Over Tweets"); and the name names no outlet ("… writer Harbour Media Group").
        const role = before.pop() ?? '';
        while (/^(?:senior|chief)$/iu.test(before.at(-1) ?? '')) before.pop();
        return (
          /^\p{Ll}/u.test(role) &&
          before.length > 0 &&
          isPersonName(value, lang) &&
          !value.split(/\s+/u).some((w) => OUTLET_WORDS.en.has(foldLineText(w).toLowerCase())) &&
          isOutletName(before.join(' '), lang) &&
          value.trim()
        );
      }
      const words = value.trim().split(/\s+/u);
      // Round 37: a family name of "أبو" or "عبد" and a word is the end of a name of three ("نورس أبو
      // فخر"), read before the two alone, which a given name would leave behind in the outlet.
      // …and so is a name's second half of "الدين" or "الله" ("ماهر شرف الدين", "فلان عبد الله").
      const order =
        /^(?:أبو|ابو|عبد)$/u.test(words.at(-2) ?? '') || /^(?:الدين|الله)$/u.test(words.at(-1) ?? '')
          ? [3, 2, 4]
          : [2, 3, 4];
      for (const k of order) {
        if (words.length - k < 1) continue;
        const person = words.slice(words.length - k);
        const outlet = words.slice(0, words.length - k).join(' ');
        if (/^(?:بن|ابن|ود|ولد|bin|ibn)$/u.test(person[0])) continue;
        const compound = k === 3 && /^(?:بن|ابن|ود|ولد)$/u.test(person[1]) && !isParticle(person[0]);
        if ((isWriterName(person.join(' '), lang) || compound) && isOutletName(outlet, lang)) return person.join(' ');
      }
      return false;
    },
    en: String.raw`^(?<outlet>[^\d:|,]{2,40}?)\s+(?:senior\s+|chief\s+)?${roles}\s+(?<value>[^\d:|,.]{4,40})$`,
    ar: String.raw`^${roles}(?:ه|ة)?\s+(?<value>[^:|,،.\-–—]{6,60})$`,
    maxLength: 90,
  });
});

/**
 * A frame of a video and a post on a platform credit the person whose they are (round 20), tried
 * before the caption labels, which would take "لقطة" with all that follows as the credit.
 */
const FRAMES_AND_POSTS: PatternSpec[] = eachLang((lang): PatternSpec[] => {
  const still = `caption-still-${lang}`;
  DEFAULT_CHECKS[still] = (_line, value) => value !== undefined && isWriterName(value, lang);
  const platforms = alt([...LABELS[lang].platforms, ...LABELS.en.platforms].filter((p) => p.length > 2));
  const name = String.raw`(?<value>[^\d:|,،.()]{3,50}?)`;
  return [
    {
      // A frame of a video and whose footage it is ("Still from the video report by Jane Doe", "Screengrab
      // from a broadcast by X", "لقطة من التقرير المصور لـ فلان", "لقطة شاشة من بث فلان"): a word of a
      // frame, "from", a few words ending on a word of footage, then the person.
      name: still,
      lang,
      kind: 'caption',
      where: 'anywhere',
      regex:
        lang === 'en'
          ? String.raw`^(?:(?:video\s+)?still|screengrab|screenshot|frame|grab|frame grab)s?\s+(?:taken\s+)?from\s+(?:(?:the|a|an|our)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:video|footage|broadcast|clip|livestream|film|report)(?:\s+report)?\s+(?:by|of)\s+${name}$`
          : String.raw`^(?:لقطه|لقطات)(?:\s+شاشه)?(?:\s+ماخوذه)?\s+من\s+(?:ال)?(?:فيديو|مقطع|تقرير|بث|شريط)(?:\s+(?:ال)?(?:مصور|مباشر|المصور|المباشر))?\s+(?:ل\s+|من\s+اعداد\s+|بعدسه\s+)?${name}$`,
      maxLength: 100,
    },
    pattern(lang, {
      // A post, or a page, of a person's on a platform, which the picture is from ("From Jane Doe's
      // Facebook page", "Facebook post by Jane Doe", "عن صفحة فلان على فيسبوك", "منشور على فيسبوك لـ فلان").
      name: 'caption-post',
      kind: 'caption',
      check: DEFAULT_CHECKS[still],
      where: 'anywhere',
      en: String.raw`^(?:(?:from|via)\s+${name}['’]s\s+${platforms}\s+(?:page|account|post|profile|feed)|(?:an?\s+)?${platforms}\s+(?:post|page|video)\s+(?:by|of|from)\s+${name})$`,
      ar: String.raw`^(?:(?:عن|من|نقلا\s+عن)\s+(?:صفحه|حساب)\s+${name}\s+(?:على|في|عبر)\s+${platforms}|(?:منشور|تدوينه|تغريده)\s+(?:على|في|عبر)\s+${platforms}\s+ل\s+${name})$`,
      maxLength: 100,
    }),
    pattern(lang, {
      // Round 29: a graphic's source, then its designer after a dash ("Source: X - Design by Jane Doe",
      // "المصدر: الجزيرة - تصميم فلان"): a picture's credit, the designer its name, not the source's
      // line with both.
      name: 'caption-designed',
      kind: 'caption',
      check: DEFAULT_CHECKS[still],
      where: 'anywhere',
      en: String.raw`^(?:sources?|data)\s*:\s*[^:|]{2,40}?\s+[-–—|]\s+(?:design(?:ed)?|graphics?|infographic|chart|illustration)(?:\s+by)?\s*:?\s*${name}$`,
      ar: String.raw`^(?:ال)?(?:مصدر|مصادر|بيانات)\s*:\s*[^:|]{2,40}?\s+[-–—|]\s+(?:تصميم|جرافيك|غرافيك|انفوجرافيك|رسم|اعداد الرسم)\s*:?\s*${name}$`,
      maxLength: 100,
    }),
  ];
}).flat();

// Round 32: the page's prompts with the outlet's name where a label says "our" or nothing at all
// ("Print this Civil Beat story", "Related Tribune stories", "Royal Gazette comments are closed on this
// article", "Post to X from Pajhwok", "شريك المحتوى لقناة الكأس"): the line without the name is the
// prompt. Only these kinds: a byline or a source is made of names, and a headline leads with one.
export const OUTLET_NAMED_KINDS: ReadonlySet<FurnitureKind> = new Set([
  'share',
  'comments',
  'related',
  'advertisement',
]);

/** The words of an English name as a page prints an outlet's: capitalised, or a brand ("TOLOnews", "ADN"). */
const NAME_WORD_EN = /^\p{Lu}[\p{L}\p{N}'’&.-]*$/u;
/**
 * Where a prompt puts the outlet's name inside it: after "this", "the", "on" or "in", or after a list's
 * word ("Related Tribune stories", "Trending in Alaska news"); "as MPs vote" is a clause's.
 */
const BEFORE_NAME_EN = new Set([
  'this',
  'these',
  'the',
  'our',
  'on',
  'in',
  'related',
  'more',
  'latest',
  'other',
  'top',
]);
/** What joins an outlet to the end of a line in English: where the button or the list comes from. */
const OUTLET_LINKS_EN = new Set(['from', 'at', 'on', 'with', 'by']);
const OUTLET_NOUNS_AR = foldedSet(LABELS.ar.outlets);
const PLATFORM_ONLY = perLang((lang) => new RegExp(`^(?:the\\s+)?${alt(LABELS[lang].platforms)}$`, 'iu'));
/**
 * What follows an outlet's name that opens a line, as the name's own (the page's lists, its pieces,
 * its readers' comments: "Pajhwok suggested reading", "Royal Gazette comments are closed"); a line's
 * first word before anything else is as often its verb ("Grab the link").
 */
const OWNED_AFTER_NAME_EN = foldedSet(
  [
    ...LABELS.en.interface.comments,
    ...LABELS.en.lists.items,
    ...LABELS.en.lists.relations,
    ...LABELS.en.pieces,
    ...LABELS.en.site.words.comments,
  ].filter((w) => !/\s/u.test(w)),
);
const OUTLET_LINKS_AR = new Set(['من', 'على', 'عبر', 'في', 'مع', 'لدى'].map((w) => foldLineText(w)));

/**
 * The line once without each place where it names an outlet (`OUTLET_NAMED_KINDS`): in English a run of
 * one to four capitalised words (maybe after "The") inside the line before a word in small letters, the
 * run that opens it before one, or one that ends it after "from", "at", "on", "with" or "by"; in Arabic
 * a word of what an outlet is ("قناة", "صحيفة", maybe after "لـ") and one or two words of its name, ending
 * the line. A platform is no outlet here ("Share on Facebook" names where, not whose).
 */
export function withoutOutletName(line: string, lang: Lang): string[] {
  const isPlatformName = (text: string) => PLATFORM_ONLY[lang].test(foldLineText(text).trim());
  const words = line.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 14) return [];
  const found: string[] = [];
  const join = (parts: string[]) => parts.join(' ').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  if (lang === 'ar') {
    for (let start = Math.max(1, words.length - 4); start < words.length - 1; start++) {
      const head = foldLineText(words[start]).replace(/^(?:ل|ب)(?=\p{L}{3})/u, '');
      if (!OUTLET_NOUNS_AR.has(head) && !OUTLET_NOUNS_AR.has(head.replace(/ه$/u, 'ة'))) continue;
      const name = words.slice(start + 1);
      if (name.length > 2 || /[\d٠-٩.!؟?،,:]/u.test(name.join(' '))) continue;
      const before = words.slice(0, start);
      if (before.length > 1 && OUTLET_LINKS_AR.has(foldLineText(before[before.length - 1]))) before.pop();
      found.push(before.join(' '));
    }
    return found;
  }
  const bare = words.map((w) => w.replace(/[.!?,;:]+$/u, ''));
  for (let i = 0; i < words.length; i++) {
    // Every run of a name's words, the longest first.
    let end = i;
    while (end < words.length && end - i < 4 && NAME_WORD_EN.test(bare[end])) end++;
    if (end === i) continue;
    let start = i;
    if (i > 0 && /^the$/iu.test(bare[i - 1])) start = i - 1;
    for (let stop = end; stop > i; stop--) {
      const name = bare.slice(i, stop).join(' ');
      // A weekday or a month alone is no outlet ("Share on Monday"); one among a name's words is its own
      // (round 33: "Share this Brandon Sun article on Facebook").
      if (isPlatformName(name) || bare.slice(i, stop).every((w) => MONTH_OR_DAY.has(w.toLowerCase()))) continue;
      const next = words[stop];
      // The name's last word keeps the line's final mark ("… for this ADN story." keeps its full stop).
      const tail = words[stop - 1].slice(bare[stop - 1].length);
      if (next !== undefined && /^\p{Ll}/u.test(next) && stop - 1 < words.length - 1) {
        // Inside the line or opening it, before a word in small letters.
        if (tail !== '' || (i > 0 && !BEFORE_NAME_EN.has(bare[i - 1].toLowerCase()))) continue;
        // Opening the line, the name owns what follows, a heading of two words at most or a sentence
        // ("Pajhwok suggested reading", "Royal Gazette comments are closed on this article."); "WHO
        // comments on vaccine" is a headline's subject and verb.
        if (
          i === 0 &&
          (!OWNED_AFTER_NAME_EN.has(bare[stop].toLowerCase()) || (words.length - stop > 2 && !/\.$/u.test(line.trim())))
        )
          continue;
        found.push(join([...words.slice(0, i), ...words.slice(stop)]));
      } else if (next === undefined && start > 0) {
        const link = bare[start - 1]?.toLowerCase();
        if (start >= 2 && OUTLET_LINKS_EN.has(link)) found.push(join(words.slice(0, start - 1)) + tail);
        else if (start >= 1 && link === 'reading') found.push(join(words.slice(0, start)) + tail);
      }
    }
  }
  return found.filter((c) => c !== '' && c !== line);
}

/** Round 34: whether an Arabic name opens on an outlet's word, as outlets are named ("صحيفة الرأي", "راديو دبنقا"). */
function outletOpens(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  return words.length >= 2 && OUTLET_WORDS.ar.has(foldLineText(words[0]).replace(/^ال(?=\p{L}{2})/u, ''));
}

/**
 * Round 34: an Arabic outlet named by its word, a dash and its writer ("راديو دبنقا - فلان", "بوابة الوفد ـ
 * فلانة"), as the writer's name and the outlet are printed the other way round too ("فلان - روداو"): a
 * byline, the writer its author. A section after the outlet is no person ("صحيفة الرأي – محليات" stays
 * a trail's). English prints its outlet's word last, and a place after it reads as a name ("Lethbridge
 * Herald – Brunei Darussalam" is an outlet's section), so English has no such shape.
 */
const OUTLET_DASH_WRITER: PatternSpec[] = eachLang((lang) =>
  onlyIn('ar', lang, {
    name: 'byline-outlet-dash-writer',
    kind: 'byline',
    check: (line) => {
      // The line as printed: a spaced tatweel is a dash too, which folding drops.
      const parts = line.trim().split(/\s+[-–—ـ]+\s+/u);
      if (parts.length !== 2) return false;
      const [outlet, writer] = parts.map((p) => p.trim());
      const named =
        outletOpens(outlet) &&
        outlet.split(/\s+/u).length <= 4 &&
        !saysArabicClause(outlet.split(/\s+/u).slice(1).join(' '));
      return (
        named &&
        isWriterName(writer, lang) &&
        // A name joins no word to "لل" or "بال" ("تغطية مستمرة للأحداث" says what the outlet does).
        !writer.split(/\s+/u).some((w) => isParticle(w) || /^(?:لل|بال|كال|فال)/u.test(foldLineText(w))) &&
        !readsAsClause(writer, lang, line) &&
        !SAYS_AR.test(writer) &&
        writer
      );
    },
    regex: String.raw`^(?:ال)?${alt(LABELS.ar.outlets)}\s+(?:[^\s\d:|،,]+\s+){1,3}(?:-{1,3}\s+)?(?<value>[^\d:|،,]{3,40})$`,
    maxLength: 90,
  }),
).flat();

/**
 * Round 34: a caption of the occasion the picture was taken at, with no dash and no credit after it
 * (as `caption-from-event` reads one with them): "من اجتماع مجلس إدارة الغرفة", "من حفل افتتاح المعرض",
 * "From the board meeting of the Chamber", "At the opening of the new terminal". And a magazine's cover
 * by its issue ("غلاف العدد 101 من مجلة القافلة", "Cover of issue 101 of Up Here magazine", "The
 * cover of the March 2021 issue"). No verb, no particle but a preposition, no "to" or "إلى" joining two
 * ends as a headline does ("من اجتماع الحكومة إلى الشارع", "From the meeting to the street").
 */
const OCCASIONS: Record<Lang, string> = {
  // Round 35: a team's training and its camp too ("من تدريبات المنتخب الأول", "At the squad's practice").
  en: String.raw`(?:meeting|board\s+meeting|ceremony|event|workshop|seminar|conference|visit|launch|opening|inauguration|session|forum|signing|reception|celebration|festival|exhibition|graduation|protest|rally|funeral|match|training|tour|practice|camp|drills|warm-up)`,
  ar: String.raw`(?:ال)?(?:اجتماع|اجتماعات|حفل|فعاليه|فعاليات|ندوه|لقاء|ورشه|مؤتمر|زياره|افتتاح|جلسه|توقيع|استقبال|احتفال|احتفاليه|مهرجان|معرض|تخريج|وقفه|تشييع|مباراه|دوره|جوله|تكريم|مراسم|تدريبات|تدريب|تداريب|حصه\s+تدريبيه|مران|معسكر|تربص)`,
};
/** Round 35: a credit in brackets closing a caption of a few words, its value the name inside. */
const BRACKET_CREDIT = String.raw`(?:\s*[(\[](?<value>[^()\[\]]{2,40})[)\]])?`;
/** Whether a bracket's words credit a picture: a person's name, an outlet's, or a wire's initials. */
function isBracketCredit(value: string, lang: Lang): boolean {
  const name = value.trim();
  return (
    isPersonName(name, lang) ||
    isOutletName(name, lang) ||
    /^\p{Lu}{2,6}$/u.test(name) ||
    (lang === 'ar' && INITIALS_AR.test(name))
  );
}
const ISSUE_COVERS_AND_OCCASIONS: PatternSpec[] = eachLang((lang): PatternSpec[] => [
  pattern(lang, {
    name: 'caption-at-occasion',
    kind: 'caption',
    where: 'anywhere',
    check: (printed, value) => {
      // Round 35: the credit in brackets after the occasion ("من تدريبات المنتخب الأول (فلان)", "At the
      // squad's training camp (Jane Doe)") is a photographer's or an outlet's name, nothing else.
      if (value !== undefined && !isBracketCredit(value, lang)) return false;
      const line = value === undefined ? printed : printed.replace(/\s*[([][^()[\]]*[)\]]\s*$/u, '');
      return (
        !reportsSpeech(line, lang) &&
        (lang === 'en'
          ? !/\s(?:to|is|are|was|were|has|have|had|will|says?|said|told|shows?|showed|do|does|did|not)\s/iu.test(
              ` ${line} `,
            )
          : !line
              .trim()
              .split(/\s+/u)
              .some(
                (w) => (isParticle(w) && !SCENE_PREPOSITIONS_AR.has(foldLineText(w))) || /^(?:الي|الى|إلى)$/u.test(w),
              ) &&
            // The occasion with its article takes no noun after it, only its adjective or a preposition:
            // a bare word there is a verb ("من الاجتماع خرج الوزير غاضبا").
            !((words) =>
              /^(?:ال)/u.test(foldLineText(words[1] ?? '')) &&
              words[2] !== undefined &&
              !/^(?:ال|لل|بال)/u.test(foldLineText(words[2])) &&
              !SCENE_PREPOSITIONS_AR.has(foldLineText(words[2])))(
              line
                .trim()
                .split(/\s+/u)
                .filter((w) => !/^(?:صوره|صور|لقطات)$/u.test(foldLineText(w))),
            )) &&
        (value ?? true)
      );
    },
    en: String.raw`^(?:photos?\s+|pictures?\s+)?(?:from|at)\s+(?:the|a|an|this\s+year['’]s|last\s+year['’]s)\s+(?:[\p{L}'’-]+\s+){0,3}${OCCASIONS.en}(?:\s+(?:of|at|in|for|on|with)\s+(?:[\p{L}\p{N}'’&-]+\s+){0,5}[\p{L}\p{N}'’-]+)?${BRACKET_CREDIT}$`,
    ar: String.raw`^(?:(?:صوره|صور|لقطات)\s+)?من\s+${OCCASIONS.ar}(?:\s+[^\s.!?؟:،,؛|\-()\[\]]+){1,6}${BRACKET_CREDIT}$`,
    maxLength: 90,
  }),
  pattern(lang, {
    name: 'caption-issue-cover',
    kind: 'caption',
    where: 'anywhere',
    en: String.raw`^(?:the\s+)?(?:front\s+)?cover\s+(?:of|for)\s+(?:the\s+)?(?:issue\s+(?:no\.?\s*|number\s+|#)?\d{1,4}|(?:[\p{L}]+\s+){1,2}(?:\d{4}\s+)?(?:issue|edition)|\d{4}\s+(?:issue|edition))(?:\s+of\s+(?:the\s+)?[\p{Lu}\d][\p{L}\p{N}'’&-]*(?:\s+[\p{L}\p{N}'’&-]+){0,4})?\.?$`,
    ar: String.raw`^(?:غلاف|الغلاف)\s+(?:ال)?عدد\s+(?:(?:رقم|رقم:)\s*)?(?:[\d٠-٩]{1,4}|(?:ال)?\p{L}+(?:\s+[\d٠-٩]{4})?)(?:\s+من\s+(?:(?:مجله|صحيفه|جريده|نشره)\s+)?(?:[^\s.!?؟:،,؛]+\s*){1,4})?$`,
    maxLength: 80,
  }),
  // A wire's name in brackets and the dash that leads into the story, on a line of its own with no
  // place before it ("(Seychelles News Agency) –", "(AP) —", "(وكالة الأنباء السعودية) –", "(واس) -"),
  // as a template splits the dateline off its first paragraph. A bracketed aside has no dash after it.
  pattern(lang, {
    name: 'dateline-wire-alone',
    kind: 'dateline',
    where: 'anywhere',
    check: (_line, value) => {
      const name = value?.trim() ?? '';
      const words = name.split(/\s+/u);
      return (
        words.length <= 5 &&
        (/^\p{Lu}{2,6}$/u.test(name) ||
          (lang === 'ar' && INITIALS_AR.test(name)) ||
          (isOutletName(name, lang) &&
            words.some((w) =>
              OUTLET_WORDS[lang].has(
                foldLineText(w)
                  .toLowerCase()
                  .replace(/^ال(?=\p{L}{2})/u, ''),
              ),
            )))
      );
    },
    regex: String.raw`^[(\[]\s*(?<value>[^()\[\]\d]{2,50}?)\s*[)\]]\s*(?:—|–|-{1,3})$`,
    maxLength: 60,
  }),
]).flat();

/**
 * Round 34: reporting credited to a body's desk or team, not to a person ("Additional reporting: Buea
 * Council desk", "With reporting from the Ministry of Health press office", "تغطية إضافية: فريق بلدية
 * صيدا", "ساهم في إعداد التقرير: المكتب الإعلامي في وزارة الصحة"): the body is the source, its desk's word
 * no part of its name. "Additional reporting: Jane Doe" stays a credit's, the name a writer's.
 */
const DESK_CREDITED: PatternSpec[] = eachLang((lang) => {
  const name = `source-desk-credited-${lang}`;
  DEFAULT_READINGS[name] = 'body';
  DEFAULT_CHECKS[name] = (line, value, l) =>
    value !== undefined && DEFAULT_CHECKS[`source-supplied-by-${lang}`](line, value, l);
  return {
    name,
    lang,
    kind: 'source',
    regex:
      lang === 'en'
        ? String.raw`^(?:additional\s+reporting|with\s+(?:additional\s+)?reporting|reporting|contributions?|(?:with\s+)?inputs?)\s*(?::|from|by)\s*(?:the\s+)?(?<value>[^,;:!?]{2,60}?)\s+(?:desk|team|newsroom|press\s+office|media\s+(?:team|office|unit)|communications\s+(?:team|office|unit))\.?$`
        : String.raw`^(?:تغطيه\s+اضافيه|شارك\s+في\s+التغطيه|ساهم\s+في\s+(?:التغطيه|الاعداد|اعداد\s+(?:التقرير|الخبر|الماده))|بمساهمه(?:\s+من)?|مساهمه)\s*:?\s*(?:(?:ال)?(?:قسم|فريق|مكتب|وحده|طاقم)(?:\s+(?:الاعلام|الاعلامي|الاخبار|التحرير))?|المكتب\s+الاعلامي|المركز\s+الاعلامي)\s+(?:في\s+)?(?<value>[^،,؛;:!?؟.]{2,50})\.?$`,
    maxLength: 120,
  };
});

/**
 * Round 34: a body's bulletin or statement the piece is as, and a body's text carried with changes
 * ("كما جاء في نشرة وزارة التجارة", "وفق ما ورد في بيان بلدية صيدا", "As stated in the bulletin of the
 * Ministry of Trade"; "عن «مديرية التربية» بتصرف", "عن بلدية صيدا بتصرف", "Adapted from the Ministry of
 * Trade"): the body is the source. "كما جاء في نشرة الأخبار أن الوزير استقال" says what it said, and
 * stays (the body is a name, no clause).
 */
const AS_IN_BULLETIN: PatternSpec[] = eachLang((lang): PatternSpec[] => {
  const bulletin = `source-as-in-bulletin-${lang}`;
  const adapted = `source-adapted-from-${lang}`;
  for (const name of [bulletin, adapted]) {
    DEFAULT_READINGS[name] = 'body';
    DEFAULT_CHECKS[name] = (line, value, l) =>
      value !== undefined && DEFAULT_CHECKS[`source-supplied-by-${lang}`](line, value, l);
  }
  const specs: PatternSpec[] = [
    {
      name: bulletin,
      lang,
      kind: 'source',
      regex:
        lang === 'en'
          ? String.raw`^as\s+(?:stated|published|reported|announced|set\s+out|given)\s+in\s+(?:the\s+|a\s+)?(?:(?:weekly|monthly|daily|official)\s+)?(?:bulletin|newsletter|statement|circular|notice|release|press\s+release)\s+(?:of|from|by|issued\s+by)\s+(?:the\s+)?(?<value>[^,;:!?]{2,60}?)\.?$`
          : String.raw`^(?:كما|وفق\s+ما|وفقا\s+لما|حسب\s+ما|بحسب\s+ما)\s+(?:جاء|ورد|نشر|اعلن)\s+في\s+(?:نشره|النشره|بيان|البيان|تعميم|بلاغ)\s+(?:صادر\s+عن\s+|صادره\s+عن\s+)?(?<value>[^،,؛;:!?؟.]{2,60})\.?$`,
      maxLength: 120,
    },
    {
      name: adapted,
      lang,
      kind: 'source',
      regex:
        lang === 'en'
          ? String.raw`^(?:adapted|abridged|edited)\s+from\s+(?:the\s+)?"?(?<value>[^,;:!?"]{2,60}?)"?\.?$`
          : String.raw`^(?:عن|من)\s+"?(?<value>[^،,؛;:!?؟."]{2,60}?)"?\s*[،,]?\s*(?:بتصرف|مع\s+التصرف|بتصرف\s+يسير)\.?$`,
      maxLength: 100,
    },
  ];
  return specs;
}).flat();

/**
 * Round 34: a date and how long the piece takes to read, maybe after the outlet's name ("Up Here, April
 * 13, 2020 — a 43-minute read", "13 April 2020 · 5 min read", "زهرة الخليج، 13 أبريل 2020 — قراءة في 5
 * دقائق"), as magazines print the line under the title: a timestamp, the date its value. The outlet
 * before it is no dateline's place.
 */
const DATED_READS: PatternSpec[] = eachLang((lang) =>
  pattern(lang, {
    name: 'timestamp-reading-time',
    kind: 'timestamp',
    check: (_line, value) => {
      if (value === undefined) return false;
      const parts = value.split(/\s*[,،|·•]\s*/u);
      // The outlet's name before the date, a part without digits.
      const dated = parts.length > 1 && !/[\d٠-٩]/u.test(parts[0]) ? value.slice(value.indexOf(parts[1])) : value;
      const reading = readDate(dated, lang);
      return reading.date !== undefined && reading.rest.length === 0 && dated.trim();
    },
    en: String.raw`^(?<value>[^|]{6,60}?)\s*(?:-{1,3}|[|·•,])\s*(?:reading\s+time\s*:?\s*)?(?:an?\s+)?\d{1,3}\s*-?\s*(?:min|mins|minutes?)\.?(?:\s+(?:read|reading|listen))?$`,
    ar: String.raw`^(?<value>[^|]{6,60}?)\s*(?:-{1,3}|[|·•,،])\s*(?:(?:مده|وقت|زمن)\s+القراءه\s*:?\s*|قراءه\s+(?:في\s+)?)?[\d٠-٩]{1,3}\s*(?:دقيقه|دقائق|د)(?:\s+(?:قراءه|للقراءه))?$`,
    maxLength: 120,
  }),
);

/**
 * Round 35: a body's facts and pictures given together, or more of its material ("المعلومات والصور مقدمة من
 * X", "المعطيات والصور بإذن من X", "معطيات إضافية من X", as English's "Information and photos courtesy of
 * X" and "Additional material from X", which `source-body-gave-en` reads): the body is the source, read
 * as `source-supplied-by` reads it. Before the advertisement's sponsor ("مقدمة من X" alone is one).
 */
const FACTS_AND_PICTURES: PatternSpec[] = eachLang((lang) => {
  const name = `source-facts-and-pictures-${lang}`;
  DEFAULT_READINGS[name] = 'body';
  DEFAULT_CHECKS[name] = (line, value, l) =>
    value !== undefined && DEFAULT_CHECKS[`source-supplied-by-${lang}`](line, value, l);
  const facts = alt(LABELS[lang].factsGiven);
  return onlyIn('ar', lang, {
    name: 'source-facts-and-pictures',
    kind: 'source',
    regex: String.raw`^(?:(?:${facts}|(?:ال)?مواد)\s+(?:و(?:ال)?(?:صور|صوره|فيديو)\s+)(?:(?:ال)?(?:مقدمه|مستقاه|ماخوذه|منقوله)\s+)?(?:من\s+قبل|من|عن|بمجامله\s+من|باذن\s+من|بعد\s+اذن)|(?:معطيات|معلومات|مواد|تفاصيل)\s+اضافيه\s+(?:من|عن))\s+(?<value>[^،,؛;:!?؟.]{2,60})\.?$`,
    maxLength: 120,
  });
}).flat();

/**
 * Round 36: a body's release as the whole line, the credit of a piece drawn from it, as sites that run
 * a government's or an agency's statements print it: an act of drawing or none, the release, who issued
 * it and maybe when ("Sourced from a news release issued by X", "The statement issued by X today",
 * "This was stated in a release by X"; "البيان الصادر عن X اليوم", "جاء ذلك في بيان لـ X", "نقلا عن بيان
 * صحفي صادر عن X"). The value is the body, read as `source-supplied-by` reads it (a name, no clause):
 * "The statement issued by the ministry said prices would rise", "البيان الصادر عن الوزارة أكد أن …" stay.
 */
const RELEASES_OF_BODIES: PatternSpec[] = eachLang((lang) => {
  const name = `source-release-of-body-${lang}`;
  DEFAULT_READINGS[name] = 'body';
  DEFAULT_CHECKS[name] = (line, value, l) =>
    value !== undefined && DEFAULT_CHECKS[`source-supplied-by-${lang}`](line, value, l);
  return pattern(lang, {
    name: 'source-release-of-body',
    kind: 'source',
    en: String.raw`^(?:(?:sourced|taken|adapted|drawn|compiled|excerpted|republished)\s+from\s+|from\s+|per\s+|(?:this|it)\s+was\s+(?:stated|said|announced|reported)\s+in\s+)?(?:an?|the)\s+(?:(?:official|joint)\s+)?(?:(?:(?:news|press|media)\s+)?release|statement|press\s+statement|bulletin)\s+(?:(?:issued|released|published|put\s+out|sent\s+out)\s+)?(?:by|from)\s+(?:the\s+)?(?<value>[^,;:!?]{2,70}?)(?:\s+(?:today|yesterday|on\s+\p{L}+day))?\.?$`,
    ar: String.raw`^(?:(?:جاء|ورد)\s+ذلك\s+في\s+|(?:نقلا|نقل)\s+عن\s+|(?:مستقي|ماخوذ|منقول)\s+من\s+)?(?:ال)?بيان\s+(?:(?:ال)?(?:صحفي|رسمي|اعلامي|مشترك)\s+)?(?:(?:ال)?(?:صادر|صادره)\s+عن|ل\s*ـ?)\s*(?<value>[^،,؛;:!?؟.]{2,60}?)(?:\s+(?:اليوم|امس|صباح\s+اليوم|مساء\s+اليوم))?\.?$`,
    maxLength: 140,
  });
}).flat();

/**
 * Round 37: a body's release or information named as the whole line by what was done with it, as
 * government and company pages print it under the piece: "The following statement was issued by X.",
 * "This release was published by X", "According to a disclosure published by X", "The information
 * received from X"; "ذلك حسب إفصاح نشرته X", "وفق بيان أصدرته X", "المعلومات الواردة من X". The value is
 * the body, checked as `source-supplied-by` checks it (a name, no clause): "The following statement was
 * issued by the minister after he resigned", "وفق بيان أصدرته الوزارة أمس فإن الأسعار سترتفع" stay.
 */
const RELEASES_DONE: PatternSpec[] = eachLang((lang) => {
  const name = `source-release-done-${lang}`;
  DEFAULT_READINGS[name] = 'body';
  DEFAULT_CHECKS[name] = (line, value, l) =>
    value !== undefined && DEFAULT_CHECKS[`source-supplied-by-${lang}`](line, value, l);
  return pattern(lang, {
    name: 'source-release-done',
    kind: 'source',
    en: String.raw`^(?:(?:the\s+following|this|the)\s+(?:(?:news|press|media)\s+)?(?:release|statement|information|announcement|disclosure|notice|update)\s+(?:was|has\s+been|is)\s+(?:issued|released|published|provided|supplied|put\s+out|sent\s+out|shared)\s+by|(?:according\s+to|as\s+per|per)\s+(?:an?|the)\s+(?:(?:news|press|media)\s+)?(?:release|statement|disclosure|announcement|notice)\s+(?:published|posted|put\s+out|shared)\s+by|(?:the\s+)?(?:information|details|data)\s+(?:received|obtained|coming)\s+from)\s+(?:the\s+)?(?<value>[^,;:!?]{2,70}?)\.?$`,
    ar: String.raw`^(?:(?:(?:و)?ذلك\s+)?(?:حسب|بحسب|وفق|وفقا\s+ل|طبقا\s+ل)\s*(?:ال)?(?:بيان|افصاح|بلاغ|تعميم|اعلان)\s+(?:(?:ال)?(?:صحفي|رسمي)\s+)?(?:نشرته|نشرتها|نشره|اصدرته|اصدرتها|اصدره|وزعته|وزعتها|وزعه)|(?:ال)?(?:معلومات|بيانات|تفاصيل)\s+(?:ال)?(?:وارده|مقدمه)\s+(?:من|عن))\s+(?<value>[^،,؛;:!?؟.]{2,60}?)\.?$`,
    maxLength: 140,
  });
}).flat();

/**
 * Round 36: a caption's sentence, then its picture's credit by a preposition with no colon, as sites print
 * it after the scene ("Visitors at the museum. Photo courtesy of Jane Doe", "… Picture by Jane Doe";
 * "زوار في المتحف. الصورة بإذن من فلان", "… تصوير فلان"), as `caption-credit` reads "… Photo: Jane Doe".
 * The credit is a person's name (or in English an outlet's): "The children. Photo by photo, the album grew."
 * and "أغلقت العيادة. تصوير المرضى فيها ممنوع" stay.
 */
const SCENE_THEN_COURTESY: PatternSpec[] = eachLang((lang) => {
  const name = `caption-scene-then-courtesy-${lang}`;
  DEFAULT_CHECKS[name] = (line, value) =>
    value !== undefined &&
    (isPersonName(value.trim(), lang) || (lang === 'en' && isOutletName(value.trim(), lang))) &&
    !readsAsClause(value.trim(), lang, line);
  return pattern(lang, {
    name: 'caption-scene-then-courtesy',
    kind: 'caption',
    where: 'anywhere',
    en: String.raw`^[^.!?]{10,160}[.!?]\s+(?:photo|photograph|picture|image|photos|pictures|images)\s+(?:by|courtesy\s+of|courtesy|credit\s+to|supplied\s+by|provided\s+by|taken\s+by)\s+(?<value>[^.:!?()]{3,50}?)\.?$`,
    ar: String.raw`^[^.!؟]{10,160}[.!؟]\s+(?:(?:ال)?(?:صوره|صور)\s+(?:بعدسه|باذن\s+من|بمجامله\s+من|مقدمه\s+من|من\s+تصوير)|(?:ال)?تصوير|بعدسه|عدسه)\s+(?<value>[^.:!؟()]{3,50}?)\.?$`,
    maxLength: 220,
  });
}).flat();

/**
 * Round 36: who prepared the piece, named by the role they hold ("النشرة من إعداد خبير الأرصاد فلان",
 * "من إعداد الصحفي فلان"; "The forecast was prepared by meteorologist Jane Doe", "Compiled by staff
 * reporter Jane Doe"), as `byline-any-label` reads "إعداد: فلان": the name after the role is the
 * author. The role is a profession's word and maybe its field; the name is checked as a person's, so
 * "من إعداد خبير الأرصاد في المركز" and "Prepared by reporters across the region" stay.
 */
const PREPARED_BY_ROLE: PatternSpec[] = eachLang((lang) => {
  const name = `byline-prepared-by-role-${lang}`;
  DEFAULT_CHECKS[name] = (line, value) =>
    value !== undefined && isPersonName(value.trim(), lang) && !readsAsClause(value.trim(), lang, line);
  const pieces = alt(LABELS[lang].pieces);
  return pattern(lang, {
    name: 'byline-prepared-by-role',
    kind: 'byline',
    en: String.raw`^(?:(?:this|the)\s+(?:${pieces}|forecast|bulletin|outlook|report)\s+(?:was\s+|is\s+)?)?(?:prepared|compiled|written|put\s+together|produced)\s+by\s+(?:(?:our|the)\s+)?(?:(?:senior|chief|staff|duty|lead|principal)\s+)?(?:meteorologist|forecaster|correspondent|reporter|analyst|editor|economist|expert|journalist|researcher|specialist)\s+(?<value>[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){1,2})$`,
    ar: String.raw`^(?:(?:${pieces}|(?:ال)?نشره|(?:ال)?توقعات)\s+)?(?:من\s+)?(?:اعداد|تحرير|كتابه|تقديم)\s+(?:(?:ال)?(?:خبير|خبيره|محرر|محرره|مراسل|مراسله|صحفي|صحفيه|زميل|زميله|محلل|محلله|باحث|باحثه|مختص|مختصه|اعلامي|اعلاميه)(?:\s+(?:ال)\p{L}+)?)\s+(?<value>\p{L}+(?:\s+\p{L}+){1,2})$`,
    maxLength: 100,
  });
}).flat();

/**
 * Round 36: the writer's name, a comma and the place they file from, as a byline under the title
 * ("Jane Doe, Macau"), as "Jane Doe | Macau" and "By Jane Doe, Macau" read already. The name is a
 * person's of two or three words, the place one or two capitalised words no person's name; a
 * dateline's place in capitals ("KUALA LUMPUR, Malaysia") is the dateline's, and "Smith, Jones" or
 * "Paris, France" stay. English only: an Arabic noun and its adjective read as a name ("رياح قوية،
 * أمطار"), and Arabic has no capitals to tell a place.
 */
const NAME_COMMA_PLACE: PatternSpec[] = eachLang((lang) => {
  const name = `byline-name-comma-place-${lang}`;
  DEFAULT_CHECKS[name] = (line, value) => {
    if (value === undefined || isDatelineLine(line, lang)) return false;
    const parts = line.trim().split(/\s*,\s*/u);
    if (parts.length !== 2) return false;
    const [writer, place] = parts;
    const words = writer.split(/\s+/u);
    const placeWords = place.split(/\s+/u);
    return (
      words.length >= 2 &&
      words.length <= 3 &&
      placeWords.length <= 2 &&
      !/^(?:today|yesterday|tonight|now|again)$/iu.test(place) &&
      placeWords.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) &&
      !/^\p{Lu}+$/u.test(words[0]) &&
      // "The Health Unit, Kano" is a desk's dateline, no writer's.
      !/^(?:the|a|an)\s/iu.test(writer) &&
      isPersonName(writer, lang) &&
      !isPersonName(place, lang) &&
      !readsAsClause(writer, lang, line)
    );
  };
  return onlyIn('en', lang, {
    name: 'byline-name-comma-place',
    kind: 'byline',
    regex: String.raw`^(?<value>[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){1,2}),\s+[\p{L}.-]+(?:\s+[\p{L}.-]+)?$`,
    maxLength: 60,
  });
}).flat();

/**
 * Round 35: the outlet that names itself by its word, a slash or a bar, and its writer ("iWitness News /
 * Jane Doe"), as a site prints its byline under the title or at the piece's end: the writer is the
 * author. The name and the outlet the other way round are a picture's credit (`caption-name-slash`). A
 * brand may open on a small letter before a capital ("iWitness", "eNCA"). Tried after the breadcrumbs: a
 * section reads as a person's name ("NTV News / East Africa"), so a line the trail's shape takes is the
 * trail's, as Arabic's "شمال بوست / فلان" is. "Health News / Jane Doe resigns" stays no byline.
 */
const OUTLET_SLASH_WRITER: PatternSpec[] = eachLang((lang) =>
  onlyIn('en', lang, {
    name: 'byline-outlet-slash-writer',
    kind: 'byline',
    where: 'anywhere',
    check: (line) => {
      const parts = /^(?<head>[^/|]+?)\s+[/|]\s+(?<tail>[^/|]+)$/u.exec(line.trim())?.groups;
      if (!parts) return false;
      const outlet = parts.head.trim();
      const writer = parts.tail.trim();
      const words = outlet.split(/\s+/u);
      const isOutletWord = (w: string) =>
        OUTLET_WORDS[lang].has(
          foldLineText(w)
            .toLowerCase()
            .replace(/^ال(?=\p{L}{2})/u, ''),
        );
      const brand = outlet.replace(/^\p{Ll}(?=\p{Lu})/u, (c) => c.toUpperCase());
      return (
        words.length >= 2 &&
        words.length <= 4 &&
        words.some(isOutletWord) &&
        isOutletName(brand, lang) &&
        isPersonName(writer, lang) &&
        !namesSection(writer, lang) &&
        !readsAsClause(writer, lang, line) &&
        writer
      );
    },
    regex: String.raw`^[^/|.!?؟:]{3,40}\s+[/|]\s+(?<value>[^/|.!?؟:\d]{4,40})$`,
    maxLength: 90,
  }),
).flat();

/**
 * Round 35: an Arabic outlet whose name ends on the English word it keeps ("شمال بوست", "… تايمز"), then a
 * dash or a colon and its writer ("شمال بوست – فلان"), or on the number of a newsroom that never closes
 * and a colon ("طنجة 24: فلان", "عربي 21: فلان"; "كورونا 19: ارتفاع الإصابات" names no outlet), as round 34
 * read an outlet that opens on its word ("راديو دبنقا - فلان"); a number's outlet before a dash is
 * `byline-outlet-writer`'s, beside other furniture. A place before a dash is a dateline's. English prints such a line with a bar (`byline-names-mark-outlet`) or a
 * slash (above); after its dash or its colon a place reads as a name, so English has no such shape.
 */
const OUTLET_LAST_WRITER: PatternSpec[] = eachLang((lang) =>
  onlyIn('ar', lang, {
    name: 'byline-outlet-last-writer',
    kind: 'byline',
    check: (line) => {
      const parts = line.trim().split(/\s*:\s+|\s+[-–—ـ]+\s+/u);
      if (parts.length !== 2) return false;
      const [outlet, writer] = parts.map((p) => p.trim());
      return (
        isOutletName(outlet, lang) &&
        isWriterName(writer, lang) &&
        !namesSection(writer, lang) &&
        !writer.split(/\s+/u).some((w) => isParticle(w) || /^(?:لل|بال|كال|فال)/u.test(foldLineText(w))) &&
        !readsAsClause(writer, lang, line) &&
        !SAYS_AR.test(writer) &&
        writer
      );
    },
    regex: String.raw`^(?:[^\s\d:|،,]+\s+){1,2}(?:(?:بوست|تايمز|برس|نيوز)\s*(?::|\s-{1,3})|(?:24|٢٤|360|٣٦٠|21|٢١|48|٤٨)\s*:)\s+(?<value>[^\d:|،,]{3,40})$`,
    maxLength: 80,
  }),
).flat();

/**
 * Round 37: a byline's label with its organisation's name before it in English ("RNLI media contact:
 * Jane Doe, Regional Media Manager", "Coast Guard story by: Jane Doe"), as an outlet stands in place of
 * a caption's label ("Staff photo: Jane Doe"); Arabic names it after the label ("للتواصل الإعلامي في
 * الهيئة: فلان"), which `credit-role-ar` reads. The name before a comma is a person's: "Company media
 * contact: email us" and "Our media contact: the press office" stay. A tags line's label is never such
 * a label (`tags-any-label` had read the name and the role as two tags).
 */
const BYLINE_LABEL_OWNED = perLang((lang) => {
  const labels = alt(
    LABELS[lang].labels.byline
      .map((l) => l.replace(/:$/u, ''))
      .filter((l) => l.split(/\s+/u).length >= 2 || /^\p{L}{5,}$/u.test(l)),
  );
  return lang === 'en'
    ? new RegExp(
        String.raw`^\p{Lu}[\p{L}\d&.'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\d&.'’-]*){0,3}\s+${labels}\s*:\s*(?<value>[^:|]{3,80})$`,
        'iu',
      )
    : new RegExp(String.raw`^${labels}\s+(?:في|لدى|لـ?|ب)\s*[^:|]{2,30}\s*:\s*(?<value>[^:|]{3,80})$`, 'u');
});
// Arabic's "للتواصل الإعلامي في الهيئة: فلان" is `credit-role-ar`'s already: the pattern is English's.
const BYLINES_OWNED: PatternSpec[] = eachLang((lang) =>
  onlyIn('en', lang, {
    name: 'byline-label-owned',
    kind: 'byline',
    check: (line) => {
      // The label is matched folded; the value is the line's own after its colon.
      if (!BYLINE_LABEL_OWNED[lang].test(foldLineText(line.trim()))) return false;
      const value = line.slice(line.indexOf(':') + 1).trim();
      const writer = value.split(/\s*[,،]\s*/u)[0].trim();
      return isPersonName(writer, lang) && !readsAsClause(writer, lang, line) && value;
    },
    regex: String.raw`^\p{L}[^:|]{2,60}:\s*\S[^:|]{2,80}$`,
    maxLength: 140,
  }),
).flat();

/**
 * Round 37: a picture's scene opening on "from", a spaced dash, then the body whose picture it is, as
 * police, ministries and festivals hand out pictures ("من الحملة المرورية – شرطة دبي", "From the traffic
 * campaign – Dubai Police"): the body is the credit, as "… - تصوير فلان" gives the photographer. The
 * body opens on a body's noun (police, ministry, authority…) and says nothing: "من الحملة المرورية –
 * شرطة دبي تحذر السائقين" and "From the archive – Police say the man fled" stay.
 */
const SCENE_BODY_NOUNS = {
  ar: /^(?:ال)?(?:شرطه|وزاره|هيئه|بلديه|دائره|مؤسسه|القياده|قياده|الدفاع|جامعه|مجلس|مركز|اداره|مديريه|اتحاد|نادي|سفاره|محافظه|امانه|غرفه|جمعيه|مهرجان|معرض)$/u,
  en: /(?:Police|Ministry|Authority|Council|Department|Office|Agency|Force|Guard|Service|Services|University|Festival|Embassy|Municipality|Commission|Directorate|Federation|Association|Foundation|Bureau|Command)$/u,
};
const SCENE_THEN_BODY: PatternSpec[] = eachLang((lang) =>
  pattern(lang, {
    name: 'caption-scene-body',
    kind: 'caption',
    where: 'anywhere',
    check: (line) => {
      const parts = /^(?<scene>\S.{2,60}?)\s+[-–—]\s+(?<body>[^-–—|:]{3,50})$/u.exec(line.trim())?.groups;
      if (!parts) return false;
      const scene = parts.scene.trim();
      const body = parts.body.trim().replace(/\.$/u, '');
      const words = body.split(/\s+/u);
      if (scene.split(/\s+/u).length > 7 || /[\d٠-٩.!?؟،,]/u.test(scene) || words.length > 5) return false;
      if (lang === 'ar')
        return (
          SCENE_BODY_NOUNS.ar.test(foldLineText(words[0])) &&
          words.length >= 2 &&
          !saysArabicClause(body) &&
          !saysArabicClause(scene.replace(/^من\s+/u, '')) &&
          !SAYS_AR.test(words[1] ?? '') &&
          // A verb after the body's name makes it a headline's subject ("شرطة دبي تحذر السائقين").
          !words.slice(2).some((w) => /^(?:ت|ي)\p{L}{3,}$/u.test(foldLineText(w))) &&
          body
        );
      return (
        words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|and|for)$/u.test(w)) &&
        words.some((w) => SCENE_BODY_NOUNS.en.test(w)) &&
        // The scene is a noun's phrase: no word only a clause has ("From the archive, it is clear").
        !scene.split(/\s+/u).some((w) => CLAUSE_WORDS_EN.has(w.toLowerCase())) &&
        body
      );
    },
    en: String.raw`^from\s+(?:the\s+|a\s+|an\s+)?\S.{2,60}?\s+[-–—]\s+\S.{2,50}$`,
    ar: String.raw`^من\s+\S.{2,60}?\s+[-–—]\s+\S.{2,50}$`,
    maxLength: 120,
  }),
).flat();

/**
 * Round 37: a still from a work, as festivals and broadcasters caption its picture with no credit
 * ("لقطة من الفيلم المشارك في المسابقة الدولية", "A still from the film shown in the international
 * competition", "مشهد من مسرحية الافتتاح"): the still's word, "from", the work's noun, then a noun's
 * phrase with no verb and no stop. "لقطة من الفيلم تثير الجدل" and "A still from the film shows the
 * hero" are headlines and sentences, and stay.
 */
const STILL_FROM_WORK: PatternSpec[] = eachLang((lang) =>
  pattern(lang, {
    name: 'caption-still-from-work',
    kind: 'caption',
    where: 'anywhere',
    check: (line) => {
      const words = line.trim().split(/\s+/u);
      if (words.length > 12 || /[.!?؟:،,]$/u.test(line.trim())) return false;
      if (lang === 'ar')
        return (
          !words.slice(3).some((w) => /^(?:ت|ي)\p{L}{3,}$/u.test(foldLineText(w))) &&
          !words.some((w) => CLAUSE_WORDS_AR.has(foldLineText(w))) &&
          ''
        );
      return (
        !words.some((w) => CLAUSE_WORDS_EN.has(w.toLowerCase()) || /^(?:shows|showing|depicts|reveals)$/iu.test(w)) &&
        ''
      );
    },
    en: String.raw`^(?:an?\s+)?(?:still|scene|frame)\s+from\s+(?:the\s+|a\s+)?(?:film|movie|documentary|series|play|show|production|video|music\s+video)\s+\S.{2,80}$`,
    ar: String.raw`^(?:لقطه|مشهد|صوره)\s+من\s+(?:ال)?(?:فيلم|مسلسل|مسرحيه|عرض|برنامج|فيديو|كليب)\s+\S.{2,80}$`,
    maxLength: 110,
  }),
).flat();

/**
 * The built-in patterns: each kind's labelled shape for each language, the structural patterns,
 * then the shapes without labels (a line of crumbs, a bare date, a dateline, a credit in brackets).
 */
export const DEFAULT_PATTERNS: readonly PatternSpec[] = [
  ...PICTOGRAPH_LABELS,
  ...EXCLUSIVE_BYLINES,
  ...ITS_SOURCE,
  ...OUTLET_SELF,
  ...IMPRINTS,
  ...SUPPORTED_BY,
  ...READER_NOTES,
  ...TEXT_NOTES,
  ...ADVISORIES,
  ...PICTURED_AT,
  ...FRAMES_AND_POSTS,
  ...WROTE_IN,
  ...PAGE_EDITED,
  ...EDITION_RAN,
  ...ISSUE_FROM,
  ...PIECE_DATED,
  ...NAME_SLASH_OUTLET,
  ...RIGHTS_SLASH_PHOTOGRAPHER,
  ...OUTLET_FILE_PICTURE,
  ...SCENE_THEN_CREDIT,
  // Round 33: classes of captions, tags and bylines (above).
  ...FILE_PICTURES,
  ...SCENE_CAPTIONS,
  ...TOPIC_FOLLOWS,
  ...PRESS_OFFICE_BYLINES,
  ...CONTENT_SUPPLIED,
  ...CRAFTS_AND_ROLES_AR,
  ...NAME_MARK_ROLE,
  ...ROLE_OUTLET_NAME,
  ...PIECE_ROLES,
  ...JOINED_CREDITS,
  ...OFFICE_THEN_WRITER,
  ...REPORTS_FROM,
  ...WRITERS_WITH,
  ...NAMED_ROLES,
  ...WRITER_BIOS,
  ...PRESENTERS,
  ...JOINED_TIMES,
  ...ISSUED_ON,
  ...PIECE_DATELINES,
  ...READING_TIMES,
  // Round 34: classes of credits (above).
  ...ISSUE_COVERS_AND_OCCASIONS,
  ...DESK_CREDITED,
  ...DATED_READS,
  ...OUTLET_DASH_WRITER,
  // Round 35: classes of credits (above).
  ...FACTS_AND_PICTURES,
  ...OUTLET_LAST_WRITER,
  ...byKind.filter((p) => !UNLABELLED.test(p.name)),
  // Round 33: after the labelled patterns, which read their own lines first.
  ...TAGS_MARKED,
  ...BY_ON_IN,
  ...SEE_SITE_OF,
  ...BUREAU_BYLINES,
  ...NAMES_MARK_OUTLET,
  ...DRAWN_ON,
  ...SUPPLIED_BY,
  ...FOLLOWED_NAMES,
  // Round 34: after the labelled patterns too ("نقلا عن X بتصرف" is `source-ar`'s).
  ...AS_IN_BULLETIN,
  // ——— Where the article continues elsewhere: the outlet is worth keeping as provenance.
  {
    name: 'read-the-whole-story',
    lang: 'en',
    kind: 'source',
    // Maybe after the link's own words ("Click here to read the full story on X"); the original
    // alone, where it is, is the piece as it first ran ("View the original at X"), as reading on
    // somewhere is in Arabic ("تابع القراءة في موقع X"); before a colon, a headline follows
    // ("تابع القراءة: …" is a related piece's).
    regex: String.raw`^(?:(?:click|tap) here (?:to )?)?(?:(?:read|see|view) (?:the )?(?:whole|full|entire|complete|original|rest of the) (?:story|article|report|piece|post)(?: (?:at|from|on|in|via|by)\s*[:.-]?|\s*[:-]|\s*\.?$)|(?:see|view) the original (?:at|on)\s)\s*(?<value>.*)$`,
    where: 'anywhere',
    joinNext: true,
  },
  {
    name: 'read-the-whole-story-ar',
    lang: 'ar',
    kind: 'source',
    regex: String.raw`^(?:(?:اضغط|انقر) هنا\s+)?(?:(?:اقرأ|طالع|تابع|لقراءه|لمطالعه|لمتابعه) (?:القصة|الخبر|المقال|الموضوع|التقرير)(?: (?:كاملة|كاملا|بالكامل|الأصلي|الكامل))?(?: (?:على|في|من|عبر)${END}\s*[:-]?|\s*[:-]|\s*\.?$)|(?:تابع|واصل) القراءه (?:على|في|عبر)\s)\s*(?<value>.*)$`,
    where: 'anywhere',
    joinNext: true,
  },
  {
    name: 'continue-reading',
    lang: 'en',
    kind: 'related',
    regex: String.raw`^(?:continue|keep) reading(?: the (?:main |full |rest of the )?(?:story|article))?(?: (?:at|on|from|in) .{1,60})?\s*[.…:>-]*$`,
    where: 'anywhere',
  },
  {
    name: 'photo-by',
    lang: 'en',
    kind: 'caption',
    // Without a colon the credit must look like a name (no clause after a comma), so that
    // "Photo by photo, the exhibition grew" stays.
    // Round 28: the outlet that lent it may follow after a comma ("Image by Jane Doe, courtesy of OPB").
    // Round 33: or a reader or body gave it ("Photo submitted by Jane Doe", as "الصورة مهداة من فلان").
    regex: String.raw`^[(\[]?(?:photo(?:graph)?|image|picture|illustration)s? (?:by|courtesy(?: of)?|via|(?:submitted|contributed|donated|gifted|supplied) by) (?<value>[^,;:.!?]{1,60}(?:, courtesy of [^,;:.!?]{1,40})?\.?)[)\]]?$`,
    where: 'anywhere',
  },
  {
    // Round 27: the same in Arabic, by the words of a courtesy (`COURTESY`): "الصورة بإذن من X",
    // "صورة مقدمة من X".
    name: 'photo-by-ar',
    lang: 'ar',
    kind: 'caption',
    regex: String.raw`^[(\[]?(?:الصوره|صوره|الصور|صور|اللوحه|لوحه)\s+(?:باذن|بعد\s+اذن|بمجامله|مقدمه|بواسطه|مهداه|هديه)(?:\s+من)?\s+(?<value>[^،,؛;:.!?؟]{1,60})[)\]]?$`,
    where: 'anywhere',
  },
  ...eachLang((lang): PatternSpec =>
    pattern(lang, {
      // Round 27: a note that the picture only stands for the story ("Image used for representative
      // purpose only", "Photo for illustrative purposes only", "صورة مستخدمة للتوضيح فقط", "صورة
      // استُخدمت لأغراض توضيحية"), as the label "Representative image" alone already was.
      name: 'caption-stand-in',
      kind: 'caption',
      en: String.raw`^[(\[]?(?:the\s+)?(?:(?:representative|representational|illustrative|file)\s+)?(?:image|photo|picture|photograph)s?(?:\s+(?:is|are|has\s+been|have\s+been))?(?:\s+(?:used|shown|published))?\s+(?:for|as)\s+(?:an?\s+)?(?:representative|representational|representation|illustrative|illustration|illustrational)(?:\s+purposes?)?(?:\s+only)?\.?[)\]]?$`,
      ar: String.raw`^[(\[]?(?:ال)?(?:صوره|صور)(?:\s+(?:تعبيريه|توضيحيه))?(?:\s+(?:استخدمت|مستخدمه|منشوره))?\s+(?:لاغراض|لغرض|للتوضيح|للتعبير|لل?استخدام)(?:\s+(?:توضيحيه|تعبيريه|التوضيحي|التعبيري|التوضيح))?(?:\s+فقط)?\.?[)\]]?$`,
      where: 'anywhere',
    }),
  ),
  {
    name: 'click-here-ar',
    lang: 'ar',
    kind: 'related',
    regex: String.raw`^(?:اضغط|انقر|اكبس)\s+(?:هنا|على الرابط)${END}.{0,100}$`,
    where: 'anywhere',
  },
  {
    // Round 20: the heading alone, a reference work's list of links after it ("See also", "انظر
    // أيضًا"), where the page puts it; "See also the ministry's guidance." with its words stays.
    name: 'see-also-heading',
    lang: 'any',
    kind: 'related',
    regex: String.raw`^(?:see also|انظر أيضا|انظر كذلك)\s*[:.…]?$`,
    where: 'anywhere',
  },
  {
    name: 'see-also',
    lang: 'any',
    kind: 'related',
    // Reference works use "See also" inside their text, so only the edges count.
    regex: String.raw`^(?:see also|انظر أيضا|انظر كذلك)${END}(?:\s*[:>|-]\s*.{0,120}|\s*[.…>]*)$`,
  },
  {
    name: 'click-here',
    lang: 'en',
    kind: 'related',
    regex: String.raw`^click here\b.{0,100}$`,
    where: 'anywhere',
  },
  {
    name: 'follow-us',
    lang: 'en',
    kind: 'share',
    // A short cry may open the prompt ("Stay informed! Follow X on WhatsApp for real-time updates.").
    regex: String.raw`^(?:[\p{L}'’ ]{2,25}!\s+)?(?:follow (?:us|me)\b.{0,80}|follow (?:@\S+|@?[\p{L}\p{N}_.'’ -]{1,40} on (?:${alt(LABELS.en.platforms)})\b.{0,40})|(?:like|find|join) us on (?:${alt(LABELS.en.platforms)})\b.{0,60})$`,
    where: 'anywhere',
  },
  {
    name: 'follow-us-ar',
    lang: 'ar',
    kind: 'share',
    // تابعونا and تابعنا are also past tenses ("they followed us", "we followed"), so a platform or
    // the site must follow, or nothing at all.
    regex: String.raw`^(?:[\p{L}\p{M} ]{2,25}!\s+)?(?:تابعونا|تابعنا|تابعوا|انضموا إلينا|انضم إلينا)${END}(?:\s*[:.]?$|.{0,40}(?:على|عبر|في) (?:(?:تطبيق|منصة|حساب|قناة|صفحة) )?(?:${alt(LABELS.ar.platforms)}|موقعنا|قناتنا|صفحتنا|حسابنا|حساباتنا|منصاتنا|مواقع التواصل)${END}.{0,40}$|\s+(?:على|عبر)\s+[^\s.،]+(?:\s+[^\s.،]+){0,2}$)`,
    where: 'anywhere',
  },
  {
    name: 'comment-prompt',
    lang: 'en',
    kind: 'comments',
    regex: String.raw`^(?:leave|add|post|write|show|view|hide|load|see|submit)(?: (?:a|the|all|your|more|\d+)){0,2}(?: (?:reader|readers'?|user|new|latest|older))? (?:comments?|reply|responses?)\b.{0,60}$`,
  },
  {
    name: 'comment-count',
    lang: 'en',
    kind: 'comments',
    regex: String.raw`^there (?:are|is|were)\b.{0,30}\bon this (?:article|story|post|page)\.?$`,
  },
  {
    name: 'subscriber-wall',
    lang: 'en',
    kind: 'paywall',
    maxLength: 240,
    // Both a word of subscription and a word of what it unlocks, so "You must register to vote" is safe.
    regex: String.raw`^(?=.*\b(?:subscri\w*|log ?in|logged in|sign ?in|signed in|sign ?up|register(?:ed)?|members? only|membership|create an? (?:free )?account)\b)(?=.*\b(?:comment\w*|read\w*|view|access|continue|content|article|story|unlimited)\b)(?:you (?:must|need to|have to|will need to|'ll need to)|please|to (?:continue|keep) reading|this (?:article|story|content) is (?:only )?(?:for|available to|reserved for)|already an? (?:subscriber|member)|become an? (?:subscriber|member)|subscribe (?:now|today|to (?:continue|read|keep|get))|(?:log|sign) ?in (?:to|or|now)|register (?:to|for free|now)|create an? (?:free )?account)\b.*$`,
  },
  {
    name: 'subscriber-wall-ar',
    lang: 'ar',
    kind: 'paywall',
    maxLength: 240,
    regex: String.raw`^(?:(?:يجب|عليك|يرجى|الرجاء)(?: عليك)? (?:الاشتراك|تسجيل الدخول|التسجيل|أن تكون مشتركا)|(?:لمتابعة القراءة|لقراءة المقال|لقراءة الخبر|لقراءة المزيد|هذا المحتوى|هذا المقال)${END}.{0,100}(?:اشترك|الاشتراك|المشتركين|تسجيل الدخول|سجل الدخول)|(?:اشترك|سجل الدخول|قم بتسجيل الدخول|قم بالاشتراك)(?: (?:الآن|مجانا|اليوم))?(?:\s*[:.!]?$|\s+(?:لمتابعة|لقراءة|للاطلاع|للوصول|للتعليق)${END})).*$`,
  },
  {
    name: 'newsletter',
    lang: 'en',
    kind: 'related',
    // Sign-up boxes sit between paragraphs as often as after the text.
    where: 'anywhere',
    maxLength: 120,
    // A newsletter's own thanks counts too ("Thanks for reading X! Subscribe for free to receive new posts").
    regex: String.raw`^(?:(?:sign up|subscribe|join|get|register|enter your e-?mail)\b.{0,100}\b(?:newsletters?|briefings?|digests?|bulletins?|alerts|mailing list|our(?: [\p{L}\p{N}]+)? channel|podcast|notifications|more like this)\b.*|thanks? (?:you )?for reading\b[^.!?]{0,50}[.!]\s*(?:subscribe|sign up)\b.{0,100})$`,
  },
  // Round 31: an office's newsletter by its name, as the mail's ("اشترك في نشرة أوتشا البريدية").
  {
    name: 'newsletter-ar',
    lang: 'ar',
    kind: 'related',
    where: 'anywhere',
    maxLength: 120,
    regex: String.raw`^(?:(?:اشترك|اشتركوا|سجل|انضم)${END}.{0,80}(?:النشرة|نشرتنا|نشرة (?:[^\s.!؟]+ ){1,3}?البريدية|القائمة البريدية|بريدك الإلكتروني|قناتنا|البودكاست|بودكاستنا|حسابنا|صفحتنا|تطبيقنا|التنبيهات|الإشعارات|التنبيهات العاجلة).*|شكرا (?:لقراءتك|لقراءتكم|على القراءة)${END}[^.!؟]{0,50}[.!]\s*(?:اشترك|اشتركوا|سجل)${END}.{0,100})$`,
  },
  // Round 35: a charity's appeal before the provenance shapes, which read "ساهم في" as a credit's act
  // ("contributed to").
  ...CHARITY_APPEALS,
  ...SHAPES,
  // Round 32: after the provenance shapes, which read an outlet's own words of where a piece came from.
  ...BODY_GAVE,
  // Round 33: after them too ("عن موقع X" is theirs).
  ...FROM_OUTLET_AR,
  ...PROMPTS,
  ...READER_PROMPTS,
  ...APPEALS_AND_ALERTS,
  ...BROADCAST_AND_NOTICES,
  ...REPORTS_AND_SLOTS,
  ...OUTLETS_AND_OFFERS,
  ...MANNERS_AND_DISCLOSURES,
  // Round 34.
  ...ISSUES_AND_MEMBERSHIPS,
  // Round 35.
  ...CALLS_AND_COUNTS,
  ...NOTES_AND_BUTTONS,
  // Round 37.
  ...STATES_AND_APPEALS,
  ...GENERIC,
  ...LICENCES,
  ...SITE_TAGS,
  ...TAGS_BETWEEN,
  ...byKind.filter((p) => UNLABELLED.test(p.name)).sort((a, b) => unlabelledOrder(a.name) - unlabelledOrder(b.name)),
  // Round 35: after the breadcrumbs, which read a site and its section across a slash first ("NTV News /
  // East Africa"; a section reads as a person's name).
  ...OUTLET_SLASH_WRITER,
  // Loose shapes of a byline, tried after every other pattern (`ALONGSIDE`).
  ...FILED_FROM,
  // Round 33: and of a dateline.
  ...PLACE_ON_DAY,
  ...WRITER_FOR,
  ...OUTLET_THEN_WRITER,
  // Round 36: after every earlier shape, so a line one of them reads stays theirs.
  ...RELEASES_OF_BODIES,
  ...SCENE_THEN_COURTESY,
  ...PREPARED_BY_ROLE,
  ...NAME_COMMA_PLACE,
  // Round 37: after every earlier shape too.
  ...BYLINES_OWNED,
  ...RELEASES_DONE,
  ...SCENE_THEN_BODY,
  ...STILL_FROM_WORK,
];

/**
 * Built-in shapes too loose to stand alone: a line they match is furniture only next to a line of
 * furniture another pattern knows (above or below it), as the page prints its credits together.
 */
export const ALONGSIDE = new Set<string>(
  eachLang((lang) => [
    `credit-any-label-${lang}`,
    `breadcrumb-menu-${lang}`,
    `byline-writer-for-${lang}`,
    `byline-filed-from-${lang}`,
    `byline-outlet-writer-${lang}`,
    // Round 33.
    `dateline-place-day-${lang}`,
  ]).flat(),
);

/** Names the built-in patterns had before they were made by kind, for `disable:` lists written then. */
export const FORMER_NAMES: Record<string, FurnitureKind> = {
  'source-line': 'source',
  'featured-image': 'caption',
  'photo-credit': 'caption',
  'photo-credit-ar': 'caption',
  'archive-photo-ar': 'caption',
  'read-more': 'related',
  'read-more-ar': 'related',
  'share-buttons': 'share',
  'social-links': 'share',
  'comments-heading': 'comments',
  'comments-ar': 'comments',
  copyright: 'copyright',
  'rights-reserved': 'copyright',
  advertisement: 'advertisement',
  'page-chrome': 'navigation',
  'tags-line': 'tags',
  'timestamp-line': 'timestamp',
};
