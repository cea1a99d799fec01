/**
 * A signal of furniture that is not a table of words: whether a line reads as prose. Every label
 * table misses the next outlet's phrasing ("Content partner Delta Bulletin", "Kassala | Levant
 * Ledger team report", "السلسلة مغلقة"), but a page's furniture keeps its shape across outlets: a few words,
 * no sentence's stop, names and labels rather than the words that hold a sentence together, marks
 * that part a line, pictographs. Boilerplate removers (jusText, boilerpipe) judge a block so, and
 * by its neighbours; here a line is judged by its shape (`nonProse`), by where it stands
 * (`nonProseLines`: beyond the article's first and last paragraphs of prose, with furniture a
 * pattern knows at that edge) and, after the article, by whether it shares any word with the
 * story (a page's appeal or notice speaks of the site), never by what its words mean.
 *
 * Deliberately narrow, since nothing of an article may go: a line in lower case, with a stop, a
 * label's colon or more than a few words is never judged by its shape; an English line counts by
 * its capitals only when nearly every word is capitalised and few are function words; an Arabic
 * one, with no capitals to go by, only when it has four words at most, none a function word or a
 * number. Such a line goes only after the article, when the model is sure of it, none of its
 * content words is the story's and the story does not go on below it.
 */
import type { Lang } from '../types.ts';
import { FUNCTION_WORDS_EN } from '../english/function-words.ts';
import { FUNCTION_WORDS_AR } from '../arabic/function-words.ts';
import { normalizeArabic } from '../arabic/normalize.ts';
import { foldForModel, furnitureProbability, isModelLine, lineModelSchema, STOPPED } from './line-model.ts';
import modelJson from './line-model.json' with { type: 'json' };
import { ENDS_SENTENCE, LONG_LINE_WORDS, ofSentences, wordCount } from './sentences.ts';
import { LABELS, pictureNouns } from './furniture-labels.ts';

const MODEL = lineModelSchema.parse(modelJson);
/**
 * How sure the line model must be to take a line the shape already doubts. Even odds: the shape
 * has narrowed the lines to those without a sentence's build, and on the set held out when it was
 * chosen (blind-20) a surer model took fewer furniture lines and no fewer article ones.
 */
export const MODEL_SURE = 0.5;
/**
 * How sure the line model must be, with a call's shape and none of the story's words, that a line
 * is a page's call to action. The model is the weakest of the three signals on an outlet it has
 * not seen (blind-52's `تبرّع الآن عبر الرسائل النصية` 0.14, `ساهم في كسوة الشتاء` 0.32), and it is
 * only asked to veto an article's own imperative line ("Follow the money", "شاهد عيان"), which a
 * model that had not seen half the look-alike prose scored under 0.05: at 0.1 that model took no
 * more of it than at 0.5 (109 of 7,130 either way), with no model 134 (session 22).
 */
const CALL_SURE = 0.1;
/**
 * How often the story must say a word for a call that has it to be the story's own line: a word of
 * its headline counts this much at once, a paragraph's once. A word one paragraph uses is no topic
 * ("مباشر", "direct", kept blind-52's "تابعوا البث المباشر من الحرم الحسيني الشريف" twelve times);
 * an article's own imperative heading names what the story is about ("Wash your hands" in a story
 * on hand washing, "Tune in to Pipeline FM" under "Pipeline fire"). With it the look-alike guard
 * took no more (102 of 7,130), blind-52 page alone +0.3 / +0.6 points (session 22).
 */
const TOPICAL = 2;
/**
 * How sure the line model must be to take a line after the article that has no shape of a page's
 * line but none of the article's words either ("Donate now to support nonprofit journalism"). On
 * blind-25 held out, 0.7 took a few more such lines than 0.9 and no fewer article ones; the surer
 * setting is kept, since the shape does not narrow these lines first.
 */
const OFF_TOPIC_SURE = 0.9;

/**
 * How many lines of the story's words below a line make it the article's, not the page's (see
 * `storyGoesOn`): more than a page's trailing block holds.
 */
