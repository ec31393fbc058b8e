// The language server (SPEC §14): wires LSP requests to the pure pieces of src/lsp/. The connection and the file
// system come from src/cli/commands/lsp.ts through `LspHost`; nothing here touches the process or the disk.
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest, CodeLensRequest, CompletionRequest, DefinitionRequest, ExecuteCommandRequest, FileChangeType, HoverRequest, MessageType, ReferencesRequest, ResponseError,
  ShowMessageNotification, TextDocumentSyncKind, TextDocuments, type Connection, type Diagnostic, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseCliDate, type DayNumber } from '../calendar/index.js';
import { renderMessage, type Locale, type Message } from '../messages/index.js';
import type { SyntaxProblem } from '../source/parse.js';
import { quoteText } from '../text/quote.js';
import { codeActions } from './code-actions.js';
import { codeLenses, EXPLAIN_COMMAND, explainCommandText } from './code-lens.js';
import { completionsAt, milestonesOf, planIdOf } from './completion.js';
import { diagnosticsUpdate, type PublishedFile } from './diagnostics.js';
import { DiskLinks, type ReadAgain } from './disk-links.js';
import { hoverFor } from './hover.js';
import { definitionOf, occurrences, symbolAt } from './navigation.js';
import { notInitialized, pathOfUri, positionParam, rangeParam, shutDown, uriParam } from './params.js';
import { isWalkedFrom, looksLikePlan, uriKey } from './scope.js';
import { MAIN_GROUP, PlanWorkspace, type PlanFile } from './workspace.js';

/** The workspace for the client's root folders: its directories and plan files (absolute paths), the links named
 * like plan files that lead nowhere or round in a loop (validate refuses those, exit 2), each with what is said of it,
 * and the entries of initializationOptions.paths left out because they do not exist or cannot be read, with why. */
export interface WorkspaceFound {
  readonly dirs: readonly string[];
  readonly files: readonly string[];
  readonly broken: readonly { readonly path: string; readonly message: Message }[];
  readonly unread?: readonly { readonly entry: string; readonly why: Message | string }[];
}

export interface LspHost {
  readonly findWorkspace: (roots: readonly string[], paths: readonly string[]) => WorkspaceFound;
  /** What is said of the file at `path` when it is a link named like a plan file that cannot be read, else undefined. */
  readonly brokenLink: (path: string) => Message | undefined;
  /** A file's text and why its bytes are not a faithful text (rule `encoding`), undefined when it cannot be read. */
  readonly readText: (path: string) => DiskText | undefined;
  /** The path a file's text is read from once every link on the way is followed; undefined when it cannot be. */
  readonly realPath: (path: string) => string | undefined;
  readonly clockToday: () => DayNumber;
  readonly locale: Locale;
  /** The language a locale name means, as `--locale` reads it; undefined for a name that is none milepel speaks. */
  readonly localeOf: (name: string) => Locale | undefined;
}

export interface DiskText {
  readonly text: string;
  readonly encodingProblem: SyntaxProblem | undefined;
}

/**
 * One workspace the server analyses as `validate` in its folder would: the files under `dirs` and `files`, named from
 * `root`, analysed together as `group`.
 */
interface WorkspaceSetting {
  readonly group: string;
  readonly root: string;
  readonly dirs: readonly string[];
  readonly files: ReadonlySet<string>;
}

interface Settings {
  /** One per workspace folder, none inside what another walks (onInitialize). */
  readonly workspaces: readonly WorkspaceSetting[];
  readonly locale: Locale;
}

/** A client's setting as a log line shows it: a string quoted as milepel quotes text, anything else as JSON. */
function shownValue(value: unknown): string {
  return typeof value === 'string' ? quoteText(value) : JSON.stringify(value) ?? String(value);
}

