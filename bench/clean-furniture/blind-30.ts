/**
 * A thirty-second set, written on 6 December 2026 (10:31–10:40 UTC) by a helper who read none of
 * the cleaner, not even its label tables (the novelty check below compares with them), nor
 * docs/cleaning.md beyond its paragraph on the sets, but the earlier sets,
 * `bench/clean-furniture/{kinds,fill,sets}.ts`, `bench/clean-eval.ts` and
 * `bench/clean-novelty.ts`; it is to be run once, by name. Like blind-13 to blind-29 it is
 * furniture as real sites print it, from publishers those sets left out: government and
 * public-health agency pages (GOV.UK's "Last updated … — See all updates", "From:" and Open
 * Government Licence lines and "Is this page useful?", the NHS website's "Page last reviewed:",
 * the CDC's "Last Reviewed:", "Syndicate" and Public Health Image Library credits, Canada.ca's
 * "Date modified:", "Associated links" and keyword line), NGOs' and humanitarian agencies' news
 * and press pages (Human Rights Watch's "(Place, Month d, yyyy) –" datelines, "Region / Country"
 * and "Topic" lines, share row and New York address; Médecins Sans Frontières' project updates,
 * "© …/MSF" credits and charity number; the ICRC, Oxfam, UNHCR and IFRC; Amnesty International),
 * a trade union (UNISON's "Not a member? Join" and registered address) and medical journals'
 * news pages (The BMJ's "(Published …)", "Cite this as:" and "Rapid responses", The Lancet's
 * run-on DOI stamp, JAMA's "Medical News & Perspectives", NEJM's "Perspective"); in Arabic, the
 * Arabic pages of those NGOs and agencies (Human Rights Watch with its double month names, WHO's
 * Eastern Mediterranean office and its CC BY-NC-SA 3.0 IGO line, MSF, the ICRC, UNHCR, Amnesty
 * with UTC stamps), Gulf ministries of health's media centres ("هل كانت هذه الصفحة مفيدة؟", the
 * Sehhaty app), Arabic medical portals (Altibbi, WebTeb: medical review lines, "لا تغني عن
 * استشارة الطبيب", consultation offers) and Moroccan sites not yet used (Hibapress, Goud and its
 * "كود - … //" datelines, Barlamane.com, with the Moroccan "بلاغ"). Seven or eight phrasings per
 * kind and language (six for English comments), the first three of each list the commoner on
 * real pages; Latin and Arabic-Indic digits in Arabic; its own names, outlets, places (Congolese,
 * Central African, South Sudanese, Chadian and Canadian towns in English; Moroccan, Mauritanian,
 * Yemeni and Lebanese ones in Arabic), sections and tags; ten look-alikes a language,
 * sentences of a public-health story that open as furniture does (`Donated blood…`, `Published
 * figures…`, `Region by region…`, `Printer ink…`, `Respond quickly…`, `بلاغ الوزارة…`, `تبرّع
 * عشرات الشبان…`, `هل كانت الحملة كافية؟…`, `قيّم الأطباء…`) and must stay. Checked by
 * `DIRS=bench/clean-furniture,src/core/ingest,tests/fixtures node bench/clean-novelty.ts --set
 * blind-30` against every earlier set (blind-28 and blind-29 too, and blind-31, written beside
 * it), the fixtures and the label tables (0 overlaps after revising, in three passes, the 18 it
 * flagged in the first: 9 on 4 phrasings the tables, fixtures or earlier sets had, a tag and a
 * place earlier pools had in English, a section, two tags and four places in Arabic; the second
 * pass flagged 4, a revised caption and substitutes among them; later passes, after lines were
 * added and reworded, found none), and committed before its only run (`npm run eval:clean --
 * --set blind-30`; `--set all` leaves it out until then).
 */
import type { TemplateSet } from './kinds.ts';

