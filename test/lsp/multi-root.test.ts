// A multi-root workspace (VS Code's workspaceFolders): each folder is a workspace of its own, as `validate` run in it
// sees it. Merged, two clones of one plans repository side by side gave every plan a duplicate-id (tester round 27 F1).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';
import { startClient } from './client.js';

const dir = mkdtempSync(join(tmpdir(), 'milepel-multi-root-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PLAN = 'plan:\n  id: a\n  title: A\n  status_date: 2026-01-05\nmilestones:\n  - {id: A1, title: A1, date: 2026-01-05}\n';

describe('milepel lsp with several workspace folders', () => {
  it('analyses each folder on its own: the same plan in both is no duplicate, and a reference stays in its folder', async () => {
    for (const r of ['r1', 'r2']) mkdirSync(join(dir, r, 'plans'), { recursive: true });
    writeFileSync(join(dir, 'r1', 'plans', 'a.yaml'), PLAN);
    writeFileSync(join(dir, 'r2', 'plans', 'a.yaml'), PLAN);
    // b names a/A9, which neither folder has, and a/A1, which its own folder has.
    writeFileSync(join(dir, 'r2', 'plans', 'b.yaml'), 'plan: {id: b, title: B}\nmilestones:\n  - {id: B1, title: B1, date: 2026-01-12, after: [a/A1, a/A9]}\n');
    const uri = (...names: string[]): string => pathToFileURL(join(dir, ...names)).href;
    const c = startClient(builtCli(), dir);
    try {
      const published = [uri('r1', 'plans', 'a.yaml'), uri('r2', 'plans', 'a.yaml'), uri('r2', 'plans', 'b.yaml')].map((u) => c.nextDiagnostics(u));
      await c.connection.sendRequest('initialize', {
        processId: null, rootUri: uri('r1'), capabilities: {},
        workspaceFolders: [{ uri: uri('r1'), name: 'r1' }, { uri: uri('r2'), name: 'r2' }],
        initializationOptions: { today: '2026-01-05' },
      });
      await c.connection.sendNotification('initialized', {});
      const [a1, a2, b] = await Promise.all(published);
      expect(a1!.map((d) => d.code)).toEqual([]);
      expect(a2!.map((d) => d.code)).toEqual([]);
      expect(b!.map((d) => `${d.code}: ${d.message.split('\n')[0]}`)).toEqual(['unknown-reference: b/B1 refers to milestone "a/A9", which does not exist']);
      // The lens's command explains the ref of the folder the lens is in (its file's URI after the ref): in r2, a/A1
      // is pushed by nothing but has b after it (tester round 28 F1: the first folder's was explained).
      const lenses = await c.connection.sendRequest<{ command: { arguments: string[] } }[]>('textDocument/codeLens', { textDocument: { uri: uri('r2', 'plans', 'a.yaml') } });
      expect(lenses[0]!.command.arguments).toEqual(['a/A1', uri('r2', 'plans', 'a.yaml')]);
      const inR2 = await c.connection.sendRequest<string>('workspace/executeCommand', { command: 'milepel.explain', arguments: lenses[0]!.command.arguments });
      const inR1 = await c.connection.sendRequest<string>('workspace/executeCommand', { command: 'milepel.explain', arguments: ['a/A1', uri('r1', 'plans', 'a.yaml')] });
      expect(inR2).toContain('b/B1');
      expect(inR1).not.toContain('b/B1');
    } finally {
      c.child.kill();
      await c.exited;
    }
  });

  // Tester round 28 F2: a folder inside another was a workspace of its own, and the outer one's references into it
  // were unknown; validate in the outer folder reads both.
  it('takes a folder inside another folder\'s workspace as part of it', async () => {
    mkdirSync(join(dir, 'outer', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'outer', 'a.yaml'), 'plan: {id: a, title: A}\nmilestones:\n  - {id: A1, title: A1, date: 2026-01-12, after: [q/X]}\n');
    writeFileSync(join(dir, 'outer', 'sub', 'q.yaml'), 'plan: {id: q, title: Q}\nmilestones:\n  - {id: X, title: X, date: 2026-01-05}\n');
    const uri = (...names: string[]): string => pathToFileURL(join(dir, ...names)).href;
    const c = startClient(builtCli(), dir);
    try {
      const published = [uri('outer', 'a.yaml'), uri('outer', 'sub', 'q.yaml')].map((u) => c.nextDiagnostics(u));
      await c.connection.sendRequest('initialize', {
        processId: null, rootUri: uri('outer'), capabilities: {},
        workspaceFolders: [{ uri: uri('outer'), name: 'outer' }, { uri: uri('outer', 'sub'), name: 'sub' }],
        initializationOptions: { today: '2026-01-05' },
      });
      await c.connection.sendNotification('initialized', {});
      const [a, q] = await Promise.all(published);
      expect(a!.map((d) => d.code)).toEqual([]);
      expect(q!.map((d) => d.code)).toEqual([]);
    } finally {
      c.child.kill();
      await c.exited;
    }
  });
});
