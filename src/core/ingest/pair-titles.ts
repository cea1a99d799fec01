/**
 * One title decision for a translation pair. Each version's headline is decided on its own (a
 * `.txt` version's `isHeadline`: a short line without a full stop above prose; a `.md`/`.mdx`
 * version's heading the text opens with); but when the two opening lines translate each other
 * (`firstLinesTranslate`), they are one headline and must be decided once: both titles, or both a
 * line of the text. Otherwise one page shows its headline as the title and the other as its first
 * line, beside nothing in the aligned rows. A `.txt` headline that does not translate the other's
 * first line whole, where the other version's source printed as many lines above the article and
 * cleaning took the one in its place, is that page's furniture the tables missed, not the pair's
 * headline: it stays a line of its text, and the title is made from the opening, as the other
 * version's is.
 *
 * A title the editor gave (front matter or sidecar) is never overruled. When only one version has
 * one, the other follows the pair only where that keeps both titles: a version whose title was
 * given and that took its opening line out (the same words) makes the other's translating first
 * line its title too, if that line is short enough to be one; a version whose given title left its
 * opening line in the text leaves the other to decide alone.
 */
import { firstLinesTranslate } from '../align/titles.ts';
import { splitSentences } from '../align/split.ts';
import type { Edition, Lang } from '../types.ts';
import type { MarkdownBlock } from './markdown.ts';
import { withoutBlock } from './markdown.ts';
import { deriveTitle, excerptOf, findDateline, fromOpening, HEADLINE_MAX, openingIndex } from './provenance.ts';

/** A first line the other version made its title becomes one too when at most this long (a translation runs longer). */
const PAIRED_HEADLINE_MAX = Math.round(HEADLINE_MAX * 1.5);

/** One version of a pair as ingest built it, with what the decision needs besides its edition. */
export interface PairVersion {
  edition: Edition;
  /** Whether the editor gave the version's title (front matter or sidecar). */
  given: boolean;
  /** A `.md`/`.mdx` version's body as written (a heading taken as the title still in it) and its top-level blocks. */
  markdown?: { body: string; blocks: readonly MarkdownBlock[] };
  /**
   * A `.txt` version's headline candidate, by its source line, whether it took it as its headline
   * or not: the line of its top it would itself make a title. Any other first line it refused as the
   * page's (a credit, a time, a button), and the pair does not overrule that.
   */
  candidateLine?: number;
}

/** The headline the version took out of its text as its title, if it did. */
const headlineOf = (edition: Edition) => edition.removed.find((r) => r.reason === 'headline');

/** The texts of a Markdown version's blocks after its first, as the paragraphs that follow an opening line. */
const textsAfterFirst = (blocks: readonly MarkdownBlock[]) =>
  blocks
    .slice(1)
    .map((b) => b.text)
    .filter((t) => t !== '');

/** A version that took its opening line as its title: the line, the text after it, and the version with the line put back. */
function tookOpening(
  version: PairVersion,
): { text: string; following: string[]; demoted: () => Edition; unshared?: () => Edition } | undefined {
  const { edition, markdown } = version;
  const headline = headlineOf(edition);
  if (!headline) return undefined;
  const lang = edition.lang;
  const title = deriveTitle(headline.text, lang);
  const removed = edition.removed.filter((r) => r !== headline);
  if (!markdown) {
    const paragraphs = [{ text: headline.text, line: headline.line }, ...edition.paragraphs];
    return {
      text: headline.text,
      following: edition.paragraphs.map((p) => p.text),
      demoted: () => ({
        ...edition,
        ...fromOpening(paragraphs, 0, lang),
        titleDerived: true,
        paragraphs,
        dateline: findDateline(headline.text, lang)?.place,
        removed,
      }),
      // The line stays where it stood; the title comes from the opening after it, as when a
      // version has no headline (ingest's `openingIndex`).
      unshared: () => ({
        ...edition,
        ...fromOpening(paragraphs, openingIndex(paragraphs, 0), lang),
        titleDerived: true,
        paragraphs,
        removed,
      }),
    };
  }
  const following = textsAfterFirst(markdown.blocks);
  return {
    text: headline.text,
    following,
    demoted: () => ({
      ...edition,
      title,
      titleDerived: true,
      body: markdown.body,
      excerpt: excerptOf(
        [headline.text, ...markdown.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text)].slice(0, 2),
        lang,
        title,
      ),
      removed,
    }),
  };
}

