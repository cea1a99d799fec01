/**
 * A fortieth set, written on 6 December 2026 (19:53–19:59 UTC) by a helper who read none of the
 * cleaner, not even its label tables (the novelty check below compares with them), nor
 * docs/cleaning.md beyond its paragraphs on the earlier sets' sources, but the earlier sets,
 * `bench/clean-furniture/{kinds,fill,sets}.ts`, `bench/clean-eval.ts` and `bench/clean-novelty.ts`;
 * it is to be run once, by name. Like blind-13 to blind-37 it is furniture as real sites print it,
 * from outlets and regions those sets left out: in English, Canadian Indigenous media (APTN
 * National News of Winnipeg with "(APTN)" datelines and CT stamps, Nunatsiaq News of Iqaluit with
 * Nortext's copyright, Government of Nunavut paid notices and comments in Inuktitut, the Local
 * Journalism Initiative's support line), Australian Indigenous media (NITV, the Koori Mail with its
 * subscriber appeal and letters to the editor, CAAMA Radio of Alice Springs with its on-air lines,
 * the National Indigenous Radio Service, the warning to Aboriginal and Torres Strait Islander
 * readers about images of people who have died), with ACST and AEST; Irish local papers (Iconic
 * Media's Donegal Democrat and Kilkenny People, with "Co Donegal" datelines, e-paper plugs and IST)
 * and police press offices (An Garda Síochána's Press Office with its appeals and handout photos,
 * the PSNI's news pages, CCTV stills); in Arabic, Palestinian local radio (Radio Ajyal of Ramallah,
 * Raya FM, Radio Bethlehem 2000: Jerusalem time, live streams, listeners' comments, on-air ad
 * bookings, "إعداد وتقديم" programme credits), Palestinian university news pages (An-Najah National
 * University, Birzeit University, with their public-relations departments) and an Egyptian
 * governorate portal (Sohag's, with its media centre and official notices). Six to eight phrasings
 * per kind and language, the first three of each list the commoner on real pages; Latin and
 * Arabic-Indic digits in Arabic; its own names, outlets, places (towns of Nunavut, Manitoba, the
 * Northern Territory, Donegal and Kilkenny in English; West Bank towns and towns of Sohag in
 * Arabic), sections and tags; ten look-alikes a language, sentences of a public-health story that
 * open as furniture does and must stay. Checked by `DIRS=bench/clean-furniture,src/core/ingest,
 * tests/fixtures node bench/clean-novelty.ts --set blind-38` against every earlier set, the
 * fixtures and the label tables (0 overlaps after revising, in eight passes (70, 18, then 0 six
 * times), the 70 it flagged in the first: 64 on 35 phrasings the tables, fixtures or earlier sets
 * had, 10 English and 25 Arabic, and two sections, a tag and three places in Arabic; the second
 * pass flagged 18, on 8 revised phrasings, 2 English and 6 Arabic; the third found none, and so did
 * every pass after a later edit: an English stamp and an Arabic ad line reworded, the
 * registration, formatting and this comment), and committed before its only run (`npm run
 * eval:clean -- --set blind-38`; `--set all` leaves it out until then).
 */
import type { TemplateSet } from './kinds.ts';

