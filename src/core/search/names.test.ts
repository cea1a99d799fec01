import { describe, expect, test } from 'vitest';
import { findHits, matcherFor } from './hits.ts';
import { memoryIndex } from './memory-index.ts';
import { analysePage } from './analysis.ts';
import { englishNamesOf, linkNameWords, nameTermsOf, nameWords, type NamePage } from './names.ts';
import { parseQuery } from './query.ts';
import { searchWith } from './rank.ts';
// The browser's module that marks names found by spelling (loaded there only when needed).
import { withNames } from '../../scripts/search-forgiving.ts';

/** The links a build makes over `pages`. */
const linkNames = (pages: NamePage[]) => linkNameWords(pages.map((page) => nameWords(page)));

describe('names across scripts without a glossary entry', () => {
  const pages = [
    { id: 'ar', lang: 'ar' as const, text: 'قال القاضي كافانو إن المحكمة ستنظر في القضية' },
    { id: 'en', lang: 'en' as const, text: 'Judge Kavanaugh said the court would hear the case' },
    { id: 'other', lang: 'ar' as const, text: 'كفن أبيض' },
  ];
  const words = pages.map((p) => nameWords({ lang: p.lang, blocks: [p.text] }));
  const links = linkNameWords(words);
  const index = memoryIndex(pages.map((p, i) => ({ ...p, terms: nameTermsOf(words[i], links) })));
  const search = (q: string) => {
    const query = parseQuery(q);
    const { pages: found, widened } = searchWith(query, index, pages.length);
    const matcher = withNames(matcherFor(query, undefined, widened), query);
    return found.map((p) => ({
      id: p.id,
      spelling: p.spelling,
      hits: findHits(pages.find((x) => x.id === p.id)!.text, p.lang, matcher).length,
    }));
  };

  test('a name in Latin letters finds the Arabic page that spells it, after the page that has it as typed', () => {
    expect(search('Kavanaugh')).toEqual([
      { id: 'en', spelling: false, hits: 1 },
      { id: 'ar', spelling: true, hits: 1 },
    ]);
  });

  test('an Arabic word the index has brings in no English page that merely sounds like it', () => {
    expect(search('كافانو')).toEqual([{ id: 'ar', spelling: false, hits: 1 }]);
  });

  test('a word written lowercase somewhere is no name; an Arabic word of other vowels is not linked', () => {
    expect(links.toArabic.has('court')).toBe(false);
    expect(links.toArabic.get('kavanaugh')).toEqual(['كافانو']);
  });
});

describe('glossary entries come before spellings', () => {
  test('a page a glossary entry and a name spelling both find is credited to the entry', async () => {
    const { rankPages } = await import('./rank.ts');
    const pages = [
      { id: 'ar', lang: 'ar' as const, text: 'قال ماكرون', terms: ['عg0ع', 'macronق'] },
      { id: 'en', lang: 'en' as const, text: 'Macron said' },
    ];
    const query = parseQuery('Macron');
    const [, ar] = rankPages(query, memoryIndex(pages), 2, {
      spans: [{ entryId: 'macron', term: 'عg0ع', first: 0, last: 0 }],
    });
    expect(ar).toMatchObject({ id: 'ar', entries: ['macron'], spelling: false, direct: false });
  });
});

/**
 * Searches `q` over `pages` as the browser does when a word is found nowhere: the words of the
 * other script that spell it, from the vocabulary's spelling shards, and what they find.
 */
async function searchBySpelling(pages: { id: string; lang: 'ar' | 'en'; text: string }[], q: string) {
  const { countVocabulary, shardSpellings, spellingShardOf } = await import('./vocabulary.ts');
  const { spellingsFor } = await import('./names.ts');
  const { correctedQuery, unfoundWords } = await import('./typos.ts');
  const analyses = pages.map((p) => analysePage({ lang: p.lang, title: '', blocks: [p.text] }));
  const shards = shardSpellings(
    countVocabulary(analyses.map((a) => a.vocabulary)),
    englishNamesOf(analyses.map((a) => a.names.english)),
  );
  const index = memoryIndex(pages);
  const query = parseQuery(q);
  const spellings = spellingsFor(query, unfoundWords(query, index), (c) => shards[spellingShardOf(c, shards.length)]);
  return {
    asTyped: searchWith(query, index, pages.length).pages,
    spellings,
    found: searchWith(correctedQuery(query, [], spellings), index, pages.length).pages,
  };
}

