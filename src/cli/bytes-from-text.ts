// A file's bytes made again from its decoded text when asked for, instead of held beside the text (issue #18).
import { Buffer } from 'node:buffer';
import { declaresPlan } from '../source/declared-plan.js';
import type { ReadSource } from './load.js';

/**
 * The bytes last made from a text, kept until bytes of another text are asked for. One slot per edit session: `set`
 * asks for its file's bytes four times (the check before the lock, the splice, the check before and after the rename);
 * each made them anew, 4 × 10 ms and 3 MB of garbage on a 3 MB file of 20,000 milestones (issue #18). One slot keeps
 * at most one file's bytes beyond what the session held before, however many files an edit touches.
 */
export interface BytesSlot {
  source?: ReadSource;
  bytes?: Buffer;
}

/**
 * `source` with its bytes made again from its text whenever they are asked for (through `slot`), when the text gives
 * them back exactly (valid UTF-8, with its byte order mark if it had one: UTF-8 is one-to-one, and the lengths are
 * checked); any other file as it is. The session then holds the texts only, not a second copy of every file (35 MB of
 * a 94-file programme, through the analysis and the writes; issue #18: peak RSS of set and snapshot).
 */
export function withBytesFromText(source: ReadSource, slot: BytesSlot): ReadSource {
  const { decoded, text } = source;
  if (decoded.encoding !== 'UTF-8' || decoded.problem !== undefined) return source;
  const bom = decoded.hasBom ? 3 : 0;
  if (Buffer.byteLength(text, 'utf8') + bom !== source.bytes.length) return source;
  const remade: ReadSource = {
    file: source.file, text, decoded, encodingProblem: source.encodingProblem,
    get bytes(): Uint8Array {
      // The bytes are never changed by their readers (checks, a splice that copies, a write), so one copy serves all.
      if (slot.source !== remade || slot.bytes === undefined) {
        slot.bytes = undefined;
        slot.bytes = encodeUtf8(text, decoded.hasBom);
        slot.source = remade;
      }
      return slot.bytes;
    },
  };
  return remade;
}

/**
 * An edit session's files (withBytesFromText through `slot`), but for the first whose plan header declares the plan
 * `keptPlan` (source/declared-plan.ts), which keeps the bytes it was read with. `set` passes the plan of the
 * milestone it edits: that file's bytes are what the session compares the file on disk with, under the lock and before
 * the rename, and what the edited lines are spliced into; made again from the text, they were a second encoding of
 * the whole file, 12 ms of a 3 MB file of 20,000 milestones, and 5 ms more to measure the text (issue #18). Held
 * instead, they are that one file's bytes more through the session. A file that does not declare the plan where
 * declaredPlanId looks (set's milestone is then in no file, or a file is wrong) only costs that time again.
 */
export function withBytesKeptFor(sources: readonly ReadSource[], slot: BytesSlot, keptPlan: string | undefined): ReadSource[] {
  // The plan still looked for: none once its file is found.
  let looking = keptPlan;
  return sources.map((s) => {
    if (looking !== undefined && declaresPlan(s.text, looking)) {
      looking = undefined;
      return s;
    }
    return withBytesFromText(s, slot);
  });
}

/** `text` as UTF-8, after a byte order mark when `withBom`. */
export function encodeUtf8(text: string, withBom: boolean): Buffer {
  if (!withBom) return Buffer.from(text, 'utf8');
  const bytes = Buffer.allocUnsafe(3 + Buffer.byteLength(text, 'utf8'));
  bytes[0] = 0xef;
  bytes[1] = 0xbb;
  bytes[2] = 0xbf;
  bytes.write(text, 3, 'utf8');
  return bytes;
}
