/**
 * Ingest: from the files of `content/documents/` (as bytes) to clean editions, with every problem
 * of every file reported at once as diagnostics. Pure: the caller reads the files.
 */
import type {
  Diagnostic,
  Edition,
  Lang,
  Paragraph,
  Relation,
  Removal,
  SourceDocument,
  SourceFile,
  SourceMeta,
  Tag,
} from '../types.ts';
import { LANG_NAME, otherLang } from '../types.ts';
import { clean } from './clean.ts';
import { decodeSource } from './decode.ts';
import { checkLang } from './detect-lang.ts';
import { sortDiagnostics } from './diagnostics.ts';
import { parseDocumentPath } from './files.ts';
import { splitFrontMatter } from './frontmatter.ts';
import { isBodyNameLine, isMarkedPageLine, isOffStoryLine, openingKeys } from './non-prose.ts';
import { DEFAULT_RULES, isHeadlineAfterFlag, matchFurniture, type CleaningRules } from './furniture.ts';
import { mergeRecovered, metadataFrom } from './metadata.ts';
import { checkIntegrity } from './integrity.ts';
import { readMarkdown, withoutBlock, type MarkdownFacts } from './markdown.ts';
import { splitParagraphs } from './paragraphs.ts';
import {
  datelineSource,
  deriveTitle,
  excerptOf,
  findDateline,
  fromOpening,
  headlineCandidate,
  openingIndex,
  sameTitle,
} from './provenance.ts';
import { parseSidecar, type Sidecar } from './sidecar.ts';
import { isFlaggedHeadline, looksLikeName } from './default-furniture.ts';
import { endsOnName, isTwoWordHeadline, looseCaption, mayBeButton, mayBeCredit } from './title-shapes.ts';
import { agreeTitles, type PairVersion } from './pair-titles.ts';
import {
  learnRepeatedLines,
  repeatedLine,
  sourceLines,
  type LearnedLines,
  type SourceLines,
} from './repeated-lines.ts';

export {
  countOf,
  formatDiagnostic,
  hasErrors,
  reportDiagnostics,
  shownFolder,
  sortDiagnostics,
  type DiagnosticReport,
} from './diagnostics.ts';
export { parseCleaningRules, DEFAULT_RULES, type CleaningRules, type PatternSpec } from './furniture.ts';
export { FURNITURE_KINDS, LABELS, type FurnitureKind } from './furniture-labels.ts';
export { furnitureMetadata, metadataFrom, type FurnitureMetadata } from './metadata.ts';
export { headlineCandidate, type HeadlineCandidate } from './provenance.ts';
export { checkIntegrity } from './integrity.ts';
export { MAX_SOURCE_BYTES } from './decode.ts';
export { splitParagraphs } from './paragraphs.ts';

export {
  learnRepeatedLines,
  learnedSignature,
  repeatCount,
  type LearnedLines,
  type SourceLines,
} from './repeated-lines.ts';

export interface IngestOptions {
  /** Furniture patterns; the built-in list when absent. */
  cleaning?: CleaningRules;
  /**
   * The lines the whole archive repeats (`learnRepeatedLines` over `repeatedSourceLines` of every
   * file), when `files` are only part of it; learned from `files` themselves when absent.
   */
  learned?: LearnedLines;
}

/** Whether `rules` learn furniture from the archive (`learn: true`, with the built-in list). */
export const learnsRepeats = (rules: CleaningRules): boolean =>
  rules.repeated === true && rules.patterns.some((p) => p.origin === 'built-in');

/** What each `.txt` source of `documents` contributes to learning the archive's repeated lines. */
function documentLines(documents: readonly SourceDocument[]): SourceLines[] {
  return documents
    .filter((d) => d.format === 'txt')
    .map((d) =>
      sourceLines(
        splitParagraphs(d.body, d.bodyLine).map((p) => p.text),
        d.lang,
      ),
    );
}

