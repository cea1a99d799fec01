/**
 * Names and terms in the documents that the glossary does not cover yet, for editors to consider
 * (`src/cli/glossary-suggest.ts`). Heuristics, ranked by evidence; never applied automatically.
 */
import { cliticVariants, FUNCTION_WORDS_AR, matchKey, tokenize, type Token } from '../arabic/index.ts';
import { ARABIC_MONTHS, MONTHS, WEEKDAYS } from '../calendar.ts';
import { DETERMINERS_EN } from '../english/function-words.ts';
import { lineAt, readingText, type ReadingText } from '../ingest/markdown.ts';
import { otherLang, type Edition, type Lang } from '../types.ts';
import type { CompiledGlossary } from './compile.ts';
import { gapKey, SPACE_GAP } from './forms.ts';
import { findMatches } from './match.ts';
import { consonants, sameName } from '../arabic/skeleton.ts';

/** The reading text of one language version of a document. */
export interface SuggestDocument {
  /** Path relative to the content folder, e.g. `documents/x.ar.txt`. */
  file: string;
  lang: Lang;
  /** Its paragraphs (of a hand-written source, its blocks of text), with their file lines. */
  paragraphs: ReadingText[];
  /**
   * The document the version belongs to: versions with the same slug are one document in two
   * languages, and the other version's names are evidence for this one's (see `suggestTerms`).
   */
  slug?: string;
  /** How the document's two versions relate: a translation's other version names the same people. */
  relation?: 'translation' | 'coverage';
}

/**
 * The reading text of an edition, paragraph by paragraph with its file lines: a plain-text
 * edition's paragraphs; of an `md`/`mdx` source, the text its page shows (no markup, attribute,
 * code or address), block by block, numbered as the file is (front matter included).
 */
export function suggestDocument(edition: Edition): SuggestDocument {
  const paragraphs =
    edition.format === 'txt'
      ? edition.paragraphs
      : readingText(edition.body ?? '', edition.format, edition.bodyLine ?? 1);
  return { file: edition.sourceFile, lang: edition.lang, paragraphs, slug: edition.slug, relation: edition.relation };
}

/**
 * - `english-name`: a run of capitalised words in English text (Marine Le Pen, Ministry of the Interior);
 * - `latin-in-arabic`: a run of Latin words inside Arabic text (EMLEAKS, APT 28);
 * - `arabic-name`: Arabic words that look like a name: after a title (الرئيس، المرشح، وزير …), or
 *   repeated, spelt like a transliteration (see `foreignShaped`) and never written with the
 *   article, as names are not; and, but for a title's in a document that is not a translation,
 *   spelling a name of the document's English version (see `src/core/arabic/skeleton.ts`);
 * - `missing-language`: an entry that occurs in a version whose language its glossary entry lacks.
 */
export type SuggestionKind = 'english-name' | 'latin-in-arabic' | 'arabic-name' | 'missing-language';

/** Where something occurs. */
export interface Place {
  file: string;
  line: number;
}

export interface Suggestion {
  kind: SuggestionKind;
  /** As written, in its most frequent spelling; for `missing-language`, the entry's term. */
  text: string;
  count: number;
  /** Every occurrence, in document order. */
  places: Place[];
  /** For `missing-language`: the entry and the language it has no block in. */
  entryId?: string;
  lang?: Lang;
}

/** Words that join the capitalised words of one name: Ministry of the Interior, Charles de Gaulle. */
const CONNECTORS = new Set([
  'of',
  'the',
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'al',
  'el',
  'bin',
  'ibn',
  'von',
  'van',
  'der',
  'den',
  'da',
  'di',
  'y',
]);

/** Capitalised words that start a phrase but are not part of a name. */
const DETERMINERS = new Set(DETERMINERS_EN);

/** Capitalised for grammar, not because they name something a reader needs explained. */
const CALENDAR = new Set([...MONTHS.en, ...WEEKDAYS.en].map(([name]) => name));

