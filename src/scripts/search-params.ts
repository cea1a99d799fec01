/** The query parameters search puts in addresses. Kept apart so that the header script stays tiny. */

/** Asks a page to mark a query's hits: result links carry the query in it. */
export const HIGHLIGHT_PARAM = 'hl';

/** The query on the search page. */
export const QUERY_PARAM = 'q';

/** The language the search page keeps its results to. */
export const LANG_PARAM = 'lang';

/** Asks the search page to search the query as typed, without correcting misspelled words. */
export const EXACT_PARAM = 'exact';
