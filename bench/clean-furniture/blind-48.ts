/**
 * A fiftieth set, written on 7 December 2026 (13:19–13:25 UTC) by a helper who read none of the
 * cleaner, not even its label tables (the novelty check below compares with them), nor
 * docs/cleaning.md beyond its bullets on the earlier sets' sources, but the earlier sets,
 * `bench/clean-furniture/{kinds,fill,sets}.ts`, `bench/clean-eval.ts` and `bench/clean-novelty.ts`;
 * it is to be run once, by name. Like blind-13 to blind-47 it is furniture as real sites print it,
 * from outlets, regions and kinds of site those sets left out: in English, the Dutch Caribbean (The
 * Daily Herald of Sint Maarten with "PHILIPSBURG--" datelines, "Daily Herald Staff" bylines and "(…
 * photo)" credits; the Curaçao Chronicle with "WILLEMSTAD –"), the Turks and Caicos Islands
 * (Magnetic Media, the Government Information Services' press releases, EST stamps), Timor-Leste
 * (the Tatoli agency with "DILI, … (TATOLI)—" datelines, "TATOLI/" credits and TLT stamps) and Laos
 * (the Vientiane Times, the KPL agency's "(KPL)" datelines, the Laotian Times), a defence
 * public-affairs hub (DVIDS, with "Story by Sgt." and "Courtesy Story |" lines, "Date Taken:" and
 * "Date Posted:" stamps with dotted dates, "(U.S. Army photo by Spc. …)" and "Photo By … |"
 * credits, its full-resolution downloads and its copyright notice) and a lifeboat charity's station
 * news (the RNLI, with "Photo: RNLI/" credits, lifeboat news releases, regional media contacts and
 * donation and volunteer appeals); in Arabic, local news networks of southern Syria (Suwayda 24,
 * the Horan Free League (تجمع أحرار حوران), Daraa 24, with Levantine month names, Damascus time,
 * circulated photos and a Telegram channel), Gulf police media pages (Dubai Police with a
 * security-media department, traffic-campaign photos and app), stock exchanges' disclosure pages
 * (Boursa Kuwait, the Egyptian Exchange: disclosure dates, PDF disclosures, earlier disclosures of
 * the company) and cultural festivals' press centres (the Sharjah International Book Fair and the
 * Sharjah Book Authority, the Cairo International Film Festival: press accreditation, tickets,
 * stills from competition films, the day's events). Six to eight phrasings per kind and language,
 * the first three of each list the commoner on real pages; Latin and Arabic-Indic digits in Arabic;
 * its own names, outlets, places (towns of Sint Maarten and Saint-Martin, Bonaire, the Turks and
 * Caicos, Timor-Leste and Laos in English; of the Suwayda and Daraa governorates in Arabic),
 * sections and tags; ten look-alikes a language, sentences of a sea-rescue story in English and of
 * a story on the grape harvest in Arabic that open as furniture does and must stay. Checked by
 * `DIRS=bench/clean-furniture,src/core/ingest,tests/fixtures node bench/clean-novelty.ts --set
 * blind-48` against every earlier set, the fixtures and the label tables (0 overlaps after
 * revising, in nine passes (75, 27, 12, 1, then 0 five times), the 75 it flagged in the first: 73
 * on 32 phrasings the tables, fixtures or earlier sets had, 18 English and 14 Arabic, and an
 * English and an Arabic section; the second flagged 27, on 11 revised phrasings, 5 English and 6
 * Arabic; the third 12, on 5 revised phrasings, 2 English and 3 Arabic; the fourth 1, on a revised
 * English comments line; the fifth found none, and so did the four after later edits: this comment,
 * its registration and the formatting; its counts and times filled in; the comment rewrapped; these
 * counts corrected), and committed before its only run (`npm run eval:clean -- --set blind-48`;
 * `--set all` leaves it out until then).
 */
import type { TemplateSet } from './kinds.ts';