describe('a name written in one script only', () => {
  test('a name the index has nowhere is looked up as the words of the other script that spell it', async () => {
    const { asTyped, spellings, found } = await searchBySpelling(
      [
        { id: 'ar', lang: 'ar', text: 'قال القاضي كافانو إن المحكمة ستنظر' },
        { id: 'kafan', lang: 'ar', text: 'كفن أبيض' },
        { id: 'en', lang: 'en', text: 'The court will hear the case' },
      ],
      'Kavanaugh',
    );
    expect(asTyped).toEqual([]);
    expect([...spellings]).toEqual([[0, ['كافانو']]]);
    expect(found.map((p) => [p.id, p.spelling])).toEqual([['ar', true]]);
  });

  test('an Arabic name the Arabic pages do not have is looked up as the English names it spells', async () => {
    const { found } = await searchBySpelling(
      [
        { id: 'en', lang: 'en', text: 'The outbreak began in Wuhan in December' },
        { id: 'ar', lang: 'ar', text: 'بدأ تفشي المرض في الصين' },
      ],
      'ووهان',
    );
    expect(found.map((p) => [p.id, p.spelling])).toEqual([['en', true]]);
  });

  test('an Arabic spelling the Arabic pages have finds them, not the English pages of the name', async () => {
    const pages = [
      { id: 'en', lang: 'en' as const, text: 'Judge Kavanaugh said the court would hear the case' },
      { id: 'ar', lang: 'ar' as const, text: 'قال القاضي كافانو إن المحكمة ستنظر' },
    ];
    const arabic = await searchBySpelling(pages, 'كافانو');
    expect(arabic.spellings.size).toBe(0);
    expect(arabic.asTyped.map((p) => p.id)).toEqual(['ar']);
    // The other way, the English name is looked up under its name key too.
    expect(parseQuery('Kavanaugh').words[0].readings.map((r) => r.kind)).toContain('name');
    expect(parseQuery('كافانو').words[0].readings.map((r) => r.kind)).not.toContain('name');
  });
});

describe('which words are names, and which spellings are likely', () => {
  test('an acronym read letter by letter, or a weekday, is no name; one read as a word is', () => {
    const names = englishNamesOf([
      nameWords({ lang: 'en', blocks: ['A DNA test, NATO and MERS on Thursday; Kavanaugh said'] }).english,
    ]);
    expect([...names].sort()).toEqual(['kavanaugh', 'mers', 'nato']);
  });

  test('a word much commoner in the Arabic pages than the name in the English ones is not its spelling', () => {
    const english = Array.from({ length: 10 }, (_, i) => ({
      lang: 'en' as const,
      blocks: [i === 0 ? 'Minister Conte spoke' : 'The minister spoke'],
    }));
    const arabic = Array.from({ length: 10 }, (_, i) => ({
      lang: 'ar' as const,
      blocks: [i === 0 ? 'قال الوزير كونتي' : 'كانت الوزيرة هناك'],
    }));
    const links = linkNames([...english, ...arabic]);
    expect(links.toArabic.get('conte')).toEqual(['كونتي']);
    expect(links.toEnglish.has('كانت')).toBe(false);
  });

  test('a name the English writes with the article may be an Arabic word with it; others may not', () => {
    const pages = (english: string) => [
      { lang: 'en' as const, blocks: [english] },
      { lang: 'ar' as const, blocks: ['قال الرئيس بشار الأسد'] },
    ];
    expect(linkNames(pages('President Bashar al-Assad said')).toArabic.get('assad')).toEqual(['اسد']);
    expect(linkNames(pages('President Bashar Assad said')).toArabic.has('assad')).toBe(false);
  });
});
