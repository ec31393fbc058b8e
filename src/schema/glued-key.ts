// An unknown key that is a known key glued to its value (`{id:C}`, `title:Fase 2: Innføring`): the hint to put a space
// after the colon, not "did you mean id", whose quick fix renamed the key and lost the value (tester round 79 F2).
import { msg, type Message } from '../messages/index.js';
import { spacedPair, splitGluedKey } from '../text/glued-key.js';

/**
 * The hint for the unknown key `extra` whose value is `value`, when it is an allowed key (or an `x-` key) glued to its
 * value by a colon: `id:C` with no value (a flow mapping's `{id:C}`) becomes `id: C`, `title:Fase 2` with the value
 * `Innføring` becomes `title: "Fase 2: Innføring"`. Undefined for any other key or value.
 */
export function gluedKeyHint(extra: string, value: unknown, allowed: readonly string[]): Message | undefined {
  const glued = splitGluedKey(extra);
  if (glued === undefined || !(allowed.includes(glued.key) || glued.key.startsWith('x-'))) return undefined;
  if (value !== null && typeof value !== 'string') return undefined;
  return msg('yaml-syntax.colon-without-space.hint', spacedPair(glued.key, value === null ? glued.value : `${glued.value}: ${value}`));
}
