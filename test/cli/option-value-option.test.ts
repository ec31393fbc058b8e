// An option whose value is missing because the next word is another of the command's options (tester round 60 F2):
// commander took `import --out --plan-id x.csv` as the directory `--plan-id` and wrote into it (exit 0), and `health
// --plan --format json` as plan `--format` and then the path `json`. Exit 2 with the option's line, as for a value
// missing at the end of the line; a value that only starts with a dash is still a value.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const PLAN = { 'ws/p.yaml': 'plan: {id: p, title: P, status_date: 2024-01-02}\nmilestones:\n  - {id: A, title: A, date: 2024-02-01}\n' };

describe('an option followed by another option instead of its value', () => {
  it.each([
    [['import', '--out', '--plan-id', 'x', 'a.csv'], "option '--out <dir>' argument missing", 'import'],
    [['health', 'ws', '--plan', '--format', 'json'], "option '--plan <id>' argument missing", 'health'],
    [['risk', 'ws', '--milestone', '--iterations', '5'], "option '--milestone <ref>' argument missing", 'risk'],
    [['slippage', 'ws', '--baseline', '--format=json'], "option '--baseline <path>' argument missing", 'slippage'],
  ])('%j: exit 2, the option named, nothing written', async (args, line, command) => {
    const r = await runCli(args, { files: PLAN });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`milepel: ${line}: write its value after it; \`milepel ${command} --help\` shows what it takes\n`);
    expect(r.io.written.size).toBe(0);
  });

  it('lists the formats when --format is followed by another option (tester round 60 F7)', async () => {
    const r = await runCli(['export', 'ws', '--format', '--plan', 'p'], { files: PLAN });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("milepel: option '--format <format>' argument missing: write one of mermaid, ics, json, html, mspdi after it\n");
    expect(r.io.written.size).toBe(0);
  });

  it('says the same of --format= with nothing after the sign (tester round 63 F10)', async () => {
    const r = await runCli(['validate', 'ws', '--format='], { files: PLAN });
    expect([r.code, r.stderr]).toEqual([2, "milepel: option '--format <format>' argument missing: write one of text, json, github, junit, sarif, gitlab after it\n"]);
  });

  it('leaves a value that merely starts with a dash, and words after --, to the command', async () => {
    const today = await runCli(['validate', 'ws', '--today', '-5'], { files: PLAN });
    expect(today.stderr).not.toContain('argument missing');
    const operands = await runCli(['validate', '--format', 'json', '--', 'ws'], { files: PLAN });
    expect(operands.stderr).toBe('');
    expect(JSON.parse(operands.stdout).files).toEqual(['ws/p.yaml']);
  });
});
