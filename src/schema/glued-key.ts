// An unknown key that is a known key glued to its value (`{id:C}`, `title:Fase 2: Innføring`), or a mapping of one
// glued line (`plan: id:p`): the hint to put a space after the colon, not "did you mean id", whose quick fix renamed
// the key and lost the value (tester round 79 F2).
import { msg, type Message } from '../messages/index.js';
import { spacedPair, splitGluedKey, splitGluedPairs, valueAfterColon } from '../text/glued-key.js';
import { unquote } from '../text/quoted-scalar.js';
import { QUOTED_MAX } from '../text/shorten.js';

/**
 * The hint for the unknown key `extra` whose value is `value`, when it is an allowed key (or an `x-` key) glued to its
 * value by a colon: `id:C` with no value (a flow mapping's `{id:C}`) becomes `id: C`, `title:Fase 2` with the value
 * `Innføring` becomes `title: "Fase 2: Innføring"`. Undefined for any other key or value.
 */
export function gluedKeyHint(extra: string, value: unknown, allowed: readonly string[], isWritten: (key: string) => boolean = () => false): Message | undefined {
  // `{lag:2d id:A}`: pairs without a comma in braces, one key without a value (tester round 90 F2: "did you mean lag").
  const flowPairs = value === null ? writablePairs(extra, allowed, isWritten) : undefined;
  if (flowPairs !== undefined) {
    const values = flowPairs.map((p) => valueAfterColon(p.value, true));
    return msg('yaml-syntax.colon-without-space.flow-pairs.hint', { pairs: flowPairs.map((p, i) => `${p.key}: ${values[i]!.shown}`), changed: values.some((v) => v.changed) });
  }
  const glued = splitGluedKey(extra);
  if (glued === undefined || !isTaken(unquote(glued.key), allowed)) return undefined;
  if (value !== null && typeof value !== 'string') return undefined;
  // `status:green forecast: 2026-03-04`: two pairs, the second spaced, read as the key `status:green forecast` (tester
  // round 83 F7: offered as one status, `status: "green forecast: 2026-03-04"`); each on a line of its own.
  const pairs = value === null ? undefined : writablePairs(`${extra}: ${value}`, allowed, isWritten);
  if (pairs !== undefined) {
    return msg('yaml-syntax.colon-without-space.pairs.hint', { lines: pairs.map((p) => spacedPair(p.key, p.value).line) });
  }
  // The mapping has the key already (`{date: x, date:y}`): a space would repeat it (tester round 81 F3).
  if (isWritten(unquote(glued.key))) return msg('yaml-syntax.colon-without-space.taken.hint', { key: unquote(glued.key) });
  return msg('yaml-syntax.colon-without-space.hint', spacedPair(glued.key, value === null ? glued.value : `${glued.value}: ${value}`));
}

/**
 * The hint for a text where a mapping goes that is one of its keys glued to a value (`plan: id:p`, or `id:p` alone on
 * the line below `plan:`): the mapping in braces, `{id: p}`, which reads on the key's line and below it alike (a space
 * alone made `plan: id: p`, which YAML does not read: tester round 80 F1). Undefined for anything else, a text with
 * blanks in it too (`id:p title:P`, two pairs or none).
 */
export function gluedMappingHint(text: string, allowed: readonly string[]): Message | undefined {
  const glued = /\s/.test(text) ? undefined : splitGluedKey(text);
  if (glued === undefined || !isTaken(unquote(glued.key), allowed)) return undefined;
  const { shown, changed } = valueAfterColon(glued.value, true);
  // A value shortened for the message is not the one to write: the quick fix writes the mapping as shown.
  return msg('schema.glued-mapping.hint', { mapping: `{${glued.key}: ${shown}}`, changed: changed || glued.value.length > QUOTED_MAX });
}

/**
 * The keys that following gluedKeyHint's hint for the unknown key `extra` (its value `value`, in a mapping taking
 * `allowed`) would write: the glued key (`id` for `{id:MP5}`), each key of a line of glued pairs (`id`, `title` for
 * `- id:Q title: T`), or none when the hint is another (`- id:Q: 1` gets "did you mean id").
 */
export function keysHintGives(extra: string, value: unknown, allowed: readonly string[], isWritten: (key: string) => boolean = () => false): string[] {
  const hint = gluedKeyHint(extra, value, allowed, isWritten);
  if (hint?.id === 'yaml-syntax.colon-without-space.pairs.hint') return splitGluedPairs(`${extra}: ${String(value)}`)?.map((p) => p.key) ?? [];
  if (hint?.id === 'yaml-syntax.colon-without-space.flow-pairs.hint') return splitGluedPairs(extra)?.map((p) => p.key) ?? [];
  const glued = hint?.id === 'yaml-syntax.colon-without-space.hint' ? splitGluedKey(extra) : undefined;
  return glued === undefined ? [] : [unquote(glued.key)];
}

/**
 * The pairs of `text`, two or more `<key>:<value>` apart by blanks, one glued at least (splitGluedPairs: a flow
 * mapping's key `lag:2d id:A`, or a block line's `id:Q title: T`), when each is an allowed key not written in the
 * mapping; else undefined.
 */
function writablePairs(text: string, allowed: readonly string[], isWritten: (key: string) => boolean): { key: string; value: string }[] | undefined {
  const pairs = splitGluedPairs(text);
  return pairs !== undefined && pairs.every((p) => isTaken(p.key, allowed) && !isWritten(p.key)) ? pairs : undefined;
}

function isTaken(key: string, allowed: readonly string[]): boolean {
  return allowed.includes(key) || key.startsWith('x-');
}

/**
 * The id a text of the `id` key glued to its value is meant to give (`id:MP5` → MP5, `id:"MP5"` → MP5), or of glued
 * pairs with an `id` (`lag:2d id:A` → A): what the colon hint's fix makes an `after` entry name (listed-offer.ts checks
 * it against its list). Null for any other text.
 */
export function gluedId(text: string): string | null {
  const glued = splitGluedKey(text);
  if (glued === undefined) return splitGluedPairs(text)?.find((p) => p.key === 'id')?.value ?? null;
  return unquote(glued.key) !== 'id' ? null : unquote(glued.value.trim());
}
