// Standard output and error written straight to file descriptors 1 and 2. Node builds process.stdout and
// process.stderr on first use, loading its stream and socket machinery: 7 ms for a file or /dev/null and 16 ms for a
// pipe (a CI log), which was a tenth of a `validate` run on a small workspace. A write to a blocking descriptor also
// needs no buffering: the output leaves as it is made, however large it is.
import { fstatSync, statSync, writeSync } from 'node:fs';

/** What a write to fd 1 or 2 may meet besides success. */
export type Failure = 'closed' | { readonly code: string };

/**
 * Whether `fd` may be a terminal: a character device other than /dev/null. Pipes, sockets and files never are;
 * for the rest, Node's own stream decides (process.stdout.isTTY), at the cost of building it.
 */
export function mayBeTerminal(fd: 1 | 2): boolean {
  try {
    const stat = fstatSync(fd);
    return stat.isCharacterDevice() && stat.rdev !== statSync('/dev/null').rdev;
  } catch {
    return true;
  }
}

/**
 * Text of up to this many UTF-16 units is encoded into one buffer the writer keeps (3 bytes a unit at most):
 * a report's pieces (about 64 K units) then need no buffer each, 350 of them for validate's JSON at 100,000
 * milestones (issue #18).
 */
const SCRATCH_UNITS = 1 << 17;
const SHORT_UNITS = 4096;

/**
 * A writer for fd 1 or 2 with `writeSync`, handing the rest to Node's stream (which waits for the descriptor) when
 * the descriptor is non-blocking and full (EAGAIN). `onFailure` hears of a reader that went away (EPIPE: 'closed')
 * or any other error; later writes are then dropped. `write` is fs.writeSync but for tests.
 */
export function fdWriter(
  fd: 1 | 2,
  stream: () => Pick<NodeJS.WriteStream, 'write'>,
  onFailure: (failure: Failure) => void,
  write: (fd: number, bytes: Uint8Array, offset: number, length: number) => number = writeSync,
): (data: string | Uint8Array) => void {
  let viaStream = false;
  let failed = false;
  let scratch: Buffer | undefined;
  return (data) => {
    if (failed) return;
    if (viaStream) {
      stream().write(data);
      return;
    }
    let bytes: Uint8Array;
    if (typeof data !== 'string') bytes = data;
    // Short text comes from Node's shared pool already; the kept buffer is made only for a report's pieces.
    else if (data.length > SHORT_UNITS && data.length <= SCRATCH_UNITS) {
      scratch ??= Buffer.allocUnsafe(SCRATCH_UNITS * 3);
      bytes = scratch.subarray(0, scratch.write(data, 0, 'utf8'));
    } else bytes = Buffer.from(data, 'utf8');
    let offset = 0;
    try {
      while (offset < bytes.length) offset += write(fd, bytes, offset, bytes.length - offset);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
      if (code === 'EAGAIN') {
        viaStream = true;
        // The stream writes it later: the kept buffer is not written to again, every later write goes to the stream.
        stream().write(bytes.subarray(offset));
        return;
      }
      failed = true;
      onFailure(code === 'EPIPE' ? 'closed' : { code });
    }
  };
}
