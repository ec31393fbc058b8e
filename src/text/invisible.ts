// Characters a reader cannot see, shown as escapes where a name must be told apart from its look-alike: a key written
// after a byte order mark (two files saved with BOMs and joined) or indented with a no-break space looks exactly like
// the key the schema allows, and "unknown key "milestones"" then makes no sense.
import { escapeCodePoint } from '../report/safe-text.js';

/**
 * Invisible and blank look-alike characters: U+00A0 no-break space, U+00AD soft hyphen, U+200B–U+200D zero-width
 * space and joiners, U+2060 word joiner, U+FEFF zero-width no-break space (a byte order mark). Other unsafe characters
 * (controls, bidi) are escaped by the report writers for every text (report/safe-text.ts).
 */
const INVISIBLE = /[\u00a0\u00ad\u200b-\u200d\u2060\ufeff]/g;

/**
 * `name` with every invisible character escaped as text output escapes control characters (`\xa0`, `\u200b`,
 * `\ufeff`: report/safe-text.ts's escapeCodePoint), so a key such as `\xa0own\x07er` reads in one style; unchanged
 * when it has none.
 */
export function showInvisible(name: string): string {
  return name.replace(INVISIBLE, (ch) => escapeCodePoint(ch.charCodeAt(0)));
}

/** Whether `text` holds an invisible character (see INVISIBLE). */
export function hasInvisible(text: string): boolean {
  return text.search(INVISIBLE) >= 0;
}

/** `text` without its invisible characters, a no-break space read as a space. */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, (ch) => (ch === '\u00a0' ? ' ' : ''));
}
