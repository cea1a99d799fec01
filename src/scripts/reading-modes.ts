/**
 * Remembers the reading mode across pages. The switch works without this script (radio buttons and
 * CSS `:has()`); the script stores a new choice, and restores the last one when the page is shown
 * again (back/forward). The first paint's mode comes from `public/scripts/reading-mode-now.js`,
 * which runs while the page is parsed; restoring here too covers a page where it did not load.
 */
import { parseReadingMode, READING_MODE_KEY } from './reading-mode.ts';

/** localStorage, or undefined where the browser refuses it (storage disabled, some private modes). */
function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function restore(switcher: HTMLFieldSetElement, store: Storage): void {
  const mode = parseReadingMode(store.getItem(READING_MODE_KEY));
  if (!mode) return;
  const radio = switcher.querySelector<HTMLInputElement>(`input[type="radio"][value="${mode}"]`);
  if (radio) radio.checked = true;
}

const switcher = document.querySelector<HTMLFieldSetElement>('fieldset.reading-modes');
const store = storage();
if (switcher && store) {
  restore(switcher, store);
  switcher.addEventListener('change', (event) => {
    const mode = event.target instanceof HTMLInputElement ? parseReadingMode(event.target.value) : undefined;
    if (!mode) return;
    try {
      store.setItem(READING_MODE_KEY, mode);
    } catch {
      // Storage full or read-only: the mode still applies to this page.
    }
  });
  // Going back to a page, the browser brings back the radio checked when it was left, either from
  // the back/forward cache or by restoring form state after load; another page may have changed
  // the mode since. `pageshow` comes after both.
  window.addEventListener('pageshow', () => restore(switcher, store));
}
