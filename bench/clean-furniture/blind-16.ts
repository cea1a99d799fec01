/**
 * An eighteenth set, written on 5 December 2026 (16:21–16:25 UTC) while the cleaner was being
 * changed on other branches, by an engineer who read none of the cleaner but its label tables;
 * it is to be run once, after those changes are merged. Like blind-13 to blind-15 it is furniture
 * as real news sites print it, from outlets, platforms and regions those sets left out:
 * English-language papers of East and Southeast Asia (Singapore, Malaysia, the Philippines, Hong
 * Kong, Japan, Korea), Gulf English papers, Israeli and Turkish English sites, the wires' own
 * sites (Xinhua, Kyodo, Jiji, Yonhap, Bernama, PNA, Anadolu), aggregators and apps (Yahoo News,
 * MSN, Google News, Flipboard, SmartNews, LINE); in Arabic, Egyptian private outlets (Youm7,
 * Masrawy, Al-Masry Al-Youm), Algerian and Moroccan sites in Arabic (Echorouk, Hespress),
 * Emirati papers and sites (Al Khaleej, Al Bayan, Al-Ain), Omani and Bahraini agencies
 * and papers (ONA's Arabic wire, BNA), MENA aggregators (Nabd, Sahafa, Akhbarak) and reposts on
 * Telegram channels and Facebook pages. Six phrasings per kind and language, the first three of
 * each list the commoner on real pages, the other three less common but printed by real sites;
 * its own names, outlets, places (Southeast and East Asian, Gulf, Israeli and Turkish towns in
 * English; Egyptian, Algerian, Moroccan, Omani, Bahraini, Qatari and Emirati ones in Arabic),
 * sections and tags; ten look-alikes a language, sentences of a public-health story that open as
 * furniture does (`Share prices…`, `Related cases…`, `شارك…`, `كتب…`) and must stay. Checked by
 * `DIRS=bench/clean-furniture,src/core/ingest,tests/fixtures node bench/clean-novelty.ts --set
 * blind-16` against every earlier set, the fixtures and the label tables (0 overlaps after
 * revising, in four passes, the 116 it flagged in the first: phrasings, pool values and places
 * earlier sets or the tables had), and committed before its only run (`npm run eval:clean -- --set
 * blind-16`; `--set all` leaves it out until then).
 */
import type { TemplateSet } from './kinds.ts';

