/**
 * The built-in list of page furniture: lines that web pages put around an article and scrapes carry
 * along. Written in the same form as the `patterns:` of `content/cleaning.yaml`, and compiled and
 * checked by the same code.
 *
 * Patterns are matched against the folded line (see `fold.ts`): lower case, Arabic without harakat
 * or tatweel, أ/إ/آ written ا, ى written ي, ة written ه, typographic quotes and dashes plain. They may
 * be written with the usual spelling; their source is folded the same way. `\b` only knows ASCII
 * letters, so Arabic words end with `(?![\p{L}\p{N}])` instead.
 */
import type { PatternSpec } from './furniture.ts';

/** The end of an Arabic (or any) word. */
const END = String.raw`(?![\p{L}\p{N}])`;

/** Words of social sharing buttons, in either language. */
const SOCIAL = String.raw`facebook|twitter|x|instagram|youtube|tiktok|threads|bluesky|mastodon|linkedin|reddit|telegram|whatsapp|messenger|pinterest|flipboard|e-?mail|mail|sms|print|copy link|copy|فيسبوك|فيس بوك|تويتر|واتساب|واتس اب|تلغرام|تيليجرام|تليغرام|لينكدان|انستغرام|انستجرام|يوتيوب|تيك توك|طباعة|البريد الإلكتروني|نسخ الرابط|إكس`;
const SHARE = String.raw`share(?: (?:this|the))?(?: (?:article|story|page|post|link))?(?: (?:on|via|to) (?:${SOCIAL}))?|tweet|pin it|شارك(?:وا)?(?: (?:هذا|هذه))?(?: (?:المقال|الخبر|الموضوع|الصفحة|القصة))?(?: (?:على|عبر) (?:${SOCIAL}))?|مشاركة|انشر|غرد`;

/** Month and weekday names, which a publication timestamp starts with when it does not start with a digit. */
const MONTHS_AR = String.raw`(?:يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|الأحد|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)${END}`;

