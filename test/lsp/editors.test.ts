// The VS Code extension in editors/vscode/ is in step with the server: it starts `milepel lsp`, activates on YAML,
// and contributes the command the code lens runs, which runs `milepel explain` with the server's settings.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
    expect(manifest.contributes.configuration.properties['milepel.command']!.default).toEqual(['milepel', 'lsp']);
    expect(Object.keys(manifest.dependencies)).toEqual(['vscode-languageclient']);
    expect(source).toContain(`registerCommand('${EXPLAIN_COMMAND}'`);
    expect(source).toContain("new LanguageClient('milepel'");
  });

  it('runs milepel explain for a lens with the command, plans, status date and language the server was started with', () => {
    const settings: Record<string, unknown> = { command: ['npx', 'milepel', 'lsp'], paths: ['plans', 'more'], today: '2021-03-02', locale: 'nb' };
    const commands = new Map<string, (ref: string) => void>();
    const runs: { file: string; args: string[]; cwd: string }[] = [];
    const fakes: Record<string, unknown> = {
      vscode: {
        workspace: {
          getConfiguration: () => ({ get: (key: string, fallback?: unknown) => settings[key] ?? fallback }),
          workspaceFolders: [{ uri: { fsPath: '/work/folder' } }],
          createFileSystemWatcher: () => ({}),
        },
        window: { createOutputChannel: () => ({ clear: () => {}, append: () => {}, show: () => {} }) },
        commands: { registerCommand: (name: string, fn: (ref: string) => void) => commands.set(name, fn) },
      },
      'vscode-languageclient/node': { TransportKind: { stdio: 0 }, LanguageClient: class { start(): Promise<void> { return Promise.resolve(); } } },
      'node:child_process': { execFile: (file: string, args: string[], options: { cwd: string }) => runs.push({ file, args, cwd: options.cwd }) },
    };
    const require = createRequire(import.meta.url);
    const Module = require('node:module') as { _load: (request: string, ...rest: unknown[]) => unknown };
    const load = Module._load;
    Module._load = function (request: string, ...rest: unknown[]) {
      return request in fakes ? fakes[request] : load.call(this, request, ...rest);
    };
    try {
      const extension = require(join(DIR, 'extension.js')) as { activate: (context: { subscriptions: unknown[] }) => unknown };
      void extension.activate({ subscriptions: [] });
    } finally {
      Module._load = load;
    }
    commands.get(EXPLAIN_COMMAND)!('p/A');
    expect(runs).toEqual([{ file: 'npx', args: ['milepel', 'explain', 'p/A', 'plans', 'more', '--today', '2021-03-02', '--locale', 'nb'], cwd: '/work/folder' }]);
  });
});
