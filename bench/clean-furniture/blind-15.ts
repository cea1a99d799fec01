/**
 * A seventeenth set, written on 5 December 2026 (14:52–15:20 UTC) while the cleaner was being
 * changed on other branches, by an engineer who read none of the cleaner but its label tables;
 * it is to be run once, after those changes are merged. Like blind-13 and blind-14 it is
 * furniture as real news sites print it, from outlets, platforms and regions those two left out:
 * Canadian papers and wires (The Canadian Press, Postmedia, CBC, Global News, the Local Journalism
 * Initiative, Canada Newswire), American public radio, state newsrooms and local chains (NPR,
 * member stations, States Newsroom, Advance Local, Courthouse News, GlobeNewswire), UK and Irish
 * regional papers (Reach, The Irish Times), Australian, New Zealand, Caribbean and Pacific outlets
 * (ABC, AAP, News Corp, NZ Herald, RNZ, Local Democracy Reporting, the Gleaner, CMC, PACNEWS),
 * newsletter platforms and site themes (Substack, Ghost, Medium, Drupal, Joomla K2, Yoast, NavXT,
 * tagDiv, Avada, Astra, Jetpack, Disqus); in Arabic, Syrian, Iraqi, Saudi, Lebanese, Jordanian,
 * Yemeni, Kuwaiti and Palestinian agencies and papers (SANA, INA, SPA, NNA, Petra, Saba, KUNA,
 * Al-Quds Al-Arabi, Al-Modon, Ammon, Ma'an, Enab Baladi), the Arabic editions of Western sites
 * (CNN, Euronews, RT, Sputnik, Independent Arabia, BBC) and Arabic Blogger, WordPress and Jannah
 * themes. Six phrasings per kind and language, the first three of each list the commoner on real
 * pages, the other three less common but printed by real sites; its own names, outlets, places
 * (Canadian, British, Irish, Australasian, Caribbean and Pacific towns in English; Iraqi, Syrian,
 * Lebanese, Palestinian, Sudanese, Libyan, Saudi and Kuwaiti ones in Arabic), sections and tags;
 * ten look-alikes a language, sentences of a public-health story that open as furniture does
 * (`Submitted by…`, `Powered by…`, `مشاركة…`, `بواسطة…`) and must stay. Checked by
 * `DIRS=bench/clean-furniture,src/core/ingest,tests/fixtures node bench/clean-novelty.ts --set
 * blind-15` against every earlier set, the fixtures and the label tables (0 overlaps after
 * revising the 42 it flagged in the first pass: phrasings, pool values and places earlier sets
 * had), and committed before its only run (`npm run eval:clean -- --set blind-15`; `--set all`
 * leaves it out until then).
 */
import type { TemplateSet } from './kinds.ts';

