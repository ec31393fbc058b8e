// The VS Code client of `milepel lsp`: starts the server on stdio for YAML plan files, and runs `milepel explain`
// for the code lens command. Install: `npm install` in this folder, then "Developer: Install Extension from Location…".
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, module */
const { execFile } = require('node:child_process');
const { statSync } = require('node:fs');
const { join } = require('node:path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const config = vscode.workspace.getConfiguration('milepel');
  const [command, ...args] = config.get('command', ['npx', '--no-install', 'milepel', 'lsp']);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  // In the folder: npx finds the milepel installed there (without a cwd the client starts it where VS Code runs).
  const serverOptions = { command, args, transport: TransportKind.stdio, options: folder === undefined ? {} : { cwd: folder } };
  const clientOptions = {
    documentSelector: [{ scheme: 'file', language: 'yaml' }, { scheme: 'untitled', language: 'yaml' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}') },
    // clientCommands: the lens command is registered below, so the server does not list it (it would be registered twice).
    initializationOptions: { paths: config.get('paths', []), today: config.get('today') ?? undefined, locale: config.get('locale') ?? undefined, clientCommands: ['milepel.explain'] },
  };
  client = new LanguageClient('milepel', 'milepel', serverOptions, clientOptions);
  const output = vscode.window.createOutputChannel('milepel explain');
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('milepel.explain', (ref, uri) => {
      // The server's command with `explain <ref>` in place of `lsp` and what follows it, on the server's plans, with
      // its status date and language, so the text shows the dates and float of the lens that was clicked. In the
      // folder of the file the lens is in (its URI comes after the ref): a multi-root workspace's folders are each a
      // workspace of their own, and the same ref may be in two of them.
      const own = typeof uri === 'string' ? vscode.workspace.getWorkspaceFolder?.(vscode.Uri.parse(uri))?.uri.fsPath : undefined;
      const here = own ?? folder;
      const lsp = args.lastIndexOf('lsp');
      const today = config.get('today');
      const locale = config.get('locale');
      const explainArgs = [...args.slice(0, lsp < 0 ? args.length : lsp), 'explain', String(ref), ...workspacePaths(config.get('paths', []), here),
        ...(today ? ['--today', String(today)] : []), ...(locale ? ['--locale', String(locale)] : [])];
      execFile(command, explainArgs, { cwd: here }, (_error, stdout, stderr) => {
        output.clear();
        output.append(stdout || stderr);
        output.show(true);
      });
    }),
  );
  return client.start();
}

/**
 * The plans `explain` reads: `milepel.paths`, else the workspace the server found without them, `plans/` when the
 * folder has one and the folder itself when not (explain alone would read ./plans and fail where the lens was shown).
 */
function workspacePaths(paths, folder) {
  if (paths.length > 0 || folder === undefined) return paths;
  return [isDirectory(join(folder, 'plans')) ? 'plans' : '.'];
}

function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function deactivate() {
  return client === undefined ? undefined : client.stop();
}

module.exports = { activate, deactivate };
