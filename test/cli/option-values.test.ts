// Option values the tester found too loosely read or refused: --width takes whole numbers written in digits only,
// and set/snapshot take --color/--no-color like every other command (their diagnostics go to stderr, coloured
// only with --color or FORCE_COLOR, since milepel cannot see whether stderr is a terminal).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';
import { TWO_MILESTONES } from '../helpers/two-milestones.js';

const ESC = '\u001b[';

describe('--width', () => {
  for (const bad of ['0x40', '1e3', '40.0', ' 41', '41 ', '+50', '39', '1001', '']) {
    it(`refuses ${JSON.stringify(bad)} with one milepel: line, exit 2`, async () => {
      const r = await runCli(['gantt', 'plans', '--width', bad, '--today', '2019-09-01']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^milepel: .*--width.*\n$/);
      expect(r.stdout).toBe('');
    });
  }
  for (const good of ['40', '080', '1000']) {
    it(`takes ${good}`, async () => {
      const r = await runCli(['gantt', 'plans', '--width', good, '--today', '2019-09-01']);
      expect(r.code).not.toBe(2);
      expect(r.stdout.split('\n').length).toBeGreaterThan(5);
    });
  }
});

describe('set and snapshot with --color and --no-color', () => {
  const introduce = ['set', 'w/B', '--forecast', '2019-08-30', 'ws', '--today', '2019-08-01'];
  it('--no-color: accepted, the diagnostics plain', async () => {
    const r = await runCli([...introduce, '--no-color'], { files: { 'ws/w.yaml': TWO_MILESTONES }, env: { FORCE_COLOR: '1' } });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('[dependency-order]');
    expect(r.stderr).not.toContain(ESC);
  });
  it('--color, or FORCE_COLOR: the diagnostics coloured; neither: plain', async () => {
    const colored = await runCli([...introduce, '--color'], { files: { 'ws/w.yaml': TWO_MILESTONES } });
    expect(colored.code).toBe(0);
    expect(colored.stderr).toContain(ESC);
    const forced = await runCli(introduce, { files: { 'ws/w.yaml': TWO_MILESTONES }, env: { FORCE_COLOR: '1' } });
    expect(forced.stderr).toContain(ESC);
    const plain = await runCli(introduce, { files: { 'ws/w.yaml': TWO_MILESTONES } });
    expect(plain.stderr).toContain('[dependency-order]');
    expect(plain.stderr).not.toContain(ESC);
  });
  it('snapshot takes --no-color', async () => {
    const r = await runCli(['snapshot', 'ws', '--today', '2019-08-01', '--no-color'], { files: { 'ws/w.yaml': TWO_MILESTONES.replace('date: 2019-09-16', 'date: 2019-09-16\n    forecast: 2019-09-20') } });
    expect(r.code).toBe(0);
  });
});
