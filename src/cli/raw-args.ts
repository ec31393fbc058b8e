// Command-line arguments whose bytes are not UTF-8 (a Latin-1 file name such as `Leverand\xf8r.yaml`): Node hands
// them to us with U+FFFD in place of the bad bytes, which names no file. Their bytes are recovered from
// /proc/self/cmdline (Linux), the argument is shown escaped (\xNN, as the workspace walk shows such names) and file
// system calls on that name, or on paths below it, go to the real bytes. Elsewhere (no /proc) nothing changes.
import { readFileSync } from 'node:fs';
import { escapeNameBytes, isUtf8Bytes } from './name-bytes.js';

/** Escaped argument → its bytes; empty when every argument was UTF-8. */
export type ArgNames = ReadonlyMap<string, Buffer>;

/**
 * `argv` (the user's arguments, as Node decoded them) with each argument that was not UTF-8 replaced by its escaped
 * form, and the map from that form back to the bytes. `cmdline` is the raw command line (NUL-separated); the user's
 * arguments are its last entries, checked one by one against `argv` so that a mismatch changes nothing.
 */
export function recoverArgs(argv: readonly string[], cmdline: Buffer | undefined): { argv: string[]; names: Map<string, Buffer> } {
  const names = new Map<string, Buffer>();
  const out = [...argv];
  if (cmdline === undefined || !argv.some((a) => a.includes('\uFFFD'))) return { argv: out, names };
  const raw = splitNul(cmdline);
  if (raw.length < argv.length) return { argv: out, names };
  const tail = raw.slice(raw.length - argv.length);
  for (let i = 0; i < argv.length; i++) {
    const bytes = tail[i]!;
    if (bytes.toString('utf8') !== argv[i]) return { argv: [...argv], names: new Map() };
    if (!isUtf8Bytes(bytes)) {
      const shown = escapeNameBytes(bytes);
      names.set(shown, bytes);
      out[i] = shown;
    }
  }
  return { argv: out, names };
}

function splitNul(bytes: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      parts.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  if (start < bytes.length) parts.push(bytes.subarray(start));
  return parts;
}

/** The process's raw command line, or undefined where there is no /proc. */
export function readCmdline(): Buffer | undefined {
  try {
    return readFileSync('/proc/self/cmdline');
  } catch {
    return undefined;
  }
}

/** The path to hand to `fs`: the recovered bytes when `path` is (or lies below) an escaped argument, else `path`. */
export function fsPath(names: ArgNames, path: string): string | Buffer {
  if (names.size === 0) return path;
  for (const [shown, bytes] of names) {
    if (path === shown) return bytes;
    if (path.startsWith(`${shown}/`)) return Buffer.concat([bytes, Buffer.from(path.slice(shown.length), 'utf8')]);
  }
  return path;
}
