// Tester round 30 F1: "the file has risks but no plan header" was placed at the file's first key (`bodies:`, a key
// that needs no header), or at 1:1; SPEC §4 places a finding at what is wrong. It is at the key it names now.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

describe('a file with risks, goals or milestones but no plan header', () => {
  it('has each finding at the key it names, in file order', async () => {
    const text = '# comment\nbodies:\n  - {id: N, name: N}\n\nrisks:\n  - {id: R, title: R, probability: 0.5, impact: 2d, milestones: [A]}\ngoals:\n  - {id: G, title: G}\n';
    const r = await runCli(['validate', 'ws', '--format', 'json'], { files: { 'ws/r.yaml': text }, diskRoots: [] });
    const found = (JSON.parse(r.stdout) as { diagnostics: { message: string; line: number; column: number }[] }).diagnostics.map((d) => [d.line, d.column, d.message]);
    expect(found).toEqual([[5, 1, 'the file has risks but no plan header'], [7, 1, 'the file has goals but no plan header']]);
  });

  it('is at the key in a JSON plan file too', async () => {
    const r = await runCli(['validate', 'ws/j.json', '--format', 'json'], { files: { 'ws/j.json': '{"bodies": [], "milestones": []}' }, diskRoots: [] });
    expect((JSON.parse(r.stdout) as { diagnostics: { line: number; column: number }[] }).diagnostics.map((d) => [d.line, d.column])).toEqual([[1, 16]]);
  });
});
