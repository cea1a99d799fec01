/**
 * Direction in mixed Arabic–English text: where a stretch runs against its paragraph's direction
 * (`findDirectionalRuns`), and its isolation in every form Hamish shows text in — syntax trees
 * (rehype-bidi applies these runs), hast built from strings and pieces of text (`bidiHast`,
 * `bidiSegments`, `isolatePieces`), and plain strings where no markup can go (`isolate`). Pure
 * functions; nothing here knows about Astro or the DOM.
 */
export { findDirectionalRuns, firstStrongDirection, type Dir, type DirectionalRun, type RunKind } from './runs.ts';
export { bidiHast, bidiSegments, isolatePieces, type BidiSegment, type IsolatedPieces } from './segments.ts';
export { isolate } from './isolate.ts';