/** What the `.txt` sources among `files` contribute to learning the archive's repeated lines. */
export function repeatedSourceLines(files: readonly SourceFile[]): SourceLines[] {
  return documentLines(
    files.flatMap((file) => {
      if (parseDocumentPath(file.path).kind !== 'source') return [];
      const { document } = readSource(file);
      return document ? [document] : [];
    }),
  );
}

export interface IngestResult {
  /** One edition per language version of each document, by slug then language. */
  editions: Edition[];
  /** Every problem and remark about every file, by file and line. */
  diagnostics: Diagnostic[];
}

/** Words of a page's button: "Email this story", "Share article". A headline says more. */
const BUTTON_WORDS = 3;

/**
 * Whether `line` sits right under furniture cleaning took from the top of the page and is only a
 * few words: a button the page prints between its furniture and the article ("Email this
 * story"), which no table names. It stays in the text, but it is not the title: the title is then
 * made from the opening sentence.
 */
function isButtonUnderFurniture(
  line: Paragraph,
  lang: Lang,
  source: readonly Paragraph[],
  removed: readonly Removal[],
): boolean {
  // A flag and a clause is a headline, however short ("BREAKING: Macron resigns").
  if (isFlaggedHeadline(line.text, lang) || isTwoWordHeadline(line.text, lang)) return false;
  if (line.text.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length > BUTTON_WORDS) return false;
  // A short headline has no word of a button's ("Letter from Kyiv", "بيروت بعد عام").
  if (!mayBeButton(line.text, lang)) return false;
  return besideFurniture(line, source, removed, [-1]);
}

/** Whether the source line `offsets` away from `line` (-1 above, 1 below) was taken out as furniture. */
function besideFurniture(
  line: Paragraph,
  source: readonly Paragraph[],
  removed: readonly Removal[],
  offsets: readonly number[] = [-1, 1],
): boolean {
  const at = source.indexOf(line);
  return offsets.some((offset) => {
    const next = at === -1 ? undefined : source[at + offset]?.line;
    return next !== undefined && removed.some((r) => r.reason === 'furniture' && r.line === next);
  });
}

/**
 * A caption and the credit after its full stop ("Medics load supplies onto a truck. Photo courtesy
 * of MSF"): a line whose last sentence is a credit of the picture, the writer or the source.
 */
function creditAfterCaption(text: string, lang: Lang, rules: CleaningRules): boolean {
  const sentences = text.trim().split(/(?<=[.!?؟])\s+/u);
  if (sentences.length < 2) return false;
  const kind = matchFurniture(sentences.at(-1) ?? '', lang, rules)?.pattern.kind;
  return kind === 'caption' || kind === 'byline' || kind === 'source';
}

/**
 * A place and a name across a dash ("Sanaa — Jane Doe", "Aleppo — Mada Masr"): where and who filed
 * the story, when it stands beside the page's furniture. Elsewhere it may be a headline ("Gaza — A
 * Year On"), so the shape alone does not decide.
 */
function isPlaceAndName(line: Paragraph, lang: Lang): boolean {
  const parts = line.text.trim().split(/\s[-–—]\s/u);
  return (
    parts.length === 2 &&
    parts[0].split(/\s+/u).length <= 3 &&
    looksLikeName(parts[0], lang, 3) &&
    looksLikeName(parts[1], lang, 4)
  );
}

/**
 * Decodes a source, splits off its front matter and settles its language. `document` is absent
 * when the file cannot be used (an error says why).
 */
