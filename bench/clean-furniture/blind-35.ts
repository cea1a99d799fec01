/**
 * A thirty-seventh set, written on 6 December 2026 (16:28–16:32 UTC) by a helper who read none of
 * the cleaner, not even its label tables (the novelty check below compares with them), nor
 * docs/cleaning.md beyond its paragraphs on the earlier sets' sources, but the earlier sets,
 * `bench/clean-furniture/{kinds,fill,sets}.ts`, `bench/clean-eval.ts` and `bench/clean-novelty.ts`;
 * it is to be run once, by name. Like blind-13 to blind-34 it is furniture as real sites print it,
 * from outlets and regions those sets left out: in English, Indian business papers (The Economic
 * Times with ET Markets, ET Prime, its "Read More News on" tag line and wire-feed note,
 * Moneycontrol with "first published:" stamps and Moneycontrol Pro, BusinessLine), the Gulf
 * business press in English (Arabian Business with ITP, Gulf Business with GST stamps, AGBI,
 * Zawya's syndication), American regional papers of McClatchy and Gannett (the Miami Herald, the
 * USA TODAY Network with its "Published … ET" stamps, e-Edition lines and Gannett copyright), West
 * African papers not yet used (FrontPageAfrica of Liberia, Awoko of Sierra Leone, The Point of the
 * Gambia, with "MONROVIA, Liberia –" and "BANJUL, The Gambia:" datelines), Rwanda's The New Times
 * and the British legal and financial trade press (the Law Society Gazette, Legal Cheek, Citywire),
 * with IST, EST and GST; in Arabic, Lebanese TV sites (MTV Lebanon, OTV, Al-Manar, with Beirut
 * time), Egyptian party and private portals not yet used (Al-Wafd's portal, Al-Bawaba News, Sawt
 * al-Umma), diaspora and digital outlets (Arabi21 with its translations and GMT, Arabi Post,
 * Al-Khaleej Online, Noon Post and its translation disclaimer), the Kuwaiti cultural magazine
 * Al-Arabi (issue lines, cover art, readers' letters) and sports clubs' official sites (Al Ahly,
 * Zamalek: media centre credits, sponsors). Six to eight phrasings per kind and language, the first
 * three of each list the commoner on real pages; Latin and Arabic-Indic digits in Arabic; its own
 * names, outlets, places (Liberian, Sierra Leonean, Gambian, Rwandan, Californian and Indian towns
 * in English; Egyptian ones in Arabic, Lebanese ones fixed in their datelines), sections and tags;
 * ten look-alikes a language, sentences of a public-health story that open as furniture does and
 * must stay. Checked by `DIRS=bench/clean-furniture,src/core/ingest,tests/fixtures node
 * bench/clean-novelty.ts --set blind-35` against every earlier set, the fixtures and the label
 * tables (0 overlaps after revising, in nine passes (44, 2, then 0 seven times), the 44 it flagged
 * in the first: 29 on 18 phrasings the tables, fixtures or earlier sets had, 5 English and 13
 * Arabic, a section and two places earlier pools had in English, and three sections, three tags and
 * six Lebanese and Egyptian places in Arabic; the second pass flagged 2, a revised Arabic source
 * line and a substitute Indian place; the third found none, and so did every pass after a later
 * edit: datelines made to agree with their places (an English one set in Musanze, another in
 * Merced, an Arabic one in Jounieh, two English ones rid of their outlet or country, the Arabic
 * places made all Egyptian), formatting, a byline for The Point, and this comment), and committed
 * before its only run (`npm run eval:clean -- --set blind-35`; `--set all` leaves it out until
 * then).
 */
import type { TemplateSet } from './kinds.ts';

