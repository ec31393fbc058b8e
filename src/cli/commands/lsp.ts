// `milepel lsp`: the language server on stdio (SPEC §14). The process and the disk live here; the server in src/lsp/.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream';
import { createConnection, StreamMessageWriter } from 'vscode-languageserver/node.js';
import { INPUT_ENDED, LspFrameFilter } from '../../lsp/framing.js';
import { checkIncoming, resolveWorkspacePaths } from '../../lsp/params.js';
import { startServer, type WorkspaceFound } from '../../lsp/server.js';
import { decodePlanBytes } from '../../source/decode.js';
import type { Io } from '../io.js';
import { findPlanFiles } from '../load.js';
import type { UnreadFile } from '../unread-name.js';
import { brokenLinkAt, type BrokenLinkFound } from '../broken-link.js';
import type { Message } from '../../messages/index.js';
import { clockToday, decideLocale } from '../options.js';
import { UsageError } from '../usage-error.js';

/** Never resolves: the connection exits the process when the client says exit or goes away. */
export function runLsp(io: Io, localeFlag?: string): Promise<number> {
  // A client that closes the pipe mid-write is gone: leave quietly (the library exits on the end of stdin).
  process.stdout.on('error', () => process.exit(process.exitCode ?? 0));
  // stdin through the framing check (src/lsp/framing.ts): a malformed header is reported on stderr and to the client,
  // and the server goes on with the next message. Given a stream, vscode-languageserver ends the process when it ends
  // or closes, as it does for stdin itself; `pipeline` ends or destroys it with stdin.
  // (Input comes in on a later turn of the event loop, when `connection` is set.)
  // The end of stdin reaches the server after the messages before it (framing.ts INPUT_ENDED): their answers are
  // written before the process ends.
  // A content that is no JSON object is answered (-32700 / -32600, id null) through the connection's own writer, so
  // the answer never lands between another message's header and content.
  let endInput = (): void => {};
  const writer = new StreamMessageWriter(process.stdout);
  const input = new LspFrameFilter((problem) => {
    io.stderr(`milepel: lsp: ${problem}\n`);
    connection.console.error(`milepel: ${problem}`);
  }, (end) => (endInput = end), (answer) => void writer.write(answer).catch(() => {}));
  pipeline(process.stdin, input, () => {});
  // vscode-languageserver takes an output that is no stream (no addListener) as the message writer itself, and
  // still watches the input stream's end and close to exit (its types only list stream + stream or reader + writer).
  // Each message passes checkIncoming (params.ts) before vscode-languageserver's handlers read it: `initialize` or a
  // document notification whose params they cannot read is answered -32602 or logged in one line, not a TypeError.
  const connection = createConnection(input, writer as unknown as NodeJS.WritableStream, {
    messageStrategy: {
      handleMessage: (message, next) => {
        const check = checkIncoming(message);
        if ('pass' in check) next(check.pass as typeof message);
        else if ('answer' in check) void writer.write(check.answer).catch(() => {});
        else connection.console.error(`milepel: ${check.problem}`);
      },
    },
  });
  connection.onNotification(INPUT_ENDED, () => setImmediate(() => endInput()));
  startServer(connection, {
    findWorkspace: (roots, paths) => findWorkspace(io, roots, paths),
    unreadNames: (dirs) => {
      const unread: UnreadFile[] = [];
      for (const dir of dirs) {
        try {
          findPlanFiles(io, [dir], [], undefined, unread);
        } catch {
          // A folder that is gone or holds no plan files has none.
        }
      }
      return unread;
    },
    brokenLink: (path) => brokenLinkAt(io, path, /\.ya?ml$/i.test(path)),
    realPath: (path) => {
      try {
        return realpathSync.native(path);
      } catch {
        return undefined;
      }
    },
    // As validate reads it (SPEC §15): UTF-8 or UTF-16 with a byte order mark; anything else is an `encoding` finding.
    readText: (path) => {
      try {
        const decoded = decodePlanBytes(readFileSync(path));
        return { text: decoded.text, encodingProblem: decoded.problem };
      } catch {
        return undefined;
      }
    },
    clockToday: () => clockToday(io),
    locale: decideLocale(localeFlag, io),
    localeGiven: localeFlag !== undefined,
    // initializationOptions.locale is read as --locale is (nb-NO, NB, nb_NO.UTF-8 are Norwegian; tester round 19 #5).
    localeOf: (name) => {
      try {
        return decideLocale(name, io);
      } catch (error) {
        if (error instanceof UsageError) return undefined;
        throw error;
      }
    },
  });
  return new Promise<number>(() => {});
}

/**
 * The workspace of an editor's folder (the server asks for each folder of a multi-root workspace on its own): the
 * `paths` the client names (relative to the first root; a drive letter folded as the roots' are), else `<root>/plans`
 * of each root that has one, else the roots themselves; every *.yaml / *.yml below them, as `milepel validate` finds them.
 * A named path that is a broken link named like a plan file is one of the workspace's broken links, as one found in a
 * folder is; one that does not exist or cannot be read is left out, with what validate would say of it (`unread`; the
 * roots themselves, when no paths are named, are the client's folders).
 */
function findWorkspace(io: Io, roots: readonly string[], paths: readonly string[]): WorkspaceFound {
  const first = roots[0]!;
  const wanted = paths.length > 0 ? resolveWorkspacePaths(first, paths) : roots.map((r) => (isDirectory(join(r, 'plans')) ? join(r, 'plans') : r));
  const dirs = wanted.filter((p) => existsSync(p) && isDirectory(p));
  const files: string[] = [];
  const broken = new Map<string, Message>();
  const unread = new Map<string, Message | string>();
  const unreadNames: UnreadFile[] = [];
  wanted.forEach((p, i) => {
    // A link to nothing named *.yaml is not read (validate refuses it, exit 2): the rest of the folder is still the
    // workspace, and the link gets a finding of its own (one whose name is not UTF-8 has no path to publish on).
    const links: BrokenLinkFound[] = [];
    try {
      for (const file of findPlanFiles(io, [p], [], undefined, unreadNames, links)) files.push(file);
    } catch (error) {
      const named = brokenLinkAt(io, p, /\.ya?ml$/i.test(p));
      const id = error instanceof UsageError ? error.detail?.id : undefined;
      if (named !== undefined) links.push({ file: p, message: named });
      // A folder without plan files: the workspace starts empty and fills as files are opened.
      else if (paths.length > 0 && id !== 'cli.path.no-plans' && id !== 'cli.path.no-plans-skipped') {
        const entry = paths[i]!;
        if (!unread.has(entry)) unread.set(entry, error instanceof UsageError ? (error.detail ?? error.message) : String(error));
      }
    }
    for (const link of links) if (link.file !== undefined && !broken.has(link.file)) broken.set(link.file, link.message);
  });
  return {
    dirs,
    files: [...new Set(files)].sort(),
    broken: [...broken].map(([path, message]) => ({ path, message })),
    unread: [...unread].map(([entry, why]) => ({ entry, why })),
    unreadNames,
  };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
