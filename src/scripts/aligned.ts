/**
 * A translation pair in aligned rows (AlignedText.astro): pointing at a sentence, or moving the
 * focus into one (its note markers and links), highlights it and its counterparts, the sentences
 * its `data-with` names. Following a link to the other language's page (the language switch, the
 * counterpart's label) opens that page at the row being read (`#row-N`).
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
  lit = [sentence, ...ids.map((id) => document.getElementById(id)).filter((element): element is HTMLElement => element !== null)];
  for (const element of lit) element.classList.add(LINKED);
}

const sentenceAt = (target: EventTarget | null) => (target instanceof Element ? target.closest('.aligned .s') : null);

/** The row at the top of the window: the first whose bottom is below it. */
function currentRow(rows: HTMLElement[]): HTMLElement | undefined {
  let low = 0;
  let high = rows.length - 1;
  let found: HTMLElement | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (rows[middle].getBoundingClientRect().bottom > 0) {
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
  const other = document.querySelector<HTMLLinkElement>('link[rel="alternate"][hreflang]')?.href;
  /** Points a link to the other language's page at the current row, once the reader is past the titles. */
  const keepPlace = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (!link || !other || link.href.split('#')[0] !== other.split('#')[0]) return;
    const row = currentRow(rows);
    const url = new URL(link.href);
    url.hash = row && row.getBoundingClientRect().top < window.innerHeight && window.scrollY > 0 ? row.id : '';
    link.href = url.href;
  };
  for (const type of ['click', 'auxclick', 'contextmenu', 'focusin'] as const) document.addEventListener(type, keepPlace, true);
}
