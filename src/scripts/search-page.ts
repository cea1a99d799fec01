/**
 * The search page: searches the query in its address (`?q=`), and what the reader types, in both
 * languages; shows how many pages were found, lets the reader keep to one language (`?lang=`), and
 * lists the results a page at a time. The address follows the search, so it can be shared.
 */
import { isSearchable, parseQuery } from '../core/search/query.ts';
import type { Lang } from '../core/types.ts';
import { LANG_PARAM, QUERY_PARAM } from './search-params.ts';
import { SearchUnavailable, searchEngine, type Results } from './search-engine.ts';
import { fill, resultItem, statusOf, stringsOf } from './search-view.ts';

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

if (root && form && input && filter && status && list && more) {
  const strings = stringsOf(root);
  let results: Results | undefined;
  let shown = 0;
  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const params = new URLSearchParams(location.search);

  const chosenLang = (): Lang | undefined => {
    const value = filter.querySelector<HTMLInputElement>('input:checked')?.value;
    return value === 'ar' || value === 'en' ? value : undefined;
  };
  const filtered = () => (results ? results.hits.filter((hit) => !chosenLang() || hit.lang === chosenLang()) : []);

  /** The address of the current search, kept in the location bar without a new history entry. */
  const remember = () => {
    const url = new URL(location.href);
    const text = input.value.trim();
    if (text) url.searchParams.set(QUERY_PARAM, text);
    else url.searchParams.delete(QUERY_PARAM);
    const lang = chosenLang();
    if (lang) url.searchParams.set(LANG_PARAM, lang);
    else url.searchParams.delete(LANG_PARAM);
    history.replaceState(history.state, '', url);
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
    for (const label of filter.querySelectorAll<HTMLElement>('[data-count]')) {
      const lang = label.dataset.count;
      label.replaceChildren(
        lang === 'ar' || lang === 'en'
          ? fill(strings.filterLang, { lang: strings.langNames[lang], count: results.counts[lang] }, strings.lang, [])
          : fill(strings.filterLang, { lang: strings.filterAll, count: total }, strings.lang, []),
      );
    }
    filter.hidden = total === 0;
    shown = 0;
    list.replaceChildren();
    await showMore(id);
    if (id !== run) return;
    status.replaceChildren(statusOf(results, filtered().length, strings));
  };

  const search = async () => {
    const id = ++run;
    remember();
    const text = input.value.trim();
    if (!isSearchable(parseQuery(text))) {
      results = undefined;
      list.replaceChildren();
      status.replaceChildren();
      filter.hidden = true;
      more.hidden = true;
      return;
    }
    status.textContent = strings.loading;
    try {
      const engine = await searchEngine();
      const found = await engine.search(text);
      if (id !== run) return;
      results = found;
      await render(id);
    } catch (error) {
      if (id !== run) return;
      results = undefined;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = error instanceof SearchUnavailable ? strings.unavailable : strings.error;
      if (!(error instanceof SearchUnavailable)) console.error(error);
    }
  };

  const lang = params.get(LANG_PARAM);
  const radio = filter.querySelector<HTMLInputElement>(`input[value="${lang === 'ar' || lang === 'en' ? lang : ''}"]`);
  if (radio) radio.checked = true;
  input.value = params.get(QUERY_PARAM) ?? input.value;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), DEBOUNCE);
  });
  filter.addEventListener('change', () => {
    remember();
    void render(++run);
  });
  more.addEventListener('click', () => {
    const first = shown;
    void showMore(run).then(() => list.children[first]?.querySelector<HTMLAnchorElement>('a')?.focus());
  });

  if (input.value.trim() !== '') void search();
}
