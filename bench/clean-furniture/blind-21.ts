/**
 * A twenty-third set, written on 6 December 2026 (04:05–04:08 UTC) by a helper who read none of
 * the cleaner but its label tables (and those only so as not to reuse them), the earlier sets,
 * `bench/clean-eval.ts` and `bench/clean-novelty.ts`; it is to be run once, by name. Like
 * blind-13 to blind-20 it is furniture as real news sites print it, from outlets, platforms and
 * regions those sets left out: Caribbean papers beyond Jamaica (Trinidad's Newsday, Express and
 * Guardian Media, Guyana's Stabroek News, Barbados TODAY, Loop News, the CMC wire), Pacific
 * outlets (The Fiji Times, FBC News, the Samoa Observer, PNG's Post-Courier, Matangi Tonga,
 * PACNEWS datelines), Google News and Apple News pages; in Arabic, Emirati papers
 * (Emarat Al Youm, Al Ittihad), Yemeni sites (Aden al-Ghad, Al-Masdar Online), Syrian outlets
 * (Syria TV, Zaman al-Wasl, with Levantine month names and Damascus time) and reposts
 * forwarded from Telegram channels. Six phrasings per kind and language, the first three
 * of each list the commoner on real pages, the other three less common but printed by real
 * sites; Latin and Arabic-Indic digits in Arabic; its own names, outlets, places (Trinidadian,
 * Guyanese, Barbadian, Fijian, Samoan and Papua New Guinean towns in English; Emirati, Yemeni
 * and Syrian ones in Arabic), sections and tags; ten look-alikes a language, sentences of a
 * public-health story that open as furniture does (`By the time…`, `Source water…`, `Read the
 * label…`, `كتب الطبيب…`, `المصدر الأساسي…`, `نقلاً عن الممرضين…`) and must stay. Checked by
 * `DIRS=bench/clean-furniture,src/core/ingest,tests/fixtures node bench/clean-novelty.ts --set
 * blind-21` against every earlier set, the fixtures and the label tables (0 overlaps after
 * revising, in two passes, the 83 it flagged in the first: phrasings the tables, fixtures or
 * earlier sets had, a section, a tag and a place earlier pools had in English, a section, four
 * tags and four Yemeni places in Arabic; datelines and a byline then rid of country names, so
 * that a town of the pool is never put in the wrong country, flagged three more, revised in two
 * passes), and
 * committed before its only run (`npm run eval:clean -- --set blind-21`; `--set all` leaves it
 * out until then).
 */
import type { TemplateSet } from './kinds.ts';

