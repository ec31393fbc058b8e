// The language server's initialize (SPEC §14): the client's folders and initializationOptions (paths, today, locale,
// clientCommands) become the workspaces and settings, the workspaces' files are read, and the capabilities answered.
import { pathToFileURL } from 'node:url';
import { ErrorCodes, ResponseError, TextDocumentSyncKind, type InitializeError, type InitializeResult } from 'vscode-languageserver';
import { parseCliDate } from '../calendar/index.js';
import { renderMessage } from '../messages/index.js';
import { quoteText } from '../text/quote.js';
import { EXPLAIN_COMMAND } from './code-lens.js';
import { pathOfUri } from './params.js';
import { isWalkedFrom } from './scope.js';
import type { ServerState, WorkspaceSetting } from './server-state.js';
import { MAIN_GROUP } from './workspace.js';

/** A client's setting as a log line shows it: a string quoted as milepel quotes text, anything else as JSON. */
function shownValue(value: unknown): string {
  return typeof value === 'string' ? quoteText(value) : JSON.stringify(value) ?? String(value);
}

/**
 * Answers initialize on the state's connection (settings set, workspace files read, `state.initialized` set; a setting
 * of the wrong type or value is logged, never an error) and, on initialized, schedules every workspace's analysis and
 * publishes the broken links' errors.
 */
export function registerInitialize(state: ServerState, schedule: (group: string) => void): void {
  const { connection, host, ws, links, log, place, isWorkspace, outsideAnalysis } = state;
  connection.onInitialize((params): InitializeResult | ResponseError<InitializeError> => {
    // LSP 3.17: initialize may only be sent once. A second one replaced the workspace (tester round 42 F7): with no
    // root in it, every meeting and body of the next edit was unknown.
    if (state.initialized) return new ResponseError(ErrorCodes.InvalidRequest, 'milepel: the server is initialized already (initialize may only be sent once)', { retry: false });
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
    // null is no locale given, as undefined is: the client's settings had none. Then the editor's own language
    // (InitializeParams.locale, LSP 3.16) when milepel speaks it and --locale named none: editors other than the shipped
    // extension send only that one (tester round 94 F9: Norwegian Neovim and Helix users got English).
    const editorLocale = typeof params.locale === 'string' && !host.localeGiven ? host.localeOf(params.locale) : undefined;
    const chosen = options.locale === undefined || options.locale === null ? editorLocale ?? host.locale : typeof options.locale === 'string' ? host.localeOf(options.locale) : undefined;
    // A broken link named in paths is a file of the workspace as one in a folder is: the client's events for it count.
    const workspaces = each.map((e): WorkspaceSetting => ({ group: e.group, root: e.root, dirs: e.found.dirs, files: new Set([...e.found.files, ...e.found.broken.map((b) => b.path)]) }));
    const disabledActions = (params.capabilities as { textDocument?: { codeAction?: { disabledSupport?: unknown } } } | undefined)?.textDocument?.codeAction?.disabledSupport === true;
    state.settings = { workspaces, locale: chosen ?? host.locale, disabledActions };
    for (const { entry, why } of each.flatMap((e) => e.found.unread ?? [])) {
      log(`initializationOptions.paths: ${quoteText(entry)} is left out of the workspace: ${typeof why === 'string' ? why : renderMessage(why, state.settings.locale)}; correct the path or remove it from the client's settings`);
    }
    if (typeof options.today === 'string') ws.today = parseCliDate(options.today);
    for (const line of ignored) log(line);
    if (chosen === undefined) log(`initializationOptions.locale ${shownValue(options.locale)} is not a language milepel speaks (en, nb); ${state.settings.locale} is used`);
    if (typeof options.today === 'string' && ws.today === undefined) log(`initializationOptions.today ${quoteText(options.today)} is not a date (YYYY-MM-DD); the plans' status date is used`);
    state.initialized = true;
    for (const path of each.flatMap((e) => e.found.files)) {
      const disk = host.readText(path);
      if (disk === undefined) continue;
      const uri = pathToFileURL(path).href;
      const p = place(uri);
      ws.setText(uri, p.file, p.group, disk.text, false, disk.encodingProblem);
      links.noteRealPath(uri, path);
    }
    for (const link of each.flatMap((e) => e.found.broken)) links.addBroken(pathToFileURL(link.path).href, link.message);
    // Files not read for their names, named as the group names its files (by their path from the root), as validate
    // analyses them: references into a plan such a file declares are unchecked (tester round 63 F1).
    for (const e of each) {
      const named = ws.setUnread(e.group, e.root, e.found.unreadNames ?? []);
      for (const u of named) log(`${u.file} is left out of the workspace: its name is not valid UTF-8; rename it (milepel validate reports it as an encoding error)`);
    }
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
}
