// The VS Code extension in editors/vscode/ is in step with the server: it starts `milepel lsp`, activates on YAML,
// and contributes the command the code lens runs.
import { readFileSync } from 'node:fs';
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
});
