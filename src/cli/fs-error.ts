// File-system errors in words a user can act on, for one-line `milepel:` messages (in the run's locale).
import { msg, msg0, type Message } from '../messages/index.js';
import { escapeControl } from '../report/safe-text.js';

/** The error's code (EACCES, ENOTDIR, …), or undefined when it is not a file-system error. */
export function fsErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The reason as a message (`cli.fs.*`): permission denied, no space left, … or the errno name itself. */
export function describeFsError(error: unknown): Message {
  const code = fsErrorCode(error);
  if (code === 'EACCES' || code === 'EPERM') return msg0('cli.fs.permission');
  const directory = (error as { directoryAt?: unknown } | null)?.directoryAt;
  if (code === 'EISDIR' && typeof directory === 'string') return msg('cli.fs.directory-at', { path: escapeControl(directory) });
  if (code === 'EISDIR') return msg0('cli.fs.is-directory');
  const dangling = (error as { danglingTarget?: unknown } | null)?.danglingTarget;
  if (code === 'EEXIST' && typeof dangling === 'string') return msg('cli.fs.dangling-link', { target: escapeControl(dangling) });
  const blocker = (error as { inTheWay?: unknown } | null)?.inTheWay;
  if ((code === 'EEXIST' || code === 'ENOTDIR') && typeof blocker === 'string') return msg('cli.fs.in-the-way-at', { path: escapeControl(blocker) });
  const existing = (error as { existing?: unknown } | null)?.existing;
  if (code === 'EEXIST' && typeof existing === 'string') return msg('cli.fs.exists-at', { path: escapeControl(existing) });
  if (code === 'EEXIST' || code === 'ENOTDIR') return msg0('cli.fs.in-the-way');
  if (code === 'ENOSPC' || code === 'EDQUOT') return msg0('cli.fs.no-space');
  if (code === 'EROFS') return msg0('cli.fs.read-only');
  // A file bind-mounted on its own (Docker's `-v plan.yaml:…`) cannot be renamed over (tester round 32 F7).
  if (code === 'EBUSY') return msg0('cli.fs.busy');
  if (code === 'EFBIG') return msg0('cli.fs.too-big');
  if (code === 'ENAMETOOLONG') return msg0('cli.fs.name-too-long');
  if (code === 'ENOENT') return msg0('cli.fs.missing');
  if (code === 'EBADF') return msg0('cli.fs.not-open');
  return msg('cli.fs.other', { code: code ?? 'unknown error' });
}
