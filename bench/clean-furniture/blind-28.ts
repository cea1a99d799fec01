/**
 * A thirtieth set, written on 6 December 2026 (07:54–08:00 UTC) by a helper who read none of the
 * cleaner, not even its label tables (the novelty check below compares with them), nor
 * docs/cleaning.md beyond its paragraphs on the earlier sets' sources, but the earlier sets,
 * `bench/clean-furniture/{kinds,fill,sets}.ts`, `bench/clean-eval.ts` and
 * `bench/clean-novelty.ts`; it is to be run once, by name. Like blind-13 to blind-27 it is
 * furniture as real news sites print it, from outlets, platforms and regions those sets left
 * out: Indian national portals not yet used (News18 with its "Curated By:", "Reported By:" and
 * "Location :" lines, India Today's "Written By:" and "Published On:", Mint's run-on IST stamps
 * and app and newsletter plugs, ThePrint's support appeal, Business Standard's syndicated-feed
 * note), Northern Irish papers (the Belfast Telegraph and Mediahuis, "Today at" stamps, Pacemaker
 * picture credits, Viafoura comment counts), fact-checkers not yet used (PolitiFact, FactCheck.org
 * and its Facebook note, Africa Check's "Researched by" and licence line), sports sites (ESPN's
 * ET stamps and "Open Extended Reactions", ESPNcricinfo datelines, The Athletic's "Top photo"
 * credits), pharmaceutical trade press (Fierce Pharma) and the JNews WordPress theme's footer; in
 * Arabic, Egyptian state outlets not yet used (Rose al-Youssef's portal, Al-Masaa), Jordanian
 * sites not yet used (Khaberni, Hala Akhbar, Saraya, with Amman time), the Emirati site 24 and
 * Abu Dhabi time, Egyptian sports sites (Yallakora, with "كتب :" bylines and club media-office
 * photos), the fact-checker Fatabyyano (claim sources, "النتيجة: زائف", the circulated-versus-
 * original caption) and the Arabic economic press (Al-Eqtisadiah's "«الاقتصادية» من …" datelines,
 * Amwal Al Ghad, Al-Borsa News, Mubasher). Six phrasings per kind and language, the first three
 * of each list the commoner on real pages, the other three less common but printed by real
 * sites; Latin and Arabic-Indic digits in Arabic; its own names, outlets, places (Northern Irish
 * and Indian towns in English; Egyptian, Jordanian, Emirati and Saudi ones in Arabic), sections
 * and tags; ten look-alikes a language, sentences of a public-health story that open as
 * furniture does (`Tags attached to…`, `Location data…`, `Curated lists…`, `Today at the
 * hospital…`, `كتب الأطباء…`, `تدقيق الحسابات…`, `النتيجة التي أعلنها المختبر…`, `برعاية وزارة
 * الصحة…`) and must stay. Checked by `DIRS=bench/clean-furniture,src/core/ingest,tests/fixtures
 * node bench/clean-novelty.ts --set blind-28` against every earlier set (blind-26 and blind-27
 * too, and blind-29, written beside it), the fixtures and the label tables (0 overlaps after
 * revising, in five passes, the 65 it flagged in the first, several to a phrasing: 55 on 30
 * phrasings the tables, fixtures or earlier sets had, a place earlier pools had in English, a
 * source, a section and seven Egyptian, Jordanian and Emirati places in Arabic; the second pass
 * flagged 11, the third 3 and the fourth 1, all revised wordings and substitutes; two more passes
 * with blind-29 present, the second after a comment line was reworded, found none), and committed
 * before its only run (`npm run eval:clean -- --set blind-28`; `--set all` leaves it out until
 * then).
 */
import type { TemplateSet } from './kinds.ts';

