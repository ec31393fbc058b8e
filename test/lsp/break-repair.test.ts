// Breaking and repairing the YAML of files in the language server (SPEC §14) publishes what `validate` finds in the
// same texts, at every step: a broken file drops its entities, so every later file's plan, milestones, gates and
// goals move to other indices (model/rebase.ts shifts the cached ones instead of reading them again) and every
// reference into the broken file turns unknown (with its spelling suggestion) and back. A real client over stdio
// edits unsaved buffers; the same texts are written to disk and validated, and the diagnostics of every file —
// position, rule, severity, message with hint, related places — must be equal after each change.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';
import { REPO_ROOT, runCli } from '../helpers/fake-io.js';
import { startClient, type JsonDiagnostic, type LspClient } from './client.js';
import { PLANS } from './break-repair-plans.js';

const DIR = 'test/artifacts/lsp-break-repair';
const TODAY = '2019-09-01';
const uriOf = (name: string): string => pathToFileURL(join(REPO_ROOT, DIR, name)).href;

interface JsonDiagnosticWithRelated extends JsonDiagnostic {
  readonly related: readonly { file: string; line: number; column: number; message: string }[];
}

let client: LspClient;
const texts = new Map<string, string>(Object.entries(PLANS));
const versions = new Map<string, number>();

/** `validate --format json` of the texts as they are now (written to disk), one line per finding and related place. */
async function validated(): Promise<string[]> {
  for (const [name, text] of texts) writeFileSync(join(REPO_ROOT, DIR, name), text);
  const r = await runCli(['validate', DIR, '--format', 'json', '--today', TODAY]);
  const json = JSON.parse(r.stdout) as { diagnostics: JsonDiagnosticWithRelated[] };
  return json.diagnostics.map((d) => [
    `${d.file}:${d.line}:${d.column} ${d.rule} ${d.severity} ${d.message}${d.hint !== undefined ? `\nhint: ${d.hint}` : ''}`,
    ...d.related.map((x) => `  ${x.file}:${x.line}:${x.column} ${x.message}`),
  ].join('\n')).sort();
}

/** What the client holds now for every file, in the same form. */
function published(): string[] {
  const fileOf = new Map([...texts.keys()].map((n) => [uriOf(n), `${DIR}/${n}`]));
  const out: string[] = [];
  for (const [uri, file] of fileOf) {
    for (const d of client.diagnostics.get(uri) ?? []) {
      out.push([
        `${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.severity === 1 ? 'error' : 'warning'} ${d.message}`,
        ...(d.relatedInformation ?? []).map((x) => `  ${fileOf.get(x.location.uri)}:${x.location.range.start.line + 1}:${x.location.range.start.character + 1} ${x.message}`),
      ].join('\n'));
    }
  }
  return out.sort();
}

/** Replaces a file's buffer, waits until the server has published every file's diagnostics, and compares. */
async function change(name: string, edit: (text: string) => string, broken: boolean): Promise<void> {
  const before = texts.get(name)!;
  const after = edit(before);
  expect(after).not.toBe(before);
  texts.set(name, after);
  const uri = uriOf(name);
  const version = (versions.get(uri) ?? 1) + 1;
  versions.set(uri, version);
  const own = client.nextDiagnostics(uri);
  await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: after }] });
  expect((await own).some((d) => d.code === 'yaml-syntax')).toBe(broken);
  // The server answers a request only after the notifications it sent for the change: the command it runs, with no
  // ref, answered at once (with an error, which is all a barrier needs).
  await client.connection.sendRequest('workspace/executeCommand', { command: 'milepel.explain', arguments: [] }).catch(() => undefined);
  expect(published()).toEqual(await validated());
}

/** Opens a flow sequence before a value and never closes it: `key: [value`, as when typing a list. */
const breakAt = (key: string, value: string) => (t: string): string => t.replace(`${key}: ${value}`, `${key}: [${value}`);

beforeAll(async () => {
  rmSync(join(REPO_ROOT, DIR), { recursive: true, force: true });
  mkdirSync(join(REPO_ROOT, DIR), { recursive: true });
  for (const [name, text] of texts) writeFileSync(join(REPO_ROOT, DIR, name), text);
  client = startClient(builtCli(), REPO_ROOT);
  const first = Promise.all([...texts.keys()].map((n) => client.nextDiagnostics(uriOf(n))));
  await client.connection.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(REPO_ROOT).href, capabilities: {}, initializationOptions: { paths: [DIR], today: TODAY } });
  await client.connection.sendNotification('initialized', {});
  await first;
  // Every file open in the editor, as the user switches between them.
  for (const [name, text] of texts) {
    const opened = client.nextDiagnostics(uriOf(name));
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(name), languageId: 'yaml', version: 1, text } });
    await opened;
  }
}, 120_000);

afterAll(async () => {
  if (client.child.exitCode === null) {
    await client.connection.sendRequest('shutdown');
    await client.connection.sendNotification('exit');
    expect(await client.exited).toBe(0);
  }
  rmSync(join(REPO_ROOT, DIR), { recursive: true, force: true });
}, 120_000);

describe('milepel lsp while files break and are repaired', () => {
  it('publishes what validate finds before any change', async () => {
    const now = await validated();
    expect(now.some((d) => d.includes('unknown-reference'))).toBe(true);
    expect(now.filter((d) => / schema error after of milestone .* twice/.test(d))).toHaveLength(3);
    expect(published()).toEqual(now);
  });

  it('breaks the first plan: every later file moves, references into it turn unknown, with suggestions', async () => {
    await change('alpha.yaml', breakAt('date', '2019-06-11'), true);
    expect(published().filter((d) => d.includes('did you mean')).length).toBeGreaterThan(0);
    await change('alpha.yaml', breakAt('title', 'Start'), true);
  });

  it('repairs it with another date, then breaks the second plan and the first again, and repairs them one by one', async () => {
    await change('alpha.yaml', () => PLANS['alpha.yaml'].replace('date: 2019-06-11', 'date: 2019-06-12'), false);
    await change('beta.yaml', breakAt('title', 'Beta'), true);
    await change('alpha.yaml', breakAt('id', 'A3'), true);
    await change('beta.yaml', () => PLANS['beta.yaml'], false);
    // Repaired with one milestone more: the later files move by one more than they came back.
    await change('alpha.yaml', () => PLANS['alpha.yaml'].replace('  - id: A4', '  - id: A3b\n    title: New\n    date: 2019-09-16\n    after: [A3]\n  - id: A4'), false);
    await change('gamma.yaml', breakAt('id', 'C2'), true);
    await change('gamma.yaml', () => PLANS['gamma.yaml'], false);
    await change('alpha.yaml', () => PLANS['alpha.yaml'], false);
  });
});