export const BLIND_35: TemplateSet = {
  templates: {
    en: {
      breadcrumb: [
        'ET Markets › {s1} › {s2}',
        'Moneycontrol » {s1}',
        'Arabian Business ▹ {s1} ▹ {s2}',
        'Law Gazette > {s1}',
        'USA TODAY Network ❯ {s1}',
        'FrontPageAfrica | {s1} | {s2}',
        'Citywire Wealth Manager / {s1}',
        'BusinessLine ⟩ {s1}',
      ],
      timestamp: [
        'Last Updated: {mon3} {dd}, {y}, {h12}:{M}:00 {AMPM} IST',
        'first published: {mon3} {d}, {y} {h12}:{M} {AMPM}',
        'Published {h12}:{M} {ampm} ET {mon3}. {d}, {y}',
        'Updated {mon} {dd}, {y} {h12}:{M} {AMPM} EST',
        'Posted on {d} {mon} {y}, {HH}:{M} GST',
        'As it appeared in the e-Edition of {mon} {d}, {y}',
        'Printed in BusinessLine on {wd}, {d} {mon} {y}',
      ],
      byline: [
        'By {name}, ET Bureau',
        '{name}, Moneycontrol News',
        '{name} | USA TODAY NETWORK',
        'Written by {name}, Law Society Gazette reporter',
        '{name}, FrontPageAfrica contributor',
        'By {name} (Awoko Newspaper)',
        '{NAME} in Dubai for AGBI',
        '{name} | The Point, Banjul',
      ],
      dateline: [
        'MONROVIA, Liberia –',
        '{PLACE}, {mon} {d} –',
        'BANJUL, The Gambia:',
        'MUSANZE, Rwanda —',
        'MERCED, Calif. —',
        'CHENNAI, {mon} {d}',
        '{place} — From our correspondent:',
      ],
      caption: [
        'Image used for representative purpose only',
        '{credit}/USA TODAY NETWORK',
        'Photo: {credit}, FrontPageAfrica',
        '(Image: {credit} via AGBI)',
        'Picture courtesy: {credit} / The New Times',
        '{credit} / Miami Herald file',
        'Illustration: {credit} for Legal Cheek',
      ],
      source: [
        '(This story has not been edited by ET staff; the rest is auto-generated from a wire feed.)',
        'Source: Moneycontrol Research',
        'Provided by {source} and syndicated on Zawya',
        'Gulf Business, with reporting by {source}',
        'Reporting contributed by the Network’s {source} newsroom',
        'Sourced from {source} and the Central Bank of Liberia',
        'Data compiled by the BusinessLine research bureau',
      ],
      tags: [
        'Read More News on {t1} {t2} {t3}',
        'Topics: #{t1} · #{t2}',
        'Dig deeper into {t1} and {t2}',
        'Stocks in this story: {t1} | {t2}',
        'More about: {t1}; {t2}; {t3}',
        'Related companies — {t1}, {t2}',
      ],
      share: [
        'Share this on: Facebook · LinkedIn · X',
        'Copy the story URL',
        'Forward this story by SMS',
        'Send to your WhatsApp contacts',
        'Share on Threads',
        'Font size: A- A A+',
      ],
      comments: [
        '{n} Comments | Add Comment',
        'Be the first to post a comment',
        'Your comment will appear after moderation by ET',
        'Comments have been disabled on this article',
        'Post a comment as a guest or sign in',
        'Sort comments by: Newest first',
      ],
      related: [
        'Stories you might be interested in',
        'Also Read on ETMarkets | {rel}',
        'More from Gulf Business',
        'Recommended for you from the USA TODAY Network',
        'Trending stocks today',
        'Popular in legal news: {rel}',
        'Read more from our Liberia desk',
      ],
      copyright: [
        'Copyright © {y} Bennett, Coleman & Co. Ltd. All rights reserved.',
        'Copyright © e-Eighteen.com Ltd. All rights reserved.',
        '© {y} USA TODAY, a division of Gannett Satellite Information Network, LLC.',
        '© {y} Miami Herald',
        'Copyright © {y} ITP Media Group',
        '© Copyright {y} The Law Society',
        'Copyright {y} FrontPage Africa. All Rights Reserved',
      ],
      advertisement: [
        'ET Prime: unlock exclusive stories',
        'Go ad-free with Moneycontrol Pro',
        'Brand Connect Initiative',
        'Sponsored by a Dubai free zone authority',
        'Get the e-Edition: subscribe for full access',
        'Partner content — Gulf Business Events',
        'To advertise in Awoko, call our sales desk in Freetown',
      ],
    },
    ar: {
      breadcrumb: [
        'الرئيسية > أخبار لبنان > {s1}',
        'عربي21 / {s1} / {s2}',
        'بوابة الوفد ◄ {s1}',
        'نون بوست › {s1}',
        'الموقع الرسمي للنادي الأهلي » {s1}',
        'مجلة العربي | {s1} | {s2}',
        'المنار ← {s1}',
      ],
      timestamp: [
        'نشر بتاريخ {wd}، {dd} {monAr} {y} - {HH}:{M}',
        'تحديث أخير: {dd}-{mm}-{y} | {HH}:{M} بتوقيت بيروت',
        'نشر في {dA} {monLev} {yA} - {HA}:{MA}',
        '{wd}، {d} {monAr} {y} {HH}:{M} بتوقيت غرينتش',
        'نُشر في الخليج أونلاين بتاريخ {yA}-{mmA}-{ddA} الساعة {HA}:{MA}',
        'العدد {n} - {monAr} {y}',
        'أُضيف للموقع يوم {d}/{m}/{y}',
      ],
      byline: [
        '{name} - عربي21',
        'تحرير: {name} | الخليج أونلاين',
        'تقرير: {name} - MTV',
        'بقلم: {name}، رئيس تحرير مجلة العربي',
        'إعداد: {name} - المركز الإعلامي للنادي',
        '{name} - صوت الأمة',
        'بوابة الوفد ـ {name}',
      ],
      dateline: [
        'لندن- عربي21',
        '{place} - بوابة الوفد:',
        'الدوحة - الخليج أونلاين',
        'جونية - خاص OTV',
        'إسطنبول – عربي بوست',
        '{place} - البوابة نيوز:',
        'حارة حريك - المنار:',
      ],
      caption: [
        'الصورة: {credit} - MTV',
        '(الصورة: {credit}/ الأهلي.كوم)',
        'لوحة الغلاف: {credit}',
        'صورة من الأرشيف - عربي21',
        'رسم: {credit} لمجلة العربي',
        'الصورة بإذن من المركز الإعلامي لنادي الزمالك',
        'مصدر الصورة: حساب النادي على إنستغرام',
      ],
      source: [
        'المصدر: عربي21',
        'ترجمة عربي21 عن {source}',
        'هذه المادة مترجمة عن {source} ولا تعبر بالضرورة عن رأي نون بوست',
        'أعدّ عربي21 هذه المادة بتصرف من {source}',
        'نُشر في العدد الورقي من مجلة العربي',
        'المصدر: المركز الإعلامي للنادي الأهلي',
        'استند التقرير إلى بيانات {source}',
      ],
      tags: [
        'اقرأ أكثر حول: {t1} ، {t2}',
        'تابع أخبار {t1} على عربي21',
        'ملفات: {t1} / {t2}',
        'هاشتاغات الخبر: #{t1} #{t2}',
        'موضوعات العدد: {t1} - {t2} - {t3}',
        'الكلمات الدالة ⬅ {t1} ⬅ {t2}',
      ],
      share: [
        'شارك هذا التقرير عبر فيسبوك أو إكس',
        'انسخ رابط المادة',
        'أرسل الخبر إلى صديق عبر البريد',
        'تابعوا قناة MTV على واتساب',
        'شارك الهدف على إنستغرام',
        'طباعة المقال ⎙',
      ],
      comments: [
        'التعليقات ({n}) - أضف رأيك',
        'شروط التعليق: يرجى الالتزام بآداب الحوار',
        'التعليقات المنشورة تعبر عن أصحابها لا عن عربي21',
        'علّق على المقال عبر حسابك في فيسبوك',
        'كن أول من يعلّق على الخبر',
        'أرسل رأيك إلى بريد القراء في المجلة',
      ],
      related: [
        'المزيد من أخبار النادي',
        'شاهد أيضاً في عربي21: {rel}',
        'الأكثر مشاهدة على MTV',
        'من أعداد المجلة السابقة',
        'تقارير أخرى من الخليج أونلاين',
        'مقالات للكاتب نفسه',
        'فيديوهات المنار ذات الصلة',
      ],
      copyright: [
        'جميع الحقوق محفوظة لـ عربي21 © {y}',
        '© {y} MTV Lebanon. جميع الحقوق محفوظة',
        'قناة المنار © {y} - حقوق النشر محفوظة',
        'جميع حقوق النشر محفوظة لمجلة العربي - وزارة الإعلام الكويتية',
        '© {y} النادي الأهلي المصري - الموقع الرسمي',
        'جميع المواد المنشورة محفوظة لبوابة الوفد الإلكترونية',
      ],
      advertisement: [
        'تكملة الخبر بعد الفاصل الإعلاني',
        'الراعي الرسمي للنادي',
        'محتوى مدعوم من شركاء الموقع',
        'للإعلان على موقع البوابة نيوز اتصل بنا',
        'اشترك في مجلة العربي الورقية',
        'إعلان ممول من أحد رعاة الفريق',
      ],
    },
  },
  pools: {
    en: {
      name: [
        'Aditi Venkataraman',
        'Rohan Kelkar',
        'Mariam Al Suwaidi',
        'Gbessay Kollie',
        'Fatmata Sesay',
        'Ebrima Jallow',
        'Clarisse Uwimana',
        'Tyler Beauchamp',
      ],
      source: [
        'Liberia Health Ledger',
        'Serrekunda Market Bulletin',
        'Kerala Hospital Index',
        'Gulf Clinics Monitor',
        'Fresno County Health Wire',
        'Pharma Margins Weekly',
      ],
      credit: ['Momodou Ceesay', 'Kadiatu Bangura', 'Ashwin Pawar', 'Yvette Mukamana', 'Delroy Haskins'],
      section: [
        'Market Movers',
        'Stocks in News',
        'Healthcare Stocks',
        'Banking & Finance',
        'Practice Management',
        'Fund Selection',
        'Liberia Politics',
        'Sierra Leone Business',
      ],
      tag: [
        'Hospital stocks',
        'Malaria drugs',
        'Health insurance premiums',
        'Clinic chains',
        'Drug price caps',
        'Lassa fever in Liberia',
      ],
      place: ['Gbarnga', 'Buchanan', 'Kenema', 'Makeni', 'Serrekunda', 'Brikama', 'Musanze', 'Huye', 'Merced', 'Hosur'],
      rel: [
        'Hospital shares climb as insurers widen cashless cover',
        'Liberia steps up Lassa fever checks in Nimba County',
        'Malaria drug makers face a squeeze on margins',
      ],
    },
    ar: {
      name: ['جورج عبد المسيح', 'منى الحداد', 'وائل السنباطي', 'أسماء البرعي', 'رامي فضل الله', 'هبة الديب'],
      source: [
        'مجلة صحة المتوسط',
        'نشرة مستشفيات جبل لبنان',
        'صحيفة الغارديان البريطانية',
        'دورية الطب الرياضي العربية',
        'تقرير نقابة أطباء الغربية',
        'موقع ميدل إيست آي',
      ],
      credit: ['جاد الصايغ', 'محمود الفقي', 'ريتا خوري', 'حسام منصور', 'نادين عقل'],
      section: [
        'أخبار لبنان',
        'أخبار المتن',
        'الفريق الأول',
        'ملفات ثقافية',
        'تقارير مترجمة',
        'ملف الصحة في الأقاليم',
        'أقاليم ومحافظات',
        'حوارات',
      ],
      tag: [
        'البروسيلا',
        'إصابات الرباط الصليبي',
        'مستشفيات الأقاليم',
        'شح أدوية الضغط',
        'الكوليرا في عكار',
        'التأمين الصحي',
      ],
      place: [
        'سمنود',
        'بلبيس',
        'منيا القمح',
        'زفتى',
        'كوم حمادة',
        'المحلة الكبرى',
        'كفر الشيخ',
        'الزقازيق',
        'قليوب',
        'طوخ',
      ],
      rel: [
        'إصابات بالكوليرا في عكار وتحذيرات من تلوث المياه',
        'طبيب الفريق يشرح أسباب تكرار إصابات العضلات',
        'مستشفيات الغربية تستقبل حالات حمى جديدة',
      ],
    },
  },
  lookalikes: {
    en: [
      'Read more closely, the insurer’s filing showed that claims for fever treatment had doubled in a year.',
      'Published accounts of the hospital chain put the cost of its new isolation wards at $4 million.',
      'Photo identification was not asked of the mothers who brought their children to the clinic in Gbarnga.',
      'Source of the outbreak, investigators in Kenema said, was almost certainly a rat-infested grain store.',
      'Share prices of the two drug makers fell after the government capped the price of malaria tablets.',
      'Sponsored by a mining company, the mobile clinic reached villages that had no nurse for years.',
      'Comments from the health minister in Banjul were broadcast in Mandinka, Wolof and English.',
      'Copyright rules did not stop the pharmacy from selling cheap copies of the imported drug.',
      'Tags on the blood samples from Makeni had been written by hand and some were unreadable.',
      'Stories told by nurses in Merced matched the figures the county released a week later.',
    ],
    ar: [
      'المصدر الذي نقل العدوى إلى قرى كفر الشيخ كان مياه ري ملوثة بحسب مديرية الصحة.',
      'نشر الأطباء في مستشفى زفتى نتائج دراستهم عن الحمى في مجلة طبية محكمة.',
      'تحرير المرضى من قوائم الانتظار كان أول وعد قطعه وزير الصحة في عمشيت.',
      'الصورة التي رسمها التقرير لمستشفيات الأقاليم كانت قاتمة: أسرّة قليلة وأطباء أقل.',
      'شارك لاعبو الفريق الأول في حملة للتبرع بالدم نظمها النادي مع بنك الدم.',
      'إعلان النتائج تأخر أسبوعاً لأن المختبر في كوم حمادة تلقى عينات أكثر مما يستطيع فحصه.',
      'جميع المصابين في دوما تلقوا العلاج في المستشفى الحكومي دون أن يدفعوا شيئاً.',
      'تقرير المختبر المركزي أكد أن الحمى لا تنتقل بين البشر بل عبر الحليب غير المبستر.',
      'كن حذراً مع الماء، قالت الممرضة لأم جاءت بطفلها المصاب إلى العيادة في حلبا.',
      'حقوق المرضى في المستشفيات الخاصة كانت موضوع الندوة التي عقدتها النقابة في الزقازيق.',
    ],
  },
};