export const BLIND_30: TemplateSet = {
  templates: {
    en: {
      breadcrumb: [
        'Home  Health and social care  {s1}',
        'Health A to Z › {s1}',
        'Canada.ca > Health > {s1} > {s2}',
        'Human Rights Watch › Dispatches › {s1}',
        'MSF UK / Latest / {s1}',
        'UNISON › At work › {s1} › {s2}',
        'thebmj › News › {s1}',
      ],
      timestamp: [
        'Last updated {d} {mon} {y} — See all updates',
        'Page last reviewed: {dd} {mon} {y}',
        'Date modified: {y}-{mm}-{dd}',
        'Last Reviewed: {mon} {d}, {y}',
        '(Published {dd} {mon} {y})',
        '{mon} {d}, {y} {h12}:{M}{AMPM} EDT',
        'Project Update {d} {mon} {y}',
        'Published: {mon} {d}, {y}DOI:https://doi.org/10.1016/S0140-6736(20)30{n}-4',
      ],
      byline: [
        'From: Department of Health and Social Care and {name}',
        '{name}, Senior Researcher, Health and Human Rights Division',
        'Written by {name}, MSF medical coordinator',
        'Statement by {name}, ICRC head of delegation',
        'Medical News & Perspectives · {name}, MA',
        '{name}, UNISON national officer for health',
        'Perspective | {name}, M.D., M.P.H.',
      ],
      dateline: [
        '({place}, {mon} {d}, {y}) –',
        '{place} (ICRC) –',
        '{PLACE}, {d} {mon} {y} —',
        '{mon} {d}, {y} | {place}, ON | Public Health Agency of Canada',
        '{PLACE} (Oxfam) –',
        '{place}/Geneva, {d} {mon3} (UNHCR) –',
        '{place}, {d} {mon} {y} (IFRC) –',
      ],
      caption: [
        '© {credit}/MSF',
        'Photo: {credit}/ICRC',
        '© {y} {credit} for Human Rights Watch',
        '© {credit}/Amnesty International',
        'Content provider(s): CDC/{credit}',
        'Photo: {credit}/Oxfam',
        'Image used with the consent of {credit}',
      ],
      source: [
        'Source: National Center for Immunization and Respiratory Diseases',
        'Content supplied by the NHS website',
        'Cite this as: BMJ {y};{n}:m{n}',
        'Published in: {source}',
        'Press release issued on behalf of {source}',
        'Adapted from a story first published by {source}',
        'With information from the Royal College of Nursing',
      ],
      tags: [
        'Region / Country {t1} Topic {t2}',
        'Search for related information by keyword: {t1} | {t2} | Public Health Agency of Canada',
        'Topics: {t1}; {t2}; {t3}',
        'Issues {t1} · {t2}',
        'Filed under: {t1} / {t2}',
        'Countries {t1} Themes {t2}',
        'Policy area: {t1}',
      ],
      share: [
        'Share this via Facebook Share this via Twitter Share this via WhatsApp Share this via Email Other ways to share',
        'Printer Friendly',
        'Facebook LinkedIn Twitter Syndicate',
        'Request permissions',
        'Download the full report (PDF, {n} pages)',
        'Email this page to a colleague',
        'Print entire guide',
      ],
      comments: [
        'Is this page useful? Yes No Report a problem with this page',
        'Did you find what you were looking for? Yes No',
        'Was this page helpful? Yes Partly No',
        'Rapid responses ({n})',
        'Respond to this article',
        'Help us improve NHS website Can you answer a quick question about your visit today?',
      ],
      related: [
        'This publication is part of {rel}',
        'Associated links',
        'Linked Articles',
        'Most Read in Dispatches',
        'More from this project: {rel}',
        'Read our latest briefing: {rel}',
        'Elsewhere on MSF: {rel}',
      ],
      copyright: [
        'All content is available under the Open Government Licence v3.0, except where otherwise stated',
        'Human Rights Watch | 350 Fifth Avenue, 34th Floor | New York, NY 10118-3299 USA | t 1.212.290.4700',
        '© BMJ Publishing Group Ltd {y}. All rights, including for text and data mining, AI training, and similar technologies, are reserved.',
        '© Amnesty International {y}',
        'UNISON, the public service union. Registered address: 130 Euston Road, London NW1 2AY',
        'Médecins Sans Frontières UK is a charity registered in England and Wales (1026588)',
        '© ICRC {y} | Legal and data protection',
      ],
      advertisement: [
        'Donate now to our emergency appeal',
        'Not a member? Join UNISON today',
        'BMJ Careers: find your next job in medicine',
        'Your gift of £{n} could buy a month of malnutrition treatment',
        'Advertisement — scroll to continue with content',
        'Become a monthly donor',
        'Take action: sign our petition to protect nurses',
      ],
    },
    ar: {
      breadcrumb: [
        'الرئيسية › المركز الإعلامي › {s1}',
        'منظمة الصحة العالمية - المكتب الإقليمي لشرق المتوسط › {s1}',
        'الطبي › {s1} › {s2}',
        'ويب طب > {s1} > {s2}',
        'هيومن رايتس ووتش › {s1}',
        'هبة بريس ⟩ {s1}',
        'أطباء بلا حدود / آخر الأخبار / {s1}',
      ],
      timestamp: [
        '{dA} {monAr}/{monLev} {yA} {HA}:{MA} EST',
        '{dd} {monAr} {y}، {HH}:{M} UTC',
        'تاريخ آخر تحديث للصفحة: {dd}/{mm}/{y}',
        'بيان صحفي {dd} {monAr} {y}',
        '{wd} {dd} {monAr} {y} - {HH}:{M} | هبة بريس',
        '{HH}:{M} - {dd}/{mm}/{y} كود',
        'آخر تحديث: {wd}، {d} {monAr} {y}',
      ],
      byline: [
        'تمت المراجعة الطبية بواسطة د. {name}',
        'كتابة : {name} - آخر تحديث : {dd} {monAr} {y}',
        '{name}، باحث أول في قسم الصحة وحقوق الإنسان',
        'بقلم {name}، منسق المشروع الطبي لأطباء بلا حدود',
        'برلمان.كوم - {name}',
        'تصريح {name}، رئيس بعثة اللجنة الدولية',
        'المحرر الطبي في ويب طب: {name}',
      ],
      dateline: [
        'كود - {place} //',
        'هبة بريس - {place}',
        '({place}، {dA} {monAr}/{monLev} {yA}) –',
        '{place} (اللجنة الدولية) –',
        '{dA} {monLev}/{monAr} {yA}، {place} –',
        '{place} – المفوضية السامية للأمم المتحدة لشؤون اللاجئين:',
        'برلمان.كوم - {place}',
      ],
      caption: [
        '© {credit}/أطباء بلا حدود',
        '© منظمة الصحة العالمية/{credit}',
        '© {y} {credit} لصالح هيومن رايتس ووتش',
        'صورة تعبيرية (أرشيف هبة بريس)',
        '© اللجنة الدولية للصليب الأحمر / {credit}',
        'الصورة لـ{credit} - المفوضية',
        'صورة: {credit} © منظمة العفو الدولية',
      ],
      source: [
        'المصادر والمراجع: {source}',
        'بلاغ صحفي صادر عن {source}',
        'نُشر هذا التعليق أولًا في {source}',
        'بيان مشترك صادر عن {source} ومنظمة الصحة العالمية',
        'المصدر: المركز الإعلامي بوزارة الصحة',
        'النص الأصلي للتقرير متاح باللغة الإنجليزية',
        'ترجمة فريق الطبي عن {source}',
      ],
      tags: [
        'المنطقة / البلد {t1} الموضوع {t2}',
        'الأمراض المرتبطة: {t1} ، {t2}',
        'الكلمات المفتاحية : {t1} - {t2}',
        'الموضوعات {t1} البلدان {t2}',
        'مواضيع طبية: {t1} | {t2} | {t3}',
        'مصنّف ضمن: {t1}',
        'تصنيفات المقال: {t1} ، {t2}',
      ],
      share: [
        'شارك هذا عبر فيسبوك شارك هذا عبر تويتر شارك هذا عبر واتساب طرق أخرى للمشاركة',
        'حمّل التقرير (PDF، {n} صفحة)',
        'أرسل الصفحة إلى صديق',
        'نسخ الرابط المختصر للمقال',
        'نسخة للطباعة | PDF',
        'شارك المعلومة لتعم الفائدة',
        'حمّل الملخص التنفيذي بالعربية',
      ],
      comments: [
        'هل كانت هذه الصفحة مفيدة؟ نعم لا',
        'قيّم هذه الصفحة ★★★★★',
        'أسئلة الزوار ({n})',
        'أضف تعليقك على فيسبوك ({n})',
        'لديك سؤال؟ اسأل طبيبًا الآن مجانًا',
        'عدد الأشخاص الذين وجدوا هذا المحتوى مفيدًا {n}',
        'سؤال وجواب: {n} سؤالًا حول هذا الموضوع',
      ],
      related: [
        'مقالات مرتبطة',
        'اقرأ أيضاً على هبة بريس',
        'روابط ذات علاقة',
        'مزيد من البيانات الصحفية',
        'الأكثر قراءة في ويب طب',
        'تقرير ذو صلة: {rel}',
        'أسئلة شائعة ذات علاقة',
      ],
      copyright: [
        '© {y} هيومن رايتس ووتش',
        'جميع الحقوق محفوظة لوزارة الصحة {y} ©',
        'المعلومات الواردة في هذا المقال لا تغني عن استشارة الطبيب المختص',
        '© منظمة الصحة العالمية {y}. بعض الحقوق محفوظة. هذا العمل متاح بموجب ترخيص CC BY-NC-SA 3.0 IGO',
        'جميع الحقوق محفوظة © الطبي {y}',
        'يمنع نسخ المقالات أو إعادة نشرها دون ذكر المصدر - هبة بريس',
        '© منظمة العفو الدولية {y}',
      ],
      advertisement: [
        'تبرّع الآن لدعم عملنا الطبي',
        'استشر طبيبًا أونلاين الآن بخصم {few}0%',
        'حمّل تطبيق صحتي من متجر التطبيقات',
        'تبرعك الشهري ينقذ الأرواح',
        'احجز موعدك مع أفضل الأطباء في {place}',
        'إعلان • تابع القراءة أسفله',
        'خصم {few}0% على الاستشارات الطبية عبر التطبيق',
      ],
    },
  },
  pools: {
    en: {
      name: [
        'Tamsin Okonkwo-Reid',
        'Fergus Abernethy',
        'Priyanka Doshi-Hale',
        'Marguerite Lévesque',
        'Nnamdi Achterberg',
        'Solveig Rasmussen',
      ],
      source: [
        'Lambeth Nurses Forum',
        'Sahel Relief Coalition',
        'Clinical Review Weekly',
        'Northern Care Workers Union',
        'Health Equity Watch',
        'Riverside Hospice Trust',
      ],
      credit: ['Ines Vandermeulen', 'Thabo Mokoena-Grey', 'Lucie Baptistin', 'Rory McQuillan', 'Aigerim Sadykova'],
      section: [
        'Infectious diseases',
        'Migrant health',
        'Humanitarian access',
        'Health workforce',
        'Guidance and regulation',
        'Field stories',
        'Pay and conditions',
        'Research news',
      ],
      tag: [
        'Cholera vaccination',
        'Nurse staffing ratios',
        'Attacks on health care',
        'Severe acute malnutrition',
        'Noma in children',
        'Measles catch-up campaign',
      ],
      place: ['Bunia', 'Kalemie', 'Bangui', 'Bossangoa', 'Malakal', 'Adré', 'Kamloops', 'Sault Ste. Marie', 'Timmins'],
      rel: [
        'Clinics under fire: a year of attacks on health workers',
        'Why nurses are leaving the profession',
        'Cholera returns to camps along the border',
      ],
    },
    ar: {
      name: ['نوال بنشقرون', 'عبد الحق الزموري', 'رحاب الجيلاني', 'مصطفى ولد الشيخ', 'سهى الدباغ', 'أنس الكتاني'],
      source: [
        'الجمعية المغربية لحقوق المرضى',
        'التحالف الإقليمي لمكافحة الكوليرا',
        'المرصد الصحي العربي',
        'نقابة الممرضين المستقلة',
        'الهيئة الطبية للإغاثة',
        'مرصد العدالة الصحية',
      ],
      credit: ['أيوب الزياني', 'سيلين فرانسوا', 'نادر الشنقيطي', 'جوليا مارتينيث', 'هشام البقالي'],
      section: [
        'البيانات الصحفية',
        'الأمراض المعدية',
        'صحة الأم والطفل',
        'حقوق المرضى',
        'صحة المجتمع المحلي',
        'الإغاثة الطبية',
        'استشارات طبية',
        'صحة اللاجئين',
      ],
      tag: [
        'التطعيم ضد الكوليرا',
        'الهزال لدى الأطفال',
        'داء الليشمانيات',
        'الاعتداء على المرافق الصحية',
        'التهاب الكبد هاء',
        'نقص الأطر الطبية',
      ],
      place: ['تارودانت', 'وزان', 'الرشيدية', 'ميدلت', 'تجكجة', 'ألاك', 'زاكورة', 'مأرب', 'عرسال'],
      rel: [
        'مستشفيات الأقاليم تعاني نقصًا في الأطباء',
        'عودة الكوليرا إلى المخيمات الحدودية',
        'الهجمات على المرافق الصحية تتضاعف خلال عام',
      ],
    },
  },
  lookalikes: {
    en: [
      'Donated blood from recovered patients is being tested as a treatment in three hospitals.',
      'Published figures from the health department show waiting lists have doubled since spring.',
      'Linked records from GP surgeries helped researchers trace the outbreak to a single care home.',
      'Region by region, the vaccination rate fell furthest in the north of the country.',
      'Topics raised by the nurses ranged from unpaid overtime to broken hoists on the wards.',
      'Printer ink and paper ran out at the clinic in Bunia, so staff wrote prescriptions by hand.',
      'Statement after statement from the ministry promised that the fuel would arrive within days.',
      'Explore the data yourself and you will find that the worst-hit districts are the poorest.',
      'Most viewed clips on the union’s channel show nurses describing twelve-hour shifts.',
      'Respond quickly, the guidance says, because children with cholera can die within hours.',
    ],
    ar: [
      'بلاغ الوزارة الأخير دعا المواطنين إلى تلقيح أطفالهم قبل بداية الموسم الدراسي.',
      'المصادر الطبية في المستشفى أكدت أن ثلاثة مرضى ما زالوا في العناية المركزة.',
      'تبرّع عشرات الشبان بالدم بعد نداء أطلقه المستشفى الجهوي في تارودانت.',
      'هل كانت الحملة كافية؟ يرى الأطباء أن نصف الأطفال لم يتلقوا الجرعة الثانية.',
      'المنطقة الجبلية في ميدلت تبعد ساعتين عن أقرب مركز صحي.',
      'مقالات الأطباء في الصحف المحلية حذرت من نقص الأدوية منذ الصيف.',
      'تمت المراجعة الدورية لمخزون اللقاحات فتبيّن أن بعضه انتهت صلاحيته.',
      'الكلمات الأولى للمريضة بعد العملية كانت عن أطفالها الثلاثة.',
      'روابط القرابة بين المصابين ساعدت الفرق الطبية على تتبع العدوى.',
      'قيّم الأطباء حالة المرضى كل ست ساعات طوال الأسبوع الأول.',
    ],
  },
};
