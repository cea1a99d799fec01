/**
 * A twenty-first set, written on 6 December 2026 (01:46–01:53 UTC) by a helper who read none of
 * the cleaner but its label tables (and those only so as not to reuse them), the earlier sets,
 * `bench/clean-eval.ts` and `bench/clean-novelty.ts`; it is to be run once, by name. Like
 * blind-13 to blind-18 it is furniture as real news sites print it, from outlets, platforms and
 * regions those sets left out: Indian national and digital papers and their wires (The Hindu,
 * NDTV, the Indian Express, Hindustan Times, IANS, ANI), Pakistani, Bangladeshi and Sri Lankan
 * papers (Dawn, The Daily Star, UNB, the Daily Mirror), American national dailies and magazines
 * (The New York Times, The Washington Post, The Atlantic, Politico, Axios), fact-checkers (AFP
 * Fact Check, Full Fact, Snopes), Telegram and share-bar prompts, and ad units
 * (Teads, brand studios); in Arabic, Egyptian state papers (Al-Ahram, Akhbar el-Yom) and the MENA
 * wire, Lebanese papers (Annahar, Al-Akhbar), DW and France 24 in Arabic, Tunisian radio (Mosaique
 * FM), Omani sites (Atheer), the fact-checker Misbar, and reposts from WhatsApp channels and
 * Instagram. Six phrasings per kind and language, the first three of each list the commoner on
 * real pages, the other three less common but printed by real sites; its own names, outlets,
 * places (Indian, Pakistani, Bangladeshi and Sri Lankan towns in English; Lebanese, Egyptian,
 * Tunisian, Omani and Algerian ones in Arabic), sections and tags; ten look-alikes a language,
 * sentences of a public-health story that open as furniture does and must stay. Checked by
 * `DIRS=bench/clean-furniture,src/core/ingest,tests/fixtures node bench/clean-novelty.ts --set
 * blind-19` against every earlier set, the fixtures and the label tables (0 overlaps after
 * revising, in four passes, the 100 it flagged in the first: phrasings the tables, fixtures or
 * earlier sets had, two sections, a tag and nine places earlier pools had; the second pass
 * flagged a tenth place, chosen in revising), and committed before its only run (`npm run
 * eval:clean -- --set blind-19`; `--set all` leaves it out until then).
 */
import type { TemplateSet } from './kinds.ts';

