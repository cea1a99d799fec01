/**
 * Browser script: a preview of a glossary note next to its marker, on hover and on keyboard focus.
 * Progressive enhancement over the markup `remarkGlossary` writes: without it (no JavaScript, print)
 * a marker is a link to its note and back. Runs as a bundled module (see `GlossaryPreview.astro`),
 * so the Content-Security-Policy needs no inline script. No imports: it is also injected as is into
 * a test page.
 *
 * The preview repeats, for the eye, the note that screen readers already get as the marker's
 * description (`aria-describedby`), so it is `aria-hidden` and holds no link or id. It follows WCAG
 * 1.4.13: it stays while the pointer moves onto it, Escape dismisses it, and it goes when the
 * pointer or focus leaves.
 */

/** Markers that have a note to preview. */
const MARKER = '.fn-ref a[aria-describedby]';

/** How long the preview waits for the pointer to reach it after leaving the marker. */
const GRACE_MS = 200;

/**
 * Installs the previews on `doc` and returns a function that removes them. Idempotent per
 * document: a second call returns the first one's remover.
 */
export function installNotePreviews(doc: Document): () => void {
  const win = doc.defaultView;
  if (!win) return () => {};
  const installed = (doc as Document & { hamishNotePreviews?: () => void }).hamishNotePreviews;
  if (installed) return installed;

  const preview = doc.createElement('div');
  preview.className = 'fn-preview';
  preview.setAttribute('aria-hidden', 'true');
  preview.hidden = true;
  doc.body.append(preview);

  let current: HTMLElement | undefined;
  let dismissed: HTMLElement | undefined;
  let hideTimer: number | undefined;

  const cancelHide = () => {
    if (hideTimer !== undefined) win.clearTimeout(hideTimer);
    hideTimer = undefined;
  };
  const hide = () => {
    cancelHide();
    preview.hidden = true;
    current = undefined;
  };
  const hideSoon = () => {
    cancelHide();
    hideTimer = win.setTimeout(hide, GRACE_MS);
  };

  const show = (marker: HTMLElement) => {
    cancelHide();
    if (marker === current || marker === dismissed) return;
    const source = doc.getElementById(marker.getAttribute('aria-describedby') ?? '');
    if (!source) return;
    // The note's text for the eye: its links become plain text and its ids go, so the copy adds
    // nothing to tab through and no id twice to the page.
    const copy = source.cloneNode(true) as HTMLElement;
    for (const link of Array.from(copy.querySelectorAll('a'))) link.replaceWith(...Array.from(link.childNodes));
    for (const element of Array.from(copy.querySelectorAll('[id]'))) element.removeAttribute('id');
    preview.replaceChildren(...Array.from(copy.childNodes));
    const context = source.closest<HTMLElement>('[lang]');
    preview.lang = context?.lang ?? '';
    preview.dir = context ? win.getComputedStyle(context).direction : '';
    preview.hidden = false;
    current = marker;
    place(marker);
  };

  /** Below the marker, or above it when there is no room below; inside the viewport across. */
  const place = (marker: HTMLElement) => {
    const box = marker.getBoundingClientRect();
    const width = preview.offsetWidth;
    const height = preview.offsetHeight;
    const viewport = doc.documentElement.clientWidth;
    const rtl = preview.dir === 'rtl';
    const start = rtl ? box.right - width : box.left;
    const left = Math.max(8, Math.min(start, viewport - width - 8));
    const below = box.bottom + 6;
    const top = below + height > win.innerHeight && box.top - height - 6 > 0 ? box.top - height - 6 : below;
    preview.style.left = `${left + win.scrollX}px`;
    preview.style.top = `${top + win.scrollY}px`;
  };

  const markerOf = (target: EventTarget | null) =>
    target instanceof win.Element ? target.closest<HTMLElement>(MARKER) : null;

  const onPointerOver = (event: PointerEvent) => {
    // A tap follows the link to the note; a preview would only cover the text.
    if (event.pointerType === 'touch') return;
    const marker = markerOf(event.target);
    if (marker) show(marker);
    else if (event.target instanceof win.Node && preview.contains(event.target)) cancelHide();
  };
  const onPointerOut = (event: PointerEvent) => {
    const from =
      markerOf(event.target) ?? (event.target instanceof win.Node && preview.contains(event.target) ? preview : null);
    if (!from) return;
    const to = event.relatedTarget;
    if (to instanceof win.Node && (from.contains(to) || preview.contains(to) || (current?.contains(to) ?? false)))
      return;
    if (from !== preview && from === dismissed) dismissed = undefined;
    hideSoon();
  };
  const onFocusIn = (event: FocusEvent) => {
    const marker = markerOf(event.target);
    if (marker) show(marker);
  };
  const onFocusOut = (event: FocusEvent) => {
    const marker = markerOf(event.target);
    if (!marker) return;
    if (marker === dismissed) dismissed = undefined;
    hide();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || preview.hidden) return;
    dismissed = current;
    hide();
  };
  const onResize = () => {
    if (current) place(current);
  };

  // One list for adding and removing, so `remove` can never leave a listener behind.
  const listeners: [EventTarget, string, (event: never) => void][] = [
    [doc, 'pointerover', onPointerOver],
    [doc, 'pointerout', onPointerOut],
    [doc, 'focusin', onFocusIn],
    [doc, 'focusout', onFocusOut],
    [doc, 'keydown', onKeyDown],
    [win, 'resize', onResize],
  ];
  for (const [target, type, listener] of listeners) target.addEventListener(type, listener as EventListener);

  const remove = () => {
    for (const [target, type, listener] of listeners) target.removeEventListener(type, listener as EventListener);
    cancelHide();
    preview.remove();
    delete (doc as Document & { hamishNotePreviews?: () => void }).hamishNotePreviews;
  };
  (doc as Document & { hamishNotePreviews?: () => void }).hamishNotePreviews = remove;
  return remove;
}
