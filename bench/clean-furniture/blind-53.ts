/**
 * A fifty-fifth set, written on 7 December 2026 (20:07–20:12 UTC) by a helper who read none of the
 * cleaner, not even its label tables (the novelty check below compares with them), nor
 * docs/cleaning.md beyond its bullets on the earlier sets' sources, but the earlier sets,
 * `bench/clean-furniture/{kinds,fill,sets}.ts`, `bench/clean-eval.ts` and `bench/clean-novelty.ts`;
 * it is to be run once, by name. Like blind-13 to blind-52 it is furniture as real sites print it,
 * from outlets, regions and kinds of site those sets left out: in English, the Outer Hebrides (the
 * Stornoway Gazette with "Published … BST" stamps, National World's footer and print plugs, Hebrides
 * News with pictures credited to it, Isles FM, Comhairle nan Eilean Siar as a source, "STORNOWAY –",
 * "…, Isle of Lewis:" and "Balivanich, Benbecula –" datelines), Svalbard (Icepeople, the English
 * paper of Longyearbyen, with "Longyearbyen time" stamps, stories translated from Svalbardposten,
 * the Sysselmesteren as a source, its subscription plug and "LONGYEARBYEN —" and "Ny-Ålesund,
 * Svalbard:" datelines), Lord Howe Island (the community newsletter The Signal with its issue
 * numbers, the Lord Howe Island Board's media releases and classified rates, and "Lord Howe
 * Island, NSW –"), a geohazard monitor's news pages (GeoNet and GNS Science: Duty Volcanologist bylines, NZDT
 * stamps, observation-flight captions, "Volcanoes:" tags, alert-email sign-ups) and a botanic
 * garden's blog (the Royal Botanic Garden Edinburgh: horticulturists' bylines, "© RBGE /" credits,
 * "Plants mentioned:" lines, WordPress comment counts, membership plugs); in Arabic, the northern
 * emirates of the UAE (the Fujairah Media Office and Ras Al Khaimah's government media office, "رأس
 * الخيمة (وام) –" and "الفجيرة:" datelines, Fujairah Fort), Madinah's Prophet's Mosque pages (the
 * General Authority for the Care of the Two Holy Mosques: its media and communication department,
 * worshippers' captions, booking a visit to the Rawdah through the Nusuk app), camel and falconry
 * clubs (the Camel Club with the King Abdulaziz Camel Festival at Al-Sayahid, mazayin contests and
 * registering one's camel, the Saudi Falcons Club with its falcon auction, the Camel Racing
 * Federation) and Alexandria's library (the Bibliotheca Alexandrina's news, "الإسكندرية -" datelines,
 * visit tickets and its newsletter). Six to eight phrasings per kind and language, the first three
 * of each list the commoner on real pages; Latin and Arabic-Indic digits in Arabic; its own names,
 * outlets, places (villages and towns of Lewis, Harris, the Uists and Barra in English; towns of
 * Fujairah and Ras Al Khaimah in Arabic), sections and tags; ten look-alikes a language, sentences of
 * a story on the corncrakes of the Uists' machair in English and of a story on a camel beauty
 * contest in Arabic that open as furniture does and must stay. Checked by
 * `DIRS=bench/clean-furniture,src/core/ingest,tests/fixtures node bench/clean-novelty.ts --set
 * blind-53` against every earlier set, the fixtures and the label tables (0 overlaps after revising,
 * in eight passes (72, 15, then 0 six times), the 72 it flagged in the first: 68 on 31 phrasings
 * the tables, fixtures or earlier sets had, 15 English and 16 Arabic, and an English section, two
 * Arabic names and an Arabic tag; the second flagged 15, on 5 revised phrasings, 2 English and 3
 * Arabic; the third found none, and so did the five after later edits: a classified-rate plug
 * written without a dollar sign, this comment with the formatting, its counts filled in, the
 * comment rewrapped and these counts corrected), and committed before its only run (`npm run
 * eval:clean -- --set blind-53`; `--set all` leaves it out until then).
 */
import type { TemplateSet } from './kinds.ts';

