/**
 * A fifty-seventh set, written on 7 December 2026 (23:22–23:31 UTC) by a helper who read none of
 * the cleaner, not even its label tables (the novelty check below compares with them), nor
 * docs/cleaning.md beyond its bullets on the earlier sets' sources, but the earlier sets,
 * `bench/clean-furniture/{kinds,fill,sets}.ts`, `bench/clean-eval.ts` and `bench/clean-novelty.ts`;
 * it is to be run once, by name. Like blind-13 to blind-53 it is furniture as real sites print it,
 * from outlets, regions and kinds of site those sets left out (written while blind-54 was being
 * written elsewhere from other regions): in English, the Andaman and Nicobar Islands (the Andaman
 * Chronicle of Port Blair with IST stamps, a plug for its Port Blair ad office, the Directorate of
 * Information, Publicity & Tourism as a source, "Havelock Island (Swaraj Dweep), A&N Islands –"),
 * Christmas Island in the Indian Ocean (Parks Australia's Christmas Island National Park and its
 * red-crab migration updates with CXT stamps and rangers' bylines, the Shire's newsletter The
 * Islander, "Flying Fish Cove, Christmas Island:"), Uzbekistan (Daryo of Tashkent with UZT stamps,
 * "(Daryo) —" datelines and its Telegram channel), and continental Europe's English-language press
 * (The Portugal News of the Algarve with Lusa datelines, "TPN" credits, WET stamps and its Friday
 * print edition; DutchNews.nl with ANP, Depositphotos pictures and its donor appeal), a university
 * press office (ETH Zurich's news with Swiss dotted dates, "© ETH Zürich /" credits and research
 * areas) and an orchestra's magazine (the Berliner Philharmoniker, the Digital Concert Hall, ticket
 * prices in euros); in Arabic, Sudan's National Corporation for Antiquities and Museums (the
 * Begrawiya pyramids, "كريمة –" and "(سونا)" datelines), the Dhofar governor's office and the
 * Khareef Dhofar season in Oman (Muscat time, "صلالة (مكتب المحافظ) –", #خريف_ظفار), Aden
 * University's news in Yemen (its professors' bylines and postgraduate plugs, "كريتر، عدن –"),
 * Kuwait's Zakat House (zakat paid online, orphan sponsorship in dinars), the Tunisian Handball
 * Federation (a "جامعة" as Maghrebi sport names it, "تونس في" stamps, Radès datelines, its "بلاغ")
 * and the Bahrain Authority for Culture and Antiquities (Qal'at al-Bahrain, the pearling path,
 * Muharraq datelines, Manama time). Six to eight phrasings per kind and language (84 English, 78
 * Arabic), the first three of each list the commoner on real pages; Latin and Arabic-Indic digits
 * in Arabic; its own names, outlets, places (Andaman, Christmas Island, Algarve, Dutch and Uzbek
 * towns in English; Omani, Sudanese, Yemeni, Tunisian and Bahraini ones in Arabic), sections and
 * tags; ten look-alikes a language, sentences of a story on Christmas Island's red-crab migration
 * in English and of a story on Dhofar's frankincense trees in Arabic that open as furniture does
 * and must stay. Checked by `DIRS=bench/clean-furniture,src/core/ingest,tests/fixtures node
 * bench/clean-novelty.ts --set blind-55` against every earlier set, the fixtures and the label
 * tables (0 overlaps after revising, in seven passes (61, 9, then 0 five times), the 61 it flagged
 * in the first: 58 on 30 phrasings the tables, fixtures or earlier sets had, 15 English and 15
 * Arabic, and an English section, an English tag and an Arabic section; the second flagged 9, on 3
 * revised phrasings, 1 English and 2 Arabic; the third found none, and so did the four after later
 * edits: an "Updated" stamp added and a credit's name replaced, this comment with the formatting,
 * two of its details corrected, and it rewrapped), and committed before its only run (`npm run
 * eval:clean -- --set blind-55`; `--set all` leaves it out until then).
 */
import type { TemplateSet } from './kinds.ts';

