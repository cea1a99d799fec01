import { describe, expect, it } from 'vitest';
import type { Lang } from '../types.ts';
import { LANGS } from '../types.ts';
import { foldLineText } from '../arabic/index.ts';
import { LABELS, SITE_KINDS } from './furniture-labels.ts';
import { siteTalk, siteTalkLine } from './site-talk.ts';
import { clean } from './clean.ts';
import { DEFAULT_RULES, parseCleaningRules, type CleaningRules } from './furniture.ts';
import { splitParagraphs } from './paragraphs.ts';

/**
 * Lines in which a page talks about itself, in phrasings no label table holds, each with the kind
 * its words make and where it may be taken. None is in `furniture-labels.ts` as a label.
 */
const GOES: [string, Lang, string, 'anywhere' | 'edge'][] = [
  // Markers and buttons: nearly all the page's words, taken between paragraphs too.
  ['Hide this ad', 'en', 'advertisement', 'anywhere'],
  ['Bookmark the URL', 'en', 'share', 'anywhere'],
  ['Repost on Threads', 'en', 'share', 'anywhere'],
  ['Put your ad here', 'en', 'advertisement', 'anywhere'],
  ['Stories picked for you', 'en', 'related', 'edge'],
  ['Watch next: The night the river rose', 'en', 'related', 'anywhere'],
  ['أخف هذا الإعلان', 'ar', 'advertisement', 'anywhere'],
  ['انسخ الرابط المختصر للخبر', 'ar', 'share', 'anywhere'],
  ['إعلانات ممولة', 'ar', 'advertisement', 'anywhere'],
  ['انشر إعلانك معنا', 'ar', 'advertisement', 'anywhere'],
  // Lines dense in the page's words: at the page's edges.
  ['Get our weekly digest straight to your inbox', 'en', 'related', 'edge'],
  ['Catch up on the latest headlines and podcasts', 'en', 'related', 'edge'],
  ['Sort replies by: Oldest', 'en', 'comments', 'edge'],
  ['اشترك لتصلك النشرة اليومية على بريدك', 'ar', 'related', 'anywhere'],
  ['رتب التعليقات حسب الأحدث', 'ar', 'comments', 'anywhere'],
  // The page's policies, sentences of its words, some speaking to the reader.
  ['Replies are moderated and abusive comments will be removed.', 'en', 'comments', 'edge'],
  ['You need to be logged in to reply to other readers.', 'en', 'comments', 'edge'],
  ['No part of this content may be reproduced without written permission.', 'en', 'copyright', 'edge'],
  ['لن يظهر بريدك الإلكتروني مع تعليقك.', 'ar', 'comments', 'edge'],
  ['المواد المنشورة محمية بحقوق الملكية الفكرية للموقع', 'ar', 'copyright', 'edge'],
];

/**
 * Article prose and headlines that speak of the same things — a social network's comment
 * moderation, advertising revenue, an app to download — and must never be taken anywhere, nor
 * (but the headlines, which the headline guard keeps) at an edge.
 */
const STAYS: [string, Lang][] = [
  ['The company said comments posted on its platform are moderated by a team of 200 people.', 'en'],
  ['Advertising revenue fell sharply as the pandemic kept readers at home.', 'en'],
  ['Facebook removed thousands of comments that spread false cures.', 'en'],
  ["Users can download the tracing app from the health ministry's website.", 'en'],
  ['Newspapers lost most of their print advertising in the first month of the lockdown.', 'en'],
  ['i will send you an image', 'en'],
  ['قالت الشركة إن التعليقات المسيئة تحذف خلال ساعة.', 'ar'],
  ['تراجعت عائدات الإعلانات مع إغلاق المتاجر.', 'ar'],
  ['حذفت منصة فيسبوك آلاف التعليقات التي تروج لعلاجات كاذبة.', 'ar'],
  ['يمكن تحميل التطبيق من موقع وزارة الصحة.', 'ar'],
  ['خسرت الصحف معظم إعلاناتها المطبوعة في الشهر الأول من الإغلاق.', 'ar'],
];
/** Headlines of the page's words: never taken between paragraphs (at the top, the first line is kept as the headline). */
const HEADLINES: [string, Lang][] = [
  ['Follow the money', 'en'],
  ['Share prices fall', 'en'],
  ['Email scandal engulfs minister', 'en'],
  ['Print edition to end after 150 years', 'en'],
  ['شارك في الاستفتاء ٦٠٪ من الناخبين', 'ar'],
  ['تابع الرئيس أعمال القمة من باريس', 'ar'],
  ['أعلن وزير الصحة عن إجراءات جديدة', 'ar'],
];

