/**
 * A fifty-fourth set, written on 7 December 2026 (19:46–19:51 UTC) by a helper who read none of the
 * cleaner, not even its label tables (the novelty check below compares with them), nor
 * docs/cleaning.md beyond its bullets on the earlier sets' sources, but the earlier sets,
 * `bench/clean-furniture/{kinds,fill,sets}.ts`, `bench/clean-eval.ts` and `bench/clean-novelty.ts`;
 * it is to be run once, by name. Like blind-13 to blind-51 it is furniture as real sites print it,
 * from outlets, regions and kinds of site those sets left out: in English, the Faroe Islands
 * (Local.fo with "Posted … by Local.fo" stamps and "TÓRSHAVN –" and "…, Faroe Islands –" datelines,
 * Kringvarp Føroya as a source), Greenland (Sermitsiaq.AG's English stories translated from the
 * Danish, KNR, "NUUK:" datelines and WGT stamps, its reproduction notice), the Isles of Scilly
 * (Scilly Today with moderated comments and its support appeal, Radio Scilly, the Isles of Scilly
 * Steamship Group's sailing updates for the Scillonian III and Skybus flights, "Hugh Town, St
 * Mary's —" datelines), a zoo's news pages (Chester Zoo: keepers' and team managers' bylines,
 * species lines, animal-adoption and ticket plugs, the North of England Zoological Society's
 * copyright), a fire and rescue service's incident pages (Cornwall Fire and Rescue Service: "Time of
 * call:" and "Incident date:" stamps, station and incident-type lines, its Control's updates, home
 * fire safety checks) and an airport's media centre (Cornwall Airport Newquay); in Arabic, Karbala's
 * holy shrines (the Imam Hussein Holy Shrine's media centre, the Al-Abbas Holy Shrine's Al-Kafeel
 * Global Network, "كربلاء المقدسة –" datelines, live streams from the shrine), Saudi Arabia's Asir
 * region (the Asir emirate's news, Al-Watan of Abha with "أبها:" and "خميس مشيط – الوطن:"
 * datelines), Red Crescent societies (the Emirates Red Crescent's media centre and corporate
 * communication, the Kuwait Red Crescent Society, aid-distribution captions, SMS donations and the
 * winter-clothing appeal), airports' media pages (Hamad International Airport's newsroom and app,
 * Dubai Airports, parking plugs) and the Arab League's news pages (its General Secretariat's media
 * and communication sector, ministerial-meeting photos, statements). Six to eight phrasings per
 * kind and language, the first three of each list the commoner on real pages; Latin and
 * Arabic-Indic digits in Arabic; its own names, outlets, places (towns and villages of the Faroe
 * Islands in English; towns of the Asir region in Arabic), sections and tags; ten look-alikes a
 * language, sentences of a story on the puffins of Mykines in English and of a story on fog and
 * terraced farms in Asir in Arabic that open as furniture does and must stay. Checked by
 * `DIRS=bench/clean-furniture,src/core/ingest,tests/fixtures node bench/clean-novelty.ts --set
 * blind-52` against every earlier set, the fixtures and the label tables (0 overlaps after
 * revising, in seven passes (75, 17, 5, 2, then 0 three times), the 75 it flagged in the first: 71
 * on 34 phrasings the tables, fixtures or earlier sets had, 14 English and 20 Arabic, and an Arabic
 * name, an Arabic tag and two Arabic places; the second flagged 17, on 8 revised phrasings, 3
 * English and 5 Arabic; the third 5, on 3, 2 English and 1 Arabic; the fourth 2, on an English one;
 * the fifth found none, and so did the two after later edits: this comment, its registration and
 * the formatting; its counts filled in and the comment rewrapped), and committed before its only
 * run (`npm run eval:clean -- --set blind-52`; `--set all` leaves it out until then).
 */
import type { TemplateSet } from './kinds.ts';

