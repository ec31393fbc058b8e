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

/**
 * LSP 3.17 answers a request the server cannot serve with an error, not a result: a workspace/executeCommand of a
 * command it does not run (or of none) gets InvalidParams naming it and the ones it runs (`known`).
 */
export function unknownCommand(command: unknown, known: readonly string[]): ResponseError<void> {
  const named = typeof command === 'string' ? `no command ${JSON.stringify(command)}` : command === undefined || command === null ? 'the request names no command' : `the command ${JSON.stringify(command)} is no command name`;
  return new ResponseError(ErrorCodes.InvalidParams, `milepel: ${named} (the server runs ${known.join(', ')})`);
}

/**
 * milepel.explain of arguments that name no milestone or gate of the workspace: InvalidParams saying what was given,
 * as `milepel explain` exits 2 with a line for it (tester round 53 F5: the answer was null, and nothing shown).
 */
export function noExplanation(ref: unknown): ResponseError<void> {
  const what = typeof ref === 'string' ? `${JSON.stringify(ref)}: no such milestone or gate in the workspace` : 'milepel.explain takes the ref of a milestone or gate (plan/ID) as its first argument';
  return new ResponseError(ErrorCodes.InvalidParams, `milepel: ${what}`);
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
 * Whether a code action request asks for actions of `kind` (LSP 3.17 CodeActionContext.only): yes when it names no
 * kinds (or names them in no list of text), or names `kind` or a kind `kind` is under (`refactor` covers
 * `refactor.extract`; the empty kind covers every kind). A client that asks only for refactorings gets no quick fixes.
 */
export function asksForKind(params: unknown, kind: string): boolean {
  const context = isObject(params) ? params['context'] : undefined;
  const only = isObject(context) ? context['only'] : undefined;
  if (!Array.isArray(only) || !only.every((k) => typeof k === 'string')) return true;
  return (only as string[]).some((k) => k === '' || k === kind || kind.startsWith(`${k}.`));
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

/**
 * What the connection does with a message before vscode-languageserver's own handlers read it (lsp.ts hands this to
 * vscode-jsonrpc as its message strategy): `pass` it on (perhaps mended), `answer` a request in its stead, or drop a
 * notification with the `problem` logged. vscode-languageserver reads `params.processId` and
 * `params.capabilities.workspace` of `initialize`, and `params.textDocument` of the document notifications, before
 * milepel's code runs: params it cannot read were a TypeError (-32603 with its text, or a log line "Notification
 * handler … failed with message: Cannot read properties of null") (tester round 19 #4).
 */
export type Incoming =
  | { readonly pass: object }
  | { readonly answer: { readonly jsonrpc: '2.0'; readonly id: number | string | null; readonly error: { readonly code: number; readonly message: string } } }
  | { readonly problem: string };

const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
/** An object whose `fields` pass their checks. */
const has = (v: unknown, fields: Readonly<Record<string, (f: unknown) => boolean>>): boolean => isObject(v) && Object.entries(fields).every(([k, check]) => check(v[k]));
const isRange = (v: unknown): boolean => isObject(v) && asPosition(v['start']) !== undefined && asPosition(v['end']) !== undefined;
const optional = (check: (v: unknown) => boolean) => (v: unknown): boolean => v === undefined || check(v);
const documentId = { textDocument: (d: unknown) => has(d, { uri: isString }) };

/** What a message's params must hold, in words and as a check. */
type ParamsRule = readonly [string, (params: unknown) => boolean];
/**
 * Per notification vscode-languageserver or milepel reads: its ParamsRule. A Map, looked up by the method's name as
 * the client sent it: a method named `constructor` or `__proto__` found Object.prototype's members in an object
 * literal, and the server died on a TypeError (tester round 23 F1); such a method is unknown, as any other is.
 */
const NOTIFICATIONS: ReadonlyMap<string, ParamsRule> = new Map(Object.entries({
  'textDocument/didOpen': ['a textDocument with uri, languageId, version and text', (p) => has(p, { textDocument: (d) => has(d, { uri: isString, languageId: isString, version: isNumber, text: isString }) })],
  'textDocument/didChange': ['a textDocument with uri and version, and contentChanges each with a text (and a range)', (p) => has(p, {
    textDocument: (d) => has(d, { uri: isString, version: isNumber }),
    contentChanges: (c) => Array.isArray(c) && c.every((e) => has(e, { text: isString, range: optional(isRange), rangeLength: optional(isNumber) })),
  })],
  'textDocument/didClose': ['a textDocument with a uri', (p) => has(p, documentId)],
  'textDocument/didSave': ['a textDocument with a uri', (p) => has(p, documentId)],
  'textDocument/willSave': ['a textDocument with a uri', (p) => has(p, documentId)],
  'workspace/didChangeWatchedFiles': ['changes each with a uri and a type', (p) => has(p, { changes: (c) => Array.isArray(c) && c.every((e) => has(e, { uri: isString, type: isNumber })) })],
  '$/setTrace': ['a value', isObject],
} satisfies Record<string, ParamsRule>));
/** The same for the requests vscode-languageserver answers itself before milepel's code (milepel's own check theirs). */
const REQUESTS: ReadonlyMap<string, ParamsRule> = new Map(Object.entries({
  'textDocument/willSaveWaitUntil': ['textDocument.uri', (p) => has(p, documentId)],
} satisfies Record<string, ParamsRule>));

/**
 * `initialize` needs its params to be an object (-32602 otherwise). A `capabilities` that is missing or null is read
 * as `{}`: LSP requires it, but milepel asks nothing of the client's capabilities, and a client that leaves them out
 * is served better than refused; one that is no object (a number, a list) is a client that says something else, -32602.
 * So are a `rootUri` that is no string and `workspaceFolders` that are no list of folders (milepel reads both).
 */
export function checkIncoming(message: object): Incoming {
  const m = message as { id?: unknown; method?: unknown; params?: unknown };
  if (!isString(m.method)) return { pass: message };
  const isRequest = isString(m.id) || isNumber(m.id);
  const refuse = (what: string): Incoming => ({ answer: { jsonrpc: '2.0', id: m.id as number | string, error: { code: ErrorCodes.InvalidParams, message: `milepel: the request has no valid ${what}` } } });
  if (isRequest && m.method === 'initialize') {
    if (!isObject(m.params)) return refuse('params (an object)');
    const capabilities = m.params['capabilities'];
    if (capabilities === undefined || capabilities === null) return { pass: { ...m, params: { ...m.params, capabilities: {} } } };
    if (!isObject(capabilities)) return refuse('capabilities (an object)');
    const { rootUri, workspaceFolders } = m.params;
    if (rootUri !== undefined && rootUri !== null && !isString(rootUri)) return refuse('rootUri (a URI or null)');
    if (workspaceFolders !== undefined && workspaceFolders !== null && !(Array.isArray(workspaceFolders) && workspaceFolders.every((w) => has(w, { uri: isString })))) return refuse('workspaceFolders (a list of folders with a uri, or null)');
    return { pass: message };
  }
  const rule = (isRequest ? REQUESTS : NOTIFICATIONS).get(m.method);
  if (rule === undefined || rule[1](m.params)) return { pass: message };
  if (isRequest) return refuse(rule[0]);
  return { problem: `${m.method} is ignored: its params lack ${rule[0]}` };
}
