/**
 * A thirty-ninth set, written on 6 December 2026 (19:39–19:43 UTC) by a helper who read none of the
 * cleaner, not even its label tables (the novelty check below compares with them), nor
 * docs/cleaning.md beyond its paragraphs on the earlier sets' sources, but the earlier sets,
 * `bench/clean-furniture/{kinds,fill,sets}.ts`, `bench/clean-eval.ts` and `bench/clean-novelty.ts`;
 * it is to be run once, by name. Like blind-13 to blind-36 it is furniture as real sites print it,
 * from outlets and regions those sets left out: in English, think tanks and policy institutes
 * (Brookings with its program bylines and "Support independent research", Chatham House with its
 * "Expert comment" and the Royal Institute's copyright, the Carnegie Endowment with nonresident
 * scholars and reprint notes, the Atlantic Council, CSIS with "Published by" and "This piece is
 * part of" series lines, funders' disclaimers and "The views expressed" notes), a Tegna local TV
 * station (KING 5 of Seattle with "Download the app", text-alert prompts, news tips, weather-alert
 * banners, KING-TV copyright and "(KING)" datelines) and South-East Asian English papers not yet
 * used (the South China Morning Post with HKT stamps, SCMP+ and its Conversation, Rappler with
 * Rappler+ and PHT stamps, the Philippine Daily Inquirer's INQUIRER.net with Inquirer Research and
 * Inquirer Plus, with "QUEZON CITY, Philippines —" and Cebu datelines), with ET, PHT and HKT; in
 * Arabic, think tanks' Arabic sites (the Al Jazeera Centre for Studies, the Carnegie Middle East
 * Center, the Arab Reform Initiative, the Emirates Policy Center: nonresident researchers,
 * disclaimers that the views are the author's, translation notes, PDF downloads, related papers and
 * upcoming events), the Sharjah daily Al Khaleej (with «الخليج» datelines, UAE time, its app and
 * digital edition and Dar Al Khaleej's copyright) and the Marrakech regional portal Kech24 (with
 * "على الساعة" stamps, Marrakech-Safi region lists, "إشهار" ad markers and visitors' comments). Six
 * to eight phrasings per kind and language, the first three of each list the commoner on real
 * pages; Latin and Arabic-Indic digits in Arabic; its own names, outlets, places (Philippine towns,
 * Hong Kong districts and towns of Washington State in English; towns of the Marrakech-Safi region
 * and of Sharjah in Arabic), sections and tags; ten look-alikes a language, sentences of a
 * public-health story that open as furniture does and must stay. Checked by
 * `DIRS=bench/clean-furniture,src/core/ingest,tests/fixtures node bench/clean-novelty.ts --set
 * blind-37` against every earlier set, the fixtures and the label tables (0 overlaps after
 * revising, in eight passes (35, 4, 1, then 0 five times), the 35 it flagged in the first: 29 on 17
 * phrasings the tables, fixtures or earlier sets had, 5 English and 12 Arabic, a place earlier
 * pools had in English, and two sections, a tag and two places in Arabic; the second pass flagged
 * 4, on a revised Arabic phrasing and two substitute Arabic places; the third 1, on a substitute
 * Arabic place; the fourth found none, and so did every pass after a later edit: a share phrasing
 * and a look-alike reworded, the registration, formatting and this comment), and committed before
 * its only run (`npm run eval:clean -- --set blind-37`; `--set all` leaves it out until then).
 */
import type { TemplateSet } from './kinds.ts';