/** Titles that a name follows in Arabic news prose (normalised, without prefixes). */
const ARABIC_TITLES = new Set(
  [
    'الرئيس',
    'رئيس',
    'الرئيسة',
    'رئيسة',
    'المرشح',
    'مرشح',
    'المرشحة',
    'مرشحة',
    'الوزير',
    'وزير',
    'الوزيرة',
    'وزيرة',
    'السيد',
    'السيدة',
    'الزعيم',
    'زعيم',
    'الزعيمة',
    'زعيمة',
    'المتحدث',
    'المتحدثة',
    'الجنرال',
    'الملك',
    'الملكة',
    'الأمير',
    'الأميرة',
    'الشيخ',
    'الدكتور',
    'الدكتورة',
    'المستشار',
    'المستشارة',
    'النائب',
    'النائبة',
    'السفير',
    'السفيرة',
    'منافسه',
    'منافسته',
    'منافسها',
  ].map(matchKey),
);

/**
 * Arabic month and weekday names, normalised; of a two-word month ("تشرين الثاني") its first word.
 * Not the Maghrebi months: several are also names (ماي, جوان).
 */
const ARABIC_CALENDAR = new Set(
  [...ARABIC_MONTHS.egyptian, ...ARABIC_MONTHS.levantine, ...WEEKDAYS.ar]
    .flat()
    .map((name) => matchKey(name.split(' ')[0])),
);

/**
 * Frequent Arabic words (normalised) that are never names: the function words, and the words of
 * news prose that stand beside a name without being part of it (verbs of saying, time words,
 * particles with a pronoun joined, "يكون"). Folded spellings (الى، ان) need no entry: `matchKey`
 * folds what they are compared with.
 */
const ARABIC_STOPWORDS = new Set(
  [
    ...FUNCTION_WORDS_AR,
    'أنه',
    'أنها',
    'يكون',
    'تكون',
    'بعض',
    'قال',
    'قالت',
    'أكد',
    'أكدت',
    'ذكرت',
    'ذكر',
    'أشار',
    'أشارت',
    'بشأن',
    'أمس',
    'يوم',
    'عام',
    'سنة',
    'شهر',
    'وقت',
    'ليل',
    'أيام',
    'إذا',
    'لها',
    'له',
    'لهم',
    'منها',
    'منه',
    'عليه',
    'عليها',
    'فيه',
    'فيها',
    'هناك',
    'يمكن',
    'وأن',
    'سابقا',
    'مما',
    'بأنها',
    'بأنه',
    'يسمى',
    'يسمح',
    'يصل',
    'تسبب',
    'أدت',
    'أمر',
    'صرح',
    'صرحت',
    'نفى',
    'أكثر',
    'أهمية',
    'حين',
    'باسم',
    'بيان',
    'بيانه',
    'بيانها',
    'نحو',
    'دون',
    'لكن',
    'لكنه',
    'بينما',
    'إلا',
    'وفق',
    'وفقا',
  ].map(matchKey),
);

/**
 * Letters Arabic uses to write foreign names: the ones that stand for sounds other languages have.
 * Transliterations seldom use ع ح ص ض ط ظ ق ث ذ خ, hamza seats or taa marbuta, which mark words
 * built on Arabic roots (مجموعة، رسائل، وراء).
 */
const TRANSLITERATION = /^[ابتجدرزسشغفكلمنهوي]+$/;

/** Whether a normalised Arabic word is shaped like a transliterated foreign name (ماكرون، بوتين). */
function foreignShaped(key: string): boolean {
  return key.length >= 4 && TRANSLITERATION.test(key) && /[اوي]/.test(key.slice(1));
}

/** Tanwin (ـً ـٍ ـٌ) marks an indefinite Arabic noun, which a name is not. */
const TANWIN = /[\u064B-\u064D]/;

/** Whether a normalised Arabic word, with or without prefixes, is one of `ARABIC_TITLES`. */
const isTitle = (key: string) => cliticVariants(key).some((reading) => ARABIC_TITLES.has(reading.stem));

/** Whether a word (as written and normalised) can be part of a name. */
function nameWord(token: Token): boolean {
  return (
    !ARABIC_STOPWORDS.has(token.key) &&
    !ARABIC_CALENDAR.has(token.key) &&
    !isTitle(token.key) &&
    !TANWIN.test(token.text)
  );
}

