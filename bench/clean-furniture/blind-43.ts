/**
 * A forty-fifth set, written on 7 December 2026 (01:48–01:54 UTC) by a helper who read none of the
 * cleaner, not even its label tables (the novelty check below compares with them), nor
 * docs/cleaning.md beyond its paragraphs on the earlier sets' sources, but the earlier sets,
 * `bench/clean-furniture/{kinds,fill,sets}.ts`, `bench/clean-eval.ts` and
 * `bench/clean-novelty.ts`; it is to be run once, by name. Like blind-13 to blind-42 it is
 * furniture as real sites print it, from outlets and regions those sets left out: in English,
 * Malaysian Borneo and Brunei (The Borneo Post of Kuching with "KUCHING:" and "MIRI (Jan 5):"
 * datelines, "By … on June 12, 2020" bylines, weekday stamps, "— Photo by" captions and its
 * e-paper; Daily Express of Kota Kinabalu with "Published on:" stamps and advertorials; the Borneo
 * Bulletin with INFOFOTO credits and Brunei Press's footer; MYT), the Maldives (The Edition with
 * MVT stamps, Sun Online, PSM News) and Canadian Prairie locals (the Brandon Sun with "Posted: …
 * CST" stamps, "(…/The Brandon Sun)" captions and subscriber comments, the Lethbridge Herald with
 * MST and Alta Newspaper Group's copyright); in Arabic, Tunisian regional public radios (Radio
 * Tataouine, Radio Le Kef, Radio Monastir, with TAP's "(وات)" datelines, "14h05" stamps, Tunisian
 * "بلاغ" and "الكلمات المفاتيح", programme credits, live streams and on-air ad bookings),
 * health-ministry portals outside the Gulf (Egypt's Ministry of Health and Population with its media
 * office, Iraq's with Baghdad time, Morocco's Ministry of Health and Social Protection with MAP's
 * "و م ع") and Arabic tech sites (Arab Hardware, Tech World (عالم التقنية), with WordPress's Arabic
 * stamps and login line, screenshots, reviews and affiliate disclosures). Six to eight phrasings
 * per kind and language, the first three of each list the commoner on real pages; Latin and
 * Arabic-Indic digits in Arabic; its own names, outlets, places (towns of Sarawak, Sabah, Brunei,
 * the Maldives, Manitoba and Alberta in English; towns of Tunisia, Iraq and Morocco in Arabic),
 * sections and tags; ten look-alikes a language, sentences of a public-health story that open as
 * furniture does and must stay. Checked by
 * `DIRS=bench/clean-furniture,src/core/ingest,tests/fixtures node bench/clean-novelty.ts --set
 * blind-43` against every earlier set, the fixtures and the label tables (0 overlaps after
 * revising, in nine passes (74, 24, 6, 1, then 0 five times), the 74 it flagged in the first: 62 on
 * 33 phrasings the tables, fixtures or earlier sets had, 14 English and 19 Arabic, and two English
 * sections, an Arabic credit, two sections, three tags and four places; the second flagged 24, 22
 * on 12 revised phrasings, 5 English and 7 Arabic, and two substitute places; the third 6, on 3
 * revised phrasings, 2 English and 1 Arabic; the fourth 1, on an English comments line; the fifth
 * found none, and so did the four after later edits: this comment, its counts corrected, the
 * formatting, its lines rewrapped), and committed before its only run (`npm run eval:clean -- --set
 * blind-43`; `--set all` leaves it out until then).
 */
import type { TemplateSet } from './kinds.ts';