export const BLIND_38: TemplateSet = {
  templates: {
    en: {
      breadcrumb: [
        'APTN News > {s1} > {s2}',
        'Home » Nunatsiaq News » {s1}',
        'NITV / {s1} / {s2}',
        'Koori Mail › {s1}',
        'Donegal Democrat | {s1} | {s2}',
        'An Garda Síochána › Press Office › {s1}',
        'PSNI ▸ News ▸ {s1}',
      ],
      timestamp: [
        'Posted: {mon} {d}, {y} {h12}:{M} {ampm} CT',
        '{d} {mon} {y} at {h12}:{M}{ampm} ACST',
        'Last updated {wd} {d} {mon} {y}, {HH}:{M} IST',
        'Posted {mon3} {d}, {y} at {h12}:{M} {AMPM} EST (Iqaluit)',
        'Release date: {dd}/{mm}/{y} {HH}:{M}',
        'On air {wd}, {h12}:{M}{ampm} AEST',
        'First printed in the {mon} {d} edition',
      ],
      byline: [
        '{name} | APTN National News',
        'By {name}, Nunatsiaq News reporter',
        'Reporter: {name}, CAAMA Radio',
        'Words by {name}, Koori Mail',
        'By {name} — Kilkenny People',
        'Story by {name}, NITV News',
        '{name} and {name2}, Echo reporters',
      ],
      dateline: [
        'WINNIPEG (APTN) —',
        'IQALUIT, Nunavut —',
        '{PLACE} (Nunatsiaq) —',
        'ALICE SPRINGS, Mparntwe —',
        'LETTERKENNY —',
        '{place}, Co Donegal:',
        'BELFAST, PSNI Press Office —',
      ],
      caption: [
        'Submitted photo: {credit}/APTN',
        '(Photo by {credit}/Nunatsiaq News)',
        'Picture: {credit}, Koori Mail',
        'Image supplied by {credit} to NITV',
        'Pic: {credit} / Donegal Democrat',
        'Photo: Garda Press Office handout',
        'CCTV still released by police',
      ],
      source: [
        'Includes reporting from {source}.',
        'This story was produced with support from the Local Journalism Initiative.',
        'Details provided to NITV by {source}',
        'Released by the Garda Press Office for {source}.',
        'This report was first broadcast on CAAMA Radio.',
        'Aboriginal and Torres Strait Islander readers are advised that this article contains images of people who have died.',
        'Story shared through the National Indigenous Radio Service.',
      ],
      tags: [
        'Story topics: {t1}, {t2}',
        'Filed under {t1} | {t2} | {t3}',
        'Keywords — {t1}; {t2}',
        'Nunavut news tags: {t1}',
        'More about {t1} and {t2}',
        'Listed in: {t1} · {t2}',
      ],
      share: [
        'Share this APTN story',
        'Send this to a friend',
        'Follow APTN News on Instagram',
        'Tune in to NITV on channel 34',
        'Listen live: CAAMA Radio 100.5 FM',
        'Share this appeal with your neighbours',
      ],
      comments: [
        'Comments are closed on this story.',
        'Letters to the editor: email the Koori Mail',
        'Join the discussion below ({n} comments)',
        'Nunatsiaq News welcomes comments in Inuktitut and English',
        'Comments are reviewed before they appear',
        'Got a story? Contact the newsroom on WhatsApp',
      ],
      related: [
        'More from APTN National News',
        'Other stories from Nunavut',
        'Latest Garda press releases',
        'You may also like: {rel}',
        'Top stories in Donegal',
        'More NITV News',
        'Previous appeal: {rel}',
      ],
      copyright: [
        '© {y} Aboriginal Peoples Television Network',
        '© {y} Nortext Publishing Corp. All rights reserved.',
        'Copyright © Koori Mail {y}',
        '© Iconic Media Group {y} — reproduction without permission prohibited',
        '© Police Service of Northern Ireland {y}',
        'Copyright {y} An Garda Síochána',
        '© {y} CAAMA Productions',
      ],
      advertisement: [
        'Advertising feature from a Kilkenny business',
        'Public notice',
        'Support Indigenous journalism — become a Koori Mail subscriber',
        'Proudly sponsored by Nunavut Tourism',
        'Buy the Donegal Democrat e-paper',
        'Paid notice from the Government of Nunavut',
        'Story continues after the ad break',
      ],
    },
    ar: {
      breadcrumb: [
        'الرئيسية ‹ أخبار محلية ‹ {s1}',
        'راديو أجيال / {s1}',
        'بيت لحم 2000 » {s1} » {s2}',
        'جامعة النجاح الوطنية › أخبار الجامعة › {s1}',
        'بوابة محافظة سوهاج | {s1}',
        'جامعة بيرزيت ◂ الأخبار ◂ {s1}',
        'رايـة FM - {s1}',
      ],
      timestamp: [
        'تاريخ الإضافة {dd}/{mm}/{y} – {HH}:{M}',
        '{wd} {d} {monLev} {y} | {HH}:{M} بتوقيت القدس',
        'أُذيع بتاريخ {dA} {monAr} {yA}',
        '{ddA}.{mmA}.{yA} - {HA}:{MA}',
        'آخر تحديث قبل {n} دقيقة',
        'أُضيف الخبر يوم {wd} الموافق {d}-{m}-{y}',
        'بث في نشرة الساعة {H}',
      ],
      byline: [
        'كتب – {name} | أجيال',
        'رام الله - راديو أجيال - {name}',
        'مراسل راية: {name}',
        'المركز الإعلامي لمحافظة سوهاج - {name}',
        'دائرة العلاقات العامة في الجامعة - {name}',
        'تقرير لمراسلتنا {name}',
        'إعداد وتقديم: {name} و{name2}',
      ],
      dateline: [
        'نابلس - أجيال:',
        'بيت لحم /2000/ -',
        '{place} - رايـة:',
        'سوهاج - المركز الإعلامي:',
        '{place} (فلسطين) –',
        'بيرزيت –',
        'محافظة سوهاج، {place}:',
      ],
      caption: [
        'من أرشيف الإذاعة',
        'تصوير: {credit} - أجيال',
        'الصورة: المركز الإعلامي للمحافظة',
        '(عدسة {credit})',
        'من الفعالية - جامعة النجاح',
        'الصورة بعدسة مراسلنا {credit}',
        'صورة أرشيفية لمبنى المحافظة',
      ],
      source: [
        'المصدر: أجيال عن {source}',
        'وفق بيان صادر عن {source}',
        'نقلاً عن إذاعة بيت لحم 2000',
        'أنتج بالتعاون مع {source}',
        'أعدت هذه المادة ضمن برنامج إذاعي مع {source}.',
        'عن الصفحة الرسمية لـ{source}',
        'بيان صحفي صادر عن دائرة العلاقات العامة',
      ],
      tags: [
        'وسوم الخبر: {t1}، {t2} – أجيال',
        'الكلمات الدالة: {t1} - {t2}',
        'موضوعات الخبر: {t1} | {t2} | {t3}',
        'مصنف تحت: {t1}',
        '#{t1} #{t2} #أجيال',
        'مرتبط: {t1}، {t2}',
      ],
      share: [
        'شارك الخبر مع مستمعي أجيال',
        'انشره على صفحتك في فيسبوك',
        'استمع للبث المباشر',
        'تابعونا على تلغرام راديو أجيال',
        'أرسل الرابط عبر البريد',
        'حمل تطبيق راية FM',
      ],
      comments: [
        'اترك تعليقك هنا',
        'علّق على الخبر باسمك الحقيقي',
        'تعليقات المستمعين ({n})',
        'أضف رأيك في الخبر',
        'شارك برأيك عبر الهواء',
        'يحق للإدارة حذف التعليقات المسيئة',
      ],
      related: [
        'أخبار أخرى من أجيال',
        'اقرأ كذلك على موقع أجيال: {rel}',
        'آخر أخبار الجامعة',
        'المزيد من أخبار المحافظة',
        'الأكثر استماعاً',
        'برامج أجيال',
        'ربما يهمك: {rel}',
      ],
      copyright: [
        'جميع الحقوق محفوظة © راديو أجيال {y}',
        '© {yA} شبكة راية الإعلامية',
        'حقوق النشر محفوظة لإذاعة بيت لحم 2000 © {y}',
        '© جامعة النجاح الوطنية {y}',
        'جميع الحقوق محفوظة لبوابة محافظة سوهاج {yA}',
        'جامعة بيرزيت {y} ©. كل الحقوق محفوظة',
      ],
      advertisement: [
        'إعلان مدفوع على موقع الإذاعة',
        'إعلانات المحافظة الرسمية',
        'لحجز إعلانك في رايـة اتصل على الرقم المجاني',
        'للإعلان على أثير أجيال اتصل بنا',
        'برعاية شركة الاتصالات',
        'نعود بعد الفاصل الإعلاني',
      ],
    },
  },
  pools: {
    en: {
      name: [
        'Kenneth Whitecloud',
        'Siobhán Ó Gallchóir',
        'Naullaq Arnaquq-Pitseolak',
        'Tanika Dhurrkay',
        'Ciarán McGettigan',
        'Marcia Longboat',
        'Jarrah Coulthard-Reid',
        'Declan Brophy',
      ],
      source: [
        'Nunavut Department of Health',
        'Qikiqtani General Hospital',
        'Central Australian Aboriginal Congress',
        'HSE Donegal Public Health',
        'First Nations Health Authority',
        'Police Service of Northern Ireland',
      ],
      credit: ['Emily Ridlington', 'Mick Tsikas', 'North West Newspix', 'Jeremy Keeshig', 'Aoife Phelan'],
      section: [
        'Nunavut',
        'Treaty Rights',
        'Indigenous Health',
        'Central Australia',
        'Inishowen News',
        'Garda Appeals',
        'Kivalliq',
        'Kilkenny Courts',
      ],
      tag: [
        'Tuberculosis in Nunavut',
        'Remote community clinics',
        'Aboriginal health workers',
        'Winter vomiting bug',
        'Missing persons appeal',
        'Housing on reserve',
      ],
      place: [
        'Rankin Inlet',
        'Pangnirtung',
        'Cambridge Bay',
        'Tennant Creek',
        'Yuendumu',
        'Buncrana',
        'Dungloe',
        'Thomastown',
        'Norway House',
        'Ballybofey',
      ],
      rel: [
        'TB screening clinic opens in Pangnirtung',
        'Tennant Creek families wait months for a dentist',
        'Buncrana nursing home closes to visitors',
      ],
    },
    ar: {
      name: ['رزان أبو الرب', 'معاذ دويكات', 'هبة الشلالدة', 'صابر عبد الموجود', 'أسيل الطويل', 'مصطفى الجرجاوي'],
      source: [
        'مديرية صحة نابلس',
        'وزارة الصحة الفلسطينية',
        'مديرية الشؤون الصحية بسوهاج',
        'مستشفى سوهاج الجامعي',
        'كلية الطب في جامعة النجاح',
        'الهلال الأحمر الفلسطيني في بيت لحم',
      ],
      credit: ['أحمد الخطيب', 'نور عرفات', 'محمود السوهاجي', 'ربى عياش', 'خالد زيادة'],
      section: [
        'أخبار القرى',
        'أخبار المحافظة',
        'شؤون جامعية',
        'عيادة أجيال',
        'نشرات أجيال',
        'مراكز ومدن',
        'الشمال',
        'برامج الصباح',
      ],
      tag: [
        'نزلات البرد في المدارس',
        'مستشفى رفيديا',
        'القوافل الطبية',
        'طلبة الطب',
        'حملة التطعيم المدرسية',
        'مياه الشرب في القرى',
      ],
      place: ['طوباس', 'عقابا', 'بيت فوريك', 'تياسير', 'يطا', 'بيت ساحور', 'طهطا', 'جرجا', 'أخميم', 'المراغة'],
      rel: ['مستشفى رفيديا يفتتح قسماً جديداً', 'قافلة طبية مجانية في قرى جرجا', 'طلبة النجاح يتطوعون في حملة التطعيم'],
    },
  },
  lookalikes: {
    en: [
      'Posted nurses in Rankin Inlet work six-week rotations and rarely see the same patient twice.',
      'Topics raised at the community meeting in Pangnirtung ranged from housing to the cost of flights south.',
      'Information on the outbreak was slow to reach Yuendumu, where many families have no phone signal.',
      'Comments from the clinic manager in Tennant Creek suggest the ward will need two more doctors.',
      'Share houses in Buncrana were hit hardest, the public health doctor said.',
      'Listen to the elders first, the health board told its staff before the tuberculosis screening began.',
      'Public notice of the closure was posted on the door of the Dungloe health centre only on Friday.',
      'Photo identification is not needed to get a flu shot at the Cambridge Bay health centre.',
      'More than a hundred people queued outside the Norway House nursing station on the first morning.',
      'Story after story from Thomastown described waits of six hours in the emergency department.',
    ],
    ar: [
      'المصدر الرئيسي للعدوى في طوباس كان خزان مياه لم يُنظف منذ أشهر.',
      'شارك طلبة كلية الطب في جامعة النجاح في فحص مئات الأطفال في قرى عقابا.',
      'إعلان المديرية عن إغلاق المدارس في بيت فوريك جاء بعد تسجيل عشرات الإصابات بين الطلبة.',
      'كتب الأطباء في تقريرهم أن مستشفى يطا يحتاج إلى ضعف عدد الأسرة الحالي.',
      'تصوير الصدر بالأشعة صار متاحاً في مستشفى طهطا بعد وصول الجهاز الجديد.',
      'التعليقات التي وصلت إلى الإذاعة من أهالي بيت ساحور اشتكت من طول الانتظار في العيادات.',
      'اقرأ الوصفة جيداً قبل صرف الدواء، قال الصيدلي لأم جاءت من جرجا مع طفلها.',
      'جميع العيادات في أخميم ستفتح أبوابها يوم الجمعة لاستقبال حملة التطعيم.',
      'الصورة في تياسير أفضل، فقد تراجعت الإصابات إلى النصف خلال أسبوعين.',
      'المزيد من القوافل الطبية ستصل إلى قرى المراغة قبل نهاية الشهر، بحسب مديرية الصحة.',
    ],
  },
};
