/**
 * A fifty-third set, written on 7 December 2026 (16:56–17:03 UTC) by a helper who read none of the
 * cleaner, not even its label tables (the novelty check below compares with them), nor
 * docs/cleaning.md beyond its bullets on the earlier sets' sources, but the earlier sets,
 * `bench/clean-furniture/{kinds,fill,sets}.ts`, `bench/clean-eval.ts` and `bench/clean-novelty.ts`;
 * it is to be run once, by name. Like blind-13 to blind-50 it is furniture as real sites print it,
 * from outlets, regions and kinds of site those sets left out: in English, Orkney and Shetland (The
 * Orcadian, The Shetland Times and Shetland News, with "LERWICK:" and "KIRKWALL, Orkney –"
 * datelines, "Posted on … in News" stamps, photographers credited "for The Orcadian", patron and
 * digital-edition plugs), Norfolk Island (the weekly Norfolk Islander with its issue numbers,
 * "Kingston, Norfolk Island —" and community notices), Tasmania (The Advocate of Burnie, with dotted am/pm stamps and "Tas."
 * datelines), a national parks service's alert pages (Tasmania Parks and Wildlife Service, park and
 * activity lines, parks passes), a symphony orchestra's news pages (the Tasmanian Symphony
 * Orchestra, concert dates and its concert hall) and a mountain rescue team's callout log (callout
 * numbers and paging times, incident types, its charity number and donations); in Arabic, Algeria's
 * far south (the regional radios of Tamanrasset and Adrar of Algerian Radio, "سا" times, "(ح.م)"
 * photo marks), Morocco's southern provinces (Laayoune and Dakhla through the regional desks of the
 * Maghreb Arab Press, "العيون (ومع) -" datelines and "بلاغ" statements), a civil-protection service's
 * pages (Algeria's Directorate General of Civil Protection, its 24-hour tallies, its press cell and
 * emergency numbers), oil companies' media centres (Sonatrach and Saudi Aramco, with Hassi Messaoud
 * and Dhahran datelines and job plugs) and a theatre body's news (the Arab Theatre Institute of
 * Sharjah, critics' bylines, festival shows, school-theatre workshops). Six to eight phrasings per
 * kind and language, the first three of each list the commoner on real pages; Latin and
 * Arabic-Indic digits in Arabic; its own names, outlets, places (towns of Orkney, Shetland and
 * Tasmania in English; towns of the Algerian south and of the Moroccan Sahara in Arabic), sections
 * and tags; ten look-alikes a language, sentences of a story on a winter gale cutting the isles off
 * in English and of a story on a sandstorm and the foggaras of Touat in Arabic that open as
 * furniture does and must stay. Checked by `DIRS=bench/clean-furniture,src/core/ingest,tests/fixtures
 * node bench/clean-novelty.ts --set blind-51` against every earlier set, the fixtures and the label
 * tables (0 overlaps after revising, in eleven passes (70, 41, 7, 1, then 0 seven times), the 70 it
 * flagged in the first: 68 on 30 phrasings the tables, fixtures or earlier sets had, 14 English and 16
 * Arabic, and two Arabic sections; the second flagged 41, on 18 revised phrasings, 8 English and 10
 * Arabic; the third 7 on 4, 1 English and 3 Arabic; the fourth 1 on an English one; the fifth found
 * none, and so did those after later edits: a dateline's trailing space, an Algerian time stamp, this
 * comment, its registration and the formatting; its counts filled in), and committed before its only
 * run (`npm run eval:clean -- --set blind-51`; `--set all` leaves it out until then).
 */
import type { TemplateSet } from './kinds.ts';

