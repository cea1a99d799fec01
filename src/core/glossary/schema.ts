/**
 * The shape of one glossary entry, as zod checks it at the edge (see `parseGlossary`).
 */
import { z } from 'zod';
import { schemeOf, webAddress } from '../web-address.ts';
import { ENTRY_KINDS } from './types.ts';

/** URL-safe entry ids: `emmanuel-macron`, `apt28`. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A Wikidata item id. */
const WIKIDATA = /^Q[1-9][0-9]*$/;

const text = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `missing ${what}` : `${what} must be text`) })
    .trim()
    .min(1, { error: `${what} is empty` });

/** An entry in one language. */
export const termSchema = z.strictObject({
  /** The name or term as the entry page and the notes show it. */
  term: text('term'),
  /** Other spellings and short forms found in texts ("Le Pen", ماركون); matched like the term. */
  aliases: z.array(text('alias'), { error: 'aliases must be a list' }).default([]),
  /** A sentence or two a reader needs, in this language; plain text. */
  note: text('note').optional(),
});

/** One entry as written in the YAML file. */
export const entrySchema = z.strictObject({
  /** Stable, URL-safe (`/glossary/<id>/`): lowercase letters, digits and single hyphens. */
  id: text('id').regex(ID, {
    error: 'id must be lowercase letters, digits and single hyphens (it is part of a URL), e.g. emmanuel-macron',
  }),
  kind: z.enum(ENTRY_KINDS, { error: `kind must be one of ${ENTRY_KINDS.join(', ')}` }),
  en: termSchema.optional(),
  ar: termSchema.optional(),
  /** A Wikidata item id, e.g. `Q3052772`. */
  wikidata: text('wikidata').regex(WIKIDATA, { error: 'wikidata must be an item id such as Q3052772' }).optional(),
  /** Another page about the entry; always an `http:` or `https:` address. */
  link: text('link')
    .refine((value) => webAddress(value) !== undefined, {
      error: (issue) => {
        const scheme = typeof issue.input === 'string' ? schemeOf(issue.input) : undefined;
        return scheme
          ? `link must be an http: or https: address, not ${scheme}`
          : 'link must be a full http: or https: address';
      },
    })
    .optional(),
});
