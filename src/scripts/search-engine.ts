/**
 * Search in the browser: loads Pagefind and Hamish's search files on first use, turns a query into
 * Pagefind searches over both languages (and the glossary), and turns results into what a reader
 * sees: title, language, and an excerpt of the page as written with the hits marked.
 */
import {
  DATA_DIR,
  MANIFEST_FILE,
  PAGEFIND_DIR,
  SEARCH_DATA_VERSION,
  entrySpans,
  findEntries,
  findHits,
  glossaryOf,
  isSearchable,
  makeExcerpt,
  matcherFor,
  narrowKeys,
  pairKeys,
  parseQuery,
  rankPages,
  shardPath,
  stemKeys,
  widenedWords,
  shardsFor,
  textPath,
  type EntrySpan,
  type Excerpt,
  type KeyPages,
  type PageHit,
  type QueryMatcher,
  type SearchManifest,
  type SearchQuery,
  type SearchText,
  type ShardEntry,
} from '../core/search/index.ts';
import { LANGS, type Lang } from '../core/lang.ts';
import type { Vocabulary } from './search-forgiving.ts';
import type { SearchStrings } from './search-view.ts';
import { HIGHLIGHT_PARAM } from './search-params.ts';

/** What Hamish uses of the Pagefind module (`pagefind/pagefind.js`). */
export interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string[]> }): Promise<{ results: PagefindResult[] } | null>;
}

export interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matched words in the page. */
  words: number[];
}

/** The site has no search index (a dev server before any build, or a broken deployment). */
export class SearchUnavailable extends Error {}

/** A page a query found. */
export interface Hit {
  /** Pagefind's id of the page (the name of its text file). */
  id: string;
  lang: Lang;
  score: number;
  /** True when the query's words matched the page (not only a glossary entry it names). */
  direct: boolean;
  /** The glossary entries through which the page was found. */
  entries: ShardEntry[];
  /** The query, when a word of it was found only as a name spelled in the other script (see names.ts). */
  spelling?: string;
  /** What a result shows of the page; loads the page's text on first call. */
  view(): Promise<HitView>;
}

/** What a result shows. */
export interface HitView {
  /** The page's address, with the query for marking the hits there. */
  href: string;
  lang: Lang;
  title: string;
  excerpt: Excerpt;
  /** The page's date and source, as given. */
  date?: string;
  source?: string;
}

/** What a query found. */
export interface Results {
  query: SearchQuery;
  /** Every page found, best first. */
  hits: Hit[];
  counts: Record<Lang, number>;
  /** The glossary entries the query names. */
  entries: ShardEntry[];
  /**
   * When the query as typed found nothing and misspelled words were corrected: the query as
   * searched, with the likeliest correction of each ("Showing results for «…»").
   */
  corrected?: string;
  /** With `corrected`: the notice that tells the reader so, for the search page at `action`. */
  notice?: (strings: SearchStrings, action: string) => HTMLElement;
}

/** How to search. */
export interface SearchOptions {
  /** Search the words as typed only: no correction of a word the index does not have. */
  exact?: boolean;
}

/** Reads one of the build's gzipped JSON files; a host may already have undone the gzip. */
export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const text = gzipped
    ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text()
    : new TextDecoder().decode(bytes);
  return JSON.parse(text) as T;
}

/** The search files of a site, loaded as they are needed and kept for the page's lifetime. */
export class SearchData {
  readonly base: string;
  readonly manifest: SearchManifest;
  private shards = new Map<number, Promise<ShardEntry[]>>();
  private texts = new Map<string, Promise<SearchText>>();

  private constructor(base: string, manifest: SearchManifest) {
    this.base = base;
    this.manifest = manifest;
  }

  /** The search files under `base` (the site's base path, ending in `/`). */
  static async open(base: string): Promise<SearchData> {
    const response = await fetch(`${base}${DATA_DIR}/${MANIFEST_FILE}`, { cache: 'no-cache' }).catch(() => undefined);
    if (!response?.ok) throw new SearchUnavailable(`no search index at ${base}${DATA_DIR}/`);
    const manifest = (await response.json()) as SearchManifest;
    if (manifest.version !== SEARCH_DATA_VERSION)
      throw new SearchUnavailable(`search files of version ${manifest.version}, expected ${SEARCH_DATA_VERSION}`);
    return new SearchData(base, manifest);
  }

  /** Pages in the index, both languages. */
  get total(): number {
    return this.manifest.pages.ar + this.manifest.pages.en;
  }

