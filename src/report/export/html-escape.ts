// Plan text for HTML and SVG: one line, control characters shown escaped, markup characters as entities.
import { flattenText } from '../safe-text.js';
import { wholeEscapes } from '../../text/whole-escapes.js';

const ENTITIES: ReadonlyMap<string, string> = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&#39;'],
]);

/** Escapes `& < > " '`: safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES.get(ch) ?? ch);
}


/** Plan text for HTML: flattened, then escaped. */
export function escapePlanText(text: string): string {
  return escapeHtml(flattenText(text));
}

/** Characters (UTF-16 units) from which a word is long: wider than the milestone table's title column at 800 px. */
const LONG_WORD = 25;
/** A run of that many characters or more between spaces (flattenText has made every line break and tab one). */
const LONG_RUN = new RegExp(`[^ ]{${LONG_WORD},}`, 'g');

/**
 * Plan text for a table cell or a heading: escapePlanText, with each word of LONG_WORD characters or more in a
 * `<span class="long">`, which the stylesheet lets break anywhere. A long unbroken word (a URL) widened the milestone
 * table past an 800 px window and pushed the date columns out of view (a tester's finding). Only such words may
 * break: `overflow-wrap: anywhere` on the whole cell let the browser make the title column narrower than its longest
 * ordinary word, and the shipped plans' titles took more lines.
 */
export function wrappablePlanText(text: string): string {
  const flat = flattenText(text);
  if (flat.length < LONG_WORD) return escapeHtml(flat);
  let out = '';
  let from = 0;
  for (const match of flat.matchAll(LONG_RUN)) {
    out += `${escapeHtml(flat.slice(from, match.index))}<span class="long">${escapeHtml(match[0])}</span>`;
    from = match.index + match[0].length;
  }
  return out + escapeHtml(flat.slice(from));
}

/** Cuts text to `max` characters (code points) with an ellipsis; for SVG labels, whose width the page cannot measure. */
function clipText(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('').trimEnd()}…`;
}

/**
 * Plan text for an SVG label of at most `max` characters: flattened and its control characters escaped first, then cut
 * with an ellipsis (never inside an escape), then made safe for HTML. Cut before escaping, a title with `\x1b` in it
 * grew past the label's room and was clipped by the column without its ellipsis (a tester's finding).
 */
export function clipPlanText(text: string, max: number): string {
  const flat = flattenText(text);
  const clipped = clipText(flat, max);
  if (clipped === flat) return escapeHtml(flat);
  // clipText keeps max − 1 code points before its ellipsis: moved back to the start of an escape it would split.
  const kept = clipped.length - 1;
  return escapeHtml(`${flat.slice(0, wholeEscapes(flat, kept)).trimEnd()}…`);
}