export function readSource(file: SourceFile): {
  document?: SourceDocument;
  markdown?: MarkdownFacts;
  diagnostics: Diagnostic[];
} {
  const parsed = parseDocumentPath(file.path);
  if (parsed.kind !== 'source') {
    return {
      diagnostics: [
        parsed.kind === 'other'
          ? parsed.diagnostic
          : { severity: 'error', file: file.path, message: 'not a source file' },
      ],
    };
  }
  const path = parsed.path;
  const decoded = decodeSource(path, file.bytes);
  const diagnostics = [...decoded.diagnostics];
  if (!decoded.decoded) return { diagnostics };
  const front = splitFrontMatter(decoded.decoded.text, path);
  diagnostics.push(...front.diagnostics);
  if (front.body.trim() === '') {
    diagnostics.push({
      severity: 'error',
      file: path,
      line: front.bodyLine,
      message: 'there is no text after the front matter',
    });
    return { diagnostics };
  }
  if (parsed.lang && front.meta.lang && parsed.lang !== front.meta.lang) {
    diagnostics.push({
      severity: 'error',
      file: path,
      message: `the front matter says lang: ${front.meta.lang} but the file name says .${parsed.lang}; make them agree`,
    });
  }
  const markdown = parsed.format === 'txt' ? undefined : readMarkdown(front.body, parsed.format, path, front.bodyLine);
  if (markdown) diagnostics.push(...markdown.diagnostics);
  const lang = checkLang(markdown?.prose ?? front.body, path, parsed.lang ?? front.meta.lang);
  diagnostics.push(...lang.diagnostics);
  if (!lang.lang) return { diagnostics };
  return {
    document: {
      file: path,
      slug: parsed.slug,
      lang: lang.lang,
      format: parsed.format,
      encoding: decoded.decoded.encoding,
      meta: front.meta,
      body: front.body,
      bodyLine: front.bodyLine,
    },
    markdown,
    diagnostics,
  };
}

/** Keeps only the defined fields of `value`, so optional fields are absent rather than undefined. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const META_FIELDS = ['title', 'date', 'updated', 'source', 'url', 'author'] as const;

/**
 * The metadata of one version: the sidecar's shared fields, overridden by its fields for the
 * version, overridden by the source's own front matter. A disagreement is worth a warning. Tags
 * add up instead: a document filed under a topic in the sidecar stays filed there.
 */
function mergeMeta(
  document: SourceDocument,
  sidecar: Sidecar | undefined,
): { meta: SourceMeta; diagnostics: Diagnostic[] } {
  const fromSidecar: SourceMeta = {
    ...defined(sidecar?.shared ?? {}),
    ...defined(sidecar?.versions[document.lang] ?? {}),
  };
  const diagnostics: Diagnostic[] = [];
  for (const field of META_FIELDS) {
    const a = fromSidecar[field];
    const b = document.meta[field];
    if (a !== undefined && b !== undefined && a !== b && sidecar) {
      diagnostics.push({
        severity: 'warning',
        file: document.file,
        message: `${field} is “${b}” in the front matter but “${a}” in ${sidecar.file}; the front matter wins`,
      });
    }
  }
  const tags = [sidecar?.shared.tags, sidecar?.versions[document.lang]?.tags, document.meta.tags].flatMap(
    (list) => list ?? [],
  );
  const meta: SourceMeta = { ...fromSidecar, ...defined(document.meta) };
  if (tags.length > 0) meta.tags = uniqueTags(tags);
  return { meta, diagnostics };
}

