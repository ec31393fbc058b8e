// Tester round 37: lines of the reports at a narrow --width. The "nothing to show" lines of roadmap and gantt ran past
// it (F1), the meetings matrix's short dates hid a meeting's year (F2), and slippage's summary split "1 removed" (F4).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';
import { displayWidth } from '../../src/report/table.js';

const run = (args: readonly string[], files: Record<string, string>): ReturnType<typeof runCli> => runCli([...args, '--no-color'], { files, diskRoots: [] });

const widest = (text: string): number => Math.max(0, ...text.split('\n').map((line) => displayWidth(line)));

describe('the line saying there is nothing to show', () => {
  const empty = { 'ws/p.yaml': 'plan: {id: tom, title: Tom plan}\n' };

  it.each([
    [['roadmap'], 'No roadmap: no plan in the workspace has\n  goals.\n'],
    [['gantt'], 'Nothing to chart: the workspace has no\n  milestones or meetings.\n'],
    [['gantt', '--locale', 'nb'], 'Ingenting å vise: arbeidsområdet har\n  ingen milepæler eller møter.\n'],
  ])('%j is wrapped at --width 40', async (args, expected) => {
    const r = await run([...args, 'ws', '--width', '40', '--today', '2024-01-01'], empty);
    expect(r.stdout).toBe(expected);
    expect(widest(r.stdout)).toBeLessThanOrEqual(40);
  });
});

describe('a meeting in another year than its milestone, in the matrix\'s short dates', () => {
  const files = {
    'ws/p.yaml': [
      'bodies:',
      '  - {id: NEHS, name: Nasjonalt e-helsestyre}',
      '  - {id: KOMMUNESEKTORENS_FELLES_STYRINGSRAD, name: Langt organ}',
      'meetings:',
      '  - {body: NEHS, date: 2027-12-20}',
      '  - {body: NEHS, date: 2028-02-28}',
      '  - {body: KOMMUNESEKTORENS_FELLES_STYRINGSRAD, date: 2028-02-25}',
      'plan:',
      '  id: p',
      '  title: P',
      '  governance: {require: [NEHS, KOMMUNESEKTORENS_FELLES_STYRINGSRAD]}',
      'milestones:',
      '  - {id: AEOEAA-MILEPAEL-MED-LANGT-ID-0001, title: T, date: 2028-02-29}',
      '  - {id: M3, title: T, date: 2028-01-03}',
      '',
    ].join('\n'),
  };

  it('keeps the year, in en and nb; one in the milestone\'s year stays short', async () => {
    const en = await run(['meetings', 'ws', '--width', '80', '--today', '2024-01-01'], files);
    expect(en.stdout).toContain('AEOEAA-MILEPAEL-MED-LANGT-ID-0001  2028-02-29  ✓ 02-28 −1d');
    expect(en.stdout).toContain('M3                                 2028-01-03  ✓ 2027-12-20 −14d');
    const nb = await run(['meetings', 'ws', '--width', '80', '--today', '2024-01-01', '--locale', 'nb'], files);
    expect(nb.stdout).toContain('29.02.2028  ✓ 28.02 −1d');
    expect(nb.stdout).toContain('03.01.2028  ✓ 20.12.2027 −14d');
  });
});

describe('the slippage summary over two lines', () => {
  const milestones = (dates: readonly string[]): string => `plan: {id: p, title: P, status_date: 2024-03-01}\nmilestones:\n${dates.map((d, i) => `  - {id: M${i + 1}, title: T, date: ${d}}\n`).join('')}`;
  const files = {
    'base/p.yaml': milestones(['2024-02-01', '2024-03-04', '2024-03-05', '2024-03-06', '2024-04-01', '2024-04-02']),
    'cur/p.yaml': milestones(['2024-02-01', '2024-03-11', '2024-03-12', '2024-03-13', '2024-04-01']),
  };

  it('breaks between the counts, never inside one', async () => {
    const r = await run(['slippage', 'cur', '--baseline', 'base', '--width', '80'], files);
    const summary = r.stdout.split('\n').filter((line) => /^\d+ milestones:|removed|^BEI/.test(line));
    expect(summary).toEqual([
      '5 milestones: 1 overdue, 0 at risk, 3 slipped, 0 new, 1 on track, 0 done,',
      '1 removed',
      'BEI 0.00 (0 achieved / 1 due by 2024-03-01)',
    ]);
  });
});
