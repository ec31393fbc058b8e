// Option values the tester found too loosely read or refused: --width takes whole numbers written in digits only
// (blanks around them allowed, as for risk's whole-number options: tester round 60 F6),
// and set/snapshot take --color/--no-color like every other command (their diagnostics go to stderr, coloured
// only with --color or FORCE_COLOR, since milepel cannot see whether stderr is a terminal).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';
import { TWO_MILESTONES } from '../helpers/two-milestones.js';

const ESC = '\u001b[';

describe('--width', () => {
  for (const bad of ['0x40', '1e3', '40.0', '4 1', '+50', '-50', '39', '1001', ' ', '']) {
    it(`refuses ${JSON.stringify(bad)} with one milepel: line, exit 2`, async () => {
      const r = await runCli(['gantt', 'plans', '--width', bad, '--today', '2019-09-01']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^milepel: .*--width.*\n$/);
      expect(r.stdout).toBe('');
    });
  }
  for (const good of ['40', '080', '1000', ' 41', '41 ', '\t50 ']) {
    it(`takes ${good}`, async () => {
      const r = await runCli(['gantt', 'plans', '--width', good, '--today', '2019-09-01']);
      expect(r.code).not.toBe(2);
      expect(r.stdout.split('\n').length).toBeGreaterThan(5);
    });
  }
});

describe("risk's whole-number options read as --width is (tester round 60 F6)", () => {
  it('take blanks around the digits and refuse a sign, a point or an exponent', async () => {
    const plain = await runCli(['risk', 'plans', '--iterations', '20', '--seed', '7', '--jobs', '1', '--format', 'json']);
    const blanks = await runCli(['risk', 'plans', '--iterations', ' 20 ', '--seed', '7 ', '--jobs', ' 1', '--format', 'json']);
    expect(plain.code).toBe(blanks.code);
    expect(blanks.stdout).toBe(plain.stdout);
    for (const option of ['--iterations', '--seed', '--jobs']) {
      for (const bad of ['+3', '3.0', '3e0', '0x3', '']) {
        const r = await runCli(['risk', 'plans', option, bad]);
        expect([r.code, r.stderr.startsWith(`milepel: ${option} "${bad}" is not a valid value`)], `${option} ${bad}`).toEqual([2, true]);
      }
    }
  });
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