describe('the page talking about itself', () => {
  it.each(GOES)('takes “%s” (%s) as %s, %s', (line, lang, kind, where) => {
    expect(siteTalkLine(line, lang)).toMatchObject({ kind, where });
  });

  it.each(STAYS)('never takes “%s” (%s)', (line, lang) => {
    expect(siteTalkLine(line, lang)).toBeUndefined();
  });

  it.each(HEADLINES)('never takes the headline “%s” (%s) between paragraphs', (line, lang) => {
    expect(siteTalkLine(line, lang)?.where).not.toBe('anywhere');
  });

  it('reads an outlet’s name as one word of the world, and a quotation or reported speech as news', () => {
    // Two words of the page's, three of the world's: the name counts once, however long, and so
    // does a name that opens the line.
    expect(siteTalk('Add the Lake Victoria Tribune to your preferred sources on Google', 'en')).toMatchObject({
      hits: 2,
      content: 5,
    });
    expect(siteTalk('Nile Evening Post 2020 — all rights reserved', 'en')).toMatchObject({ hits: 2, content: 3 });
    expect(siteTalkLine('“Share this link with everyone,” the minister urged.', 'en')).toBeUndefined();
    expect(siteTalkLine('Comments were moderated, the company said.', 'en')).toBeUndefined();
    expect(siteTalkLine('وقال إن التعليقات ستخضع للإشراف', 'ar')).toBeUndefined();
  });

  it('finds Arabic words under their joined letters: the article, a preposition, the reader’s pronoun', () => {
    for (const line of ['بريدك', 'وللتعليقات', 'بالإعلانات', 'إعلانكم'])
      expect(siteTalk(line, 'ar')?.hits, line).toBe(1);
    expect(siteTalk('بريدك', 'ar')?.owned).toBe(true);
    // A word that opens with alef and lam of its own is not one with the article ("إلزامية").
    expect(siteTalk('الحقول الإلزامية', 'ar')?.hits).toBe(2);
  });

  it('has words of every kind in both languages, none twice across kinds', () => {
    for (const lang of LANGS) {
      const seen = new Map<string, string>();
      for (const kind of SITE_KINDS) {
        const words = LABELS[lang].site.words[kind];
        expect(words.length, `${lang} ${kind}`).toBeGreaterThan(0);
        for (const word of words) {
          const folded = foldLineText(word);
          expect(seen.get(folded), `${lang} “${word}” in ${kind} and ${seen.get(folded)}`).toBeUndefined();
          seen.set(folded, kind);
        }
      }
      for (const list of ['page', 'address', 'reporting', 'little'] as const)
        expect(LABELS[lang].site[list].length, `${lang} ${list}`).toBeGreaterThan(0);
    }
  });
});

describe('the page talking about itself, in cleaning', () => {
  // An article about a health app, ending as such articles do: its last lines are the page's words.
  const article = [
    'Ministry Urges Citizens to Download Tracing App',
    'The health ministry on Sunday urged all adults to download its contact tracing app before schools reopen next month.',
    'The app, which works on most phones, alerts users who have been near someone who later tests positive.',
    'Civil liberties groups have asked the ministry to publish the source code of the app it released.',
    'Check your privacy settings.',
    'To sign up, download the app and enter your email address.',
  ].join('\n\n');
  const removed = (rules: CleaningRules) => clean(splitParagraphs(article), 'en', rules).removed.map((r) => r.line);

  it('is off unless cleaning.yaml says `talk: true`', () => {
    expect(removed(DEFAULT_RULES)).toEqual([]);
    const { rules, diagnostics } = parseCleaningRules('talk: true\n', 'cleaning.yaml');
    expect(diagnostics).toEqual([]);
    expect(rules.talk).toBe(true);
    expect(removed(rules).length).toBeGreaterThan(0);
  });
});
