/**
 * The header search box's script, on every page, and kept tiny: the search itself (Pagefind, the
 * search files, the results UI) loads only when a reader starts using the box, and the hit marker
 * only on a page opened from a search result.
 */
import { HIGHLIGHT_PARAM } from './search-params.ts';

const form = document.querySelector<HTMLFormElement>('form[data-search-box]');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');

if (form && input) {
  let mounted: Promise<unknown> | undefined;
  const mount = () => (mounted ??= import('./search-popup.ts').then(({ mountPopup }) => mountPopup(form, input)));
  // Focus starts loading, so that the index is on its way while the reader types.
  input.addEventListener('focus', () => void mount(), { once: true });
  input.addEventListener('input', () => void mount(), { once: true });
  // A query already in the box (the browser restored it) is searched as soon as the box is used.
  if (document.activeElement === input) void mount();
}

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  void import('./search-highlight.ts').then(({ highlightPage }) => highlightPage());
}
