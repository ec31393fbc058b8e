// A key glued to its value by a colon without a space after it (`date:2019-09-02`, `after:[A]`, `{id:C}`): one plain
// text to YAML, which then reads neither the key nor the value (tester round 79 F2). Both the yaml-syntax finding (a
// block line the parser refuses) and the schema's findings (`id:C` in a flow mapping, `title:Fase 2` before
// `: Innføring`, a plan header `plan: id:p`) say so.
import { shortenQuoted } from './shorten.js';

/**
 * `<key>:<value>`: a plain key of letters (any script), digits, `_`, `.` and `-`, or a quoted one (`"after":[A]`), a
 * colon, and a value that starts with no blank.
 */
const GLUED = /^("(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|[\p{L}_][\p{L}\p{N}_.-]*):(\S.*)$/u;

/** A glued `<key>:<value>` split (the key as written, quotes kept), or undefined when `text` is none. */
export function splitGluedKey(text: string): { key: string; value: string } | undefined {
  const m = GLUED.exec(text);
  return m === null ? undefined : { key: m[1]!, value: m[2]! };
}

/** The key's name: a quoted key without its quotes (`"after"` is after). */
export function keyName(key: string): string {
  if (key.startsWith('"')) return key.slice(1, -1).replace(/\\(.)/g, '$1');
  return key.startsWith("'") ? key.slice(1, -1).replace(/''/g, "'") : key;
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
export function valueAfterColon(value: string): { shown: string; changed: boolean } {
  const kept = { shown: shortenQuoted(value), changed: false };
  if (QUOTED.test(value) || /^\[.*\]$/.test(value) || /^\{.*\}$/.test(value)) return kept;
  if (/^:+\S/.test(value)) return { ...valueAfterColon(value.replace(/^:+/, '')), changed: true };
  const isPlain = !INDICATOR.test(value) && !value.includes(': ') && !value.includes(' #') && !value.endsWith(':');
  return isPlain ? kept : { shown: `"${shortenQuoted(value).replace(/[\\"]/g, (c) => `\\${c}`)}"`, changed: true };
}

/** The pair as it should be written, `key: value` (valueAfterColon), and whether its value is not the text as written. */
export function spacedPair(key: string, value: string): { line: string; changed: boolean } {
  const { shown, changed } = valueAfterColon(value);
  return { line: `${key}: ${shown}`, changed };
}
