/**
 * A forty-fourth set, written on 7 December 2026 (01:39–01:44 UTC) by a helper who read none of the
 * cleaner, not even its label tables (the novelty check below compares with them), nor
 * docs/cleaning.md beyond its paragraphs on the earlier sets' sources, but the earlier sets,
 * `bench/clean-furniture/{kinds,fill,sets}.ts`, `bench/clean-eval.ts` and
 * `bench/clean-novelty.ts`; it is to be run once, by name. Like blind-13 to blind-41 it is
 * furniture as real sites print it, from outlets and regions those sets left out: in English, the
 * northern Caribbean (The Nassau Guardian and The Tribune of the Bahamas, with "Tribune Staff
 * Reporter" bylines, "/Tribune Staff" photo credits and its comment-form line; Bermuda's Royal
 * Gazette with "Created:" stamps and Bernews with AST; the Cayman Compass and Compass Media's
 * footer), the Southern African kingdoms (the Times of Eswatini and the Eswatini Observer with
 * "(Pic: …)" credits, "MBABANE:" datelines and classifieds; the Lesotho Times with "MASERU –"
 * datelines, SAST stamps and its print-edition line) and American college papers (The Daily Tar
 * Heel of Chapel Hill with its desk-editor bylines, donation appeals and "serving UNC since 1893"
 * footer, The Michigan Daily with "Daily Staff Reporter" and its editorial-independence line,
 * "/Senior Staff" photo credits); in Arabic, religious-affairs ministries' news pages (Kuwait's
 * Ministry of Awqaf and Islamic Affairs, Jordan's Awqaf, the Saudi Ministry of Islamic Affairs,
 * with public-relations bylines and courses for imams and preachers), Gulf and Iraqi university
 * news pages (Sultan Qaboos University, Qatar University, the University of Baghdad and its media
 * office) and sports sites (FilGoal, the Saudi daily Al-Riyadiah, Qatar's Alkass channel, with
 * "hours ago" stamps, match captions, hashtags, Riyadh time, official-sponsor and app plugs, and
 * match comments). Six to eight phrasings per kind and language, the first three of each list the
 * commoner on real pages; Latin and Arabic-Indic digits in Arabic; its own names, outlets, places
 * (towns of the Bahamas, the Cayman Islands, Eswatini, Lesotho, North Carolina and Michigan in
 * English; towns of Kuwait, Jordan, Oman, Diyala and Qatar in Arabic), sections and tags; ten
 * look-alikes a language, sentences of a public-health story that open as furniture does and must
 * stay. Checked by `DIRS=bench/clean-furniture,src/core/ingest,tests/fixtures node
 * bench/clean-novelty.ts --set blind-42` against every earlier set, the fixtures and the label
 * tables (0 overlaps after revising, in twelve passes (89, 41, 11, 5, 3, then 0 seven times), the 89
 * it flagged in the first: 79 on 42 phrasings the tables, fixtures or earlier sets had, 14 English
 * and 28 Arabic, and an Arabic tag and nine Arabic places; the second flagged 41, on 17 revised
 * phrasings, 2 English and 15 Arabic, and five substitute places; the third 11, on 4 revised
 * Arabic phrasings and two substitute places; the fourth 5, on 2 Arabic phrasings and a place; the
 * fifth 3, on an Arabic share line; the sixth found none, and so did the six after later edits:
 * photographers' names and a source, the order of the Arabic stamps and the registration, this
 * comment, the formatting, its time corrected, a line rewrapped), and committed before its only run (`npm run
 * eval:clean -- --set blind-42`; `--set all` leaves it out until then).
 */
import type { TemplateSet } from './kinds.ts';

