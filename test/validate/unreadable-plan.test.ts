// A plan file whose YAML does not parse: the references other files make to its plan's milestones are noted once, on
// its syntax error, instead of each reported as naming a plan missing from the workspace (a tester's 300 errors, each
// with a hint to include a file that was included, and with "did you mean" a plan of similar name).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const base = `plan:\n  id: base\n  title: Base\nmilestones:\n${Array.from({ length: 30 }, (_, i) => `  - {id: B${i}, title: b, date: 2026-03-02}\n`).join('')}  - id: X\n    title: [unclosed\n`;
const user = `plan: {id: user, title: User}\nmilestones:\n${Array.from({ length: 30 }, (_, i) => `  - {id: U${i}, title: u, date: 2026-04-01, after: [base/B${i}]}\n`).join('')}  - {id: V, title: v, date: 2026-04-01, after: [bass/B1]}\n`;
const bass = 'plan: {id: bass, title: Bass}\nmilestones: [{id: B1, title: b, date: 2026-03-02}]\n';

describe('references to the plan of a file that does not parse', () => {
  it('are noted once on its syntax error, and every other reference is still checked', async () => {
    const r = await runCli(['validate', 'ws', '--today', '2026-01-01', '--format', 'json'], { files: { 'ws/base.yaml': base, 'ws/user.yaml': user }, diskRoots: [] });
    expect(r.code).toBe(1);
    const diagnostics = JSON.parse(r.stdout).diagnostics as { file: string; line: number; rule: string; message: string; related: { file: string; line: number; column: number; message: string }[] }[];
    expect(diagnostics.map((d) => [d.file, d.line, d.rule])).toEqual([['ws/base.yaml', 36, 'yaml-syntax'], ['ws/user.yaml', 33, 'unknown-reference']]);
    expect(diagnostics[0]!.related).toEqual([{ file: 'ws/user.yaml', line: 3, column: 50, message: '30 references in other files (the first here) name milestones of plan base, which only this file declares; they are checked once it parses' }]);
    expect(diagnostics[1]!.message).toContain('"bass/B1"');
  });

  it('are checked as usual when another file declares the plan too, and suggest by spelling there', async () => {
    const r = await runCli(['validate', 'ws', '--today', '2026-01-01', '--format', 'json'], { files: { 'ws/base.yaml': base, 'ws/user.yaml': user.replace('[bass/B1]', '[base/B1]'), 'ws/again.yaml': bass.replace(/bass/g, 'base') }, diskRoots: [] });
    const diagnostics = JSON.parse(r.stdout).diagnostics as { rule: string; related: unknown[] }[];
    expect(diagnostics.filter((d) => d.rule === 'unknown-reference')).toHaveLength(29);
    expect(diagnostics.find((d) => d.rule === 'yaml-syntax')!.related).toEqual([]);
  });

  it('say so in Norwegian', async () => {
    const r = await runCli(['validate', 'ws', '--today', '2026-01-01', '--locale', 'nb'], { files: { 'ws/base.yaml': base, 'ws/user.yaml': user, 'ws/bass.yaml': bass }, diskRoots: [] });
    expect(r.stdout).toContain('= merknad: ws/user.yaml:3:50: 30 referanser i andre filer (den første her) viser til milepæler i plan base, som bare denne filen deklarerer; de sjekkes når filen kan leses');
    expect(r.stdout).not.toContain('base/B0');
    expect(r.stdout).not.toContain('bass/B');
  });
});
