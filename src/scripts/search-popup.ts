/**
 * The header box's results: the best few pages for what the reader types, from both languages,
 * under the box. Keyboard: ↓ from the box moves into the results, ↑/↓/Home/End move between
 * them, Escape closes them and returns to the box, Enter in the box opens the search page.
 */
import { isSearchable, parseQuery } from '../core/search/query.ts';
import { QUERY_PARAM } from './search-params.ts';
import { SearchUnavailable, searchEngine } from './search-engine.ts';
import { resultItem, statusOf, stringsOf } from './search-view.ts';

/** Results shown under the box; the search page shows the rest. */
const SHOWN = 5;

/** Milliseconds of quiet typing before a search runs (so that each keystroke does not load index chunks). */
const DEBOUNCE = 250;

export function mountPopup(form: HTMLFormElement, input: HTMLInputElement): void {
  const popup = form.querySelector<HTMLElement>('.search-popup');
  const status = popup?.querySelector<HTMLElement>('.search-status');
  const list = popup?.querySelector<HTMLOListElement>('.search-results');
  const all = popup?.querySelector<HTMLAnchorElement>('.search-all a');
  if (!popup || !status || !list || !all) return;
  const strings = stringsOf(form);
  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const links = () => [...popup.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((a) => !a.closest('[hidden]'));
  const open = () => {
    popup.hidden = false;
  };
  const close = () => {
    popup.hidden = true;
  };

  const search = async () => {
    const text = input.value.trim();
    const id = ++run;
    // A letter, or an Arabic prefix on its own, is a word still being typed.
    if (!isSearchable(parseQuery(text))) {
      list.replaceChildren();
      status.replaceChildren();
      close();
      return;
    }
    open();
    status.textContent = strings.loading;
    const page = new URL(form.action);
    page.searchParams.set(QUERY_PARAM, text);
    all.href = `${page.pathname}${page.search}`;
    try {
      const engine = await searchEngine();
      const results = await engine.search(text);
      const top = results.hits.slice(0, SHOWN);
      const views = await Promise.all(top.map((hit) => hit.view()));
      if (id !== run) return;
      list.replaceChildren(...top.map((hit, i) => resultItem(hit, views[i], strings)));
      status.replaceChildren(statusOf(results, results.hits.length, strings));
      all.parentElement!.hidden = results.hits.length <= SHOWN;
    } catch (error) {
      if (id !== run) return;
      list.replaceChildren();
      status.textContent = error instanceof SearchUnavailable ? strings.unavailable : strings.error;
      if (!(error instanceof SearchUnavailable)) console.error(error);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), DEBOUNCE);
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() !== '' && list.childElementCount > 0) open();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && list.childElementCount > 0) {
      // Also after Escape closed them: ↓ brings the results back, on the first one.
      event.preventDefault();
      open();
      links()[0]?.focus();
    } else if (event.key === 'Escape' && !popup.hidden) {
      // The first Escape closes the results; the next one is the browser's (it clears the box).
      event.preventDefault();
      close();
    }
  });
  popup.addEventListener('keydown', (event) => {
    const targets = links();
    const at = targets.indexOf(document.activeElement as HTMLAnchorElement);
    const move = (to: number) => {
      event.preventDefault();
      targets[to]?.focus();
    };
    if (event.key === 'ArrowDown') move(Math.min(at + 1, targets.length - 1));
    else if (event.key === 'ArrowUp') {
      if (at <= 0) {
        event.preventDefault();
        input.focus();
      } else move(at - 1);
    } else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(targets.length - 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      close();
      input.focus();
    }
  });
  // Results close when focus or a click goes elsewhere.
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  document.addEventListener('pointerdown', (event) => {
    if (!form.contains(event.target as Node)) close();
  });

  // The box may already hold text (typed before the script loaded, or restored by the browser).
  if (input.value.trim() !== '') void search();
  // Otherwise the index loads while the reader types the first word.
  else void searchEngine().catch(() => undefined);
}
