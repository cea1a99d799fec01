/**
 * A fifty-second set, written on 7 December 2026 (16:35–16:41 UTC) by a helper who read none of the
 * cleaner, not even its label tables (the novelty check below compares with them), nor
 * docs/cleaning.md beyond its bullets on the earlier sets' sources, but the earlier sets,
 * `bench/clean-furniture/{kinds,fill,sets}.ts`, `bench/clean-eval.ts` and `bench/clean-novelty.ts`;
 * it is to be run once, by name. Like blind-13 to blind-49 it is furniture as real sites print it,
 * from outlets, regions and kinds of site those sets left out: in English, American Samoa (Samoa
 * News with "PAGO PAGO, American Samoa —" datelines, SST stamps and its print edition), Kiribati
 * and Tuvalu (Radio Kiribati News of the Broadcasting and Publications Authority with "TARAWA
 * (BPA) —" datelines and its broadcast dates; Fenui News of the Tuvalu Government Media Department
 * with "FUNAFUTI, Tuvalu –"), the English-language press of Luxembourg and Belgium (the Luxembourg
 * Times with dotted stamps and its morning briefing, The Brussels Times with Belga datelines,
 * "Illustration picture" credits and CET), Antarctic programmes' station news (the Australian
 * Antarctic Division's weekly station news by station leaders, expeditioners' photos, Antarctic
 * job plugs), an international court's press releases (the International Criminal Court with
 * "Press Release:" stamps, "THE HAGUE, … –" datelines, "© ICC-CPI" courtroom photos and its
 * "Situation: … | Case: …" lines) and a space agency's news pages (ESA with "Credits: ESA/…",
 * view-and-like counts and its one-like-only notice); in Arabic, Eritrea (the Ministry of
 * Information's site and Eritrea al-Haditha, with "أسمرا (إرنا) –" datelines and ERINA photos),
 * Iraq's Nineveh (the Mosul channel Al-Mosuliya with Syriac month names, its correspondents,
 * viewers' comments and live stream), space agencies' media pages (the Mohammed bin Rashid Space
 * Centre, the UAE Space Agency's corporate communication, satellite images, the astronaut
 * programme), museums' media centres (Qatar Museums with its app and membership, the Grand
 * Egyptian Museum, tickets) and port and canal authorities (the Suez Canal Authority's media
 * office, the Saudi Ports Authority (Mawani), with printable PDF statements). Six to eight
 * phrasings per kind and language, the first three of each list the commoner on real pages; Latin
 * and Arabic-Indic digits in Arabic; its own names, outlets, places (villages and towns of American
 * Samoa, Kiribati, Tuvalu and Luxembourg and an Antarctic station in English; towns of Eritrea and
 * of the Nineveh plain in Arabic), sections and tags; ten look-alikes a language, sentences of a
 * story on king tides and sea walls in English and of a story on the olive harvest in Arabic that
 * open as furniture does and must stay. Checked by
 * `DIRS=bench/clean-furniture,src/core/ingest,tests/fixtures node bench/clean-novelty.ts --set
 * blind-50` against every earlier set, the fixtures and the label tables (0 overlaps after
 * revising, in six passes (73, 20, then 0 four times), the 73 it flagged in the first: 71 on 32
 * phrasings the tables, fixtures or earlier sets had, 12 English and 20 Arabic, and an English
 * section and an Arabic place; the second flagged 20, on 9 revised phrasings, 4 English and 5
 * Arabic; the third found none, and so did the three after later edits: this comment, its
 * registration and the formatting; its counts filled in), and committed before its only run (`npm
 * run eval:clean -- --set blind-50`; `--set all` leaves it out until then).
 */
import type { TemplateSet } from './kinds.ts';

