/**
 * Furniture templates held out of tuning (`npm run eval:clean -- --set held-out`): written with
 * `tuning.ts`, before the recogniser, and not read or run while the recogniser was tuned. The
 * placeholders are those of `tuning.ts`.
 */
import type { Templates } from './kinds.ts';

export const HELD_OUT: Templates = {
  en: {
    breadcrumb: [
      'You are here: Home / {s1} / {s2}',
      '{s1} / {s2} / {s3}',
      'Home > {s1} > {s2} > {s3}',
      'Home » {s1}',
      '{s1} › {s2} › {s3}',
    ],
    timestamp: [
      'First published on {wd} {d} {mon} {y}',
      'Updated: {mm}/{dd}/{y} {h12}:{M} {ampm} ET',
      'Published {d} {mon3} {y}',
      '{mon} {d}, {y} · {h12}:{M} {ampm}',
      'Last modified {y}-{mm}-{dd} {HH}:{M} UTC',
    ],
    byline: ['Story by {name}', 'By {name} | {source}', 'Words by {name}', 'Reporting by {name}', 'by {name}'],
    dateline: [
      '{PLACE} ({source}) —',
      '{place} ({source})',
      '{PLACE}, {d} {mon} -',
      '{PLACE} –',
      '{place}, {mon} {d}, {y} —',
    ],
    caption: [
      '(Archive photo)',
      'File photo: {credit}',
      'Photograph: {credit}',
      '(Photo courtesy of {credit})',
      '({credit})',
    ],
    source: [
      'Source - {source}',
      'Originally published by {source}',
      'This story first appeared in {source}.',
      '{source} contributed to this report.',
      'SOURCE: {source}',
    ],
    tags: [
      'Related topics: {t1}, {t2}, {t3}',
      'TAGS: {t1} / {t2}',
      'Topics – {t1}, {t2}, {t3}',
      'Explore more on these topics: {t1}, {t2}, {t3}',
      'Categories: {t1}, {t2}',
    ],
    share: [
      'Share this story',
      'Follow {source} on Instagram',
      'Share | Tweet | Email',
      'Like us on Facebook',
      'Share on WhatsApp',
    ],
    comments: ['Add your comment', 'Comments ({n})', 'View {n} comments', 'Be the first to comment', 'Post a comment'],
    related: [
      'Read also: {rel}',
      'Recommended',
      'Most popular',
      'Get our daily newsletter in your inbox',
      'More on this story',
    ],
    copyright: [
      'Copyright © {y} {source}',
      '{source} © {y}',
      '© {y} {source} Ltd. All Rights Reserved',
      'This material may not be published, broadcast, rewritten or redistributed.',
      'Copyright {source}, {y}',
    ],
    advertisement: [
      'Advertisement - Scroll to continue',
      'Sponsored',
      '- Advertisement -',
      'Article continues after advertisement',
      'Promoted content',
    ],
  },
  ar: {
    breadcrumb: [
      'أنت هنا: الرئيسية / {s1} / {s2}',
      '{s1} / {s2} / {s3}',
      'الرئيسية > {s1} > {s2} > {s3}',
      'الرئيسية » {s1}',
      '{s1} › {s2} › {s3}',
    ],
    timestamp: [
      'نُشر بتاريخ {dA} {monAr} {yA}',
      'آخر تحديث {HH}:{M} بتوقيت غرينتش، {d} {monAr} {y}',
      'منشور في {d} {monLev} {y}',
      'تحديث: {wd} {d}/{m}/{y}',
      '{d} {monAr}، {y} | {HH}:{M}',
    ],
    byline: ['كتب ـ {name}', 'بقلم الكاتب: {name}', 'تقرير: {name}', 'بواسطة {name}', 'كتبت: {name}'],
    dateline: [
      '{place} - «{source}»:',
      '{place} ـ خاص',
      '{place} ({source})',
      '{place} – {source}',
      '{place} في {d} {monAr}/{monLev} ({source}) -',
    ],
    caption: [
      'صورة أرشيفية - {credit}',
      '(الصورة من {credit})',
      '[صورة: {credit}]',
      'مصدر الصورة: {credit}',
      '(صورة: {credit})',
    ],
    source: [
      'المصادر: {source}',
      'المصدر | {source}',
      'نُشر هذا المقال أصلاً في {source}',
      'المصدر : {source}',
      'المصدر: موقع {source}',
    ],
    tags: [
      'كلمات مفتاحية : {t1} ، {t2} ، {t3}',
      'الكلمات الدالة: {t1}/{t2}',
      'تصنيفات: {t1}، {t2}',
      'الأوسمة: {t1}، {t2}، {t3}',
      'الوسوم : {t1} ، {t2}',
    ],
    share: [
      'شارك الخبر',
      'تابعنا على فيسبوك',
      'شارك عبر واتساب',
      'تابعوا {source} على تلغرام',
      'مشاركة: فيسبوك | تويتر',
    ],
    comments: ['التعليقات ({n})', 'اكتب تعليقك', 'لا توجد تعليقات', 'كن أول من يعلق', 'عرض التعليقات'],
    related: ['اقرأ أيضاً: {rel}', 'مواضيع ذات صلة', 'الأكثر مشاهدة', 'اشترك في نشرتنا الإخبارية', 'أخبار متعلقة'],
    copyright: [
      '© جميع الحقوق محفوظة {y}',
      'كل الحقوق محفوظة',
      'حقوق الطبع والنشر © {y} {source}',
      '{source} © {y}. جميع الحقوق محفوظة',
      'يمنع نسخ أو إعادة نشر المحتوى دون إذن',
    ],
    advertisement: ['اعلان', 'محتوى برعاية', 'يتابع المقال بعد الإعلان', 'إعلان ممول', 'تابع القراءة أسفل الإعلان'],
  },
};
