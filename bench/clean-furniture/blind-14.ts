/**
 * A sixteenth set, written on 5 December 2026 (13:16–13:40 UTC) while the cleaner was being
 * changed on other branches, by an engineer who read none of the cleaner but its label tables;
 * it is to be run once, after those changes are merged. Like blind-13 it is furniture as real
 * news sites print it, but from outlets and regions blind-13 left out: South Asian English papers
 * and their agencies (PTI, APP, BSS), African outlets and wires (NAN, GNA, APO, allAfrica),
 * Maghrebi and Gulf Arabic sites and agencies (MAP, APS, TAP, WAM, QNA, ONA), the Arabic services
 * of foreign broadcasters, Blogger and WordPress themes, news apps and ad networks: six phrasings
 * per kind and language, the first three of each list the commoner on real pages, the other three
 * less common but printed by real sites (where an earlier set or the tables already had the
 * commonest wording, the novelty check sent it to a rarer one); its own names, outlets, places
 * (South Asian and African cities in English, Maghrebi and Gulf ones in Arabic), sections and
 * tags; ten look-alikes a language, sentences that open as furniture does and must stay. Checked
 * by `DIRS=bench/clean-furniture,src/core/ingest,tests/fixtures node bench/clean-novelty.ts --set
 * blind-14` against every earlier set, the fixtures and the label tables (0 overlaps after
 * revising what it flagged, in three passes), and committed before its only run (`npm run
 * eval:clean -- --set blind-14`; `--set all` leaves it out until then).
 */
import type { TemplateSet } from './kinds.ts';

