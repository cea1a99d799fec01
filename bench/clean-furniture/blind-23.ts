/**
 * A twenty-fifth set, written on 6 December 2026 (04:54–05:02 UTC) by a helper who read none of
 * the cleaner but its label tables (and those only so as not to reuse them), the earlier sets,
 * `bench/clean-furniture/{kinds,fill,sets}.ts`, `bench/clean-eval.ts` and
 * `bench/clean-novelty.ts`; it is to be run once, by name. Like blind-13 to blind-22 it is
 * furniture as real news sites print it, from outlets, platforms and regions those sets left
 * out: American local TV station sites beyond Nexstar, Gray and TEGNA (Hearst Television's KCRA,
 * Scripps, Sinclair's The National Desk, Cox Media Group's WSB-TV and WPXI, with "Video above:"
 * captions and station datelines), Scottish papers (The Scotsman, the Press and Journal), Kenyan
 * and Ghanaian outlets not yet used (The Star, the Kenya News Agency, Citi Newsroom, Graphic
 * Online, with EAT), Hong Kong and Korean English sites (RTHK and HKT, Hong Kong Free Press,
 * Korea JoongAng Daily and its bracketed photo credits, KST, KakaoTalk and Naver Band share
 * buttons), science magazines and university news offices (New Scientist, Quanta's reprint line,
 * Science Photo Library credits) and MSN and Flipboard syndication; in Arabic, Libyan sites (Ean
 * Libya, with Tripoli time), Omani and Bahraini papers not yet used (Al-Roya, the Oman
 * Establishment for Press, Publication and Advertising, Akhbar Al Khaleej), Mauritania's Sahara
 * Medias, the Arabic outlets of Alhurra and Monte Carlo Doualiya, BBC News Arabic's live pages
 * (their "التعليق على الصورة،" captions, bylines and disclaimer), reposts from WhatsApp channels and
 * Arabic podcast apps (episodes, hosts, Anghami, skippable ads). Six phrasings per kind and
 * language, the first three of each list the commoner on real pages, the other three less common
 * but printed by real sites; Latin and Arabic-Indic digits in Arabic; its own names, outlets,
 * places (Kenyan, Ghanaian, Korean, Hong Kong, Irish, Scottish and Californian towns in English;
 * Libyan, Omani, Bahraini and Mauritanian ones in Arabic), sections and tags; ten look-alikes a
 * language, sentences of a public-health story that open as furniture does (`Provided by the
 * county…`, `Video footage…`, `Topics such as…`, `التعليق على قرار…`, `استمع الأطباء…`,
 * `إعداد الكوادر…`) and must stay. Checked by `DIRS=bench/clean-furniture,src/core/ingest,tests/fixtures
 * node bench/clean-novelty.ts --set blind-23` against every earlier set (blind-22 too), the
 * fixtures and the label tables (0 overlaps after revising, in three passes, the 91 it flagged in
 * the first: phrasings the tables, fixtures or earlier sets had, a section and a tag earlier
 * pools had in English, a section, four tags and a Bahraini place in Arabic; a look-alike then
 * reworded to open as a revised phrasing does passed at once), and committed before its only run
 * (`npm run eval:clean -- --set blind-23`; `--set all` leaves it out until then).
 */
import type { TemplateSet } from './kinds.ts';

