/**
 * English function words: the words that hold a sentence together and never name anything. One
 * list, grouped by what each word does, so that a user that wants only the words that open a clause
 * can take those groups; each user adds the words its own purpose needs. Lower case, as written.
 * The Arabic list is `src/core/arabic/function-words.ts`.
 */
export const FUNCTION_WORD_GROUPS_EN = {
  articles: ['the', 'a', 'an'],
  demonstratives: ['this', 'that', 'these', 'those'],
  possessives: ['my', 'your', 'his', 'her', 'its', 'our', 'their'],
  /** Pronouns as a clause's subject. */
  subjects: ['i', 'you', 'he', 'she', 'it', 'we', 'they'],
  objects: ['me', 'us'],
  prepositions: [
    'of',
    'to',
    'in',
    'on',
    'at',
    'for',
    'by',
    'with',
    'from',
    'into',
    'over',
    'after',
    'before',
    'about',
    'up',
    'out',
  ],
  conjunctions: ['and', 'or', 'but', 'as', 'if', 'so', 'than'],
  auxiliaries: [
    'is',
    'are',
    'was',
    'were',
    'be',
    'been',
    'being',
    'have',
    'has',
    'had',
    'do',
    'does',
    'did',
    'will',
    'would',
    'can',
    'could',
    'should',
    'may',
    'might',
    'must',
  ],
  negation: ['not', 'no'],
  quantifiers: ['all', 'any', 'each', 'more'],
  /** Question words, and the relatives among them. */
  questions: ['what', 'which', 'who', 'how', 'when', 'where', 'why'],
  adverbs: ['there', 'then', 'also', 'just'],
} as const satisfies Record<string, readonly string[]>;

/** Every English function word of `FUNCTION_WORD_GROUPS_EN`. */
export const FUNCTION_WORDS_EN: readonly string[] = Object.values(FUNCTION_WORD_GROUPS_EN).flat();

const { articles, demonstratives, possessives, subjects } = FUNCTION_WORD_GROUPS_EN;

/** The words before a noun that say which one: articles, demonstratives and possessives ("the", "this", "their"). */
export const DETERMINERS_EN: readonly string[] = [...articles, ...demonstratives, ...possessives];

/** The words that open a clause as its subject or its subject's first word ("He said", "The minister", "There is"). */
export const CLAUSE_OPENERS_EN: readonly string[] = [...subjects, ...DETERMINERS_EN, 'there'];
