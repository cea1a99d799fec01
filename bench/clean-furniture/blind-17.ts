/**
 * A nineteenth set, written on 5 December 2026 (22:05–22:15 UTC) while round 16 changed the
 * cleaner on other branches, by a helper who read none of the cleaner but its label tables (and
 * those only so as not to reuse them), the earlier sets, `bench/clean-eval.ts` and
 * `bench/clean-novelty.ts`; it is to be run once, after those changes are merged. Like blind-13
 * to blind-16 it is furniture as real news sites print it, from outlets, platforms and regions
 * those sets left out: East African papers and agencies (Nation Media Group, The Standard, the
 * Ethiopian News Agency), Irish sites (TheJournal.ie, the Irish Independent, the Irish Examiner,
 * RTÉ), Jamaican papers, American local TV station sites (Nexstar, Gray, TEGNA), syndication on
 * Yahoo and Apple News, The Conversation's author lines, press-release wires (PR Newswire,
 * Business Wire, EIN Presswire, Newsfile), AAP, and Medium, Substack, Ghost and Unsplash on
 * blogs; in Arabic, Sudanese, Libyan, Palestinian and Mauritanian agencies (SUNA, LANA, WAFA,
 * AMI), Libyan, Jordanian, Yemeni and Palestinian sites (Al-Wasat, Arab48), the Arabic services
 * of Turkish and Iranian state media (TRT Arabi, Anadolu, IRNA, Al-Alam), Arabic newsletter
 * blogs and reposts on Telegram channels. Six phrasings per kind and language, the first three
 * of each list the commoner on real pages, the other three less common but printed by real
 * sites; its own names, outlets, places (East African, Irish, Australasian and Caribbean towns in
 * English; Sudanese, Yemeni, Libyan, Jordanian, Palestinian, Kuwaiti and Mauritanian ones in
 * Arabic), sections and tags; ten look-alikes a language, sentences of a public-health story
 * that open as furniture does (`Share prices fell…`, `By the end of…`, `المصدر الرئيسي للعدوى…`,
 * `كتب الأطباء…`) and must stay. Checked by `DIRS=bench/clean-furniture,src/core/ingest,tests/fixtures
 * node bench/clean-novelty.ts --set blind-17` against every earlier set, the fixtures and the
 * label tables (0 overlaps after revising, in two passes, the 40 it flagged in the first:
 * phrasings the fixtures, the tables or earlier sets had, two sections, a tag and five Sudanese,
 * Yemeni, Libyan and Jordanian places earlier pools had), and committed before its only run (`npm run eval:clean -- --set
 * blind-17`; `--set all` leaves it out until then).
 */
import type { TemplateSet } from './kinds.ts';

