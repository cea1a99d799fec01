/**
 * A fifty-sixth set, written on 7 December 2026 (23:23–23:29 UTC) by a helper who read none of the
 * cleaner, not even its label tables (the novelty check below compares with them), nor
 * docs/cleaning.md beyond its bullets on the earlier sets' sources, but the earlier sets,
 * `bench/clean-furniture/{kinds,fill,sets}.ts`, `bench/clean-eval.ts` and `bench/clean-novelty.ts`;
 * it is to be run once, by name. Like blind-13 to blind-53 it is furniture as real sites print it,
 * from outlets, regions and kinds of site those sets left out: in English, Costa Rica (The Tico
 * Times with CST stamps, "SAN JOSÉ, Costa Rica –" datelines, stories that first appeared in Spanish
 * and its membership plug), Puerto Rico (The San Juan Daily Star with AST stamps, "SAN JUAN (The
 * Star) —" and "…, P.R. –" datelines, its e-edition), Haiti (The Haitian Times with its
 * contributors, topics and donation appeal, "PORT-AU-PRINCE, Haiti —"), the Dominican Republic
 * (Dominican Today with relative stamps and "Santo Domingo.-"), the South Atlantic beyond St Helena
 * and the Falklands (Tristan da Cunha's island news with "Edinburgh of the Seven Seas, Tristan da
 * Cunha:", the Tristan Association and the Post Office's stamps and coins; Ascension Island's The
 * Islander with its issue numbers and the Ascension Island Government as a source), a hurricane
 * centre (the National Hurricane Center's advisories: "1100 AM EDT Wed …" stamps, "Forecaster …/…"
 * bylines, GOES-16 satellite captions credited to NOAA/NESDIS), a national park (Everglades
 * National Park's news releases on NPS.gov: release dates, public-affairs contacts, "NPS Photo /"
 * credits, "HOMESTEAD, Fla. –", entrance passes), a university press office (The University of the
 * West Indies at Mona: its Office of Marketing and Communications, graduation captions,
 * applications) and a research institute's newsroom (the Smithsonian Tropical Research Institute in
 * Panama, "© …, STRI" credits, research areas); in Arabic, Syria's provincial state papers
 * (Al-Orouba of Homs and Al-Fidaa of Hama, with Levantine month names, "حمص - العروبة:" datelines,
 * their comment sign-in and advertising line), governorates' media offices (Egypt's New Valley with
 * "الخارجة – المركز الإعلامي:", Iraq's Muthanna with "السماوة / إعلام المحافظة" and Baghdad time),
 * antiquities bodies (Iraq's State Board of Antiquities and Heritage with the Uruk excavations,
 * Jordan's Department of Antiquities), a university (Yarmouk University of Irbid, its public
 * relations and media department, "إربد (بترا) –" and admissions), a sports federation (the Iraq
 * Football Association, training captions and match tickets) and charities (the Egyptian Food Bank
 * and Jordan's Tkiyet Um Ali, with donation and iftar appeals). Six to eight phrasings per kind and
 * language, the first three of each list the commoner on real pages; Latin and Arabic-Indic digits
 * in Arabic; its own names, outlets, places (towns of Puerto Rico in English; of the New Valley's
 * oases and of Muthanna in Arabic), sections and tags; ten look-alikes a language, sentences of a
 * story on the green turtles nesting on Ascension in English and of a story on an excavation season
 * at Uruk in Arabic that open as furniture does and must stay. Checked by
 * `DIRS=bench/clean-furniture,src/core/ingest,tests/fixtures node bench/clean-novelty.ts --set
 * blind-54` against every earlier set, the fixtures and the label tables (0 overlaps after
 * revising, in six passes (45, 3, then 0 four times), the 45 it flagged in the first: 40 on 20
 * phrasings the tables, fixtures or earlier sets had, 8 English and 12 Arabic, and two English
 * sections, an English tag and two Arabic places; the second flagged 3, on one revised English
 * comment line; the third found none, and so did the three after later edits: this comment with the
 * formatting, its counts filled in with the comment rewrapped, and its times corrected), and
 * committed before its only run (`npm run eval:clean -- --set blind-54`; `--set all` leaves it out
 * until then).
 */
import type { TemplateSet } from './kinds.ts';

