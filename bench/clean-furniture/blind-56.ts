/**
 * A fifty-eighth set, written on 8 December 2026 (00:23–00:29 UTC) by a helper who read none of the
 * cleaner, not even its label tables (the novelty check below compares with them), nor
 * docs/cleaning.md beyond its bullets on the earlier sets' sources, but the earlier sets,
 * `bench/clean-furniture/{kinds,fill,sets}.ts`, `bench/clean-eval.ts` and `bench/clean-novelty.ts`;
 * it is to be run once, by name. Like blind-13 to blind-55 it is furniture as real sites print it,
 * from outlets, regions and kinds of site those sets left out: in English, Newfoundland (VOCM, the
 * St. John's radio newsroom, with NST stamps, "ST. JOHN'S, N.L. —" and "(VOCM) –" datelines and its
 * 590 AM plug), a hurricane centre in Atlantic Canada (the Canadian Hurricane Centre of Environment
 * and Climate Change Canada in Halifax: "Issued at … ADT" statements, its duty meteorologist,
 * forecast-track captions), a university press office (Memorial University of Newfoundland's
 * Gazette), a national park (Parks Canada's Gros Morne: "Date posted:" stamps, "© Parks Canada /"
 * credits, the Crown's copyright line, the Discovery Pass, "ROCKY HARBOUR, Newfoundland and
 * Labrador —"), the Indian hill states (Hill Post of Shimla with IST stamps and "SHIMLA:", the
 * Himachal Pradesh Police's press statements; the Sikkim Express of Gangtok with "SE Report"
 * bylines, dotted dates, "GANGTOK, 07 Dec:" datelines and its e-paper), South Africa's national
 * parks (SANParks in Kruger: SAST stamps, "Skukuza –", regional communications managers, rhino
 * captions, online reservations) and a museum (Iziko Museums of South Africa in Cape Town:
 * curators' bylines, collection images, its Friends); in Arabic, Mauritania (the National
 * Foundation for the Safeguarding of Ancient Cities with Chinguetti's and Ouadane's libraries,
 * "وادان – موفد المؤسسة:"; the Mauritanian Football Federation, called "الاتحادية" as Mauritania
 * names a federation, with the Mourabitounes and the Cheikha Ould Boïdiya stadium), Libya (Misrata
 * municipality's media office with "مصراتة |" datelines; the Department of Antiquities with
 * Shahhat's Greek theatre), Saudi regions beyond Asir (Qassim University's media centre with Makkah
 * time and "بريدة –"; the Al-Ahsa Birr charity with its donation appeal), Iraqi Kurdistan's Arabic
 * press (the daily Al-Taakhi with its issue numbers, Erbil time, "أربيل – التآخي:" and its
 * Sulaymaniyah correspondent; the Kurdistan Regional Government's Department of Media and
 * Information) and Upper Egypt (Assiut University's media centre and postgraduate plug, the sun on
 * Ramesses's face at Abu Simbel). Six to eight phrasings per kind and language (86 English, 83
 * Arabic), the first three of each list the commoner on real pages; Latin and Arabic-Indic digits
 * in Arabic; its own names, outlets, places (outports and towns of Newfoundland in English;
 * Mauritanian, Libyan, Qassim, Kurdish and Assiut towns in Arabic), sections and tags; ten
 * look-alikes a language, sentences of a story on the icebergs off Newfoundland's coast in English
 * and of a story on Chinguetti's manuscript libraries in Arabic that open as furniture does and
 * must stay. Checked by `DIRS=bench/clean-furniture,src/core/ingest,tests/fixtures node
 * bench/clean-novelty.ts --set blind-56` against every earlier set, the fixtures and the label
 * tables (0 overlaps after revising, in seven passes (52, 3, then 0 five times), the 52 it flagged
 * in the first: 45 on 24 phrasings the tables, fixtures or earlier sets had, 7 English and 17
 * Arabic, and an English credit, an Arabic name, an Arabic section and four Arabic places; the
 * second flagged 3, on 2 revised phrasings, an English tags line and an Arabic timestamp, and an
 * Arabic place; the third found none, and so did the four after later edits: this comment added, a
 * phrase of it reworded with the formatting, its counts filled in with the comment rewrapped, and
 * its closing time corrected), and committed before its only run (`npm run eval:clean -- --set
 * blind-56`; `--set all` leaves it out until then).
 */
