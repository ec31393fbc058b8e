// File-system errors in words a user can act on, for one-line `milepel:` messages.

/** The error's code (EACCES, ENOTDIR, …), or undefined when it is not a file-system error. */
export function fsErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function describeFsError(error: unknown): string {
  const code = fsErrorCode(error);
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EEXIST' || code === 'ENOTDIR') return 'a file is in the way of the directory';
  return code ?? 'unknown error';
}
