// snapshot writes T, the workspace's latest status date, as each entry's `reported` (SPEC §7). A status_date that is
// no date leaves T to another plan or the system clock: refused, as a bad milestone date is, unless --today gives T
// (a tester's `status_date: 2019-09-31` got `reported: 2026-12-04`). Its summary line gives T as the locale writes
// dates (SPEC §15: DD.MM.YYYY under nb); the entries quote YAML and stay ISO.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const plan = (statusDate: string): string => `plan: {id: a, title: A, status_date: ${statusDate}}\nmilestones:\n  - {id: M1, title: t, date: 2019-10-01}\n`;

describe('snapshot and the status date', () => {
  it('refuses a status_date that is no date, naming it, and writes nothing (exit 2)', async () => {
    for (const bad of ['2019-09-31', '"not a date"', '2019-13']) {
      const r = await runCli(['snapshot', 'ws'], { files: { 'ws/a.yaml': plan(bad), 'ws/b.yaml': 'plan: {id: b, title: B, status_date: 2019-06-01}\nmilestones:\n  - {id: M2, title: t, date: 2019-10-01}\n' }, diskRoots: [] });
      expect(r.code, bad).toBe(2);
      expect(r.stderr, bad).toBe("milepel: ws/a.yaml:1:38: plan a's status_date is not a valid date, so snapshot cannot tell which day to record as reported; fix it first (milepel validate shows how), or give --today; nothing written\n");
      expect(r.io.written.size, bad).toBe(0);
    }
  });

  it('records with --today, which gives T, whatever the status_date', async () => {
    const r = await runCli(['snapshot', 'ws', '--today', '2019-09-05'], { files: { 'ws/a.yaml': plan('2019-09-31') }, diskRoots: [] });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('ws/a.yaml:3: a/M1 history + {reported: 2019-09-05, forecast: 2019-10-01}\nsnapshot 2019-09-05: 1 entry recorded in 1 file\n');
  });

  it('gives T in the summary as the locale writes a date; the entries stay ISO', async () => {
    const files = { 'ws/a.yaml': plan('2019-09-05') };
    const first = await runCli(['snapshot', 'ws', '--locale', 'nb'], { files, diskRoots: [] });
    expect(first.stdout).toBe('ws/a.yaml:3: a/M1 history + {reported: 2019-09-05, forecast: 2019-10-01}\nsnapshot 05.09.2019: 1 oppføring registrert i 1 fil\n');
    const again = await runCli(['snapshot', 'ws', '--locale', 'nb'], { files: { 'ws/a.yaml': first.io.written.get('ws/a.yaml')! }, diskRoots: [] });
    expect(again.stdout).toBe('snapshot 05.09.2019: ingenting å registrere (1 uendret); ingen fil er skrevet\n');
  });
});