export const BLIND_28: TemplateSet = {
  templates: {
    en: {
      breadcrumb: [
        'News18 » {s1}',
        'Belfast Telegraph › {s1} › {s2}',
        'India Today › {s1}',
        'PolitiFact › Fact-checks › {s1}',
        'ESPN › {s1} › {s2}',
        'Fierce Pharma / {s1}',
      ],
      timestamp: [
        'Last Updated: {mon} {dd}, {y}, {HH}:{M} IST',
        'Updated {d} {mon3} {y}, {h12}:{M} {AMPM} IST',
        'Today at {HH}:{M}',
        'Published On: {mon3} {d}, {y}',
        '{mon3} {d}, {y}, {h12}:{M} {AMPM} ET',
        '{mon3} {d}, {y} {h12}:{M}{ampm}',
      ],
      byline: [
        'Curated By: {name}',
        'Written By: {name}',
        '{name}, ESPN Senior Writer',
        'Reported By: {name}',
        'Researched by {name}',
        '{name} and {name2}, The Athletic',
      ],
      dateline: [
        'Location : {place}, India',
        '{PLACE}, India --',
        '{place} (Karnataka), {mon} {d}:',
        '{place} (Africa Check) –',
        '{PLACE} (ESPNcricinfo) -',
        '{PLACE}, Northern Ireland —',
      ],
      caption: [
        'Picture by {credit}/Pacemaker',
        'Representational image. (Photo: {credit})',
        '(Top photo: {credit} / Getty Images)',
        'Image Source : {credit}',
        'Screenshot of the viral post shared on Facebook',
        '(Credit: {credit}/ESPN)',
      ],
      source: [
        '(This story has not been edited by News18 staff and is published from a syndicated news agency feed)',
        'A version of this fact-check first appeared on {source}.',
        "Editor's Note: FactCheck.org is one of several organizations working with Facebook to debunk misinformation shared on social media.",
        'Sources cited: {source}',
        'This report is produced in partnership with {source}.',
        '(Only the headline and picture of this report may have been reworked by the staff; the rest of the content is auto-generated from a syndicated feed.)',
      ],
      tags: [
        'Tags : {t1}, {t2}',
        'Topics {t1} {t2} {t3}',
        'Subjects: {t1} | {t2}',
        'Related topics {t1} {t2}',
        'More on {t1} and {t2}',
        'Claim reviewed under {t1} and {t2}',
      ],
      share: [
        'Add News18 as a preferred source on Google',
        'Download The Mint News App to get Daily Market Updates.',
        'Open Extended Reactions',
        'Share this fact-check',
        'Subscribe to our channels on YouTube & Telegram',
        'Share this story on Threads',
      ],
      comments: [
        'Comments are turned off for this article',
        'Conversation {n} Comments',
        'Log in to join the conversation',
        'Got a claim you want checked? Email us',
        '{n} Comments • Oldest first',
        'Read {n} reader comments',
      ],
      related: [
        'Also Watch',
        'Most Read in Northern Ireland',
        'Latest Fact-checks',
        'Must Read | {rel}',
        'ESPN Top Headlines',
        'Up Next | {rel}',
      ],
      copyright: [
        '© {y} Mediahuis Ireland Limited',
        'Copyright © {y} HT Digital Streams Ltd All Right Reserved',
        'Copyright: © {y} ESPN Internet Ventures.',
        'Copyright © {y} Network18 Media & Investments Ltd',
        'Africa Check content is published under a Creative Commons Attribution-NoDerivatives 4.0 licence',
        '© {y} JNews - Premium WordPress news & magazine theme by Jegtheme.',
      ],
      advertisement: [
        'Article continues below this ad',
        'Catch all the Business News, Market News, Breaking News Events and Latest News Updates on Live Mint.',
        'Sponsor content from {source}',
        'Support independent fact-checking. Become a PolitiFact member.',
        'Why news media is in crisis & How you can fix it',
        'Fierce Pharma Marketing webinar presented by {source}',
      ],
    },
    ar: {
      breadcrumb: [
        'يلاكورة › {s1}',
        'بوابة روز اليوسف » {s1} » {s2}',
        'خبرني / {s1}',
        'الاقتصادية | {s1}',
        'فتبينوا › {s1}',
        'أموال الغد - {s1}',
      ],
      timestamp: [
        '{wd}، {dd} {monAr} {y} - {HH}:{M} بتوقيت غرينتش',
        'تاريخ النشر: {ddA}-{mmA}-{yA} | {HA}:{MA}',
        '{HH}:{M} | {dd}-{mm}-{y} بتوقيت عمّان',
        'التحديث الأخير {d} {monAr}، {y} {HH}:{M}',
        'جريدة المساء - {wd} {d} {monAr} {y}',
        '{yA}/{mmA}/{ddA} الساعة {HA}:{MA} بتوقيت أبوظبي',
      ],
      byline: [
        'كتب : {name}',
        'محرر التحقق: {name}',
        'محرر الشؤون الاقتصادية {name}',
        'رصد ومتابعة: {name}',
        '{name} - يلاكورة',
        'كتبت : {name}',
      ],
      dateline: [
        '{place} - خبرني -',
        '«الاقتصادية» من {place}',
        '{place} - مباشر:',
        'هلا أخبار - {place}',
        '{place} - سرايا نيوز',
        '{place} - البورصة نيوز',
      ],
      caption: [
        'صورة أرشيف | {credit}',
        'لقطة شاشة من المنشور المتداول',
        'تصوير - {credit} - روز اليوسف',
        'صورة تعبيرية من {credit}',
        'الصور من المركز الإعلامي للنادي',
        'الصورة المتداولة (يمين) والصورة الأصلية (يسار)',
      ],
      source: [
        'مصادر: {source}، وكالات',
        'مصدر الادعاء: {source}',
        'هذا الخبر منقول من موقع {source}',
        'المصدر: موقع 24 الإماراتي',
        'هذه المادة منشورة بالشراكة مع {source}',
        'النتيجة: زائف',
      ],
      tags: [
        'وسوم الخبر {t1} {t2} {t3}',
        'كلمات مفتاحية {t1} | {t2}',
        'تصنيف المادة: {t1}',
        'موضوعات متعلقة {t1} {t2}',
        'تابع أخبار {t1}',
        'البطولة: {t1}',
      ],
      share: [
        'شارك الخبر عبر واتساب',
        'تابعوا خبرني على تيك توك',
        'ساهم في نشر الحقيقة وشارك التحقق',
        'حمّل تطبيق يلاكورة',
        'أرسل لنا ادعاءً للتحقق منه',
        'انضم لقناة أموال الغد',
      ],
      comments: [
        '{n} تعليقًا على هذا الخبر',
        'أضف تعليقك وشاركنا رأيك',
        'لم يعلق أحد بعد على هذا الخبر',
        'التعليقات المنشورة لا تعبر عن رأي خبرني',
        'أكثر التعليقات تفاعلًا',
        'يجب تسجيل الدخول لإضافة تعليق',
      ],
      related: [
        'أخبار تهمك',
        'الأكثر قراءة في يلاكورة',
        'تحققات أخرى قد تهمك',
        'قد يعجبك أيضًا: {rel}',
        'طالع المزيد: {rel}',
        'آخر أخبار البورصة',
      ],
      copyright: [
        'جميع الحقوق محفوظة لموقع خبرني © {y}',
        '© {y} الاقتصادية - المجموعة السعودية للأبحاث والإعلام',
        'جميع حقوق النشر محفوظة لبوابة روز اليوسف {yA}',
        'حقوق الطبع محفوظة © يلاكورة {y}',
        'يمنع نسخ أو نقل المحتوى دون إذن من أموال الغد',
        '© فتبينوا {y} - منصة عربية مستقلة للتحقق',
      ],
      advertisement: [
        'محتوى إعلاني مدفوع',
        'احجز مساحتك الإعلانية',
        'الشريك الإعلاني: {source}',
        'للإعلان في خبرني يرجى الاتصال على الرقم',
        'ادعم التحقق المستقل',
        'رابط دعائي من {source}',
      ],
    },
  },
  pools: {
    en: {
      name: [
        'Ciarán McAleese-Doherty',
        'Aparajita Bhattacharjee',
        'Niamh Gallagher-Orr',
        'Shreyas Kulkarni-Menon',
        'Torin Vandermeer',
        'Mwihaki Gathoni-Brooks',
      ],
      source: [
        'Lagan Valley Gazette',
        'Deccan Pharma Ledger',
        'Sporting Ulster Weekly',
        'Claim Watch Kenya',
        'Konkan Coast Chronicle',
        'BioSupply Trade Journal',
      ],
      credit: ['Ruairí Magennis', 'Prakash Hegde', 'Orla Tumelty', 'Vikrant Dhillon', 'Ezinne Okafor-Hall'],
      section: [
        'Belfast News',
        'Cricket World Cup',
        'Pharma Supply Chain',
        'Viral Claims',
        'Markets Today',
        'Ulster Rugby',
        'Lifestyle Health',
        'Biotech Deals',
      ],
      tag: [
        'Kyasanur Forest disease',
        'Generic drug recalls',
        'Hepatitis A in schools',
        'Concussion protocols',
        'Antibiotic shortages',
        'Vaccine misinformation',
      ],
      place: [
        'Coleraine',
        'Enniskillen',
        'Banbridge',
        'Omagh',
        'Shivamogga',
        'Hubballi',
        'Bhilai',
        'Kolhapur',
        'Udupi',
        'Warangal',
      ],
      rel: [
        'Why Karnataka keeps losing the fight against monkey fever',
        'Hospital waiting lists in the Western Trust hit a new high',
        'Fact-check: No, onions do not absorb viruses from the air',
      ],
    },
    ar: {
      name: ['هشام الطراونة', 'دعاء عبد الفتاح', 'معاذ الخوالدة', 'نيفين الشربيني', 'راكان المنصوري', 'أسيل الحمود'],
      source: ['صدى الدقهلية', 'نبض إربد', 'مؤشر الخليج المالي', 'صوت الملاعب', 'منصة تحقق', 'الأسواق اليوم'],
      credit: ['عمرو الجيزاوي', 'بلال العبادي', 'سعيد الكتبي', 'ياسمين فؤاد', 'مهند الزعبي'],
      section: [
        'الكرة المصرية',
        'أسواق المال',
        'شؤون المحافظات',
        'ادعاءات صحية',
        'شركات ومؤشرات',
        'الإمارات اليوم',
        'الدوريات العربية',
        'صحتك بالدنيا',
      ],
      tag: [
        'أسعار الدواء',
        'مكملات غذائية',
        'شائعات اللقاحات',
        'إصابات الملاعب',
        'التأمين الصحي الشامل',
        'نقص الأنسولين',
      ],
      place: [
        'فارسكور',
        'بنها',
        'دمنهور',
        'شربين',
        'دير علا',
        'الشونة الجنوبية',
        'مليحة',
        'دبا الحصن',
        'الذيد',
        'الجبيل',
      ],
      rel: [
        'حقيقة علاج السكري بالقرفة',
        'أسعار الأنسولين ترتفع للمرة الثالثة هذا العام',
        'إصابات الرباط الصليبي تبعد ثلاثة لاعبين عن المنتخب',
      ],
    },
  },
  lookalikes: {
    en: [
      'Tags attached to the chickens allowed vets to trace the flock back to a farm near Kolhapur.',
      'Location data from phones showed that most patients had visited the same market.',
      'Curated lists of approved clinics were sent to every school in the district.',
      'Today at the hospital in Omagh, the queue for the outpatient clinic stretched into the car park.',
      'Conversation with the families made it clear that nobody had told them about the recall.',
      'Sources inside the health trust said the ward would close for at least a month.',
      'Open wounds on the players were cleaned and dressed before they went back on the pitch.',
      'Representational bodies for pharmacists warned that the shortage would last until spring.',
      'Screenshot after screenshot of the false cure was shared in family groups, the researchers found.',
      'Catch-up vaccinations for children who missed their doses begin in Warangal next week.',
    ],
    ar: [
      'كتب الأطباء في تقريرهم أن اللاعب يحتاج إلى ستة أسابيع للتعافي.',
      'تدقيق الحسابات في المستشفى كشف عن نقص في مخزون الأنسولين.',
      'رصد المراقبون ارتفاعًا في أسعار الأدوية المستوردة خلال الربع الأخير.',
      'التعليقات التي كتبها المرضى على صفحة الوزارة طالبت بفتح صيدليات ليلية.',
      'النتيجة التي أعلنها المختبر أكدت خلو العينات من البكتيريا.',
      'مساحة الملعب تحولت خلال الجائحة إلى مركز مؤقت للتطعيم.',
      'الصورة المتداولة على مواقع التواصل لا علاقة لها بمستشفى فارسكور، بحسب الوزارة.',
      'برعاية وزارة الصحة انطلقت حملة للكشف المبكر عن السكري في الذيد.',
      'أخبار الأسواق لم تمنع المستثمرين من شراء أسهم شركات الدواء.',
      'تابع الطبيب حالة اللاعب يوميًا حتى عاد إلى التدريبات.',
    ],
  },
};
