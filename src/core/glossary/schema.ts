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

const termBlock = z.strictObject({
  term: text('term'),
  aliases: z.array(text('alias'), { error: 'aliases must be a list' }).default([]),
  note: text('note').optional(),
});

/** One entry as written in the YAML file. */
export const entrySchema = z.strictObject({
  id: text('id').regex(ID, {
    error: 'id must be lowercase letters, digits and single hyphens (it is part of a URL), e.g. emmanuel-macron',
  }),
  kind: z.enum(ENTRY_KINDS, { error: `kind must be one of ${ENTRY_KINDS.join(', ')}` }),
  en: termBlock.optional(),
  ar: termBlock.optional(),
  wikidata: text('wikidata').regex(WIKIDATA, { error: 'wikidata must be an item id such as Q3052772' }).optional(),
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

export type EntryInput = z.input<typeof entrySchema>;
export type EntryOutput = z.output<typeof entrySchema>;