export const DEFAULT_PATTERNS: readonly PatternSpec[] = [
  // ——— Where the article continues elsewhere: the outlet is worth keeping as provenance.
  {
    name: 'read-the-whole-story',
    lang: 'en',
    regex: String.raw`^(?:read|see|view) (?:the )?(?:whole|full|entire|complete|original|rest of the) (?:story|article|report|piece|post)(?: (?:at|from|on|in|via|by)\s*[:.-]?|\s*[:-]|\s*\.?$)\s*(?<value>.*)$`,
    where: 'anywhere',
    provides: 'source',
    joinNext: true,
  },
  {
    name: 'read-the-whole-story-ar',
    lang: 'ar',
    regex: String.raw`^(?:اقرأ|طالع|تابع) (?:القصة|الخبر|المقال|الموضوع|التقرير)(?: (?:كاملة|كاملا|بالكامل|الأصلي|الكامل))?(?: (?:على|في|من|عبر)${END}\s*[:-]?|\s*[:-]|\s*\.?$)\s*(?<value>.*)$`,
    where: 'anywhere',
    provides: 'source',
    joinNext: true,
  },
  {
    name: 'continue-reading',
    lang: 'en',
    regex: String.raw`^(?:continue|keep) reading(?: the (?:main |full |rest of the )?(?:story|article))?(?: (?:at|on|from|in) .{1,60})?\s*[.…:>-]*$`,
    where: 'anywhere',
  },
  {
    name: 'source-line',
    lang: 'any',
    regex: String.raw`^(?:source|sources|via|المصدر|مصدر الخبر|المصادر)\s*[:-]\s*(?<value>.{0,80})$`,
    provides: 'source',
    joinNext: true,
  },

  // ——— Image credits and captions.
  {
    name: 'featured-image',
    lang: 'en',
    regex: String.raw`^(?:featured|top|header|lead|main|cover|hero) (?:image|photo|picture)(?: (?:courtesy(?: of)?|by|via|credit)\s*[:-]?|\s*[:-]|\s*$)\s*(?<value>.*)$`,
    where: 'anywhere',
    provides: 'imageCredit',
    joinNext: true,
  },
  {
    name: 'photo-credit',
    lang: 'en',
    regex: String.raw`^[(\[]?(?:(?:photo(?:graph)?|image|picture|pic|illustration|graphic)s?(?: credits?)?|credits?)\s*[:|]\s*(?<value>.*?)[)\]]?$`,
    where: 'anywhere',
    maxLength: 120,
    provides: 'imageCredit',
    joinNext: true,
  },
  {
    name: 'photo-by',
    lang: 'en',
    // Without a colon the credit must look like a name (no clause after a comma), so that
    // "Photo by photo, the exhibition grew" stays.
    regex: String.raw`^[(\[]?(?:photo(?:graph)?|image|picture|illustration)s? (?:by|courtesy(?: of)?|via) (?<value>[^,;:.!?]{1,60}\.?)[)\]]?$`,
    where: 'anywhere',
    provides: 'imageCredit',
  },
  {
    name: 'photo-credit-ar',
    lang: 'ar',
    regex: String.raw`^[(\[]?(?:الصورة|صورة|الصور|تصوير|مصدر الصورة|حقوق الصورة|صورة أرشيفية|الصورة من|الصورة ل)\s*[:-]\s*(?<value>.*?)[)\]]?$`,
    where: 'anywhere',
    maxLength: 120,
    provides: 'imageCredit',
    joinNext: true,
  },
  {
    name: 'archive-photo-ar',
    lang: 'ar',
    regex: String.raw`^[(\[]?(?:صورة أرشيفية|صورة من الأرشيف)[)\]]?$`,
    where: 'anywhere',
  },

  // ——— Pointers to other articles.
  {
    name: 'read-more',
    lang: 'en',
    regex: String.raw`^(?:read more|read also|also read|read next|more|more on this(?: story| topic)?|related(?: articles?| stories| coverage| reading| content| posts?| news| topics)?|recommended(?: for you| reading| stories)?|you (?:may|might) also (?:like|be interested in)|most (?:read|popular|viewed)|trending(?: now)?|top stories|more stories|what to read next|don't miss)(?:\s*[:>|-]\s*.{0,120}|\s*[.…>]*)$`,
    where: 'anywhere',
  },
  {
    // Reference works use "See also" inside their text, so only the edges count.
    name: 'see-also',
    lang: 'any',
    regex: String.raw`^(?:see also|انظر أيضا|انظر كذلك)${END}(?:\s*[:>|-]\s*.{0,120}|\s*[.…>]*)$`,
  },
  {
    name: 'read-more-ar',
    lang: 'ar',
    regex: String.raw`^(?:(?:اقرأ|إقرأ|اقرئي|طالع|شاهد) (?:أيضا|أيضاً|المزيد|كذلك)|للمزيد|المزيد|ذات صلة|(?:مواضيع|أخبار|مقالات|موضوعات|قصص) (?:ذات صلة|متعلقة|مقترحة)|قد يعجبك أيضا|قد يهمك أيضا|قد يهمك|الأكثر قراءة|الأكثر مشاهدة|الأكثر تداولا)${END}(?:\s*[:>|-]\s*.{0,120}|\s*[.…>]*)$`,
    where: 'anywhere',
  },
  {
    name: 'click-here',
    lang: 'en',
    regex: String.raw`^click here\b.{0,100}$`,
    where: 'anywhere',
  },

  // ——— Sharing and following.
  {
    name: 'share-buttons',
    lang: 'any',
    // A line made only of sharing buttons, at least one of which says "share".
    regex: String.raw`^(?=.*(?:^|[\s|·•,/:])(?:${SHARE})${END})(?:(?:${SHARE}|${SOCIAL}|comments?|save|تعليق|حفظ)${END}[\s|·•,/:]*)+$`,
    where: 'anywhere',
  },
  {
    name: 'social-links',
    lang: 'any',
    // Platform names alone, which only the page's edges carry (a list of them in the text is kept).
    regex: String.raw`^(?:(?:${SOCIAL})${END}[\s|·•,/:]*)+$`,
  },
  {
    name: 'follow-us',
    lang: 'en',
    regex: String.raw`^(?:follow (?:us|me)\b.{0,80}|follow (?:@\S+|@?[\p{L}\p{N}_.' ]{1,40} on (?:twitter|x|facebook|instagram|linkedin|telegram|youtube|tiktok|threads|bluesky|mastodon)\b.{0,40})|(?:like|find|join) us on (?:facebook|twitter|x|instagram|telegram|whatsapp|youtube)\b.{0,60})$`,
    where: 'anywhere',
  },
  {
    name: 'follow-us-ar',
    lang: 'ar',
    // تابعونا and تابعنا are also past tenses ("they followed us", "we followed"), so a platform or
    // the site must follow, or nothing at all.
    regex: String.raw`^(?:تابعونا|تابعنا|تابعوا|انضموا إلينا|انضم إلينا)${END}(?:\s*[:.]?$|.{0,40}(?:على|عبر|في) (?:${SOCIAL}|موقعنا|قناتنا|صفحتنا|حسابنا|حساباتنا|منصاتنا|مواقع التواصل)${END}.{0,40}$)`,
    where: 'anywhere',
  },

  // ——— Comments.
  {
    name: 'comments-heading',
    lang: 'en',
    regex: String.raw`^(?:\d+ )?(?:comments?|responses?|replies|reader comments|discussion|join the (?:conversation|discussion))(?:\s*\(\d+\))?\s*:?$`,
  },
  {
    name: 'comment-prompt',
    lang: 'en',
    regex: String.raw`^(?:leave|add|post|write|show|view|hide|load|see|submit)(?: (?:a|the|all|your|more|\d+))? (?:comments?|reply|responses?)\b.{0,60}$`,
  },
  {
    name: 'comment-count',
    lang: 'en',
    regex: String.raw`^there (?:are|is|were)\b.{0,30}\bon this (?:article|story|post|page)\.?$`,
  },
  {
    name: 'comments-ar',
    lang: 'ar',
    regex: String.raw`^(?:التعليقات|تعليقات|تعليق|\d+ تعليقات?|لا توجد تعليقات|(?:أضف|اكتب|اترك) (?:تعليقا|تعليقك|تعليق|ردا)|شارك برأيك)(?:\s*\(\d+\))?\s*[:.]?$`,
  },

  // ——— Paywalls and log-in prompts.
  {
    name: 'subscriber-wall',
    lang: 'en',
    maxLength: 240,
    // Both a word of subscription and a word of what it unlocks, so "You must register to vote" is safe.
    regex: String.raw`^(?=.*\b(?:subscri\w*|log ?in|logged in|sign ?in|signed in|sign ?up|register(?:ed)?|members? only|membership|create an? (?:free )?account)\b)(?=.*\b(?:comment\w*|read\w*|view|access|continue|content|article|story|unlimited)\b)(?:you (?:must|need to|have to|will need to|'ll need to)|please|to (?:continue|keep) reading|this (?:article|story|content) is (?:only )?(?:for|available to|reserved for)|already an? (?:subscriber|member)|become an? (?:subscriber|member)|subscribe (?:now|today|to (?:continue|read|keep|get))|(?:log|sign) ?in (?:to|or|now)|register (?:to|for free|now)|create an? (?:free )?account)\b.*$`,
  },
  {
    name: 'subscriber-wall-ar',
    lang: 'ar',
    maxLength: 240,
    regex: String.raw`^(?:(?:يجب|عليك|يرجى|الرجاء)(?: عليك)? (?:الاشتراك|تسجيل الدخول|التسجيل|أن تكون مشتركا)|(?:لمتابعة القراءة|لقراءة المقال|لقراءة الخبر|لقراءة المزيد|هذا المحتوى|هذا المقال)${END}.{0,100}(?:اشترك|الاشتراك|المشتركين|تسجيل الدخول|سجل الدخول)|(?:اشترك|سجل الدخول|قم بتسجيل الدخول|قم بالاشتراك)(?: (?:الآن|مجانا|اليوم))?(?:\s*[:.!]?$|\s+(?:لمتابعة|لقراءة|للاطلاع|للوصول|للتعليق)${END})).*$`,
  },
  {
    name: 'newsletter',
    lang: 'en',
    regex: String.raw`^(?:sign up|subscribe|join|get|register|enter your e-?mail)\b.{0,100}\bnewsletters?\b.*$`,
  },
  {
    name: 'newsletter-ar',
    lang: 'ar',
    regex: String.raw`^(?:اشترك|اشتركوا|سجل|انضم)${END}.{0,80}(?:النشرة|نشرتنا|القائمة البريدية|بريدك الإلكتروني).*$`,
  },

  // ——— Rights lines.
  {
    name: 'copyright',
    lang: 'any',
    regex: String.raw`^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4})|all rights reserved|(?:جميع|كل) الحقوق محفوظة|الحقوق محفوظة|حقوق (?:النشر|الطبع)(?: والنشر| والتوزيع)? محفوظة).*$`,
  },
  {
    name: 'rights-reserved',
    lang: 'any',
    regex: String.raw`^.{0,120}(?:\ball rights reserved|(?:جميع|كل) الحقوق محفوظة)\.?$`,
  },

  // ——— Advertising and page chrome.
  {
    name: 'advertisement',
    lang: 'any',
    regex: String.raw`^(?:advertisement|advertising|ad|sponsored(?: content| post)?|promoted(?: content)?|paid (?:content|post)|(?:story|article) continues below(?: advertisement)?|scroll to continue(?: with content)?|إعلان|محتوى (?:مدفوع|ممول|برعاية)|مساحة إعلانية)[.:]?$`,
    where: 'anywhere',
  },
  {
    name: 'page-chrome',
    lang: 'any',
    regex: String.raw`^(?:skip to (?:main )?content|back to top|menu|open menu|close|search|home|toggle navigation|الرئيسية|القائمة|بحث|إغلاق|العودة للأعلى)$`,
  },
  {
    name: 'tags-line',
    lang: 'any',
    regex: String.raw`^(?:tags?|topics?|filed under|categories|category|keywords|الوسوم|وسوم|الكلمات المفتاحية|كلمات مفتاحية|التصنيف|تصنيف)\s*:.{0,150}$`,
  },
  {
    name: 'timestamp-line',
    lang: 'any',
    regex: String.raw`^(?:(?:last )?updated|published|posted|first published|آخر تحديث|تاريخ النشر|نشر في|تم النشر|نشر بتاريخ)${END}(?: on| at| في)?\s*:?\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)\b|${MONTHS_AR}).{0,60}$`,
  },
];
