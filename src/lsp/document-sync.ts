// The language server's document sync (SPEC §14): opened, changed and closed documents, and the files the client
// watches on disk, each put into the plan workspace (or taken out of it) and its group's analysis scheduled.
import { FileChangeType, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ReadAgain } from './disk-links.js';
import { pathOfUri } from './params.js';
import type { ServerState } from './server-state.js';
import { MAIN_GROUP } from './workspace.js';

/** Whether a `file:` URI's path, its %XX escapes read as bytes, is not UTF-8 (a name only its bytes can give). */
function hasNonUtf8Name(uri: string): boolean {
  if (!uri.startsWith('file:') || !uri.includes('%')) return false;
  try {
    decodeURIComponent(new URL(uri).pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * Listens to `documents` (open, change, close) and to the client's watched-file events on the state's connection;
 * each updates the workspace and calls `schedule` for the group affected. Failures are logged (ServerState.guard).
 */
export function registerDocumentSync(state: ServerState, documents: TextDocuments<TextDocument>, schedule: (group: string) => void): void {
  const { connection, host, ws, links, guard, place, isWorkspace, isAnalysed, touched, outsideAnalysis } = state;
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
    // A plan file whose name is not UTF-8 made or removed: the workspaces' files not read for their names are found
    // again, so that references into the plan it declares are unchecked while it is there (tester round 64 F4).
    if (params.changes.some((c) => c.type !== FileChangeType.Changed && hasNonUtf8Name(c.uri))) {
      for (const w of state.settings.workspaces) {
        const found = host.unreadNames?.(w.dirs);
        if (found === undefined) continue;
        ws.setUnread(w.group, w.root, found);
        schedule(w.group);
      }
    }
    for (const change of params.changes) {
      const path = pathOfUri(change.uri);
      if (path === undefined) continue;
      const gone = change.type === FileChangeType.Deleted;
      const inWorkspace = isWorkspace(place(change.uri).group);
      const workspaceUris = (): string[] => state.settings.workspaces.flatMap((w) => ws.files(w.group).map((f) => f.uri));
      for (const f of links.toReadAgain(change.uri, path, gone, inWorkspace, ws.get(change.uri) !== undefined, workspaceUris)) readAgain(f);
    }
  }));
}
