// Escapes control, line-separator and bidi characters so plan text can never drive a terminal.

/**
 * True for code points that must not reach a terminal or an XML file as they are:
 * C0 controls (tab and line feed included), DEL and C1 controls, the Unicode line and
 * paragraph separators, bidi marks, embeddings, overrides and isolates ("Trojan Source"),
 * lone surrogates and the non-characters U+FFFE/U+FFFF (illegal in XML 1.0).
 */
export function isUnsafeCodePoint(cp: number): boolean {
  return (
    cp < 0x20 ||
    (cp >= 0x7f && cp <= 0x9f) ||
    cp === 0x061c ||
    cp === 0x200e ||
    cp === 0x200f ||
    (cp >= 0x2028 && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    (cp >= 0xd800 && cp <= 0xdfff) ||
    cp === 0xfffe ||
    cp === 0xffff
  );
}

const NAMED: ReadonlyMap<number, string> = new Map([
  [0x09, '\\t'],
  [0x0a, '\\n'],
  [0x0d, '\\r'],
]);

/**
 * The one way text output writes an unsafe code point: `\t`, `\n`, `\r` by name, else `\xNN` up to U+00FF, `\uNNNN`
 * up to U+FFFF and `\u{NNNNN}` past it (`\x07`, `\x85`, `\u202e`, `\u{e0100}`: four digits and a fifth would read as
 * U+E010 and "0"). Messages quoting a value (text/quote.ts) and invisible characters in names (text/invisible.ts) use
 * it too, so one line never mixes `\u0007` with `\x85`.
 */
export function escapeCodePoint(cp: number): string {
  const named = NAMED.get(cp);
  if (named !== undefined) return named;
  if (cp > 0xffff) return `\\u{${cp.toString(16)}}`;
  return cp <= 0xff ? `\\x${cp.toString(16).padStart(2, '0')}` : `\\u${cp.toString(16).padStart(4, '0')}`;
}

// Every UTF-16 unit that is an unsafe code point, or a surrogate (a pair is safe, a lone one is not): text without one
// has nothing unsafe. One-byte text (ASCII, Latin-1) has none of them above \xff.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_UNIT = /[\0-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]/;

/**
 * Whether `text` holds a code point isUnsafeCodePoint accepts. A regular expression (without the `u` flag, which
 * made it ~1 µs per title with a dash in it) rules out nearly all text at about 14 instructions a character, where a
 * loop over charCodeAt cost about 50 on the concatenated strings messages are (issue #18: validate's text at 100,000
 * milestones); text it matches is walked by UTF-16 unit: a surrogate pair is skipped whole (only a lone surrogate is unsafe).
 */
export function hasUnsafe(text: string): boolean {
  if (!UNSAFE_UNIT.test(text)) return false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x20 && unit < 0x7f) continue;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return true;
    }
    if (isUnsafeCodePoint(unit)) return true;
  }
  return false;
}

/**
 * Shows unsafe characters (see {@link isUnsafeCodePoint}) as escapes: `\x1b`, `\r`, `\n`,
 * `\t`, `\u202e`. Everything else, non-ASCII letters included, is kept. Backslashes are not
 * doubled: the output is for people reading a report, not for parsing back.
 */
export function escapeControl(text: string): string {
  if (!hasUnsafe(text)) return text;
  let out = '';
  // for…of walks code points, so a lone surrogate arrives on its own and a pair stays whole.
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    out += isUnsafeCodePoint(cp) ? escapeCodePoint(cp) : ch;
  }
  return out;
}

/**
 * Plan text on one line, for a report's cell, label or heading: each line break or tab, with the spaces around it,
 * becomes one space; any other unsafe character is shown escaped (escapeControl). A title written on two lines (a CSV
 * cell with Alt+Enter, a YAML block scalar) reads as one line of words, as in the HTML and Mermaid exports, not as
 * `Leverandørdialog\nfullført` (tester round 22 F8); a soft hyphen is left out. Other text comes back as it is.
 */