export const BLIND_52: TemplateSet = {
  templates: {
    en: {
      breadcrumb: [
        'Local.fo › {s1}',
        'Scilly Today > {s1} > {s2}',
        'Home / Animals & Conservation / {s1}',
        'News › Incidents › {s1}',
        'Sermitsiaq.AG / English / {s1}',
        'Cornwall Airport Newquay > Media Centre > {s1}',
        'Travel updates › Scillonian III',
      ],
      timestamp: [
        'Posted {d}/{m}/{y} {HH}:{M} by Local.fo',
        '{wd} {d} {mon} {y} – {HH}:{M}',
        'Time of call: {HH}:{M}, {dd}/{mm}/{y}',
        'Updated {dd}.{mm}.{y} - {HH}:{M} WGT',
        'Sailing status at {HH}:{M} on {wd} {d} {mon}',
        'Press release – {d} {mon} {y}',
        'Incident date: {dd}/{mm}/{y}',
      ],
      byline: [
        'By {name} – Scilly Today',
        '{name} | Local.fo',
        'Written by {name}, Team Manager, Chester Zoo',
        'Sermitsiaq.AG – translated by {name}',
        'Posted by Radio Scilly',
        'Station Manager {name}, Isles of Scilly',
        'By {name} and {name2} | Local.fo',
      ],
      dateline: [
        'TÓRSHAVN –',
        'NUUK:',
        'Hugh Town, St Mary’s —',
        '{PLACE}, Faroe Islands –',
        '{place}, Faroes —',
        'St Mary’s, Isles of Scilly:',
        'NEWQUAY –',
      ],
      caption: [
        'Photo: {credit} / Local.fo',
        'Photo: {credit}, Sermitsiaq.AG',
        'Picture: Chester Zoo',
        'Crews at the scene in Hugh Town. Image: Cornwall Fire and Rescue Service',
        'The Scillonian III leaving Penzance harbour. Photo by {credit}',
        '📷 {credit}/Scilly Today',
        'Photo credit: Cornwall Airport Newquay',
        'Keepers weighed the calf on her first day (Chester Zoo)',
      ],
      source: [
        'Source: Kringvarp Føroya',
        'Update from {source} Control',
        'Translated from Sermitsiaq.AG',
        'News release: {source}',
        'Update courtesy of {source}',
        'From the {source} newsroom',
        'Originally published in Danish by KNR',
      ],
      tags: [
        'Species: {t1} · {t2}',
        'Conservation: {t1} / {t2}',
        'Animals: {t1}, {t2}',
        'Keywords: {t1} | {t2} | {t3}',
        'Station: {t1} | Type: {t2}',
        'Island: {t1}',
      ],
      share: [
        'Share on your Facebook feed',
        'Send this to a friend by email',
        'Share this news release',
        'Share this incident',
        'Share on Messenger',
        'Copy the link to this sailing update',
      ],
      comments: [
        'Join the discussion on our Facebook page',
        'Comments on Scilly Today are moderated',
        'Comments ({n}) — add yours',
        'Reply to this comment',
        'Commenting has closed on this story',
        'Be the first to comment on this Local.fo story',
      ],
      related: [
        'More from Local.fo',
        'Latest incidents',
        'Other animal news',
        'More travel updates',
        'Up next on Local.fo: {rel}',
        'Other stories from Greenland',
      ],
      copyright: [
        '© {y} Local.fo',
        '© Scilly Today {y}',
        '© {y} North of England Zoological Society',
        'Copyright © {y} Cornwall Council',
        '© Sermitsiaq.AG {y} – reproduction only with permission',
        '© Isles of Scilly Steamship Group {y}',
      ],
      advertisement: [
        'Support Scilly Today',
        'Book your zoo tickets online and save',
        'Adopt an animal from £{n}',
        'Advertise with Local.fo',
        'Book flights to Scilly with Skybus',
        'Fit a smoke alarm – book a free Home Fire Safety Check',
      ],
    },
    ar: {
      breadcrumb: [
        'شبكة الكفيل العالمية > الأخبار > {s1}',
        'العتبة الحسينية المقدسة / {s1}',
        'الهلال الأحمر الإماراتي › المركز الإعلامي › {s1}',
        'مطار حمد الدولي | غرفة الأخبار | {s1}',
        'جامعة الدول العربية - الأخبار - {s1}',
        'إمارة منطقة عسير › الأخبار',
        'صحيفة الوطن ‹ {s1} ‹ {s2}',
      ],
      timestamp: [
        'نُشر في {d} {monAr} {y} – {HH}:{M}',
        'تاريخ الخبر: {yA}/{mmA}/{ddA}',
        '{wd} {dA}-{mmA}-{yA}م',
        '{HH}:{M} – {dd}.{mm}.{y}',
        'صدر البيان في {d} {monAr} {y}',
        'تاريخ النشر: {dd}/{mm}/{y} - الساعة {HH}:{M}',
        'آخر تحديث {dA} {monAr} {yA} الساعة {HA}:{MA}',
      ],
      byline: [
        'إعداد: {name} – المركز الإعلامي للعتبة الحسينية',
        'أبها – {name}',
        'بقلم {name} | الوطن',
        'إدارة الاتصال المؤسسي – الهلال الأحمر',
        'القسم الإعلامي – شبكة الكفيل',
        'قطاع الإعلام والاتصال – جامعة الدول العربية',
        'تغطية: {name} – كربلاء المقدسة',
      ],
      dateline: [
        'كربلاء المقدسة –',
        'أبها:',
        'خميس مشيط – الوطن:',
        'القاهرة – الأمانة العامة:',
        '{place} – «الوطن»',
        'الدوحة – مطار حمد:',
        '{place} – مكتب الوطن:',
      ],
      caption: [
        'عدسة: {credit} – شبكة الكفيل',
        'الصورة من المركز الإعلامي للعتبة الحسينية',
        '(الصورة: الوطن)',
        'متطوعو الهلال الأحمر خلال توزيع السلال الغذائية',
        'صورة: مطارات دبي',
        'من الاجتماع الوزاري في مقر الأمانة العامة (صورة: {credit})',
        'طريق عقبة ضلع في عسير – تصوير {credit}',
      ],
      source: [
        'المصدر: شبكة الكفيل العالمية',
        'المصدر: إمارة منطقة عسير',
        'المصدر: مكتب الاتصال في {source}',
        'نقلاً عن المكتب الإعلامي لـ{source}',
        'المصدر: الموقع الإلكتروني لـ{source}',
        'المعلومات من قطاع الإعلام في {source}',
      ],
      tags: [
        'الكلمات المفتاحية: {t1} • {t2}',
        'تصنيف الخبر: {t1} ، {t2}',
        '#{t1} #عسير',
        'مواضيع الخبر: {t1}، {t2}، {t3}',
        'وسم الخبر: {t1} | {t2}',
        'ضمن قسم: {t1}',
      ],
      share: [
        'مشاركة الخبر عبر واتساب',
        'أرسل هذا البيان إلى صديق',
        'اطبع نص البيان',
        'شارك رابط البيان مع زملائك',
        'شارك البيان على تويتر',
        'شارك عبر البريد الإلكتروني',
      ],
      comments: [
        'لا توجد تعليقات على هذا الخبر',
        '{n} من التعليقات على الخبر',
        'ما تعليقك على هذا الإعلان؟',
        'نرجو من القراء الالتزام بأدب الحوار والابتعاد عن الإساءة',
        'التعليقات لا تمثل رأي الصحيفة',
        'يجب تسجيل الدخول إلى حسابك لإضافة تعليق',
      ],
      related: [
        'أخبار أخرى من العتبة',
        'المزيد من أخبار عسير',
        'آخر أخبار الهلال الأحمر',
        'طالع كذلك في الوطن: {rel}',
        'بيانات سابقة للأمانة العامة',
        'أخبار المطار',
      ],
      copyright: [
        'جميع الحقوق محفوظة لشبكة الكفيل العالمية © {y}',
        '© {y} العتبة الحسينية المقدسة',
        'جميع حقوق النشر لهيئة الهلال الأحمر الإماراتي {y} ©',
        '© {yA} جامعة الدول العربية',
        'صحيفة الوطن السعودية © {y}',
        'مطار حمد الدولي. جميع الحقوق محفوظة {y} ©',
      ],
      advertisement: [
        'تبرّع الآن عبر الرسائل النصية',
        'ساهم في كسوة الشتاء',
        'حمّل تطبيق مطار حمد الدولي',
        'اشترك في النسخة الرقمية لصحيفة الوطن',
        'احجز موقفك في المطار مسبقاً',
        'تابعوا البث المباشر من الحرم الحسيني الشريف',
      ],
    },
  },
  pools: {
    en: {
      name: [
        'Jógvan Poulsen',
        'Bára Joensen',
        'Rúni Dam',
        'Aviaaja Kleist',
        'Tamsin Hicks',
        'Jory Pender',
        'Heini Mikkelsen',
      ],
      source: [
        'Kringvarp Føroya',
        'Government of the Faroe Islands',
        'Naalakkersuisut',
        'Council of the Isles of Scilly',
        'Isles of Scilly Steamship Group',
        'Chester Zoo',
        'Cornwall Fire and Rescue Service',
      ],
      credit: ['Ólavur Frederiksen', 'Leiff Josefsen', 'Kerensa Woodcock', 'Sunniva Hansen', 'Malik Petersen'],
      section: [
        'Whaling',
        'Sheep farming',
        'Animal births',
        'Incidents',
        'Travel Updates',
        'Arctic',
        'Sub-sea tunnels',
      ],
      tag: ['Mykines', 'Puffins', 'Sea fog', 'Skybus', 'Okapi calf', 'Chimney fire', 'Grindadráp'],
      place: ['Klaksvík', 'Runavík', 'Tvøroyri', 'Vágur', 'Sørvágur', 'Gøta', 'Miðvágur'],
      rel: [
        'Ferry to Nólsoy cancelled for a third day',
        'Island fire crew called to a barn in Tresco',
        'Chester Zoo’s okapi calf named by keepers',
      ],
    },
    ar: {
      name: ['عبدالله الألمعي', 'سجاد الموسوي', 'منيرة العجمي', 'فاطمة العسيري', 'مرتضى الحسناوي', 'مريم الكتبي'],
      source: [
        'العتبة العباسية المقدسة',
        'إمارة منطقة عسير',
        'هيئة الهلال الأحمر الإماراتي',
        'جمعية الهلال الأحمر الكويتي',
        'الأمانة العامة لجامعة الدول العربية',
        'مطارات دبي',
        'هيئة تطوير منطقة عسير',
      ],
      credit: ['حسنين الخفاجي', 'سعد آل زيدان', 'أحمد الشهراني', 'علي الطويرجاوي', 'نورة المنصوري'],
      section: ['أخبار العتبة', 'الزائرون', 'الإغاثة', 'المسافرون', 'الشؤون العربية', 'السياحة الجبلية'],
      tag: [
        'زيارة الأربعين',
        'كسوة الشتاء',
        'المدرجات الزراعية',
        'الصالة رقم 3',
        'القمة العربية',
        'الضباب',
        'الإسعاف الجوي',
      ],
      place: ['بلقرن', 'سراة عبيدة', 'النماص', 'محايل عسير', 'رجال ألمع', 'السودة', 'تنومة'],
      rel: [
        'افتتاح جسر للمشاة في طريق يا حسين',
        'قافلة إغاثة إماراتية تصل إلى المكلا',
        'الأمانة العامة تعقد اجتماعاً تحضيرياً للقمة',
      ],
    },
  },
  lookalikes: {
    en: [
      'Photo permits for Mykines are now sold with the ferry ticket, the landowners said.',
      'Source of most of the island’s summer income is the walkers who come for the puffins.',
      'Posted notices at the landing ask visitors to keep to the path above the cliffs.',
      'Share of the birds nesting on the western slopes has fallen by a third in ten years.',
      'By early June the first pairs were back in their burrows on the grassy slopes.',
      'Comments from the ornithologist were cautious: one good season does not make a recovery.',
      'Related seabirds such as the guillemot and the kittiwake have done worse still.',
      'Tagged birds were followed as far as the Labrador Sea during the winter months.',
      'Copyright in the oldest photographs of the colony rests with the national museum in Tórshavn.',
      'Advertising the island as a day trip has brought more visitors than the path can take.',
    ],
    ar: [
      'المصدر الأول لمياه المدرجات الزراعية في السودة هو أمطار الصيف.',
      'تصوير الضباب وهو يغطي قمم السودة صار هواية لكثير من الزوار.',
      'شارك المزارعون في ترميم جدران المدرجات بعد السيول الأخيرة.',
      'نشر الدفاع المدني تحذيرات للسائقين على طريق عقبة ضلع.',
      'كتب الرحالة القدامى عن قرى الحجر الملونة في رجال ألمع.',
      'تعليقات الزوار على المرتفعات تدور كلها حول البرد في عز الصيف.',
      'اقرأ لوحات الطريق بعناية لأن الضباب يحجب المنعطفات.',
      'حقوق الري بين القرى موزعة منذ قرون وفق أعراف قبلية.',
      'إعلان موسم الصيف في أبها يأتي مع أول موجة من الزوار.',
      'المزيد من العائلات تقضي عطلتها في الجبال هرباً من حر الساحل.',
    ],
  },
};