import type { TemplateSet } from './kinds.ts';

export const BLIND_56: TemplateSet = {
  templates: {
    en: {
      breadcrumb: [
        'VOCM › News › {s1}',
        'Home / Gazette / {s1} / {s2}',
        'Hill Post » {S1}',
        'SANParks > Kruger National Park > Media Releases',
        'Parks Canada | Gros Morne National Park | {s1}',
        'Sikkim Express :: {s1} :: {s2}',
        'Iziko Museums – News & Events – {s1}',
        'Canadian Hurricane Centre – Statements – {s1}',
      ],
      timestamp: [
        '{mon} {d}, {y} {h12}:{M} {ampm} NST',
        'Posted {d} {mon} {y} · {HH}:{M} SAST',
        'Updated: {mon3} {d}, {y} {h12}:{M} {AMPM} IST',
        'Issued at {h12}:{M} {AMPM} ADT {wd} {d} {mon} {y}',
        '{wd}, {mon} {d}, {y} | Gazette',
        'Sikkim Express – {dd}.{mm}.{y}',
        '{n} hours ago – VOCM',
        'Date posted: {y}-{mm}-{dd}',
      ],
      byline: [
        '{name} · VOCM News',
        'By {name}, Hill Post',
        'SE Report, Gangtok',
        'Written by {name}, Gazette staff',
        'Meteorologist on duty: {name}',
        '{name} | SANParks Regional Communications Manager',
        '{name}, Curator: Marine Biology, Iziko Museums',
        '{name} and {name2} (VOCM Newsroom)',
      ],
      dateline: [
        "ST. JOHN'S, N.L. —",
        'SHIMLA:',
        'GANGTOK, {dd} {mon3}:',
        '{PLACE}, N.L. —',
        'Skukuza –',
        'ROCKY HARBOUR, Newfoundland and Labrador —',
        'Cape Town (Iziko) –',
        '{place} (VOCM) –',
      ],
      caption: [
        'Photo: {credit}/VOCM',
        '(Photo: SANParks/{credit})',
        'A black rhino cow and calf near Lower Sabie. © {credit}',
        'Forecast track for post-tropical storm Lee (Canadian Hurricane Centre)',
        '© Parks Canada / {credit}',
        'The Ridge in Shimla under fresh snow. Pic: Hill Post',
        'Specimen from the Iziko collections. Image: {credit}, Iziko Museums of South Africa',
        'Convocation at the St. John’s campus 📸 {credit}',
      ],
      source: [
        'Source: Canadian Hurricane Centre, Environment and Climate Change Canada',
        'Released to the media by {source}',
        'Based on a handout from {source}',
        'Press statement released by the Himachal Pradesh Police headquarters',
        'This news release was provided by Parks Canada',
        'Courtesy of the Memorial University Gazette',
        'Via {source} on Facebook',
      ],
      tags: [
        'Storm tags: {t1} · {t2}',
        'Gazette topics ❯ {t1} ❯ {t2}',
        'Keywords – {t1} | {t2}',
        '#{t1} #NLwx',
        'Related topics: {t1}; {t2}',
        'Themes: {t1} / {t2} / {t3}',
        'Subjects in this release: {t1}, {t2}',
      ],
      share: [
        'Share this VOCM story',
        'Send to a friend via WhatsApp',
        'Share on Facebook ▸ Share on X',
        'Share this statement on social media',
        'Forward this Gazette story to a colleague',
        'Share this Kruger update 🦏',
      ],
      comments: [
        'Comments on VOCM stories are moderated',
        '{n} comments – join the discussion',
        'Log in to leave a comment on Hill Post',
        'We welcome your comments below, in English or Nepali',
        'Comments close 72 hours after a story is posted',
        'Be the first to comment on this story from Gangtok',
      ],
      related: [
        'More from VOCM',
        'Also in the Gazette: {rel}',
        'Other stories from Himachal',
        'Related media releases',
        'Previous statements on this storm',
        'More from Gros Morne',
        'Recent SANParks news',
      ],
      copyright: [
        '© {y} VOCM. All rights reserved',
        'Copyright © Memorial University of Newfoundland {y}',
        '© Hill Post {y}',
        '© His Majesty the King in Right of Canada, as represented by Parks Canada, {y}',
        'Sikkim Express © {y}. Reproduction without permission prohibited.',
        '© {y} South African National Parks (SANParks)',
        '© Iziko Museums of South Africa, {y}',
      ],
      advertisement: [
        'Listen to VOCM live on 590 AM',
        'Subscribe to the Sikkim Express e-paper',
        'Book your stay in Kruger through SANParks online reservations',
        'Buy a Parks Canada Discovery Pass online',
        'Advertise with Hill Post: rates on request',
        'Become a Friend of Iziko',
      ],
    },
    ar: {
      breadcrumb: [
        'الرئيسية › أخبار الاتحادية › {s1}',
        'صحيفة التآخي / {s1} / {s2}',
        'جامعة القصيم » المركز الإعلامي » {s1}',
        'بلدية مصراتة | المكتب الإعلامي | {s1}',
        'مصلحة الآثار الليبية – الأخبار – {s1}',
        'جامعة أسيوط :: أخبار الجامعة :: {s1}',
        'المؤسسة الوطنية لحماية المدن القديمة > المستجدات',
        'جمعية البر بالأحساء - الأخبار',
      ],
      timestamp: [
        '{wd} الموافق {dA} من {monAr} {yA}',
        'نشر في: {dA}-{mmA}-{yA} | {HA}:{MA}',
        'مضى على النشر {n} ساعة',
        'بتاريخ {dd}/{mm}/{y} الساعة {HH}:{M} بتوقيت مكة',
        'التآخي – العدد {n} – {wd} {dA} {monAr} {yA}',
        'أُدرج الخبر يوم {d}/{m}/{y}',
        '{HA}:{MA} بتوقيت أربيل – {dA} {monAr}',
        'آخر تحديث للخبر: {y}/{mm}/{dd} - {h12}:{M}',
      ],
      byline: [
        '{name} – التآخي',
        'حرّره {name}',
        'المكتب الإعلامي لبلدية مصراتة',
        'إدارة الإعلام والعلاقات العامة بجامعة القصيم',
        'كتبت: {name} – أسيوط',
        'من {name} مراسل التآخي في السليمانية',
        'خلية الإعلام بالاتحادية الموريتانية لكرة القدم',
        'تقرير {name} و{name2} – مصلحة الآثار',
      ],
      dateline: [
        'أربيل – التآخي:',
        'نواكشوط (إعلام الاتحادية) –',
        'مصراتة |',
        'بريدة –',
        'شحات – مصلحة الآثار:',
        'أسيوط / المركز الإعلامي –',
        'الأحساء:',
        'وادان – موفد المؤسسة:',
      ],
      caption: [
        'جانب من اللقاء (تصوير: {credit})',
        'صورة: المكتب الإعلامي لبلدية مصراتة',
        'المرابطون خلال الحصة التدريبية بملعب شيخا ولد بيديا',
        'مكتبة أهل حبت في شنقيط – الصورة لـ{credit}',
        'معبد أبو سمبل لحظة تعامد الشمس 📷 {credit}',
        'من أرشيف مصلحة الآثار: المسرح الإغريقي في شحات',
        'رئيس جامعة أسيوط يتفقد المستشفى الجامعي – عدسة: {credit}',
        '© جمعية البر بالأحساء',
      ],
      source: [
        'المصدر: التآخي',
        'عن صفحة {source} على فيسبوك',
        'على ذمة {source}',
        'المصدر: دائرة الإعلام والمعلومات – حكومة إقليم كوردستان',
        'خبر وارد من {source}',
        'هذا المحتوى من إعداد {source}',
        'يعاد نشره بإذن من {source}',
      ],
      tags: [
        'وسوم الموضوع ⟵ {t1}، {t2}، {t3}',
        'كلمات مفتاحية ‹ {t1} ‹ {t2}',
        '#{t1} #المرابطون',
        'ضمن ملفات: {t1} | {t2}',
        'اقرأ عن: {t1} – {t2}',
        'التصنيف :: {t1}',
      ],
      share: [
        'ابعث الخبر على واتساب',
        'انشره على منصة إكس',
        'شارك في فيسبوك',
        'أرسل رابط الخبر بالبريد',
        'شارك صور المهرجان مع أصدقائك',
        '🖨 نسخة للطباعة',
      ],
      comments: [
        '💬 {n} تعليقاً',
        'أُغلق باب التعليق على هذا الموضوع',
        'علّق باسمك الحقيقي',
        'هل زرت شنقيط؟ اترك تعليقك',
        'لا تُنشر التعليقات المسيئة أو الخارجة عن موضوع الخبر',
        'سجّل الدخول بحساب الجامعة للتعليق',
      ],
      related: [
        'أخبار ذات علاقة بالجامعة',
        'طالع في التآخي: {rel}',
        'المزيد من أخبار المرابطين',
        'آخر أخبار البلدية',
        'من أخبار الإقليم',
        'في هذا العدد من التآخي أيضاً',
      ],
      copyright: [
        '© {y} صحيفة التآخي',
        'جميع الحقوق محفوظة لجامعة القصيم {yA}',
        'حقوق النشر © الاتحادية الموريتانية لكرة القدم {y}',
        '© بلدية مصراتة – {y}',
        '{yA} © جامعة أسيوط، يحظر النقل دون ذكر المصدر',
        'كل الحقوق محفوظة لمصلحة الآثار الليبية {y}',
      ],
      advertisement: [
        'تبرع الآن لجمعية البر بالأحساء',
        'احجز تذكرة مباراة المرابطين',
        'اشترك في النسخة الورقية من التآخي',
        'سجّل في برامج الدراسات العليا بجامعة أسيوط',
        'ادعم صيانة مكتبات شنقيط',
        'احجز رحلتك لمشاهدة تعامد الشمس على أبو سمبل',
      ],
    },
  },
  pools: {
    en: {
      name: [
        'Noreen Hickey',
        'Darrell Tobin',
        'Marlene Pittman',
        'Tenzing Bhutia',
        'Ritika Thakur',
        'Lukhanyo Mabaso',
        'Pema Lhamu Lepcha',
      ],
      source: [
        'Canadian Hurricane Centre',
        'Parks Canada',
        'SANParks',
        'Iziko Museums of South Africa',
        'Memorial University',
        'Himachal Pradesh Police',
        'Sikkim Information and Public Relations Department',
      ],
      credit: ['Rodney Squires', 'Anjali Negi', 'Thabo Maluleke', 'Karma Sherpa', 'Beverley Tuck'],
      section: [
        'Avalon Peninsula',
        'Labrador',
        'Hill towns',
        'Wildlife',
        'Campus and community',
        'Tropical cyclones',
        'Northeast',
      ],
      tag: [
        'Iceberg Alley',
        'Capelin',
        'Nathu La',
        'Rhododendron festival',
        'Kruger rhinos',
        'Gros Morne tablelands',
        'Post-tropical storms',
      ],
      place: ['Twillingate', 'Bonavista', 'Corner Brook', 'Ferryland', 'Gander', 'Clarenville', 'Stephenville'],
      rel: [
        'Ferry crossing to Bell Island cancelled again by high winds',
        'Snowfall closes the road to Kufri for a second day',
        'Rangers dehorn rhinos in the south of Kruger',
      ],
    },
    ar: {
      name: [
        'مريم منت الداه',
        'محمد الأمين ولد أحمد سالم',
        'عبد الحكيم الزوبي',
        'نورة السهلي',
        'هفال جلال',
        'آزاد برزنجي',
        'صابر عبد العظيم',
      ],
      source: [
        'صحيفة التآخي',
        'الاتحادية الموريتانية لكرة القدم',
        'المكتب الإعلامي لبلدية مصراتة',
        'مصلحة الآثار الليبية',
        'جامعة القصيم',
        'جمعية البر بالأحساء',
        'جامعة أسيوط',
        'المؤسسة الوطنية لحماية المدن القديمة',
      ],
      credit: ['عبد الرحيم ولد الشيخ', 'فرج الكوافي', 'خالد الرشيدي', 'سيروان محمد', 'أحمد النوبي'],
      section: [
        'المدن القديمة',
        'المرابطون',
        'شؤون البلدية',
        'الآثار الليبية',
        'أخبار الجامعة',
        'أخبار كوردستان',
        'الصعيد',
      ],
      tag: [
        'شنقيط',
        'وادان',
        'قورينا',
        'مهرجان بريدة للتمور',
        'واحة الأحساء',
        'قلعة أربيل',
        'تعامد الشمس على أبو سمبل',
      ],
      place: ['أكجوجت', 'تيشيت', 'ولاتة', 'بني وليد', 'البكيرية', 'كويسنجق', 'أبنوب'],
      rel: [
        'المرابطون يواجهون منتخب الرأس الأخضر وديّاً',
        'ترميم الكنيسة البيزنطية في سوسة الليبية',
        'جامعة أسيوط تطلق قافلة طبية إلى قرى ديروط',
      ],
    },
  },
  lookalikes: {
    en: [
      'Photos of the iceberg off Ferryland drew more than a thousand cars onto the Southern Shore highway in one weekend.',
      'Source of nearly every berg that drifts past Newfoundland is the west coast of Greenland, two or three years earlier.',
      'By the first week of June the ice patrol had counted more than four hundred bergs south of the 48th parallel.',
      'Share of the season’s bergs that reach the Grand Banks varies wildly from one year to the next.',
      'Updated charts from the International Ice Patrol go out twice a day to ships crossing the Banks.',
      'Comments from the tour-boat skippers in Twillingate were cheerful: the bergs came close to shore this spring.',
      'Related to the drop in ice, the scientists said, is the warmer water of the Labrador Current.',
      'Tagged with a GPS beacon, one berg was tracked for six weeks as it drifted toward Cape Race.',
      'Copyright in the best-known photograph of the Ferryland berg belongs to a retired fisherman from the town.',
      'Advertising the coast as a place to watch icebergs has brought visitors to outports that had seen few in decades.',
    ],
    ar: [
      'المصدر الأهم لتاريخ شنقيط هو المخطوطات التي تحفظها الأسر في مكتباتها منذ قرون.',
      'كتب العلماء الشناقطة في الفقه والفلك واللغة، وحمل الحجاج نسخاً منها إلى المشرق.',
      'تصوير المخطوطات رقمياً بدأ قبل سنوات، لكنه لم يشمل سوى جزء صغير منها.',
      'شارك شباب المدينة في إزاحة الرمال عن أبواب المكتبات بعد العاصفة الأخيرة.',
      'نشر الباحثون فهرساً لمكتبة أهل حبت يضم مئات العناوين النادرة.',
      'تعليقات الزوار الأجانب في سجل المكتبة تعود إلى ستينيات القرن الماضي.',
      'اقرأ على أبواب البيوت القديمة أسماء من بنوها وتواريخ بنائها.',
      'حقوق حفظ المخطوطات بقيت للأسر نفسها، ولم تقبل أغلبها نقلها إلى نواكشوط.',
      'إعلان اليونسكو شنقيط موقعاً للتراث العالمي عام 1996 جلب إليها اهتماماً دولياً.',
      'المزيد من الرمال يزحف كل عام على الحي القديم من جهة الشرق.',
    ],
  },
};
