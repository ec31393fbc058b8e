// `validate --plan <id>` shows the plan's findings (SPEC §7): those in every file that declares the plan, a second
// declaration of the same id included, whose milestones join the plan (tester round 9 #1: it passed such a file).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const A = `plan: {id: akson, title: Akson, status_date: 2026-03-02}
milestones:
  - {id: MP1, title: Prosjektplan, date: 2026-03-10}
`;
const OTHER = `plan: {id: other, title: Other, status_date: 2026-03-02, bogus: 1}
milestones:
  - {id: X, title: X, date: 2026-03-10}
`;

describe('validate --plan', () => {
  it('keeps the findings of a second file that declares the same plan, and exits 1 for them', async () => {
    const copy = 'plan: {id: akson, title: Copy, status_date: 2026-02-30, bogus: 1}\n';
    const r = await runCli(['validate', 'ws', '--plan', 'akson', '--format', 'json'], { files: { 'ws/a.yaml': A, 'ws/b.yaml': copy, 'ws/o.yaml': OTHER } });
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.diagnostics.map((d: { rule: string; file: string }) => `${d.rule} ${d.file}`)).toEqual(['duplicate-id ws/b.yaml', 'invalid-date ws/b.yaml', 'schema ws/b.yaml']);
    // Another plan's findings stay out.
    expect(json.summary).toEqual({ errors: 3, warnings: 0 });
  });

  it('keeps a second declaration with milestones, and still shows nothing of another plan', async () => {
    const copy = `plan: {id: akson, title: Copy}
milestones:
  - {id: MP2, title: Leverandørdialog, date: 2026-03-20, after: [MP1]}
`;
    const r = await runCli(['validate', 'ws', '--plan', 'akson'], { files: { 'ws/a.yaml': A, 'ws/b.yaml': copy, 'ws/o.yaml': OTHER } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('ws/b.yaml:1:12: error: plan akson is defined twice: the first definition is in ws/a.yaml [duplicate-id]');
    expect(r.stdout).not.toContain('ws/o.yaml');
    const other = await runCli(['validate', 'ws', '--plan', 'other'], { files: { 'ws/a.yaml': A, 'ws/b.yaml': copy, 'ws/o.yaml': OTHER } });
    expect(other.code).toBe(1);
    expect(other.stdout).not.toContain('ws/b.yaml');
    expect(other.stdout).toContain('unknown key "bogus" in plan');
  });
});
