/**
 * Furniture templates the cleaner was tuned on (`npm run eval:clean -- --set tuning`). The held-out
 * half is in `held-out.ts`, written at the same time as this file, before the recogniser, and not
 * read while tuning. Placeholders are filled by `bench/clean-eval.ts`: {name} an author, {credit}
 * an image credit, {source} an outlet or agency, {s1}…{s3} site sections, {t1}…{t3} tags, {rel} a
 * related headline, {place}/{PLACE} a city, {n} a count; dates: {d} {dd} {m} {mm} {y} {mon}
 * {mon3} {wd} {HH} {H} {M} {h12} {ampm}, Arabic {monAr} (Egyptian month name) {monLev} (Levantine),
 * and {dA} {yA} {HA} {MA} in Arabic-Indic digits.
 */
import type { Templates } from './kinds.ts';

export const TUNING: Templates = {
  en: {
    breadcrumb: ['Home / {s1} / {s2}', 'Home » {s1} » {s2}', '{s1} > {s2}', 'Home › {s1}', 'News | {s1} | {s2}'],
    timestamp: [
      'Updated {HH}:{M} GMT, {d} {mon} {y}',
      'Published: {mon} {d}, {y}',
      'Last updated on {wd}, {d} {mon} {y} at {HH}:{M}',
      'Posted {mon3} {d}, {y} {h12}:{M} {ampm}',
      '{wd} {d} {mon} {y} {HH}.{M} BST',
    ],
    byline: ['By {name}', 'Written by {name}', 'By {name}, {source}', 'Author: {name}', 'BY {NAME}'],
    dateline: [
      '{PLACE} —',
      '{PLACE}, {mon} {d} ({source}) -',
      '{place}, {d} {mon} {y}',
      '{PLACE} ({source})',
      '{PLACE}:',
    ],
    caption: ['(File photo)', 'Photo: {credit}', '(Photo by {credit})', 'Image: {credit}', '[Photo credit: {credit}]'],
    source: [
      'Source: {source}',
      'Via: {source}',
      'This article originally appeared on {source}.',
      'Read the original article on {source}.',
      'With reporting from {source}.',
    ],
    tags: [
      'Tags: {t1}, {t2}, {t3}',
      'Topics: {t1} | {t2} | {t3}',
      'Filed under: {t1}, {t2}',
      'Keywords: {t1}; {t2}; {t3}',
      'Tagged: {t1} · {t2}',
    ],
    share: [
      'Share this article',
      'Share on Facebook',
      'Share: Facebook Twitter WhatsApp',
      'Follow us on Twitter',
      'Share via Email',
    ],
    comments: ['Comments', 'Leave a comment', '{n} comments', 'Join the conversation', 'Show comments'],
    related: ['Read more: {rel}', 'Related: {rel}', 'Most read', 'Sign up for our newsletter', 'You may also like'],
    copyright: [
      '© {y} {source}',
      'Copyright {y} {source}. All rights reserved.',
      'All rights reserved.',
      '(c) {source} {y}',
      '© {source}',
    ],
    advertisement: ['Advertisement', 'ADVERTISEMENT', 'Sponsored content', 'Story continues below advertisement', 'Ad'],
  },
  ar: {
    breadcrumb: [
      'الرئيسية / {s1} / {s2}',
      'الرئيسية » {s1} » {s2}',
      '{s1} > {s2}',
      'الصفحة الرئيسية › {s1} › {s2}',
      'أخبار | {s1} | {s2}',
    ],
    timestamp: [
      'آخر تحديث: {d} {monAr} {y} - {HH}:{M}',
      'نشر في: {wd} {d} {monAr} {y}',
      'تاريخ النشر: {y}/{mm}/{dd}',
      '{wd}، {d} {monLev}/{monAr} {y}',
      'تم النشر في {dd}/{mm}/{y} الساعة {HH}:{M}',
    ],
    byline: ['بقلم: {name}', 'كتب: {name}', 'بقلم {name}', 'كتبت - {name}', 'إعداد: {name}'],
    dateline: [
      '{place} -',
      '{place} ({source}) -',
      '{place}، {d} {monAr} ({source})',
      '{place} - {source}',
      '{place}:',
    ],
    caption: ['(أرشيفية)', '(صورة أرشيفية)', 'الصورة: {credit}', '(أرشيفية - {credit})', 'تصوير: {credit}'],
    source: [
      'المصدر: {source}',
      'المصدر - {source}',
      'نقلا عن: {source}',
      '(المصدر: {source})',
      'مصدر الخبر: {source}',
    ],
    tags: [
      'كلمات دالة: {t1}، {t2}، {t3}',
      'الوسوم: {t1} - {t2} - {t3}',
      'الكلمات المفتاحية: {t1}، {t2}',
      'وسوم: {t1} | {t2}',
      'مواضيع: {t1}، {t2}',
    ],
    share: ['شارك هذا المقال', 'شارك على فيسبوك', 'شارك: فيسبوك تويتر واتساب', 'تابعونا على تويتر', 'انشر على تويتر'],
    comments: ['التعليقات', 'أضف تعليقا', '{n} تعليقات', 'اترك تعليقك', 'شارك برأيك'],
    related: ['اقرأ أيضا: {rel}', 'ذات صلة: {rel}', 'الأكثر قراءة', 'اشترك في النشرة البريدية', 'قد يهمك أيضا'],
    copyright: [
      'جميع الحقوق محفوظة © {y}',
      '© {y} {source}',
      'حقوق النشر محفوظة',
      'جميع الحقوق محفوظة لـ{source}',
      'الحقوق محفوظة © {source} {y}',
    ],
    advertisement: ['إعلان', 'إعلانات', 'محتوى مدفوع', 'مساحة إعلانية', '- إعلان -'],
  },
};
