/** The shape of a set of furniture templates: for each language, phrasings of each kind. */
import { FURNITURE_KINDS, type FurnitureKind } from '../../src/core/ingest/furniture-labels.ts';
import type { Lang } from '../../src/core/types.ts';

/** The kinds the evaluation writes templates for (navigation and paywall lines are not in it). */
export type EvalKind = Exclude<FurnitureKind, 'navigation' | 'paywall'>;
export const EVAL_KINDS = FURNITURE_KINDS.filter(
  (kind): kind is EvalKind => kind !== 'navigation' && kind !== 'paywall',
);

export type Templates = Record<Lang, Record<EvalKind, string[]>>;