/** `tags` without the ones written twice the same way (two names of one topic are told apart later). */
function uniqueTags(tags: readonly Tag[]): Tag[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const key = JSON.stringify(typeof tag === 'string' ? tag : [tag.en, tag.ar]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Builds the edition of one document; undefined when nothing is left to read. */
function buildEdition(
  document: SourceDocument,
  meta: SourceMeta,
  relation: Relation | undefined,
  rules: CleaningRules,
  markdown: MarkdownFacts | undefined,
  learned: LearnedLines | undefined,
  sidecarFile?: string,
): { edition?: Edition; diagnostics: Diagnostic[]; candidateLine?: number } {
  const diagnostics: Diagnostic[] = [];
  const base = {
    slug: document.slug,
    lang: document.lang,
    format: document.format,
    sourceFile: document.file,
    encoding: document.encoding,
  };
  if (document.format !== 'txt') {
    const facts = markdown ?? readMarkdown(document.body, document.format, document.file, document.bodyLine);
    // The heading the text opens with is its title, moved out of the body as a txt headline is
    // (unless the editor gave a title of other words, which leaves the heading in the text).
    const heading =
      facts.heading && (meta.title === undefined || sameTitle(meta.title, facts.heading.text))
        ? facts.heading
        : undefined;
    const derived =
      meta.title === undefined && !heading && facts.firstParagraph
        ? deriveTitle(facts.firstParagraph, document.lang)
        : undefined;
    const title = meta.title ?? heading?.text ?? derived ?? document.slug;
    const body = heading ? withoutBlock(document.body, heading) : document.body;
    const edition: Edition = defined({
      ...base,
      title,
      titleDerived: derived !== undefined,
      excerpt: facts.firstParagraph ? excerptOf([facts.firstParagraph], document.lang, derived) : undefined,
      date: meta.date,
      // An update is news only after the date the page shows.
      updated:
        meta.updated !== undefined && (meta.date === undefined || meta.updated > meta.date) ? meta.updated : undefined,
      author: meta.author,
      tags: meta.tags,
      source: meta.source,
      url: meta.url,
      relation,
      paragraphs: [],
      body,
      bodyLine: document.bodyLine,
      removed: heading ? [{ reason: 'headline' as const, text: heading.text, line: heading.line }] : [],
    });
    return { edition, diagnostics };
  }

  const source: Paragraph[] = splitParagraphs(document.body, document.bodyLine);
  const repeated = learned ? source.map((p) => repeatedLine(p.text, document.lang, learned)) : [];
  const cleaned = clean(source, document.lang, rules, repeated);
  for (const note of cleaned.notes) {
    diagnostics.push({ severity: 'notice', file: document.file, line: note.line, column: 1, message: note.message });
  }
  // The headline candidate is the first line that is neither furniture nor a dateline. When it is
  // a headline, it is the title, moved out of the text (the editor's note says so). A title the
  // editor gave replaces it only when it is the same words; a different one leaves it in the text.
  const storyOpening = openingKeys(
    cleaned.paragraphs.map((p) => p.text),
    document.lang,
  );
  const candidate = headlineCandidate(cleaned.paragraphs, document.lang, (p) =>
    isHeadlineAfterFlag(p.text, document.lang, rules)
      ? false
      : matchFurniture(p.text, document.lang, rules) !== undefined ||
        creditAfterCaption(p.text, document.lang, rules) ||
        ((isPlaceAndName(p, document.lang) ||
          mayBeCredit(p.text, document.lang) ||
          looseCaption(p.text, document.lang) ||
          isBodyNameLine(p.text, document.lang)) &&
          besideFurniture(p, source, cleaned.removed)) ||
        // A headline may end on a name too, under a breadcrumb or above a byline; a credit stands
        // among the page's furniture, with it on both sides.
        (endsOnName(p.text, document.lang) &&
          besideFurniture(p, source, cleaned.removed, [-1]) &&
          besideFurniture(p, source, cleaned.removed, [1])) ||
        // A line marked as the page's that the line model also takes for one (a share prompt
        // with its pictograph) is never the title.
        isMarkedPageLine(p.text, document.lang) ||
        // A line that shares no word with the story and that the model takes for the page's.
        isOffStoryLine(p.text, document.lang, storyOpening),
  );
  // A button under the page's furniture is refused as its own line, whatever a translation says.
  const button =
    candidate !== undefined && isButtonUnderFurniture(candidate.paragraph, document.lang, source, cleaned.removed);
  const headline =
    candidate?.headline && !button && (meta.title === undefined || sameTitle(meta.title, candidate.paragraph.text))
      ? candidate.paragraph
      : undefined;
  const paragraphs = headline ? cleaned.paragraphs.filter((p) => p !== headline) : cleaned.paragraphs;
  const removed = headline
    ? [...cleaned.removed, { reason: 'headline' as const, text: headline.text, line: headline.line }].sort(
        (a, b) => a.line - b.line,
      )
    : cleaned.removed;
  if (!paragraphs[0]) {
    diagnostics.push({
      severity: 'error',
      file: document.file,
      message: 'nothing is left to read: every line was taken out as page furniture or repetition',
    });
    return { diagnostics };
  }
  // The opening a title is made from, and the dateline and excerpt are read from: the candidate
  // (never a furniture line the cleaning kept), or the line after the headline.
  const start = headline ? (candidate?.index ?? 0) : openingIndex(paragraphs, Math.max(candidate?.index ?? 0, 0));
  const opening = paragraphs[Math.min(start, paragraphs.length - 1)];
  const fromFurniture = metadataFrom(cleaned.furniture, document.lang);
  // A dateline that opens the text ("CAIRO (Reuters) - …") names the source when no furniture did.
  const wire = datelineSource(opening.text, document.lang);
  if (fromFurniture.metadata.source === undefined && wire !== undefined) {
    fromFurniture.metadata.source = wire;
    fromFurniture.lines.source = opening.line;
    fromFurniture.from = { ...fromFurniture.from, source: 'a dateline' };
  }
  const recovered = mergeRecovered(meta, fromFurniture, document.file, (field) =>
    document.meta[field] !== undefined ? 'the front matter' : (sidecarFile ?? 'the sidecar'),
  );
  diagnostics.push(...recovered.diagnostics);
  const found = recovered.merged;
  const given = meta.title ?? headline?.text;
  const { title, excerpt } =
    given === undefined
      ? fromOpening(paragraphs, start, document.lang)
      : {
          title: given,
          excerpt: excerptOf(
            paragraphs.slice(start, start + 2).map((p) => p.text),
            document.lang,
          ),
        };
  const edition: Edition = defined({
    ...base,
    title,
    titleDerived: given === undefined,
    excerpt,
    date: found.date,
    updated: found.updated,
    time: found.time,
    author: found.author,
    tags: found.tags,
    dateline: found.dateline ?? findDateline(opening.text, document.lang)?.place,
    source: found.source,
    url: meta.url,
    imageCredit: found.imageCredit,
    relation,
    paragraphs,
    removed,
  });
  diagnostics.push(...checkIntegrity(edition, source));
  return { edition, diagnostics, candidateLine: button ? undefined : candidate?.paragraph.line };
}

/** One title decision for the two versions of a translation pair (`agreeTitles`); the editions as decided. */
function pairTitles(versions: PairVersion[]): Edition[] {
  const ar = versions.find((v) => v.edition.lang === 'ar');
  const en = versions.find((v) => v.edition.lang === 'en');
  if (!ar || !en) return versions.map((v) => v.edition);
  const agreed = agreeTitles(ar, en);
  return [defined(agreed.ar), defined(agreed.en)];
}

/**
 * Ingests the files of a content folder (paths relative to it, e.g. `documents/x.ar.txt`).
 * Never throws for a content problem: every problem of every file is in `diagnostics`. An edition
 * is built for every source whose text could be read and placed (a bad metadata field does not stop
 * it), so that a preview can show as much as possible while the errors stop the build.
 */
export function ingest(files: readonly SourceFile[], options: IngestOptions = {}): IngestResult {
  const rules = options.cleaning ?? DEFAULT_RULES;
  const diagnostics: Diagnostic[] = [];
  const documents: SourceDocument[] = [];
  const markdown = new Map<SourceDocument, MarkdownFacts>();
  const sidecars = new Map<string, Sidecar>();
  /** Slugs with at least one source file, readable or not. */
  const named = new Set<string>();

  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const parsed = parseDocumentPath(file.path);
    if (parsed.kind === 'other') {
      diagnostics.push(parsed.diagnostic);
    } else if (parsed.kind === 'sidecar') {
      const decoded = decodeSource(parsed.path, file.bytes);
      diagnostics.push(...decoded.diagnostics);
      if (!decoded.decoded) continue;
      const sidecar = parseSidecar(decoded.decoded.text, parsed.path);
      diagnostics.push(...sidecar.diagnostics);
      sidecars.set(parsed.slug, sidecar.sidecar);
    } else {
      named.add(parsed.slug);
      const read = readSource(file);
      diagnostics.push(...read.diagnostics);
      if (read.document) documents.push(read.document);
      if (read.document && read.markdown) markdown.set(read.document, read.markdown);
    }
  }

  const learned = !learnsRepeats(rules) ? undefined : (options.learned ?? learnRepeatedLines(documentLines(documents)));

  // One source per slug and language.
  const bySlug = new Map<string, Map<Lang, SourceDocument[]>>();
  for (const document of documents) {
    const langs = bySlug.get(document.slug) ?? new Map<Lang, SourceDocument[]>();
    langs.set(document.lang, [...(langs.get(document.lang) ?? []), document]);
    bySlug.set(document.slug, langs);
  }

  const editions: Edition[] = [];
  for (const slug of [...new Set([...bySlug.keys(), ...sidecars.keys()])].sort()) {
    const langs = bySlug.get(slug) ?? new Map<Lang, SourceDocument[]>();
    const sidecar = sidecars.get(slug);
    const versions: SourceDocument[] = [];
    for (const [lang, list] of langs) {
      if (list.length === 1) {
        versions.push(list[0]);
        continue;
      }
      for (const document of list) {
        const others = list.filter((d) => d !== document).map((d) => d.file);
        diagnostics.push({
          severity: 'error',
          file: document.file,
          message: `two sources for the ${LANG_NAME[lang]} version of “${slug}”: ${document.file} and ${others.join(', ')}; keep one (or tag the other language)`,
        });
      }
    }

    if (sidecar && !named.has(slug)) {
      diagnostics.push({
        severity: 'warning',
        file: sidecar.file,
        message: `no source for “${slug}” (documents/${slug}.ar.txt or documents/${slug}.en.txt); the sidecar is unused`,
      });
      continue;
    }
    if (sidecar && langs.size === 0) continue;
    if (sidecar) {
      for (const lang of Object.keys(sidecar.versions) as Lang[]) {
        if (!langs.has(lang)) {
          diagnostics.push({
            severity: 'warning',
            file: sidecar.file,
            message: `fields for the ${LANG_NAME[lang]} version, but “${slug}” has no ${LANG_NAME[lang]} source`,
          });
        }
      }
    }

    // The relation: the sidecar's and the front matters' must agree.
    const given = [
      ...(sidecar?.relation ? [{ relation: sidecar.relation, file: sidecar.file }] : []),
      ...versions.filter((d) => d.meta.relation).map((d) => ({ relation: d.meta.relation as Relation, file: d.file })),
    ];
    const relations = [...new Set(given.map((g) => g.relation))];
    if (relations.length > 1) {
      diagnostics.push({
        severity: 'error',
        file: given[0].file,
        message: `the versions of “${slug}” disagree on their relation: ${given.map((g) => `${g.relation} in ${g.file}`).join(', ')}`,
      });
    }
    const relation = relations.length === 1 ? relations[0] : undefined;
    if (relation && langs.size === 1) {
      const [only] = [...langs.keys()];
      const missing = otherLang(only);
      diagnostics.push({
        severity: 'warning',
        file: given[0].file,
        message: `relation: ${relation} is given, but “${slug}” has no ${LANG_NAME[missing]} version (documents/${slug}.${missing}.txt)`,
      });
    }

    const built: PairVersion[] = [];
    for (const document of versions.sort((a, b) => (a.lang < b.lang ? -1 : 1))) {
      const merged = mergeMeta(document, sidecar);
      diagnostics.push(...merged.diagnostics);
      const facts = markdown.get(document);
      const {
        edition,
        diagnostics: found,
        candidateLine,
      } = buildEdition(document, merged.meta, relation, rules, facts, learned, sidecar?.file);
      diagnostics.push(...found);
      if (!edition) continue;
      if (sidecar?.align && relation === 'translation') edition.alignOverrides = sidecar.align;
      built.push({
        edition,
        given: merged.meta.title !== undefined,
        markdown: facts && { body: document.body, blocks: facts.blocks },
        candidateLine,
      });
    }
    editions.push(...(relation === 'translation' ? pairTitles(built) : built.map((v) => v.edition)));
  }
  return { editions, diagnostics: sortDiagnostics(diagnostics) };
}
