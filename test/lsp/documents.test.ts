// Which documents the language server analyses, over a real client (tester round 12 #1, #2): a file is one document
// however the client percent-encodes its URI (VS Code encodes `( ) + @`, Neovim `&`; Node neither), and a YAML file
// that `validate` would not read — a CI workflow under a dot-named folder, `.gitlab-ci.yml`, any YAML outside the
// workspace that is no plan — gets no findings and stays out of the workspace's analysis.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';
import { startClient, type LspClient, type PublishedDiagnostic } from './client.js';

// B is on a Saturday: one finding (non-working-day) that must be published once, under the URI the client used.
const PLAN = 'plan: {id: p, title: P, status_date: 2026-01-05}\nmilestones:\n  - {id: A, title: A, date: 2026-02-02}\n  - {id: B, title: B, date: 2026-02-07, after: [A]}\n';
const OTHER = 'plan: {id: q, title: Q}\nmilestones:\n  - {id: C, title: C, date: 2026-02-09, after: [p/B]}\n';
const WORKFLOW = 'name: plans\non: [push, pull_request]\njobs:\n  validate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npx --no-install milepel validate plans/ --format github\n';
const GITLAB = 'validate-plans:\n  image: node:20\n  script:\n    - npx --no-install milepel validate plans/ --format gitlab > gl-code-quality.json\n';

const tmp = mkdtempSync(join(tmpdir(), 'milepel-lsp-documents-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A file: URI as VS Code (vscode-uri) writes it: every character but letters, digits, `-._~` and `/` encoded. */
const vscodeUri = (path: string): string => `file://${path.split('/').map((s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join('/')}`;
/** As Neovim's vim.uri_from_fname writes it: `( ) ! * '` left as they are, `&`, `+`, `@` and space encoded. */
const neovimUri = (path: string): string => `file://${path.split('/').map(encodeURIComponent).join('/')}`;

const codes = (d: readonly PublishedDiagnostic[] | undefined): string[] => (d ?? []).map((x) => x.code);

function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

/** A client on `dir` (its URI as Node writes it) after the workspace's first diagnostics. */
async function started(dir: string, first: readonly string[]): Promise<LspClient> {
  const client = startClient(builtCli(), dir);
  await client.connection.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(dir).href, capabilities: {} });
  const published = Promise.all(first.map((u) => client.nextDiagnostics(u)));
  await client.connection.sendNotification('initialized', {});
  await published;
  return client;
}

async function stop(client: LspClient): Promise<void> {
  await client.connection.sendRequest('shutdown');
  await client.connection.sendNotification('exit');
  expect(await client.exited).toBe(0);
}

async function open(client: LspClient, uri: string, text: string): Promise<PublishedDiagnostic[]> {
  const got = client.nextDiagnostics(uri);
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  return got;
}

