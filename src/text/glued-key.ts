// A key glued to its value by a colon without a space after it (`date:2019-09-02`, `{id:C}`): one plain text to YAML,
// which then reads neither the key nor the value (tester round 79 F2). Both the yaml-syntax finding (a block line the
// parser refuses) and the schema's unknown key (`id:C` in a flow mapping, or `title:Fase 2` before `: Innføring`) say so.
import { shortenQuoted } from './shorten.js';

/** `<key>:<value>`: a key of the schema's form (or an `x-` key), a colon, and a value that starts with no blank. */
const GLUED = /^([A-Za-z_][\w.-]*):([^\s:#,[\]{}].*)$/;

/** A glued `<key>:<value>` split, or undefined when `text` is none. */
export function splitGluedKey(text: string): { key: string; value: string } | undefined {
  const m = GLUED.exec(text);
  return m === null ? undefined : { key: m[1]!, value: m[2]! };
}

/**
 * The pair as it should be written: `key: value`, the value double-quoted when it holds ': ' (which would start a
 * mapping inside it); `quoted` says so (the language server's quick fix then has more to do than add a space).
 */
export function spacedPair(key: string, value: string): { line: string; quoted: boolean } {
  const quoted = value.includes(': ');
  const shown = shortenQuoted(value);
  return { line: `${key}: ${quoted ? `"${shown.replace(/[\\"]/g, (c) => `\\${c}`)}"` : shown}`, quoted };
}