export const BLIND_23: TemplateSet = {
  templates: {
    en: {
      breadcrumb: [
        'Korea JoongAng Daily > {s1} > {s2}',
        'Home › {s1} › {s2} › Citi Newsroom',
        'The Scotsman › {s1}',
        'MSN › {s1} › {s2}',
        'Press and Journal / {s1} / {s2}',
        'RTHK · {s1}',
      ],
      timestamp: [
        'Updated: {h12}:{M} {AMPM} EST {mon3} {d}, {y}',
        'Published: {dd} {mon3}. {y}, {HH}:{M}',
        '{y}-{mm}-{dd} HKT {HH}:{M}',
        'Posted at {h12}:{M} {AMPM}, {mon3} {dd}, {y}',
        '{dd} {mon} {y} - {HH}:{M} EAT',
        '{y}-{mm}-{dd} {HH}:{M} KST',
      ],
      byline: [
        '{name}, Digital Content Producer',
        'By {name}, Citi Newsroom',
        'BY {NAME} [newsroom@joongang.co.kr]',
        'Written by {name} · Graphic Online',
        '{name} | Senior Science Writer, University Communications',
        '{name} | Kenya News Agency',
      ],
      dateline: [
        '{PLACE} (KCRA) —',
        '{PLACE} (WSB-TV) —',
        '{PLACE}, {mon3}. {d} --',
        '{PLACE} (TND) —',
        '{PLACE} (Scripps News) —',
        '{PLACE} (WPXI) —',
      ],
      caption: [
        'Nurses prepare doses at a public health center on Thursday. [NEWS1]',
        'Video above: Health officials give an update on flu season',
        'Photo: {credit}/HKFP.',
        'A colourised micrograph of the bacteria. {credit}/Science Photo Library',
        'IMAGE: {credit} / THE STAR',
        'Health workers at a screening point in the county. /FILE',
      ],
      source: [
        'Publisher: {source} (via MSN)',
        'Original story reprinted with permission from {source}, an editorially independent publication.',
        '{source} and the KCRA 3 newsroom contributed to this story.',
        'This report was co-published with {source}.',
        'Adapted from a news release issued by {source}.',
        'Flipped from {source}',
      ],
      tags: [
        'Topics: {t1}/{t2}',
        'TAGGED: {t1}, {t2}',
        'Tags {t1} {t2} {t3}',
        'Subjects — {t1}; {t2}',
        'Browse by topic — {t1}, {t2}',
        'Discover more stories on {t1}',
      ],
      share: [
        'Copy link ✓ Link copied',
        'Sign up for push alerts on the KCRA 3 app',
        'Follow Citi Newsroom on WhatsApp',
        'Flip into your magazine',
        'Send via KakaoTalk',
        'Share to Naver Band',
      ],
      comments: [
        '{n} comments · Sort by Top',
        'Comment as guest',
        'Comments are moderated and will appear after approval.',
        'Show more comments ({n})',
        'See our commenting guidelines',
        'There are no comments yet. Why not start one?',
      ],
      related: [
        'Recommended on MSN',
        'Latest {s1} stories »',
        'Hot topics',
        'Also from our science desk: {rel}',
        'More from our correspondents in {s1}',
        'Related research papers',
      ],
      copyright: [
        '©{y} Hearst Television Inc. on behalf of KCRA-TV.',
        'Copyright {y} Scripps Media, Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.',
        'ⓒ Korea JoongAng Daily. All Rights Reserved.',
        'Copyright © {y} Graphic Communications Group Limited. All Rights Reserved.',
        '© Copyright New Scientist Ltd.',
        '© {y} Hong Kong Free Press',
      ],
      advertisement: [
        'Sponsored Content presented by {source}',
        'Continue reading below ↓ Advertisement',
        'Ad · story resumes below',
        'Promoted content · {source}',
        'Paid partnership · {source}',
        'Report this ad ⚑',
      ],
    },
    ar: {
      breadcrumb: [
        'عين ليبيا » {s1}',
        'صحراء ميديا › {s1}',
        'الحرة / {s1} / {s2}',
        'أخبار الخليج - {s1}',
        'الرؤية العمانية | {s1}',
        'مونت كارلو الدولية › {s1} › {s2}',
      ],
      timestamp: [
        '{dd} {monAr} {y} - {HH}:{M} بتوقيت طرابلس',
        '{wd}، {dA} {monAr} {yA} - {HA}:{MA} م',
        'آخر تحديث: {dd} {monAr} {y} الساعة {HH}:{M} (غرينتش)',
        'نُشر في: {yA}-{mmA}-{ddA}',
        '{HH}:{M} GMT | {dd}.{mm}.{y}',
        'الحلقة {n} · {d} {monAr} {y}',
      ],
      byline: [
        '{name} - الحرة',
        'كتبت - {name} | الرؤية',
        '{name}، بي بي سي نيوز عربي',
        'تقديم الحلقة: {name}',
        'مراسل أخبار الخليج: {name}',
        'تحرير المحتوى: {name} | عين ليبيا',
      ],
      dateline: [
        '{place} - صحراء ميديا',
        '{place} ـ (الرؤية):',
        '{place} - عين ليبيا',
        '{place} - الحرة',
        '{place} (مونت كارلو الدولية) –',
        '{place} - «أخبار الخليج»:',
      ],
      caption: [
        'صورة من الأرشيف - الحرة',
        'الصورة من صفحة المركز الوطني لمكافحة الأمراض على فيسبوك',
        'الصورة: {credit} | مونت كارلو الدولية',
        'التعليق على الصورة، ممرضة تجهّز جرعات اللقاح في مستشفى ميداني',
        '(تصوير: {credit} - أخبار الخليج)',
        'لقطة شاشة من مقطع متداول على واتساب',
      ],
      source: [
        'المصدر: قناة {source} على واتساب',
        'نقلاً عن قناة {source} في واتساب',
        'المادة مترجمة بتصرف عن {source}',
        'استمع إلى الحلقة كاملة على {source}',
        'يُنشر هذا التقرير بالتعاون مع {source}',
        'المصدر : {source} / بتصرف',
      ],
      tags: [
        'مواضيع الحلقة: {t1} / {t2}',
        'الوسوم: #{t1} #{t2}',
        'المزيد عن {t1} ›',
        'تصنيف الحلقة: {t1}',
        'الموضوع: {t1} | {t2}',
        'وسوم الخبر : {t1} - {t2} - {t3}',
      ],
      share: [
        'تابعوا قناتنا على واتساب 👇',
        'شارك الحلقة',
        'انسخ رابط المقطع',
        'استمع على أنغامي',
        'حمّل تطبيق الحرة',
        'أرسل المقطع إلى مجموعاتك في واتساب',
      ],
      comments: [
        'آراء المستمعين ({n})',
        'كن أول من يعلّق',
        '{n} تعليقاً · الأحدث أولاً',
        'اترك تعليقاً على الحلقة',
        'أرسل سؤالك للبرنامج عبر واتساب',
        '{n} ردّاً على هذا المنشور',
      ],
      related: [
        'قصص مقترحة من الحرة',
        'تابع التغطية الحية كاملة',
        'الحلقات السابقة',
        'اخترنا لكم من عين ليبيا',
        'تغطية مباشرة: {rel}',
        'حلقات أخرى قد تعجبك',
      ],
      copyright: [
        '© {y} الحرة. جميع الحقوق محفوظة.',
        'حقوق النشر محفوظة لـ صحراء ميديا © {y}',
        'بي بي سي ليست مسؤولة عن محتوى المواقع الخارجية.',
        '© مؤسسة عمان للصحافة والنشر والإعلان {y}',
        'جميع الحقوق محفوظة لدار أخبار الخليج للطباعة والنشر © {y}',
        '© {yA} عين ليبيا',
      ],
      advertisement: [
        'محتوى مدفوع بالشراكة مع {source}',
        'تُقدَّم هذه الحلقة برعاية {source}',
        'تخطَّ الإعلان',
        'يتواصل الخبر بعد الإعلان',
        'إعلان — يمكنك تخطيه بعد {few} ثوانٍ',
        'الإعلانات تساعدنا على الاستمرار',
      ],
    },
  },
  pools: {
    en: {
      name: [
        'Seo Ji-yeon',
        'Efua Asantewaa Boateng',
        'Wanjiru Kamau-Otieno',
        'Ciarán Ó Fearghail',
        'Morag Lindsay-Fraser',
        'Dakota Reyes-Whitfield',
      ],
      source: [
        'Volta Region Chronicle',
        'Rift Valley Courier',
        'Incheon Evening Post',
        'Kowloon Ledger',
        'Sacramento Valley Dispatch',
        'Moray Firth Gazette',
      ],
      credit: ['Kim Min-jun', 'Kwabena Owusu-Ansah', 'Brian Otieno', 'Eoin Rafferty', 'Calum Strachan'],
      section: [
        'Social Affairs',
        'Devolution',
        'Greater Accra',
        'Northern Scotland',
        'Life Sciences',
        'Hong Kong News',
        'Central Valley',
        'West of Ireland',
      ],
      tag: [
        'Meningococcal disease',
        'Scarlet fever',
        'Norovirus',
        'Legionnaires’ disease',
        'Avian influenza',
        'Buruli ulcer',
      ],
      place: [
        'Nakuru',
        'Kisii',
        'Koforidua',
        'Sunyani',
        'Gwangju',
        'Sha Tin',
        'Ennis',
        'Castlebar',
        'Elgin',
        'Modesto',
      ],
      rel: [
        'Scarlet fever cases rise in Sha Tin kindergartens',
        'Koforidua hospital opens a new isolation ward',
        'Why norovirus keeps coming back to care homes',
      ],
    },
    ar: {
      name: [
        'عبد الحكيم الفيتوري',
        'سالم بن حمدان الحارثي',
        'فاطمة الزياني',
        'محمد الأمين ولد الداه',
        'مريم منت أحمدو',
        'جوزيف أبو زيد',
      ],
      source: ['صدى فزان', 'رسالة ظفار', 'مرفأ المحرق', 'أنباء آدرار', 'منصة مسموع', 'قناة الصحة أولاً'],
      credit: ['إبراهيم الورفلي', 'خالد بن سعيد المعمري', 'حسين العريبي', 'سيدي محمد ولد بلال', 'هالة الكواري'],
      section: [
        'الجنوب الليبي',
        'محافظات السلطنة',
        'محليات بحرينية',
        'الداخل الموريتاني',
        'تغطية حية',
        'حلقات البودكاست',
        'نوافذ طبية',
        'من الميدان',
      ],
      tag: ['السعار', 'الليشمانيا الحشوية', 'داء البروسيلا', 'الجذام', 'التهاب الكبد الوبائي ب', 'الرمد الحبيبي'],
      place: ['غريان', 'الزاوية', 'زوارة', 'الرستاق', 'إبراء', 'مدينة عيسى', 'جدحفص', 'كيفة', 'روصو', 'أطار'],
      rel: ['التهاب الكبد ب يقلق أطباء زوارة', 'مستشفى الرستاق يفتتح وحدة لعلاج الجذام', 'حملة لمكافحة السعار في كيفة'],
    },
  },
  lookalikes: {
    en: [
      'Provided by the county, the free test kits ran out within two days.',
      'Video footage from the ward, shared by a nurse, showed patients sleeping in corridors.',
      'Latest figures show more children in Nakuru have had two doses than anywhere else in the Rift Valley.',
      'Topics such as hand-washing are now taught in every primary school in the region.',
      'Posted at every bus stop, the posters told residents where to find the nearest clinic.',
      'Sponsored by the county government, the mobile clinic visits six villages a week.',
      'Image scans of the patients’ lungs showed damage weeks after they had recovered.',
      'Original research by the university found that the parasite had spread to two more counties.',
      'Start times at the vaccination centre were moved to 7am so that farmers could come before work.',
      'Comments from nurses suggest the new shift pattern is wearing them down.',
    ],
    ar: [
      'التعليق على قرار الوزارة جاء من نقابة الأطباء بعد يومين.',
      'مصدر العدوى لا يزال مجهولاً بحسب المختصين في المركز الوطني.',
      'تابع المرضى علاجهم في المنازل بإشراف فرق طبية متنقلة.',
      'استمع الأطباء إلى شكاوى السكان في اجتماع مفتوح بمقر البلدية.',
      'إعداد الكوادر الطبية في المناطق النائية يحتاج إلى سنوات، بحسب الوزير.',
      'الحلقات الدراسية التي نظمتها الجمعية حضرها أكثر من مئة ممرض.',
      'قناة الري المكشوفة كانت مصدر البعوض الذي نقل العدوى إلى القرية.',
      'برعاية الأمهات وحدها لا يمكن مواجهة سوء التغذية، يقول الطبيب.',
      'نُشر الفريق الطبي في ثلاث قرى على الحدود منذ مطلع الشهر.',
      'المزيد من الأسرّة سيُضاف إلى قسم العناية المركزة في ١٥ يناير.',
    ],
  },
};