export const BLIND_53: TemplateSet = {
  templates: {
    en: {
      breadcrumb: [
        'Stornoway Gazette > News > {s1}',
        'Hebrides News › {s1} › {s2}',
        'Icepeople » {s1}',
        'Home » Garden news » {s1}',
        'GeoNet / News / {s1}',
        'The Signal – Lord Howe Island › {s1}',
        'Isles FM :: {s1}',
      ],
      timestamp: [
        'Published {d} {mon3} {y}, {HH}:{M} BST',
        'Hebrides News – {wd} {d} {mon} {y}',
        '{wd3}, {mon3} {d} {y}, {h12}:{M} {ampm} (NZDT)',
        '{HH}:{M} Longyearbyen time, {d} {mon} {y}',
        'The Signal – Issue {n}, {d} {mon} {y}',
        'Blog post · {d} {mon} {y}',
        'Icepeople, {mon} {d}, {y}',
      ],
      byline: [
        '{name} – Stornoway Gazette',
        'Reporter: {name} / Hebrides News',
        'Text and photos: {name}, Icepeople',
        'Written by {name}, Duty Volcanologist',
        'Posted by {name}, Horticulturist, RBGE',
        'Compiled by {name} for The Signal',
        'By {name} and {name2}, Isles FM news',
      ],
      dateline: [
        'STORNOWAY –',
        'LONGYEARBYEN —',
        '{place}, Isle of Lewis:',
        'Lord Howe Island, NSW –',
        '{PLACE}, Outer Hebrides —',
        'Balivanich, Benbecula –',
        'Ny-Ålesund, Svalbard:',
      ],
      caption: [
        'Picture: {credit}, Hebrides News',
        'Photo: {credit} / Icepeople',
        'The gannet colony on Sula Sgeir. Photo: {credit}',
        'Image: GNS Science',
        'Crater lake at Ruapehu during the observation flight (GNS Science)',
        '© RBGE / {credit}',
        'Photo courtesy of the Lord Howe Island Museum',
        'A polar bear on the sea ice near Longyearbyen. 📷 {credit}',
      ],
      source: [
        'Source: Sysselmesteren på Svalbard',
        'From Comhairle nan Eilean Siar',
        'Translated from Svalbardposten',
        'Bulletin issued on behalf of {source}',
        'Media release issued by the Lord Howe Island Board',
        'This update was written by {source} scientists',
        'Contributed by the team at {source}',
      ],
      tags: [
        'Volcanoes: {t1} · {t2}',
        'Garden: {t1} | Plant: {t2}',
        'Plants mentioned: {t1}, {t2}',
        'Island tags – {t1}, {t2}, {t3}',
        'Categories » {t1} » {t2}',
        '#{t1} #OuterHebrides',
      ],
      share: [
        'Share this bulletin',
        'Email this article to a friend',
        'Share this volcano update',
        'Post this story to X',
        'Share this Icepeople story on Bluesky',
        'Pin this plant on Pinterest',
      ],
      comments: [
        'Have your say on this Gazette story',
        'Commenting is closed on this blog post',
        'Leave a comment on this post',
        'Log in with your Icepeople subscription to comment',
        '{n} thoughts on this blog post',
        'Letters to The Signal can be left at the Board office',
      ],
      related: [
        'More from the Gazette',
        'Other volcano updates',
        'Elsewhere in this week’s Signal: {rel}',
        'Previous issue of The Signal',
        'More news from Svalbard',
        'Latest from the Garden',
      ],
      copyright: [
        '© {y} National World Publishing Ltd',
        '© Hebrides News {y}',
        '© Icepeople {y}',
        'Copyright © {y} GNS Science',
        '© Royal Botanic Garden Edinburgh {y}',
        'The Signal © Lord Howe Island Board {y}',
      ],
      advertisement: [
        'Subscribe to the Stornoway Gazette',
        'Support independent journalism in the Arctic – subscribe to Icepeople',
        'Become a Member of the Botanics',
        'Advertise in The Signal: classifieds from AUD {n}',
        'Order a print of this Gazette photo',
        'Sign up for volcano alert emails',
      ],
    },
    ar: {
      breadcrumb: [
        'الرئيسية > أخبار الهيئة > {s1}',
        'نادي الإبل / المركز الإعلامي / {s1}',
        'مكتب الفجيرة الإعلامي › {s1}',
        'مكتبة الإسكندرية | الأخبار | {s1}',
        'نادي الصقور السعودي - أخبار النادي',
        'اتحاد سباقات الهجن » {s1} » {s2}',
        'حكومة رأس الخيمة › المركز الإعلامي › {s1}',
      ],
      timestamp: [
        'تاريخ النشر {dA}/{mmA}/{yA}م',
        'نشر بتاريخ: {dd}-{mm}-{y} | {HH}:{M}',
        '{wd}، {d} {monAr} {y} م',
        'آخر تعديل: {ddA}-{mmA}-{yA} الساعة {HA}:{MA}',
        'أُضيف في {y}/{mm}/{dd}',
        'نُشر منذ {n} ساعة',
        'تم النشر يوم {wd} {dA} {monAr} {yA}',
      ],
      byline: [
        'المدينة المنورة – {name}',
        'كتب: {name} – مكتبة الإسكندرية',
        'متابعة: {name} | نادي الإبل',
        'المركز الإعلامي لنادي الصقور السعودي',
        'تحرير {name} – مكتب الفجيرة الإعلامي',
        'إدارة الإعلام والاتصال بالهيئة العامة للعناية بشؤون المسجد الحرام والمسجد النبوي',
        'رصد وتصوير: {name} و{name2}',
      ],
      dateline: [
        'المدينة المنورة –',
        'الفجيرة:',
        'الإسكندرية -',
        'رأس الخيمة (وام) –',
        '{place} – نادي الإبل:',
        'الصياهد –',
        '{place} – خاص لنادي الإبل:',
      ],
      caption: [
        'جانب من منافسات المزاين في الصياهد',
        'تصوير: {credit} – نادي الإبل',
        'المصلون في ساحات المسجد النبوي (الصورة من الهيئة)',
        'صورة أرشيفية لقلعة الفجيرة',
        '📸 {credit} | مكتبة الإسكندرية',
        'عدسة المركز الإعلامي – {credit}',
        'الصورة: مكتب رأس الخيمة الإعلامي',
      ],
      source: [
        'المصدر: مكتب الفجيرة الإعلامي',
        'نقلاً عن حساب {source} على إكس',
        'بحسب بيان نشره {source} اليوم',
        'المصدر: منصة {source} الرسمية',
        'وفق ما نشره الموقع الرسمي لـ{source}',
        'عن المكتب الإعلامي بـ{source}',
      ],
      tags: [
        'وسوم: {t1} ◂ {t2}',
        'كلمات دالة {t1} | {t2} | {t3}',
        '#{t1} #الفجيرة',
        'التصنيفات ← {t1}',
        'موضوعات ذات صلة بالوسم: {t1}',
        'الفئة: {t1} / الفئة الفرعية: {t2}',
      ],
      share: [
        'شارك على سناب شات',
        'نسخ رابط المقال المختصر',
        'أرسل الخبر عبر تيليجرام',
        'انشر الخبر على لينكدإن',
        'شارك هذا الخبر على فيسبوك',
        'حفظ الخبر بصيغة PDF',
      ],
      comments: [
        'ما رأيك في نتائج المزاين؟ شاركنا',
        'التعليقات ({n}) | أضف تعليقاً',
        'لا تعليقات بعد، كن أول من يعلّق',
        'اكتب تعليقك حول المهرجان…',
        'تخضع التعليقات لمراجعة إدارة الموقع قبل نشرها',
        'أرسل تعليقاً إلى المركز الإعلامي',
      ],
      related: [
        'أخبار ذات صلة بالمهرجان',
        'اقرأ أيضاً في مكتبة الإسكندرية: {rel}',
        'المزيد من أخبار المزاين',
        'فعاليات قادمة في المكتبة',
        'من أخبار الحرمين',
        'آخر أخبار الفجيرة',
      ],
      copyright: [
        '© {y} نادي الإبل. جميع الحقوق محفوظة',
        'جميع الحقوق محفوظة © مكتبة الإسكندرية {y}',
        'حقوق النشر محفوظة لمكتب الفجيرة الإعلامي {yA}',
        '© الهيئة العامة للعناية بشؤون المسجد الحرام والمسجد النبوي {y}',
        'نادي الصقور السعودي © {y}',
        '{y} © حكومة رأس الخيمة',
      ],
      advertisement: [
        'سجّل في مزاد الصقور الآن',
        'احجز تذكرة زيارة المكتبة',
        'حمّل تطبيق نادي الإبل',
        'سجّل مطيتك في المهرجان',
        'اشترك في النشرة البريدية للمكتبة',
        'احجز موعد زيارة الروضة الشريفة عبر تطبيق نسك',
      ],
    },
  },
  pools: {
    en: {
      name: [
        'Morag MacLeod',
        'Calum Macaulay',
        'Eilidh Morrison',
        'Ingrid Solheim',
        'Tane Rangi',
        'Kirsty Matheson',
        'Sigrid Haugen',
      ],
      source: [
        'Comhairle nan Eilean Siar',
        'Sysselmesteren',
        'GNS Science',
        'GeoNet',
        'Lord Howe Island Board',
        'Royal Botanic Garden Edinburgh',
        'Stornoway Port Authority',
      ],
      credit: ['Sandy Macleod', 'Annie Morrison', 'Hilde Nilsen', 'Ruaridh Campbell', 'Anahera Walker'],
      section: [
        'Crofting matters',
        'Gaelic',
        'Coastal',
        'Volcano updates',
        'Plant science',
        'Arctic life',
        'Island notices',
      ],
      tag: ['Sula Sgeir', 'White Island', 'Machair', 'Polar bears', 'Kentia palm', 'Rhododendrons', 'Whakaari'],
      place: ['Tarbert', 'Lochmaddy', 'Castlebay', 'Leverburgh', 'Ness', 'Uig', 'Barvas'],
      rel: [
        'Ferry cancellations leave Barra without fresh milk',
        'Minor volcanic unrest continues at Ruapehu',
        'Woodhen numbers hold steady on Lord Howe',
      ],
    },
    ar: {
      name: ['سلطان الدهماني', 'عائشة اليماحي', 'ماجد الصبحي', 'هالة الشاذلي', 'فهد المرّي', 'مريم الظهوري'],
      source: [
        'نادي الإبل',
        'نادي الصقور السعودي',
        'مكتب الفجيرة الإعلامي',
        'مكتبة الإسكندرية',
        'الهيئة العامة للعناية بشؤون المسجد الحرام والمسجد النبوي',
        'اتحاد سباقات الهجن',
        'مكتب رأس الخيمة الإعلامي',
      ],
      credit: ['عبدالرحمن المطيري', 'سعيد الكندي', 'محمود الإسكندراني', 'بدر الحربي', 'خليفة الزحمي'],
      section: ['المزاين', 'الهجن', 'الصقارة', 'شؤون المسجد النبوي', 'الفعاليات الثقافية', 'أخبار الإمارة'],
      tag: [
        'مهرجان الملك عبدالعزيز للإبل',
        'الروضة الشريفة',
        'قلعة الفجيرة',
        'جبل جيس',
        'معرض مكتبة الإسكندرية للكتاب',
        'مزاد الصقور',
        'الشواهين',
      ],
      place: ['دبا الفجيرة', 'مسافي', 'مربح', 'قدفع', 'شعم', 'الرمس', 'الجزيرة الحمراء'],
      rel: [
        'انطلاق أشواط الحقايق في ميدان الصياهد',
        'المكتبة تفتتح معرضاً لمخطوطات نادرة',
        'حملة لتشجير وادي الوريعة في الفجيرة',
      ],
    },
  },
  lookalikes: {
    en: [
      'Photo surveys of the machair in South Uist were repeated this summer after a gap of ten years.',
      'Source of most of the noise in the iris beds is the corncrake, heard far more often than seen.',
      'Published counts from the RSPB put calling males in the Uists at their highest since 2014.',
      'Share of the croft land left unploughed has grown as fewer families keep cattle.',
      'By late May the corncrakes had returned from Africa to the same fields as last year.',
      'Comments from crofters were mixed: late mowing costs them hay in a wet August.',
      'Related work on Tiree and Coll has shown the same rise where mowing is put off.',
      'Tagged birds from Benbecula were traced to the Congo basin for the winter.',
      'Copyright in the old estate maps of the township lies with the archive in Stornoway.',
      'Advertising the islands as a place to hear corncrakes has brought birders in June.',
    ],
    ar: [
      'المصدر الأول لقيمة الناقة في المزاين هو لونها وطول عنقها.',
      'تصوير الإبل عند الغروب صار عادة لزوار الصياهد كل مساء.',
      'شارك ملاك الإبل من دول الخليج كلها في أشواط هذا العام.',
      'نشر الحكام معايير التحكيم قبل بدء المنافسات بأسبوعين.',
      'كتب الرواة قصائد كثيرة في وصف المجاهيم والمغاتير.',
      'تعليقات الزوار كانت عن الزحام عند بوابة الميدان مساء الجمعة.',
      'اقرأ وصف الشعراء القدامى للناقة تجد أنه لم يتغير كثيراً.',
      'حقوق الرعي في الدهناء قديمة وتوارثتها القبائل جيلاً بعد جيل.',
      'إعلان النتائج جاء بعد منتصف الليل وسط أهازيج الملاك.',
      'المزيد من الشباب يقتنون الإبل اليوم بعد أن كان أغلبهم يتركها لآبائهم.',
    ],
  },
};
