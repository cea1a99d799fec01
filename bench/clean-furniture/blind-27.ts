/**
 * A twenty-ninth set, written on 6 December 2026 (07:16–07:20 UTC) beside blind-26 and by the
 * same helper, who read no more than for blind-26; it is to be run once, by name. Like blind-13
 * to blind-26 it is furniture as real news sites print it, from outlets, platforms and regions
 * those sets left out: South African sites not yet used (TimesLIVE and Arena Holdings, the Mail &
 * Guardian, GroundUp, Eyewitness News, SABC News, Bhekisisa), Namibian, Botswanan and Malawian
 * papers (New Era, Mmegi, Nyasa Times), Australian regional and local-government sites (RiotACT,
 * shire and city council newsrooms: media releases, "Media enquiries", "Page last updated", CC BY
 * licence lines, AEST), science and health magazines (STAT, Scientific American, medically
 * reviewed health sites), a student paper (The Harvard Crimson: "Crimson Staff Writer", letters
 * to the editor) and live blogs ("Key events", "Show key events only", pinned posts, "(now) and
 * (earlier)" bylines, "no longer being updated"); in Arabic, Lebanese outlets not yet used
 * (Lebanon24 and its "كتب … في «نداء الوطن»:" reposts, LBCI, Nidaa al-Watan, Asas Media,
 * Al-Mayadeen, with Levantine month names and Beirut time), Qatari papers not yet used (Lusail,
 * Al-Arab, with Doha time), Al Jazeera Mubasher, Sudanese exile media not yet used (Al-Taghyeer,
 * Darfur24, Ayin), reposts from Facebook pages (likes, replies, "ممول", public comments) and
 * Arabic live coverage ("تغطية مستمرة", "تحديث مباشر", "أبرز الأحداث", "عرض الأحداث الرئيسية
 * فقط"). Six phrasings per kind and language, the first three of each list the commoner on real
 * pages, the other three less common but printed by real sites; Latin and Arabic-Indic digits in
 * Arabic; its own names, outlets, places (South African, Namibian, Botswanan, Malawian and
 * Australian towns in English; Lebanese, Qatari and Sudanese ones in Arabic), sections and tags;
 * ten look-alikes a language, sentences of a public-health story that open as furniture does
 * (`Key workers…`, `Pinned to the clinic door…`, `Media reports…`, `Medically, …`, `مباشرةً بعد
 * إعلان النتائج…`, `أبرز الأعراض…`, `آخر التحديثات من وزارة الصحة…`) and must stay. Checked by
 * `DIRS=bench/clean-furniture,src/core/ingest,tests/fixtures node bench/clean-novelty.ts --set
 * blind-27` against every earlier set (blind-25 too, and blind-26), the fixtures and the label
 * tables (0 overlaps after revising, in four passes, the 40 it flagged in the first, several to a
 * phrasing: 21 on 12 phrasings the tables, fixtures or earlier sets had, four tags and four places
 * earlier pools had in English, a section, two tags and eight Lebanese, Qatari and Sudanese places
 * in Arabic; the second pass flagged 11, the revised wordings and substitutes among them, the
 * third a substitute place), and committed before its only run (`npm run eval:clean -- --set
 * blind-27`; `--set all` leaves it out until then).
 */
import type { TemplateSet } from './kinds.ts';