export function startServer(connection: Connection, host: LspHost): void {
  const documents = new TextDocuments(TextDocument);
  const ws = new PlanWorkspace(host.clockToday);
  let settings: Settings = { workspaces: [], locale: host.locale };
  /** Per group: each URI's findings as last published (see diagnosticsUpdate). */
  const published = new Map<string, Map<string, PublishedFile>>();
  const pending = new Set<string>();
  /** URIs whose diagnostics are published after the next analysis even when unchanged: just changed or opened. */
  const touched = new Set<string>();
  let flushing = false;
  const links = new DiskLinks(host);
  const outsideAnalysis = (uri: string): Diagnostic[] => links.diagnosticsOutsideAnalysis(uri, settings.locale);

  const log = (text: string): void => connection.console.error(`milepel: ${text}`);
  function guard<T>(what: string, fallback: T, fn: () => T): T {
    try {
      return fn();
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      log(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  }

  /**
   * The group and file name of a URI: the files `validate` would read in the workspace by their path from the root
   * (not a hidden or node_modules one under its folders), others on their own, by their key (scope.ts).
   */
  const place = (uri: string): { group: string; file: string; path: string | undefined } => {
    const path = pathOfUri(uri);
    if (path === undefined) return { group: uri, file: uri, path };
    const w = /\.ya?ml$/i.test(path) ? settings.workspaces.find((x) => x.files.has(path) || x.dirs.some((d) => isWalkedFrom(d, path))) : undefined;
    if (w === undefined) return { group: uriKey(uri), file: path, path };
    const rel = relative(w.root, path);
    return { group: w.group, file: isAbsolute(rel) ? path : rel.split(sep).join('/'), path };
  };
  /** Whether `group` is a workspace's (a folder's plans), not a file analysed on its own. */
  const isWorkspace = (group: string): boolean => settings.workspaces.some((w) => w.group === group);
  // A YAML document validate would not read (a CI workflow, .gitlab-ci.yml, any YAML outside the workspace) is
  // analysed only when it looks like a plan: flagging a CI file as a broken plan is noise (tester round 12 #2).
  const isAnalysed = (group: string, text: string): boolean => isWorkspace(group) || looksLikePlan(text);

  // Only the files whose findings changed are sent again (and the touched ones): on 10,000 milestones most keep theirs.
  const publish = (): void => {
    flushing = false;
    for (const group of [...pending]) {
      pending.delete(group);
      guard('analysis', undefined, () => {
        const before = published.get(group) ?? new Map<string, PublishedFile>();
        const update = ws.files(group).length > 0 ? diagnosticsUpdate(ws, group, ws.analysis(group), settings.locale, before, touched) : undefined;
        if (update === undefined) ws.forget(group);
        const keys = update?.files ?? new Map<string, PublishedFile>();
        // The URIs no longer published are emptied first: a file the client opened under another spelling of its URI
        // than the disk's moves to that spelling, and a client that takes both for one file keeps the later list.
        for (const uri of before.keys()) if (!keys.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: outsideAnalysis(uri) });
        for (const [uri, diagnostics] of update?.send ?? []) void connection.sendDiagnostics({ uri, diagnostics });
        published.set(group, keys);
      });
    }
    touched.clear();
  };
  const schedule = (group: string): void => {
    pending.add(group);
    if (!flushing) {
      flushing = true;
      setImmediate(publish);
    }
  };

  let initialized = false;
  let shuttingDown = false;
  /** A request's answer: an LSP error before initialize, after shutdown or for params it cannot read, the fallback if it fails. */
  const answer = <T>(what: string, fallback: T, fn: () => T): T => {
    if (!initialized) throw notInitialized();
    if (shuttingDown) throw shutDown();
    return guard(what, fallback, fn);
  };
  const fileOf = (params: unknown): PlanFile | undefined => ws.get(uriParam(params));

  connection.onInitialize((params): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as { paths?: unknown; today?: unknown; locale?: unknown; clientCommands?: unknown };
    const roots = (params.workspaceFolders ?? []).map((w) => w.uri).concat(params.rootUri ? [params.rootUri] : []).flatMap((u) => pathOfUri(u) ?? []);
    const root = roots[0];
    const paths = Array.isArray(options.paths) ? options.paths.filter((p): p is string => typeof p === 'string') : [];
    // A setting of the wrong type is said as a wrong value is (tester round 23 F4): the editor user otherwise gets the
    // default workspace or the system date with no word why the setting did nothing.
    const ignored: string[] = [];
    if (options.paths !== undefined && options.paths !== null && !Array.isArray(options.paths)) ignored.push(`initializationOptions.paths ${shownValue(options.paths)} is not a list of paths; no paths are used: give a list, such as ["plans"]`);
    if (Array.isArray(options.paths)) for (const p of options.paths) if (typeof p !== 'string') ignored.push(`initializationOptions.paths: ${shownValue(p)} is not a path (a string); it is left out of the workspace`);
    if (options.today !== undefined && options.today !== null && typeof options.today !== 'string') ignored.push(`initializationOptions.today ${shownValue(options.today)} is not a date (YYYY-MM-DD); the plans' status date is used`);
    // Each folder of a multi-root workspace is a workspace of its own, as `validate` in it sees it: merged, two clones of
    // one plans repository gave every plan a duplicate-id (tester round 27 F1). Paths named in the settings are one
    // workspace, from the first folder.
    const folders = root === undefined ? [] : paths.length > 0 ? [root] : [...new Set(roots)];
    const all = folders.map((r, i) => ({ root: r, group: i === 0 ? MAIN_GROUP : `folder:${r}`, found: host.findWorkspace(paths.length > 0 ? roots : [r], paths) }));
    // A folder inside what another folder's workspace walks is part of that workspace, as `validate` there reads it
    // (tester round 28 F2: R/sub on its own left R's references into it unknown).
    // So no file is in two of them.
    const each = all.filter((e) => !all.some((o) => o !== e && o.found.dirs.some((d) => d === e.root || isWalkedFrom(d, e.root))));
    // null is no locale given, as undefined is: the client's settings had none.
    const chosen = options.locale === undefined || options.locale === null ? host.locale : typeof options.locale === 'string' ? host.localeOf(options.locale) : undefined;
    // A broken link named in paths is a file of the workspace as one in a folder is: the client's events for it count.
    const workspaces = each.map((e): WorkspaceSetting => ({ group: e.group, root: e.root, dirs: e.found.dirs, files: new Set([...e.found.files, ...e.found.broken.map((b) => b.path)]) }));
    settings = { workspaces, locale: chosen ?? host.locale };
    for (const { entry, why } of each.flatMap((e) => e.found.unread ?? [])) {
      log(`initializationOptions.paths: ${quoteText(entry)} is left out of the workspace: ${typeof why === 'string' ? why : renderMessage(why, settings.locale)}; correct the path or remove it from the client's settings`);
    }
    if (typeof options.today === 'string') ws.today = parseCliDate(options.today);
    for (const line of ignored) log(line);
    if (chosen === undefined) log(`initializationOptions.locale ${shownValue(options.locale)} is not a language milepel speaks (en, nb); ${settings.locale} is used`);
    if (typeof options.today === 'string' && ws.today === undefined) log(`initializationOptions.today ${quoteText(options.today)} is not a date (YYYY-MM-DD); the plans' status date is used`);
    initialized = true;
    for (const path of each.flatMap((e) => e.found.files)) {
      const disk = host.readText(path);
      if (disk === undefined) continue;
      const uri = pathToFileURL(path).href;
      const p = place(uri);
      ws.setText(uri, p.file, p.group, disk.text, false, disk.encodingProblem);
      links.noteRealPath(uri, path);
    }
    for (const link of each.flatMap((e) => e.found.broken)) links.addBroken(pathToFileURL(link.path).href, link.message);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['/', '@', '[', ',', ' '] },
        definitionProvider: true,
        referencesProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        codeLensProvider: { resolveProvider: false },
        // The lens's command is the server's to run unless the client runs it itself (the VS Code extension, where a
        // command the server also listed would be registered twice, an error).
        executeCommandProvider: { commands: Array.isArray(options.clientCommands) && options.clientCommands.includes(EXPLAIN_COMMAND) ? [] : [EXPLAIN_COMMAND] },
      },
      serverInfo: { name: 'milepel' },
    };
  });
  connection.onInitialized(() => {
    for (const group of ws.groups()) if (isWorkspace(group)) schedule(group);
    for (const uri of links.brokenUris()) void connection.sendDiagnostics({ uri, diagnostics: outsideAnalysis(uri) });
  });

  // A document that is neither YAML by its language nor by its name (a README, a .txt) is not a plan: left alone.
  const isPlan = (doc: TextDocument): boolean => doc.languageId === 'yaml' || /\.ya?ml$/i.test(doc.uri.split(/[?#]/)[0]!);
  documents.onDidChangeContent((e) => guard('change', undefined, () => {
    if (!isPlan(e.document)) return;
    const p = place(e.document.uri);
    const text = e.document.getText();
    if (!isAnalysed(p.group, text)) {
      // It looked like a plan a keystroke ago: its findings are taken back.
      const old = ws.remove(e.document.uri);
      if (old !== undefined) schedule(old.group);
      return;
    }
    ws.setText(e.document.uri, p.file, p.group, text, true);
    // Every change gets its file's findings back, even one that leaves the text as it was (the analysis is then cached).
    touched.add(e.document.uri);
    schedule(p.group);
  }));
  // An opened file gets its findings even when its text is the one on disk (nothing to analyse again).
  // A YAML document that is not analysed gets an empty list: nothing of milepel's applies to it.
  documents.onDidOpen((e) => {
    if (!isPlan(e.document)) return;
    const group = place(e.document.uri).group;
    if (!isAnalysed(group, e.document.getText())) {
      void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
      return;
    }
    touched.add(e.document.uri);
    schedule(group);
  });
  documents.onDidClose((e) => guard('close', undefined, () => {
    if (ws.get(e.document.uri) === undefined) return;
    const p = place(e.document.uri);
    const disk = isWorkspace(p.group) && p.path !== undefined ? host.readText(p.path) : undefined;
    if (disk !== undefined) {
      ws.setText(e.document.uri, p.file, p.group, disk.text, false, disk.encodingProblem);
      links.noteRealPath(e.document.uri, p.path!);
    } else ws.remove(e.document.uri);
    schedule(p.group);
  }));
  /**
   * A file of the workspace read again from disk (`gone`: reported deleted). A link that leads nowhere now, or no
   * longer, has its error published or taken back at once (a plan's findings, when it now leads to one, follow with the
   * analysis); an open file keeps the editor's text.
   */
  const readAgain = ({ uri, path, gone }: ReadAgain): void => {
    if (links.lookAgain(uri, path, gone)) void connection.sendDiagnostics({ uri, diagnostics: outsideAnalysis(uri) });
    if (ws.get(uri)?.isOpen === true) return;
    const disk = gone ? undefined : host.readText(path);
    const p = place(uri);
    if (disk === undefined) {
      ws.remove(uri);
      links.forgetRealPath(uri);
    } else {
      ws.setText(uri, p.file, p.group, disk.text, false, disk.encodingProblem);
      links.noteRealPath(uri, path);
    }
    schedule(isWorkspace(p.group) ? p.group : MAIN_GROUP);
  };
  // The client reports the path that changed; disk-links.ts says which files that makes the server read again.
  connection.onDidChangeWatchedFiles((params) => guard('watched files', undefined, () => {
    for (const change of params.changes) {
      const path = pathOfUri(change.uri);
      if (path === undefined) continue;
      const gone = change.type === FileChangeType.Deleted;
      const inWorkspace = isWorkspace(place(change.uri).group);
      const workspaceUris = (): string[] => settings.workspaces.flatMap((w) => ws.files(w.group).map((f) => f.uri));
      for (const f of links.toReadAgain(change.uri, path, gone, inWorkspace, ws.get(change.uri) !== undefined, workspaceUris)) readAgain(f);
    }
  }));

  // Each request is taken by connection.onRequest, not vscode-languageserver's onHover and the like: their wrapper
  // reads params.workDoneToken first (milepel reports no progress), so `params: null` was answered -32603 with a
  // TypeError's text, where params.ts answers what it cannot read with -32602 (tester round 18 #9).
  connection.onRequest(HoverRequest.type, (params) => answer('hover', null, () => {
    const f = fileOf(params);
    const at = f === undefined ? undefined : symbolAt(ws, f, positionParam(params));
    return f === undefined || at === undefined ? null : hoverFor(ws.analysis(f.group), at, settings.locale);
  }));
  connection.onRequest(DefinitionRequest.type, (params) => answer('definition', null, () => {
    const f = fileOf(params);
    const at = f === undefined ? undefined : symbolAt(ws, f, positionParam(params));
    return f === undefined || at === undefined ? null : definitionOf(ws, f.group, at.symbol.key);
  }));
  connection.onRequest(ReferencesRequest.type, (params) => answer('references', null, () => {
    const f = fileOf(params);
    const at = f === undefined ? undefined : symbolAt(ws, f, positionParam(params));
    return f === undefined || at === undefined ? null : occurrences(ws, f.group, at.symbol.key, (params.context as { includeDeclaration?: unknown } | undefined)?.includeDeclaration === true);
  }));
  connection.onRequest(CompletionRequest.type, (params) => answer('completion', [], () => {
    const f = fileOf(params);
    const position = positionParam(params);
    // A position outside the text (past its last line or its line's end) completes nothing.
    const inside = f?.index.positionAt(f.index.offsetAt(position));
    if (f === undefined || inside!.line !== position.line || inside!.character !== position.character) return [];
    const analysis = ws.analysis(f.group);
    const own = f.parsed.problems.length > 0 && f.lastGood !== undefined ? milestonesOf(f.lastGood.data) : [];
    return completionsAt(analysis.workspace, f.index, position, planIdOf(f, analysis.workspace.plans), own, settings.locale);
  }));
  connection.onRequest(CodeActionRequest.type, (params) => answer('code action', [], () => {
    const f = fileOf(params);
    return f === undefined ? [] : codeActions(ws, f, ws.analysis(f.group), rangeParam(params), settings.locale);
  }));
  connection.onRequest(CodeLensRequest.type, (params) => answer('code lens', [], () => {
    const f = fileOf(params);
    return f === undefined ? [] : codeLenses(ws, f, ws.analysis(f.group), settings.locale);
  }));
  connection.onRequest(ExecuteCommandRequest.type, (params) => answer('execute command', null, () => {
    const command = (params as { command?: unknown } | null)?.command;
    const args = (params as { arguments?: unknown } | null)?.arguments;
    const text = command === EXPLAIN_COMMAND ? explainCommandText(ws, Array.isArray(args) ? args : undefined, settings.locale) : undefined;
    if (text === undefined) return null;
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: text.trimEnd() });
    return text;
  }));
  connection.onShutdown(() => {
    shuttingDown = true;
  });

  documents.listen(connection);
  connection.listen();
}

export { EXPLAIN_COMMAND };