interface Group {
  kind: SuggestionKind;
  spellings: Map<string, number>;
  places: Place[];
  /** Seen as a name by strong evidence (mid-sentence capitals, a title before it). */
  strong: boolean;
  /** For `arabic-name`: the words, and whether a title was seen before them. */
  words?: string[];
  titled?: boolean;
  entryId?: string;
  lang?: Lang;
}

/** Whether `token` starts with a capital letter (and is not Arabic). */
function capitalised(token: Token): boolean {
  if (token.arabic) return false;
  const first = token.text.codePointAt(0) ?? 0;
  const ch = String.fromCodePoint(first);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function allCaps(token: Token): boolean {
  return (
    !token.arabic &&
    token.text.length >= 2 &&
    token.text === token.text.toUpperCase() &&
    token.text !== token.text.toLowerCase()
  );
}

/** Whether the word at `index` opens a sentence (nothing but quotes or brackets since a full stop). */
function opensSentence(text: string, tokens: Token[], index: number): boolean {
  const before = text.slice(index === 0 ? 0 : tokens[index - 1].end, tokens[index].start);
  return index === 0 ? /^[\s"'“‘([«—–-]*$/u.test(before) : /[.!?:;…]["'”’)\]»]*\s*["'“‘([«]*\s*$/u.test(before);
}

/** Whether the text between two words is only a space, so they may belong to one name. */
const joined = (text: string, a: Token, b: Token) => gapKey(text, a.end, b.start) === SPACE_GAP;

/** The article a normalised Arabic word carries, with any prefixes before it (وبال…, لل…), or ''. */
function definitePrefix(key: string): string {
  const match = /^[وف]?[بكل]?ال|^[وف]?لل/.exec(key);
  return match && key.length - match[0].length >= 2 ? match[0] : '';
}

/**
 * `key` without a conjunction or preposition in front when the rest is a word the documents also
 * use on its own (لماكرون → ماكرون); otherwise `key` itself, so that وليد stays وليد.
 */
function attestedStem(key: string, attested: ReadonlySet<string>): string {
  for (const reading of cliticVariants(key)) {
    if (!reading.article && reading.prefix !== '' && reading.stem.length >= 3 && attested.has(reading.stem))
      return reading.stem;
  }
  return key;
}

/**
 * Candidates for new glossary entries in `documents`, given what `glossary` already covers,
 * strongest first within each kind: more occurrences first, then alphabetical.
 */
export function suggestTerms(documents: readonly SuggestDocument[], glossary: CompiledGlossary): Suggestion[] {
  const groups = new Map<string, Group>();
  const note = (
    kind: SuggestionKind,
    key: string,
    spelling: string,
    place: Place,
    strong: boolean,
    extra: Partial<Group> = {},
  ) => {
    const id = `${kind}\0${key}`;
    let group = groups.get(id);
    if (!group) {
      group = { kind, spellings: new Map(), places: [], strong: false, ...extra };
      groups.set(id, group);
    }
    group.spellings.set(spelling, (group.spellings.get(spelling) ?? 0) + 1);
    group.places.push(place);
    group.strong ||= strong;
  };

  // English words seen capitalised inside a sentence: a capital at a sentence's start is grammar
  // unless the word has one elsewhere too.
  const midCapital = new Set<string>();
  const english = documents.filter((doc) => doc.lang === 'en');
  const tokenized = new Map<SuggestDocument['paragraphs'][number], Token[]>();
  const tokensOf = (paragraph: SuggestDocument['paragraphs'][number]) => {
    let tokens = tokenized.get(paragraph);
    if (!tokens) tokenized.set(paragraph, (tokens = tokenize(paragraph.text)));
    return tokens;
  };
  for (const doc of english)
    for (const paragraph of doc.paragraphs) {
      const tokens = tokensOf(paragraph);
      tokens.forEach((token, i) => {
        if (capitalised(token) && (allCaps(token) || !opensSentence(paragraph.text, tokens, i)))
          midCapital.add(token.key);
      });
    }
  // The skeletons of the names in each document's English version (see `src/core/arabic/skeleton.ts`).
  const latinNames = new Map<string, string[]>();
  for (const doc of english) {
    if (doc.slug === undefined) continue;
    const skeletons = latinNames.get(doc.slug) ?? [];
    latinNames.set(doc.slug, skeletons);
    for (const paragraph of doc.paragraphs) {
      const tokens = tokensOf(paragraph);
      let run = '';
      tokens.forEach((token, i) => {
        if (capitalised(token) && midCapital.has(token.key)) {
          const own = consonants(token.text);
          run = i > 0 && run && joined(paragraph.text, tokens[i - 1], token) ? run + own : own;
          skeletons.push(own);
          if (run !== own) skeletons.push(run);
        } else run = '';
      });
    }
  }
  const docOf = new Map(documents.map((doc) => [doc.file, doc]));

  // Arabic words seen with the article anywhere are common nouns or adjectives, not names.
  const definite = new Set<string>();
  const arabicWords: { token: Token; place: Place }[] = [];
  // Words after a title; kept once the whole corpus shows they never take the article.
  const titled: { words: Token[]; place: Place; spelling: string }[] = [];

  for (const doc of documents) {
    for (const paragraph of doc.paragraphs) {
      const { text } = paragraph;
      // Where a word is: the file line it is on, also in a paragraph wrapped by hand.
      const placeAt = (offset: number): Place => ({ file: doc.file, line: lineAt(paragraph, offset) });
      const tokens = tokensOf(paragraph);
      const matches = findMatches(glossary, text, doc.lang);
      for (const match of matches) {
        const entry = glossary.entries.get(match.entryId);
        if (entry && !entry[doc.lang]) {
          const other = entry[otherLang(doc.lang)];
          note('missing-language', `${entry.id}\0${doc.lang}`, other?.term ?? entry.id, placeAt(match.start), true, {
            entryId: entry.id,
            lang: doc.lang,
          });
        }
      }
      let m = 0;
      const covered = tokens.map((token) => {
        while (m < matches.length && matches[m].end <= token.start) m++;
        return m < matches.length && matches[m].start < token.end;
      });

      for (let i = 0; i < tokens.length;) {
        const token = tokens[i];
        if (covered[i]) {
          i++;
          continue;
        }
        if (doc.lang === 'en' && capitalised(token)) {
          // A run of capitalised words, with connectors between them.
          let last = i;
          let j = i + 1;
          while (j < tokens.length && !covered[j] && joined(text, tokens[j - 1], tokens[j])) {
            if (capitalised(tokens[j])) last = j;
            else if (!CONNECTORS.has(tokens[j].key)) break;
            j++;
          }
          let first = i;
          while (first < last && DETERMINERS.has(tokens[first].key)) first++;
          // "Addressing the UN General Assembly": a word capitalised only because it opens the
          // sentence is not part of the name after it.
          if (first < last && opensSentence(text, tokens, first) && !midCapital.has(tokens[first].key)) {
            first++;
            while (first < last && (CONNECTORS.has(tokens[first].key) || DETERMINERS.has(tokens[first].key))) first++;
          }
          const words = tokens.slice(first, last + 1);
          const single = words.length === 1;
          const skip =
            single && (CALENDAR.has(words[0].key) || DETERMINERS.has(words[0].key) || words[0].text.length < 2);
          if (!skip) {
            const spelling = text.slice(words[0].start, words[words.length - 1].end);
            const strong = !single || allCaps(words[0]) || !opensSentence(text, tokens, first);
            note('english-name', words.map((w) => w.key).join(' '), spelling, placeAt(words[0].start), strong);
          }
          i = last + 1;
          continue;
        }
        if (doc.lang === 'ar' && !token.arabic && /\p{L}/u.test(token.text)) {
          let last = i;
          while (
            last + 1 < tokens.length &&
            !covered[last + 1] &&
            !tokens[last + 1].arabic &&
            joined(text, tokens[last], tokens[last + 1])
          )
            last++;
          const spelling = text.slice(token.start, tokens[last].end);
          note(
            'latin-in-arabic',
            tokens
              .slice(i, last + 1)
              .map((w) => w.key)
              .join(' '),
            spelling,
            placeAt(token.start),
            true,
          );
          i = last + 1;
          continue;
        }
        if (doc.lang === 'ar' && token.arabic) {
          const article = definitePrefix(token.key);
          if (article) definite.add(token.key.slice(article.length));
          // After a title and its adjectives (المرشح الرئاسي الفرنسي), up to three words without the article.
          if (isTitle(token.key)) {
            let j = i + 1;
            while (j < tokens.length && j <= i + 3 && tokens[j].arabic && definitePrefix(tokens[j].key) && !covered[j])
              j++;
            const start = j;
            while (
              j < tokens.length &&
              j < start + 3 &&
              tokens[j].arabic &&
              !covered[j] &&
              !definitePrefix(tokens[j].key) &&
              nameWord(tokens[j]) &&
              joined(text, tokens[j - 1], tokens[j])
            ) {
              j++;
            }
            if (j > start) {
              const words = tokens.slice(start, j);
              titled.push({
                words,
                place: placeAt(words[0].start),
                spelling: text.slice(words[0].start, words[words.length - 1].end),
              });
              i = j;
              continue;
            }
          }
          if (!article && nameWord(token)) arabicWords.push({ token, place: placeAt(token.start) });
        }
        i++;
      }
    }
  }

  const attested = new Set(arabicWords.map((word) => word.token.key));
  for (const { words, place, spelling } of titled) {
    const keys = words.map((word) => attestedStem(word.key, attested));
    if (keys.some((key) => definite.has(key))) continue;
    note('arabic-name', keys.join(' '), spelling, place, true, { words: keys, titled: true });
  }

  // Repeated words shaped like a foreign name and never written with the article anywhere, as
  // names are not.
  const stems = arabicWords.map((word) => attestedStem(word.token.key, attested));
  const counts = new Map<string, number>();
  for (const stem of stems) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  arabicWords.forEach((word, index) => {
    const stem = stems[index];
    if (
      (counts.get(stem) ?? 0) < 2 ||
      definite.has(stem) ||
      !foreignShaped(stem) ||
      !nameWord({ ...word.token, key: stem })
    )
      return;
    note('arabic-name', stem, stem === word.token.key ? word.token.text : stem, word.place, true, { words: [stem] });
  });

  /**
   * Whether an Arabic candidate is a name by the other language's evidence: one of its words agrees
   * with a name in the English version of a document it occurs in (ماكرون with Macron); common
   * words (أمام، سيتم، فيما) agree with none. A word is taken without that evidence only after a
   * title (الرئيس …), and then not in a translation, whose English version names the same people.
   */
  const crossLanguage = (group: Group): boolean => {
    const docs = [...new Set(group.places.map((place) => place.file))].map((file) => docOf.get(file));
    const names = docs.flatMap((doc) => (doc?.slug === undefined ? [] : (latinNames.get(doc.slug) ?? [])));
    const skeletons = (group.words ?? []).map((word) => consonants(word)).filter((s) => s.length >= 2);
    if (skeletons.some((skeleton) => names.some((name) => sameName(skeleton, name)))) return true;
    const translated = docs.some(
      (doc) => doc?.relation === 'translation' && doc.slug !== undefined && latinNames.has(doc.slug),
    );
    return group.titled === true && !translated;
  };

  const order: SuggestionKind[] = ['english-name', 'latin-in-arabic', 'arabic-name', 'missing-language'];
  return (
    [...groups.values()]
      // A capitalised word seen only at the start of sentences is most likely an ordinary word.
      .filter((group) => group.strong && (group.kind !== 'arabic-name' || crossLanguage(group)))
      .map((group): Suggestion => {
        const [text] = [...group.spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
        const places = [...group.places].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
        return {
          kind: group.kind,
          text,
          count: group.places.length,
          places,
          ...(group.entryId ? { entryId: group.entryId, lang: group.lang } : {}),
        };
      })
      .sort(
        (a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || b.count - a.count || a.text.localeCompare(b.text),
      )
  );
}
