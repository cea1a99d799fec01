import { describe, expect, it } from 'vitest';
import type { Edition, Lang, SourceFile } from '../types.ts';
import { DEFAULT_RULES, matchFurniture, parseCleaningRules, type CleaningRules } from './furniture.ts';
import { siteTalkLine } from './site-talk.ts';
import { ingest } from './index.ts';
import { learnRepeatedLines, lineKey, repeatedLine, sourceLines } from './repeated-lines.ts';

/** Articles of different words, one per source: what a template's line stands beside. */
const ARTICLES: Record<Lang, string[][]> = {
  en: [
    [
      'The council voted on Tuesday to extend the opening hours of the central library until late evening.',
      'Residents had asked for longer hours for years, and the vote passed with a large majority of members.',
    ],
    [
      'Farmers in the northern valley began the olive harvest a week early because of the unusually dry summer.',
      'Cooperatives said the yield would be smaller than last year but the oil should be of better quality.',
    ],
    [
      'A new ferry line between the two islands will start running in the spring, the transport ministry said.',
      'The crossing will take forty minutes and tickets will cost less than the current private boats charge.',
    ],
    [
      'Engineers finished repairs on the old stone bridge after three months of work paid for by the region.',
      'The bridge reopened to pedestrians on Saturday and cars will be allowed back from the start of next month.',
    ],
  ],
  ar: [
    [
      'صوّت المجلس البلدي يوم الثلاثاء على تمديد ساعات عمل المكتبة المركزية حتى وقت متأخر من المساء.',
      'وكان السكان قد طالبوا بساعات أطول منذ سنوات، ومرّ القرار بأغلبية كبيرة من الأعضاء الحاضرين.',
    ],
    [
      'بدأ المزارعون في الوادي الشمالي قطف الزيتون قبل أسبوع من موعده بسبب صيف جاف على غير العادة.',
      'وقالت التعاونيات إن المحصول سيكون أقل من العام الماضي لكن الزيت سيكون أفضل جودة هذا الموسم.',
    ],
    [
      'سيبدأ خط عبّارة جديد بين الجزيرتين العمل في الربيع المقبل، كما قالت وزارة النقل في بيان لها.',
      'وستستغرق الرحلة أربعين دقيقة وسيكون ثمن التذكرة أقل مما تتقاضاه القوارب الخاصة في الوقت الحالي.',
    ],
    [
      'أنهى المهندسون إصلاح الجسر الحجري القديم بعد ثلاثة أشهر من العمل بتمويل من الإقليم كاملاً.',
      'وأعيد فتح الجسر أمام المشاة يوم السبت وسيسمح بعودة السيارات مع بداية الشهر المقبل بحسب البلدية.',
    ],
  ],
};

const encoder = new TextEncoder();
/** An archive of one language: source `i` is `lines(i, article)`, one line per paragraph. */
function archive(lang: Lang, count: number, lines: (i: number, article: string[]) => string[]): SourceFile[] {
  return Array.from({ length: count }, (_, i) => ({
    path: `documents/story-${i}.${lang}.txt`,
    bytes: encoder.encode(lines(i, ARTICLES[lang][i % ARTICLES[lang].length]).join('\n\n')),
  }));
}

/** The built-in rules with learning on (`learn: true`). */
const LEARNING: CleaningRules = { ...DEFAULT_RULES, repeated: true };
const editions = (files: SourceFile[], cleaning = LEARNING): Edition[] => ingest(files, { cleaning }).editions;
/** A last paragraph of prose that differs from page to page: what a page's closing sentence stands below. */
const whoSaid = (lang: Lang, i: number) =>
  lang === 'en'
    ? `The work should be finished before the winter, according to the ${['mayor', 'council', 'ministry', 'cooperative', 'engineers', 'residents', 'region'][i]}.`
    : `ومن المتوقع أن تنتهي الأعمال كلها قبل حلول فصل الشتاء بحسب ${['رئيس البلدية', 'المجلس', 'الوزارة', 'التعاونية', 'المهندسين', 'السكان', 'الإقليم'][i]}.`;
