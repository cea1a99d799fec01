/** The shape of a set of furniture templates: for each language, phrasings of each kind. */
import { FURNITURE_KINDS, type FurnitureKind } from '../../src/core/ingest/furniture-labels.ts';
import type { Lang } from '../../src/core/types.ts';

/** The kinds the evaluation writes templates for (navigation and paywall lines are not in it). */
export type EvalKind = Exclude<FurnitureKind, 'navigation' | 'paywall'>;
export const EVAL_KINDS = FURNITURE_KINDS.filter(
  (kind): kind is EvalKind => kind !== 'navigation' && kind !== 'paywall',
);

export type Templates = Record<Lang, Record<EvalKind, string[]>>;

/** The lists placeholders are filled from ({name}, {source}, {credit}, {s1}, {t1}, {place}, {rel}). */
export type PoolName = 'name' | 'source' | 'credit' | 'section' | 'tag' | 'place' | 'rel';

/**
 * A set that brings its own names, outlets and places (so that none of them was seen in tuning),
 * and lines of prose that look like furniture, put in the articles, which must all stay.
 */
export interface TemplateSet {
  templates: Templates;
  pools?: Record<Lang, Record<PoolName, string[]>>;
  lookalikes?: Record<Lang, string[]>;
}