export const BLIND_55: TemplateSet = {
  templates: {
    en: {
      breadcrumb: [
        'The Portugal News › {s1} › {s2}',
        'DutchNews.nl / {s1}',
        'ETH Zurich > News & events > {s1}',
        'Andaman Chronicle | {s1} | {s2}',
        'Daryo :: {S1}',
        'Parks Australia » Christmas Island National Park » {s1}',
        'Berliner Philharmoniker – Magazine – {s1}',
      ],
      timestamp: [
        'Port Blair | {mon3} {d}, {y} | {HH}:{M} IST',
        'Algarve · {dd} {mon3} {y}, {HH}:{M}',
        'DutchNews.nl, {mon} {d}, {y}',
        'Migration update {n} – {wd} {d} {mon} {y}, {h12}:{M} {ampm} CXT',
        'Zurich, {dd}.{mm}.{y}',
        '{d} {mon} {y}, {HH}:{M} UZT',
        'Refreshed {n} min ago',
        'Updated: {wd3} {d} {mon3} {y}, {h12}.{M} {ampm} WET',
      ],
      byline: [
        'By {name}, TPN',
        'Written by {name} | Andaman Chronicle',
        '{name} / ETH News',
        'Text: {name} · Translation: Berliner Philharmoniker',
        '{NAME} | Daryo correspondent',
        'Ranger {name}, Christmas Island National Park',
        'Reporting by {name} and {name2} in Port Blair',
      ],
      dateline: [
        '{place}, South Andaman:',
        '{place} (Lusa) –',
        'Tashkent, Uzbekistan (Daryo) —',
        'Flying Fish Cove, Christmas Island:',
        'Zurich/Basel –',
        'Havelock Island (Swaraj Dweep), A&N Islands –',
        '{PLACE}, Netherlands (ANP) —',
      ],
      caption: [
        'Photo: {credit} via Depositphotos',
        'Red crabs cross the road near Drumsite. Image: Parks Australia',
        'Photo by {credit}/TPN',
        '© ETH Zürich / {credit}',
        'The orchestra on stage at the Philharmonie © {credit}',
        'Ross Island seen from Aberdeen Jetty – Photo: {credit}, Andaman Chronicle',
        'Illustration: {credit} / Daryo',
        'A ranger clears the path at Ethel Beach 🦀 {credit}',
      ],
      source: [
        'Source: Lusa / The Portugal News',
        'With agencies: {source}',
        'Press release from the Directorate of Information, Publicity & Tourism',
        'This item first ran in The Islander, the Shire newsletter',
        'Facts and figures courtesy of {source}',
        'Originally carried on the {source} Telegram channel',
        'Media release of {source} (Zurich)',
      ],
      tags: [
        'Themes ▸ {t1}, {t2}',
        'Listed in {t1} and {t2}',
        '#{t1} #Algarve #{t2}',
        'Research areas: {t1}; {t2}',
        'Migration news — {t1}',
        'Subjects | {t1} | {t2}',
        'Concert themes: {t1} & {t2}',
      ],
      share: [
        'WhatsApp this to a friend',
        'Open in Telegram to share',
        'Grab the short link',
        'Tweet this crab update',
        'Share this concert with friends',
        'Post on VKontakte',
        'Post to Threads',
      ],
      comments: [
        'Reader reactions (moderated)',
        '{n} responses so far',
        'Comments are moderated by the DutchNews team',
        'Sign in with Disqus to reply',
        'What did you think of tonight’s concert? Tell us',
        'Write to the editor at The Islander',
      ],
      related: [
        'More on the Algarve',
        'You may have missed: {rel}',
        'Further ETH media releases',
        'Also in the Digital Concert Hall',
        'Earlier crab migration updates',
        'Trending in Tashkent',
      ],
      copyright: [
        '© {y} The Portugal News. All rights reserved.',
        'Copyright © {y} DutchNews.nl',
        '© {y} ETH Zurich',
        '© Berliner Philharmoniker {y}',
        'Copyright {y} Andaman Chronicle – all rights reserved',
        'Director of National Parks © {y}',
        '© {y} Daryo.uz — reproduction only with a hyperlink',
      ],
      advertisement: [
        'Become a DutchNews.nl donor',
        'Buy the print edition of The Portugal News every Friday',
        'Subscribe to the ETH newsletter',
        'Tickets for this concert from €{n}',
        'Book your crab migration tour with Christmas Island Tourism',
        'Follow Daryo on Telegram for breaking news',
        'Advertise in the Andaman Chronicle — call our Port Blair office',
      ],
    },
    ar: {
      breadcrumb: [
        'جامعة عدن / الأخبار / {s1}',
        'بيت الزكاة » المركز الإعلامي » {s1}',
        'الجامعة التونسية لكرة اليد | {s1}',
        'هيئة البحرين للثقافة والآثار – {s1} – {s2}',
        'مكتب محافظ ظفار :: {s1}',
        'الصفحة الرئيسية ‹ {s1} ‹ {s2}',
        'أنت هنا: الهيئة القومية للآثار والمتاحف / {s1}',
      ],
      timestamp: [
        'بتاريخ {ddA}/{mmA}/{yA} - {HA}:{MA} بتوقيت مسقط',
        'تونس في {d} {monAr} {y}',
        '{wd} {dA} {monAr} {yA} | عدن',
        'حُدّث قبل {n} دقائق',
        'الكويت – {wd} {d}/{m}/{y}',
        '{HH}:{M} بتوقيت المنامة، {dd}-{mm}-{y}',
        'تاريخ الخبر: {ddA}.{mmA}.{yA}',
      ],
      byline: [
        'مراسل الجامعة: {name}',
        'بقلم: {name}، أستاذ الآثار بجامعة عدن',
        'إعداد: {name} – الجامعة التونسية لكرة اليد',
        'المكتب الإعلامي لبيت الزكاة',
        'كتبه {name} | صلالة',
        'تغطية {name} و{name2} من ملعب رادس',
        'قسم الإعلام بهيئة البحرين للثقافة والآثار',
      ],
      dateline: [
        'صلالة (مكتب المحافظ) –',
        'كريمة –',
        'المحرق (هيئة الثقافة) –',
        'رادس – خاص:',
        '{place} (سونا) –',
        'الكويت – مكتب بيت الزكاة:',
        'كريتر، عدن –',
      ],
      caption: [
        'أهرامات البجراوية – تصوير: {credit}',
        'من فعاليات خريف ظفار (أرشيفية)',
        'لاعبو المنتخب خلال الحصة التدريبية – صورة الجامعة',
        'الصورة بعدسة {credit} – بيت الزكاة',
        'قلعة البحرين عند الغروب © هيئة البحرين للثقافة والآثار',
        '📷 {credit} / جامعة عدن',
        'رئيس الجامعة يتوسط الخريجين (تصوير {credit})',
      ],
      source: [
        'المصدر: الهيئة القومية للآثار والمتاحف',
        'عن موقع {source} الإلكتروني بتصرف',
        'كما نشرته صفحة {source} في فيسبوك',
        'في بلاغ أصدره {source} مساء اليوم',
        'عن النشرة الإخبارية لـ{source}',
        'أفادت بذلك {source}',
        'ورد الخبر في موقع {source}',
      ],
      tags: [
        'الوسوم :: {t1} :: {t2}',
        '#{t1} #خريف_ظفار',
        'كلمات مفتاحية — {t1} — {t2} — {t3}',
        'محاور الخبر: {t1} / {t2}',
        'مدرج ضمن: {t1}',
        'الموسومة بـ: {t1}',
      ],
      share: [
        'أرسل عبر الواتساب',
        'شارك الخبر في تويتر',
        'انقر لنسخ الرابط',
        'شارك على انستغرام',
        'أرسل الصفحة بالإيميل',
        'شارك الرابط مع أصدقائك',
      ],
      comments: [
        'اترك تعليقاً على الخبر',
        'عدد الردود ({n})',
        'لا يمكن إضافة ردود على هذا الموضوع حالياً',
        'شاركنا رأيك في أداء المنتخب',
        'تعليقات القراء لا تعبر عن رأي الجامعة',
        'للتعليق يجب تسجيل الدخول',
      ],
      related: [
        'مواد ذات علاقة بالخبر',
        'طالع أيضاً ← {rel}',
        'كل أخبار جامعة عدن',
        'من أرشيف خريف ظفار',
        'مقالات قد تعجبك',
        'أحدث الاكتشافات الأثرية',
      ],
      copyright: [
        'جميع الحقوق محفوظة لجامعة عدن © {y}',
        '© {yA} بيت الزكاة – دولة الكويت',
        'جميع المواد منشورة بإذن من هيئة البحرين للثقافة والآثار © {y}',
        'الحقوق محفوظة للجامعة التونسية لكرة اليد {y}',
        '© مكتب محافظ ظفار {y}',
        'جميع الحقوق محفوظة للهيئة القومية للآثار والمتاحف – السودان {y}',
      ],
      advertisement: [
        'ادفع زكاتك إلكترونياً عبر موقع بيت الزكاة',
        'احجز تذكرتك لمباراة المنتخب',
        'سجّل في برامج الدراسات العليا بجامعة عدن',
        'اكفل يتيماً بـ{n} ديناراً شهرياً',
        'حمّل دليل موسم الخريف',
        'احجز جولتك في متحف قلعة البحرين',
      ],
    },
  },
  pools: {
    en: {
      name: [
        'Debashish Sarkar',
        'Noraini Bakar',
        'Kavita Tirkey',
        'Joana Pereira',
        'Pieter de Graaf',
        'Dilnoza Karimova',
        'Lukas Baumgartner',
      ],
      source: [
        'Parks Australia',
        'Lusa',
        'ANP',
        'Shire of Christmas Island',
        'Andaman and Nicobar Administration',
        'Swiss National Science Foundation',
        'UzA',
      ],
      credit: ['Noel Tan', 'Rui Guerreiro', 'Frank van Dijk', 'Jakob Meier', 'Sardor Yusupov', 'Hanna Oberländer'],
      section: ['Islands', 'Algarve', 'Crab season', 'Science at ETH', 'Concerts', 'Tashkent life', 'Dutch politics'],
      tag: [
        'Red crabs',
        'Havelock Island',
        'Algarve drought',
        'Rhône Glacier',
        'Digital Concert Hall',
        'Aral Sea',
        'Housing',
      ],
      place: ['Port Blair', 'Diglipur', 'Flying Fish Cove', 'Lagoa', 'Portimão', 'Utrecht', 'Samarkand'],
      rel: [
        'Ferry to Neil Island cancelled as sea turns rough',
        'Water restrictions extended across the Algarve',
        'Swiss glaciers lost a tenth of their ice in two years',
      ],
    },
    ar: {
      name: ['عوض الله الحسن', 'مسلم المعشني', 'نادر باوزير', 'فاطمة العوضي', 'ياسين الطرابلسي', 'منى الجودر'],
      source: [
        'الهيئة القومية للآثار والمتاحف',
        'مكتب محافظ ظفار',
        'جامعة عدن',
        'بيت الزكاة',
        'الجامعة التونسية لكرة اليد',
        'هيئة البحرين للثقافة والآثار',
      ],
      credit: ['محمد الأمين عثمان', 'سالم الشحري', 'وضاح العولقي', 'حسين المطوع', 'أنيس الخماسي'],
      section: ['أخبار الحفريات', 'خريف ظفار', 'شؤون الطلاب', 'المشاريع الخيرية', 'منتخب الأكابر', 'التراث العمراني'],
      tag: ['أهرامات البجراوية', 'عين رزات', 'كلية التربية', 'كفالة الأيتام', 'كأس أفريقيا لكرة اليد', 'طريق اللؤلؤ'],
      place: ['مرباط', 'سدح', 'الدامر', 'كريتر', 'المعلا', 'الحمامات', 'عراد'],
      rel: [
        'بعثة أثرية تكشف مقابر جديدة قرب مروي',
        'افتتاح الموسم السياحي في سهل أتين',
        'المنتخب يواجه مصر في نهائي البطولة',
      ],
    },
  },
  lookalikes: {
    en: [
      'Photo traps set along the Lily Beach road caught crabs crossing at dusk in their thousands.',
      'Source of most of the delays on the roads is timing: the crabs move when the wet season breaks.',
      'By the second week of rain the first females had reached the shore terraces at Flying Fish Cove.',
      'Share of the island’s roads closed for the migration rose to nearly a third this year.',
      'Updated counts from the park’s rangers put the adult population at about a hundred million.',
      'Tags fitted to fifty females showed that most spawned within a day of the high tide.',
      'Related species, the robber crab among them, keep to the forest and do not join the march.',
      'Comments by islanders suggest the baiting of yellow crazy ants has made the difference.',
      'Copyright in the first film of the spawning belongs to a local diver who waited six nights for it.',
      'Advertising the migration abroad has filled every bed on the island in November.',
    ],
    ar: [
      'المصدر الأقدم لتجارة اللبان كان ميناء سمهرم على ساحل خور روري.',
      'كتب الرحالة القدامى عن اللبان الحوجري بوصفه أنقى ما يُجمع في الجزيرة العربية.',
      'تصوير الأشجار من الجو كشف أن أعدادها تراجعت في السفوح الشمالية.',
      'شارك المزارعون في حصر الأشجار قبل أن يبدأ موسم التشريط في أبريل.',
      'نشر الباحثون دراسة تقول إن التشريط المتكرر يضعف الشجرة ويقلل بذورها.',
      'حقوق الانتفاع بالأشجار تتوارثها الأسر في الجبال منذ قرون.',
      'اقرأ على لوحات المتحف في صلالة تاريخ القوافل التي حملت اللبان شمالاً.',
      'تابع الأهالي موسم القطاف هذا العام بقلق بعد أشهر من الجفاف.',
      'المزيد من الأسر تبيع اللبان اليوم في سوق الحافة بدل تصديره خاماً.',
      'إعلان المحافظة منع الرعي حول الأشجار لقي ترحيباً من المزارعين.',
    ],
  },
};