export const BLIND_54: TemplateSet = {
  templates: {
    en: {
      breadcrumb: [
        'The Tico Times › {s1} › {s2}',
        'Home | {s1} | The Haitian Times',
        'The San Juan Daily Star / {S1}',
        'Everglades National Park > Learn About the Park > News > News Releases',
        'UWI Mona :: Marketing and Communications :: {s1}',
        'Tristan da Cunha » Island News » {s1}',
        'STRI – Newsroom – {s1}',
      ],
      timestamp: [
        'Published on {mon} {d}, {y} at {h12}:{M} {ampm} CST',
        '{wd}, {mon} {d}, {y} – {h12}:{M} {AMPM} AST',
        'Last updated {mon3}. {d}, {y}',
        '{h12}{M} {AMPM} EDT {wd3} {mon3} {d} {y}',
        'Release date: {mon} {d}, {y}',
        'News item, {d} {mon} {y}',
        'Updated {n} min ago · Dominican Today',
        'The Islander – Issue {n}, week ending {d} {mon} {y}',
      ],
      byline: [
        'By {name} | The Tico Times',
        '{name}, Special to The San Juan Daily Star',
        'By {NAME} / Haitian Times Contributor',
        'Forecaster {name}/{name2}',
        'By: {name}, Office of Marketing and Communications, The UWI Mona',
        'Contact: {name}, Public Affairs Specialist',
        'Written for the Tristan Association by {name}',
        'Words: {name} · Pictures: {name2}',
      ],
      dateline: [
        'SAN JOSÉ, Costa Rica –',
        'SAN JUAN (The Star) —',
        'PORT-AU-PRINCE, Haiti —',
        'Santo Domingo.-',
        '{PLACE}, P.R. –',
        'Edinburgh of the Seven Seas, Tristan da Cunha:',
        'Georgetown, Ascension Island —',
        'HOMESTEAD, Fla. –',
      ],
      caption: [
        'Photo: {credit} / The Tico Times',
        '(Courtesy of {credit})',
        'A green turtle heads back to the sea at Long Beach. Photo: {credit}',
        'GOES-16 satellite image courtesy of NOAA/NESDIS',
        'NPS Photo / {credit}',
        'Graduands at the Mona campus ceremony. (Photo: UWI Mona)',
        'Calshot Harbour at low tide 📷 {credit}',
        '© {credit}, STRI',
      ],
      source: [
        'Source: National Hurricane Center, Miami',
        'Details for this story were supplied by {source}',
        'Originally appeared in Spanish in {source}',
        'Adapted from a press release by {source}',
        'Information provided by the Ascension Island Government',
        'News release distributed by {source}',
        'Republished under an agreement with {source}',
      ],
      tags: [
        'Tagged with: {t1} / {t2} / {t3}',
        'Haitian Times topics — {t1} | {t2}',
        'Browse by topic – {t1}, {t2}',
        '#{t1} #PuraVida',
        'Park topics: {t1}; {t2}',
        'Research areas ▸ {t1} ▸ {t2}',
      ],
      share: [
        'Send this Tico Times story via WhatsApp',
        'Share to Facebook · Share to X · Share by email',
        'Forward this advisory',
        'Share this park news release',
        '📲 Share with your family back home',
        'Copy the link to this release',
      ],
      comments: [
        'Join the conversation below ⬇',
        '{n} readers have weighed in on this story',
        'Comments are moderated by Dominican Today staff',
        'Sign in to comment on Tico Times articles',
        'Comments from our readers ({n})',
        'Leave a reply to the Islander',
      ],
      related: [
        'Read more from The Haitian Times',
        'Up next on Tico Times: {rel}',
        'Other news releases from Everglades',
        'Previous advisories for this storm',
        'More Tristan news',
        'From the STRI newsroom',
      ],
      copyright: [
        '© {y} The Tico Times. All rights reserved.',
        'Copyright {y} San Juan Daily Star',
        'The Haitian Times © {y}',
        '© {y} The University of the West Indies, Mona',
        '© Tristan da Cunha Government and the Tristan Association {y}',
        'Smithsonian Tropical Research Institute © {y} | Privacy',
      ],
      advertisement: [
        'Support the Tico Times — become a member',
        'Subscribe to The San Juan Daily Star e-edition',
        'Donate to The Haitian Times',
        'Buy Tristan stamps and coins from the Post Office shop',
        'Plan your visit: Everglades entrance passes',
        'Apply now for UWI undergraduate programmes',
      ],
    },
    ar: {
      breadcrumb: [
        'صحيفة العروبة › {s1} › {s2}',
        'الرئيسية / أخبار المحافظة / {s1}',
        'جامعة اليرموك | الأخبار | {s1}',
        'الهيئة العامة للآثار والتراث :: {s1}',
        'تكية أم علي – آخر الأخبار – {s1}',
        'بنك الطعام المصري / المركز الإعلامي',
        'دائرة الآثار العامة » الأخبار » {s1}',
      ],
      timestamp: [
        '{wd}، {d} {monLev} {y} – {HH}:{M}',
        'تاريخ الخبر: {d}/{m}/{y}',
        'نُشر في {dA} {monAr} {yA} - {HA}:{MA} بتوقيت بغداد',
        'آخر تحديث {yA}-{mmA}-{ddA}',
        '{d} {monLev} {y} | الساعة {h12}:{M}',
        'قبل {n} ساعة من الآن',
        'تاريخ النشر: {wd} {dA}-{mmA}-{yA}',
      ],
      byline: [
        'العروبة – {name}',
        'تغطية: {name} / تصوير: {name2}',
        'بقلم الأستاذ الدكتور {name}',
        'المكتب الإعلامي لمحافظ المثنى',
        'إعداد: {name} – قسم الإعلام في الهيئة',
        'حوار أجراه {name}',
        'دائرة العلاقات العامة والإعلام – جامعة اليرموك',
        'مراسل الفداء في مصياف: {name}',
      ],
      dateline: [
        'حمص - العروبة:',
        'السماوة / إعلام المحافظة',
        'الخارجة – المركز الإعلامي:',
        'إربد (بترا) –',
        'بغداد – الاتحاد العراقي:',
        '{place} – المركز الإعلامي للمحافظة:',
        'حماة - الفداء',
        'القاهرة – بنك الطعام:',
      ],
      caption: [
        'جانب من أعمال التنقيب في الوركاء',
        'بعدسة الزميل {credit}',
        'صورة من أرشيف الهيئة العامة للآثار والتراث',
        'محافظ الوادي الجديد خلال جولته في مزارع النخيل – تصوير {credit}',
        '📷 {credit} – جامعة اليرموك',
        'لاعبو المنتخب العراقي خلال المران (الصورة: إعلام الاتحاد)',
        '© تكية أم علي',
      ],
      source: [
        'المصدر: إعلام محافظة المثنى',
        'نشر الخبر أولاً موقع {source}',
        'كما ورد في صفحة {source} الرسمية على فيسبوك',
        'وفقاً لبيان صادر عن {source}',
        'هذا الخبر منشور أصلاً في {source}',
        'أُعدّ هذا التقرير بالتنسيق مع {source}',
      ],
      tags: [
        'الكلمات المفتاحية: {t1} - {t2} - {t3}',
        'وسوم الخبر ◄ {t1} ◄ {t2}',
        '#{t1} #الوادي_الجديد',
        'ذو صلة: {t1}، {t2}',
        'تصنيف الخبر » {t1}',
        'مواضيع الخبر ▪ {t1} ▪ {t2}',
      ],
      share: [
        'شارك خبر العروبة على واتساب',
        'انشر خبر الجامعة على فيسبوك',
        'أرسل هذا الخبر لأحد أصدقائك',
        'غرّد بهذا الخبر',
        'انسخ رابط الخبر وشاركه',
        'شارك الخبر مع متابعي الاتحاد',
      ],
      comments: [
        'دوّن تعليقك أسفل الخبر',
        '{n} تعليقاً من القرّاء',
        'التعليقات تعبّر عن آراء كاتبيها فقط',
        'ما رأيك بأداء المنتخب؟ اكتب في التعليقات',
        'يلزم حساب على موقع العروبة لكتابة تعليق',
        'لا يوجد تعليقات على هذا الخبر حتى الآن',
      ],
      related: [
        'أخبار من الواحات',
        'طالع أيضاً على موقع الجامعة: {rel}',
        'المزيد من أخبار الآثار',
        'أخبار أخرى من الجامعة',
        'الأكثر قراءة في العروبة',
        'من أرشيف الاتحاد',
      ],
      copyright: [
        'جميع الحقوق محفوظة لصحيفة العروبة © {y}',
        '© {yA} جامعة اليرموك',
        '© {y} جميع الحقوق للاتحاد العراقي لكرة القدم',
        'جميع حقوق المحتوى محفوظة لمحافظة الوادي الجديد {y}',
        '© {y} بنك الطعام المصري. كل الحقوق محفوظة',
        'الحقوق محفوظة للهيئة العامة للآثار والتراث – {yA}',
      ],
      advertisement: [
        'تبرّع الآن لبنك الطعام المصري',
        'ساهم في إفطار صائم مع تكية أم علي',
        'قدّم طلب القبول في جامعة اليرموك',
        'احجز تذاكر مباراة المنتخب',
        'للإعلان في صحيفة العروبة اتصل على {n}',
        'اشترك بقناة المحافظة على تيليجرام',
      ],
    },
  },
  pools: {
    en: {
      name: [
        'Alejandro Zúñiga',
        'Marie-Carmel Joseph',
        'Yesenia Rivera Colón',
        'Leon Glass',
        'Trevor Repetto',
        'Shanique Campbell',
        'Rafael Batista',
      ],
      source: [
        'National Hurricane Center',
        'Tristan da Cunha Government',
        'Ascension Island Government',
        'Smithsonian Tropical Research Institute',
        'National Park Service',
        'The University of the West Indies',
        'El Nuevo Día',
      ],
      credit: ['Gaby Solano', 'Wendell Lavarello', 'Mitch Rodríguez', 'Kesha Green', 'Jean-Marc Hervé'],
      section: [
        'Pura Vida',
        'Diaspora',
        'Tristan life',
        'Tropical weather',
        'Park news',
        'Mona campus',
        'Marine science',
      ],
      tag: [
        'Green turtles',
        'Rockhopper penguins',
        'Gough Island',
        'Saharan dust',
        'Sargassum seaweed',
        'Florida panthers',
        'Guanacaste',
      ],
      place: ['Mayagüez', 'Arecibo', 'Humacao', 'Vieques', 'Aguadilla', 'Cayey', 'Guayama'],
      rel: [
        'Sargassum piles up early on the Limón coast',
        'Crawfish boats return to Calshot Harbour',
        'Python hunters remove a record catch from the Glades',
      ],
    },
    ar: {
      name: ['غدير الزيادي', 'حيدر الجياشي', 'رنا الأتاسي', 'إسراء بني هاني', 'منى عبد الباسط', 'علاء الرميثي'],
      source: [
        'الهيئة العامة للآثار والتراث',
        'جامعة اليرموك',
        'الاتحاد العراقي لكرة القدم',
        'محافظة الوادي الجديد',
        'بنك الطعام المصري',
        'تكية أم علي',
        'دائرة الآثار العامة',
      ],
      credit: ['حسن الزيادي', 'أمجد الطحان', 'شيماء عبد الرحيم', 'محمد الدراجي', 'رامي الحوراني'],
      section: ['آثار وتراث', 'شؤون المحافظة', 'حياة جامعية', 'الدوري الممتاز', 'العمل الخيري', 'محليات حمص'],
      tag: [
        'الوركاء',
        'أور',
        'واحة الفرافرة',
        'الصحراء البيضاء',
        'المنتخب الأولمبي',
        'كلية الآثار والأنثروبولوجيا',
        'بادية السماوة',
      ],
      place: ['الخارجة', 'الفرافرة', 'موط', 'بلاط', 'بصية', 'تنيدة', 'السلمان'],
      rel: [
        'بعثة جديدة تبدأ المسح في تلول الوركاء',
        'توزيع عشرين ألف كرتونة غذائية في قرى الصعيد',
        'المنتخب الأولمبي يختتم معسكره في أربيل',
      ],
    },
  },
  lookalikes: {
    en: [
      'Photo-identification of nesting females began on Long Beach in 1998.',
      "Source of this season's trouble for the hatchlings was a run of unusually hot sand.",
      'By night the beaches are closed to everyone but the conservation team.',
      'Share of nests lost to the spring tides was lower than in any year since counts began.',
      'Updated counts from the Conservation Department will be released once the season closes.',
      'Comments from visiting scientists suggest the colony is still growing.',
      "Related species such as the hawksbill are seen in Ascension's waters but rarely nest there.",
      'Tagged turtles have been tracked swimming 2,000 kilometres to feed off the coast of Brazil.',
      'Credit for the recovery goes largely to the end of the turtle harvest in the 1930s.',
      'Advertised tours to watch the nesting are capped at twelve people a night.',
    ],
    ar: [
      'المصدر الأهم لمعرفتنا بالوركاء هو الألواح الطينية التي وُجدت قرب معبد إينانا.',
      'تصوير الألواح بالأشعة ساعد الفريق على قراءة نصوص كانت ممحوة.',
      'كتب السومريون في الوركاء أقدم ما عُرف من نصوص مسمارية.',
      'نقلاً عن كبير المنقبين، فإن الموسم الحالي كشف عن جدار لم يكن معروفاً.',
      'شارك طلاب من جامعة القادسية في أعمال المسح هذا العام.',
      'تابع الفريق الألماني العمل في الموقع منذ عام ١٩١٢ مع انقطاعات طويلة.',
      'حقوق التنقيب تمنحها الهيئة لكل بعثة لمدة خمس سنوات قابلة للتجديد.',
      'بحسب الخرائط المغناطيسية، تمتد المدينة القديمة أبعد مما كان يُظن.',
      'صورة المدينة كما رسمها المنقبون تُظهر سوراً طوله تسعة كيلومترات.',
      'المزيد من القطع سيُنقل إلى المتحف العراقي بعد ترميمها.',
    ],
  },
};
