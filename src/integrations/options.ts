/**
 * The publisher's options: everything a site sets about itself, given to the integration in
 * `astro.config.mjs` (`hamish({ … })`) and checked here once, at startup. The schema is the one
 * place they are defined: the types, the defaults and the documentation (`docs/configuration.md`
 * lists the `.describe()` texts) all come from it. Nothing here knows about Astro.
 */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import type { Lang } from '../core/types.ts';
import { LANGS } from '../core/types.ts';
import { perLang } from '../core/lang.ts';
import ar from '../i18n/ar.json' with { type: 'json' };
import en from '../i18n/en.json' with { type: 'json' };
import { PLURAL_FORMS } from '../i18n/index.ts';
import { COMPONENT_NAMES, COMPONENTS, type ComponentName } from './components.ts';

/** A value given once per language; either may be left out. */
const perLangSchema = <T extends z.ZodType>(value: T) =>
  z.object({ en: value.optional(), ar: value.optional() }).strict();

/** Where a link may point: a web address, an e-mail address, or a path on this site. */
const href = z
  .string()
  .refine(
    (value) => /^(https?:\/\/[^\s]+|mailto:[^\s]+|\/[^\s]*)$/.test(value),
    'expected a web address (https://…), a mailto: address or a path on this site starting with /',
  );

const link = z
  .object({
    label: z.string().min(1).describe('The link text.'),
    href: href.describe('Where it goes: https://…, mailto:… or a path on this site such as /en/about/.'),
  })
  .strict();

/** A file of the project, relative to its root (where astro.config.mjs is). */
const projectFile = z.string().min(1);

/** The image types a favicon may be, by extension: what browsers show in a tab, and the `type` its link names. */
export const FAVICON_TYPES: Readonly<Record<string, string>> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  webp: 'image/webp',
  gif: 'image/gif',
};