describe('one document per file whatever the client\'s percent-encoding (tester round 12 #1)', () => {
  for (const [folder, encode, editor] of [['Planer (2026)', vscodeUri, 'VS Code'], ['FoU & drift', neovimUri, 'Neovim'], ['team+plans@nhn', vscodeUri, 'VS Code'], ['a (b) & c+d@e', neovimUri, 'Neovim']] as const) {
    it(`${folder}, opened as ${editor} names it`, async () => {
      const dir = join(tmp, folder);
      write(dir, { 'plans/p.yaml': PLAN, 'plans/q.yaml': OTHER });
      const path = join(dir, 'plans', 'p.yaml');
      const node = pathToFileURL(path).href;
      const client = await started(dir, [node, pathToFileURL(join(dir, 'plans', 'q.yaml')).href]);
      try {
        const uri = encode(path);
        expect(uri).not.toBe(node);
        expect(codes(client.diagnostics.get(node))).toEqual(['non-working-day']);
        const order: string[] = [];
        const emptied = client.nextDiagnostics(node).then((d) => (order.push('disk'), d));
        const opened = client.nextDiagnostics(uri).then((d) => (order.push('client'), d));
        await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: PLAN } });
        // Once, under the client's URI: no duplicate-id of every plan and milestone with itself.
        expect(codes(await opened)).toEqual(['non-working-day']);
        // The disk's spelling is emptied first: a client that takes both for one file keeps the findings.
        expect(await emptied).toEqual([]);
        expect(order).toEqual(['disk', 'client']);
        const changed = client.nextDiagnostics(uri);
        await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: PLAN.replace('2026-02-07', '2026-02-09') }] });
        expect(await changed).toEqual([]);
        // Requests under any spelling answer from the one document.
        const hover = await client.connection.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: node }, position: { line: 3, character: 9 } });
        expect(hover!.contents.value).toContain('p/B');
        const defs = await client.connection.sendRequest<{ uri: string }[]>('textDocument/definition', { textDocument: { uri: pathToFileURL(join(dir, 'plans', 'q.yaml')).href }, position: { line: 2, character: 49 } });
        expect(defs.map((d) => d.uri)).toEqual([uri]);
      } finally {
        await stop(client);
      }
    });
  }
});

describe('YAML that validate does not read gets no findings and stays out of the workspace (tester round 12 #2)', () => {
  it('a plans repository: CI workflows and other YAML outside plans/ are left alone, a plan elsewhere is analysed on its own', async () => {
    const dir = join(tmp, 'repo');
    write(dir, { 'plans/p.yaml': PLAN, '.github/workflows/plans.yml': WORKFLOW, '.gitlab-ci.yml': GITLAB, 'docker-compose.yml': 'services:\n  db: {image: postgres}\n' });
    const plan = pathToFileURL(join(dir, 'plans', 'p.yaml')).href;
    const client = await started(dir, [plan]);
    try {
      for (const [name, text] of [['.github/workflows/plans.yml', WORKFLOW], ['.gitlab-ci.yml', GITLAB], ['docker-compose.yml', 'services:\n  db: {image: postgres}\n']] as const) {
        expect(await open(client, pathToFileURL(join(dir, name)).href, text), name).toEqual([]);
      }
      expect(await open(client, 'untitled:Untitled-1', 'name: x\non: push\n')).toEqual([]);
      // A plan outside the workspace is still analysed, on its own (it is no part of plans/: its reference is unknown).
      const draft = pathToFileURL(join(dir, 'draft.yaml')).href;
      expect(codes(await open(client, draft, 'plan: {id: d, title: D, status_date: 2026-01-05}\nmilestones:\n  - {id: X, title: X, date: 2026-02-09, after: [p/C]}\n'))).toEqual(['unknown-reference']);
      // … until it no longer looks like one: its findings are taken back.
      const cleared = client.nextDiagnostics(draft);
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: draft, version: 2 }, contentChanges: [{ text: 'name: [\n' }] });
      expect(await cleared).toEqual([]);
      expect(codes(client.diagnostics.get(plan))).toEqual(['non-working-day']);
    } finally {
      await stop(client);
    }
  });

  it('a folder that is itself the workspace: its dot-named files and folders are passed over as validate\'s walk does', async () => {
    const dir = join(tmp, 'ws3');
    // A hidden copy of the plan: read into the workspace, every id in it would be a duplicate-id of the real one.
    write(dir, { 'p.yaml': PLAN, '.gitlab-ci.yml': GITLAB, '.github/workflows/plans.yml': WORKFLOW, '.old/p.yaml': PLAN, 'node_modules/x/p.yaml': PLAN });
    const plan = pathToFileURL(join(dir, 'p.yaml')).href;
    const client = await started(dir, [plan]);
    try {
      expect(await open(client, pathToFileURL(join(dir, '.gitlab-ci.yml')).href, GITLAB)).toEqual([]);
      expect(await open(client, pathToFileURL(join(dir, '.github/workflows/plans.yml')).href, WORKFLOW)).toEqual([]);
      // The hidden plan is analysed on its own: its one finding, no duplicate-id, neither there nor in p.yaml.
      expect(codes(await open(client, pathToFileURL(join(dir, '.old/p.yaml')).href, PLAN))).toEqual(['non-working-day']);
      expect(codes(await open(client, pathToFileURL(join(dir, 'node_modules/x/p.yaml')).href, PLAN))).toEqual(['non-working-day']);
      // The workspace's own file, changed now, is analysed without them.
      const changed = client.nextDiagnostics(plan);
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: plan, languageId: 'yaml', version: 1, text: PLAN } });
      expect(codes(await changed)).toEqual(['non-working-day']);
    } finally {
      await stop(client);
    }
  });
});