export const BLIND_15: TemplateSet = {
  templates: {
    en: {
      breadcrumb: [
        'Home » {s1} » {s2} » {rel}',
        'Home / {s1} / {rel}',
        '{source} > {s1} > {s2}',
        'Home {s1} {s2}',
        'Home ›› {s1} ›› {s2}',
        'Home Page / {s1} / {rel}',
      ],
      timestamp: [
        'Updated {mon} {d}, {y} at {h12}:{M} {AMPM} ET',
        'Posted: {mon3} {dd}, {y} {h12}:{M} {AMPM} EST | Last Updated: {mon} {d}, {y}',
        '{HH}:{M}, {d} {mon3} {y} Updated {HH}:{M}, {d} {mon3} {y}',
        'Posted {wd3} {d} {mon3} {y} at {h12}:{M}{ampm}, updated {wd3} {d} {mon3} {y} at {h12}:{M}{ampm}',
        '{wd3} {mon3} {d} {y} - {HH}:{M}',
        'Published:{wd} | {mon} {d}, {y} | {h12}:{M} {AMPM}',
      ],
      byline: [
        '{name}, The Canadian Press',
        '{name}, Local Journalism Initiative Reporter',
        '{name} Health Reporter',
        'Submitted by {name} on {wd3}, {mm}/{dd}/{y} - {HH}:{M}',
        '{name} · Follow',
        '{name}, RNZ Pacific Journalist',
      ],
      dateline: [
        '{PLACE} (CP) —',
        '{PLACE}, {mon3}. {d}, {y} /CNW/ -',
        '{PLACE}, {mon} {d}, {y} (GLOBE NEWSWIRE) --',
        '{PLACE}, {mon3} {d}, CMC –',
        '{PLACE}, {dd} {mon} {y} (PACNEWS) ---',
        '{PLACE} (CN) —',
      ],
      caption: [
        'A pharmacist prepares a flu shot at a drugstore counter. THE CANADIAN PRESS/{credit}',
        'Staff at the walk-in centre say they have never been busier (Image: {credit})',
        'A nurse checks a patient’s temperature at a drive-through clinic. ({credit}/KQED)',
        'A paramedic unloads supplies outside the regional hospital. (ABC News: {credit})',
        'Health staff set up the vaccination marquee on the rugby grounds. Photo / {credit}',
        'A nurse vaccinates a toddler at the parish health centre. - {credit}/Photographer',
      ],
      source: [
        'Originally published as {rel}',
        '{source} is part of States Newsroom, a nonprofit news network supported by grants and a coalition of donors as a 501c(3) public charity.',
        '— with {source}',
        'Copyright {y} {source}. To see more, visit {source}.',
        'LDR is local body journalism co-funded by RNZ and NZ On Air.',
        'This story was co-published with {source}.',
      ],
      tags: [
        'Tagged under {t1}, {t2}',
        'Categories {t1} Tags {t2}, {t3}',
        'Related Tags: {t1}, {t2}',
        'Posted under: {t1}, {t2}',
        'Categorized as {t1} Tagged {t2}, {t3}',
        'Filed To: {t1}, {t2}',
      ],
      share: [
        'Social Sharing',
        'Click to share on Facebook (Opens in new window)',
        'Share This Story, Choose Your Platform!',
        'Share this item via WhatsApp',
        'Spread the love',
        'Click to email a link to a friend (Opens in new window)',
      ],
      comments: [
        'Save my name, email, and website in this browser for the next time I comment.',
        'Please enable JavaScript to view the comments powered by Disqus.',
        'Discussion about this post',
        'Postmedia is committed to maintaining a lively but civil forum for discussion and encourage all readers to share their views on our articles.',
        'Notify me of new posts by email.',
        'See all responses',
      ],
      related: [
        'Thanks for reading {source}! Subscribe for free to receive new posts and support my work.',
        'WATCH | {rel}',
        'Around the Web',
        'Sign up for more like this.',
        'Popular in the Community',
        'Sign up for push alerts and have the best news, analysis and comment delivered directly to your phone',
      ],
      copyright: [
        '© {y} Advance Local Media LLC. All rights reserved (About Us).',
        '©{y} a Reach plc subsidiary',
        '{source} © {y}. Powered by Ghost',
        '© {y} {name} · Privacy ∙ Terms ∙ Collection notice',
        'Copyright © {y} {source} | Powered by Astra WordPress Theme',
        'Use of and/or registration on any portion of this site constitutes acceptance of our User Agreement, Privacy Policy and Cookie Statement, and Your Privacy Choices and Rights.',
      ],
      advertisement: [
        'Article content',
        'This advertisement has not loaded yet, but your article continues below.',
        'Advertisement 2',
        'Together with {source}',
        'A message from our sponsor',
        'Advertise with NZME.',
      ],
    },
    ar: {
      breadcrumb: [
        'الرئيسية / {s1} / {rel}',
        'الرئيسية » {s1} » {rel}',
        'الرئيسية {s1} {s2}',
        'الرئيسية / {s1} / {s2} / {rel}',
        'الرئيسية › {s1} › {rel}',
        'الرئيسية ▸ {s1}',
      ],
      timestamp: [
        'نشر {wd}، {dd} {monAr} / {monLev} {y}',
        'نشرت في {dd}/{mm}/{y} - {HH}:{M} • آخر تحديث {HH}:{M}',
        '{dd}-{mm}-{y} {h12}:{M} {AMPM}',
        '{HH}:{M} GMT {dd}.{mm}.{y} (تم التحديث: {HH}:{M} GMT {dd}.{mm}.{y})',
        '{wd} {y}/{mm}/{dd} آخر تحديث: {HH}:{M} (بيروت)',
        'تاريخ النشر: {dd}/{mm}/{y} ( آخر تحديث: {dd}/{mm}/{y} الساعة: {HH}:{M} )',
      ],
      byline: [
        '{place} ـ «{source}» ـ من {name}:',
        'بقلم: {name} مع أ ف ب',
        'رصد وتحرير: {name}',
        'مرسلة بواسطة {name}',
        '{place} - {source}: {name}',
        'بقلم الصحافي {name}',
      ],
      dateline: [
        '{place}-سانا',
        '{place}-واع',
        '{place} {dd} {monAr} {y} م واس',
        'وطنية - {place} -',
        '{place} {d} {monLev} (بترا)-',
        '{place} - سبأ :',
      ],
      caption: [
        'ممرضة تعطي جرعة لقاح لرجل مسن في مستوصف حكومي ({credit})',
        'مراجعون ينتظرون دورهم أمام مختبر للفحوص الطبية Credit: {credit}',
        'كوادر طبية تنقل مصاباً إلى سيارة إسعاف (عنب بلدي/ {credit})',
        'صورة متداولة على مواقع التواصل الاجتماعي',
        'فرق التعقيم تجوب شوارع المدينة القديمة - تصوير {credit}',
        'طوابير أمام صيدلية مناوبة. تصوير/ {credit}',
      ],
      source: [
        'المصادر الإضافية • {source}',
        '(النهاية) ع ن / س ع',
        'ينشر بالتزامن مع {source}',
        '======== ن.ح',
        'أُنتجت هذه المادة بدعم من {source}',
        'تقرير مترجم بتصرف عن {source}',
      ],
      tags: [
        'التسميات: {t1}، {t2}، {t3}',
        'الوسوم {t1} {t2} {t3}',
        'الكلمات الرئيسية: {t1}، {t2}',
        'علامات: {t1} - {t2}',
        'مواضيع المقال: {t1}، {t2}',
        'نُشرت في: {t1}، {t2}',
      ],
      share: [
        'تابعوا آخر الأخبار عبر تطبيق تلغرام على الهواتف الذكية عبر الرابط :',
        'تابعوا RT على',
        'انضموا إلى قناتنا على واتساب',
        'كتابة مدونة حول هذه المشاركة',
        'المشاركة في Facebook',
        'للاشتراك في قناة {source} على واتساب اضغط هنا',
      ],
      comments: [
        'إرسال تعليق',
        'احفظ اسمي، بريدي الإلكتروني، والموقع في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.',
        'التعليقات المنشورة تعبر عن رأي أصحابها ولا تعبر عن رأي الموقع',
        'ليست هناك تعليقات:',
        'إلغاء الرد',
        'ترتيب حسب: الأقدم',
      ],
      related: [
        'المقال السابق {rel}',
        'مقالات قد تهمك',
        'اقرأ أيضاً في {source}: {rel}',
        'الأكثر قراءة على {source}',
        'رسالة أحدث رسالة أقدم الصفحة الرئيسية',
        'يحتوي هذا القسم على المقالات ذات الصلة، الموضوعة في (Related Nodes field)',
      ],
      copyright: [
        'لا يجوز استخدام أي مادة من مواد هذا الموقع أو نسخها أو إعادة نشرها أو نقلها كلياً أو جزئياً دون الحصول على إذن خطي من الناشر',
        '© {y} {source}. يسمح بالاقتباس مع ذكر المصدر',
        'يتم التشغيل بواسطة Blogger.',
        'تصميم وتطوير {source}',
        'الموقع ليس مسؤولاً عن محتوى المواقع الخارجية.',
        'حقوق الملكية الفكرية محفوظة لـ{source} {y}',
      ],
      advertisement: [
        'مساحة إعلانية 300×250',
        'فاصل إعلاني',
        'باقي الخبر بعد الإعلان',
        'إغلاق الإعلان',
        'محتوى من شركائنا',
        'إعلان أسفل المقال',
      ],
    },
  },
  pools: {
    en: {
      name: [
        'Siobhán Gallagher',
        'Mereana Tautahi',
        'Jerome Thibodeau',
        'Kelsey MacAllister',
        'Andre Baptiste',
        'Litia Vakaloloma',
      ],
      source: [
        'Prairie Ledger',
        'Tasman Gazette',
        'Shannon Valley Echo',
        'Windward Herald',
        'Lakehead Public Radio',
        'Coral Coast Mail',
      ],
      credit: ['Darren Whitfield', 'Ngaire Hohaia', 'Marc-André Roy', 'Ciarán Doyle', 'Keisha Forde'],
      section: [
        'Local News',
        'Health Matters',
        'Your Community',
        'Pacific News',
        'Regions',
        'Atlantic Canada',
        'Island Life',
        'Caribbean',
      ],
      tag: [
        'Measles outbreak',
        'Flu shots',
        'Emergency departments',
        'Rural health',
        'Staffing shortfalls',
        'Ambulance delays',
      ],
      place: ['Thunder Bay', 'Moncton', 'Galway', 'Dundee', 'Toowoomba', 'Dunedin', 'Montego Bay', 'Lautoka'],
      rel: [
        'Why walk-in clinics are turning patients away',
        'The island nurses who never got a day off',
        'What a single measles case means for school boards',
      ],
    },
    ar: {
      name: ['حيدر الموسوي', 'رنا الحلبي', 'فراس الزعبي', 'سماح أبو عيشة', 'عبد المنعم الطيب', 'ماجد الشمري'],
      source: ['صوت الرافدين', 'بوابة الشام', 'نداء الجنوب', 'الأردن اليوم', 'صدى النيلين', 'منارة الخليج'],
      credit: ['علي السوداني', 'جورج عيسى', 'هبة الطحان', 'مصطفى الجبوري', 'لؤي الحسن'],
      section: [
        'محافظات',
        'صحة وحياة',
        'شؤون فلسطينية',
        'العراق اليوم',
        'أخبار الكويت',
        'الداخل السوري',
        'منوعات',
        'تقارير وتحقيقات',
      ],
      tag: ['الحصبة', 'نقص الأدوية', 'الكوليرا', 'الرعاية الأولية', 'مياه الشرب', 'التطعيم الموسمي'],
      place: ['تلعفر', 'دير الزور', 'النبطية', 'طولكرم', 'ود مدني', 'سبها', 'بريدة', 'الفروانية', 'مصراتة', 'الجهراء'],
      rel: [
        'مستشفيات دير الزور تستقبل موجة جديدة من المراجعين',
        'لماذا تأخرت شحنة الأمصال إلى سبها؟',
        'ممرضات طولكرم يطالبن بتحسين ظروف العمل',
      ],
    },
  },
  lookalikes: {
    en: [
      'Social distancing rules were eased in the province after the third week of the outbreak.',
      'Submitted by the regional health authority in March, the plan was approved only in June.',
      'Thanks to volunteers with boats, the island clinic kept its supply of insulin through the storm.',
      'Sponsor families in the resettlement scheme were asked to register their guests with a local doctor.',
      'Photo identification was not required at the walk-in vaccination centres, the council said.',
      'Discussion about the new testing rules went on late into the night at the band office.',
      'Updated guidance from the chief medical officer reached rural pharmacies two days late.',
      'Home visits by community nurses rose by a third over the winter months.',
      'Tagged bins for clinical waste were placed outside every pharmacy in the district.',
      'Powered by a diesel generator, the field hospital ran for a week without mains electricity.',
    ],
    ar: [
      'تابعوا التعليمات الصادرة عن وزارة الصحة، بهذه العبارة ختم الطبيب حديثه إلى الأهالي.',
      'إعلان حالة الطوارئ الصحية جاء بعد ارتفاع الإصابات في مخيمات النازحين.',
      'مشاركة الأهالي في حملات التنظيف خففت من انتشار الكوليرا في القرى.',
      'تصوير الرئة بالأشعة المقطعية ساعد الأطباء على تشخيص الحالات مبكراً.',
      'المصادر الطبية في المستشفى أكدت أن المخزون يكفي لأسبوعين فقط.',
      'التعليقات التي نشرها الأطباء على مواقع التواصل أثارت نقاشاً واسعاً حول الأجور.',
      'نشر المتطوعون ملصقات التوعية في الأسواق والمساجد قبل بدء الحملة.',
      'بواسطة قوارب صغيرة وصلت فرق التطعيم إلى القرى المعزولة على ضفاف النهر.',
      'حقوق المرضى في الحصول على العلاج المجاني ظلت حبراً على ورق.',
      'المزيد من الأسرّة أضيف إلى قسم العناية المركزة بعد تبرع أحد رجال الأعمال.',
    ],
  },
};
