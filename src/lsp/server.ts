// The language server (SPEC §14): wires LSP requests to the pure pieces of src/lsp/. The connection and the file
// system come from src/cli/commands/lsp.ts through `LspHost`; nothing here touches the process or the disk.
import { TextDocuments, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EXPLAIN_COMMAND } from './code-lens.js';
import { registerDocumentSync } from './document-sync.js';
import { registerRequests } from './handlers.js';
import type { LspHost } from './host.js';
import { registerInitialize } from './initialize.js';
import { createScheduler } from './publish.js';
import { createServerState } from './server-state.js';

export type { DiskText, LspHost, WorkspaceFound } from './host.js';

/**
 * Starts the language server on `connection`: initialize (initialize.ts), document sync (document-sync.ts), the
 * requests (handlers.ts) and the publishing of findings (publish.ts) share one ServerState; then it listens.
 */
export function startServer(connection: Connection, host: LspHost): void {
  const documents = new TextDocuments(TextDocument);
  const state = createServerState(connection, host);
  const schedule = createScheduler(state);
  registerInitialize(state, schedule);
  registerDocumentSync(state, documents, schedule);
  registerRequests(state);

  documents.listen(connection);
  connection.listen();
}

export { EXPLAIN_COMMAND };
