// The VS Code extension in editors/vscode/ is in step with the server: it starts `milepel lsp`, activates on YAML,
// and contributes the command the code lens runs, which runs `milepel explain` with the server's settings.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPLAIN_COMMAND } from '../../src/lsp/code-lens.js';
import { REPO_ROOT } from '../helpers/fake-io.js';

const DIR = join(REPO_ROOT, 'editors', 'vscode');

describe('editors/vscode', () => {
  it('has a manifest whose entry point exists, activating on YAML and contributing the code lens command', () => {
    const manifest = JSON.parse(readFileSync(join(DIR, 'package.json'), 'utf8')) as { main: string; activationEvents: string[]; contributes: { commands: { command: string }[]; configuration: { properties: Record<string, { default: unknown }> } }; dependencies: Record<string, string> };
    const source = readFileSync(join(DIR, manifest.main), 'utf8');
    expect(manifest.activationEvents).toContain('onLanguage:yaml');
    expect(manifest.contributes.commands.map((c) => c.command)).toEqual([EXPLAIN_COMMAND]);
    // milepel is not on the npm registry: the default runs the copy installed in the plans repository (tester round 12 #3).
    expect(manifest.contributes.configuration.properties['milepel.command']!.default).toEqual(['npx', '--no-install', 'milepel', 'lsp']);
    expect(Object.keys(manifest.dependencies)).toEqual(['vscode-languageclient']);
    expect(source).toContain(`registerCommand('${EXPLAIN_COMMAND}'`);
    expect(source).toContain("new LanguageClient('milepel'");
  });

  it('runs milepel explain for a lens with the command, plans, status date and language the server was started with', () => {
    const { runs } = clickLens({ command: ['npx', 'milepel', 'lsp'], paths: ['plans', 'more'], today: '2021-03-02', locale: 'nb' }, '/work/folder');
    expect(runs).toEqual([{ file: 'npx', args: ['milepel', 'explain', 'p/A', 'plans', 'more', '--today', '2021-03-02', '--locale', 'nb'], cwd: '/work/folder' }]);
  });

  it('by default starts the server and explain with npx --no-install in the workspace folder (tester round 12 #3)', () => {
    const { server, runs } = clickLens({ paths: ['plans'] }, '/work/folder');
    expect(server).toMatchObject({ command: 'npx', args: ['--no-install', 'milepel', 'lsp'], options: { cwd: '/work/folder' } });
    expect(runs).toEqual([{ file: 'npx', args: ['--no-install', 'milepel', 'explain', 'p/A', 'plans'], cwd: '/work/folder' }]);
  });

  // Tester round 28 F1: in a multi-root workspace the lens of the second folder explained the first folder's ref.
  it('runs explain in the folder of the file whose lens was clicked (its URI after the ref)', () => {
    const { runs } = clickLens({ command: ['milepel', 'lsp'], paths: ['plans'] }, '/work/a', { uri: 'file:///work/b/plans/p.yaml', folder: '/work/b' });
    expect(runs).toEqual([{ file: 'milepel', args: ['explain', 'p/A', 'plans'], cwd: '/work/b' }]);
  });

  // The server reads plans/ when the folder has one, else the folder itself; explain alone reads ./plans, so a lens
  // shown in a folder of plan files failed with "plans: no such file or directory" (tester round 12 #4).
  it('without milepel.paths, explains on the workspace the server found: plans/ when there is one, else the folder', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'milepel-vscode-'));
    try {
      const flat = join(tmp, 'flat');
      const nested = join(tmp, 'nested');
      mkdirSync(flat);
      mkdirSync(join(nested, 'plans'), { recursive: true });
      expect(clickLens({ command: ['milepel', 'lsp'], paths: [] }, flat).runs).toEqual([{ file: 'milepel', args: ['explain', 'p/A', '.'], cwd: flat }]);
      expect(clickLens({ command: ['milepel', 'lsp'], paths: [] }, nested).runs).toEqual([{ file: 'milepel', args: ['explain', 'p/A', 'plans'], cwd: nested }]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

interface ServerOptions {
  readonly command: string;
  readonly args: string[];
  readonly options: { cwd?: string };
}

/**
 * Activates the extension with fakes for VS Code, the language client and execFile, and clicks a lens on p/A: how the
 * server was started, and what the click ran.
 */
function clickLens(settings: Record<string, unknown>, folder: string, lensIn?: { uri: string; folder: string }): { server: ServerOptions; runs: { file: string; args: string[]; cwd: string }[] } {
  const commands = new Map<string, (ref: string, uri?: string) => void>();
  const runs: { file: string; args: string[]; cwd: string }[] = [];
  const servers: ServerOptions[] = [];
  const fakes: Record<string, unknown> = {
    vscode: {
      workspace: {
        getConfiguration: () => ({ get: (key: string, fallback?: unknown) => settings[key] ?? fallback }),
        workspaceFolders: [{ uri: { fsPath: folder } }, ...(lensIn === undefined ? [] : [{ uri: { fsPath: lensIn.folder } }])],
        createFileSystemWatcher: () => ({}),
        getWorkspaceFolder: (uri: { text: string }) => (lensIn !== undefined && uri.text === lensIn.uri ? { uri: { fsPath: lensIn.folder } } : undefined),
      },
      Uri: { parse: (text: string) => ({ text }) },
      window: { createOutputChannel: () => ({ clear: () => {}, append: () => {}, show: () => {} }) },
      commands: { registerCommand: (name: string, fn: (ref: string, uri?: string) => void) => commands.set(name, fn) },
    },
    'vscode-languageclient/node': {
      TransportKind: { stdio: 0 },
      LanguageClient: class {
        constructor(_id: string, _name: string, server: ServerOptions) {
          servers.push(server);
        }

        start(): Promise<void> {
          return Promise.resolve();
        }
      },
    },
    'node:child_process': { execFile: (file: string, args: string[], options: { cwd: string }) => runs.push({ file, args, cwd: options.cwd }) },
  };
  const require = createRequire(import.meta.url);
  const Module = require('node:module') as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = Module._load;
  Module._load = function (request: string, ...rest: unknown[]) {
    return request in fakes ? fakes[request] : load.call(this, request, ...rest);
  };
  const path = join(DIR, 'extension.js');
  try {
    // Loaded afresh each time: the module keeps the fakes it was first loaded with.
    delete require.cache[path];
    const extension = require(path) as { activate: (context: { subscriptions: unknown[] }) => unknown };
    void extension.activate({ subscriptions: [] });
  } finally {
    Module._load = load;
  }
  commands.get(EXPLAIN_COMMAND)!('p/A', lensIn?.uri);
  return { server: servers[0]!, runs };
}
