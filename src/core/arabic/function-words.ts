/**
 * Arabic function words written as separate words: the words that hold a sentence together and
 * never name anything. One list, grouped by what each word does, so that a user that wants only
 * the words that need a word after them (a cut title must not end on one) can take those groups.
 * As written, with hamza; each user compares them under its own folding. Not the joined
 * proclitics (و، ف، ب، ل، ك): see `proclitics.ts`.
 */
export const FUNCTION_WORD_GROUPS_AR = {
  prepositions: [
    'في',
    'من',
    'إلى',
    'على',
    'عن',
    'مع',
    'بعد',
    'قبل',
    'عند',
    'منذ',
    'حول',
    'بين',
    'خلال',
    'لدى',
    'حتى',
    'ضد',
  ],
  /** Conjunctions and particles that open what follows them. */
  particles: ['أن', 'إن', 'أو', 'ثم', 'قد', 'لقد', 'كما', 'حيث'],
  negation: ['لم', 'لن', 'لا', 'ما'],
  demonstratives: ['هذا', 'هذه', 'ذلك', 'تلك'],
  relatives: ['التي', 'الذي', 'الذين'],
  pronouns: ['هو', 'هي', 'هم'],
  auxiliaries: ['كان', 'كانت'],
  quantifiers: ['كل', 'أي', 'غير'],
  /** The particle that asks yes or no, and the question words (who and which are `من` and `أي` above). */
  questions: ['هل', 'ماذا', 'لماذا', 'كيف', 'متى', 'أين'],
} as const satisfies Record<string, readonly string[]>;

/** Every Arabic function word of `FUNCTION_WORD_GROUPS_AR`. */
export const FUNCTION_WORDS_AR: readonly string[] = Object.values(FUNCTION_WORD_GROUPS_AR).flat();