export const BLIND_42: TemplateSet = {
  templates: {
    en: {
      breadcrumb: [
        'The Nassau Guardian / {s1} / {s2}',
        'Royal Gazette > {s1}',
        'Cayman Compass » {s1} » {s2}',
        'Times of Eswatini | {s1}',
        'The Daily Tar Heel — {s1} — {s2}',
        'Lesotho Times :: {s1}',
        'The Michigan Daily · {s1}',
      ],
      timestamp: [
        'Created: {mon3} {dd}, {y} {h12}:{M} {AMPM}',
        'Nassau Guardian | {mon3} {dd}, {y}',
        'Published {mon} {d}, {y} · {h12}:{M} {ampm}',
        'Posted on {mon} {d}, {y} at {HH}:{M} SAST',
        'Last updated {h12}:{M} {ampm} EST, {wd3} {mon3} {d}',
        'Published {wd3}, {dd} {mon} {y} · Lesotho Times',
        '{mon} {d}, {y} at {h12}:{M} {ampm} AST | Bernews',
      ],
      byline: [
        'By {NAME} Tribune Staff Reporter',
        'By {name} | Assistant University Editor',
        '{name}, Royal Gazette reporter',
        '{name} Daily Staff Reporter',
        'By {name} – Eswatini Observer',
        'Lesotho Times reporter {name}',
        'By {name}, Compass health correspondent',
      ],
      dateline: [
        'NASSAU, Bahamas —',
        'MASERU –',
        'HAMILTON, Bermuda (Bernews) -',
        'FREEPORT, Grand Bahama —',
        'GEORGE TOWN, Grand Cayman —',
        'MBABANE:',
        '{place} (Tribune) –',
      ],
      caption: [
        'Photo: {credit}/Tribune Staff',
        '{credit}/Senior Staff',
        '(Pic: {credit})',
        'A nurse prepares a flu shot at the clinic on Market Street. (Photo: {credit})',
        'Photo by {credit} | The Daily Tar Heel',
        'File photo: Cayman Compass',
        'Picture supplied by the Ministry of Health',
      ],
      source: [
        'This story was first published in The Nassau Guardian.',
        'Information for this story was supplied by {source}.',
        'Press release courtesy of {source}',
        'Source: Bernews / {source}',
        'This article appears in the print edition of the Lesotho Times.',
        'Compiled from reports by {source}',
        'Reprinted with the permission of {source}',
      ],
      tags: [
        'Filed in: {t1} / {t2}',
        'Tagged as: {t1} · {t2}',
        'Story tags: {t1}, {t2}',
        'Topics — {t1} | {t2}',
        'Categories: {t1}, {t2}, {t3}',
        'Tribune tags » {t1}',
      ],
      share: [
        'Share this Royal Gazette article',
        'Send this Tribune story via WhatsApp',
        'Copy story link',
        'Share to Facebook Messenger',
        'Email to a friend',
        'Post this story to Reddit',
      ],
      comments: [
        'Use the comment form below to begin a discussion about this content.',
        'View comments ({n})',
        'Subscribers can comment on Royal Gazette stories.',
        'Comments are moderated and may take a day to appear.',
        'Royal Gazette comments are closed on this article.',
        'Join the Compass conversation',
      ],
      related: [
        'More from The Tribune',
        'ALSO IN THE TRIBUNE: {rel}',
        'Related Tribune stories',
        'More Eswatini news',
        'Other news from the Compass',
        'Latest from the University desk',
        'Popular on Bernews',
      ],
      copyright: [
        '© Copyright {y} The Royal Gazette',
        '© {y} Cayman Compass. Compass Media.',
        'Copyright © {y} The Daily Tar Heel, an independent student newspaper serving UNC since 1893.',
        '© {y} Eswatini Observer. All rights reserved.',
        'The Michigan Daily is editorially independent of the University of Michigan.',
        '© {y} The Nassau Guardian',
      ],
      advertisement: [
        'Support student journalism — donate to The Daily Tar Heel',
        'Subscribe to the Royal Gazette e-edition',
        'Advertise with the Compass',
        'Get The Tribune delivered to your door',
        'Classifieds: place your ad with the Times of Eswatini',
        'Donate to The Michigan Daily',
        'Sponsored by a Compass partner',
      ],
    },
    ar: {
      breadcrumb: [
        'وزارة الأوقاف والشؤون الإسلامية > الأخبار > {s1}',
        'في الجول » {s1} » {s2}',
        'جامعة السلطان قابوس / أخبار الجامعة / {s1}',
        'الرياضية | {s1} | {s2}',
        'جامعة بغداد - {s1}',
        'قناة الكأس :: {s1}',
        'وزارة الشؤون الإسلامية ← المركز الإعلامي ← {s1}',
      ],
      timestamp: [
        '{dd}/{mm}/{y} - {HH}:{M} م',
        'نُشر بتاريخ {y}-{mm}-{dd}',
        'حُدّث منذ {n} ساعة',
        '{wd} - {dA} {monAr} {yA}',
        'جامعة قطر | {d} {monAr} {y}',
        'آخر تحديث: {HA}:{MA} بتوقيت الرياض',
        'بتاريخ {d}/{m}/{y} م',
      ],
      byline: [
        'إعلام الجامعة - {name}',
        'بقلم المحرر الرياضي {name}',
        'شعبة الإعلام والعلاقات العامة',
        'إدارة العلاقات العامة والإعلام بوزارة الأوقاف',
        'تقرير: {name} | الرياضية',
        'متابعة وتصوير: {name}',
        'تحرير: {name} - مراجعة: {name2}',
      ],
      dateline: [
        'الكويت - وزارة الأوقاف:',
        'مسقط - جامعة السلطان قابوس',
        'بغداد/ إعلام الجامعة',
        '{place} - الرياضية:',
        'الدوحة – قناة الكأس',
        '{place} – خاص في الجول',
        'عمّان – الأوقاف الأردنية',
      ],
      caption: [
        'جانب من المحاضرة',
        'لقطة من المباراة - {credit}',
        'من حفل التكريم - تصوير {credit}',
        '(الصورة: جامعة قطر)',
        'جانب من الدورة الشرعية للأئمة والخطباء',
        'عدسة: {credit} / الرياضية',
        'الصورة من المركز الإعلامي للنادي',
      ],
      source: [
        'بحسب ما أفاد {source}',
        'نقلا عن الموقع الرسمي لـ{source}',
        'عن الحساب الرسمي لـ{source} على إكس',
        'أعد الخبر بالتنسيق مع {source}',
        'المعلومات من بيان {source}',
        'وفق ما أعلنه {source} في نشرته',
      ],
      tags: [
        'الوسوم: {t1} {t2}',
        'الكلمات الدالة: {t1} / {t2}',
        'موضوعات الخبر | {t1} | {t2}',
        '#{t1} #{t2} #في_الجول',
        'ضمن تصنيف {t1}',
        'تابع المزيد عن {t1}',
      ],
      share: [
        'مشاركة الخبر على منصة إكس',
        'شارك الخبر في مجموعات واتساب',
        'أرسله بالبريد الإلكتروني',
        'اطبع الخبر',
        'شاركها مع زملائك',
        'تابعونا على تيليجرام',
      ],
      comments: [
        '{n} تعليق على المباراة',
        'رأيك يهمنا: علّق على الخبر',
        'تخضع التعليقات لإشراف المحرر',
        'ما رأيك في المباراة؟',
        'التعليقات تعبر عن رأي أصحابها',
        'سجّل دخولك للتعليق',
      ],
      related: [
        'من أخبار الدوري',
        'اقرأ أيضًا | {rel}',
        'المزيد من أخبار الجامعة',
        'الأكثر تداولا اليوم',
        'مباريات اليوم',
        'أخبار الوزارة الأخرى',
      ],
      copyright: [
        'جميع الحقوق محفوظة لقناة الكأس © {y}',
        '© {y} جامعة السلطان قابوس',
        'حقوق النشر محفوظة لوزارة الأوقاف والشؤون الإسلامية - دولة الكويت',
        'جميع الحقوق محفوظة لصحيفة الرياضية {yA}',
        '© في الجول {y}',
        'جامعة بغداد {yA} ©',
      ],
      advertisement: [
        'إعلان — الراعي الرسمي للدوري',
        'احجز مساحتك الإعلانية في الرياضية',
        'شريك المحتوى الرقمي لقناة الكأس',
        'اشترك في الكأس بلس',
        'حمّل تطبيق في الجول',
        'برعاية شريك البث الرسمي',
        'للإعلان في الرياضية اتصل بنا',
      ],
    },
  },
  pools: {
    en: {
      name: [
        'Deandra Cartwright',
        'Travis Knowles',
        'Simone Outerbridge',
        'Jewel Ebanks',
        'Nokuthula Mamba',
        'Teboho Motsamai',
        'Palesa Letsie',
        'Abigail Kurtz',
      ],
      source: [
        'Bahamas Ministry of Health and Wellness',
        'Bermuda Department of Health',
        'Cayman Islands Public Health Department',
        'Eswatini Ministry of Health',
        'Lesotho Ministry of Health',
        'UNC Campus Health',
      ],
      credit: ['Donavan Rahming', 'Kaylon Darrell', 'Marlon Tibbetts', 'Sabelo Dube', 'Hannah Oakes'],
      section: [
        'Family Islands',
        'Grand Bahama',
        'Bermuda News',
        'Cayman Health',
        'Eswatini News',
        'Lesotho Local',
        'University',
        'Campus Life',
      ],
      tag: [
        'Dengue in Nassau',
        'Lowveld malaria',
        'HIV testing in Maseru',
        'Campus flu shots',
        'Mosquito control unit',
        'Sargassum season',
      ],
      place: [
        'Freeport',
        'Marsh Harbour',
        'Bodden Town',
        'West Bay',
        'Manzini',
        'Nhlangano',
        'Mafeteng',
        'Teyateyaneng',
        'Chapel Hill',
        'Ann Arbor',
      ],
      rel: [
        'Freeport clinic runs short of test kits',
        'Manzini hospital opens TB ward',
        'Student health center extends flu clinic hours',
      ],
    },
    ar: {
      name: ['عبدالله العتيبي', 'مشاعل الرشيدي', 'أحمد البوسعيدي', 'زينب الجبوري', 'راشد المري', 'سلمى الحياري'],
      source: [
        'وزارة الصحة الكويتية',
        'وزارة الصحة الأردنية',
        'دائرة صحة ديالى',
        'مؤسسة حمد الطبية',
        'مستشفى جامعة السلطان قابوس',
        'الاتحاد السعودي لكرة القدم',
      ],
      credit: ['فيصل الدوسري', 'مروة الطائي', 'حمد الكواري', 'إياد العبادي', 'بدر الحجري'],
      section: [
        'الدوري السعودي',
        'كرة قدم عربية',
        'الشؤون الدينية',
        'أخبار المساجد',
        'البحث العلمي',
        'كلية الطب',
        'الأنشطة الطلابية',
        'الرياضة القطرية',
      ],
      tag: ['سلامة الحجاج', 'صحة اللاعبين', 'إنفلونزا الشتاء', 'تعقيم المساجد', 'الطب الرياضي', 'صحة الطلبة'],
      place: ['خيطان', 'العارضية', 'الحصن', 'سحاب', 'فنجاء', 'أدم', 'بعقوبة', 'المقدادية', 'الغارية', 'الخابورة'],
      rel: ['تعقيم مساجد الحصن قبل صلاة الجمعة', 'فحوص طبية للاعبي الخابورة', 'حملة توعية صحية في جامعة بغداد'],
    },
  },
  lookalikes: {
    en: [
      'Filed under the new rules, every dengue case in Freeport must now be reported within a day.',
      'Created in a rush last spring, the testing site in Marsh Harbour still has no running water.',
      'Comments from nurses in Manzini suggest the malaria drugs arrived too late.',
      'Pictures of overflowing latrines in Nhlangano were shared widely before the cholera warning.',
      'Information supplied by families in Mafeteng helped nurses trace the outbreak to a single well.',
      'Promoted to head of the clinic in Teyateyaneng last year, she now runs the HIV testing drive.',
      'Email reminders from the student health center in Chapel Hill doubled flu shot bookings.',
      'Latest figures from the lab in Ann Arbor show flu cases peaking earlier than usual.',
      'Photo identification is no longer needed for a free test in West Bay, the department said.',
      'Donate blood, the hospital in Bodden Town urged, after stocks fell to a two-day supply.',
    ],
    ar: [
      'جانب من المشكلة في خيطان يعود إلى نقص الممرضين في العيادات المسائية.',
      'تاريخ المرض في عائلات العارضية يساعد الأطباء على رصد السكري مبكرا.',
      'متابعة الحالات في الحصن أظهرت أن معظم المصابين لم يتلقوا اللقاح.',
      'شارك الطلبة في سحاب في حملة للتبرع بالدم استمرت ثلاثة أيام.',
      'الأكثر عرضة للإصابة في فنجاء هم كبار السن ومرضى القلب.',
      'إعلان النتائج في أدم تأخر حتى وصول عينات المختبر من مسقط.',
      'بحسب ما أفاد الأطباء في بعقوبة، فإن حالات الكوليرا تراجعت بعد تعقيم الخزانات.',
      'مساحة العيادة في الغارية لا تكفي لأكثر من عشرين مريضا في اليوم.',
      'أضف إلى ذلك أن مياه الشرب في الخابورة تخضع لفحوص أسبوعية.',
      'المزيد من الأسرّة أضيف إلى مستشفى المقدادية بعد ارتفاع الإصابات.',
    ],
  },
};