export const BLIND_17: TemplateSet = {
  templates: {
    en: {
      breadcrumb: [
        'Home › {s1} › {rel}',
        'News > Local > {s1}',
        'Home | {s1} | {rel}',
        'News Releases > {s1} > {s2}',
        'Local News / {s1}',
        '{source} › {s1} › {rel}',
      ],
      timestamp: [
        'Published: {mon3}. {d}, {y} at {h12}:{M} {AMPM} CDT',
        'Updated: {h12}:{M} {AMPM} EDT {mon} {d}, {y}',
        '{mon3} {dd}, {y}, {HH}:{M} ET',
        'Published: {mon} {d}, {y} {h12}.{M}{ampm} AEDT',
        '{HH}:{M}, {mon3} {d} {y}',
        'Updated / {wd}, {d} {mon3} {y} {HH}:{M}',
      ],
      byline: [
        'Author: {name} (KSDK)',
        'By {NAME} Senior staff reporter',
        '{name} Health writer Nation Media Group',
        'By {name} and {name2}, Irish Independent',
        '{name}, Associate Professor of Epidemiology, University of Otago',
        '{name} · Follow · {few} min read',
      ],
      dateline: [
        '{PLACE}, {mon} {d}, {y} /PRNewswire/ --',
        '{PLACE}--(BUSINESS WIRE)--',
        '{PLACE} (AAP) -',
        '{PLACE}, {mon3} {dd}, {y} /EINPresswire.com/ --',
        '{PLACE}, {mon} {d}, {y} (Newsfile Corp.) -',
        '{place}, {mon} {d}/{y} (ENA)',
      ],
      caption: [
        'Nurses at the county referral hospital attend to patients in the outpatient wing. Photo credit: {credit} | Nation Media Group',
        'Residents queue for oral cholera vaccines outside a health centre. [{credit}, Standard]',
        'Patients on trolleys in the emergency department of a hospital in the city. Picture: {credit}',
        'Photo by {credit} on Unsplash',
        'A lab technician loads samples into a sequencing machine. (PRNewsfoto/{credit})',
        'A nurse draws up a measles jab at a dispensary. PHOTO | FILE | NMG',
      ],
      source: [
        'This story first appeared on {source}.',
        'Republished from {source} with permission',
        'Cross-posted from {source}',
        '{source} contributed to this story.',
        'A version of this story appeared in {source}.',
        'This piece originally ran in {source}.',
      ],
      tags: [
        'Story tags: {t1} | {t2}',
        'Distribution channels: {t1}, {t2}, {t3}',
        'Industry: {t1}, {t2}',
        'Topics in this post: {t1}, {t2}',
        'Tagged as {t1} · {t2}',
        'More about: {t1} / {t2} / {t3}',
      ],
      share: [
        'Share on Facebook Share on X Share via Email',
        'Get the {source} app on the App Store or Google Play',
        'Listen · Share',
        'Restack',
        'Open in Apple News',
        'Text this story to a friend',
      ],
      comments: [
        'Readers comments have been closed.',
        'Become a member of {source} to start commenting.',
        'Comments Restacks',
        'Write a response',
        'Load {n} more comments',
        'Commenting is only available to subscribers.',
      ],
      related: [
        'Top Picks for You',
        'More news releases in similar topics',
        'Ready for more?',
        'More from {name} and {source}',
        'Recommended from Medium',
        'In Other News',
      ],
      copyright: [
        'Copyright {y} Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.',
        'Copyright © {y} Nation Media Group. All rights reserved.',
        'Journal Media does not control and is not responsible for the content of external sites.',
        '© 1995-{y} Newsmatics Inc. dba Affinity Group Publishing & EIN Presswire All Right Reserved.',
        'Substack is the home for great culture',
        'RTÉ is not responsible for the content of external internet sites',
      ],
      advertisement: [
        'Advertisement - Content Continues Below',
        'Story continues after this ad',
        'Sponsored Links by Outbrain',
        'Advertisement · Scroll to read on',
        'Sponsored Content by Revcontent',
        'Today’s issue is brought to you by {source}.',
      ],
    },
    ar: {
      breadcrumb: [
        'الصفحة الرئيسية ← {s1} ← {s2}',
        'الرئيسية - {s1} - {rel}',
        'الرئيسية / {s1} / {s2} / {s3}',
        'أخبار > {s1} > {rel}',
        'TRT عربي › {s1}',
        'الرئيسية :: {s1} :: {rel}',
      ],
      timestamp: [
        'آخر تحديث: {wd} {d} {monLev} {y} | {HH}:{M}',
        '{wd}، {dd} {monAr} {y} - {HH}:{M} بتوقيت الخرطوم',
        '{wd} {dA} {monAr} {yA} - {HA}:{MA} بتوقيت طهران',
        'نشر في: {dd} {monAr} {y} - {HH}:{M} (بتوقيت طرابلس)',
        '{wd}, {dd} {monAr} {y} {HH}:{M}',
        'نُشر بتاريخ {ddA}-{mmA}-{yA} | {HA}:{MA}',
      ],
      byline: [
        '{place} - بوابة الوسط: {name}',
        'خاص {source} | {name}',
        'تحرير: {name} - عرب ٤٨',
        'إعداد وتحرير: {name} و{name2}',
        'كاتب التدوينة: {name}',
        '✍️ {name}',
      ],
      dateline: [
        '{place} {d}-{m}-{y} (سونا) -',
        '{place} {dd}-{mm}-{y} وفا-',
        '{place} {dd} {monAr} {y} (وال) -',
        '{place} - TRT عربي',
        '{place}/{d} {monLev}/{monAr}/إرنا-',
        '{place}، {dd}/{mm}/{y} (الوكالة الموريتانية للأنباء) -',
      ],
      caption: [
        'أطباء يفحصون أطفالاً نازحين في مخيم قرب الفاشر | عدسة: {credit}',
        'طوابير أمام صيدلية في وسط المدينة (تصوير: {credit})',
        'ممرضة تعد جرعة لقاح في مستوصف بإسطنبول (AA)',
        '📷 {credit}',
        'فحوص طبية لأطفال في مخيم للنازحين بمأرب. الصورة لـ{credit}',
        'مسعفون ينقلون مصاباً إلى مستشفى الجلاء في بنغازي (الصورة من الأرشيف)',
      ],
      source: [
        'منقول من قناة {source} على تيليجرام',
        'المصدر : {source} - وكالات',
        'نُشرت هذه التدوينة أولاً في نشرة {source} البريدية',
        'انتهى/ ع.ص',
        'الخبر الأصلي على موقع {source}',
        'للاطلاع على الخبر من مصدره: {source}',
      ],
      tags: [
        'كلمات البحث: {t1} - {t2} - {t3}',
        'وسوم الخبر: {t1} - {t2}',
        'الموضوعات: {t1} | {t2} | {t3}',
        'التصنيف: {t1} الوسوم: {t2}، {t3}',
        'اقرأ عن: {t1}، {t2}',
        'ملفات الخبر: {t1} / {t2}',
      ],
      share: [
        'انضم إلى قناتنا على تلغرام',
        'شارك هذه التدوينة مع من يهمه الأمر',
        'حمّل تطبيق {source} من متجر جوجل بلاي وآب ستور',
        'فعّل الإشعارات لتصلك آخر الأخبار',
        'أعد توجيه الرسالة',
        'رابط القناة 👇',
      ],
      comments: [
        'آراء القراء ({n})',
        'يحتفظ {source} بحق حذف أي تعليق يتضمن إساءة',
        'سجل دخولك لتتمكن من التعليق',
        'اكتب ردك هنا...',
        'عرض المزيد من التعليقات',
        'الآراء الواردة في التعليقات تخص أصحابها',
      ],
      related: [
        'اقرأ كذلك.. {rel}',
        'تدوينات أخرى قد تعجبك',
        'الأخبار الأكثر مشاهدة في {source}',
        'مواد ذات صلة بالموضوع',
        '👈 اقرأ التفاصيل: {rel}',
        'ننصحك أيضاً بقراءة: {rel}',
      ],
      copyright: [
        'جميع الحقوق محفوظة لوكالة السودان للأنباء © {y}',
        '© {y} وكالة الأنباء والمعلومات الفلسطينية - وفا',
        'جميع الحقوق محفوظة لقناة العالم الإخبارية',
        'الاقتباس من محتوى الموقع متاح مع الإشارة إلى {source}',
        'مدونة {source} © {y} - المحتوى المنشور يمثل آراء كتّابه',
        'الوكالة الموريتانية للأنباء © {y}',
      ],
      advertisement: [
        'الخبر يتواصل بعد الإعلان',
        '📢 إعلان مدفوع',
        'مساحة للإعلان - 728×90',
        'للإعلان في {source} راسلونا على الخاص',
        'إعلان - واصل القراءة',
        'روابط مُموَّلة',
      ],
    },
  },
  pools: {
    en: {
      name: [
        'Wanjiku Mwangi',
        'Brian Ssebunya',
        'Aoife Ní Bhriain',
        'Rohan McKenzie',
        'Tamsin Whitlock',
        'Halima Abdi Noor',
      ],
      source: [
        'Rift Valley Sentinel',
        'Kilimanjaro Chronicle',
        'Liffey Courier',
        'Blue Mountains Bulletin',
        'Grenadine Times',
        'Great Lakes Dispatch',
      ],
      credit: ['Kevin Otieno', 'Saoirse Delaney', 'Marlon Pierre', 'Joseph Kiggundu', 'Hannah Lindqvist'],
      section: [
        'East Africa',
        'Health Care & Hospitals',
        'Irish News',
        'Lifestyle & Wellness',
        'Station News',
        'Pharmaceuticals',
        'Medical Pharmaceuticals',
        'Caribbean Region',
      ],
      tag: ['Cholera vaccines', 'Malaria nets', 'Waiting lists', 'Sickle cell', 'Drug trials', 'Mpox'],
      place: ['Kisumu', 'Eldoret', 'Gulu', 'Arusha', 'Limerick', 'Ballarat', 'Napier', 'Castries', 'Kigali'],
      rel: [
        'Cholera cases rise in lakeside villages after the floods',
        'Why patients in Limerick wait longest for a trolley',
        'What the new malaria vaccine means for Gulu',
      ],
    },
    ar: {
      name: [
        'عوض الكريم الأمين',
        'أروى الحكيمي',
        'عبد السلام الفيتوري',
        'دعاء العبادي',
        'سائد أبو غوش',
        'منيرة العنزي',
      ],
      source: ['نبض تعز', 'منبر فزان', 'شرفة نواكشوط', 'أصداء الخليل', 'الفنار الكويتية', 'نافذة النيل الأزرق'],
      credit: ['حسن الطاهر', 'هشام الوصابي', 'أسامة المصراتي', 'رزان حجازي', 'سيدي محمد ولد الشيخ'],
      section: [
        'شؤون سودانية',
        'أخبار اليمن',
        'الشأن الليبي',
        'محليات أردنية',
        'فلسطين المحتلة',
        'أخبار موريتانيا',
        'تدوينات',
        'الكويت اليوم',
      ],
      tag: ['الحمى النزفية', 'سوء التغذية', 'الليشمانيا', 'حمى الضنك', 'لقاح الكوليرا', 'شلل الأطفال'],
      place: ['أم درمان', 'الأبيض', 'القضارف', 'عتق', 'سيئون', 'درنة', 'مادبا', 'الخليل', 'جنين', 'الأحمدي', 'نواذيبو'],
      rel: [
        'الحمى النزفية تعود إلى ولايات دارفور',
        'مستشفيات عتق تعمل بنصف طاقتها',
        'كيف واجهت نواذيبو موجة الكوليرا؟',
      ],
    },
  },
  lookalikes: {
    en: [
      'Share prices fell across the board as investors weighed the cost of a second lockdown.',
      'By the end of the month, every county referral hospital had opened an isolation ward.',
      'Source water for the village came from a borehole that later tested positive for cholera.',
      'Comments made by the health minister on a morning radio show caused alarm among nurses.',
      'Posted to rural dispensaries for two years, the young doctors ran their clinics alone.',
      'Updated vaccination cards will be issued to every child who has received the second dose.',
      'Photo evidence of patients sleeping on the hospital floor was shared widely online.',
      'Tags on each vaccine vial change colour when the cold chain has been broken.',
      'Related outbreaks in neighbouring districts suggest the virus crossed the lake by boat.',
      'Copyright on the test design was waived so that local firms could make the kits.',
    ],
    ar: [
      'المصدر الرئيسي للعدوى في المخيم كان خزان مياه مكشوفاً يستخدمه مئات النازحين.',
      'كتب الأطباء في تقريرهم أن نصف المرضى وصلوا إلى المستشفى في حالة متأخرة.',
      'شارك مئات الطلاب في حملة لرش المبيدات في أحياء المدينة القديمة.',
      'تابع المرضى علاجهم في بيوتهم بعد امتلاء الأقسام بالمصابين.',
      'إعلان الوزارة عن وصول شحنة اللقاحات خفف من قلق الأهالي في القرى.',
      'حقوق النشر العلمي لم تمنع الباحثين من تبادل بيانات الفيروس بحرية.',
      'تصوير الصدر بالأشعة كشف إصابات لم تظهر في الفحوص السريعة.',
      'الوسوم الملونة على أسرّة المرضى تبين درجة خطورة كل حالة.',
      'بقلم أحمر وضعت الممرضة علامة على أسماء الأطفال الذين لم يتلقوا الجرعة الثانية.',
      'منذ ساعات الصباح الأولى اصطف المرضى أمام العيادة المتنقلة في السوق.',
    ],
  },
};