const STORY_GOES_ON = 3;

/**
 * How sure the line model must be to take a line of a page's shape at an edge where no pattern
 * knows any furniture. Surer than beside known furniture, as nothing else speaks for the line; on
 * every set run so far 0.7 took the same lines as 0.9.
 */
const UNFLANKED_SURE = 0.9;

/** The most words of a line judged by its shape: more is a sentence, whatever its stops. */
const MAX_WORDS = 12;

/** A line that opens with a short label and a colon: a memo's own header may ("To: All staff"). */
const LABELLED = /^[^:]{1,30}:\s/u;

/**
 * Marks that part a page's line and that prose does not use between words: a bar, a bullet, a
 * middle dot, an arrow, ©, a hashtag or a handle ("#Dengue", "@who": a text's "# Not a heading" is
 * none), or a spaced slash or guillemet ("Home / World", "A · B", "Themes ⟶ A").
 * "bronchitis/bronchiolitis" is no separator, nor is a dash: a list of the article's own prints
 * "Term – what it is", a letter ends "— Jane Doe".
 */
const PARTED = /\s[/»›+]\s|[|·•©\u2190-\u21ff\u27f0-\u27ff]|[#@]\p{L}/u;

/** Pictographs: a page's icons scraped as text (👇, ▶). */
const PICTOGRAPH = /[\p{Extended_Pictographic}\u25a0-\u25ff]/u;

/**
 * A list's bullet or a pictograph that opens a line and marks nothing else in it: an article's list
 * prints its items so ("• Flour, up 40 per cent", "👈 ارتفاع الإيجارات 25 في المئة", a "Key points"
 * box under the byline), and the item's own words decide. The rights' signs are no bullet, though
 * Unicode counts them as pictographs: "© تكية أم علي" is a credit whatever its words.
 */
const LEADING_MARK =
  /^(?:[•·▪◦‣]|(?![©®™])[\p{Extended_Pictographic}\u25a0-\u25ff][\ufe0f\u200d\p{Extended_Pictographic}]*)\s*/u;

/** A capitalised English line: this share of its words capitalised at least, of function words at most. */
const CAPITALISED_SHARE = 0.6;
const FUNCTION_SHARE = 0.2;

/**
 * The most words of an Arabic line judged without marks: a transcript's or a list's line of five
 * words may have no function word of the list ("إنه ضغط يشبه ألم الصدر"), a page's label of four
 * seldom does ("السلسلة مغلقة", "محتوى علامة تجارية").
 */
const ARABIC_WORDS = 4;

const FUNCTION_EN = new Set(FUNCTION_WORDS_EN);
const FUNCTION_AR = new Set(FUNCTION_WORDS_AR.map(normalizeArabic));

/** The words of a line that hold a letter, without the punctuation around them. */
const wordsOf = (text: string) =>
  text
    .split(/\s+/u)
    .filter((w) => /\p{L}/u.test(w))
    .map((w) => w.replace(/^\P{L}+|\P{L}+$/gu, ''));

/** An Arabic function word, alone or after the conjunction written onto it ("وفي", "فلا"). */
const isFunctionAr = (word: string) => {
  const w = normalizeArabic(word);
  return FUNCTION_AR.has(w) || (/^[وف]/u.test(w) && FUNCTION_AR.has(w.slice(1)));
};

/** How sure the shape is that a line is not prose: `firm` by its marks, `loose` by its words. */
export type NonProse = 'firm' | 'loose';

/**
 * Whether `text` is shaped as a page's line and not as prose, and how surely. Never a line of more
 * than `MAX_WORDS` words, with a stop at its end, or opening in lower case (it goes on a sentence).
 * `firm`: parted by marks or pictographic ("Kassala | Levant Ledger team report", "رابط القناة
 * 👇"). `loose`: without a label's colon, in English capitalised word after word with few function
 * words ("Content partner Delta Bulletin"), in Arabic a few words, none a function word or a number
 * ("السلسلة مغلقة"). A bullet or a pictograph that only opens the line makes it `firm` when the
 * words after it are not prose either ("▶ Delta Bulletin Video"), and nothing when they are.
 */
export function nonProse(text: string, lang: Lang): NonProse | undefined {
  const line = text.trim();
  const words = wordsOf(line);
  if (words.length === 0 || words.length > MAX_WORDS || STOPPED.test(line)) return undefined;
  if (/^\P{L}*\p{Ll}/u.test(line)) return undefined;
  const lead = LEADING_MARK.exec(line)?.[0];
  const rest = lead === undefined ? '' : line.slice(lead.length);
  // An item after its bullet is judged as a line; a page's line stays firm.
  if (lead !== undefined && rest !== '' && !PICTOGRAPH.test(rest) && !PARTED.test(rest))
    return nonProse(rest, lang) === undefined ? undefined : 'firm';
  // Arabic quotes a speaker in «…», which a spaced » must not read as a breadcrumb's.
  if (PICTOGRAPH.test(line) || (PARTED.test(line) && !line.includes('«'))) return 'firm';
  if (LABELLED.test(line)) return undefined;
  if (lang === 'ar')
    return words.length <= ARABIC_WORDS && !/\p{N}/u.test(line) && !words.some(isFunctionAr) ? 'loose' : undefined;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  const functional = words.filter((w) => FUNCTION_EN.has(w.toLowerCase())).length;
  return capitalised >= CAPITALISED_SHARE * words.length && functional <= FUNCTION_SHARE * words.length
    ? 'loose'
    : undefined;
}

/**
 * Marks that set a line apart from prose wherever it stands: a pictograph, a bar, a bullet or a
 * middle dot between words, an arrow, ©. Not a spaced slash ("Water / Power" heads a section) nor
 * a guillemet, and not a line with a hashtag or a handle, which is a quoted post.
 */
const PAGE_MARK = /[|•·©\u2190-\u21ff\u27f0-\u27ff]/u;
const POST = /(?:^|\s)[#@]\p{L}/u;

/**
 * A line between the article's paragraphs that goes by its marks alone: a share bar, a player's
 * "Up next ▶", a bulleted row of platforms. An article's own list item ("• Flour, up 40 per
 * cent") is judged by its words after the bullet, as `nonProse` does, and stays.
 */
const markedInside = (text: string, lang: Lang) =>
  nonProse(text, lang) === 'firm' && (PICTOGRAPH.test(text) || PAGE_MARK.test(text)) && !POST.test(text);

/** A line ending on a comma or colon leads into the next: a letter's "Yours sincerely,", a list's lead. */
const LEADS_INTO = /[,،:]\s*$/u;

/** A list's item: a dash, a bullet or a number opens it (an article's steps, "- تابع المصرف …"). */
const LIST_ITEM = /^\s*(?:[-–—•·▪◦‣*]|\p{Nd}+[.)])\s/u;

/** The most words of a call to action: a button's or a banner's, not a sentence's. */
const CALL_WORDS = 8;

/** What an Arabic imperative adds for the plural, the feminine and "us" ("شاركوا", "شاركي", "تابعونا"). */
const IMPERATIVE_ENDINGS = /(?:ونا|وا|نا|ي)$/u;

/** The imperatives a call to action opens with (`LABELS[lang].calls`), folded as the model folds. */
const CALLS: Record<Lang, Set<string>> = {
  en: new Set(LABELS.en.calls.map(foldForModel)),
  ar: new Set(LABELS.ar.calls.map(foldForModel)),
};

/**
 * A speaker saying "I": a page's call speaks of the reader and the site ("Follow me on X" is a
 * blogger's button), a poem's or a quoted voice's line of the speaker ("سجّل أنا عربي", "Listen, I
 * was there").
 */
const SPEAKER: Record<Lang, Set<string>> = {
  en: new Set(['i', "i'm", "i've", "i'll", "i'd"]),
  ar: new Set(['انا', 'اني', 'انني']),
};

/**
 * Whether `text` is shaped as a page's call to action: a few words, unstopped, opening (after a
 * bullet or a pictograph) with one of the language's imperatives addressed to the reader ("Subscribe
 * to the Kettle Bay Wire", "تبرّع الآن لجمعية الهلال"), and no speaker's "I". The shape only: an
 * article's own heading may open so too ("Wash your hands"), which `nonProseLines` asks more of.
 */
function isCallShaped(text: string, lang: Lang): boolean {
  const line = text.trim().replace(LEADING_MARK, '');
  const words = wordsOf(line).map((w) => foldForModel(w.replace(/\u2019/gu, "'")));
  if (words.length < 2 || words.length > CALL_WORDS || STOPPED.test(line)) return false;
  if (words.some((w) => SPEAKER[lang].has(w))) return false;
  if (opensWithCall(words, lang)) return true;
  // Or a banner's topic and then its call, after a spaced dash ("Jobs in Antarctica – apply now",
  // "عروض الصيف – احجز الآن"): the call is the line's last part.
  const tail = DASHED_CALL.exec(line)?.[1];
  if (tail === undefined) return false;
  const called = wordsOf(tail).map((w) => foldForModel(w.replace(/\u2019/gu, "'")));
  return called.length <= DASHED_CALL_WORDS && opensWithCall(called, lang);
}

/** A line's last part after a spaced dash. */
const DASHED_CALL = /\s[-–—]\s+([^-–—]+)$/u;
/** The most words of a call after a dash: a button's ("apply now", "book your seat today"). */
const DASHED_CALL_WORDS = 4;

/** Whether `words` (folded) open with one of the language's imperatives to the reader. */
function opensWithCall(words: readonly string[], lang: Lang): boolean {
  if (words.length === 0) return false;
  const calls = CALLS[lang];
  if (calls.has(words[0]) || (words.length > 1 && calls.has(`${words[0]} ${words[1]}`))) return true;
  return lang === 'ar' && calls.has(words[0].replace(IMPERATIVE_ENDINGS, ''));
}

/** How sure the line model must be, with a firm shape, that a line at the top is no headline. */
const HEADLINE_DOUBT = 0.9;

/** The nouns a public body's name opens with or ends on (`bodies`; the Arabic normalised). */
const BODIES: Record<Lang, Set<string>> = {
  en: new Set(LABELS.en.bodies),
  ar: new Set(LABELS.ar.bodies.map(normalizeArabic)),
};
/** An Arabic word with the article, maybe after a preposition written onto it ("للإعلام", "بالشارقة"). */
const DEFINITE = /^(?:[وفبلك]?ال|لل)\p{L}{2,}$/u;
/** The most words of a body's name alone. */
const BODY_NAME_WORDS = 7;
/** The little words inside an English name ("Department of Health and Social Care"). */
const NAME_LINKS = new Set(['of', 'for', 'and', 'the', '&', 'on']);

/**
 * Whether `text` is a public body's name and nothing more, and the line model takes it for a page's
 * line (session 20): a release prints its sender where a byline stands ("Department of Health and
 * Social Care", "الإدارة العامة للإعلام الأمني"), and a headline says something of a body. In
 * Arabic a word of `bodies` opens it and every word after takes the article or is joined to one
 * that does ("لشرطة الشارقة"), which a verb is not ("وزارة الصحة تعلن تسجيل …"). In English
 * capitalised words and a name's little words, a word of `bodies` ending the name or leading into
 * what the body is of; a headline in title case may have the latter shape ("Ministry of Health
 * Confirms Five New Cases"), which the model tells apart (0.001 against 0.96). The caller asks for
 * the page's furniture beside it too.
 */
export function isBodyNameLine(text: string, lang: Lang): boolean {
  const line = text.trim();
  const words = line.split(/\s+/u);
  if (words.length < 2 || words.length > BODY_NAME_WORDS || /[.!?؟:،,]$/u.test(line)) return false;
  const shaped =
    lang === 'ar'
      ? BODIES.ar.has(normalizeArabic(words[0]).replace(/^ال(?=\p{L}{3})/u, '')) &&
        words
          .slice(1)
          .every((w, k, rest) => DEFINITE.test(normalizeArabic(w)) || DEFINITE.test(normalizeArabic(rest[k + 1] ?? '')))
      : words.every((w) => /^\p{Lu}[\p{L}'’-]*$/u.test(w) || NAME_LINKS.has(w)) &&
        /^\p{Lu}/u.test(words[0]) &&
        // The body's word ends its name or leads into what it is of ("Ministry of Health", "Dubai
        // Police General Command"); in a headline a verb follows it ("Press Office Chief Resigns").
        words.some(
          (w, k) => BODIES.en.has(w.toLowerCase()) && (k === words.length - 1 || NAME_LINKS.has(words[k + 1])),
        );
  // An English name that ends on the body's word has left no place for a verb: the shape says it
  // alone ("Sint Maarten Police Force", which a retraining moved from 0.91 to 0.44).
  const closed = lang === 'en' && BODIES.en.has(words[words.length - 1].toLowerCase());
  return shaped && isModelLine(line) && (closed || furnitureProbability(line, MODEL) >= MODEL_SURE);
}

/**
 * Whether the shape firmly (by its marks or pictographs) and the line model agree that `text` is a
 * page's line and no headline: such a line at the top is neither kept as the headline's place nor
 * made the title (a share prompt with its pictograph). Not by a loose shape: the model scores some
 * headlines in capitals as the page's ("Protests spread to New York", 1.0), and a headline is
 * seldom marked so; one flagged as news ("عاجل | …") is protected before this is asked.
 */
export const isMarkedPageLine = (text: string, lang: Lang) =>
  nonProse(text, lang) === 'firm' && isModelLine(text) && furnitureProbability(text, MODEL) >= HEADLINE_DOUBT;

/** A picture's nouns, by which a caption opens ("Screenshot", "صورة", "لقطة"), folded as the model folds. */
const PICTURES: Record<Lang, Set<string>> = {
  en: new Set(pictureNouns('en').map(foldForModel)),
  ar: new Set(pictureNouns('ar').map(foldForModel)),
};
/** The most words of a caption judged by its first word and the model: a line of a picture, not its story. */
const PICTURE_WORDS = 10;

/**
 * Whether `text` is a picture's caption by its shape and the line model (session 23): it opens with
 * a picture's noun ("Screenshot of the viral post shared on Facebook", "صورة نشرتها وزارة الصحة على
 * حسابها", "لقطة شاشة من مقطع متداول على واتساب"), ten words at most, no stop or label's colon, and
 * the model is as sure as it must be to doubt a headline. No table can list what a caption says
 * after its noun; a headline that opens on one says what the picture did ("Photo of the year goes
 * to …", "صورة تثير الجدل"), which the model scores under 0.02. An English line in title case is
 * a headline's ("Picture This Festival Opens", 0.99), and stays.
 */
export function isPictureLine(text: string, lang: Lang): boolean {
  const line = text.trim();
  const words = wordsOf(line);
  if (words.length < 3 || words.length > PICTURE_WORDS || STOPPED.test(line) || line.includes(':')) return false;
  if (!PICTURES[lang].has(foldForModel(words[0]))) return false;
  if (lang === 'en' && /^\p{Lu}/u.test(words[1]) && /^\p{Lu}/u.test(words[2])) return false;
  return isModelLine(line) && furnitureProbability(line, MODEL) >= HEADLINE_DOUBT;
}

/**
 * The keys of a line's content words, for telling whether it shares any with the rest of the page:
 * no function word and none under four letters; folded as the model folds; in Arabic without the
 * article or a one-letter conjunction or preposition written onto it, and cut to four letters, so
 * that "التهابات" meets "التهاب"; in English cut to five ("infections", "infected").
 */
function topicKeys(text: string, lang: Lang): Set<string> {
  const keys = new Set<string>();
  for (const word of wordsOf(text)) {
    if ([...word].length < 4 || (lang === 'ar' ? isFunctionAr(word) : FUNCTION_EN.has(word.toLowerCase()))) continue;
    const folded = foldForModel(word);
    keys.add(
      lang === 'ar' ? folded.replace(/^(?:[وفبلك]?ال|[وفبل])(?=\p{L}{3})/u, '').slice(0, 4) : folded.slice(0, 5),
    );
  }
  return keys;
}

/** A paragraph of prose: more than ten words, ending as a sentence does. */
const isProseParagraph = (text: string) => wordCount(text) > LONG_LINE_WORDS && ENDS_SENTENCE.test(text);

/** How many of the article's first paragraphs of prose a line at the top is weighed against. */
const OPENING_PARAGRAPHS = 3;

/**
 * The content words (`topicKeys`) of the story's opening: its first paragraphs of prose, where a
 * headline's subject is told again. None for a text with fewer: a word missing from a sentence or
 * two says little, and a short notice's headline may speak of more than its text does.
 */
export function openingKeys(texts: readonly string[], lang: Lang): Set<string> {
  const keys = new Set<string>();
  const opening = texts.filter(isProseParagraph).slice(0, OPENING_PARAGRAPHS);
  if (opening.length < OPENING_PARAGRAPHS) return keys;
  for (const text of opening) for (const key of topicKeys(text, lang)) keys.add(key);
  return keys;
}

/**
 * Whether a line at the top speaks of something other than the story and the line model takes it
 * for the page's (session 18): none of its content words is in the story's opening (`opening`, see
 * `openingKeys`), as a byline's names, a dateline's outlet, a caption's credit or a share prompt
 * have none, and the model is as sure as it must be to doubt a headline. Neither signal knows a
 * phrasing: a headline speaks of its story, and the model knows a page's line by its stuff. One
 * alone is not enough: a figure of speech shares no word with the story (`Peace, at last`), and
 * the model takes some headlines for the page's (`Protests spread to New York`). Such a line is
 * never the title.
 */
export function isOffStoryLine(text: string, lang: Lang, opening: ReadonlySet<string>): boolean {
  if (opening.size === 0 || !isModelLine(text)) return false;
  for (const key of topicKeys(text, lang)) if (opening.has(key)) return false;
  return furnitureProbability(text, MODEL) >= HEADLINE_DOUBT;
}

/**
 * The lines of a page (`texts`, in reading order) that go as furniture by their shape, given the
 * lines a pattern already takes (`goes`). Beyond the article's first and last paragraphs of prose:
 * a `firm` line when such furniture stands at that edge; a `loose` one only with it between the
 * line and the article (jusText's rule: an unsure line beside prose is the text's), so that a
 * letter's sign-off, a poem's last lines or an article's closing list stay; and a line of either
 * shape that the line model (`line-model.ts`) also scores as furniture, wherever it stands at the
 * edge, the two signals agreeing; at an edge with no such furniture, only the latter, the model
 * surer, and a loose line not beside the article. After the article, with such furniture at that
 * edge, a line of no such shape that the model is sure of and that shares no content word with the
 * rest of the page (`topicKeys`): the page speaking of the site. Between the paragraphs: a line marked as a page's
 * (`markedInside`). The lines of `headline` never go by shape (a headline may be parted: "عاجل |
 * انفجار في مرفأ بيروت"), and a page with no paragraph of prose gives nothing.
 */
export function nonProseLines(
  texts: readonly string[],
  lang: Lang,
  goes: (i: number) => boolean,
  headline: ReadonlySet<number>,
): number[] {
  const prose = texts.map((t, i) => !goes(i) && isProseParagraph(t));
  const first = prose.indexOf(true);
  if (first === -1) return [];
  const last = prose.lastIndexOf(true);
  const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
  // A transcript's turns end without a stop and read to the model as a page's prompts ("سأرسل إليك
  // صورة"): in a text whose long lines mostly do not end as sentences, the model decides nothing.
  const transcript = ofSentences(texts) === false;
  // Each line's content words, found once: the rule after the article and the call rule both ask.
  const lineKeys: (Set<string> | undefined)[] = [];
  const keysOf = (j: number) => (lineKeys[j] ??= topicKeys(texts[j], lang));
  // How many of the lines that stay hold each content word: a line whose words no other line has
  // speaks of something other than the article. Counted only once a line needs it (most pages have
  // no sentence-built line after the article).
  let topics: { keys: Set<string>[]; lines: Map<string, number> } | undefined;
  const offTopic = (i: number) => {
    if (!topics) {
      const keys = texts.map((_, j) => (goes(j) ? new Set<string>() : keysOf(j)));
      const lines = new Map<string, number>();
      for (const set of keys) for (const key of set) lines.set(key, (lines.get(key) ?? 0) + 1);
      topics = { keys, lines };
    }
    const { keys, lines } = topics;
    return [...keys[i]].every((key) => lines.get(key) === 1);
  };
  // The article goes on below a line when lines of the story's words stand there that no pattern
  // takes: a transcript's turns or a list's items, unstopped, after the last paragraph of prose
  // ("بدأ كل هذا بالصداع والحمى…" above "يوجد ألم في الصدر", "إنه في وسط صدري"). A page's block after
  // the article holds a related headline or two the tables miss, never more so far (on the 41 sets,
  // at most two below a line the model took, of 2,078; none as an archive); so the model alone does
  // not take a line with STORY_GOES_ON such lines below it, whatever its score.
  const storyGoesOn = (below: number[]) => below.filter((j) => !goes(j) && !offTopic(j)).length >= STORY_GOES_ON;
  /** The lines of an edge (ordered from the article outwards) that go; `after` the article or before it. */
  const edge = (outwards: number[], after: boolean) => {
    const known = outwards.findIndex(goes);
    return outwards.filter((i, k) => {
      if (goes(i) || headline.has(i)) return false;
      if (call(i) || isPictureLine(texts[i], lang)) return true;
      // A line that a comma or colon leads into stays (a letter's "Yours sincerely,", a list's items).
      const ledInto = k > 0 && LEADS_INTO.test(texts[outwards[k - 1]]);
      const shape = nonProse(texts[i], lang);
      // No furniture a pattern knows at this edge: a line goes only when its shape is a page's (a
      // loose one not beside the article, where a reporter's name stands) and the model is sure of
      // it, in a text of sentences (a transcript's last turns, "سأرسل إليك صورة", read as a page's
      // prompts to the model).
      if (known === -1)
        return (
          !transcript &&
          !ledInto &&
          (shape === 'firm' || (shape === 'loose' && k > 0)) &&
          isModelLine(texts[i]) &&
          furnitureProbability(texts[i], MODEL) >= UNFLANKED_SURE
        );
      // A line of a sentence's build goes only after the article, when the model is sure of it and
      // none of its words is the article's: a page's appeal or notice speaks of the site, not of
      // the story ("Donate now to support nonprofit journalism", "This work is licensed under CC
      // BY-ND 4.0"); an article's own last heading or list shares its words ("Lower respiratory
      // tract infection (LRTI)" under a text on infections), and before the article a standfirst
      // may not. Beside the end of an article that writes unstopped lines (its last paragraph, or
      // lines of the story's words below it), it stays.
      if (shape === undefined)
        return (
          after &&
          !transcript &&
          !ledInto &&
          !outwards.slice(k + 1).some((j) => !goes(j) && ENDS_SENTENCE.test(texts[j])) &&
          isModelLine(texts[i]) &&
          offTopic(i) &&
          !storyGoesOn(outwards.slice(k + 1)) &&
          !(writesUnstopped() && outwards.slice(0, k).every((j) => !goes(j) && !offTopic(j))) &&
          furnitureProbability(texts[i], MODEL) >= OFF_TOPIC_SURE
        );
      if (shape === 'firm' || k > known) return true;
      // A loose line beside the article stays whatever the model says (a reporter's name under
      // the story).
      if (transcript || (shape === 'loose' && k === 0) || ledInto) return false;
      return isModelLine(texts[i]) && furnitureProbability(texts[i], MODEL) >= MODEL_SURE;
    });
  };
  // A call to action (session 19), between the paragraphs or at an edge: three signals, none of
  // which knows an outlet's wording, must agree: the shape of one (an imperative to the reader, a
  // few words), no word of the story (an article's own heading, "Wash your hands", shares the
  // story's) and the line model. And it stands among prose or the page's lines, led into by no
  // colon: a poem's line or a guide's step stands among its own or under its list's lead. So does a
  // transcript's turn, among its turns, so a transcript is no reason to keep a call between two
  // paragraphs of prose (session 22: the model, which a transcript's turns mislead, only vetoes).
  //
  // The story's words: its headline's, and those two of its paragraphs of prose say (`TOPICAL`). A
  // call names the outlet, which the page's other lines may name too ("Jane Doe / Kettle Bay Wire"
  // beside "Subscribe to the Kettle Bay Wire"); only the story's words keep it.
  let story: Map<string, number> | undefined;
  const offStory = (i: number) => {
    if (!story) {
      story = new Map();
      for (let j = 0; j < texts.length; j++) {
        if (!prose[j] && !headline.has(j)) continue;
        // A headline's word is the story's at once; a paragraph's when a second paragraph has it too.
        for (const key of keysOf(j)) story.set(key, (story.get(key) ?? 0) + (headline.has(j) ? TOPICAL : 1));
      }
    }
    for (const key of keysOf(i)) if ((story.get(key) ?? 0) >= TOPICAL) return false;
    return true;
  };
  // Judged once per line: `among` asks it again of each call's neighbours.
  const callLikes = new Map<number, boolean>();
  const callLike = (i: number) => {
    let like = callLikes.get(i);
    if (like === undefined) {
      like =
        !LIST_ITEM.test(texts[i]) &&
        isCallShaped(texts[i], lang) &&
        isModelLine(texts[i]) &&
        offStory(i) &&
        furnitureProbability(texts[i], MODEL) >= CALL_SURE;
      callLikes.set(i, like);
    }
    return like;
  };
  // A neighbour that ends as a sentence is prose however short ("Ten nests were counted."): a news
  // story sets one-sentence paragraphs apart; a poem's or a transcript's lines stand unstopped.
  const among = (j: number) =>
    j < 0 ||
    j >= texts.length ||
    prose[j] ||
    goes(j) ||
    headline.has(j) ||
    (ENDS_SENTENCE.test(texts[j]) && !LIST_ITEM.test(texts[j])) ||
    callLike(j);
  const call = (i: number) => !LEADS_INTO.test(texts[i - 1] ?? '') && callLike(i) && among(i - 1) && among(i + 1);
  // Between the paragraphs, nothing else without a page's mark goes, but a call and a caption.
  const inside = range(first + 1, last).filter(
    (i) =>
      !goes(i) &&
      !headline.has(i) &&
      !prose[i] &&
      (markedInside(texts[i], lang) || call(i) || isPictureLine(texts[i], lang)),
  );
  // Whether the article writes lines without a stop of its own: two or more of the story's words
  // above its last paragraph that no rule takes (a headline counts, one line more is a transcript's
  // turn, a list's item, a subheading). Beside such an article's end, a line sharing no word with
  // the page is no proof of the site's: TICO-19's "شرب الكثير من السوائل اليوم" closes a
  // consultation's questions, and the model, retrained, took it at 0.917.
  const taken = new Set(inside);
  let unstopped: boolean | undefined;
  const writesUnstopped = () =>
    (unstopped ??=
      range(0, last).filter(
        (i) => !goes(i) && !prose[i] && !taken.has(i) && !ENDS_SENTENCE.test(texts[i]) && !offTopic(i),
      ).length >= 2);
  return [...edge(range(0, first).reverse(), false), ...inside, ...edge(range(last + 1, texts.length), true)].sort(
    (a, b) => a - b,
  );
}
