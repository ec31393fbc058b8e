// The write side of an edit session (`set`, `snapshot`): each edited file's replacement bytes, the check that a file
// still holds the bytes it was read with, and a failed write told as one message. Used by edit-session.ts.
import type { EditText } from '../../edit/plan-set.js';
import { msg, type Message } from '../../messages/index.js';
import { escapeControl } from '../../report/safe-text.js';
import { sameBytes } from '../atomic-fs.js';
import type { FileReplacement } from '../atomic-prepare.js';
import { encodeUtf8 } from '../bytes-from-text.js';
import { describeFsError } from '../fs-error.js';
import type { Io } from '../io.js';
import type { ReadSource } from '../load.js';
import { spliceBytes } from '../splice-bytes.js';
import { UsageError } from '../usage-error.js';
import { spliceAllBytes } from './splice-all.js';

/**
 * The replacement of an edited file (one of `sources`, the files as read, by file), refused here when milepel cannot rewrite
 * it faithfully: a UsageError (`cli.edit.not-utf8`, `cli.edit.undecodable`) for a file not read as UTF-8 or not
 * decodable; a file not among `sources` is a bug and throws. Its new bytes are made when they are written (`bytes` is
 * a getter, read once by the write): made for every file before the first was written, they were all alive at once,
 * 100 MB of the rich 100,000-milestone workspace's snapshot (issue #18).
 */
export function toReplacement(sources: ReadonlyMap<string, ReadSource>, e: EditText): FileReplacement {
  const source = sources.get(e.file);
  if (source === undefined) throw new Error(`edited file ${e.file} was not read`);
  const { decoded } = source;
  const shown = escapeControl(e.file);
  // UTF-16 first: it reads well (its encoding finding says only that it is not UTF-8), it just is not rewritten.
  if (decoded.encoding !== 'UTF-8') throw new UsageError(msg('cli.edit.not-utf8', { file: shown, encoding: decoded.encoding }));
  if (decoded.problem !== undefined) throw new UsageError(msg('cli.edit.undecodable', { at: `${shown}:${decoded.problem.line}:${decoded.problem.column}`, problem: decoded.problem.message }));
  // The file as read with the edited lines in their place, when the edit says where they are (set, snapshot); else
  // encoded whole.
  const bom = decoded.hasBom ? 3 : 0;
  const makeBytes = (): Uint8Array => {
    if (e.splice !== undefined && e.before === source.text) return spliceBytes(source.bytes, bom, e.before, e.splice);
    if (e.splices !== undefined && e.before === source.text) return spliceAllBytes(source.bytes, bom, e.before, e.splices);
    return encodeUtf8(e.after, decoded.hasBom);
  };
  return {
    path: e.file,
    get expected() {
      return source.bytes;
    },
    get bytes() {
      return makeBytes();
    },
  };
}

/** Whether the file at `path` still begins with `expected`, the bytes it was read with; false when it cannot be read. */
export function stillReads(io: Io, path: string, expected: Uint8Array): boolean {
  try {
    return sameBytes(io.readBytes(path, expected.length), expected);
  } catch {
    return false;
  }
}

/** A write of Io.replaceFiles that did not succeed: refused, or failed part-way (with what was restored). */
export type Failure = Exclude<Awaited<ReturnType<Io['replaceFiles']>>, { ok: true }>;

/** The truth about a failed write, for one `milepel:` line. */
export function describeFailure(result: Failure): Message {
  if ('partial' in result) {
    const p = result.partial;
    const reason = p.error === undefined ? null : describeFsError(p.error);
    return msg('cli.edit.write-failed', { file: escapeControl(p.path), reason, restored: p.restored.map(escapeControl), notRestored: p.notRestored.map(escapeControl) });
  }
  const r = result.refusal;
  if (r.kind === 'refused') return msg('cli.edit.refused', { reason: r.reason });
  if (r.kind === 'changed') return msg('cli.edit.changed', { file: escapeControl(r.path) });
  return msg('cli.edit.write-failed', { file: escapeControl(r.path), reason: describeFsError(r.error), restored: [], notRestored: [] });
}
