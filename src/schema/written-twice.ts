// An unknown key beside the key it stands for (`milepæler:` beside `milestones:`, `title2:` beside `title:`): the
// hint to remove it holds unless it holds entries of its own, which removing it would lose.
import { msg, type Message } from '../messages/index.js';

/**
 * The hint for the unknown key `key` of the mapping `holder`, which stands for `other`, written in it too
 * (`norwegian`: `key` is the Norwegian name of `other`, else a near spelling): `remove`, the hint to remove it (the
 * language server's quick fix removes it), unless both are lists, or both mappings, and its value has entries that
 * `other`'s has not as they are: then to move those entries under `other` first, with no quick fix ("Remove
 * milepæler" deleted a milestone written only under `milepæler:` beside `milestones:`: tester round 94 F2). A text or
 * number beside another is the user's to choose between; the fix that removes it says what it removes.
 */
export function writtenTwiceHint(key: string, other: string, holder: Readonly<Record<string, unknown>>, norwegian: boolean, remove: Message): Message {
  const value = holder[key];
  const kept = holder[other];
  const alike = value !== null && typeof value === 'object' && kept !== null && typeof kept === 'object' && Array.isArray(value) === Array.isArray(kept);
  if (!alike || Object.keys(value).length === 0 || JSON.stringify(value) === JSON.stringify(kept)) return remove;
  return msg('schema.written-twice.move.hint', { key, other, norwegian });
}
