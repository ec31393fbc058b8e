// A plan validated without its governance file (bodies and meetings live elsewhere) gets one hint saying so
// and how to include it, on the first unknown body or meeting; the other findings keep their own hints.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

interface Finding { rule: string; line: number; hint?: string; message: string }

async function findings(args: readonly string[]): Promise<Finding[]> {
  const r = await runCli(['validate', ...args, '--today', '2019-09-01', '--format', 'json']);
  return (JSON.parse(r.stdout) as { diagnostics: Finding[] }).diagnostics;
}

const isGovernanceHint = (f: Finding): boolean => (f.hint ?? '').includes('governance file');

describe('validating a plan without its governance file', () => {
  it('gives exactly one governance hint, on the first unknown body (the plan header), counting the references', async () => {
    const all = await findings(['plans/akson.yaml']);
    const unknown = all.filter((f) => f.rule === 'unknown-reference');
    expect(unknown.length).toBeGreaterThan(10);
    const hinted = all.filter(isGovernanceHint);
    expect(hinted).toHaveLength(1);
    expect(hinted[0]!.line).toBe(Math.min(...unknown.map((f) => f.line)));
    expect(hinted[0]!.hint).toContain(`${unknown.length} references`);
    expect(hinted[0]!.hint).toContain('milepel validate plan.yaml governance.yaml');
    // The rest keep the field's own hint.
    expect(unknown.filter((f) => !isGovernanceHint(f)).every((f) => /bodies:|meetings:/.test(f.hint ?? ''))).toBe(true);
  });

  it('says it in Norwegian under --locale nb', async () => {
    const all = await findings(['plans/akson.yaml', '--locale', 'nb']);
    expect(all.filter((f) => (f.hint ?? '').includes('styringsfil'))).toHaveLength(1);
  });

  it('gives none when the governance file is there, nor when bodies exist and one name is wrong', async () => {
    expect((await findings(['plans'])).filter(isGovernanceHint)).toHaveLength(0);
    const r = await findings(['test/fixtures/err/unknown-reference']);
    expect(r.some((f) => f.rule === 'unknown-reference')).toBe(true);
    expect(r.filter(isGovernanceHint)).toHaveLength(0);
  });
});
