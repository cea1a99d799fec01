/**
 * A twenty-sixth set, written on 6 December 2026 (05:02–05:12 UTC) by a helper who read none of
 * the cleaner, not even its label tables (the novelty check below compares with them), but the
 * earlier sets,
 * `bench/clean-furniture/{kinds,fill,sets}.ts`, `bench/clean-eval.ts` and
 * `bench/clean-novelty.ts`; it is to be run once, by name. Like blind-13 to blind-23 it is
 * furniture as real news sites print it, from outlets, platforms and regions those sets left out:
 * New Zealand regional papers (the Otago Daily Times and Allied Press, Stuff-style NZDT stamps,
 * Local Democracy Reporting's NZ On Air line), Pakistani and Bangladeshi English dailies not yet
 * used (The Express Tribune, The News, Business Recorder, the Dhaka Tribune, The Business
 * Standard, with PKT and "Photo: Collected"), Nepali and Sri Lankan sites (The Kathmandu Post and
 * Kantipur, Republica, the RSS wire, NPT; Newsfirst and the Capital Maharaja group, SLST) and the
 * Asia News Network's syndication lines, Viber and imo share buttons; in Arabic, Iraqi Kurdistan
 * and Basra outlets (Kurdistan24, Basnews, Al-Mirbad, with Erbil time and the Basra governorate's
 * media office), Qatari and Kuwaiti papers not yet used (Al-Raya, Al-Anba, with issue numbers),
 * Egyptian private sites not yet used (Cairo 24, Sada El Balad, Al-Shorouk, with their
 * day/month/year stamps and "تاجات") and Arabic Google News ("عرض التغطية الكاملة", "منذ ٣
 * ساعة"). Six phrasings per kind and language, the first three of each list the commoner on real
 * pages, the other three less common but printed by real sites; Latin and Arabic-Indic digits in
 * Arabic; its own names, outlets, places (New Zealand, Pakistani, Bangladeshi, Sri Lankan and
 * Nepali towns in English; Basra, Kurdistan Region, Qatari, Kuwaiti and Egyptian ones in Arabic),
 * sections and tags; ten look-alikes a language, sentences of a public-health story that open as
 * furniture does (`Published figures…`, `Related symptoms…`, `Comments made by…`, `إعلان
 * الوزارة…`, `أخبار سارة…`, `بقلم الرصاص…`) and must stay. Checked by
 * `DIRS=bench/clean-furniture,src/core/ingest,tests/fixtures node bench/clean-novelty.ts --set
 * blind-24` against every earlier set (blind-23 too, and blind-25, written beside it), the
 * fixtures and the label tables (0 overlaps after revising, in three passes, the 96 it flagged in
 * the first, several to a phrasing: 75 on phrasings the tables, fixtures or earlier sets had,
 * two sections, three tags and a place earlier pools had in English, a credit, three sections,
 * five tags and six places in Arabic; the second pass flagged 24, the revised wordings and
 * substitutes among them; two timestamps reworded afterwards passed at once), and committed
 * before its only run (`npm run eval:clean -- --set blind-24`; `--set all` leaves it out until
 * then).
 */
import type { TemplateSet } from './kinds.ts';

