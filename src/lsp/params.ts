// The parts of a request the server reads, checked: a client that sends a request before `initialize` or after
// `shutdown`, or params without a document or position, gets an LSP error (ServerNotInitialized, InvalidRequest,
// InvalidParams), never a crash or a log line with a stack trace (issue #17, "Bad input").
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ErrorCodes, ResponseError, type Position, type Range } from 'vscode-languageserver';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

const invalid = (what: string): ResponseError<void> => new ResponseError(ErrorCodes.InvalidParams, `milepel: the request has no valid ${what}`);

export function notInitialized(): ResponseError<void> {
  return new ResponseError(ErrorCodes.ServerNotInitialized, 'milepel: the server is not initialized yet (send initialize first)');
}

/** LSP ("shutdown"): a request after shutdown is answered with InvalidRequest; only `exit` is expected. */
export function shutDown(): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidRequest, 'milepel: the server is shutting down (only exit is accepted after shutdown)');
}

/** `params.textDocument.uri`. */
export function uriParam(params: unknown): string {
  const doc = isObject(params) ? params['textDocument'] : undefined;
  const uri = isObject(doc) ? doc['uri'] : undefined;
  if (typeof uri !== 'string') throw invalid('textDocument.uri');
  return uri;
}

function asPosition(v: unknown): Position | undefined {
  return isObject(v) && isInt(v['line']) && isInt(v['character']) ? { line: v['line'], character: v['character'] } : undefined;
}

/** `params.position`: 0-based line and character, whole and not negative. */
export function positionParam(params: unknown): Position {
  const p = asPosition(isObject(params) ? params['position'] : undefined);
  if (p === undefined) throw invalid('position');
  return p;
}

/** `params.range`. */
export function rangeParam(params: unknown): Range {
  const r = isObject(params) ? params['range'] : undefined;
  const start = isObject(r) ? asPosition(r['start']) : undefined;
  const end = isObject(r) ? asPosition(r['end']) : undefined;
  if (start === undefined || end === undefined) throw invalid('range');
  return { start, end };
}

/**
 * The path of a `file:` URI; undefined for another scheme or one Node cannot map to a path here (a host, bad escapes).
 * A Windows drive letter is in lower case, whichever the client wrote, so the workspace's folders (from the root URI)
 * and a document's path agree on it (see foldDriveLetter).
 */
export function pathOfUri(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return foldDriveLetter(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

/**
 * A Windows path (`C:\x`, as Node gives one there) with its drive letter in lower case, as VS Code writes it: clients
 * send `file:///C:/x` and `file:///c%3A/x` for one file. Any other path (a POSIX one, where `/C:/x` is a name like
 * any other) as it is.
 */
export function foldDriveLetter(path: string): string {
  return /^[A-Z]:(?:[\\/]|$)/.test(path) ? path[0]!.toLowerCase() + path.slice(1) : path;
}

/**
 * The folders and files `initializationOptions.paths` names, each resolved from `root` (the first root folder, as
 * pathOfUri gives it) and with its drive letter folded as pathOfUri folds a document's: `C:\plans` from a user's
 * settings holds `file:///c%3A/plans/p.yaml`, where its files were judged outside the workspace. `resolvePath` is
 * the platform's `path.resolve` (a test passes `path.win32.resolve`).
 */
export function resolveWorkspacePaths(root: string, paths: readonly string[], resolvePath: (from: string, to: string) => string = resolve): string[] {
  return paths.map((p) => foldDriveLetter(resolvePath(root, p)));
}