export const BLIND_48: TemplateSet = {
  templates: {
    en: {
      breadcrumb: [
        'The Daily Herald › {s1} › {s2}',
        'Magnetic Media | {s1}',
        'DVIDS › News › {s1}',
        'RNLI › News and media › {s1}',
        'Curaçao Chronicle - {s1}',
        'Home » Government » Press Releases » {y}',
        'Vientiane Times > {s1} > {s2}',
        'TATOLI / {s1}',
      ],
      timestamp: [
        'Date Posted: {mm}.{dd}.{y} {HH}:{M}',
        'Posted on {wd}, {mon} {d}, {y}',
        '{dd} {mon} {y} | {HH}:{M} TLT',
        'Date Taken: {mm}.{dd}.{y}',
        '{dd}/{mm}/{y} · Lifeboat news release',
        '{mon} {d}, {y} {h12}:{M} {AMPM} EST',
        'Released: {d} {mon} {y}, {HH}:{M} (Vientiane time)',
      ],
      byline: [
        'Story by Sgt. {name}',
        'By {name}, Daily Herald Staff',
        'Reported by {name} / KPL',
        'RNLI media contact: {name}, Regional Media Manager',
        'By {name} | Magnetic Media',
        'Written by {name} for the Vientiane Times',
        'Government Information Services, Turks and Caicos Islands',
        'Story by Petty Officer 2nd Class {name} | Coast Guard District 7',
      ],
      dateline: [
        'PHILIPSBURG--',
        'WILLEMSTAD –',
        'DILI, {d} {mon} {y} (TATOLI)—',
        '{PLACE}, {mon} {d} (Laotian Times) –',
        'Vientiane, {mon} {d} (KPL) –',
        'PROVIDENCIALES, TCI –',
        'GRAND TURK –',
      ],
      caption: [
        '(U.S. Army photo by Spc. {credit})',
        'Photo: RNLI/{credit}',
        'Photo By Staff Sgt. {credit} | 10th Mountain Division',
        '({credit} photo)',
        'Photo: TATOLI/{credit}',
        'The all-weather lifeboat returns to station after the call-out. Credit: RNLI/{credit}',
        'File photo: Magnetic Media',
        'Soldiers unload supplies at the port. (U.S. Air National Guard photo by Master Sgt. {credit})',
      ],
      source: [
        'Source: Government Information Services (GIS)',
        'Press release issued by {source}',
        'Information provided by {source}',
        'News release — {source}',
        'This story was shared by {source}',
        'Courtesy Story | {source}',
        'The following statement was issued by {source}.',
      ],
      tags: [
        'TAGS: {t1} | {t2} | {t3}',
        'Tags • {t1} • {t2}',
        'Subjects: {t1}, {t2}',
        'Tagged under: {t1} / {t2}',
        'Topics in this release: {t1} · {t2}',
        'Related tags — {t1}',
      ],
      share: [
        'Download Full Resolution',
        'Share to Messenger',
        'Forward this release',
        'Share with a friend by email',
        'Share this lifeboat story',
        'Link copied!',
      ],
      comments: [
        'No comments yet. Start the conversation.',
        'Leave a Reply Cancel reply',
        'Commenting on this article has closed.',
        'Guest comments are held for approval',
        'Comments ({n}) | Add your comment',
        'Comments ({n}) – newest first',
      ],
      related: [
        'More lifeboat news',
        'More from the Daily Herald',
        'Other news from Timor-Leste',
        'Related releases',
        'Next story: {rel}',
        'More stories from this unit',
      ],
      copyright: [
        '© {y} The Daily Herald. All rights reserved.',
        'Copyright © {y} Magnetic Media',
        '© RNLI {y}',
        'This work, by {name}, identified by DVIDS, must comply with the restrictions shown on its copyright page.',
        'Tatoli © {y}',
        'Copyright © Vientiane Times {y}',
        '© {y} Curaçao Chronicle',
      ],
      advertisement: [
        'Donate to the RNLI',
        'Subscribe to the Daily Herald',
        'Advertise with Magnetic Media',
        'Get the DVIDS app',
        'Become a lifeboat volunteer',
        'Book your ad in the Vientiane Times',
      ],
    },
    ar: {
      breadcrumb: [
        'السويداء 24 › {s1}',
        'تجمع أحرار حوران | {s1} | {s2}',
        'الرئيسية › المركز الإعلامي › أخبار الشرطة',
        'بورصة الكويت > الإفصاحات > {s1}',
        'معرض الشارقة الدولي للكتاب / الأخبار / {s1}',
        'مهرجان القاهرة السينمائي الدولي » المركز الصحفي',
        'درعا 24 - {s1}',
      ],
      timestamp: [
        'نُشر بتاريخ {d} {monLev} {y}',
        '{dd}-{mm}-{y} | {HH}:{M} بتوقيت دمشق',
        'تاريخ الإفصاح: {dd}/{mm}/{y} – الساعة {HH}:{M}',
        '{wd}، {dA} من {monAr} {yA}',
        'تاريخ النشر {yA}/{mmA}/{ddA}',
        'آخر تحديث {HH}:{M} – {d}/{m}/{y}',
      ],
      byline: [
        'السويداء 24 – {name}',
        'رصد: {name} – تجمع أحرار حوران',
        'كتبه: {name} | درعا 24',
        'الإدارة العامة للإعلام الأمني',
        'المكتب الإعلامي لمعرض الشارقة الدولي للكتاب',
        'تغطية: {name} من الشارقة',
        'مراسل تجمع أحرار حوران {name}',
      ],
      dateline: [
        'درعا – تجمع أحرار حوران',
        '{place} – السويداء 24',
        'دبي – شرطة دبي:',
        'الشارقة – معرض الشارقة للكتاب:',
        'الكويت – بورصة الكويت',
        'القاهرة – المركز الصحفي للمهرجان:',
        'ريف درعا الغربي – درعا 24',
      ],
      caption: [
        'صورة أرشيفية لمدينة السويداء',
        'الصورة: تجمع أحرار حوران',
        'من الحملة المرورية – شرطة دبي',
        'جانب من فعاليات المعرض (تصوير: {credit})',
        'لقطة من الفيلم المشارك في المسابقة الدولية',
        'عدسة: {credit} – درعا 24',
        'صورة متداولة للحادثة',
      ],
      source: [
        'المصدر: القيادة العامة لشرطة دبي',
        'المصدر: إفصاح {source}',
        'بحسب ما أفاد به {source}',
        'ذلك حسب إفصاح نشرته {source}',
        'المعلومات الواردة من {source}',
        'نقلاً عن إفصاح منشور على موقع {source}',
      ],
      tags: [
        'علامات: {t1}، {t2}',
        'الوسوم: {t1} – {t2} – {t3}',
        'تابع أيضاً: {t1} | {t2}',
        'مرتبط بـ: {t1}',
        'الموضوعات المرتبطة: {t1} / {t2}',
        'مواضيع الإفصاح: {t1}',
      ],
      share: [
        'مشاركة على فيس بوك',
        'شارك على منصة إكس',
        'مشاركة الرابط عبر البريد',
        'مشاركة الإفصاح',
        'تحميل الإفصاح (PDF)',
        'شارك الخبر على واتساب',
      ],
      comments: [
        'التعليق متاح للأعضاء المسجلين فقط',
        'أضف تعليقاً على المنشور',
        'تعليقات الزوار: {n}',
        'يجب تسجيل الدخول للتعليق',
        'ما رأيك في الفيلم؟ اكتب تعليقك',
        'تعليقات القراء لا تعبر عن رأي الموقع',
      ],
      related: [
        'اقرأ في السويداء 24 أيضاً',
        'إفصاحات سابقة للشركة',
        'المزيد من أخبار الشرطة',
        'أفلام المسابقة الدولية',
        'آخر أخبار الجنوب السوري',
        'فعاليات اليوم في المعرض',
      ],
      copyright: [
        '© {y} السويداء 24',
        'جميع الحقوق محفوظة لتجمع أحرار حوران {y}',
        '© {yA} شرطة دبي',
        'حقوق النشر © بورصة الكويت {y}',
        'جميع الحقوق محفوظة © هيئة الشارقة للكتاب {y}',
        '© مهرجان القاهرة السينمائي الدولي {y}',
      ],
      advertisement: [
        'حمّل تطبيق شرطة دبي',
        'احجز تذكرتك الآن',
        'سجّل للحصول على بطاقة الاعتماد الصحفي',
        'اشترك في خدمة التنبيهات',
        'انضم إلى قناة السويداء 24 على تلغرام',
        'ادعم السويداء 24',
      ],
    },
  },
  pools: {
    en: {
      name: [
        'Sherwin Richardson',
        'Yolanda Arrindell',
        'Deandra Forbes',
        'Nelson da Costa',
        'Souksavanh Keola',
        'Gareth Penrose',
      ],
      source: [
        'Sint Maarten Police Force',
        'Turks and Caicos Islands Tourist Board',
        'Curaçao Ports Authority',
        'Timor-Leste Ministry of Health',
        'Lao Ministry of Public Works and Transport',
        'Joint Task Force-Bravo',
      ],
      credit: ['Remy Arrindell', 'Oscar Ximenes', 'Phonesavanh Inthavong', 'Tegan Marsh', 'Kyle Hosmer'],
      section: [
        'Sint Maarten',
        'Caicos',
        'Municipalities',
        'Lifeboats',
        'Saint Martin',
        'Northern provinces',
        'Bonaire',
      ],
      tag: ['Sargassum', 'Search and rescue', 'Hurricane season', 'Coffee exports', 'Rabies', 'Port expansion'],
      place: ['Simpson Bay', 'Marigot', 'Kralendijk', 'Cockburn Town', 'Baucau', 'Maliana', 'Luang Prabang', 'Pakse'],
      rel: [
        'Sargassum clean-up begins at Great Bay beach',
        'Baucau market reopens after floods',
        'Crew rescue paddleboarder off Padstow',
      ],
    },
    ar: {
      name: ['ريان معروف', 'ماهر شرف الدين', 'نورس أبو فخر', 'عامر الحوراني', 'سلمى الزعبي', 'فراس المقداد'],
      source: [
        'شركة الاتصالات المتنقلة',
        'القيادة العامة لشرطة الشارقة',
        'مؤسسة مياه السويداء',
        'هيئة الشارقة للكتاب',
        'البورصة المصرية',
        'مديرية زراعة درعا',
      ],
      credit: ['همام الخطيب', 'وئام الشوفي', 'كنان المحاميد', 'رشا عزام', 'طارق الحلبي'],
      section: ['ريف السويداء', 'حوادث', 'الإفصاحات الفصلية', 'الجنوب السوري', 'البرنامج الثقافي', 'السلامة المرورية'],
      tag: ['موسم العنب', 'أزمة المياه', 'توزيع الأرباح', 'السلامة المرورية', 'جوائز المعرض', 'المسابقة الرسمية'],
      place: ['شهبا', 'صلخد', 'القريّا', 'نوى', 'بصرى الشام', 'جاسم', 'إزرع', 'طفس'],
      rel: ['انقطاع المياه عن أحياء شهبا', 'ارتفاع أرباح البنوك في الربع الثالث', 'إعلان ضيف شرف المعرض'],
    },
  },
  lookalikes: {
    en: [
      'Courtesy calls to every boat owner in Simpson Bay went out the night before.',
      'Photo evidence of the damaged hull was sent to the insurer within an hour.',
      'Share of rescues involving paddleboards has doubled in five years, the charity says.',
      'Posted at the harbour master’s office, the notice warned of rough seas.',
      'Related training days for volunteers are held every Thursday in Kralendijk.',
      'Source of the oil slick near Marigot has not yet been found.',
      'Comments by the skipper were brief: the crew did what they train for.',
      'Tagged seabirds from Cockburn Town have been spotted as far away as Florida.',
      'Copyright on the rescue footage belongs to the passenger who filmed it.',
      'Date palms along the Baucau road were flattened by the storm.',
    ],
    ar: [
      'المصدر الوحيد لدخل مئات العائلات في شهبا هو كروم العنب.',
      'تصوير الكروم من الجو أظهر حجم الضرر الذي خلّفه البَرَد.',
      'نُشر الخبر في القرى المجاورة قبل أن تعلنه مديرية الزراعة.',
      'تابع المزارعون في صلخد أسعار الدبس بقلق هذا الموسم.',
      'شارك أهالي القريّا في قطاف العنب كما يفعلون كل عام.',
      'الوسوم الملونة على الصناديق تشير إلى نوع العنب ومصدره.',
      'حقوق التجار الصغار ضاعت بين الوسطاء وأصحاب البرادات.',
      'تعليقات المزارعين على الأسعار الجديدة كانت غاضبة في معظمها.',
      'اقرأ على الصناديق اسم القرية، يقول أحد التجار، تعرف جودة العنب.',
      'إعلان مديرية الزراعة عن دعم الأسمدة جاء متأخراً هذا العام.',
    ],
  },
};
