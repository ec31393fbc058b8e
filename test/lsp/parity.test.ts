// The language server publishes validate's findings (SPEC §14) on plans it was not written for: every fixture folder
// of test/fixtures is opened as a workspace by a real client over stdio, and the published diagnostics equal
// `validate --format json` of that folder: rule, severity, position (LSP's 0-based line and UTF-16 character) and
// message (followed by the hint). `--strict` has no counterpart in the server, so the strict fixture is left out.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';
import { REPO_ROOT, runCli } from '../helpers/fake-io.js';
import { fixtureDirs, readFixture } from '../validate/expectations.js';
import { startClient, type JsonDiagnostic, type PublishedDiagnostic } from './client.js';

const FIXTURES = [...fixtureDirs('test/fixtures/err'), ...fixtureDirs('test/fixtures/valid')].filter((d) => !readFixture(d).args.includes('--strict'));

async function published(dir: string, files: readonly string[], today: string | undefined): Promise<string[]> {
  const client = startClient(builtCli(), REPO_ROOT);
  try {
    await client.connection.sendRequest('initialize', {
      processId: null, rootUri: pathToFileURL(REPO_ROOT).href, capabilities: {},
      initializationOptions: { paths: [dir], ...(today !== undefined ? { today } : {}) },
    });
    const uris = files.map((f) => pathToFileURL(join(REPO_ROOT, f)).href);
    const all = Promise.all(uris.map((u) => client.nextDiagnostics(u)));
    await client.connection.sendNotification('initialized', {});
    const got = await all;
    await client.connection.sendRequest('shutdown');
    await client.connection.sendNotification('exit');
    expect(await client.exited).toBe(0);
    return got.flatMap((list, i) => list.map((d: PublishedDiagnostic) => `${files[i]}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.severity === 1 ? 'error' : 'warning'} ${d.message}`)).sort();
  } finally {
    if (client.child.exitCode === null) client.child.kill();
  }
}

describe('milepel lsp publishes what validate finds', () => {
  for (const dir of FIXTURES) {
    it(dir, async () => {
      const fixture = readFixture(dir);
      const today = fixture.args.includes('--today') ? fixture.args[fixture.args.indexOf('--today') + 1] : undefined;
      const r = await runCli(['validate', dir, '--format', 'json', ...(today !== undefined ? ['--today', today] : [])]);
      const expected = (JSON.parse(r.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics
        .map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.severity} ${d.message}${d.hint !== undefined ? `\nhint: ${d.hint}` : ''}`).sort();
      expect(await published(dir, fixture.files, today)).toEqual(expected);
    });
  }
});
