// `gates` says when a gate's date has passed undecided or its readiness milestone is overdue, as validate's overdue
// does (tester round 95 F1: three weeks after its date, its readiness milestone not reached, a gate read `ok`, +1 wd).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const FILES = {
  'ws/gov.yaml': 'bodies: [{id: NEHS, name: Nasjonalt e-helsestyre}]\nmeetings: [{body: NEHS, date: 2024-09-02}, {body: NEHS, date: 2024-09-20}]\n',
  'ws/g.yaml': `plan: {id: g, title: Gates}
milestones:
  - {id: R1, title: Ready early, date: 2024-09-05}
  - {id: R2, title: Ready and reached, date: 2024-09-05, actual: 2024-09-05}
gates:
  - {id: G1, title: Open, date: 2024-09-20, body: NEHS, ready: {milestone: R1, lead: 10d}}
  - {id: G2, title: Decided, date: 2024-09-02, decided: 2024-09-02, body: NEHS}
`,
};

async function gates(today: string, format: 'text' | 'json', locale = 'en'): Promise<string> {
  const r = await runCli(['gates', 'ws', '--today', today, '--format', format, '--locale', locale, '--width', '80'], { files: FILES, diskRoots: [] });
  expect(r.code).toBe(0);
  return r.stdout;
}

const statusOf = (text: string, ref: string): string => text.split('\n').find((l) => l.startsWith(ref))!.replace(/^.*\s{2,}/, '');

describe('gates: overdue', () => {
  it('before the dates: ok', async () => {
    const text = await gates('2024-09-04', 'text');
    expect(statusOf(text, 'g/G1')).toBe('ok');
    expect((JSON.parse(await gates('2024-09-04', 'json')) as { gates: { ok: boolean }[] }).gates.map((g) => g.ok)).toEqual([true, true]);
  });

  it('the readiness milestone past its date unreached: READY OVERDUE, not ok', async () => {
    const text = await gates('2024-09-06', 'text');
    expect(statusOf(text, 'g/G1')).toBe('READY OVERDUE');
    expect(statusOf(text, 'g/G2')).toBe('ok');
    expect((JSON.parse(await gates('2024-09-06', 'json')) as { gates: { ok: boolean }[] }).gates.map((g) => g.ok)).toEqual([false, true]);
  });

  it('says what READY OVERDUE is beside a margin, and names a readiness milestone of another plan by its ref (round 97 F11)', async () => {
    expect(await gates('2024-09-04', 'text')).not.toContain('READY OVERDUE');
    expect(await gates('2024-09-06', 'text')).toMatch(/READY OVERDUE: its date has passed, not reached\n$/);
    const files = { ...FILES, 'ws/h.yaml': 'plan: {id: h, title: H}\ngates:\n  - {id: H1, title: g, date: 2024-09-20, body: NEHS, ready: {milestone: g/R1, lead: 1d}}\n' };
    const r = await runCli(['gates', 'ws', '--plan', 'h', '--today', '2024-09-04', '--width', '100'], { files, diskRoots: [] });
    expect(r.stdout).toMatch(/^h\/H1 .* g\/R1 2024-09-05 /m);
  });

  it('a decision dated after the status date, and a gate without a date, are not ok either (round 97 F10)', async () => {
    const files = { ...FILES, 'ws/h.yaml': 'plan: {id: h, title: H}\ngates:\n  - {id: H1, title: g, date: 2024-09-20, decided: 2024-09-20, body: NEHS}\n  - {id: H2, title: g, body: NEHS}\n' };
    const text = await runCli(['gates', 'ws', '--plan', 'h', '--today', '2024-09-10', '--width', '100'], { files, diskRoots: [] });
    expect(text.stdout.split('\n').filter((l) => l.startsWith('h/')).map((l) => l.replace(/^(\S+).* {2}(\S.*)$/, '$1 $2'))).toEqual(['h/H1 FUTURE DECISION', 'h/H2 NOT CHECKED']);
    // "2024-09-20 decided" beside NOT YET DECIDED read as a contradiction (tester round 101 F3): the legend says why.
    expect(text.stdout).toMatch(/\nFUTURE DECISION: its decided date is after the status date\n$/);
    const narrow = await runCli(['gates', 'ws', '--plan', 'h', '--today', '2024-09-10', '--width', '40', '--locale', 'nb'], { files, diskRoots: [] });
    expect(narrow.stdout).toMatch(/\nFRAMTIDIG BESLUTNING: besluttet-datoen\n {2}er etter statusdatoen\n$/);
    const json = await runCli(['gates', 'ws', '--plan', 'h', '--today', '2024-09-10', '--format', 'json'], { files, diskRoots: [] });
    expect((JSON.parse(json.stdout) as { gates: { ok: boolean }[] }).gates.map((g) => g.ok)).toEqual([false, false]);
  });

  it('the gate past its date undecided too: NOT DECIDED, in both locales', async () => {
    expect(statusOf(await gates('2024-09-23', 'text'), 'g/G1')).toBe('NOT DECIDED, READY OVERDUE');
    expect(statusOf(await gates('2024-09-23', 'text', 'nb'), 'g/G1')).toBe('IKKE BESLUTTET, KLAR OVER FRIST');
    expect(statusOf(await gates('2024-09-23', 'text'), 'g/G2')).toBe('ok');
  });
});