export const BLIND_14: TemplateSet = {
  templates: {
    en: {
      breadcrumb: [
        'Home / News / {s1} / {s2}',
        'News / {s1} News / {s2}',
        'Home » News » {s1}',
        'You are at: Home » {s1} » {s2}',
        'Home – {s1} – {s2}',
        'Home ❯ {s1} ❯ {s2}',
      ],
      timestamp: [
        'Published - {mon} {dd}, {y} {h12}:{M} {ampm} IST',
        'Published {mon} {d}, {y} Updated {few} hours ago',
        '{wd}, {mon} {d}, {y} — updated on {mon} {d}, {y}',
        'Last update on: {wd3} {mon3} {d}, {y} {h12}:{M} {AMPM}',
        '{dd} {mon} {y} - {HH}:{M}',
        '{mon3} {d}, {y} · {few} min read',
      ],
      byline: [
        '{name} / TNN',
        'From {name}, Bureau Chief, {place}',
        'Written by {name} | {place}',
        '{name}, Senior Health Correspondent',
        '{name}, Express News Service',
        'Curated by {name}',
      ],
      dateline: [
        '{PLACE}, {mon} {d}:',
        '{place}, {mon3} {d} (PTI)',
        '{PLACE}, {mon} {d} (APP):',
        '{place}, {mon} {d}, {y} (NAN)',
        '{PLACE}, {mon} {d}, {y} (BSS) -',
        '{place}, {mon} {d}, GNA -',
      ],
      caption: [
        'Health workers screen passengers at the airport. | Photo Credit: {credit}',
        'Commuters wear masks at a bus terminal. — {credit}',
        'A nurse prepares a dose at a county clinic. PHOTO | {credit}',
        'Traders close their stalls early in the township market. (Photo: {credit})',
        'Photo: Collected',
        'Screengrab from a video shared by {credit}',
      ],
      source: [
        'This story has not been edited by {source} staff and is auto-generated from a syndicated feed.',
        '(With inputs from {source})',
        'Published in {source}, {mon} {d}, {y}',
        'Distributed by APO Group on behalf of {source}.',
        'This content was syndicated through {source}.',
        'Content supplied by {source}.',
      ],
      tags: [
        'Related Topics: {t1} | {t2} | {t3}',
        'Find more stories on: {t1}, {t2}',
        'Labels: {t1} | {t2} | {t3}',
        'This story is tagged under: {t1}, {t2}',
        'Topics mentioned in this article: {t1}, {t2}',
        'Explore: {t1} · {t2}',
      ],
      share: [
        'Follow us on Google News',
        'Join our WhatsApp channel',
        'Repost on X',
        'Download the {source} app for the latest news',
        'Copy URL',
        'Add {source} as a preferred source on Google',
      ],
      comments: [
        'You must be logged in to post a comment.',
        'See what readers are saying ({n})',
        'Comments are moderated and generally will be posted if they are on-topic and not abusive.',
        'Comments have to be in English, and in full sentences.',
        'We have migrated to a new commenting platform.',
        'Sort comments by: Newest',
      ],
      related: [
        'Also read — {rel}',
        'More headlines from {source}',
        'Check out: {rel}',
        'What’s trending in {s1}',
        'Catch all the latest {s1} news and updates on {source}.',
        'Get the day’s headlines in your inbox every morning',
      ],
      copyright: [
        'Copyright {y} {source}. Distributed by AllAfrica Global Media (allAfrica.com).',
        '© {y} {source} Pvt Ltd.',
        'All content is copyright of {source} unless otherwise stated.',
        'Reproduction in whole or part without written permission is prohibited.',
        'Disclaimer: Views expressed are personal and do not reflect the official position or policy of {source}.',
        '© {source} Ltd {y}',
      ],
      advertisement: [
        'Continue reading the story below the ad',
        'Ads help keep this site free',
        'Close ✕ Advertisement',
        'Content by Colombia',
        'Continue reading after the ad',
        'Hide ad',
      ],
    },
    ar: {
      breadcrumb: [
        'الرئيسية / أخبار / {s1}',
        'أنت في: الرئيسية » {s1}',
        '{source} / {s1} / {s2}',
        'الرئيسية » أخبار {s1}',
        'الأخبار / {s1} / {s2}',
        'الواجهة › {s1} › {s2}',
      ],
      timestamp: [
        '{wd} {d} {monAr} {y} - {HH}:{M}',
        'التاريخ {ddA}.{mmA}.{yA}',
        '{d} {monAr} {y} {HH}:{M} بتوقيت أبوظبي',
        '{ddA}/{mmA}/{yA} - {HA}:{MA}',
        '{wd}، {dA} {monAr} {yA} م',
        'منذ {few} ساعات | {dd}/{mm}/{y}',
      ],
      byline: [
        'نشر بواسطة: {name}',
        'متابعة/ {name}',
        'أعد التقرير: {name}',
        '{name} - {source} - {place}',
        '{name} كاتب وباحث تونسي',
        'بقلم الأستاذ {name}',
      ],
      dateline: [
        '{place} (و م ع) -',
        '{place}- واج',
        '{place} (وات) -',
        '{place} في {d} {monAr} / وام /',
        '{place} في {d} {monAr} /العُمانية/',
        '{place} في {d} {monAr} /قنا/',
      ],
      caption: [
        'عاملون صحيون يفحصون مسافرين في مطار محمد الخامس (صورة أرشيفية)',
        'صورة تعبيرية (أرشيف)',
        'صورة من: {credit}',
        'صورة أرشيفية / {credit}',
        'حقوق النشر {credit} - {source}',
        'طابور أمام مركز للتلقيح في وهران (تصوير: {credit})',
      ],
      source: [
        'المصدر: {source} + وكالات الأنباء',
        'منقول عن {source} بتصرف طفيف',
        'عن {source} (بتصرف)',
        'المقالة مترجمة عن {source}',
        'ح.ز/ع.ش ({source}، د ب أ)',
        'الخبر منشور أصلاً على موقع {source}',
      ],
      tags: [
        'الكلمات الدالة: {t1}، {t2}، {t3}',
        'كلمات مفتاحية: {t1} / {t2}',
        'المزيد عن: {t1}، {t2}',
        'موضوعات: {t1} / {t2} / {t3}',
        'في هذا الملف: {t1}، {t2}',
        'الموضوعات ذات الصلة {t1} {t2}',
      ],
      share: [
        'تابعونا على أخبار جوجل',
        'مشاركة عبر البريد الإلكتروني',
        'اشترك في قناتنا على يوتيوب',
        'أضف {source} إلى مصادرك المفضلة في جوجل',
        'شارك هذا الخبر مع أصدقائك',
        'انسخ رابط الخبر',
      ],
      comments: [
        'عدد التعليقات ({n})',
        'لن يتم نشر عنوان بريدك الإلكتروني.',
        'الحقول الإلزامية مشار إليها بـ *',
        'أرسل تعليقك على هذا المقال',
        'المرجو الالتزام بموضوع المقال وتجنب العبارات المسيئة',
        'ما رأيك؟ اكتب لنا في التعليقات',
      ],
      related: [
        'مقالات اخترناها لكم',
        'يمكنك أيضاً قراءة: {rel}',
        'المزيد في قسم {s1}',
        'أخبار مرتبطة',
        'إقرأ أيضا: {rel}',
        'سجّل في نشرتنا البريدية لتصلك أهم الأخبار',
      ],
      copyright: [
        'كل الحقوق محفوظة لدى {source} © {y}',
        '© {source} {y} | الحقوق محفوظة',
        'حقوق الطبع والنشر لـ{source} {y}',
        'جميع المواد المنشورة محمية بموجب قانون حقوق الملكية الفكرية',
        'يمنع نسخ المقالات أو إعادة نشرها دون ذكر الرابط الأصلي',
        'تعبر المقالات عن آراء كاتبيها ولا تمثل بالضرورة {source}',
      ],
      advertisement: [
        'إعلانات مقدمة من Google',
        'يتبع الخبر تحت الإعلان',
        'أعلن لدينا',
        'إعلان مدفوع الأجر',
        'يتواصل المقال بعد الإعلان',
        'ضع إعلانك هنا',
      ],
    },
  },
  pools: {
    en: {
      name: ['Nadia Chaudhry', 'Kofi Asante-Boakye', 'Tendai Moyo', 'Ritu Menon', 'Chinedu Okafor', 'Farzana Haque'],
      source: ['Deccan Lantern', 'Lahore Ledger', 'Savannah Courier', 'Lake Victoria Tribune', 'Chattogram Herald'],
      credit: ['Imran Qureshi', 'Adaeze Nwosu', 'Sipho Dlamini', 'Meera Pillai', 'Tariq Butt'],
      section: [
        'Counties',
        'Metro Desk',
        'Health & Fitness',
        'Regional Round-up',
        'National News',
        'City Desk',
        'Southern Districts',
        'Provinces Today',
      ],
      tag: ['Dengue season', 'Vaccine drives', 'Polio teams', 'Hospital fees', 'Curfew passes', 'Roadside clinics'],
      place: ['Peshawar', 'Kozhikode', 'Mombasa', 'Ibadan', 'Chattogram', 'Multan', 'Tamale', 'Bulawayo'],
      rel: [
        'Why Kerala’s nurses are in demand abroad',
        'Inside Mombasa’s crowded isolation ward',
        'How Multan ran out of oxygen cylinders',
      ],
    },
    ar: {
      name: ['يوسف بنعلي', 'خديجة الزموري', 'سالم البلوشي', 'أمينة بوزيد', 'راشد المزروعي', 'نادية الطرابلسي'],
      source: ['صدى الأطلس', 'بوابة قرطاج', 'نبض الساحل', 'أنباء وهران', 'مرآة مسقط'],
      credit: ['عبد الرحيم الزياني', 'لمياء الشابي', 'ناصر الحارثي', 'كريم بلقاسم', 'سلمى العبري'],
      section: [
        'مجتمع ومحاكم',
        'جهات وأقاليم',
        'صحة وطب',
        'الشأن الوطني',
        'محليات الولايات',
        'مغاربيات',
        'أخبار الإمارات',
        'متابعات صحية',
      ],
      tag: ['حملة التلقيح', 'الحجر المنزلي', 'أسعار الأدوية', 'المستشفيات الجهوية', 'التباعد الجسدي', 'جواز التلقيح'],
      place: ['العرائش', 'الحسيمة', 'القيروان', 'سطيف', 'بجاية', 'المهدية', 'ورزازات', 'رأس الخيمة'],
      rel: ['ممرضات طنجة في الصفوف الأولى', 'كيف واجهت صفاقس نقص الأسرّة', 'مسقط تفتح مراكز تلقيح متنقلة'],
    },
  },
  lookalikes: {
    en: [
      'Published figures undercounted deaths in rural districts, the auditors found.',
      'Photo booths at the railway station were turned into screening points.',
      'Sources close to the task force said the curfew would be extended.',
      'Follow-up calls to patients were made by student volunteers.',
      'Copyright disputes over the test kit design delayed local production.',
      'Also affected were the street vendors who sold food near the hospital.',
      'Sponsored by a local flour mill, the free clinic opened on a Sunday.',
      'Topics such as vaccine safety dominated the village meetings.',
      'News of the first case reached the market within an hour.',
      'Ads placed in regional papers asked retired nurses to return to work.',
    ],
    ar: [
      'الصفحة الأولى من التقرير خصصت لأرقام الوفيات في القرى.',
      'بقلم رصاص كتب الأطفال رسائل شكر للأطباء.',
      'صورة الممرضة المنهكة انتشرت على نطاق واسع.',
      'تابع الأطباء حالة المرضى عن بعد عبر الهاتف.',
      'الكلمات التي استخدمها الوزير أثارت غضب التجار.',
      'اقرأوا التعليمات جيداً، طلب الصيدلي من الزبائن.',
      'إعلانات التوظيف في المستشفيات تضاعفت خلال الصيف.',
      'جميع الحقوق التي كسبها العمال ضاعت مع الإغلاق.',
      'تعليق الدراسة استمر ثلاثة أشهر في معظم المدن.',
      'متابعة المخالطين تولتها فرق من المتطوعين.',
    ],
  },
};
