/**
 * How search results are shown, in the header's results and on the search page alike: DOM built
 * from text (never HTML strings: titles and excerpts come from the documents, queries from the
 * reader), each piece in its own language and direction.
 */
import { isolatePieces } from '../core/bidi/index.ts';
import type { ExcerptPart } from '../core/search/index.ts';
import { DIR, type Lang } from '../core/lang.ts';
import { formatDate } from '../i18n/dates.ts';
import { formatNumber } from '../i18n/digits.ts';
import type { Hit, HitView, Results } from './search-engine.ts';

/** The UI strings search needs, in the page's language (rendered by the server, see SearchBox.astro). */
export interface SearchStrings {
  lang: Lang;
  results: string;
  resultsOne: string;
  none: string;
  loading: string;
  via: string;
  unavailable: string;
  error: string;
  /** "Showing results for «{corrected}»." */
  corrected: string;
  /** "Search instead for «{query}»": the link to the query as typed. */
  asTyped: string;
  /** "Found by spelling: {terms}": a result found through a name spelled in the other script. */
  spelling: string;
  langNames: Record<Lang, string>;
  filterAll: string;
  filterLang: string;
}

/** The strings rendered into `element.dataset.strings`. */
export function stringsOf(element: HTMLElement): SearchStrings {
  return JSON.parse(element.dataset.strings ?? '{}') as SearchStrings;
}

/** A number in the digits of `lang`, as the server writes them. */
export const formatCount = formatNumber;

/**
 * A UI string with its `{name}` placeholders filled: numbers in the page's digits, text as text,
 * and the reader's query isolated (`<bdi>`) so that a query in the other script does not reorder
 * the sentence around it.
 */
export function fill(
  template: string,
  vars: Record<string, string | number>,
  lang: Lang,
  isolate: readonly string[] = ['query'],
): DocumentFragment {
  const out = document.createDocumentFragment();
  let at = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const value = vars[match[1]];
    if (value === undefined) continue;
    out.append(template.slice(at, match.index));
    const text = typeof value === 'number' ? formatCount(lang, value) : value;
    if (isolate.includes(match[1])) {
      const bdi = document.createElement('bdi');
      bdi.textContent = text;
      out.append(bdi);
    } else {
      out.append(text);
    }
    at = match.index + match[0].length;
  }
  out.append(template.slice(at));
  return out;
}

/** The status line of a search: how many results, or that there are none. */
export function statusOf(results: Results, shown: number, strings: SearchStrings): DocumentFragment {
  // A corrected search speaks of the query it searched, as its notice does ("Showing results for
  // «…»"); the query as typed is the notice's link.
  const query = results.corrected ?? results.query.text;
  if (shown === 0) return fill(strings.none, { query }, strings.lang);
  return fill(shown === 1 ? strings.resultsOne : strings.results, { count: shown, query }, strings.lang);
}

/** Elements with text in `lang`, set in its direction. */
function inLanguage<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  lang: Lang,
  className: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.lang = lang;
  element.dir = DIR[lang];
  element.className = className;
  return element;
}

/**
 * Appends `parts` of a text in `lang` to `element`, hits marked; a stretch in the other script (a
 * Latin name in Arabic) is isolated whole, hits and all.
 */
function appendIsolated(element: HTMLElement, parts: readonly ExcerptPart[], lang: Lang): void {
  const partOf = (part: ExcerptPart): Node | string => {
    if (!part.hit) return part.text;
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    return mark;
  };
  for (const piece of isolatePieces(parts, lang, (part, text) => ({ ...part, text }))) {
    if (!('pieces' in piece)) {
      element.append(partOf(piece));
      continue;
    }
    // <bdi> with its direction stated: isolated as a span with `dir` would be, and, like the
    // query's <bdi>, never mistaken for markup taken from the text.
    const isolate = document.createElement('bdi');
    isolate.dir = piece.dir;
    if (piece.lang) isolate.lang = piece.lang;
    isolate.append(...piece.pieces.map(partOf));
    element.append(isolate);
  }
}

/** The excerpt of a result, hits marked, with ellipses where the paragraph was cut. */
function excerptOf(view: HitView): HTMLParagraphElement {
  const p = inLanguage('p', view.lang, 'search-excerpt');
  if (view.excerpt.cutBefore) p.append('… ');
  appendIsolated(p, view.excerpt.parts, view.lang);
  if (view.excerpt.cutAfter) p.append(' …');
  return p;
}

/**
 * One result: its title as a link (to the page, which then marks the hits), the name of its
 * language, how it was found when only through the glossary or by the spelling of a name, and its
 * excerpt.
 */
export function resultItem(hit: Hit, view: HitView, strings: SearchStrings): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  li.dataset.lang = view.lang;
  // The link is the title, in the page's language and direction (so that it also starts on the
  // title's side of the line when the UI runs the other way).
  const link = inLanguage('a', view.lang, 'search-result-link search-result-title');
  link.href = view.href;
  appendIsolated(link, [{ text: view.title, hit: false }], view.lang);
  const language = document.createElement('span');
  language.className = 'search-result-lang';
  language.textContent = strings.langNames[view.lang];
  const heading = document.createElement('p');
  heading.className = 'search-result-heading';
  heading.append(link, ' ', language);
  // Where and when the page is from: its source in its own language, its date in the reader's.
  if (view.source) {
    const source = inLanguage('span', view.lang, 'search-result-source');
    source.dir = 'auto';
    source.textContent = view.source;
    heading.append(' ', source);
  }
  if (view.date) {
    const date = document.createElement('time');
    date.className = 'search-result-date';
    if (/^\d{4}(-\d{2}){0,2}$/.test(view.date)) date.dateTime = view.date;
    date.textContent = formatDate(strings.lang, view.date);
    heading.append(' ', date);
  }
  li.append(heading);
  if (!hit.direct && hit.entries.length > 0) {
    const via = document.createElement('p');
    via.className = 'search-result-via';
    const terms = hit.entries
      .map((entry) => (entry[strings.lang] ?? entry.en ?? entry.ar)?.term ?? entry.id)
      .join(strings.lang === 'ar' ? '، ' : ', ');
    via.append(fill(strings.via, { terms }, strings.lang, ['terms']));
    li.append(via);
  }
  if (hit.spelling !== undefined && hit.entries.length === 0) {
    const via = document.createElement('p');
    via.className = 'search-result-via';
    via.append(fill(strings.spelling, { terms: hit.spelling }, strings.lang, ['terms']));
    li.append(via);
  }
  li.append(excerptOf(view));
  return li;
}

/**
 * Puts the correction notice of `results` right after `status` (the status line of the results),
 * or takes away the notice of an earlier search when these results were not corrected. `action`
 * is the search page's address. (The notice is made by the module that made the correction.)
 */
export function showCorrection(
  status: HTMLElement,
  results: Results | undefined,
  strings: SearchStrings,
  action: string,
): void {
  const next = status.nextElementSibling;
  if (next?.classList.contains('search-correction')) next.remove();
  const notice = results?.notice?.(strings, action);
  if (notice) status.after(notice);
}
