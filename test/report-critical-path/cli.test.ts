// `milepel critical-path` and `milepel meetings` in-process: exit codes (SPEC §7), stdout/stderr split, options.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const CYCLIC = {
  'ws/a.yaml': [
    'plan: {id: a, title: A, governance: {require: [B]}}',
    'bodies: [{id: B, name: Board}]',
    'meetings: [{body: B, date: 2019-09-02}]',
    'milestones:',
    '  - {id: X, title: X, date: 2019-09-10, after: [Y]}',
    '  - {id: Y, title: Y, date: 2019-09-10, after: [X]}',
    '  - {id: Z, title: Z, date: 2019-09-12, after: [{id: Y, lag: 1d}]}',
    '',
  ].join('\n'),
};

describe.each(['critical-path', 'meetings'])('milepel %s', (command) => {
  it('prints the report and exits 1 with the structural errors on stderr when the workspace has a cycle', async () => {
    const r = await runCli([command, 'ws', '--format', 'json', '--today', '2019-09-01'], { files: CYCLIC });
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.today).toBe('2019-09-01');
    expect(json.milestones.map((m: { ref: string }) => m.ref)).toEqual(['a/X', 'a/Y', 'a/Z']);
    expect(r.stderr).toContain('ws/a.yaml:5:');
    expect(r.stderr).toContain('[dependency-cycle]');
    expect(r.stderr).not.toContain('[meeting-before-milestone]');
  });

  it('exits 0 without stderr on a sound workspace, and accepts --today DD.MM.YYYY', async () => {
    const r = await runCli([command, 'plans', '--format', 'json', '--today', '01.09.2019']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).today).toBe('2019-09-01');
  });

  it('exits 2 with one milepel: line on a bad format, an unknown plan or a missing path', async () => {
    for (const args of [['--format', 'csv'], ['--plan', 'nope'], ['no-such-dir']]) {
      const r = await runCli([command, ...(args[0] === 'no-such-dir' ? args : ['plans', ...args])]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^milepel: [^\n]+\n$/);
    }
  });

  it('filters the report with --plan', async () => {
    const r = await runCli([command, 'plans', '--format', 'json', '--plan', 'akson']);
    expect(r.code).toBe(0);
    const refs: string[] = JSON.parse(r.stdout).milestones.map((m: { ref: string }) => m.ref);
    // MP1–MP9, and in critical-path the dated gate SSD-HOD too (a schedule node; gate-decision checks its meeting).
    expect(refs.length).toBe(command === 'critical-path' ? 10 : 9);
    expect(refs.every((ref) => ref.startsWith('akson/'))).toBe(true);
  });

  it('shows help with an example', async () => {
    const r = await runCli([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`milepel ${command}`);
    expect(r.stdout).toContain('Examples:');
  });
});

describe('the shipped Akson plan', () => {
  it('critical-path: MP8 has float 17 against MP9, MP9 is the critical end (SPEC §8 example)', async () => {
    const json = JSON.parse((await runCli(['critical-path', 'plans', '--format', 'json', '--today', '2019-09-01'])).stdout);
    const mp8 = json.milestones.find((m: { ref: string }) => m.ref === 'akson/MP8');
    expect(mp8).toEqual({
      ref: 'akson/MP8', plan: 'akson', id: 'MP8', title: 'SSD V0.9 sendt ut til Prosjektstyre og NEHS', date: '2020-01-08', current: '2020-01-08',
      projected: '2020-01-08', start: '2020-01-08', latest: '2020-01-31', float: 17, critical: false, driver: null,
    });
    expect(json.paths).toContainEqual({ end: 'akson/MP9', float: 0, milestones: ['akson/MP9'] });
  });

  it('meetings: MP2 is the one milestone without a preceding NEHS meeting, as in the seed\'s table', async () => {
    const r = await runCli(['meetings', 'plans', '--format', 'json', '--today', '2019-09-01']);
    const json = JSON.parse(r.stdout);
    expect(json.summary).toEqual({ milestones: 9, ok: 8, missing: 1 });
    expect(json.milestones.find((m: { ref: string }) => m.ref === 'akson/MP2')).toEqual({
      ref: 'akson/MP2', plan: 'akson', id: 'MP2', date: '2019-08-31', ok: false,
      bodies: [{ body: 'NEHS', ok: false, meeting: null, nearest_before: 'NEHS@2019-06-19', nearest_after: 'NEHS@2019-09-12' }],
      listed_outside: ['KR@2019-09-13', 'NEHS@2019-09-12'],
    });
    // The seed's NEHS column: 19.6, —, 12.9, —, 28.10, —, —, 2.12, 22.1; MP4, MP6 and MP7 list none, so the latest NEHS meeting before them counts.
    const nehs = json.milestones.map((m: { id: string; bodies: { meeting: string | null }[] }) => [m.id, m.bodies[0]!.meeting]);
    expect(nehs).toEqual([
      ['MP1', 'NEHS@2019-06-19'], ['MP2', null], ['MP3', 'NEHS@2019-09-12'], ['MP4', 'NEHS@2019-10-28'], ['MP5', 'NEHS@2019-10-28'],
      ['MP6', 'NEHS@2019-10-28'], ['MP7', 'NEHS@2019-12-02'], ['MP8', 'NEHS@2019-12-02'], ['MP9', 'NEHS@2020-01-22'],
    ]);
  });
});
