// `milepel export` and `milepel roadmap` on the command line: formats, exit codes, stdout/stderr split.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const BROKEN = { 'ws/p.yaml': 'plan:\n  id: p\n  title: P\nmilestones:\n  - id: A\n    title: A\n    date: 2019-09-02\n    after: [NOPE]\n' };

describe('export and roadmap commands', () => {
  it.each(['mermaid', 'ics', 'json', 'html'])('export --format %s writes to stdout only, exit 0', async (format) => {
    const r = await runCli(['export', 'plans', '--format', format]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.length).toBeGreaterThan(1000);
  });

  it('exports Mermaid when no --format is given', async () => {
    const r = await runCli(['export', 'plans']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('gantt\n')).toBe(true);
  });

  it.each([
    [['export', 'plans', '--format', 'pdf'], 'milepel: --format pdf: export has no format pdf; use one of mermaid, ics, json, html, mspdi'],
    [['roadmap', 'plans', '--format', 'csv'], 'milepel: --format csv: roadmap has no format csv; use one of text, json, xlsx'],
    [['export', 'plans', '--format', 'ics', '--plan', 'nope'], 'milepel: --plan nope: no such plan in the workspace (plans: akson, felles-grunnmur)'],
  ])('%j', async (argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${message}\n`);
  });

  it.each([
    ['export', '--format', 'ics'],
    ['export', '--format', 'html'],
    ['roadmap', '--format', 'json'],
  ])('%s %s %s: a structural error gives exit 1, the output still comes, the diagnostics go to stderr', async (...argv) => {
    const r = await runCli([...argv, 'ws', '--today', '2019-09-01'], { files: BROKEN });
    expect(r.code).toBe(1);
    expect(r.stdout.length).toBeGreaterThan(0);
    expect(r.stderr).toContain('unknown-reference');
  });
});
