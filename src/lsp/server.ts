// The language server (SPEC §14): wires LSP requests to the pure pieces of src/lsp/. The connection and the file
// system come from src/cli/commands/lsp.ts through `LspHost`; nothing here touches the process or the disk.
import { isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FileChangeType, TextDocumentSyncKind, TextDocuments, type Connection, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseCliDate, type DayNumber } from '../calendar/index.js';
import type { Locale } from '../messages/index.js';
import { codeActions } from './code-actions.js';
import { codeLenses, EXPLAIN_COMMAND } from './code-lens.js';
import { completionsAt } from './completion.js';
import { diagnosticsUpdate, type PublishedFile } from './diagnostics.js';
import { hoverFor } from './hover.js';
import { definitionOf, occurrences, symbolAt } from './navigation.js';
import { MAIN_GROUP, PlanWorkspace, type PlanFile } from './workspace.js';

export interface LspHost {
  /** The workspace for the client's root folders: its directories and plan files (absolute paths). */
  readonly findWorkspace: (roots: readonly string[], paths: readonly string[]) => { readonly dirs: readonly string[]; readonly files: readonly string[] };
  /** A file's text, undefined when it cannot be read. */
  readonly readText: (path: string) => string | undefined;
  readonly clockToday: () => DayNumber;
  readonly locale: Locale;
}

interface Settings {
  readonly root: string | undefined;
  readonly dirs: readonly string[];
  readonly files: ReadonlySet<string>;
  readonly locale: Locale;
}

