// Golden files of `milepel meetings` on the shipped plans: text at width 80 and JSON, default and fixed status date.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';
import { expectGolden } from '../helpers/golden.js';

const CASES: readonly { readonly golden: string; readonly args: readonly string[] }[] = [
  { golden: 'meetings.txt', args: [] },
  { golden: 'meetings.json', args: ['--format', 'json'] },
  { golden: 'meetings-2019-09-01.txt', args: ['--today', '2019-09-01'] },
  { golden: 'meetings-2019-09-01.json', args: ['--today', '2019-09-01', '--format', 'json'] },
  { golden: 'meetings-nb.txt', args: ['--locale', 'nb'] },
];

describe('meetings on the shipped plans', () => {
  for (const c of CASES) {
    it(`${c.args.join(' ') || '(defaults)'} → test/golden/${c.golden}`, async () => {
      const r = await runCli(['meetings', 'plans', '--width', '80', '--no-color', ...c.args]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expectGolden(c.golden, r.stdout);
    });
  }

  it('text fits 80 columns', async () => {
    const r = await runCli(['meetings', 'plans', '--width', '80', '--no-color']);
    for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });
});

describe('a meeting on the milestone\'s own day (a tester read "0 days before")', () => {
  const files = {
    'ws/p.yaml': [
      'bodies: [{id: KR, name: KommIT-rådet}]',
      'meetings: [{body: KR, date: 2026-03-16}]',
      'plan: {id: p, title: P, status_date: 2026-03-02, governance: {require: [KR], lead: 1w}}',
      'milestones:',
      '  - {id: M2, title: Samme dag, date: 2026-03-16, meetings: [KR@2026-03-16]}',
      '',
    ].join('\n'),
  };
  it.each([['en', '(on the same day; too late'], ['nb', '(samme dag; for sent']] as const)('is "on the same day" in %s', async (locale, text) => {
    const r = await runCli(['meetings', 'ws', '--no-color', '--locale', locale], { files });
    expect(r.stdout).toContain(text);
    expect(r.stdout).not.toMatch(/\b0 (days|dager)\b/);
  });
});
