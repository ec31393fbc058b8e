// `validate --plan` (SPEC §7: that plan's findings only, its exit code following them) and the findings several
// plans share. Tester round 112 F1: a cycle across three plans was told only to the plan whose entry it is anchored
// at, though each plan's edges in it leave the schedule; F2: a shared governance file's errors were no plan's, and
// every `validate --plan` passed with them.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

interface Finding { readonly rule: string; readonly file: string }

const plan = (id: string, after: string): string => `plan: {id: ${id}, title: ${id}}\nmilestones:\n  - {id: M, title: M, date: 2026-03-02${after}}\n`;

async function findings(files: Record<string, string>, id: string): Promise<{ code: number; rules: string[] }> {
  const r = await runCli(['validate', 'ws', '--plan', id, '--format', 'json', '--today', '2026-01-05'], { files, diskRoots: [] });
  return { code: r.code, rules: (JSON.parse(r.stdout) as { diagnostics: Finding[] }).diagnostics.map((d) => `${d.rule} ${d.file}`) };
}

describe('validate --plan and findings several plans share', () => {
  it('tells a cycle across plans to each plan with an edge in it, not to a plan outside it', async () => {
    const files = {
      'ws/a.yaml': plan('a', ', after: [c/M]'),
      'ws/b.yaml': plan('b', ', after: [a/M]'),
      'ws/c.yaml': plan('c', ', after: [b/M]'),
      'ws/d.yaml': plan('d', ''),
    };
    for (const id of ['a', 'b', 'c']) {
      const r = await findings(files, id);
      expect(r.code, id).toBe(1);
      expect(r.rules.filter((x) => x.startsWith('dependency-cycle')), id).toHaveLength(1);
    }
    expect(await findings(files, 'd')).toEqual({ code: 0, rules: [] });
  });

  it('tells a shared governance file\'s errors to every plan, but not a finding about another plan\'s entity', async () => {
    const files = {
      'ws/a.yaml': plan('a', ''),
      'ws/b.yaml': plan('b', ', after: [NOPE]'),
      'ws/gov.yaml': 'bodies: [{id: PS, name: Styret}]\nmeetings:\n  - {body: STYRO, date: 2026-02-02}\n',
    };
    const a = await findings(files, 'a');
    expect(a).toEqual({ code: 1, rules: ['unknown-reference ws/gov.yaml'] });
    const b = await findings(files, 'b');
    expect(b.code).toBe(1);
    expect(b.rules.sort()).toEqual(['unknown-reference ws/b.yaml', 'unknown-reference ws/gov.yaml']);
  });
});
