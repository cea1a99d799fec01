/**
 * One title decision for a translation pair. Each version's headline is decided on its own
 * (`isHeadline`: a short line without a full stop above prose); but when the two first lines
 * translate each other (`firstLinesTranslate`), they are one headline and must be decided once:
 * both titles, or both the first sentence of the text. Otherwise one page shows its headline as the
 * title and the other as its first sentence, beside nothing in the aligned rows.
 */
import { firstLinesTranslate } from '../align/titles.ts';
import { splitSentences } from '../align/split.ts';
import type { Edition, Lang } from '../types.ts';
import { deriveTitle, excerptOf, findDateline, HEADLINE_MAX } from './provenance.ts';

/** A first line the other version made its title becomes one too when at most this long (a translation runs longer). */
const PAIRED_HEADLINE_MAX = Math.round(HEADLINE_MAX * 1.5);

/** The headline the version took out of its text as its title, if it did. */
const headlineOf = (edition: Edition) => edition.removed.find((r) => r.reason === 'headline');

/**
 * Makes the title decisions of `ar` and `en`, the `.txt` versions of a translation pair, agree when
 * their first lines translate each other; returns the versions (changed or not) and what was done.
 * A version whose title the editor gave is left as it is.
 */
export function agreeTitles(
  ar: Edition,
  en: Edition,
): { ar: Edition; en: Edition; change?: 'both-titles' | 'neither-title' } {
  const versions: Record<Lang, Edition> = { ar, en };
  const took = (lang: Lang) => headlineOf(versions[lang]) !== undefined;
  if (ar.format !== 'txt' || en.format !== 'txt' || took('ar') === took('en')) return { ar, en };
  const yes: Lang = took('ar') ? 'ar' : 'en';
  const no: Lang = yes === 'ar' ? 'en' : 'ar';
  const Y = versions[yes];
  const N = versions[no];
  const headline = headlineOf(Y)!;
  const [candidate, ...rest] = N.paragraphs;
  // The editor named one of the titles: their choice, not the pair's.
  if (!N.titleDerived || Y.title !== headline.text || !candidate || rest.length === 0) return { ar, en };
  const first = { [yes]: headline.text, [no]: candidate.text } as Record<Lang, string>;
  const following = { [yes]: Y.paragraphs.map((p) => p.text), [no]: rest.map((p) => p.text) } as Record<Lang, string[]>;
  if (!firstLinesTranslate(first, following)) return { ar, en };

  const shortLine =
    [...candidate.text].length <= PAIRED_HEADLINE_MAX && splitSentences(candidate.text, no).length === 1;
  if (shortLine) {
    // Both titles: the other version's first line is its headline too.
    const promoted: Edition = {
      ...N,
      title: candidate.text,
      titleDerived: false,
      paragraphs: rest,
      excerpt: excerptOf(
        rest.slice(0, 2).map((p) => p.text),
        no,
      ),
      dateline: findDateline(rest[0].text, no)?.place,
      removed: [...N.removed, { reason: 'headline' as const, text: candidate.text, line: candidate.line }].sort(
        (a, b) => a.line - b.line,
      ),
    };
    versions[no] = promoted;
    return { ...versions, change: 'both-titles' };
  }
  // Neither: the line the one version took as its headline is a sentence of the text, as in the other.
  const paragraphs = [{ text: headline.text, line: headline.line }, ...Y.paragraphs];
  const title = deriveTitle(headline.text, yes);
  const demoted: Edition = {
    ...Y,
    title,
    titleDerived: true,
    paragraphs,
    excerpt: excerptOf(
      paragraphs.slice(0, 2).map((p) => p.text),
      yes,
      title,
    ),
    dateline: findDateline(headline.text, yes)?.place,
    removed: Y.removed.filter((r) => r !== headline),
  };
  versions[yes] = demoted;
  return { ...versions, change: 'neither-title' };
}