export function flattenText(text: string): string {
  // A soft hyphen (U+00AD, common in titles pasted from a word processor) only shows where a line breaks, which a
  // one-line cell never does; a terminal draws it as a hyphen a column wide where string-width counts none, and rows
  // ran past the width (tester round 24 F9). It is left out.
  const shown = text.includes('\u00ad') ? text.replace(/\u00ad/g, '') : text;
  if (!hasUnsafe(shown)) return shown;
  return escapeControl(shown.replace(/\s*(\r\n|[\r\n\t\u2028\u2029\u0085])\s*/g, ' '));
}

// Characters JSON.stringify leaves raw although a terminal would act on them.
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufffe\uffff]/g;

/**
 * JSON with 2-space indentation and a trailing newline, where every character a terminal
 * would act on is written as a `\uXXXX` escape: parsing gives back exactly the same data.
 */
export function stringifySafeJson(value: unknown): string {
  return `${escapeJsonUnsafe(JSON.stringify(value, null, 2))}\n`;
}

/** JSON text with every character a terminal would act on written as a `\\uXXXX` escape (they only occur inside strings). */
export function escapeJsonUnsafe(json: string): string {
  return json.replace(JSON_UNSAFE, (ch) => `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}

/** A line start (after whitespace and colour codes) followed by `::`, tried where a line holding `::` starts. */
// eslint-disable-next-line no-control-regex -- colour codes (ESC [ … m) before the `::` are skipped like whitespace
const WORKFLOW_COMMAND_AT = /([ \t\f\v]*(?:\x1b\[[0-9;]*m[ \t]*)*)::/y;
/** What ends a line for `^` in a multiline regular expression. */
const LINE_END = /[\n\r\u2028\u2029]/g;

/**
 * Whether a line starting at `at` of `text` would be read as a GitHub workflow command (whitespace and colour codes,
 * then `::`): what guardWorkflowCommands escapes, for a writer that would rather place its line breaks elsewhere.
 */
export function startsWorkflowCommand(text: string, at: number): boolean {
  WORKFLOW_COMMAND_AT.lastIndex = at;
  return WORKFLOW_COMMAND_AT.test(text);
}

/**
 * Escapes every line that would start a GitHub workflow command (`::error::…`, `::stop-commands::…`,
 * leading whitespace and colour codes ignored, as the runner ignores whitespace) by putting a zero-width
 * space (U+200B) before the `::`. It takes no column, so tables and charts keep their layout, and the
 * runner no longer sees a command (SPEC §15). Applied by cli/ to every text written to stdout and
 * stderr, except validate's `--format github`, which writes commands on purpose.
 *
 * Only the lines holding `::` are tried, each once from its start: a multiline `^…::` tried at every line start of a
 * 90 MB export json whose titles hold `::` cost 160 ms (issue #18).
 */
export function guardWorkflowCommands(text: string): string {
  let hit = text.indexOf('::');
  if (hit < 0) return text;
  let out = '';
  let written = 0;
  let isChanged = false;
  while (hit >= 0) {
    const start = lineStart(text, hit);
    WORKFLOW_COMMAND_AT.lastIndex = start;
    const match = WORKFLOW_COMMAND_AT.exec(text);
    if (match !== null) {
      const at = start + match[1]!.length;
      out += `${text.slice(written, at)}\u200b`;
      written = at;
      isChanged = true;
    }
    LINE_END.lastIndex = hit;
    if (!LINE_END.test(text)) break;
    hit = text.indexOf('::', LINE_END.lastIndex);
  }
  return isChanged ? `${out}${text.slice(written)}` : text;
}

/** Where the line holding unit `at` starts. */
function lineStart(text: string, at: number): number {
  let i = at;
  for (; i > 0; i--) {
    const c = text.charCodeAt(i - 1);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) break;
  }
  return i;
}