/** The extension of a file's path, lowercased (`icon.PNG?v=2` → `png`); '' without one. */
export const extensionOf = (path: string) => /\.(\w+)(?:[?#].*)?$/.exec(path)?.[1]?.toLowerCase() ?? '';

/** The keys a UI string override may have: the keys of `src/i18n/*.json` and their plural variants. */
const UI_KEYS = new Set([...Object.keys(en), ...Object.keys(ar)]);

/** True when `key` names a UI string: a known key, or a plural or exact-count variant of one. */
export function isUIKey(key: string): boolean {
  if (UI_KEYS.has(key)) return true;
  const variant = /^(.+)\.(?:=\d+|([a-z]+))$/.exec(key);
  if (!variant) return false;
  const [, stem, form] = variant;
  return UI_KEYS.has(stem) && (form === undefined || (PLURAL_FORMS as readonly string[]).includes(form));
}

const uiStrings = z.record(z.string(), z.string()).superRefine((strings, context) => {
  for (const key of Object.keys(strings)) {
    if (!isUIKey(key))
      context.addIssue({
        code: 'custom',
        path: [key],
        message: `no UI string is called "${key}" (the keys are those of src/i18n/en.json, and their plural forms such as "home.count.one")`,
      });
  }
});

/** The elements a `head` entry may be; `title` is Hamish's (the page's), and `meta charset` too. */
export const HEAD_TAGS = ['meta', 'link', 'script', 'style', 'base', 'noscript'] as const;
const VOID_TAGS = new Set(['meta', 'link', 'base']);

/** One tag of every page's <head>, as data: the publisher's config, never a document's. */
const headTag = z
  .object({
    tag: z.enum(HEAD_TAGS).describe('The element.'),
    attrs: z
      .record(
        z.string().regex(/^[A-Za-z_:][-\w:.]*$/, 'expected an attribute name (letters, digits, -, _, :, .)'),
        z.union([z.string(), z.boolean()]),
      )
      .default({})
      .describe('Its attributes; true writes a boolean attribute (async), false leaves it out.'),
    content: z.string().optional().describe('What it holds: a script’s or a style’s text, written as is.'),
  })
  .strict()
  .superRefine(({ tag, attrs, content }, context) => {
    if (content !== undefined && VOID_TAGS.has(tag))
      context.addIssue({ code: 'custom', path: ['content'], message: `a <${tag}> holds nothing: give it attrs only` });
    // Written as is, a closing tag inside would end the element there and the rest would be the page's.
    if (content !== undefined && new RegExp(`</${tag}`, 'i').test(content))
      context.addIssue({
        code: 'custom',
        path: ['content'],
        message: `the text of a <${tag}> cannot contain </${tag}`,
      });
    if (tag === 'meta' && 'charset' in attrs)
      context.addIssue({
        code: 'custom',
        path: ['attrs', 'charset'],
        message: 'every page is UTF-8 and says so first: a second charset is not allowed',
      });
  });

/** A tag of the `head` option. */
export type HeadTag = z.output<typeof headTag>;

/** A component of the publisher's: an .astro file of the project. */
const componentFile = projectFile.refine((path) => path.endsWith('.astro'), 'expected an .astro file');

/** The options of `hamish({ … })`. */
export const hamishOptions = z
  .object({
    contentDir: z
      .string()
      .optional()
      .describe('The content folder, relative to the project. Default: the CONTENT_DIR variable, or content/.'),
    name: perLangSchema(z.string().min(1))
      .optional()
      .describe('The site’s name in each language, shown in the header and every page title. Default: Hamish / هامش.'),
    tagline: perLangSchema(z.string().min(1))
      .optional()
      .describe('One line under the name on the home page, in its title, and its description for search engines.'),
    logo: z
      .object({
        src: projectFile.describe(
          'An image file (SVG, PNG, WebP…), relative to the project’s root (where astro.config.mjs is).',
        ),
        alt: perLangSchema(z.string())
          .optional()
          .describe('What the logo says, per language. Default: the site’s name, which then is not repeated.'),
        replacesName: z
          .boolean()
          .default(false)
          .describe('Show the logo instead of the name in the header (the name stays in its alt text).'),
      })
      .strict()
      .optional()
      .describe('A logo, shown in the header before the site’s name.'),
    favicon: projectFile
      .refine((path) => path === '' || Object.hasOwn(FAVICON_TYPES, extensionOf(path)), {
        error: `expected an image file ending in ${Object.keys(FAVICON_TYPES)
          .map((extension) => `.${extension}`)
          .join(', ')}`,
      })
      .optional()
      .describe(
        'The icon browsers show in tabs and bookmarks: an image file (SVG, PNG, ICO, WebP or GIF), relative to the project’s root. Default: Hamish’s own.',
      ),
    defaultLang: z
      .enum(LANGS)
      .default('en')
      .describe(
        'The language the bare address (/) shows. The other language’s home is /ar/ or /en/; both /en/ and /ar/ always exist.',
      ),
    footer: perLangSchema(
      z
        .object({
          text: z.string().optional().describe('A line of text, e.g. the publisher’s legal name or a licence.'),
          links: z.array(link).default([]).describe('Links, e.g. to a privacy policy on another site.'),
        })
        .strict(),
    )
      .optional()
      .describe('The footer of every page, per language. Pages of the content folder can be listed there too.'),
    social: z
      .array(
        z
          .object({
            label: z
              .union([z.string().min(1), perLangSchema(z.string().min(1))])
              .describe('The name, or one per language.'),
            href: z
              .url({ protocol: /^https?$/, error: 'expected a web address starting with https:// or http://' })
              .describe('The address of the publisher’s page there.'),
          })
          .strict(),
      )
      .default([])
      .describe(
        'The publisher’s other presences (Mastodon, YouTube, a newsletter…): linked in the footer with rel="me", and named as the publisher’s `sameAs` in structured data.',
      ),
    strings: perLangSchema(uiStrings)
      .optional()
      .describe(
        'Any UI string, per language, replacing Hamish’s own (src/i18n/en.json and ar.json list them). An unknown key is an error.',
      ),
    stylesheets: z
      .array(projectFile)
      .default([])
      .describe(
        'CSS files of the project, applied after Hamish’s own on every page. They are bundled as files, so the Content-Security-Policy holds.',
      ),
    image: z
      .string()
      .min(1)
      .optional()
      .describe(
        'The image shown when a page is shared (Open Graph, Twitter card): a file of the project or an https:// address. 1200×630 pixels suits most.',
      ),
    imageAlt: perLangSchema(z.string().min(1))
      .optional()
      .describe(
        'What the sharing image shows, per language, for readers who cannot see it (og:image:alt, twitter:image:alt). Default: the site’s name.',
      ),
    books: z
      .boolean()
      .default(true)
      .describe(
        'Make e-books (EPUB): one per document page, one of the whole archive and one per topic, linked from their pages. false: no books and no links to them.',
      ),
    browse: z
      .boolean()
      .default(true)
      .describe(
        'Make the browse pages: one per topic, source, author and year, and their indexes, linked from the home and document pages. false: none of them, nor the topics’ feeds and books.',
      ),
    head: z
      .array(headTag)
      .default([])
      .describe(
        'Tags added to every page’s <head> after Hamish’s own (analytics, a verification meta tag, preconnect): [{ tag, attrs?, content? }].',
      ),
    components: z
      .object(
        Object.fromEntries(
          COMPONENT_NAMES.map((name) => [name, componentFile.optional().describe(COMPONENTS[name].what)]),
        ) as Record<ComponentName, z.ZodOptional<typeof componentFile>>,
      )
      .strict()
      .default({})
      .describe(
        "Components of Hamish replaced by .astro files of the project: { SiteHeader: 'brand/Header.astro' }, paths relative to the project’s root.",
      ),
  })
  .strict();

/** What a publisher writes. */
export type HamishOptions = z.input<typeof hamishOptions>;
/** The options checked, with their defaults. */
export type ResolvedOptions = z.output<typeof hamishOptions>;

/** A link the pages show, its text in one language. */
export interface SiteLink {
  label: string;
  href: string;
}

/**
 * The publisher's options as the pages use them (part of `virtual:hamish/config`): plain JSON,
 * per language where a page needs one. Files (logo, favicon, image, stylesheets) reach the pages through
 * `virtual:hamish/assets`, which Vite bundles.
 */
export interface SiteOptions {
  /** Astro's `site`, when set: the public address every absolute URL starts with. */
  url?: string;
  defaultLang: Lang;
  logo?: { alt: Record<Lang, string | undefined>; replacesName: boolean };
  footer: Record<Lang, { text?: string; links: SiteLink[] }>;
  social: { label: Record<Lang, string>; href: string }[];
  /** An https:// image for sharing; a file's address comes from the assets module. */
  imageUrl?: string;
  /** The sharing image's alt text, where the options give one (else the pages use the site's name). */
  imageAlt: Record<Lang, string | undefined>;
  /** Whether the build makes e-books, which the pages then link. */
  books: boolean;
  /** Whether the build makes the browse pages (topics, sources, authors, years), which the pages then link. */
  browse: boolean;
  /** The publisher's tags for every page's <head>. */
  head: HeadTag[];
}

/** The files the options name, resolved (absolute paths). */
export interface SiteFiles {
  logo?: string;
  favicon?: string;
  image?: string;
  stylesheets: string[];
  /** The publisher's components, by the name of the one each replaces. */
  components: Partial<Record<ComponentName, string>>;
}

/** A wrong option: its path in `hamish({ … })`, what it got, what it accepts. */
export class OptionsError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(
      `${problems.length === 1 ? 'An option' : `${problems.length} options`} of hamish({ … }) in astro.config.mjs ${
        problems.length === 1 ? 'is' : 'are'
      } wrong:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
    this.name = 'OptionsError';
    this.problems = problems;
  }
}

/** `path` as a reader writes it: `footer.en.links[0].href`. */
function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((shown, key) => {
    if (typeof key === 'number') return `${shown}[${key}]`;
    // A UI string's key has dots of its own: `strings.ar["nav.home"]`.
    if (!/^[A-Za-z_$][\w$]*$/.test(String(key))) return `${shown}[${JSON.stringify(String(key))}]`;
    return shown ? `${shown}.${String(key)}` : String(key);
  }, '');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** The options checked, or an `OptionsError` naming every wrong one. */
export function parseOptions(input: unknown): ResolvedOptions {
  const result = hamishOptions.safeParse(input ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const where = pathOf(issue.path);
      if (where === 'components')
        return issue.keys
          .map(
            (key) =>
              `components.${key}: no component is called "${key}"; those that can be replaced are ${COMPONENT_NAMES.join(', ')} (see docs/configuration.md)`,
          )
          .join('\n  - ');
      return issue.keys
        .map((key) => `${where ? `${where}.` : ''}${key}: there is no such option (see docs/configuration.md)`)
        .join('\n  - ');
    }
    const at = pathOf(issue.path);
    // A wrong key of a record (an attribute's name) is named by its path: it is the key that is wrong.
    if (issue.code === 'invalid_key') return `${at}: ${issue.issues[0]?.message ?? issue.message}`;
    // A wrong UI string key is named by the key itself: the value is not what is wrong.
    const got =
      issue.code === 'custom' && at.startsWith('strings.') ? '' : `got ${shown(valueAt(input, issue.path))}; `;
    return `${at || '(the options)'}: ${got}${issue.message}`;
  });
  throw new OptionsError(problems);
}

/** Checks that the files the options name exist, and resolves them against the project's root. */
export function resolveFiles(options: ResolvedOptions, root: string): SiteFiles {
  const problems: string[] = [];
  const file = (path: string, option: string): string => {
    const absolute = isAbsolute(path) ? path : resolve(root, path);
    if (!existsSync(absolute) || !statSync(absolute).isFile())
      problems.push(`${option}: got ${JSON.stringify(path)}; no such file (${absolute})`);
    return absolute;
  };
  const files: SiteFiles = {
    logo: options.logo && file(options.logo.src, 'logo.src'),
    favicon: options.favicon && file(options.favicon, 'favicon'),
    image: options.image && !/^https?:\/\//.test(options.image) ? file(options.image, 'image') : undefined,
    stylesheets: options.stylesheets.map((sheet, i) => file(sheet, `stylesheets[${i}]`)),
    components: Object.fromEntries(
      Object.entries(options.components)
        .filter((entry): entry is [string, string] => entry[1] !== undefined)
        .map(([name, path]) => [name, file(path, `components.${name}`)]),
    ),
  };
  if (problems.length > 0) throw new OptionsError(problems);
  return files;
}

/** The UI strings the options replace, per language: `strings`, then `name` and `tagline` over them. */
export function stringOverrides(options: ResolvedOptions): Record<Lang, Record<string, string>> {
  const overrides = {} as Record<Lang, Record<string, string>>;
  for (const lang of LANGS) {
    overrides[lang] = { ...options.strings?.[lang] };
    const name = options.name?.[lang];
    const tagline = options.tagline?.[lang];
    if (name !== undefined) overrides[lang]['site.name'] = name;
    if (tagline !== undefined) overrides[lang]['site.tagline'] = tagline;
  }
  return overrides;
}

/** What the pages need of the options (see `SiteOptions`). */
export function siteOptions(options: ResolvedOptions, site: string | undefined): SiteOptions {
  return {
    url: site,
    defaultLang: options.defaultLang,
    logo: options.logo && {
      alt: perLang((lang) => options.logo?.alt?.[lang]),
      replacesName: options.logo.replacesName,
    },
    footer: perLang((lang) => ({
      text: options.footer?.[lang]?.text,
      links: options.footer?.[lang]?.links ?? [],
    })),
    social: options.social.map(({ label, href }) => ({
      label: perLang((lang) => (typeof label === 'string' ? label : (label[lang] ?? label.en ?? label.ar ?? href))),
      href,
    })),
    imageUrl: options.image && /^https?:\/\//.test(options.image) ? options.image : undefined,
    imageAlt: perLang((lang) => options.imageAlt?.[lang]),
    books: options.books,
    browse: options.browse,
    head: options.head,
  };
}