export function startServer(connection: Connection, host: LspHost): void {
  const documents = new TextDocuments(TextDocument);
  const ws = new PlanWorkspace(host.clockToday);
  let settings: Settings = { root: undefined, dirs: [], files: new Set(), locale: host.locale };
  /** Per group: each URI's findings as last published (see diagnosticsUpdate). */
  const published = new Map<string, Map<string, PublishedFile>>();
  const pending = new Set<string>();
  /** URIs whose diagnostics are published after the next analysis even when unchanged: just changed or opened. */
  const touched = new Set<string>();
  let flushing = false;

  const log = (text: string): void => connection.console.error(`milepel: ${text}`);
  function guard<T>(what: string, fallback: T, fn: () => T): T {
    try {
      return fn();
    } catch (error) {
      log(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  }

  /** The group and file name of a URI: the workspace's files by their path from the root, others on their own. */
  const place = (uri: string): { group: string; file: string; path: string | undefined } => {
    let path: string | undefined;
    try {
      path = uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
    } catch {
      path = undefined;
    }
    if (path === undefined) return { group: uri, file: uri, path };
    const inside = settings.files.has(path) || settings.dirs.some((d) => path.startsWith(d.endsWith(sep) ? d : d + sep));
    if (!inside || settings.root === undefined || !/\.ya?ml$/i.test(path)) return { group: uri, file: path, path };
    const rel = relative(settings.root, path);
    return { group: MAIN_GROUP, file: isAbsolute(rel) ? path : rel.split(sep).join('/'), path };
  };

  // Only the files whose findings changed are sent again (and the touched ones): on 10,000 milestones most keep theirs.
  const publish = (): void => {
    flushing = false;
    for (const group of [...pending]) {
      pending.delete(group);
      guard('analysis', undefined, () => {
        const before = published.get(group) ?? new Map<string, PublishedFile>();
        let keys = new Map<string, PublishedFile>();
        if (ws.files(group).length > 0) {
          const update = diagnosticsUpdate(ws, group, ws.analysis(group), settings.locale, before, touched);
          keys = update.files;
          for (const [uri, diagnostics] of update.send) void connection.sendDiagnostics({ uri, diagnostics });
        } else ws.forget(group);
        for (const uri of before.keys()) if (!keys.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
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

  const fileOf = (uri: string): PlanFile | undefined => ws.get(uri);

  connection.onInitialize((params): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as { paths?: unknown; today?: unknown; locale?: unknown };
    const roots = (params.workspaceFolders ?? []).map((w) => w.uri).concat(params.rootUri ? [params.rootUri] : []).filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
    const root = roots[0];
    const paths = Array.isArray(options.paths) ? options.paths.filter((p): p is string => typeof p === 'string') : [];
    const found = root === undefined ? { dirs: [], files: [] } : host.findWorkspace(roots, paths);
    settings = { root, dirs: found.dirs, files: new Set(found.files), locale: options.locale === 'nb' ? 'nb' : options.locale === 'en' ? 'en' : host.locale };
    if (typeof options.today === 'string') ws.today = parseCliDate(options.today);
    for (const path of found.files) {
      const text = host.readText(path);
      if (text === undefined) continue;
      const uri = pathToFileURL(path).href;
      const p = place(uri);
      ws.setText(uri, p.file, p.group, text, false);
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
        executeCommandProvider: { commands: [] },
      },
      serverInfo: { name: 'milepel' },
    };
  });
  connection.onInitialized(() => {
    if (ws.groups().includes(MAIN_GROUP)) schedule(MAIN_GROUP);
  });

  documents.onDidChangeContent((e) => guard('change', undefined, () => {
    const p = place(e.document.uri);
    ws.setText(e.document.uri, p.file, p.group, e.document.getText(), true);
    // Every change gets its file's findings back, even one that leaves the text as it was (the analysis is then cached).
    touched.add(e.document.uri);
    schedule(p.group);
  }));
  // An opened file gets its findings even when its text is the one on disk (nothing to analyse again).
  documents.onDidOpen((e) => {
    touched.add(e.document.uri);
    schedule(place(e.document.uri).group);
  });
  documents.onDidClose((e) => guard('close', undefined, () => {
    const p = place(e.document.uri);
    const disk = p.group === MAIN_GROUP && p.path !== undefined ? host.readText(p.path) : undefined;
    if (disk !== undefined) ws.setText(e.document.uri, p.file, p.group, disk, false);
    else ws.remove(e.document.uri);
    schedule(p.group);
  }));
  connection.onDidChangeWatchedFiles((params) => guard('watched files', undefined, () => {
    for (const change of params.changes) {
      const p = place(change.uri);
      if (p.group !== MAIN_GROUP || p.path === undefined || ws.get(change.uri)?.isOpen === true) continue;
      const text = change.type === FileChangeType.Deleted ? undefined : host.readText(p.path);
      if (text === undefined) ws.remove(change.uri);
      else ws.setText(change.uri, p.file, p.group, text, false);
      schedule(MAIN_GROUP);
    }
  }));

  connection.onHover((params) => guard('hover', null, () => {
    const f = fileOf(params.textDocument.uri);
    const at = f === undefined ? undefined : symbolAt(ws, f, params.position);
    return f === undefined || at === undefined ? null : hoverFor(ws.analysis(f.group), at, settings.locale);
  }));
  connection.onDefinition((params) => guard('definition', null, () => {
    const f = fileOf(params.textDocument.uri);
    const at = f === undefined ? undefined : symbolAt(ws, f, params.position);
    return f === undefined || at === undefined ? null : definitionOf(ws, f.group, at.symbol.key);
  }));
  connection.onReferences((params) => guard('references', null, () => {
    const f = fileOf(params.textDocument.uri);
    const at = f === undefined ? undefined : symbolAt(ws, f, params.position);
    return f === undefined || at === undefined ? null : occurrences(ws, f.group, at.symbol.key, params.context.includeDeclaration);
  }));
  connection.onCompletion((params) => guard('completion', [], () => {
    const f = fileOf(params.textDocument.uri);
    if (f === undefined) return [];
    const analysis = ws.analysis(f.group);
    const own = f.parsed.problems.length > 0 && f.lastGood !== undefined ? milestonesOf(f.lastGood.data) : [];
    return completionsAt(analysis.workspace, f.index, params.position, planIdOf(f, analysis.workspace.plans), own);
  }));
  connection.onCodeAction((params) => guard('code action', [], () => {
    const f = fileOf(params.textDocument.uri);
    return f === undefined ? [] : codeActions(ws, f, ws.analysis(f.group), params.range, settings.locale);
  }));
  connection.onCodeLens((params) => guard('code lens', [], () => {
    const f = fileOf(params.textDocument.uri);
    return f === undefined ? [] : codeLenses(ws, f, ws.analysis(f.group), settings.locale);
  }));
  connection.onExecuteCommand(() => null);

  documents.listen(connection);
  connection.listen();
}

/** The id of the file's plan: from the model, else (a file that does not parse now) from its text. */
function planIdOf(f: PlanFile, plans: readonly { readonly id: string; readonly file: string }[]): string | undefined {
  const known = plans.find((p) => p.file === f.file);
  if (known !== undefined) return known.id;
  return /^plan:\s*(?:\{\s*id:\s*|\r?\n\s+id:\s*)["']?([a-z0-9][a-z0-9-]*)/m.exec(f.index.text)?.[1];
}

/** The ids and titles of a parsed file's milestones and gates. */
function milestonesOf(data: unknown): { id: string; title: string | undefined }[] {
  const out: { id: string; title: string | undefined }[] = [];
  if (data === null || typeof data !== 'object') return out;
  for (const key of ['milestones', 'gates']) {
    const list = (data as Record<string, unknown>)[key];
    if (!Array.isArray(list)) continue;
    for (const m of list as unknown[]) {
      if (m === null || typeof m !== 'object') continue;
      const { id, title } = m as Record<string, unknown>;
      if (typeof id === 'string') out.push({ id, title: typeof title === 'string' ? title : undefined });
    }
  }
  return out;
}

export { EXPLAIN_COMMAND };