export const BLIND_51: TemplateSet = {
  templates: {
    en: {
      breadcrumb: [
        'Home | Latest | {s1}',
        'Shetland News › {s1} › {s2}',
        'The Orcadian / {s1}',
        'Parks and Wildlife Service › Alerts › {s1}',
        'TSO › News & Stories › {s1}',
        'Norfolk Islander | {s1} | {s2}',
        'Home > Team > Callouts {y}',
      ],
      timestamp: [
        'Posted on {d} {mon} {y} at {HH}:{M} in News',
        '{wd} {d} {mon} {y} · {HH}:{M}',
        'Updated {h12}.{M}{ampm} {wd} {d} {mon}, {y}',
        'Callout {n}/{y} – {dd}.{mm}.{y}, paged {HH}:{M}',
        'Issue No. {n} – {wd} {d} {mon} {y}',
        'Alert current as of {d} {mon} {y}',
        'Concert date {wd} {d} {mon} {y}',
      ],
      byline: [
        '{name}, Shetland News',
        'By {name} | The Orcadian',
        'Words: {name}. Pictures: {name2}',
        'Report by {name}, team leader',
        'Written by {name}, Tasmania Parks ranger',
        'Compiled by the Norfolk Islander',
        'TSO Communications',
        'By {name} and {name2}, The Advocate',
      ],
      dateline: [
        'LERWICK:',
        'KIRKWALL, Orkney –',
        'Kingston, Norfolk Island —',
        '{PLACE}, Tas. —',
        'BURNIE:',
        '{place}, Shetland –',
        'CRADLE MOUNTAIN, Tasmania –',
      ],
      caption: [
        'Photo: {credit}/Shetland News',
        'Photos by {credit} for The Orcadian',
        '📸 Photo by {credit}, PWS',
        'Team members on the stretcher carry-off above Rackwick. Photo: {credit}',
        'Image: Tasmania Parks and Wildlife Service',
        'The TSO in the Federation Concert Hall. Photograph by {credit}',
        'Picture by kind permission of {credit}',
        'Photo: {credit} / The Orcadian',
      ],
      source: [
        'Source: Shetland Islands Council',
        'Notice to the community from {source}',
        'Details provided by {source}',
        'This story first appeared in The Shetland Times',
        'Notice issued by {source}, Kingston',
        'Via the {source} Facebook page',
        '– {source} press office',
      ],
      tags: [
        'News · {t1} · {t2} · {t3}',
        'Find more: {t1} / {t2}',
        'Park: {t1} | Activity: {t2}',
        'Locations: {t1} · {t2} · {t3}',
        'Category: {t1}, {t2}',
        'Incident type: {t1}',
      ],
      share: [
        'Share this callout',
        'Forward this alert',
        'Print this alert',
        'Copy link to concert',
        'Share on Nextdoor',
        'Share this concert with a friend',
      ],
      comments: [
        'Letters for publication can be emailed to the editor',
        'Comments are moderated and may take a while to appear.',
        'Comments ({n}) – subscribers only',
        'Have your say in the letters page',
        'Comments are closed on Shetland News stories after 48 hours',
        'Log in to post a comment on The Orcadian',
      ],
      related: [
        'More news from Shetland',
        'Other park alerts',
        'Recent callouts',
        'Upcoming concerts',
        'More {s1} from The Orcadian',
        'Previously: {rel}',
      ],
      copyright: [
        '© {y} The Orcadian',
        'Copyright © The Shetland Times Ltd {y}',
        '© Shetland News {y}',
        '© State of Tasmania {y}',
        'Tasmanian Symphony Orchestra © {y}',
        '© {y} Norfolk Islander – Kingston, Norfolk Island',
        'Registered Scottish charity SC{n} © {y}',
      ],
      advertisement: [
        'Support Shetland News – become a patron',
        'Subscribe to The Orcadian digital edition',
        'Donate to the team',
        'Buy your parks pass online',
        'Book now for the 2021 season',
        'To advertise in the Norfolk Islander call the office',
      ],
    },
    ar: {
      breadcrumb: [
        'الرئيسية / أخبار الجهة / {s1}',
        'الحماية المدنية › التدخلات › {s1}',
        'سوناطراك - المركز الإعلامي - {s1}',
        'أرامكو السعودية » الأخبار » {s1}',
        'الهيئة العربية للمسرح > أخبار > {s1}',
        'إذاعة تمنراست | {s1}',
        'الرئيسية » جهات » العيون الساقية الحمراء',
      ],
      timestamp: [
        'نشر بتاريخ {dd}/{mm}/{y} على {HH}:{M}',
        '{wd}، {d} {monAr} {y} | {HH}:{M}',
        'حصيلة الـ24 ساعة – {ddA}.{mmA}.{yA}',
        'الظهران، {dA} {monAr} {yA}',
        'تاريخ الإضافة {y}/{mm}/{dd}',
        'يوم {d} {monAr} {y} على {HH}سا{M}',
        'آخر تحديث: {HA}:{MA} ، {dA}-{mmA}-{yA}',
      ],
      byline: [
        'تمنراست – {name}',
        'مراسلنا في العيون: {name}',
        'خلية الإعلام والاتصال للمديرية العامة للحماية المدنية',
        'إدارة الاتصال – سوناطراك',
        'بقلم الناقد {name}',
        'إعداد {name} – إذاعة أدرار',
        'الملازم الأول {name}، المكلف بالإعلام',
        'الشارقة – إعلام الهيئة العربية للمسرح',
      ],
      dateline: [
        'العيون (ومع) -',
        'الداخلة –',
        'الظهران –',
        'حاسي مسعود -',
        '{place} – (ومع):',
        'الشارقة:',
        'تمنراست – مراسلة خاصة:',
      ],
      caption: [
        '(ح.م)',
        'الصورة: ح.م',
        'الصورة: أرامكو السعودية',
        'من عرض مسرحي في الدورة الأخيرة – تصوير {credit}',
        'أعوان الحماية المدنية خلال التدخل (صورة: {credit})',
        'منصة حفر بحقل حاسي مسعود – عن سوناطراك',
        'ميناء الداخلة الأطلسي في طور الإنجاز (ومع)',
      ],
      source: [
        'المصدر: وكالة المغرب العربي للأنباء',
        'وفق ما أفاد به {source}',
        'نقلا عن الصفحة الرسمية لـ{source}',
        'المصدر: بلاغ صحفي لـ{source}',
        'المصدر: خلية الإعلام للحماية المدنية',
        'المعلومات مستقاة من {source}',
      ],
      tags: [
        'الأوسمة: {t1} ، {t2}',
        'وسوم {t1} - {t2} - {t3}',
        '#الحماية_المدنية #{t1}',
        'موضوع الخبر: {t1}',
        'الوسوم: {t1} / {t2}',
        'موضوعات الخبر {t1} | {t2}',
      ],
      share: [
        'شارك عبر الفايسبوك',
        'أرسل عبر تيليغرام',
        'اطبع هذه الحصيلة',
        'شارك العرض مع أصدقائك',
        'انشر على لينكد إن',
        'شارك البلاغ على إكس',
      ],
      comments: [
        'ما رأيك في العرض؟',
        'لم تُنشر أي تعليقات بعد',
        '{n} رأي حول هذا الموضوع',
        'التعليقات المسيئة لن تُنشر',
        'اترك تعليقاً على هذا العرض',
        '{n} تعليق من زوار الموقع',
      ],
      related: [
        'تدخلات سابقة للحماية المدنية',
        'أخبار أخرى من الأقاليم الجنوبية',
        'آخر التدخلات',
        'عروض أخرى في المهرجان',
        'المزيد من أخبار الجنوب الكبير',
        'اقرأ أيضا في الجهة: {rel}',
      ],
      copyright: [
        '© {y} أرامكو السعودية',
        'جميع الحقوق محفوظة © الهيئة العربية للمسرح {y}',
        'حقوق النشر © سوناطراك {y}',
        'المديرية العامة للحماية المدنية © {y}',
        'الإذاعة الجزائرية – إذاعة تمنراست الجهوية © {y}',
        '© {yA} جميع الحقوق محفوظة لوكالة المغرب العربي للأنباء',
      ],
      advertisement: [
        'في حالة الخطر اتصلوا بالرقم 14 أو 1021',
        'استمعوا إلى إذاعة تمنراست على المباشر',
        'وظائف شاغرة في أرامكو السعودية – قدّم الآن',
        'اقتنِ إصدارات الهيئة العربية للمسرح',
        'حمّلوا تطبيق الحماية المدنية',
        'سجّلوا في ورشات المسرح المدرسي',
      ],
    },
  },
  pools: {
    en: {
      name: [
        'Magnus Flett',
        'Ingrid Isbister',
        'Thorfinn Rendall',
        'Kirsty Halcrow',
        'Lachlan Pybus',
        'Reuben Quintal',
        'Jodie Nobbs',
      ],
      source: [
        'Shetland Islands Council',
        'Orkney Islands Council',
        'NHS Shetland',
        'Tasmania Parks and Wildlife Service',
        'Norfolk Island Regional Council',
        'Scottish Mountain Rescue',
        'Loganair',
      ],
      credit: ['Dougie Sinclair', 'Morag Tulloch', 'Keith Adams-Christian', 'Simone Dowling', 'Rhona Drever'],
      section: ['Isles Life', 'Crofting', 'Fishing', 'Park Alerts', 'Callouts', 'Community Notices', 'Season 2021'],
      tag: [
        'Up Helly Aa',
        'Bushfire',
        'Walking tracks',
        'Inter-island ferries',
        'Salmon farming',
        'Overland Track',
        'Hill rescue',
      ],
      place: ['Lerwick', 'Kirkwall', 'Stromness', 'Scalloway', 'Burnie', 'Devonport', 'Strahan', 'Cascade'],
      rel: [
        'Winter timetable cuts the Westray sailings',
        'Cradle Mountain shuttle buses return',
        'Walker injured on Ward Hill flown to Kirkwall',
      ],
    },
    ar: {
      name: [
        'باي أخموك',
        'تينهينان بوعمامة',
        'سلمى ماء العينين',
        'عبد الرحمن القحطاني',
        'حمو بن عيسى',
        'الغالية الدليمي',
      ],
      source: [
        'ولاية تمنراست',
        'مجلس جهة الداخلة وادي الذهب',
        'المديرية العامة للحماية المدنية',
        'مجلس جهة العيون الساقية الحمراء',
        'وزارة الطاقة والمناجم',
        'المهرجان الوطني للمسرح المحترف',
      ],
      credit: ['الطاهر بن قانة', 'إبراهيم الدخيل', 'محمد لمين أهل السالك', 'فريدة أمقران', 'ناصر الشهري'],
      section: ['جهوي', 'تدخلات', 'الطاقة', 'العروض المسرحية', 'الجنوب الكبير', 'الأقاليم الجنوبية'],
      tag: [
        'الأهقار',
        'حاسي مسعود',
        'فيضانات الوديان',
        'حرائق الغابات',
        'ميناء الداخلة',
        'المسرح المدرسي',
        'الغاز الطبيعي',
      ],
      place: ['تمنراست', 'أدرار', 'إليزي', 'جانت', 'العيون', 'الداخلة', 'السمارة', 'بوجدور'],
      rel: [
        'إخماد حريق غابي بولاية تيبازة',
        'اختتام مهرجان المسرح العربي في الشارقة',
        'تدشين محطة للطاقة الشمسية بأدرار',
      ],
    },
  },
  lookalikes: {
    en: [
      'Updated forecasts on Monday night gave gusts of ninety miles an hour for Sumburgh.',
      'Photo albums from the 1953 storm were brought out at the heritage centre that evening.',
      'Source of the worst damage was the sea breaking over the Churchill Barriers.',
      'Share of the islands’ fresh food that comes in on the Aberdeen boat is close to all of it.',
      'Comments from the harbourmaster suggested the pier would be closed until Thursday.',
      'Related damage to the fish farms was reported from Scapa Flow to Yell Sound.',
      'By Wednesday the Northlink ferry was still tied up in Aberdeen.',
      'Tagged seals were found far inland after the surge, the wildlife officer said.',
      'Copyright on the old ferry photographs belongs to the Shetland Museum and Archives.',
      'Advertisements for emergency generators filled the noticeboard at the co-op.',
    ],
    ar: [
      'مصدر المياه الوحيد في القصر بئر قديمة حفرها الأجداد.',
      'تصوير الواحة من الجو كشف حجم الرمال التي زحفت على النخيل.',
      'شارك شباب البلدية في تنظيف السواقي بعد العاصفة الرملية.',
      'نشر الفلاحون سعف النخيل على الأسطح لحماية التمور من الرياح.',
      'تعليقات سكان أدرار على الطقس لم تتغير منذ عقود: الحر والرمل.',
      'اقرأ ما كتبه الرحالة عن فقارات توات لتعرف عمر هذا النظام.',
      'حقوق السقي في الفقارة موزعة بين العائلات بحسب حصص موروثة.',
      'الكلمات التي يرددها الشيوخ عن الماء تحفظها الأجيال عن ظهر قلب.',
      'إعلان موسم جني التمور جاء بعد اجتماع أعيان القصور.',
      'المزيد من الفقارات جفّ في السنوات الأخيرة بسبب الآبار العميقة.',
    ],
  },
};
