/**
 * The search page: searches the query in its address (`?q=`), and what the reader types, in both
 * languages; shows how many pages were found, lets the reader keep to one language (`?lang=`), one
 * topic, source, author or year (`?tag=`, `?source=`, `?author=`, `?year=`; see
 * `search-filters.ts`) and order them newest first (`?sort=date`), and lists the results a page at
 * a time. The address follows the search, so it can be shared; each change of a filter is a step
 * the back button undoes.
 */
import { isSearchable, parseQuery } from '../core/search/query.ts';
import type { Lang } from '../core/types.ts';
import { EXACT_PARAM, QUERY_PARAM } from './search-params.ts';
import { SearchUnavailable, searchEngine, type Results } from './search-engine.ts';
import { SearchFilters } from './search-filters.ts';
import { fill, resultItem, showCorrection, statusOf, stringsOf } from './search-view.ts';

/** Results listed at once; "More results" lists as many again. */
const PAGE = 10;

/** Milliseconds of quiet typing before a search runs (so that each keystroke does not load index chunks). */
const DEBOUNCE = 250;

const root = document.querySelector<HTMLElement>('[data-search-page]');
const form = root?.querySelector<HTMLFormElement>('form');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
const filter = root?.querySelector<HTMLFieldSetElement>('.search-filter');
const status = root?.querySelector<HTMLElement>('.search-status');
const list = root?.querySelector<HTMLOListElement>('.search-results');
const more = root?.querySelector<HTMLButtonElement>('.search-more');
const narrowing = root?.querySelector<HTMLFieldSetElement>('.search-narrow');

if (root && form && input && filter && status && list && more && narrowing) {
  const strings = stringsOf(root);
  let results: Results | undefined;
  let shown = 0;
  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const filters = new SearchFilters(narrowing, strings.lang, new URLSearchParams(location.search));
  // The query as typed, uncorrected, when the reader asked for it (until they type another).
  let exact = false;

  const chosenLang = (): Lang | undefined => {
    const value = filter.querySelector<HTMLInputElement>('input:checked')?.value;
    return value === 'ar' || value === 'en' ? value : undefined;
  };
  const filtered = () => (results ? filters.narrow(results.hits) : []);

  /**
   * The address of the current search in the location bar: as a new history entry when the reader
   * narrowed or reordered it (so that the back button undoes it), in place as they type.
   */
  const remember = (step = false) => {
    const url = new URL(location.href);
    const text = input.value.trim();
    if (text) url.searchParams.set(QUERY_PARAM, text);
    else url.searchParams.delete(QUERY_PARAM);
    filters.filters.lang = chosenLang();
    filters.write(url);
    if (!exact) url.searchParams.delete(EXACT_PARAM);
    if (url.href === location.href) return;
    if (step) history.pushState(null, '', url);
    else history.replaceState(history.state, '', url);
  };

  /** Sets the form from the address: on load, and when the back or forward button is used. */
  const restore = (initial = false) => {
    const params = new URLSearchParams(location.search);
    filters.read(params);
    exact = params.has(EXACT_PARAM);
    const lang = filters.filters.lang ?? '';
    const radio = filter.querySelector<HTMLInputElement>(`input[value="${lang}"]`);
    if (radio) radio.checked = true;
    // On load, a query the browser kept in the box (going back to a page without one) stays.
    input.value = params.get(QUERY_PARAM) ?? (initial ? input.value : '');
  };

  /** Appends the next page of results (their texts load in parallel, and show in order). */
  const showMore = async (id: number) => {
    const hits = filtered().slice(shown, shown + PAGE);
    const views = await Promise.all(hits.map((hit) => hit.view()));
    if (id !== run) return;
    list.append(...hits.map((hit, i) => resultItem(hit, views[i], strings)));
    shown += hits.length;
    more.hidden = shown >= filtered().length;
  };

  const render = async (id: number) => {
    if (!results) return;
    const total = results.hits.length;
    // Each language's count is of the results the other filters leave.
    const counts = filters.langCounts(results.hits);
    for (const label of filter.querySelectorAll<HTMLElement>('[data-count]')) {
      const lang = label.dataset.count;
      label.replaceChildren(
        lang === 'ar' || lang === 'en'
          ? fill(strings.filterLang, { lang: strings.langNames[lang], count: counts[lang] }, strings.lang, [])
          : fill(strings.filterLang, { lang: strings.filterAll, count: counts.all }, strings.lang, []),
      );
    }
    filter.hidden = total === 0;
    filters.render(results.hits);
    shown = 0;
    list.replaceChildren();
    await showMore(id);
    if (id !== run) return;
    status.replaceChildren(statusOf(results, filtered().length, strings));
    showCorrection(status, results, strings, form.action);
  };

  const search = async () => {
    const id = ++run;
    remember();
    const text = input.value.trim();
    if (!isSearchable(parseQuery(text))) {
      results = undefined;
      list.replaceChildren();
      status.replaceChildren();
      showCorrection(status, undefined, strings, form.action);
      filter.hidden = true;
      narrowing.hidden = true;
      more.hidden = true;
      return;
    }
    status.textContent = strings.loading;
    try {
      const engine = await searchEngine();
      // The facets load while the query runs.
      const [found] = await Promise.all([engine.search(text, { exact }), filters.ready()]);
      if (id !== run) return;
      results = found;
      await render(id);
    } catch (error) {
      if (id !== run) return;
      results = undefined;
      list.replaceChildren();
      more.hidden = true;
      showCorrection(status, undefined, strings, form.action);
      status.textContent = error instanceof SearchUnavailable ? strings.unavailable : strings.error;
      if (!(error instanceof SearchUnavailable)) console.error(error);
    }
  };

  restore(true);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search();
  });
  input.addEventListener('input', () => {
    exact = false;
    clearTimeout(timer);
    timer = setTimeout(() => void search(), DEBOUNCE);
  });
  filter.addEventListener('change', () => {
    remember(true);
    void render(++run);
  });
  filters.listen(() => {
    remember(true);
    void render(++run);
  });
  window.addEventListener('popstate', () => {
    const before = input.value.trim();
    restore();
    if (input.value.trim() !== before || !results) void search();
    else void render(++run);
  });
  more.addEventListener('click', () => {
    const first = shown;
    void showMore(run).then(() => list.children[first]?.querySelector<HTMLAnchorElement>('a')?.focus());
  });

  if (input.value.trim() !== '') void search();
}