export const BLIND_19: TemplateSet = {
  templates: {
    en: {
      breadcrumb: [
        'Home › News › India › {s1}',
        'Health News › {s1} › {s2}',
        'India News › {s1} › {rel}',
        'Fact Check › {s1} › {s2}',
        'Home » Fact Checks » {s1}',
        'Sections ▸ {s1} ▸ {s2}',
      ],
      timestamp: [
        'Updated - {mon} {dd}, {y} {h12}:{M} {ampm} IST',
        'Published {mon} {d}, {y}, {h12}:{M} {ampm} ET',
        '{mon} {d}, {y} at {h12}:{M} {ampm} EST',
        'Published {mon} {d}, {y} Updated about {few} hours ago',
        '{dd} {mon} {y} {h12}:{M} {ampm} - 0 - {n}',
        '{mon3} {d}, {y} - {s1}',
      ],
      byline: [
        'By {name} and {name2} | The Washington Post',
        'Written by {name} | New Delhi |',
        '{name} is a senior health reporter at Politico.',
        'Fact checked by {name}',
        '{name}, AFP India',
        '{name} — Contributing Writer, The Atlantic',
      ],
      dateline: [
        '{place}, {mon3} {d}:',
        'HT Correspondent, {place}',
        '{place}, {mon} {d} (IANS)',
        '{place} [India], {mon} {d} (ANI):',
        '{place}, {mon} {d} (UNB) -',
        '{place}, {mon} {d} (Daily Mirror) -',
      ],
      caption: [
        'A health worker gives a dose of vaccine at a primary health centre. | Photo Credit: {credit}',
        'Representative image. (Photo credit: {credit})',
        'Nurses prepare doses at a vaccination centre in the district. Credit...{credit}/Agence France-Presse — Getty Images',
        'A screenshot of the false claim shared on Facebook, taken on {mon} {d}, {y}',
        'A respiratory therapist checks on a patient in the intensive care unit. ({credit}/The Washington Post)',
        'Illustration: {credit}/Axios',
      ],
      source: [
        '(This story has been published from a wire agency feed without modifications to the text.)',
        '(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)',
        'This article was originally published by {source}.',
        'This fact check was produced in partnership with {source}.',
        'A version of this article appears in print on {mon} {d}, {y}, Section A, Page {n} of the New York edition',
        'Published in Dawn, {mon} {d}, {y}',
      ],
      tags: [
        '/ {t1} / {t2} / {t3} /',
        'Filed under {t1} / {t2}',
        'Related topic: {t1}, {t2}',
        'More on: {t1} | {t2}',
        'Claim topics: {t1} · {t2}',
        'Story topics: {t1} · {t2} · {t3}',
      ],
      share: [
        'Copy link Email Facebook Twitter Telegram LinkedIn WhatsApp Reddit',
        'Track Latest News Live on {source} and get news updates from India and around the world',
        'Join {source} on Telegram for the latest health updates',
        'Copy link · Email · X · Facebook',
        'Share this fact check',
        'Share via WhatsApp Share via Telegram',
      ],
      comments: [
        '{n} comments on this story',
        'Comments ({n}) Closed',
        'Load {n} comments',
        'Comments have to be in English, and in full sentences. They cannot be abusive or personal.',
        'Comments will be edited (grammar, spelling and slang) and authorized at the discretion of the editors.',
        'We have migrated to a new commenting platform. If you are already a registered user, please sign in.',
      ],
      related: [
        'Go deeper: {rel}',
        'READ ALSO | {rel}',
        'Editors’ Picks',
        'Latest Fact Checks',
        'More fact checks',
        'Most Commented',
      ],
      copyright: [
        'Copyright© {y}, THG PUBLISHING PVT LTD. or its affiliated companies. All rights reserved.',
        '© Copyright NDTV Convergence Limited {y}',
        'Copyright © {y}, Dawn Media Group',
        '© {y} Snopes Media Group Inc.',
        'Copyright © {y} The Daily Star | Powered by: RSI Lab',
        'Full Fact is a registered charity. © {y}',
      ],
      advertisement: [
        'Advertisement SKIP ADVERTISEMENT',
        'Advertisement (continue reading below)',
        'Paid Post: {source}',
        'Produced by {source} Brand Studio',
        'This content is paid for by {source}.',
        'inRead invented by Teads',
      ],
    },
    ar: {
      breadcrumb: [
        'بوابة الأهرام > {s1} > {s2}',
        'النهار العربي ← {s1}',
        'أخبار اليوم ◄ {s1} ◄ {s2}',
        'مسبار / تحقق / {s1}',
        'DW عربية | {s1} | {s2}',
        'موزاييك أف أم » {s1}',
      ],
      timestamp: [
        'نشر في {wd}، {dd} {monAr} {y} - {HH}:{M}',
        'نُشرت في {dd}/{mm}/{y} – {HH}:{M} (بتوقيت باريس)',
        'التاريخ {dd}.{mm}.{y}',
        'بوابة أخبار اليوم - {wd}، {dd} {monAr} {y} - {HH}:{M}',
        'تاريخ الإضافة {dA} {monAr}، {yA}',
        'تاريخ النشر {dd}-{mm}-{y} | {HH}:{M}',
      ],
      byline: [
        'كتب ــ {name}',
        '{name} - بوابة الأهرام',
        'تقرير الزميلة {name}',
        'تدقيق: {name}',
        '{name} | مراسلة فرانس 24',
        'عمل على هذا التقرير: {name} و{name2}',
      ],
      dateline: [
        '{place} - «النهار»',
        '{place} - أ ش أ:',
        '{place} – موزاييك أف أم',
        '{place} – أثير',
        'من {place}: مراسل DW',
        '{place} ـ «الأخبار»',
      ],
      caption: [
        'ممرضون يستقبلون المرضى في مستشفى حميات العباسية - تصوير: {credit}',
        'أطباء في مستشفى رفيق الحريري الجامعي ببيروت (أرشيف «النهار»)',
        'طفل يتلقى جرعة اللقاح في مركز صحي بمسقط. الصورة: {credit}',
        'لقطة شاشة من المنشور المضلل المتداول على فيسبوك',
        'صورة من حساب وزارة الصحة على إنستغرام',
        '© {credit} / DW',
      ],
      source: [
        'المصدر: {source} - مواقع إلكترونية',
        'ع.ج/ ح.ز ({source})',
        'المقال منشور أصلاً على موقع {source}',
        'تم نشر هذا المقال بالأصل في {source}',
        'المادة منقولة من قناة {source} على واتساب',
        'نقلته عن {source} بتصرف',
      ],
      tags: [
        'الكلمات المفتاحية #{t1} #{t2}',
        'كلمات مفتاحية {t1}، {t2}، {t3}',
        'موضوعات متعلقة بالمقال: {t1} / {t2}',
        'تصنيف الادعاء: {t1}',
        'الوسم: {t1} - {t2}',
        'ادعاءات ذات صلة بـ: {t1}',
      ],
      share: [
        'انسخ رابط المقال',
        'تابع فرانس 24 على أخبار جوجل',
        'تابعوا صفحتنا على إنستغرام 📷',
        'حفظ · مشاركة · طباعة',
        'شارك عبر واتس آب',
        'أرسل الرابط عبر تيليغرام',
      ],
      comments: [
        'تعليقات زوار الموقع ({n})',
        'عدد التعليقات: {n} تعليق',
        'لم يعلق أحد على الخبر حتى الآن',
        'شروط التعليق: عدم الإساءة للأشخاص أو المقدسات',
        'التعليقات المنشورة تعبر عن آراء أصحابها',
        'علّق على الخبر عبر حسابك في فيسبوك',
      ],
      related: [
        'المزيد من الموضوعات',
        'تحققات ذات صلة',
        'الأكثر مشاهدة هذا الأسبوع',
        'مواد أخرى من قسم {s1}',
        'قد يعجبك أيضاً: {rel}',
        'اقرأ في ملف {s1}',
      ],
      copyright: [
        'جميع الحقوق محفوظة لمؤسسة الأهرام © {y}',
        '© {y} فرانس 24 - جميع الحقوق محفوظة',
        'جميع حقوق النشر محفوظة لدويتشه فيله {y} ©',
        '© جريدة الأخبار اللبنانية {y}',
        '© مسبار {y}',
        'موزاييك أف أم © {y}',
      ],
      advertisement: [
        'مادة مدفوعة الأجر',
        'يتواصل المقال أسفل الإعلان',
        'محتوى إعلاني بالشراكة مع {source}',
        'إعلانات من جوجل',
        'محتوى مدفوع من شريك',
        'شريك إعلاني: {source}',
      ],
    },
  },
  pools: {
    en: {
      name: [
        'Ananya Raghunathan',
        'Farhan Siddiqui',
        'Nusrat Jahan Mitu',
        'Dilani Wickramasinghe',
        'Caroline Whitfield',
        'Marcus Delacroix-Hale',
      ],
      source: [
        'Coromandel Courier',
        'Indus Valley Herald',
        'Padma River Times',
        'Kandy Morning Star',
        'Potomac Ledger',
        'Beltway Brief',
      ],
      credit: ['Sandeep Rao', 'Rizwan Tabassum', 'Mohammad Ponir', 'Pradeep Dilrukshana', 'Tamsin Albright'],
      section: [
        'Andhra Pradesh',
        'Sindh',
        'Barishal',
        'Western Province',
        'Health Policy',
        'Claims Reviewed',
        'The Checkup',
        'Capitol Hill',
      ],
      tag: ['Nipah virus', 'Chikungunya', 'Heat stroke', 'Health misinformation', 'Typhoid vaccine', 'Leptospirosis'],
      place: [
        'Thiruvananthapuram',
        'Kannur',
        'Vijayawada',
        'Madurai',
        'Sukkur',
        'Bahawalpur',
        'Rajshahi',
        'Sylhet',
        'Jaffna',
        'Galle',
      ],
      rel: [
        'Nipah alert in Kozhikode as contacts are traced',
        'Dengue wards fill up in Rajshahi',
        'Fact check: no, onion water does not cure chikungunya',
      ],
    },
    ar: {
      name: ['جورج أبو جودة', 'سهى الحلبي', 'مروان الأشقر', 'أسماء بن عمر', 'سالم الحبسي', 'منى عبد الغفار'],
      source: ['منارة المتن', 'نيل الصباح', 'صدى قرطاج', 'واحة ظفار', 'شرفة الهضاب', 'ميزان الحقيقة'],
      credit: ['إيلي نخلة', 'أحمد عبد الفتاح', 'وسام الصغير', 'ناصر البلوشي', 'كريم بوزيد'],
      section: [
        'شؤون لبنانية',
        'أخبار المحافظات',
        'جهات تونس',
        'محليات عمانية',
        'ادعاءات مضللة',
        'طب وصحة',
        'الشأن الجزائري',
        'شؤون مصرية',
      ],
      tag: ['داء الليشمانيا', 'الحمى المالطية', 'التهاب الكبد أ', 'الالتهاب الرئوي', 'الجرب', 'داء الكلب'],
      place: ['زحلة', 'جبيل', 'مرجعيون', 'كفر الزيات', 'المنيا', 'ملوي', 'المتلوي', 'توزر', 'بهلاء', 'عين الدفلى'],
      rel: [
        'الكوليرا تعود إلى مخيمات عكار',
        'المتلوي تسجل إصابات جديدة بالحمى المالطية',
        'مسبار: لا علاقة للقاح بالعقم',
      ],
    },
  },
  lookalikes: {
    en: [
      'Updated guidance from the health ministry tells clinics to test every child with fever for dengue.',
      'Share of households with clean drinking water rose to 71 percent, the survey found.',
      'Photo evidence of overcrowded wards, taken by nurses, was shown to the court.',
      'Fact checkers at the ministry traced the rumour to a forwarded voice note.',
      'Comments from the chief minister drew criticism from doctors’ associations.',
      'Sponsored by the state, the free dialysis centres now serve 3,000 patients a week.',
      'Filed under emergency rules, the order lets hospitals requisition private beds.',
      'Also read aloud at the meeting were the names of the nurses who died during the outbreak.',
      'Copyright rules on drug patents keep many cancer medicines out of reach, campaigners say.',
      'Written by hand, most of the district’s records had never been counted.',
    ],
    ar: [
      'تحديث بيانات المرضى يجري يدويًا في معظم المراكز الريفية.',
      'مشاركة الأهالي في حملات رش المبيدات قللت أعداد البعوض.',
      'إعلان حالة الطوارئ الصحية في المحافظة جاء بعد ارتفاع الإصابات.',
      'جميع المرضى الذين وصلوا إلى المستشفى تلقوا العلاج مجانًا.',
      'لقطات الفيديو التي صورها الممرضون كشفت اكتظاظ الأقسام.',
      'تحقق الأطباء من سلامة اللقاح قبل توزيعه على المراكز.',
      'المزيد من الأسرّة أضيفت إلى قسم العناية المركزة هذا الأسبوع.',
      'بقلم أحمر كتبت الممرضة أسماء المرضى الذين يحتاجون إلى متابعة.',
      'نُشر في كل صيدلية ملصق يشرح أعراض الحمى المالطية.',
      'كلمات الطبيبة للأمهات كانت بسيطة: اغسلن أيدي الأطفال قبل الأكل.',
    ],
  },
};
