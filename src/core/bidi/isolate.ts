/**
 * Bidi isolation for plain strings, where markup cannot go: `<title>`, attribute values such as `alt`,
 * `aria-label` or `content`, and any other text that is shown without HTML.
 */
import type { Dir } from './runs.ts';

/** The isolate initiators of UAX #9: LRI, RLI and FSI ("first strong", i.e. direction auto). */
const INITIATOR: Record<Dir | 'auto', string> = { ltr: '\u2066', rtl: '\u2067', auto: '\u2068' };
/** POP DIRECTIONAL ISOLATE, which closes the innermost open isolate. */
const PDI = '\u2069';

/**
 * `text` between an isolate initiator for `dir` (LRI, RLI, or FSI for `auto`) and a PDI, so that it
 * neither takes nor gives direction to what surrounds it. Isolates inside `text` are balanced first:
 * unclosed ones are closed before the final PDI, and a PDI with no initiator of its own is dropped,
 * since it would otherwise close this isolate early. Only invisible controls are added or dropped.
 */
export function isolate(text: string, dir: Dir | 'auto' = 'auto'): string {
  if (text === '') return '';
  if (!/[\u2066-\u2069]/.test(text)) return INITIATOR[dir] + text + PDI;
  let open = 0;
  let body = '';
  for (const ch of text) {
    if (ch === PDI) {
      if (open === 0) continue;
      open--;
    } else if (ch >= '\u2066' && ch <= '\u2068') {
      open++;
    }
    body += ch;
  }
  return INITIATOR[dir] + body + PDI.repeat(open) + PDI;
}