export const BLIND_27: TemplateSet = {
  templates: {
    en: {
      breadcrumb: [
        'TimesLIVE › {s1} › {s2}',
        'Mail & Guardian / {s1}',
        'Council news › Media releases › {s1}',
        'STAT › {s1}',
        'The Crimson | {s1}',
        'RiotACT › {s1} › Canberra',
      ],
      timestamp: [
        'Posted {HH}:{M}, {d} {mon} {y} SAST',
        'Updated at {HH}.{M} AEST',
        'Page last updated: {d} {mon} {y}',
        'Medically reviewed on {mon} {d}, {y}',
        'Pinned · {n} min ago',
        'Published {wd}, {mon} {d}, {y} at {h12}:{M} {ampm}',
      ],
      byline: [
        '{name}, Health reporter',
        'By {name}, Crimson Staff Writer',
        'Medically reviewed by {name}, MD — Written by {name2}',
        '{name} | GroundUp',
        '{name} for Bhekisisa Centre for Health Journalism',
        '{name} (now) and {name2} (earlier)',
      ],
      dateline: [
        '{PLACE} (EWN) -',
        '{PLACE} — Mmegi —',
        '{place}, {wd} (SABC News) –',
        '{PLACE} (STAT) —',
        '{place} — Nyasa Times',
        '{PLACE} — New Era —',
      ],
      caption: [
        'Image: {credit}/TimesLIVE',
        'Photo: {credit} / GroundUp',
        'Image courtesy of the municipality',
        'Illustration: {credit} for Scientific American',
        'Photo: {credit}/The Crimson',
        'The mayor and councillors at the opening of the new community health hub. Photo: {credit}',
      ],
      source: [
        'Republished courtesy of {source}.',
        'Media enquiries: {name}, Communications Officer',
        'An earlier version of this article ran in {source}.',
        'This is a media release from {source}.',
        'Reporting for this live blog was contributed by {source}.',
        'This live page is no longer being updated.',
      ],
      tags: [
        'Topics on this page: {t1}, {t2}, {t3}',
        'Filed in {t1} · {t2}',
        'Categories: {t1} and {t2}',
        'Research areas: {t1} / {t2}',
        'Related services: {t1}, {t2}',
        'Keywords {t1} | {t2} | {t3}',
      ],
      share: [
        'Copy link to this update',
        'Share on Facebook Messenger',
        'Print this media release',
        'Email this media release',
        'Share via Signal',
        'Add The Crimson to your home screen',
      ],
      comments: [
        'Comments are closed on this live blog',
        '{n} comments · Sort by newest',
        'Submit a letter to the editor',
        'Have your say on our Facebook page',
        'Sign in or create your free account to comment',
        '{n} reader responses',
      ],
      related: [
        'Key events',
        'Show key events only',
        'More from GroundUp',
        'More stories from the Council',
        'Read our earlier coverage: {rel}',
        'Further reading from STAT',
      ],
      copyright: [
        '© {y} Arena Holdings',
        '© Mail & Guardian {y}',
        'Copyright © {y} The Harvard Crimson, Inc.',
        '© {y} Shire Council. Content on this site is licensed CC BY 4.0',
        '© {y} SCIENTIFIC AMERICAN, A DIVISION OF SPRINGER NATURE AMERICA, INC.',
        'Republish our articles for free under a Creative Commons licence',
      ],
      advertisement: [
        'ADVERTISING · CONTENT CONTINUES BELOW',
        'Advertisement · Scroll to continue reading',
        'Funded content · {source}',
        'Support independent student journalism',
        'Brought to you in partnership with {source}',
        'Presented by {source} · Sponsored',
      ],
    },
    ar: {
      breadcrumb: [
        'لبنان 24 › {s1}',
        'أخبار LBCI › {s1}',
        'نداء الوطن / {s1} / {s2}',
        'صحيفة لوسيل » {s1}',
        'العرب القطرية | {s1}',
        'التغيير › {s1} › دارفور',
      ],
      timestamp: [
        '{wd} {dA} {monLev} {yA} - {HA}:{MA} بتوقيت بيروت',
        '{HH}:{M} | {d} {monAr} {y} — تحديث مباشر',
        'نُشر في {dd}.{mm}.{y} | {HH}:{M}',
        'تغطية مستمرة — آخر تحديث منذ {n} دقيقة',
        '{d} {monAr} الساعة {HH}:{M}',
        'بتوقيت الدوحة {HH}:{M} - {ddA}/{mmA}/{yA}',
      ],
      byline: [
        'كتب {name} في «نداء الوطن»:',
        '{name} - لبنان 24',
        '{name} | التغيير',
        'تحرير: {name} | لوسيل',
        'مراسل الجزيرة مباشر {name}',
        'بقلم {name} و{name2} - أساس ميديا',
      ],
      dateline: [
        '{place}: التغيير',
        '{place} - لوسيل',
        '{place} - دارفور 24',
        '{place} | الميادين نت',
        '{place} ـ «العرب»',
        '{place} (عاين) –',
      ],
      caption: [
        'عن صفحة {credit} على فيسبوك',
        'صورة: {credit} - لبنان 24',
        'الصورة: أرشيف LBCI',
        'مصدر الصورة: {credit}/دارفور 24',
        'لقطة من بث مباشر للجزيرة مباشر',
        'منشور على فيسبوك لـ {credit}',
      ],
      source: [
        'المصدر: "{source}"',
        'تم نقل هذا المنشور من صفحة {source} على فيسبوك',
        'هذا المقال لا يعبّر بالضرورة عن رأي «التغيير»',
        'ترجمة لبنان 24 عن {source}',
        'تنشر «العرب» هذا التقرير بالاتفاق مع {source}',
        'بثّ مباشر بالتعاون مع {source}',
      ],
      tags: [
        'الكلمات الدالة {t1} - {t2}',
        'هاشتاغ: #{t1} #{t2}',
        'ضمن ملفات: {t1}، {t2}',
        '#{t1} | #{t2} | #{t3}',
        'ملف التغطية: {t1}',
        'اقرأ المزيد حول {t1}',
      ],
      share: [
        'شارك هذا التحديث',
        'انسخ رابط المنشور',
        'تابعوا البث المباشر على يوتيوب',
        'شارك على ماسنجر',
        'فعّل التنبيهات لمتابعة التغطية المباشرة',
        'ادعم التغيير بمشاركة الخبر',
      ],
      comments: [
        '{n} تعليقًا · {few} مشاركات',
        'أعجبني · رد · {n} د',
        'شاركنا رأيك في التغطية المباشرة',
        'عرض التعليقات السابقة',
        'التعليقات مغلقة في هذه التغطية',
        'اكتب تعليقًا علنيًا…',
      ],
      related: [
        'أبرز الأحداث',
        'عرض الأحداث الرئيسية فقط',
        'تغطية مستمرة: {rel}',
        'المزيد من لبنان 24',
        'آخر التحديثات',
        'ملفات التغيير',
      ],
      copyright: [
        '© {y} المؤسسة اللبنانية للإرسال انترناشيونال ش.م.ل.',
        'حقوق النشر محفوظة لموقع لبنان 24 © {y}',
        '© {y} صحيفة لوسيل - دار الشرق',
        'جميع الحقوق محفوظة لشبكة عاين {yA}',
        '© التغيير {y}',
        'يُسمح بالاقتباس مع ذكر المصدر «دارفور 24»',
      ],
      advertisement: [
        'مُموَّل · {source}',
        'إعلانات LBCI',
        'مساحة للإعلان في لبنان 24',
        'ادعم الصحافة السودانية المستقلة',
        'محتوى مموّل من {source}',
        'إعلان — المحتوى يتابع أدناه',
      ],
    },
  },
  pools: {
    en: {
      name: [
        'Thandeka Mokoena-Pillay',
        'Lachlan Fitzgibbon-Tran',
        'Rirhandzu Baloyi',
        'Siobhan Nakamura-Reid',
        'Tumelo Segwai',
        'Imogen Achterberg',
      ],
      source: [
        'Karoo Health Monitor',
        'Hunter Valley Bugle',
        'Okavango Courier',
        'Riverina Council Newsroom',
        'Lab Bench Weekly',
        'Quad Daily Student Press',
      ],
      credit: ['Sipho Ndlovu-Marais', 'Bronwyn Tait', 'Keabetswe Ramotswa', 'Declan Ferreira', 'Matilda Oyelaran'],
      section: [
        'Eastern Cape',
        'Live Blogs',
        'Council News',
        'Public Health Research',
        'Campus News',
        'Southern Africa',
        'Mental Health',
        'Queensland Regional',
      ],
      tag: [
        'Tuberculosis',
        'Rotavirus',
        'Murray Valley encephalitis',
        'Schistosomiasis in schools',
        'Q fever',
        'PrEP access',
      ],
      place: ['Mthatha', 'Giyani', 'Rustenburg', 'Oshakati', 'Maun', 'Mzuzu', 'Kingaroy', 'Moree', 'Mudgee', 'Bunbury'],
      rel: [
        'Cholera returns to the Eastern Cape as taps run dry',
        'Ross River virus cases climb after the floods',
        'Why TB clinics in Rustenburg keep running out of test kits',
      ],
    },
    ar: {
      name: ['جاد أبو جودة', 'لمى الكواري', 'هاني بشارة', 'سهى المهندي', 'الطيب ود الزين', 'مزن عبد الرحيم'],
      source: ['نافذة صور', 'مرصد البقاع', 'صدى الخور', 'بريد الوكرة', 'منبر كسلا', 'نبض النيل الأزرق'],
      credit: ['طوني خوري', 'حمد المري', 'آدم أبكر', 'نادين صعب', 'عبد المنعم دفع الله'],
      section: [
        'محليات لبنانية',
        'الخليج وقطر',
        'السودان في الحرب',
        'تغطيات مباشرة',
        'نازحون',
        'صحة ومجتمع',
        'تحقيقات ميدانية',
        'البقاع والجنوب',
      ],
      tag: [
        'الكوليرا في الشمال',
        'حمى الضنك في كسلا',
        'سوء التغذية الحاد لدى الرضع',
        'الجرب في المخيمات',
        'التهاب السحايا الجرثومي',
        'لقاح شلل الأطفال',
      ],
      place: ['راشيا', 'بعلبك', 'حاصبيا', 'البترون', 'الرويس', 'الخيسة', 'الدمازين', 'الفاشر', 'شندي', 'كوستي'],
      rel: [
        'الكوليرا تعود إلى مخيمات النازحين في كسلا',
        'مستشفى بعلبك الحكومي يعمل بنصف طاقته',
        'حملة تطعيم في مدارس الوكرة',
      ],
    },
  },
  lookalikes: {
    en: [
      'Key workers at the clinic were the first to receive the booster, the department said.',
      'Pinned to the clinic door, a handwritten notice told patients the pharmacy had run out of antiretrovirals.',
      'Media reports of the cholera cases in Mthatha reached the health department before its own surveillance did.',
      'Medically, the child was stable by Tuesday, but she remained in isolation.',
      'Live cattle markets in the district were closed for two weeks to stop the spread.',
      'Show me the data, the mayor told the council, before you ask ratepayers for more.',
      'Updated guidance from the department asks clinics to screen every patient who coughs for more than two weeks.',
      'Council workers sprayed the stormwater drains in Toowoomba after mosquito numbers rose.',
      'Students at the university were offered free flu shots in the library.',
      'Comments from nurses in the report describe wards with one staff member for forty patients.',
    ],
    ar: [
      'مباشرةً بعد إعلان النتائج، فتحت الوزارة مراكز جديدة للفحص.',
      'تغطية النفقات الطبية للنازحين تعتمد على المنظمات الدولية، بحسب الأطباء.',
      'أبرز الأعراض التي سجلها الأطباء في كسلا كانت الحمى والإسهال.',
      'منشور على صفحة المستشفى طلب من المتبرعين بالدم الحضور صباحًا.',
      'الصورة التي التقطها المسعفون تظهر خيامًا غمرتها المياه.',
      'بث مباشر من المستشفى أظهر الممرات مكتظة بالمرضى.',
      'إعلان حالة الطوارئ في الفاشر جاء بعد وفاة عشرين طفلًا.',
      'التعليقات التي تلقتها البلدية من السكان تركزت على انقطاع المياه.',
      'آخر التحديثات من وزارة الصحة تشير إلى تراجع الإصابات في زحلة.',
      'المصدر الوحيد لمياه الشرب في المخيم هو بئر قديمة.',
    ],
  },
};