export const BLIND_21: TemplateSet = {
  templates: {
    en: {
      breadcrumb: [
        'Stabroek News › {s1} › {s2}',
        'Newsday ▸ {s1}',
        'Samoa Observer | {s1} | {s2}',
        'Google News › {s1} › Full Coverage',
        'Apple News · {s1}',
        'FBC News ⁄ {s1} ⁄ {s2}',
      ],
      timestamp: [
        '{mon} {d}, {y} {h12}:{M} {ampm} AST',
        '{wd}, {mon} {d}, {y} - {h12}:{M}{ampm}',
        '{dd} {mon} {y}, {h12}:{M}{AMPM}',
        '{mon3} {d}, {y} at {h12}:{M} {AMPM}',
        '{d}/{m}/{y} {h12}:{M} {ampm} (Fiji time)',
        'Updated {few} hrs ago',
      ],
      byline: [
        'By {name}, Stabroek News staff writer',
        '{NAME}, Senior Multimedia Reporter',
        'Story by {name} • Fiji Times',
        '{name} — Guardian Media',
        '{name} — Pacific health correspondent',
        '{name} | Barbados TODAY',
      ],
      dateline: [
        '{PLACE}, {mon} {d} (CMC) –',
        '{PLACE}, {dd} {mon} {y} (PACNEWS/FBC) ---',
        '{PLACE}, {mon3}. {d} (Loop News) —',
        '{place} (Post-Courier):',
        '{place} (Matangi Tonga):',
        '{PLACE} – FBC News –',
      ],
      caption: [
        'Nurses at a vaccination drive in the interior. (Stabroek News photo)',
        'A doctor outside the main hospital. – Photo by {credit}',
        'Villagers wait for the medical team to arrive. Photo: SUPPLIED',
        'A patient is wheeled into the emergency ward. Image: {credit} / Samoa Observer',
        'Health officials brief the media in Port Moresby. Picture by {credit}/Post-Courier',
        'PHOTO: {credit}/FBC NEWS',
      ],
      source: [
        'Source: {source} via Google News',
        'Reproduced with the kind permission of {source}',
        'This report first ran in {source}.',
        'View the original at {source}',
        'From {source} on Apple News',
        'Courtesy of {source} and the Caribbean Media Corporation',
      ],
      tags: [
        'Tagged in: {t1}, {t2}, {t3}',
        'Follow topics: {t1} | {t2}',
        'Related Topics {t1} · {t2}',
        'People and topics in this story: {t1}, {t2}',
        'Story keywords — {t1} / {t2}',
        'Topics covered: {t1} • {t2} • {t3}',
      ],
      share: [
        'Share to Facebook Share to X Email this',
        'Follow Stabroek News on Google News',
        'View in Apple News',
        'Send us your news tips on WhatsApp',
        'Tap to share ↗',
        'Open this story in the app',
      ],
      comments: [
        '{n} Responses to “{rel}”',
        'Have your say on this story',
        'Be the first to comment on “{rel}”',
        'Conversation · {n} comments',
        'Comments on this article are now closed.',
        'Show {n} more replies',
      ],
      related: [
        'View full coverage',
        'Today’s top headlines',
        'Read this next → {rel}',
        'Stories you may have missed',
        'More headlines from the Pacific',
        'Also in Apple News',
      ],
      copyright: [
        '© {y} Trinidad Express Newspapers',
        'Copyright © {y} The Fiji Times',
        '© {y} Stabroek News',
        '© Samoa Observer {y}',
        'Copyright {y} Post-Courier. All Rights Reserved.',
        'Site and content © {source}, {y}',
      ],
      advertisement: [
        'Advertisement - Scroll down to continue',
        'Sponsored by {source} · Learn more',
        'Paid links from our partner {source}',
        'AD — story continues',
        'Close ad ✕',
        'Support local journalism. Advertise with us.',
      ],
    },
    ar: {
      breadcrumb: [
        'الإمارات اليوم › {s1} › {s2}',
        'عدن الغد » {s1}',
        'تلفزيون سوريا / {s1} / {s2}',
        'المصدر أونلاين ‹ {s1}',
        'صحيفة الاتحاد - {s1} - {s2}',
        'زمان الوصل :: {s1}',
      ],
      timestamp: [
        '{wd} {dA} {monAr} {yA} م | {HA}:{MA} بتوقيت أبوظبي',
        '{dd}/{mm}/{y} - {HH}:{M} بتوقيت دمشق',
        'نُشر بتاريخ: {ddA}-{mmA}-{yA}',
        '{wd} {dd} {monLev} {y} | آخر تحديث {HH}:{M}',
        '{dA} {monLev} {yA} | {HA}:{MA} ص',
        'آخر تعديل {HH}:{M} - {dd}.{mm}.{y}',
      ],
      byline: [
        'عدن الغد / خاص',
        '{name} - أبوظبي',
        'متابعة وتحرير: {name}',
        'بقلم الزميل الصحفي {name}',
        'خاص لـ«زمان الوصل» - {name}',
        'أعدّ المادة: {name} و{name2}',
      ],
      dateline: [
        '{place} ـ الإمارات اليوم',
        '{place} - «الاتحاد»',
        '{place} - المصدر أونلاين - خاص:',
        '{place} - تلفزيون سوريا',
        '{place} | زمان الوصل',
        '{place} – عدن الغد:',
      ],
      caption: [
        'كوادر طبية في أحد مراكز الفحص - الإمارات اليوم',
        'مستشفى الجمهورية في عدن (أرشيفية)',
        'صورة تعبيرية (إنترنت)',
        'طفل يتلقى اللقاح في مركز صحي بريف حلب (تصوير: {credit})',
        'الصورة: {credit} - الاتحاد',
        'ممرضة تعد جرعات اللقاح - عدسة: {credit}',
      ],
      source: [
        'المصدر: {source} – خاص',
        'أُعيد توجيهه من {source}',
        'المصدر : {source} + وكالات',
        'نقلته بتصرف منصة {source}',
        'لقراءة الخبر كاملاً من {source} اضغط هنا',
        'تابع القراءة في موقع {source}',
      ],
      tags: [
        'الكلمات الدالة ▾ {t1} ، {t2}',
        '#{t1} ▪ #{t2} ▪ #{t3}',
        'الوسوم ⇐ {t1} - {t2}',
        'الموضوعات: {t1} ، {t2} ، {t3}',
        'تابع موضوعات: {t1} • {t2}',
        'ملفات الخبر ◂ {t1}',
      ],
      share: [
        'انضموا لقناة الموقع على تلغرام 📢',
        'انشر على فيسبوك | انشر على تويتر',
        'انسخ الرابط القصير للخبر',
        'أعد التوجيه لأصدقائك 🔁',
        'اقرأ على التطبيق',
        'أرسل الخبر عبر البريد',
      ],
      comments: [
        'شاركونا آراءكم حول الخبر',
        '{n} تعليقاً على هذا الخبر',
        'لم تُضف تعليقات على هذا الخبر',
        'الآراء الواردة في التعليقات لا تمثل رأي الموقع',
        'يرجى الالتزام بأدب الحوار',
        'عرض {n} من الردود',
      ],
      related: [
        'طالع أيضاً في {s1}',
        'مقال ذو صلة ↩ {rel}',
        'الأكثر تداولاً خلال ٢٤ ساعة',
        'التغطية الكاملة',
        'مقالات مقترحة لك',
        'المزيد في ملف {s1}',
      ],
      copyright: [
        '© {y} الإمارات اليوم. جميع الحقوق محفوظة',
        'جميع الحقوق محفوظة © عدن الغد {y}',
        '© {yA} جميع حقوق النشر لصحيفة الاتحاد',
        '© تلفزيون سوريا {y}',
        'زمان الوصل © {y} - يسمح بالاقتباس مع ذكر المصدر',
        'جميع المواد محفوظة لموقع المصدر أونلاين',
      ],
      advertisement: [
        'مساحة إعلانية مدفوعة',
        'برعاية كريمة من {source}',
        'إعلانات جوجل المخصصة',
        'الخبر مستمر تحت الإعلان ⬇',
        'للإعلان على الموقع تواصل معنا',
        'إعلان تجاري ممول',
      ],
    },
  },
  pools: {
    en: {
      name: [
        'Kerrie-Ann Baptiste',
        'Ravindra Maharaj-Singh',
        'Shaundelle Griffith',
        'Mereoni Tuivaga',
        'Tevita Fifita',
        'Losana Vakarau',
      ],
      source: [
        'Caroni Chronicle',
        'Essequibo Courier',
        'Bridgetown Bulletin',
        'Suva Sentinel',
        'Apia Evening Tribune',
        'Highlands Signal',
      ],
      credit: ['Jeff Mayers', 'Aneesa Khan', 'Ilisapeci Rokoua', 'Dwayne Hinds', 'Sialei Mulitalo'],
      section: [
        'Tobago News',
        'Hinterland',
        'Viti Levu',
        'Pacific Health',
        'Barbados Politics',
        'Regional Health',
        'For You',
        'Bajan Life',
      ],
      tag: [
        'Zika virus',
        'Yaws',
        'Lymphatic filariasis',
        'Non-communicable diseases',
        'Rheumatic heart disease',
        'Cervical screening',
      ],
      place: [
        'Chaguanas',
        'Arima',
        'Linden',
        'New Amsterdam',
        'Speightstown',
        'Savusavu',
        'Labasa',
        'Apia',
        'Lae',
        'Mount Hagen',
      ],
      rel: [
        'Zika cases climb in Chaguanas after heavy rains',
        'Labasa hospital gets a new dialysis unit',
        'Why measles is back in the Pacific',
      ],
    },
    ar: {
      name: ['عائشة الكعبي', 'خليفة النعيمي', 'وضاح الحريري', 'أروى الشميري', 'غياث الدباغ', 'رهف القباني'],
      source: ['منارة الظفرة', 'نافذة تعز', 'بريد قاسيون', 'أصداء الفرات', 'مرصد الساحل الغربي', 'شرفة المكلا'],
      credit: ['سعيد الحمادي', 'مجدي الأغبري', 'عمار السراج', 'نزار الزعبي', 'مريم البلوشي'],
      section: [
        'محليات إماراتية',
        'عدن والمحافظات',
        'ريف دمشق',
        'تقارير ميدانية',
        'صحة المجتمع',
        'الشمال السوري',
        'منوعات صحية',
        'الساحل الشرقي',
      ],
      tag: [
        'شلل الأطفال المشتق من اللقاح',
        'الحصبة عند البالغين',
        'الدفتيريا',
        'الهزال عند الأطفال',
        'جدري الماء',
        'اللشمانيا الجلدية',
      ],
      place: ['العين', 'خورفكان', 'كلباء', 'الشحر', 'تريم', 'زبيد', 'رداع', 'منبج', 'إدلب', 'السويداء'],
      rel: [
        'تفشي الحصبة بين البالغين في مخيمات إدلب',
        'الشحر تستقبل شحنة جديدة من اللقاحات',
        'كيف واجهت خورفكان موسم جدري الماء',
      ],
    },
  },
  lookalikes: {
    en: [
      'By the time the ferry reached Tobago, three of the passengers had developed a fever.',
      'Source water for the village comes from a creek that floods every rainy season.',
      'Share of children fully vaccinated in the interior regions fell to 58 percent last year.',
      'Photo identification is no longer required to receive a vaccine at district clinics.',
      'Follow-up visits were scheduled for every household where a case had been found.',
      'Related illnesses, including kidney failure, often go undiagnosed on the outer islands.',
      'Tags on each cooler box let nurses check whether the vaccines had been kept cold on the boat.',
      'Comments by the health minister on the radio were later corrected by her office.',
      'Full coverage of dialysis costs by the state began in January, the ministry said.',
      'Read the label twice, the pharmacist tells every mother who buys syrup for a child.',
    ],
    ar: [
      'كتب الطبيب في تقريره أن الطفل وصل إلى المستشفى في حالة جفاف شديد.',
      'المصدر الأساسي لمياه الشرب في القرية بئر ارتوازية تلوثت بعد السيول.',
      'شارك أكثر من مئتي متطوع في حملة التلقيح التي استمرت أسبوعًا.',
      'تابع الفريق الطبي حالة المرضى يومًا بيوم حتى خروجهم.',
      'صورة الأشعة أظهرت التهابًا في الرئتين لدى معظم المرضى.',
      'تعليق الدراسة في المدارس جاء بقرار من السلطات المحلية بعد تسجيل إصابات بين الطلاب.',
      'إعلان النتائج تأخر بسبب نقص الكواشف في المختبر المركزي.',
      'اقرأ التعليمات على العلبة قبل إعطاء الدواء للطفل، تقول الصيدلانية.',
      'بتاريخ طويل من الأوبئة، تعرف المدينة جيدًا كيف تواجه الكوليرا.',
      'نقلاً عن الممرضين، فإن الأسرّة امتلأت خلال ساعات من افتتاح القسم.',
    ],
  },
};