const removedTexts = (edition: Edition) => edition.removed.filter((r) => r.reason === 'furniture').map((r) => r.text);
const keptTexts = (edition: Edition) => edition.paragraphs.map((p) => p.text);

describe('lines the archive repeats', () => {
  it('are lines no table knows', () => {
    // Else the tests below would show the tables at work, not the archive.
    for (const [line, lang] of [
      ['Tap to hear this report', 'en'],
      ['Hear it in 4 minutes', 'en'],
      ['Made with care in the valley', 'en'],
      ['Pass it along', 'en'],
      ['Thanks for stopping by', 'en'],
      ['استمع إلى التقرير كاملا', 'ar'],
      ['Reprint this picture via Valley Courier', 'en'],
      ['خيوط القصة الزيتون الجفاف', 'ar'],
      ['This story was written with the help of the valley archive.', 'en'],
      ['كُتبت هذه القصة بمساعدة أرشيف الوادي.', 'ar'],
    ] as const) {
      expect(matchFurniture(line, lang, DEFAULT_RULES), line).toBeUndefined();
      expect(siteTalkLine(line, lang), line).toBeUndefined();
    }
  });

  it('are furniture at a page’s edges, listed with the number of sources', () => {
    const files = archive('en', 4, (_, article) => ['Tap to hear this report', ...article, 'Thanks for stopping by']);
    for (const edition of editions(files)) {
      expect(removedTexts(edition)).toEqual(['Tap to hear this report', 'Thanks for stopping by']);
      expect(edition.removed.filter((r) => r.reason === 'furniture').map((r) => r.repeats)).toEqual([4, 4]);
      expect(edition.paragraphs).toHaveLength(2);
    }
  });

  it('take a notice of a few words that ends on an exclamation mark, as a button’s state does', () => {
    const notices = { en: 'Enjoy the long weekend!', ar: 'نتمنى لكم يوماً سعيداً!' };
    const en = archive('en', 3, (_, article) => [notices.en, ...article, 'No one was hurt.']);
    const ar = archive('ar', 3, (_, article) => [notices.ar, ...article, 'لم يصب أحد.']);
    for (const lang of ['en', 'ar'] as const)
      expect(matchFurniture(notices[lang], lang, DEFAULT_RULES)).toBeUndefined();
    // A short sentence of the story's that closes several pages stays.
    for (const edition of editions([...en, ...ar])) {
      expect(removedTexts(edition)).toEqual([notices[edition.lang]]);
      expect(edition.title).not.toBe(notices[edition.lang]);
    }
  });

  it('are alike whatever their numbers, in any script', () => {
    const en = archive('en', 3, (i, article) => [...article, `Hear it in ${i + 3} minutes`]);
    const ar = archive('ar', 3, (i, article) => [...article, `استمع إليه في ${'٣٤٥'[i]} دقائق`]);
    expect(lineKey('Hear it in 3 minutes')).toBe(lineKey('Hear it in ١٢ minutes'));
    for (const edition of editions([...en, ...ar])) expect(removedTexts(edition)).toHaveLength(1);
  });

  it('take a label that recurs before values that vary', () => {
    const files = archive('ar', 4, (i, article) => [
      ...article,
      `قد يفوتك: ${ARTICLES.ar[(i + 1) % 4][0].slice(0, 40)}`,
    ]);
    for (const edition of editions(files)) {
      expect(removedTexts(edition)).toHaveLength(1);
      expect(edition.removed.find((r) => r.reason === 'furniture')?.pattern).toBe('repeated-label');
    }
  });

  it('take the first words a template prints before values that vary, where no colon sets them apart', () => {
    const outlets = ['Valley Courier', 'Harbour Post', 'Island Weekly', 'Northern Star'];
    const en = archive('en', 4, (i, [first, second]) =>
      // One page prints it between paragraphs: other pages print it below theirs.
      i === 3
        ? [first, `Reprint this picture via ${outlets[i]}`, second]
        : [first, second, `Reprint this picture via ${outlets[i]}`],
    );
    const threads = ['الزيتون الجفاف', 'الجسر الحجري', 'العبارة الجديدة', 'المكتبة المركزية'];
    const ar = archive('ar', 4, (i, article) => [...article, `خيوط القصة ${threads[i]}`]);
    for (const edition of editions([...en, ...ar])) {
      expect(removedTexts(edition)).toHaveLength(1);
      expect(edition.paragraphs).toHaveLength(2);
    }
  });

  it('keep lines that share only function words at their start', () => {
    const files = archive('en', 4, (i, article) => [
      ...article,
      `More on the ${['ferry', 'bridge', 'harvest', 'vote'][i]}`,
    ]);
    // Questions below the articles, written without a question mark, open with the same particle only.
    const questions = [
      'تنتهي الأعمال قبل الشتاء',
      'يعود الجسر إلى العمل قريبا',
      'ينخفض سعر الزيت',
      'تفتح المكتبة يوم الجمعة',
    ];
    const asked = archive('ar', 4, (i, article) => [...article, `هل ${questions[i]}`]);
    for (const edition of editions([...files, ...asked])) expect(removedTexts(edition)).toEqual([]);
  });

  it('learn no first words from a transcript, whose questions open alike', () => {
    const symptoms = [
      'a pressure on your chest',
      'tired after a short walk',
      'cold at night',
      'dizzy when you stand up',
    ];
    const transcripts = symptoms.map((symptom, i) => ({
      path: `documents/visit-${i}.en.txt`,
      bytes: encoder.encode(
        [
          'The nurse spoke with the patient on the ward on Tuesday morning about the symptoms.',
          'Nurse: tell me what happened to you since you woke up early this morning',
          `Patient: it would not go away at all since the morning, the pain in my ${['chest', 'back', 'head', 'legs'][i]}`,
          `Do you feel ${symptom}`,
        ].join('\n\n'),
      ),
    }));
    // A report that asks the same question in a line of its own stays whole.
    const report = archive('en', 1, (_, [first, second]) => [first, 'Do you feel safe in the new ward', second]);
    const all = editions([...transcripts, ...report]);
    for (const edition of all) expect(removedTexts(edition)).toEqual([]);
  });

  it('keep headlines that open with the same words: first words are learned only below the article', () => {
    const files = archive('en', 4, (i, article) => [
      `Valley report ${['ferry line opens', 'bridge reopens', 'harvest starts early', 'library stays open'][i]}`,
      ...article,
    ]);
    for (const edition of editions(files)) {
      expect(edition.removed.filter((r) => r.reason === 'furniture')).toEqual([]);
      expect(edition.title).toMatch(/^Valley report /u);
    }
  });

  it('take a sentence that closes five pages or more, word for word, only where it closes the page', () => {
    const closing = {
      en: 'This story was written with the help of the valley archive.',
      ar: 'كُتبت هذه القصة بمساعدة أرشيف الوادي.',
    };
    for (const lang of ['en', 'ar'] as const) {
      const files = archive(lang, 7, (i, article) =>
        // The seventh page prints it above its article: there it is the page's own sentence.
        i === 6 ? [closing[lang], ...article] : [...article, whoSaid(lang, i), closing[lang]],
      );
      const all = editions(files);
      for (const edition of all.slice(0, 6)) {
        expect(removedTexts(edition)).toEqual([closing[lang]]);
        expect(edition.removed.find((r) => r.reason === 'furniture')?.repeats).toBe(6);
      }
      expect(keptTexts(all[6])).toContain(closing[lang]);
    }
  });

  it('keep a sentence that closes fewer than five pages, or that the page prints elsewhere too', () => {
    const closing = 'This story was written with the help of the valley archive.';
    const few = archive('en', 4, (i, article) => [...article, whoSaid('en', i), closing]);
    const twice = archive('en', 6, (i, [first, second]) => [first, closing, second, whoSaid('en', i), closing]);
    for (const edition of [...editions(few), ...editions(twice)]) expect(removedTexts(edition)).toEqual([]);
  });

  it('keep a sentence that closes pages where the article goes on below it, in both languages', () => {
    // An article's sentence printed on many pages (a background line, a look-alike) may stand among
    // a short story's last paragraphs; a standing sentence has only others of its kind below it.
    const sentence = {
      en: 'By the end of the season two causeways had been rebuilt along the valley road.',
      ar: 'وبحلول نهاية الموسم أعيد بناء جسرين على طول طريق الوادي.',
    };
    for (const lang of ['en', 'ar'] as const) {
      // Above it on the last two pages, a long line of the site's that ends as a sentence does.
      const thanks = {
        en: 'Thank you for reading the valley report, we hope you will come back for more stories soon!',
        ar: 'شكرا لقراءتكم تقرير الوادي، ونأمل أن تعودوا إلينا قريبا لقراءة المزيد من القصص والتقارير!',
      };
      const files = archive(lang, 7, (i, [first, second]) =>
        i < 5 ? [first, second, whoSaid(lang, i), sentence[lang]] : [thanks[lang], sentence[lang], first, second],
      );
      const all = editions(files);
      for (const edition of all.slice(0, 5)) expect(removedTexts(edition), lang).toEqual([sentence[lang]]);
      for (const edition of all.slice(5)) expect(keptTexts(edition), lang).toContain(sentence[lang]);
    }
  });

  it('keep the last sentence of one story printed on many pages, whatever stands between its paragraphs', () => {
    // Copies of a story (a wire's, or one page saved many times) with a different line of prose
    // above its last sentence on each: contexts vary, but the story's sentences are the same.
    for (const lang of ['en', 'ar'] as const) {
      const last = {
        en: 'Officials said the bridge would reopen to lorries next month.',
        ar: 'وقال المسؤولون إن الجسر سيفتح أمام الشاحنات الشهر المقبل.',
      }[lang];
      const files = archive(lang, 7, (i) => [...ARTICLES[lang][3], whoSaid(lang, i), last]);
      for (const edition of editions(files)) expect(keptTexts(edition), lang).toContain(last);
    }
  });

  it('keep a story’s long line that four outlets print, each with its own paragraph beside it', () => {
    // A syndicated transcript's last turn, as long as a sentence, in four outlets' copies; each
    // outlet's own paragraph above it makes its context vary, as a template line's does.
    const turn = {
      en: 'the engineers say the old stone bridge was never in danger',
      ar: 'ويقول المهندسون إن الجسر الحجري القديم لم يكن في خطر أبدا',
    };
    for (const lang of ['en', 'ar'] as const) {
      const copies = archive(lang, 4, (i) => [...ARTICLES[lang][3], whoSaid(lang, i), turn[lang]]);
      for (const edition of editions(copies)) expect(keptTexts(edition), lang).toContain(turn[lang]);
      // …or seven (session 23: a mixed archive of 57 sets printed TICO-19's stories once a set): on
      // copies of one story the line is the story's, however many.
      const many = archive(lang, 7, (i) => [...ARTICLES[lang][3], whoSaid(lang, i), turn[lang]]);
      for (const edition of editions(many)) expect(keptTexts(edition), lang).toContain(turn[lang]);
      // Printed by one site on five pages of different stories, the same line is the site's.
      const pages = archive(lang, 5, (i, article) => [...article, whoSaid(lang, i), turn[lang]]);
      for (const edition of editions(pages)) expect(removedTexts(edition), lang).toEqual([turn[lang]]);
    }
    // A line of that length parted by a page's mark is the page's on three pages, as before.
    const credit = 'The valley road seen from the old bridge – Valley Courier';
    const three = archive('en', 3, (i, article) => [...article, whoSaid('en', i), credit]);
    for (const edition of editions(three)) expect(removedTexts(edition)).toEqual([credit]);
  });

  it('keep the last sentence of a story several outlets print, whatever each puts above it', () => {
    // A wire's story in six outlets' pages: the same paragraphs, each outlet's own line between.
    const last = 'Officials said the bridge would reopen to lorries next month.';
    const outlets = ['Valley Courier', 'Harbour Post', 'Island Weekly', 'Northern Star', 'Coast Herald', 'Plain Times'];
    const files = Array.from({ length: 6 }, (_, i) => ({
      path: `documents/wire-${i}.en.txt`,
      bytes: encoder.encode([...ARTICLES.en[3], `Follow ${outlets[i]} for more.`, last].join('\n\n')),
    }));
    for (const edition of editions(files)) expect(keptTexts(edition)).toContain(last);
  });

  it('are taken inside the text when other pages print them at their edges', () => {
    const files = archive('en', 4, (i, [first, second]) =>
      i < 2 ? [first, 'Made with care in the valley', second] : [first, second, 'Made with care in the valley'],
    );
    for (const edition of editions(files)) expect(removedTexts(edition)).toEqual(['Made with care in the valley']);
  });

  it('in an archive of two sources, only a very short line', () => {
    const files = archive('en', 2, (_, article) => [
      ...article,
      'Pass it along',
      'Our newsroom is funded by readers like you',
    ]);
    // The longer line may still go by what it says (an appeal no word of the story shares), not as a repeat.
    for (const edition of editions(files))
      expect(edition.removed.filter((r) => r.pattern === 'repeated-line').map((r) => r.text)).toEqual([
        'Pass it along',
      ]);
  });

  it('keep every paragraph of prose, however often it recurs', () => {
    const background =
      'The region has been hit by drought for three years, and water has been rationed since the spring.';
    const quote = '“We will rebuild everything that was lost”';
    const files = archive('en', 4, (_, [first, second]) => [first, background, quote, second, background]);
    for (const edition of editions(files)) {
      expect(removedTexts(edition)).toEqual([]);
      expect(keptTexts(edition)).toContain(quote);
    }
  });

  it('keep a short line that recurs only inside articles (a subheading)', () => {
    const files = archive('en', 4, (_, [first, second]) => [first, 'What happens next', second]);
    for (const edition of editions(files)) expect(keptTexts(edition)).toContain('What happens next');
  });

  it('keep a passage copied whole, which stands beside the same words each time', () => {
    // A background paragraph and the short lines after it, reused at the end of every story.
    const background = 'The project was first proposed in 2015 and has been delayed twice by lawsuits.';
    const copied = ['Works begin in March', 'The line opens in June'];
    const files = archive('en', 4, (_, article) => [...article, background, ...copied]);
    const learned = learnRepeatedLines(
      files.map((f) => sourceLines(new TextDecoder().decode(f.bytes).split('\n\n'), 'en')),
    );
    expect(repeatedLine('Works begin in March', 'en', learned)).toBeUndefined();
    for (const edition of editions(files)) expect(keptTexts(edition)).toEqual(expect.arrayContaining(copied));
  });

  it('keep a flagged headline, whatever its flag recurs', () => {
    const files = archive('en', 4, (i, article) => [
      `Analysis: why the ${['ferry', 'bridge', 'harvest', 'vote'][i]} matters now`,
      ...article,
    ]);
    for (const edition of editions(files)) expect(edition.removed.filter((r) => r.reason === 'furniture')).toEqual([]);
  });

  it('are not learned across languages', () => {
    const en = archive('en', 1, (_, article) => [...article, 'Pass it along']);
    const ar = archive('ar', 2, (_, article) => [...article, 'Pass it along']).slice(1);
    const all = editions([...en, ...ar]);
    expect(all).toHaveLength(2);
    for (const edition of all) expect(removedTexts(edition)).toEqual([]);
  });

  it('are learned only with `learn: true`', () => {
    const files = archive('en', 4, (_, article) => [...article, 'Thanks for stopping by']);
    for (const edition of editions(files, DEFAULT_RULES)) expect(removedTexts(edition)).toEqual([]);
    const { rules, diagnostics } = parseCleaningRules('learn: true\n', 'cleaning.yaml');
    expect(diagnostics).toEqual([]);
    for (const edition of editions(files, rules)) expect(removedTexts(edition)).toEqual(['Thanks for stopping by']);
  });
});