export const BLIND_43: TemplateSet = {
  templates: {
    en: {
      breadcrumb: [
        'Borneo Post Online / {s1} / {s2}',
        'Daily Express » {s1}',
        'The Edition > {s1} > {s2}',
        'Brandon Sun · {s1}',
        'Borneo Bulletin | {s1} | {s2}',
        'Lethbridge Herald – {s1}',
        'Sun Online :: {s1}',
      ],
      timestamp: [
        '{mon} {d}, {y}, {wd} at {h12}:{M} {ampm}',
        'Published on: {wd}, {mon} {d}, {y}',
        '{d} {mon} {y}, MVT {HH}:{M}',
        'Posted: {h12}:{M} {AMPM} CST {wd}, {mon3}. {d}, {y}',
        'Borneo Bulletin — {d} {mon} {y}',
        'Updated {mon3} {d}, {y} at {h12}:{M} {ampm} MST',
        '{dd} {mon3} {y} - {HH}:{M}',
        'Last updated {d} {mon} {y} {HH}:{M} MYT',
      ],
      byline: [
        'By {name} on {mon} {d}, {y}',
        'By: {name}, Brandon Sun',
        '{name} - Lethbridge Herald',
        'Reporter: {name} | PSM News',
        '{name}, Sabah correspondent',
        '{name} and {name2} | The Edition',
        'Story by {name} · Borneo Bulletin',
      ],
      dateline: [
        'KUCHING:',
        'KOTA KINABALU:',
        '{PLACE} ({mon3} {d}):',
        'BANDAR SERI BEGAWAN —',
        'LETHBRIDGE, Alta. —',
        'BRANDON, Man. —',
        'SIBU:',
      ],
      caption: [
        '— Photo by {credit}',
        '({credit}/The Brandon Sun)',
        'Photo: {credit} | The Edition',
        'PHOTO: INFOFOTO',
        'Health workers at the vaccination centre in Hulhumalé. | Photo: {credit}',
        'Lethbridge Herald photo by {credit}',
        'File photo shows the Sarawak General Hospital.',
      ],
      source: [
        'Adapted from a press statement issued by {source}',
        'Information courtesy of {source}',
        'As reported by {source}',
        'This story originally appeared in the Lethbridge Herald.',
        'Distributed by {source} for the Borneo Bulletin',
        'With additional information from {source}',
        'Based on a media release from {source}',
      ],
      tags: [
        'Tags » {t1} » {t2}',
        'Story keywords: {t1}, {t2}',
        'Topic pages: {t1} | {t2}',
        'Found in: {t1} / {t2}',
        'Article tags — {t1} / {t2}',
        'See more on {t1}',
      ],
      share: [
        'Share this Borneo Post story',
        'Forward this story on Telegram',
        'Send this story on WhatsApp',
        'Tweet this article',
        'Copy the article link',
        'Share this Brandon Sun article on Facebook',
        'Email this Herald story',
      ],
      comments: [
        'Have your say: comment below',
        'Show all {n} replies',
        'Add your comment below. Comments are reviewed before they appear.',
        "Join the conversation on The Edition's Facebook page",
        'We value your comments. Please keep them civil.',
        'Log in to comment on Brandon Sun stories',
      ],
      related: [
        'Read more Sarawak news',
        'Also in Borneo Post: {rel}',
        'More Brandon Sun stories',
        'Recommended for you in The Edition',
        'Other Bulletin headlines',
        'Top stories from Sun Online',
        'Latest Southern Alberta news',
      ],
      copyright: [
        '© {y} Borneo Post Online. All Rights Reserved.',
        'Copyright © {y} Daily Express Sabah',
        '© {y} The Edition. All rights reserved.',
        '© {y} The Brandon Sun',
        'Copyright {y} Lethbridge Herald. Alta Newspaper Group.',
        'Borneo Bulletin © {y}. Brunei Press Sdn Bhd.',
        'Sun Online © {y} Sun Media Group',
      ],
      advertisement: [
        'Subscribe to the Borneo Post e-paper',
        'Advertise with Daily Express',
        'Support local journalism — subscribe to the Brandon Sun',
        'Sponsored content from a Lethbridge Herald partner',
        'Advertorial · Borneo Post',
        'Get the Borneo Bulletin digital edition',
        'Promote your business with Sun Online',
      ],
    },
    ar: {
      breadcrumb: [
        'الرئيسية » الأخبار الجهوية » {s1}',
        'إذاعة تطاوين / {s1} / {s2}',
        'عرب هاردوير > {s1} > {s2}',
        'وزارة الصحة والسكان - المركز الإعلامي - {s1}',
        'عالم التقنية | {s1}',
        'إذاعة المنستير :: {s1}',
        'وزارة الصحة والحماية الاجتماعية › {s1}',
      ],
      timestamp: [
        '{dd}/{mm}/{y} - {HH}h{M}',
        'نشر منذ {n} ساعات',
        '{monAr} {dd}, {y} في {HH}:{M}',
        '{wd}، {dA} {monAr} {yA} | {HA}:{MA}',
        'تاريخ الخبر: {dd}/{mm}/{y}',
        'آخر تحديث {HA}:{MA} بتوقيت بغداد',
        'بتاريخ {dA}-{mmA}-{yA}',
        '{HH}:{M} | {dd}.{mm}.{y}',
      ],
      byline: [
        'المكتب الإعلامي لوزارة الصحة والسكان',
        'كتبه {name} - عرب هاردوير',
        'إعداد: {name} | إذاعة الكاف',
        'بواسطة {name} في {s1}',
        'مراسل الإذاعة بتطاوين {name}',
        'إعلام وزارة الصحة / {name}',
        'تقديم: {name} – إخراج: {name2}',
      ],
      dateline: [
        'تطاوين (وات) –',
        'القاهرة – المكتب الإعلامي:',
        'بغداد – إعلام الصحة',
        'الرباط – و م ع',
        'المنستير/ مراسلنا',
        '{place} - مراسل إذاعة الكاف:',
      ],
      caption: [
        'صورة من الأرشيف – إذاعة المنستير',
        'جانب من الزيارة الميدانية',
        'الصورة: {credit}/عرب هاردوير',
        'عدسة الإذاعة: {credit}',
        'وزير الصحة خلال تفقده مستشفى {place}',
        '(صورة توضيحية)',
        'لقطة شاشة من التطبيق',
      ],
      source: [
        'عن وكالة تونس إفريقيا للأنباء',
        'بحسب بلاغ {source}',
        'حسب بيان أصدرته {source}',
        'نقلاً عن الصفحة الرسمية لـ{source} على فيسبوك',
        'المصدر: موقع {source} الرسمي',
        'ترجمة عن {source} بتصرف',
        'استنادا إلى معطيات {source}',
      ],
      tags: [
        'الكلمات المفاتيح : {t1} - {t2}',
        'وسوم المقال {t1} {t2}',
        'ضمن ملفات: {t1} / {t2}',
        '#{t1} #{t2} #إذاعة_تطاوين',
        'مصنف في: {t1}، {t2}',
        'كل جديد {t1}',
      ],
      share: [
        'انشر الخبر على صفحتك في فيسبوك',
        'شارك المقال مع أصدقائك',
        'انسخ رابط الحلقة',
        'أرسل عبر ماسنجر',
        'شاركها على لينكدإن',
        'أرسل المقال إلى بريد صديق',
      ],
      comments: [
        'أضف تعليقك على المقال',
        '{n} تعليقات على المقال',
        'كن أول من يعلق على هذه المراجعة',
        'يجب أنت تكون مسجل الدخول لتضيف تعليقاً.',
        'ما رأيك في الهاتف؟ أخبرنا في التعليقات',
        'الآراء الواردة في التعليقات لا تمثل رأي الإذاعة',
      ],
      related: [
        'اقرأ أيضاً على عرب هاردوير: {rel}',
        'المزيد من أخبار الجهة',
        'مراجعات أخرى قد تهمك',
        'آخر بلاغات الوزارة',
        'أخبار جهوية أخرى',
        'الأكثر قراءة في التقنية',
      ],
      copyright: [
        '© {y} عرب هاردوير. كل الحقوق محفوظة',
        'إذاعة تطاوين © {y} – مؤسسة الإذاعة التونسية',
        '© {y} وزارة الصحة والسكان - جمهورية مصر العربية',
        'جميع الحقوق محفوظة لموقع عالم التقنية {yA}',
        'كل الحقوق محفوظة لوزارة الصحة والحماية الاجتماعية © {y}',
        'يمنع النقل دون ذكر المصدر',
      ],
      advertisement: [
        'اشترك في النشرة البريدية لعرب هاردوير',
        'استمع إلى البث المباشر لإذاعة الكاف',
        'للإشهار على أمواج الإذاعة اتصلوا بنا',
        'هذا المقال برعاية شريكنا',
        'قد نحصل على عمولة عند الشراء عبر الروابط في هذا المقال',
        'حمّل تطبيق عالم التقنية على أندرويد',
      ],
    },
  },
  pools: {
    en: {
      name: [
        'Nurul Ain Tahir',
        'Awang Hafiz Jumat',
        'Aishath Reema',
        'Mohamed Shifau',
        'Ryan Kowalchuk',
        'Janelle Dueck',
        'Lorna Empiang',
        'Francis Lajim',
      ],
      source: [
        'Sarawak Health Department',
        'Sabah State Health Department',
        'Brunei Ministry of Health',
        'Health Protection Agency Maldives',
        'Prairie Mountain Health',
        'Alberta Health Services',
      ],
      credit: ['Jeffery Mostapa', 'Hassan Shuhail', 'Tim Lemieux', 'Rahmat Hamdan', 'Colleen Haight'],
      section: ['Sarawak', 'Sabah', 'Atolls', 'Brunei', 'Maldives', 'Brunei Darussalam', 'Westman', 'Southern Alberta'],
      tag: [
        'Dengue in Kuching',
        'Rabies outbreak',
        'Measles vaccination',
        'Hulhumalé clinic',
        'Westman flu season',
        'Water advisory',
      ],
      place: ['Sibu', 'Bintulu', 'Miri', 'Sandakan', 'Tawau', 'Kuala Belait', 'Tutong', 'Addu City', 'Virden', 'Taber'],
      rel: [
        'Bintulu hospital adds dengue beds',
        'Virden clinic reopens after staff shortage',
        'Addu City gets second dialysis unit',
      ],
    },
    ar: {
      name: ['منير الجلاصي', 'آمنة الغربي', 'محمود فؤاد', 'حيدر الزبيدي', 'سكينة الإدريسي', 'طارق النجار'],
      source: [
        'المندوبية الجهوية للصحة بتطاوين',
        'وزارة الصحة التونسية',
        'المديرية الجهوية للصحة بجهة سوس ماسة',
        'وزارة الصحة العراقية',
        'مستشفى الكاف الجهوي',
        'مختبرات كاسبرسكي',
      ],
      credit: ['أنيس الهمامي', 'رضا الطرابلسي', 'مصطفى عبد الرحيم', 'كرار الساعدي', 'ياسين بنعلي'],
      section: [
        'أخبار الجهة',
        'الجهات',
        'أخبار الهواتف',
        'مراجعات',
        'أخبار الوزارة',
        'الرعاية الصحية الأولية',
        'ألعاب',
        'برامج الإذاعة',
      ],
      tag: ['حمى مالطا', 'عضات الكلاب', 'تطبيقات الصحة', 'لقاح الحصبة', 'الساعات الذكية', 'الماء الصالح للشرب'],
      place: ['غمراسن', 'رمادة', 'الدهماني', 'تاجروين', 'قصر هلال', 'بنبلة', 'النعمانية', 'الخضر', 'تنغير', 'تيزنيت'],
      rel: ['حملة تلقيح ضد الحصبة في غمراسن', 'وحدة صحية جديدة في تاجروين', 'تطبيق لمتابعة ضغط الدم'],
    },
  },
  lookalikes: {
    en: [
      "Tags on every sample from Sibu now carry the patient's ward number, the lab said.",
      'Posted to Bintulu last year, the two doctors now cover three longhouse clinics.',
      'Shared wells in Miri were the likely source of the outbreak, the district health officer said.',
      'Photos taken by residents of Tawau showed stagnant water beside the wet market.',
      'Advertise the clinic hours more widely, nurses in Kuala Belait told the ministry.',
      'Related cases in Tutong were traced to a wedding held the week before.',
      'Copyright disputes over the test kit delayed its rollout in Addu City by a month.',
      'Comments by the health minister in Virden drew criticism from local nurses.',
      'Updated guidance for schools in Taber asks parents to keep sick children at home.',
      'Source water for Sandakan is now tested twice a week after the cholera scare.',
    ],
    ar: [
      'تعليقات الأهالي في غمراسن كشفت نقصا في الأدوية بالمستوصف.',
      'صورة الوضع في رمادة تغيرت بعد افتتاح المستوصف الجديد.',
      'شارك أكثر من مئة متطوع في الدهماني في حملة التلقيح.',
      'وفق أرقام المستشفى في تاجروين، تضاعفت حالات حمى مالطا هذا الصيف.',
      'إعلان حالة الطوارئ الصحية في قصر هلال جاء بعد تلوث شبكة المياه.',
      'نشر الأطباء في بنبلة نتائج الفحوص على لوحة المستشفى.',
      'اشترك سكان النعمانية في حملة لتنظيف قنوات الري.',
      'المزيد من الحالات سُجّل في الخضر بعد موجة الحر.',
      'تابع الأطباء في تنغير حالة الأطفال المصابين يوما بيوم.',
      'جميع المراكز الصحية في تيزنيت تستقبل المرضى حتى منتصف الليل.',
    ],
  },
};