  /** The glossary entries a text may name, compiled for matching (only the shards it needs are loaded). */
  async glossaryFor(text: string) {
    const needed = shardsFor(text, this.manifest.glossaryShards);
    const loaded = await Promise.all(
      needed.map((i) => {
        let shard = this.shards.get(i);
        if (!shard) {
          shard = fetchJson<ShardEntry[]>(`${this.base}${DATA_DIR}/${shardPath(i)}`);
          this.shards.set(i, shard);
        }
        return shard;
      }),
    );
    return glossaryOf(loaded.flat());
  }

  /** The glossary entries a query names, and the runs of its words that name them. */
  async entriesOf(query: SearchQuery): Promise<{ entries: ShardEntry[]; spans: EntrySpan[] }> {
    const { glossary, byId } = await this.glossaryFor(query.text);
    const matches = findEntries(glossary, query.text);
    const entries = [...new Set(matches.map((m) => m.entryId))]
      .map((id) => byId.get(id))
      .filter((e) => e !== undefined);
    return { entries, spans: entrySpans(query, matches, byId) };
  }

  /** A matcher for a query (its keys, stems for the words in `widened`, and the glossary entries it names). */
  async matcherFor(
    query: SearchQuery,
    widened: readonly number[] = [],
  ): Promise<{ matcher: QueryMatcher; entries: ShardEntry[]; spans: EntrySpan[] }> {
    const { entries, spans } = await this.entriesOf(query);
    return {
      matcher: matcherFor(query, entries.length > 0 ? glossaryOf(entries).glossary : undefined, widened),
      entries,
      spans,
    };
  }

  /** The text file of the page Pagefind knows as `id` (its result id). */
  text(id: string): Promise<SearchText> {
    let text = this.texts.get(id);
    if (!text) {
      text = fetchJson<SearchText>(`${this.base}${DATA_DIR}/${textPath(id)}`);
      this.texts.set(id, text);
    }
    return text;
  }
}

/** What search does when the words as typed are not enough, loaded the first time it is needed. */
const forgiving = () => import('./search-forgiving.ts');

/** Search over the site's Pagefind index and search files. */
export class SearchEngine {
  private readonly data: SearchData;
  private readonly pagefind: PagefindModule;
  /** The correction vocabulary, once a search needed it. */
  private vocabulary: Vocabulary | undefined;

  private constructor(data: SearchData, pagefind: PagefindModule) {
    this.data = data;
    this.pagefind = pagefind;
  }

  /** Loads the index of the site at `base` (the site's base path, ending in `/`). */
  static async open(base: string): Promise<SearchEngine> {
    const data = await SearchData.open(base);
    const pagefind = (await import(/* @vite-ignore */ `${base}${PAGEFIND_DIR}/pagefind.js`)) as PagefindModule;
    // On the main thread: a worker would add its own copy of Pagefind's code to the first query,
    // and searching a few thousand pages takes milliseconds.
    await pagefind.options({ noWorker: true });
    await pagefind.init();
    // A large archive's index comes in several bundles (see docs/scaling.md): searched as one.
    for (const bundle of data.manifest.pagefindBundles ?? [])
      await pagefind.mergeIndex(`${base}${PAGEFIND_DIR}/${bundle}`);
    return new SearchEngine(data, pagefind);
  }

