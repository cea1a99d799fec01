/**
 * A forty-sixth set, written on 7 December 2026 (04:44–04:50 UTC) by a helper who read none of the
 * cleaner, not even its label tables (the novelty check below compares with them), nor
 * docs/cleaning.md beyond its paragraphs on the earlier sets' sources, but the earlier sets,
 * `bench/clean-furniture/{kinds,fill,sets}.ts`, `bench/clean-eval.ts` and `bench/clean-novelty.ts`;
 * it is to be run once, by name. Like blind-13 to blind-43 it is furniture as real sites print it,
 * from outlets and regions those sets left out: in English, the Channel Islands and the Isle of Man
 * (the Jersey Evening Post with "Picture by …, Jersey Evening Post" captions, moderated comments
 * and GMT stamps; the Guernsey Press with its print-edition line and classified adverts; Bailiwick
 * Express with supplied content; Manx Radio with "Posted on … by Manx Radio" stamps and topic
 * alerts; Tindle's Isle of Man Today), Indian state papers not yet used (The Navhind Times of Goa
 * with "(NT)" datelines and its e-paper, Greater Kashmir of Srinagar with "GK Photo" credits and
 * "Latest from the Valley", the Orissa Post's Bhubaneswar bureau, with IST and "hrs" stamps and
 * agency inputs) and South Sudan's Eye Radio of Juba (with EAT stamps, "JUBA (Eye Radio) –"
 * datelines and its donation appeal); in Arabic, professional syndicates' portals (the Jordan
 * Engineers Association with Levantine month names, the Egyptian Journalists' Syndicate, with their
 * media and public-relations offices and members-only comments), judiciary portals (Saudi Arabia's
 * Ministry of Justice with its media centre, "الموافق" dates and the Najiz app; the Abu Dhabi
 * Judicial Department), agriculture sites (an Egyptian farming portal, the Arab Organization for
 * Agricultural Development, with a farmers' weekly newsletter) and a Hadramawt regional site
 * (Hadramawt Today of al-Mukalla, with its hashtags and reprint ban). Six to eight phrasings per
 * kind and language, the first three of each list the commoner on real pages; Latin and
 * Arabic-Indic digits in Arabic; its own names, outlets, places (parishes and towns of Jersey,
 * Guernsey and the Isle of Man, towns of Goa, Odisha, Kashmir and South Sudan in English; towns of
 * Hadramawt, the Jordan Valley, Abu Dhabi, Upper Egypt and al-Ahsa in Arabic), sections and tags;
 * ten look-alikes a language, sentences of a story on farming and water that open as furniture does
 * and must stay. Checked by `DIRS=bench/clean-furniture,src/core/ingest,tests/fixtures node
 * bench/clean-novelty.ts --set blind-44` against every earlier set, the fixtures and the label
 * tables (0 overlaps after revising, in five passes (108, 11, then 0 three times), the 108 it
 * flagged in the first: 100 on 47 phrasings the tables, fixtures or earlier sets had, 18 English
 * and 29 Arabic, and an English section, two Arabic sections and five Arabic places; the second
 * flagged 11, 10 on 5 revised phrasings, 2 English and 3 Arabic, and a substitute place; the third
 * found none, and so did the two after later edits: its registration and formatting, this comment),
 * and committed before its only run (`npm run eval:clean -- --set blind-44`; `--set all` leaves it
 * out until then).
 */
import type { TemplateSet } from './kinds.ts';