export const BLIND_24: TemplateSet = {
  templates: {
    en: {
      breadcrumb: [
        'ODT › {s1} › {s2}',
        'The Express Tribune > {s1}',
        'Home | {s1} | Dhaka Tribune',
        'Kathmandu Post » {s1} » {s2}',
        'Newsfirst.lk / {s1}',
        'Business Recorder - {s1} - {s2}',
      ],
      timestamp: [
        '{dd} {mon}, {y}, {h12}:{M} {ampm} Last modified: {dd} {mon}, {y}',
        'Published at : {mon} {d}, {y} {HH}:{M}',
        '{HH}:{M}, {mon3} {dd} {y} NZDT',
        '{HH}:{M} NPT, {mon} {d}, {y}',
        'Updated {dd}-{mm}-{y} {HH}:{M} PKT',
        '{mon} {dd}, {y} | {h12}:{M} {AMPM} (SLST)',
      ],
      byline: [
        'By {name} — The Express Tribune',
        '{name} | TBS Report',
        'By {name} | Dhaka Tribune',
        '{name} is the ODT’s health reporter.',
        'Story by {name} (Republica)',
        '{name} | Newsfirst Sri Lanka',
      ],
      dateline: [
        '{PLACE}: (RSS) —',
        '{PLACE} (Dhaka Tribune) —',
        '{place}, {mon} {d} (Newsfirst):',
        '{PLACE} (TBS):',
        '{place} ■ ODT',
        '{PLACE}, {mon3} {d} (The News) –',
      ],
      caption: [
        'Representational image. Photo: Collected',
        'Staff at the hospital’s vaccination clinic on Tuesday. PHOTO: {credit}',
        'File image: {credit} / The Kathmandu Post',
        'Patients wait outside the outpatient department. Photo: Dhaka Tribune',
        'Image credit: {credit} via Newsfirst',
        '— Photo: {credit}/Express',
      ],
      source: [
        '— {source}/ANN',
        'First carried by {source}; republished under a content-sharing agreement.',
        'Source: {source} (Asia News Network)',
        'Local Democracy Reporting is public interest journalism funded through NZ On Air.',
        'Shared by {source}, a member of the Asia News Network',
        'Reproduced from the print edition of {source}',
      ],
      tags: [
        'Related Topics — {t1} · {t2}',
        'Read More News About: #{t1} #{t2}',
        'Topics : {t1} , {t2}',
        'Go deeper: {t1} »',
        'Filed under {t1} and {t2}',
        'More on {t1} ▸',
      ],
      share: [
        'Join our WhatsApp channel for the latest news',
        'Follow Dhaka Tribune on Google News',
        'Get the ODT app',
        'Share via Viber',
        'Download the Newsfirst app',
        'Share on imo',
      ],
      comments: [
        'Readers’ comments: {n}',
        'The views expressed by commenters are their own.',
        'Log in with your ODT account to comment',
        'Posting rules: keep it civil and on topic',
        '{n} people have replied',
        'Have your say: {n}',
      ],
      related: [
        'Most Read in {s1}',
        'Picked for you by our editors',
        'READ: {rel} ↗',
        'Top stories from ODT',
        'You may also be interested in',
        'From around Aotearoa',
      ],
      copyright: [
        'Copyright © {y} Allied Press Limited',
        '© {y} The Express Tribune. All rights reserved.',
        'Copyright © {y} Kantipur Publications Pvt. Ltd.',
        '© Dhaka Tribune {y}',
        'All content © Capital Maharaja Organisation Ltd.',
        'The Business Standard © {y} · Unauthorised use prohibited',
      ],
      advertisement: [
        'Scroll down to continue reading the story',
        'ADVERTISEMENT – CONTINUE READING BELOW',
        'Brought to you in association with {source}',
        'Ad Feature',
        'Want to advertise here? Contact our sales team',
        'Sponsored by {source} · Ad',
      ],
    },
    ar: {
      breadcrumb: [
        'كوردستان24 › {s1}',
        'الراية » {s1} » {s2}',
        'القاهرة 24 | {s1}',
        'صدى البلد / {s1} / {s2}',
        'الأنباء الكويتية - {s1}',
        'أخبار Google › {s1}',
      ],
      timestamp: [
        '{wd} {dd}/{monAr}/{y} - {HH}:{M}',
        'نشر في: {dd} {monAr} {y} - {HA}:{MA}',
        'تاريخ النشر {ddA}-{mmA}-{yA} الساعة {HA}:{MA}',
        '{HH}:{M} بتوقيت أربيل، {dd}-{mm}-{y}',
        'منذ {n} ساعة',
        '{wd} {dA} {monAr} {yA} - العدد {n}',
      ],
      byline: [
        '{name} - كوردستان24',
        'كتبت ـ {name}:',
        'بقلم: {name} | الراية',
        'إعداد التقرير ـ {name}',
        '{name} - صدى البلد',
        'تحرير: {name} | القاهرة 24',
      ],
      dateline: [
        '{place} - كوردستان24',
        '{place} - «الأنباء»:',
        '{place} - القاهرة 24',
        '{place} | باسنيوز',
        '{place}: الراية',
        '{place} – شبكة المربد',
      ],
      caption: [
        'صورة أرشيفية للمستشفى',
        'جانب من حملة التطعيم - تصوير: {credit}',
        'الصورة من المكتب الإعلامي لمحافظة البصرة',
        'عدسة {credit} - الراية',
        'صورة ملتقطة من مقطع فيديو',
        '© {credit} | القاهرة 24',
      ],
      source: [
        'هذا المحتوى منقول عن {source} والموقع غير مسؤول عنه',
        'وفقاً لما نشره موقع {source}',
        'المصدر: {source} - بتصرف',
        'للمزيد من التفاصيل اقرأ الخبر على {source}',
        'أُنتج هذا التقرير بالتعاون مع {source}',
        'الخبر من {source} عبر أخبار Google',
      ],
      tags: [
        'تاجات: {t1} | {t2}',
        'الكلمات المفتاحية {t1} {t2}',
        'وسوم: {t1} ، {t2}',
        'الهاشتاج: #{t1}',
        'تصفح المزيد حول {t1} و{t2}',
        'موضوعات: {t1} - {t2} - {t3}',
      ],
      share: [
        'تابع القاهرة 24 على أخبار جوجل',
        'انضم لقناتنا على تيليجرام',
        'رابط مختصر للمشاركة',
        'مشاركة عبر فايبر',
        'اضغط هنا للاشتراك في النشرة',
        'أرسل هذا الموضوع إلى صديق',
      ],
      comments: [
        'آراء القرّاء ({n})',
        'لا توجد تعليقات حتى الآن',
        'اكتب تعليقك هنا...',
        'الآراء الواردة في التعليقات تخص كتّابها ولا تمثل الموقع',
        '{n} مشاركة من القراء',
        'سجّل دخولك لإضافة تعليق',
      ],
      related: [
        'عرض التغطية الكاملة',
        'أخبار متعلقة من كوردستان24',
        'الأعلى قراءة | {s1}',
        'قد يعجبك أيضاً من الراية',
        'اقرأ ايضا: {rel}',
        'المزيد من كوردستان24',
      ],
      copyright: [
        'كوردستان24 © {y} – الحقوق كافة محفوظة',
        'جريدة الراية {y} ©، حقوق الطبع محفوظة',
        'جميع حقوق النشر محفوظة لموقع القاهرة 24',
        '© {yA} دار الشروق',
        'يحظر نسخ أو نقل المحتوى دون إذن مسبق',
        '© صدى البلد {y}',
      ],
      advertisement: [
        '- إعلان مدفوع الأجر -',
        'محتوى تسويقي برعاية {source}',
        'يستكمل الموضوع أسفل الإعلان',
        'مساحة إعلانية ٣٠٠×٢٥٠',
        'ترويج تجاري | {source}',
        'للإعلان على الموقع اتصل بنا',
      ],
    },
  },
  pools: {
    en: {
      name: [
        'Hemi Tautahi-Walker',
        'Rabia Anwar Siddiqui',
        'Tanvir Hasan Chowdhury',
        'Nuwanthi Abeysekera',
        'Sushila Adhikari Bhandari',
        'Fergus McAlpine-Reid',
      ],
      source: [
        'Waitaki Herald',
        'Sukkur Mail',
        'Rajshahi Observer',
        'Kandy Morning Leader',
        'Pokhara Valley Times',
        'Southland Ledger',
      ],
      credit: ['Gerard Tamihana', 'Zubair Qureshi', 'Sazzad Hossain', 'Dilshan Wickramage', 'Bikash Shrestha'],
      section: [
        'Otago',
        'Karachi Diary',
        'Bangladesh Health',
        'Regional Pakistan',
        'Sabaragamuwa',
        'Gandaki',
        'South Canterbury',
        'Khyber-Pakhtunkhwa',
      ],
      tag: [
        'Scrub typhus fever',
        'Typhoid conjugate vaccine',
        'Hand, foot and mouth disease',
        'Rabies vaccine shortage',
        'Snakebite envenoming',
        'Pertussis',
      ],
      place: [
        'Timaru',
        'Oamaru',
        'Whanganui',
        'Larkana',
        'Abbottabad',
        'Rangpur',
        'Bogura',
        'Kurunegala',
        'Batticaloa',
        'Biratnagar',
      ],
      rel: [
        'Whooping cough cases climb in South Canterbury schools',
        'Rangpur hospital runs out of anti-venom for a second week',
        'Nipah warning issued as date-palm sap season begins',
      ],
    },
    ar: {
      name: [
        'هوشيار عبد الله برزنجي',
        'مرتضى كاظم الإمارة',
        'نوف جاسم المهندي',
        'بدر فهد العازمي',
        'أسماء عبد الرازق شلبي',
        'كريم ممدوح الدسوقي',
      ],
      source: ['منبر شط العرب', 'نوافذ دهوك', 'ساحل الخور', 'ديوانية الجهراء', 'بوابة المنيا', 'رصيف بني سويف'],
      credit: ['دلشاد عمر', 'علي حسين المالكي', 'حمد الكبيسي', 'مشاري الرشيدي', 'أحمد عبد المنعم الشافعي'],
      section: [
        'شؤون الإقليم',
        'البصرة اليوم',
        'محليات قطرية',
        'شؤون كويتية',
        'محافظات مصر',
        'طب وعافية',
        'ملفات خاصة',
        'أخبار عاجلة',
      ],
      tag: [
        'النكاف',
        'الكوليرا في البصرة',
        'حبة بغداد',
        'فقر الدم المنجلي',
        'الإسهال المائي الحاد',
        'ديدان البلهارسيا',
      ],
      place: [
        'الزبير',
        'أبو الخصيب',
        'العمادية',
        'زاخو',
        'مسيعيد',
        'أم صلال',
        'الصليبية',
        'الجليب',
        'بني سويف',
        'سمالوط',
      ],
      rel: [
        'ارتفاع إصابات النكاف في أبو الخصيب',
        'قوافل طبية لمكافحة البلهارسيا تجوب قرى سمالوط',
        'مستشفى الصليبية يستقبل حالات إسهال من مدرسة',
      ],
    },
  },
  lookalikes: {
    en: [
      'Published figures from the district health office show 212 cases of typhoid since July.',
      'Share of households with a working latrine has doubled in the village in five years.',
      'Photo identification is no longer needed to get a free dose at the clinic.',
      'Related symptoms, such as a stiff neck and a rash, should be reported at once.',
      'Tagged with a red wristband, patients who may carry the virus are kept in a separate ward.',
      'Most read the leaflets, the nurses said, but few kept the follow-up appointment.',
      'Advertisements placed in Urdu newspapers urged parents to bring children for the second dose.',
      'Home visits by lady health workers reached every house in the union council by Friday.',
      'Comments made by the minister on Monday angered doctors who had worked through the strike.',
      'Sign language interpreters now stand beside the health officer at every briefing.',
    ],
    ar: [
      'إعلان الوزارة عن الحملة جاء بعد تسجيل ثلاث وفيات في الزبير.',
      'متابعة الحالات المخالطة تتم يومياً عبر فرق الرصد الوبائي.',
      'صورة الوضع في مستشفيات البصرة لا تزال قاتمة، وفق أطباء.',
      'أخبار سارة حملها الفريق الطبي إلى أهالي العمادية بعد انحسار الإصابات.',
      'جميع الأطفال في المدرسة خضعوا للفحص خلال يومين.',
      'التعليقات التي أدلى بها الوزير أثارت غضب نقابة الأطباء.',
      'كلمات الوزير في المؤتمر الصحفي طمأنت الأهالي في الجليب.',
      'المزيد من الفرق الطبية وصل إلى أم صلال صباح الأحد ٦ ديسمبر.',
      'محتوى الحقيبة الصحية يكفي أسرة من خمسة أفراد لمدة شهر.',
      'بقلم الرصاص كتب الأطفال أسماءهم على بطاقات التطعيم.',
    ],
  },
};
