/**
 * The address segment of a browse page: `/en/tags/<slug>/`. A slug is the name written the way an
 * address can carry it: lowercase, accents and Arabic vowel marks dropped, every run of anything
 * but letters and digits one hyphen. Arabic letters are kept as they are (hamza and madda
 * included), neither folded nor transliterated: a
 * transliteration would be a second spelling no reader wrote and two names could fall together
 * (the same letters without vowels); the browser shows them as written and sends them
 * percent-encoded (`/ar/tags/%D8%B3%D9%88%D8%B1%D9%8A%D8%A7/`), which every host and crawler handles.
 */

/** At most this many characters: a long name stays readable in an address, and within a file name's limits. */
export const MAX_SLUG_LENGTH = 60;

/** The slug of `name`; empty when it has no letter or digit (the caller picks another). */
export function slugify(name: string): string {
  const words = name
    // Composed first: an Arabic letter with hamza or madda (أ ئ ؤ آ) is one letter, kept as written
    // (a folded هيية is a spelling no reader wrote); presentation forms become their letters.
    .normalize('NFKC')
    // Latin accents are dropped (é → e) by decomposing everything but Arabic letters.
    .replace(/[^\p{Script=Arabic}]+/gu, (run) => run.normalize('NFD'))
    // Combining marks: Latin accents and Arabic harakat; tatweel is only stretching.
    .replace(/[\p{M}\u0640]/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if ([...next].length > MAX_SLUG_LENGTH) return slug || [...word].slice(0, MAX_SLUG_LENGTH).join('');
    slug = next;
  }
  return slug;
}

/**
 * A distinct slug for each of `names`, given in a stable order (the same names always get the same
 * slugs, whatever else is in the archive, unless two of them would share one): a name's own slug
 * (`taken` slugs, such as glossary ids, first), then `-2`, `-3`… for the second and later names
 * with the same slug. `fallback` is used for a name with no letter or digit.
 */
export function uniqueSlugs(
  names: readonly { key: string; name: string; preferred?: string }[],
  fallback: string,
): Map<string, string> {
  const slugs = new Map<string, string>();
  const used = new Set<string>();
  // Names whose slug is given (a glossary entry's id) claim it before any other name can.
  const ordered = [...names].sort(
    (a, b) =>
      (a.preferred === undefined ? 1 : 0) - (b.preferred === undefined ? 1 : 0) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  for (const { key, name, preferred } of ordered) {
    const base = preferred ?? (slugify(name) || fallback);
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    slugs.set(key, slug);
  }
  return slugs;
}
