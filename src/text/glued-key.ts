// A key glued to its value by a colon without a space after it (`date:2019-09-02`, `after:[A]`, `{id:C}`): one plain
// text to YAML, which then reads neither the key nor the value (tester round 79 F2). Both the yaml-syntax finding (a
// block line the parser refuses) and the schema's findings (`id:C` in a flow mapping, `title:Fase 2` before
// `: Innføring`, a plan header `plan: id:p`) say so.
import { shortenQuoted } from './shorten.js';
import { onFirstUse } from './on-first-use.js';

/**
 * A key: plain, of letters (any script, with their marks), digits, `_`, `.`, `-` and emoji (`x-😀`: tester round 81
 * F4), starting with a letter, `_` or an emoji; or quoted (`"after"`).
 */
const KEY = String.raw`"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|[\p{L}_\p{Extended_Pictographic}](?:[\p{L}\p{N}_.\p{Extended_Pictographic}-]|\p{M}|\u200d)*`;

/** `<key>:<value>`: a key, a colon, and a value that starts with no blank. */
const glued = onFirstUse(() => new RegExp(String.raw`^(${KEY}):(\S.*)$`, 'u'));

/**
 * A key and its colon after a blank (`date:2019-09-02 after:[B]`, `status:green forecast: 2026-03-04`): a second pair
 * on the line or folded into it (tester round 83 F7: a spaced second pair was offered as part of the first's value).
 */
const secondPair = onFirstUse(() => new RegExp(String.raw`\s(?:${KEY}):(?:\s|$|\S)`, 'u'));

/**
 * A glued `<key>:<value>` split (the key as written, quotes kept), or undefined when `text` is none, or holds a second
 * glued pair after a blank (two on one line, or `- id:A` and `lag:2d` folded into one text): a space after the first
 * colon would make the rest part of its value (tester round 81 F4).
 */
export function splitGluedKey(text: string): { key: string; value: string } | undefined {
  const m = glued().exec(text);
  return m === null || secondPair().test(m[2]!) ? undefined : { key: m[1]!, value: m[2]! };
}

/** A key as plan files write theirs (`status`, `status_date`, `x-kilde`): lower-case ASCII, digits, `_` and `-`. */
const PLAN_KEY = /^[a-z][a-z0-9_-]*$/;

/** One `<key>:<value>`, glued or spaced, with no blank in its value: a pair of a line of several. */
const PAIR = /^([a-z][a-z0-9_-]*):([ \t]*)(\S+)$/;

/**
 * The pairs of a line of two or more `<key>:<value>` separated by blanks, at least one of them glued
 * (`date:2026-03-02 forecast:2026-03-04`, `status:green forecast: 2026-03-04`), each key written as plan files
 * write keys and each once, each value without a blank; undefined for any other text. A space after each colon would
 * still leave one line of one mapping value: each pair goes on a line of its own (tester round 81 F4). A word with a
 * colon in a title (`title:Møte KR:vedtak`) is no key (round 83 F7: it was split off as one), nor is a key written
 * twice (the pairs would repeat it).
 */
export function splitGluedPairs(text: string): { key: string; value: string }[] | undefined {
  const tokens = text.trim().split(/[ \t]+/);
  const pairs: { key: string; value: string }[] = [];
  let glued = false;
  for (let i = 0; i < tokens.length; i++) {
    // A spaced pair is two tokens: `forecast:` and its value.
    const token = tokens[i]!.endsWith(':') && i + 1 < tokens.length && !tokens[i + 1]!.includes(':') ? `${tokens[i]} ${tokens[++i]}` : tokens[i]!;
    const m = PAIR.exec(token);
    if (m === null || !PLAN_KEY.test(m[1]!) || pairs.some((p) => p.key === m[1])) return undefined;
    if (m[2] === '') glued = true;
    pairs.push({ key: m[1]!, value: m[3]! });
  }
  return pairs.length >= 2 && glued ? pairs : undefined;
}

/** A whole quoted scalar (`"Fase: 2"`, `'x: y'`), kept as written. */
const QUOTED = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')$/;

/** The characters a plain scalar may not start with (YAML 1.2 §7.3.3's indicators), and a blank. */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`\s]/;

/**
 * The value as it can stand after `key: `: as written when it is a whole quoted scalar, a flow collection (`[A]`,
 * `{a: b}`: what is inside is YAML's to read) or a plain text YAML reads as written; a colon typed twice (`date::x`)
 * dropped; else double-quoted (it starts with an indicator, holds ': ' or ' #', or ends with ':'). `changed` says that
 * the value is not the text as written: a space after the colon alone would not give the line (tester round 80 F2, F3:
 * `title: @team` does not read, `title:&x` lost its text), so the language server's quick fix is left out.
 */
export function valueAfterColon(value: string, inFlow = false): { shown: string; changed: boolean } {
  const kept = { shown: shortenQuoted(value), changed: false };
  if (QUOTED.test(value) || (!inFlow && (/^\[.*\]$/.test(value) || /^\{.*\}$/.test(value)))) return kept;
  if (/^:+\S/.test(value)) return { ...valueAfterColon(value.replace(/^:+/, ''), inFlow), changed: true };
  // Inside braces `,[]{}` end or open a node (tester round 81 F6: `{id: p,q}` split the id).
  const isPlain = !INDICATOR.test(value) && !value.includes(': ') && !value.includes(' #') && !value.endsWith(':') && !(inFlow && /[,[\]{}]/.test(value));
  return isPlain ? kept : { shown: doubleQuotedShort(value), changed: true };
}

/** `value`, shortened for a message (shortenQuoted), in YAML's double quotes: `"` and `\` escaped. */
export function doubleQuotedShort(value: string): string {
  return `"${shortenQuoted(value).replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** The pair as it should be written, `key: value` (valueAfterColon), and whether its value is not the text as written. */
export function spacedPair(key: string, value: string): { line: string; changed: boolean } {
  const { shown, changed } = valueAfterColon(value);
  return { line: `${key}: ${shown}`, changed };
}
