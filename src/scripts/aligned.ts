/**
 * A translation pair in aligned rows (AlignedText.astro): pointing at a sentence, or moving the
 * focus into one (its note markers and links), highlights it and its counterparts, the sentences
 * its `data-with` names. Following a link to the other language's page (the language switch, the
 * counterpart's label) opens that page at the row being read (`#row-N`): the row last at the top
 * of the window, or the one the page was opened at.
 */

const LINKED = 'is-linked';
const aligned = document.querySelector<HTMLElement>('.aligned');

let lit: Element[] = [];

function highlight(sentence: Element | null | undefined): void {
  if (lit[0] === sentence) return;
  for (const element of lit) element.classList.remove(LINKED);
  lit = [];
  if (!sentence) return;
  const ids = (sentence.getAttribute('data-with') ?? '').split(' ').filter(Boolean);
  lit = [
    sentence,
    ...ids.map((id) => document.getElementById(id)).filter((element): element is HTMLElement => element !== null),
  ];
  for (const element of lit) element.classList.add(LINKED);
}

const sentenceAt = (target: EventTarget | null) => (target instanceof Element ? target.closest('.aligned .s') : null);

/** How far below the top of the window a row must reach to be the one being read (a row opened by its anchor sits a little below the top). */
const READING_LINE = 48;

/** The row at the top of the window: the first that reaches below `READING_LINE`. */
function currentRow(rows: HTMLElement[]): HTMLElement | undefined {
  let low = 0;
  let high = rows.length - 1;
  let found: HTMLElement | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (rows[middle].getBoundingClientRect().bottom > READING_LINE) {
      found = rows[middle];
      high = middle - 1;
    } else low = middle + 1;
  }
  return found;
}

if (aligned) {
  aligned.addEventListener('pointerover', (event) => highlight(sentenceAt(event.target)));
  aligned.addEventListener('pointerleave', () => highlight(undefined));
  aligned.addEventListener('focusin', (event) => highlight(sentenceAt(event.target)));
  aligned.addEventListener('focusout', () => highlight(undefined));

  const rows = [...aligned.querySelectorAll<HTMLElement>('.aligned-row[id]')];
  // The other language's page, as the header's language switch links it (the head's alternates are
  // only there when the site's address is known).
  const other = document.querySelector<HTMLAnchorElement>('a.lang-switch[hreflang]')?.href;
  // The row being read: the one at the top of the window whenever the text is there. Scrolling
  // back up to the header (where the language switch is) keeps it.
  let reading = rows.find((row) => `#${row.id}` === location.hash)?.id;
  let pending = false;
  const note = () => {
    pending = false;
    const row = currentRow(rows);
    if (row && row.getBoundingClientRect().top <= READING_LINE) reading = row.id;
  };
  window.addEventListener(
    'scroll',
    () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(note);
    },
    { passive: true },
  );
  /** Points a link to the other language's page at the row being read. */
  const keepPlace = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (!link || !other || link.href.split('#')[0] !== other.split('#')[0]) return;
    const url = new URL(link.href);
    url.hash = reading ?? '';
    link.href = url.href;
  };
  for (const type of ['click', 'auxclick', 'contextmenu', 'focusin'] as const)
    document.addEventListener(type, keepPlace, true);

  // Opened at a row: the browser scrolls there before the fonts have loaded, and the text above
  // then grows or shrinks as they arrive. Once they have, the row goes back to the top, unless the
  // reader has moved since.
  const opened = reading === undefined ? undefined : document.getElementById(reading);
  if (opened) {
    let moved = false;
    const stop = () => (moved = true);
    for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const)
      window.addEventListener(type, stop, { once: true, passive: true });
    void document.fonts.ready.then(() => {
      if (!moved) opened.scrollIntoView();
    });
  }
}