  /**
   * The pages `input` finds, in both languages, best first (`rankPages`): each key of each word
   * (and each glossary entry the query names) is looked up in Pagefind, once per language
   * (Pagefind's `lang` filter tells each page's language); stems only for the words whose narrower
   * readings found nothing (`widenedWords`); then each two neighbouring words together.
   */
  async search(input: string, options: SearchOptions = {}): Promise<Results> {
    const typed = parseQuery(input);
    const counts: Record<Lang, number> = { ar: 0, en: 0 };
    if (!isSearchable(typed)) return { query: typed, hits: [], counts, entries: [] };
    let { entries, spans } = await this.data.entriesOf(typed);
    const results = new Map<string, PagefindResult>();
    const found = new Map<string, KeyPages>();
    const pairs = new Map<string, Set<string>>();
    const inLanguages = (term: string, each: (lang: Lang, result: PagefindResult) => void) =>
      Promise.all(
        LANGS.map(async (lang) => {
          const response = await this.pagefind.search(term, { filters: { lang: [lang] } });
          for (const result of response?.results ?? []) each(lang, result);
        }),
      );
    const fetchKeys = (keys: readonly string[]) =>
      Promise.all(
        keys
          .filter((key) => !found.has(key))
          .map(async (key) => {
            const pages = new Map<string, PageHit>();
            found.set(key, pages);
            // In quotes, Pagefind matches the term exactly: no word it only begins, and no shorter
            // word it begins when nothing else matches. Unquoted, it counts every occurrence (its
            // quoted answer gives only the first); the count is taken for the pages of the first.
            const occurrences = new Map<string, number>();
            await inLanguages(`"${key}"`, (lang, result) => {
              pages.set(result.id, { lang, count: 1 });
              results.set(result.id, result);
            });
            if (pages.size === 0) return;
            await inLanguages(key, (_, result) => occurrences.set(result.id, result.words.length));
            for (const [id, hit] of pages) hit.count = Math.max(1, occurrences.get(id) ?? 1);
          }),
      );
    const fetchPairs = (list: readonly [string, string][]) =>
      Promise.all(
        list.map(async ([a, b]) => {
          const id = `${a} ${b}`;
          if (pairs.has(id) || !found.get(a)?.size || !found.get(b)?.size) return;
          const pages = new Set<string>();
          pairs.set(id, pages);
          await inLanguages(`"${a} ${b}"`, (_, result) => pages.add(result.id));
        }),
      );
    const lookup = {
      pages: (key: string) => found.get(key),
      together: (a: string, b: string) => pairs.get(`${a} ${b}`),
    };
    const run = async (query: SearchQuery) => {
      await fetchKeys(narrowKeys(query, spans));
      const widened = widenedWords(query, lookup);
      await fetchKeys(stemKeys(query, widened));
      await fetchPairs(pairKeys(query, widened));
      return { query, widened, ranked: rankPages(query, lookup, this.data.total, { spans, widened }) };
    };
    let searched = await run(typed);
    let corrected: { text: string; notice: NonNullable<Results['notice']> } | undefined;
    if (searched.ranked.length === 0 && !options.exact) {
      // Words the index has nowhere are corrected, or looked up as a name's spellings in the
      // other script, by a module loaded only now (see search-forgiving.ts).
      const { Vocabulary, correctionNotice, forgive } = await forgiving();
      this.vocabulary ??= new Vocabulary(this.data.base, fetchJson);
      const instead = await forgive(typed, lookup, spans, searched.widened, this.vocabulary);
      if (instead) {
        // A corrected word names the glossary entries the word typed right would name.
        if (instead.corrected !== undefined) ({ entries, spans } = await this.data.entriesOf(instead.query));
        searched = await run(instead.query);
        const text = instead.corrected;
        if (text !== undefined)
          corrected = { text, notice: (strings, action) => correctionNotice(typed.text, text, strings, action) };
      }
    }
    const { query, widened, ranked } = searched;
    let matcher = matcherFor(query, entries.length > 0 ? glossaryOf(entries).glossary : undefined, widened);
    // Results found by a name's spelling mark the words that spell it.
    if (ranked.some((page) => page.spelling)) matcher = (await forgiving()).withNames(matcher, query);
    const byId = new Map(entries.map((e) => [e.id, e]));
    const hits: Hit[] = ranked.map((page) => {
      counts[page.lang]++;
      const result = results.get(page.id)!;
      let view: Promise<HitView> | undefined;
      return {
        id: page.id,
        lang: page.lang,
        score: page.score,
        direct: page.direct,
        ...(page.spelling ? { spelling: query.text } : {}),
        entries: page.entries.map((id) => byId.get(id)).filter((e) => e !== undefined),
        view: () => (view ??= this.view(result, query, matcher)),
      };
    });
    return {
      query: typed,
      hits,
      counts,
      entries,
      ...(corrected === undefined ? {} : { corrected: corrected.text, notice: corrected.notice }),
    };
  }

  private async view(result: PagefindResult, query: SearchQuery, matcher: QueryMatcher): Promise<HitView> {
    // Hamish's text file of the page holds its address too: Pagefind's fragment is never loaded.
    const text = await this.data.text(result.id);
    // The title is shown above the excerpt; the excerpt comes from the rest of the text if any.
    const body = text.blocks.filter((block) => block !== text.title);
    const excerpt = makeExcerpt(body.length > 0 ? body : text.blocks, (block) => findHits(block, text.lang, matcher));
    const href = new URL(text.url.replace(/^\//, ''), new URL(this.data.base, location.href));
    href.searchParams.set(HIGHLIGHT_PARAM, query.text);
    return {
      href: `${href.pathname}${href.search}`,
      lang: text.lang,
      title: text.title,
      excerpt,
      ...(text.date ? { date: text.date } : {}),
      ...(text.source ? { source: text.source } : {}),
    };
  }
}

let engine: Promise<SearchEngine> | undefined;

/** The page's search engine, opened on first call. A failed opening is retried on the next call. */
export function searchEngine(): Promise<SearchEngine> {
  engine ??= SearchEngine.open(import.meta.env.BASE_URL.replace(/\/?$/, '/')).catch((error: unknown) => {
    engine = undefined;
    throw error;
  });
  return engine;
}