describe('a CI file with a `plan:` job is no plan (tester round 13 #7)', () => {
  it('a Terraform .gitlab-ci.yml gets no findings; a plan outside the workspace with a misspelt key keeps its own', async () => {
    const dir = join(tmp, 'terraform');
    const ci = 'stages: [plan, apply]\nplan:\n  stage: plan\n  script: terraform plan -out plan.tfplan\napply:\n  stage: apply\n  script: terraform apply plan.tfplan\n';
    write(dir, { 'plans/p.yaml': PLAN, '.gitlab-ci.yml': ci });
    const plan = pathToFileURL(join(dir, 'plans', 'p.yaml')).href;
    const client = await started(dir, [plan]);
    try {
      expect(await open(client, pathToFileURL(join(dir, '.gitlab-ci.yml')).href, ci)).toEqual([]);
      expect(await open(client, 'untitled:Untitled-2', ci)).toEqual([]);
      // `milestone:` is a plan's typo, not another format's key: the schema finding says so.
      const draft = pathToFileURL(join(dir, 'draft.yaml')).href;
      expect(codes(await open(client, draft, 'plan: {id: d, title: D}\nmilestone:\n  - {id: X, title: X, date: 2026-02-09}\n'))).toEqual(['schema']);
      expect(codes(client.diagnostics.get(plan))).toEqual(['non-working-day']);
    } finally {
      await stop(client);
    }
  });
});

describe('a plan outside the workspace with a stray top-level key keeps its findings (tester round 14 #5)', () => {
  it('gets the unknown key and its cycle, and a GitLab CI file in flow style with a plan job gets none', async () => {
    const dir = join(tmp, 'stray');
    write(dir, { 'ws/plans/p.yaml': PLAN });
    const plan = pathToFileURL(join(dir, 'ws', 'plans', 'p.yaml')).href;
    const client = await started(join(dir, 'ws'), [plan]);
    try {
      const cycle = 'milestones:\n  - {id: A, title: A, date: 2026-05-15, after: [B]}\n  - {id: B, title: B, date: 2026-05-20, after: [A]}\n';
      const notes = `plan: {id: q, title: Q, status_date: 2026-01-05}\nnotes: draft for the steering group\n${cycle}`;
      const found = await open(client, pathToFileURL(join(dir, 'out', 'a.yaml')).href, notes);
      expect(codes(found).sort()).toEqual(['dependency-cycle', 'schema']);
      expect(found.find((d) => d.code === 'schema')!.message).toContain('"notes"');
      const milepeler = await open(client, pathToFileURL(join(dir, 'out', 'b.yaml')).href, notes.replace('notes: draft for the steering group\nmilestones:', 'milepeler:'));
      expect(codes(milepeler)).toEqual(['schema']);
      const gitlab = '{plan: {stage: plan, script: terraform plan}, apply: {stage: apply, script: terraform apply}}\n';
      expect(await open(client, pathToFileURL(join(dir, 'out', 'c.yml')).href, gitlab)).toEqual([]);
      expect(codes(client.diagnostics.get(plan))).toEqual(['non-working-day']);
    } finally {
      await stop(client);
    }
  });
});