export const BLIND_50: TemplateSet = {
  templates: {
    en: {
      breadcrumb: [
        'Samoa News » Local News » {s1}',
        'Luxembourg Times / {s1} / {s2}',
        'Home › Station news › {y}',
        'ESA › Science & Exploration › {s1}',
        'The Brussels Times > {s1}',
        'Radio Kiribati News | {s1}',
        'International Criminal Court - Press Releases - {y}',
        'Fenui News › {s1} › {s2}',
      ],
      timestamp: [
        '{wd}, {mon} {d}, {y} {h12}:{M} {AMPM} SST',
        'Published {dd}.{mm}.{y} at {HH}:{M}',
        '{dd}/{mm}/{y} {n} views {few} likes',
        'Press Release: {d} {mon} {y}',
        'This week at the station: {d} {mon} {y}',
        'Last updated: {wd} {d} {mon} {y}, {HH}:{M} CET',
        'Broadcast {d} {mon} {y} on Radio Kiribati',
      ],
      byline: [
        'By {name}, Samoa News Correspondent',
        '{name} | Luxembourg Times',
        'By {name}, station leader',
        'The Brussels Times with Belga',
        'Radio Kiribati News Team, BPA',
        'Written by {name} for the Australian Antarctic Division',
        'Fenui News – Tuvalu Government Media Department',
        'ICC Public Affairs Unit',
      ],
      dateline: [
        'PAGO PAGO, American Samoa —',
        'THE HAGUE, {d} {mon} {y} –',
        'BRUSSELS (Belga) —',
        'FUNAFUTI, Tuvalu –',
        'TARAWA (BPA) —',
        '{PLACE}, {d} {mon} –',
        'LUXEMBOURG CITY –',
      ],
      caption: [
        'Photo: {credit}/Samoa News',
        'Credits: ESA/{credit}',
        '(Photo: {credit}/Australian Antarctic Division)',
        'Expeditioners unload cargo from the resupply barge. Photo: {credit}',
        'Trial Chamber IX in the courtroom. © ICC-CPI',
        'Illustration picture. Credit: Belga / {credit}',
        'Picture: {credit} / Luxembourg Times',
        'Photo supplied by the Tuvalu Government Media Department',
      ],
      source: [
        'Source: Fenui News, Government of Tuvalu',
        'This press release was issued by {source}.',
        'Information supplied to Samoa News by {source}',
        'With additional reporting from Belga',
        'Statement courtesy of {source}',
        'Originally broadcast by {source}',
        'Released by {source}, Pago Pago',
      ],
      tags: [
        'Themes: {t1} / {t2}',
        'Topic pages: {t1}, {t2}, {t3}',
        'Situation: {t1} | Case: {t2}',
        'Tagged in {t1} and {t2}',
        'Topics › {t1} › {t2}',
        'Stories tagged “{t1}”',
      ],
      share: [
        'Thank you for liking',
        'You have already liked this page, you can only like it once!',
        'Send via Messenger',
        'Tweet this press release',
        'Share this station news',
        'Save this press release (PDF)',
      ],
      comments: [
        'Be the first to comment on this report',
        'Samoa News reserves the right to remove any comment',
        'The comment section for this story has closed',
        'You need to be signed in to comment',
        '{n} responses to this story',
        'Showing oldest comments first',
      ],
      related: [
        'More station news',
        'Related press releases',
        'Read more from Tuvalu',
        'Latest from Luxembourg',
        'More {s1} stories',
        'Earlier station news: {rel}',
      ],
      copyright: [
        '© {y} Samoa News. All rights reserved.',
        '© International Criminal Court {y}',
        'Copyright {y} Luxembourg Times',
        '© Copyright Australian Antarctic Division {y}',
        'Copyright © {y} The Brussels Times',
        'Copyright © European Space Agency {y}',
        'Broadcasting and Publications Authority, Kiribati ©',
      ],
      advertisement: [
        'Subscribe to the Samoa News print edition',
        'Sign up for the Luxembourg Times morning briefing',
        'Advertise with The Brussels Times',
        'Jobs in Antarctica – apply now',
        'Tune in to Radio Kiribati',
        'Subscribe to the ESA newsletter',
      ],
    },
    ar: {
      breadcrumb: [
        'الرئيسية » أخبار محلية » {s1}',
        'وزارة الإعلام – إرتريا › الأخبار › {s1}',
        'متاحف قطر / المركز الإعلامي / {s1}',
        'هيئة قناة السويس > الأخبار > {s1}',
        'مركز محمد بن راشد للفضاء | الأخبار',
        'الهيئة العامة للموانئ » الأخبار الصحفية',
        'قناة الموصلية › {s1} › {s2}',
      ],
      timestamp: [
        '{d} {monLev} {y} – {HH}:{M}',
        'تاريخ النشر: {dd}-{mm}-{y}',
        'آخر تحديث {HA}:{MA} {dA}/{mmA}/{yA}',
        'أسمرا، {dA} {monAr} {yA}',
        'الموصلية – {dd}/{mm}/{y} {HH}:{M}',
        'بيان صحفي | {d} {monAr} {y}',
        'تاريخ الإصدار {ddA}.{mmA}.{yA}',
      ],
      byline: [
        'الموصل – {name}',
        'تقرير: {name} – قناة الموصلية',
        'إعداد: إدارة الإعلام والاتصال – متاحف قطر',
        'المكتب الإعلامي لهيئة قناة السويس',
        'بقلم: {name}، أسمرا',
        'فريق تحرير إرتريا الحديثة',
        'كتبه {name} | مراسل الموصلية',
        'إدارة الاتصال المؤسسي بوكالة الإمارات للفضاء',
      ],
      dateline: [
        'أسمرا (إرنا) –',
        'الموصل / الموصلية:',
        'الإسماعيلية – هيئة قناة السويس:',
        'دبي – مركز محمد بن راشد للفضاء:',
        'الدوحة – متاحف قطر:',
        '{place} (خاص) –',
        'جدة – الهيئة العامة للموانئ (مواني):',
      ],
      caption: [
        'سفينة حاويات تعبر القناة (المصدر: هيئة قناة السويس)',
        'الصورة: مركز محمد بن راشد للفضاء',
        'زوار في المتحف المصري الكبير – تصوير {credit}',
        'من أعمال الحصاد في سهل نينوى – عدسة {credit}',
        'مشهد عام لميناء مصوع (تصوير: {credit}/إرنا)',
        'صورة التقطها القمر الاصطناعي خليفة سات',
        '© متاحف قطر، تصوير: {credit}',
      ],
      source: [
        'المصدر: وكالة الأنباء الإرترية (إرنا)',
        'بحسب بيان أصدرته {source}',
        'حسبما أورد الموقع الرسمي لـ{source}',
        'الخبر كما ورد من {source}',
        'للاستفسارات الإعلامية: {source}',
        'عن المكتب الإعلامي في {source}',
      ],
      tags: [
        'الكلمات الدلالية › {t1} › {t2}',
        'تصنيفات الخبر: {t1} / {t2}',
        '#{t1} #الموصل',
        'المواضيع: {t1} • {t2} • {t3}',
        'يندرج الخبر ضمن: {t1}',
        'الوسوم المرتبطة | {t1} | {t2}',
      ],
      share: [
        'أرسل الرابط عبر واتساب',
        'نشر التقرير على إكس',
        'إرسال الخبر إلى صديق',
        'تحميل البيان الصحفي (PDF)',
        'نسخ رابط الصفحة',
        'مشاركة الصفحة على المنصات',
      ],
      comments: [
        'شاركنا رأيك في التقرير',
        'تعليقات المشاهدين ({n})',
        'لم يعلّق أحد بعد',
        'التعليقات تعبر عن رأي أصحابها ولا تمثل رأي القناة',
        'شاهد {n} تعليقاً',
        'انتهت فترة التعليق على هذا المحتوى',
      ],
      related: [
        'أخبار من الموانئ',
        'المزيد من أخبار نينوى',
        'آخر أخبار الملاحة في القناة',
        'فعاليات قادمة في المتاحف',
        'مهمات فضائية أخرى',
        'تقرير سابق: {rel}',
      ],
      copyright: [
        'جميع الحقوق محفوظة لقناة الموصلية © {y}',
        '© {y} هيئة قناة السويس',
        'حقوق النشر محفوظة لوزارة الإعلام – إرتريا',
        '© متاحف قطر {yA}',
        '{y} © مركز محمد بن راشد للفضاء',
        'كافة الحقوق محفوظة للهيئة العامة للموانئ {y}',
      ],
      advertisement: [
        'احجز تذكرتك لزيارة المتحف',
        'اشترك في نشرة المتاحف الشهرية',
        'تابع البث المباشر لقناة الموصلية',
        'حمّل تطبيق متاحف قطر',
        'سجّل في برنامج الإمارات لرواد الفضاء',
        'احصل على عضوية متاحف قطر',
      ],
    },
  },
  pools: {
    en: {
      name: [
        'Leilani Faamausili',
        'Taoaba Kiritome',
        'Sefo Laupepa',
        'Mireille Schmit',
        'Fiona Aldridge',
        'Joël Wagner',
      ],
      source: [
        'American Samoa Power Authority',
        'Tuvalu Meteorological Service',
        'Kiribati Ministry of Environment, Lands and Agricultural Development',
        'Luxembourg Institute of Science and Technology',
        'Australian Antarctic Division',
        'Coalition for the International Criminal Court',
      ],
      credit: ['Iosefa Sapolu', 'Claudine Reding', 'Tioti Baraniko', 'Pete Harmsen', 'Nele Vermeulen'],
      section: ['Territorial News', 'Gilbert Islands', 'Grand Duchy', 'Human Spaceflight', 'Trial Chambers', 'Fono'],
      tag: [
        'King tides',
        'Sea-level rise',
        'Sea ice',
        'Copernicus',
        'Tuna fisheries',
        'Coastal erosion',
        'Reparations',
      ],
      place: ['Tafuna', 'Leone', 'Fagatogo', 'Betio', 'Bikenibeu', 'Vaitupu', 'Diekirch', 'Rothera'],
      rel: [
        'Sea wall repairs begin on Vaitupu',
        'Rothera runway reopens after the winter',
        'Fono approves a tax break for the cannery',
      ],
    },
    ar: {
      name: ['آمنة صالح همد', 'عثمان محمود دقي', 'رعد الحمداني', 'زينب النعيمي', 'سعدية إدريس نور', 'مروان العبيدي'],
      source: [
        'وزارة الزراعة الإرترية',
        'مديرية زراعة نينوى',
        'هيئة متاحف الشارقة',
        'وكالة الإمارات للفضاء',
        'الهيئة السعودية للفضاء',
        'إدارة ميناء مصوع',
      ],
      credit: ['مهند العلاف', 'سلمى تسفاي', 'هشام الدباغ', 'عائشة محمد نور', 'كريم المختار'],
      section: [
        'أخبار نينوى',
        'سهل نينوى',
        'الإقليم الشمالي للبحر الأحمر',
        'الملاحة البحرية',
        'مقتنيات ومعارض',
        'علوم الفضاء',
      ],
      tag: [
        'حصاد الزيتون',
        'خليفة سات',
        'المتحف المصري الكبير',
        'رسوم العبور',
        'مسبار الأمل',
        'جامع النوري',
        'ميناء مصوع',
      ],
      place: ['مصوع', 'كرن', 'أغردات', 'بارنتو', 'برطلة', 'بعشيقة', 'الحمدانية', 'القيارة'],
      rel: [
        'افتتاح قاعة جديدة للمخطوطات',
        'عبور أكبر سفينة حاويات في تاريخ القناة',
        'استئناف الرحلات البحرية بين مصوع وجدة',
      ],
    },
  },
  lookalikes: {
    en: [
      'Photo albums kept by the elders show the shoreline fifty metres further out.',
      'Source of most of the flooding was seawater rising up through the coral rock.',
      'Share of households on Betio that rely on rainwater tanks has doubled.',
      'Posted at the council office, the tide tables warned of the highest water in years.',
      'Comments by the village mayor were recorded in Samoan and in English.',
      'Related work on the sea walls of Vaitupu ran over budget by a third.',
      'Tags fixed to the mangrove seedlings show the date each one was planted.',
      'Copyright over the tide records is held by the regional meteorological office.',
      'Updated maps of the flood zones will be pinned up in every church hall.',
      'By the end of the king-tide season two causeways had been rebuilt.',
    ],
    ar: [
      'مصدر رزق معظم العائلات في بعشيقة معاصر الزيتون القديمة.',
      'تصوير الحقول بعد الحرب أظهر آلاف الأشجار المقطوعة.',
      'شارك المتطوعون في قطف الزيتون من بساتين الحمدانية.',
      'نشر المزارعون أسعار الزيت على باب المعصرة.',
      'تعليقات التجار على جودة الزيت كانت إيجابية هذا الموسم.',
      'اقرأ ما كتبه الرحالة عن زيتون نينوى لتعرف قِدم هذه الشجرة.',
      'حقوق المزارعين في مياه الري ما زالت موضع خلاف مع القرى المجاورة.',
      'الكلمات الأولى للمزارع العائد كانت عن أشجاره لا عن بيته.',
      'إعلان موعد فتح المعاصر جاء متأخراً بسبب الأمطار.',
      'المزيد من الأشجار ستُزرع في الربيع المقبل بدعم من المنظمات.',
    ],
  },
};