/** A version that kept its opening line in its text: the line, the text after it, and the version with the line made its title. */
function keptOpening(
  version: PairVersion,
): { text: string; following: string[]; promoted?: () => Edition } | undefined {
  const { edition, markdown } = version;
  const lang = edition.lang;
  const promotedTo = (text: string, line: number, rest: Partial<Edition>, next: readonly string[]): Edition => ({
    ...edition,
    ...rest,
    title: text,
    titleDerived: false,
    excerpt: excerptOf(next, lang),
    removed: [...edition.removed, { reason: 'headline' as const, text, line }].sort((a, b) => a.line - b.line),
  });
  if (!markdown) {
    const [first, ...rest] = edition.paragraphs;
    if (!first) return undefined;
    return {
      text: first.text,
      following: rest.map((p) => p.text),
      // Only the line the version would itself make a title: one it refused as the page's own (a
      // credit, a time, a button) stays refused.
      promoted:
        first.line !== version.candidateLine
          ? undefined
          : () =>
              promotedTo(
                first.text,
                first.line,
                { paragraphs: rest, dateline: rest[0] && findDateline(rest[0].text, lang)?.place },
                rest.slice(0, 2).map((p) => p.text),
              ),
    };
  }
  // A heading the text opens with would have been taken as the title (unless the editor gave one).
  const first = markdown.blocks[0];
  if (first?.type !== 'paragraph' || first.text === '') return undefined;
  const body = edition.body ?? markdown.body;
  return {
    text: first.text,
    following: textsAfterFirst(markdown.blocks),
    promoted: () =>
      promotedTo(
        first.text,
        first.line,
        { body: withoutBlock(body, first) },
        markdown.blocks.filter((b) => b !== first && b.type === 'paragraph').map((b) => b.text),
      ),
  };
}

/** What cleaning took out above a version's reading text, its headline among it, in the source's order. */
const takenAbove = (edition: Edition) => {
  const first = edition.paragraphs[0]?.line ?? Number.POSITIVE_INFINITY;
  return edition.removed.filter((r) => r.line < first).sort((a, b) => a.line - b.line);
};

/**
 * Whether the headline `withHeadline` took stands where the other version's source had a line that
 * cleaning took out, the two printing as many lines above their texts: the same page in two
 * languages, whose furniture the one version's tables knew and the other's did not. A headline the
 * other version lacks adds a line to its own version's top and is not in place of anything.
 */
function inPlaceOfFurniture(withHeadline: Edition, other: Edition): boolean {
  // The other version took no headline, so every line it took above its text is the page's.
  const above = takenAbove(withHeadline);
  return above.some((r) => r.reason === 'headline') && above.length === takenAbove(other).length;
}

/**
 * Makes the title decisions of the two versions of a translation pair agree when their opening
 * lines translate each other; returns the versions (changed or not) and what was done.
 */
export function agreeTitles(
  ar: PairVersion,
  en: PairVersion,
): { ar: Edition; en: Edition; change?: 'both-titles' | 'neither-title' | 'unshared-line' } {
  const versions: Record<Lang, PairVersion> = { ar, en };
  const unchanged = { ar: ar.edition, en: en.edition };
  const took = (lang: Lang) => headlineOf(versions[lang].edition) !== undefined;
  if (took('ar') === took('en')) return unchanged;
  const yes: Lang = took('ar') ? 'ar' : 'en';
  const no: Lang = yes === 'ar' ? 'en' : 'ar';
  // A title the editor gave the version that kept its opening line: theirs, not the pair's.
  if (versions[no].given) return unchanged;
  const headline = tookOpening(versions[yes]);
  const kept = keptOpening(versions[no]);
  if (!headline || !kept) return unchanged;
  const first = { [yes]: headline.text, [no]: kept.text } as Record<Lang, string>;
  const following = { [yes]: headline.following, [no]: kept.following } as Record<Lang, string[]>;
  const translated = firstLinesTranslate(yes, first, following);
  // A headline in the place of the other version's furniture is this page's furniture, unless it
  // translates the other's first line whole.
  if (
    translated !== 'whole' &&
    headline.unshared &&
    !versions[yes].given &&
    inPlaceOfFurniture(versions[yes].edition, versions[no].edition)
  )
    return { ...unchanged, [yes]: headline.unshared(), change: 'unshared-line' };
  if (!translated) return unchanged;

  // A first line that is all of its version's text is not made its title: nothing would be left to read.
  const shortLine =
    [...kept.text].length <= PAIRED_HEADLINE_MAX &&
    splitSentences(kept.text, no).length === 1 &&
    kept.following.length > 0;
  if (translated === 'whole' && shortLine) {
    // Both titles: the other version's first line is its headline too; unless that version refused
    // it as the page's own line, and then each keeps its decision.
    return kept.promoted ? { ...unchanged, [no]: kept.promoted(), change: 'both-titles' } : unchanged;
  }
  // Neither: the line the one version took as its headline is a line of the text, as in the other.
  if (versions[yes].given) return unchanged;
  return { ...unchanged, [yes]: headline.demoted(), change: 'neither-title' };
}