export const BLIND_37: TemplateSet = {
  templates: {
    en: {
      breadcrumb: [
        'Brookings › Research › {s1}',
        'Chatham House / Expert comment / {s1}',
        'SCMP > {s1} > {s2}',
        'Carnegie Endowment ▸ Research ▸ {s1}',
        'Atlantic Council » Blogs » {s1}',
        'KING 5 | Local News | {s1}',
        'Rappler • {s1} • {s2}',
        'INQUIRER.net ‣ {s1}',
      ],
      timestamp: [
        'Published: {h12}:{M}{ampm}, {d} {mon} {y}',
        '{mon} {d}, {y} · {n} min read',
        'Updated: {h12}:{M} {AMPM} ET {mon} {d}, {y}',
        '{mon3} {d}, {y} {h12}:{M} {ampm} PHT',
        'Posted at {h12}:{M} {AMPM} HKT, {wd}, {mon} {d}, {y}',
        'Commentary dated {d} {mon} {y}',
        'Updated {d}.{mm}.{y} at {HH}:{M} (Manila)',
      ],
      byline: [
        '{name}, Senior Fellow, Global Health Program',
        'Expert comment by {name}',
        'By {name}, KING 5 News',
        '{name} | South China Morning Post',
        '{name}, Nonresident Scholar',
        'Written by {name} for Rappler',
        'Authors: {name} and {name2}',
      ],
      dateline: [
        'QUEZON CITY, Philippines —',
        'HONG KONG —',
        '{PLACE} (KING) —',
        '{place}, Philippines (Rappler) –',
        'TACOMA, Wash. —',
        '{PLACE}, Cebu —',
        '{place} — A Rappler investigation:',
      ],
      caption: [
        'Photo: {credit}/SCMP',
        'Credit: {credit}, KING 5',
        'Illustration by {credit} for Rappler',
        '{credit} / INQUIRER.net',
        'Photo credit: {credit} via Chatham House',
        'Image: {credit}, courtesy of the Atlantic Council',
        'Chart by Brookings; data from {credit}',
      ],
      source: [
        'This piece is part of the Global Health Security series.',
        'Published by the Center for Strategic and International Studies',
        'Inquirer Research, with data from {source}',
        'This commentary first ran on the website of {source}.',
        'Data in this report were supplied by {source}.',
        'Originally published on Foreign Policy; reprinted by Carnegie.',
        'The views expressed here are the author’s own and not those of {source}.',
      ],
      tags: [
        'Issue areas: {t1}, {t2}',
        'Programs: {t1} | {t2}',
        'More on: {t1} · {t2} · {t3}',
        'Regions and issues — {t1}; {t2}',
        'Trending in Hong Kong: {t1}',
        'Trending tags #{t1} · #{t2}',
      ],
      share: [
        'Download the KING 5 app',
        'Share this story on Viber',
        'Email this commentary',
        'Print this page (PDF)',
        'Text "NEWS" to receive breaking alerts from KING 5',
        'Share this commentary on LinkedIn',
      ],
      comments: [
        'Join the conversation on Rappler',
        'SCMP Conversation · {n} comments',
        'Have a news tip? Send it to the KING 5 newsroom',
        'Read the community rules before you post',
        'Comments on this article are moderated by the Inquirer',
        'Sign in to join the SCMP discussion',
      ],
      related: [
        'More from the Global Health Program',
        'Further reading from Chatham House',
        'Related content from Carnegie',
        'Upcoming event: {rel}',
        'Most viewed in Asia',
        'Also on Rappler: {rel}',
        'Watch next on KING 5',
      ],
      copyright: [
        '© {y} The Brookings Institution',
        'Copyright {y} by KING-TV. All rights reserved.',
        'Copyright © {y} South China Morning Post Publishers Ltd.',
        '© {y} Carnegie Endowment for International Peace',
        '© The Royal Institute of International Affairs, {y}',
        'Copyright © {y} Rappler Inc.',
        '© {y} Philippine Daily Inquirer, Inc. — all rights reserved',
      ],
      advertisement: [
        'Weather Alert: Winter storm warning in effect for the Cascades',
        'Support independent research: give to Brookings',
        'SCMP+ subscribers read this first',
        'Become a Rappler+ member',
        'Sponsored content from our partners',
        'Inquirer Plus: read the digital edition',
        'This programme is supported by a grant from a funder who had no role in its findings.',
      ],
    },
    ar: {
      breadcrumb: [
        'الرئيسية › مقالات › {s1}',
        'مركز الجزيرة للدراسات / {s1} / {s2}',
        'كارنيغي للشرق الأوسط ◂ تحليلات ◂ {s1}',
        'مبادرة الإصلاح العربي | {s1}',
        'الخليج ← {s1} ← {s2}',
        'كشـ24 » {s1}',
        'مركز الإمارات للسياسات ‹ {s1}',
      ],
      timestamp: [
        '{d} {monAr} {y} - حُدّث على الساعة {HH}:{M}',
        'نُشرت في {wd}، {dA} {monAr} {yA}',
        'تاريخ النشر: {dd}/{mm}/{y} - {HH}:{M} بتوقيت الإمارات',
        '{ddA}-{mmA}-{yA} على الساعة {HA}:{MA}',
        'منشور قبل {n} دقيقة',
        'صدرت الورقة في {monLev} {y}',
        'مدة القراءة: {n} دقائق',
      ],
      byline: [
        'بقلم: {name}، باحث غير مقيم',
        'متابعة: {name} – الخليج',
        'كشـ24 - {name}',
        'إعداد: {name} | مركز الجزيرة للدراسات',
        'الباحثة الزائرة {name}',
        'مراكش: {name}',
        'تأليف {name} و{name2}',
      ],
      dateline: [
        'الشارقة - «الخليج»:',
        'مراكش – كشـ24',
        '{place} - كشـ24:',
        'أبوظبي: «الخليج»',
        'الدوحة – مركز الجزيرة للدراسات',
        '{place} (المغرب) ـ',
        'قلعة السراغنة - مراسل الموقع',
      ],
      caption: [
        'الصورة: {credit} - الخليج',
        '(كشـ24)',
        'صورة تعبيرية - أرشيف',
        'المصدر: الجزيرة - تصميم {credit}',
        'عدسة {credit} لكشـ24',
        'رسم بياني من إعداد المركز',
        'الصورة لـ{credit} عبر كارنيغي',
      ],
      source: [
        'الآراء الواردة في هذه الورقة تعبر عن رأي كاتبها ولا تعبر بالضرورة عن رأي المركز.',
        'هذه الترجمة العربية للنص الأصلي المنشور بالإنكليزية.',
        'نقلته كشـ24 عن {source}',
        'عن موقع {source}، بتصرف من المحرر',
        'حسب معطيات {source}',
        'تنشر هذه المادة بالتعاون مع {source}',
        'اعتمد هذا التقرير على بيانات {source}.',
      ],
      tags: [
        'المواضيع: {t1}، {t2}',
        'برامج ذات صلة: {t1} / {t2}',
        'كلمات مفتاحية: {t1} - {t2} - {t3}',
        'ضمن ملف المركز: {t1}',
        'وسوم كشـ24: #{t1}',
        'يرتبط بـ: {t1} | {t2}',
      ],
      share: [
        'شارك هذه الورقة',
        'تحميل الدراسة (PDF)',
        'طباعة هذه الصفحة',
        'نسخ رابط الورقة',
        'شارك المقال عبر لينكدإن',
        'حمّل تطبيق الخليج',
      ],
      comments: [
        'أضف تعليقك على كشـ24',
        'نقاش القراء حول الورقة · {n}',
        'اكتب تعليقًا: اسمك وبريدك الإلكتروني',
        'المرجو الالتزام بآداب الحوار',
        'أرسل ملاحظاتك على الورقة إلى المركز',
        'تعليقات الزوار تعبر عن أصحابها',
      ],
      related: [
        'أوراق ذات صلة',
        'المزيد من التحليلات',
        'منشورات أخرى للكاتب',
        'اخترنا لكم من الخليج: {rel}',
        'في نفس السياق: {rel}',
        'الأكثر قراءة في جهة مراكش آسفي',
        'فعاليات قادمة للمركز',
      ],
      copyright: [
        'جميع الحقوق محفوظة لمركز الجزيرة للدراسات © {y}',
        '© {y} مؤسسة كارنيغي للسلام الدولي',
        'صحيفة الخليج © {yA} - حقوق الطبع محفوظة لدار النشر',
        'كشـ24 © {y} - كل الحقوق محفوظة للموقع',
        'مبادرة الإصلاح العربي {y} ©',
        'كل الحقوق محفوظة لمركز الإمارات للسياسات {y}',
      ],
      advertisement: [
        'مادة إعلانية مدفوعة',
        'اشترك في النسخة الرقمية من الخليج',
        'فضاء إشهاري',
        'ادعم البحث المستقل في المنطقة العربية',
        'للإشهار على كشـ24 اتصلوا بنا',
        'يتواصل المقال بعد الإشهار',
      ],
    },
  },
  pools: {
    en: {
      name: [
        'Maricel Dimaculangan',
        'Joaquin Sarmiento',
        'Wong Ka-yan',
        'Tobias Lindqvist-Hale',
        'Anjali Raghunathan',
        'Desmond Okafor-Reyes',
        'Harriet Coldwell',
        'Bryce Tamura',
      ],
      source: [
        'Philippine Department of Health Region VII',
        'Hong Kong Centre for Health Protection',
        'Snohomish County Health Department',
        'Lancet Regional Health Western Pacific',
        'Pacific Islands Pandemic Observatory',
        'Global Health Security Index team',
      ],
      credit: ['Jilson Tiu', 'Felix Wong', 'Rey Baniquet', 'Ellen Kowalczyk', 'Gerard Carreon'],
      section: [
        'Global Health Security',
        'Foreign Policy Research',
        'Hong Kong Health',
        'Visayas News',
        'Puget Sound',
        'Asia-Pacific Programme',
        'Mindanao Stories',
        'China Science',
      ],
      tag: [
        'Dengue in Cebu',
        'Pandemic preparedness treaty',
        'Hospital capacity in Hong Kong',
        'Snohomish County',
        'Zoonotic spillover',
        'Health diplomacy',
      ],
      place: [
        'Iloilo City',
        'Tacloban',
        'General Santos',
        'Bacolod',
        'Tuen Mun',
        'Kwun Tong',
        'Everett',
        'Olympia',
        'Bellingham',
        'Lapu-Lapu',
      ],
      rel: [
        'Dengue wards in Iloilo fill up as rainy season peaks',
        'What a pandemic treaty could mean for Southeast Asia',
        'Everett clinic extends hours for flu shots',
      ],
    },
    ar: {
      name: ['نوال الصفريوي', 'عبد الرحيم الحوزي', 'لطيفة الكتبي', 'حمدان الشامسي', 'يوسف الشريف', 'نادين بركات'],
      source: [
        'المديرية الجهوية للصحة بمراكش آسفي',
        'هيئة الصحة في الشارقة',
        'المرصد الوطني للتنمية البشرية',
        'منظمة الصحة العالمية في شرق المتوسط',
        'المستشفى الجامعي محمد السادس بمراكش',
        'مؤسسة الإمارات للخدمات الصحية',
      ],
      credit: ['عادل الطاهري', 'مريم الزعابي', 'هشام بوعلي', 'سارة المهيري', 'رضوان الحمري'],
      section: [
        'جهويات',
        'أوراق بحثية',
        'تقديرات موقف',
        'شؤون إماراتية',
        'مراكش والحوز',
        'الأمن الصحي',
        'دراسات خليجية',
        'قضايا إقليمية',
      ],
      tag: [
        'المنظومة الصحية بالمغرب',
        'الأمن الصحي الخليجي',
        'اللقاحات في الحوز',
        'مستشفيات القرب بالحوز',
        'الحماية الاجتماعية',
        'الأوبئة العابرة للحدود',
      ],
      place: [
        'الصويرة',
        'آسفي',
        'شيشاوة',
        'الحوز',
        'تحناوت',
        'اليوسفية',
        'ابن جرير',
        'الرحامنة',
        'وادي الحلو',
        'المدام',
      ],
      rel: ['مستشفى شيشاوة يستقبل أطباء جدداً', 'الشارقة توسع برنامج الفحص المبكر', 'ماذا تعلمت دول الخليج من الجائحة؟'],
    },
  },
  lookalikes: {
    en: [
      'Published figures from the province showed that dengue admissions in Iloilo City had doubled in a month.',
      'Expert advice reached the barangay health workers only after the outbreak had spread to three villages.',
      'Download speeds in the clinics of Tacloban were too slow for the doctors to send X-rays to the city.',
      'Share of hospital beds held by flu patients in Everett rose to a third, the county said.',
      'Related cases were traced to a wedding in Bacolod, where two hundred guests had shared a buffet.',
      'Further reading of the test results showed that most of the children had been infected twice.',
      'Weather permitting, the mobile vaccination team will reach the islands off Lapu-Lapu next week.',
      'Sponsored by the city council, the free clinic in Tuen Mun saw more than four hundred patients on its first day.',
      'Comments from nurses in Olympia suggest that staff shortages are worse than the state admits.',
      'Programs to train village midwives in Mindanao have halved the number of home births without help.',
    ],
    ar: [
      'المصدر الوحيد للمياه في دوار قرب شيشاوة كان بئراً لم تُفحص منذ سنوات.',
      'نقلاً عن أطباء في مراكش، استقبل المستشفى الجامعي ضعف طاقته خلال الأسبوع الماضي.',
      'الصورة التي رسمها الأطباء عن مستشفى آسفي كانت قاتمة، فالأسرّة لا تكفي نصف المرضى.',
      'شارك مئات المتطوعين في الحوز في توزيع الأدوية على القرى التي عزلها الثلج.',
      'التعليقات التي تلقتها الوزارة من الممرضين تحدثت عن ساعات عمل مرهقة بلا تعويض.',
      'جميع المراكز الصحية في وادي الحلو مجهزة الآن لإجراء الفحوص السريعة، وفق الهيئة.',
      'إعلان حالة الطوارئ في اليوسفية جاء بعد تسجيل عشرات الإصابات في أسبوع واحد.',
      'المزيد من الأطباء سيلتحقون بمستشفى ابن جرير مطلع العام المقبل، بحسب المديرية.',
      'بقلم رصاص وورقة، كانت الممرضة تسجل أسماء الأطفال الذين تلقوا اللقاح في تحناوت.',
      'الآراء داخل المجلس الجماعي للصويرة انقسمت حول نقل المستوصف إلى خارج المدينة.',
    ],
  },
};