export const BLIND_16: TemplateSet = {
  templates: {
    en: {
      breadcrumb: [
        'Headlines > {s1} > {s2}',
        'Home > News > {s1} > {s2}',
        '{source} Home > {s1} > {s2}',
        'Top Page > {s1} > {s2}',
        'Homepage » {s1} » {rel}',
        'Home / Headlines / {s1}',
      ],
      timestamp: [
        'Published {mon3} {dd}, {y}, {h12}:{M} {AMPM}',
        'Published : {mon3} {d}, {y} - {HH}:{M} Updated : {mon3} {d}, {y} - {HH}:{M}',
        'Published: {wd3} {d} {mon3} {y}, {h12}:{M} {AMPM}',
        '{dd}.{mm}.{y} - Update : {dd}.{mm}.{y}',
        '{h12}:{M} {AMPM} {mon} {dd}, {y}',
        '{wd3}, {mon} {d}, {y} at {h12}:{M} {AMPM} GMT+8',
      ],
      byline: [
        '{name} / Yomiuri Shimbun Staff Writer',
        '{name} - The Philippine Star',
        '{name}, Assistant Editor',
        'By {name} Follow on X',
        '{name} | Xinhua',
        'Written by {name} with AFP',
      ],
      dateline: [
        '{PLACE}, {mon} {d} (Xinhua) --',
        '{PLACE}, {mon} {d} (Yonhap) --',
        '{PLACE} (Bernama) --',
        '{PLACE} (Kyodo) --',
        '{PLACE}, {mon} {d} (Jiji Press) --',
        '{PLACE} (PNA) –',
      ],
      caption: [
        'A health worker gives a booster shot at a community club in Tampines. ST PHOTO: {credit}',
        'Residents queue for booster shots at a sports centre in Kowloon. Photo: {credit}',
        'Nurses prepare doses at a mass vaccination site. (Xinhua/{credit})',
        'A volunteer checks a woman’s blood pressure at a barangay health centre. (PNA photo by {credit})',
        'Pharmacists sort boxes of antiviral tablets at a warehouse. (Photo by {credit}/Anadolu via Getty Images)',
        'A doctor examines a child at a clinic in Osaka. (Kyodo)',
      ],
      source: [
        'This article was first published in {source}.',
        'This story first ran in {source}.',
        'Story courtesy of {source}',
        'This story was produced in partnership with {source}.',
        '-- BERNAMA',
        'Click here to read the full story on {source}.',
      ],
      tags: [
        'Keyword : {t1}, {t2}',
        'Explore topics: {t1}, {t2}',
        'More on this story: {t1} | {t2}',
        'Discover more from: {t1}, {t2}',
        'Tags in this story: {t1} · {t2} · {t3}',
        'Related to this story: {t1}, {t2}',
      ],
      share: [
        'Join ST’s WhatsApp Channel and get the latest news and must-reads.',
        'Share on KakaoTalk',
        'Share on LINE',
        'Follow {source} on SmartNews',
        'Flip it',
        'Share to Threads',
      ],
      comments: [
        'See {n} reader comments',
        'Log in or register to comment',
        'Reader comments are moderated.',
        'Your comment will be published after moderation.',
        'Comments are closed on this article.',
        'Sign in to join the conversation',
      ],
      related: [
        'More for You',
        'Also trending on {source}',
        'Full coverage',
        'Most Popular on {source}',
        'IN CASE YOU MISSED IT: {rel}',
        'See more stories in SmartNews',
      ],
      copyright: [
        'Copyright © {y} SPH Media Limited. Co. Regn. No. 202120748H. All rights reserved.',
        'Copyright © 1997-{y} INQUIRER.net | All Rights Reserved',
        'Copyright {y} Kyodo News. All Rights Reserved.',
        'THE JAPAN TIMES LTD. ALL RIGHTS RESERVED.',
        'Only a part of the articles, which are broadcast to AA News Broadcasting System (HAS) by Anadolu Agency, are published on AA’s website in a summarized form. Please contact us for subscription options.',
        '© {y} The Times of Israel, All Rights Reserved',
      ],
      advertisement: [
        'Article continues after this advertisement',
        'Advertisement | Scroll down for more news',
        'Ad · Scroll to continue',
        'Promoted Links by Taboola',
        'Sponsored: {source}',
        'Why am I seeing this ad?',
      ],
    },
    ar: {
      breadcrumb: [
        'الرئيسية > {s1} > {s2} > {rel}',
        'أنت الآن في: الرئيسية » {s1}',
        'الرئيسية / الأخبار / {s1}',
        'الرئيسية | {s1} | {rel}',
        'الرئيسية | الأخبار | {s1}',
        'الرئيسية ← {s1} ← {rel}',
      ],
      timestamp: [
        '{wd}، {dd} {monAr} {y} {HH}:{M}',
        '{wd} {dd}-{mm}-{y} {HH}:{M}',
        'تاريخ النشر: {dd} {monAr} {y} {HH}:{M} GST',
        'نُشر في {y}/{mm}/{dd} الساعة {HH}:{M}',
        'آخر تحديث: {wd} {dd}/{mm}/{y} - {HH}:{M} بتوقيت مسقط',
        'نشر قبل {few} ساعات',
      ],
      byline: [
        'كتب- {name}:',
        'كتب ـ {name} | {place}',
        'كتب - {name} و{name2}',
        'تقرير من إعداد {name}',
        'أجرى الحوار: {name}',
        'نقلاً عن مراسلنا {name}',
      ],
      dateline: [
        '{place} في {d} {monAr} /أ ش أ/',
        '{place} في {d} {monAr} / بنا /',
        '{place}: «الخليج»',
        '{place} - العُمانية',
        '{place} – الشروق أونلاين',
        '{place} - العين الإخبارية',
      ],
      caption: [
        'طبيب يفحص طفلاً في وحدة صحية بإحدى القرى - تصوير: {credit}',
        'ممرضة تجهز جرعات اللقاح داخل مركز صحي (أرشيفية)',
        'مواطنون ينتظرون دورهم أمام عيادة التطعيم. (الصورة: {credit})',
        'عمال النظافة يرشون المطهرات في سوق شعبي - عدسة: {credit}',
        'الصورة من صفحة وزارة الصحة على فيسبوك',
        'فحص طبي لأحد الحجاج في مطار مسقط ({credit}/ العمانية)',
      ],
      source: [
        'اقرأ الخبر من المصدر',
        'هذا الخبر منقول من {source}',
        'ظهرت المقالة {rel} أولاً على {source}.',
        'الخبر كما ورد في {source}',
        'تم نقل هذا المحتوى من {source} ولا يعبر عن رأي الموقع',
        'المادة منقولة من صفحة {source} على فيسبوك',
      ],
      tags: [
        'الكلمات الدالة {t1} {t2}',
        'اقرأ المزيد عن: {t1}، {t2}',
        'الكلمات المتعلقة {t1} {t2} {t3}',
        'هاشتاج #{t1} #{t2}',
        'تصنيفات الخبر: {t1} | {t2}',
        'مفاتيح البحث: {t1}، {t2}',
      ],
      share: [
        'تابعوا قناة {source} على تليجرام',
        'شارك عبر إكس (تويتر سابقاً)',
        'رابط مختصر للخبر',
        'أضف {source} إلى مصادرك المفضلة في أخبار جوجل',
        'اضغط هنا لمتابعة صفحتنا على فيسبوك',
        'أرسل الخبر لصديق',
      ],
      comments: [
        'للتعليق على الخبر سجل الدخول',
        'أضف تعليقك عبر حساب فيسبوك',
        'قواعد النشر في التعليقات',
        'أدخل اسمك وبريدك الإلكتروني لإضافة تعليق',
        'لا توجد تعليقات بعد، كن أول من يعلق',
        'أرسل تعليقك وسينشر بعد المراجعة',
      ],
      related: [
        'اقرأ أيضًا.. {rel}',
        'موضوعات قد تهمك من {source}',
        'الأكثر تداولاً على {source}',
        'تابع أيضاً | {rel}',
        'موضوعات مقترحة',
        'لمزيد من الأخبار تابع {source}',
      ],
      copyright: [
        '© {y} {source} - كل الحقوق محفوظة',
        'يحظر نشر أو توزيع أو طبع أي مادة دون إذن مسبق من {source}',
        'جميع الحقوق محفوظة لدار الخليج للصحافة والطباعة والنشر',
        'الآراء المنشورة لا تعبر بالضرورة عن رأي الموقع',
        'برمجة وتصميم {source}',
        'جميع الحقوق محفوظة © هسبريس {y}',
      ],
      advertisement: [
        'أكمل القراءة أسفل الإعلان',
        'محتوى إعلاني مقدم من {source}',
        'يتبع بعد الإعلان',
        'للإعلان على {source} اتصل بنا',
        'يُغلق الإعلان خلال 5 ثوانٍ',
        'إعلانات من شبكة جوجل',
      ],
    },
  },
  pools: {
    en: {
      name: ['Tan Wei Ling', 'Marisol Dizon-Reyes', 'Kenji Morioka', 'Seo Hye-jin', 'Elif Karaduman', 'Noa Ben-Ami'],
      source: [
        'Straits Evening Post',
        'Harbour City Tribune',
        'Manila Bay Courier',
        'Kansai Daily Record',
        'Bosphorus Wire',
        'Gulf Morning Star',
      ],
      credit: ['Lim Boon Kiat', 'Jun Dela Cruz', 'Hiroshi Tanabe', 'Aylin Öztürk', 'Yossi Harel'],
      section: [
        'Singapore',
        'Asia',
        'Health & Wellness',
        'Metro',
        'Nation',
        'Science & Health',
        'UAE',
        'Israel & the Region',
      ],
      tag: ['Dengue', 'Antibiotic resistance', 'Haze', 'Heatstroke', 'Elderly care', 'Hospital beds'],
      place: ['Ipoh', 'Cebu City', 'Sapporo', 'Busan', 'Izmir', 'Haifa', 'Sharjah', 'Kowloon'],
      rel: [
        'Dengue cases climb as rainy season arrives early',
        'Hospitals in the north run short of beds for elderly patients',
        'Why heatstroke admissions doubled this summer',
      ],
    },
    ar: {
      name: [
        'محمود عبد الغفار',
        'نهى الشربيني',
        'يوسف الورياغلي',
        'فاطمة الزهراء لعروسي',
        'سالم الحجري',
        'مريم الكواري',
      ],
      source: ['بوابة الدلتا', 'نبض الريف', 'صوت الهضاب', 'الواحة اليوم', 'منبر مسقط', 'أنباء الخور'],
      credit: ['أحمد عبد اللطيف', 'سامي بلحاج', 'خالد المهيري', 'ياسمين عبد الحميد', 'عمر الهنائي'],
      section: [
        'أخبار مصر',
        'مجتمع',
        'صحة المواطن',
        'أخبار الجزائر',
        'أخبار الجهات',
        'محليات',
        'الخليج اليوم',
        'حوادث وقضايا',
      ],
      tag: ['التطعيمات', 'الدرن', 'السمنة', 'الملاريا', 'الأنيميا', 'التيفود'],
      place: ['طنطا', 'المنصورة', 'باتنة', 'قسنطينة', 'بني ملال', 'الجديدة', 'عبري', 'المحرق', 'الوكرة', 'الفجيرة'],
      rel: [
        'ارتفاع حالات التيفود في قرى الدلتا',
        'مستشفيات باتنة تستعد لموسم الإنفلونزا',
        'لماذا تأخر وصول لقاحات الأطفال إلى عبري؟',
      ],
    },
  },
  lookalikes: {
    en: [
      'Share prices of vaccine makers rose sharply after the ministry announced its booster plan.',
      'Photo booths at the airport were turned into testing cubicles within a week.',
      'Related cases were traced to a wedding banquet in the north of the city.',
      'Copyright rules on patented medicines were relaxed so that generic inhalers could be imported.',
      'Advertisement of herbal cures that claim to prevent dengue is now banned by the regulator.',
      'Comments from hospital directors suggest that the shortage of nurses will last into next year.',
      'Published figures undercount deaths in the provinces, the health ministry admitted.',
      'Source tracing by the epidemiologists led them to a fish market on the waterfront.',
      'Tags worn on the wrist let nurses follow each patient’s isolation period.',
      'Home care kits with thermometers and oximeters were delivered to every elderly resident.',
    ],
    ar: [
      'شارك أكثر من ألف متطوع في حملة التطعيم ضد شلل الأطفال في القرى النائية.',
      'المصدر الرئيسي للعدوى كان مياه الآبار الملوثة بحسب تقرير وزارة الصحة.',
      'إعلانات التوعية على الطرق السريعة دعت السائقين إلى الفحص الدوري لضغط الدم.',
      'كتب الطبيب وصفة جديدة لكل مريض بعد نفاد الدواء الأصلي من الصيدليات.',
      'صورة الوضع في المستشفيات الحكومية لا تزال قاتمة مع نقص الأسرّة.',
      'تعليق الدراسة أسبوعين كان أحد الإجراءات التي أوصت بها اللجنة العلمية.',
      'الصفحة الأولى من التقرير خصصت لارتفاع وفيات الأمهات في الأرياف.',
      'اقرأ التعليمات المرفقة بعلبة الدواء قبل الاستعمال، هكذا تنصح الصيدلانية زبائنها.',
      'حقوق العاملين في القطاع الصحي كانت محور الاجتماع مع النقابة.',
      'نشرت الوزارة أرقاماً جديدة تظهر تراجع الإصابات بالحصبة في المدارس.',
    ],
  },
};