export const BLIND_44: TemplateSet = {
  templates: {
    en: {
      breadcrumb: [
        'Jersey Evening Post › {s1} › {s2}',
        'Guernsey Press / {s1}',
        'Greater Kashmir > {s1} > {s2}',
        'Manx Radio » {s1} » {s2}',
        'Navhind Times | {s1}',
        'Eye Radio :: {s1}',
        'Bailiwick Express – {s1} – {s2}',
        'iomtoday.co.im / {s1}',
      ],
      timestamp: [
        'Updated {wd} {d} {mon} {y} {HH}:{M} GMT',
        'Updated: {mon} {d}, {y} {h12}:{M} {ampm} IST',
        'Published: {HH}:{M}, {d} {mon} {y}',
        'Posted on {d} {mon} {y} by Manx Radio',
        '{mon3} {d} {y} | {h12}:{M} {AMPM} (EAT)',
        'Last modified {dd}.{mm}.{y} at {HH}:{M}',
        'First published in print on {wd}, {d} {mon}, {y}',
        'Filed {d}/{m}/{y} {HH}{M} hrs',
      ],
      byline: [
        'By {name}, Jersey Evening Post',
        '{name} | Greater Kashmir',
        'By {name} and {name2}, Eye Radio',
        'Written by {name} for Manx Radio',
        'From our Bhubaneswar bureau: {name}',
        '{name}, farming correspondent',
        'Reported by {name} in Juba',
      ],
      dateline: [
        'PANAJI:',
        'SRINAGAR, {mon} {d}:',
        'BHUBANESWAR:',
        '{PLACE}, South Sudan –',
        'DOUGLAS, Isle of Man —',
        '{PLACE}, {mon3} {d} (NT)',
        'JUBA (Eye Radio) –',
      ],
      caption: [
        'Picture by {credit}, Jersey Evening Post',
        'PICTURE: {credit}/JEP',
        'Farmers transplanting paddy near {place}. (Photo: {credit})',
        'Image: Manx Radio',
        'GK Photo/{credit}',
        'A water truck in Juba. [Photo: {credit}/Eye Radio]',
        'Library image: {credit}',
      ],
      source: [
        'Press release from {source}',
        'Statement issued on behalf of {source}',
        '(Agency inputs: {source})',
        'This article first appeared in the Guernsey Press print edition.',
        'Content supplied to Bailiwick Express by {source}',
        'Shared by {source} with Eye Radio',
        'Courtesy: {source} press note',
      ],
      tags: [
        'Listed under {t1}, {t2}',
        'Keywords - {t1} · {t2}',
        'Filed in {t1} + {t2}',
        'Tagged in {t1} / {t2} / {t3}',
        'Get alerts for {t1} from Manx Radio',
        '#{t1} #{t2} #EyeRadio',
      ],
      share: [
        'Share this Jersey Evening Post story',
        'Post to Facebook',
        'Post this on X',
        'WhatsApp this article',
        'Share this Manx Radio story',
        'Send to a friend by email',
        "Copy this story's web address",
      ],
      comments: [
        'Commenting has now closed on this story',
        '{n} people have commented',
        'Post a comment (registration required)',
        'Comments on this story are moderated by the Jersey Evening Post.',
        'Read the {n} comments below',
        'Write to the editor about this story',
      ],
      related: [
        'More {s1} headlines from Guernsey',
        'Around the Island today',
        'Also read → {rel}',
        'Other stories from the Channel Islands',
        'Latest from the Valley',
        'Also on Eye Radio',
        'Earlier on Manx Radio: {rel}',
      ],
      copyright: [
        '© Jersey Evening Post {y}',
        'Copyright {y} Guernsey Press Co Ltd',
        '© {y} Manx Radio. All rights reserved.',
        '© Navhind Times, Goa {y}',
        'Copyright © {y} Greater Kashmir Communications',
        'All content © Eye Radio {y}',
        '© {y} Tindle Newspapers Isle of Man',
      ],
      advertisement: [
        'Advertise in the Jersey Evening Post',
        'Read the e-paper',
        'Subscribe to our WhatsApp channel',
        'Buy a photo from this story',
        'Support Eye Radio – donate today',
        'Book a classified advert in the Guernsey Press',
        'Advertisement continues below',
      ],
    },
    ar: {
      breadcrumb: [
        'الرئيسية / أخبار النقابة / {s1}',
        'وزارة العدل > المركز الإعلامي > {s1}',
        'حضرموت اليوم › {s1}',
        'نقابة المهندسين الأردنيين » {s1}',
        'دائرة القضاء - {s1} - {s2}',
        'بوابة الزراعة | {s1} | {s2}',
        'المنظمة العربية للتنمية الزراعية :: {s1}',
      ],
      timestamp: [
        'نشر بتاريخ: {dd}/{mm}/{y}',
        'أضيف منذ {n} دقيقة',
        'يوم {wd} الموافق {d} {monAr} {y}، الساعة {HH}:{M}',
        '{HA}:{MA} • {yA}-{mmA}-{ddA}',
        'أُدرج في {dA} {monAr} {yA}',
        'آخر تعديل: {dd}-{mm}-{y} الساعة {HH}:{M}',
        'تاريخ النشر {d} {monLev} {y}',
        'الساعة {HA}:{MA} مساءً',
      ],
      byline: [
        'المركز الإعلامي – وزارة العدل',
        'تحرير: {name} / حضرموت اليوم',
        'مكتب الإعلام والعلاقات العامة بالنقابة',
        'إعداد المهندس {name}',
        'بقلم الدكتور {name}',
        'متابعة: {name} – المكلا',
        '{name} و{name2} | بوابة الزراعة',
      ],
      dateline: [
        'المكلا - خاص:',
        'عمّان - نقابة المهندسين:',
        'أبوظبي – دائرة القضاء:',
        '{place} – مراسلنا الزراعي',
        'القاهرة في {dA} {monAr}',
        'القطن/ حضرموت اليوم',
      ],
      caption: [
        '(عدسة المصور {credit})',
        'صورة أرشيفية لحقل قمح في {place}',
        'الصورة مهداة من {credit}',
        'نقيب الصحفيين خلال المؤتمر',
        'المزارعون أثناء حصاد المانجو بوادي حضرموت',
        'عدسة: {credit} – حضرموت اليوم',
        'الصورة من المركز الإعلامي للوزارة',
      ],
      source: [
        'مصدر الخبر ـ {source}',
        'عن البوابة الإلكترونية لـ{source}',
        'وفقاً لما نشرته {source}',
        'نقلا عن نشرة {source} الشهرية',
        'وفق تعميم من {source}',
        'أعيد نشر الخبر بإذن من {source}',
        'للمزيد راجع الموقع الإلكتروني لـ{source}',
      ],
      tags: [
        'الوسوم ▪ {t1} ▪ {t2}',
        'كلمات دلالية {t1} | {t2}',
        'المواضيع: {t1} - {t2} - {t3}',
        '#{t1} #حضرموت_اليوم',
        'يندرج الخبر تحت: {t1}',
        'موضوعات مرتبطة: {t1} و{t2}',
      ],
      share: [
        'أرسله عبر واتساب',
        'غرّد بالخبر',
        'شارك هذا التعميم مع زملائك',
        'خذ رابط هذه الصفحة',
        'أرسل الخبر لنقابي زميل',
        'اطبع هذا التعميم',
      ],
      comments: [
        'اترك رأيك في الخبر',
        '{n} تعليق من القراء',
        'لم يعلق أحد على الخبر بعد',
        'أضف تعليقاً باسمك الحقيقي',
        'ما يُكتب في التعليقات يلزم كاتبه وحده',
        'سجل دخولك كعضو لترك تعليق',
      ],
      related: [
        'أخبار مشابهة من حضرموت',
        'طالع كذلك ← {rel}',
        'الخبر السابق',
        'مزيد من أخبار النقابة',
        'أحكام وقرارات أخرى',
        'نصائح زراعية قد تهمك',
      ],
      copyright: [
        '© {y} جميع الحقوق محفوظة لحضرموت اليوم',
        'حقوق النشر محفوظة لنقابة المهندسين الأردنيين',
        '© {yA} وزارة العدل - المملكة العربية السعودية',
        'جميع حقوق الطبع والنشر محفوظة لبوابة الزراعة {y}',
        'دائرة القضاء - أبوظبي © {y}',
        'لا يجوز إعادة النشر إلا بإذن خطي من حضرموت اليوم',
      ],
      advertisement: [
        'مكان إعلانك – اتصل بنا',
        'للإعلان في الموقع تواصل معنا',
        'مادة إعلانية مدفوعة الأجر',
        'للحجز الإعلاني على الموقع راسلونا',
        'حمّل تطبيق ناجز',
        'اشترك في نشرة المزارع الأسبوعية',
        'تابعونا على قناة التليغرام',
      ],
    },
  },
  pools: {
    en: {
      name: [
        'Rhiannon Le Feuvre',
        'Tom Ogier',
        'Chris Quayle',
        'Sneha Naik',
        'Debasish Mohapatra',
        'Mir Irfan Rashid',
        'Okuj Lado',
        'Nyaruot Gatdet',
      ],
      source: [
        'Jersey Water',
        'Guernsey Water',
        'Manx Utilities',
        'Directorate of Agriculture, Goa',
        'Odisha Lift Irrigation Corporation',
        'Ministry of Agriculture and Food Security, South Sudan',
      ],
      credit: ['Rob Currie', 'Adrian Miller', 'Shabir Ibn Yusuf', 'Cyril Fernandes', 'Awan Moses'],
      section: ['Parish Matters', 'Bailiwick', 'Goa', 'Odisha', 'Valley', 'Juba', 'Farming', 'Manx News'],
      tag: ['Hosepipe ban', 'Cashew crop', 'Paddy procurement', 'Saffron harvest', 'Sorghum', 'Reservoir levels'],
      place: ['St Ouen', 'Trinity', 'Ramsey', 'Peel', 'Mapusa', 'Ponda', 'Sambalpur', 'Baramulla', 'Torit', 'Yambio'],
      rel: [
        'Desalination plant switched on as reservoirs fall',
        'Ponda cashew growers seek higher support price',
        'Torit farmers get drought-tolerant sorghum seed',
      ],
    },
    ar: {
      name: ['عوض بامطرف', 'سالم باعباد', 'هبة الزعبي', 'رائد العمري', 'نجلاء عبد الحميد', 'فيصل الظاهري'],
      source: [
        'مكتب الزراعة والري بوادي حضرموت',
        'المنظمة العربية للتنمية الزراعية',
        'نقابة المهندسين الزراعيين',
        'وزارة الزراعة واستصلاح الأراضي',
        'دائرة القضاء في أبوظبي',
        'نقابة الصحفيين المصريين',
      ],
      credit: ['أحمد باحميد', 'محمود الطويل', 'خلود المناصير', 'سعيد الكثيري', 'مروة حسنين'],
      section: [
        'أخبار النقابة',
        'تعاميم الوزارة',
        'أحكام قضائية',
        'الإرشاد الزراعي',
        'الثروة الحيوانية',
        'محليات حضرموت',
        'المياه والري',
        'أنشطة الفروع',
      ],
      tag: ['سوسة النخيل', 'حصاد القمح', 'ملوحة الآبار', 'تعرفة الري', 'الأسمدة المدعومة', 'السيول'],
      place: ['القطن', 'دوعن', 'حورة', 'غيل باوزير', 'المشارع', 'معدي', 'ليوا', 'كوم أمبو', 'منفلوط', 'الأحساء'],
      rel: ['حملة لمكافحة سوسة النخيل في دوعن', 'سد جديد لحصاد مياه الأمطار في معدي', 'رفع سعر توريد القمح'],
    },
  },
  lookalikes: {
    en: [
      'Published figures show reservoir levels in St Ouen at their lowest since 1976.',
      'By late June, farmers in Trinity had already lost half their potato crop.',
      'Shared irrigation channels in Ponda are cleaned by the villagers every spring.',
      'Photo evidence of the dry wells in Mapusa was sent to the water resources department.',
      'Comments from growers in Sambalpur suggest the paddy price is too low to cover costs.',
      'More rain is needed in Baramulla before the apple orchards can recover, the horticulture officer said.',
      'Advertised as drought-proof, the sorghum seed failed in Yambio after the first dry spell.',
      'Tagged cattle from Torit can now be traced to the market where they are sold.',
      'Updated rules in Peel limit how much water each farm may draw from the river.',
      'Source of the contamination in Ramsey was a broken slurry tank, the inspector found.',
    ],
    ar: [
      'شارك مزارعو دوعن في حفر قناة جديدة لري النخيل.',
      'تعليقات المهندسين في معدي ركزت على ملوحة مياه الآبار.',
      'صورة الحقول في القطن تبدلت بعد وصول مياه السيول.',
      'المصدر الوحيد لمياه الشرب في حورة بئر ارتوازية قديمة.',
      'نشر المزارعون في غيل باوزير شتلات التبغ على مساحات أوسع هذا الموسم.',
      'إعلان وزارة الزراعة عن دعم الأسمدة لم يصل بعد إلى مزارعي المشارع.',
      'جميع آبار ليوا تخضع الآن لفحص دوري لمستوى الملوحة.',
      'حقوق المزارعين في كوم أمبو في مياه الري نظمها حكم المحكمة الأخير.',
      'المزيد من الأراضي في منفلوط تحول إلى زراعة القمح بعد رفع سعر التوريد.',
      'تابع المهندسون الزراعيون في الأحساء انتشار سوسة النخيل أسبوعا بعد أسبوع.',
    ],
  },
};
